"""The body editor's document to and from Block, Quote and Mention rows, through the story's change form."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.body_document import document_for
from articles.importing import export_article
from articles.models import Block, Mention, Quote
from people.models import Person

from .admin_forms import read_form as read_html_form
from .factories import make_article, make_image, make_person

QUOTED = "We will reopen the bridge by Friday"


def read_form(client, url):
    return read_html_form(client.get(url).content.decode())


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


@pytest.fixture
def story(db):
    article = make_article(headline="Harbor bridge", status="draft", published_at=None)
    speaker = make_person(name="Ana Lopez")
    first = Block.objects.create(article=article, kind="paragraph", position=1,
                                 text=f"“{QUOTED},” the mayor said on Monday.")
    Block.objects.create(article=article, kind="subhead", position=2, text="What changed")
    Block.objects.create(article=article, kind="image", position=3, image=make_image(caption="The bridge"))
    Block.objects.create(article=article, kind="paragraph", position=4, text="Traffic moved again by noon.")
    Quote.objects.create(article=article, block=first, position=1, text=QUOTED, speaker=speaker)
    Mention.objects.create(article=article, person=speaker, position=1, block=first)
    return article


def without_cards(data):
    """The form as the editor's script posts it: its cards (block and quote rows) disabled."""
    return {key: value for key, value in data.items() if not key.startswith(("blocks-", "quotes-"))}


def post_document(client, article, document, **changes):
    data = without_cards(read_form(client, change_url(article)))
    data["body_document"] = json.dumps(document)
    data.update(changes)
    return client.post(change_url(article), data)


def saved_and_reloaded(client, article, document):
    response = post_document(client, article, document)
    assert response.status_code == 302, response.content.decode()[:3000]
    article.refresh_from_db()
    return document_for(article)


def text(node):
    return "".join(child["text"] for child in node.get("content", []))


def test_the_document_shows_blocks_quotes_and_atoms(story):
    document = document_for(story)
    kinds = [node["type"] for node in document["content"]]
    assert kinds == ["paragraph", "heading", "storyBlock", "paragraph"]
    marked = [child for child in document["content"][0]["content"] if child.get("marks")]
    assert [child["text"] for child in marked] == [QUOTED]
    assert marked[0]["marks"][0]["attrs"]["speakerName"] == "Ana Lopez"
    assert document["content"][2]["attrs"]["kind"] == "image"


def test_an_unchanged_document_saves_the_same_story(editor_client, story):
    before = export_article(story)
    document = document_for(story)
    assert saved_and_reloaded(editor_client, story, document) == document
    assert export_article(story) == before


def test_paste_edit_reorder_and_undo_round_trip_to_identical_rows(editor_client, story):
    original = document_for(story)
    before = export_article(story)
    content = original["content"]

    # A paste of two paragraphs after the first, and a word changed in the quoted paragraph around the quote.
    pasted = json.loads(json.dumps(original))
    quoted = pasted["content"][0]["content"]
    quoted[-1]["text"] = quoted[-1]["text"].replace("on Monday", "late on Monday")
    pasted["content"][1:1] = [
        {"type": "paragraph", "attrs": {"blockId": None}, "content": [{"type": "text", "text": "Pasted one."}]},
        {"type": "paragraph", "attrs": {"blockId": None}, "content": [{"type": "text", "text": "Pasted two."}]},
    ]
    reloaded = saved_and_reloaded(editor_client, story, pasted)
    assert [text(node) for node in reloaded["content"][:3]] == [
        f"“{QUOTED},” the mayor said late on Monday.", "Pasted one.", "Pasted two.",
    ]
    quote = story.quotes.get()
    assert quote.text == QUOTED and quote.block.text.endswith("late on Monday.")

    # A reorder: the photo moves to the top.
    reordered = json.loads(json.dumps(reloaded))
    photo = next(node for node in reordered["content"] if node["type"] == "storyBlock")
    reordered["content"].remove(photo)
    reordered["content"].insert(0, photo)
    reloaded = saved_and_reloaded(editor_client, story, reordered)
    assert reloaded["content"][0]["attrs"]["blockId"] == photo["attrs"]["blockId"]

    # An undo: the editor's document as it was first loaded, pasted blocks gone, photo back in place.
    reloaded = saved_and_reloaded(editor_client, story, original)
    assert [node["attrs"].get("blockId") for node in reloaded["content"]] == [
        node["attrs"].get("blockId") for node in content
    ]
    assert export_article(story) == before
    assert Quote.objects.filter(article=story).count() == 1 and Mention.objects.filter(article=story).count() == 1


