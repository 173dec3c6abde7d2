"""Cut the self-hosted fonts into the files static/fonts serves, from the files in newsroom/fonts.

The sources are the "latin" WOFF2 files of npm @fontsource/newsreader and @fontsource/inter
5.3.0 (SIL OFL). Each face becomes two files, as Google Fonts splits by script:
- `-basic`: ASCII, the typographic punctuation news copy uses and ©, the characters of nearly
  every page (8.4-13.2 KB a face, so each arrives in the first round trip of its connection);
- `-latin1`: the rest of the source's characters (accented letters, symbols), fetched only by a
  page that shows one of them (its @font-face has the matching unicode-range).
Both keep only the OpenType features the site shows, kerning and the standard ligatures (no
figure styles, fractions, contextual alternates or mark positioning: every accented letter of
Latin-1 has its own glyph), and drop the glyph names. The unicode-range lines for site.css are
printed. Run it after replacing a source font. Needs fontTools, never at request time."""

import logging
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from fontTools import subset
from fontTools.ttLib import TTFont

SOURCES = Path(settings.BASE_DIR) / "newsroom" / "fonts"
FONTS = Path(settings.BASE_DIR) / "static" / "fonts"
# The unicode-range of @fontsource's "latin" files.
LATIN = (
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,"
    "U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"
)
# site.css and the templates use ›, ‹ and ↑ in Inter (section headings, Back to top).
BASIC = (
    "U+0000-007E,U+00A0,U+00A9,U+00AB,U+00B7,U+00BB,U+2013-2014,U+2018-201E,U+2022,U+2026,"
    "U+2039-203A,U+2191,U+2193"
)
FEATURES = ["kern", "liga"]


class Command(BaseCommand):
    help = "Write static/fonts/*-basic.woff2 and *-latin1.woff2 from newsroom/fonts."

    def handle(self, *args, **options):
        logging.getLogger("fontTools").setLevel(logging.WARNING)  # else a line per table
        basic = set(subset.parse_unicodes(BASIC))
        latin1 = sorted(set(subset.parse_unicodes(LATIN)) - basic)
        for source in sorted(SOURCES.glob("*-latin-*-normal.woff2")):
            family, _, weight, _ = source.stem.split("-")
            for part, unicodes in (("basic", sorted(basic)), ("latin1", latin1)):
                target = FONTS / f"{family}-{weight}-{part}.woff2"
                write_subset(source, target, unicodes)
                self.stdout.write(f"{target.name}: {target.stat().st_size / 1024:.1f} KB")
        self.stdout.write(f"unicode-range of -basic: {BASIC}")
        self.stdout.write(f"unicode-range of -latin1: {css_range(latin1)}")


def write_subset(source, target, unicodes):
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = FEATURES
    options.glyph_names = False
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(target)


def css_range(codepoints):
    """U+00A1-00A8,U+00AA,... for a sorted list of code points."""
    runs, start = [], None
    for index, point in enumerate(codepoints):
        if start is None:
            start = point
        if index + 1 == len(codepoints) or codepoints[index + 1] != point + 1:
            runs.append(f"U+{start:04X}" + (f"-{point:04X}" if point != start else ""))
            start = None
    return ",".join(runs)
