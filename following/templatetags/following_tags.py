from django import template
from taggit.models import Tag

from following.models import Follow
from newsroom.models import Author, TopicPage

register = template.Library()
KINDS = ((TopicPage, Follow.Kind.TOPIC), (Author, Follow.Kind.AUTHOR), (Tag, Follow.Kind.TAG))


@register.simple_tag
def follow_target(target):
    """What the follow button names: {"kind", "id", "name"}, or None for anything else."""
    for model, kind in KINDS:
        if isinstance(target, model):
            name = target.title if kind == Follow.Kind.TOPIC else target.name
            return {"kind": kind, "id": target.pk, "name": name}
    return None
