"""Scheduled and embargoed stories stay off every public page, feed, sitemap and search until their time."""

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Block, Quote

from .factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden_stories():
    section = make_section(name="World", slug="world")
    speaker = make_person(name="Ines Quoted")
    soon = timezone.now() + timezone.timedelta(hours=2)
    embargoed = make_article(headline="Embargoed zebrafish study", section=section, embargo_until=soon)
    scheduled = make_article(headline="Scheduled zebrafish feature", section=section, published_at=soon)
    for story in (embargoed, scheduled):
        Block.objects.create(article=story, kind="paragraph", position=1, text="Zebrafish regrow their hearts.")
        Quote.objects.create(article=story, position=1, text="Remarkable", speaker=speaker)
        story.bylines.create(person=speaker, position=1)
    visible = make_article(headline="Visible zebrafish explainer", section=section)
    visible.bylines.create(person=speaker, position=1)
    return embargoed, scheduled, visible, speaker


def public_pages(section, speaker):
    return [
        reverse("articles:home"), section.get_absolute_url(), speaker.get_absolute_url(),
        reverse("articles:search") + "?q=zebrafish", reverse("articles:feed-rss"), reverse("articles:feed-atom"),
        reverse("articles:section-feed-rss", kwargs={"section_path": section.path}),
        "/sitemap.xml", "/news-sitemap.xml",
    ]


def test_no_public_page_shows_them_before_their_time(client, hidden_stories):
    embargoed, scheduled, visible, speaker = hidden_stories
    for url in public_pages(visible.section, speaker):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        if "sitemap" not in url:
            assert "Visible zebrafish explainer" in body, url
        assert "Embargoed zebrafish" not in body and "Scheduled zebrafish" not in body, url
        assert embargoed.slug not in body and scheduled.slug not in body, url
    assert client.get(embargoed.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_they_appear_on_their_own_when_the_time_comes(client, hidden_stories):
    embargoed, scheduled, visible, speaker = hidden_stories
    past = timezone.now() - timezone.timedelta(minutes=1)
    type(embargoed).objects.filter(pk=embargoed.pk).update(embargo_until=past)
    type(scheduled).objects.filter(pk=scheduled.pk).update(published_at=past)
    # (the address holds the publishing date, which may have moved back a day)
    scheduled.refresh_from_db()
    assert client.get(embargoed.get_absolute_url()).status_code == 200
    assert client.get(scheduled.get_absolute_url()).status_code == 200
    home = client.get(reverse("articles:home")).content.decode()
    assert "Embargoed zebrafish study" in home and "Scheduled zebrafish feature" in home


def test_the_admin_shows_embargoed_and_scheduled(editor_client, hidden_stories):
    html = editor_client.get("/admin/articles/article/").content.decode()
    assert "Embargoed" in html and "Scheduled" in html
