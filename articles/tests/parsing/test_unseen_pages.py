"""What pages the parser had never seen taught it: a standfirst of several lines, buttons and
comment threads in other languages, boxes of facts, people set off by their titles, quotations
standing alone (our own short pages, written for these tests)."""

import json

import pytest

from articles.parsing import parse_article
from articles.parsing.boxes import is_facts_heading
from articles.parsing.furniture import is_furniture
from articles.parsing.appositions import after_name_cue
from articles.parsing.namecues import role_in_apposition_before
from articles.parsing.notices import is_site_notice
from articles.parsing.text import has_terminal_punctuation
from articles.parsing.titlelines import is_title_candidate
from articles.parsing.words import is_role_noun

from .stories import ROOT, body_of

GERMAN_HEAD = ("Spital schliesst Geburtenabteilung – Hebammen und Eltern wehren sich\n"
               "Ab Juli sollen in Brüggliswil keine Kinder mehr zur Welt kommen. Der Verwaltungsrat begründet den"
               " Entscheid mit zu wenigen Geburten.\n"
               "Eine Petition mit über 6000 Unterschriften ist bereits unterwegs.\n"
               "Corina Beeli und Matthias Rohrbach-Senn\n12.11.2025, 17.45 Uhr\nTeilen\n")
GERMAN_STORY = ("Das Regionalspital Brüggliswil stellt seine Geburtenabteilung per Ende Juni ein. Das hat der"
                " Verwaltungsrat am Mittwoch entschieden.\nBetroffen sind rund 40 Angestellte, darunter 14 Hebammen,"
                " denen eine Stelle an einem anderen Standort angeboten wird.\n")


def test_a_date_line_with_a_stop_under_a_standfirst_of_two_lines_is_no_story():
    text = ("Caficultores venden por debajo del costo: la carga cayó 18 % en tres meses\nLa caída del precio"
            " internacional golpea a más de 4.000 familias cafeteras del departamento.\nLa cooperativa pide un alivio"
            " en los créditos; la Gobernación anuncia un fondo de emergencia.\nPor Valentina Orrego Ibáñez\n"
            "20 de noviembre de 2025 - 07:42 a. m.\nCompartir\nEl precio de la carga de café pergamino cayó en las"
            " últimas semanas a su nivel más bajo del año, según la cooperativa.\nLos productores dicen que venden"
            " por debajo del costo y que la cosecha apenas cubre los jornales.\n")
    article = parse_article(text)
    assert article.dek.startswith("La caída") and article.body[0].text.startswith("El precio")


def test_a_standfirst_of_two_lines_over_the_byline_is_the_summary():
    article = parse_article(GERMAN_HEAD + GERMAN_STORY)
    assert article.dek.startswith("Ab Juli sollen") and article.dek.endswith("bereits unterwegs.")
    texts = [block.text for block in article.body]
    assert texts[0].startswith("Das Regionalspital") and not any("17.45" in text or "Beeli" in text for text in texts)


def test_two_paragraphs_under_the_headline_with_no_byline_under_them_are_the_story():
    head = GERMAN_HEAD.replace("Corina Beeli und Matthias Rohrbach-Senn\n12.11.2025, 17.45 Uhr\nTeilen\n", "")
    article = parse_article(head + GERMAN_STORY)
    assert article.body[0].text.startswith("Ab Juli sollen")


@pytest.mark.parametrize("line", ["Partager sur Facebook", "Compartir en WhatsApp", "Condividi su LinkedIn",
                                  "Foto 1 di 8", "Bild 3 von 12", "Sfoglia la gallery", "Responder", "Gosto 18", "há 4 h",
                                  "Inicie sessão para comentar", "Mais lidas", "Subscrever"])
def test_buttons_counters_and_comment_stamps_in_other_languages_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Galerie", "La galerie a été rénovée en 2019.",
                                  "Partager ses idées, c'est important."])
def test_words_those_buttons_hold_are_no_furniture_in_a_sentence(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line, notice", [
    ("Os comentários são da exclusiva responsabilidade dos seus autores. A Gazeta reserva-se o direito de remover"
     " conteúdos.", True),
    ("Abbonati a L'Eco di Valdrana: il primo mese a 1 euro, poi 5,99 euro al mese. Disdici quando vuoi.", True),
    ("We care about the protection of your data. Read our Privacy Policy.", True),
    ("Todas as manhãs, as notícias do concelho no seu e-mail.", True),
    ("The mayor said residents could cancel any time before March, and many did.", False),
    ("Os comentários dos leitores foram muitos, disse o presidente da câmara.", False),
])
def test_comment_policies_offers_and_pitches_in_other_languages_are_notices(line, notice):
    assert is_site_notice(line) is notice


