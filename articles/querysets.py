from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q
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
        return self.filter(public_story_q(now))

    def next_public_change(self, now=None):
        """The next moment a story becomes public by itself (its publish time or embargo lift), or None."""
        from .models import Article

        now = now or timezone.now()
        published = self.filter(status=Article.Status.PUBLISHED)
        # Two indexed look-ups rather than one aggregate, which would scan every published story.
        moments = [
            published.filter(**{f"{field}__gt": now}).order_by(field).values_list(field, flat=True).first()
            for field in ("published_at", "embargo_until")
        ]
        return min((moment for moment in moments if moment is not None), default=None)

    def in_section(self, section, *, include_children=True):
        """Stories of a section, and by default of the sections below it."""
        if include_children:
            from .models import Section

            # The section ids first, as values: with them the database reads a section page's
            # count and a deep page from the section index alone, for those sections only. As a
            # subquery it scanned every public story's index entry and joined each to its section:
            # at 100,000 stories on PostgreSQL the World page took 42-55 ms, now 27 ms.
            ids = Section.objects.filter(Q(pk=section.pk) | Q(path__startswith=f"{section.path}/"))
            return self.filter(section__in=list(ids.values_list("id", flat=True)))
        return self.filter(section=section)

    def datetimes(self, field_name, kind, order="ASC", tzinfo=None):
        """As QuerySet.datetimes(), but years come from one indexed look-up per year.

        The admin's date drill-down asks for every year with a story; DISTINCT over every
        row of a 100,000-story archive took 400 ms on SQLite. Months and days, asked for
        within one year or month, keep Django's query.
        """
        if kind != "year":
            return super().datetimes(field_name, kind, order=order, tzinfo=tzinfo)
        from datetime import datetime

        from django.db.models import Max, Min

        bounds = self.aggregate(first=Min(field_name), last=Max(field_name))
        if bounds["first"] is None:
            return []
        zone = tzinfo or timezone.get_current_timezone()
        first, last = (timezone.localtime(bounds[k], zone).year for k in ("first", "last"))
        years = [
            timezone.make_aware(datetime(year, 1, 1), zone) for year in range(first, last + 1)
            if self.filter(**{f"{field_name}__year": year}).exists()
        ]
        return years if order == "ASC" else years[::-1]

    def newest_first(self):
        """Newest publication first; the id breaks ties so pages never overlap."""
        return self.order_by("-published_at", "-id")

    def for_listing(self):
        """What a card needs: section, lead image with credit, byline; a fixed number of queries."""
        from .models import Byline

        # The search vector is the whole story's words: never wanted on a page, heavy on PostgreSQL.
        return self.select_related(
            "section", "lead_image", "lead_image__photographer", "lead_image__agency"
        ).defer("search_vector").prefetch_related(
            Prefetch("bylines", queryset=Byline.objects.select_related("person").order_by("position"))
        )

    def for_detail(self):
        """Everything the article page shows, in a number of queries independent of its size.

        The public page reads the same querysets through ``articles.article_page``, compiled once
        per process; previews and anything else use this.
        """
        return self.page_columns().prefetch_related(
            Prefetch("bylines", queryset=page_bylines()),
            Prefetch("blocks", queryset=page_blocks()),
            # The quotes standing in each paragraph, for their anchors and speaker links: one query.
            # As a plain list: a related manager per block would build a filtered queryset each.
            Prefetch("blocks__quotes", queryset=page_paragraph_quotes(), to_attr="paragraph_quotes"),
            Prefetch("notes", queryset=page_notes()),
        )

    def page_columns(self):
        """The story with its section chain and lead image, limited to what the page reads.

        Only those columns: building a query and its objects costs Django time for every
        selected column, far more than the database spends reading them.
        """
        return self.select_related(
            "section", "section__parent",
            "lead_image", "lead_image__photographer", "lead_image__agency",
        ).only(
            *ARTICLE_PAGE_FIELDS, "lead_image_id",
            *_related_fields("section", SECTION_FIELDS), *_related_fields("section__parent", SECTION_FIELDS),
            *_related_fields("lead_image", IMAGE_FIELDS),
            *_related_fields("lead_image__photographer", CREDIT_FIELDS),
            *_related_fields("lead_image__agency", CREDIT_FIELDS),
        )


