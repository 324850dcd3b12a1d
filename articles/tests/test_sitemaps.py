import xml.etree.ElementTree as ET

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils import timezone

from articles.models import Article, Block, Mention

from .factories import make_article, make_image, make_organization, make_person, make_section

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
SITE = "https://news.example.org"


def locations(response):
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {url.findtext(f"{SM}loc"): url for url in root.findall(f"{SM}url")}


def test_sitemap_lists_public_stories_sections_and_people(client, site):
    section = make_section(name="World", slug="world")
    public = make_article(section=section, updated_at=timezone.now())
    draft = make_article(section=section, status=Article.Status.DRAFT)
    scheduled = make_article(section=section, published_at=timezone.now() + timezone.timedelta(days=1))
    embargoed = make_article(section=section, embargo_until=timezone.now() + timezone.timedelta(days=1))
    named = make_person(name="Named Person")
    hidden = make_person(name="Only In Drafts")
    Mention.objects.create(article=public, person=named)
    Mention.objects.create(article=draft, person=hidden)
    agency = make_organization(name="Photo Agency")
    Block.objects.create(article=public, kind=Block.Kind.IMAGE, position=1, image=make_image(agency=agency))
    urls = locations(client.get("/sitemap.xml"))
    assert SITE + public.get_absolute_url() in urls
    assert urls[SITE + public.get_absolute_url()].findtext(f"{SM}lastmod") == public.updated_at.date().isoformat()
    for hidden_story in (draft, scheduled, embargoed):
        assert SITE + hidden_story.get_absolute_url() not in urls
    assert SITE + section.get_absolute_url() in urls
    assert SITE + named.get_absolute_url() in urls and SITE + hidden.get_absolute_url() not in urls
    assert SITE + agency.get_absolute_url() in urls


def test_news_sitemap_holds_the_last_two_days_only(client, site):
    fresh = make_article(headline="Fresh & new", published_at=timezone.now() - timezone.timedelta(hours=3))
    old = make_article(headline="Three days old", published_at=timezone.now() - timezone.timedelta(days=3))
    make_article(headline="Draft", status=Article.Status.DRAFT)
    urls = locations(client.get("/news-sitemap.xml"))
    assert list(urls) == [SITE + fresh.get_absolute_url()]
    news = urls[SITE + fresh.get_absolute_url()].find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}title") == "Fresh & new"
    assert news.find(f"{NEWS}publication").findtext(f"{NEWS}name")
    assert news.find(f"{NEWS}publication").findtext(f"{NEWS}language") == "en"
    assert news.findtext(f"{NEWS}publication_date").startswith(fresh.published_at.date().isoformat())
    assert SITE + old.get_absolute_url() not in urls


def test_robots_txt_names_both_sitemaps(client, site):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml" in text
    assert f"Sitemap: {SITE}/news-sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_favicon_ico_leads_to_the_icon_the_pages_link_to(client, editor_client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == static("img/favicon.ico")
    assert finders.find("img/favicon.ico")
    # The admin's pages link to it as well, so a browser never asks the root and gets a 404.
    assert f'<link rel="icon" href="{static("img/favicon.ico")}"' in editor_client.get("/admin/").content.decode()
