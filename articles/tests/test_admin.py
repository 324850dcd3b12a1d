import pytest
from django.urls import reverse

from articles.models import Article, Block, Image, Mention, Note, Quote, Section
from newsroom.jinja2 import machine_time
from people.models import Organization, Person

from .factories import make_article, make_image, make_person, make_section

pytestmark = pytest.mark.django_db

MODELS = [Article, Block, Image, Mention, Note, Quote, Section, Person, Organization]


def admin_url(model, action, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}", args=args)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_changelist_add_and_change_page_renders(editor_client, seed, model):
    assert editor_client.get(admin_url(model, "changelist")).status_code == 200
    assert editor_client.get(admin_url(model, "add")).status_code == 200
    if model is Note:
        Note.objects.create(article=seed, text="An earlier version misstated the date.")
    obj = model.objects.first()
    assert obj is not None
    response = editor_client.get(admin_url(model, "change", obj.pk))
    assert response.status_code == 200


def test_changelist_shows_scheduled_status_and_filters(editor_client):
    from django.utils import timezone

    make_article(headline="Tomorrow's story", published_at=timezone.now() + timezone.timedelta(days=1))
    html = editor_client.get(admin_url(Article, "changelist")).content.decode()
    assert "Scheduled" in html and "Tomorrow" in html
    assert editor_client.get(admin_url(Article, "changelist") + "?status__exact=draft").status_code == 200


def inline_management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def article_post_data(section, **overrides):
    data = {
        "headline": "Harbor bridge reopens after repairs",
        "slug": "harbor-bridge-reopens",
        "dek": "", "label": "", "section": str(section.pk), "dateline": "", "lead_image": "", "tags": "",
        "status": "published", "published_at_0": "2025-05-01", "published_at_1": "10:00:00",
        "embargo_until_0": "", "embargo_until_1": "", "updated_at_0": "", "updated_at_1": "",
        "source_url": "", "seo_title": "", "seo_description": "", "comment_count": "",
    }
    data.update(inline_management("bylines", 0))
    data.update(inline_management("blocks", 0))
    data.update(inline_management("quotes", 0))
    data.update(inline_management("mentions", 0))
    data.update(inline_management("notes", 0))
    data.update(overrides)
    return data


def block_fields(index, kind, position, **values):
    fields = {"kind": kind, "position": str(position), "text": "", "image": "", "caption": "", "quote": "",
              "link_title": "", "link_article": "", "link_url": ""}
    fields.update(values)
    return {f"blocks-{index}-{name}": value for name, value in fields.items()}


