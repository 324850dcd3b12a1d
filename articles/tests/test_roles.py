import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Image
from articles.roles import CONTRIBUTOR, EDITOR, PHOTO_EDITOR, ROLES, sync_roles

from .admin_forms import change_url, read_form
from .factories import jpeg_upload, make_article, make_section

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/articles/article/"


def group_perms(name):
    return {
        f"{app}.{codename}" for app, codename in
        Group.objects.get(name=name).permissions.values_list("content_type__app_label", "codename")
    }


def test_the_migration_made_each_group_with_exactly_its_permissions():
    for name, wanted in ROLES.items():
        assert group_perms(name) == set(wanted)
    assert "articles.publish_article" in group_perms(EDITOR)
    assert "articles.publish_article" not in group_perms(CONTRIBUTOR)
    assert "articles.delete_image" in group_perms(PHOTO_EDITOR)
    assert "articles.change_article" not in group_perms(PHOTO_EDITOR)


def test_the_migration_works_before_any_permission_exists_and_resyncs_groups():
    # What a fresh database looks like when the migration runs: permissions come after migrate.
    Permission.objects.filter(content_type__app_label__in=["articles", "people"]).delete()
    Group.objects.filter(name=EDITOR).delete()
    contributors = Group.objects.get(name=CONTRIBUTOR)
    contributors.permissions.add(Permission.objects.get(codename="delete_user"))
    loader = MigrationExecutor(connection).loader
    state_apps = loader.project_state(("articles", "0003_editorial_roles")).apps
    # RunPython hands the function the historical apps and a schema editor; only its connection is read.
    sync_roles(state_apps, SimpleNamespace(connection=connection))
    # Models a later migration adds get their permissions when that migration syncs again.
    later = {"articles.view_frontpage", "articles.change_frontpage"}
    assert group_perms(EDITOR) == set(ROLES[EDITOR]) - later
    assert group_perms(CONTRIBUTOR) == set(ROLES[CONTRIBUTOR])
    sync_roles(loader.project_state(("articles", "0012_front_page_slots")).apps, SimpleNamespace(connection=connection))
    assert group_perms(EDITOR) == set(ROLES[EDITOR])
    assert group_perms(PHOTO_EDITOR) == set(ROLES[PHOTO_EDITOR])


def test_migrate_on_a_fresh_sqlite_database_creates_the_groups(tmp_path):
    db = tmp_path / "fresh.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "DJANGO_SECRET_KEY": "x" * 60}
    env.pop("DJANGO_DEBUG", None)
    base = Path(settings.BASE_DIR)
    run = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=base, env=env,
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    script = (
        "from django.contrib.auth.models import Group\n"
        "for g in Group.objects.order_by('name'): print(g.name, g.permissions.count())\n"
    )
    shell = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", script], cwd=base, env=env,
        capture_output=True, text=True, timeout=120,
    )
    assert shell.returncode == 0, shell.stderr
    assert shell.stdout.split("\n")[:3] == [f"{name} {len(ROLES[name])}" for name in sorted(ROLES)], shell.stdout


# Contributors


def test_contributor_sees_only_their_own_stories(client, contributor):
    mine = make_article(headline="My own draft", status="draft", published_at=None, created_by=contributor)
    make_article(headline="Someone else's draft", status="draft", published_at=None)
    theirs_published = make_article(headline="A published story by the desk")
    client.force_login(contributor)
    html = client.get(CHANGELIST).content.decode()
    assert "My own draft" in html
    assert "Someone else" not in html and "published story by the desk" not in html
    assert client.get(change_url(mine)).status_code == 200
    response = client.get(change_url(theirs_published))
    assert response.status_code == 302 and Article.objects.get(pk=theirs_published.pk).version == 1


def test_contributor_is_offered_draft_and_review_only_and_no_publish_action(client, contributor):
    mine = make_article(status="draft", published_at=None, created_by=contributor)
    client.force_login(contributor)
    html = client.get(change_url(mine)).content.decode()
    assert 'value="draft"' in html and 'value="review"' in html
    assert 'value="published"' not in html and 'value="unpublished"' not in html
    assert 'name="published_at_0"' not in html and 'name="embargo_until_0"' not in html
    changelist = client.get(CHANGELIST).content.decode()
    assert 'value="publish"' not in changelist and 'value="unpublish"' not in changelist


def test_contributor_crafting_a_publish_post_is_refused(client, contributor):
    mine = make_article(headline="Not ready", status="draft", published_at=None, created_by=contributor)
    client.force_login(contributor)
    data = read_form(client.get(change_url(mine)).content.decode())
    data.update({"status": "published", "published_at_0": "2020-01-01", "published_at_1": "10:00:00"})
    response = client.post(change_url(mine), data)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    mine.refresh_from_db()
    assert mine.status == "draft" and mine.published_at is None
    assert not Article.objects.published().filter(pk=mine.pk).exists()


