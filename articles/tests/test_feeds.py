import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from articles.models import Article

from .factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://news.example.org"


@pytest.fixture
def stories(settings):
    settings.NEWSROOM_SITE_URL = SITE
    world = make_section(name="World", slug="world")
    europe = make_section(name="Europe", slug="europe", parent=world)
    sport = make_section(name="Sport", slug="sport")
    writer = make_person(name="Feed Writer")
    public = make_article(headline="Public Europe story", dek="What happened & why", section=europe)
    public.bylines.create(person=writer, position=1)
    make_article(headline="Public sport story", section=sport)
    make_article(headline="Draft story", status=Article.Status.DRAFT, section=europe)
    make_article(headline="Scheduled story", section=europe, published_at=timezone.now() + timezone.timedelta(hours=2))
    make_article(headline="Embargoed story", section=europe, embargo_until=timezone.now() + timezone.timedelta(hours=2))
    return {"world": world, "europe": europe, "public": public}


def rss_items(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, {item.findtext("title"): item for item in channel.findall("item")}


def test_site_rss_lists_public_stories_only(client, stories):
    channel, items = rss_items(client, "/feeds/rss/")
    assert set(items) == {"Public Europe story", "Public sport story"}
    item = items["Public Europe story"]
    assert item.findtext("link") == SITE + stories["public"].get_absolute_url()
    assert item.findtext("description") == "What happened & why"
    assert item.findtext("category") == "Europe"
    assert channel.findtext("link") == SITE + "/"


def test_section_rss_includes_subsections(client, stories):
    channel, items = rss_items(client, "/feeds/world/rss/")
    assert set(items) == {"Public Europe story"}
    assert channel.findtext("link") == SITE + "/world/"
    _, items = rss_items(client, "/feeds/world/europe/rss/")
    assert set(items) == {"Public Europe story"}


def test_atom_feeds_site_wide_and_per_section(client, stories):
    for url, expected in [("/feeds/atom/", {"Public Europe story", "Public sport story"}),
                          ("/feeds/world/europe/atom/", {"Public Europe story"})]:
        response = client.get(url)
        assert response["Content-Type"].startswith("application/atom+xml")
        feed = ET.fromstring(response.content)
        entries = {e.findtext(f"{ATOM}title"): e for e in feed.findall(f"{ATOM}entry")}
        assert set(entries) == expected
        entry = entries["Public Europe story"]
        assert entry.find(f"{ATOM}link").get("href") == SITE + stories["public"].get_absolute_url()
        assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Feed Writer"
        assert entry.findtext(f"{ATOM}published") and entry.findtext(f"{ATOM}updated")
        assert feed.find(f"{ATOM}link[@rel='self']").get("href") == SITE + url


def test_unknown_section_feed_is_404(client, db):
    assert client.get("/feeds/no-such-section/rss/").status_code == 404


def test_pages_advertise_their_feeds(client, stories):
    home = client.get("/").content.decode()
    assert 'type="application/rss+xml"' in home and 'href="/feeds/rss/"' in home
    section = client.get("/world/europe/").content.decode()
    assert 'href="/feeds/world/europe/atom/"' in section
