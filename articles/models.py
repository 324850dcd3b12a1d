import re

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from taggit.managers import TaggableManager

from newsroom.fields import WebURLField
from newsroom.reversing import cached_reverse
from people.models import Organization, Person, unique_slug

from .blocks import BLOCK_KINDS, kind_choices
from .querysets import (
    ArticleQuerySet, BlockQuerySet, BylineQuerySet, ImageQuerySet, MentionQuerySet, NoteQuerySet,
    NotificationQuerySet, QuoteQuerySet, ReviewNoteQuerySet, SectionQuerySet,
)

# First path segments that belong to the site itself, so no section may take them.
RESERVED_SECTION_SLUGS = frozenset({
    "admin", "search", "people", "organizations", "feeds", "feed", "static", "media",
    "sitemap.xml", "sitemaps", "robots.txt", "preview", "api", "accounts", "tags", "news-sitemap.xml",
})

def validate_section_slug(value):
    if re.fullmatch(r"\d{4}", value):
        raise ValidationError("A section slug cannot be a four-digit number: it would read as a year.")
    if value in RESERVED_SECTION_SLUGS:
        raise ValidationError(f"“{value}” is reserved for the site's own pages.")


class Section(models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, validators=[validate_section_slug])
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children",
        help_text="For a subsection, e.g. Europe under World.",
    )
    path = models.CharField(
        max_length=255, unique=True, editable=False,
        help_text="The URL path of the section, e.g. world/europe.",
    )
    description = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0, help_text="Lower numbers come first in menus.")

    objects = SectionQuerySet.as_manager()

    class Meta:
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "slug"], name="section_unique_slug_in_parent"),
        ]

    def __str__(self):
        return " › ".join(s.name for s in self.ancestry())

    def get_absolute_url(self):
        return cached_reverse("articles:section", kwargs={"section_path": self.path})

    def natural_key(self):
        return (self.path,)

    def ancestry(self):
        """This section and its parents, outermost first."""
        chain, node, seen = [], self, set()
        while node is not None and node.pk not in seen:
            seen.add(node.pk)
            chain.append(node)
            node = node.parent
        return list(reversed(chain))

    def clean(self):
        super().clean()
        if self.parent_id and self.pk:
            node = self.parent
            while node is not None:
                if node.pk == self.pk:
                    raise ValidationError({"parent": "A section cannot sit inside itself."})
                node = node.parent
        path = self.compute_path()
        if Section.objects.filter(path=path).exclude(pk=self.pk).exists():
            raise ValidationError({"slug": f"Another section already has the path /{path}/."})

    def compute_path(self):
        return f"{self.parent.path}/{self.slug}" if self.parent_id else self.slug

    def save(self, *args, **kwargs):
        # Subsections and redirects follow a moved path in articles/redirecting.py.
        self.path = self.compute_path()
        super().save(*args, **kwargs)


