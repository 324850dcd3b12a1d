"""Sentences about the site rather than the story."""

import re

import pytest

from articles.parsing.furniture import is_furniture
from articles.parsing.notices import _SITE_NOTICE_PATTERNS, _speaks_of_site, is_page_markup, is_rail_heading, is_site_notice
from articles.parsing.stamps import is_stamp_or_data_line

from .stories import body_of


@pytest.mark.parametrize("line", [
    "This site uses cookies to improve your visit. By staying on it you accept them.",
    "We use cookies to improve your visit. By continuing you agree to our cookie policy.",
    "© 2031 Harbor Media Group. All rights reserved.",
    "The material on this site may not be reproduced without the prior written permission of the owner.",
    "A version of this article appears in print on May 3, 2031, on page 7 of the morning edition.",
    "Want more harbor news? Subscribe to our weekly newsletter for the latest stories.",
    "You have been successfully subscribed. Thank you!",
    "This story has been shared 1,204 times.",
    "Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.",
    "Like this story? Click here to support our journalism.",
    "Welcome to our new article page. Tell us what you think of our new look by taking this survey.",
    # the same in other languages
    "Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito.",
    "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
    "Este sitio utiliza cookies para mejorar la experiencia de navegación.",
    "Devi essere connesso per inviare un commento.", "Vous devez être connecté pour publier un commentaire.",
    # whose the text is and how it came to the page
    "(© 2031 Harbor Wire. All rights reserved. In the interest of timeliness, this story is fed directly from the "
    "Harbor Wire newswire and may contain spelling and grammatical errors.)",
    "© 2031 Harbor Wire. Harbor Wire content is the intellectual property of Harbor Wire or its content providers. "
    "Any copying, republication or redistribution of its content is expressly prohibited.",
    "Disclaimer: This news article is copyrighted by Harbor Wire and published by the Ledger. If you have any "
    "questions about it, please write to the author.",
    "This story is sourced direct from an overseas news agency as an additional service to readers.",
    "Die Ledger-Redaktion übernimmt keine Haftung für die Richtigkeit der Angaben!",
    # a local paper's own lines, and the rules of its comments
    "A publication by the Harbor Publishing Group. Our online news publishes a local story every day. Come see us "
    "again. For complete area coverage pick up a newspaper copy at a store near you.",
    "Opinions and all other information expressed in the story comments represent the individual's own views and "
    "not necessarily those of the newspaper.",
    "All readers' comments are posted immediately, but will be monitored for inappropriate content.",
    "TERMS OF USE: The views represented here are not necessarily endorsed by the site.",
    # a footer's mark and year after the owner's name, a print edition's page
    "(c) Copyright HarborSport.example 2031 Contact Us", "Harbor Online © Harbor News and Media Limited 2031",
    "This article appeared on page B - 7 of the Harbor Ledger",
    # a copyright line without its year, a wire's disclaimer with its contact line
    "Contents copyright © Harbor Ledger. All rights reserved.",
    "Disclaimer: This news article is copyrighted by Harbor Wire and published by the Ledger. If you have any "
    "questions regarding information in this article please contact the wire. The Ledger can not help you.",
    # an alerts service's pitch, the rules of the comments, the invitation to post one
    "Start receiving Harbor Ledger news headlines per email.", "Type any key words. We email you the headlines.",
    "Comment posters are responsible for the opinions they express. We urge comment writers to treat this as a "
    "public forum where manners matter.",
    "The Harbor Ledger is pleased to let readers post comments about an article at the end of the article.",
    "Please create an account or login to read this story", "Harbor home | We welcome your feedback.",
    "HarborLedger™ is a trade mark of Harbor Media Ltd.",
    "Do not post: * Potentially libelous statements. * Obscene or racist language. * Personal attacks.",
])
def test_a_paragraph_about_the_site_is_a_notice(line):
    assert is_site_notice(line)


