"""Reader input is plain text: cleaned on the way in, escaped and linkified on the way out.

Nothing here parses HTML (DESIGN.md: `striptags` raises on '<a' * 1000 and
`truncatewords_html` takes 0.45 s on 75 KB), so the cost is linear in the length.
"""

import re
import unicodedata
from html import escape

from django.utils.safestring import mark_safe

# Explicit bidi embeddings, overrides and isolates: they can flip how the rest of the page
# reads ("Trojan Source"). Replaced by nothing; the text's own direction still works.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
# Everything in category Cc except tab, newline and carriage return is refused.
ALLOWED_CONTROLS = {"\t", "\n", "\r"}
URL = re.compile(r"\bhttps?://[^\s<>\"'`]+", re.IGNORECASE)
TRAILING_PUNCTUATION = ".,;:!?)]}'\""
BLANK_LINES = re.compile(r"\n\s*\n")


def has_control_characters(text):
    return any(unicodedata.category(ch) == "Cc" and ch not in ALLOWED_CONTROLS for ch in text)


def neutralise_bidi(text):
    return text.translate(BIDI_CONTROLS)


def normalise_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def count_links(text):
    return len(URL.findall(text))


def site_of(url):
    """'https://www.Example.org:8080/a' -> 'example.org': the host a link points at, without www."""
    host = url.split("//", 1)[-1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].lower().rstrip(".")
    return host.removeprefix("www.")


def linked_sites(text):
    return {site_of(url) for url in URL.findall(text)}


def split_url(match):
    """-> (the link, the punctuation after it that belongs to the sentence)."""
    url = match.group(0)
    trimmed = url.rstrip(TRAILING_PUNCTUATION)
    # Keep a closing bracket that belongs to the URL, as in Wikipedia links.
    while trimmed != url and url[len(trimmed)] == ")" and trimmed.count("(") > trimmed.count(")"):
        trimmed += ")"
    return trimmed, url[len(trimmed) :]


def _linkify_line(line):
    parts, last = [], 0
    for match in URL.finditer(line):
        url, tail = split_url(match)
        url = escape(url)
        parts += (
            escape(line[last : match.start()]),
            f'<a href="{url}" rel="nofollow ugc noopener">{url}</a>',
            escape(tail),
        )
        last = match.end()
    parts.append(escape(line[last:]))
    return "".join(parts)


def render(text):
    """Paragraphs from blank lines, <br> for single newlines, bare http(s) links clickable.

    Built with html.escape rather than format_html per fragment (the same escaping, a tenth of
    the cost): every piece of the reader's text goes through escape() in _linkify_line, and the
    only markup added is our own <p>, <br> and <a>. Matched byte for byte against the format_html
    version in comments/tests/test_render_equivalence.py."""
    paragraphs = [p.strip("\n") for p in BLANK_LINES.split(normalise_newlines(text)) if p.strip()]
    html = "\n".join(
        "<p>" + "<br>".join(map(_linkify_line, paragraph.split("\n"))) + "</p>"
        for paragraph in paragraphs
    )
    return mark_safe(html)  # noqa: S308 (escaped piece by piece above)
