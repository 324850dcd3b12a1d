"""Page furniture and bylines."""

import pytest

from articles.parsing import parse_article
from articles.parsing.contract import ParseError
from articles.parsing.furniture import (
    find_bylines, is_contact_line, is_data_widget_line, is_furniture,
)
from articles.parsing.stamps import is_date_stamp, is_stamp_or_data_line
from articles.parsing.widgets import is_row_of_links

from .stories import body_of


@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Join the Conversation",
    "Looking for comments?",
    "Comments have moved! Click the comment button at the top of the page to see them.",
    "Share this article", "Share", "Facebook", "Twitter", "Email", "Copy link", "Print",
    "Sign up for our newsletter", "Subscribe to the Morning Briefing", "Enter your email address",
    "Sign up", "By signing up, you agree to our Terms of Use and Privacy Policy.",
    "Get the week’s biggest stories in your inbox every Friday.",
    "Read more: Council approves budget", "Click here to read the report", "By Ana Lima",
    "(Photo: Ana Lima/USA TODAY)", "AP Photo/Ana Lima", "Updated 6:42 p.m. MT Dec. 30, 2024",
    "Friday, May 16, 2025, 4:15 p.m. MDT", "Skip to main content", "Tags: Utah, Water", "Comments (12)",
    "Topic: Hardware", "Category: Ferries", "Article continues", "Caption: The band on stage at the harbor in 2031.",
    "[-] Text [+]", "| Single Page |", "Font Scale:A A A", "Font size: Decrease Increase",
    "Jo Li is a reporter for the Harbor Ledger. She may be reached at jli@ledger.example.",
    # a story's tools, a photo's controls, a comment count's label, help and skip links
    "Email to a friendPrinter friendly", "Printer-friendly version Email-a-friend Respond", "Send to Friend",
    "del.icio.us Digg it", "Story Tools", "Email to a friendPrinter friendly Font: *", "Sign In to E-Mail or Save This",
    "View Larger Image", "Buy a copy of this picture.", "Talkbacks for this article: 28", "What's this?",
    "Skip to next paragraph", "Scroll down to read more:", "Send us your comments",
    "16th Jan 2031, 09:28am by Jo Li.", "January 10, 2031 by Ana Lima", "Comments (No comments posted.)",
    "• Discuss this story on the league's message board...",
    # bylines and their trailers
    "by: Kayla Brooks", "BY LAURA CHEN and DAVID OKAFOR", "Story by Ana Lima", "@ANALIMA", "Twitter: @analima",
    "Reporting by Ana Lima; Editing by Tom Reed", "Staff Writer", "Ana Lima | Staff Writer",
    "By Ana Lima | Senior Reporter", "By Ana Lima | March 4, 2031 -- 19:14 GMT (19:14 GMT) | Topic: Harbor",
    # widgets and calls to action
    "Ad Feedback", "Facebook Twitter Email", "LinkedInFacebookTwitterEmailMore", "Reddit Pocket Flipboard Email", "RELATED: City hires new chief", "Home / News / Local",
    "Get unlimited access to local sports coverage for just $1 a week.", "Start your free trial today",
    "Have a news tip? Email us at tips@example.com.", "We want to hear from you. Join the discussion below.",
    "Ana Lima is a reporter for the Daily Ledger. Reach her at alima@ledger.com.",
    "Listen to this article · 6:12 min", "(Reporting by Ana Lima in Lisbon and Tom Reed in Oslo; Editing by Jo Li)",
    "Share to LinkedIn", "Share to WhatsApp", "I Accept", "Autoplay", "Replay",
    # a field's label whose value stood on another line or behind a link
    "Publish date:", "Author:", "Published:", "Last updated:", "Posted by:",
    # skip links, alone or run together
    "Skip to Article", "SKIP TO SITE INDEX", "Jump to navigation Jump to search", "Skip to contentSkip to site index",
    "Jump directly to the content", "Skip to Right rail", "Share on Google Plus", "Share to Facebook Messenger",
    "Share it With Friends", "Share this story with a friend!",
    # the same widgets on pages in other languages
    "Anzeige", "Publicité", "Artikel teilen", "Auf Facebook teilen", "Partager cet article", "Compartir",
    "Weiterlesen", "Lire la suite", "Continua a leggere", "Artikel drucken", "Imprimer cet article", "Envoyer par e-mail", "Jetzt abonnieren", "Abonnez-vous", "Assine já",
    "Lesezeit: 3 Min.", "3 Min. Lesezeit", "Temps de lecture : 2 min", "Tempo de leitura: 1 minuto",
    "Lecture 3 min.", "Lectura: 4 min", "3 min de lecture", "Bild vergrößern", "Agrandir l'image", "Ampliar foto",
    "Lire aussi | Le nouveau ponton sera construit dès l'automne",
    "Foto: dpa", "Bild: Jo Weber/dpa", "Crédit photo : AFP",
    "Stand: 18.11.2031 14:05 Uhr", "Mis à jour le 5 mai 2031 à 20h13", "Aktualisiert am 18. November 2031, 14:05 Uhr",
    "Publicado el 3 de mayo de 2031", "Atualizado em 22/01/2031 às 0:13",
    # the story's particulars run together on one line
    "Le Monde | 04.05.2031 à 13h36 • Mis à jour le 05.05.2031 à 20h13 | Par Ana Lima (avec Jo Li et Al Roe)",
    "Harbor Gazette | May 3, 2031", "Par Ana Lima | 12/05/2031",
    "AFP 30 avril 2031 à 07:19 (Mis à jour : 30 avril 2031 à 07:38)", "Reuters May 3, 2031 9:02 AM",
    "Von Jo Weber, Berlin", "Par Ana Lima (avec Jo Li et Al Roe)", "Por Tomás Reyes, Ciudad de México",
    "← Previous: Harbor Fares Rise Again", "Older entry: The ferry at dawn", "Previous Post:Ferry timetable changes",
])
def test_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "The mayor said residents could leave comments on the city website before the vote.",
    "Share prices fell 3% on Tuesday.",
    "By Tuesday night, crews had contained half of the fire.",
    "Subscribers will see prices rise in June.",
    "The advertisement, which aired in January, drew complaints.",
    "What comes next",
    "Reuters contributed to this report.",
    "Watch parties were held across the city.",
    "I accept the risks", "Report", "Accept the offer on the table",
    "May 16 was the hottest day of the year.",
    "The mayor said residents could email questions to budget@riverton.gov before the vote.",
    "Ana Lima is a reporter who was arrested while covering the protest, her editor said.",
    "Board members said they wanted to continue the discussion at the next meeting.",
    "Trending topics on TikTok drove the sales surge, the company said.",
    "Most read books in the library system were mysteries, officials said.",
    "Recommended doses have not changed, the agency said.",
    "Get ready for a cold weekend, forecasters warned on Thursday.",
    "Join the discussion, organizers urged, and bring a neighbor.",
    "Reporting by the Ledger found that 40 inspections were skipped.",
    "Editor’s note: This story has been updated to correct a date.",
    "Authors: the people who wrote the report", "Updated: what changed on Tuesday",
    "Skip to the end of the story, he said.", "Skip to contents of the report", "Jump to conclusions",
    "Share of the vote fell", "Share with caution and keep records",
    "Anzeigen gingen zurück, sagte der Verlag.", "Teilen ist menschlich", "Delen van de stad",
    "Publicado el informe, el gobierno subió 3 impuestos.", "Stand der Dinge",
    "Paris | Police arrest three after the harbor fire", "Harbor news | What the council decided on Tuesday",
    "The 2031 budget, May 3", "Harbor 2031 (May 3, 2031)", "Von Miller, Berlin", "Door Open, Amsterdam",
    "Older residents said the ferry was late again.", "Next year the fares rise again, the council said.",
    "Next: The mayor speaks at noon.",
    "Foto: Die Feuerwehr löschte den Brand. Dann kam der Regen.",
    "Bild der Woche: ein Sturm über dem Hafen, gesehen vom Leuchtturm aus und von vielen anderen Orten",
    "The article continues to be shared widely.", "Captions for the photos were written by the band.",
    "A single page of the report was missing.", "The mayor can be reached by ferry only, the clerk said.",
    "Respond to the council by Friday, residents were told.", "Send this to a friend who rides the ferry, she said.",
    "The printer friendly menu was a hit.", "Buy a photo of the ferry at the gift shop.", "What’s this? A new ferry?",
    "On March 4, 2031 the ferry was hit by Jo Li.", "12 goals by Ana Lima.", "Discuss this with your family tonight.",
    "By Tuesday (the deadline) the vote was over.", "Font size increased with age, the study found.",
    "Ana Lima, who runs the news service", "Harbor City, the news agency",
    # a heading that goes somewhere other than the site's own pages
    "Back to school", "Go to the Harbor Island ferry", "Back to Harbor City Ferry Terminal",
    "Special to me: a ferry's last run", "The staff writer who left", "All ferry articles were checked, he said.",
    "More Harbor Stories Than Ever", "Please support the ferry plan, the mayor urged.",
    "Business News From the Harbor Sports World", "Sports, travel and weather news for the islands",
    "World News Tonight Leads the Ratings Again", "Size: the bigger, the better", "You are here because the ferry is late.",
    "12 likes for the mayor's post", "The story begins in 1961.", "Your video will play in the lobby at noon",
    "Currently: the council is split.", "25° in the shade was the high.",
    "Reach the harbor office by phone or by ferry, the clerk said.",
])
def test_is_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line, expected", [
    ("8:41 a.m. CDT", True),
    ("6:30 a.m.", True),
    ("Updated 8:52 a.m. CDT Thursday, Aug. 28, 2025", True),
    ("Apr 26, 2025, 10:58 PM ET", True),
    ("61.37 -10.02 (-14.03%)", True),
    ("HLVR 61.37 -10.02 (-14.03%)", True),
    ("* * *", True),
    ("2011.", True),
    ("Tuesday 15th of January 2031", True),
    ("Game 5 is Tuesday.", False),
    ("5th of the 12 boats", False),
    ("At 5:50 a.m., the eye crossed the coast.", False),
    ("Power outages top 400,000", False),
])
def test_is_stamp_or_data_line(line, expected):
    assert is_stamp_or_data_line(line) is expected


