"""Our own JSON out and in: export_article, the API's article-json form and import_article --json."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.importing import export_article
from articles.models import Article, Block
from articles.tests.factories import make_article

pytestmark = pytest.mark.django_db


def structure(story):
    """What a story is made of, by value: blocks, quotes with speakers and paragraphs, mentions with roles."""
    blocks = list(story.blocks.select_related("image").order_by("position"))
    index = {block.pk: n for n, block in enumerate(blocks)}
    return {
        "headline": story.headline,
        "comment_count": story.comment_count,
        "blocks": [(b.kind, b.text, b.display_caption, b.image.credit if b.image_id else None, b.link_title) for b in blocks],
        "quotes": [(q.text, q.speaker.name if q.speaker_id else None, index.get(q.block_id))
                   for q in story.quotes.select_related("speaker").order_by("position")],
        "mentions": [(m.person.name, m.role) for m in story.mentions.select_related("person").order_by("position")],
    }


def test_a_story_exported_and_imported_again_is_the_same_story(seed, tmp_path):
    exported = export_article(seed)
    path = tmp_path / "copy.json"
    path.write_text(json.dumps(exported, ensure_ascii=False))

    call_command("import_article", str(path), "--json", "--section", seed.section.path, "--key", "round-trip", verbosity=0)

    copy = Article.objects.get(source_key="round-trip")
    assert copy.pk != seed.pk
    assert export_article(copy) == exported
    assert structure(copy) == structure(seed)


def test_the_api_serves_the_export_form_without_a_draft_headline(client, seed):
    response = client.get(f"/api/v1/stories/{seed.pk}/article-json/")
    assert response.json() == export_article(seed, for_readers=True)

    draft = make_article(headline="Draft headline", status=Article.Status.DRAFT, published_at=None)
    story = make_article()
    Block.objects.create(article=story, kind="paragraph", text="Text.", position=1)
    Block.objects.create(article=story, kind="related", link_article=draft, position=2)
    served = client.get(f"/api/v1/stories/{story.pk}/article-json/").json()
    assert served["body"] == [{"type": "paragraph", "text": "Text."}]
    assert export_article(story)["body"][-1] == {"type": "related", "title": "Draft headline"}


def test_the_seed_story_in_the_api_and_the_export_agree_on_shared_fields(client, seed):
    detail = client.get(f"/api/v1/stories/{seed.pk}/").json()
    exported = export_article(seed, for_readers=True)
    assert detail["headline"] == exported["headline"]
    assert [q["text"] for q in detail["quotes"]] == [q["text"] for q in exported["quotes"]]
    assert [(m["person"]["name"], m["role"] or None) for m in detail["mentions"]] == [
        (p["name"], p["role"]) for p in exported["people"]
    ]


@pytest.mark.parametrize("content, message", [
    ("{not json", "not JSON"),
    (json.dumps({"headline": "No body"}), "not article JSON"),
    (json.dumps({"headline": "x", "body": [{"type": "poem", "text": "x"}], "quotes": [], "people": [],
                 "comment_count": None}), "at body/0"),
])
def test_bad_article_json_is_refused_naming_the_file_and_the_rest_still_imports(tmp_path, content, message, seed):
    bad, good = tmp_path / "bad.json", tmp_path / "good.json"
    bad.write_text(content)
    good.write_text(json.dumps(export_article(seed)))

    with pytest.raises(CommandError) as failure:
        call_command("import_article", str(bad), str(good), "--json", verbosity=0)

    assert "bad.json" in str(failure.value) and message in str(failure.value)
    assert Article.objects.filter(source_key="good").exists()
    assert not Article.objects.filter(source_key="bad").exists()
