"""Every id a form accepts is checked against what the user may see and touch.

Ids are sequential, so a crafted POST can name any block, quote or story: a contributor must not
be able to attach a credit to a published story's paragraph, or pull another writer's draft into
their own preview. Each refusal is a form error, never a write and never a server error.
"""

import pytest
from django.urls import reverse

from articles.models import Block, Mention, Quote

from .admin_forms import read_form
from .factories import make_article, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(contributor):
    mine = make_article(headline="My draft", status="draft", published_at=None, created_by=contributor)
    my_paragraph = Block.objects.create(article=mine, kind="paragraph", position=1, text="My paragraph.")
    my_quote = Quote.objects.create(article=mine, position=1, text="My own quote", block=my_paragraph)
    my_other = make_article(headline="My other draft", status="draft", published_at=None, created_by=contributor)
    other_paragraph = Block.objects.create(article=my_other, kind="paragraph", position=1, text="Elsewhere.")
    published = make_article(headline="On the front page")
    public_paragraph = Block.objects.create(article=published, kind="paragraph", position=1, text="Public words.")
    public_quote = Quote.objects.create(article=published, position=1, text="Public quote")
    secret = make_article(headline="Secret merger talks", status="draft", published_at=None)
    secret_quote = Quote.objects.create(article=secret, position=1, text="Nobody may know yet")
    return {
        "mine": mine, "my_paragraph": my_paragraph, "my_quote": my_quote, "other_paragraph": other_paragraph,
        "published": published, "public_paragraph": public_paragraph, "public_quote": public_quote,
        "secret": secret, "secret_quote": secret_quote, "speaker": make_person(name="Cora Credit"),
    }


@pytest.fixture
def as_contributor(client, contributor):
    client.force_login(contributor)
    return client


def post_part(client, model, data):
    response = client.post(reverse(f"admin:articles_{model}_add"), data)
    assert response.status_code in (200, 302), response.status_code
    return response


def quote_data(world, block):
    return {"article": world["mine"].pk, "position": 1, "text": "Said the contributor", "speaker": world["speaker"].pk,
            "context": "", "block": block.pk}


def test_a_quote_on_its_own_page_cannot_sit_in_a_published_storys_paragraph(as_contributor, world):
    response = post_part(as_contributor, "quote", quote_data(world, world["public_paragraph"]))
    assert response.status_code == 200 and "errornote" in response.content.decode()
    assert not Quote.objects.filter(text="Said the contributor").exists()
    page = as_contributor.get(world["published"].get_absolute_url()).content.decode()
    assert "Cora Credit" not in page


def test_a_quote_on_its_own_page_cannot_sit_in_another_story_of_the_same_writer(as_contributor, world):
    response = post_part(as_contributor, "quote", quote_data(world, world["other_paragraph"]))
    assert "Choose a block of this story." in response.content.decode()
    assert not Quote.objects.filter(text="Said the contributor").exists()


def test_a_quote_on_its_own_page_may_sit_in_its_own_storys_paragraph(as_contributor, world):
    response = post_part(as_contributor, "quote", quote_data(world, world["my_paragraph"]))
    assert response.status_code == 302
    assert Quote.objects.get(text="Said the contributor").block == world["my_paragraph"]


def test_a_mention_on_its_own_page_cannot_point_at_a_published_storys_paragraph(as_contributor, world):
    data = {"article": world["mine"].pk, "person": world["speaker"].pk, "role": "Defendant", "position": 1,
            "block": world["public_paragraph"].pk}
    response = post_part(as_contributor, "mention", data)
    assert response.status_code == 200
    assert not Mention.objects.filter(role="Defendant").exists()


@pytest.mark.parametrize("field, target", [("quote", "secret_quote"), ("quote", "public_quote"),
                                           ("link_article", "secret")])
def test_a_block_on_its_own_page_cannot_reach_into_other_stories(as_contributor, world, field, target):
    kind = "quote" if field == "quote" else "related"
    data = {"article": world["mine"].pk, "kind": kind, "position": 2, field: world[target].pk}
    response = post_part(as_contributor, "block", data)
    assert response.status_code == 200
    assert not Block.objects.filter(article=world["mine"], kind=kind).exists()


