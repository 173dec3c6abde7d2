"""Index a bulk import once at the end instead of once per saved object.

Wagtail updates its search index (and its reference index) on every save; for a
demo load of ~500 articles those two account for more than half the time. Inside
`deferred_indexing()` the per-save updates are switched off and the objects saved
are indexed in one batch per model when the block ends."""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import signal_handlers as search_signals
from modelsearch.backends import get_search_backends
from modelsearch.index import get_indexed_models
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def deferred_indexing():
    saved = defaultdict(set)

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
        post_save.connect(remember, sender=model, weak=False)
    try:
        # Wagtail's reference index only feeds the admin's "usage" counts; the loader
        # skips it (`windownews manage rebuild_references_index` fills it in).
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.disconnect(remember, sender=model)
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
    index_in_bulk(saved)


def index_in_bulk(saved):
    """saved: {model: {pk, ...}} -> one add_bulk per concrete model and backend."""
    for model, pks in saved.items():
        objects = list(model.get_indexed_objects().filter(pk__in=pks))
        specific = defaultdict(list)
        for obj in objects:
            instance = obj.get_indexed_instance()
            if instance is not None:
                specific[type(instance)].append(instance)
        for backend in get_search_backends(with_auto_update=True):
            for concrete, instances in specific.items():
                backend.add_bulk(concrete, instances)