def test_a_newsletters_box_under_a_heading_with_its_name_goes():
    text = ("Spital schliesst\n\nDas Regionalspital stellt seine Geburtenabteilung per Ende Juni ein, sagt der"
            " Verwaltungsrat.\n\nNewsletter «Walchental am Morgen»\nDas Wichtigste aus der Region – jeden Morgen.\n"
            "Jetzt abonnieren\nLivio Tschümperlin hat die Petition gemeinsam mit drei anderen Familien lanciert, sagt"
            " er am Telefon.\n")
    texts = [block["text"] for block in body_of(text)]
    assert not any("Walchental am Morgen" in text or "abonnieren" in text for text in texts)
    assert texts[-1].startswith("Livio")


@pytest.mark.parametrize("heading", ["NEWSLETTER", "The newsletter"])  # (the second is furniture as well)
def test_a_newsletters_box_goes_with_a_caption_and_a_subhead_under_it(heading):
    text = ("Calor\n\nVeintitrés corredores fueron atendidos por golpes de calor este domingo, según los servicios"
            f" médicos.\n\n{heading}\nRecibe cada lunes el resumen deportivo\nApúntate gratis\nVarios corredores se"
            " refrescan en el avituallamiento. (Foto: Ana Ruiz)\nLos médicos piden cambios\nLa salida se dio a las"
            " diez, como en ediciones anteriores, y el sol ya calentaba la meta.\n")
    texts = [block.get("text") or block.get("caption") for block in body_of(text)]
    assert not any("lunes" in text or "Apúntate" in text for text in texts)
    assert texts[-1].startswith("La salida")


@pytest.mark.parametrize("heading", ["Das Spital in Zahlen", "The hospital in numbers", "Key facts",
                                     "Der Fall im Überblick", "Windpark Zandhoek in het kort", "Le projet en bref"])
def test_a_box_of_facts_may_name_its_subject(heading):
    assert is_facts_heading(heading)
    assert not is_facts_heading("Life in numbers is hard to measure today")


@pytest.mark.parametrize("stamp", ["Hace 12 horas\n", ""])  # (told by its buttons alone, too)
def test_a_comment_thread_in_another_language_ends_the_story(stamp):
    text = ("Calor\n\nVeintitrés corredores fueron atendidos por golpes de calor este domingo, según los servicios"
            " médicos de la carrera.\nLa organización defiende que cumplió el protocolo previsto para episodios de"
            " calor, con dos puntos de agua más.\nLa federación no ha modificado por ahora su calendario, que incluye"
            f" otras tres pruebas este otoño.\nComentarios\n14 comentarios\nRunner_Valdesierra\n{stamp}Yo corrí"
            " y a partir del kilómetro 14 aquello era un horno, pero hacía falta más agua.\nResponder\nMe gusta 4\n"
            f"jlgarcia_74\n{stamp}Salir a las diez en una media maratón con la que está cayendo este otoño no tiene"
            " sentido.\nResponder\n")
    texts = [block["text"] for block in body_of(text)]
    assert texts[-1].startswith("La federación") and not any("horno" in text for text in texts)


def test_a_title_ending_on_a_guillemet_that_closes_its_quotation_is_a_title():
    lines = ["Il lanificio passa a un fondo americano: «Produzione e posti restano a Valdrana»", "x"]
    assert is_title_candidate(lines, 0, 0) and not is_title_candidate(["Politica »", "x"], 0, 0)
    assert not is_title_candidate(["« Spade To Be a Dad? | Main | Stefani Stays in... »", "x"], 0, 0)
    assert has_terminal_punctuation("« J'ai travaillé sept ans avec lui. On ne peut plus défendre le bilan. »")
    assert not has_terminal_punctuation("Find out more about the ferry! »")


