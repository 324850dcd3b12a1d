"""The real-paste scorer's measures (bench/score_pastes.py), on tiny texts written for these tests."""

from pathlib import Path

import pytest

from .benchscripts import load_bench_script


@pytest.fixture(scope="module")
def scorer():
    return load_bench_script("score_pastes")


TRUTH = {
    "headline": "Council approves new bridge",
    "paragraphs": [
        "The council voted on Tuesday. The bridge opens next year.",
        "Work starts in May.",
    ],
}

PASTE = """Menu
Home
Council approves new bridge
The council voted on Tuesday. The bridge opens next year.

Work starts in May.

Subscribe to our newsletter today.
All rights reserved.
"""


def paragraph(text):
    return {"type": "paragraph", "text": text}


def parse_of(*blocks, headline="Council approves new bridge"):
    return {"headline": headline, "body": list(blocks), "quotes": [], "people": [], "comment_count": None}


def test_text_key_ignores_quote_dash_space_and_soft_hyphen_forms(scorer):
    assert scorer.text_key("“Don’t — stop”\u00a0 now, said Ro\u00adsa.") == scorer.text_key(
        '"Don\'t - stop" now, said Rosa.')
    assert scorer.text_key("Two  words") == "two words"


def test_sentences_split_at_line_ends_and_after_closing_quotes(scorer):
    text = "He said “Go.” Then left! Menu\nSecond line"
    assert scorer.split_sentences(text) == ["He said “Go.”", "Then left!", "Menu", "Second line"]


def test_a_perfect_parse_keeps_the_story_and_drops_all_clutter(scorer):
    parsed = parse_of(paragraph(TRUTH["paragraphs"][0]), paragraph(TRUTH["paragraphs"][1]))
    scores = scorer.score_paste(PASTE, parsed, TRUTH)
    assert scores["kept"] == 1.0
    assert scores["clutter_dropped"] == 1.0
    assert scores["headline"] is True
    assert scores["story_sentences"] == 3


def test_kept_clutter_is_weighed_by_its_characters(scorer):
    parsed = parse_of({"type": "subhead", "text": "Subscribe to our newsletter today"},
                      paragraph(TRUTH["paragraphs"][0]), paragraph(TRUTH["paragraphs"][1]))
    scores = scorer.score_paste(PASTE, parsed, TRUTH)
    clutter = ["menu", "home", "subscribe to our newsletter today", "all rights reserved"]
    assert scores["clutter_chars"] == sum(map(len, clutter))
    assert scores["clutter_dropped"] == pytest.approx(1 - len(clutter[2]) / sum(map(len, clutter)))
    assert scores["clutter_blocks"] == {"subhead": 1}


def test_dropped_story_sentences_count_against_kept_and_say_where_they_went(scorer):
    parsed = parse_of(paragraph(TRUTH["paragraphs"][0]),
                      {"type": "image", "caption": "Work starts in May.", "credit": None,
                       "photographer": None, "agency": None})
    scores = scorer.score_paste(PASTE, parsed, TRUTH)
    assert scores["kept"] == pytest.approx(2 / 3)
    assert scores["dropped_as"] == {"caption": 1}


def test_the_standfirst_kept_as_the_summary_is_kept_text(scorer):
    # (clutter is measured on the body's paragraphs and subheads, as the headline is left out of it)
    first, second = TRUTH["paragraphs"]
    parsed = dict(parse_of(paragraph(second)), dek=first)
    assert scorer.score_paste(PASTE, parsed, TRUTH)["kept"] == 1.0
    assert scorer.score_paste(PASTE, parse_of(paragraph(second)), TRUTH)["kept"] == pytest.approx(1 / 3)
    scores = scorer.score_paste(PASTE, dict(parse_of(paragraph(first), paragraph(second)),
                                            dek="Subscribe to our newsletter today."), TRUTH)
    assert scores["clutter_dropped"] == 1.0


def test_repair_puts_the_truth_right_as_well_as_the_paste(scorer, tmp_path):
    # the benchmarks' truths hold their pages' mis-decoded characters: a repaired story holds
    # none, and its sentences must still be found, and its clutter still counted
    import json
    from types import SimpleNamespace

    folder = tmp_path / "corpus" / "mine"
    folder.mkdir(parents=True)
    truth = {"headline": "Council approves new bridge",
             "paragraphs": ["The bridge costs Â£5m. It opens next year.", "Work starts in May."]}
    (folder / "a.truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (folder / "a.region.txt").write_text(
        "Council approves new bridge\nThe bridge costs Â£5m. It opens next year.\n\nWork starts in May.\n\n"
        "Â© Harbor Gazette\n", encoding="utf-8")

    def parse(text):  # keeps every line but the headline, so the copyright line is clutter kept
        lines = [line for line in text.splitlines()[1:] if line]
        body = [paragraph(line) for line in lines]
        return SimpleNamespace(to_dict=lambda: parse_of(*body), dek=None)

    def repair(text):
        return text.replace("Â£", "£").replace("Â©", "©")

    [record] = scorer.score_corpus(tmp_path / "corpus", ["region"], parse=parse, repair=repair)
    assert (record["in_paste"], record["kept"], record["story_sentences"]) == (1.0, 1.0, 3)
    assert record["clutter_dropped"] == 0.0


