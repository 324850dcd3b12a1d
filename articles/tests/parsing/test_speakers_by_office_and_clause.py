"""Speakers named by an office, a rank or a clause around the quotation, in English and the other
languages (our own short stories): a rank's letters between a title and a name, a title set off by
a comma before a name, reported speech carried on from the paragraph before, "as someone says", a
verb with no subject, a relative clause between a subject and its verb."""

import pytest

from articles.parsing import parse_article

from .stories import people_of, speaker_of

FLOOD = "Hochwasser in Unterau\n\nIn der Nacht auf Dienstag trat die Ramsach über die Ufer.\n\n"
COURT = "Ticket fraud trial adjourned\n\nThe trial of a former finance officer resumed on Tuesday.\n\n"
FACTORY = "Fábrica encerra\n\nA fábrica de óleo de Cambongo fechou ontem as portas.\n\n"
FINAL = "Final en San Félix\n\nEl Atlético San Félix ganó la final del torneo regional.\n\n"
COUNCIL = "Gemeenteraad\n\nDe gemeenteraad van Hulsbeke keurde het meerjarenplan goed.\n\n"


@pytest.mark.parametrize("sentence, name, role", [
    ("Feuerwehrkommandant HBI Markus Leitner zog eine erste Bilanz.", "Markus Leitner", "Feuerwehrkommandant HBI"),
    ("Obmann DI Gerhard Zauner bestätigt, dass die Prüfung läuft.", "Gerhard Zauner", "Obmann DI"),
    # (an initial is the name's: "Judge R. Barclay Surrey")
    ("District Judge R. Barclay Surrey ordered a new hearing.", "R. Barclay Surrey", "District Judge"),
    ("Schepen van Financiën Pieter De Wolf verdedigde de belasting.", "Pieter De Wolf", "Schepen van Financiën"),
    ("Oppositieleider Kristof Vermeulen noemde het plan te duur.", "Kristof Vermeulen", "Oppositieleider"),
])
def test_a_ranks_letters_or_what_a_title_is_of_go_with_the_title(sentence, name, role):
    assert people_of(FLOOD + sentence + "\n") == [(name, role)]


def test_reported_speech_opening_a_paragraph_carries_on_the_speaker_quoted_before():
    text = (FLOOD + "Kommandant Markus Leitner zog eine Bilanz: „Die Lage war wirklich ernst.“\n\n"
            "Besonders kritisch sei es an der Brücke gewesen. Dort habe sich ein Baumstamm quergestellt. "
            "„Ohne den Kran wäre die halbe Gasse abgesoffen.“\n")
    assert speaker_of(text, "Kran") == "Markus Leitner"


def test_a_towns_chief_is_its_mayor():
    text = (FLOOD + "Für Bürgermeister Johann Pichelmayr ist das Hochwasser ein Beweis für das Becken.\n\n"
            "„Wir reden seit 2016 über dieses Becken“, kritisiert der Ortschef.\n")
    assert speaker_of(text, "Becken") == "Johann Pichelmayr"


@pytest.mark.parametrize("text, words, name", [
    (FLOOD + "Bürgermeister Johann Pichelmayr drängt auf das Becken.\n\n"
             "Der Gemeinde fehlen 600.000 Euro – „ein gewaltiger Brocken“, wie Pichelmayr sagt.\n",
     "Brocken", "Johann Pichelmayr"),
    (COUNCIL + "Oppositieleider Kristof Vermeulen stemde tegen.\n\n"
               "De sporthal kost 9 miljoen, “een blanco cheque”, zoals Vermeulen zegt.\n",
     "blanco", "Kristof Vermeulen"),
    (FINAL + "«Fue un error», como dijo el alcalde Juan Pereda en la sesión.\n", "error", "Juan Pereda"),
])
def test_as_someone_says_after_a_quotation(text, words, name):
    assert speaker_of(text, words) == name


def test_a_title_set_off_before_a_name_is_who_the_title_means_later():
    text = (COURT + "The second prosecution witness, Mr Kofi Ansah-Mensah, an auditor, said the books did not match.\n\n"
            "He explained that the audit covered 26 months.\n\n"
            "“I have never seen anything like it,” the witness added.\n\n"
            "The trial judge, His Honour Emmanuel Tetteh Quarshie, cautioned both sides against delays.\n\n"
            "“The public is entitled to know how it ends,” the judge said.\n")
    assert speaker_of(text, "never seen") == "Kofi Ansah-Mensah"
    assert speaker_of(text, "entitled") == "Emmanuel Tetteh Quarshie"
    assert ("Emmanuel Tetteh Quarshie", None) in people_of(text)  # ("His Honour": a style of address)


