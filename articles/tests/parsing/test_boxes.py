"""Boxes a page sets into a story (facts and figures under a heading, or under their labels only;
a match's score and scorers) and the small labels around a story's photos and ads (our own short
stories, written for these tests)."""

import pytest

from articles.parsing import parse_article
from articles.parsing.captions import split_caption
from articles.parsing.furniture import is_furniture

from .stories import body_of

LEAD = ("The old Roopmahal cinema reopened on Sunday as an arts centre, twelve years after the town council bought"
        " the building for a token sum.\n")
AFTER = ("The first screening, a restored print of a 1950s musical, sold out within an hour of the booking counter"
         " opening on Saturday morning.\n")


def texts(text):
    return [block.get("text") or block.get("caption") or block.get("title") for block in body_of(text)]


@pytest.mark.parametrize("heading", [
    "ROOPMAHAL AT A GLANCE",  # what the box is of, then "at a glance"
    "I numeri del Roopmahal",  # the figures, then what they are of
    "Claves del caso",
    "Orari e biglietti",  # a place's practical details
])
def test_a_box_of_facts_goes_with_its_heading(heading):
    box = f"{heading}\n640 seats in 1936, 412 now.\nRs 14.6 crore spent on the work.\n18 months of building.\n"
    kept = texts("Cinema reopens\n\n" + LEAD + box + AFTER)
    assert kept == [LEAD.strip(), AFTER.strip()]


def test_items_under_their_labels_make_a_box_under_a_heading_no_pattern_knows():
    box = ("Roopmahal Talkies\nOpened: 1912 (tent cinema); present building completed in 1936\n"
           "Seats: 640 originally, 412 after restoration\nClosed: 1994, after a fire in the projection room\n"
           "Restoration cost: Rs 14.6 crore\n")
    kept = texts("Cinema reopens\n\n" + LEAD + box + AFTER)
    assert kept == [LEAD.strip(), AFTER.strip()]


def test_labelled_lines_without_figures_under_a_short_line_stay_the_story():
    # (a story's own subhead over short lines under labels: no box without figures)
    lines = "What they said\nThe mayor: a good day\nThe owner: a long wait\nThe critics: too costly\n"
    kept = texts("Cinema reopens\n\n" + LEAD + lines + AFTER)
    assert "The mayor: a good day" in kept and "What they said" in kept


def test_a_match_box_of_score_and_scorers_ends_where_other_stories_titles_begin():
    story = ("Glenmurragh win the final\n\nGlenmurragh won the county final for the first time in 58 years on Sunday,"
             " with a point from the sideline in the last seconds of extra-time.\n"
             "The winning captain said the town had waited long enough, and the crowd stayed on the pitch until dark.\n"
             "FINAL SCORE\nGlenmurragh 2-19 Kilbrannock Rovers 1-21 (after extra-time)\n"
             "Glenmurragh scorers: J Hegarty 0-9 (6f, 1 sideline), S O'Driscoll 1-2, P Nagle 1-1, D Moriarty 0-3,"
             " C Lenihan 0-2, T Brosnan 0-2\nReferee: Martin Quilty (Ballyroe)\nAttendance: 11,460\nRead more\n"
             "County board confirms new dates for junior and intermediate finals\n")
    kept = texts(story)
    assert not any("scorers" in text or "Attendance" in text or "FINAL SCORE" in text for text in kept)
    assert kept[-1].startswith("The winning captain")


@pytest.mark.parametrize("line", [
    "Weiterlesen nach der Anzeige", "La suite après cette publicité", "Illustratiebeeld", "Symbolbild",
    "Photo d'illustration", "Foto de archivo",
])
def test_labels_for_an_ad_break_and_for_a_photo_of_no_one_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line, credit", [
    ("La sindaca di Montecastro Maria Teresa De Santis (Foto d'archivio)", "Foto d'archivio"),
    ("Der Bürgermeister vor dem Rathaus am Montag (Symbolbild)", "Symbolbild"),
])
def test_a_photo_label_in_brackets_after_a_caption_makes_it_a_caption(line, credit):
    assert split_caption(line) == (line[:line.rindex(" (")], credit)


def test_a_place_in_the_photo_in_another_language_makes_a_line_a_caption():
    text = ("Mure in St. Lorenzen\n\nEine Mure hat in der Nacht auf Montag das Ortszentrum verschüttet, 140 Menschen"
            " mussten ihre Häuser verlassen.\n"
            "Landesgeologe Florian von Hohenwart (rechts) und Einsatzleiter Herbert Lindner am Rand des Grabens.\n"
            "Die Aufräumarbeiten werden nach Angaben der Gemeinde mindestens drei Wochen dauern, sagte der"
            " Bürgermeister am Dienstag.\n")
    kept = [block.text for block in parse_article(text).body if block.kind == "paragraph"]
    assert len(kept) == 2 and not any("(rechts)" in text for text in kept)