def test_a_story_line_taken_as_the_headline_is_kept(scorer):
    truth = {"headline": None, "paragraphs": ["Council approves new bridge", *TRUTH["paragraphs"]]}
    parsed = parse_of(paragraph(TRUTH["paragraphs"][0]), paragraph(TRUTH["paragraphs"][1]))
    assert scorer.score_paste(PASTE, parsed, truth)["kept"] == 1.0
    assert scorer.score_paste(PASTE, parse_of(paragraph(TRUTH["paragraphs"][0]), paragraph(TRUTH["paragraphs"][1]),
                                              headline=None), truth)["kept"] == pytest.approx(3 / 4)


def test_clutter_merged_into_a_story_paragraph_counts_only_its_clutter(scorer):
    merged = "Menu Home " + TRUTH["paragraphs"][0]
    parsed = parse_of(paragraph(merged), paragraph(TRUTH["paragraphs"][1]))
    scores = scorer.score_paste(PASTE, parsed, TRUTH)
    assert scores["kept"] == 1.0
    assert scores["clutter_kept_chars"] == len("menu") + len("home")


def test_repeated_clutter_lines_count_once_per_copy_kept(scorer):
    paste = "Share\n" + PASTE + "Share\n"
    parsed = parse_of({"type": "subhead", "text": "Share"},
                      paragraph(TRUTH["paragraphs"][0]), paragraph(TRUTH["paragraphs"][1]))
    scores = scorer.score_paste(paste, parsed, TRUTH)
    assert scores["clutter_kept_chars"] == len("share")
    assert scores["clutter_chars"] == 2 * len("share") + len("menuhome") + 33 + 19


def test_story_sentences_missing_from_the_paste_are_not_counted(scorer):
    paste = "Council approves new bridge\nThe council voted on Tuesday. The bridge opens next year.\n"
    parsed = parse_of(paragraph(TRUTH["paragraphs"][0]))
    scores = scorer.score_paste(paste, parsed, TRUTH)
    assert scores["story_sentences"] == 2
    assert scores["in_paste"] == pytest.approx(2 / 3)
    assert scores["kept"] == 1.0
    assert scores["clutter_dropped"] is None


def test_headline_right_on_equal_words_or_close_overlap(scorer):
    assert scorer.score_headline("Council Approves New Bridge!", "Council approves new bridge") is True
    assert scorer.score_headline("Council approves the new bridge", "Council approves new bridge") is True
    assert scorer.score_headline("Council approves", "Council approves new bridge") is False
    assert scorer.score_headline("Most viewed", "Council approves new bridge") is False
    assert scorer.score_headline(None, "Council approves new bridge") is False
    assert scorer.score_headline("Anything", None) is None


def test_a_headline_paragraph_in_the_truth_is_not_a_story_sentence(scorer):
    keys = scorer.story_sentences(["Council approves new bridge", "Work starts."],
                                  headline="Council approves new bridge")
    assert keys == ["work starts"]


def test_summary_means_per_variant_and_missed_targets(scorer):
    good = scorer.score_paste(PASTE, parse_of(paragraph(TRUTH["paragraphs"][0]),
                                              paragraph(TRUTH["paragraphs"][1])), TRUTH)
    poor = scorer.score_paste(PASTE, parse_of(paragraph(TRUTH["paragraphs"][0]), paragraph("Menu"),
                                              headline=None), TRUTH)
    records = [dict(good, corpus="a", id="1", variant="region", seconds=0.1, chars=10),
               dict(poor, corpus="a", id="2", variant="region", seconds=0.3, chars=10),
               {"corpus": "a", "id": "3", "variant": "region", "seconds": 0.0, "chars": 0,
                "error": "ParseError: empty"}]
    summary = scorer.summarise(records)
    row = summary["all/region"]
    assert row["kept"] == pytest.approx((1 + 2 / 3) / 2, abs=0.001)
    assert row["headline"] == 0.5
    assert row["errors"] == 1
    assert row["parse_max_s"] == 0.3
    missed = scorer.missed_targets(summary)
    assert any(line.startswith("region: kept") for line in missed)
    assert "region: 1 pastes failed to parse" in missed
    assert scorer.worst(records, 1)[0]["id"] == "3"
    assert "1/3 story sentences dropped" in scorer.describe(records[1])


