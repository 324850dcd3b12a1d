"""The headline: the title over its standfirst, past share rows, captions and kickers."""

import pytest

from articles.parsing import parse_article
from articles.parsing.furniture import after_controls, find_bylines, is_breadcrumb, is_byline_or_date, is_furniture
from articles.parsing.titlelines import is_title_candidate

TITLE = "Harbor council opens two new ferry lanes"
STORY = ("The council voted 7-2 on Tuesday to open two new ferry lanes across the bay, after a "
         "debate that ran past midnight.\n\nThe lanes will open in the spring, the harbor master "
         "said, once the buoys have been moved.\n")
# A whole page copied with Ctrl+A: menus and a cookie notice over the story's head.
MENUS = "\n".join(["Skip to main content", "Harbor Gazette", "Home", "News", "Sport", "Weather",
                   "Sign in to your account", "Subscribe for full access today", "",
                   "We use cookies to improve your experience on our site and to show you offers that "
                   "may interest you, as our privacy policy explains.", ""])
# Other stories' titles in a list, the last one right over the story's title.
TEASERS = "\n".join(["Lighthouse keepers return to the northern cape for the summer",
                     "Ferry fares rise again for island commuters this spring",
                     "Market stalls move to the pier after the storm damage"])


def page(head):
    return f"{MENUS}\n{head}\n\n{STORY}"


@pytest.mark.parametrize("standfirst", [
    # as long as the title, or a little longer: not long enough to tell it by its length alone
    "Riders on crowded boats save twenty minutes a day from this summer",
    "Riders save time. The busiest crossing gets a second boat soon",
])
def test_a_title_over_a_standfirst_of_its_own_length_is_the_headline(standfirst):
    # (a title that shares no words with the story's lead, so the lead cannot tell it either)
    title = "What the night crossing taught a city about itself"
    for separator in ("\n", "\n\n"):
        head = f"News\n{title}{separator}{standfirst}{separator}Ana Lima\nMarch 4, 2025"
        article = parse_article(page(head))
        assert article.headline == title
        assert standfirst not in [block.text for block in article.body]


LONG_TITLE = "What the night crossing taught a city about itself, and why the old piers may have to wait for years"
SHORTER_STANDFIRST = "Riders on crowded boats save twenty minutes a day; the busiest crossing gets a second boat"


@pytest.mark.parametrize("over", ["Home › City › Transport\nTransport", "Transport"])
def test_a_title_under_a_kicker_over_a_somewhat_shorter_standfirst_is_the_headline(over):
    article = parse_article(page(f"{over}\n{LONG_TITLE}\n{SHORTER_STANDFIRST}\n\nAna Lima\nMarch 4, 2025"))
    assert article.headline == LONG_TITLE


def test_a_title_under_a_menus_last_labels_over_a_somewhat_shorter_line_is_no_headline():
    # (the last of a menu's labels is no kicker: the line over the byline is the title)
    article = parse_article(page(f"Sport\nTransport\n{LONG_TITLE}\n{SHORTER_STANDFIRST}\n\nAna Lima\nMarch 4, 2025"))
    assert article.headline == SHORTER_STANDFIRST


TWO_PART_HEAD = ("Moratorium on berth permits approved for twelve months\n"
                 "The plenary approved it with the votes of the ruling group, while operators say they will take it"
                 " to court\n"
                 "In the old town there is already one berth for every three moorings\n\nAna Lima\nMarch 4, 2025")


def test_a_title_the_page_sets_again_in_its_list_of_most_read_stories_is_the_headline():
    most_read = ("\nMost read\n1. Lighthouse keepers return to the northern cape\n"
                 "2. Moratorium on berth permits approved for twelve months\n3. Market stalls move to the pier\n")
    assert parse_article(page(TWO_PART_HEAD) + most_read).headline == "Moratorium on berth permits approved for twelve months"
    # (without it, the line right over the byline)
    assert parse_article(page(TWO_PART_HEAD)).headline.startswith("In the old town")


def test_a_label_in_capitals_set_again_under_the_story_is_no_headline():
    label = "GROWING A FERRY BUSINESS ON THE COAST"
    head = f"{label}\n" + TWO_PART_HEAD.split("\n", 1)[1]
    assert parse_article(page(head) + f"\n{label}\n").headline.startswith("In the old town")


