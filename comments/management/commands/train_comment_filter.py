from django.core.management.base import BaseCommand

from comments.classifier import train_and_store


class Command(BaseCommand):
    help = (
        "Refit the learned spam filter on the shipped labelled sets and the moderators' "
        "decisions, and store it."
    )

    def handle(self, *args, **options):
        row = train_and_store()
        self.stdout.write(
            f"Stored {row}: {row.shipped_examples} shipped examples, {len(row.blob) // 1024} KB."
        )
