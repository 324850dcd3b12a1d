"""Quotation spans."""

from articles.parsing import parse_article
from articles.parsing.quotes import extract_quotes, find_quote_spans, quote_text

from .stories import speakers_of


def test_find_quote_spans_curly_and_straight():
    assert find_quote_spans("“Yes,” she said.") == [(0, 1, 5, True)]
    assert find_quote_spans('"Yes," she said of the 12" pipe.') == [(0, 1, 5, True)]
    assert find_quote_spans("“Open to the end") == [(0, 1, 16, False)]


def test_quote_text_drops_one_trailing_comma_and_keeps_other_punctuation():
    text = "“We are ready,” Lima said. “Are you?” she asked. “Go.”"
    assert [q for q, _ in speakers_of("Chief Ana Lima spoke.\n\n" + text)] == ["We are ready", "Are you?", "Go."]


def test_partial_quotes_count_and_single_quotes_are_kept():
    text = "Ana Lima called the plan “a much, much better deal” and “the ‘right’ call.”"
    assert [q for q, _ in speakers_of(text)] == ["a much, much better deal", "the ‘right’ call."]


def test_straight_double_quotes_are_read_like_curly_ones():
    text = 'Ana Lima, a nurse, spoke.\n\n"We were lucky," Lima said. "Very lucky."\n'
    assert speakers_of(text) == [("We were lucky", "Ana Lima"), ("Very lucky.", "Ana Lima")]


def test_multi_paragraph_quote_is_one_quote():
    text = "“I didn’t see it,” Ana Lima said. “I just heard it.\n\n“Then it was over.”\n"
    body = parse_article(text).body
    quotes = extract_quotes(body)
    assert [quote_text(q, body) for q in quotes] == ["I didn’t see it", "I just heard it. Then it was over."]
    assert speakers_of(text)[1] == ("I just heard it. Then it was over.", "Ana Lima")


def test_quotes_come_from_paragraphs_only():
    text = "“Quoted” headline here\n\n“Quoted” subhead\n\nA caption “with quotes.” | Reuters\n\nPlain text.\n"
    assert parse_article(text).quotes == []


def test_quote_records_block_and_offset():
    quote = parse_article("Intro.\n\nShe said “yes.”\n").quotes[0]
    assert (quote.block_index, quote.start) == (1, 9)


def test_quotations_in_guillemets_are_found_and_keep_their_marks():
    french = "«We are ready,» said Ana Ruiz, the harbor master. «Are you?»"
    german = "»Wir sind bereit«, sagte Jo Weber."
    article = parse_article(f"The harbor reopens.\n\n{french}\n\n{german}\n")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("We are ready", "Ana Ruiz"), ("Are you?", "Ana Ruiz"), ("Wir sind bereit", "Jo Weber")]
    assert [b.text for b in article.body][1:] == [french, german]
    assert (article.quotes[0].block_index, article.quotes[0].start) == (1, 0)


def test_quotations_opened_by_low_marks_are_found_and_keep_their_marks():
    # German closes on a mark shaped as English opens („so“), Polish on the closing one („so”)
    german = "„Wir sind bereit“, sagte Jo Weber. „Und ihr?“"
    polish = "„Jesteśmy gotowi” – said Ana Ruiz."
    article = parse_article(f"The harbor reopens.\n\n{german}\n\n{polish}\n")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("Wir sind bereit", "Jo Weber"), ("Und ihr?", "Jo Weber"), ("Jesteśmy gotowi", "Ana Ruiz")]
    assert [b.text for b in article.body][1:] == [german, polish]


def test_a_lone_guillemet_is_no_quotation_mark():
    # a breadcrumb's or a link's arrow: no quotation opens or closes at it
    text = 'Harbor » Ferries. The fare is "high," said Ana Ruiz.'
    assert speakers_of(f"The harbor reopens.\n\n{text}\n") == [("high", "Ana Ruiz")]


SWIMMING_POOL = "Zwembad gaat dicht\n\nDe gemeenteraad van Kleiwerd heeft het zwembad gesloten.\n\n"


def test_straight_single_marks_quote_where_the_story_sets_no_other_marks():
    text = (SWIMMING_POOL + "Raadslid Mohamed El Haddaoui gelooft daar weinig van. 'Wie denkt dat onze kinderen daar"
            " 's ochtends om zeven uur baantjes trekken, is er nooit geweest', zei hij. De auto's staan al klaar.\n")
    assert speakers_of(text) == [("Wie denkt dat onze kinderen daar 's ochtends om zeven uur baantjes trekken,"
                                  " is er nooit geweest", "Mohamed El Haddaoui")]


def test_straight_single_marks_around_a_title_or_a_word_are_no_quotation():
    text = (SWIMMING_POOL + "De club speelde 'Why Don't You Go Fight For The Reindeer?' en daarna 'het lied' van"
            " de school.\n")
    assert speakers_of(text) == []


INQUEST = "The inquest\n\nThe cyclist died on a lane near the village in March.\n\n"


def test_a_short_phrase_in_single_marks_is_quoted_inside_what_someone_said():
    text = INQUEST + ("Recording her conclusion, coroner Ann Bright said the hedges had ‘more than minimally’"
                      " contributed to his death.\n")
    assert speakers_of(text) == [("more than minimally", "Ann Bright")]


def test_a_short_phrase_in_single_marks_is_no_quotation_where_nobody_is_said_to_speak():
    text = INQUEST + "The hedges along the ‘road to nowhere’ had not been cut back for years.\n"
    assert speakers_of(text) == []