def test_a_quote_marked_with_a_new_speaker_becomes_a_quote_a_person_and_a_mention(editor_client, story):
    document = document_for(story)
    last = document["content"][3]
    last["content"] = [
        {"type": "text", "text": "Traffic moved again by noon. "},
        {"type": "text", "text": "It was a relief", "marks": [{"type": "quote", "attrs": {
            "quoteId": None, "speakerId": None, "speakerName": "Marta  Quill", "speakerRole": "Commuter",
        }}]},
    ]
    saved_and_reloaded(editor_client, story, document)
    quote = story.quotes.get(text="It was a relief")
    assert quote.speaker.name == "Marta Quill" and quote.block.text == "Traffic moved again by noon. It was a relief"
    assert Mention.objects.get(article=story, person=quote.speaker).role == "Commuter"
    # Typed again elsewhere, the same name is the same person.
    other = make_article(headline="Other", status="draft", published_at=None)
    saved_and_reloaded(editor_client, other, {"type": "doc", "content": [{"type": "paragraph", "content": [
        {"type": "text", "text": "Yes", "marks": [{"type": "quote", "attrs": {"speakerName": "marta quill"}}]},
    ]}]})
    assert Person.objects.filter(normalized_name__icontains="quill").count() == 1


def test_removing_a_quote_mark_deletes_the_quote_and_editing_around_it_keeps_it(editor_client, story):
    document = document_for(story)
    document["content"][0]["content"] = [{"type": "text", "text": text(document["content"][0])}]
    saved_and_reloaded(editor_client, story, document)
    assert not story.quotes.exists()


def errors_for(client, article, document):
    response = post_document(client, article, document)
    assert response.status_code == 200
    return [str(error) for error in response.context["adminform"].form.non_field_errors()]


@pytest.mark.parametrize("change, message", [
    (lambda doc, other: doc["content"][0]["attrs"].update(blockId=other.blocks.first().pk), "not part of this story"),
    (lambda doc, other: doc["content"].append({"type": "storyBlock", "attrs": {"blockId": other.blocks.first().pk}}),
     "not part of this story"),
    (lambda doc, other: doc["content"][0]["content"][1]["marks"][0]["attrs"].update(quoteId=other.quotes.first().pk),
     "not part of this story"),
    (lambda doc, other: doc["content"].append({"type": "bulletList", "content": []}), "unknown kind"),
    (lambda doc, other: doc["content"].append(
        {"type": "paragraph", "content": [{"type": "text", "text": "x" * 10_001}]}), "at most 10000"),
    (lambda doc, other: doc["content"].append(
        {"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": "x" * 301}]}), "at most 300"),
    (lambda doc, other: doc["content"][0]["content"][1]["marks"].append({"type": "bold"}), "mark"),
])
def test_a_document_naming_what_it_may_not_is_refused_as_a_form_error(editor_client, story, change, message):
    other = make_article(headline="Someone else's", status="draft", published_at=None)
    block = Block.objects.create(article=other, kind="paragraph", position=1, text="Theirs.")
    Quote.objects.create(article=other, block=block, position=1, text="Theirs")
    before = export_article(story)
    document = document_for(story)
    change(document, other)
    errors = errors_for(editor_client, story, document)
    assert any(message in error for error in errors), errors
    assert export_article(story) == before


