"""Who speaks and who is named in stories in other languages: "according to" with a pronoun,
relative clauses, nouns for jobs, words opening a sentence before a name (our own short stories,
written for these tests)."""

import pytest

from articles.parsing import parse_article
from articles.parsing.names import appositive_role
from articles.parsing.words import is_role_noun

DUTCH_LEAD = "Bomen weg\n\nDe 38 lindes aan de Lindelaan staan er al sinds 1952, toen de wijk werd gebouwd.\n\n"
ITALIAN_LEAD = "La partita\n\nIl Castelvecchio ha vinto 3-1 davanti a quasi quattromila spettatori lunedì sera.\n\n"


def speakers(text):
    return [(quote.text, quote.speaker) for quote in parse_article(text).quotes]


@pytest.mark.parametrize("text, speaker", [
    # "according to him" in the sentence before a quotation standing on its own
    (DUTCH_LEAD + "Joost Hoogendoorn, boomdeskundige, vindt dat de gemeente te snel grijpt. Volgens hem kunnen de"
     " buizen onder de wortels door worden geboord. ‘Dat is duurder, maar het kan wel.’\n", "Joost Hoogendoorn"),
    ("Procès\n\nLe tribunal a jugé les deux frères mardi.\n\nMarie Dufresne a suivi toute l'audience. Selon elle,"
     " « rien n'a été laissé au hasard ».\n", "Marie Dufresne"),
    # a pronoun of the other gender names nobody
    ("Procès\n\nLe tribunal a jugé les deux frères mardi.\n\nMarie Dufresne a suivi toute l'audience. Selon lui,"
     " « rien n'a été laissé au hasard ».\n", None),
])
def test_according_to_a_pronoun_names_the_person_before(text, speaker):
    assert [who for _, who in speakers(text)] == [speaker]


def test_according_to_the_coach_after_the_coach_is_named():
    text = (ITALIAN_LEAD + "L'allenatore dell'Audace, Gianluca Sperti, ha parlato di \"una lezione da imparare\":"
            " secondo il tecnico, la squadra \"ha smesso di giocare dopo il 2-0\".\n")
    assert speakers(text) == [("una lezione da imparare", "Gianluca Sperti"),
                              ("ha smesso di giocare dopo il 2-0", "Gianluca Sperti")]
    assert is_role_noun("tecnico") and is_role_noun("empresaria")


@pytest.mark.parametrize("text, speaker", [
    (ITALIAN_LEAD + "Soddisfatto il presidente della Pro Castelvecchio, Ettore Bonvicini, che ha annunciato un"
     " premio per tutta la rosa: \"Se lo meritano.\"\n", "Ettore Bonvicini"),
    ("Die Werft\n\nDie Werft schließt im Frühjahr, 300 Stellen fallen weg.\n\nDer Betriebsrat um Kemal Yıldız,"
     " der betonte, man werde kämpfen: „Wir geben nicht auf.“\n", "Kemal Yıldız"),
])
def test_a_verb_of_saying_after_a_relative_pronoun_names_the_person_before_it(text, speaker):
    assert [who for _, who in speakers(text)] == [speaker]


@pytest.mark.parametrize("clause", [
    "che ha pagato la cena a tutti",  # no verb of saying
    "che ha pagato la cena, mentre il sindaco ha annunciato un premio",  # another's verb
])
def test_a_relative_clause_names_its_speaker_only_when_its_own_verb_says(clause):
    text = ITALIAN_LEAD + f"Il presidente della Pro Castelvecchio, Ettore Bonvicini, {clause}: \"Se lo meritano.\"\n"
    assert [who for _, who in speakers(text)] == [None]


def test_a_job_after_a_verb_of_saying_names_the_person_of_the_paragraph_before():
    text = ("Zapatos\n\nLeticia Zúñiga Mora abrió su taller hace 19 años con tres máquinas prestadas. Hoy emplea a 41"
            " personas.\n\n“Yo no quiero despedir a nadie”, contó la empresaria mientras revisaba un lote.\n")
    quotes = parse_article(text).quotes
    assert [(q.speaker, q.confidence < 0.6) for q in quotes] == [("Leticia Zúñiga Mora", True)]


@pytest.mark.parametrize("text, speaker", [
    ("Die Werft\n\nDie Werft schließt im Frühjahr.\n\nKemal Yıldız sprach von einem „Umbau, nicht einem"
     " Rückzug“.\n", "Kemal Yıldız"),
    ("Procès\n\nLe tribunal a jugé les deux frères mardi.\n\nMarie Dufresne a parlé d'une « méthode »"
     " bien rodée.\n", "Marie Dufresne"),
])
def test_spoke_of_is_a_verb_of_saying(text, speaker):
    assert [who for _, who in speakers(text)] == [speaker]


@pytest.mark.parametrize("text, name", [
    (DUTCH_LEAD + "Ook Pieter-Jan Hoogendoorn, lid van de stichting, vindt dat de gemeente te snel grijpt.\n",
     "Pieter-Jan Hoogendoorn"),
    ("Die Werft\n\nDie Werft schließt im Frühjahr.\n\nAuch Sanne Koopmann, Mitglied des Betriebsrats, ist"
     " enttäuscht.\n", "Sanne Koopmann"),
])
def test_a_word_opening_the_sentence_before_a_name_is_not_part_of_it(text, name):
    assert [p.name for p in parse_article(text).people] == [name]


def test_a_particle_makes_a_person_of_a_given_name_and_a_surname_the_story_writes_as_a_word():
    text = (DUTCH_LEAD + "Annelies de Groot woont sinds 1987 aan de Lindelaan. De nieuwe bomen worden nooit zo groot"
            " als de oude.\n")
    assert [p.name for p in parse_article(text).people] == ["Annelies de Groot"]
    # without the particle, a surname the story writes as a word leaves the pair in doubt
    text = DUTCH_LEAD + "Annelies Groot woont sinds 1987 aan de Lindelaan. De bomen zijn groot.\n"
    assert [p.name for p in parse_article(text).people] == []


@pytest.mark.parametrize("text, role", [
    # in another language "a" is an article before any noun, not only a person's
    (", a decisão é errada.", None),
    (", la maire de Dijon, a dit", "maire de Dijon"),
    (", professora de história, disse", "professora de história"),
])
def test_a_description_after_a_name_in_another_language_opens_on_a_noun_for_a_person(text, role):
    assert appositive_role(text, 0, english=False) == role
    assert appositive_role(", a teacher, said", 0, english=True) == "teacher"