@pytest.mark.parametrize("text, expected", [
    ("Tuesday 15th of January 2031", True), ("15th of January", True),
    # a bare year after a joining word is no date
    ("of 2031", False), ("on 2031", False),
])
def test_is_date_stamp(text, expected):
    assert is_date_stamp(text) is expected


def test_live_blog_timestamps_and_ticker_lines_are_dropped():
    text = (
        "Halvorsen Inc. (HLVR)\n61.37 -10.02 (-14.03%)\n\nShares fell on Thursday.\n\n"
        "8:41 a.m. CDT\n\nStorm surge floods downtown\n\nWater was waist-deep.\n\n6:30 a.m.\n\nIt began.\n"
    )
    assert [(b["type"], b["text"]) for b in body_of(text)] == [
        ("paragraph", "Shares fell on Thursday."), ("subhead", "Storm surge floods downtown"),
        ("paragraph", "Water was waist-deep."), ("paragraph", "It began.")]


def test_a_number_line_inside_a_hard_wrapped_paragraph_is_story_text():
    text = "Intro.\n\nShe married the bassist Leon Ray in 1964; they divorced in 1979. He died in\n2011.\n"
    assert body_of(text)[1]["text"] == (
        "She married the bassist Leon Ray in 1964; they divorced in 1979. He died in 2011.")


@pytest.mark.parametrize("byline", [
    "Priya Natarajan\n@PRIYANATARAJAN", "Sam Whitaker\nApr 26, 2025, 10:58 PM ET", "Ana Lima\nStaff Writer"])
def test_a_bare_name_next_to_byline_furniture_is_a_byline(byline):
    text = f"Council passes budget\n\n{byline}\n\nThe council voted.\n"
    assert body_of(text) == [{"type": "paragraph", "text": "The council voted."}]
    assert parse_article(text).people == []


def test_furniture_is_dropped_mid_story():
    text = (
        "First paragraph.\n\nAdvertisement\n\nSecond paragraph.\n\nShare\nFacebook\nTwitter\n\n"
        "Sign up for our newsletter\nEnter your email address\nSign up\n\nThird paragraph.\n\n"
        "Join the Conversation\nLooking for comments?\n"
    )
    assert [b["text"] for b in body_of(text)] == ["First paragraph.", "Second paragraph.", "Third paragraph."]


