"""Whole pages in other languages: their speakers and people, captions and credits, players,
boxes and pitches (our own short stories, written for these tests)."""

import pytest

from articles.parsing import parse_article
from articles.parsing.captions import credit_under_caption, is_credit_line, parse_credit, split_caption
from articles.parsing.furniture import is_furniture
from articles.parsing.givennames import GIVEN_NAMES, MALE_NAMES
from articles.parsing.names import is_title
from articles.parsing.notices import is_site_notice
from articles.parsing.stamps import is_stamp_or_data_line
from articles.parsing.words import is_role_noun

from .stories import ROOT, body_of, people_of, speaker_of, speakers_of

PAGES = ROOT / "fixtures" / "pastes" / "foreign"




def test_a_hyphenated_given_name_is_one_when_each_part_is():
    assert "anne-laure" in GIVEN_NAMES and "pieter-jan" in GIVEN_NAMES and "jean-pierre" in GIVEN_NAMES
    assert "pays-bas" not in GIVEN_NAMES and "anne-" not in GIVEN_NAMES


@pytest.mark.parametrize("text, name", [
    ("Procès\n\nLe tribunal a jugé les deux frères mardi, après une longue journée d’audience.\n\n"
     "Anne-Laure Bessonnet a requis trois ans : « Ils ont choisi leurs victimes pour leur vulnérabilité. »\n",
     "Anne-Laure Bessonnet"),
    ("Procès\n\nLe tribunal a jugé les deux frères mardi, après une longue journée d’audience.\n\n"
     "Grégoire Lamotte, avocat du cadet, a plaidé la clémence : « Mon client n’a jamais nié. »\n", "Grégoire Lamotte"),
])
def test_an_uncued_name_opening_on_a_common_french_given_name_is_a_person(text, name):
    article = parse_article(text)
    assert [p.name for p in article.people] == [name]
    assert [q.speaker for q in article.quotes] == [name]


def test_given_names_are_found_with_or_without_their_accents():
    assert "raúl" in GIVEN_NAMES and "raul" in GIVEN_NAMES and "óscar" in GIVEN_NAMES
    assert "joaquín" in GIVEN_NAMES and "joaquin" in GIVEN_NAMES and "raúl" in MALE_NAMES
    assert "dèsk" not in GIVEN_NAMES


@pytest.mark.parametrize("text, words, speaker", [
    # a given name known in any of the languages: "Kemal", "Svetlana"
    ("Die Werft schließt.\n\nDie Gewerkschaft will das nicht hinnehmen und kündigt Widerstand an. Gewerkschaftssekretär"
     " Kemal Yıldız erklärte: „Wir kämpfen um jede Stelle.“ Die Gespräche mit dem Betriebsrat beginnen im März.\n",
     "jede Stelle", "Kemal Yıldız"),
    ("Die Werft schließt.\n\n„Das ist bitter“, sagte die Betriebsratsvorsitzende Svetlana Brandt. Sie will klagen.\n",
     "bitter", "Svetlana Brandt"),
    # a title in lower case between the verb and the name
    ("De brug gaat dicht.\n\n“Het kan niet anders”, zei wethouder Femke de Wit tijdens het debat.\n",
     "niet anders", "Femke de Wit"),
    # a long title set off by a comma after the verb
    ("A ponte fecha em março.\n\n“Não há alternativa”, disse o secretário municipal de Obras, Rodrigo Tavares Lima,"
     " durante a sessão.\n", "alternativa", "Rodrigo Tavares Lima"),
    # the first of two surnames stands for the person
    ("El puerto cierra.\n\nEl portavoz de la oposición, Julián Ferrer Ocaña, pidió explicaciones."
     " «Nadie nos avisó», afirmó Ferrer.\n", "Nadie", "Julián Ferrer Ocaña"),
    # "according to" before the quotation, with a name or a title and a name
    ("La digue cède.\n\nSelon Paul Morvan, « le dossier est bouclé depuis deux ans ». Il attend l'État.\n",
     "dossier", "Paul Morvan"),
    ("El equipo pierde.\n\nSegún el capitán del equipo, Raúl Etxeberria, el vestuario sale “tocado pero vivo”."
     " El domingo juega en casa.\n", "tocado", "Raúl Etxeberria"),
    # a title the speaker was named with in the same paragraph, after the verb
    ("El equipo gana.\n\nMaldonado, que no marcaba desde mayo, dedicó el gol a su familia. “Llevaba semanas"
     " pensando en esto”, explicó el delantero a pie de campo.\n", "semanas", None),
    ("O hospital fecha à noite.\n\nPara o presidente da associação de médicos, Nuno Rebelo Pestana, o problema é"
     " antigo. «Os médicos não saem por acaso», sublinhou o pediatra, que trabalhou no hospital.\n",
     "por acaso", "Nuno Rebelo Pestana"),
    # a title and a name set off by a comma after a long title
    ("Incendio in un capannone.\n\n«Il fuoco era già ovunque», ha spiegato il comandante provinciale dei vigili"
     " del fuoco, l'ingegnere Stefano Moretti.\n", "ovunque", "Stefano Moretti"),
    # verbs of saying added to the list
    ("Les hérissons disparaissent.\n\n« Un jardin tondu est un désert », résume Thomas Verdier, chargé de mission.\n",
     "désert", "Thomas Verdier"),
])
def test_speakers_in_other_languages(text, words, speaker):
    assert speaker_of(text, words) == speaker