def test_a_title_set_off_before_a_name_outweighs_whoever_was_named_just_before():
    text = (COURT + "The market's oldest shopkeeper, Mrs Esi Ampofo-Laryea, told the court the tickets ran out.\n\n"
            "Counsel for the accused, Mr Samuel Kofi Nortey, disputed the figures.\n\n"
            "“We paid for tickets nobody printed,” the shopkeeper said.\n")
    assert speaker_of(text, "nobody printed") == "Esi Ampofo-Laryea"


def test_a_lament_is_said():
    text = (COURT + "Outside, the market queen, Madam Afua Serwaa Mensah, spoke of the traders' anger.\n\n"
            "“Every morning we pay our tolls,” she lamented.\n")
    assert speaker_of(text, "tolls") == "Afua Serwaa Mensah"


def test_a_relative_clause_between_the_subject_and_its_verb():
    text = (FACTORY + "A administradora municipal de Cambongo, Esperança Nhama, que esteve na fábrica durante a tarde, reconheceu"
            " que o encerramento representa «um rude golpe» para a economia local.\n")
    assert speaker_of(text, "rude golpe") == "Esperança Nhama"


def test_the_one_in_charge_is_the_director_general_named_before():
    text = (FACTORY + "O anúncio foi feito pelo director-geral da empresa, Rui Manuel Ferraz Quintela, que apontou"
            " a escassez de matéria-prima.\n\n"
            "«Durante dois anos fizemos tudo», explicou o responsável.\n")
    assert ("Rui Manuel Ferraz Quintela", "director-geral da empresa") in people_of(text)
    assert speaker_of(text, "dois anos") == "Rui Manuel Ferraz Quintela"


def test_a_paper_named_after_a_region_is_no_one():
    text = (FACTORY + "O sindicato dos trabalhadores do Sul protestou.\n\n"
            "O sindicalista Bernardo Katchiungo disse ao Diário do Planalto Sul que vai recorrer.\n")
    assert [name for name, _ in people_of(text)] == ["Bernardo Katchiungo"]


@pytest.mark.parametrize("verb", ["contó después", "dijo luego"])
def test_when_it_was_said_with_no_subject_is_the_one_named_before(verb):
    text = (FINAL + "Pero a los 81 apareció Rodrigo Fagúndez y enganchó hacia adentro.\n\n"
            f"«Le pegué como me salió», {verb}, todavía con la camiseta empapada.\n")
    assert speaker_of(text, "Le pegué") == "Rodrigo Fagúndez"


def test_a_verb_with_no_subject_after_an_opening_phrase_is_the_one_named_in_the_paragraph_before():
    text = (FINAL + "El técnico del rival, Julio César Bentos, fue muy crítico con el arbitraje.\n\n"
            "Sin embargo, reconoció el mérito del campeón: «Nunca dejó de buscar».\n")
    assert speaker_of(text, "Nunca") == "Julio César Bentos"


def test_a_unionist_is_the_union_delegate_named_before_and_a_rejoinder_is_the_mayors():
    text = ("Grève à l'usine\n\nLes ouvriers ont arrêté le travail lundi.\n\n"
            "Pour Karim Oualid, délégué principal de la Centrale syndicale, le problème est la forme.\n\n"
            "« La direction a annoncé les horaires », martèle le syndicaliste.\n")
    assert speaker_of(text, "horaires") == "Karim Oualid"
    text = (COUNCIL + "Burgemeester Annelies Van Damme verdedigde het plan.\n\n"
            "Kristof Vermeulen stelde voor om samen te bouwen. “Dat klinkt mooi op papier”, repliceerde de burgemeester.\n")
    assert speaker_of(text, "papier") == "Annelies Van Damme"


def test_an_asked_question_is_said():
    text = COUNCIL + "Kristof Vermeulen was kritisch.\n\n“Wie garandeert ons dat?”, vroeg hij.\n"
    assert speaker_of(text, "garandeert") == "Kristof Vermeulen"


