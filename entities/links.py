"""Links from an article's paragraphs to the pages of the people it names: the first mention
of each, once per article, as readers of news sites expect (later mentions stay plain text).

Works on the rendered rich text of one paragraph at a time: text between tags is searched,
never a tag or the inside of an existing link, and the name is matched as it is escaped there
("AT&amp;T"). What is linked depends on the article's stored mentions only, so the cached page
is the same for every reader."""

import html
import re

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

TAG = re.compile(r"(<[^>]+>)")
LINK_OPEN = re.compile(r"<a[\s>]", re.I)
LINK_CLOSE = re.compile(r"</a\s*>", re.I)


def people_to_link(article) -> list[tuple[int, list[str], str]]:
    """(entity id, names longest first, page URL) of each person the article publicly names."""
    from entities.models import Entity, Mention

    mentions = (
        Mention.objects.public()
        .filter(article=article, entity__kind=Entity.Kind.PERSON)
        .select_related("entity")
        .order_by("-salience", "entity_id")
    )
    people = []
    for mention in mentions:
        entity = mention.entity
        names = sorted({entity.name, *entity.aliases}, key=len, reverse=True)
        people.append((entity.pk, [n for n in names if " " in n], entity.get_absolute_url()))
    return [person for person in people if person[1]]


def link_first_mentions(fragment: str, people, linked: set) -> str:
    """`fragment` (safe HTML) with the first mention of each of `people` not in `linked` (ids)
    made a link to its page; the ids linked are added to `linked`."""
    parts, depth = TAG.split(fragment), 0
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            depth += bool(LINK_OPEN.match(part)) - bool(LINK_CLOSE.match(part))
        elif depth <= 0 and part.strip():
            parts[index] = _link_text(part, people, linked)
    return mark_safe("".join(parts))  # noqa: S308  (escaped HTML in, escaped HTML out)


def _link_text(text: str, people, linked: set) -> str:
    """One run of escaped text between tags, its first mentions linked, left to right."""
    found = []
    for pk, names, url in people:
        if pk in linked:
            continue
        for name in names:
            match = re.search(rf"(?<!\w){re.escape(html.escape(name, quote=False))}(?!\w)", text)
            if match:
                found.append((match.start(), match.end(), pk, url))
                break
    out, position = [], 0
    for start, end, pk, url in sorted(found):
        if start < position:
            continue  # overlaps a name linked just before
        link = render_to_string(
            "entities/person_link.html",
            {"url": url, "text": mark_safe(text[start:end])},  # noqa: S308
        )
        out += [text[position:start], link.strip()]
        position = end
        linked.add(pk)
    return "".join([*out, text[position:]])