def test_a_title_names_the_person_named_before_it_in_the_paragraph():
    text = ("El equipo gana.\n\nEl delantero Jairo Benítez marcó en el 93. “Llevaba semanas pensando en esto”,"
            " explicó el delantero.\n\nEl técnico Fermín Alcalá habló después.\n\n"
            "Benítez, que no marcaba desde mayo, dedicó el gol a su familia. “Era mi noche”, contó el jugador.\n")
    assert speaker_of(text, "semanas") == "Jairo Benítez"  # the one who holds the title
    assert speaker_of(text, "mi noche") == "Jairo Benítez"  # named just before in the paragraph
    described = [q for q in parse_article(text).quotes if "mi noche" in q.text][0]
    assert described.confidence == pytest.approx(0.65)


@pytest.mark.parametrize("text, words, speaker", [
    # the person the paragraph before is about, named under no other title
    ("El taller resiste.\n\nLeticia Moreno abrió su taller hace 19 años con tres máquinas prestadas.\n\n"
     "“Yo no quiero despedir a nadie”, contó la diseñadora mientras revisaba un lote de suelas.\n",
     "despedir", "Leticia Moreno"),
    ("La partita.\n\nAl 94' Nicolò Ferraresi ha anticipato tutti sul primo palo e ha segnato.\n\n"
     "\"Ho chiuso gli occhi e ho colpito\", ha detto l'attaccante ai microfoni del club.\n", "chiuso",
     "Nicolò Ferraresi"),
])
def test_a_title_names_the_person_the_paragraph_before_is_about_to_be_checked(text, words, speaker):
    quote = [q for q in parse_article(text).quotes if words in q.text][0]
    assert quote.speaker == speaker
    assert quote.confidence == pytest.approx(0.55)  # under the default threshold: "needs check"


@pytest.mark.parametrize("word", ["diseñadora", "mariscadora", "animatrice", "ispettore", "operatore",
                                  "initiatiefneemster", "onderzoekster"])
def test_nouns_for_people_are_told_by_their_ending_in_lower_case(word):
    assert is_role_noun(word) and not is_role_noun(word.capitalize())


def test_a_title_names_no_one_named_only_in_an_earlier_paragraph():
    text = ("Tite entregó la copa.\n\nEl presidente electo Jorge Brandão levantó el trofeo del club.\n\n"
            "“Me equivoqué en 2012”, añadió el comandante.\n")
    assert speaker_of(text, "equivoqué") is None


def test_a_pronoun_after_someone_unnamed_names_nobody():
    text = ("Die Werft baut ab.\n\n„Wir kämpfen“, sagte Vorstandschef Till Berger.\n\n"
            "Ein Sprecher des Konzerns sagte, man setze auf freiwillige Lösungen. „Unser Ziel ist Fairness“, sagte er.\n")
    assert speaker_of(text, "Fairness") is None


