"""Question-and-answer interviews: the sides, the interviewee, and "I"/"you" in the turns."""

import pytest

from articles.parsing import parse_article
from articles.parsing.confidence import RULE_CONFIDENCE

INTRO = "Dana Whitfield has run the city’s food bank for 12 years. She spoke to Sam Ortiz about the winter.\n\n"
TURNS = [
    ("You once said “never again.” How did it start?",
     "With a leak. I told the board, “We will rebuild.”"),
    ("What next?", "More volunteers, I hope."),
]
LEADS = {
    "letters": ("Q: ", "A: "),
    "letters with stops": ("Q. ", "A. "),
    "words": ("Question: ", "Answer: "),
    "surnames": ("Ortiz: ", "Whitfield: "),
    "full names": ("Sam Ortiz: ", "Dana Whitfield: "),
    "initials": ("SO: ", "DW: "),
}


def interview(ask, answer, intro=INTRO):
    turns = "\n\n".join(f"{ask}{question}\n\n{answer}{reply}" for question, reply in TURNS)
    return parse_article("Feeding the city\n\n" + intro + turns)


@pytest.mark.parametrize("ask, answer", LEADS.values(), ids=LEADS.keys())
def test_the_interviewee_is_a_person_and_speaks_as_i_in_answers_and_you_in_questions(ask, answer):
    parsed = interview(ask, answer)
    assert ("Dana Whitfield", "interviewee") in [(p.name, p.role) for p in parsed.people]
    assert "Sam Ortiz" in [p.name for p in parsed.people]
    assert [(q.text, q.speaker, q.confidence) for q in parsed.quotes] == [
        ("never again.", "Dana Whitfield", RULE_CONFIDENCE["you, in a question"]),
        ("We will rebuild.", "Dana Whitfield", RULE_CONFIDENCE["I, in the interviewee's answer"]),
    ]


@pytest.mark.parametrize("ask, answer", [LEADS["letters"], LEADS["letters with stops"], LEADS["words"]])
def test_a_question_and_its_answer_on_lines_one_under_the_other_are_two_turns(ask, answer):
    # Each pair set apart by a blank line, the answer on the line under its question.
    turns = "\n\n".join(f"{ask}{question}\n{answer}{reply}" for question, reply in TURNS)
    parsed = parse_article("Feeding the city\n\n" + INTRO + turns + "\n\nThe food bank opens at nine.")
    assert [block.text for block in parsed.body[1:5]] == [
        f"{ask}{TURNS[0][0]}", f"{answer}{TURNS[0][1]}", f"{ask}{TURNS[1][0]}", f"{answer}{TURNS[1][1]}"]
    assert ("Dana Whitfield", "interviewee") in [(p.name, p.role) for p in parsed.people]


def test_a_line_opening_on_a_letter_and_a_stop_inside_a_paragraph_is_no_turn():
    text = "Feeding the city\n\nThe vote passed on Monday.\nA. Ruiz, the treasurer, abstained.\n\nIt ends in May."
    assert parse_article(text).body[0].text == "The vote passed on Monday. A. Ruiz, the treasurer, abstained."


def test_an_introduction_without_cues_still_names_the_interviewee_of_a_q_and_a():
    # "Mirela Vancu" has no title, role or speech verb: only the interview shows she is a person.
    parsed = interview("Q: ", "A: ", intro="Mirela Vancu restores harpsichords in an old mill.\n\n")
    assert [(p.name, p.role) for p in parsed.people] == [("Mirela Vancu", "interviewee")]
    assert [q.speaker for q in parsed.quotes] == ["Mirela Vancu", "Mirela Vancu"]


def test_names_that_lead_the_turns_are_people_though_nothing_else_cues_them():
    # "Mirela Vancu" and "Teo Brask" are named only as the leads of their turns
    parsed = interview("Teo Brask: ", "Mirela Vancu: ", intro="The harpsichord maker in the old mill spoke to us.\n\n")
    assert [(p.name, p.role) for p in parsed.people] == [("Teo Brask", None), ("Mirela Vancu", "interviewee")]
    assert [q.speaker for q in parsed.quotes] == ["Mirela Vancu", "Mirela Vancu"]
    # (one name leading two paragraphs of a story takes no turns: it names no one)
    text = "Feeding the city\n\nTeo Brask: the harbor's new shop.\n\nTeo Brask: open from May.\n\nIt sells bread."
    assert parse_article(text).people == []


