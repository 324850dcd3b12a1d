"""History that reads like an editor's log: one line per change a person made, not one per renumbered block."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from reversion.models import Version

from articles.history import describe_body_change, describe_story_change
from articles.models import Block

from .admin_forms import read_form
from .factories import add_blocks, make_article

P, S, I = "paragraph", "subhead", "image"


def body(*kinds, start=1):
    return [(start + n, kind) for n, kind in enumerate(kinds)]


def test_an_inserted_block_is_one_line_naming_where():
    old = body(P, P, P, P, P, P)
    new = old[:4] + [(99, S)] + old[4:]
    assert describe_body_change(old, new) == ["added a subhead after ¶4"]
    assert describe_body_change(old, [(99, P)] + old) == ["added a paragraph at the top"]


def test_a_moved_block_is_one_line_with_its_direction():
    old = body(P, P, I, P)
    photo_up = [old[0], old[2], old[1], old[3]]
    assert describe_body_change(old, photo_up) == ["moved the image up"]
    last_to_top = [old[3], *old[:3]]
    assert describe_body_change(old, last_to_top) == ["moved ¶1 up"]


def test_removed_and_edited_blocks_are_named_by_their_number():
    old = body(P, S, P, P)
    new = [old[0], old[1], old[3]]
    assert describe_body_change(old, new, edited={old[3][0]}) == ["removed ¶2", "edited ¶2"]


def test_renumbering_alone_says_nothing_and_the_line_reads_as_a_sentence():
    old = body(P, P)
    assert describe_body_change(old, list(old)) == []
    message = describe_story_change(fields=["headline", "summary"], old_body=old, new_body=old[:1] + [(9, S)] + old[1:])
    assert message == "Changed the headline and the summary; added a subhead after ¶1."
    assert describe_story_change() == "Saved without changes."


@pytest.mark.django_db
def test_inserting_one_block_in_the_admin_records_one_line(editor_client):
    story = make_article(headline="Harbour plan", status="draft", published_at=None)
    add_blocks(story, 30)
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = read_form(editor_client.get(url).content.decode())
    total = int(data["blocks-TOTAL_FORMS"])
    # A subhead between the fourth and the fifth paragraphs: every later block moves down one.
    for key in [k for k in data if k.startswith("blocks-") and k.endswith("-position")]:
        if int(data[key]) >= 5:
            data[key] = str(int(data[key]) + 1)
    data.update({
        "blocks-TOTAL_FORMS": str(total + 1), f"blocks-{total}-kind": "subhead",
        f"blocks-{total}-position": "5", f"blocks-{total}-text": "What the council decided",
    })
    data["headline"] = "Harbour plan approved"
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Block.objects.filter(article=story, kind="subhead").count() == 1
    expected = "Changed the headline; added a subhead after ¶4."
    assert LogEntry.objects.filter(object_id=str(story.pk)).latest("pk").get_change_message() == expected
    assert Version.objects.get_for_object(story).order_by("-pk").first().revision.comment == expected
