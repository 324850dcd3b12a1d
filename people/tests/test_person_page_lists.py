import pytest
from django.utils import timezone

from articles.models import Article, Mention, Quote
from articles.tests.factories import make_article, make_person

pytestmark = pytest.mark.django_db


def hidden_stories():
    """A draft, a story scheduled for tomorrow and one under embargo until tomorrow."""
    tomorrow = timezone.now() + timezone.timedelta(days=1)
    return [
        make_article(status=Article.Status.DRAFT, headline="Draft story hidden"),
        make_article(published_at=tomorrow, headline="Scheduled story hidden"),
        make_article(embargo_until=tomorrow, headline="Embargoed story hidden"),
    ]


def test_counts_and_lists_leave_out_unpublished_scheduled_and_embargoed_stories(client):
    person = make_person(name="Often Quoted")
    shown = make_article(headline="Public story shown")
    Quote.objects.create(article=shown, position=1, text="Said in public", speaker=person)
    Quote.objects.create(article=shown, position=2, text="Said again in public", speaker=person)
    Mention.objects.create(article=shown, person=person)
    for story in hidden_stories():
        Quote.objects.create(article=story, position=1, text=f"Said in {story.headline}", speaker=person)
        Mention.objects.create(article=story, person=person)
    html = client.get(person.get_absolute_url()).content.decode()
    assert "<li>2 quotes</li>" in html
    assert "<li>1 story mentioning Often Quoted</li>" in html
    assert html.count('class="person-quote"') == 2 and "Public story shown" in html
    assert "story hidden" not in html


def test_a_story_that_quotes_without_naming_them_is_listed_and_counted_once(client):
    person = make_person(name="Quoted Only")
    quoting = make_article(headline="Quotes them twice")
    Quote.objects.create(article=quoting, position=1, text="First words", speaker=person)
    Quote.objects.create(article=quoting, position=2, text="Second words", speaker=person)
    naming = make_article(headline="Only names them")
    Mention.objects.create(article=naming, person=person)
    Mention.objects.create(article=quoting, person=person)
    html = client.get(person.get_absolute_url()).content.decode()
    assert "<li>2 stories mentioning Quoted Only</li>" in html
    assert html.count('href="' + quoting.get_absolute_url() + '"') == 1
    assert f'href="{naming.get_absolute_url()}"' in html


def test_quotes_come_newest_story_first_and_in_story_order(client):
    person = make_person(name="In Order")
    older = make_article(published_at=timezone.now() - timezone.timedelta(days=3))
    newer = make_article(published_at=timezone.now() - timezone.timedelta(days=1))
    Quote.objects.create(article=older, position=1, text="Oldest words", speaker=person)
    Quote.objects.create(article=newer, position=2, text="Later in the new story", speaker=person)
    Quote.objects.create(article=newer, position=1, text="Early in the new story", speaker=person)
    html = client.get(person.get_absolute_url()).content.decode()
    positions = [html.index(text) for text in ("Early in the new story", "Later in the new story", "Oldest words")]
    assert positions == sorted(positions)


def test_story_pages_past_the_end_or_not_numbers_show_the_nearest_page(client):
    person = make_person(name="Many Stories")
    for n in range(25):
        Mention.objects.create(article=make_article(headline=f"Mentioning story {n:02d}"), person=person)
    last = client.get(person.get_absolute_url(), {"stories": "99"}).content.decode()
    assert "Page 2 of 2" in last and last.count("Mentioning story") == 5
    first = client.get(person.get_absolute_url(), {"stories": "many"}).content.decode()
    assert "Page 1 of 2" in first and first.count("Mentioning story") == 20
