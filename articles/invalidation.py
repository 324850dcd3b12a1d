"""What must follow every content write, whatever made it: the admin, the importer, a
restored version (django-reversion saves raw), ``loaddata`` (raw saves), the shell.

Connected once in ``ArticlesConfig.ready()``. Any saved or deleted story, block, quote,
mention, byline, note, image, section, front page or slot on one, person, organisation, tag
or redirect, and any change to a story's tags or authors, starts a new page-cache generation
(``newsroom.pagecache.generation``) once the transaction commits, so every worker on every
machine renders the pages afresh on their next request; then the optional CDN purge hook runs.
An unreachable cache never turns a committed write into an error: the new generation is
delivered when the cache answers again (``newsroom.pagecache.outage``).
Writes made inside a transaction share one new generation, drawn after the commit:
drawn earlier, a reader could render the old rows and cache them as new.

Signals do not fire for ``QuerySet.update()``, ``bulk_create()`` or ``bulk_update()``;
code that writes content that way calls :func:`content_changed` itself.

The search vector needs nothing here: PostgreSQL triggers keep it current (migration 0002).
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.module_loading import import_string

from newsroom.pagecache.generation import replace_generation

WATCHED_MODELS = [
    "articles.Article", "articles.Block", "articles.Quote", "articles.Mention", "articles.Byline",
    "articles.Note", "articles.Image", "articles.Section", "articles.FrontPage", "articles.FrontPageSlot",
    "people.Person", "people.Organization",
    "taggit.Tag", "taggit.TaggedItem",
    "redirects.Redirect",
]


def content_changed(*, using=None):
    """Start a new page generation when the current transaction commits (at once outside one)."""
    connection = transaction.get_connection(using)
    # One new generation per transaction, however many rows it writes.
    if connection.in_atomic_block and any(func is after_commit for _, func, _ in connection.run_on_commit):
        return
    transaction.on_commit(after_commit, using=using)


def after_commit():
    replace_generation()
    if settings.NEWSROOM_CDN_PURGE_HOOK:
        import_string(settings.NEWSROOM_CDN_PURGE_HOOK)()


def on_write(sender, using=None, **kwargs):
    content_changed(using=using)


def on_relation_change(sender, action, using=None, **kwargs):
    if action.startswith("post_"):
        content_changed(using=using)


def connect_signals():
    """Called from ``ArticlesConfig.ready()``; dispatch uids keep it idempotent."""
    for label in WATCHED_MODELS:
        model = apps.get_model(label)
        post_save.connect(on_write, sender=model, dispatch_uid=f"invalidation-save-{label}")
        post_delete.connect(on_write, sender=model, dispatch_uid=f"invalidation-delete-{label}")
    article = apps.get_model("articles.Article")
    for through in (article.tags.through, article.authors.through):
        m2m_changed.connect(
            on_relation_change, sender=through, dispatch_uid=f"invalidation-m2m-{through._meta.label}",
        )
