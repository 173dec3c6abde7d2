import threading

from django.test import override_settings

from entities import quotes
from windownews import warm

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
INLINE_TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def warming_threads():
    return [t for t in threading.enumerate() if t.name == "warm-publish-path"]


def test_publish_path_loads_what_the_first_publish_would_wait_for():
    quotes.first_names.cache_clear()
    warm.publish_path()
    assert quotes.first_names.cache_info().currsize == 1


@override_settings(TASKS=INLINE_TASKS)
def test_warms_in_the_background_where_tasks_run_in_the_web_process():
    warm.in_background()
    threads = warming_threads()
    assert threads
    for thread in threads:
        thread.join()


@override_settings(TASKS=DATABASE_TASKS)
def test_does_not_warm_where_a_worker_runs_the_tasks():
    for thread in warming_threads():
        thread.join()
    warm.in_background()
    assert not warming_threads()