def test_a_story_in_german_keeps_only_its_own_lines():
    text = (
        "Hafen\nNeue Fährlinien über die Bucht\nVon Jo Weber\nStand: 18.11.2031 14:05 Uhr\nLesezeit: 3 Min.\n"
        "Artikel teilen\n\n"
        "Der Stadtrat hat am Dienstag zwei neue Fährlinien über die Bucht beschlossen.\n\n"
        "Anzeige\n\n"
        "Die Linien sollen im Frühjahr starten, sagte der Hafenmeister.\n\n"
        "Foto: Jo Weber/dpa\n\n"
        "Der Fahrplan wird im März veröffentlicht.\n\nJetzt abonnieren\n"
    )
    article = parse_article(text)
    assert article.headline == "Neue Fährlinien über die Bucht"
    assert [b["text"] for b in body_of(text)] == [
        "Der Stadtrat hat am Dienstag zwei neue Fährlinien über die Bucht beschlossen.",
        "Die Linien sollen im Frühjahr starten, sagte der Hafenmeister.",
        "Der Fahrplan wird im März veröffentlicht.",
    ]


def test_a_whole_german_page_keeps_only_its_story():
    # The page's menus, its share, listen and save buttons, the story's tags, the site's own
    # links and its rights line: none of them is the story's.
    text = (
        "Zum Inhalt springen\nStartseite\nPolitik\nWirtschaft\nSport\nKultur\nAnmelden\nMein Konto\n\n"
        "Hafen\nNeue Fährlinien über die Bucht\nVon Jo Weber publiziert am 18. November 2031\n"
        "Vorlesen\nArtikel merken\nLink kopieren\nSchriftgröße\n\n"
        "Der Stadtrat hat am Dienstag zwei neue Fährlinien über die Bucht beschlossen, nach einer Debatte, "
        "die bis nach Mitternacht dauerte.\n\n(Foto: Jo Weber/dpa)\n\n"
        "Die Linien sollen im Frühjahr starten, sagte der Hafenmeister, sobald die Bojen versetzt sind.\n\n"
        "Quelle: dpa\nSchlagworte: Hafen, Fähre, Stadtrat\nJetzt kommentieren\n\nTop-Themen\n"
        "Neue Brücke für den Norden\nDie Stadt plant eine zweite Brücke über den Fluss, die 2034 fertig sein soll.\n\n"
        "Impressum\nDatenschutz\nCookie-Einstellungen\nKontakt\n© 2031 Hafenblatt. Alle Rechte vorbehalten.\n"
    )
    article = parse_article(text)
    assert article.headline == "Neue Fährlinien über die Bucht"
    assert [b["text"][:30] for b in body_of(text)] == ["Der Stadtrat hat am Dienstag z", "Die Linien sollen im Frühjahr "]


@pytest.mark.parametrize("line", [
    "Jetzt teilen", "Per WhatsApp teilen", "Link kopieren", "Copier le lien", "Artikel merken", "Vorlesen",
    "Artikel anhören", "Écouter cet article", "Jetzt kommentieren", "Réagir", "Schriftgröße", "Impressum",
    "Mentions légales", "Política de privacidad", "Cookie-Einstellungen", "Anmelden", "Se connecter", "Mi cuenta",
    "Nächster Artikel", "Articolo precedente", "Seite 2 von 3", "(Foto: Jo Weber/dpa)", "Quelle: dpa", "Fonte: Ansa",
    "Lesedauer: 3 Minuten", "Schlagworte: Hafen, Fähre", "Mots-clés : port, ferry",
    "vor 2 Stunden", "il y a 3 heures", "Kommentare (12)", "12 Kommentare", "Kommentar verfassen",
    "Zur Merkliste hinzufügen", "Bildergalerie", "En savoir plus", "Nach oben", "Haut de page",
    "Ein Kommentar von Jo Weber", "Artikel von Jo Weber", "Ultimo aggiornamento: 18 novembre 2031",
    "Alle akzeptieren", "Tout refuser", "Aceptar todo", "Mit Material von dpa", "(dpa/AFP)", "Quellen: dpa, AFP",
    "Avec AFP", "Con información de EFE",
    # another story's link under its label
    "Lire aussi : Le lycée de l'île ouvrira plus tard", "Lesen Sie auch: Die Fähre fährt wieder", "Leggi anche: Il porto",
    "Te puede interesar: El puerto cierra con alza; los pescadores, atentos al clima", "VEJA TAMBÉM: O porto reabre",
    "Das könnte Sie auch interessieren: Die Fähre", "Ti potrebbe interessare: Il porto riapre",
])
def test_widgets_of_pages_in_other_languages_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Merken Sie sich den Termin.", "Kontakt zu den Behörden gab es nicht.", "Anmelden können sich alle bis Freitag.",
    "Quelle: eine Studie der Universität, die 2031 erschien.", "Commenter les résultats, le ministre a refusé.",
    "Versenden will die Post die Briefe ab Mai.", "Themen der Sitzung waren der Hafen und die Fähre",
    "Vor 2 Stunden hat der Rat entschieden.", "Kommentare gab es keine, sagte er.", "Nach oben ging es für die Aktie.",
    "Interview von Anfang an geplant, sagte sie.", "Ein Kommentar von ihm reichte.",
    "Avec AFP, le journal a publié la nouvelle.", "Mit Material von der Werft wurde die Fähre repariert.",
    "Lire aussi les avis des lecteurs.", "Lesen Sie auch: Die Fähre fährt wieder. Sie fährt ab Mai.",
    "Te puede interesar saber que el puerto cierra a las diez.",
])
def test_sentences_that_open_with_a_widgets_word_are_not_furniture(line):
    assert not is_furniture(line)


def test_furniture_only_text_raises_parse_error():
    with pytest.raises(ParseError, match="no story text"):
        parse_article("Advertisement\n\nShare\nFacebook\n\n42\nComments\n")


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\ufeff\r\n"])
def test_empty_text_raises_parse_error(text):
    with pytest.raises(ParseError):
        parse_article(text)


