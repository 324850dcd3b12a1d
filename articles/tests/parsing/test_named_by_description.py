"""Speakers named after a description, a title of something, an honorific or a short form of their
name, and speakers a sentence leaves unsaid (our own short stories, written for these tests)."""

import pytest

from articles.parsing import parse_article
from articles.parsing.words import is_role_noun

from .stories import people_of, speakers_of

FACTORY = "The factory\n\nThe clothing factory in Dunmore closed its doors on Friday after 41 years.\n\n"
CLINIC = "Saúde\n\nA prefeitura abriu os postos de saúde à noite pela primeira vez nesta segunda-feira.\n\n"
TRIAL = "Le procès\n\nLe procès de l'ancien directeur de l'ASBL s'est ouvert lundi à Namur.\n\n"
PLANT = "La planta\n\nLa planta desaladora costará 300 millones de dólares y se construirá junto a la caleta.\n\n"
REGION = "La giunta\n\nLa giunta regionale ha approvato il piano per gli ospedali di montagna.\n\n"


def test_a_name_closing_the_sentence_after_a_description_that_is_no_title_speaks():
    text = FACTORY + "“They sat with us for six weeks,” said SCLU shop steward Nomvula Dlamini-Khumalo.\n"
    assert speakers_of(text) == [("They sat with us for six weeks", "Nomvula Dlamini-Khumalo")]


@pytest.mark.parametrize("said", [
    "said a spokesperson for Nomvula Dlamini-Khumalo",  # (a small word: someone else speaks for her)
    "said the mayor of Dunmore",  # (a place, no one)
])
def test_a_description_with_small_words_names_no_speaker(said):
    text = FACTORY + f"“They sat with us for six weeks,” {said}.\n"
    assert speakers_of(text) == [("They sat with us for six weeks", None)]
    assert people_of(text) == []


def test_a_job_before_the_name_in_another_language_is_the_role():
    text = CLINIC + "“Ninguém avisou”, disse a vizinha Maria Souza, que mora ao lado do posto.\n"
    assert people_of(text) == [("Maria Souza", "vizinha")]


def test_a_given_name_the_particle_das_and_a_second_name_are_one_person():
    text = CLINIC + "“Antes eu tinha que chegar às 5h da manhã”, disse a aposentada Maria das Graças Nogueira.\n"
    assert speakers_of(text) == [("Antes eu tinha que chegar às 5h da manhã", "Maria das Graças Nogueira")]


def test_a_german_article_between_capitalised_words_joins_no_name():
    text = "Der Markt\n\nAm Abend stellte Jonas Weber das Programm vor, und die Leute blieben.\n"
    assert [name for name, _ in people_of(text)] == ["Jonas Weber"]


def test_what_a_title_is_of_set_before_the_name_is_the_role():
    text = REGION + "«Siamo pronti», ha detto il presidente della regione Ugo Lenzi.\n"
    assert speakers_of(text) == [("Siamo pronti", "Ugo Lenzi")]
    assert people_of(text) == [("Ugo Lenzi", "presidente della regione")]


def test_a_bodys_name_after_a_title_of_the_body_is_no_person():
    text = REGION + ("«Ce la faremo», racconta Anna Lo Iacono, insegnante in pensione e presidente della"
                     " cooperativa Aurora Bene Comune.\n")
    assert [name for name, _ in people_of(text)] == ["Anna Lo Iacono"]


def test_the_sentence_speaks_for_the_one_named_after_their_title():
    text = TRIAL + ("Pour la substitute du procureur du Roi Isabelle de Ryckère, le prévenu a agi « avec méthode et"
                    " en pleine conscience ».\n")
    assert speakers_of(text) == [("avec méthode et en pleine conscience", "Isabelle de Ryckère")]


def test_a_lawyer_called_me_and_the_surname_is_the_lawyer_named_before():
    text = TRIAL + ("Son avocat, Me Grégoire Dethier, conteste les montants.\n\n« Mon client a déjà tout perdu »,"
                    " a souligné Me Dethier.\n")
    assert speakers_of(text) == [("Mon client a déjà tout perdu", "Grégoire Dethier")]
    assert [name for name, _ in people_of(text)] == ["Grégoire Dethier"]