def test_the_title_under_a_list_of_other_stories_titles_stays_the_headline():
    # the line over the title is the last of a list of titles: the story's title is the line
    # right over its byline, even when it is no shorter than the one over it (and shares no
    # words with the story's lead, which cannot tell it either)
    title = "What the night crossing taught a whole city about itself"
    article = parse_article(page(f"Most read\n{TEASERS}\n{title}\nBy Ana Lima\nMarch 4, 2025"))
    assert article.headline == title


@pytest.mark.parametrize("line, byline", [
    ("Email|Print| Text size – + By Ana Lima", "By Ana Lima"),
    ("Share  Tweet  Email By ANA LIMA", "By ANA LIMA"),
    ("Email|Print| Text size – + By", "By"),  # the name on the next line
])
def test_a_row_of_buttons_run_into_the_byline_is_the_byline(line, byline):
    assert after_controls(line) == byline
    assert is_byline_or_date(line) and is_furniture(line)


@pytest.mark.parametrize("line", [
    "Top photo by Ana Lima",  # a photo's credit: two words are no row of buttons
    "Share this story by the harbor",
    "Email the council by Friday",
])
def test_a_line_with_by_after_a_few_words_is_no_byline_after_buttons(line):
    assert after_controls(line) == line


def test_the_title_over_a_row_of_buttons_run_into_the_byline_is_the_headline_and_names_the_writer():
    head = (f"News /\nLocal /\n{TITLE}\n The new lanes on the bay, March 3, 2025. (REUTERS/Jo Park)\n"
            "Email|Print| Text size – + By Ana Lima\nMarch 4, 2025")
    article = parse_article(page(head))
    assert article.headline == TITLE
    assert article.bylines == ["Ana Lima"]
    assert find_bylines(["Email|Print| Text size – + By Ana Lima"]) == ["Ana Lima"]


@pytest.mark.parametrize("sources", ["(harborferries.example)", "(Jo Park/Reuters) (Jo Park - Reuters)"])
def test_a_caption_with_its_source_in_brackets_is_no_title(sources):
    # (a title that shares no words with the story's lead, which cannot tell it)
    title = "What the night crossing taught a whole city about itself"
    head = (f"News >  Local\n{title}\n\nUPDATED: Tue., Mar. 4, 2025\n\n"
            f"Riders queue at Pier 4 for the first “Ride on.” crossing. {sources}\n"
            "Twitter\nFacebook\nEmail\nBy Ana Lima")
    assert parse_article(page(head)).headline == title


def test_a_subhead_under_the_byline_that_the_lead_takes_up_does_not_pass_over_the_title():
    # the story's first subhead shares words with its lead; the title, right over its
    # writers' byline, shares none
    title = "Harbor Notes #282 - lanes in sight"
    story = ("The ferry plan for the spring is ready: two new lanes open across the bay in April.\n\n"
             "The ferry plan was agreed by the council on Tuesday after a long debate.\n")
    menu = "\n".join(["log in sign up", "Home", "Shop", "Ferries", "Timetables", "Fares", "Tickets", "Help", "FAQ",
                      "Press", "Community", "Partners", "Forums", "Contact"])
    text = f"{menu}\n{title}\nPosted by ana, jo on 2025-02-15, all posts\n\nThe ferry plan (ana)\n{story}"
    assert parse_article(text).headline == title


@pytest.mark.parametrize("text, headline", [
    # a title that ends on an age, not a byline with its date
    (f"Actor Ben Marlow Dead at 25\n {STORY}", "Actor Ben Marlow Dead at 25"),
    # a short title over its writer's name in capitals, without "By"
    (f"Red-hot frontrunners\nANA LIMA\n{STORY}", "Red-hot frontrunners"),
    # a short title over a standfirst longer than titles run
    ("Ferry power\nThe council's plan for two new lanes is admirable, but insisting on new boats is not a "
     f"luxury every harbor can afford\n\nAna Lima\n\n{STORY}", "Ferry power"),
    # a title opening on a typewriter's quote mark
    (f"`Harbor' Up for Ferry Awards\n\n{STORY}", "`Harbor' Up for Ferry Awards"),
    # a short title with its own exclamation marks is no section kicker over the line under it
    (f"Vote! Vote! Vote!\nSo, uh, heard about the ferry vote on Tuesday?\n\n{STORY}", "Vote! Vote! Vote!"),
], ids=["age", "writer-in-capitals", "long-standfirst", "backtick", "exclamations"])
def test_a_selection_opens_on_its_title(text, headline):
    assert parse_article(text).headline == headline


