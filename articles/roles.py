"""The newsroom's editorial roles and the questions the admin asks about them.

Each role is a Django group with exactly the permissions listed in ROLES. The data migration
articles 0003 creates the groups and syncs their permissions with ``sync_roles()``; a change to
ROLES ships with a new migration that runs ``sync_roles`` again, so every database follows.

Some rules are about a story rather than a model, so permissions alone cannot say them; the admin
and the preview enforce these, asking the functions at the bottom of this module:

- whoever holds ``articles.publish_article`` (Editors, superusers) edits any story and may
  publish, schedule and unpublish;
- anyone else who may change stories (Contributors) sees only the stories they created, edits
  them only while they are drafts or in review, may set no status beyond "in review", and
  deletes only those never published;
- nobody deletes a story once published (unpublish it instead).
"""

from django.apps import apps as global_apps

CONTRIBUTOR = "Contributor"
EDITOR = "Editor"
PHOTO_EDITOR = "Photo editor"

ALL = ("view", "add", "change", "delete")


def perms(app_label, model, actions=ALL):
    return [f"{app_label}.{action}_{model}" for action in actions]


ROLES = {
    # Writes and edits their own drafts, submits them for review, deletes those never published;
    # quotes people, adding new ones.
    CONTRIBUTOR: [
        *perms("articles", "article"),
        *perms("articles", "block"),
        *perms("articles", "quote"),
        *perms("articles", "mention"),
        *perms("articles", "byline"),
        *perms("articles", "section", ("view",)),
        *perms("articles", "image", ("view",)),
        *perms("people", "person", ("view", "add")),
        *perms("people", "organization", ("view",)),
    ],
    # Edits any story, publishes, schedules and unpublishes, writes corrections and updates.
    EDITOR: [
        *perms("articles", "article"),
        "articles.publish_article",
        *perms("articles", "block"),
        *perms("articles", "quote"),
        *perms("articles", "mention"),
        *perms("articles", "byline"),
        *perms("articles", "note"),
        *perms("articles", "section", ("view",)),
        # Chooses what leads the home page and each section's page.
        *perms("articles", "frontpage", ("view", "change")),
        *perms("articles", "image", ("view", "add", "change")),
        *perms("people", "person"),
        *perms("people", "organization"),
    ],
    # Manages photos, their captions and credits, and the photographers and agencies credited; sees
    # what the front pages show (their lead photos are theirs to get right) without arranging them.
    PHOTO_EDITOR: [
        *perms("articles", "image"),
        *perms("articles", "article", ("view",)),
        *perms("articles", "section", ("view",)),
        *perms("articles", "frontpage", ("view",)),
        *perms("people", "person", ("view", "add", "change")),
        *perms("people", "organization", ("view", "add", "change")),
    ],
}


def sync_roles(apps=global_apps, schema_editor=None):
    """Create the role groups and give each exactly the permissions ROLES lists."""
    from django.contrib.auth.management import create_permissions

    using = schema_editor.connection.alias if schema_editor else "default"
    # On a fresh database permissions only appear after migrate (post_migrate); make them now.
    for label in sorted({name.split(".")[0] for names in ROLES.values() for name in names}):
        try:
            app_config = global_apps.get_app_config(label)
        except LookupError:
            continue
        create_permissions(app_config, verbosity=0, apps=apps, using=using)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in ROLES.items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        found = []
        for entry in wanted:
            app_label, codename = entry.split(".")
            if not model_exists(apps, app_label, codename):
                # An early migration runs before a later one adds the model; that one syncs again.
                continue
            found.append(
                Permission.objects.using(using).get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(found)


def model_exists(apps, app_label, codename):
    """Whether the model a permission's codename names (``view_frontpage``, ``publish_article``) is in apps."""
    try:
        apps.get_model(app_label, codename.split("_", 1)[1])
    except LookupError:
        return False
    return True


def can_publish(user):
    """Editors and superusers publish, schedule and unpublish; they may also edit any story."""
    return user.is_active and user.has_perm("articles.publish_article")


def sees_only_own_stories(user):
    """Contributors: they may change stories but not publish, so they work on their own only."""
    return not can_publish(user) and user.has_perm("articles.change_article")


def may_edit_story(user, article):
    """Whether user may change this story (given the model permission): its owner while unpublished."""
    from .models import Article

    if not sees_only_own_stories(user):
        return True
    return article.created_by_id == user.pk and article.status in (Article.Status.DRAFT, Article.Status.IN_REVIEW)


def was_public(article):
    """Published, or unpublished after it was: readers may have seen it, so it is never deleted."""
    from .models import Article

    return article.status in (Article.Status.PUBLISHED, Article.Status.UNPUBLISHED)


def may_delete_story(user, article):
    """Whether user may delete this story (given the model permission).

    Published stories (and unpublished ones, once public) are unpublished, never deleted.
    Contributors delete their own drafts that were never published (never given a publish time).
    """
    if was_public(article):
        return False
    return not sees_only_own_stories(user) or (may_edit_story(user, article) and article.published_at is None)


def may_see_front_pages(user):
    """Whether user may see how the home page and the section pages are arranged (Editors, Photo editors)."""
    return user.is_active and user.is_staff and user.has_perm("articles.view_frontpage")


def may_arrange_front_pages(user):
    """Whether user chooses what leads the front pages and in what order (Editors); never Contributors."""
    return user.is_active and user.is_staff and user.has_perm("articles.change_frontpage")


def may_see_story(user, article):
    """Whether user may open this story in the admin or its staff preview."""
    if not (user.is_active and user.is_staff and user.has_perm("articles.view_article")):
        return False
    return not sees_only_own_stories(user) or article.created_by_id == user.pk


def editable_stories(user, stories):
    """Of these stories, those user may change (given the model permission): see ``may_edit_story``."""
    from .models import Article

    if not sees_only_own_stories(user):
        return stories
    return stories.filter(created_by=user, status__in=(Article.Status.DRAFT, Article.Status.IN_REVIEW))


def visible_stories(user, stories):
    """Of these stories, those user may open, link to or quote from: their own and the public ones for contributors."""
    if not user.has_perm("articles.view_article"):
        return stories.none()
    if not sees_only_own_stories(user):
        return stories
    return stories.filter(created_by=user) | stories.filter(pk__in=stories.model.objects.published().values("pk"))
