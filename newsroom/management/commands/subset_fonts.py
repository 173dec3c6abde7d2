"""Subset the self-hosted fonts in static/fonts to what the reader site uses.

The WOFF2 files come from npm @fontsource/newsreader and @fontsource/inter 5.3.0 (their "latin"
files). This keeps their characters (the unicode-range in site.css's @font-face rules) and only
the OpenType features the site shows: kerning and the standard ligatures. Dropped: tabular and
proportional figures, fractions, contextual alternates and mark positioning (none is asked for
by site.css, and every accented letter of Latin-1 has its own glyph), and the glyph names. That
takes the three faces from 70.7 KB to 53.9 KB. Running it again changes nothing; run it
after replacing a font file. Needs fontTools (a dependency), never at request time."""

import logging
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(settings.BASE_DIR) / "static" / "fonts"
# The unicode-range of @fontsource's "latin" files, as in site.css.
LATIN = (
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,"
    "U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"
)
FEATURES = ["kern", "liga"]


class Command(BaseCommand):
    help = "Subset static/fonts/*.woff2 to the site's characters, kerning and ligatures."

    def handle(self, *args, **options):
        logging.getLogger("fontTools").setLevel(logging.WARNING)  # else a line per table
        for path in sorted(FONTS.glob("*.woff2")):
            before = path.stat().st_size
            subset_in_place(path)
            after = path.stat().st_size
            self.stdout.write(f"{path.name}: {before / 1024:.1f} -> {after / 1024:.1f} KB")


def subset_in_place(path):
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = FEATURES
    options.glyph_names = False
    font = TTFont(path)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(LATIN))
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(path)
