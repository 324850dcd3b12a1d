import pytest
from django.utils import timezone

from articles.models import Article

from .factories import make_article

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.IN_REVIEW, Article.Status.UNPUBLISHED])
def test_stories_not_published_are_404_and_absent_from_lists(client, status):
    article = make_article(headline="Secret draft headline", status=status)
    assert client.get(article.get_absolute_url()).status_code == 404
    assert "Secret draft headline" not in client.get("/").content.decode()
    assert "Secret draft headline" not in client.get(article.section.get_absolute_url()).content.decode()


def test_scheduled_story_appears_once_its_time_comes(client):
    article = make_article(headline="Scheduled story", published_at=timezone.now() + timezone.timedelta(hours=1))
    assert client.get(article.get_absolute_url()).status_code == 404
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - timezone.timedelta(seconds=1))
    article.refresh_from_db()
    assert client.get(article.get_absolute_url()).status_code == 200
    assert "Scheduled story" in client.get("/").content.decode()


def test_embargoed_story_is_hidden_until_the_embargo_lifts(client):
    article = make_article(embargo_until=timezone.now() + timezone.timedelta(hours=1))
    assert client.get(article.get_absolute_url()).status_code == 404
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert Article.objects.published(now=timezone.now() + timezone.timedelta(hours=2)).filter(pk=article.pk).exists()


def test_wrong_date_in_url_redirects_to_the_story(client):
    article = make_article()
    url = article.get_absolute_url()
    parts = url.strip("/").split("/")
    parts[-2] = "01" if parts[-2] != "01" else "02"
    response = client.get("/" + "/".join(parts) + "/")
    assert response.status_code == 301 and response["Location"] == url


def test_home_lists_newest_first(client):
    older = make_article(headline="Older story", published_at=timezone.now() - timezone.timedelta(days=2))
    newer = make_article(headline="Newer story", published_at=timezone.now() - timezone.timedelta(hours=1))
    html = client.get("/").content.decode()
    assert html.index(newer.headline) < html.index(older.headline)
