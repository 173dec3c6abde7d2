"""Index a bulk import in batches instead of once per saved object.

Wagtail updates its search index (and its reference index) on every save, and discovery its
reader-search entry; for a demo load of ~500 articles those account for more than half the
time. Inside `deferred_indexing()` the per-save updates are switched off; the objects saved are
indexed in one batch per model when `flush()` is called (an importer calls it before each
commit, so the entries commit with their objects) and when the block ends."""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import signal_handlers as search_signals
from modelsearch.backends import get_search_backends
from modelsearch.index import get_indexed_models
from wagtail.signal_handlers import disable_reference_index_auto_update

from discovery import search_index
from discovery.signals import update_search_entry
from newsroom.models import ArticlePage

BATCH = 200  # objects read back per query: an export's 5 MB bodies stay out of memory together


class Deferred:
    def __init__(self):
        self.saved = defaultdict(set)

    def remember(self, sender, instance, raw=False, **kwargs):
        if not raw:
            self.saved[sender].add(instance.pk)

    def flush(self):
        saved, self.saved = self.saved, defaultdict(set)
        index_in_bulk(saved)
        articles = sorted(saved.get(ArticlePage, ()))
        for start in range(0, len(articles), BATCH):
            search_index.update(articles[start : start + BATCH])


@contextmanager
def deferred_indexing():
    deferred = Deferred()
    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    post_save.disconnect(update_search_entry, sender=ArticlePage)
    for model in models:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    for model in {*models, ArticlePage}:
        post_save.connect(deferred.remember, sender=model, weak=False)
    try:
        # Wagtail's reference index only feeds the admin's "usage" counts; the loader
        # skips it (`windownews manage rebuild_references_index` fills it in).
        with disable_reference_index_auto_update():
            yield deferred
    finally:
        for model in {*models, ArticlePage}:
            post_save.disconnect(deferred.remember, sender=model)
        for model in models:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
        post_save.connect(update_search_entry, sender=ArticlePage)
    deferred.flush()


def index_in_bulk(saved):
    """saved: {model: {pk, ...}} -> one add_bulk per concrete model, backend and batch."""
    for model, pks in saved.items():
        if model not in get_indexed_models():
            continue
        pks = sorted(pks)
        for start in range(0, len(pks), BATCH):
            specific = defaultdict(list)
            for obj in model.get_indexed_objects().filter(pk__in=pks[start : start + BATCH]):
                instance = obj.get_indexed_instance()
                if instance is not None:
                    specific[type(instance)].append(instance)
            for backend in get_search_backends(with_auto_update=True):
                for concrete, instances in specific.items():
                    backend.add_bulk(concrete, instances)
