"""The desk: what needs each person, read in a fixed number of queries whatever the archive's size.

Each tray is one query of at most ``TRAY_SIZE`` rows (the review queue and the quotes to check
add one each for their count), so the desk costs the same with ten stories or a hundred
thousand. What a person sees follows their role (``articles/roles.py``): contributors see their
own stories only; trays about writing appear for those who may add stories, quotes to check for
those who may change quotes (in the stories they may edit), the home page's slots for those who
may see the front pages, the photo tray for those who may change photos.
"""

from dataclasses import dataclass, field

from django.db.models import Exists, F, OuterRef, Subquery
from django.utils import timezone

from . import roles
from .front_pages.arranging import slot_count
from .models import Article, FrontPageSlot, Image, Notification, ReviewNote

TRAY_SIZE = 10
Status = Article.Status

# What a row of the desk reads: nothing else of the story, its section or its writer.
STORY_COLUMNS = (
    "headline", "status", "published_at", "embargo_until", "modified_at", "submitted_at", "created_by_id",
    "section_id",
    "section__name", "created_by__username", "created_by__first_name", "created_by__last_name",
)


@dataclass
class Tray:
    key: str
    title: str
    rows: list
    # Which time a row shows (the first of these fields that is set), and how it is labelled.
    time_field: str | tuple
    time_label: str
    empty: str
    count: int | None = None
    help: str = ""

    def __post_init__(self):
        fields = (self.time_field,) if isinstance(self.time_field, str) else self.time_field
        for row in self.rows:
            row.desk_time = next((getattr(row, name) for name in fields if getattr(row, name)), None)


@dataclass
class Desk:
    trays: list = field(default_factory=list)
    notifications: list = field(default_factory=list)
    unread_count: int = 0

    def tray(self, key):
        return next((tray for tray in self.trays if tray.key == key), None)


def desk_stories(user):
    """The stories user may open, with what a desk row shows joined in."""
    stories = Article.objects.select_related("section", "created_by").only(*STORY_COLUMNS)
    if roles.sees_only_own_stories(user):
        stories = stories.filter(created_by=user)
    return stories


def with_open_note(stories):
    """Annotate each story with its newest open review note and who wrote it."""
    newest = ReviewNote.objects.still_open().filter(article=OuterRef("pk")).order_by("-created_at", "-id")
    return stories.annotate(
        note_text=Subquery(newest.values("text")[:1]),
        note_by=Subquery(newest.values("written_by__username")[:1]),
        note_at=Subquery(newest.values("created_at")[:1]),
    )


def read_desk(user, *, now=None, size=TRAY_SIZE):
    """The trays for user, each a short list linking to its stories, newest notifications first."""
    now = now or timezone.now()
    desk = Desk()
    if not (user.is_active and user.is_staff):
        return desk
    notifications = Notification.objects.for_user(user).unread()
    desk.unread_count = notifications.count()
    desk.notifications = list(notifications.select_related("article").only(
        "message", "created_at", "article_id", "article__headline",
    )[:size]) if desk.unread_count else []
    if not user.has_perm("articles.view_article"):
        return desk
    stories = desk_stories(user)
    open_notes = ReviewNote.objects.still_open().filter(article=OuterRef("pk"))

    in_review = stories.filter(status=Status.IN_REVIEW)
    editor = roles.can_publish(user)
    desk.trays.append(Tray(
        "in_review", "In review" if editor else "Waiting for review",
        list(in_review.order_by(F("submitted_at").asc(nulls_first=True), "modified_at", "id")[:size]),
        # Stories put in review before the desk kept the time show their last change.
        ("submitted_at", "modified_at"), "filed",
        "Nothing is waiting for review.", count=in_review.count(),
        help="Oldest first: send each back with a note, or publish it." if editor else "",
    ))
    if user.has_perm("articles.add_article"):
        own_drafts = stories.filter(created_by=user, status=Status.DRAFT)
        desk.trays.append(Tray(
            "sent_back", "Sent back to me",
            list(with_open_note(own_drafts.filter(Exists(open_notes))).order_by("-modified_at", "-id")[:size]),
            "note_at", "sent back", "No story of yours has been sent back.",
        ))
        desk.trays.append(Tray(
            "my_drafts", "My drafts",
            list(own_drafts.exclude(Exists(open_notes)).order_by("-modified_at", "-id")[:size]),
            "modified_at", "last changed", "You have no drafts.",
        ))
    published = stories.filter(status=Status.PUBLISHED)
    desk.trays.append(Tray(
        "scheduled", "Scheduled", list(published.filter(published_at__gt=now).order_by("published_at", "id")[:size]),
        "published_at", "appears", "Nothing is scheduled.",
    ))
    desk.trays.append(Tray(
        "embargoed", "Embargoed",
        list(published.filter(embargo_until__gt=now).order_by("embargo_until", "id")[:size]),
        "embargo_until", "embargo until", "Nothing is under embargo.",
    ))
    desk.trays.append(Tray(
        "recent", "Recently published", list(stories.published(now).newest_first()[:size]),
        "published_at", "published", "Nothing has been published yet.",
    ))
    if user.has_perm("articles.change_quote"):
        to_check = roles.editable_stories(user, stories).with_quotes_to_check()
        desk.trays.append(Tray(
            "quotes_to_check", "Quotes that need checking",
            # Newest stories first: read backwards along the primary key, counting for the rows shown only.
            list(to_check.counting_quotes_to_check().order_by("-id")[:size]),
            "modified_at", "last changed", "Every imported quote's speaker is checked.", count=to_check.count(),
            help="The importer was unsure who said them: confirm each speaker or choose another in the story's quotes.",
        ))
    if roles.may_see_front_pages(user):
        slots = FrontPageSlot.objects.on_page(None).showing(now).select_related("article", "article__section")
        desk.trays.append(Tray(
            "front_page", "Home page", list(slots.order_by("position", "id")[:slot_count()]),
            "until", "drops out", "Nothing is placed: the home page is newest first.",
        ))
    if user.has_perm("articles.change_image"):
        awaiting = Image.objects.filter(file="").only("caption", "created_at").order_by("created_at", "id")
        desk.trays.append(Tray(
            "awaiting_photos", "Photos awaiting their file", list(awaiting[:size]), "created_at", "added",
            "Every image has its photo.",
        ))
    return desk