@pytest.mark.parametrize("line, names", [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("BY MARIA GARCIA", ["Maria Garcia"]),
    ("By Jo Li | Staff Writer", ["Jo Li"]),
    ("By Tuesday night, crews were out.", []),
    ("Analysis by Ana Lima, Harbor correspondent", ["Ana Lima"]),
    ("Opinion by Ana Lima and Tom Reyes", ["Ana Lima", "Tom Reyes"]),
    ("Ana Lima | Middle East correspondent", ["Ana Lima"]),
    ("Ana Lima | Transport editor", ["Ana Lima"]),
    # a surname that is a month's name in another language stays the writer's
    ("By Ana Mai July 10, 2031", ["Ana Mai"]),
    # the job or the agency in brackets after the name
    ("By Ana Lima (Staff Writer)", ["Ana Lima"]), ("by Tom Reyes (Reuters)", ["Tom Reyes"]),
    # the agency with its article, in capitals, or a wire service of any name
    ("Ana J. Lima, THE ASSOCIATED PRESS", ["Ana J. Lima"]), ("TOM REYES, Harbor News Service", ["Tom Reyes"]),
    # the job or the date glued to the name by the copy; names capitalised inside stay whole
    ("By Ana LimaStaff Writer", ["Ana Lima"]), ("By Tom ReyesNovember 3, 2031", ["Tom Reyes"]),
    # the writer's job after the name, set off or run together, is no writer
    ("By Ana Lima, Staff Writer", ["Ana Lima"]), ("BY ANA LIMA STAFF WRITER", ["Ana Lima"]),
    ("By Ana Lima Senior reporter", ["Ana Lima"]), ("ByAna LimaSenior reporter", ["Ana Lima"]), ("ByAna Lima", ["Ana Lima"]),
    ("By Ana MacArthur and Tom DeVos", ["Ana MacArthur", "Tom DeVos"]),
    # a wire service after the last name without a comma, with the writer's beat
    ("By TOM REYES and ANA LIMA Associated Press", ["Tom Reyes", "Ana Lima"]),
    ("By TOM REYES AP Business Writer", ["Tom Reyes"]),
])
def test_find_bylines_reads_reporters_from_a_by_line(line, names):
    assert find_bylines(["A headline", "", line, "", "The story starts here."]) == names


def test_byline_names_are_kept_apart_from_the_json_form():
    parsed = parse_article("Harbor bridge reopens\n\nBy Ana Ruiz\n\nThe bridge reopened on Monday.\n")
    assert parsed.bylines == ["Ana Ruiz"]
    assert "bylines" not in parsed.to_dict()
    assert all(block.text != "By Ana Ruiz" for block in parsed.body)


@pytest.mark.parametrize("line, expected", [
    ("Phone +41 41 544 00 00", True), ("Fax: (555) 010-2030", True), ("Tel. 0171 555 0100", True),
    ("E-mail press@example.org", True), ("Email: desk@harbor.example.com", True),
    # sentences and prompts that open on the same words are not
    ("Phone calls to the harbor office rose by 12 percent.", False), ("Email us your questions", False),
    ("Fax machines are still in use at the port.", False),
])
def test_an_addresss_contact_lines_are_furniture(line, expected):
    assert is_contact_line(line) is expected and is_furniture(line) is expected


