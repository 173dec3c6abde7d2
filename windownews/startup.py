"""What a serving process does once Django is set up (windownews/wsgi.py, asgi.py): import
every view the URLconf names, then put the objects that stay for the process's life out of
the garbage collector's reach and collect young objects less often; last, where tasks run in
the process, warm the publish path in the background (windownews/warm.py).

Measured in-process on the desk's article list at 100,000 articles (bench/desk_list.py): a
full collection of the ~260,000 objects a loaded process holds took 100-190 ms of CPU, landing
on whichever request crossed Python's threshold (the p95 of 150-300 ms seen on screens whose
p50 was 80 ms); frozen with `gc.freeze()`, one costs ~10 ms. Python's default of a young
collection every 2,000 new objects also rescanned the request's own live objects (5-20 ms a
time, 2 ms a request on average); every 10,000 it halves that."""

import gc

from django.urls import get_resolver

from windownews import warm

YOUNG_THRESHOLD = 10_000  # Python's default is 2,000


def settle(warm_publish_path=True):
    get_resolver().url_patterns  # noqa: B018 (imports the URLconf and every view it names)
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, older, oldest)
    if warm_publish_path:
        warm.in_background()