@pytest.mark.parametrize("variant", ["page", "region"])
def test_a_breadcrumbs_place_over_a_kicker_is_no_headline(variant):
    # (our own page: breadcrumb, kicker, title, standfirst, byline, date)
    folder = ROOT / "fixtures" / "pastes" / "foreign"
    truth = json.loads((folder / "pt-br-politica.truth.json").read_text(encoding="utf-8"))
    assert parse_article((folder / f"pt-br-politica.{variant}.txt").read_text(encoding="utf-8")).headline == \
        truth["headline"]


@pytest.mark.parametrize("tail, english, role", [
    ("Soddisfatta invece la sindaca di Valdrana,", False, "sindaca di Valdrana"),
    ("A vereadora da Educação,", False, "vereadora da Educação"),
    ("O diretor do agrupamento,", False, "diretor do agrupamento"),
    ("Échevin des Finances,", False, "Échevin des Finances"),
    ("la decisión de la junta,", False, None),
    ("The city said that el presidente de la junta,", True, None),  # an English story
    ("The tenants' lawyer and her nephew,", True, "nephew"),
    ("Lo explicó el gerente general de la compañía,", False, "gerente general de la compañía"),  # both nouns
    ("« C'est fini », a déclaré la maire de Montalrieu,", False, "maire de Montalrieu"),  # not the verb
])
def test_a_noun_for_a_person_set_off_before_a_name_in_another_language(tail, english, role):
    assert role_in_apposition_before(tail, english=english) == role


@pytest.mark.parametrize("text, name", [
    ("Spital\n\nDas Spital schliesst die Geburtenabteilung.\n\nLivio Tschümperlin aus Haldikon hat die Petition"
     " lanciert.\n", "Livio Tschümperlin"),
    ("Brand\n\nEen zware brand verwoestte het gebouw.\n\n“We hebben het vuur kunnen tegenhouden”, zegt"
     " kapitein-commandant Dries Verschaeren van Hulpverleningszone Scheldevallei.\n", "Dries Verschaeren"),
    ("Brand\n\nEen zware brand verwoestte het gebouw.\n\nBewoonster Jozefien Van de Casteele woont er twaalf jaar.\n",
     "Jozefien Van de Casteele"),
])
def test_people_by_where_they_come_from_their_compound_title_or_a_body_after_them(text, name):
    assert [person.name for person in parse_article(text).people] == [name]
    assert is_role_noun("kapitein-commandant") and after_name_cue(" aus Haldikon hat")


@pytest.mark.parametrize("text, speaker", [
    # a paragraph of one quotation after a paragraph whose subject is named after a title
    ("Floods\n\nThe river rose overnight.\n\nSES Kooralong unit controller Dallas Pirrone said volunteers had"
     " answered 46 calls.\n\n\"Our volunteers are tired but they're ready.\"\n", "Dallas Pirrone"),
    # a subject set off by commas after its title, before a verb of saying
    ("Professores\n\nA Câmara aprovou um pacote de medidas.\n\nO diretor do agrupamento, Rui Filipe Cerqueira,"
     " considera que as medidas \"vão na direção certa\", mas lembra os contratos.\n", "Rui Filipe Cerqueira"),
    # a foreign pronoun opening the sentence before a colon
    ("Brand\n\nEen zware brand verwoestte het gebouw.\n\nBurgemeester Lieselot Vanhoutteghem bezocht de bewoners."
     " Ze deed meteen een oproep aan de inwoners: “Breng voorlopig geen spullen naar de sporthal.”\n",
     "Lieselot Vanhoutteghem"),
])
def test_more_speakers_on_pages_never_seen(text, speaker):
    assert [quote.speaker for quote in parse_article(text).quotes] == [speaker]


def test_a_title_that_goes_with_the_given_name_names_the_person_of_that_given_name():
    text = ("Trains\n\nThe report was published on Monday.\n\nIts author, Dame Hester Quarrendon, a former chief"
            " engineer, does not mince her words.\n\n“Once a single train is late, the whole morning unravels,” Dame"
            " Hester told the Record.\n")
    article = parse_article(text)
    assert [person.name for person in article.people] == ["Hester Quarrendon"]
    assert [quote.speaker for quote in article.quotes] == ["Hester Quarrendon"]


