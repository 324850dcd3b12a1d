"""Telling people about their stories: a notification on their desk, and an e-mail if they want one.

``articles/publishing.py`` calls ``notify_status_change`` after every change of status, whatever
made it (the desk's buttons, the story form, an admin action, the importer):

- submitted for review → every editor (who may publish), except the one who submitted;
- sent back to draft → the story's writer, with the editor's note;
- published or scheduled → the story's writer, unless they published it themselves.

Each notification is a row (``Notification``) shown on the recipient's desk and counted in the
admin's header. E-mail goes through Django's e-mail framework (``EMAIL_BACKEND``: the console by
default, SMTP from the environment, see ``newsroom/settings.py``) to those whose
``NotificationPreference`` allows it (no row means yes). It is sent by the background worker
(django-tasks' ``db_worker``, which ``make run`` starts, as for photo renditions), queued once the
change's transaction commits, so a rolled-back change mails nobody and no request waits on the
mail server; ``send_mail_later`` is the one place that decides how.
"""

import functools
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from .models import Article, Notification, NotificationPreference

logger = logging.getLogger(__name__)

Status = Article.Status


def editors():
    """Active staff who may publish: those a submitted story waits for."""
    users = get_user_model().objects.filter(is_active=True, is_staff=True)
    codename = "publish_article"
    return users.filter(
        Q(is_superuser=True)
        | Q(groups__permissions__codename=codename, groups__permissions__content_type__app_label="articles")
        | Q(user_permissions__codename=codename, user_permissions__content_type__app_label="articles")
    ).distinct()


def name_of(user):
    if user is None:
        return "The desk"
    return user.get_full_name() or user.get_username()


def notify_status_change(article, old_status, *, user, note=""):
    """Notify whoever a change of status concerns (see the module's docstring)."""
    status = article.status
    who = name_of(user)
    writer = article.created_by if article.created_by_id and article.created_by_id != getattr(user, "pk", None) else None
    if status == Status.IN_REVIEW:
        recipients = list(editors().exclude(pk=getattr(user, "pk", None)))
        subject = f"For review: {article.headline}"
        message = f"{who} submitted “{article.headline}” for review."
    elif status == Status.DRAFT and old_status not in (None, Status.DRAFT):
        recipients = [writer] if writer else []
        subject = f"Sent back: {article.headline}"
        message = f"{who} sent “{article.headline}” back to you" + (f": {note.strip()}" if note.strip() else ".")
    elif status == Status.PUBLISHED and old_status != Status.PUBLISHED:
        recipients = [writer] if writer else []
        verb = "scheduled" if article.is_scheduled else "published"
        subject = f"{verb.capitalize()}: {article.headline}"
        message = f"{who} {verb} “{article.headline}”."
    else:
        return []
    return notify(recipients, article=article, subject=subject, message=message)


def notify(recipients, *, article, subject, message):
    """A notification for each recipient, and an e-mail to those who want one."""
    rows = Notification.objects.bulk_create(
        [Notification(recipient=user, article=article, message=message) for user in recipients]
    )
    opted_out = set(
        NotificationPreference.objects.filter(user__in=recipients, email=False).values_list("user_id", flat=True)
    )
    link = settings.NEWSROOM_SITE_URL.rstrip("/") + reverse("admin:articles_article_change", args=[article.pk])
    body = f"{message}\n\n{link}\n\nYou can turn these e-mails off on your desk's preferences page."
    addresses = [user.email for user in recipients if user.email and user.pk not in opted_out]
    if addresses:
        send_mail_later(subject, body, addresses)
    return rows


def send_mail_later(subject, body, addresses):
    """Have the background worker send one e-mail to each address, once the transaction commits."""

    def enqueue():
        try:
            send_notification_mail.enqueue(subject, body, list(addresses))
        except DatabaseError:
            # The change is saved and the desk shows the notification; only the e-mail is lost.
            logger.warning("Could not queue the e-mail “%s” for %s", subject, ", ".join(addresses), exc_info=True)

    transaction.on_commit(enqueue)


@task()
def send_notification_mail(subject, body, addresses):
    """The worker's task (django-tasks, as for photo renditions): one message per address."""
    return send_mass_mail([(subject, body, None, [address]) for address in addresses], fail_silently=False)


def mark_read(user, pks=None):
    """Mark the user's unread notifications (or those of pks) as read; returns how many."""
    unread = Notification.objects.for_user(user).unread()
    if pks is not None:
        unread = unread.filter(pk__in=pks)
    return unread.update(read_at=timezone.now())


def unread_count_context(request):
    """Context processor: the header's count of unread notifications, read only when a page shows it."""
    user = getattr(request, "user", None)

    @functools.cache
    def count():
        if user is None or not (user.is_active and user.is_staff):
            return 0
        return Notification.objects.for_user(user).unread().count()

    return {"desk_unread_count": count}