@pytest.mark.parametrize("line", [
    "Continue reading the main story", "Keep reading the full article", "Interview by Tom Avery",
    "Getty Images", "AFP via Getty Images", "Reuters", "By Callum Nkemelu at Riverside Park",
    # an account's links run together, a way back through the site
    "Sign in / Sign up", "Log in or sign up", "log in sign up", "Login Register", "Sign In | Create Account",
    "Back To Main Menu", "Return to top", "Back to all stories", "« Back to Harbor Home", "Go to Harbor News",
    # where the story came from and who wrote it for whom; text size, search and breadcrumb widgets
    "Refer to a friend", "Article from: Harbor News Agency", "Special to The Harbor Ledger",
    "Harbor Ledger Staff Writer", "Senior Correspondent", "OUR SPECIAL CORRESPONDENT", "All Jo Li articles", "More Ana Lima stories",
    "Size: large | normal", "Search: [ Go ]", "You are here: Home > News > Harbor", "Jump to: navigation, search",
    "Please support local shops!", "Please disable your ad blocker.",
    # a site's menu copied as one line
    "Harbor Home News Business Sports Entertainment Travel", "NEWS SPORTS FORUMS BLOGS CAMS ENTERTAINMENT MORE JOBS", "Zurück zur Übersicht", "Retour à l'accueil",
    # the site's own links run together in its header or footer
    "Help Sitemap Home Skip Navigation Contact Us Harbor Statement",
    "Terms of Use Privacy Policy Copyright Advertising Info Contact Us Employment",
    # buttons set in a row with marks between them
    "» Print this article » Email this article", "• Share • Print • Comments",
    # a host's or sponsor's label whose logo was not copied
    "Hosted by", "Powered by", "Presented by:",
    # a blog's trackback address, the site's sister sites
    "TrackBack URL for this entry: http://harbor.example/tb/74651", "Visit our sister sites: harbor.example • ferry.example",
    # a box asking for readers' comments
    "Your thoughts on the ferry fares", "YOUR VIEWS ON THE NEW PIER",
    # a row of like buttons, a title the page set three times over
    "Preview harbor theme Preview ferry theme Preview dusk theme",
    "Why Ferry Fares Rise Why Ferry Fares Rise Why Ferry Fares Rise",
    "Post to Harborbook Post to del.icio.us Digg this story Post to reddit Post to Ferrygram Post to Quay News",
    # a link and a rating widget in German
    "Klicken Sie hier, um weitere aktuelle Nachrichten zum Hafen zu finden:",
    "Wie bewerten Sie die aktuell angezeigte Seite? sehr gut 1 2 3 4 5 6 schlecht",
    # a photo's credit label in Russian; a Chinese page's date, source and editor
    "Фото: Анна Лебедева", "2031-03-10 09:58\u3000来源：港口日报", "2031-03-10 09:58:03来源：港口日报作者：责任编辑：王港",
    "责任编辑：王港",
    # who checked the text, a form's field
    "VIDEO – Il taglio del nastro al museo", "Zum Inhalt springen", "Aller au contenu", "Ir para o conteúdo [1]", "Pular para o conteúdo", "Перейти к контенту",
    "Ana Lima and Tom Reyes, Associated Press", "Von Jo Weber publiziert am 25. September 2031",
    "Follow Ana Lima on Twitter", "Contact the author", "Got a story? Email us", "Posted by Ana Lima", "Posted by D",
    "Posted in News, Harbor", "Cancel reply", "Search for:", "Entries feed", "Proudly powered by WordPress", "Name *",
    "Show more", "Load more", "Top of page", "Open navigation", "Sign in to save", "Read full article",
    "Image source, Getty Images", "Image caption, The ferry at dawn", "Reading time: 4 minutes",
    "By Ana Lima Updated Nov. 19, 2031 8:21 am ET / Original Nov. 19, 2031 8:02 am ET",
    "CreditAna Lima for The Harbor Gazette", "Credit Ana Lima for The Harbor Gazette", "By Ana Lima y Tom Reyes",
    "Sdílet článek", "Permalink: https://example.org/p/2596987", "Clear this text input", "Share Tweet Submit",
    "61Click to share on Facebook (Opens in new window)61", "Endereço da página https://example.org/ferry",
    "Reject all", "Accept All Cookies", "Manage preferences", "Cookie Policy", "I agree", "Agree and close",
    "Do Not Sell My Personal Information", "Advertisement Feature", "Sponsored by Harbor Bank",
    "In partnership with Harbor Bank",
    "Medically reviewed by Jo Li, PharmD", "Reviewed by Ana T. Lima, MD", "Edited by: Tom Avery", "Your e-mail address",
    "Comments are closed.", "Comments have now been closed on this entry.", "Comments for this post are closed",
    "Commenting is closed for this article.",
])
def test_more_page_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    # another story's or a video's link under its label, or a widget's line set in brackets
    "Read: Harbor ferry fares rise again", "Watch: The ferry crosses at dawn", "LISTEN: The harbor podcast",
    "[Read: Harbor ferry fares rise again]", "(READ MORE: Harbor ferry fares rise again)", "[See also: Fares]",
    # a photo's credit label with the account the photo came from
    "Фото: личный архив Анны Лебедевой Аккаунт: @anna_l", "Foto: Jo Weber Instagram: @joweber, @harborfoto",
    # a bookmarking service's button, a wire service's name under the byline, a link to the site's blog
    "Add to Del.icio.us", "Add to My Yahoo!", "IM on Yahoo", "IM this", "Stumble It!", "Add this to Favorites",
    # skip links run together, a player's label with its length, a share button, where the writer reported from
    "Skip to contentSkip to site indexSearch & Section Navigation", "Listen to this article · 5:12 min Learn more",
    "Share full article", "Reporting from Harbor City, Ore.", "Reporting from London and Paris",
    # readers' reactions counted, a player's countdown
    "12 Likes ·", "2 Restacks", "1.2k claps", "Your video will play in 00:25", "Video will begin in 5 seconds",
    "Video Now: Crews inspect the pier", "WATCH NOW: The ferry at dawn",
    # a broadcaster's label over an advertisement; a share button named by its site's address
    "Sponsor Message", "X.com",
    # a sign-up box's own words
    "We have more newsletters", "Show me", "Invalid Email", "Join our WhatsApp community for the latest news",
    # how to reach the writer
    "Reach Ana Lima: alima@harbor.example; Twitter: @alima", "Email Ana Lima at alima@harbor.example.",
    # a weather box
    "52°", "Temperature: 25°", "High: 61°F", "Currently: Clear", "Full Forecast", "7-day forecast",
    # a gallery's caption set again under its counter in brackets, with the licence link after it
    "[1/2]Crews board the first ferry at the north pier. HARBOR WIRE/Ana Lima Purchase Licensing Rights, opens new tab",
    "Purchase Licensing Rights",
    "The Associated Press", "Press Trust of India",
    "Go to The Harbor Blog »", "Order reprints", "Reprints & Permissions", "Harbor Sports homepage",
    "This entry was tagged with the following keywords: ferry harbor",
    # a byline run together with the post's comment count and tags
    "by Jo Li (Scribe) 0 comments Filed Under: Ferries, Harbor News", "By Jo Li | March 3 | Tags: ferries, harbor",
    # the page's text size buttons
    "Increase text size", "Decrease font size", "Font Size", "Enlarge Text", "Aumentar fonte", "Diminuir fonte",
    # a search box's label, a start-page offer, the letters page's link; two crumbs that point the way
    "Quick Search", "Suche", "Make us your home page", "Send a Letter to the Editor", "Sport » Football",
    "Digital Lifestyle > News", "Спорт » Футбол", "Advertise with us", "advertise on Harbor Ledger", "Advertise here",
])
def test_labelled_links_and_bracketed_widgets_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Read: the full text of the bill, on the council site.", "(Read more about the vote below.)",
    "[The Palace] Readers share their first crossing", "(Harbor Days)", "Watch the ferry cross at dawn",
    "Фото: на снимке — новый паром. Аккаунт: @anna_l",
    "Add to the list of suspects", "The Associated Press reported the fire on Monday.",
    "Go to the blog for more on the ferry, she said.", "Associated Press reporters on the quay",
    "Reprints of the map are on sale at the museum.", "The homepage of the council crashed.",
    "Search crews found the boat on Tuesday.", "Write a letter to the editor of your choice, she said.",
    "$ echo stuff > file1", "node --prof-process isolate.log > processed.txt", "echo stuff > files",
    "Fares rise > riders angry.", "Jo Li | Reporter on the harbor beat since 2019, she said.",
    "Advertise on the ferry, the council said, and the fares could fall.",
    "By then the topics: ferries, fares and the strike.", "By Tuesday the council had its answer. Tags: none",
    "Increase the text of the bill", "Type size matters, she said.", "Text",
])
def test_sentences_and_titles_in_brackets_are_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", [
    "Getty Images bought the archive in 2019.", "Images of the flood",
    "Sign up and log in were slow all morning, the library said.", "Back to the top of the league",
    "Return to the Harbor", "Zurück zur Natur",
    "据港口日报报道，消息来源：港务局。", "Edited by the council, the plan now goes to a vote.",
    "Reviewed by three judges in May", "Aller au contenu de la loi, le juge a dit non.",
    "Posted in the mail, the letter never arrived.", "Follow the money on Tuesday",
    "Show more respect to the crews, the captain said.", "Powered by wind, the ferry crossed in an hour.",
    "Presented by the mayor, the plan passed.", "I agree with the council, she said.",
    "Accept all the terms, the judge told him.", "Clear the text of the bill before Friday, he said.",
    "Credit card fees rise again", "Credit Suisse shares fell",
    "Von Miller publiziert am Montag seinen Plan für 2031", "Фото: на снимке — новый паром, который спустили на воду в мае.",
    # a single word with a space after it, as a caller may pass a line it did not trim
    "Harbor ", "NEWS ",
])
def test_agency_words_in_a_sentence_are_not_furniture(line):
    assert not is_furniture(line)


def test_more_interviews_list_is_dropped():
    parsed = parse_article("A headline\n\nThe story is told.\n\nMore interviews\n\n"
                           "‘I still write everything by hand’: the novelist who refuses a laptop\n")
    assert [b.text for b in parsed.body] == ["The story is told."]


