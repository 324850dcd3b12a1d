import json
import re
from datetime import datetime

import pytest
from markupsafe import escape  # as the readers' pages (Jinja2) escape

from articles.structured_data import json_ld

from .factories import make_article, make_person

pytestmark = pytest.mark.django_db

SITE = "https://news.example.org"


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def ld_json(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def meta(html, key):
    found = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    return found.group(1) if found else None


def test_seed_story_has_news_article_json_ld(client, seed, site):
    data = ld_json(page(client, seed.get_absolute_url()))
    url = SITE + seed.get_absolute_url()
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == seed.headline and data["mainEntityOfPage"]["@id"] == url
    assert datetime.fromisoformat(data["datePublished"]) == seed.published_at
    assert datetime.fromisoformat(data["dateModified"]) >= seed.published_at
    assert [i.rsplit("-", 1)[-1] for i in data["image"]] == ["16x9.jpg", "4x3.jpg", "1x1.jpg"]
    assert all(i.startswith(SITE + "/media/renditions/") for i in data["image"])
    assert data["author"] and all(a["name"] and a["url"].startswith(SITE) for a in data["author"])
    publisher = data["publisher"]
    assert publisher["name"] == "Example Daily"
    assert publisher["logo"]["url"] == SITE + "/static/img/logo.png"
    assert publisher["logo"]["width"] >= 112 and publisher["logo"]["height"] >= 112


def test_bylined_authors_are_people_with_pages(client, site):
    article = make_article()
    writer = make_person(name="Jane Writer")
    article.bylines.create(person=writer, position=1)
    data = ld_json(page(client, article.get_absolute_url()))
    assert data["author"] == [{"@type": "Person", "name": "Jane Writer", "url": SITE + writer.get_absolute_url()}]
    assert "image" not in data


def test_article_head_has_canonical_open_graph_and_twitter_tags(client, seed, site):
    html = page(client, seed.get_absolute_url())
    url = SITE + seed.get_absolute_url()
    assert f'<link rel="canonical" href="{url}">' in html
    assert meta(html, "description") == escape(seed.description_for_seo)
    assert meta(html, "og:type") == "article" and meta(html, "og:url") == url
    assert meta(html, "og:title") == escape(seed.headline)
    assert meta(html, "og:image").startswith(SITE + "/media/renditions/")
    assert meta(html, "og:image:width") == "1200" and meta(html, "og:image:height") == "675"
    assert meta(html, "article:published_time") == seed.published_at.isoformat()
    assert meta(html, "article:modified_time")
    assert meta(html, "article:section") == seed.section.name
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "twitter:image") == meta(html, "og:image")
    assert f"<title>{escape(seed.title_for_seo)} · Example Daily</title>" in html


def test_json_ld_cannot_break_out_of_its_script_element(client, site):
    article = make_article(headline='</script><script>alert("x")</script> & more')
    html = page(client, article.get_absolute_url())
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in script and ">" not in script and "&" not in script
    assert json.loads(script)["headline"] == article.headline
    assert json_ld({"a": "<&>"}) == '{"a": "\\u003C\\u0026\\u003E"}'


def test_language_is_a_bcp47_tag(client, settings):
    settings.LANGUAGE_CODE = "en-gb"
    html = page(client, make_article().get_absolute_url())
    assert ld_json(html)["inLanguage"] == "en-GB"
    assert meta(html, "og:locale") == "en_GB"
