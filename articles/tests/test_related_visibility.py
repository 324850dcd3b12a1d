"""A related block never shows a story readers may not see: only the editor's title, unlinked, until it is public."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Block

from .factories import make_article

pytestmark = pytest.mark.django_db


def hidden_targets():
    later = timezone.now() + timedelta(days=1)
    return {
        "draft": make_article(headline="Secret draft headline", status=Article.Status.DRAFT, published_at=None),
        "scheduled": make_article(headline="Secret scheduled headline", published_at=later),
        "embargoed": make_article(headline="Secret embargoed headline", embargo_until=later),
        "unpublished": make_article(headline="Secret unpublished headline", status=Article.Status.UNPUBLISHED),
    }


@pytest.mark.parametrize("state", ["draft", "scheduled", "embargoed", "unpublished"])
def test_a_link_to_a_hidden_story_shows_only_the_typed_title_unlinked(client, state):
    target = hidden_targets()[state]
    story = make_article(headline="Public story")
    Block.objects.create(article=story, kind=Block.Kind.RELATED, position=1, link_article=target)
    Block.objects.create(
        article=story, kind=Block.Kind.RELATED, position=2, link_article=target, link_title="Coming soon: the vote",
    )
    html = client.get(story.get_absolute_url()).content.decode()
    assert "Secret" not in html
    assert target.get_absolute_url() not in html and target.slug not in html
    assert '<span class="related-title">Coming soon: the vote</span>' in html
    assert '<a href="">' not in html


def test_once_the_target_is_public_its_headline_links_to_it(client):
    target = make_article(headline="Vote passes", status=Article.Status.DRAFT, published_at=None)
    story = make_article(headline="Public story")
    Block.objects.create(article=story, kind=Block.Kind.RELATED, position=1, link_article=target)
    assert "Vote passes" not in client.get(story.get_absolute_url()).content.decode()
    target.status, target.published_at = Article.Status.PUBLISHED, timezone.now() - timedelta(minutes=1)
    target.save()
    html = client.get(story.get_absolute_url()).content.decode()
    assert f'<a href="{target.get_absolute_url()}">Vote passes</a>' in html


def test_a_preview_does_not_show_a_hidden_storys_headline_either(client, contributor):
    others = make_article(headline="Someone else's secret draft", status=Article.Status.DRAFT, published_at=None)
    mine = make_article(headline="My draft", status=Article.Status.DRAFT, published_at=None, created_by=contributor)
    Block.objects.create(article=mine, kind=Block.Kind.RELATED, position=1, link_article=others)
    client.force_login(contributor)
    html = client.get(reverse("articles:preview", args=[mine.pk])).content.decode()
    assert "My draft" in html and "secret draft" not in html


def test_the_desks_export_keeps_a_hidden_linked_storys_headline():
    from articles.importing import export_article

    target = make_article(headline="Draft follow-up", status=Article.Status.DRAFT, published_at=None)
    story = make_article(headline="Public story")
    Block.objects.create(article=story, kind=Block.Kind.RELATED, position=1, link_article=target)
    assert {"type": "related", "title": "Draft follow-up"} in export_article(story)["body"]