def test_article_created_in_admin_with_blocks_appears_on_its_page_in_order(editor_client, editor):
    section = make_section(name="City", slug="city")
    image = make_image(caption="The bridge at dawn.", credit_line="Ana Ruiz, Harbor Wire")
    writer = make_person(name="Mara Quist")
    data = article_post_data(section)
    data.update(inline_management("blocks", 4))
    data.update(block_fields(0, "paragraph", 1, text="The bridge reopened on Monday."))
    data.update(block_fields(1, "subhead", 2, text="What changed"))
    data.update(block_fields(2, "image", 3, image=str(image.pk)))
    data.update(block_fields(3, "related", 4, link_title="Earlier: the bridge closes", link_url="https://example.com/closed"))
    data.update(inline_management("bylines", 1))
    data.update({"bylines-0-person": str(writer.pk), "bylines-0-position": "1"})
    response = editor_client.post(admin_url(Article, "add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get(slug="harbor-bridge-reopens")
    assert article.created_by == editor and article.updated_by == editor
    html = editor_client.get(article.get_absolute_url()).content.decode()
    order = ["The bridge reopened on Monday.", "What changed", "The bridge at dawn.", "Earlier: the bridge closes"]
    assert all(text in html for text in order)
    assert [html.index(t) for t in order] == sorted(html.index(t) for t in order)
    assert "Mara Quist" in html and "Ana Ruiz, Harbor Wire" in html


def test_reordering_two_blocks_in_the_admin_swaps_them(editor_client):
    article = make_article(headline="Swap test", status="draft", published_at=None)
    first = Block.objects.create(article=article, kind="paragraph", position=1, text="First paragraph.")
    second = Block.objects.create(article=article, kind="paragraph", position=2, text="Second paragraph.")
    data = article_post_data(article.section, headline=article.headline, slug=article.slug, status="draft",
                             published_at_0="", published_at_1="")
    data.update(inline_management("blocks", 2, initial=2))
    data.update(block_fields(0, "paragraph", 2, text=first.text, id=str(first.pk), article=str(article.pk)))
    data.update(block_fields(1, "paragraph", 1, text=second.text, id=str(second.pk), article=str(article.pk)))
    response = editor_client.post(admin_url(Article, "change", article.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(article.blocks.order_by("position").values_list("text", flat=True)) == [
        "Second paragraph.", "First paragraph."]
    assert list(article.blocks.order_by("position").values_list("position", flat=True)) == [1, 2]


def test_duplicate_slug_is_a_form_error(editor_client):
    existing = make_article(slug="taken-slug")
    response = editor_client.post(admin_url(Article, "add"), article_post_data(existing.section, slug="taken-slug"))
    assert response.status_code == 200
    assert "already exists" in response.content.decode()


def test_related_link_with_story_and_url_is_a_form_error(editor_client):
    other = make_article()
    data = article_post_data(other.section)
    data.update(inline_management("blocks", 1))
    data.update(block_fields(0, "related", 1, link_title="x", link_article=str(other.pk), link_url="https://example.com/"))
    response = editor_client.post(admin_url(Article, "add"), data)
    assert response.status_code == 200
    assert "not both" in response.content.decode()
    assert not Article.objects.filter(slug="harbor-bridge-reopens").exists()


def test_related_url_must_be_http(editor_client):
    section = make_section()
    data = article_post_data(section)
    data.update(inline_management("blocks", 1))
    data.update(block_fields(0, "related", 1, link_title="x", link_url="javascript:alert(1)"))
    response = editor_client.post(admin_url(Article, "add"), data)
    assert response.status_code == 200
    assert "Enter a valid URL" in response.content.decode()


def test_text_file_uploaded_as_image_is_a_form_error(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("photo.jpg", b"this is not a picture", content_type="image/jpeg")
    response = editor_client.post(admin_url(Image, "add"), {
        "file": upload, "caption": "c", "alt_text": "a", "photographer": "", "agency": "", "credit_line": "",
        "usage_terms": "", "usage_expires": "",
    })
    assert response.status_code == 200
    assert "Upload a valid image" in response.content.decode()
    assert not Image.objects.exists()


def test_uploaded_image_stores_its_size(editor_client):
    from .factories import jpeg_upload

    response = editor_client.post(admin_url(Image, "add"), {
        "file": jpeg_upload(width=320, height=200), "caption": "c", "alt_text": "A test.", "photographer": "",
        "agency": "", "credit_line": "", "usage_terms": "", "usage_expires": "",
    })
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (320, 200)


def test_publish_and_unpublish_actions(editor_client):
    article = make_article(status="draft", published_at=None)
    url = admin_url(Article, "changelist")
    editor_client.post(url, {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == "published" and article.published_at is not None
    editor_client.post(url, {"action": "unpublish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == "unpublished"


def test_the_story_list_gives_each_change_time_in_whole_seconds(editor_client):
    # A saved story's modified_at keeps microseconds; HTML's datetime attribute holds at most milliseconds.
    story = make_article(headline="Harbor bridge reopens")
    html = editor_client.get(admin_url(Article, "changelist")).content.decode()
    story.refresh_from_db()
    assert f'<time datetime="{machine_time(story.modified_at)}">' in html
    assert story.modified_at.isoformat() not in html or story.modified_at.microsecond == 0
