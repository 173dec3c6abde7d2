"""Cleaning of text that comes from outside: files, feeds, imports."""

import re

from django.utils.html import escape

from newsroom.text import clean


def paragraphs(text: str) -> list[str]:
    """Paragraphs split by blank lines, each folded to one line."""
    return [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", clean(text)) if chunk.strip()]


def paragraph_html(paragraph: str) -> str:
    return f"<p>{escape(paragraph)}</p>"