@pytest.mark.parametrize("line", [
    "The streaming service lost 2 million subscribers after it raised prices, the company said.",
    "Users who sign up for the bundle pay $12 a month, less than the three services cost apart.",
    "He borrowed against his stake and planned to charge the firm for his trademark of the word.",
    "The council voted to build the new site for the library. The vote was 5-2. Work starts in June, "
    "and the old building will close in May.",
    "The letters were delivered to the council each week, the clerk said, with news of the harbor.",
    "Residents can click to vote in the online poll, which closes on Friday.",
    "Die Bäckerei am Hafen verkauft Cookies und Kuchen jeden Samstag auf dem Markt.",
    "USA cookies sales rose 5% last year, the trade group said.",
    "Il sindaco era connesso alla riunione da casa, ha detto il suo portavoce.",
    "The lawsuit says the design of the ferry is the intellectual property of the yard that built it.",
    "She told the board the song is copyrighted by her late father's estate.",
    "He said he would pick up a paper on the way home, as he had every morning for forty years.",
    "The report is a publication of the harbor board, which meets monthly.",
    "The mayor said the views of residents were not necessarily those of the council.",
    "Disclaimer: if the update looks larger than expected, the app is downloading the whole file again.",
    "The Copyright Act 1976 protects the works of authors for their lives and fifty years after.",
    "The painting (c. 1890) hangs in the harbor museum, which opened in 2031.",
    "The council said the copyright (c) notice on the old map was wrong.",
    "The copyright © symbol was missing from the print, the court heard.",
    "She had questions about this story and wrote to the mayor.", "Police say the caller will email you a link.",
    "The board put the headlines by email to the members before the vote.",
    "She said she would log in to read the article later.",
    "Monopoly is a trademark of the toy company, the court heard.",
    "Readers were told they should not post their names, the editor said.",
    "La jueza recibe a los vecinos en su despacho; el móvil del alcalde no dejó de sonar.",
])
def test_story_prose_that_mentions_sites_or_subscriptions_is_not(line):
    assert not is_site_notice(line)


@pytest.mark.parametrize("line", [
    # sign-ups and pitches
    "No spam, we promise. You can unsubscribe at any time and we will never share your details.",
    "Join our Harbor Forums to keep talking tides on the latest storms, ferries and more!",
    "Get breaking harbor news and the latest updates on ferries, tides and more!",
    "Want more tide charts? Join the Harbor Deals Newsletter.",
    "An email with an activation link has been sent to you. Please activate your subscription.",
    "Want to stay updated on the harbor's research? Read our blog or follow us by email.",
    "Got a tip for us? Send us a tip using the form below.",
    "New tide charts are coming. Sign up to be notified when they arrive.",
    # the comment form and its rules
    "You must be logged in to post a comment.",
    "Save my name, email, and website in this browser for the next time I comment.",
    "All fields are required. Your email address will not be published.",
    "Gardeners Club badge holders consistently post smart, timely comments about plots and seasons.",
    "As you comment, please be respectful of other commenters. We reserve the right to remove any remark we "
    "deem rude. See our full terms of use here.",
    "Note: we are temporarily moderating all comments to deal with a surge in junk.",
    "Comments that include profanity or personal attacks will be removed from the site.",
    "Read our posting standards before you comment.",
    # the browser and the player
    "Please enable JavaScript to view the comments.",
    "This slideshow requires JavaScript.",
    "These are external links and will open in a new window",
    "This is a modal window. This modal can be closed by pressing the Escape key or activating the close button.",
    "Chapters descriptions off, selected Descriptions subtitles off, selected Subtitles captions settings",
    "We will only send you Harbor Gazette news and offers.",
    "© 2031 Hafenblatt. Alle Rechte vorbehalten.", "Tous droits réservés.",
    "This entry was posted in News and tagged ferry, harbor. Bookmark the permalink.",
    "This article is for subscribers only", "Unlock this article", "You have reached your limit of free articles",
    "Become a member today to read every story.", "Dieser Artikel ist nur für Abonnenten",
    "Cet article est réservé aux abonnés", "Opinions expressed are those of the author.",
    "Media playback is unsupported on your device",
    # sharing
    "Like this story? Share it with a friend!",
    "Sharing is caring!",
    "Enjoyed the story? Share your thoughts with friends.",
    # where the text came from and who answers for it
    "Originally published at www.example.org on May 3, 2031.",
    "Our standards: the Harbor Ledger trust principles.",
    "Citation: Tides rise early (2031, May 3) retrieved 4 May 2031 from https://example.org/news/tides",
    "Thanks for reading.",
    # an encyclopedia's note on its own title
    "This article is about the river. For other uses, see Alder (disambiguation).",
    "“Alder” redirects here. For other uses, see Alder (disambiguation).",
    "For other uses, see Harbor Point.",
    # a plea and a section's pitches
    "Do you rely on our reporting? Click here to support it.", "Get the latest news, photos and scores for the Harbor teams.",
    "Submit your questions for our ferry reporter.",
    "For the latest ferry news on your mobile, sms FERRY to 54567.",
    "You need to have javascript enabled to view this page correctly.",
    "Something went wrong with the connection!", "You have no pending notifications",
    # a promo's line closed by its link, and the link alone
    "Cup draw: the ferries meet the harbor side in the semi-final. Click here for the latest odds.",
    "Our morning email breaks down the key stories of the day",
    "Click here to receive live updates on the vote",
    # a newsletter's pitch under its post
    "Thanks for reading Harbor Notes! Subscribe for free to receive new posts and support my work.",
    "Subscribe for free to receive new posts from the harbor desk.",
    # a sign-up's consent
    "We use your sign-up to send you the stories you asked for.",
    "We will send the stories you chose, in ways you have consented to.",
    "This may include adverts from us and 3rd parties based on our understanding.",
    # a pitch for the news on the reader's phone
    "📲 Recibe las noticias más importantes del Diario Sur directo en tu celular. Únete a nuestro canal.",
    "Receba as notícias do Jornal da Ria no seu telemóvel. Siga o nosso canal.",
])
def test_a_pitch_a_comment_form_or_a_share_prompt_is_a_notice(line):
    assert is_site_notice(line)


