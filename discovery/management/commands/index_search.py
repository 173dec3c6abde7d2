from django.core.management.base import BaseCommand

from discovery import search_index, suggest


class Command(BaseCommand):
    help = (
        'Rebuild the "did you mean" vocabulary, and the PostgreSQL reader search\'s entry of '
        "every live article (SQLite searches Wagtail's index)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f'"Did you mean" knows {suggest.learn_everything()} words.')
        if not search_index.enabled():
            self.stdout.write("SQLite: the reader search uses Wagtail's FTS5 index; nothing to do.")
            return
        self.stdout.write(f"Search entries written for {search_index.rebuild()} articles.")