@pytest.mark.parametrize("text, person", [
    # (a given name the lists do not hold: the title and the comma tell)
    ("A câmara reage.\n\nO presidente da Câmara Municipal de Arcas, Everaldo Antunes Rebelo, reagiu com indignação.\n",
     ("Everaldo Antunes Rebelo", None)),
    ("De brug gaat dicht.\n\n“Het kan niet anders”, zei wethouder Femke de Wit tijdens het debat.\n",
     ("Femke de Wit", "wethouder")),
])
def test_people_named_after_a_title_in_other_languages(text, person):
    assert person[0] in [name for name, _ in people_of(text)]
    if person[1]:
        assert person in people_of(text)


def test_a_title_set_off_by_a_comma_names_no_person_in_an_english_story():
    text = ("The bridge closes.\n\nThe city said that el presidente de la junta, Mesa Verde, would decide. "
            "The mayor and the council met on Monday to talk about the bridge.\n")
    assert "Mesa Verde" not in [name for name, _ in people_of(text)]


@pytest.mark.parametrize("line, caption, credit", [
    ("Il capannone annerito dopo lo spegnimento delle fiamme (Foto Cronache del Colle)",
     "Il capannone annerito dopo lo spegnimento delle fiamme", "Foto Cronache del Colle"),
    ("Un hérisson dans un jardin de Vendée, en juin. LÉA MARCHAND POUR LE COURRIER",
     "Un hérisson dans un jardin de Vendée, en juin.", "LÉA MARCHAND POUR LE COURRIER"),
    ("Crews clear the quay on Monday. ANNA ROE", "Crews clear the quay on Monday.", "ANNA ROE"),
])
def test_foreign_and_capitalised_credits_are_split_off(line, caption, credit):
    assert split_caption(line) == (caption, credit)


@pytest.mark.parametrize("line", ["The team said it would appeal. READ MORE", "He said no. NEW YORK TIMES",
                                  "Ana Lima | Harbor City"])
def test_labels_in_capitals_and_a_writers_town_are_no_credit(line):
    assert split_caption(line) is None


@pytest.mark.parametrize("line, photographer, agency", [
    ("Photo : Julien Marchal / Le Courrier des Vallées", "Julien Marchal", "Le Courrier des Vallées"),
    ("(Agencia Ibérica de Imagen/Nerea Goñi)", "Nerea Goñi", "Agencia Ibérica de Imagen"),
    ("Fotografia: Rita Sousa", "Rita Sousa", None),
])
def test_credit_lines_in_other_languages(line, photographer, agency):
    assert is_credit_line(line)
    assert parse_credit(line.strip("()")) == (photographer, agency)


def test_a_caption_over_a_french_credit_line_is_a_photo():
    text = ("Crue à Montalrieu\n\nLes pompiers ont frappé à toutes les portes du quartier. La rivière avait débordé."
            "\nAgrandir l'image\nRue des Tanneries, mardi matin, l'eau atteignait près de 80 centimètres.\n"
            "Photo : Julien Marchal / Le Courrier des Vallées\n"
            "Mardi à la mi-journée, le niveau de la rivière avait commencé à baisser, mais la vigilance reste.\n")
    images = [block for block in body_of(text) if block["type"] == "image"]
    assert [(image["caption"], image["credit"]) for image in images] == [
        ("Rue des Tanneries, mardi matin, l'eau atteignait près de 80 centimètres.",
         "Photo : Julien Marchal / Le Courrier des Vallées")]


@pytest.mark.parametrize("line", ["Video (02:47 Min.)", "Artikel anhören (6:12 Min.)", "Audio herunterladen (3,9 MB | MP3)",
                                  "1 von 8", "Weiter", "Anterior", "Sendung: Regionalmagazin, 26.09.2026, 19:30 Uhr",
                                  "Guarda il video", "Vídeo"])
def test_players_galleries_and_their_labels_are_furniture(line):
    assert is_furniture(line)