def test_bare_byline_name_over_a_date_stamp_is_dropped():
    parsed = parse_article("A headline here\n\nA.J. Brooks\nSat 7 Mar 2026 06.00 GMT\n\n"
                           "Ask any minister about housing and you will get a number.\n")
    assert [b.text for b in parsed.body] == ["Ask any minister about housing and you will get a number."]


def test_a_date_under_a_kicker_or_title_line_is_dropped_but_not_one_ending_a_wrapped_sentence():
    assert body_of("Harbor desk /\nFriday 25 April 2025 10:41 AM\n\nThe ferry board voted on Monday.\n") == [
        {"type": "paragraph", "text": "The ferry board voted on Monday."}]
    wrapped = ("The ferry board voted on Monday to raise fares by a tenth, its first\nrise in four years. "
               "The board first met on\nApril 25, 2025.\n")
    assert " ".join(b["text"] for b in body_of(wrapped)).endswith("The board first met on April 25, 2025.")


@pytest.mark.parametrize("line", [
    "by Ana Lima July 10, 2025",
    "By Ana Lima and Tom Reyes — Nov. 19, 2025 8:21 am ET",
    "by Ana Lima @analima February 1, 2025: 12:41 PM ET",
    "By ANA LIMA - 2025-04-10",
    "@x",
])
def test_bylines_with_a_date_stamp_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "By Tuesday night, 40 crews were out.",
    "By 2030 the plant will close",
    "Reporting from the front line was hard.", "Skip to content of the story, the guide said.",
])
def test_sentences_opening_like_a_byline_or_a_pages_link_are_no_furniture(line):
    assert not is_furniture(line)


def test_find_bylines_reads_a_writers_bare_name_over_their_job():
    assert find_bylines(["Ferry fares rise", "Ana Lima", "Transport reporter, Harbour News", "The fares rise."]) == [
        "Ana Lima"]
    assert find_bylines(["Ferry fares rise", "Harbor Wire", "Staff writer"]) == []


@pytest.mark.parametrize("newsroom", ["Harbour News, Alder Creek", "HNN News", "Reuters", "Associated Press", "Follow"])
def test_find_bylines_reads_a_writers_bare_name_over_their_newsroom(newsroom):
    assert find_bylines(["Ferry fares rise", "3 hours ago", "Ana Lima", newsroom, "The fares rise."]) == ["Ana Lima"]


@pytest.mark.parametrize("line", ["Latest News", "Local News, Alder Creek", "Harbour Weather", "Alder Creek", "News",
                                  "NEWS", "Television News", "News Wire"])
def test_a_name_over_a_menus_label_is_no_byline(line):
    assert find_bylines(["Ferry fares rise", "Ana Lima", line, "The fares rise."]) == []


@pytest.mark.parametrize("line, names", [
    ("Von Ana Lima", ["Ana Lima"]),
    ("Par Ana Lima et Tom Reyes", ["Ana Lima", "Tom Reyes"]),
    ("Von Ana Lima und Tom Reyes, Alder Creek", ["Ana Lima", "Tom Reyes"]),
    ("Por Ana Lima, Alder Creek", ["Ana Lima"]),
    ("Par Ana Lima (Port-Lumière, correspondante)", ["Ana Lima"]),
])
def test_find_bylines_reads_a_byline_in_another_language(line, names):
    assert find_bylines(["Ferry fares rise", line, "The fares rise."]) == names


@pytest.mark.parametrize("line, names", [
    ("by Ana Lima July 10, 2025", ["Ana Lima"]),
    ("By Ana Lima and Tom Reyes — Nov. 19, 2025 8:21 am ET", ["Ana Lima", "Tom Reyes"]),
    ("Interview by Ana Lima", ["Ana Lima"]),
    ("Ana Lima | Staff Writer", ["Ana Lima"]),
    ("Ana Lima, Reuters", ["Ana Lima"]),
    ("By Ana Lima, Associated Press", ["Ana Lima"]),
    ("Ana Lima, Staff Writer", ["Ana Lima"]),
    ("By Ana Lima@alima Nov 18, 2025, 11:47am EST", ["Ana Lima"]),
    # the writer's name run into their job, no mark between
    ("Ana Lima Transport correspondent", ["Ana Lima"]), ("Ana Lima Reporter", ["Ana Lima"]),
    ("Ana Maria Lima Senior Reporter", ["Ana Maria Lima"]),
    # a blog's line: when, then who
    ("Posted on December 1, 2031 by Ana Lima", ["Ana Lima"]),
])
def test_find_bylines_reads_dated_interview_role_and_agency_bylines(line, names):
    assert find_bylines(["Council passes budget", line, "The council voted."]) == names
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Show more sharing options", "Share Close extra sharing options", "Copy Link URLCopied!", "Read Later",
    "Close share panel", "Bookmark it", "Back to Gallery", "View all (4)", "Like this:", "View this image ›",
    "Image 1 of / 23", "Photo 3 of 12", "2of4",
    # a player's and a share panel's buttons, and the same in Portuguese
    "Mute", "Chapters", "Subtitles", "Pocket", "Tumblr", "All Share Services", "Leia mais", "Copiar link",
])
def test_lines_made_of_a_pages_control_words_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "The report", "Read the full report", "Like father, like son", "View from the top", "Photos", "Links",
    "Email from the mayor", "Back to school", "Chapters of the harbor", "Pocket money for the crew", "Newsletter",
    # titles in title case with a few of the words a site's links are made of
    "Privacy Policy Changes Leave Users Confused About Cookies", "Help Us Find The Missing Ferry Cat", "About Us",
    "New Terms of Use Anger Site Users",
    # a row with a name or a sentence in it
    "Jo Li • Harbor Ledger", "Print • The council voted on Monday.",
    # a sentence about readers' views, a host named
    "Hosted by the council, the fair ran all week.", "Hosted by Jo Li",
    "Your views on the pier matter, the mayor said.", "Your thoughts on this are welcome.",
    # a word said again at the head of runs that are a title's or a story's own
    "The Good The Bad The Ugly", "Ferry fares rise, ferry fares fall, ferry fares rise",
    "Go Harbor Go Harbor Go Harbor.", "Fares Up Again as Fares Board Meets on Fares",
    "2 files updated 0 files merged 0 files removed",
    # one word said again at runs' heads too far apart, or runs of a single word
    "Post Office workers say Post Office plans to close Post Office branches in Harbor will hurt",
])
def test_headings_using_some_control_words_are_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", [
    "Ana Lima - Apr 16, 2025 8:02 pm UTC", "Associated Press November 19, 2025, 9:02 AM",
    "By Ana Lima , Tom Reyes on Monday, November 17th, 2025 at 11:08 a.m.",
    "Image copyright Getty Images", "Courtesy of the Harbor Museum", "Photo credit: Ana Lima",
    "November 20, 2025 Ana Lima", "Harbor reporter @alima",
])
def test_names_with_a_stamp_and_labelled_credits_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Ana Lima 2015", "New York 2025", "Courtesy of the council, the mayor said.",
                                  "March 3, 2025 Council Votes", "Reyes, the reporter", "By ana@harbor.example May 5, 2025"])