@pytest.mark.parametrize("line", [
    "Police said they got a tip about the van on Tuesday and stopped it near the bridge.",
    "Did the council get a tip? The clerk would not say.",
    "“We want to hear from you,” the mayor told residents at the forum.",
    "Residents can join the public forum on Tuesday to comment on the plan.",
    "Residents can sign up to receive flood alerts from the county.",
    "The data was shared with third parties, the regulator said, in ways no user had consented to.",
    "The board will remove all comments that name the children, the chair said.",
    "“This does not meet our standards,” the editor said.",
    "“This violates our terms of service,” a spokesperson for the app said.",
    "The essay was originally published in 1950 in a small magazine.",
    "The ferry's video playback system failed twice during the storm, the captain said.",
    "The council will open a new window for comments on the plan in May.",
    "“We will only send you the bill once the work is done,” the contractor said.",
    "Become a member of the board, he was told, and you will see.",
    "This article was originally published by the Harbor Gazette.",
    "She said she did not like this comment from the senator and asked him to withdraw it.",
    "“Share your thoughts with your doctor,” she advised.",
    "“Sharing is caring,” the teacher told the class.",
    "Parents want to stay informed, the principal said, so the school sends a letter each week.",
    "“Follow us on this,” he told the other council members.",
    "The council kept the land for other uses, see the map on page two.",
    "This article is about a bridge that the council voted to replace on Tuesday.",
    "Comments that contain abusive language are removed, the company said in its report on Monday.",
    "Comments that include the mayor’s name will be read at the meeting, the clerk said.",
    "To get the latest news on the ferry, the council set up a hotline.",
    "Do you value the work of the ferry crews? Many riders do.",
    "Riders can submit their questions to the board before the meeting, the clerk said.",
    "The ferry's new app worked only with JavaScript enabled, riders complained on Monday and Tuesday.",
    "Something went wrong with the engine, the captain said.",
    "“You have no new messages from the council,” the clerk told him.",
    # a story's paragraph of three sentences and more, a link the story speaks of
    "The draw was made on Monday. The ferries meet the harbor side. Click here for the full list of fixtures.",
    "Riders who click here for tickets, the board said, pay a fee on top of the fare.",
    "Our daily ferry to the island runs late on Sundays, the captain said.",
])
def test_story_prose_of_the_same_shape_is_not(line):
    assert not is_site_notice(line)


