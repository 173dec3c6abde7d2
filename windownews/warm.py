"""Loads, in the background, what publishing reads on first use: where tasks run inside the web
process (the demo), an editor's first publish would otherwise wait ~1 s for the name lists,
the gazetteer and the map data before the pages show the story."""

import threading

from django.conf import settings

SAMPLE = "“We will rebuild Kyiv,” President Volodymyr Zelenskyy of Ukraine said on Monday."


def publish_path() -> None:
    from entities.mentions import find_mentions
    from entities.quotes import extract_quotes
    from pictures import atlas, drawing

    extract_quotes(SAMPLE)
    find_mentions(SAMPLE)
    atlas.countries()
    drawing.locator_map("Ukraine")


def tasks_run_inline() -> bool:
    return settings.TASKS["default"]["BACKEND"].endswith(".ImmediateBackend")


def in_background() -> None:
    if tasks_run_inline():
        threading.Thread(target=publish_path, name="warm-publish-path", daemon=True).start()
