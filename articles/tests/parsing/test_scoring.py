import copy

import pytest

from articles.parsing.scoring import (
    TARGETS,
    align,
    format_scores,
    missed_targets,
    normalize_text,
    quote_texts_match,
    score_article,
)

GOLD = {
    "headline": "Council passes budget",
    "body": [
        {"type": "paragraph", "text": "The council voted 5-2 on Tuesday."},
        {"type": "subhead", "text": "What comes next"},
        {"type": "paragraph", "text": "“We are ready,” Mayor Ana Lima said."},
        {"type": "related", "title": "Older story"},
        {"type": "image", "caption": "The council chamber.", "credit": "Omar Reyes, Reuters",
         "photographer": "Omar Reyes", "agency": "Reuters"},
    ],
    "quotes": [{"text": "We are ready", "speaker": "Ana Lima"}],
    "people": [{"name": "Ana Lima", "role": "Mayor"}, {"name": "Omar Reyes", "role": None}],
    "comment_count": 3,
}


def predicted(**changes):
    data = copy.deepcopy(GOLD)
    data.update(changes)
    return data


def test_perfect_match_scores_one_everywhere():
    scores = score_article(predicted(), GOLD)
    for key in ("blocks_precision", "blocks_recall", "blocks_f1", "quotes_f1", "speaker_accuracy", "people_f1"):
        assert scores[key] == 1.0
    assert scores["comment_count_exact"] is True
    assert scores["furniture_leaked"] == 0
    assert missed_targets(scores) == []


def test_leaked_block_lowers_precision_and_counts_as_furniture():
    body = GOLD["body"][:2] + [{"type": "paragraph", "text": "Advertisement"}] + GOLD["body"][2:]
    scores = score_article(predicted(body=body), GOLD)
    assert scores["blocks_precision"] == pytest.approx(5 / 6)
    assert scores["blocks_recall"] == 1.0
    assert scores["furniture_leaked"] == 1
    assert "furniture_leaked" in missed_targets(scores)


def test_split_paragraph_counts_against_both_sides():
    body = [{"type": "paragraph", "text": "The council voted"}, {"type": "paragraph", "text": "5-2 on Tuesday."}]
    scores = score_article(predicted(body=body + GOLD["body"][1:]), GOLD)
    assert scores["blocks_recall"] == pytest.approx(4 / 5)
    assert scores["furniture_leaked"] == 2


def test_block_order_is_respected():
    body = [GOLD["body"][2], GOLD["body"][0]] + GOLD["body"][1:2] + GOLD["body"][3:]
    assert score_article(predicted(body=body), GOLD)["blocks_recall"] < 1.0


def test_images_match_on_caption_and_credit_only():
    body = copy.deepcopy(GOLD["body"])
    body[4]["photographer"] = None
    assert score_article(predicted(body=body), GOLD)["blocks_f1"] == 1.0
    body[4]["credit"] = "Reuters"
    assert score_article(predicted(body=body), GOLD)["blocks_f1"] < 1.0


def test_texts_are_compared_after_nfc_and_whitespace_collapse():
    body = copy.deepcopy(GOLD["body"])
    body[0]["text"] = "The  council voted\n5-2 on Tuesday. "
    assert score_article(predicted(body=body), GOLD)["blocks_f1"] == 1.0
    assert normalize_text("Jose\u0301  x") == "José x"


def test_wrong_speaker_lowers_speaker_accuracy_only():
    scores = score_article(predicted(quotes=[{"text": "We are ready", "speaker": "Omar Reyes"}]), GOLD)
    assert scores["quotes_f1"] == 1.0
    assert scores["speaker_accuracy"] == 0.0
    assert missed_targets(scores) == ["speaker_accuracy"]


def test_null_speakers_on_both_sides_agree():
    gold = predicted(quotes=[{"text": "a major step", "speaker": None}])
    assert score_article(gold, gold)["speaker_accuracy"] == 1.0


@pytest.mark.parametrize("a, b, expected", [
    ("We are ready", "We are ready", True),
    ("We are ready,", "We are ready", True),
    ("We are ready.", "We are ready", True),
    ("We are ready", "We are ready for anything the storm brings", False),
    ("We are", "They are", False),
])
def test_quote_texts_match_tolerates_small_containment_differences(a, b, expected):
    assert quote_texts_match(a, b) is expected


def test_missing_quote_lowers_quote_recall():
    scores = score_article(predicted(quotes=[]), GOLD)
    assert scores["quotes_recall"] == 0.0
    assert scores["quotes_f1"] == 0.0


def test_people_f1_compares_names():
    scores = score_article(predicted(people=[{"name": "Ana Lima", "role": None},
                                             {"name": "Riverton Council", "role": None}]), GOLD)
    assert scores["people_precision"] == 0.5
    assert scores["people_recall"] == 0.5


def test_comment_count_must_be_exact():
    assert score_article(predicted(comment_count=None), GOLD)["comment_count_exact"] is False
    zero = predicted(comment_count=0)
    assert score_article(zero, zero)["comment_count_exact"] is True


def test_empty_articles_score_perfectly():
    empty = {"headline": None, "body": [], "quotes": [], "people": [], "comment_count": None}
    assert missed_targets(score_article(empty, empty)) == []


def test_align_keeps_order():
    assert align("abcd", "acbd", lambda x, y: x == y) in ([(0, 0), (1, 2), (3, 3)], [(0, 0), (2, 1), (3, 3)])


def test_format_scores_prints_every_figure_and_the_verdict():
    scores = score_article(predicted(quotes=[{"text": "We are ready", "speaker": None}]), GOLD)
    text = format_scores(scores, label="sample.txt")
    assert text.startswith("sample.txt")
    assert "speaker accuracy     0.000" in text
    assert "MISSED: speaker_accuracy" in text
    assert "should be 'Ana Lima'" in text


def test_targets_are_the_agreed_ones():
    assert TARGETS == {"blocks_f1": 0.97, "quotes_f1": 0.95, "speaker_accuracy": 0.90,
                       "comment_count_exact": True, "furniture_leaked": 0}
