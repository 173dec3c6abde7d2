from django.core.management.base import BaseCommand

from discovery import search_index


class Command(BaseCommand):
    help = (
        "Rebuild the PostgreSQL reader search's entry of every live article "
        "(a no-op on SQLite, which searches Wagtail's index)."
    )

    def handle(self, *args, **options):
        if not search_index.enabled():
            self.stdout.write("SQLite: the reader search uses Wagtail's FTS5 index; nothing to do.")
            return
        self.stdout.write(f"Search entries written for {search_index.rebuild()} articles.")