@pytest.mark.parametrize("text, speaker", [
    # a quotation opening its sentence right after one whose subject is named (a guess, flagged)
    ("Fahrplan\n\nDer Landkreis will den Busfahrplan ändern, sagt Projektleiter Ansgar Tiefenthaler.\n\nBesonders"
     " betroffen sind die Schüler. Eberhard Kistenpfennig, Leiter des Rottach-Gymnasiums, hält den Entwurf für"
     " unrealistisch. „Um zehn vor sechs an der Haltestelle, das ist keine Lösung.“\n", "Eberhard Kistenpfennig"),
    ("Ferries\n\nThe council voted on Tuesday.\n\nMayor Jo Li is not convinced by the plan. “It cannot work in"
     " winter.”\n", "Jo Li"),
    # not when the sentence before opens on something else
    ("Ferries\n\nThe council voted on Tuesday.\n\nThe plan, which Mayor Jo Li backed last year, was dropped."
     " “It cannot work in winter.”\n", None),
    # nor for the title of a piece, which says nothing
    ("Ferries\n\nThe council voted on Tuesday.\n\nMayor Jo Li was in the news in 2005. “Surviving Without"
     " Subsidies” ran in the Ledger.\n", None),
])
def test_a_quotation_after_a_sentence_about_its_speaker(text, speaker):
    quotes = parse_article(text).quotes
    assert [quote.speaker for quote in quotes] == [speaker]
    assert speaker is None or quotes[0].confidence < 0.6


@pytest.mark.parametrize("text, speaker", [
    ("Usine\n\nLe site emploie 240 personnes.\n\n« On nous avait promis que personne ne perdrait son emploi »,"
     " s'indigne Maëlys Le Goaziou, déléguée syndicale.\n", "Maëlys Le Goaziou"),
    ("Usine\n\nLe site emploie 240 personnes.\n\nDe son côté, le directeur du site, Hervé-Loïc Dantigny, assure que"
     " les départs se feront « en priorité sur la base du volontariat ».\n", "Hervé-Loïc Dantigny"),
    # the person right before the verb, set off by commas, not a body named earlier in the sentence
    ("Vertidos\n\nEl tribunal condenó al empresario.\n\nDurante el juicio, el fiscal de Medio Ambiente, Íñigo Zabaleta"
     " Urquiza, sostuvo que el acusado actuó «con pleno conocimiento».\n", "Íñigo Zabaleta Urquiza"),
])
def test_more_verbs_of_saying_and_subjects_set_off_by_commas(text, speaker):
    assert [quote.speaker for quote in parse_article(text).quotes] == [speaker]


@pytest.mark.parametrize("line", ["Article content", "VIDÉO. Brévinac : les salariés bloquent l'accès à l'usine",
                                  "Vídeo: veja como é feita a coleta de amostras"])
def test_a_videos_link_and_an_ads_marker_are_furniture(line):
    assert is_furniture(line)
    assert not is_furniture("Video games are a big business in the town, the mayor said.")


@pytest.mark.parametrize("line, notice", [
    ("Sie lesen einen LB+ Artikel. Vielen Dank, dass Sie unseren Lokaljournalismus mit Ihrem Abonnement"
     " unterstützen.", True),
    ("Thanks to the subscription model, the museum broke even, she said.", False),
    ("Gracias a la suscripción de los vecinos, el club sobrevivió.", False),
])
def test_a_subscribers_thanks_is_a_notice(line, notice):
    assert is_site_notice(line) is notice


def test_a_newsletters_box_under_its_name_without_marks_goes():
    text = ("Usine\n\nLes salariés de la biscuiterie bloquent l'accès à l'usine depuis lundi matin, selon les"
            " syndicats.\n\nNewsletter Économie\nChaque matin, l'essentiel de l'actualité économique.\nVotre adresse"
            " e-mail\nJe m'inscris\nLa direction a reçu les délégués mardi, sans qu'un accord soit trouvé sur les"
            " départs.\n")
    texts = [block["text"] for block in body_of(text)]
    assert not any("Économie" in text or "inscris" in text for text in texts) and texts[-1].startswith("La direction")


def test_a_box_of_key_findings_with_long_items_goes():
    assert is_facts_heading("Key findings")
    text = ("Trains\n\nFewer than half the trains on the line ran on time last year, a report found on"
            " Monday.\n\nKey findings\n34% of trains on the Fenholt line arrived on time in the year to September\n"
            "11.2% of services were cancelled\nThe report was written by a former chief engineer of the rail"
            " company, who spent a year on it.\n")
    texts = [block["text"] for block in body_of(text)]
    assert not any("34%" in text for text in texts) and texts[-1].startswith("The report")