def test_keep_reading_in_spanish_heads_other_stories_titles():
    text = ("Condena por el fraude del asfalto\n\nEl exsecretario de Obras fue condenado a cuatro años y medio de"
            " prisión por el pago de cuadras que nunca se pavimentaron.\nSeguí leyendo\n"
            "Un juez ordenó investigar los contratos de recolección de residuos\n"
            "Durante su alegato, el fiscal había pedido seis años de prisión para el principal acusado del caso.\n")
    kept = texts(text)
    assert not any(text.startswith(("Seguí", "Un juez")) for text in kept)
    assert kept[-1].startswith("Durante su alegato")


PARAGRAPH = ("Présente dans la salle, une enseignante qui travaille à l’école depuis dix-neuf ans a tenu à répondre à"
             " l’argument de la qualité des services devant le conseil d’établissement.")


@pytest.mark.parametrize("credit, caption", [
    ("Photo : Archives, Le Courrier des Rivières", True),  # a credit's label under a short stopped line
    ("Le conseil votera le 12 décembre, après une dernière consultation publique des parents et du personnel.",
     False),  # the story's next paragraph: the short line stays the story's
])
def test_a_caption_right_under_a_whole_paragraph_over_a_labelled_credit(credit, caption):
    line = "L’école a été entièrement rénovée en 2018."
    body = parse_article(f"École\n\n{PARAGRAPH}\n{line}\n{credit}\n").body
    assert (any(block.kind == "image" and block.text == line for block in body)) is caption
    assert caption or any(line in block.text for block in body if block.kind == "paragraph")


def test_a_wrapped_paragraphs_last_line_over_a_credit_stays_the_story():
    # (a paste wrapped at a line's width: the line over the credit ends the paragraph above it)
    text = ("École\n\nPrésente dans la salle, une enseignante qui travaille à l’école depuis\ndix-neuf ans a tenu à"
            " répondre devant le conseil.\nLa salle a applaudi quand elle a fini de parler.\nPhoto : Archives\n")
    paragraphs = [block.text for block in parse_article(text).body if block.kind == "paragraph"]
    assert any("La salle a applaudi" in paragraph for paragraph in paragraphs)


QUESTIONS = ("Questions and answers\nWhat is a heritage grant?\nMoney the state gives to keep an old building"
             " standing.\nWho decides?\nA panel of five architects and two historians.\n")


def test_a_box_of_questions_and_answers_set_into_the_story_goes_with_its_heading():
    kept = texts("Cinema reopens\n\n" + LEAD + QUESTIONS + AFTER)
    assert kept == [LEAD.strip(), AFTER.strip()]


@pytest.mark.parametrize("box", [
    # one question is a subhead asking, over the story's own answer
    "Questions and answers\nWhat is a heritage grant?\nMoney the state gives to keep an old building standing.\n",
    # an answer as long as a story's paragraph: an interview's
    "Questions and answers\nWhat is a heritage grant?\nMoney the state gives to keep an old building standing, which"
    " the owner may spend on its roof, its walls and its windows but not on the shops or the flats inside it, and"
    " which must be paid back when the building is sold within ten years.\nWho decides?\nA panel of five architects"
    " and two historians.\n",
])
def test_a_single_question_or_a_long_answer_is_no_box(box):
    kept = texts("Cinema reopens\n\n" + LEAD + box + AFTER)
    assert any("Money the state gives" in text for text in kept)


def test_a_box_of_questions_needs_the_story_s_prose_above_it():
    # (a story that is itself questions and answers under such a heading stays)
    kept = texts("Cinema reopens\n\n" + QUESTIONS + AFTER)
    assert any("Money the state gives" in text for text in kept)


def test_items_under_their_labels_with_no_figure_make_a_box_under_a_heading_in_capitals():
    box = ("WHAT THE NEW OWNERS PROMISE\nSeats: kept as they are, the balcony's too\nFilms: a classic every Sunday"
           "\nThe café: open all day, run by a local family\nParking: on the old market square\n")
    kept = texts("Cinema reopens\n\n" + LEAD + box + "Opening night\n" + AFTER)
    assert kept == [LEAD.strip(), "Opening night", AFTER.strip()]


def test_a_box_score_at_the_story_s_end_goes():
    box = ("\nBOX SCORE\nRovers 61, Academy 58 (OT)\nRovers: 14 13 17 7 10 — 61\nAcademy: 10 12 11 18 7 — 58\n"
           "Rovers: Jo Li 29, Ann Roe 11.\n")
    kept = texts("Rovers win the final\n\n" + LEAD + AFTER + box)
    assert kept == [LEAD.strip(), AFTER.strip()]


