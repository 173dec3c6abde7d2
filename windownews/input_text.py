"""Text that arrives over HTTP is cleaned once, here, before any form, view or model sees it.

A lone surrogate (U+D800) or a control character in one field can break a page for everyone:
SQLite stores it and every render, search update and Related refresh of the article then
raises; PostgreSQL refuses the save (500 in the admin); the feed generator raises on NUL and
\\x0b. Every text an editor or a reader can send — page fields, StreamField blocks (posted as
JSON inside a form field), snippets, tags, comments, search words — comes in as a GET or POST
field, so one middleware covers them all; a model `pre_save` would have to know each field type
and StreamField's nested values, and would miss the search box and other unsaved input.
"""

import json
import re

from django.http import QueryDict

# C0 controls but tab, newline and carriage return (a textarea posts \r\n), DEL, C1 controls,
# UTF-16 surrogates (only lone ones survive decoding) and the two non-characters XML refuses.
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Where a JSON document in a field may carry an escaped control character or surrogate.
JSON_ESCAPE = re.compile(r"\\u00[01][0-9a-fA-F]|\\u[dD][89a-fA-F]|\\u[fF]{3}[eEfF]|\\u007[fF]")


def clean_text(text: str) -> str:
    """The text without the characters no field of ours may hold."""
    text = UNSAFE.sub("", text)
    if JSON_ESCAPE.search(text):
        text = _clean_json_document(text)
    return text


def _clean_json_document(text: str) -> str:
    """A StreamField or rich-text field is JSON inside the form field: its escapes decode to the
    same characters, so clean the decoded values and encode it again (only when it changed)."""
    try:
        document = json.loads(text)
    except ValueError:
        return text
    cleaned = _clean_value(document)
    return text if cleaned == document else json.dumps(cleaned)


def _clean_value(value):
    if isinstance(value, str):
        return UNSAFE.sub("", value)
    if isinstance(value, list):
        return [_clean_value(item) for item in value]
    if isinstance(value, dict):
        return {_clean_value(key): _clean_value(item) for key, item in value.items()}
    return value


def cleaned(query: QueryDict) -> QueryDict:
    """The query itself when every value is clean (nearly always), else a cleaned copy."""
    items = [(key, values) for key, values in query.lists()]
    fixed = [(clean_text(key), [clean_text(value) for value in values]) for key, values in items]
    if fixed == items:
        return query
    copy = QueryDict(mutable=True, encoding=query.encoding)
    for key, values in fixed:
        copy.setlist(key, values)
    return copy


class CleanInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.GET = cleaned(request.GET)
        if request.method == "POST":
            request.POST = cleaned(request.POST)
        return self.get_response(request)