HEARING = ("Council approves tower\n\nAfter nearly seven hours of testimony, the council voted 6-5 to rezone the"
           " parking lot on the edge of the neighborhood.\n\n")


@pytest.mark.parametrize("pull, credit", [
    ("“I will never be able to afford to live here unless something like this gets built.”",
     "Marisol Ochoa-Petrakis, teacher"),
    ("„Ich war nie ein Buchhalter. Ich war Bürgermeister.“", "Ferdinand Kitzmüller, Altbürgermeister von Oberwölzing"),
])
def test_a_pull_quote_and_the_line_crediting_it_are_dropped(pull, credit):
    said = (f"Supporters spoke until midnight. {pull[:-1]},{pull[-1]} said one of them, who teaches at the school"
            " down the street.")
    text = HEARING + said + "\n\n" + pull + "\n\n" + credit + "\n\nA narrow vote\n\nThe outcome hinged on one vote.\n"
    texts = [block["text"] for block in body_of(text)]
    assert pull not in texts and credit not in texts
    assert "A narrow vote" in texts and said in texts
    # a line of that shape after a paragraph of the story is the story's
    plain = HEARING + said + "\n\n" + credit + "\n\nThe outcome hinged on one vote.\n"
    assert credit in [block["text"] for block in body_of(plain)]


def test_the_papers_own_photographer_credits_the_caption_above():
    text = (HEARING.split("\n\n")[0] + "\n\nShare\n\nResidents line up to speak at the council meeting on Tuesday"
            " night. The hearing ran until after 1 a.m.\nBrianna Featherstone/Staff photographer\n\n"
            + HEARING.split("\n\n")[1] + "\n")
    images = [block for block in body_of(text) if block["type"] == "image"]
    assert [(image["caption"][:9], image["credit"]) for image in images] == [
        ("Residents", "Brianna Featherstone/Staff photographer")]


@pytest.mark.parametrize("line", ["Beluister dit artikel", "FOTO", "12 foto", "8 Bilder", "Fotogalerie"])
def test_listen_buttons_and_galleries_labels_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Vandaag om 05.00 uur", "UPDATE 4.55pm", "Heute, 07:30 Uhr", "6 min."])
def test_stamps_of_today_and_updates_stand_apart(line):
    text = HEARING + line + "\n\nThe outcome hinged on one vote, cast after midnight by the newest member.\n"
    assert line not in [block["text"] for block in body_of(text)]


@pytest.mark.parametrize("line, notice", [
    ("This story was first published at 11.20am and has been updated throughout the day.", True),
    ("Résumé généré par l'IA, vérifié par la rédaction.", True),
    ("The report was first published at the summit and updated by the agency a year later.", False),
    ("Need to talk? Call the Rural Wellbeing Line free on 0800 555 017, any time of day.", True),
    ("If you are struggling, call Lifeline on 13 11 14.", True),
    ("The charity runs a helpline and said calls rose by a third in 2023.", False),
    ("Vous avez trouvé une erreur? Signalez-la-nous.", True),
    ("The council made an error in the tender, the report found.", False),
])
def test_notes_on_the_storys_versions_are_notices(line, notice):
    assert is_site_notice(line) is notice


def test_a_box_of_facts_may_set_its_items_as_sentences_under_their_labels():
    text = ("Therme\n\nDer frühere Bürgermeister ist am Montag zu 20 Monaten bedingt verurteilt worden, wie das"
            " Landesgericht mitteilte.\n\nDer Fall im Überblick\nDie Therme: eröffnet im Mai 2019, Baukosten rund 23"
            " Millionen Euro, seit Oktober 2024 geschlossen.\nDer Vorwurf: Untreue mit einem Schaden von mehr als"
            " 300.000 Euro, Strafrahmen ein bis zehn Jahre.\nZahlungen ohne Beschluss\nDer 64-Jährige bekannte sich"
            " vor Gericht nicht schuldig und sprach von Vorauszahlungen für Eintrittskarten der Schulen.\n")
    texts = [block["text"] for block in body_of(text)]
    assert not any(text.startswith(("Die Therme:", "Der Vorwurf:", "Der Fall")) for text in texts)
    assert "Zahlungen ohne Beschluss" in texts and texts[-1].startswith("Der 64-Jährige")