ADVICE = ("Leave early if you can and the road is clear.\nIf it is too late to leave, shelter in a solid building.\n"
          "Call the emergency number if your life is at risk.\n")


@pytest.mark.parametrize("heading", ["If you are in the path of a fire", "Wat moet u doen bij brand"])
def test_a_box_of_advice_under_a_heading_that_speaks_to_the_reader_goes(heading):
    kept = texts("Fire warning\n\n" + LEAD + f"{heading}\n" + ADVICE + "Advertisement\nTotal fire ban\n" + AFTER)
    assert kept == [LEAD.strip(), "Total fire ban", AFTER.strip()]


@pytest.mark.parametrize("heading, advice", [
    ("The path of the fire", ADVICE),  # (a heading that speaks to no one: the story's own subhead)
    ("If you are in the path of a fire", ADVICE.split("Call")[0]),  # (two lines: the story's own)
])
def test_short_sentences_under_a_subhead_are_the_story_s(heading, advice):
    kept = texts("Fire warning\n\n" + LEAD + f"{heading}\n" + advice + "Advertisement\nTotal fire ban\n" + AFTER)
    assert "Leave early if you can and the road is clear." in kept


def test_advice_ending_the_story_is_the_story_s():
    kept = texts("Fire warning\n\n" + LEAD + "If you are in the path of a fire\n" + ADVICE)
    assert "Leave early if you can and the road is clear." in kept


OPENING_HOURS = ("Opening hours\nRoopmahal Arts Centre, 12 Station Road\nTuesday to Sunday, 10am to 6pm\n"
                 "Tickets Rs 50, free for students until 31 May\n")


@pytest.mark.parametrize("after", [
    "",  # the paste ends under the box
    "Topics\ncinema\nheritage\nSitara Menon\nSitara Menon writes on the city's culture and its old buildings"
    " for the paper.\n",  # the page's tags and the writer's note: the box has ended
])
def test_a_box_of_practical_details_at_the_story_s_end_goes(after):
    kept = texts("Cinema reopens\n\n" + LEAD + AFTER + OPENING_HOURS + after)
    assert not any("Station Road" in text or "10am to 6pm" in text or text == "Opening hours" for text in kept)
    assert AFTER.strip() in kept


OWN_QUESTIONS = ("What is a heritage grant?\nMoney the state gives to keep an old building standing.\nWho decides?\n"
                 "A panel of five architects and two historians.\nCan it be paid back?\nOnly if the building is sold.\n")


@pytest.mark.parametrize("heading, after", [
    ("Your questions answered\n", AFTER),  # a heading of its own words
    ("What does the grant pay for?\n", AFTER),  # a question over the box's first
    # the story's last sentence under it; a subhead and a photo over the story's prose
    ("Your questions answered\n", "The doors open at ten.\n"),
    ("Your questions answered\n", "Opening night\n\nThe foyer on Sunday evening\nPhoto: Jo Lee\n\n" + AFTER),
])
def test_a_box_of_three_questions_or_more_under_a_heading_of_its_own_goes(heading, after):
    kept = texts("Cinema reopens\n\n" + LEAD + heading + OWN_QUESTIONS + after)
    assert not any("Money the state gives" in text for text in kept)
    assert not any(text.startswith(("Your questions", "What does")) for text in kept)


def test_two_questions_under_a_heading_of_its_own_are_the_story_s():
    box = "Your questions answered\n" + OWN_QUESTIONS.rsplit("Can it", 1)[0]
    kept = texts("Cinema reopens\n\n" + LEAD + box + AFTER)
    assert any("Money the state gives" in text for text in kept)


def test_the_page_s_photographer_alone_or_after_a_caption_s_stop_is_its_credit():
    text = ("Meadows return to the lagoon\n\nText by Marta Quaresma\nPhotographs by Nuno Farinha\n\n"
            "A seagrass meadow at low tide, near the harbour wall. Nuno Farinha\n" + LEAD
            + "The restored balcony seats were the first to be sold, most of them to families who had watched films"
            " there in the 1970s and came back with their grandchildren for the opening.\nA projectionist threads the first reel on Sunday.\n"
            "Nuno Farinha\n" + AFTER)
    images = [block for block in body_of(text) if block["type"] == "image"]
    assert [(image["caption"], image["photographer"]) for image in images] == [
        ("A seagrass meadow at low tide, near the harbour wall.", "Nuno Farinha"),
        ("A projectionist threads the first reel on Sunday.", "Nuno Farinha")]


