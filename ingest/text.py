"""Cleaning of text that comes from outside: files, feeds, imports."""

import re

from django.utils.html import escape

# C0/C1 control characters other than tab and newline, plus the non-characters that
# break XML (Django's feed generator raises on \x0b, for one).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    return _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def paragraphs(text: str) -> list[str]:
    """Paragraphs split by blank lines, each folded to one line."""
    return [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", clean(text)) if chunk.strip()]


def paragraph_html(paragraph: str) -> str:
    return f"<p>{escape(paragraph)}</p>"