def test_a_comment_form_after_the_story_is_dropped():
    story = ("The council voted 5-2 on Tuesday to pass the plan for the new bridge.\n\n"
             "Work starts in June, the mayor said.\n\n"
             "Like this story? Share it with a friend!\n\n"
             "You must be logged in to post a comment.\n")
    assert [b["text"] for b in body_of(story)] == [
        "The council voted 5-2 on Tuesday to pass the plan for the new bridge.", "Work starts in June, the mayor said."]


def test_a_notice_between_the_story_and_its_end_is_dropped():
    story = ("The council voted 5-2 on Tuesday to pass the plan for the new bridge.\n\n"
             "This site uses cookies. By continuing to browse you agree to our use of cookies.\n\n"
             "Work starts in June, the mayor said.\n")
    assert [b["text"] for b in body_of(story)] == [
        "The council voted 5-2 on Tuesday to pass the plan for the new bridge.", "Work starts in June, the mayor said."]


def test_a_notice_without_a_stop_inside_the_story_is_dropped_and_a_subhead_stays():
    # Without a stop a notice reads as a subhead: "Media playback is unsupported on your device".
    story = ("The council voted 5-2 on Tuesday to pass the plan for the new bridge.\n\n"
             "Video playback is unsupported on your device\n\n"
             "Work starts in June, the mayor said.\n\n"
             "What the bridge will cost the city\n\n"
             "The plan puts the cost at $40 million, most of it from the state.\n\n"
             "Add your comment\n\n"
             "Thanks for watching!Visit the harbor channel\n\n"
             "The first cars cross in 2033, the plan says.\n")
    assert [(b["type"], b["text"]) for b in body_of(story)] == [
        ("paragraph", "The council voted 5-2 on Tuesday to pass the plan for the new bridge."),
        ("paragraph", "Work starts in June, the mayor said."),
        ("subhead", "What the bridge will cost the city"),
        ("paragraph", "The plan puts the cost at $40 million, most of it from the state."),
        ("paragraph", "The first cars cross in 2033, the plan says."),
    ]


def test_each_notice_pattern_is_searched_only_where_it_could_match():
    # The patterns asked one by one, each only of a text holding a word it needs, find what
    # one search for them all finds.
    together = re.compile("|".join(f"(?:{pattern})" for pattern in _SITE_NOTICE_PATTERNS), re.IGNORECASE)
    texts = ["This site uses cookies.", "Our Privacy Policy changed.", "© 2031 Ledger", "Subscribe to our daily newsletter",
             "This story has been shared 5 times.", "Read your comment history", "The council met on Monday.",
             "Thiſ ſite uſes cookies.", "OUR WEBSİTE", "Supported by our readers", "Sign up for the morning email",
             "Like this story? Share it with a friend!", "No spam, we promise.", "Please enable JavaScript",
             "You must be logged in to post a comment.", "Originally published at example.org", "Got a tip?"]
    for text in texts:
        assert _speaks_of_site(text, text.lower()) == bool(together.search(text)), text


@pytest.mark.parametrize("line", [
    'Ad <div style="position:absolute;"><img width=1 height=1 alt="" src="//pixel.example.org/b?P=x1&T=2"></div>',
    'Anzeige <a href="https://ads.example.com/jump/site;sz=500x500"><img src="https://ads.example.com/ad/1.gif"></a>',
])
def test_page_markup_shown_as_text_is_known(line):
    assert is_page_markup(line)


@pytest.mark.parametrize("line", [
    "The page's <title> tag should name the story, the guide says.",
    "Wrap the link in <a> and give it an href, the tutorial says; http://example.org is a placeholder.",
])
def test_prose_that_names_tags_is_not_page_markup(line):
    assert not is_page_markup(line)


def test_a_paragraph_of_page_markup_is_dropped():
    pixel = '<div style="position:absolute;"><img width=1 height=1 alt="" src="//pixel.example.org/b?P=x1"></div>'
    story = (f"The council voted 5-2 on Tuesday to pass the plan for the new bridge.\n\n{pixel}\n\n"
             "Work starts in June, the mayor said.\n")
    assert [b["text"] for b in body_of(story)] == [
        "The council voted 5-2 on Tuesday to pass the plan for the new bridge.", "Work starts in June, the mayor said."]