def test_a_players_title_between_its_label_and_its_length_goes():
    text = ("El equipo gana\n\nEl Almazara ganó en el descuento con un gol de cabeza de su delantero centro.\n"
            "Vídeo\nLos goles del partido en Los Olivares\n01:42\n"
            "El técnico dedicó la victoria a la afición, que llenó el estadio por primera vez este año.\n")
    texts = [block["text"] for block in body_of(text)]
    assert "Los goles del partido en Los Olivares" not in texts and len(texts) == 2


def test_a_newsletters_box_set_into_the_story_goes_and_the_story_goes_on():
    text = ("Les hérissons disparaissent\n\nLes hérissons ont quitté un jardin sur trois en dix ans, selon l'étude.\n"
            "Newsletter\n« Planète »\nClimat, énergie : chaque mardi, l'essentiel de l'actualité.\nS'inscrire\n"
            "Des gestes simples\nLes auteurs insistent pourtant sur un point : la situation n'est pas irréversible du tout.\n")
    texts = [block["text"] for block in body_of(text)]
    assert texts == ["Les hérissons ont quitté un jardin sur trois en dix ans, selon l'étude.", "Des gestes simples",
                     "Les auteurs insistent pourtant sur un point : la situation n'est pas irréversible du tout."]


def test_the_storys_subhead_under_a_box_of_links_set_into_it_stays():
    text = ("De tram rijdt door\n\nDe gemeenteraad stemde dinsdag in met de verlenging van lijn 4 naar Hoogveld.\n"
            "Lees ook\nHoogveld groeit sneller dan gepland: eerste bewoners krijgen sleutel\n"
            "Waarom de tram in Delvoorde steeds vaker stilstaat bij het station\n"
            "Zorgen in de Kerkstraat\n"
            "Bij de ondernemers in de Kerkstraat overheerst vooral ongerustheid over de jaren van aanleg.\n")
    texts = [block["text"] for block in body_of(text)]
    assert "Zorgen in de Kerkstraat" in texts and not any("Hoogveld groeit" in t for t in texts)


def test_a_short_title_under_a_rails_heading_does_not_end_the_rail():
    text = ("The ferry fares rise in March after the council vote on Monday night in the hall.\n\n"
            "Most Read\nFerry strike called off after a night of talks at the harbor\nPier repairs begin\n"
            "Crews will close the quay for a week while the old timber piles are taken out.\n")
    texts = [block["text"] for block in body_of(text)]
    assert "Pier repairs begin" not in texts


def test_more_on_the_topic_heads_a_box_of_links():
    text = ("Das Hallenbad bleibt\n\nDer Stadtrat hat am Montag beschlossen, das Hallenbad für 14 Millionen Euro zu sanieren.\n"
            "Mehr zum Thema\nSchwimmunterricht: Jedes dritte Kind kann nicht sicher schwimmen\n"
            "Freibad Auenwiese: Saison endet mit Besucherrekord\n"
            "Die Kosten teilen sich Stadt und Land, wie die Verwaltung am Dienstag mitteilte.\n")
    texts = [block["text"] for block in body_of(text)]
    assert not any("Schwimmunterricht" in t or "Freibad" in t for t in texts) and len(texts) == 2


@pytest.mark.parametrize("line", [
    "Vous avez aimé cet article ? Recevez chaque matin l'essentiel de l'actualité de votre vallée.",
    "Vous avez aimé cet article ?",
    "Suscríbete a nuestra newsletter diaria y recibe cada mañana en tu correo las noticias más importantes.",
    "Suscríbete a nuestro boletín", "Abonniere unseren Newsletter",
    "Soutenez le journalisme local. Faites un don ou abonnez-vous à notre infolettre quotidienne.",
    "Gostou deste artigo? Receba todas as manhãs a nossa newsletter com as notícias da região.",
    "Sigue toda la actualidad del club en nuestro canal de WhatsApp.",
    "Mit Plus erhalten Sie unbegrenzten Zugang zu allen Analysen. Testen Sie uns 4 Wochen für 1 €.",
    "Le Quotidien et ses partenaires utilisent des cookies",
])
def test_pitches_and_banners_in_other_languages_are_notices(line):
    assert is_site_notice(line)


