"""Render every brand file from one source, static/brand/mark.svg, and the headline font.

Writes, next to the mark: logo.svg (the mark and the site's name as outlines, so it looks the
same without our fonts), favicon.ico, apple-touch-icon.png, icon-192.png, icon-512.png,
card.png (the site's 1200x630 social card) and site.webmanifest; the logo again as the template
templates/components/logo.html (inline in every page); and the publisher logo that feeds and
JSON-LD name, static/syndication/logo.png. The outputs are committed; run this again after
changing the mark, the colours or the site's name. Needs the dev dependencies (fontTools,
Playwright) and Debian's Chromium, never at request time."""

import io
import json
import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from PIL import Image

STATIC = Path(settings.BASE_DIR) / "static"
BRAND = STATIC / "brand"
WORDMARK_FONT = STATIC / "fonts" / "newsreader-700-basic.woff2"
INK, DARK_INK, ACCENT, PAPER = "#1a1a1a", "#eeeeee", "#b3001b", "#ffffff"
LOGO_TEMPLATE = Path(settings.BASE_DIR) / "templates" / "components" / "logo.html"
LOGO_HEIGHT = 64  # the mark's box; the name is set at 40 units, on its baseline


class Command(BaseCommand):
    help = "Render the logo, icons, social card and web manifest from static/brand/mark.svg."

    def handle(self, *args, **options):
        name = settings.WAGTAIL_SITE_NAME
        logo = wordmark_svg(name)
        (BRAND / "logo.svg").write_text(logo)
        LOGO_TEMPLATE.write_text(logo_template(name))
        mark = (BRAND / "mark.svg").read_text()
        with Chromium() as browser:
            icons = {
                size: browser.render(icon_html(mark, size), size, size) for size in (180, 192, 512)
            }
            card = browser.render(card_html(logo), 1200, 630)
            small = {
                size: browser.render(icon_html(mark, size, inset=0), size, size)
                for size in (16, 32, 48)
            }
        save_png(icons[180], BRAND / "apple-touch-icon.png")
        save_png(icons[192], BRAND / "icon-192.png")
        save_png(icons[512], BRAND / "icon-512.png")
        save_png(icons[512], STATIC / "syndication" / "logo.png")
        save_png(card, BRAND / "card.png")
        ico = Image.open(io.BytesIO(small[48]))
        ico.save(BRAND / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
        (BRAND / "site.webmanifest").write_text(json.dumps(manifest(name), indent=2) + "\n")
        self.stdout.write(f"Brand files written to {BRAND}")


def wordmark(name):
    """The mark's shapes, and the name in Newsreader Bold as one path: (width, mark, path)."""
    from fontTools.pens.transformPen import TransformPen
    from fontTools.ttLib import TTFont

    font = TTFont(WORDMARK_FONT)
    glyphs, cmap = font.getGlyphSet(), font.getBestCmap()
    scale = 40 / font["head"].unitsPerEm
    pen, x = relative_path_pen(glyphs), 0
    for char in name:
        glyph = cmap.get(ord(char), cmap[ord(" ")])
        glyphs[glyph].draw(TransformPen(pen, (scale, 0, 0, -scale, 80 + x, 46)))
        x += glyphs[glyph].width * scale
    mark = (BRAND / "mark.svg").read_text().split("\n", 2)[2].rsplit("</svg>", 1)[0]
    return round(80 + x + 4), mark, pen.d


def relative_path_pen(glyphs):
    """A pen writing SVG path data (`.d`) as relative steps between points rounded to 0.1
    unit, so the steps add up exactly: the points fontTools' SVGPathPen writes absolute, in a
    third fewer bytes (the logo is inline in every page)."""
    from fontTools.pens.basePen import BasePen

    class RelativePathPen(BasePen):
        d, letter, number, at, start = "", "", "", (0, 0), (0, 0)

        def step(self, letter, *points):  # q's two points are both relative to its start
            tenths = [tuple(round(10 * round(v, 1)) for v in point) for point in points]
            numbers = [shortest(v - o) for p in tenths for v, o in zip(p, self.at, strict=True)]
            if letter == "l" and "0" in numbers:
                letter, numbers = ("h", numbers[:1]) if numbers[1] == "0" else ("v", numbers[1:])
            if letter != self.letter or letter == "m":
                self.d, self.letter, self.number = self.d + letter, letter, ""
            for number in numbers:
                dot = number[0] == "." and "." in self.number  # "1.2.5" is 1.2 then .5
                glued = not self.number or number[0] == "-" or dot
                self.d, self.number = self.d + ("" if glued else " ") + number, number
            self.at = tenths[-1]
            self.start = self.at if letter == "m" else self.start

        def _moveTo(self, point):
            self.step("m", point)

        def _lineTo(self, point):
            self.step("l", point)

        def _qCurveToOne(self, control, point):
            self.step("q", control, point)

        def _closePath(self):
            self.d, self.letter, self.at = self.d + "z", "z", self.start

    return RelativePathPen(glyphs)


def shortest(tenths: int) -> str:
    """A count of tenths as the shortest SVG number: 15 → "1.5", -5 → "-.5", 20 → "2"."""
    return re.sub(r"^(-?)0\.", r"\1.", f"{tenths / 10:g}")


def wordmark_svg(name):
    """The logo as a file (social card, anyone's use); dark screens get light letters."""
    width, mark, path = wordmark(name)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {LOGO_HEIGHT}" '
        f'width="{width}" height="{LOGO_HEIGHT}" role="img">\n'
        f"  <title>{name}</title>\n"
        f"  <style>.name{{fill:{INK}}}@media (prefers-color-scheme:dark)"
        f"{{.name{{fill:{DARK_INK}}}}}</style>\n"
        f"{mark}"
        f'  <path class="name" d="{path}"/>\n</svg>\n'
    )