@pytest.mark.parametrize("text, headline", [
    # a section's name over the title stays a kicker
    (f"Politics\n{TITLE}\n\n{STORY}", TITLE),
    # a short first line over a title-length line under it stays a kicker
    (f"Local News\nCouncil opens two ferry lanes after a long night of debate\n\n{STORY}",
     "Council opens two ferry lanes after a long night of debate"),
])
def test_a_kicker_over_the_title_is_still_no_headline(text, headline):
    assert parse_article(text).headline == headline


def test_a_place_with_an_accent_over_the_title_is_a_kicker_as_one_without():
    # two words are two words in any Latin script; only Chinese or Thai count characters
    for place in ("Port Lumière", "Port Louis"):
        text = (f"Accueil\nRégions\n{place}\nLe nouveau ponton de l’île sera construit dès l’automne\n"
                "Par Ana Lima\n\nLe conseil a voté mardi la construction d’un ponton neuf pour l’île.\n")
        assert parse_article(text).headline == "Le nouveau ponton de l’île sera construit dès l’automne"


def test_a_name_with_its_date_and_time_is_still_a_byline():
    assert is_furniture("Ana Lima at 10:25") and is_furniture("Jo Li - Apr 16, 2025 8:02 pm UTC")
    assert not is_furniture("Actor Ben Marlow Dead at 25")


def test_on_a_whole_page_a_short_title_over_a_long_standfirst_is_the_headline():
    # the standfirst takes up the lead's words, the two-word title none of them
    standfirst = ("The council's vote to open two new ferry lanes across the bay is welcome, but the lanes "
                  "will do little before the buoys have been moved")
    menu = "\n".join(["The opinion blog of the Harbor Gazette", "Home", "News", "Sport", "Weather", "Contributors", "Subjects A-Z",
                      "Editors' blog", "About us", "Audio", "Webfeeds", "Other blogs"])
    head = f"harborgazette.example/opinion > Ana Lima\nFerry power\n\n{standfirst}\n\nAna Lima\n\nArticles\nLatest\nProfile"
    article = parse_article(f"{menu}\n\n{head}\n\n{STORY}")
    assert article.headline == "Ferry power"


# A standfirst that takes up the story's lead, under a title that shares a word with it.
STANDFIRST = "With two new ferry lanes opening across the bay, the harbor master fears delays"
# A list of the most read stories, one title set twice (the line the page repeats).
MOST_READ = "\n".join(["Most Viewed", "Most Emailed", "(From the last 12 hours)", TEASERS, "(From the last 12 hours)",
                        "Harbor pool to reopen in May", TEASERS.splitlines()[0], "", "", "Top Classifieds", ""])


@pytest.mark.parametrize("title, headline", [
    ("Ferry plan stirs doubt", "Ferry plan stirs doubt"),
    # a kicker over the title is no title
    ("Ferries", STANDFIRST),
])
def test_on_a_whole_page_a_title_over_a_standfirst_twice_its_length_is_the_headline(title, headline):
    head = (f"{MOST_READ}\nPrint Email\n{title}\n{STANDFIRST}\nBy Ana Lima\n\nHARBOR GAZETTE\n\n"
            "Article Launched: 01/06/2031 03:15:25 AM PST\n")
    assert parse_article(page(head)).headline == headline


def test_a_title_under_a_long_menu_set_with_blank_lines_and_a_viewers_dated_caption_is_the_headline():
    # a menu of a label a line, blank lines between them, the page's date, a photo viewer's
    # caption dated as wire photos are, then the title over the site's name
    menu = "\n\n\t\n\n".join(["Home", "News", "Weather", "Video", "Sports", "Entertainment", "Programs",
                                 "Listings", "Contests", "Harbor home", "Local Weather", "Traffic", "About Us",
                                 "Contact Us", "News Tips"])
    caption = "A boat searches the bay for a fisherman who went missing on Sunday, Monday Jan. 7, 2031."
    head = f"{menu}\n\nHarbor TV\nTue. Jan. 8 2031 5:10 PM ET\n\nView larger image\n\n{caption}\n\n{TITLE}\n\nharbortv.example\n"
    assert parse_article(f"{head}\n{STORY}").headline == TITLE


