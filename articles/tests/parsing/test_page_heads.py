"""The head of a page: a headline set in quotation marks under its kicker, a consent dialog over
the page, a menu's label set again in the breadcrumb, a section's label in capitals, a link's
arrow (our own short pages, written for these tests)."""

import json

import pytest

from articles.parsing import parse_article
from articles.parsing.notices import is_site_notice
from articles.parsing.paragraphing import is_subhead
from articles.parsing.text import is_whole_quotation, opens_quotation

from .stories import ROOT

STORY = ("Wer in diesen Tagen an das Ufer der Velme tritt, sieht Kies, wo eigentlich Wasser fließen sollte.\n"
         "Der Regen der letzten Wochen hat vor allem die oberen Bodenschichten wieder befeuchtet, sagt sie.\n"
         "Bis dieses Wasser im Grundwasser ankommt, vergehen Monate, manchmal Jahre.\n")
ENGLISH_STORY = ("The council voted 7-2 on Tuesday to open two new ferry lanes across the bay, after a "
                 "debate that ran past midnight.\n\nThe lanes will open in the spring, the harbor master "
                 "said, once the buoys have been moved.\n")
MENU = "\n".join(["Zum Inhalt springen", "Velmtal-Bote", "Suche", "Startseite", "Politik", "Wirtschaft", "Wissen",
                  "Sport", "Kultur", "Wetter"])


@pytest.mark.parametrize("line, whole", [
    ("„Wir haben das Grundwasser behandelt wie ein Konto, das nie leer wird“", True),
    ("«On ne lâchera rien, ni cette année ni la suivante»", True),
    ("“We will not back down”", True),
    ("»Das ist kein Wasserproblem«", True),
    # a quotation and what follows it, or two quotations, are no one quotation
    ("„Wir haben“, sagt sie, „nichts gewusst“", False),
    ("“We will not back down,” she said", False),
    ("» Next piece in People", False),
    ("« Older post | Main | Newer post »", False),
    ("Dürre im Velmtal", False),
])
def test_a_line_that_is_one_quotation_is_told(line, whole):
    assert is_whole_quotation(line) is whole


def test_a_guillemet_opens_a_quotation_only_when_the_line_closes_it():
    assert opens_quotation("»Das ist kein Wasserproblem«, sagt Thiel")
    assert opens_quotation("„Wir haben nichts gewusst“, sagt sie")
    assert not opens_quotation("» Next piece in People")
    assert not opens_quotation("„Wir haben nichts gewusst")


@pytest.mark.parametrize("kicker, title, standfirst", [
    ("Dürre im Velmtal", "„Wir haben das Grundwasser behandelt wie ein Konto, das nie leer wird“",
     "Nach drei trockenen Sommern liegen die Pegel im Velmtal so tief wie nie. Die Hydrologin Henrike Vossberg "
     "erklärt, warum ein nasser Herbst daran wenig ändert."),
    ("Sécheresse", "«On a traité la nappe comme un compte qui ne se vide jamais»",
     "Après trois étés secs, les nappes de la vallée sont au plus bas. La géologue Léa Charvin explique pourquoi "
     "un automne pluvieux n'y change presque rien."),
])
@pytest.mark.parametrize("over", ["", f"{MENU}\nVB+\n"])
def test_a_headline_in_quotation_marks_under_its_kicker_is_the_headline_and_stands_apart(
        kicker, title, standfirst, over):
    # a paste of a line to a paragraph, selected from the kicker down or copied whole
    text = f"{over}{kicker}\n{title}\n{standfirst}\nDas Interview führte Jonas Wetterau\n07.12.2026, 16:05 Uhr\n{STORY}"
    article = parse_article(text)
    assert article.headline == title
    # the quotation is not run on into the standfirst under it
    assert article.dek == standfirst
    assert all(not block.text.startswith(title[:12]) for block in article.body)


def test_a_quotation_line_is_a_subhead_of_its_own_in_a_story_pasted_a_line_to_a_paragraph():
    assert is_subhead("„Kein Wasserproblem, sondern ein Verteilungsproblem“")
    assert not is_subhead("„Kein Wasserproblem")  # (a quotation left open runs on into the next line)
    text = f"Dürre im Velmtal\n{STORY}„Kein Wasserproblem, sondern ein Verteilungsproblem“\n{STORY}"
    body = [(block.kind, block.text) for block in parse_article(text).body]
    assert ("subhead", "„Kein Wasserproblem, sondern ein Verteilungsproblem“") in body


