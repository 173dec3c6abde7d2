"""The reader's download stays small: under 2 KB of JavaScript in all, one CSS file, system fonts."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "static"


def test_every_page_s_javascript_is_small():
    # site.js on every page; live.js only on live pages, where it replaces reloading.
    sizes = {path.name: path.stat().st_size for path in STATIC.rglob("*.js")}
    assert sizes.keys() == {"site.js", "live.js"}
    assert sizes["site.js"] < 2048 and sizes["live.js"] < 2560, sizes


def test_there_is_one_small_css_file_using_system_fonts():
    assert [path.relative_to(STATIC).as_posix() for path in STATIC.rglob("*.css")] == [
        "css/site.css"
    ]
    css = (STATIC / "css" / "site.css").read_text()
    assert len(css.encode()) < 16_000
    assert "@font-face" not in css and "@import" not in css
    assert "system-ui" in css


def test_templates_load_no_other_script_or_stylesheet():
    loaded = set()
    for template in (ROOT / "templates").rglob("*.html"):
        if "admin" in template.relative_to(ROOT / "templates").parts:
            continue  # the newsroom's screens, not what readers download
        text = template.read_text()
        loaded |= {
            name
            for name in re.findall(r"\{% static ['\"]([^'\"]+)['\"] %\}", text)
            if name.endswith((".js", ".css"))
        }
        assert not re.search(r"<script[^>]+src=\"(https?:)?//", text), template
        assert not re.search(r"<link[^>]+href=\"(https?:)?//[^\"]+\.css", text), template
    assert loaded == {"css/site.css", "js/site.js", "js/live.js"}
