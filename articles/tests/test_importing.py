from pathlib import Path

import pytest
from django.conf import settings

from articles.importing import (
    ArticleImportError, EditedSinceImport, export_article, import_article, import_article_file, read_article_text,
)
from articles.models import Article, Block, Image, Mention, Quote
from articles.parsing import parse_article
from people.models import Organization, Person

from .factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
SEED_TEXT = FIXTURES / "seed-article.txt"
SAMPLES = sorted((FIXTURES / "samples").glob("*.txt"))


def without_headline(data):
    # The seed fixture is built from the gold parse, which has no confidences; compare the rest.
    quotes = [{"text": q["text"], "speaker": q["speaker"]} for q in data["quotes"]]
    return {key: value for key, value in data.items() if key != "headline"} | {"quotes": quotes}


def test_importing_the_seed_text_matches_the_seed_fixture(seed):
    fixture_export = export_article(seed)
    seed.source_key = "fixture-copy"
    seed.save()
    result = import_article_file(SEED_TEXT, section=seed.section.path, key="seed-reimport")
    imported = export_article(result.article)
    assert without_headline(imported) == without_headline(fixture_export)
    # People were reused, not duplicated.
    assert Person.objects.filter(name="Yevhen Titov").count() == 1


def test_import_then_export_round_trips_the_parse(tmp_path):
    for path in SAMPLES + [SEED_TEXT]:
        parsed = parse_article(path.read_text(encoding="utf-8")).to_dict()
        result = import_article_file(path)
        exported = export_article(result.article)
        if parsed["headline"]:
            assert exported == parsed, path.name
        else:
            assert without_headline(exported) == without_headline(parsed), path.name


def test_reimporting_the_same_file_updates_the_same_story():
    first = import_article_file(SEED_TEXT)
    counts = [model.objects.count() for model in (Article, Block, Quote, Mention, Person, Organization, Image)]
    second = import_article_file(SEED_TEXT)
    assert second.article.pk == first.article.pk and not second.created
    assert [model.objects.count() for model in (Article, Block, Quote, Mention, Person, Organization, Image)] == counts


def test_people_already_in_the_cms_are_reused():
    text = SEED_TEXT.read_text(encoding="utf-8")
    parsed = parse_article(text)
    existing = make_person(name=parsed.people[0].name.upper())
    import_article(parsed, key="k")
    assert Person.objects.filter(normalized_name=existing.normalized_name).count() == 1
    assert Mention.objects.filter(person=existing).exists()


def test_related_link_points_at_a_story_with_that_title():
    parsed = parse_article(SEED_TEXT.read_text(encoding="utf-8"))
    title = next(b.text for b in parsed.body if b.kind == "related")
    target = make_article(headline=title.replace("’", "'"))
    article = import_article(parsed, key="k").article
    block = article.blocks.filter(kind="related").order_by("position").first()
    assert block.link_article == target and block.link_title == title


def test_a_failure_midway_leaves_the_database_as_it_was(monkeypatch):
    section = make_section()
    before = [model.objects.count() for model in (Article, Block, Quote, Mention, Person, Organization, Image)]

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("articles.importing.find_or_create_image", broken)
    with pytest.raises(RuntimeError):
        import_article_file(SEED_TEXT, section=section.path)
    after = [model.objects.count() for model in (Article, Block, Quote, Mention, Person, Organization, Image)]
    assert after == before


def test_a_story_edited_since_import_is_not_overwritten_without_force():
    article = import_article_file(SEED_TEXT).article
    article.headline = "An editor's better headline"
    article.save()
    with pytest.raises(EditedSinceImport, match="edited after its last import"):
        import_article_file(SEED_TEXT)
    article.refresh_from_db()
    assert article.headline == "An editor's better headline"
    result = import_article_file(SEED_TEXT, force=True)
    assert result.article.pk == article.pk and result.warnings
    from reversion.models import Version

    kept = [v.field_dict["headline"] for v in Version.objects.get_for_object(article)]
    assert "An editor's better headline" in kept


def test_unknown_section_is_a_clear_error():
    with pytest.raises(ArticleImportError, match="no section"):
        import_article_file(SEED_TEXT, section="no-such-section")


def test_captions_become_images_awaiting_their_photo_with_credit():
    article = import_article_file(SEED_TEXT).article
    image = article.blocks.get(kind="image").image
    assert image.is_awaiting_photo
    assert image.credit == image.credit_line and image.photographer and image.agency
    assert image.agency.kind == Organization.Kind.NEWS_AGENCY


def test_seed_fixture_ties_each_quote_to_the_paragraph_that_holds_it(seed):
    for quote in seed.quotes.select_related("block"):
        opening = " ".join(quote.text.split()[:6])
        assert opening in quote.block.text, (quote.text, quote.block.text)


def test_imported_quotes_are_tied_to_the_paragraph_that_holds_them():
    for path in SAMPLES[:6] + [SEED_TEXT]:
        article = import_article_file(path).article
        for quote in article.quotes.select_related("block"):
            opening = " ".join(quote.text.split()[:4])
            assert quote.block is not None and opening in quote.block.text, (path.name, quote.text)


