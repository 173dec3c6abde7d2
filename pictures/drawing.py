"""The two pictures an article without a photo gets, drawn with Pillow as 1200x900 JPEGs.

1200x900 crops to every shape we serve without upscaling: 16:9 cards, the 1200x630 social
card and JSON-LD's 16:9, 4:3 and 1:1. What matters (the country, the words) stays inside
SAFE, the part that survives every one of those crops."""

import hashlib
import io
import math
from functools import cache
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

from pictures import atlas

SIZE = (1200, 900)
SAFE = (150, 135, 1050, 765)  # the 1:1 crop's width by the 1.91:1 crop's height
# The sources of the site's fonts, whole (static/fonts serves them cut in two by script).
FONTS = Path(settings.BASE_DIR) / "newsroom" / "fonts"
SERIF_BOLD, SANS = (
    FONTS / "newsreader-latin-700-normal.woff2",
    FONTS / "inter-latin-600-normal.woff2",
)
SEA, LAND, BORDER, ACCENT, INK, PAPER = (
    "#dbe4ea",
    "#f3efe6",
    "#b9b2a3",
    "#b3001b",
    "#1a1a1a",
    "#fff",
)
# Deep tones that carry white text at AA contrast; a topic always gets the same one.
TONES = ["#1d3557", "#2a4d3e", "#5a2a4a", "#7a3b12", "#2f3e63", "#4a3f35", "#0f4c5c"]


@cache
def _font(path, size):
    return ImageFont.truetype(path, size)  # a WOFF2 is unpacked on each load: load each once


def jpeg(image: Image.Image) -> bytes:
    """JPEG, not PNG: antialiased text makes PNG 8x slower to write and no smaller; full
    colour resolution (no chroma subsampling) keeps red lines and white letters crisp."""
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90, subsampling=0)
    return buffer.getvalue()


def locator_map(country: str) -> Image.Image:
    """The country in the accent colour among its neighbours, its name on a plate."""
    image = Image.new("RGB", SIZE, SEA)
    draw = ImageDraw.Draw(image)
    project = _projection(atlas.countries()[country])
    for name, rings in atlas.countries().items():
        if name != country:
            _fill(draw, rings, project, LAND, BORDER)
    _fill(draw, atlas.countries()[country], project, ACCENT, PAPER)
    _plate(draw, "LOCATOR MAP", country)
    return image


def _projection(rings):
    """Equirectangular, centred on the country's largest ring, zoomed to show its neighbours."""
    lons, lats = zip(*_unwrapped(max(rings, key=len)), strict=True)
    lon0, lat0 = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    squeeze = math.cos(math.radians(max(min(lat0, 70), -70)))
    width, height = (max(lons) - min(lons)) * squeeze, max(lats) - min(lats)
    left, top, right, bottom = SAFE
    scale = min(0.5 * (right - left) / max(width, 0.1), 0.6 * (bottom - top) / max(height, 0.1))
    scale = max(min(scale, (right - left) / 12), SIZE[0] / 360)  # not closer than ~12 degrees
    cx, cy = SIZE[0] / 2, SIZE[1] / 2

    def project(ring):
        ring = _unwrapped(ring)
        shift = round((lon0 - ring[0][0]) / 360) * 360  # the copy of the ring nearest the centre
        return [
            (cx + (lon + shift - lon0) * squeeze * scale, cy - (lat - lat0) * scale)
            for lon, lat in ring
        ]

    return project


def _unwrapped(ring):
    """Longitudes made continuous, so a ring crossing the date line is not torn in two."""
    points, previous = [], ring[0][0]
    for lon, lat in ring:
        lon += round((previous - lon) / 360) * 360
        points.append((lon, lat))
        previous = lon
    return points


def _fill(draw, rings, project, fill, outline):
    for ring in rings:
        points = project(ring)
        xs = [x for x, _ in points]
        if len(points) > 2 and max(xs) - min(xs) < SIZE[0] * 3:  # not Antarctica's whole circle
            draw.polygon(points, fill=fill, outline=outline, width=2)


def _plate(draw, label, name):
    left, _, _, bottom = SAFE
    small, big = _font(SANS, 22), _font(SERIF_BOLD, 52)
    width = max(draw.textlength(label, font=small), draw.textlength(name, font=big)) + 48
    draw.rectangle((left, bottom - 120, left + width, bottom), fill=PAPER)
    draw.rectangle((left, bottom - 120, left + 8, bottom), fill=ACCENT)
    draw.text((left + 28, bottom - 100), label, font=small, fill=ACCENT)
    draw.text((left + 28, bottom - 70), name, font=big, fill=INK)


def title_card(topic: str, headline: str) -> Image.Image:
    """The topic as a label and the headline set large, on the topic's own colour."""
    tone = TONES[int(hashlib.sha256(topic.encode()).hexdigest(), 16) % len(TONES)]
    image = Image.new("RGB", SIZE, tone)
    draw = ImageDraw.Draw(image)
    left, top, right, bottom = SAFE
    label = _font(SANS, 30)
    draw.rectangle((left, top + 8, left + 60, top + 16), fill=PAPER)
    draw.text((left, top + 36), topic.upper(), font=label, fill=PAPER)
    size, lines = _fit(draw, headline, right - left, bottom - top - 200)
    font = _font(SERIF_BOLD, size)
    y = top + 110
    for line in lines:
        draw.text((left, y), line, font=font, fill=PAPER)
        y += round(size * 1.15)
    draw.text((left, bottom - 34), settings.WAGTAIL_SITE_NAME, font=label, fill=PAPER)
    return image


def _fit(draw, text, width, height):
    """The largest size from 72 down to 40 at which the headline fits; cut with … at 40."""
    for size in range(72, 39, -4):
        font = _font(SERIF_BOLD, size)
        lines = _wrap(draw, text, font, width)
        if len(lines) * size * 1.15 <= height:
            return size, lines
    most = int(height // (40 * 1.15))
    lines = _wrap(draw, text, font, width)
    return 40, lines[: most - 1] + [lines[most - 1] + " …"] if len(lines) > most else lines


def _wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and draw.textlength(trial, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines
