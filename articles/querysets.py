from django.db import models
from django.db.models import Prefetch, Q
from django.utils import timezone


class SectionQuerySet(models.QuerySet):
    def get_by_natural_key(self, path):
        return self.get(path=path)

    def top_level(self):
        """Sections without a parent, in the desk's chosen order."""
        return self.filter(parent__isnull=True).order_by("order", "name")


class ArticleQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def published(self, now=None):
        """Stories readers may see now: published, publish time passed, no embargo in force.

        Scheduling needs no cron: a story published for a future time simply matches later.
        """
        now = now or timezone.now()
        return self.filter(status=self.model.Status.PUBLISHED, published_at__lte=now).filter(
            Q(embargo_until__isnull=True) | Q(embargo_until__lte=now)
        )

    def in_section(self, section, *, include_children=True):
        """Stories of a section, and by default of the sections below it."""
        if include_children:
            return self.filter(
                Q(section=section) | Q(section__path__startswith=f"{section.path}/")
            )
        return self.filter(section=section)

    def newest_first(self):
        """Newest publication first; the id breaks ties so pages never overlap."""
        return self.order_by("-published_at", "-id")

    def for_listing(self):
        """What a card needs: section, lead image with credit, byline; a fixed number of queries."""
        from .models import Byline

        return self.select_related(
            "section", "lead_image", "lead_image__photographer", "lead_image__agency"
        ).prefetch_related(
            Prefetch("bylines", queryset=Byline.objects.select_related("person").order_by("position"))
        )

    def for_detail(self):
        """Everything the article page shows, in a number of queries independent of its size."""
        from .models import Block, Byline, Note

        return self.select_related(
            "section", "section__parent",
            "lead_image", "lead_image__photographer", "lead_image__agency",
        ).prefetch_related(
            Prefetch("bylines", queryset=Byline.objects.select_related("person").order_by("position")),
            Prefetch(
                "blocks",
                queryset=Block.objects.select_related(
                    "image", "image__photographer", "image__agency",
                    "quote", "quote__speaker",
                    "link_article", "link_article__section",
                ).order_by("position", "id"),
            ),
            Prefetch("notes", queryset=Note.objects.order_by("created_at")),
        )


class QuoteQuerySet(models.QuerySet):
    def published(self, now=None):
        """Quotes from stories readers may see now."""
        from .models import Article

        return self.filter(article__in=Article.objects.published(now))


class ImageQuerySet(models.QuerySet):
    def awaiting_photo(self):
        """Images whose caption and credit arrived before the photo file."""
        return self.filter(file="")