class Image(models.Model):
    file = models.ImageField(
        upload_to="images/%Y/%m/", blank=True, width_field="width", height_field="height",
        help_text="Leave empty when the caption arrives before the photo: the image shows as awaiting its photo.",
    )
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    caption = models.TextField(blank=True, help_text="What the photo shows, as readers see it under the photo.")
    alt_text = models.CharField(
        max_length=300, blank=True,
        help_text="Describes the photo for people who cannot see it. Required before a photo is shown.",
    )
    photographer = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="photos",
    )
    agency = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="photos",
        help_text="The agency, publication or institution credited.",
    )
    credit_line = models.CharField(
        max_length=300, blank=True,
        help_text="The credit readers see, e.g. “Jane Doe, Associated Press”. Filled from photographer and agency when empty.",
    )
    usage_terms = models.TextField(blank=True, help_text="Licence or restrictions, as agreed with the agency.")
    usage_expires = models.DateField(null=True, blank=True, help_text="Last day the photo may be used.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ImageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        caption = self.caption or "Untitled image"
        return caption if len(caption) <= 80 else caption[:77] + "…"

    @property
    def is_awaiting_photo(self):
        return not self.file

    @property
    def credit(self):
        """The credit line shown to readers."""
        if self.credit_line:
            return self.credit_line
        names = [str(x) for x in (self.photographer, self.agency) if x is not None]
        return ", ".join(names)

    def clean(self):
        super().clean()
        if self.file and not self.alt_text.strip():
            raise ValidationError({"alt_text": "Describe the photo for readers who cannot see it."})
        limit = settings.NEWSROOM_MAX_UPLOAD_BYTES
        if self.file and getattr(self.file, "size", 0) and self.file.size > limit:
            raise ValidationError(
                {"file": f"The file is {self.file.size // (1024 * 1024)} MB; the limit is {limit // (1024 * 1024)} MB."}
            )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "review", "In review"
        PUBLISHED = "published", "Published"
        UNPUBLISHED = "unpublished", "Unpublished"

    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True, help_text="The last part of the story's URL.")
    dek = models.TextField("summary", blank=True, help_text="One or two sentences under the headline.")
    label = models.CharField(max_length=40, blank=True, help_text="e.g. Analysis, Opinion, Live.")
    section = models.ForeignKey(Section, on_delete=models.PROTECT, related_name="articles")
    authors = models.ManyToManyField(Person, through="Byline", related_name="bylined_articles", blank=True)
    dateline = models.CharField(max_length=100, blank=True, help_text="Where the story was reported, e.g. ISTANBUL.")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True)
    published_at = models.DateTimeField(
        "publish time", null=True, blank=True, db_index=True,
        help_text="A published story with a future time is scheduled and appears on its own at that time.",
    )
    embargo_until = models.DateTimeField(
        null=True, blank=True, help_text="No public page, feed, sitemap or search shows the story before this time.",
    )
    updated_at = models.DateTimeField(
        "update time", null=True, blank=True,
        help_text="When the story was last meaningfully updated for readers.",
    )
    lead_image = models.ForeignKey(
        Image, null=True, blank=True, on_delete=models.PROTECT, related_name="lead_of",
    )
    comment_count = models.PositiveIntegerField(null=True, blank=True)
    source_url = WebURLField(
        "source or canonical URL", blank=True,
        help_text="Where the story first appeared, when that is not this site.",
    )
    seo_title = models.CharField("SEO title", max_length=70, blank=True)
    seo_description = models.CharField("SEO description", max_length=160, blank=True)
    tags = TaggableManager(blank=True)
    source_key = models.CharField(
        max_length=200, null=True, blank=True, unique=True, editable=False,
        help_text="Identity of an imported story, so re-importing updates it.",
    )
    imported_version = models.PositiveIntegerField(
        null=True, blank=True, editable=False, help_text="The version the last import wrote.",
    )
    version = models.PositiveIntegerField(default=0, editable=False)
    submitted_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When the story was last submitted for review.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="articles_created", editable=False,
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="articles_updated", editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)
    # Kept up to date by PostgreSQL triggers (see articles/search.py); always empty on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            # Covers what every public listing filters on, so a deep page and the paginator's
            # count are read from the index alone (migration 0004_performance).
            models.Index(
                fields=["status", "-published_at", "-id", "section", "embargo_until"], name="article_public_listing",
            ),
            models.Index(
                fields=["embargo_until"], name="article_embargo_until",
                condition=Q(embargo_until__isnull=False),
            ),
            # A section's stories: with the section ids known, a section page's count and a deep
            # page are read from this index alone, for those sections only (0005).
            models.Index(
                fields=["section", "status", "-published_at", "embargo_until"], name="article_section_public",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_time",
                violation_error_message="A published story needs a publish time.",
            ),
        ]
        permissions = [("publish_article", "Can publish, schedule and unpublish stories")]

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        moment = timezone.localtime(self.published_at or self.created_at or timezone.now())
        return cached_reverse("articles:detail", kwargs={
            "section_path": self.section.path,
            "year": f"{moment.year:04d}", "month": f"{moment.month:02d}", "day": f"{moment.day:02d}",
            "slug": self.slug,
        })

    def natural_key(self):
        return (self.slug,)

    @property
    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and self.published_at is not None and self.published_at > timezone.now()

    @property
    def is_embargoed(self):
        return self.embargo_until is not None and self.embargo_until > timezone.now()

    @property
    def is_public(self):
        return (
            self.status == self.Status.PUBLISHED and self.published_at is not None
            and not self.is_scheduled and not self.is_embargoed
        )

    @property
    def display_status(self):
        """The status an editor reads: scheduled and embargoed are derived from published."""
        if self.is_scheduled:
            return "Scheduled"
        if self.status == self.Status.PUBLISHED and self.is_embargoed:
            return "Embargoed"
        return self.get_status_display()

    @property
    def show_lead_image(self):
        """The lead image goes on top unless the body already places it (reads the loaded body)."""
        if not self.lead_image_id:
            return False
        return all(block.image_id != self.lead_image_id for block in self.page_blocks)

    @property
    def title_for_seo(self):
        return self.seo_title or self.headline

    @property
    def description_for_seo(self):
        return self.seo_description or self.dek

    @property
    def last_modified(self):
        """When readers last saw a change: the update time, else the publish time."""
        candidates = [t for t in (self.updated_at, self.published_at) if t]
        return max(candidates) if candidates else self.modified_at

    def fill_publish_time(self):
        """Published without a time gets now: the one place for that rule, whatever publishes."""
        if self.status == self.Status.PUBLISHED and not self.published_at:
            self.published_at = timezone.now()

    def clean(self):
        super().clean()
        # Before the constraint checks, which would otherwise refuse a story published without a time.
        self.fill_publish_time()

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.headline, max_length=200)
        self.fill_publish_time()
        self.version = (self.version or 0) + 1
        # A redirect from a public story's old address is left by articles/redirecting.py.
        super().save(*args, **kwargs)


