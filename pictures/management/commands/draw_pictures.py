from django.core.management.base import BaseCommand

from pictures.articles import draw_missing


class Command(BaseCommand):
    help = "Draw the locator map or title card of every article without a photo that lacks one."

    def handle(self, *args, **options):
        self.stdout.write(f"{draw_missing()} pictures drawn or redrawn.")
