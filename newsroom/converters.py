"""URL converters shared by every URLconf, registered once by NewsroomConfig.ready().

Tags keep their own script in their slugs (taggit slugifies with allow_unicode): a tag named
"Luiz Inácio Lula da Silva" has the slug "luiz-inácio-lula-da-silva" and "Київ" the slug
"київ". Django's `slug` converter is ASCII-only, so their pages could not even be linked:
the article showing such a tag failed to render. `uslug` is a slug in any script.
"""

from django.urls.converters import IntConverter


class UnicodeSlugConverter:
    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class RowId(IntConverter):
    """At most 18 digits: a longer number is no row's id, and SQLite cannot even compare it."""

    regex = "[0-9]{1,18}"