def test_a_box_of_key_points_under_its_heading_past_the_share_buttons():
    text = ("Grève aux TPCM : aucun bus n'a circulé lundi matin\nMaëlle Rochat\nPubliée aujourd'hui à 06h42\n"
            "Partager\nFacebook\nLinkedIn\nWhatsApp\nCourriel\nImprimer\nAbonnés\nEn bref\n"
            "Les 212 chauffeurs des TPCM sont en grève depuis lundi.\nLe syndicat réclame des pauses garanties.\n"
            "Le dépôt de Saint-Aubinet n'avait pas connu pareil silence depuis trente ans : les 212 chauffeurs des"
            " TPCM sont en grève depuis lundi, et le syndicat réclame des pauses garanties.\n")
    texts = [block["text"] for block in body_of(text)]
    assert texts == [text.rstrip("\n").rsplit("\n", 1)[-1]]


def test_a_gallerys_title_between_its_label_and_its_count_is_dropped():
    text = ("Frana\n\nDiciotto famiglie sono state evacuate nella notte, ha detto il sindaco del paese.\n\nFOTO\n"
            "Le immagini della frana di Pian delle Querce\n12 foto\nI vigili del fuoco hanno lavorato per tutta la"
            " giornata.\n")
    assert "Le immagini della frana di Pian delle Querce" not in [block["text"] for block in body_of(text)]


@pytest.mark.parametrize("header, title", [
    ("Lees ook", "Warmtenetten rukken op in Vlaanderen, maar wie beschermt de klant?"),
    ("Leia também", "Preço do peixe na lota subiu 18% num ano. Quem fica com a diferença?"),
])
def test_another_storys_title_may_ask_a_question_under_read_also(header, title):
    text = (f"Verhaal\n\n{HEARING.split(chr(10))[2]}\n\n{header}\n{title}\nGemeente wil tussenkomen\n"
            "De schepen erkent dat de gemeente destijds mee de keuze voor het warmtenet heeft gemaakt, zei hij.\n")
    texts = [block["text"] for block in body_of(text)]
    assert title not in texts and "Gemeente wil tussenkomen" in texts


def test_a_photographer_credited_in_capitals_under_the_caption():
    text = ("Sardinha\n\nO Governo anunciou esta terça-feira que a campanha da sardinha abre a 1 de Maio, duas"
            " semanas antes do previsto.\n\nOferecer artigo\n"
            "Ezequiel Calado, mestre da traineira Boa Viagem, no cais de Arrifeira\n"
            "DUARTE FIALHO\nAo fim da tarde, no cais de Arrifeira, a traineira Boa Viagem está amarrada há quase"
            " cinco meses.\n")
    images = [block for block in body_of(text) if block["type"] == "image"]
    assert [(image["caption"][:8], image["credit"]) for image in images] == [("Ezequiel", "DUARTE FIALHO")]
    assert "Oferecer artigo" not in [block.get("text") for block in body_of(text)]


@pytest.mark.parametrize("post", [
    "Protección Civil Huexotitlán\n@PCHuexotitlan\nAtendemos reporte de descarrilamiento en la estación. Se pide a la"
    " población evitar la zona.\n9:58 p. m. · 16 jun. 2025",
    "@HarborPolice\nThe ferry terminal is closed. Please avoid the area while crews work.\n10:14 AM · Jun 16, 2025",
])
def test_a_post_embedded_in_the_story_is_the_accounts(post):
    text = HEARING + post + "\nThe outcome hinged on one vote, cast after midnight by the newest member.\n"
    texts = " ".join(block["text"] for block in body_of(text))
    assert "avoid" not in texts and "evitar" not in texts and "outcome hinged" in texts
    # without its time and date, the lines are the story's
    unstamped = HEARING + post.rsplit("\n", 1)[0] + "\nThe outcome hinged on one vote.\n"
    assert "avoid" in " ".join(block["text"] for block in body_of(unstamped)) or "evitar" in " ".join(
        block["text"] for block in body_of(unstamped))


_ESTIMATE = ("He estimated the farm would lose between 10 and 15 per cent of this season's lambs, on top of the ewes"
             " that were already struggling after a wet autumn.")