@pytest.mark.parametrize("line", [
    "Recent Comments", "Archives", "Have your say", "Post navigation",
    "Read more", "Read These Next", "More from Business", "MORE FOR YOU", "You may also like",
    "Most read", "Recommended related news", "Next up in Culture", "Tags: bridges, council",
    "Labels: FPGA, Tools", "Filed under: Harbor", "No comments:", "Leave a comment", "12 Comments",
    "About the author", "Older Post Home", "Newer posts", "More World", "More U.S.",
    "Follow The Harbor Ledger on", "Trends: Ferry fares, Bridge vote", "Explore more on these topics",
    "Discover more", "Connectez-vous pour commenter", "Regístrate para comentar",
])
def test_a_heading_over_what_the_page_offers_next_is_a_rail_heading(line):
    assert is_rail_heading(line)


@pytest.mark.parametrize("line", [
    "See also", "More from the hearing: what the lawmakers said on Tuesday", "The tags of war",
    "Most of the town flooded", "Related to the mayor by marriage, she said nothing.", "What comes next",
    "Comments from residents filled four hours of the meeting.", "More rain", "More Than Meets the Eye",
    "Follow the money on Tuesday", "Trends in ferry fares",
    # a link set into the story, which runs on under it
    "Read More About The Case", "See more about the ferry vote",
])
def test_a_subhead_of_the_story_is_not_a_rail_heading(line):
    assert not is_rail_heading(line)


@pytest.mark.parametrize("line", [
    "Lascia un commento", "Deixe um comentário", "Você pode gostar...", "Artículos relacionados", "Top-Themen",
    "Mehr aus dem Ressort", "Schlagworte: Hafen, Fähre", "Etiquetas: puerto", "Zum Thema", "Auch interessant",
    "Kommentare lesen (12 Beiträge)", "Tópicos relacionados",
    "Articles similaires", "Das könnte Sie auch interessieren", "Ähnliche Artikel", "Добавить комментарий",
    "Вам также может быть интересно", "Похожие статьи", "Související články", "関連記事", "【関連記事】", "相关文章",
    "Kommentare", "Meistgelesen", "Les plus lus", "Commentaires", "Lo más leído", "I più letti", "Mais lidas",
    "Meest gelezen", "Leia mais", "Gerelateerde artikelen",
])
def test_a_rail_heading_in_another_language_is_a_rail_heading(line):
    assert is_rail_heading(line)


@pytest.mark.parametrize("line", [
    "Comentarios del alcalde sobre el puente", "Artículos de primera necesidad", "Ähnliche Fälle im Hafen",
    "Комментарий мэра", "関連する費用", "Kommentare des Bürgermeisters", "Les plus lus des livres de la ville",
    # a link a page sets into the story, which runs on under it
    "Lesen Sie auch", "À lire aussi", "Leggi anche", "Lees ook",
])
def test_a_subhead_in_another_language_is_not_a_rail_heading(line):
    assert not is_rail_heading(line)


@pytest.mark.parametrize("line, notice", [
    ("You may opt out at any time. By signing up you agree to our Terms of Service and Privacy Policy.", True),
    ("By subscribing you agree to receive our emails.", True),
    ("You can opt out at any time.", True),
    ("Residents can opt out of the scheme, the council said, and rejoin it next year.", False),
    ("Residents can opt out at any time, the council said.", False),
])
def test_a_sign_ups_fine_print_is_a_notice(line, notice):
    assert is_site_notice(line) is notice


@pytest.mark.parametrize("line", [
    "Catch all the City News, Harbor News and latest updates on The Daily Ledger. Download The Daily Ledger App to"
    " get daily updates.",
    "Le Courrier des Rivières est un média indépendant. Pour continuer à lire une information locale de qualité,"
    " abonnez-vous dès aujourd’hui pour aussi peu que 2,99 $ par semaine.",
    "Talbote+ testen: Lesen Sie alle Artikel einen Monat lang um nur 1 Euro.",
])
def test_an_outlets_pitch_for_its_app_or_its_subscription_is_a_notice(line):
    assert is_site_notice(line)


def test_the_media_and_the_latest_figures_in_a_story_are_no_notice():
    assert not is_site_notice("The media reported the latest figures on Tuesday, and the minister said the app"
                              " would launch in March.")