def test_a_man_called_monsieur_and_the_surname_is_the_man_named_before():
    text = TRIAL + ("Mathieu Pelletier préside le comité depuis deux ans.\n\nPour M. Pelletier, le succès tient à"
                    " une chose. « Tout le monde ici a un souvenir à la Grange. »\n")
    assert speakers_of(text) == [("Tout le monde ici a un souvenir à la Grange.", "Mathieu Pelletier")]
    assert [name for name, _ in people_of(text)] == ["Mathieu Pelletier"]


def test_an_english_name_keeps_a_first_word_other_languages_set_as_an_honorific():
    text = "The film\n\nThe film opens on Friday.\n\n“It stays with you,” said Don Alan Hart.\n"
    assert speakers_of(text) == [("It stays with you", "Don Alan Hart")]


def test_a_given_name_and_the_first_of_two_surnames_is_the_person_named_in_full():
    text = PLANT + ("La presidenta del sindicato, Juana Catrileo Maripán, encabezó la protesta.\n\n"
                    "Juana Catrileo no lo ve así. “Esos trabajos duran dos años”, respondió la dirigenta.\n")
    assert speakers_of(text) == [("Esos trabajos duran dos años", "Juana Catrileo Maripán")]
    assert [name for name, _ in people_of(text)] == ["Juana Catrileo Maripán"]


def test_a_verb_of_saying_with_no_subject_after_words_of_when_speaks_for_the_one_named_before():
    text = PLANT + ("La alcaldesa, Verónica Sepúlveda Cárcamo, ha evitado tomar partido. En la sesión del martes"
                    " dijo que no aceptará un proyecto “a costa de la gente de la caleta”.\n")
    assert speakers_of(text) == [("a costa de la gente de la caleta", "Verónica Sepúlveda Cárcamo")]


def test_a_verb_of_saying_after_a_described_subject_nobody_holds_names_no_one():
    text = PLANT + ("La alcaldesa, Verónica Sepúlveda Cárcamo, ha evitado tomar partido. La diputada dijo que no"
                    " aceptará un proyecto “a costa de la gente de la caleta”.\n")
    assert speakers_of(text) == [("a costa de la gente de la caleta", None)]


@pytest.mark.parametrize("word", ["oceanógrafo", "fotografa", "académica", "dirigenta", "ejecutivo", "aposentada",
                                  "bombeiro", "vizinha", "infirmière", "scienziato", "brandweerman", "testigo"])
def test_nouns_for_what_people_do(word):
    assert is_role_noun(word)


def test_what_a_speaker_describes_in_their_words_is_theirs():
    text = TRIAL + ("Son avocat, Me Grégoire Dethier, conteste les montants. Il décrit un conseil qui « signait tout"
                    " sans rien lire ».\n")
    assert speakers_of(text) == [("signait tout sans rien lire", "Grégoire Dethier")]


POOL = ("Das Hallenbad\n\nDer Gemeinderat will das Hallenbad schliessen. Gemeindepräsidentin Ursula Frei (FDP) und"
        " Clubpräsident Marco Gisler verhandeln seit Monaten.\n\n")


def test_the_subject_after_its_verb_after_a_clause_closed_by_a_colon_speaks():
    text = POOL + ("Sollte der Antrag scheitern, kündigt Gisler bereits die nächste Etappe an: «Dann ergreifen wir"
                   " das Referendum.»\n")
    assert speakers_of(text) == [("Dann ergreifen wir das Referendum.", "Marco Gisler")]


@pytest.mark.parametrize("opening, speaker", [
    ("Die Gemeindepräsidentin weist den Vorwurf zurück.", "Ursula Frei"),  # by the title one person holds
    ("Gisler weist den Vorwurf zurück.", "Marco Gisler"),
    ("Der Vorwurf wiegt schwer.", None),  # (no one opens the sentence)
])
def test_a_quotation_after_reported_speech_is_the_one_the_sentence_before_opens_on(opening, speaker):
    text = POOL + f"{opening} Der Gemeinderat habe die Zahlen sofort offengelegt. «Niemand hat hier etwas versteckt.»\n"
    assert speakers_of(text) == [("Niemand hat hier etwas versteckt.", speaker)]