@pytest.mark.parametrize("line", [
    "Wir und unsere 143 Partner speichern und verarbeiten personenbezogene Daten wie Ihre IP-Adresse auf Ihrem Gerät.",
    "We and our 812 partners store and/or access information on a device, such as unique IDs in cookies.",
    "Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil.",
    "Mit einem Klick auf „Alle akzeptieren“ willigen Sie in diese Verarbeitung ein. Ihre Einwilligung können Sie"
    " jederzeit über den Link „Datenschutz-Einstellungen“ am Ende jeder Seite widerrufen oder anpassen.",
    "Klik op ‘Akkoord’ als je daarmee instemt. Kies je voor ‘Weigeren’, dan plaatsen we alleen functionele en"
    " analytische cookies.",
    "By clicking “Accept all” you agree to the storing of data on your device.",
])
def test_a_consent_dialogs_sentences_are_notices(line):
    assert is_site_notice(line)


@pytest.mark.parametrize("line", [
    "“We and our partners will fight this ruling in every court,” said the chief executive, Ana Lima.",
    "„Wir und unsere Partner werden klagen“, sagte Konzernchef Jonas Wetterau am Montag.",
    "Die Firma hatte die Einwilligung der Kunden nie eingeholt, stellte das Gericht fest.",
    "Users were told to click on a link in the message to claim a refund, the police said.",
])
def test_story_sentences_about_partners_and_consent_are_not(line):
    assert not is_site_notice(line)


def test_a_consent_dialogs_heading_over_the_page_is_no_headline():
    dialog = ("Wij vragen je toestemming\n"
              "De Ringvaart Courant gebruikt cookies en vergelijkbare technieken om je een betere gebruikservaring"
              " te geven en onze site te analyseren.\n"
              "Klik op ‘Akkoord’ als je daarmee instemt. Kies je voor ‘Weigeren’, dan plaatsen we alleen functionele"
              " en analytische cookies.\nAkkoord\nWeigeren\nInstellingen aanpassen\n")
    title = "Buurt verzet zich tegen kap van 38 lindes aan de Lindelaan"
    head = ("Ga naar de inhoud\nDe Ringvaart Courant\nZoeken\nInloggen\nNieuws\nRegio\nSport\n"
            f"{title}\nSanne Koopmans\ndi 14 okt 2025 om 16:05\n")
    story = ("De 38 lindes aan de Lindelaan staan er al sinds 1952, toen de wijk werd gebouwd, en ze moeten weg.\n"
             "Bij de bewoners is het plan slecht gevallen, zegt buurtbewoonster Annelies de Groot tegen de krant.\n")
    assert parse_article(f"{dialog}{head}{story}").headline == title
    # (a title over a note about itself keeps it: the story's prose follows the note)
    note = "This article is about the ferry lanes. For the bridge, see the council's other report."
    assert parse_article(f"Harbor ferry lanes open\n{note}\n{ENGLISH_STORY}").headline == "Harbor ferry lanes open"


def test_a_menus_label_set_again_in_the_breadcrumb_is_no_headline():
    title = "Buurt verzet zich tegen kap van 38 lindes aan de Lindelaan"
    menu = "\n".join(["Nieuws", "Regio", "Alphen aan den Rijn", "Bodegraven-Reeuwijk", "Kaag en Braassem",
                      "Nieuwkoop", "Leiden", "Sport", "Podcast"])
    standfirst = ("Bewoners van de Lindelaan willen voorkomen dat de gemeente volgend voorjaar alle bomen in hun straat"
                  " kapt.")
    head = f"{menu}\nHome\nRegio\nAlphen aan den Rijn\n{title}\nPremium\n{standfirst}\nSanne Koopmans\n" \
           "di 14 okt 2025 om 16:05\nLeestijd 3 minuten\n"
    story = ("De 38 lindes aan de Lindelaan staan er al sinds 1952, toen de wijk werd gebouwd, en ze moeten weg.\n"
             "Bij de bewoners is het plan slecht gevallen, zegt buurtbewoonster Annelies de Groot tegen de krant.\n")
    assert parse_article(f"{head}{story}").headline == title
    # a title the page sets twice is still told by its repeat, however short
    page = (f"{menu}\nThe author chose to make this story unlisted, which means only people with a link can see it.\n"
            "On Behalf of Ferries\nShare on Twitter\nShare by email\nWords need defenders.\n"
            f"On Behalf of Ferries\n\n{ENGLISH_STORY}")
    assert parse_article(page).headline == "On Behalf of Ferries"