@pytest.mark.parametrize("line", [
    "El alcalde recibe cada semana a los vecinos en el ayuntamiento para escuchar sus quejas.",
    "Der Verein bietet seinen Mitgliedern unbegrenzte Trainingszeiten in der neuen Halle.",
])
def test_story_sentences_with_those_words_are_no_notices(line):
    assert not is_site_notice(line)


def test_a_players_title_over_the_story_is_not_its_headline():
    # our own broadcaster's page: a cookie notice and menus, then the title, its date, summary
    # and byline, then a video's label, title and length right over the story
    page = PAGES / "de-culture.page.txt"
    article = parse_article(page.read_text(encoding="utf-8"))
    assert article.headline == "Kunsthalle Arnsweiler öffnet nach sieben Jahren wieder"
    assert "Kunsthalle Arnsweiler: Ein erster Rundgang durch das sanierte Haus" not in [b.text for b in article.body]


def test_a_newsletters_box_closing_the_page_is_left_to_the_storys_end():
    from articles.parsing.segmenting import _newsletter_box_end

    box = ["Newsletter", "Get our daily newsletter", "Subscribe"]
    assert _newsletter_box_end(box + ["Meg James", "Follow Us"], 0) is None
    assert _newsletter_box_end(box + ["The council met again on Tuesday night and voted for the new ferry timetable."], 0) == 2


@pytest.mark.parametrize("text, words, speaker", [
    # a sentence that opens on its speaker and says so before the quotation
    ("El embalse baja.\n\nLa hidróloga Mariela Ocampo, investigadora de la universidad, explicó a la agencia que el"
     " problema viene de “décadas de pérdidas en la red”.\n", "décadas", "Mariela Ocampo"),
    # a title after where it was said, then the name after a comma
    ("El embalse baja.\n\n“No es una emergencia pasajera”, dijo en conferencia de prensa el ministro provincial de"
     " Ambiente, Octavio Ibarra, quien precisó las fechas.\n", "pasajera", "Octavio Ibarra"),
    # a title of a body named after "of", for the one named just before
    ("La partita.\n\nDi tutt'altro umore Walter Bernardi, che ha contestato il gol. «C'era un fallo netto» ha"
     " attaccato l'allenatore del Monteverde.\n", "fallo", "Walter Bernardi"),
    # a job told by its ending ("-ista"), for the one named just before
    ("El embalse baja.\n\nLa experta Mariela Ocampo habló con los vecinos. “El racionamiento es inevitable”,"
     " advirtió la especialista.\n", "inevitable", "Mariela Ocampo"),
    # a Dutch pronoun
    ("Het paviljoen is beschadigd.\n\nEigenaar Marloes de Jong is aangeslagen. “Iedereen is veilig”, zegt ze.\n",
     "veilig", "Marloes de Jong"),
])
def test_more_speakers_in_other_languages(text, words, speaker):
    assert speaker_of(text, words) == speaker


def test_a_name_with_an_honorific_and_its_full_name_are_one_person():
    # (a given name the lists do not hold: "Wiltrud")
    text = ("Dürre im Tal\n\nDie Hydrologin Wiltrud Vossberg leitet eine Arbeitsgruppe und beobachtet das Grundwasser.\n\n"
            "Frau Vossberg, es hat seit Oktober geregnet. Ist die Dürre vorbei?\n\n"
            "Leider nein, und das wird noch Jahre dauern, fürchte ich.\n")
    assert people_of(text) == [("Wiltrud Vossberg", "Hydrologin")]


def test_in_english_only_a_given_name_makes_a_full_name_of_a_one_word_person():
    text = ("The harbor guide\n\nEvery pilot in town keeps the Penguin Hale guide to the harbor on the shelf.\n\n"
            "Mr. Hale said the guide was written by his father.\n")
    assert people_of(text) == [("Hale", None)]