def test_a_speaker_the_user_may_not_choose_is_refused(client, story, contributor):
    story.created_by = contributor
    story.save()
    client.force_login(contributor)
    person = make_person(name="Hidden Person")
    document = document_for(story)
    document["content"][0]["content"][1]["marks"][0]["attrs"].update(speakerId=person.pk + 1000)
    errors = errors_for(client, story, document)
    assert any("may not choose" in error for error in errors), errors


def test_saving_a_200_block_story_runs_a_bounded_number_of_queries(editor_client, django_assert_max_num_queries):
    def story_of(count):
        article = make_article(headline=f"Long story {count}", status="draft", published_at=None)
        Block.objects.bulk_create([
            Block(article=article, kind="paragraph", position=n, text=f"Paragraph {n}.") for n in range(1, count + 1)
        ])
        return article

    counts, articles = {}, {}
    for size in (20, 200):
        article = articles[size] = story_of(size)
        data = without_cards(read_form(editor_client, change_url(article)))
        document = document_for(article)
        for node in document["content"][::2]:
            node["content"][0]["text"] += " Edited."
        document["content"].insert(3, {"type": "paragraph", "content": [{"type": "text", "text": "New."}]})
        data["body_document"] = json.dumps(document)
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.post(change_url(article), data)
        assert response.status_code == 302
        assert article.blocks.count() == size + 1
        counts[size] = len(queries)
    print(f"\nqueries to save the body through the change form: {counts}")
    # Bulk writes: ten times the blocks adds only the batches SQLite's parameter limit cuts them into.
    assert counts[200] - counts[20] <= 6
    # The same document saved again changes no row: as many queries for 200 blocks as for 20.
    def unchanged_form(article):
        data = without_cards(read_form(editor_client, change_url(article)))
        data["body_document"] = json.dumps(document_for(article))
        return data

    short, long = unchanged_form(articles[20]), unchanged_form(articles[200])
    with CaptureQueriesContext(connection) as queries:
        assert editor_client.post(change_url(articles[20]), short).status_code == 302
    # Up to two more for 200 blocks: the history's versions written in SQLite's batches of parameters.
    with django_assert_max_num_queries(len(queries) + 2):
        assert editor_client.post(change_url(articles[200]), long).status_code == 302


def test_a_long_story_opens_with_the_document_and_offers_its_cards_without_scripts(editor_client):
    article = make_article(headline="Long", status="draft", published_at=None)
    Block.objects.bulk_create([
        Block(article=article, kind="paragraph", position=n, text=f"Paragraph {n}.") for n in range(1, 62)
    ])
    html = editor_client.get(change_url(article)).content.decode()
    assert 'name="blocks-TOTAL_FORMS"' not in html and 'href="?body=cards"' in html
    assert len(json.loads(read_html_form(html)["body_document"] or "null") or []) == 0  # empty until the script fills it
    cards = editor_client.get(change_url(article) + "?body=cards").content.decode()
    assert 'name="blocks-TOTAL_FORMS"' in cards and "Paragraph 61." in cards
    # The cards, posted without a document, save as before.
    data = read_html_form(cards)
    text_field = next(key for key, value in data.items() if value == "Paragraph 61.")
    data[text_field] = "Paragraph sixty-one."
    response = editor_client.post(change_url(article) + "?body=cards", data)
    assert response.status_code == 302
    assert article.blocks.get(position=61).text == "Paragraph sixty-one."


def test_a_new_speaker_needs_the_right_to_add_people(story):
    from django.core.exceptions import ValidationError

    from articles.body_document import read_document

    document = document_for(story)
    document["content"][3]["content"] = [{"type": "text", "text": "Fine", "marks": [
        {"type": "quote", "attrs": {"speakerName": "Someone New"}},
    ]}]
    with pytest.raises(ValidationError, match="may not add people"):
        read_document(document, article=story, speakers=Person.objects.all(), may_add_people=False)
    assert read_document(document, article=story, speakers=Person.objects.all()).blocks[-1].quotes[0].new_speaker == (
        "Someone New", "",
    )