def test_a_name_with_a_bare_year_is_not_a_byline(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("header", [
    "More:", "More on: Harbor", "Most read in World News", "Explore further", "Recent articles",
    "Other People Are Reading", "More in Politics",
])
def test_more_link_list_headers_drop_the_titles_under_them(header):
    text = (f"The council voted 5-2 on Tuesday to pass the plan.\n\n{header}\n"
            "Mayor opens the new bridge to traffic\nFerry fares to rise in June\n\n"
            "Work starts in June, the mayor said.\n")
    assert [b["text"] for b in body_of(text)] == [
        "The council voted 5-2 on Tuesday to pass the plan.", "Work starts in June, the mayor said."]


def test_titles_that_ask_a_question_stay_in_a_link_list_and_a_storys_question_ends_it():
    text = ("The council voted 5-2 on Tuesday to pass the plan.\n\nRelated Stories\n\n"
            "Can the Old Ferry Survive Another Winter?\n\nMayor opens the new bridge to traffic\n\n"
            "Is It Time to Raise Ferry Fares?\n\nAnalysis: what now for the old ferry?\n\n"
            "Why did the council wait so long to act on the lanes?\n\n"
            "Work starts in June, the mayor said.\n")
    assert [b["text"] for b in body_of(text)] == [
        "The council voted 5-2 on Tuesday to pass the plan.",
        "Why did the council wait so long to act on the lanes?", "Work starts in June, the mayor said."]


def test_a_question_under_a_figure_or_two_words_before_a_colon_ends_a_link_list():
    for question in ("2031: what now for the old ferry?", "The analysis: what now for the old ferry?"):
        text = ("The council voted 5-2 on Tuesday to pass the plan.\n\nRelated Stories\n\n"
                f"Mayor opens the new bridge to traffic\n\n{question}\n\nWork starts in June, the mayor said.\n")
        assert question in [b["text"] for b in body_of(text)]


def test_a_line_ending_in_a_colon_ends_a_link_list():
    text = ("The kit is simple to build.\n\nRecent articles\nHow to grow moss\nWhat you need:\n"
            "Glass jar\nPotting soil\n\nStart with the soil.\n")
    assert [b["text"] for b in body_of(text)] == [
        "The kit is simple to build.", "What you need:", "Glass jar", "Potting soil", "Start with the soil."]


def test_a_name_and_a_place_is_no_agency_byline():
    assert not is_furniture("Ana Lima, Portland")


def test_a_byline_running_on_into_the_writers_biography_is_furniture_and_names_the_writer():
    line = "By Jo Li, a senior editor who has covered the harbor for a decade. She lives in Alder Creek."
    assert is_furniture(line)
    assert find_bylines([line]) == ["Jo Li"]
    assert not is_furniture("By Tuesday, a crew of forty had cleared the road to the harbor.")


def test_two_stamps_glued_together_by_a_copy_are_one_stamp_line():
    assert is_stamp_or_data_line("Mon 18 Nov 2031 18.54 GMTLast modified on Mon 18 Nov 2031 18.56 GMT")
    assert not is_stamp_or_data_line("McDonald 2031")


@pytest.mark.parametrize("line", [
    "Next article Harbor Cup draw set for Sunday",
    "Previous post: Council passes budget after a long night",
    "SEE MORE: Harbor ferry to run all winter",
    "Also: See our full coverage of the election",
])
def test_a_labelled_link_to_another_story_is_furniture(line):
    assert is_furniture(line)


def test_a_sentence_about_the_next_story_is_not_furniture():
    assert not is_furniture("Next, the council will vote on the harbor plan.")


def test_a_reference_works_cross_reference_is_furniture():
    assert is_furniture("Main article: History of the harbor")
    assert is_furniture("Main articles: Harbor ferries and Harbor bridges")
    assert not is_furniture("The main article of the charter sets the harbor's limits.")


@pytest.mark.parametrize("line, furniture", [
    ("Middle East correspondent", True),
    ("Senior Science Reporter", True),
    ("Letters to the editor", False),  # a heading, not a job line
    ("Meet our new editor", False),
])
def test_a_job_line_under_a_byline_is_furniture_whatever_the_beat(line, furniture):
    assert is_furniture(line) is furniture


@pytest.mark.parametrize("line, expected", [
    ("Friday, May 16, 2025, 4:15 p.m. MDT", True), ("HLVR 61.37 -10.02 (-14.03%)", True),
    ("Acme Corp. (NYSE: ACME)", True), ("* * *", True), ("Share this story", False), ("The council met.", False),
    # the place and the date a story was filed from; a list's row names a year, not a day
    ("New Delhi, January 11, 2008", True), ("HARBOR CITY, 3 March 2031, 10:04", True), ("Paris, 1998", False),
    ("Jo Weber, 78", False), ("Ferries, fares and the March 3 vote", False),
])
def test_a_data_widget_line_is_told_by_its_figures_and_symbols(line, expected):
    assert is_data_widget_line(line) is expected


def test_the_place_and_date_under_a_headline_go_and_a_list_of_places_and_years_stays():
    story = "The council voted 7-2 on Tuesday to open two new ferry lanes.\n\nThe lanes open in May."
    assert body_of(f"Harbor council opens lanes\nHarbor City, March 3, 2031\n\n{story}") == body_of(
        f"Harbor council opens lanes\n\n{story}")
    hosts = "\n\nThe fair has been held in these cities since it began:\n\nParis, 1998\n\nSeoul, 2002\n\nLima, 2006\n\n"
    first, second = story.split("\n\n")
    texts = [block["text"] for block in body_of(f"Fair moves again\n\n{first}{hosts}{second}")]
    assert "Seoul, 2002" in texts


@pytest.mark.parametrize("line", [
    "Par Ana Lima", "por Tomás Reyes y Ana Lima", "Von Jo Weber und Ana Lima", "di Mario Rossi",
    "Door Anna Visser",
])
def test_a_byline_in_another_language_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Door Open", "Von Miller", "Por Favor", "Par Avion", "Von Miller said no."])
def test_a_line_opening_with_a_foreign_byline_word_but_no_name_is_not(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", [
    "segunda-feira, 22 de janeiro de 2031 às 0:13", "Le 4 mai 2031 à 13h36", "Mis à jour le 5 mai 2031",
    "Aktualisiert am 18. November 2031, 14:05 Uhr", "martes, 3 de junio de 2031", "giovedì 12 marzo 2031 alle 9:30",
    "maandag 3 maart 2031 om 10:15",
])
def test_a_date_line_in_another_language_is_a_stamp(line):
    assert is_stamp_or_data_line(line)