def test_a_role_the_story_gives_the_interviewee_is_kept():
    parsed = interview("Q: ", "A: ", intro="Food bank director Dana Whitfield spoke to Sam Ortiz.\n\n")
    assert parsed.people[0].name == "Dana Whitfield" and parsed.people[0].role != "interviewee"


def test_one_question_and_answer_is_not_an_interview():
    text = ("Feeding the city\n\n" + INTRO + "Q: What next?\n\nA: More volunteers. I said, “We need them.”\n\n"
            "The food bank opens at nine.")
    parsed = parse_article(text)
    assert all(p.role != "interviewee" for p in parsed.people)
    assert [q.speaker for q in parsed.quotes] == [None]


def test_without_an_interview_i_and_you_name_nobody():
    parsed = parse_article("Feeding the city\n\n" + INTRO + "“We need them,” I said.\n\n“Do we?” you ask.")
    assert [q.speaker for q in parsed.quotes] == [None, None]


# An interview copied from a page that set its questions in bold: no leads at all.
UNMARKED_TURNS = [
    ("You once said “never again.” How did it start?", "With a leak. I told the board, “We will rebuild.”"),
    ("What did the winter cost?", "More than we had. We borrowed from the church for the heating."),
    ("Who helped?", "The fishermen, mostly. I still owe them a dinner."),
]


def unmarked(intro, turns=UNMARKED_TURNS, headline="Feeding the city"):
    return parse_article(f"{headline}\n\n{intro}" + "\n\n".join(f"{q}\n\n{a}" for q, a in turns))


def test_an_interview_without_leads_that_its_introduction_announces_has_its_interviewee():
    parsed = unmarked(INTRO)
    assert ("Dana Whitfield", "interviewee") in [(p.name, p.role) for p in parsed.people]
    assert [(q.text, q.speaker) for q in parsed.quotes] == [
        ("never again.", "Dana Whitfield"), ("We will rebuild.", "Dana Whitfield")]


def test_an_interview_without_leads_whose_questions_speak_to_the_interviewee_by_name_has_its_interviewee():
    intro = ("Henrike Vossberg beobachtet das Grundwasser der Region seit fünfzehn Jahren. Die Hydrologin leitet"
             " eine Arbeitsgruppe an der Universität Harlingsberg.\n\n")
    turns = [("Frau Vossberg, es hat seit Oktober geregnet. Ist die Dürre damit vorbei?",
              "Leider nein. Was wir an der Oberfläche sehen, ist nicht das, was ich im Untergrund messe."),
             ("Woher kommt das Defizit?", "Wir hatten drei heiße Sommer in Folge, und wir haben viel entnommen."),
             ("Zum Schluss: Was wünschen Sie sich für das kommende Jahr?",
              "Einen langen, grauen Winter. Ich hoffe auf viel Schnee.")]
    parsed = unmarked(intro, turns, headline="Dürre im Velmtal")
    assert ("Henrike Vossberg", "interviewee") in [(p.name, p.role) for p in parsed.people]


@pytest.mark.parametrize("intro, turns", [
    # an explainer: its answers speak of others, not as "I"
    (INTRO, [("What is a food bank?", "A charity that hands out food to people who cannot afford it."),
             ("Who runs it?", "Volunteers, most of them retired, and a director paid by the council."),
             ("Why now?", "Prices rose by a fifth this year, the council says.")]),
    # a post asking its readers: nothing says an interview follows, and nobody is spoken to by name
    ("Dana Whitfield wrote to the council last week about the winter.\n\n", UNMARKED_TURNS),
    # a story's dialogue in quotation marks
    (INTRO, [(f"“{q}”", f"“{a}”") for q, a in UNMARKED_TURNS]),
])
def test_questions_and_answers_that_are_no_interview_give_nobody_the_interviewees_part(intro, turns):
    parsed = unmarked(intro, turns)
    assert all(p.role != "interviewee" for p in parsed.people)


def test_the_interviewee_is_the_first_person_the_introduction_names_not_the_lead_photos_photographer():
    intro = ("The food bank’s store room, in May. | Photo: Sam Ortiz/Harbor Gazette\n\n"
             "Dana Whitfield has run the city’s food bank for 12 years. Read a conversation with her below.\n\n")
    parsed = unmarked(intro)
    assert ("Dana Whitfield", "interviewee") in [(p.name, p.role) for p in parsed.people]
    assert ("Sam Ortiz", "interviewee") not in [(p.name, p.role) for p in parsed.people]
