"""Backfill: suggest quotes and mentions for every article (or those given), e.g. after an
import. The same work as the publish task, article by article."""

from django.core.management.base import BaseCommand

from entities.models import Mention, Quote
from entities.text import plain_text
from newsroom.models import ArticlePage


class Command(BaseCommand):
    help = "Extract quotes, speakers and the people, organisations and places of articles."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="article ids (default: all)")

    def handle(self, *args, ids, **options):
        articles = ArticlePage.objects.all()
        if ids:
            articles = articles.filter(pk__in=ids)
        quotes = mentions = count = 0
        for article in articles.iterator(chunk_size=200):
            text = plain_text(article)
            quotes += len(Quote.objects.extract(article, text))
            mentions += len(Mention.objects.extract(article, text))
            count += 1
        self.stdout.write(f"{quotes} quotes and {mentions} mentions suggested in {count} articles.")