# Photos, related stories and pull quotes inserted in the editor; quotes to check.


def atom(kind, **attrs):
    """A box as the editor inserts it: every attribute of its schema, those of its kind filled in."""
    from articles.body_document import ATOM_ATTRS

    return {"type": "storyBlock", "attrs": {**ATOM_ATTRS, "kind": kind, "label": kind, **attrs}}


def paragraph(words, **mark):
    content = [{"type": "text", "text": words}]
    if mark:
        content[0]["marks"] = [{"type": "quote", "attrs": mark}]
    return {"type": "paragraph", "attrs": {"blockId": None}, "content": content}


def test_every_field_of_an_atom_kind_has_a_name_in_the_document():
    from articles.blocks import BLOCK_KINDS
    from articles.body_document import ATOM_KINDS, FIELD_ATTRS

    for kind in ATOM_KINDS:
        assert set(BLOCK_KINDS[kind].fields) <= set(FIELD_ATTRS), kind


def test_a_photo_inserted_after_the_first_paragraph_becomes_an_image_block_there(editor_client, story):
    photo = make_image(caption="Divers inspect the pier.", alt_text="Two divers beside a concrete pier.")
    document = document_for(story)
    document["content"].insert(1, atom("image", imageId=photo.pk, caption="The pier, on Sunday."))
    reloaded = saved_and_reloaded(editor_client, story, document)
    blocks = list(story.blocks.order_by("position"))
    assert [block.kind for block in blocks] == ["paragraph", "image", "subhead", "image", "paragraph"]
    assert (blocks[1].image, blocks[1].caption) == (photo, "The pier, on Sunday.")
    box = reloaded["content"][1]["attrs"]
    assert (box["blockId"], box["imageId"], box["caption"]) == (blocks[1].pk, photo.pk, "The pier, on Sunday.")
    assert box["preview"] == photo.file.url and box["label"] == "Image: The pier, on Sunday."
    # Saved again unchanged, the same document comes back and no row changes.
    before = export_article(story)
    assert saved_and_reloaded(editor_client, story, reloaded) == reloaded
    assert export_article(story) == before


def test_related_stories_by_story_and_by_address_become_related_blocks(editor_client, story):
    target = make_article(headline="The barge that hit the pier")
    document = document_for(story)
    document["content"].insert(2, atom("related", linkStoryId=target.pk))
    document["content"].insert(3, atom("related", linkUrl="https://example.org/bridges", linkTitle="Bridges"))
    saved_and_reloaded(editor_client, story, document)
    related = list(story.blocks.filter(kind="related").order_by("position"))
    assert [(b.position, b.link_article, b.link_url, b.link_title) for b in related] == [
        (3, target, "", ""), (4, None, "https://example.org/bridges", "Bridges"),
    ]
    assert related[0].related_title == target.headline


def test_a_pull_quote_of_a_saved_quote_and_of_one_marked_in_the_same_document(editor_client, story):
    saved_quote = story.quotes.get()
    document = document_for(story)
    document["content"].insert(1, atom("quote", quoteId=saved_quote.pk))
    document["content"].insert(3, paragraph("“It was a relief,” a commuter said.", quoteKey="k-1",
                                            speakerName="Marta Quill"))
    document["content"].insert(4, atom("quote", quoteKey="k-1"))
    saved_and_reloaded(editor_client, story, document)
    pulls = list(story.blocks.filter(kind="quote").order_by("position"))
    new_quote = story.quotes.get(speaker__name="Marta Quill")
    assert new_quote.text == "“It was a relief,” a commuter said."
    assert [(block.position, block.quote) for block in pulls] == [(2, saved_quote), (5, new_quote)]


