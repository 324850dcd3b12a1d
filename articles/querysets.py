"""What is public and what each page loads, as QuerySet methods of each model.

Models come in through ``self.model`` and its relations (``related_model``), never by
importing ``models.py``, which imports this module.
"""

from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Count, Exists, ExpressionWrapper, Max, Min, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from people.querysets import related_model


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
        """The next moment readers' pages change by themselves, or None.

        A story becomes public (its publish time, its embargo lift) or leaves a front page's slot
        (its drop-out time).
        """
        from .models import Article

        now = now or timezone.now()
        published = self.filter(status=Article.Status.PUBLISHED)
        # Two indexed look-ups rather than one aggregate, which would scan every published story.
        moments = [
            published.filter(**{f"{field}__gt": now}).order_by(field).values_list(field, flat=True).first()
            for field in ("published_at", "embargo_until")
        ]
        # A story an editor placed on a front page leaves it at its drop-out time: pages showing it change then.
        slots = related_model(self.model, "front_slots").objects
        moments.append(slots.next_drop_out(now))
        return min((moment for moment in moments if moment is not None), default=None)

    def on_front_page(self, section=None, now=None):
        """Stories placed on the home page (no section) or a section's page that readers may see now, lead first.

        A scheduled or embargoed story in a slot appears when it becomes public, as everywhere
        (``published()``); a slot past its drop-out time is passed over. Each story carries its
        ``front_position``.
        """
        now = now or timezone.now()
        slots = related_model(self.model, "front_slots").objects.on_page(section).showing(now)
        # Driven from the page's few slots, never by joining every story to them.
        return self.published(now).filter(pk__in=slots.values("article_id")).annotate(
            front_position=Subquery(slots.filter(article=OuterRef("pk")).values("position")[:1]),
        ).order_by("front_position", "pk")

    def with_quotes_to_check(self):
        """Stories holding at least one quote that needs checking."""
        # Driven from the few quotes to check (their confidence and story, from one index), not
        # by probing the quotes of every story.
        return self.filter(pk__in=self._stories_with_quotes_to_check())

    def without_quotes_to_check(self):
        return self.exclude(pk__in=self._stories_with_quotes_to_check())

    def _stories_with_quotes_to_check(self):
        quotes = related_model(self.model, "quotes").objects
        return quotes.needing_check().values("article_id")

    def counting_quotes_to_check(self):
        """Each story annotated with ``quotes_to_check``, the number of its quotes needing a check."""
        count = self._quotes_to_check().values("article").annotate(n=Count("pk")).values("n")
        return self.annotate(quotes_to_check=Coalesce(Subquery(count, output_field=models.IntegerField()), 0))

    def _quotes_to_check(self):
        quotes = related_model(self.model, "quotes").objects
        return quotes.needing_check().filter(article=OuterRef("pk"))

    def in_section(self, section, *, include_children=True):
        """Stories of a section, and by default of the sections below it."""
        if include_children:
            # The section ids first, as values: with them the database reads a section page's
            # count and a deep page from the section index alone, for those sections only; as a
            # subquery it would scan every public story's index entry and join each to its section.
            sections = related_model(self.model, "section").objects
            ids = sections.filter(Q(pk=section.pk) | Q(path__startswith=f"{section.path}/"))
            return self.filter(section__in=list(ids.values_list("id", flat=True)))
        return self.filter(section=section)

    def datetimes(self, field_name, kind, order="ASC", tzinfo=None):
        """As QuerySet.datetimes(), but years come from one indexed look-up per year.

        The admin's date drill-down asks for every year with a story; DISTINCT over every
        row reads the whole archive. Months and days, asked for within one year or month,
        keep Django's query.
        """
        if kind != "year":
            return super().datetimes(field_name, kind, order=order, tzinfo=tzinfo)
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

    def quoting_or_mentioning(self, people):
        """Stories that quote or mention any of these people (people, or a queryset of them)."""
        quotes, mentions = related_model(self.model, "quotes"), related_model(self.model, "mentions")
        return self.filter(
            Q(id__in=mentions.objects.filter(person__in=people).order_by().values("article_id"))
            | Q(id__in=quotes.objects.filter(speaker__in=people).order_by().values("article_id"))
        )

    def newest_first(self):
        """Newest publication first; the id breaks ties so pages never overlap."""
        return self.order_by("-published_at", "-id")

    def for_listing(self):
        """What a card needs: section, lead image with credit, byline; a fixed number of queries."""
        bylines = related_model(self.model, "bylines").objects
        # The search vector is the whole story's words: never wanted on a page, heavy on PostgreSQL.
        return self.select_related(
            "section", "lead_image", "lead_image__photographer", "lead_image__agency"
        ).defer("search_vector").prefetch_related(
            Prefetch("bylines", queryset=bylines.select_related("person").order_by("position"))
        )

    def for_detail(self):
        """The story with its section chain and lead image, limited to what its page reads.

        Only those columns: building a query and its objects costs Django time for every
        selected column, far more than the database spends reading them. The page's bylines,
        body, quotes and notes are loaded beside it by ``articles.article_page``.
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


# The columns the article page loads; the page and its structured data read nothing else.
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
    now = now or timezone.now()
    published = apps.get_model("articles", "Article").Status.PUBLISHED
    return Q(**{f"{prefix}status": published, f"{prefix}published_at__lte": now}) & (
        Q(**{f"{prefix}embargo_until__isnull": True}) | Q(**{f"{prefix}embargo_until__lte": now})
    )


class BylineQuerySet(models.QuerySet):
    def for_page(self):
        """Bylines as a story's page shows them, with each writer's name and address."""
        return self.select_related("person").only(
            "article_id", "person_id", "position", *_related_fields("person", CREDIT_FIELDS),
        ).order_by("position")


class BlockQuerySet(models.QuerySet):
    def for_page(self):
        """A story's body in order, with each block's image, pull quote and linked story."""
        return self.select_related(
            "image", "image__photographer", "image__agency",
            "quote", "quote__speaker",
            "link_article", "link_article__section",
        ).only(
            "article_id", "kind", "position", "text", "caption", "link_title", "link_url",
            "image_id", "quote_id", "link_article_id",
            *_related_fields("image", IMAGE_FIELDS),
            *_related_fields("image__photographer", CREDIT_FIELDS),
            *_related_fields("image__agency", CREDIT_FIELDS),
            *_related_fields("quote", ("text", "context", "speaker_id", "article_id")),
            *_related_fields("quote__speaker", CREDIT_FIELDS),
            *_related_fields("link_article", LINKED_ARTICLE_FIELDS),
            *_related_fields("link_article__section", ("path",)),
        ).order_by("position", "id")


class QuoteQuerySet(models.QuerySet):
    def needing_check(self):
        """Imported quotes whose speaker the importer was unsure of (NEWSROOM_QUOTE_CHECK_BELOW).

        Quotes entered by hand have no confidence and are never flagged; a confirmed one has 1.
        """
        return self.filter(_needs_check_q())

    def marking_needing_check(self):
        """Each quote annotated with ``needs_check``, the test of ``needing_check()``."""
        return self.annotate(needs_check=ExpressionWrapper(_needs_check_q(), output_field=models.BooleanField()))

    def published_newest_first(self, now=None):
        """Quotes from stories readers may see now, newest story first, in each story in order.

        The visibility test is made on the story joined for the order: checked once per quote,
        and on PostgreSQL the first page walks the public listing index and stops at a page.
        """
        return self.filter(public_story_q(now, prefix="article__")).order_by(
            "-article__published_at", "article_id", "position", "id",
        )

    def standing_in_paragraphs_of(self, story_id):
        """The story's own quotes that stand in its own paragraphs, in order, as plain rows.

        Both ends are checked: a quote of another story pointing at one of this story's
        paragraphs is never shown here. Rows of (id, block id, text, speaker id, name, slug): a
        paragraph needs each quote's id for its anchor, its words to find where it ends, and the
        speaker's name and address.
        """
        return self.filter(article_id=story_id, block__article_id=story_id).order_by("position", "id").values_list(
            "pk", "block_id", "text", "speaker_id", "speaker__name", "speaker__slug",
        )


def _needs_check_q():
    # The threshold is read when asked, so a test or a deployment may change the setting.
    return Q(confidence__lt=settings.NEWSROOM_QUOTE_CHECK_BELOW)


def confidence_needs_check(confidence):
    """The test of ``needing_check()`` on a confidence not yet saved (an importer's report)."""
    return confidence is not None and confidence < settings.NEWSROOM_QUOTE_CHECK_BELOW


class MentionQuerySet(models.QuerySet):
    def in_public_stories(self, now=None):
        """Mentions in stories readers may see now (tested on the story joined for any order)."""
        return self.filter(public_story_q(now, prefix="article__"))


class NoteQuerySet(models.QuerySet):
    def for_page(self):
        """Corrections and updates in the order they were made."""
        return self.order_by("created_at")


class ReviewNoteQuerySet(models.QuerySet):
    def still_open(self):
        """Notes the writer has not answered yet by submitting the story again."""
        return self.filter(resolved_at__isnull=True)


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)

    def for_user(self, user):
        return self.filter(recipient=user)


