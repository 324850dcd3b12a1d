"""Front pages on the desk and from a story: who may arrange them, what a form accepts, a stale order refused."""

from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.front_pages import arranging
from articles.front_pages.arranging import Placement
from articles.models import FrontPage, FrontPageSlot

from .admin_forms import change_url, read_form
from .factories import make_article, make_section, make_staff_user

pytestmark = pytest.mark.django_db

FRONT_PAGES = "/admin/desk/front-pages/"


def local_input(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def stored_order(section=None):
    return list(FrontPageSlot.objects.on_page(section).order_by("position").values_list("article__headline", flat=True))


def opened_form(client, url=FRONT_PAGES):
    response = client.get(url)
    assert response.status_code == 200
    data = read_form(response.content.decode(), "front-page-form")
    data.pop("_save")
    return data


@pytest.fixture
def stories():
    section = make_section(name="City", slug="city")
    return [make_article(headline=f"Story {name}", section=section) for name in ("A", "B", "C")]


def test_an_editor_fills_orders_and_empties_the_home_page_without_scripts(client, desk_editor, stories, settings):
    settings.NEWSROOM_FRONT_PAGE_SLOTS = 4
    a, b, c = stories
    client.force_login(desk_editor)
    data = opened_form(client)
    assert [data[f"slots-{n}-position"] for n in range(4)] == ["1", "2", "3", "4"]
    assert data["slots-TOTAL_FORMS"] == "4" and data["version"] == "0"
    drop_out = timezone.now() + timedelta(hours=6)
    data.update({"slots-0-story": str(a.pk), "slots-1-story": str(b.pk), "slots-1-until": local_input(drop_out)})
    response = client.post(FRONT_PAGES, data)
    assert response.status_code == 302
    assert stored_order() == ["Story A", "Story B"]
    assert FrontPageSlot.objects.get(article=b).until == drop_out.replace(second=0, microsecond=0)
    assert LogEntry.objects.get(object_id=str(a.pk)).get_change_message() == "Placed on the home page as the lead."

    # The numbers set the order: B leads, C comes in second, A is taken off.
    data = opened_form(client)
    assert [data["slots-0-story"], data["slots-1-story"]] == [str(a.pk), str(b.pk)]
    data.update({"slots-0-position": "3", "slots-1-position": "1", "slots-2-story": str(c.pk), "slots-2-position": "2"})
    assert client.post(FRONT_PAGES, data).status_code == 302
    assert stored_order() == ["Story B", "Story C", "Story A"]
    data = opened_form(client)
    data["slots-2-DELETE"] = "on"
    client.post(FRONT_PAGES, data)
    assert stored_order() == ["Story B", "Story C"]
    page = client.get(FRONT_PAGES).content.decode()
    assert "Last arranged by desk-editor" in page and "Story B" in page


def test_bad_slots_are_form_errors_and_nothing_is_saved(client, desk_editor, stories):
    a, b, _ = stories
    arranging.arrange(FrontPage.objects.of(None), [Placement(b)], user=desk_editor)
    client.force_login(desk_editor)
    cases = {
        "twice": ({"slots-1-story": str(b.pk), "slots-0-story": str(b.pk)}, "is already in the slot placed 1"),
        "past": ({"slots-0-story": str(a.pk), "slots-0-until": local_input(timezone.now() - timedelta(hours=1))},
                 "This time has passed"),
        "unknown id": ({"slots-0-story": "999999"}, "Select a valid choice"),
        "not a number": ({"slots-0-position": "first"}, "Enter a whole number"),
        "too many rows": ({"slots-TOTAL_FORMS": "50"}, "Please submit at most"),
    }
    for name, (changes, error) in cases.items():
        data = {**opened_form(client), **changes}
        response = client.post(FRONT_PAGES, data)
        assert response.status_code == 400, name
        assert error in response.content.decode(), name
        assert stored_order() == ["Story B"], name


def test_only_stories_the_user_may_see_are_accepted(client, stories):
    # A writer who may arrange pages (given the permission by hand) still places only what they may see.
    writer = make_staff_user("writer", role="Contributor")
    writer.user_permissions.add(*Permission.objects.filter(codename__in=["view_frontpage", "change_frontpage"]))
    someone_elses_draft = make_article(headline="Not yours", status="draft", published_at=None)
    own_draft = make_article(headline="Yours", status="draft", published_at=None, created_by=writer)
    client.force_login(writer)
    data = {**opened_form(client), "slots-0-story": str(someone_elses_draft.pk)}
    response = client.post(FRONT_PAGES, data)
    assert response.status_code == 400 and "Select a valid choice" in response.content.decode()
    assert "Not yours" not in response.content.decode()
    data["slots-0-story"] = str(own_draft.pk)
    data["slots-1-story"] = str(stories[0].pk)  # a public story
    assert client.post(FRONT_PAGES, data).status_code == 302
    assert stored_order() == ["Yours", "Story A"]


def test_contributors_cannot_see_or_change_front_pages_and_photo_editors_only_see_them(
    client, contributor, photo_editor, desk_editor, stories,
):
    a = stories[0]
    arranging.arrange(FrontPage.objects.of(None), [Placement(a)], user=desk_editor)
    client.force_login(contributor)
    assert client.get(FRONT_PAGES).status_code == 403
    assert client.post(FRONT_PAGES, {"slots-TOTAL_FORMS": "0"}).status_code == 403
    own = make_article(status="draft", published_at=None, created_by=contributor)
    assert client.post(reverse("desk:story-place", args=[own.pk]), {"page": "", "position": "1"}).status_code == 403
    assert "front-pages-link" not in client.get(change_url(own)).content.decode()
    assert "front_page" not in [tray.key for tray in client.get("/admin/").context["desk"].trays]

    client.force_login(photo_editor)
    page = client.get(FRONT_PAGES).content.decode()
    assert "Story A" in page and 'id="front-page-form"' not in page
    assert client.post(FRONT_PAGES, {"slots-TOTAL_FORMS": "0"}).status_code == 403
    story_page = client.get(reverse("desk:story-front-pages", args=[a.pk])).content.decode()
    assert "The lead" in story_page and 'id="story-place-form"' not in story_page
    assert client.post(reverse("desk:story-place", args=[a.pk]), {"page": "", "position": "2"}).status_code == 403
    assert stored_order() == ["Story A"]


def test_a_form_opened_before_another_editor_s_change_is_refused_then_saved_on_purpose(client, desk_editor, stories):
    a, b, c = stories
    other = make_staff_user("amira", role="Editor", first_name="Amira", last_name="Haddad")
    client.force_login(desk_editor)
    data = {**opened_form(client), "slots-0-story": str(a.pk)}
    arranging.arrange(FrontPage.objects.of(None), [Placement(c)], user=other)
    response = client.post(FRONT_PAGES, data)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Amira Haddad changed the home page at" in html and "nothing was saved" in html
    assert stored_order() == ["Story C"]
    again = read_form(html, "front-page-form")
    assert again["slots-0-story"] == str(a.pk)  # the editor's order is still in the form
    again.pop("_save")
    assert client.post(FRONT_PAGES, again).status_code == 302
    assert stored_order() == ["Story A"]


def test_a_section_page_is_chosen_by_its_id(client, desk_editor, stories):
    section = stories[0].section
    client.force_login(desk_editor)
    url = f"{FRONT_PAGES}?section={section.pk}"
    data = {**opened_form(client, url), "slots-0-story": str(stories[2].pk)}
    assert data["section"] == str(section.pk)
    assert client.post(FRONT_PAGES, data).status_code == 302
    assert stored_order(section) == ["Story C"] and stored_order() == []
    assert client.get(f"{FRONT_PAGES}?section=abc").status_code == 404
    assert client.get(f"{FRONT_PAGES}?section=99999").status_code == 404
    # Opening a page nobody arranged writes nothing.
    other = make_section()
    client.get(f"{FRONT_PAGES}?section={other.pk}")
    assert not FrontPage.objects.filter(section=other).exists()


def test_an_editor_puts_a_story_on_the_home_page_from_the_story(client, desk_editor, stories):
    a, b, _ = stories
    arranging.arrange(FrontPage.objects.of(None), [Placement(b)], user=desk_editor)
    client.force_login(desk_editor)
    form_page = client.get(change_url(a)).content.decode()
    own_page = reverse("desk:story-front-pages", args=[a.pk])
    assert f'href="{own_page}" class="front-pages-link"' in form_page
    assert "Not on any front page" in client.get(own_page).content.decode()
    drop_out = timezone.now() + timedelta(hours=3)
    response = client.post(
        reverse("desk:story-place", args=[a.pk]), {"page": "", "position": "1", "until": local_input(drop_out)},
    )
    assert response.status_code == 302
    assert stored_order() == ["Story A", "Story B"]
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages and messages[0].startswith("Placed on the home page as the lead, until ")
    page = client.get(own_page).content.decode()
    assert "The lead" in page and "Take off" in page
    home = FrontPage.objects.of(None)
    assert client.post(reverse("desk:story-take-off", args=[a.pk]), {"page": str(home.pk)}).status_code == 302
    assert stored_order() == ["Story B"]
    # A page that does not exist, or a section that does not, is refused.
    assert client.post(reverse("desk:story-take-off", args=[a.pk]), {"page": "x"}).status_code == 404
    response = client.post(reverse("desk:story-place", args=[a.pk]), {"page": "99999", "position": "1"})
    assert response.status_code == 400 and "Select a valid choice" in response.content.decode()


def test_a_story_the_user_may_not_see_has_no_front_pages_page(client, stories):
    writer = make_staff_user("writer", role="Contributor")
    writer.user_permissions.add(*Permission.objects.filter(codename__in=["view_frontpage", "change_frontpage"]))
    draft = make_article(status="draft", published_at=None)
    client.force_login(writer)
    assert client.get(reverse("desk:story-front-pages", args=[draft.pk])).status_code == 404
    assert client.post(reverse("desk:story-place", args=[draft.pk]), {"page": "", "position": "1"}).status_code == 404
    assert stored_order() == []


def test_the_desk_shows_the_home_page_s_slots_in_a_fixed_number_of_queries(client, desk_editor, settings):
    settings.NEWSROOM_FRONT_PAGE_SLOTS = 6
    section = make_section()
    home = FrontPage.objects.of(None)
    scheduled = make_article(headline="Out at noon", section=section, published_at=timezone.now() + timedelta(hours=2))
    arranging.arrange(home, [Placement(scheduled)], user=desk_editor)
    client.force_login(desk_editor)
    client.get("/admin/")
    with CaptureQueriesContext(connection) as few:
        response = client.get("/admin/")
    tray = response.context["desk"].tray("front_page")
    assert [slot.article.headline for slot in tray.rows] == ["Out at noon"]
    assert "Scheduled for" in response.content.decode()
    others = [make_article(section=section) for _ in range(8)]
    arranging.arrange(home, [Placement(scheduled)] + [Placement(story) for story in others], user=desk_editor)
    with CaptureQueriesContext(connection) as many:
        response = client.get("/admin/")
    assert len(response.context["desk"].tray("front_page").rows) == 6
    assert len(many) == len(few)