def test_an_existing_box_edited_in_the_editor_changes_its_block(editor_client, story):
    target = make_article(headline="Older story")
    related = Block.objects.create(article=story, kind="related", position=5, link_title="Old title",
                                   link_url="https://example.org/old")
    document = document_for(story)
    box = next(node for node in document["content"] if node["attrs"].get("blockId") == related.pk)
    box["attrs"].update(linkUrl="", linkTitle="", linkStoryId=target.pk)
    photo_box = next(node for node in document["content"] if node["attrs"].get("kind") == "image")
    photo_box["attrs"]["caption"] = "The bridge at dawn."
    saved_and_reloaded(editor_client, story, document)
    related.refresh_from_db()
    assert (related.link_article, related.link_url, related.link_title) == (target, "", "")
    assert story.blocks.get(kind="image").caption == "The bridge at dawn."


def refused(client, article, change, message):
    before = export_article(article)
    document = document_for(article)
    change(document)
    errors = errors_for(client, article, document)
    assert any(message in error for error in errors), errors
    assert export_article(article) == before
    return errors


@pytest.mark.parametrize("make_box, message", [
    (lambda ids: atom("image", imageId=ids["missing"]), "may not choose this image"),
    (lambda ids: atom("image"), "Choose the image"),
    (lambda ids: atom("image", imageId="x"), "is not a number"),
    (lambda ids: atom("image", imageId=ids["photo"], caption="x" * 2001), "at most 2000"),
    (lambda ids: atom("related", linkStoryId=ids["self"]), "cannot be related to itself"),
    (lambda ids: atom("related", linkStoryId=ids["missing"]), "may not choose this related story"),
    (lambda ids: atom("related", linkUrl="javascript:alert(1)", linkTitle="Click"), "related URL"),
    (lambda ids: atom("related", linkUrl="https://example.org/", linkStoryId=ids["other"]), "not both"),
    (lambda ids: atom("related"), "needs a title or a story"),
    (lambda ids: atom("related", linkUrl="https://example.org/", linkTitle="x" * 301), "at most 300"),
    (lambda ids: atom("quote", quoteId=ids["foreign_quote"]), "not part of this story"),
    (lambda ids: atom("quote"), "Choose the quote"),
    (lambda ids: atom("quote", quoteKey="nowhere"), "no longer marked"),
    (lambda ids: atom("quote", quoteKey="<script>"), "cannot be read"),
    (lambda ids: atom("paragraph"), "unknown kind"),
    (lambda ids: atom("image", blockId=ids["paragraph"]), "repeats or misplaces"),
    (lambda ids: atom("related", blockId=ids["photo_block"]), "repeats or misplaces"),
])
def test_a_box_naming_what_it_may_not_is_refused_as_a_form_error(editor_client, story, make_box, message):
    other = make_article(headline="Someone else's", status="draft", published_at=None)
    foreign = Quote.objects.create(article=other, position=1, text="Theirs")
    photo = make_image()
    ids = {
        "missing": photo.pk + 1000, "photo": photo.pk, "self": story.pk, "other": other.pk,
        "foreign_quote": foreign.pk, "paragraph": story.blocks.get(position=4).pk,
        "photo_block": story.blocks.get(kind="image").pk,
    }
    refused(editor_client, story, lambda document: document["content"].insert(1, make_box(ids)), message)


def test_a_contributor_may_not_relate_a_story_they_may_not_see(client, contributor, story):
    story.created_by = contributor
    story.save()
    client.force_login(contributor)
    someone_elses_draft = make_article(headline="Another writer's draft", status="draft", published_at=None)
    public = make_article(headline="A public story")
    refused(client, story, lambda document: document["content"].insert(
        1, atom("related", linkStoryId=someone_elses_draft.pk)), "may not choose this related story")
    document = document_for(story)
    document["content"].insert(1, atom("related", linkStoryId=public.pk))
    saved_and_reloaded(client, story, document)
    assert story.blocks.get(kind="related").link_article == public


