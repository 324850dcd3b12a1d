import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article, Block, Mention, Quote
from articles.tests.factories import jpeg_upload, make_article, make_image, make_organization, make_person

pytestmark = pytest.mark.django_db


def test_person_page_lists_quotes_from_published_stories(client, seed):
    speaker = seed.quotes.exclude(speaker=None).first().speaker
    html = client.get(speaker.get_absolute_url()).content.decode()
    assert speaker.name in html
    assert seed.headline.split()[0] in html
    assert seed.quotes.filter(speaker=speaker).count() == html.count('class="person-quote"')


def test_person_page_hides_quotes_from_drafts(client, seed):
    speaker = seed.quotes.exclude(speaker=None).first().speaker
    seed.status = "draft"
    seed.save()
    html = client.get(speaker.get_absolute_url()).content.decode()
    assert 'class="person-quote"' not in html


def test_organization_page_lists_credited_photos(client, seed):
    image = seed.blocks.get(kind="image").image
    html = client.get(image.agency.get_absolute_url()).content.decode()
    assert image.agency.name in html and "Photos credited" in html


def test_unknown_person_is_404(client, db):
    assert client.get("/people/nobody-here/").status_code == 404


def test_person_page_shows_role_from_title_or_latest_mention(client, db):
    titled = make_person(name="Titled Person", title="Harbour Master")
    Mention.objects.create(article=make_article(), person=titled)
    assert "Harbour Master" in client.get(titled.get_absolute_url()).content.decode()
    untitled = make_person(name="Untitled Person")
    old = make_article(published_at=timezone.now() - timezone.timedelta(days=9))
    new = make_article(published_at=timezone.now() - timezone.timedelta(days=1))
    Mention.objects.create(article=old, person=untitled, role="Deputy Mayor")
    Mention.objects.create(article=new, person=untitled, role="Mayor")
    html = client.get(untitled.get_absolute_url()).content.decode()
    assert '<p class="dek role">Mayor</p>' in html


def test_each_quote_links_to_the_story_at_that_quote(client, seed):
    speaker = seed.quotes.exclude(speaker=None).first().speaker
    person_html = client.get(speaker.get_absolute_url()).content.decode()
    story_html = client.get(seed.get_absolute_url()).content.decode()
    for quote in seed.quotes.filter(speaker=speaker):
        assert f'href="{seed.get_absolute_url()}#quote-{quote.pk}"' in person_html
        assert f'id="quote-{quote.pk}"' in story_html


def test_person_page_lists_stories_mentioning_them_and_their_photos(client, seed):
    image = seed.blocks.get(kind="image").image
    html = client.get(image.photographer.get_absolute_url()).content.decode()
    assert "Photos by " + image.photographer.name in html
    assert "<picture" in html and image.alt_text[:40] in html
    mentioned = seed.mentions.first().person
    html = client.get(mentioned.get_absolute_url()).content.decode()
    assert "Stories that mention" in html and f'href="{seed.get_absolute_url()}"' in html


def test_photos_from_unpublished_stories_stay_hidden(client, db):
    photographer = make_person(name="Snap Shooter")
    agency = make_organization(name="Wire Agency")
    shown = make_image(photographer=photographer, agency=agency, caption="Shown caption")
    hidden = make_image(photographer=photographer, agency=agency, caption="Hidden caption")
    Block.objects.create(article=make_article(), kind=Block.Kind.IMAGE, position=1, image=shown)
    Block.objects.create(article=make_article(status=Article.Status.DRAFT), kind=Block.Kind.IMAGE, position=1, image=hidden)
    for url in (photographer.get_absolute_url(), agency.get_absolute_url()):
        html = client.get(url).content.decode()
        assert "Shown caption" in html and "Hidden caption" not in html


def test_long_quote_lists_are_paginated_and_keep_other_lists_in_place(client, db):
    person = make_person(name="Talks Often")
    article = make_article()
    Quote.objects.bulk_create([
        Quote(article=article, position=n, text=f"Quote number {n:02d}", speaker=person) for n in range(45)
    ])
    html = client.get(person.get_absolute_url(), {"stories": "1"}).content.decode()
    assert html.count('class="person-quote"') == 20 and "Page 1 of 3" in html
    assert 'href="?stories=1&amp;quotes=2"' in html
    html = client.get(person.get_absolute_url(), {"quotes": "3"}).content.decode()
    assert html.count('class="person-quote"') == 5 and "Quote number 44" in html


def test_person_page_query_count_does_not_grow(client, db):
    person = make_person(name="Busy Person")

    def add(count):
        for _ in range(count):
            article = make_article()
            Quote.objects.create(article=article, position=1, text="Said a thing", speaker=person)
            Mention.objects.create(article=article, person=person, role="Minister")
            article.bylines.create(person=person, position=1)
            Block.objects.create(article=article, kind=Block.Kind.IMAGE, position=1, image=make_image(photographer=person))

    add(2)
    client.get(person.get_absolute_url())
    with CaptureQueriesContext(connection) as few:
        client.get(person.get_absolute_url())
    add(25)
    with CaptureQueriesContext(connection) as many:
        html = client.get(person.get_absolute_url()).content.decode()
    assert html.count('class="person-quote"') == 20
    # 13: the person, their role, one count for quotes and stories together, then for quotes,
    # stories and bylines a page of ids and those rows (so archive-sized lists sort ids, not
    # whole rows), the byline and photo counts, the photos, and the section menu.
    assert len(few.captured_queries) == len(many.captured_queries) <= 13


def test_person_portrait_is_served_as_renditions(client, db):
    person = make_person(name="Has Portrait")
    Mention.objects.create(article=make_article(), person=person)
    person.photo = jpeg_upload(name="portrait.jpg", width=400, height=400)
    person.save()
    html = client.get(person.get_absolute_url()).content.decode()
    assert '<div class="portrait"><picture>' in html
    assert 'alt="Has Portrait"' in html and "portrait-jpg-400w.webp 400w" in html