def test_an_honorific_in_another_language_tells_the_persons_gender():
    text = ("Die Brücke\n\nHerr Brandt und Frau Lindqvist trafen sich am Montag im Rathaus der Stadt.\n\n"
            "„Wir bauen im Herbst“, sagte sie danach.\n")
    assert speaker_of(text, "Herbst") == "Lindqvist"


@pytest.mark.parametrize("line, writers", [
    ("Das Interview führte Jonas Wetterau", ["Jonas Wetterau"]),
    ("Propos recueillis par Claire Aubry", ["Claire Aubry"]),
    ("Entrevista realizada por Ana Ruiz", ["Ana Ruiz"]),
])
def test_an_interviews_byline_in_other_languages(line, writers):
    from articles.parsing import find_bylines

    assert find_bylines([line]) == writers


@pytest.mark.parametrize("line, caption, credit", [
    ("Teresa Vidal em ensaio da peça, no Teatro Guaraciaba — Foto: Renan Falcão/Divulgação",
     "Teresa Vidal em ensaio da peça, no Teatro Guaraciaba", "Foto: Renan Falcão/Divulgação"),
])
def test_a_credit_after_a_dash_is_split_off(line, caption, credit):
    assert split_caption(line) == (caption, credit)


@pytest.mark.parametrize("line, photographer, agency", [
    ("— Foto: Márcia Tozzetti/Arquivo pessoal", "Márcia Tozzetti", "Arquivo pessoal"),
    ("(Foto Stadiometro/Luca Ardenghi)", "Luca Ardenghi", "Stadiometro"),
    # a given name no list holds, then a paper's name with a particle: the photographer comes first
    ("Belmiro Cachapuz / Gazeta da Serra", "Belmiro Cachapuz", "Gazeta da Serra"),
    # a paper's name holding a word in lowercase after its article
    ("© L'Écho romand / Léa Marchand", "Léa Marchand", "L'Écho romand"),
])
def test_credit_lines_under_a_caption_in_other_forms(line, photographer, agency):
    assert is_credit_line(line) and credit_under_caption(line) == line
    assert parse_credit(line.strip("()")) == (photographer, agency)


@pytest.mark.parametrize("line", ["Live", "Vastgepind", "Nieuwste bovenaan", "Offrir cet article", "E-Mail-Adresse",
                                  "Kostenlos abonnieren", "Bekijk dit bericht op Instagram", "Wij waarderen je privacy",
                                  "Een bericht gedeeld door Brandweer Kust (@brandweerkust) op 7 dec 2026 om 16:49",
                                  "Laatste update: 7 december 2026, 17:48", "Alleen noodzakelijke cookies",
                                  "Courriel", "NEW", "Lees meer over: Onderwijs, Hollebeek, Krimp",
                                  "Nicole Brandt-Sawyer covers City Hall for the Ledger. Reach her at 555-0147.", "Plus d'articles de cette auteure", "Mehr Artikel dieser Autorin",
                                  "Le puede interesar: Así quedó la tabla de la Liga tras la última fecha"])
def test_live_pages_embeds_and_sign_up_forms_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Cet article est paru dans « Le Sémaphore » daté du mardi 8 décembre 2026.",
    "Die wichtigsten Nachrichten aus dem Tal – werktags ab 6 Uhr in Ihrem Postfach.",
    "Mit der Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen.",
    "Vous aimez nos reportages régionaux ?", "Ti piace il nostro giornalismo?",
    "Join Lion City Daily’s WhatsApp channel and get the latest news and must-reads.",
    "Receba as notícias do Portal da Serra no WhatsApp. Clique aqui e entre no nosso canal.",
    "Reageren kan alleen met een abonnement. Lees onze spelregels.",
])
def test_more_notices_in_other_languages(line):
    assert is_site_notice(line)


def test_a_writers_closing_note_in_french_goes():
    text = ("Le logement des jeunes\n\nPar Claire Aubry\n\nLes loyers ont augmenté de 30 % en dix ans dans les grandes villes.\n\n"
            "Les jeunes actifs y consacrent désormais plus du tiers de leur salaire, selon l'étude.\n\n"
            "Les aides au logement n'ont pas suivi, et le parc social manque de petites surfaces.\n\n"
            "Claire Aubry est économiste à l'Institut du travail.\n")
    assert [block["text"] for block in body_of(text)][-1].startswith("Les aides au logement")


