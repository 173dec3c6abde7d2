from django.core.management.base import BaseCommand

from ingest.loader import load_demo


class Command(BaseCommand):
    help = (
        "Create the demo site and load the seed article and the open-licence corpus (idempotent)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--seed-only", action="store_true", help="Load the flagship article only."
        )

    def handle(self, *args, seed_only=False, **options):
        result = load_demo(include_corpus=not seed_only)
        self.stdout.write(f"Demo content ready: {result['created']} new article(s).")