def test_a_title_over_its_date_and_a_signed_byline_stays_the_headline_over_a_line_the_lead_takes_up():
    menu = "\n".join(["Home", "Blog", "Games", "Ferry Days", "Harbor Quiz", "Private Club", "Register", "Log In",
                      "About Me"] * 3)
    head = ("Home » Ferry Days »\n05 Oct\nFerry Days\nFerry Days 3 / October pack\nOctober 5, 2031\nPosted by Vortex\n"
            "Leave a comment\n\nWhat is new in 2.26?\n\nNew lanes for the game!\n\n"
            "Try the new ferry lanes with your crew this weekend\n\n")
    story = ("You are a crew of sailors who have sailed together for a long time and want to try the new ferry "
             "lanes across the bay.\n\nThe lanes open on Saturday, and the game shows every crossing.\n")
    assert parse_article(f"{menu}\n{head}{story}").headline == "Ferry Days 3 / October pack"


@pytest.mark.parametrize("kicker", ["CAMPIONATO | 16ª GIORNATA", "PREMIER LEAGUE · MATCHDAY 16"])
def test_a_sections_label_in_capitals_set_in_parts_is_a_kicker(kicker):
    title = "Sereni all'ultimo respiro, il Castelrupe piega il Monteverza e vola al secondo posto"
    text = (f"{kicker}\n{title}\nLodigiani apre, Kamenov pareggia su rigore, poi il difensore decide di testa.\n"
            "dal nostro inviato Ettore Scalvini\n7 dicembre 2026 - 22:48\n"
            "Ci ha pensato un difensore, come nelle serate che contano. Al minuto 84 Sereni ha colpito di testa.\n"
            "Il Castelrupe sale così al secondo posto, a due punti dalla capolista.\n")
    assert parse_article(text).headline == title
    # a title in capitals over a subtitle is still the title
    capitals = "HARBOR COUNCIL OPENS TWO NEW FERRY LANES AFTER A LONG NIGHT"
    assert parse_article(f"{capitals}\nRiders on crowded boats save twenty minutes a day\n\n{ENGLISH_STORY}"
                         ).headline == capitals


def test_a_links_arrow_over_the_title_is_no_headline():
    title = "Harbor Star Ana Lima Retires"
    text = (f"Home\nSociety\n» Next piece in People\nFind » Society » People » {title}\n{title}\n\n{ENGLISH_STORY}")
    assert parse_article(text).headline == title


SPANISH_HEAD = ("Veintitrés corredores, atendidos por golpes de calor en el medio maratón de Valdesierra\n"
                "Dos de ellos permanecen ingresados en el Hospital Comarcal, uno en la UCI esta mañana\n"
                "La organización defiende que cumplió el protocolo y los médicos piden adelantar la salida\n"
                "Laura Mendizábal Prieto\nValdesierra\n12 OCT 2025 19:15\nActualizado 13 OCT 2025 08:40\n"
                "Compartir en Facebook\nCompartir en X\n")
SPANISH_STORY = ("Veintitrés participantes en el medio maratón de Valdesierra tuvieron que ser atendidos este domingo"
                 " por golpes de calor, según los servicios médicos.\nDos de los atendidos fueron trasladados al"
                 " Hospital Comarcal, donde uno de ellos permanece en la UCI.\n")


@pytest.mark.parametrize("player", ["", "Reproducir vídeo\nAsí fue la llegada a meta del medio maratón\n02:14\n"])
def test_a_standfirst_of_two_lines_is_climbed_to_the_title_over_it(player):
    menu = "\n".join(["Portada", "Deportes", "Atletismo", "Fútbol", "Baloncesto", "Motor", "Ciclismo", "Tenis",
                      "Opinión", "Suscríbete", "Iniciar sesión", "Atletismo"])
    title = SPANISH_HEAD.split("\n", 1)[0]
    assert parse_article(f"{menu}\n{SPANISH_HEAD}{player}{SPANISH_STORY}").headline == title
    assert parse_article(f"{SPANISH_HEAD}{player}{SPANISH_STORY}").headline == title


@pytest.mark.parametrize("variant", ["page", "region"])
def test_the_title_over_a_standfirst_of_two_lines_and_a_video_is_the_headline(variant):
    # (our own page: a two-line standfirst, the writer's bare name, the place, two dates, then a
    # video's label, title and length right over the story)
    folder = ROOT / "fixtures" / "pastes" / "foreign-unseen"
    truth = json.loads((folder / "es-unseen.truth.json").read_text(encoding="utf-8"))
    paste = (folder / f"es-unseen.{variant}.txt").read_text(encoding="utf-8")
    assert parse_article(paste).headline == truth["headline"]


@pytest.mark.parametrize("label", ["Reproducir vídeo", "Play video", "Lire la vidéo", "Video afspelen"])
def test_a_videos_title_between_its_label_and_its_length_is_no_title(label):
    from articles.parsing.widgets import is_player_title

    lines = [label, "Así fue la llegada a meta del medio maratón", "02:14"]
    assert is_player_title(lines, 1)