@pytest.mark.parametrize("line", ["Jetzt anmelden", "Connectez-vous", "Abbonati ora", "Jetzt testen"])
def test_sign_in_and_trial_buttons_in_more_languages_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Deel dit artikel", "Diesen Artikel teilen", "Condividi questo articolo", "Compartilhe", "Compartir este artículo",
    "Facebook Twitter Google+ Whatsapp",  # a row of the networks
    "Presentear matéria", "Assinantes podem presentear 7 acessos gratuitos por dia",  # a subscriber's gift
    "Subscribers can gift 10 articles each month",
    "Voltar", "Voltar  Ver novamente", "Watch again",  # a player's controls
])
def test_share_gift_and_player_buttons_in_more_languages_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Deel dit artikel met de buren, zei ze.", "Facebook and Twitter both declined."])
def test_a_sentence_naming_those_buttons_words_is_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", [
    "Jaraguá do Sul - SC - CNPJ: 83.102.459/0001-23 - Rua das Palmeiras, 1111 - Caixa Postal 421",
    "Editoriale Valdrana S.r.l. – Via Roma 12 – P.IVA 01234567890",
])
def test_a_publisher_s_company_number_in_its_footer_is_a_notice(line):
    assert is_site_notice(line)


def test_a_company_named_in_a_story_is_no_notice():
    assert not is_site_notice("The firm's VAT bill rose by a third, the accounts filed with the registry show.")


@pytest.mark.parametrize("line", ["di 14 okt 2025 om 16:05", "Di., 14.10.2025, 16:05 Uhr", "sáb 3 ago 2024, 09:12"])
def test_dates_with_short_forms_of_days_and_months_in_more_languages_are_stamps(line):
    assert is_stamp_or_data_line(line)


@pytest.mark.parametrize("line", ["so 3 mal", "Do 2 things", "ma 14 ans"])
def test_short_words_with_a_figure_are_no_date_unless_every_word_is_a_date_s(line):
    assert not is_stamp_or_data_line(line)


@pytest.mark.parametrize("line", [
    "Blijf op de hoogte", "Je e-mailadres", "Votre adresse e-mail", "Schrijf je in",  # a sign-up box's lines
    "S'inscrire à la newsletter", "Sign up for our newsletter",
    "Share this article in your social network",
])
def test_a_sign_up_box_s_lines_and_share_buttons_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "You’ve read 4 of 5 free articles this month",  # a meter of free articles
    "Sie haben 4 von 5 kostenlosen Artikeln gelesen.",
    "You must be logged in to join the discussion or read more comments.",
    "Reageren kan tot 23.00 uur. Houd het netjes en blijf bij het onderwerp; lees onze spelregels.",
])
def test_a_meter_of_free_articles_and_a_comment_section_s_rules_are_notices(line):
    assert is_site_notice(line)


@pytest.mark.parametrize("line", ["The club scored 3 of 4 free kicks in the second half.",
                                  "Blijf op de hoogte van de plannen, zei de wethouder tegen de bewoners."])
def test_a_story_s_free_kicks_and_its_words_are_no_notice(line):
    assert not is_site_notice(line) and not is_furniture(line)


@pytest.mark.parametrize("line", [
    "Jetzt kostenlos anmelden", "Normal text size", "Larger text size", "Turn on notifications",
    "Turn on breaking news alerts straight to your phone.", "Je m'abonne", "Déjà abonné ? Se connecter", "Abonnés",
    "Instagram", "Follow Ashcombe Valley Echo:", "Continua após a publicidade", "Veja mais sobre:", "Lees meer over:",
])
def test_account_alert_and_text_size_buttons_and_topic_headers_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Follow the money: how the fund was spent", "Follow-up: the mayor replies"])
def test_a_subhead_opening_on_follow_is_no_outlet_s_row_of_accounts(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", [
    "Log in, register or subscribe to save articles for later.",
    "Vous avez lu 2 articles offerts ce mois-ci. Pour continuer à suivre l'actualité de votre commune, profitez de"
    " notre offre : 1 € le premier mois.",
])
def test_a_meter_and_an_offer_in_more_languages_are_notices(line):
    assert is_site_notice(line)
