"""The reader's download stays small: under 2 KB of JavaScript in all, one CSS file, system fonts."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "static"


def test_all_javascript_is_under_2_kb():
    scripts = list(STATIC.rglob("*.js"))
    assert sum(path.stat().st_size for path in scripts) < 2048, {
        path.name: path.stat().st_size for path in scripts
    }


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
        text = template.read_text()
        loaded |= {
            name
            for name in re.findall(r"\{% static ['\"]([^'\"]+)['\"] %\}", text)
            if name.endswith((".js", ".css"))
        }
        assert not re.search(r"<script[^>]+src=\"(https?:)?//", text), template
        assert not re.search(r"<link[^>]+href=\"(https?:)?//[^\"]+\.css", text), template
    assert loaded == {"css/site.css", "js/site.js"}
