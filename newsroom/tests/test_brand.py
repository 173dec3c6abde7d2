"""The logo inline in every page is the committed output of `render_brand`, drawn with the
very points of the headline font's outlines, written compactly."""

from pathlib import Path

from django.conf import settings
from fontTools.pens.recordingPen import RecordingPen
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.svgLib.path import parse_path
from fontTools.ttLib import TTFont

from newsroom.management.commands.render_brand import (
    LOGO_TEMPLATE,
    WORDMARK_FONT,
    logo_template,
    relative_path_pen,
    shortest,
)


def points(d):
    pen = RecordingPen()
    parse_path(d, pen)
    return [(op, [tuple(round(v, 1) for v in p) for p in pts]) for op, pts in pen.value]


def test_it_writes_the_shortest_numbers():
    assert [shortest(n) for n in (15, -5, 20, 0, 105, -100)] == [
        "1.5", "-.5", "2", "0", "10.5", "-10",
    ]  # fmt: skip


def test_the_relative_path_has_the_points_of_fonttools_absolute_path():
    font = TTFont(WORDMARK_FONT)
    glyphs, cmap = font.getGlyphSet(), font.getBestCmap()
    relative, absolute = relative_path_pen(glyphs), SVGPathPen(glyphs, ntos=lambda v: f"{v:.1f}")
    for pen in (relative, absolute):
        for x, char in enumerate("Wagtail sw"):
            glyph = glyphs[cmap[ord(char)]]
            glyph.draw(TransformPen(pen, (0.02, 0, 0, -0.02, 80 + 20 * x, 46)))

    assert len(relative.d) < 0.75 * len(absolute.getCommands())
    assert points(relative.d) == points(absolute.getCommands())


def test_the_committed_logo_is_what_render_brand_writes():
    assert Path(LOGO_TEMPLATE).read_text() == logo_template(settings.WAGTAIL_SITE_NAME)
