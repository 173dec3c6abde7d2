"""WordPress's text fields as plain text: titles, term and author names, excerpts, comments.

WordPress stores many of these with HTML entities ("Arts &amp; Culture", "Don&#8217;t") and
some with tags (an excerpt's <p>, a comment's <br /> and links); a WXR export wraps them in
CDATA, so they arrive exactly so. nh3 parses the HTML (linear in its length); what it gives
back is balanced, so the patterns below only ever read its well-formed output."""

import html
import re

import nh3

LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.S)
BREAK = re.compile(r"<br>")
PARAGRAPH = re.compile(r"</?p>")
BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def plain(value):
    """One line of text: tags dropped, entities decoded, spaces folded."""
    if "<" in value or "&" in value:
        value = html.unescape(nh3.clean(value, tags=set()))
    return " ".join(value.split())


def comment_text(value):
    """A comment's HTML as the plain text our comments hold: a <br> is a line break, a
    paragraph a blank line, and a link keeps its address beside its words (our comment text
    links bare addresses)."""
    if "<" not in value and "&" not in value:
        return value.strip()
    value = nh3.clean(
        value.replace("\r\n", "\n"),
        tags={"a", "br", "p"},
        attributes={"a": {"href"}},
        link_rel=None,
    )
    value = LINK.sub(_link, value)
    value = PARAGRAPH.sub("\n\n", BREAK.sub("\n", value))
    text = html.unescape(nh3.clean(value, tags=set()))
    lines = "\n".join(line.strip() for line in text.split("\n"))
    return BLANK_LINES.sub("\n\n", lines).strip()


def _link(match):
    address, words = html.unescape(match.group(1)).strip(), match.group(2)
    shown = plain(words)
    if not address.startswith(("http://", "https://")) or shown in (address, ""):
        return words or html.escape(address)
    return f"{words} ({html.escape(address)})"
