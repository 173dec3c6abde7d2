"""Reader input is plain text: cleaned on the way in, escaped and linkified on the way out.

Nothing here parses HTML (DESIGN.md: `striptags` raises on '<a' * 1000 and
`truncatewords_html` takes 0.45 s on 75 KB), so the cost is linear in the length.
"""

import re
import unicodedata

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

# Explicit bidi embeddings, overrides and isolates: they can flip how the rest of the page
# reads ("Trojan Source"). Replaced by nothing; the text's own direction still works.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
# Everything in category Cc except tab, newline and carriage return is refused.
ALLOWED_CONTROLS = {"\t", "\n", "\r"}
URL = re.compile(r"\bhttps?://[^\s<>\"'`]+", re.IGNORECASE)
TRAILING_PUNCTUATION = ".,;:!?)]}'\""
BLANK_LINES = re.compile(r"\n\s*\n")
# What shows nothing: spaces, format characters (zero-width space, joiners), marks with no letter
# to sit on, and the letters made to look blank (Hangul fillers, the blank Braille pattern).
BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me", "Co", "Cn"})
LINK = '{}<a href="{}" rel="nofollow ugc noopener">{}</a>{}'
LINE_BREAK, PARAGRAPH_BREAK = mark_safe("<br>"), mark_safe("\n")  # our own markup, constants


def has_control_characters(text):
    return any(unicodedata.category(ch) == "Cc" and ch not in ALLOWED_CONTROLS for ch in text)


def is_invisible(text):
    """Whether the text would show as nothing at all (a name of Hangul fillers, say)."""
    return all(
        ch in BLANK_LETTERS or unicodedata.category(ch) in INVISIBLE_CATEGORIES for ch in text
    )


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
    if "://" not in line:
        return escape(line)  # most lines: nothing to link, only to escape
    links, last = [], 0
    for match in URL.finditer(line):
        url, tail = split_url(match)
        links.append((line[last : match.start()], url, url, tail))
        last = match.end()
    return format_html("{}{}", format_html_join("", LINK, links), line[last:])


def render(text):
    """Paragraphs from blank lines, <br> for single newlines, bare http(s) links clickable;
    every piece of the reader's text escaped by format_html."""
    paragraphs = [p.strip("\n") for p in BLANK_LINES.split(normalise_newlines(text)) if p.strip()]
    return format_html_join(
        PARAGRAPH_BREAK,
        "<p>{}</p>",
        (
            (format_html_join(LINE_BREAK, "{}", ((_linkify_line(line),) for line in lines)),)
            for lines in (paragraph.split("\n") for paragraph in paragraphs)
        ),
    )