def test_a_paragraph_opening_on_a_pronoun_after_a_list_of_titles_is_the_storys():
    text = ("Snow buries lambing paddocks\nPower was still out to about 4000 rural properties on Wednesday evening,"
            " and the pass highway remained closed to all but emergency vehicles.\nHamish Pryde, who runs 3200 ewes"
            " on his family's hill-country farm, spent the night digging lambs out of the drifts with his sons.\n"
            "Read more:\nLamb prices hit five-year high as processors compete for stock\n'It's been"
            " relentless': Wet winter pushes farmers to the brink\n" + _ESTIMATE + "\nMore snow on the way\n"
            "Forecasters said a second band of heavy snow was expected to move in after midnight, with the roads"
            " over the pass closed until morning at the earliest.\n")
    texts = [block["text"] for block in body_of(text)]
    assert _ESTIMATE in texts
    assert "More snow on the way" in texts


def test_a_storys_subhead_under_a_box_of_titles_it_may_interest_you():
    text = ("Tren\n\nEl convoy descarriló el lunes por la noche en la estación Los Ahuehuetes, con 14 heridos.\n\n"
            "Te puede interesar:\nCierran tres carriles de la avenida Revolución por obras del colector\n"
            "¿Cuánto cuesta ahora el pasaje en transporte público? Estas son las nuevas tarifas\n"
            "Desgaste de rieles, la primera hipótesis\nEl director general del sistema descartó en conferencia de"
            " prensa que el convoy circulara a exceso de velocidad.\n")
    texts = [block["text"] for block in body_of(text)]
    assert "Desgaste de rieles, la primera hipótesis" in texts
    assert not any("Revolución" in text for text in texts)


def test_a_storys_subhead_set_apart_under_a_box_of_titles():
    text = ("Bad\n\nDer Gemeinderat will das Hallenbad Ende Jahr schliessen, weil die Sanierung elf Millionen kosten"
            " würde.\n\nMehr zum Thema\nEnnetsulz budgetiert erstmals seit zehn Jahren ein Defizit\n"
            "Wilerau verlängert die Öffnungszeiten im Hallenbad um eine Stunde\n\nSchulen müssten ausweichen\n\n"
            "Für den Schwimmclub mit seinen 240 Mitgliedern wäre eine Schliessung einschneidend, sagt sein Präsident.\n")
    texts = [block["text"] for block in body_of(text)]
    assert "Schulen müssten ausweichen" in texts
    assert not any("Defizit" in text for text in texts)


def test_a_byline_set_apart_under_a_box_of_titles_is_no_subhead():
    text = ("Sleep\n\nMost adults need seven hours of sleep a night, and many get far less than that in winter.\n\n"
            "READ MORE\nTen ways to sleep better when the nights are long\nWritten by Jo Lindqvist, MS\n\nA short walk after dinner helps, as does"
            " keeping the bedroom cool and dark through the night.\n")
    assert not any("Written by" in block["text"] for block in body_of(text))


def test_a_skip_link_in_portuguese_is_no_headline():
    text = ("Saltar para o conteúdo\nO Atlântico Diário\nSardinha volta mais cedo ao mar de Arrifeira\n"
            "A campanha da sardinha abre a 1 de Maio, duas semanas antes do que estava previsto pelo Governo.\n")
    assert parse_article(text).headline == "Sardinha volta mais cedo ao mar de Arrifeira"


def test_a_sentence_introducing_a_quotation_after_a_box_of_facts_ends_the_box():
    text = ("Landlord fined\n\nA landlord was fined £32,000 on Tuesday for letting four flats fall into disrepair, the"
            " council said.\n\nKey facts\nNine offences under the Housing Act\nFine: £32,000\nCosts: £8,640\n"
            "Four flats on Carrow Street\nHe told the court: “This was not a landlord who was unaware of the"
            " problems. He was told, in writing, repeatedly.”\n")
    texts = [block["text"] for block in body_of(text)]
    assert not any(text.startswith(("Key facts", "Fine:", "Costs:")) for text in texts)
    assert texts[-1].startswith("He told the court")


@pytest.mark.parametrize("page", ["unseen-eleventh/pt-ao-eleventh", "unseen-twelfth/nl-nl-twelfth"])
def test_a_sites_name_or_tagline_over_its_menu_is_no_headline(page):
    # (whole pages of our own: the site's name and tagline, maybe the day's date, over the menu)
    page = ROOT / "fixtures" / "pastes" / page
    truth = json.loads(page.with_suffix(".truth.json").read_text(encoding="utf-8"))
    text = page.with_suffix(".page.txt").read_text(encoding="utf-8")
    assert parse_article(text).headline == truth["headline"]
