"""Parse the flagship article page scraped from the site WindowNews is modelled on.

Line 1 is the site name, line 2 the topic and headline joined by a colon, then the
body paragraphs until the page's own controls ("Show More" and what follows)."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from ingest.text import paragraphs
from newsroom.text import clean

SEED_FILE = Path(__file__).parent / "data" / "global-windownews-article.txt"
PAGE_CONTROLS = ("Show More", "Related Articles", "Leave a Reply", "Back to top")

# News outlets a story may cite, with their home pages. A source is listed on the
# article only when the text names the outlet.
KNOWN_OUTLETS = {
    "Al Jazeera": "https://www.aljazeera.com/",
    "RBK": "https://www.rbc.ru/",
    "Reuters": "https://www.reuters.com/",
    "BBC": "https://www.bbc.com/news",
    "Associated Press": "https://apnews.com/",
}

_QUOTE = re.compile(r"^“(?P<text>[^”]+?)[,.]?”\s*(?P<attribution>.+)$")
_HONORIFIC = re.compile(r"\bM(?:r|rs|s)\.? (?P<surname>[A-Z]\w+)")


@dataclass
class Quote:
    text: str
    speaker: str
    attribution: str
    source: str = ""


@dataclass
class SeedArticle:
    site_name: str
    topic: str
    headline: str
    body: list = field(default_factory=list)  # str paragraphs and Quote objects
    sources: list = field(default_factory=list)  # (name, url)


def parse_seed(text: str) -> SeedArticle:
    # Clean first: splitlines() treats \x0b, \x0c and \x1c-\x1e as line breaks.
    lines = [line.strip() for line in clean(text).splitlines() if line.strip()]
    site_name, title_line = lines[0], lines[1]
    topic, _, headline = title_line.partition(":")
    body_text = "\n\n".join(_until_controls(lines[2:]))
    plain = paragraphs(body_text)
    article = SeedArticle(site_name=site_name, topic=topic.strip(), headline=headline.strip())
    article.body = [_as_quote(p, body_text) or p for p in plain]
    article.sources = [
        (name, url)
        for name, url in KNOWN_OUTLETS.items()
        if re.search(rf"\b{re.escape(name)}\b", body_text)
    ]
    return article


def load_seed(path: Path = SEED_FILE) -> SeedArticle:
    return parse_seed(path.read_text(encoding="utf-8"))


def _until_controls(lines):
    for line in lines:
        if line.startswith(PAGE_CONTROLS):
            return
        yield line


def _as_quote(paragraph: str, whole_text: str) -> Quote | None:
    """A paragraph that opens with a quotation and then names who said it."""
    match = _QUOTE.match(paragraph)
    if not match:
        return None
    attribution = match["attribution"].strip()
    speaker = _HONORIFIC.search(attribution)
    if not speaker:
        return None
    outlet = next((name for name in KNOWN_OUTLETS if attribution.startswith(name)), "")
    return Quote(
        text=match["text"].strip(),
        speaker=_full_name(speaker["surname"], whole_text),
        attribution=attribution,
        source=outlet,
    )


def _full_name(surname: str, text: str) -> str:
    """'Zelenskyy' -> 'Vlodymyr Zelenskyy', as the article first introduces the person."""
    match = re.search(rf"\b([A-Z][\w-]+) {re.escape(surname)}\b", text)
    if match and match[1] not in {"Mr", "Mrs", "Ms", "President", "Minister"}:
        return f"{match[1]} {surname}"
    return surname