def test_a_user_without_the_photo_library_may_not_place_photos(client, story):
    from articles.roles import CONTRIBUTOR

    from .factories import make_staff_user

    writer = make_staff_user("no-photos", role=CONTRIBUTOR)
    writer.groups.first().permissions.remove(*writer.groups.first().permissions.filter(codename="view_image"))
    story.created_by = writer
    story.save()
    client.force_login(writer)
    photo = make_image()
    refused(client, story, lambda document: document["content"].insert(1, atom("image", imageId=photo.pk)),
            "may not choose this image")


def test_a_box_already_there_keeps_a_photo_its_user_could_not_choose_again(client, contributor, story):
    """Only what is newly chosen is checked: an unchanged box never blocks a contributor's save."""
    someone_elses_draft = make_article(headline="Another writer's draft", status="draft", published_at=None)
    Block.objects.create(article=story, kind="related", position=5, link_article=someone_elses_draft)
    story.created_by = contributor
    story.save()
    client.force_login(contributor)
    document = document_for(story)
    document["content"].insert(0, paragraph("A new first paragraph."))
    saved_and_reloaded(client, story, document)
    assert story.blocks.get(kind="related").link_article == someone_elses_draft


def test_quotes_to_check_are_marked_and_confirmed_in_the_document(editor_client, story, settings):
    settings.NEWSROOM_QUOTE_CHECK_BELOW = 0.6
    quote = story.quotes.get()
    Quote.objects.filter(pk=quote.pk).update(confidence=0.4)
    document = document_for(story)
    mark = document["content"][0]["content"][1]["marks"][0]["attrs"]
    assert (mark["needsCheck"], mark["confirmed"]) == (True, False)

    # The page cannot clear the flag by saying so: only "confirmed" counts.
    mark["needsCheck"] = False
    saved_and_reloaded(editor_client, story, document)
    quote.refresh_from_db()
    assert quote.confidence == 0.4

    document = document_for(story)
    document["content"][0]["content"][1]["marks"][0]["attrs"].update(needsCheck=False, confirmed=True)
    reloaded = saved_and_reloaded(editor_client, story, document)
    quote.refresh_from_db()
    assert quote.confidence == 1.0 and not Quote.objects.needing_check().exists()
    assert reloaded["content"][0]["content"][1]["marks"][0]["attrs"]["needsCheck"] is False


def test_choosing_another_speaker_in_the_document_confirms_the_quote(editor_client, story, settings):
    settings.NEWSROOM_QUOTE_CHECK_BELOW = 0.6
    quote = story.quotes.get()
    Quote.objects.filter(pk=quote.pk).update(confidence=0.3)
    right = make_person(name="Rui Costa")
    document = document_for(story)
    document["content"][0]["content"][1]["marks"][0]["attrs"].update(speakerId=right.pk, speakerName=right.name)
    saved_and_reloaded(editor_client, story, document)
    quote.refresh_from_db()
    assert (quote.speaker, quote.confidence) == (right, 1.0)


def test_confirmed_on_a_new_mark_confirms_nothing(editor_client, story):
    document = document_for(story)
    document["content"].append(paragraph("Fine words", speakerName="Nadia Ferraz", confirmed=True))
    saved_and_reloaded(editor_client, story, document)
    assert story.quotes.get(text="Fine words").confidence is None


def test_a_new_story_takes_its_photo_and_related_story_from_the_add_page(editor_client):
    from articles.models import Article

    from .factories import make_section

    section = make_section()
    photo = make_image(caption="The new bridge.")
    target = make_article(headline="Earlier coverage")
    data = read_form(editor_client, reverse("admin:articles_article_add"))
    data = without_cards(data)
    data.update(headline="Bridge opens", slug="bridge-opens", section=str(section.pk), status="draft")
    data["body_document"] = json.dumps({"type": "doc", "content": [
        paragraph("The bridge opened."), atom("image", imageId=photo.pk), atom("related", linkStoryId=target.pk),
    ]})
    response = editor_client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get(slug="bridge-opens")
    assert list(article.blocks.order_by("position").values_list("kind", "image", "link_article")) == [
        ("paragraph", None, None), ("image", photo.pk, None), ("related", None, target.pk),
    ]
