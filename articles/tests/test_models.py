import pytest
from django.contrib.redirects.models import Redirect
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article, Block, Section
from people.models import Person

from .factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db


def test_article_slugs_are_unique():
    make_article(slug="same-slug")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(slug="same-slug")


def test_missing_slug_is_filled_from_headline_and_kept_unique():
    first = make_article(headline="Budget passes after long night", slug="")
    second = make_article(headline="Budget passes after long night", slug="")
    assert first.slug == "budget-passes-after-long-night"
    assert second.slug == "budget-passes-after-long-night-2"


def test_published_story_gets_a_publish_time_and_database_refuses_none():
    article = make_article(status=Article.Status.PUBLISHED, published_at=None)
    assert article.published_at is not None
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(published_at=None)


def test_block_cannot_point_at_both_a_story_and_a_url():
    article = make_article()
    other = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Block.objects.create(
            article=article, kind=Block.Kind.RELATED, link_title="x", link_article=other, link_url="https://example.com/",
        )


@pytest.mark.parametrize("slug", ["2024", "admin", "search", "people", "media", "static", "feeds"])
def test_section_slug_may_not_be_a_year_or_reserved(slug):
    section = Section(name="Bad", slug=slug)
    with pytest.raises(ValidationError) as info:
        section.full_clean()
    assert "slug" in info.value.message_dict


def test_nested_sections_get_a_path_and_renaming_the_parent_moves_children():
    world = make_section(name="World", slug="world")
    europe = make_section(name="Europe", slug="europe", parent=world)
    assert europe.path == "world/europe"
    assert str(europe) == "World › Europe"
    world.slug = "international"
    world.save()
    europe.refresh_from_db()
    assert europe.path == "international/europe"


def test_deleting_a_quoted_person_is_refused():
    from articles.models import Quote
    from django.db.models import ProtectedError

    article = make_article()
    person = make_person()
    Quote.objects.create(article=article, text="We will rebuild.", speaker=person)
    with pytest.raises(ProtectedError):
        person.delete()


def test_scheduled_is_derived_from_a_future_publish_time():
    article = make_article(published_at=timezone.now() + timezone.timedelta(hours=2))
    assert article.is_scheduled and article.display_status == "Scheduled"
    assert not Article.objects.published().filter(pk=article.pk).exists()


def test_version_counts_every_save():
    article = make_article()
    first = article.version
    article.dek = "Changed."
    article.save()
    assert article.version == first + 1


def test_changing_a_published_url_leaves_a_permanent_redirect(client):
    article = make_article(slug="old-name")
    old_url = article.get_absolute_url()
    article.slug = "new-name"
    article.save()
    new_url = article.get_absolute_url()
    assert Redirect.objects.get(old_path=old_url).new_path == new_url
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"] == new_url
    # A second move points the first redirect straight at the newest address.
    article.section = make_section(slug="elsewhere")
    article.save()
    assert Redirect.objects.get(old_path=old_url).new_path == article.get_absolute_url()


def test_person_names_are_normalised_for_matching():
    person = Person(name="  José   Álvarez ")
    person.save()
    assert person.name == "José Álvarez"
    assert Person.objects.matching_name("jose alvarez").get() == person


def test_renaming_a_section_redirects_its_stories_and_its_subsections_stories(client):
    world = make_section(name="World", slug="world")
    europe = make_section(name="Europe", slug="europe", parent=world)
    here = make_article(section=world, slug="in-world")
    below = make_article(section=europe, slug="in-europe")
    draft = make_article(section=world, slug="draft-one", status=Article.Status.DRAFT, published_at=None)
    old_here, old_below = here.get_absolute_url(), below.get_absolute_url()
    world.slug = "international"
    world.save()
    here.refresh_from_db()
    below.refresh_from_db()
    assert client.get(old_here)["Location"] == here.get_absolute_url()
    assert client.get(old_below)["Location"] == below.get_absolute_url()
    assert below.get_absolute_url().startswith("/international/europe/")
    assert not Redirect.objects.filter(new_path__contains=draft.slug).exists()