def test_a_kicker_between_the_title_and_its_standfirst_leaves_the_title_the_headline():
    # (a title that shares no words with the story's lead, which cannot tell it)
    title = "The Gazette view on the night crossing: a city at the brink"
    standfirst = ("The riders' patience has only worn thin. It is up to the operators to act, as others "
                  "should tell them")
    head = f"Letters\nOpinion\n{title}\nEditorial\n{standfirst}\n\nMon 18 Nov 2031 18.54 GMT"
    assert parse_article(page(head)).headline == title


def test_a_trail_ending_on_the_title_at_its_length_is_furniture_over_the_title():
    # the pager and the date between the trail and the title
    title = "Harbor Ferries opens two new lanes on the lake"
    trail = f"Ferry & i > News > 2031 > KW 15 > {title}"
    menu = "\n".join(["Harbor Online", "Artikel", "Forum", "Produkte", "Heft", "Archiv", "Abo"])
    article = parse_article(f"{menu}\n{trail}\n\n« Previous | Next »\n\n08.04.2031 12:46\n\n{title}\n\n{STORY}")
    assert article.headline == title
    # the trail itself is furniture, its last crumb the page's title at its length
    assert trail not in [block.text for block in article.body]
    assert is_breadcrumb(trail) and not is_breadcrumb("a > b > c is a rule of thumb for the crews")


def test_a_three_word_title_over_its_date_under_a_menu_is_the_headline_not_the_menus_first_label():
    menu = "\n\n".join(["Home", "News", "Weather", "Business", "Sports", "Entertainment", "Videos", "Online Extras",
                        "Where 2 Dine", "Your Health", "Classifieds", "Shopping"])
    head = ("Keyword Search Site Web\n\nShuttle Launch Scrubbed\n\nThursday, Dec 27, 2031 - 09:43 PM\n\n"
            "Article Tools\n\nEmail a Friend\nRSS\nPrinter Friendly\nBy Harbor News Channel")
    assert parse_article(f"{menu}\n\n{head}\n\n{STORY}").headline == "Shuttle Launch Scrubbed"


def test_a_sections_label_in_capitals_over_the_title_and_its_byline_is_no_headline():
    text = (f"MAIN NEWS - IN THIS SECTION INDEX\n\n\n\n\n{TITLE}\nANA LIMA, Deputy Harbor Editor January 01 2031\n"
            f"Comment | Read Comments (1)\n{STORY}")
    assert parse_article(text).headline == TITLE
    # a title in capitals stays one
    assert parse_article(f"HARBOR COUNCIL OPENS TWO NEW FERRY LANES\nBy Ana Lima\n{STORY}").headline == \
        "HARBOR COUNCIL OPENS TWO NEW FERRY LANES"


@pytest.mark.parametrize("line, title", [
    ("Diário Tropical — São José do Paracatuba", False),  # the writer's paper and town under the byline
    ("Dengue: what the new study shows", True),
])
def test_the_writer_s_paper_and_town_under_the_byline_is_no_title(line, title):
    lines = ["Composto de árvore reduz replicação do vírus da dengue", "Por Larissa Mendonça Tavares", line,
             "15/03/2025 06h00"]
    assert is_title_candidate(lines, 2, 0) is title


GERMAN_STORY = ("Die Nachricht kam auf einer eilig einberufenen Betriebsversammlung, und sie war schlimmer als befürchtet:"
                " Der Zulieferer will an seinem Stammsitz 410 von 640 Arbeitsplätzen abbauen.\n"
                "In Talhofen bleiben nach den Plänen der Geschäftsführung lediglich die Entwicklung und der Vertrieb.\n")
GERMAN_TITLE = "Zulieferer streicht in Talhofen 410 Stellen – Belegschaft kündigt Widerstand an"
GERMAN_STANDFIRST = ("Der Zulieferer will die Fertigung bis Ende 2026 nach Tschechien verlagern. Für Talhofen ist das Werk"
                     " der größte Arbeitgeber. Betriebsrat und Gewerkschaft wollen kämpfen.")


def test_a_title_ending_on_a_word_that_may_join_a_wrapped_line_is_no_wrapped_line_over_its_longer_standfirst():
    # (German's separable "an" closes the title; the line under it is far longer than a wrapped one)
    article = parse_article(f"{GERMAN_TITLE}\n{GERMAN_STANDFIRST}\nVon Katrin Lohmeyer\n12.03.2025, 17:45 Uhr\n"
                            f"{GERMAN_STORY}")
    assert article.headline == GERMAN_TITLE


