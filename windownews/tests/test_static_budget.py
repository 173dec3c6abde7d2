"""The reader's download stays small: a few KB of JavaScript, one CSS file (screen and print), and
three self-hosted WOFF2 faces under 80 KB in all, subset, swapped in without a shift."""

import re
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "static"
FONT_BUDGET = 80 * 1024


def test_every_page_s_javascript_is_small():
    # site.js on every page; live.js only on live pages, where it replaces reloading.
    sizes = {path.name: path.stat().st_size for path in STATIC.rglob("*.js")}
    assert sizes.keys() == {"site.js", "live.js"}
    assert sizes["site.js"] < 4096 and sizes["live.js"] < 2560, sizes


def test_the_css_is_small_and_its_fonts_are_self_hosted_and_swapped():
    # One file: a print-only stylesheet was one more request on every first view.
    assert [path.relative_to(STATIC).as_posix() for path in STATIC.rglob("*.css")] == [
        "css/site.css"
    ]
    css = (STATIC / "css" / "site.css").read_text()
    assert len(css.encode()) < 24_000 and "@media print{" in css
    assert "@import" not in css and "//" not in re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    faces = re.findall(r"@font-face\{[^}]*\}", css)
    web_faces = [face for face in faces if "url(" in face]
    # Three faces, each in a -basic and a -latin1 file told apart by unicode-range.
    assert len(web_faces) == 6 and all("font-display:swap" in face for face in web_faces)
    assert all("unicode-range:" in face for face in web_faces)
    # Fallback faces sized to the web fonts' metrics: the swap moves nothing (CLS 0).
    assert sum("size-adjust" in face for face in faces) == 2


def test_the_fonts_are_woff2_under_80_kb_with_their_licences():
    fonts = list((STATIC / "fonts").glob("*.woff2"))
    assert len(fonts) == 6
    assert sum(path.stat().st_size for path in fonts) <= FONT_BUDGET
    # What nearly every page loads: each -basic file fits a connection's first round trip.
    assert all(path.stat().st_size < 14_000 for path in fonts if "-basic" in path.name)
    assert len(list((STATIC / "fonts").glob("LICENSE-*.txt"))) == 2


def test_the_fonts_keep_only_kerning_and_ligatures():
    # `manage.py subset_fonts` was run: no figure styles, fractions or alternates to download.
    for path in (STATIC / "fonts").glob("*.woff2"):
        font = TTFont(path)
        features = {
            record.FeatureTag
            for table in ("GSUB", "GPOS")
            if table in font
            for record in font[table].table.FeatureList.FeatureRecord
        }
        assert features <= {"kern", "liga"} and "kern" in features, (path.name, features)
        wanted = "Aa’—©" if "-basic" in path.name else "éçñßæ€"
        assert all(ord(char) in font.getBestCmap() for char in wanted), path.name


def test_templates_load_no_other_script_or_stylesheet():
    loaded = set()
    for template in (ROOT / "templates").rglob("*.html"):
        if {"admin", "email"} & set(template.relative_to(ROOT / "templates").parts):
            continue  # the newsroom's screens and emails, not what readers' browsers load
        text = template.read_text()
        loaded |= {
            name
            for name in re.findall(r"\{% static ['\"]([^'\"]+)['\"] %\}", text)
            if name.endswith((".js", ".css"))
        }
        assert not re.search(r"<script[^>]+src=\"(https?:)?//", text), template
        assert not re.search(r"<link[^>]+href=\"(https?:)?//[^\"]+\.css", text), template
        assert not re.search(r"\sstyle=\"", text), template  # CSP: no inline styles
    assert loaded == {"css/site.css", "js/site.js", "js/live.js"}


def test_the_site_s_own_labels_need_no_latin1_file():
    # Characters site.css and the page frame put on every page (› after section headings, ↑ in
    # Back to top, · in bylines, © in the footer): in the -basic files, or every page would
    # fetch a -latin1 file too.
    css = (STATIC / "css" / "site.css").read_text()
    shown = set("".join(re.findall(r'content:"([^"]*)"', css))) | set("·©–—…’“”")
    for path in (STATIC / "fonts").glob("*-basic.woff2"):
        cmap = TTFont(path).getBestCmap()
        wanted = shown | ({"↑"} if path.name.startswith("inter") else set())  # Newsreader has none
        assert {char for char in wanted if ord(char) not in cmap} == set(), path.name
