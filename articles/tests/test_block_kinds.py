"""Every kind of body block is declared once (articles/blocks.py), and each place that treats
kinds differently goes through that declaration: a kind registered here for the test alone is
labelled, validated, drawn, written into the history, exported and imported by it."""

import pytest
from django.core.exceptions import ValidationError
from django.template import engines

from articles import blocks
from articles.admin.forms import BLOCK_CONTENT_FIELDS, FIELDS_BY_KIND, block_label
from articles.article_page import any_story
from articles.blocks import BLOCK_KINDS, BlockKind
from articles.history import state_of_article, story_lines
from articles.importing import ArticleImportError, export_article, import_article
from articles.markup import render_blocks
from articles.models import Article, Block, Quote
from articles.parsing import Block as ContractBlock
from articles.parsing import ParsedArticle
from articles.search import PASSAGE_KINDS

from .factories import make_article, make_image, make_person, make_section

MACROS = "articles/includes/blocks.html"


def macros():
    return engines["jinja2"].env.get_template(MACROS).module


def test_block_kind_choices_are_the_declarations():
    assert [(kind.value, kind.label) for kind in Block.Kind] == [
        (kind.name, kind.label) for kind in BLOCK_KINDS.values()
    ]
    assert Block.Kind.QUOTE == "quote" and Block.Kind.QUOTE.label == "Pull quote"
    assert all(len(name) <= Block._meta.get_field("kind").max_length for name in BLOCK_KINDS)


def test_each_declaration_names_block_fields_the_body_editor_serves():
    model_fields = {field.name for field in Block._meta.get_fields()}
    for name, kind in BLOCK_KINDS.items():
        assert kind.fields and set(kind.fields) <= model_fields & set(BLOCK_CONTENT_FIELDS), name
        assert FIELDS_BY_KIND[name] == list(kind.fields)


def test_each_declaration_has_its_macro():
    module = macros()
    for kind in BLOCK_KINDS.values():
        assert callable(getattr(module, kind.macro, None)), f"{MACROS} has no macro {kind.macro!r}"


@pytest.fixture
def story_of_every_kind(db):
    """A story with one block of each kind, in the menu's order."""
    article = make_article(headline="Harbour reopens")
    other = make_article(headline="Storm closes the harbour", section=article.section)
    speaker = make_person(name="Ana Lima")
    photo = make_image(caption="The quay at dawn.", credit_line="Jo Moss, Coast Press")
    quote = Quote.objects.create(article=article, text="We are open again", speaker=speaker, context="on Monday")
    Block.objects.bulk_create([
        Block(article=article, kind="paragraph", position=1, text="Boats sailed at six & on time."),
        Block(article=article, kind="subhead", position=2, text="What changed"),
        Block(article=article, kind="quote", position=3, quote=quote),
        Block(article=article, kind="image", position=4, image=photo),
        Block(article=article, kind="related", position=5, link_article=other),
    ])
    return article


def test_each_macro_draws_its_kind(story_of_every_kind):
    article = any_story(story_of_every_kind.pk)
    html = render_blocks(article.page_blocks, macros())
    other = Article.objects.get(headline="Storm closes the harbour")
    drawn = [
        "<p>Boats sailed at six &amp; on time.</p>",
        '<h2 class="subhead">What changed</h2>',
        '<figure class="pull-quote">\n  <blockquote><p>We are open again</p></blockquote>',
        '<span class="caption">The quay at dawn.</span> <span class="credit">Jo Moss, Coast Press</span>',
        f'<span class="related-label">Related</span> <a href="{other.get_absolute_url()}">Storm closes the harbour</a>',
    ]
    assert all(part in html for part in drawn), html
    assert [html.index(part) for part in drawn] == sorted(html.index(part) for part in drawn)
    assert ">Ana Lima</a>, on Monday</figcaption>" in html


def test_each_kind_in_the_contract_is_exported_by_its_declaration(story_of_every_kind):
    body = export_article(story_of_every_kind)["body"]
    assert body == [
        {"type": "paragraph", "text": "Boats sailed at six & on time."},
        {"type": "subhead", "text": "What changed"},
        # The pull quote stays among the quotes: the contract has no such body block.
        {"type": "image", "caption": "The quay at dawn.", "credit": "Jo Moss, Coast Press",
         "photographer": None, "agency": None},
        {"type": "related", "title": "Storm closes the harbour"},
    ]


@pytest.mark.django_db
def test_a_block_of_a_kind_no_longer_declared_is_left_out_of_the_page(client):
    article = make_article()
    Block.objects.bulk_create([
        Block(article=article, kind="paragraph", position=1, text="Before the box."),
        Block(article=article, kind="retired", position=2, text="Old box text."),
        Block(article=article, kind="paragraph", position=3, text="After the box."),
    ])
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<p>Before the box.</p>\n<p>After the box.</p>" in html and "Old box text" not in html


def test_search_quotes_passages_from_the_kinds_marked_so():
    assert set(PASSAGE_KINDS) == {"paragraph", "subhead"}


# A kind that exists only in this test: a boxed note, drawn with the subhead macro.
CALLOUT = BlockKind(
    "callout", "Callout", fields=("text",), macro="subhead", short_name="Box",
    summary=lambda block: block.text.upper(),
    history_line=lambda block, rows: f"[Box] {block.text}",
    validate=lambda block: {} if len(block.text) <= 20 else {"text": "A callout is 20 characters at most."},
    to_contract=lambda block: blocks.contract_block("callout", block.text),
    from_contract=lambda parsed, targets: {"text": parsed.text.strip("!")},
)


@pytest.fixture
def callout(monkeypatch):
    monkeypatch.setitem(BLOCK_KINDS, "callout", CALLOUT)
    return CALLOUT


@pytest.mark.django_db
def test_a_registered_kind_is_handled_everywhere_by_its_declaration(callout):
    article = make_article(headline="Ferry news")
    block = Block.objects.create(article=article, kind="callout", position=1, text="Bring a coat")

    assert block_label(block) == "Box 1 — BRING A COAT"
    assert render_blocks([block], macros()) == '\n<h2 class="subhead">Bring a coat</h2>'
    assert "[Box] Bring a coat" in story_lines(state_of_article(article))
    assert export_article(article)["body"] == [{"type": "callout", "text": "Bring a coat"}]

    block.text = "Bring a coat, a hat and boots"
    with pytest.raises(ValidationError) as refused:
        block.clean()
    assert refused.value.message_dict == {"text": ["A callout is 20 characters at most."]}


@pytest.mark.django_db
def test_the_importer_builds_a_registered_kind_with_its_declaration(callout):
    parsed = ParsedArticle("Ferry news", body=[ContractBlock("paragraph", "Sailings resume."),
                                               ContractBlock("callout", "Bring a coat!")])
    article = import_article(parsed, section=make_section(), key="ferry").article
    assert list(article.blocks.values_list("kind", "text")) == [
        ("paragraph", "Sailings resume."), ("callout", "Bring a coat"),
    ]


@pytest.mark.django_db
def test_a_kind_outside_the_contract_is_refused_by_the_importer_and_nothing_is_written():
    section = make_section()
    for kind in ("quote", "video"):
        parsed = ParsedArticle("Ferry news", body=[ContractBlock("paragraph", "Sailings resume."),
                                                   ContractBlock(kind, "Something")])
        with pytest.raises(ArticleImportError, match=f"“{kind}” is not part of the article JSON contract"):
            import_article(parsed, section=section, key=f"ferry-{kind}")
    assert not Article.objects.filter(headline="Ferry news").exists()
