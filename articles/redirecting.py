"""Old addresses keep working: what must follow every write of a story or a section.

Connected once in ``ArticlesConfig.ready()``, so it holds whatever saves the row (the admin,
the importer, the publishing functions, the shell); raw saves (``loaddata``, a restored version)
are left as they are, as loaded. Readers' links, feeds and search results point at a story's
address, which holds its section's path, its publish date and its slug:

- a **story** published (scheduled and embargoed ones too) whose address changes leaves a permanent redirect
  from the old address to the new one;
- a **section** whose path changes (renamed slug, new parent) moves its subsections with it
  (each saved in turn, so theirs move too) and leaves a redirect for each of its published stories.

Redirects never chain: older ones pointing at the old address are pointed at the new one.
The address before the write is read in ``pre_save`` and kept on the instance until ``post_save``.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.redirects.models import Redirect
from django.db.models.signals import post_save, pre_save

ADDRESSES_BEFORE = "_addresses_before_save"


def leave_redirect(old_url, new_url):
    """A permanent redirect from a story's old address to its new one."""
    if old_url == new_url:
        return
    site_id = settings.SITE_ID
    # Point older redirects straight at the new address so readers never follow a chain.
    Redirect.objects.filter(site_id=site_id, new_path=old_url).update(new_path=new_url)
    Redirect.objects.filter(site_id=site_id, old_path=new_url).delete()
    Redirect.objects.update_or_create(site_id=site_id, old_path=old_url, defaults={"new_path": new_url})


def addresses(stories):
    """Story pk → address."""
    return {story.pk: story.get_absolute_url() for story in stories.select_related("section")}


def note_story_address(sender, instance, raw=False, **kwargs):
    # Only a story readers could reach needs a redirect; compare with the row as stored.
    if raw or not instance.pk:
        return
    stored = sender.objects.filter(pk=instance.pk, status=sender.Status.PUBLISHED)
    setattr(instance, ADDRESSES_BEFORE, addresses(stored))


def redirect_story(sender, instance, raw=False, **kwargs):
    before = instance.__dict__.pop(ADDRESSES_BEFORE, None)
    if not raw and before:
        leave_redirect(before[instance.pk], instance.get_absolute_url())


def note_section_addresses(sender, instance, raw=False, **kwargs):
    if raw or not instance.pk:
        return
    stored = sender.objects.filter(pk=instance.pk).first()
    if stored is not None and stored.path and stored.path != instance.path:
        # Readers' links and search results point at the old addresses: note them before the move.
        setattr(instance, ADDRESSES_BEFORE, addresses(stored.articles.published()))


def move_section_contents(sender, instance, raw=False, **kwargs):
    before = instance.__dict__.pop(ADDRESSES_BEFORE, None)
    if raw or before is None:
        return
    for child in instance.children.all():
        child.save()
    for pk, new_url in addresses(instance.articles.published()).items():
        if pk in before:
            leave_redirect(before[pk], new_url)


def connect_signals():
    """Called from ``ArticlesConfig.ready()``; dispatch uids keep it idempotent."""
    article, section = apps.get_model("articles.Article"), apps.get_model("articles.Section")
    pre_save.connect(note_story_address, sender=article, dispatch_uid="redirecting-story-before")
    post_save.connect(redirect_story, sender=article, dispatch_uid="redirecting-story-after")
    pre_save.connect(note_section_addresses, sender=section, dispatch_uid="redirecting-section-before")
    post_save.connect(move_section_contents, sender=section, dispatch_uid="redirecting-section-after")
