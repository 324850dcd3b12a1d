"""Published stories are unpublished, not deleted; people and agencies in use cannot be deleted."""

import pytest
from django.urls import reverse

from articles.models import Article, Block, Quote

from .factories import make_article, make_image, make_organization, make_person

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/articles/article/"


@pytest.mark.parametrize("status", ["published", "unpublished"])
def test_a_story_once_published_cannot_be_deleted_from_its_page(editor_client, status):
    story = make_article(headline="On the record", status=status)
    change = editor_client.get(reverse("admin:articles_article_change", args=[story.pk])).content.decode()
    assert reverse("admin:articles_article_delete", args=[story.pk]) not in change
    response = editor_client.post(reverse("admin:articles_article_delete", args=[story.pk]), {"post": "yes"}, follow=True)
    assert "unpublish it instead of deleting it" in response.content.decode()
    assert Article.objects.filter(pk=story.pk).exists()


def test_bulk_delete_refuses_when_a_published_story_is_selected(editor_client):
    draft = make_article(status="draft", published_at=None)
    published = make_article(headline="Front page story")
    response = editor_client.post(
        CHANGELIST, {"action": "delete_selected", "_selected_action": [draft.pk, published.pk], "post": "yes"}, follow=True,
    )
    assert "Published stories are unpublished, not deleted: “Front page story”" in response.content.decode()
    assert Article.objects.filter(pk__in=[draft.pk, published.pk]).count() == 2


def test_a_draft_with_a_pull_quote_can_be_deleted(editor_client):
    draft = make_article(status="draft", published_at=None)
    quote = Quote.objects.create(article=draft, position=1, text="Words")
    Block.objects.create(article=draft, kind="quote", position=1, quote=quote)
    response = editor_client.post(reverse("admin:articles_article_delete", args=[draft.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Article.objects.filter(pk=draft.pk).exists() and not Quote.objects.filter(pk=quote.pk).exists()


def test_a_quote_featured_as_a_pull_quote_cannot_be_deleted_alone(editor_client):
    story = make_article(status="draft", published_at=None)
    quote = Quote.objects.create(article=story, position=1, text="Featured words")
    Block.objects.create(article=story, kind="quote", position=1, quote=quote)
    response = editor_client.post(reverse("admin:articles_quote_delete", args=[quote.pk]), {"post": "yes"})
    assert response.status_code == 200
    assert "would require deleting the following protected related objects" in response.content.decode()
    assert Quote.objects.filter(pk=quote.pk).exists()


def test_deleting_a_quoted_person_is_refused_with_a_clear_message(editor_client):
    person = make_person(name="Quoted Person")
    story = make_article(headline="Story quoting them")
    Quote.objects.create(article=story, position=1, text="Something said", speaker=person)
    url = reverse("admin:people_person_delete", args=[person.pk])
    page = editor_client.get(url)
    html = page.content.decode()
    assert page.status_code == 200 and "Cannot delete person" in html and "Something said" in html
    response = editor_client.post(url, {"post": "yes"})
    assert response.status_code == 200 and "protected related objects" in response.content.decode()
    assert type(person).objects.filter(pk=person.pk).exists()


def test_bulk_deleting_a_credited_agency_is_refused(editor_client):
    agency = make_organization(name="Harbor Wire")
    make_image(agency=agency, caption="Credited photo")
    response = editor_client.post(
        "/admin/people/organization/", {"action": "delete_selected", "_selected_action": [agency.pk], "post": "yes"},
    )
    assert response.status_code == 200 and "Cannot delete organization" in response.content.decode()
    assert type(agency).objects.filter(pk=agency.pk).exists()


# Contributors delete their own drafts that were never published.


def delete_url(story):
    return reverse("admin:articles_article_delete", args=[story.pk])


def test_a_contributor_deletes_their_own_never_published_draft(client, contributor):
    draft = make_article(headline="False start", status="draft", published_at=None, created_by=contributor)
    Block.objects.create(article=draft, kind="paragraph", position=1, text="First words.")
    Quote.objects.create(article=draft, position=1, text="Words")
    client.force_login(contributor)
    change = client.get(reverse("admin:articles_article_change", args=[draft.pk])).content.decode()
    assert delete_url(draft) in change
    confirm = client.get(delete_url(draft))
    assert confirm.status_code == 200 and "False start" in confirm.content.decode()
    assert client.post(delete_url(draft), {"post": "yes"}).status_code == 302
    assert not Article.objects.filter(pk=draft.pk).exists() and not Quote.objects.filter(text="Words").exists()


def test_a_contributor_bulk_deletes_their_own_drafts_in_review_too(client, contributor):
    drafts = [make_article(status=status, published_at=None, created_by=contributor) for status in ("draft", "review")]
    client.force_login(contributor)
    client.post(CHANGELIST, {"action": "delete_selected", "_selected_action": [d.pk for d in drafts], "post": "yes"})
    assert not Article.objects.filter(pk__in=[d.pk for d in drafts]).exists()


@pytest.mark.parametrize("whose, status, published", [
    ("theirs", "draft", False),        # someone else's draft
    ("mine", "draft", True),           # published once, then returned to draft
    ("mine", "published", True),
    ("mine", "unpublished", True),
])
def test_a_contributor_cannot_delete_what_is_not_their_never_published_draft(
    client, contributor, whose, status, published,
):
    from django.utils import timezone

    story = make_article(
        status=status, published_at=timezone.now() if published else None,
        created_by=contributor if whose == "mine" else None,
    )
    client.force_login(contributor)
    response = client.post(delete_url(story), {"post": "yes"})
    assert response.status_code in (302, 403)
    client.post(CHANGELIST, {"action": "delete_selected", "_selected_action": [story.pk], "post": "yes"})
    assert Article.objects.filter(pk=story.pk).exists()
