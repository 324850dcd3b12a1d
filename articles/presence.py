"""Who is editing a story: "Jonas Berg is editing since 10:42", as WordPress's post locks and Wagtail's notices say.

Nobody is locked out: the notice tells an editor someone else has the story open, and the
stale-save check (``publishing.check_not_stale``) stays the last line of defence. Opening the
story's form records the editor (``ArticleAdmin.change_view``); while the form is open its page
sends a heartbeat every ``NEWSROOM_PRESENCE_HEARTBEAT_SECONDS`` (static/articles/admin/presence.js)
and hears back who else is there; closing the tab says goodbye, and an editor whose page has not
been heard from for ``NEWSROOM_PRESENCE_TIMEOUT_SECONDS`` no longer counts.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import EditingPresence


def record_presence(article, user, *, now=None):
    """Note that user has the story open now; since when is kept from their first heartbeat."""
    now = now or timezone.now()
    presence, created = EditingPresence.objects.get_or_create(
        article=article, user=user, defaults={"started_at": now, "seen_at": now},
    )
    if not created:
        fresh = presence.seen_at >= now - timedelta(seconds=settings.NEWSROOM_PRESENCE_TIMEOUT_SECONDS)
        EditingPresence.objects.filter(pk=presence.pk).update(
            seen_at=now, **({} if fresh else {"started_at": now}),
        )
    return presence


def leave_story(article, user):
    EditingPresence.objects.filter(article=article, user=user).delete()


def others_editing(article, user, *, now=None):
    """The other people with the story open, earliest first, as (name, since) pairs."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.NEWSROOM_PRESENCE_TIMEOUT_SECONDS)
    rows = (
        EditingPresence.objects.filter(article=article, seen_at__gte=cutoff).exclude(user=user)
        .select_related("user").order_by("started_at")
    )
    return [(row.user.get_full_name() or row.user.get_username(), row.started_at) for row in rows]


def describe(name, since):
    return f"{name} is editing since {timezone.localtime(since):%H:%M}"
