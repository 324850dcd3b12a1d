"""Who is editing a story: "Jonas Berg is editing since 10:42", as WordPress's post locks and Wagtail's notices say.

Nobody is locked out: the notice tells an editor someone else has the story open, and the
stale-save check (``publishing.check_not_stale``) stays the last line of defence. Opening the
story's form records the editor (``ArticleAdmin.change_view``); while the form is open its page
sends a heartbeat every ``NEWSROOM_PRESENCE_HEARTBEAT_SECONDS`` (static/articles/admin/presence.js)
and hears back who else is there; closing the tab says goodbye, and an editor whose page has not
been heard from for ``NEWSROOM_PRESENCE_TIMEOUT_SECONDS`` no longer counts.

An editor may **take over** from the others, as WordPress offers: each of them is then told
"Amira Haddad took over at 10:45" on their next heartbeat, until they open the story again, and
the story's actions log records who took it over from whom. Their form stays theirs: if they
save after the new editor did, the stale-save check refuses it and shows both sets of changes.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from . import publishing
from .models import EditingPresence


@dataclass(frozen=True)
class OtherEditor:
    """Someone else with the story open; taken_over_at is set when the person asking took it over from them."""

    user_id: int
    name: str
    since: datetime
    taken_over_at: datetime | None = None


def display_name(user):
    return user.get_full_name() or user.get_username()


def record_presence(article, user, *, now=None, opening=False):
    """Note that user has the story open now; since when is kept from their first heartbeat.

    Opening the form again (``opening``), or coming back after a silence, ends the notice that
    someone took the story over from them.
    """
    now = now or timezone.now()
    presence, created = EditingPresence.objects.get_or_create(
        article=article, user=user, defaults={"started_at": now, "seen_at": now},
    )
    if not created:
        fresh = presence.seen_at >= now - timedelta(seconds=settings.NEWSROOM_PRESENCE_TIMEOUT_SECONDS)
        changes = {"seen_at": now}
        if not fresh:
            changes["started_at"] = now
        if opening or not fresh:
            changes.update(taken_over_by=None, taken_over_at=None)
        EditingPresence.objects.filter(pk=presence.pk).update(**changes)
    return presence


def leave_story(article, user):
    EditingPresence.objects.filter(article=article, user=user).delete()


def present(article, *, now=None):
    """The presences on the story still heard from."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.NEWSROOM_PRESENCE_TIMEOUT_SECONDS)
    return EditingPresence.objects.filter(article=article, seen_at__gte=cutoff)


def others_editing(article, user, *, now=None):
    """The other people with the story open, earliest first."""
    rows = present(article, now=now).exclude(user=user).select_related("user").order_by("started_at", "pk")
    return [
        OtherEditor(
            row.user_id, display_name(row.user), row.started_at,
            row.taken_over_at if row.taken_over_by_id == user.pk else None,
        )
        for row in rows
    ]


@dataclass(frozen=True)
class TakeOver:
    user_id: int
    name: str
    at: datetime


def taken_over_from(article, user):
    """Who took the story over from user, and when; None if nobody did since they opened it."""
    row = (
        EditingPresence.objects.filter(article=article, user=user, taken_over_by__isnull=False)
        .select_related("taken_over_by").first()
    )
    return TakeOver(row.taken_over_by_id, display_name(row.taken_over_by), row.taken_over_at) if row else None


def take_over(article, user, *, now=None):
    """User takes the story over from everyone else who has it open; returns their names.

    Each is told on their next heartbeat; the story's actions log records it. Nothing is locked.
    """
    now = now or timezone.now()
    record_presence(article, user, now=now, opening=True)
    others = present(article, now=now).exclude(user=user).exclude(taken_over_by=user).select_related("user")
    names = [display_name(row.user) for row in others.order_by("started_at", "pk")]
    if names:
        others.update(taken_over_by=user, taken_over_at=now)
        publishing.log_change(article, user=user, message=f"Took over editing from {' and '.join(names)}.")
    return names


def clock(moment):
    return f"{timezone.localtime(moment):%H:%M}"


def describe(other):
    """The banner's line about another editor."""
    if other.taken_over_at is not None:
        return f"{other.name} still has the story open; you took it over at {clock(other.taken_over_at)}"
    return f"{other.name} is editing since {clock(other.since)}"


def describe_take_over(take_over):
    """The banner's line for an editor someone took the story over from."""
    return (
        f"{take_over.name} took over this story at {clock(take_over.at)} and is editing it now. "
        "If they save first, your save is refused and shows both sets of changes: copy yours before you go on."
    )
