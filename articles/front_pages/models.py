"""The home page and each section's page, as editors arrange them: a lead and top stories, in order."""

from django.conf import settings
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..querysets import FrontPageQuerySet, FrontPageSlotQuerySet


class FrontPage(models.Model):
    """The home page (no section) or a section's page; made the first time an editor arranges it.

    Its row is what two editors arranging the same page lock, and its version is what a form
    opened before someone else's change is checked against (``front_pages.arranging``).
    """

    section = models.OneToOneField(
        "articles.Section", null=True, blank=True, on_delete=models.CASCADE, related_name="front_page",
        help_text="Empty for the home page.",
    )
    version = models.PositiveIntegerField(default=0, editable=False)
    changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False,
    )

    objects = FrontPageQuerySet.as_manager()

    class Meta:
        app_label = "articles"
        constraints = [
            # One home page (no section, counted as 0) and one page per section.
            models.UniqueConstraint(Coalesce("section", Value(0)), name="frontpage_one_per_page"),
        ]

    def __str__(self):
        return "the home page" if self.section_id is None else f"the {self.section.name} page"

    def get_absolute_url(self):
        return self.section.get_absolute_url() if self.section_id else "/"

    @property
    def is_home(self):
        return self.section_id is None


class FrontPageSlot(models.Model):
    """A story placed on a front page: position 1 leads, the others follow in order.

    Readers see it while the story is public (``Article.objects.published()``, as everywhere) and
    until its drop-out time, if it has one (``FrontPageSlotQuerySet.showing()``).
    """

    page = models.ForeignKey(FrontPage, on_delete=models.CASCADE, related_name="slots")
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="front_slots")
    position = models.PositiveIntegerField(help_text="1 is the lead.")
    until = models.DateTimeField(
        "drops out at", null=True, blank=True,
        help_text="After this time the story leaves the slot by itself; empty keeps it until an editor takes it off.",
    )
    placed_at = models.DateTimeField(default=timezone.now)
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
    )

    objects = FrontPageSlotQuerySet.as_manager()

    class Meta:
        app_label = "articles"
        ordering = ["page", "position", "id"]
        indexes = [
            # The page cache's next deadline: the soonest drop-out time still ahead.
            models.Index(fields=["until"], name="frontslot_until", condition=Q(until__isnull=False)),
        ]
        constraints = [
            models.UniqueConstraint(fields=["page", "article"], name="frontslot_story_once_per_page"),
            models.CheckConstraint(condition=Q(position__gte=1), name="frontslot_position_from_one"),
        ]

    def __str__(self):
        return f"{self.article} on {self.page}, {self.position}"

    @property
    def is_lead(self):
        return self.position == 1