@pytest.mark.parametrize("text, words, speaker", [
    ("The quay\n\nThe mayor, Ana Lima, was blunt. ‘We won’t back down,’ she said about the players’ union.\n",
     "back down", "Ana Lima"),
    ("De bomen\n\nWethouder Ruud de Wit verdedigde het plan. ‘We hebben echt gekeken of het anders kon’, zegt hij.\n",
     "anders kon", "Ruud de Wit"),
])
def test_single_marks_quote_where_a_story_sets_no_double_ones(text, words, speaker):
    assert speaker_of(text, words) == speaker


def test_single_marks_inside_double_ones_and_apostrophes_are_no_quotations():
    text = ("The quay\n\n“They called it ‘the old pier’ for years,” said Ana Lima, who runs the fans’ club.\n\n"
            "It was rock ‘n’ roll all night at the players’ bar.\n")
    assert [quote for quote, _ in speakers_of(text)] == ["They called it ‘the old pier’ for years"]


def test_a_sentence_opening_on_a_capital_outside_ascii_is_weighed_apart():
    # The story's long sentence and the pitch after it: the pitch is the lesser share.
    line = ("La empresaria revisaba un lote de suelas en el taller cuando llegaron los inspectores del ministerio "
            "de trabajo. Únete a nuestro canal de WhatsApp.")
    assert not is_site_notice(line)


GERMAN_LEAD = ("Dürre\n\nDie Pegel im Tal sind so tief wie nie, und die Brunnen der Gemeinden liefern immer weniger"
               " Wasser.\n\n")


@pytest.mark.parametrize("word, title", [
    # German titles, capitalised as every noun is; compounds told by their ending
    ("Bürgermeister", True), ("Konzernsprecherin", True), ("Umweltminister", True), ("Vorstandschef", True),
    # a surname may end as a title does, or be the ending alone
    ("Hofmeister", False), ("Sprecher", False), ("Meister", False), ("Kanzler", False),
])
def test_german_titles_are_told_by_their_word_or_their_ending(word, title):
    assert is_title(word) is title


def test_a_german_title_after_a_place_names_the_person_under_it():
    article = parse_article(GERMAN_LEAD + "Velmingens Bürgermeister Ansgar Thiel hat im Gemeinderat gesagt, die Stadt"
                            " habe „kein Wasserproblem, sondern ein Verteilungsproblem“. Hat er recht?\n")
    assert [p.name for p in article.people] == ["Ansgar Thiel"]
    assert [q.speaker for q in article.quotes] == ["Ansgar Thiel"]


@pytest.mark.parametrize("text", [
    GERMAN_LEAD + "Bürgermeister Hans Thiel hat im Gemeinderat gesagt, die Stadt habe „kein Wasserproblem“ in diesem"
    " Jahr.\n",
    "Sequía\n\nLos pozos del valle están más bajos que nunca y los pueblos reciben cada vez menos agua.\n\n"
    "El alcalde Hans Thiel ha dicho en el pleno que la ciudad no tiene “ningún problema de agua” este año.\n",
])
def test_a_verb_of_saying_in_the_perfect_tense_names_the_subject_before_it(text):
    assert [q.speaker for q in parse_article(text).quotes] == ["Hans Thiel"]


@pytest.mark.parametrize("text, speaker", [
    # a pronoun opening the sentence, then the verb or its auxiliary, before the quotation
    ("Procès\n\nJosette Perraudin, 84 ans, est venue témoigner. Elle a raconté comment elle avait ouvert sa porte à"
     " « deux jeunes gens très polis ».\n", "Josette Perraudin"),
    (GERMAN_LEAD + "Hans Thiel blieb ruhig. Er hat gesagt, die Stadt habe „kein Wasserproblem“.\n", "Hans Thiel"),
    # Italian's "the" is no pronoun
    ("La partita.\n\nNicolò Ferraresi ha segnato al 94'. Il sindaco ha detto che la città è \"in festa\".\n", None),
])
def test_a_pronoun_subject_before_a_verb_of_saying_names_the_person_before(text, speaker):
    assert [q.speaker for q in parse_article(text).quotes] == [speaker]