def page_bylines():
    """A story's bylines as its page shows them, with each writer's name and address."""
    from .models import Byline

    return Byline.objects.select_related("person").only(
        "article_id", "person_id", "position", *_related_fields("person", CREDIT_FIELDS),
    ).order_by("position")


def page_blocks():
    """A story's body in order, with each block's image, pull quote and linked story."""
    from .models import Block

    return Block.objects.select_related(
        "image", "image__photographer", "image__agency",
        "quote", "quote__speaker",
        "link_article", "link_article__section",
    ).only(
        "article_id", "kind", "position", "text", "caption", "link_title", "link_url",
        "image_id", "quote_id", "link_article_id",
        *_related_fields("image", IMAGE_FIELDS),
        *_related_fields("image__photographer", CREDIT_FIELDS),
        *_related_fields("image__agency", CREDIT_FIELDS),
        *_related_fields("quote", ("text", "context", "speaker_id")),
        *_related_fields("quote__speaker", CREDIT_FIELDS),
        *_related_fields("link_article", LINKED_ARTICLE_FIELDS),
        *_related_fields("link_article__section", ("path",)),
    ).order_by("position", "id")


def page_paragraph_quotes():
    """Quotes with the paragraph they stand in and their speaker, in the story's order."""
    from .models import Quote

    return Quote.objects.select_related("speaker").only(
        "block_id", "position", "speaker_id", *_related_fields("speaker", CREDIT_FIELDS),
    ).order_by("position", "id")


def page_notes():
    from .models import Note

    return Note.objects.order_by("created_at")


# The columns for_detail() loads; the page and its structured data read nothing else.
ARTICLE_PAGE_FIELDS = (
    "headline", "slug", "dek", "label", "section_id", "dateline", "status", "published_at", "embargo_until",
    "updated_at", "comment_count", "seo_title", "seo_description", "created_at", "modified_at",
)
LINKED_ARTICLE_FIELDS = ("headline", "slug", "section_id", "status", "published_at", "embargo_until", "created_at")
SECTION_FIELDS = ("name", "slug", "path", "parent_id")
IMAGE_FIELDS = ("file", "width", "height", "caption", "alt_text", "credit_line", "photographer_id", "agency_id")
CREDIT_FIELDS = ("name", "slug")


def _related_fields(prefix, fields):
    return [f"{prefix}__{field}" for field in fields]


def public_story_q(now=None, prefix=""):
    """The condition ArticleQuerySet.published() applies, for a story reached through ``prefix``."""
    from .models import Article

    now = now or timezone.now()
    return Q(**{f"{prefix}status": Article.Status.PUBLISHED, f"{prefix}published_at__lte": now}) & (
        Q(**{f"{prefix}embargo_until__isnull": True}) | Q(**{f"{prefix}embargo_until__lte": now})
    )


class QuoteQuerySet(models.QuerySet):
    def published(self, now=None):
        """Quotes from stories readers may see now."""
        from .models import Article

        # A correlated look-up per quote: with IN (every public story) the database would
        # first list the whole archive, for a person quoted five times as for one quoted 5,000.
        return self.filter(Exists(Article.objects.published(now).filter(pk=OuterRef("article_id"))))

    def published_newest_first(self, now=None):
        """Quotes from stories readers may see now, newest story first, in each story in order.

        The visibility test is made on the story joined for the order: checked once per quote,
        and on PostgreSQL the first page walks the public listing index and stops at a page.
        """
        return self.filter(public_story_q(now, prefix="article__")).order_by(
            "-article__published_at", "article_id", "position", "id",
        )


class ImageQuerySet(models.QuerySet):
    def awaiting_photo(self):
        """Images whose caption and credit arrived before the photo file."""
        return self.filter(file="")
