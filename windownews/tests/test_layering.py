"""Who may import whom: the apps form layers, newsroom at the bottom, and no import cycle.

Read from the source with `ast` (app code only: tests and migrations may reach across)."""

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The one statement of the allowed graph: each app, and the apps of ours it may import.
ALLOWED = {
    "newsroom": set(),
    "comments": {"newsroom"},
    "discovery": {"newsroom", "entities"},
    "pagecache": {"newsroom", "comments", "discovery", "entities"},
    "syndication": {"newsroom", "comments", "discovery", "entities"},
    "live": {"newsroom", "syndication", "pagecache"},
    "following": {"newsroom", "comments"},
    "pictures": {"newsroom", "pagecache"},
    "entities": {"newsroom"},
    "ingest": {"newsroom", "comments", "discovery", "live", "pictures", "pagecache"},
    "windownews": {
        "newsroom",
        "comments",
        "discovery",
        "pagecache",
        "ingest",
        "entities",
        "pictures",
    },
}


def our_apps():
    return {path.parent.name for path in ROOT.glob("*/apps.py")} | {"windownews"}


def imported_apps(app, apps):
    """The other apps of ours that `app`'s code imports, each with a file that does."""
    found = {}
    for path in (ROOT / app).rglob("*.py"):
        if {"tests", "migrations"} & set(path.parts):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                modules = [node.module]
            else:
                continue
            for top in {module.split(".")[0] for module in modules} & (apps - {app}):
                found.setdefault(top, path.relative_to(ROOT))
    return found


def test_it_lists_every_app_in_the_allowed_graph():
    assert our_apps() == set(ALLOWED)


def test_it_allows_no_cycle():
    try:
        tuple(TopologicalSorter(ALLOWED).static_order())
    except CycleError as cycle:
        raise AssertionError(f"the allowed graph has a cycle: {cycle.args[1]}") from None


def test_each_app_imports_only_what_it_may():
    apps = our_apps()
    stray = {
        (app, target): path
        for app in apps
        for target, path in imported_apps(app, apps).items()
        if target not in ALLOWED.get(app, set())
    }
    assert stray == {}
