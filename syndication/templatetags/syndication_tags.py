import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from syndication import head
from syndication.links import plain

register = template.Library()
# What Django's json_script escapes (its table is private): the text can never end the element.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def syndication_head(context):
    return head.for_context(context)


@register.filter
def ld_json(data):
    """<script type="application/ld+json"> built like Django's json_script (which writes only
    type="application/json"); only the escaped JSON is marked safe."""
    escaped = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(escaped))  # noqa: S308


@register.filter
def xml_text(value):
    """Text without the characters XML 1.0 cannot carry; autoescaping then handles & and <."""
    return plain(value)
