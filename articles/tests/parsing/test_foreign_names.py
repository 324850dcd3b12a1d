"""People and their titles in stories in other languages: an article run into a title, a title's
adjective and what it is of, a nickname between the names, a surname of two words said alone, a
description set off after a name; and who says a quotation by a title's other name (our own short
stories, written for these tests)."""

import pytest

from articles.parsing import parse_article


def people(text):
    return [(person.name, person.role) for person in parse_article(text).people]


def speakers(text):
    return [quote.speaker for quote in parse_article(text).quotes]


def test_an_article_run_into_a_title_is_no_part_of_it():
    text = ("École\n\nLe conseil a voté la fermeture de l’école.\n\nPrésente dans la salle, l’enseignante Chantal"
            " Nadeau-Bergeron a tenu à répondre. « Les petits groupes sont une force », a-t-elle soutenu.\n")
    assert people(text) == [("Chantal Nadeau-Bergeron", "enseignante")]
    assert speakers(text) == ["Chantal Nadeau-Bergeron"]


def test_a_titles_adjective_and_what_it_is_of_after_an_elided_preposition():
    text = ("Pronto soccorso\n\nIl pronto soccorso chiude di notte.\n\nIn serata è arrivata una nota dell'assessore"
            " regionale alla Sanità, Gianpaolo Zanin, che parla di una misura «temporanea e legata alla carenza di"
            " personale».\n")
    assert people(text) == [("Gianpaolo Zanin", "assessore regionale alla Sanità")]
    assert speakers(text) == ["Gianpaolo Zanin"]


def test_a_nickname_between_the_names_leaves_the_person_named():
    text = ("Asfalto\n\nLos vecinos denunciaron el fraude.\n\nUno de ellos, Ramón “Tito” Olivera, presidente de la"
            " sociedad de fomento, recorrió el barrio.\n\n“Nos miraban como si estuviéramos locos”, recordó"
            " Olivera.\n")
    assert people(text) == [("Ramón Olivera", "presidente de la sociedad de fomento")]
    assert speakers(text)[-1] == "Ramón Olivera"


@pytest.mark.parametrize("later", [
    "Secondo Lo Presti si tratta di una soluzione «non più sostenibile».",  # said alone, after "secondo"
    "Lo Presti ha detto che la soluzione è «non più sostenibile».",
])
def test_a_surname_of_two_words_alone_is_the_person_named_in_full(later):
    text = ("Ospedale\n\nIl pronto soccorso chiude di notte.\n\nIl direttore generale Alessandro Lo Presti ha"
            f" presentato il piano.\n\n{later}\n")
    assert people(text) == [("Alessandro Lo Presti", "direttore generale")]
    assert speakers(text) == ["Alessandro Lo Presti"]


def test_a_description_set_off_after_a_name_makes_it_a_person_and_its_title_says_who_speaks():
    role = "coordenadora do Sindicato dos Trabalhadores da Indústria Alimentar do Litoral"
    text = ("Conserveira\n\nA fábrica vai ser vendida.\n\nA leitura do sindicato é diferente. Ivonilde Correia,"
            f" {role}, acusa a administração de preparar um «despedimento encapotado».\n\n«Para onde é que elas"
            " vão?», questionou a dirigente sindical.\n")
    assert people(text) == [("Ivonilde Correia", role)]
    assert speakers(text) == ["Ivonilde Correia", "Ivonilde Correia"]


def test_a_title_set_off_before_another_name_makes_no_person_of_what_comes_before_it():
    text = ("Presupuesto\n\nEl Gobierno presentó el presupuesto.\n\nEl presidente de la comisión de Presupuesto de la"
            " Asamblea, el diputado opositor Gregorio Salcedo Varela, calificó el plan de “atajo autoritario”.\n")
    assert [name for name, _ in people(text)] == ["Gregorio Salcedo Varela"]


