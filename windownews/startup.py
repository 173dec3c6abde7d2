"""What a serving process does once Django is set up (windownews/wsgi.py, asgi.py): import
every view the URLconf names, then put the objects that stay for the process's life out of
the garbage collector's reach and collect young objects less often; last, where tasks run in
the process, warm the publish path in the background.

Measured in-process on the desk's article list at 100,000 articles (bench/desk_list.py): a
full collection of the ~260,000 objects a loaded process holds took 100-190 ms of CPU, landing
on whichever request crossed Python's threshold (the p95 of 150-300 ms seen on screens whose
p50 was 80 ms); frozen with `gc.freeze()`, one costs ~10 ms. Python's default of a young
collection every 2,000 new objects also rescanned the request's own live objects (5-20 ms a
time, 2 ms a request on average); every 10,000 it halves that.

Where tasks run inside the web process (the demo), and in production's worker, the first
publish would otherwise wait ~1 s for the name lists, the gazetteer, the English word list, the
related-articles models and the map data, and 1.4 s more for the dependency parser
(entities/syntax.py: importing spaCy, reading the model) before the pages show the story."""

import gc
import threading

from django.conf import settings
from django.urls import get_resolver

YOUNG_THRESHOLD = 10_000  # Python's default is 2,000
SAMPLE = "“We will rebuild Kyiv,” President Volodymyr Zelenskyy of Ukraine said on Monday."


def settle(warm=True):
    get_resolver().url_patterns  # noqa: B018 (imports the URLconf and every view it names)
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, older, oldest)
    if warm and tasks_run_inline():
        warm_in_background()


def warm_in_background() -> None:
    """In a thread: the web process of the demo, and production's task worker (`windownews
    worker`), whose first task would otherwise load the models while a publish waits."""
    threading.Thread(target=warm_publish_path, name="warm-publish-path", daemon=True).start()


def warm_publish_path() -> None:
    from discovery import concepts, sections
    from entities import quotes, syntax
    from entities.mentions import find_mentions
    from pictures import atlas, drawing

    quotes.extract_quotes(SAMPLE)
    quotes.common_words()  # the sample has no plain word opening a sentence: 0.8 s on its own
    quotes.demonyms()
    find_mentions(SAMPLE)
    sections.model()  # the related-articles refresh's two models
    concepts.model()
    atlas.countries()
    drawing.locator_map("Ukraine")
    syntax.parse(SAMPLE)


def tasks_run_inline() -> bool:
    return settings.TASKS["default"]["BACKEND"].endswith(".ImmediateBackend")
