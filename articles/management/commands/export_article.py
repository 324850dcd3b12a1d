import json

from django.core.management import BaseCommand, CommandError

from articles.importing import export_article
from articles.models import Article


class Command(BaseCommand):
    help = "Print a saved story as article JSON, the form `import_article --dry-run --json` prints."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The story's slug (or its source key).")

    def handle(self, *args, slug, **options):
        article = Article.objects.filter(slug=slug).first() or Article.objects.filter(source_key=slug).first()
        if article is None:
            raise CommandError(f"no story with the slug or source key “{slug}”")
        self.stdout.write(json.dumps(export_article(article), ensure_ascii=False, indent=2))
