"""How sure each attribution is: the rule that named the speaker, through RULE_CONFIDENCE."""

import pytest

from articles.parsing import parse_article
from articles.parsing.confidence import RULE_CONFIDENCE

from ..benchscripts import load_bench_script

INTRO = "Mayor Jane Doe met Council President Robert Roe on Monday.\n\n"


def confidences(body):
    return [(q.speaker, q.confidence) for q in parse_article("Council meets\n\n" + body).quotes]


@pytest.mark.parametrize("text, speaker, rule", [
    ("“We are ready,” Doe said.", "Jane Doe", "name beside the quote"),
    ("“We are ready,” said Robert Roe.", "Robert Roe", "name beside the quote"),
    ("“We are ready,” according to Roe.", "Robert Roe", "name beside the quote"),
    ("“We are ready,” Doe’s aide, Mark Bell, said.", "Mark Bell", "name in apposition"),
    ("“We are ready.” Roe made the promise on Tuesday.", "Robert Roe", "named in the next sentence"),
    ("Roe toured the site and said the city was “ready.”", "Robert Roe", "subject of the clause"),
    ("Doe was blunt: “We are ready.”", "Jane Doe", "subject before a colon"),
    ("“We are ready,” the mayor said.", "Jane Doe", "title, holder named before"),
    ("Doe spoke first. “We are ready,” she said.", "Jane Doe", "pronoun, same paragraph"),
    ("“We are ready,” a city spokesperson said.", None, "an unnamed subject"),
    ("A sign on the door read “Closed until further notice.”", None, "an unnamed subject"),
    ("“We are ready,” the company said in a statement.", None, "no person in the subject"),
    ("“We are ready,” Acme said in a statement.", None, "a name the story never introduced"),
    ("The report, titled “Ready or Not,” was released Monday.", None, "unattributed"),
])
def test_each_rule_gives_its_confidence(text, speaker, rule):
    assert confidences(INTRO + text) == [(speaker, RULE_CONFIDENCE[rule])]


def test_a_pronoun_loses_confidence_with_each_paragraph_back_to_its_antecedent():
    story = (INTRO + "Doe spoke first on the budget.\n\n“It adds up,” she said.\n\n"
             "The council then turned to roads.\n\nThe debate ran late into the evening.\n\n"
             "“We will fix them,” she said.")
    assert confidences(story) == [
        ("Jane Doe", RULE_CONFIDENCE["pronoun, paragraph before"]),
        # Her own quote three paragraphs up is the last mention of her.
        ("Jane Doe", RULE_CONFIDENCE["pronoun, further back"]),
    ]


def test_a_quote_sharing_its_paragraph_s_attribution_is_no_surer_than_that_attribution():
    near = confidences(INTRO + "The city is “ready” and “able,” Doe said.")
    assert near == [("Jane Doe", RULE_CONFIDENCE["another quote in the paragraph"]),
                    ("Jane Doe", RULE_CONFIDENCE["name beside the quote"])]
    far = confidences(INTRO + "Doe spoke.\n\nRoads came up.\n\nThen schools.\n\n"
                      "The city is “ready” and “able,” she said.")
    assert far == [("Jane Doe", RULE_CONFIDENCE["pronoun, further back"])] * 2


def test_a_paragraph_of_only_a_quote_carries_on_the_last_speaker_with_less_confidence():
    story = INTRO + "“We are ready,” Doe said.\n\n“The roads come first.”"
    assert confidences(story)[1] == ("Jane Doe", RULE_CONFIDENCE["carried over from the paragraph before"])


def test_the_table_is_ordered_as_its_rules_promise():
    assert RULE_CONFIDENCE["unattributed"] == 0
    assert all(0 <= value <= 1 for value in RULE_CONFIDENCE.values())
    assert RULE_CONFIDENCE["name beside the quote"] >= 0.9
    assert (RULE_CONFIDENCE["pronoun, same paragraph"] > RULE_CONFIDENCE["pronoun, paragraph before"]
            > RULE_CONFIDENCE["pronoun, further back"])


def test_confidence_is_in_the_json_form_and_optional_for_scorers():
    data = parse_article("Council meets\n\n" + INTRO + "“We are ready,” Doe said.").to_dict()
    assert data["quotes"] == [{"text": "We are ready", "speaker": "Jane Doe", "confidence": 0.95}]


@pytest.fixture(scope="module")
def bench():
    return load_bench_script("score_confidence")


def test_the_benchmark_counts_wrong_attributions_flagged_and_right_ones_left_alone(bench, tmp_path):
    text = tmp_path / "story.txt"
    text.write_text("Council meets\n\n" + INTRO + "“We are ready,” Doe said.\n\n“No,” Acme said.\n",
                    encoding="utf-8")
    gold = tmp_path / "story.json"
    gold.write_text('{"quotes": [{"text": "We are ready", "speaker": "Jane Doe"},'
                    ' {"text": "No", "speaker": "Jane Doe"}]}', encoding="utf-8")
    outcomes = bench.paired_outcomes(text.read_text(encoding="utf-8"), gold)
    assert [(confidence, right) for confidence, right, *_ in outcomes] == [(0.95, True), (0.3, False)]
    assert bench.shares(outcomes, 0.6) == (1.0, 1.0, 1)
    assert bench.shares(outcomes, 0.2) == (0.0, 1.0, 0)


def test_the_benchmark_leaves_out_one_prose_paragraph_at_a_time(bench):
    prose = [f"Paragraph {n} says enough to count as story prose here, surely." for n in range(3)]
    text = "Title\n\n" + "\n\n".join(prose)
    variants = list(bench.without_one_paragraph(text + "\n\n“A quote paragraph that stays in every variant.”"))
    assert len(variants) == 3
    assert all("A quote paragraph" in variant and variant.startswith("Title") for variant in variants)