def test_a_part_cannot_be_added_to_someone_elses_story(as_contributor, world):
    data = {**quote_data(world, world["public_paragraph"]), "article": world["published"].pk}
    post_part(as_contributor, "quote", data)
    assert not Quote.objects.filter(text="Said the contributor").exists()


def story_form(client, story):
    url = reverse("admin:articles_article_change", args=[story.pk])
    return url, read_form(client.get(url).content.decode())


def new_body_block(data, **fields):
    """Fill the blank body row the form ends with."""
    index = int(data["blocks-TOTAL_FORMS"]) - 1
    for name, value in fields.items():
        data[f"blocks-{index}-{name}"] = str(value)
    return data


@pytest.mark.parametrize("fields", [
    {"kind": "related", "link_article": "secret"},
    {"kind": "quote", "quote": "secret_quote"},
    {"kind": "quote", "quote": "public_quote"},
])
def test_the_story_form_refuses_a_body_block_pointing_into_another_story(as_contributor, world, fields):
    url, data = story_form(as_contributor, world["mine"])
    values = {name: world[value].pk if value in world else value for name, value in fields.items()}
    new_body_block(data, position=9, **values)
    response = as_contributor.post(url, data)
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert world["mine"].blocks.count() == 1
    preview = as_contributor.get(reverse("articles:preview", args=[world["mine"].pk])).content.decode()
    assert "Secret merger talks" not in preview and "Nobody may know yet" not in preview


def test_the_story_form_accepts_a_related_public_story_and_its_own_quote(as_contributor, world):
    url, data = story_form(as_contributor, world["mine"])
    new_body_block(data, position=9, kind="related", link_article=world["published"].pk)
    response = as_contributor.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    url, data = story_form(as_contributor, world["mine"])
    new_body_block(data, position=9, kind="quote", quote=world["my_quote"].pk)
    assert as_contributor.post(url, data).status_code == 302
    assert sorted(world["mine"].blocks.values_list("kind", flat=True)) == ["paragraph", "quote", "related"]


def test_the_story_forms_quote_rows_refuse_a_published_storys_paragraph(as_contributor, world):
    url, data = story_form(as_contributor, world["mine"])
    index = int(data["quotes-TOTAL_FORMS"])
    data.update({
        "quotes-TOTAL_FORMS": str(index + 1), f"quotes-{index}-position": "2",
        f"quotes-{index}-text": "Said the contributor", f"quotes-{index}-speaker": str(world["speaker"].pk),
        f"quotes-{index}-block": str(world["public_paragraph"].pk),
    })
    response = as_contributor.post(url, data)
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert not Quote.objects.filter(text="Said the contributor").exists()


def test_an_editor_may_relate_any_story_but_not_borrow_its_quotes(editor_client, world):
    url, data = story_form(editor_client, world["published"])
    new_body_block(data, position=9, kind="related", link_article=world["secret"].pk)
    assert editor_client.post(url, data).status_code == 302
    url, data = story_form(editor_client, world["published"])
    new_body_block(data, position=9, kind="quote", quote=world["secret_quote"].pk)
    assert editor_client.post(url, data).status_code == 200
    assert list(world["published"].blocks.values_list("kind", flat=True)) == ["paragraph", "related"]


def test_every_articles_admin_and_inline_limits_its_foreign_keys():
    from django.contrib import admin

    from articles.admin.scoping import ScopedChoices

    admins = [a for model, a in admin.site._registry.items() if model._meta.app_label == "articles"]
    assert len(admins) >= 7
    for model_admin in admins:
        assert isinstance(model_admin, ScopedChoices), type(model_admin).__name__
        for inline in model_admin.inlines:
            assert issubclass(inline, ScopedChoices), inline.__name__


def test_staff_without_the_view_permission_are_offered_no_images(contributor):
    from articles.admin.scoping import choices_for
    from articles.models import Article, Image

    from .factories import make_image, make_staff_user

    make_image()
    lead_image = Article._meta.get_field("lead_image")
    assert choices_for(lead_image, contributor).count() == 1
    assert choices_for(lead_image, make_staff_user("no-role")).count() == 0
    assert Image.objects.count() == 1
