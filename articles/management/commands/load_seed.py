from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import BaseCommand, call_command

from articles.models import Article


def copy_fixture_media():
    """Put the fixture's image files into media storage, leaving files already there alone."""
    root = settings.BASE_DIR / "fixtures" / "media"
    copied = 0
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        name = path.relative_to(root).as_posix()
        if not default_storage.exists(name):
            with path.open("rb") as handle:
                default_storage.save(name, File(handle, name=path.name))
            copied += 1
    return copied


class Command(BaseCommand):
    help = "Load the seed story (fixtures/seed.json and its image) into a database that has no stories yet."

    def add_arguments(self, parser):
        parser.add_argument(
            "--media-only", action="store_true", help="Only copy the fixture's image files into media storage.",
        )

    def handle(self, *args, media_only=False, **options):
        copied = copy_fixture_media()
        if media_only:
            self.stdout.write(f"Copied {copied} fixture file(s) into media storage.")
            return
        if Article.objects.exists():
            self.stdout.write("The database already has stories; the seed story was not loaded over them.")
            return
        call_command("loaddata", "seed", verbosity=0)
        article = Article.objects.get(source_key="seed-article")
        self.stdout.write(self.style.SUCCESS(f"Loaded the seed story: {article.get_absolute_url()}"))