@pytest.mark.parametrize("paragraphs, speaker", [
    ("Presidió la audiencia la jueza Mariela Sosa de la Vega.\n\n“Quedó acreditado que firmó los certificados”,"
     " sostuvo la magistrada.", "Mariela Sosa de la Vega"),
    ("Il dottor Carlo Maria Ferretti conferma le difficoltà.\n\n«I miei colleghi hanno saltato le ferie», racconta.",
     "Carlo Maria Ferretti"),
    ("Em conferência de imprensa, o administrador João Pedro Vasconcelos de Almeida justificou a venda. «Sozinhos,"
     " não tínhamos músculo», garantiu.", "João Pedro Vasconcelos de Almeida"),
    ("La création d’un comité a été annoncée par la mairesse Johanne Lapointe-Dubé.\n\n« On ne lâchera pas », a"
     " promis la mairesse.", "Johanne Lapointe-Dubé"),
])
def test_titles_and_verbs_of_saying_of_more_countries(paragraphs, speaker):
    assert speakers("Nota\n\nLa historia empieza aquí.\n\n" + paragraphs + "\n") == [speaker]


@pytest.mark.parametrize("sentence, person", [
    ("O procurador da República Heitor Bragança de Sá, autor da ação, afirmou que o caso é grave.",
     ("Heitor Bragança de Sá", "procurador da República")),
    ("Il sindaco di Roma Roberto Gualtieri ha presentato il piano.", ("Roberto Gualtieri", "sindaco di Roma")),
])
def test_what_a_title_is_of_set_right_before_a_name_is_the_titles(sentence, person):
    assert people("Nota\n\nLa storia comincia qui.\n\n" + sentence + "\n") == [person]


def test_a_university_or_an_institute_after_a_title_is_no_person():
    text = ("Bactéria\n\nA pesquisa durou três anos.\n\nO estudo é do professor da Universidade Estadual de Campo"
            " Sereno e do Instituto Lula, que o financia.\n")
    assert people(text) == []


@pytest.mark.parametrize("subject, speaker", [
    ("A magistrada defende", "Ana Lúcia Moura"),  # whoever holds the title, by another of its names
    ("O investigador defende", None),  # a title nobody named holds: not the person named last
])
def test_a_described_subject_before_the_quotation_names_whoever_holds_the_title(subject, speaker):
    text = ("Manguezal\n\nA licença foi suspensa.\n\nPara a juíza Ana Lúcia Moura, o estudo de impacto é"
            f" insuficiente.\n\n{subject} que a lei seja cumprida antes. «Não é contra o turismo.»\n")
    assert speakers(text) == [speaker]


def test_german_compound_titles_for_doctors_lawyers_and_engineers():
    text = ("Klinik\n\nDie Notaufnahme schließt nachts.\n\nPatientenanwältin Gerlinde Moosbacher kritisierte den Plan."
            " „Das ist zu früh“, sagte die Patientenanwältin.\n")
    assert people(text) == [("Gerlinde Moosbacher", "Patientenanwältin")]
    assert speakers(text) == ["Gerlinde Moosbacher"]


def test_a_preposition_run_into_its_article_opens_no_name():
    text = ("Mure\n\nEine Mure hat das Ortszentrum verschüttet.\n\nAm Nachmittag machte sich der Landesrat ein Bild"
            " von der Lage. Er kündigte Hilfe an.\n")
    assert people(text) == []


def test_a_dutch_chief_inspector_s_title_is_no_part_of_his_name():
    text = ("Schoolstraat\n\nDe gemeente sluit de straat voor auto's.\n\nHoofdinspecteur Pieter-Jan Vandermeulen van de"
            " politiezone laat weten dat er gecontroleerd wordt.\n")
    assert [(person.name, person.role) for person in parse_article(text).people] == [
        ("Pieter-Jan Vandermeulen", "Hoofdinspecteur")]


def test_an_elided_article_standing_alone_before_a_name_is_read_past():
    text = ("Calcio\n\nIl Castelvecchio ha vinto 3-1 davanti a quasi quattromila spettatori lunedì sera.\n\nHa parlato il"
            " presidente dell' Giancarlo Ferrante ai cronisti al termine della partita.\n")
    assert "Giancarlo Ferrante" in [name for name, _ in people(text)]
