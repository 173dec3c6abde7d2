"""Private sections of the site (Wagtail view restrictions), known without a query per use.

Wagtail answers "is this page public?" with a query of every restriction (`public()`, in each
list) and "what restricts this page?" with two more (`get_view_restrictions()`, on each page
view). Restrictions change a few times in a site's life, so the list is kept in Django's cache
(Redis in production, shared by every app server) and forgotten when one is saved or deleted.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction

KEY = "newsroom:private-sections"
SECTIONS_SECONDS = 60  # the bound on anything that changes restrictions without a signal


@dataclass(frozen=True, slots=True)
class Sections:
    roots: tuple[tuple[str, int], ...]  # (path, depth) of each restricted page
    covering: frozenset[
        str
    ]  # their paths and those of their aliases (which share their restrictions)

    def may_restrict(self, page) -> bool:
        """False when neither the page nor an ancestor (nor what they alias) is restricted."""
        steps = range(page.steplen, len(page.path) + 1, page.steplen)
        return any(page.path[:end] in self.covering for end in steps)


def private_sections() -> Sections:
    sections = cache.get(KEY)
    if sections is None:
        rows = list(
            PageViewRestriction.objects.values_list(
                "page__path", "page__depth", "page__aliases__path"
            )
        )
        roots = tuple(sorted({(path, depth) for path, depth, _ in rows}))
        covering = frozenset(path for row in rows for path in (row[0], row[2]) if path)
        sections = Sections(roots, covering)
        cache.set(KEY, sections, timeout=SECTIONS_SECONDS)
    return sections


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def forget(**kwargs):
    cache.delete(KEY)
    # And again once committed: a request in between may have cached the list without it.
    transaction.on_commit(lambda: cache.delete(KEY))