class Byline(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="bylines")
    position = models.PositiveIntegerField(default=0)

    objects = BylineQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="byline_unique_person"),
        ]

    def __str__(self):
        return str(self.person)


class Quote(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    block = models.ForeignKey(
        "Block", null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes",
        help_text="The paragraph the quotation stands in.",
    )
    position = models.PositiveIntegerField(default=0, help_text="Order of the quote in the story.")
    text = models.TextField(help_text="The exact quoted words, without quotation marks.")
    speaker = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="quotes",
        help_text="Leave empty when the words are not attributed to a named person.",
    )
    context = models.CharField(max_length=200, blank=True, help_text="e.g. “in a post on X”, “told reporters”.")
    # How sure the importer was of the speaker, 0..1 (docs/spec/article-json.md); empty for quotes
    # entered by hand. Below NEWSROOM_QUOTE_CHECK_BELOW the quote waits for an editor's check.
    confidence = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="How sure the importer was of the speaker (1 once an editor has confirmed it).",
    )

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "position", "id"]
        indexes = [
            models.Index(fields=["speaker", "article"], name="quote_speaker_article"),
            # Quotes to check are read by their confidence below the threshold, for their stories (the
            # desk, the story list): from the index alone.
            models.Index(
                fields=["confidence", "article"], name="quote_confidence", condition=Q(confidence__isnull=False),
            ),
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="quote_has_text"),
        ]

    def confirm(self):
        """An editor vouches for the speaker: the quote no longer needs checking (not saved here)."""
        self.confidence = 1.0

    def __str__(self):
        words = self.text if len(self.text) <= 80 else self.text[:77] + "…"
        return f"“{words}”" + (f" — {self.speaker}" if self.speaker_id else "")


