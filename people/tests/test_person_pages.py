import pytest

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