@pytest.mark.parametrize("opening", ["L'architetto", "L’avvocato"])
def test_a_title_with_its_article_run_into_it_opening_the_sentence_names_a_person(opening):
    text = REGION + f"{opening} Ottavio Dal Pozzo ha firmato il progetto. «Abbiamo trasformato un problema», racconta.\n"
    assert people_of(text) == [("Ottavio Dal Pozzo", opening[2:])]
    assert speakers_of(text) == [("Abbiamo trasformato un problema", "Ottavio Dal Pozzo")]


def test_a_title_of_a_body_before_the_name_and_a_role_after_it_with_how_long_held():
    text = CLINIC + ("“Estão cobrindo um santo e descobrindo outro”, disse a diretora do sindicato Rosângela Aparecida"
                     " de Souza, técnica de enfermagem há 19 anos.\n")
    assert speakers_of(text) == [("Estão cobrindo um santo e descobrindo outro", "Rosângela Aparecida de Souza")]
    assert people_of(text) == [("Rosângela Aparecida de Souza", "técnica de enfermagem")]


@pytest.mark.parametrize("subject, speaker", [
    ("El ejecutivo agregó", "Patricio Aravena"),  # a word any holder of a title may be described by
    ("El líder del proyecto agregó", "Patricio Aravena"),
    ("La diputada agregó", None),  # a title no one named holds
])
def test_a_described_subject_any_holder_of_a_title_may_be_is_the_one_named_before(subject, speaker):
    text = PLANT + ("“Vamos a responder cada observación”, aseguró el gerente de proyectos, Patricio Aravena.\n\n"
                    f"{subject} que la planta es “también una deuda ambiental”.\n")
    assert speakers_of(text)[-1] == ("también una deuda ambiental", speaker)


def test_a_quotation_after_a_colon_closing_reported_speech_is_the_one_who_spoke_before():
    text = POOL + ("Die Zahlungen seien Vorauszahlungen gewesen, erklärte Gisler. Dass es dafür einen Beschluss"
                   " gebraucht hätte, sei ihm nicht bewusst gewesen: „Ich war nie ein Buchhalter.“\n")
    assert speakers_of(text) == [("Ich war nie ein Buchhalter.", "Marco Gisler")]
    # (a sentence in the indicative reports no one's words)
    told = text.replace("sei ihm nicht bewusst gewesen", "war ihm nicht bewusst")
    assert speakers_of(told) == [("Ich war nie ein Buchhalter.", None)]


COURT = ("Prozess\n\nDer Betrugsprozess gegen den Solarhändler ging am Freitag in Graz zu Ende.\n\n"
         "Unter den Zuhörern war Franz Wieser, ein pensionierter Tischler, der 19.000 Euro angezahlt hatte.\n\n")


def test_the_n_year_old_in_a_german_phrase_of_where_or_when_is_the_one_named_before():
    text = COURT + "„Das war unser Geld“, erzählte der 71-Jährige in einer Verhandlungspause.\n"
    assert speakers_of(text) == [("Das war unser Geld", "Franz Wieser")]


def test_a_german_quotation_of_two_paragraphs_opens_each_on_a_low_mark():
    text = COURT + ("„Das war unser Geld“, sagte Wieser.\n\n„Wir haben ihm vertraut, weil er aus der Gegend ist.\n\n"
                    "„Dass er jetzt sagt, er hat sich nicht bereichert, glaube ich nicht.“\n")
    assert [who for _, who in speakers_of(text)] == ["Franz Wieser", "Franz Wieser"]
    assert speakers_of(text)[1][0].startswith("Wir haben ihm vertraut")


def test_a_quotation_the_subjunctive_after_it_reports_is_the_one_its_sentence_opens_on():
    text = COURT + ("Staatsanwältin Martina Reisinger zeichnete das Bild einer Firma, die „nur noch von den"
                    " Anzahlungen gelebt“ habe.\n")
    assert speakers_of(text) == [("nur noch von den Anzahlungen gelebt", "Martina Reisinger")]
    told = text.replace("“ habe.", "“ hat.")  # (the indicative reports no one's words)
    assert speakers_of(told) == [("nur noch von den Anzahlungen gelebt", None)]


