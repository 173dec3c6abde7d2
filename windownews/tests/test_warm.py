"""A serving process warms the publish path where it runs the tasks itself, and only there."""

import gc
import threading

import pytest
from django.test import override_settings

from discovery import concepts, sections
from entities import quotes, syntax
from windownews import startup

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
INLINE_TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def gc_as_it_was():
    """settle() freezes the collector's objects and raises its threshold: undone after each."""
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def warming_threads():
    return [t for t in threading.enumerate() if t.name == "warm-publish-path"]


def settled_threads(**kwargs):
    for thread in warming_threads():
        thread.join()
    startup.settle(**kwargs)
    started = warming_threads()
    for thread in started:
        thread.join()
    return started


def test_publish_path_loads_what_the_first_publish_would_wait_for():
    loaded = [quotes.first_names, quotes.common_words, quotes.demonyms, sections.model]
    loaded += [concepts.model, syntax.parser]
    for cached in loaded:
        cached.cache_clear()
    startup.warm_publish_path()
    assert [cached.cache_info().currsize for cached in loaded] == [1] * len(loaded)


@override_settings(TASKS=INLINE_TASKS)
def test_warms_in_the_background_where_tasks_run_in_the_web_process():
    assert settled_threads()


@override_settings(TASKS=DATABASE_TASKS)
def test_does_not_warm_where_a_worker_runs_the_tasks():
    assert not settled_threads()


@override_settings(TASKS=INLINE_TASKS)
def test_a_process_that_opts_out_gets_no_warming_thread():
    assert not settled_threads(warm=False)  # bench/desk_list.py, timing requests


def test_the_task_worker_warms_before_it_takes_tasks(monkeypatch):
    from newsroom import scheduling
    from windownews import cli

    ran = []
    monkeypatch.setattr(cli, "_django", lambda: lambda *args: ran.append(args))
    monkeypatch.setattr(scheduling, "start_scheduler_thread", lambda: None)
    for thread in warming_threads():
        thread.join()
    cli.worker(type("Args", (), {"rest": []})())
    started = warming_threads()
    for thread in started:
        thread.join()
    assert started and ran == [("db_worker",)]
