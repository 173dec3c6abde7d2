"""Backfill: suggest quotes for every article (or those given), e.g. after an import."""

from django.core.management.base import BaseCommand

from entities.models import Quote
from entities.text import plain_text
from newsroom.models import ArticlePage


class Command(BaseCommand):
    help = "Extract quotes and speakers from articles as suggestions for editors."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="article ids (default: all)")

    def handle(self, *args, ids, **options):
        articles = ArticlePage.objects.all()
        if ids:
            articles = articles.filter(pk__in=ids)
        total = count = 0
        for article in articles.iterator(chunk_size=200):
            total += len(Quote.objects.extract(article, plain_text(article)))
            count += 1
        self.stdout.write(f"{total} quotes suggested in {count} articles.")