class Block(models.Model):
    # One member per declaration in articles/blocks.py, e.g. Block.Kind.PARAGRAPH.
    Kind = models.TextChoices("Kind", kind_choices(), qualname="Block.Kind")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="blocks")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.PARAGRAPH)
    position = models.PositiveIntegerField(default=0, db_index=True)
    text = models.TextField(blank=True, help_text="Paragraph or subhead text.")
    image = models.ForeignKey(
        Image, null=True, blank=True, on_delete=models.PROTECT, related_name="blocks",
    )
    caption = models.TextField(blank=True, help_text="A caption for this story only; the image's own caption otherwise.")
    quote = models.ForeignKey(
        Quote, null=True, blank=True, on_delete=models.RESTRICT, related_name="pull_blocks",
        help_text="The quote to feature as a pull quote.",
    )
    link_title = models.CharField("related title", max_length=300, blank=True)
    link_article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="linked_from",
        verbose_name="related story",
    )
    link_url = WebURLField("related URL", max_length=500, blank=True)

    objects = BlockQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "position", "id"]
        indexes = [models.Index(fields=["article", "position"], name="block_article_position")]
        constraints = [
            models.CheckConstraint(
                condition=~(Q(link_article__isnull=False) & ~Q(link_url="")),
                name="block_link_article_or_url",
                violation_error_message="A related link points at a story in the CMS or at a URL, not both.",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.position}"

    @property
    def display_caption(self):
        return self.caption or (self.image.caption if self.image_id else "")

    @property
    def own_quote(self):
        """The pull quote, when it is one of this story's own quotes: never another story's words."""
        return self.quote if self.quote_id and self.quote.article_id == self.article_id else None

    @property
    def related_title(self):
        """The editor's title, else the linked story's headline once readers may see that story.

        A draft, scheduled or embargoed story's headline never reaches a page, a preview included.
        """
        if self.link_title:
            return self.link_title
        return self.link_article.headline if self.link_article_id and self.link_article.is_public else ""

    @property
    def related_href(self):
        if self.link_article_id and self.link_article.is_public:
            return self.link_article.get_absolute_url()
        return self.link_url or ""

    def clean(self):
        super().clean()
        # An unknown kind is already refused by the field's choices.
        kind = BLOCK_KINDS.get(self.kind)
        errors = kind.validate(self) if kind else {}
        if errors:
            raise ValidationError(errors)


class Mention(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="mentions")
    role = models.CharField(
        max_length=200, blank=True,
        help_text="The role or title this story gives the person, e.g. “Defense Minister”.",
    )
    block = models.ForeignKey(
        Block, null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions",
        help_text="Where the person is first named.",
    )
    position = models.PositiveIntegerField(default=0)

    objects = MentionQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "position", "id"]
        # A person's page lists and counts their stories from the index alone.
        indexes = [models.Index(fields=["person", "article"], name="mention_person_article")]
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="mention_unique_person"),
        ]

    def __str__(self):
        return f"{self.person}" + (f" ({self.role})" if self.role else "")


class Note(models.Model):
    """A dated correction or update that readers see at the foot of the story."""

    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Update"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="notes")
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.CORRECTION)
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="article_notes", editable=False,
    )

    objects = NoteQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} of {self.created_at:%Y-%m-%d}"


# The desk: notes between editors and writers, and what each person is told (articles/notifying.py).


class ReviewNote(models.Model):
    """An editor's note to a story's writer, left when the desk sends the story back.

    Open until the writer submits the story again; the writer sees open notes on the story and their desk.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="review_notes")
    text = models.TextField(help_text="What the writer should change before submitting again.")
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="review_notes",
    )
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(
        null=True, blank=True, help_text="When the writer submitted the story again.",
    )

    objects = ReviewNoteQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["article", "resolved_at"], name="reviewnote_article_open")]

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:77] + "…"


class Notification(models.Model):
    """Something a person should know about a story: shown on their desk, and e-mailed if they wish."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="notifications")
    message = models.CharField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"], name="notification_recipient_unread")]

    def __str__(self):
        return self.message


class NotificationPreference(models.Model):
    """A person's choice about the desk's e-mail; without a row, they get it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference",
    )
    email = models.BooleanField(
        "e-mail me", default=True,
        help_text="Send me an e-mail when a story is submitted to me, sent back to me or published.",
    )

    def __str__(self):
        return f"E-mail for {self.user}: {'on' if self.email else 'off'}"


class EditingPresence(models.Model):
    """Someone has a story's form open: since when, and when their page last said so (articles/presence.py)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="presences")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editing_presences")
    started_at = models.DateTimeField(default=timezone.now)
    seen_at = models.DateTimeField(default=timezone.now)
    # Someone else took the story over from this editor, who is told so until they open the story again.
    taken_over_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+",
    )
    taken_over_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "user"], name="presence_unique_user")]

    def __str__(self):
        return f"{self.user} on {self.article_id} since {self.started_at:%H:%M}"


# Imported items' identities, declared with the importer that keeps them.
from .wordpress.records import WordPressRecord  # noqa: E402, F401
# The front pages editors arrange, declared with the code that arranges them.
from .front_pages.models import FrontPage, FrontPageSlot  # noqa: E402, F401
