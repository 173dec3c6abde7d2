from django.core.management.base import BaseCommand

from discovery import related


class Command(BaseCommand):
    help = (
        "Rebuild every published article's related list in one batch, or (--idf-only) refresh "
        "the corpus IDF from a sample and every article's keywords."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--idf-only",
            action="store_true",
            help=(
                "for large sites: refit the IDF and the keywords that single-article refreshes use"
            ),
        )
        parser.add_argument("--sample", type=int, default=5000)

    def handle(self, *args, idf_only=False, sample=5000, **options):
        if idf_only:
            self.stdout.write(f"IDF refitted on {related.refit_idf(sample)} articles.")
            self.stdout.write(f"Keywords of {related.rebuild_keywords()} articles rebuilt.")
        else:
            self.stdout.write(f"Related lists computed for {related.compute_all()} articles.")