@pytest.mark.parametrize("line", ["Le maire a dit 5 mots.", "Der Rat tagte am 5. Mai im Rathaus."])
def test_a_sentence_in_another_language_with_a_date_is_not_a_stamp(line):
    assert not is_stamp_or_data_line(line)


@pytest.mark.parametrize("line", [
    "Home | About us | Contact | Archives | Feedback | Careers", "about us | staff | write to us | mailing list | home",
    "HOME \\ ABOUT US \\ PARTNERS \\ SERVICES \\ CONTACT US",
    "HARBOR HEADLINES · Ferry fares rise, port says · Bridge shuts for repairs · Mayor backs new pier · Tide tables",
    "Buy Ferry Tickets - Bus Tickets - Rail Tickets - Theatre Tickets - Concert Tickets",
    "Hot Topics » Harbor Votes 2031 • North Pier • Tides • Weather • more topics »",
    "Sitemap | Subscribe | Privacy | Contact Us | Terms |",
])
def test_five_links_in_a_row_between_the_same_marks_are_furniture(line):
    assert is_row_of_links(line) and is_furniture(line)


@pytest.mark.parametrize("line", [
    # a story's sentences with dashes or bars in them: clauses, sentences, figures between the marks
    "He waited - and she waited - then the boat - late again - came in.",
    "The boat came late - again - and the crew - tired - said nothing - until noon.",
    "July 30 – Harbor Arena August 2 – North Quay Hall August 4 – Pier Theatre August 8 – Dock 5 August 9 – Quay",
    "Fares | Adults: $5. | Children: $2. | Seniors: $3. | Bikes: $1. | Dogs: free",
    "Harbor 2 - 1 Quay - North 0 - 0 South - Pier 3 - 3 Dock",
    "Ferries | Buses | Trains",
])
def test_a_storys_lines_with_marks_are_no_row_of_links(line):
    assert not is_row_of_links(line)


def test_a_whole_pages_byline_under_its_headline_is_found_past_a_long_menu():
    menu = "\n".join(["Skip to content", "The Harbor Ledger", "Subscribe", "Log in", "News", "Politics", "Business",
                      "Sport", "Culture", "Opinion", "Search", "Politics"])
    text = (f"{menu}\nCouncil approves ferry subsidy\nBy Ana Lima and Tom Reyes\nUpdated 6:42 AM EST, March 3, 2026\n"
            "The council voted 7-4 on Tuesday to pay for night crossings.\n\nThe subsidy is reviewed in 2027.\n")
    parsed = parse_article(text)
    assert parsed.headline == "Council approves ferry subsidy" and parsed.bylines == ["Ana Lima", "Tom Reyes"]


_RELEASE = """Harbor Ferries Adds Two Electric Boats to Island Route

NEWS PROVIDED BY
Harbor Ferries Inc.
Mar 04, 2031, 08:00 ET

LUCERNE, Switzerland, March 4, 2031 /PRNewswire/ -- Harbor Ferries Inc. today announced that two electric boats will join its island route in May.

The boats carry 240 passengers each and charge in twelve minutes at the new dock.

Media Contact:
Jonas Pfister
+41 41 000 00 00
press@harborferries.example

SOURCE Harbor Ferries Inc.
"""


def test_a_press_releases_sender_contacts_and_wire_trailer_are_furniture():
    assert [b["text"] for b in body_of(_RELEASE)] == [
        "LUCERNE, Switzerland, March 4, 2031 /PRNewswire/ -- Harbor Ferries Inc. today announced that two electric "
        "boats will join its island route in May.",
        "The boats carry 240 passengers each and charge in twelve minutes at the new dock."]


@pytest.mark.parametrize("line, furniture", [
    ("+41 41 000 00 00", True), ("(555) 010-2030", True), ("555-010-2030", True), ("1995-2008", False),
    ("Media Contact:", True), ("For more information, please contact:", True), ("Press enquiries", True),
    ("Contact:", True), ("Contact", False),
    ("Contacts with the rebels were broken off.", False),
    ("SOURCE Harbor Ferries Inc.", True), ("SOURCE of the trouble", False), ("NEWS PROVIDED BY", True),
])
def test_contact_lines_and_a_wires_trailer(line, furniture):
    assert is_furniture(line) is furniture


def test_by_on_a_line_of_its_own_over_the_name_is_a_byline():
    assert find_bylines(["Grandfather killed on lane", "By", "Hannah Oyelaran-Pike", "15:47, 14 MAR 2025"]) == [
        "Hannah Oyelaran-Pike"]
    assert find_bylines(["Grandfather killed on lane", "Bypass", "Hannah Oyelaran-Pike"]) == []


@pytest.mark.parametrize("line", [
    "Share this Story : Rural bus route to be replaced by on-demand shuttles",
    "Lees ook. Volleybalclub moet uitwijken naar sporthal in buurgemeente",
    "Leggi anche: Ricostruzione, nel Piceno ancora 1.200 famiglie fuori casa",
    "Publicación de Instagram de @sportivo.oficial",
    "Ver en Instagram",
    "Joana Kapanga | Correspondente em Benguela",
    "Ana Ruiz | Corresponsal en Quito",
])
def test_share_rows_links_embeds_and_writers_jobs_in_other_languages_are_furniture(line):
    assert is_furniture(line)


def test_an_embedded_posts_words_are_left_out_with_its_label_and_button():
    text = ("Campeones\n\nSportivo ganó la final del torneo regional el domingo por la noche.\n\n"
            "Publicación de Instagram de @sportivo.oficial\n¡CAMPEONES! 18 años esperando este momento #Vamos\n"
            "Ver en Instagram\n\nLa caravana de festejos recorrió la avenida principal hasta la madrugada.\n")
    assert [block.text[:10] for block in parse_article(text).body] == ["Sportivo g", "La caravan"]
