from django.core.management.base import BaseCommand

from following.tasks import send_digests


class Command(BaseCommand):
    help = "Queue the daily digests of subscribers who chose one (run once a day, e.g. by cron)."

    def handle(self, *args, **options):
        result = send_digests.enqueue()
        self.stdout.write(f"Digests queued (task {result.id}).")