def test_a_kicker_over_the_title_over_its_standfirst_and_byline_is_no_title():
    menu = "\n".join(["Startseite", "Wirtschaft", "Region", "Sport", "Kultur", "Panorama", "Meinung", "Service",
                      "Abo", "Anmelden", "Suche", "Startseite", "Wirtschaft", "Region"])
    article = parse_article(f"{menu}\nAutozulieferer in der Krise\n{GERMAN_TITLE}\n{GERMAN_STANDFIRST}\n"
                            f"Von Katrin Lohmeyer\n12.03.2025, 17:45 Uhr\nArtikel teilen\n{GERMAN_STORY}")
    assert article.headline == GERMAN_TITLE


def test_a_standfirst_whose_last_sentence_has_no_stop_still_makes_the_line_over_it_the_title():
    menu = "\n".join(["Vai al contenuto", "Il Corriere delle Marche", "Abbonati", "Accedi", "Menu", "Cronaca",
                      "Politica", "Economia", "Sport", "Cultura", "Spettacoli", "Necrologie", "Ancona", "Pesaro",
                      "Fermo", "Ascoli", "Macerata", "Edicola digitale", "Cerca", "Home", "Macerata", "›", "Cultura"])
    title = "Montefalcino, spunta un affresco del Cinquecento dietro l'altare di Santa Lucia"
    standfirst = ("Una Madonna con il Bambino tra due santi, forse un ex voto contro la peste. La Soprintendenza avvia"
                  " le analisi, il paese fa la fila per vederla")
    story = ("Per quasi cinque secoli è rimasto nascosto dietro un altare barocco in stucco, coperto da uno strato di"
             " intonaco, finché il restauro della chiesa non lo ha riportato alla luce.\n"
             "Il parroco ha deciso di aprire la chiesa per due pomeriggi a settimana, con visite a gruppi di dieci"
             " persone.\n")
    article = parse_article(f"{menu}\nLa scoperta durante i lavori post sisma\n{title}\n{standfirst}\n"
                            f"di Marco Ferretti\n12 marzo 2025 (modifica il 12 marzo 2025 | 20:14)\nCondividi\n{story}")
    assert (article.headline, article.dek) == (title, standfirst)


def test_a_title_over_a_standfirst_longer_than_titles_run_past_the_bylines_reach():
    title = "Harbor council passes $184.6M budget that closes the Eastside library, raises water rates"
    standfirst = ("The 5-2 vote followed four hours of public comment, much of it from residents pleading to keep the"
                  " 98-year-old branch open")
    menu = ("Skip to main content\nHarbor Ledger\nSearch\nSign In\nSubscribe: $1 for 6 months\n\nLocal News\nPolitics"
            "\nSchools\nCrime & Courts\nBusiness\nSports\nObituaries\nOpinion\ne-Edition\n\n")
    article = parse_article(f"{menu}LOCAL NEWS | CITY HALL\n\n{title}\n\n{standfirst}\n\nNicole Brandt\n"
                            f"Harbor Ledger\nPublished 11:38 p.m. ET March 11, 2031 | Updated 9:12 a.m. ET March 12, 2031"
                            f"\n\nResidents hold signs during public comment at the council meeting Tuesday.\n\n"
                            f"Listen to this article · 5 min\n\n{STORY}")
    assert article.headline == title


def test_a_menus_label_set_again_over_a_long_title_is_no_title():
    menu = "Menu\nNieuws\nRegio\nAlphen aan den Rijn\nBodegraven\nLeiden\nSport\nDigitale krant\nHome\nRegio\n"
    title = ("Buurt verzet zich tegen kap van 38 lindes aan de Lindelaan: ‘Dit is het hart van de wijk waar we"
             " wonen’")
    standfirst = ("Bewoners van de Lindelaan willen voorkomen dat de gemeente volgend voorjaar alle bomen in hun"
                  " straat kapt. Binnen een week tekenden 600 mensen.")
    story = ("De 38 lindes aan de Lindelaan staan er al sinds 1952, toen de wijk werd gebouwd. Als het aan de gemeente"
             " ligt, verdwijnen ze in maart.\nBij de bewoners is het plan slecht gevallen, zegt een buurvrouw.\n")
    article = parse_article(f"{menu}Alphen aan den Rijn\n{title}\nPremium\n{standfirst}\nSanne Koopmans\n"
                            f"di 14 okt 2025 om 16:05\nDeel dit artikel\n{story}")
    assert article.headline == title

