import json
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand, CommandError, call_command
from django.db import transaction

from articles.importing import import_article
from articles.models import Article, Image, Section
from people.models import Organization, Person
from articles.parsing import parsed_from_dict
from articles.renditions import make_placeholder_jpeg


class Command(BaseCommand):
    help = (
        "Rebuild fixtures/seed.json from the seed story's gold parse and fixtures/seed-meta.json "
        "(run on an empty database: `make seed-fixture`)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--meta", default=str(settings.BASE_DIR / "fixtures" / "seed-meta.json"))
        parser.add_argument("--output", default=str(settings.BASE_DIR / "fixtures" / "seed.json"))

    def handle(self, *args, meta, output, **options):
        meta_path = Path(meta)
        if Article.objects.exists():
            raise CommandError("the database already holds stories; build the fixture on an empty one")
        config = json.loads(meta_path.read_text(encoding="utf-8"))
        gold = json.loads((meta_path.parent / config["gold"]).read_text(encoding="utf-8"))
        with transaction.atomic():
            sections = {}
            for item in config["sections"]:
                parent_path, _, slug = item["path"].rpartition("/")
                section = Section(
                    name=item["name"], slug=slug, parent=sections.get(parent_path),
                    description=item.get("description", ""), order=item.get("order", 0),
                )
                section.save()
                sections[item["path"]] = section
            parsed = parsed_from_dict(gold)
            article = import_article(
                parsed, section=sections[config["section"]], headline=config["headline"],
                status=Article.Status.PUBLISHED, key=config["key"],
            ).article
            image_config = config.get("image")
            image = next((b.image for b in article.blocks.filter(kind="image").select_related("image")), None)
            if image is not None and image_config:
                fixture_media = meta_path.parent / "media"
                target = fixture_media / image_config["file"]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(make_placeholder_jpeg(text="Photo to come"))
                image.file.name = image_config["file"]
                image.width, image.height = 1200, 800
                image.alt_text = image_config["alt_text"]
                image.usage_terms = image_config.get("usage_terms", "")
                image.save()
                if config.get("lead_image"):
                    article.lead_image = image
            article.slug = config["slug"]
            article.dek = config.get("dek", "")
            article.label = config.get("label", "")
            article.dateline = config.get("dateline", "")
            article.published_at = datetime.fromisoformat(config["published_at"])
            article.imported_version = article.version + 1
            article.save()
            article.tags.set(config.get("tags", []))
            # Date every row at the story's publication so the fixture is the same on every build.
            moment = article.published_at
            for model in (Person, Organization, Image):
                model.objects.update(created_at=moment, updated_at=moment)
            Article.objects.update(created_at=moment, modified_at=moment)
        with open(output, "w", encoding="utf-8") as out:
            call_command(
                "dumpdata", "people", "articles", "taggit",
                natural_foreign=True, natural_primary=False, indent=1, stdout=out,
            )
        self.stdout.write(self.style.SUCCESS(f"Wrote {output}"))