def test_a_name_after_a_caption_s_stop_is_no_credit_unless_the_byline_credits_it():
    text = ("Meadows return to the lagoon\n\nText by Marta Quaresma\n\n"
            "A seagrass meadow at low tide, near the harbour wall. Nuno Farinha\n" + LEAD + AFTER)
    assert not any(block["type"] == "image" for block in body_of(text))


def test_a_headless_box_of_facts_may_hold_a_plain_figure_and_a_label_over_words():
    box = ("Das Schlachthofgelände\n1896 eröffnet, 2009 stillgelegt\nFläche: rund 4,2 Hektar\n"
           "Denkmalschutz: Kühlhalle und Verwaltungsgebäude\nGeplant: ca. 380 Wohnungen\n")
    kept = texts("Cinema reopens\n\n" + LEAD + box + AFTER)
    assert kept == [LEAD.strip(), AFTER.strip()]


def test_a_subhead_over_the_story_s_own_sentences_is_no_box():
    more = ("The old projection room\nThe council voted 25 to 19 on Tuesday to sell it: 14 seats go.\n"
            "Balcony: 40 seats, 12 of them boxes\nStalls: 600 seats\n")
    kept = texts("Cinema reopens\n\n" + LEAD + more + AFTER)
    assert "The old projection room" in kept


def test_a_newsletter_box_with_a_free_sign_up_button_goes_and_the_story_goes_on():
    box = ("Newsletter „Talhofen am Morgen“\nDie wichtigsten Nachrichten aus Talhofen – jeden Morgen in Ihrem"
           " Postfach.\nJetzt kostenlos anmelden\n")
    kept = texts("Cinema reopens\n\n" + LEAD + box + AFTER)
    assert kept == [LEAD.strip(), AFTER.strip()]


def test_a_pull_quote_with_no_stop_of_its_own_goes_with_its_credit():
    said = "«Chi pensa che cambiando l'allenatore si risolvano i problemi non conosce questo spogliatoio»"
    story = (f"Calcio\n\nIl presidente Giancarlo Ferrante ha confermato il tecnico. {said}, ha detto ai cronisti al termine"
             " del vertice.\n" + said + "\nGiancarlo Ferrante, presidente della società\n" + AFTER)
    kept = texts(story)
    assert kept[-1] == AFTER.strip() and not any(text.startswith(("«Chi", "Giancarlo Ferrante,")) for text in kept)


def test_a_question_under_the_label_the_list_set_over_its_titles_is_another_title():
    links = ("À lire aussi\nAbonnés\nSous-traitance automobile : la filière a perdu 1 200 emplois en cinq ans\nAbonnés\n"
             "Fermeture de l'usine : un an après, que sont devenus les salariés ?\n")
    after = ("Des arguments qui ne convainquent pas les grévistes. Selon l'intersyndicale, le groupe a versé l'an"
             " dernier 18 millions d'euros de dividendes.\n")
    kept = texts("Grève à l'usine\n\n" + LEAD + links + after)
    assert kept == [LEAD.strip(), after.strip()]


@pytest.mark.parametrize("heading", ["Fire safety: tips from the brigade", "Heustock: Das rät die Feuerwehr"])
def test_a_box_of_numbered_advice_under_a_heading_that_says_it_advises_goes(heading):
    # (an item may open on a capital outside ASCII: "4. Über 70 Grad …")
    advice = ADVICE.splitlines() + ["Über 70 Grad besteht akute Brandgefahr."]
    numbered = "".join(f"{number}. {line}\n" for number, line in enumerate(advice, start=1))
    kept = texts("Fire warning\n\n" + LEAD + f"{heading}\n" + numbered + "Advertisement\nTotal fire ban\n" + AFTER)
    assert kept == [LEAD.strip(), "Total fire ban", AFTER.strip()]


@pytest.mark.parametrize("box", [
    # a match's particulars, French spaced colons, under an ad's label
    "Publicité\nFICHE TECHNIQUE\nRovers – Academy : 2-1 (mi-temps : 0-1)\nStade : Roopmahal Ground\n"
    "Spectateurs : environ 3 000\nArbitre : Ana Lima\nButs : J. Li (58e, 81e)\n",
    # a story's dates, each over what happened
    "LA VICENDA\n14 ottobre 2022 – Il solaio cede\nMarzo 2023 – Chiuse le indagini\nMaggio 2024 – Il preposto"
    " condannato\n12 marzo 2025 – La sentenza\n",
])
def test_items_with_figures_or_labels_under_a_heading_in_capitals_make_a_box(box):
    kept = texts("Cinema reopens\n\n" + LEAD + box + AFTER)
    assert kept == [LEAD.strip(), AFTER.strip()]
