from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import slugify

from newsroom.fields import WebURLField
from newsroom.reversing import cached_reverse

from .querysets import OrganizationQuerySet, PersonQuerySet, normalise_name


def unique_slug(instance, value, *, field="slug", max_length=200):
    """A slug for value that no other row of instance's model holds yet."""
    base = (slugify(value) or "item")[: max_length - 8].strip("-")
    model = type(instance)
    candidate, n = base, 2
    while model._default_manager.filter(**{field: candidate}).exclude(pk=instance.pk).exists():
        candidate = f"{base}-{n}"
        n += 1
    return candidate


class Person(models.Model):
    name = models.CharField(max_length=200, help_text="Full name without titles, e.g. “Jane Doe”.")
    slug = models.SlugField(max_length=200, unique=True)
    normalized_name = models.CharField(
        max_length=200, db_index=True, editable=False,
        help_text="Accent- and case-folded name, used to match people on import.",
    )
    title = models.CharField(
        max_length=200, blank=True,
        help_text="Usual role or title, e.g. “Secretary of State”. A story may describe them differently.",
    )
    bio = models.TextField(blank=True, help_text="A few sentences for the person page.")
    # What readers see is title and bio. Whoever may not approve them (Contributors, Photo
    # editors) writes a proposal instead, which an Editor approves (see people/admin.py).
    proposed_title = models.CharField(
        max_length=200, blank=True, help_text="A new role or title, shown once an Editor approves it.",
    )
    proposed_bio = models.TextField(blank=True, help_text="A new bio, shown once an Editor approves it.")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="person_proposals", editable=False,
    )
    proposed_at = models.DateTimeField(null=True, blank=True, editable=False)
    photo = models.ImageField(upload_to="people/%Y/", blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="person", help_text="The staff account of a writer, so bylines can name staff.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return cached_reverse("people:detail", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        self.name = " ".join(self.name.split())
        self.normalized_name = normalise_name(self.name)
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.slug,)

    @property
    def has_proposal(self):
        return bool(self.proposed_title or self.proposed_bio)

    def propose_text(self, *, by):
        """Note who proposed the text now in the proposal fields, and when."""
        self.proposed_by, self.proposed_at = by, timezone.now()

    def approve_proposal(self):
        """Make the proposed title and bio the ones readers see; a blank proposal leaves its field as it is."""
        if self.proposed_title:
            self.title = self.proposed_title
        if self.proposed_bio:
            self.bio = self.proposed_bio
        self.proposed_title = self.proposed_bio = ""
        self.proposed_by = self.proposed_at = None


class Organization(models.Model):
    class Kind(models.TextChoices):
        NEWS_AGENCY = "news_agency", "News agency"
        PUBLICATION = "publication", "Publication"
        GOVERNMENT = "government", "Government body"
        COMPANY = "company", "Company"
        NONPROFIT = "nonprofit", "Non-profit"
        INSTITUTION = "institution", "Museum, university or institution"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    url = WebURLField(blank=True, help_text="The organisation's own website.")
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return cached_reverse("people:organization", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        self.name = " ".join(self.name.split())
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.slug,)
