"""Text normalisation and sentence bounds."""

import pytest

from articles.parsing import parse_article
from articles.parsing.text import has_terminal_punctuation, normalize_line, normalize_text, sentence_bounds, stops_before

from .stories import body_of, speakers_of


def test_normalize_text_drops_bom_and_unifies_line_endings():
    assert normalize_text("\ufeffOne\r\nTwo\rThree\n") == "One\nTwo\nThree\n"


def test_normalize_text_composes_unicode():
    assert normalize_text("Jose\u0301") == "José"


def test_normalize_line_collapses_tabs_and_non_breaking_spaces():
    assert normalize_line("\t The\u00a0council  voted\u200b \t") == "The council voted"


def test_parse_keeps_typography():
    text = "“It’s done — finally,” said Ana Lima.\n"
    assert body_of(text) == [{"type": "paragraph", "text": "“It’s done — finally,” said Ana Lima."}]


def test_parse_reads_crlf_bom_tabs_and_nbsp():
    text = "\ufeffCity budget passes\r\n\r\n\tThe council\u00a0voted  5-2.\r\n"
    article = parse_article(text)
    assert article.headline == "City budget passes"
    assert article.to_dict()["body"] == [{"type": "paragraph", "text": "The council voted 5-2."}]


@pytest.mark.parametrize("text, expected", [
    ("It was over.", True),
    ("Was it over?", True),
    ("Wow!", True),
    ("And then…", True),
    ("“It was over.”", True),
    ("He called it ‘over.’", True),
    ("What happened next", False),
    ("Here’s what we know:", False),
    ("会議は火曜日に終わった。", True),
    ("「会議は終わった。」", True),
    ("会議は終わったのか？", True),
    ("市議会の予算", False),
    # an emoji after the stop still closes the sentence; one without a stop before it does not
    ("Book your seats for the ferry today! 🙂", True),
    ("The ferry sails again on Monday. 👍🏽", True),
    ("“We loved it.” ❤️", True),
    ("Scroll down for the timetable ⬇️", False),
    ("Share 👍", False),
    ("🙂", False),
    # German closes a quotation on “ (or ‘), Spanish and German on a guillemet right after the
    # stop; a guillemet after a space is as often a link's arrow
    ("Sie sagte: „Wir haben verzichtet.“", True), ("Er nannte es ‚vorbei.‘", True), ("„Hafen“", False),
    ("«No podemos esperar otra vez.»", True), ("»Wir sind bereit.«", True),
    ("Find out more about the ferry! »", False), ("« If the mayor... | Main | Ferry fares... »", False),
])
def test_has_terminal_punctuation(text, expected):
    assert has_terminal_punctuation(text) is expected


@pytest.mark.parametrize("sentence", [
    "Senate President Ana Lima spoke shortly after 3 a.m. She said the deal was “fair.”",
    "Ana Lima runs the largest chipmaker in the U.S. She said demand was “soft.”",
])
def test_a_sentence_may_start_right_after_a_dotted_abbreviation(sentence):
    assert speakers_of(sentence)[0][1] == "Ana Lima"


def test_titles_and_times_before_a_day_do_not_end_a_sentence():
    assert sentence_bounds("Gov. Ana Lima spoke at 3 p.m. Monday. She left.") == ((0, 38), (38, 47))


def test_a_story_whose_sentences_close_on_emojis_is_read_as_prose():
    # A whole page: the site's menu, the title over its date line, a story whose sentences
    # close on emojis, then a ticket box. The title over the story is the headline, not a
    # line of the box below it.
    menu = ["Home", "About us", "Ferries", "Timetable", "North Quay", "South Quay", "Tickets", "Discounts",
            "Stories", "Contact", "Search", "Harbor Blog"]
    story = [
        "[Harbor Days] Readers share their first crossing!",
        "March 3, 2031/0 Comments/in Harbor News /by harboradmin",
        "",
        "Readers who crossed on the new ferry this winter have sent us their stories of the trip. 🙂",
        "",
        "We have gathered some of the best ones for you here. Take a look below! ⬇️",
        "",
        "“The crossing took twenty minutes and the crew served hot soup on deck. We will be back.” 🙂",
        "",
        "– Ana L.",
        "",
        "“My children loved watching the gulls follow the boat all the way to the island.” ❤️",
        "",
        "– Tom R.",
        "",
        "Thank you all for writing to us about your trips this season! 🙂",
        "",
        "Have you not crossed yet? What are you waiting for?",
        "",
        "Harbor Ferries Winter Crossings",
        "Daily from the North Quay",
        "",
        "Ticketing",
        "Adult : 5,00€",
        "Child : 2,00€",
        "",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
    ]
    article = parse_article("\n".join(menu + story))
    assert article.headline == "[Harbor Days] Readers share their first crossing!"
    texts = [block["text"] for block in article.to_dict()["body"] if block["type"] == "paragraph"]
    assert any(text.startswith("Readers who crossed on the new ferry") for text in texts)
    assert "Thank you all for writing to us about your trips this season! 🙂" in texts  # no subhead


@pytest.mark.parametrize("text", [
    "Li called the plan a gamble.", "He left at 5 p.m.", "“Why now?”", "a gamble", "Book your seats today! 🙂",
    "It rose by 5 per cent (a record).", "", "Ja",
])
def test_a_stop_read_from_the_last_characters_is_the_stop_of_all_the_text(text):
    padded = "Some words before, a long way back. " * 30 + text
    assert stops_before(padded, len(padded)) == has_terminal_punctuation(padded)
