"""Quotations running over several paragraphs, and speakers named where stories in other languages
name them: who a description after such a quotation means, a mark opening one inside a paragraph,
how something was said set between the verb and the name (our own short stories)."""

import pytest

from .stories import people_of, speakers_of

DROUGHT = "A seca no Alentejo\n\nA barragem de Vale Fundo está a 14% da capacidade.\n\n"
FINAL = "Final en Villa Rosales\n\nEl Atlético Rosales se clasificó para la final del torneo regional.\n\n"


def speaker_of(text, words):
    return next(speaker for quote, speaker in speakers_of(text) if words in quote)


@pytest.mark.parametrize("description", ["explicou a especialista", "acrescentou a investigadora"])
def test_a_description_after_a_quotation_of_two_paragraphs_means_whom_the_paragraph_before_its_first_named(
        description):
    text = (DROUGHT + "Para a hidróloga Teodora Fragoso, a situação não é um acontecimento isolado.\n\n"
            "«Temos de deixar de tratar a seca como uma catástrofe. Este é o novo normal no sul do país.\n\n"
            f"«Isso implica escolher culturas menos exigentes em água», {description}.\n")
    assert speaker_of(text, "novo normal") == "Teodora Fragoso"


def test_a_description_after_a_quotation_of_one_paragraph_two_paragraphs_on_means_nobody():
    text = (DROUGHT + "Para a hidróloga Teodora Fragoso, a situação não é um acontecimento isolado.\n\n"
            "Os agricultores já venderam parte do gado para aliviar os custos da rega.\n\n"
            "«Isso implica escolher culturas menos exigentes em água», explicou a especialista.\n")
    assert speaker_of(text, "culturas") is None


def test_a_teams_technical_director_is_its_coach():
    text = (FINAL + "El director técnico Gustavo Ibarguren, que asumió en marzo, destacó la entrega del plantel.\n\n"
            "“Acá hay chicos que se levantan a las cinco para ordeñar. Entrenan de noche, con frío.\n\n"
            "“Lo que lograron hoy no tiene precio”, sostuvo el entrenador.\n")
    assert speaker_of(text, "ordeñar") == "Gustavo Ibarguren"


def test_the_technico_just_named_is_not_another_teams_coach_named_later():
    text = (FINAL + "“Hoy ganamos con el corazón”, dijo Fermín Arrabal en la sala de prensa. El técnico reconoció"
            " que su equipo “no estuvo fino en la primera parte”.\n\n"
            "El entrenador de los visitantes, Óscar Lafuente, felicitó al rival.\n")
    assert speaker_of(text, "no estuvo fino") == "Fermín Arrabal"


@pytest.mark.parametrize("verb", ["dijo entre risas", "contó con la voz quebrada"])
def test_how_something_was_said_between_the_verb_and_the_name(verb):
    text = (FINAL + "Los festejos se extendieron hasta la madrugada en la plaza del pueblo.\n\n"
            f"“Hace treinta y un años que espero esto”, {verb} Nélida Sosa, socia vitalicia del club.\n")
    assert "Nélida Sosa" in [name for name, _ in people_of(text)]
    assert speaker_of(text, "espero esto") == "Nélida Sosa"


def test_a_guillemet_opening_a_quotation_inside_a_paragraph_goes_on_into_the_next():
    text = ("Le théâtre sauvé\n\nLe village a racheté la Grange, a annoncé la coopérative lundi.\n\n"
            "Pour Mathieu Lachance, président de la coopérative, tout tient à une chose : le théâtre fait partie du"
            " village. « Tout le monde ici a un souvenir à la Grange. Un premier rendez-vous, un premier emploi.\n\n"
            "« Ce n'est pas juste un bâtiment. C'est notre salon collectif. »\n")
    quotes = speakers_of(text)
    assert len(quotes) == 1 and quotes[0][0].startswith("Tout le monde") and quotes[0][0].endswith("collectif.")