def test_the_pronoun_right_after_the_verb_before_a_colon_speaks():
    text = COURT + ("Die Richterin Elisabeth Hörmann begründete das Urteil. In Richtung des Angeklagten fand sie"
                    " deutliche Worte: „Sie haben trotzdem weitergemacht.“\n")
    assert speakers_of(text) == [("Sie haben trotzdem weitergemacht.", "Elisabeth Hörmann")]
    assert ("Elisabeth Hörmann", "Richterin") in people_of(text)
    # (found by the pronoun, not only guessed from the sentence before)
    assert parse_article(text).quotes[0].confidence >= 0.6


def test_an_italian_quotation_of_two_paragraphs_opens_each_on_a_guillemet():
    text = REGION + ("«È una giornata amara», ha dichiarato il sindaco di Lavertina, Claudio Bernasconi.\n\n"
                     "«Da soli, i nostri comuni faticano già oggi a trovare candidati per il municipio.\n\n"
                     "«Le sfide non spariscono con un voto, ne sono convinto».\n\n« Previous Previous\n")
    assert [who for _, who in speakers_of(text)] == ["Claudio Bernasconi", "Claudio Bernasconi"]
    assert speakers_of(text)[1][0].startswith("Da soli")


def test_a_noun_for_a_company_before_a_name_makes_no_person_of_it():
    text = ("Fabriek dicht\n\nFietsenfabrikant Veloxa stopt volgend jaar met lassen in Haverdam.\n\n"
            "Karin Smit werkt al 27 jaar als lasser bij Veloxa. Zij hoorde het nieuws in de kantine."
            " ‘Ik ben 54. Waar moet ik nog heen?’, zegt ze.\n\n"
            "Smit hoopt op een goede regeling voor de mensen van de framelijn bij Veloxa.\n")
    assert [name for name, _ in people_of(text)] == ["Karin Smit"]
    assert speakers_of(text) == [("Ik ben 54. Waar moet ik nog heen?", "Karin Smit")]


def test_a_portuguese_verb_of_saying_with_no_subject_is_the_one_the_paragraph_is_about():
    text = ("Seca\n\nA seca continua no Alentejo.\n\nO produtor Manuel Rosado admite vender parte do efetivo. «O meu"
            " pai passou pela seca de 2005», lamentou.\n")
    assert speakers_of(text) == [("O meu pai passou pela seca de 2005", "Manuel Rosado")]
    assert parse_article(text).quotes[0].confidence >= 0.6  # (said, not guessed from the sentence before)


def test_a_ministry_is_no_person_though_what_it_is_of_stands_alone_elsewhere():
    text = CLINIC + ("A vereadora da Educação, Leopoldina Mota, falou com os pais.\n\nQuestionado, o Ministério da"
                     " Educação respondeu que “está a acompanhar com interesse as iniciativas”.\n")
    assert people_of(text) == [("Leopoldina Mota", "vereadora da Educação")]


FLOODS = "Floods\n\nThe council passed the flood relief plan by 13 votes to five on Monday night.\n\n"


@pytest.mark.parametrize("between", [" ", "\n\n"])  # (the quotation in the same paragraph, or the next)
def test_the_subject_of_a_clause_after_its_title_and_a_clause_set_off_speaks_after_the_colon(between):
    text = FLOODS + ("Speaking outside the council offices afterwards, dairy farmer Tom Keegan, whose land borders"
                     f" the river, was blunt:{between}“Nobody is against protecting the town.”\n")
    assert speakers_of(text) == [("Nobody is against protecting the town.", "Tom Keegan")]


def test_a_paragraph_ending_on_a_colon_that_names_no_one_passes_no_speaker_on():
    text = FLOODS + "The landowners upstream had one demand:\n\n“Show us the modelling.”\n"
    assert speakers_of(text) == [("Show us the modelling.", None)]


def test_what_an_office_is_of_before_its_holder_s_title_heads_the_name():
    text = FLOODS + "Chair of the council Cllr Niamh Duignan said the decision was “long overdue” for the town.\n"
    assert speakers_of(text) == [("long overdue", "Niamh Duignan")]
    assert speakers_of(FLOODS + "A spokesperson for the council Cllr Niamh Duignan said it was “long overdue”.\n") \
        == [("long overdue", None)]
