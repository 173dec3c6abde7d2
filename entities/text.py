"""An article's plain text: the text quote offsets point into (also served by the API later)."""

import html
import re

TAG = re.compile(r"<[^>]+>")
BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>", re.I)


def plain_text(article) -> str:
    """Paragraph, heading and quote blocks, one paragraph per line pair, HTML tags removed.

    A quote block reads `“text” — Speaker`, the form `entities.quotes` takes as ground truth."""
    paragraphs = []
    for block in article.body:
        if block.block_type == "paragraph":
            source = BLOCK_END.sub("\n\n", block.value.source)
            paragraphs.extend(html.unescape(TAG.sub("", source)).split("\n\n"))
        elif block.block_type == "heading":
            paragraphs.append(block.value["text"])
        elif block.block_type == "quote":  # as readers see it; entities.quotes takes it as given
            words = " ".join(block.value["text"].split())
            paragraphs.append(f"“{words}” — {' '.join(block.value['speaker'].split())}")
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())