def logo_template(name):
    """The logo inline in every page (no request of its own, before the first paint): drawn
    once in the masthead as a <symbol>, reused by the footer. Its letters take the text colour
    from site.css (an inline <style> would break the CSP)."""
    width, mark, path = wordmark(name)
    box = f'viewBox="0 0 {width} {LOGO_HEIGHT}"'
    footer_height = 21
    return (
        "{# Written by `manage.py render_brand` from static/brand/mark.svg; edit that, not this. #}"
        '{% if footer %}<svg class="footer-logo" '
        f'{box} width="{round(width * footer_height / LOGO_HEIGHT)}" height="{footer_height}" '
        'role="img" aria-label="{{ site_name }}"><use href="#logo-art"/></svg>{% else %}'
        f'<svg class="logo" {box} width="{width}" height="{LOGO_HEIGHT}" role="img" '
        f'aria-label="{{{{ site_name }}}}"><symbol id="logo-art" {box}>'
        + "".join(line.strip() for line in mark.splitlines())
        + f'<path class="logo-name" d="{path}"/></symbol><use href="#logo-art"/></svg>'
        "{% endif %}\n"
    )


def icon_html(mark, size, inset=0.1):
    """The mark centred on white with a margin (platforms round or mask the corners)."""
    pad = round(size * inset)
    inner = size - 2 * pad
    background = PAPER if inset else "transparent"
    return (
        f"<body style='margin:0;background:{background}'>"
        f"<div style='padding:{pad}px;width:{inner}px;height:{inner}px'>"
        f"{mark.replace('<svg ', f'<svg width={inner} height={inner} ', 1)}</div></body>"
    )


def card_html(logo):
    """The site's social card: the logo large on paper, the accent rule along the foot."""
    return (
        f"<body style='margin:0;width:1200px;height:630px;background:{PAPER};display:grid;"
        f"place-items:center;border-bottom:24px solid {ACCENT};box-sizing:border-box'>"
        f"{logo.replace('<svg ', '<svg style="width:960px;height:auto" ', 1)}</body>"
    )


def manifest(name):
    icons = [
        {"src": f"icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png"}
        for size in (192, 512)
    ]
    icons.append({"src": "mark.svg", "sizes": "any", "type": "image/svg+xml"})
    return {
        "name": name,
        "short_name": name.split()[-1],
        "start_url": "/",
        "display": "minimal-ui",
        "theme_color": ACCENT,
        "background_color": PAPER,
        "icons": icons,
    }


def save_png(data, path):
    Image.open(io.BytesIO(data)).save(path, optimize=True)


class Chromium:
    """Debian's Chromium through Playwright: it draws the SVG exactly as browsers will."""

    def __enter__(self):
        from playwright.sync_api import sync_playwright

        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(executable_path="/usr/bin/chromium")
        return self

    def render(self, html, width, height):
        page = self.browser.new_page(viewport={"width": width, "height": height})
        page.set_content(html)
        data = page.screenshot(omit_background=True)
        page.close()
        return data

    def __exit__(self, *exc):
        self.browser.close()
        self.playwright.stop()