class FrontPageQuerySet(models.QuerySet):
    def of(self, section=None):
        """The front page of a section, or the home page without one (made when first asked for)."""
        # get_or_create reads the row again when another request made it in between.
        return self.get_or_create(section=section)[0]


class FrontPageSlotQuerySet(models.QuerySet):
    def on_page(self, section=None):
        """The slots of the home page (no section) or of a section's page."""
        return self.filter(page__section__isnull=True) if section is None else self.filter(page__section=section)

    def showing(self, now=None):
        """Slots whose drop-out time has not come (the story's own visibility is ``Article.objects.published()``)."""
        now = now or timezone.now()
        return self.filter(Q(until__isnull=True) | Q(until__gt=now))

    def dropped_out(self, now=None):
        """Slots whose drop-out time has passed: no longer shown, kept until the page is next arranged."""
        return self.filter(until__lte=now or timezone.now())

    def next_drop_out(self, now=None):
        """The soonest drop-out time still ahead, or None (one indexed look-up)."""
        now = now or timezone.now()
        return self.filter(until__gt=now).order_by("until").values_list("until", flat=True).first()


class ImageQuerySet(models.QuerySet):
    def public(self, now=None):
        """Photos readers can see: with a file, the lead or an inline photo of a public story."""
        stories = related_model(self.model, "lead_of").objects.published(now)
        blocks = related_model(self.model, "blocks").objects
        # Correlated look-ups per photo, so a photographer's page reads only their photos' stories.
        as_lead = stories.filter(lead_image=OuterRef("pk"))
        in_body = blocks.filter(image=OuterRef("pk")).filter(Exists(stories.filter(pk=OuterRef("article_id"))))
        return self.exclude(file="").filter(Exists(as_lead) | Exists(in_body))
