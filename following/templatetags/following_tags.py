from django import template
from taggit.models import Tag

from following.models import Follow
from newsroom.models import Author, TopicPage

register = template.Library()
KINDS = ((TopicPage, Follow.Kind.TOPIC), (Author, Follow.Kind.AUTHOR), (Tag, Follow.Kind.TAG))


@register.simple_tag
def follow_target(target):
    """What the follow button names: {"kind", "id", "name", "field_id"}, or None for anything
    else. The field id is unique on a page that shows two buttons (an author's, a story's)."""
    for model, kind in KINDS:
        if isinstance(target, model):
            name = target.title if kind == Follow.Kind.TOPIC else target.name
            field_id = f"follow-email-{kind}-{target.pk}"
            return {"kind": kind, "id": target.pk, "name": name, "field_id": field_id}
    return None
