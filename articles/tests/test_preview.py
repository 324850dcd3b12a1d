"""Staff preview: a draft exactly as readers will see it, for signed-in staff only; 404 for everyone else."""

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Block

from .factories import make_article, make_staff_user

pytestmark = pytest.mark.django_db

BANNER = "Preview — not published"


@pytest.fixture
def draft(contributor):
    article = make_article(
        headline="Council plans new library", dek="A vote is due in March.", status="draft", published_at=None,
        created_by=contributor,
    )
    Block.objects.create(article=article, kind="paragraph", position=1, text="The council met on Tuesday.")
    Block.objects.create(article=article, kind="subhead", position=2, text="What it costs")
    return article


def preview_url(article):
    return reverse("articles:preview", args=[article.pk])


def test_an_editor_sees_the_draft_as_readers_will_with_a_banner(editor_client, draft):
    response = editor_client.get(preview_url(draft))
    html = response.content.decode()
    assert response.status_code == 200
    # The readers' article page, with its story header and body: not a separate preview layout.
    assert '<article class="story wrap">' in html and '<div class="story-body">' in html
    assert BANNER in html and "Status: Draft. No publish time yet" in html
    assert "Council plans new library" in html and "A vote is due in March." in html
    assert html.index("The council met on Tuesday.") < html.index("What it costs")
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_the_public_and_other_accounts_get_404(client, draft, django_user_model):
    assert client.get(preview_url(draft)).status_code == 404
    assert client.get(draft.get_absolute_url()).status_code == 404
    reader = django_user_model.objects.create_user("reader", "reader@example.com", "a-long-test-password")
    client.force_login(reader)
    assert client.get(preview_url(draft)).status_code == 404
    client.force_login(make_staff_user("no-role"))
    assert client.get(preview_url(draft)).status_code == 404
    client.force_login(make_staff_user("other-writer", role="Contributor"))
    assert client.get(preview_url(draft)).status_code == 404
    assert client.get(reverse("articles:preview", args=[999999])).status_code == 404


def test_a_contributor_previews_their_own_draft(client, contributor, draft):
    client.force_login(contributor)
    response = client.get(preview_url(draft))
    assert response.status_code == 200 and BANNER in response.content.decode()


def test_a_scheduled_story_previews_with_its_time_while_readers_get_404(editor_client, client):
    later = timezone.now() + timezone.timedelta(days=1)
    story = make_article(headline="Tomorrow's front page", published_at=later)
    assert client.get(story.get_absolute_url()).status_code == 404
    html = editor_client.get(preview_url(story)).content.decode()
    assert BANNER in html and "Status: Scheduled. Publish time:" in html and "Tomorrow&#39;s front page" in html


def test_an_embargoed_story_says_so_in_preview(editor_client, client):
    story = make_article(headline="Under embargo", embargo_until=timezone.now() + timezone.timedelta(hours=2))
    assert client.get(story.get_absolute_url()).status_code == 404
    html = editor_client.get(preview_url(story)).content.decode()
    assert "Status: Embargoed" in html and "Embargoed until" in html


def test_the_reader_page_has_no_banner(client):
    story = make_article(headline="Live story")
    html = client.get(story.get_absolute_url()).content.decode()
    assert "Live story" in html and BANNER not in html


def test_the_admin_links_to_the_preview_until_the_story_is_public(editor_client, draft):
    change = editor_client.get(reverse("admin:articles_article_change", args=[draft.pk])).content.decode()
    assert preview_url(draft) in change
    changelist = editor_client.get("/admin/articles/article/").content.decode()
    assert f'<a href="{preview_url(draft)}">Preview</a>' in changelist