def test_contributor_crafting_a_published_new_story_is_refused(client, contributor):
    section = make_section()
    client.force_login(contributor)
    data = read_form(client.get("/admin/articles/article/add/").content.decode())
    data.update({"headline": "Sneaky", "slug": "sneaky", "section": str(section.pk), "status": "published"})
    response = client.post("/admin/articles/article/add/", data)
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert not Article.objects.filter(slug="sneaky").exists()


def test_contributor_crafting_the_publish_action_changes_nothing(client, contributor):
    mine = make_article(status="review", published_at=None, created_by=contributor)
    client.force_login(contributor)
    client.post(CHANGELIST, {"action": "publish", "_selected_action": [mine.pk]})
    mine.refresh_from_db()
    assert mine.status == "review" and mine.published_at is None


def test_contributor_submits_their_draft_for_review(client, contributor):
    mine = make_article(headline="Ready for the desk", status="draft", published_at=None, created_by=contributor)
    client.force_login(contributor)
    data = read_form(client.get(change_url(mine)).content.decode())
    data["status"] = "review"
    response = client.post(change_url(mine), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    mine.refresh_from_db()
    assert mine.status == "review" and mine.updated_by == contributor


def test_contributor_creates_a_draft_they_own_with_their_byline(client, contributor):
    from people.models import Person

    Person.objects.create(name="Cora Tributor", user=contributor)
    section = make_section()
    client.force_login(contributor)
    data = read_form(client.get("/admin/articles/article/add/").content.decode())
    data.update({"headline": "Council votes", "slug": "council-votes", "section": str(section.pk)})
    response = client.post("/admin/articles/article/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="council-votes")
    assert article.created_by == contributor and article.status == "draft"
    assert [b.person.name for b in article.bylines.all()] == ["Cora Tributor"]


def test_contributor_cannot_change_their_story_once_published(client, contributor):
    mine = make_article(headline="Out there", created_by=contributor)
    client.force_login(contributor)
    page = client.get(change_url(mine))
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    data = read_form(page.content.decode())
    data.update({"headline": "Quietly changed", "slug": mine.slug, "section": str(mine.section_id), "status": "draft"})
    assert client.post(change_url(mine), data).status_code == 403
    mine.refresh_from_db()
    assert mine.headline == "Out there" and mine.status == "published"


def test_contributor_cannot_edit_a_published_storys_paragraph_on_the_block_page(client, contributor):
    from .factories import add_blocks

    story = make_article(created_by=contributor)
    block = add_blocks(story, 1)[0]
    client.force_login(contributor)
    url = reverse("admin:articles_block_change", args=[block.pk])
    response = client.post(url, {"article": story.pk, "kind": "paragraph", "position": 1, "text": "Rewritten"})
    assert response.status_code == 403
    block.refresh_from_db()
    assert block.text != "Rewritten"


# Editors and photo editors


def test_editor_publishes_schedules_and_unpublishes(client, desk_editor):
    draft = make_article(status="review", published_at=None)
    later = make_article(status="review", published_at=timezone.now() + timezone.timedelta(hours=3))
    client.force_login(desk_editor)
    changelist = client.get(CHANGELIST).content.decode()
    assert 'value="publish"' in changelist and 'value="unpublish"' in changelist
    client.post(CHANGELIST, {"action": "publish", "_selected_action": [draft.pk, later.pk]})
    draft.refresh_from_db()
    later.refresh_from_db()
    assert draft.is_public and later.is_scheduled
    client.post(CHANGELIST, {"action": "unpublish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == "unpublished"


def test_editor_publishes_someone_elses_story_through_the_form(client, desk_editor, contributor):
    story = make_article(headline="Filed by a contributor", status="review", published_at=None, created_by=contributor)
    client.force_login(desk_editor)
    data = read_form(client.get(change_url(story)).content.decode())
    data.update({"status": "published", "published_at_0": "", "published_at_1": ""})
    response = client.post(change_url(story), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    story.refresh_from_db()
    assert story.is_public and story.updated_by == desk_editor


def test_photo_editor_manages_images_but_not_stories(client, photo_editor):
    story = make_article(headline="Untouchable")
    client.force_login(photo_editor)
    response = client.post("/admin/articles/image/add/", {
        "file": jpeg_upload(), "caption": "Harbour at dawn", "alt_text": "Boats.", "photographer": "", "agency": "",
        "credit_line": "A. Photographer", "usage_terms": "", "usage_expires": "",
    })
    assert response.status_code == 302
    assert Image.objects.filter(caption="Harbour at dawn").exists()
    assert client.get("/admin/articles/article/add/").status_code == 403
    data = {"headline": "Changed by photo desk", "slug": story.slug, "section": story.section_id, "status": "published"}
    assert client.post(change_url(story), data).status_code == 403
    story.refresh_from_db()
    assert story.headline == "Untouchable"


def test_staff_without_a_role_see_no_stories(client):
    from .factories import make_staff_user

    make_article()
    client.force_login(make_staff_user("nobody"))
    assert client.get(CHANGELIST).status_code == 403