def test_known_given_name_a_particle_and_a_surname_is_a_person_though_the_particle_is_a_common_word():
    text = ("Bomen\n\nDe 38 lindes aan de Lindelaan staan er al sinds 1952, toen de wijk werd gebouwd.\n\n"
            "Annelies de Groot woont sinds 1987 aan de Lindelaan. ‘Ik heb mijn kinderen hier zien opgroeien. Dit is"
            " het hart van de wijk’, zegt de initiatiefneemster.\n")
    article = parse_article(text)
    assert [p.name for p in article.people] == ["Annelies de Groot"]
    assert [q.speaker for q in article.quotes] == ["Annelies de Groot"]
    assert not is_role_noun("register") and not is_role_noun("disaster")


def test_a_name_after_a_bodys_noun_and_its_adjective_is_no_person():
    text = ("A ria recupera.\n\nOs resultados do estudo foram publicados na revista da universidade esta semana.\n\n"
            "Para Tiago Lobo Serrão, dirigente da associação ambientalista Ondas Limpas, os resultados mostram que"
            " a proteção funciona. Segundo o ambientalista, é preciso «limitar de vez a velocidade das embarcações»,"
            " uma medida que a associação reclama há anos.\n")
    article = parse_article(text)
    assert "Ondas Limpas" not in [p.name for p in article.people]
    assert [q.speaker for q in article.quotes] == ["Tiago Lobo Serrão"]


def test_a_caption_over_the_credit_of_rights_kept_is_a_photo():
    caption = "O presidente da junta de freguesia, à porta da escola fechada"
    text = (f"A escola fecha\n\nA escola primária de Vale do Souto fecha as portas em setembro.\n\n{caption}\nDR\n\n"
            "Os 14 alunos passam a estudar na sede do concelho, a 20 quilómetros.\n")
    images = [block for block in body_of(text) if block["type"] == "image"]
    assert [(image["caption"], image["agency"]) for image in images] == [(caption, "DR")]


@pytest.mark.parametrize("sign_off", ["(ogs)", "(dpa/jk)"])
def test_initials_signing_the_story_off_go_but_not_a_line_in_brackets_inside_it(sign_off):
    story = ("Die Therme\n\nFür die Therme sucht die Gemeinde weiterhin einen Käufer.\n\n"
             "Eine Entscheidung soll noch vor dem Sommer fallen.\n\n")
    for tail in (f"{sign_off}\n", f"{sign_off}\nZur Startseite\n"):  # (a line of its own, or under the last)
        assert [block["text"] for block in body_of(story[:-1] + tail)][-1] == \
            "Eine Entscheidung soll noch vor dem Sommer fallen."
    inside = story + "(func $start\n\n(nop)\n\nDie Gemeinde prüft den Verkauf bis zum Herbst.\n"
    assert "(nop)" in [block["text"] for block in body_of(inside)]


def test_the_writers_name_over_what_they_do_in_a_box_after_the_story_goes():
    story = ("La maternité\n\nPar Léa Marchand\n\nLa maternité de Montbrelaz fermera ses portes le 30 septembre.\n\n"
             "Le Conseil d'État a confirmé mercredi le transfert des accouchements vers Orbeval.\n\n"
             "Un moratoire d'un an sera demandé au Grand Conseil par les députés de la région.\n\n")
    box = "Léa Marchand\nJournaliste à la rubrique vaudoise, elle couvre la santé et les régions périphériques.\n"
    assert [block["text"] for block in body_of(story + box)][-1].startswith("Un moratoire")


@pytest.mark.parametrize("line", ["13 de marzo de 2025, 12:47 a. m.", "12 marzo 2025 (modifica il 12 marzo 2025 | 20:14)"])
def test_dates_with_a_spaced_hour_or_the_time_of_a_change_are_stamps(line):
    assert is_stamp_or_data_line(line)