def test_a_by_line_becomes_the_story_byline(tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text(
        "Harbor bridge reopens\n\nBy Ana Ruiz and Tom Hale\n\nThe bridge reopened on Monday, the city said.\n",
        encoding="utf-8",
    )
    article = import_article_file(path).article
    assert [b.person.name for b in article.bylines.order_by("position")] == ["Ana Ruiz", "Tom Hale"]
    import_article_file(path)
    assert article.bylines.count() == 2 and Person.objects.filter(name="Ana Ruiz").count() == 1


def test_a_person_named_in_two_spellings_that_fold_alike_is_one_mention_and_one_byline(tmp_path):
    path = tmp_path / "chair.txt"
    path.write_text(
        "Harbor board names new chair\n\nBy Ana Lima and ANA LIMA\n\n"
        "The harbor board named José Ruiz its chair on Monday, said Jo Park, the board secretary.\n\n"
        "“We need a steady hand,” said José Ruiz.\n\n“It is a big job,” said Jose Ruiz.\n",
        encoding="utf-8",
    )
    parsed = parse_article(path.read_text(encoding="utf-8"))
    assert {"José Ruiz", "Jose Ruiz"} <= {person.name for person in parsed.people}  # (the parser keeps both)
    article = import_article_file(path).article
    # (in the order the story first names them: "José" is a given name with or without its accent)
    assert list(Mention.objects.filter(article=article).values_list("person__name", flat=True)) == [
        "José Ruiz", "Jo Park"]
    assert [b.person.name for b in article.bylines.all()] == ["Ana Lima"]
    assert set(Quote.objects.filter(article=article).values_list("speaker__name", flat=True)) == {"José Ruiz"}


def test_lines_longer_than_their_fields_are_cut_to_fit_with_an_ellipsis():
    # A headline, a related title, a photo's credit and its agency as long as a line of a paste
    # may be: the database (PostgreSQL) would refuse them whole.
    from articles.parsing import from_dict

    long = "Harbor " * 80
    parsed = from_dict({
        "headline": long, "comment_count": None, "quotes": [], "people": [],
        "body": [{"type": "paragraph", "text": "The first boat leaves the north pier at six, the port said."},
                 {"type": "related", "title": long},
                 {"type": "image", "caption": "The quay at dawn.", "credit": long, "photographer": None,
                  "agency": long}],
    })
    article = import_article(parsed, key="long-lines").article
    limits = {name: model._meta.get_field(field).max_length for name, model, field in [
        ("headline", Article, "headline"), ("related", Block, "link_title"), ("credit", Image, "credit_line"),
        ("agency", Organization, "name")]}
    image = Image.objects.get()
    assert limits["headline"] - 7 <= len(article.headline) <= limits["headline"]
    assert article.headline.endswith(" Harbor…")
    assert limits["related"] - 7 <= len(article.blocks.get(kind="related").link_title) <= limits["related"]
    assert len(image.credit_line) <= limits["credit"] and len(image.agency.name) <= limits["agency"]
    assert image.credit_line.endswith(" Harbor…") and image.agency.name.endswith(" Harbor…")
    # the same credit again finds the same photo
    import_article(parsed, key="long-lines-again")
    assert Image.objects.count() == 1
    with pytest.raises(ArticleImportError, match="a headline may have 300 at most"):
        import_article(parsed, key="long-lines-given", headline=long)


def test_the_standfirst_under_the_headline_becomes_the_summary(tmp_path):
    path = tmp_path / "ferries.txt"
    path.write_text(
        "Ferries go back to winter hours\n\nThe change saves the port two crews a day.\n\nBy Ana Ruiz\n\n"
        "The first boat leaves the north pier at six, the port said.\n\nTickets stay valid until May.\n",
        encoding="utf-8",
    )
    article = import_article_file(path).article
    assert article.dek == "The change saves the port two crews a day."
    assert [block.text for block in article.blocks.order_by("position")] == [
        "The first boat leaves the north pier at six, the port said.", "Tickets stay valid until May.",
    ]
    # A summary the caller gives wins; an empty one means none.
    parsed = parse_article(path.read_text(encoding="utf-8"))
    assert import_article(parsed, dek="Winter hours from Monday.", key="given").article.dek == "Winter hours from Monday."
    assert import_article(parsed, dek="", key="none").article.dek == ""


def test_read_article_text_reads_only_regular_files_without_nul(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes("The council voted.\n".encode() * 1000)
    assert read_article_text(good)[0].startswith("The council voted.")
    late_nul = tmp_path / "late-nul.txt"
    late_nul.write_bytes(good.read_bytes() + b"\x00\n")
    link = tmp_path / "link.txt"
    link.symlink_to(good)
    refusals = {late_nul: "has a NUL byte at byte 19,000", link: "is a symbolic link", tmp_path: "is a directory"}
    for path, reason in refusals.items():
        with pytest.raises(ArticleImportError, match=reason) as info:
            read_article_text(path)
        assert str(info.value).startswith(f"{path}: ")


@pytest.mark.parametrize("text", [
    "Straße, naïve, café, “quotes” and ‘marks’ — £5, €3, ½",
    "日本語の記事。「港」の話", "Фото: новый паром", "ｆｕｌｌ ｗｉｄｔｈ", "AT&amp;T", "În Râmnicu Vâlcea și Târgu Mureș", "ÂNGELO LIMA",
])
def test_clean_text_is_not_repaired(text):
    from articles.encoding import repair_mis_decoding

    assert repair_mis_decoding(text) == (text, False)


def test_mis_decoded_runs_are_put_right():
    from articles.encoding import repair_mis_decoding

    from .factories import MOJIBAKE_STORY, mis_decoded

    assert repair_mis_decoding(mis_decoded(MOJIBAKE_STORY)) == (MOJIBAKE_STORY, True)