def test_parse_article_reads_a_foreign_office_in_full():
    # (the whole story: a rank between title and name leaves the person whole in the JSON too)
    parsed = parse_article(FLOOD + "Feuerwehrkommandant HBI Markus Leitner: „Die Lage war ernst.“\n").to_dict()
    assert parsed["quotes"][0]["speaker"] == "Markus Leitner"


BREWERY = "Brauerei schliesst\n\nDie Brauerei in Altenau stellt zum 31. März den Betrieb ein.\n\n"


def test_the_n_year_old_is_the_one_named_before_whatever_their_title():
    text = (BREWERY + "„Ich habe mir das nicht leicht gemacht“, sagte Geschäftsführer Friedrich Kesselborn.\n\n"
            "„Wir hätten noch zwei Jahre weitermachen können“, fügte der 63-Jährige hinzu.\n")
    assert speaker_of(text, "zwei Jahre") == "Friedrich Kesselborn"


def test_a_name_ends_before_the_body_it_is_of_and_its_surname_said_alone_makes_a_person():
    text = (BREWERY + "Deniz Aydınoğlu von der Gewerkschaft kritisierte, dass die Belegschaft spät informiert wurde.\n\n"
            "Aydınoğlu sagte: „Wir werden darauf achten, dass niemand leer ausgeht.“\n")
    assert [name for name, _ in people_of(text)] == ["Deniz Aydınoğlu"]
    assert speaker_of(text, "niemand") == "Deniz Aydınoğlu"


def test_a_justice_is_the_judge_and_an_honorific_leaves_the_role_before_it():
    text = (COURT + "Justice Folake Ibidunni-Martins found the 61-year-old guilty on nine counts.\n\n"
            "“The evidence shows a man who treated public land as a private purse,” the judge said.\n")
    assert speaker_of(text, "private purse") == "Folake Ibidunni-Martins"
    text = COURT + "Provincial health officer Dr. Arlene Quinto warned of a rise in cases.\n"
    assert people_of(text) == [("Arlene Quinto", "health officer")]


def test_a_village_is_no_one_and_describing_is_said_by_the_sentences_pronoun():
    text = (COURT + "Nestor Cabales, a fisherman from Barangay Looc-Bagong, said the sea rushed in after midnight.\n\n"
            "He appealed to the agencies, describing the road to the village as “completely erased”.\n")
    assert [name for name, _ in people_of(text)] == ["Nestor Cabales"]
    assert speaker_of(text, "erased") == "Nestor Cabales"


def test_a_coach_named_after_led_by_and_an_elderly_spectator_are_the_ones_named_just_before():
    text = (FINAL + "En el segundo tiempo el equipo dirigido por Patricio Arbeláez se adueñó del balón.\n\n"
            "En el camerino visitante, Patricio Arbeláez destacó la reacción de sus jugadores."
            " «Jugar en la altura no es fácil. Los muchachos corrieron como nunca», señaló el estratega.\n")
    assert speaker_of(text, "altura") == "Patricio Arbeláez"
    text = ("Il teatro riapre\n\nIl teatro Amadori ha riaperto sabato dopo cinque anni.\n\n"
            "Tra il pubblico c’era anche Adele Carducci, 87 anni, che aveva visto qui il suo primo spettacolo.\n\n"
            "«Era un’operetta, non ricordo quale», racconta l’anziana spettatrice.\n")
    assert speaker_of(text, "operetta") == "Adele Carducci"


def test_a_verb_set_off_by_commas_after_its_auxiliary_names_the_speaker_after_it():
    text = ("Il teatro riapre\n\nIl direttore artistico Massimo Ferrante ha presentato la stagione.\n\n"
            "L’obiettivo, ha spiegato Ferrante, è fare dell’Amadori «un teatro di paese», aperto a tutti.\n")
    assert speaker_of(text, "teatro di paese") == "Massimo Ferrante"


def test_a_described_subject_speaks_for_its_sentences_later_verb():
    text = (FACTORY + "«Estamos a falar de poucos euros por pessoa», disse Henrique Matoso.\n\n"
            "O responsável adiantou que a Direção Executiva já pediu os dados do estudo e que está em cima da mesa"
            " um programa-piloto noutras quatro regiões, que descreveu como uma resposta «barata e humana».\n")
    assert speaker_of(text, "barata") == "Henrique Matoso"
