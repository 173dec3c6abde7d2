"""Reader input is plain text: cleaned on the way in, escaped and linkified on the way out.

Nothing here parses HTML (DESIGN.md: `striptags` raises on '<a' * 1000 and
`truncatewords_html` takes 0.45 s on 75 KB), so the cost is linear in the length.
"""

import re
import unicodedata

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

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


def _split_url(match):
    url = match.group(0)
    trimmed = url.rstrip(TRAILING_PUNCTUATION)
    # Keep a closing bracket that belongs to the URL, as in Wikipedia links.
    while trimmed != url and url[len(trimmed)] == ")" and trimmed.count("(") > trimmed.count(")"):
        trimmed += ")"
    return trimmed, url[len(trimmed) :]


def _linkify_line(line):
    parts, last = [], 0
    for match in URL.finditer(line):
        url, tail = _split_url(match)
        parts.append(format_html("{}", line[last : match.start()]))
        parts.append(format_html('<a href="{}" rel="nofollow ugc noopener">{}</a>', url, url))
        parts.append(format_html("{}", tail))
        last = match.end()
    parts.append(format_html("{}", line[last:]))
    return SafeString("".join(parts))


def render(text):
    """Paragraphs from blank lines, <br> for single newlines, bare http(s) links clickable."""
    paragraphs = [p.strip("\n") for p in BLANK_LINES.split(normalise_newlines(text)) if p.strip()]
    return format_html_join(
        "\n",
        "<p>{}</p>",
        ((SafeString("<br>".join(_linkify_line(line) for line in paragraph.split("\n"))),) for paragraph in paragraphs),
    )