def test_halves_take_alternate_pages_of_each_corpus(scorer):
    paths = [Path(f"pastes/{corpus}/{name}.truth.json") for corpus in ("a", "b") for name in "pqr"]
    even, odd = scorer.select_half(paths, "even"), scorer.select_half(paths, "odd")
    assert [p.stem for p in even] == ["p.truth", "r.truth", "p.truth", "r.truth"]
    assert [p.stem for p in odd] == ["q.truth", "q.truth"]
    assert scorer.select_half(paths, None) == paths


# An annotated page in the L3S-GN1 form, written for this test: the assessors' labels are spans.
ANNOTATED = """<html><head><title>Harbor Gazette</title><style>.x-nc-sel2 { color: black }</style></head><body>
<div class="menu"><span class="x-nc-sel0">Home</span> <span class="x-nc-sel0">Sport</span></div>
<h1><span class="x-nc-sel1">Council approves new bridge</span></h1>
<span class="x-nc-sel3">March 4, 2031</span><img class="x-nc-invisible" src="x.gif">
<span class="x-nc-sel2"><p><span class="x-nc-sel2">The council voted on Tuesday.</span> <span class="x-nc-sel2">
The bridge opens next year.</span></p></span>
<p><span class="x-nc-sel2">Work starts in May.</span></p>
<div class="x-nc-invisible"><p><span class="x-nc-sel2">Hidden text the page never shows.</span></p></div>
<p><span class="x-nc-sel4">Ferry fares rise</span></p><p><span class="x-nc-sel5">Great news!</span></p>
<script>var x = "<p>not text</p>";</script>
</body></html>"""


@pytest.fixture(scope="module")
def builder():
    return load_bench_script("build_paste_corpus")


def test_the_builder_reads_the_headline_and_full_text_of_an_annotated_news_page(builder):
    headline, paragraphs = builder.l3s_truth(ANNOTATED)
    assert headline == "Council approves new bridge"
    assert paragraphs == ["The council voted on Tuesday. The bridge opens next year.", "Work starts in May."]


def test_the_builder_pairs_each_annotated_page_with_its_original(builder, tmp_path):
    for folder, text in (("annotated", ANNOTATED), ("original", "<html><body>the page</body></html>")):
        (tmp_path / "set" / folder).mkdir(parents=True)
        (tmp_path / "set" / folder / "0a1b2c3d-4e5f-6a7b-8c9d.html").write_text(text, encoding="utf-8")
    (tmp_path / "set" / "annotated" / "no-original.html").write_text(ANNOTATED, encoding="utf-8")
    pages = list(builder.l3s_pages(builder.Repository(tmp_path)))
    assert [(key, html, titles) for key, html, _, titles in pages] == [
        ("0a1b2c3d-4e5f-6a", b"<html><body>the page</body></html>", ["Council approves new bridge"])]
    assert pages[0][2](None)[1] == "Work starts in May."


def test_a_page_in_utf8_is_rendered_as_utf8_whatever_it_declares(builder):
    declared_wrong = "<html><head><meta charset=iso-8859-1></head><p>It’s late.</p></html>".encode()
    assert builder.with_utf8_declared(declared_wrong).startswith(b'<html><head><meta charset="utf-8"><meta charset=')
    # a page in another encoding, or in plain ASCII, is left as it is
    latin = "<html><head></head><p>Caf\xe9</p></html>".encode("latin-1")
    assert builder.with_utf8_declared(latin) == latin
    assert builder.with_utf8_declared(b"<p>Plain</p>") == b"<p>Plain</p>"
    assert builder.with_utf8_declared("<p>’</p>".encode()) == '<meta charset="utf-8"><p>’</p>'.encode()


def test_people_sample_lists_the_names_a_paste_files_and_what_a_change_took_away(tmp_path, capsys):
    import json

    people_sample = load_bench_script("people_sample")
    corpus = tmp_path / "corpus" / "mine"
    corpus.mkdir(parents=True)
    (corpus / "a.truth.json").write_text(json.dumps(TRUTH), encoding="utf-8")
    (corpus / "a.region.txt").write_text(
        "Council approves new bridge\n\nBy Jo Li\n\n“Work starts in May,” said Mayor Ana Lima.\n", encoding="utf-8")
    saved = tmp_path / "names.json"
    assert people_sample.main(["--corpus", str(tmp_path / "corpus"), "--seed", "2", "--save", str(saved)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 names on 1 pastes with any (2.0 a paste)")
    assert "  Ana Lima    (mine/a)\n" in out and "  Jo Li    (mine/a)\n" in out
    assert json.loads(saved.read_text(encoding="utf-8")) == [["mine/a", "Ana Lima"], ["mine/a", "Jo Li"]]
    (corpus / "a.region.txt").write_text(
        "Council approves new bridge\n\n“Work starts in May,” said Mayor Ana Lima of New York.\n", encoding="utf-8")
    people_sample.main(["--corpus", str(tmp_path / "corpus"), "--sample", "0", "--compare", str(saved)])
    out = capsys.readouterr().out
    assert out.endswith(f"since {saved}: 1 gone, 0 come\n  - Jo Li    (mine/a)\n")
