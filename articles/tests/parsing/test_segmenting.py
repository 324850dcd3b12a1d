"""Lines into blocks: headline, paragraphs, subheads, related links, comment counter."""

import pytest

from articles.parsing import parse_article
from articles.parsing.furniture import match_comment_counter, match_related_marker
from articles.parsing.headline import _title_the_lead_takes_up, detect_headline
from articles.parsing.titlelines import _JOINING_WORD_END, ends_on_joining_word
from articles.parsing.segmenting import _DATE_WORD_OR_CLOCK, _may_hold_date, is_subhead

from .stories import body_of, lines_of


def test_detect_headline_takes_a_title_line_followed_by_a_blank_line():
    assert detect_headline(lines_of("Council passes budget\n\nThe council voted.")) == 0


@pytest.mark.parametrize("text", [
    "The council voted 5-2 on Tuesday.\n\nMore text here.",
    "Related\nOlder story title\n\nThe council voted.",
    "Advertisement\n\nThe council voted.",
    "Council passes budget\n\n",
    "The council met on Tuesday\nand voted 5-2 on the plan.",
    "Home\nNews\nSport\nWeather\n\nThe council met on Tuesday and voted 5-2 on the plan.",
    # a sentence that ends on an initialism is the story's first line, not a title
    "The ferry company said it would move its offices to the U.S.\n\nThe move takes a year.",
    # a press release's sender under its label, the release opening under its date
    "News provided by\nHarbor Ferry Company\nMar 04, 2031, 09:00 ET\nShare this article\n"
    "HARBOR CITY, Ore., March 4, 2031 -- The ferry company said it would rebuild its pier.\nWork starts in May.",
])
def test_detect_headline_finds_none(text):
    assert detect_headline(lines_of(text)) is None


@pytest.mark.parametrize("text, expected", [
    # a browser copy puts a single line break after a heading
    ("Council passes budget\nThe council voted.", 0),
    ("Council passes budget after long night\nThe council voted 5-2 on Tuesday to pass it.", 0),
    # kickers, dates, share rows and menus before the title are skipped
    ("Politics\nMarch 3, 2025\nShare\nCouncil passes budget after long night\nBy Ana Lima\n"
     "The council voted 5-2 on Tuesday to pass it.", 3),
    ("News\nSport\nWeather\nCouncil passes budget after long night\nThe council voted 5-2.", 3),
    # a one-word title standing alone over a line that is no menu item
    ("Budget\nFrom the council's weekly bulletin\n\nThe council voted 5-2 on Tuesday to pass it.", 0),
    # a short question is still a title; so is a title with a stop right over its byline
    ("Is the budget too big?\nThe council voted 5-2 on Tuesday to pass it, after a long night.", 0),
    ("Stocks fell. Why you should not worry.\nBy Ana Lima July 10, 2025\n\nThe index fell 2%.", 0),
    # a title whose last word is an initialism, over its standfirst
    ("Ferry Fares Rise Again as Winter Storms Close Piers Across the U.S.\n"
     "Operators blame fuel and repairs for the third rise this year, and riders say they have had enough.\n\n"
     "The harbor authority raised fares by 8% on Monday.", 0),
])
def test_detect_headline_skips_leading_furniture(text, expected):
    assert detect_headline(lines_of(text)) == expected


@pytest.mark.parametrize("kicker", ["Politics", "World news", "Opinion"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_section_kicker_over_the_headline_is_not_the_headline(kicker, gap):
    text = f"{kicker}{gap}Harbor council approves new ferry lanes after long debate\n\nThe council voted 7-2 on Tuesday.\n"
    article = parse_article(text)
    assert article.headline == "Harbor council approves new ferry lanes after long debate"
    assert [block["text"] for block in body_of(text)] == ["The council voted 7-2 on Tuesday."]


def test_a_short_headline_stays_when_its_page_repeats_it_or_no_title_follows():
    # A reference page: its short title, a tagline, the title again over a fact box.
    repeated = lines_of("Harbor ferry\nFrom the city's almanac of transport\nHarbor ferry\n\nThe ferry crosses the bay.")
    assert detect_headline(repeated) == 0
    assert detect_headline(lines_of("Ferry strike ends\n\nThe crews went back to work on Monday.")) == 0


def test_detect_headline_allows_a_byline_between_title_and_story():
    assert detect_headline(lines_of("Council passes budget\nBy Ana Lima\nThe council voted.")) == 0


@pytest.mark.parametrize("crumbs", ["Home / News / Local", "News › Politics › Congress", "Home | News | Politics",
                                    "Home » Notes » Council passes…"])
def test_headline_may_follow_breadcrumbs_which_are_dropped(crumbs):
    article = parse_article(f"{crumbs}\n\nCouncil passes budget\n\nThe council voted 5-2.\n")
    assert article.headline == "Council passes budget"
    assert body_of(f"{crumbs}\n\nCouncil passes budget\n\nThe council voted 5-2.\n") == [
        {"type": "paragraph", "text": "The council voted 5-2."}]


def test_blocks_record_the_line_where_they_start():
    text = "Council passes budget\n\nThe council met\nat noon.\n\nRelated\nOld story\n\nA | B\n"
    assert [(b.kind, b.line) for b in parse_article(text).body] == [
        ("paragraph", 3), ("related", 6), ("image", 9)]


def test_headline_is_not_repeated_in_body():
    article = parse_article("Council passes budget\n\nThe council voted.\n")
    assert article.headline == "Council passes budget"
    assert [b.text for b in article.body] == ["The council voted."]


@pytest.mark.parametrize("text, expected", [
    ("What happened during the vote", True),
    ("Residents split on pool delay", True),
    ("The council will meet again in March.", False),
    ("Not everyone is convinced.", False),
    ("“An unclosed quotation that runs on", False),
    ("lowercase start is not a heading", False),
    ("This line has no final stop but it runs on far too long to be a heading for a section of a story", False),
])
def test_is_subhead(text, expected):
    assert is_subhead(text) is expected


def test_one_line_paragraph_with_a_stop_is_not_a_subhead():
    text = "The plan passed.\n\nWhat comes next\n\nIt was not always pretty.\n\nThe vote is final."
    assert [b["type"] for b in body_of(text)] == ["paragraph", "subhead", "paragraph", "paragraph"]


def test_lines_between_blank_lines_form_one_paragraph():
    text = "The council met on Tuesday\nand voted 5-2 to approve the plan.\n\nIt passed.\nWork starts in June.\n"
    assert [b["text"] for b in body_of(text)] == [
        "The council met on Tuesday and voted 5-2 to approve the plan.",
        "It passed. Work starts in June.",
    ]


def test_a_heading_line_is_cut_off_the_paragraph_it_introduces():
    text = "Intro paragraph here.\n\nDetour routes\nDrivers should use Fifth Avenue instead.\n"
    assert [b["type"] for b in body_of(text)] == ["paragraph", "subhead", "paragraph"]


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "Bus drivers in the city voted on Sunday to authorize a strike, raising\n"
        "the prospect of the first transit shutdown in nearly two decades.\n\n"
        "About 94% of the members who cast ballots backed the strike, the union\n"
        "said on Monday after the count was certified by an outside firm.\n"
    )
    assert len(body_of(text)) == 2


def test_a_line_without_a_stop_over_a_paragraph_is_not_run_into_it():
    # A paste of one line to a paragraph: a line that ends on no stop and no comma, with a
    # sentence opening on the next line, is a line of its own (a tag row, a caption), not
    # the first words of the story's paragraph.
    story = ("The council voted 5-2 on Tuesday to close the old bridge for repairs, officials said.\n\n"
             "Work starts in June and takes two years, the city's engineer told the meeting.\n\n")
    for line in ("ferries harbor council transport bridges", "Crews at work on the old bridge this spring"):
        text = story + line + "\nThe new bridge opens in 2033, a year later than planned, the mayor said.\n"
        texts = [b["text"] for b in body_of(text)]
        assert "The new bridge opens in 2033, a year later than planned, the mayor said." in texts, line
    # a line that runs on (a comma, or a lowercase word on the next line) is still one paragraph
    for first, second in (("Work on the bridge, which the council", "closed in May, starts in June."),
                          ("The council voted on Tuesday to close", "the old bridge for repairs.")):
        texts = [b["text"] for b in body_of(story + first + "\n" + second + "\n")]
        assert f"{first} {second}" in texts


def test_single_spaced_text_gives_a_paragraph_per_line():
    text = (
        "The council voted on Tuesday.\nThe plan adds 12 officers.\n"
        "Critics said it cost too much.\nThe mayor signed it the same night.\n"
    )
    assert len(body_of(text)) == 4


@pytest.mark.parametrize("opening", ["„", "«", "¿"])
def test_a_line_opening_on_another_languages_mark_starts_its_own_paragraph(opening):
    text = (
        "The council voted on Tuesday.\nThe plan adds 12 officers.\n"
        f"{opening}Ya era hora, said Ana Ruiz.\nThe mayor signed it the same night.\n"
    )
    assert [b["text"][:1] for b in body_of(text)] == ["T", "T", opening, "T"]


def test_single_spaced_paste_split_by_furniture_lines_still_gives_a_paragraph_per_line():
    # No blank line anywhere: the byline, stamp and ad marker are the only breaks.
    text = (
        "Council passes budget\nBy Ana Lima\nUpdated 5:02 p.m. ET\nThe council voted on Tuesday.\n"
        "The plan adds 12 officers.\nAdvertisement\nCritics said it cost too much.\nThe mayor signed it.\n"
    )
    assert [b["text"] for b in body_of(text)] == [
        "The council voted on Tuesday.", "The plan adds 12 officers.", "Critics said it cost too much.",
        "The mayor signed it."]


def test_match_related_marker():
    assert match_related_marker("Related") == ""
    assert match_related_marker("RELATED:") == ""
    assert match_related_marker("Related article") == ""
    # The contract's related block is the bare marker with the title on the next line; the
    # one-line "Related: title" promo and "Related Coverage" headers are dropped as furniture.
    assert match_related_marker("Related: City hires new chief") is None
    assert match_related_marker("Related Coverage") is None
    assert match_related_marker("Related costs rose 12% last year.") is None


@pytest.mark.parametrize("promo", [
    "RELATED: City hires new chief", "Related Coverage\nCity hires new chief",
    "Related stories:\nCity hires new chief\nSchool board race heats up",
])
def test_related_promo_links_other_than_the_bare_marker_are_dropped(promo):
    text = f"The council voted.\n\n{promo}\n\nThe mayor signed it.\n"
    assert [b["text"] for b in body_of(text)] == ["The council voted.", "The mayor signed it."]


@pytest.mark.parametrize("header", ["Most Read", "Trending now", "Most Popular", "Recommended", "Read more:",
                                    "Ferries: all the coverage...", "Full coverage", "Harbor vote 2031: full coverage"])
def test_link_list_header_drops_the_story_titles_under_it(header):
    text = (
        f"The council voted.\n\n{header}\n\nMan charged after chase ends in crash\n\n"
        "Schools announce new start times for fall\n\nThe mayor signed it.\n"
    )
    assert [b["text"] for b in body_of(text)] == ["The council voted.", "The mayor signed it."]


def test_a_box_of_links_under_a_read_also_in_another_language_is_dropped_and_the_story_goes_on():
    for header in ("Lire aussi", "À lire également", "Lesen Sie auch", "Lee también", "Leggi anche", "Más información",
                   "Mirá también", "Leé también"):
        text = ("Le conseil a voté mardi la construction d’un ponton neuf pour l’île.\n\n"
                f"{header}\nTempête : la traversée de nouveau annulée\n\n"
                "Les travaux dureront huit mois, selon la compagnie.\n")
        assert [b["text"] for b in body_of(text)] == [
            "Le conseil a voté mardi la construction d’un ponton neuf pour l’île.",
            "Les travaux dureront huit mois, selon la compagnie."], header


def test_a_sentence_quoting_someone_after_a_colon_under_a_listed_title_is_the_story_s():
    text = ("El club ganó la semifinal por penales.\n\nMirá también\nLa Liga confirmó las fechas de la final\n"
            "En la tribuna colgaba una bandera que resumía la tarde: “Tapera no se rinde nunca”.\n"
            "Una final con sabor a revancha\nLa ida se jugará el domingo 2 de noviembre y la vuelta, el 9, en Laguna.\n")
    texts = [b["text"] for b in body_of(text)]
    assert any(text.startswith("En la tribuna") for text in texts)
    assert not any("confirmó las fechas" in text for text in texts)


def test_a_title_cut_short_stays_in_the_link_list_and_a_sentence_ends_it():
    text = ("The council voted.\n\nMost Read\n\n1. Man charged after chase ends in...\n\n"
            "2. Schools announce new start times for…\n\n3. Poll: in a fight between the ferries\n\n"
            "The mayor signed it on Monday.\n")
    assert [b["text"] for b in body_of(text)] == ["The council voted.", "The mayor signed it on Monday."]


def test_a_listed_storys_blurb_stays_in_the_link_list():
    text = ("Ferry fares to rise\n\nYou were reading\nFerry strike called off\n"
            "Crews agreed a new contract late on Sunday after talks that ran through the weekend.\n"
            "Pier repairs begin\nQuay closes for a week\n\nFares on the harbor ferries will rise in March.\n\n"
            "The council voted for the rise on Monday.\n")
    assert [b["text"] for b in body_of(text)] == [
        "Fares on the harbor ferries will rise in March.", "The council voted for the rise on Monday."]


@pytest.mark.parametrize("title", ["Harbor news: will the ferries run late?", "Quayside: the week as it was."])
def test_a_title_asking_or_ending_on_a_stop_between_two_titles_stays_in_the_link_list(title):
    text = (f"The council voted.\n\nMost Read\nFerry strike called off\n{title}\nPier repairs begin\n\n"
            "The mayor signed it on Monday.\n")
    assert [b["text"] for b in body_of(text)] == ["The council voted.", "The mayor signed it on Monday."]


@pytest.mark.parametrize("text", [
    # the story's own paragraph stands apart from the titles, or runs to more than one sentence
    "Ferry fares to rise\n\nMost Read\nFerry strike called off\n\nFares will rise in March.\nPier repairs begin\n",
    "Ferry fares to rise\n\nMost Read\nFerry strike called off\nFares will rise in March.\n\nPier repairs begin\n",
    "Ferry fares to rise\n\nMost Read\nFerry strike called off\nFares will rise. The council agreed.\n"
    "Pier repairs begin\n",
    # a line that introduces the story's own list is no blurb
    "Ferry fares to rise\n\nMost Read\nFerry strike called off\nFares will rise in March:\nPier repairs begin\n",
])
def test_a_paragraph_not_set_between_titles_ends_the_link_list(text):
    assert any(b["text"].startswith("Fares will rise") for b in body_of(text))


@pytest.mark.parametrize("line", ["Full coverage of the vote drew complaints.", "Our coverage of the vote",
                                  "Complete coverage of the vote"])
def test_a_line_about_coverage_is_no_link_lists_header(line):
    text = f"The council voted.\n\n{line}\n\nMan charged after chase ends in crash\n\nThe mayor signed it.\n"
    assert "Man charged after chase ends in crash" in [b["text"] for b in body_of(text)]


def test_link_list_ends_at_a_comment_counter_or_a_related_marker():
    text = "The council voted.\n\nMost Read\nOne title\n\n17\nComments\n\nRelated\nOld story\n"
    article = parse_article(text)
    assert article.comment_count == 17
    assert [b.to_dict() for b in article.body][-1] == {"type": "related", "title": "Old story"}


def test_related_blocks_in_a_row_with_and_without_blank_lines():
    text = (
        "Related\nFirst older story\nRelated\nSecond older story\n\n"
        "The council voted.\n\n"
        "Related\nThird older story\n\nRelated\nFourth older story\n"
    )
    assert body_of(text) == [
        {"type": "related", "title": "First older story"},
        {"type": "related", "title": "Second older story"},
        {"type": "paragraph", "text": "The council voted."},
        {"type": "related", "title": "Third older story"},
        {"type": "related", "title": "Fourth older story"},
    ]


def test_related_title_may_look_like_a_promo_line():
    text = "The river rose.\n\nRelated\nPhotos: the flood, then and now\n"
    assert body_of(text)[1] == {"type": "related", "title": "Photos: the flood, then and now"}


def test_related_titles_give_no_quotes_or_people():
    text = "Related\nMayor Ana Lima says “no comment” on audit\n\nThe audit is due in May.\n"
    article = parse_article(text)
    assert article.headline is None
    assert article.quotes == [] and article.people == []


def test_match_comment_counter():
    lines = ["42", "Comments", "text"]
    assert match_comment_counter(lines, 0) == (42, 1)
    assert match_comment_counter(["1", "Comment"], 0) == (1, 1)
    assert match_comment_counter(["1,024", "Comments"], 0) == (1024, 1)
    assert match_comment_counter(["42", "people came."], 0) is None


def test_comment_counter_between_a_subhead_and_its_paragraphs():
    text = "Intro text.\n\nWhat comes next\n\n12\nComments\n\nThe vote is in May.\n"
    article = parse_article(text)
    assert article.comment_count == 12
    assert [b.kind for b in article.body] == ["paragraph", "subhead", "paragraph"]


def test_only_the_two_line_form_is_a_comment_counter():
    article = parse_article("The vote is in May.\n\n12 Comments\n")
    assert article.comment_count is None
    assert [b.text for b in article.body] == ["The vote is in May."]


def test_zero_comments_stays_zero_and_no_counter_is_none():
    assert parse_article("The vote is in May.\n\n0\nComments\n").comment_count == 0
    assert parse_article("The vote is in May.\n").comment_count is None


@pytest.mark.parametrize("text", ["1. Why rates rose", "2) What comes next", "10. The bottom line"])
def test_numbered_section_titles_are_subheads(text):
    assert is_subhead(text)


def test_numbered_subhead_is_cut_from_the_story():
    parsed = parse_article("Five things to know\n\nThe bank raised rates.\n\n1. Why rates rose\n\n"
                           "Inflation rose to 3.4% in February.\n")
    assert [(b.kind, b.text) for b in parsed.body][1] == ("subhead", "1. Why rates rose")


def test_a_numbered_heading_under_a_boxed_summary_is_not_joined_to_it():
    # The point's heading has no blank line between it and the box's last sentence above.
    parsed = parse_article(
        "Five ways to sleep better\n\nMost adults sleep less than they need, a survey found this week.\n\n"
        "Keep a regular bedtime, even at weekends, so the body learns when to rest.\n"
        "2. Put the phone away\n"
        "Screens keep the mind busy long after the lights go out, the study found.\n\n"
        "An hour without one helped most of those who tried it.\n")
    assert [(b.kind, b.text) for b in parsed.body][1:4] == [
        ("paragraph", "Keep a regular bedtime, even at weekends, so the body learns when to rest."),
        ("subhead", "2. Put the phone away"),
        ("paragraph", "Screens keep the mind busy long after the lights go out, the study found."),
    ]


def test_a_numbered_line_ending_a_paragraph_stays_with_it():
    # a number with its words at a paragraph's end and nothing under it is the paragraph's own
    parsed = parse_article("Ferry fares rise\n\nThe council voted on Tuesday to raise the fare by a fifth.\n"
                           "3 Harbor Street\n\nWork starts in June, the council said.\n")
    assert "3 Harbor Street" in parsed.body[0].text


def test_labels_before_the_story_and_short_labels_after_it_are_dropped():
    text = ("Council passes budget after a long night\n\nNews\nSport\nWeather\n\n"
            "The council voted 5-2 on Tuesday to pass the plan.\n\nWhat comes next\n\n"
            "Work starts in June.\n\nMost viewed\n\nAbout us\nContact\nJobs\n")
    assert [(b["type"], b["text"]) for b in body_of(text)] == [
        ("paragraph", "The council voted 5-2 on Tuesday to pass the plan."),
        ("subhead", "What comes next"),
        ("paragraph", "Work starts in June."),
    ]


def test_a_list_after_the_last_paragraph_is_kept():
    text = ("The council named its five picks for the board.\n\n"
            "1) Ana Lima, a lawyer from the east side\n\n2) Tom Reyes, a retired teacher\n")
    assert [b["text"] for b in body_of(text)][1:] == [
        "1) Ana Lima, a lawyer from the east side", "2) Tom Reyes, a retired teacher"]


def test_a_selection_keeps_short_lines_after_its_last_paragraph():
    # The paste starts at the headline: it ends with the story, so its last lines are the story's.
    text = ("Harbor Cup draw set\n\nTwelve clubs qualified for the cup on Sunday.\n\n"
            "Qualified clubs\nAlder FC (Group A): 3rd time\nBay Town (Group B): debut\n")
    assert [b["text"] for b in body_of(text)][1:] == [
        "Qualified clubs", "Alder FC (Group A): 3rd time", "Bay Town (Group B): debut"]


def test_a_whole_page_drops_short_lines_after_the_story_but_a_selection_drops_only_menu_items():
    story = "The council voted 5-2 on Tuesday to pass the plan.\n\nTickets: $5 (Group B)\n\nSite Map\n"
    menus = "Home\nNews\nSport\nWeather\nBusiness\nCulture\nOpinion\n\n"
    assert [b["text"] for b in body_of(menus + story)] == ["The council voted 5-2 on Tuesday to pass the plan."]
    assert [b["text"] for b in body_of(story)] == [
        "The council voted 5-2 on Tuesday to pass the plan.", "Tickets: $5 (Group B)"]


def test_a_menu_run_inside_the_story_is_dropped_but_a_lone_subhead_stays():
    text = ("The council voted 5-2 on Tuesday to pass the plan.\n\nNews\nSport\nBusiness\nWeather\n\n"
            "What comes next\n\nWork starts in June, the mayor said.\n")
    assert [b["text"] for b in body_of(text)] == [
        "The council voted 5-2 on Tuesday to pass the plan.", "What comes next",
        "Work starts in June, the mayor said."]


def test_a_blogs_list_of_categories_with_their_post_counts_is_a_menu():
    text = ("The council voted 5-2 on Tuesday to pass the plan.\n\nTravel (1465)\nSports (1379)\nWorld (3031)\n"
            "Real Estate (704)\n\nWork starts in June, the mayor said.\n")
    assert [b["text"] for b in body_of(text)] == [
        "The council voted 5-2 on Tuesday to pass the plan.", "Work starts in June, the mayor said."]


def test_a_storys_lines_of_scores_are_not_a_menu():
    rows = "Harbor FC 3, Alder United 1\nRiverside 2, Millbrook 2\nPort Town 0, Eastfield 4\nNorth End 1, Bayside 0\n"
    text = "The league played four games on Saturday.\n\n" + rows + "\nThe season ends in May.\n"
    assert [b["text"] for b in body_of(text)][1:-1] == rows.splitlines()


@pytest.mark.parametrize("after_pitch", ["\n", "Sign up\n", " Subscribe\nLoading...\n"])
def test_a_sign_up_box_drops_its_pitch_line_too(after_pitch):
    text = ("The council voted 5-2 on Tuesday.\n\nSign up for our weekly newsletter\n"
            f"The best of the week's council news, every Friday.\n{after_pitch}\nWork starts in June.\n")
    assert [b["text"] for b in body_of(text)] == ["The council voted 5-2 on Tuesday.", "Work starts in June."]


def test_a_line_under_a_sign_up_prompt_stays_when_the_story_goes_on_under_it():
    text = ("The council voted 5-2 on Tuesday.\n\nSign up for the council's youth panel, the mayor urged\n"
            "Applications close on Friday, she said.\nThe panel meets monthly and advises on parks.\n\n"
            "Work starts in June.\n")
    assert "Applications close on Friday, she said." in " ".join(b["text"] for b in body_of(text))


def test_a_menu_label_ending_in_a_small_word_is_not_a_wrapped_line():
    lines = lines_of("Home\nNews\nSign in\nCouncil passes budget after long night\n"
                     "The council voted 5-2 on Tuesday to pass the plan.")
    assert detect_headline(lines) == 3


def test_a_repeated_paragraph_or_title_is_kept_once_but_short_labels_may_recur():
    caption = "The mayor cuts the ribbon on the new bridge on Monday."
    text = (f"{caption}\n\nThe bridge opened on Monday after two years of work.\n\nSummary\n\n"
            f"Traffic will use it from June.\n\n{caption}\n\nSummary\n\nTolls start in July.\n")
    assert [b["text"] for b in body_of(text)] == [
        caption, "The bridge opened on Monday after two years of work.", "Summary",
        "Traffic will use it from June.", "Summary", "Tolls start in July."]


MENU = "Home\nNews\nSport\nWeather\nBusiness\nCulture\nOpinion\n\n"
STORY = ("The council voted 5-2 on Tuesday to pass the plan for the new bridge over the river, "
         "after a debate that ran past midnight and drew more than a hundred residents.\n\n"
         "What comes next\n\n"
         "Work on the bridge starts in June and should end within two years, the mayor said, "
         "and the old crossing will stay open until the new one is ready for traffic.\n\n")


def test_on_a_whole_page_the_rail_after_the_story_goes_but_list_items_stay():
    rail = ("Mayor Opens New Ferry Terminal\nSchool Board Names New Chief\n\nTickets: $5 (Group B)\n\n"
            "The board met on Monday and named a new chief.\n\nLibrary Hours Change In July\n\nCity Jobs\n")
    texts = [b["text"] for b in body_of(MENU + STORY + rail)]
    assert texts == [STORY.split("\n\n")[0], "What comes next", STORY.split("\n\n")[2], "Tickets: $5 (Group B)"]


@pytest.mark.parametrize("table", [
    "Bridge Facts\nLength\n420 m\nLanes\n4\n\n",
    "Most Active Builders\nBy Contracts\nAna Lima 12 40%\nTom Reyes 9 30%\n\n",
])
def test_a_tables_rows_do_not_part_the_story(table):
    more = ("The state will pay half of the cost of the bridge, the county a quarter and the city the rest, "
            "under a deal the three signed last spring.\n")
    texts = [b["text"] for b in body_of(MENU + STORY + table + more)]
    assert texts[-1].startswith("The state will pay half") and table.split("\n")[-3] in texts


def test_the_story_runs_on_past_a_short_aside_between_its_sections():
    aside = "Related Stories\nMore From The Desk\n\nSee the map.\n\nThe Money\nWho Pays\n\n"
    more = ("The state will pay half of the cost of the bridge, the county a quarter and the city the rest, "
            "under a deal the three signed last spring after years of talks.\n")
    texts = [b["text"] for b in body_of(MENU + STORY + aside + more)]
    assert texts[-1].startswith("The state will pay half") and "What comes next" in texts


@pytest.mark.parametrize("line, expected", [
    ("The council met and", True), ("a plan for the", True), ("whose", True), ("He said that", True),
    ("The band", False), ("It was a door", False), ("Sign up", False), ("x_and", False), ("café and", True),
    ("", False),
])
def test_a_line_ends_on_a_joining_word_only_when_the_word_stands_alone(line, expected):
    assert ends_on_joining_word(line) is expected
    assert bool(_JOINING_WORD_END.search(line)) is expected  # the pattern the test reads from the end


@pytest.mark.parametrize("line", [
    "Friday 25 December 2015", "MONDAY", "Updated 8:52", "Sept. 3", "ſept 3", "FRİDAY", "thurſday",
])
def test_every_line_that_names_a_day_month_or_time_has_a_date_clue(line):
    assert _DATE_WORD_OR_CLOCK.search(line) and _may_hold_date(line)


def test_a_line_with_no_date_clue_names_no_date():
    assert not _may_hold_date("Hazel Sheffield")


# A whole page copied with Ctrl+A: the site's menus, a cookie notice and other stories'
# titles stand over the story's title, its byline and its paragraphs.
_PAGE_MENUS = "\n".join(["Skip to main content", "Harbor Gazette", "Home", "News", "Sport", "Weather",
                         "Sign in to your account", "Subscribe for full access today"])
_PAGE_COOKIES = ("We use cookies to improve your experience on our site and to show you offers that "
                 "may interest you, as our privacy policy explains.")
_PAGE_TEASERS = "\n".join(["Trending now", "Lighthouse keepers return to the northern cape",
                           "Ferry fares rise again for island commuters", "Market stalls move to the pier"])
_STORY_PARAGRAPHS = ("The council voted 7-2 on Tuesday to open two new ferry lanes across the bay, after a "
                     "debate that ran past midnight.\n\nThe lanes will open in the spring, the harbor master "
                     "said, once the buoys have been moved.\n")


def _page(head):
    return f"{_PAGE_MENUS}\n\n{_PAGE_COOKIES}\n\n{_PAGE_TEASERS}\n\n{head}\n\n{_STORY_PARAGRAPHS}"


@pytest.mark.parametrize("head", [
    "Harbor council opens two new ferry lanes\nBy Ana Lima\nMarch 4, 2025",
    # a kicker over the title, a share row between the byline and the story
    "Local news\nHarbor council opens two new ferry lanes\nAna Lima\nMarch 4, 2025 10:15 AM\nShare\nTweet",
    # a standfirst, longer than the title, under it
    "Harbor council opens two new ferry lanes\nThe vote ends a year of argument over the crowded crossing\n"
    "By Ana Lima\nMarch 4, 2025",
    # a row of share buttons and controls between the title and its byline
    "Harbor council opens two new ferry lanes\nShare on Facebook\nShare on Twitter\nShare via Email\n"
    "Share on WhatsApp\nPrint\nComments\nLocal news\nBy Ana Lima March 4 at 3:57 PM",
    # a share panel of many buttons between the title and the story: its lines are not counted
    "Harbor council opens two new ferry lanes\n4 March 2025\n" + "".join(
        f"Share this with {name}\n{name}\n" for name in ("Email", "Facebook", "Messenger", "Twitter", "Pinterest",
                                                          "WhatsApp", "LinkedIn", "Reddit", "Telegram", "Tumblr"))
    + "Share\nThese are external links and will open in a new window\nCopy this link\n"
    "These are external links and will open in a new window\nClose share panel",
    # dates in figures, glued to the site's name, or a byline that ends on "a.m."
    "Local news\nHarbor council opens two new ferry lanes\n3/4/2025 by Ana Lima\nShare\nEmail",
    "Harbor council opens two new ferry lanes\nAna Lima\nHarbor GazetteMarch 4, 2025\nShare",
    "Harbor council opens two new ferry lanes\nBy Ana Lima , Jo Park on Tuesday, March 4th, 2025 at 11:08 a.m.",
    # a blog's post under its date, signed by who posted it
    "March 4, 2025, 6:21 PM\nHarbor council opens two new ferry lanes\nPosted by Ana Lima\n(HG)",
    # a box of the story's key points under the title, without a byline
    "Harbor council opens two new ferry lanes\nStory Highlights\nCouncil votes 7-2 for two new lanes\n\n"
    "Lanes to open in the spring\n\nNext Article in Local News »",
])
def test_on_a_whole_page_the_headline_is_the_title_over_the_storys_byline(head):
    assert parse_article(_page(head)).headline == "Harbor council opens two new ferry lanes"


@pytest.mark.parametrize("lead_in", [
    "Harbor & Coast —", "Local news ›", "Harbor & Coast is sponsored by", "You are signed in as",
    "Welcome to the Harbor Gazette’s new weekend edition\nLearn More",
])
def test_a_label_that_leads_into_the_next_line_or_a_banner_is_not_the_headline(lead_in):
    text = (f"{lead_in}\nHarbor council opens two new ferry lanes\nBy Ana Lima\nMarch 4, 2025\n\n"
            + _STORY_PARAGRAPHS)
    assert parse_article(text).headline == "Harbor council opens two new ferry lanes"


@pytest.mark.parametrize("head, headline", [
    # a caption with its credit run on is no title
    ("The ferry at dawn off Pier 4 Ana Lima/Reuters\nWhy the Harbor Ferry Is the City's Best Ride\nJo Park\n1:39 PM ET",
     "Why the Harbor Ferry Is the City's Best Ride"),
    # a title may still end on an agency's name
    ("Why I Left Reuters for the Harbor Gazette\nJo Park\n1:39 PM ET", "Why I Left Reuters for the Harbor Gazette"),
    # a blog's name over its platform's line is a kicker over the title
    ("Harbor Notes\n\tPowered by Tumblr\nFerry 2.0 - The Evening Update", "Ferry 2.0 - The Evening Update"),
    # a short title over a credit, a kicker and a date line stays the headline
    ("Harbor Lanes Open\n© REUTERS / POOL\nColumnists\n21:17 18.11.2031Get short URL\nby Ana Lima\nSubscribe",
     "Harbor Lanes Open"),
    # a sender's address over its telephone, fax and e-mail lines is no title
    ("Harbor Ferries AG, Quai 12, CH-6000 Lucerne Switzerland\nPhone +41 41 000 00 00\nFax +41 41 000 00 01\n"
     "E-mail press@example.org\nHarbor Ferries opens two new lanes on the lake\nMarch 4, 2031",
     "Harbor Ferries opens two new lanes on the lake"),
    # a title cut short with an ellipsis, right over its byline and date, or over a breadcrumb ending on it
    ("Ferries, night markets, boat shows…\nPar Ana Lima et Jo Park — 24 novembre 2031 à 18:42",
     "Ferries, night markets, boat shows…"),
    ("Those who ride ferries…\nNotes » Harbor notes » Those who ride ferries…",
     "Those who ride ferries…"),
    # a breadcrumb trail run together with the title it ends on, over the title
    ("Home News Business News Harbor Ferries opens two new lanes on the lake\n"
     "Harbor Ferries opens two new lanes on the lake\nMarch 4, 2031",
     "Harbor Ferries opens two new lanes on the lake"),
], ids=["caption-with-credit", "agency-in-title", "blog-kicker", "short-title-over-date", "address-over-contacts",
        "cut-title-over-byline", "cut-title-over-breadcrumb", "trail-run-into-title"])
def test_the_headline_among_credits_kickers_and_dates(head, headline):
    assert parse_article(f"{head}\n\n{_STORY_PARAGRAPHS}").headline == headline


def test_a_title_is_not_cut_to_a_line_under_it_that_it_merely_ends_with():
    # the line under the title says its last words again, but what stands before them is
    # no trail of a few section names; nor is a title cut to its last two words
    long_title = "Harbor Council Opens Two New Ferry Lanes on the North Shore After Long Debate"
    repeat = "After Long Debate"
    assert parse_article(f"{long_title}\n{repeat}\n\n{_STORY_PARAGRAPHS}").headline == long_title
    title = "Council Backs the New Ferry Lanes"
    assert parse_article(f"{title}\nFerry Lanes\n\n{_STORY_PARAGRAPHS}").headline == title


def test_a_title_that_names_a_month_and_a_figure_apart_is_no_date():
    title = "4 Things to Do on the Harbor in October"
    head = f"News\n{title}\nThe editors' picks for the month, from boat shows to night markets.\nAuthor:\nAna Lima\nOct 4, 2025"
    assert parse_article(_page(head)).headline == title


def test_a_long_title_over_a_lowercase_by_colon_byline_is_no_wrapped_line():
    title = "Harbor council opens two new ferry lanes after a long night"
    head = f"Opinion\n{title}\nby: Ana Lima\nFrom: Harbor Gazette\nMarch 4, 2025 9:00PM"
    assert parse_article(_page(head)).headline == title


def test_a_page_that_opens_on_a_cookie_banner_has_its_title_found_under_the_banner():
    banner = ("We use cookies and other tracking technologies to improve your browsing experience on our site. "
              "By continuing you accept them.\n\nYou can change your cookie settings at any time, as our "
              "privacy policy explains.\n\nAccept\n\n")
    head = "Harbor council opens two new ferry lanes\nBy Ana Lima\nMarch 4, 2025"
    text = banner + _PAGE_MENUS + "\n\n" + _PAGE_TEASERS + "\n\n" + head + "\n\n" + _STORY_PARAGRAPHS
    article = parse_article(text)
    assert article.headline == "Harbor council opens two new ferry lanes"
    assert [block.text[:20] for block in article.body] == ["The council voted 7-", "The lanes will open "]


def test_a_title_over_its_notes_about_other_uses_stays_the_headline():
    # The notes are sentences about the page, and a long fact box stands between them and the story.
    facts = "".join(f"Census of {year} estimate\n{year % 7},{year % 1000:03d} (June {year})\n" for year in range(1990, 2010))
    text = ("Harbor Point\nThis article is about the headland. For other uses, see Harbor Point (disambiguation).\n"
            "“The Point” redirects here. For other uses, see The Point.\nCoordinates: 42°S 174°E\n\n"
            + facts + "\n" + _STORY_PARAGRAPHS)
    assert parse_article(text).headline == "Harbor Point"


def test_a_notice_about_the_site_is_no_title_but_a_page_named_for_the_site_has_one():
    notice = "These are external links and will open in a new window"
    assert parse_article(f"{notice}\nBy Ana Lima\nMarch 4, 2025\n\n" + _STORY_PARAGRAPHS).headline is None
    assert parse_article("About This Site\n\n" + _STORY_PARAGRAPHS).headline == "About This Site"


def test_on_a_whole_page_a_title_case_title_under_another_is_no_standfirst():
    # A list of other stories' titles runs down to the story's own, right over its byline:
    # a longer line in title case under a title is a title, where a sentence would be a standfirst.
    head = ("Lighthouse Keepers Return to the Cape\nHarbor Council Opens Two New Ferry Lanes After a Long Night of Debate\n"
            "Monday March 4, 2025 7:45 am by Ana Lima")
    assert parse_article(_page(head)).headline == "Harbor Council Opens Two New Ferry Lanes After a Long Night of Debate"


def test_the_lead_photos_caption_over_the_title_over_the_date_is_no_headline():
    text = ("Go to Harbor News\n\n\n\nFerry crews at dawn\n\n"
            f"Harbor council opens two new ferry lanes\n\nMarch 4, 2025\n\n{_STORY_PARAGRAPHS}")
    assert parse_article(text).headline == "Harbor council opens two new ferry lanes"
    # (a selection's first line is its title, whatever stands under it)
    assert parse_article(text.replace("Go to Harbor News\n\n\n\n", "")).headline \
        == "Ferry crews at dawn"


@pytest.mark.parametrize("under", [
    # the writers' names and their paper, a byline, a standfirst of ten words or more: all under the title
    "Ana Lima and Jo Park Harbor Gazette", "Analysis by Ana Lima, Harbor Gazette ferry lanes editor",
    "The council ends a year of argument over the crowded ferry lanes",
    # a line under the title that the story's first lines do not take up
    "Residents wait for the evening boat home",
])
def test_the_title_over_another_line_over_the_date_stays_the_headline(under):
    text = (f"Go to Harbor News\n\n\n\nHarbor council opens two new ferry lanes\n{under}\n"
            f"Published 11:11 PM March 4, 2025\n\n{_STORY_PARAGRAPHS}")
    assert parse_article(text).headline == "Harbor council opens two new ferry lanes"


def test_on_a_whole_page_a_title_the_page_repeats_is_the_headline():
    text = _page("Harbor council opens two new ferry lanes\nShare on social media\nHarbor council opens two new ferry lanes")
    assert parse_article(text).headline == "Harbor council opens two new ferry lanes"
    first_line = "Harbor council opens two new ferry lanes | Harbor Gazette\n"
    assert parse_article(first_line + _page("Harbor council opens two new ferry lanes")).headline \
        == "Harbor council opens two new ferry lanes"


def test_a_selections_title_stays_over_a_related_teasers_byline():
    # The story's own title near the top, a teaser with its byline and date under the byline:
    # the teaser's title is another story's, and the story's paragraphs are all kept.
    text = ("Politics\nHarbor council opens two new ferry lanes\nBy Ana Lima\nMarch 4, 2025\n\n"
            "Rush hour on the crossing, seen from the air\nBy Jo Park\nMarch 2, 2025\n\n" + _STORY_PARAGRAPHS)
    article = parse_article(text)
    assert article.headline == "Harbor council opens two new ferry lanes"
    kept = " ".join(block.text for block in article.body if block.kind == "paragraph")
    assert "The council voted 7-2 on Tuesday" in kept and "once the buoys have been moved" in kept


def test_a_numbered_point_of_the_story_ends_a_link_list_of_other_titles():
    text = ("Five things the ferry crews know\n\n"
            "The crews who sail the bay every day shared what they tell their own families.\n\n"
            "4. Book the early crossing\nThe first boat is the one most often on time, the crews said.\n\n"
            "Read more\nLighthouse keepers return to the northern cape\nMarket stalls move to the pier\n"
            "5. Sit on the left going out\nThe view of the cape is on that side, a deckhand said.\n")
    assert [(b["type"], b["text"]) for b in body_of(text)] == [
        ("paragraph", "The crews who sail the bay every day shared what they tell their own families."),
        ("subhead", "4. Book the early crossing"),
        ("paragraph", "The first boat is the one most often on time, the crews said."),
        ("subhead", "5. Sit on the left going out"),
        ("paragraph", "The view of the cape is on that side, a deckhand said."),
    ]
    # a list that is numbered from its first title is the list's own
    numbered = "Most read\n1. Lighthouse keepers return\n2. Market stalls move\n\nThe ferry sailed at six.\n"
    assert [b["text"] for b in body_of(numbered)] == ["The ferry sailed at six."]


def test_a_title_under_a_related_marker_is_not_the_headline():
    text = ("Related\nFerry fares rise again for island commuters\n\nGift this article\n\n" + _STORY_PARAGRAPHS)
    assert parse_article(text).headline is None


TABLE_STORY = ("The county counted the traffic on its three bridges last month, and the new one already "
               "carries more cars than the old ferry did in a year.\n\n")
TABLE_END = "\n\nThe count will be repeated in the spring, when the toll comes in.\n"


@pytest.mark.parametrize("table, rows", [
    # a row per line, under its heading
    ("Bridge\nCars\nTrucks\nNorth Crossing\n12.4 K (+8%)\n3.1 K (-2%)\nOld Mill\n8.7 K (+1%)\n2.2 K (-5%)",
     ["3.1 K (-2%)", "2.2 K (-5%)"]),
    # a column of versions and months, the rows only
    ("2.1.0 March 2021\n2.0.4 March 2021\n2.1.1 May 2021\n2.2 July 2021", ["2.0.4 March 2021", "2.2 July 2021"]),
    # a table copied cell by cell, a blank line between the cells
    ("North Crossing\n\n12.4 K\n\n3.1 K (-2%)\n\n1.5 K (-9%)", ["3.1 K (-2%)", "1.5 K (-9%)"]),
    # a database's output under its divider
    ("day        │ lane │ cars\n───────────┼──────┼─────\n2022-05-01 │ 1    │ 4084\n2022-05-01 │ 2    │ 24\n"
     "2022-05-02 │ 1    │ 3927", ["2022-05-01 │ 2 │ 24", "2022-05-02 │ 1 │ 3927"]),
])
def test_a_tables_rows_of_figures_are_story_text(table, rows):
    text = " ".join(b["text"] for b in body_of(TABLE_STORY + table + TABLE_END))
    assert all(" ".join(row.split()) in " ".join(text.split()) for row in rows)


@pytest.mark.parametrize("stamps", [
    "Mon 18 Nov 2019 18.54 GMT\nLast modified on Mon 18 Nov 2019 18.56 GMT",  # two stamps, no figure first
    "18 Nov 2019\n6:54 pm",  # a date over its time
    "72\n60.9K\n108",  # counters, one figure each
])
def test_stamps_and_counters_in_a_row_are_no_table(stamps):
    text = " ".join(b["text"] for b in body_of(TABLE_STORY + "Ana Lima\n" + stamps + TABLE_END))
    assert all(stamp not in text for stamp in stamps.split("\n")[1:])


LIVE = ("FERRY TOWN (AP) — The latest on the storm over the harbor (all times local):\n\n"
        "{time}\n\n"
        "The harbor master says the last ferry of the day will leave at nine and the pier will then close.\n\n"
        "___\n\n"
        "{earlier}\n\n"
        "Crews tied down the boats in the marina on Tuesday afternoon as the wind picked up.\n")


def test_a_live_storys_entry_keeps_its_time():
    texts = [b["text"] for b in body_of(LIVE.format(time="10 p.m.", earlier="4:15 PM"))]
    assert "10 p.m." in texts and "4:15 PM" in texts


@pytest.mark.parametrize("text", [
    # a teaser's time, under its title and over another cut title
    "The harbor master says the last ferry will leave at nine.\n\nFerry Town Braces For The Storm\n\n"
    "12:51 p.m.\n\nCouncil weighs a new sea wall for the old pier after …\n",
    # a time over a short label, not over an entry's sentence
    "The harbor master says the last ferry will leave at nine.\n\n6:30 PM\n\nWatch live\n",
])
def test_a_time_that_opens_no_entry_goes(text):
    texts = [b["text"] for b in body_of(text)]
    assert "12:51 p.m." not in texts and "6:30 PM" not in texts


def test_a_menus_first_label_far_above_the_story_is_no_headline():
    labels = "\n".join(f"Section {number}" for number in range(1, 41))
    text = f"RSS\n\n{labels}\n\n{_STORY_PARAGRAPHS}"
    assert parse_article(text).headline is None
    # a short title right over the story stays its headline
    assert parse_article(f"Ferry lanes open\n\n{_STORY_PARAGRAPHS}").headline == "Ferry lanes open"


_LABELS = "\n".join(f"Section {number}" for number in range(1, 12))
_TITLE = "Council opens two ferry lanes across the bay"
_MENU_LINE = "Send us a story Sign up now! Sections Arts Blog Tell a friend about this site Reporter 7 News"


@pytest.mark.parametrize("top, headline", [
    # a menu's first label over the page's date, the title far below over its byline
    (f"RSS\n| The Harbor's own paper | Make us your homepage\nMonday 3 March 2031\n{_LABELS}\n"
     f"{_TITLE}\nBy Ana Lima\nMarch 3, 2031", _TITLE),
    # a short title right over its writer's byline is the headline
    (f"Lanes open?\nBy Ana Lima -- Harbor Ledger, 3/3/2031\n{_LABELS}\n{_TITLE}\nBy Ana Lima\nMarch 3, 2031",
     "Lanes open?"),
    # a menu's first label close over the title
    (f"Home\n\n{_MENU_LINE}\nHarbor Wire\nSpecial Pages\n{_TITLE}\nPrint article\nRefer to a friend\nMarch 3, 2031",
     _TITLE),
    # a short first line the page sets again lower down is its title
    ("Ferry lanes\nFrom the Harbor Wiki\nSee also: Council opens two ferry lanes\n\nFerry lanes", "Ferry lanes"),
])
def test_a_menus_first_label_is_no_headline_where_a_title_stands_over_the_story(top, headline):
    assert parse_article(f"{top}\n\n{_STORY_PARAGRAPHS}").headline == headline


def test_the_times_of_a_pages_cities_are_no_headline():
    clocks = "Updated: New York, Mar 3 06:49\nLondon, Mar 3 11:49\nTokyo, Mar 3 20:49\nExclusive\nWorldwide\n"
    title = "Council opens two ferry lanes across the bay"
    assert parse_article(f"{clocks}{title}\nBy Ana Lima\n{_STORY_PARAGRAPHS}").headline == title


def test_a_menus_first_label_over_a_long_menu_gives_way_to_the_title_over_the_story():
    labels = "\n".join(f"Section {number}" for number in range(1, 16))
    title = "Council opens two ferry lanes across the bay"
    assert parse_article(f"Home\n\n{labels}\n{title}\n\n{_STORY_PARAGRAPHS}").headline == title
    # prose among the lines under the first one: the story may have begun there
    prose = "The harbor board met on Monday, its first meeting of the year, and heard from the public."
    assert parse_article(f"Home\n\n{labels}\n{prose}\n{title}\n\n{_STORY_PARAGRAPHS}").headline == "Home"
    # a short title over a few lines of the page's particulars stays the headline
    particulars = ("Font Size -\n-A +A\nFEATURES SERVICE\nPosted online: Monday, March 3, 2031 at 12:00:00\n"
                   "Print Email To Editor Post Comments")
    text = f"Lanes open\n{particulars}\nFerry Lanes Return To The Bay\nDirector : Ana Lima\n{_STORY_PARAGRAPHS}"
    assert parse_article(text).headline == "Lanes open"


@pytest.mark.parametrize("header, entries", [
    ("Contents", ["1 Fares", "1.1 Children", "2 Timetables", "3 Quays"]),
    ("Table of contents", ["Fares", "Children", "Timetables", "Quays"]),
    ("In this article", ["Fares", "Children", "Timetables"]),
    ("Contents [hide]", ["1. Fares", "2. Children", "3. Timetables"]),
])
def test_a_table_of_contents_goes_and_the_subheads_it_lists_stay(header, entries):
    text = "\n".join([
        "Harbor ferries: a guide", "",
        "The harbor runs four ferry lines, and this guide explains how to use them, the port said.", "",
        header, *entries, "",
        "Fares", "A single crossing costs five euros, and a monthly pass costs forty, the port said.", "",
        "Children", "Children under six travel free with an adult, the port said on Monday.", "",
        "Timetables", "Boats leave every twenty minutes from six in the morning, the port said.",
    ])
    body = body_of(text)
    assert [block["text"] for block in body if block["type"] == "subhead"] == ["Fares", "Children", "Timetables"]
    assert len([block for block in body if block["type"] == "paragraph"]) == 4


def test_a_subhead_named_contents_over_the_storys_list_of_sentences_stays():
    text = "\n".join([
        "The will is read", "",
        "The family gathered at the harbor office on Monday to hear the will read aloud.", "",
        "Contents", "",
        "The house on the quay goes to the eldest daughter, the lawyer said.", "",
        "The boat goes to the harbor museum, which will show it from May.",
    ])
    assert "Contents" in [block["text"] for block in body_of(text)]


def test_a_box_of_text_advertisements_goes_unit_by_unit():
    text = "\n".join([
        "Tall rowers win more often", "Friday, 18 Jan 2031 13:47", "",
        "Sponsored Links", "Ferry Deals", "Cheap crossings to the islands, book now and save.", "",
        "www.ferrydeals.example.co.uk", "Thinking of a New Boat?", "All models, lower prices.", "",
        "Boats.Example.info",
        "A study of the harbor rowing club suggests that tall rowers finish first more often than others.", "",
        "Researchers found that rowers with longer legs finished the course first, the club said.",
    ])
    assert [block["text"] for block in body_of(text)] == [
        "A study of the harbor rowing club suggests that tall rowers finish first more often than others.",
        "Researchers found that rowers with longer legs finished the course first, the club said."]


def test_a_web_address_in_the_story_after_a_sponsored_box_heading_of_its_own_is_kept():
    text = "\n".join([
        "Harbor club opens bookings", "",
        "The harbor rowing club opened its bookings on Monday, and places went fast, its chair said.", "",
        "Sponsored links", "",
        "The club's page lists the sponsors who pay for the boats, the chair said on Tuesday.", "",
        "Bookings close at the end of the month, and the first races are in May.",
    ])
    texts = [block["text"] for block in body_of(text)]
    assert "The club's page lists the sponsors who pay for the boats, the chair said on Tuesday." in texts


_FARES_STORY = (
    "Ferry fares across the bay will rise by a dollar from March, the first rise in a decade, the port said.\n\n"
    "The port said the rise would pay for two new boats and longer hours on the island route.\n\n"
    "Riders with a monthly pass will pay the old fare until the end of the year, officials said.\n")
_SITE_MENU = "\n".join(["Home", "News", "Sport", "Business", "Opinion", "Weather", "Travel", "Jobs", "Contact us",
                        "Sign in", "Most read", "Council passes budget after long night",
                        "Bridge closes for repairs in May"])


def test_on_a_whole_page_the_title_the_story_takes_up_is_the_headline_not_the_sites_name():
    # The site's name at the top shares a word with the story at most; the story's own title
    # over its first paragraphs shares most of its words with them.
    text = f"Harbor City Ledger Weekend Edition\n\n{_SITE_MENU}\n\nFerry fares rise for the first time in a decade\n\n" \
           + _FARES_STORY
    assert parse_article(text).headline == "Ferry fares rise for the first time in a decade"
    # a title of three words, when the lead takes up their words
    text = f"Harbor City Ledger Weekend Edition\n\n{_SITE_MENU}\n\nFerry fares rise\n\n" + _FARES_STORY
    assert parse_article(text).headline == "Ferry fares rise"
    # with no title over the story, none is made of a menu's line
    assert parse_article(f"Harbor City Ledger Weekend Edition\n\n{_SITE_MENU}\n\n{_FARES_STORY}").headline \
        == "Harbor City Ledger Weekend Edition"


def test_a_title_that_shares_nothing_with_the_story_stays_at_the_top_of_a_selection_or_over_its_byline():
    # (the line sharing the story's words is a standfirst in the one, another story's title in the other)
    text = "Port board backs the new timetable\nFerry fares rise for the first time in a decade\nBy Ana Lima\n\n"
    assert parse_article(text + _FARES_STORY).headline == "Port board backs the new timetable"
    lines = lines_of(f"{_SITE_MENU}\n\nFerry fares rise for the first time in a decade\n\n"
                     f"The harbor desk's weekly notes\nBy Ana Lima\n\n{_FARES_STORY}")
    over_byline = lines.index("The harbor desk's weekly notes")
    assert _title_the_lead_takes_up(lines, over_byline) == over_byline
    # a page's short title, said again at more length over the story's date further down
    lines = lines_of(f"Port board backs\n\n{_SITE_MENU}\n\nPort board backs the new timetable\nMarch 4, 2031\n\n"
                     f"Ferry fares rise for the first time in a decade\n\n{_FARES_STORY}")
    assert _title_the_lead_takes_up(lines, 0) == 0


def test_a_subhead_under_the_storys_first_paragraph_is_no_headline_though_it_shares_its_words():
    first = "Ferry fares across the bay will rise by a dollar from March, the port said on Monday."
    rest = ("It is the first time in a decade that ferry fares rise, officials told the harbor board.\n\n"
            "Riders with a monthly pass will pay the old ferry fares until the end of the year, officials said.\n")
    text = f"{_SITE_MENU}\n\n{first}\n\nFerry fares rise for the first time in a decade\n\n{rest}"
    article = parse_article(text)
    assert article.headline != "Ferry fares rise for the first time in a decade"
    assert first in [block.text for block in article.body]


def test_in_a_hard_wrapped_text_a_line_running_on_is_no_headline_though_it_shares_the_leads_words():
    header = "\n".join(["Harbor Board notes", "Draft 4", "Board: Port of Harbor City", "Status: for comment",
                        "Contents", "Fares", "Boats", "Timetable", "Notes", "Index"])
    wrapped = (f"{header}\n\nThe harbor board met on Monday to hear the port's plan for the\n"
               "ferries, and the board voted to hear it again in a month.\n\n"
               "Ferry fares across the bay will rise for the first time in a decade\n"
               "from March, the port said, to pay for two new boats.\n\n")
    lines = lines_of(wrapped + _FARES_STORY)
    assert _title_the_lead_takes_up(lines, 0) == 0


_MENU_ONLY = "\n".join(_SITE_MENU.split("\n")[:10] + ["Video", "Podcasts"])  # (without its list of titles)
# Other stories' cards at the top of a page, each title run into its standfirst.
_GLUED_CARDS = (
    "Bridge Shuts For Repairs Until MayThe north bridge closes on Monday for repairs that will take until May.\n"
    "Is The Island Ferry Safe Enough?Engineers say the old boats need new engines before the winter storms.\n"
    "Council Names New Harbor ChiefThe council named a new harbor chief on Friday after a long search.\n"
    "Tide Tables For The Weekend AheadHigh water on Saturday comes at noon, the harbor office said today.\n")


def test_on_a_whole_page_the_title_over_the_storys_date_below_other_stories_cards_is_the_headline():
    text = (f"{_MENU_ONLY}\n{_GLUED_CARDS}Weather\nTravel\n"
            f"Ferry Fares Rise For The First Time In A Decade\nMarch 4, 2031 at 9:45 am\n\n{_FARES_STORY}")
    article = parse_article(text)
    assert article.headline == "Ferry Fares Rise For The First Time In A Decade"
    # the cards over it are not the story's
    assert [block.text for block in article.body] == _FARES_STORY.strip().split("\n\n")


def test_without_a_dated_title_under_them_the_cards_give_no_headline_and_the_story_stays():
    text = f"{_MENU_ONLY}\n{_GLUED_CARDS}Weather\nTravel\n\n{_FARES_STORY}"
    article = parse_article(text)
    assert article.headline is None
    assert all(paragraph in [block.text for block in article.body] for paragraph in _FARES_STORY.strip().split("\n\n"))



def test_a_question_heading_on_the_line_over_its_answer_is_a_block_of_its_own():
    text = ("The bridge closes to lorries on Monday, the council said after a survey found cracks.\n\n"
            "What happens next?\nThe council says a full survey will take six weeks, after which it will set a date.\n")
    assert [b["text"] for b in body_of(text)][1:] == [
        "What happens next?", "The council says a full survey will take six weeks, after which it will set a date."]


def test_a_short_question_inside_a_hard_wrapped_paragraph_stays_in_it():
    text = ("The bridge closes to lorries on Monday, the council said after a\n"
            "survey found cracks in the span. Why now? Engineers say the\n"
            "cracks grew over the winter, and the survey came early.\n")
    assert len(body_of(text)) == 1


@pytest.mark.parametrize("photo", [
    "Image source, Harbor Council\nImage caption,\nThe bridge carries 40,000 vehicles a day\n",
    "Image source, Harbor Council\nImage caption, The bridge carries 40,000 vehicles a day\n",
])
def test_a_photo_with_its_source_and_caption_labelled_on_lines_of_their_own_is_an_image(photo):
    text = ("The bridge closes to lorries on Monday, the council said after a survey found cracks.\n\n"
            f"{photo}\nFreight firms warned of long detours.\n")
    image = body_of(text)[1]
    assert (image["type"], image["caption"], image["credit"]) == (
        "image", "The bridge carries 40,000 vehicles a day", "Harbor Council")


def test_a_pull_quote_set_apart_goes_and_its_words_stay_where_they_were_said():
    said = "“Shade is not a luxury,” said Omar Haddad, who proposed the plan. “It is the difference on a hot day.”"
    text = (f"The city will plant 10,000 trees by 2030, the council decided on Monday.\n\n{said}\n\n"
            "“Shade is not a luxury.”\n\nThe first trees go in this autumn, the parks department said.\n")
    assert [b["text"] for b in body_of(text)] == [
        "The city will plant 10,000 trees by 2030, the council decided on Monday.", said,
        "The first trees go in this autumn, the parks department said."]


@pytest.mark.parametrize("line, times", [("“You will not?”", 1), ("“I would prefer not to.”", 2)])
def test_a_line_of_dialogue_the_story_says_again_is_not_a_pull_quote(line, times):
    # too short to be a pull quote, or set apart more than once: the story's own lines
    apart = f"{line}\n\nThe day wore on, and at noon I asked again.\n\n" * times
    text = f"He asked me twice. {line} I said nothing, and the clerk went on.\n\n{apart}"
    assert line in [b["text"] for b in body_of(text)]


def test_a_box_of_other_stories_set_into_the_story_ends_where_the_page_says_the_story_goes_on():
    story = ("The ferry between Harbor City and Gull Island will stop for six weeks, officials said.\n"
             "About 1,200 people use the crossing every day, most of them commuters.\n")
    box = "Trending\nStorm warning issued for the coast\nRail strike talks resume Monday\n"
    last = "The city council will hear from residents at a meeting on March 12."
    text = f"Ferry stops\n\n{story}{box}Advertisement\nStory continues below advertisement\n{last}\n" \
           "Sign up for our morning newsletter\nGet the top stories in your inbox every morning.\nSign up\n"
    texts = [b["text"] for b in body_of(text)]
    assert texts[-1] == last and not any("Storm warning" in t for t in texts)


def test_a_lone_dash_under_a_datelines_lines_is_no_part_of_the_first_paragraph():
    text = ("Ferry stops\n\nHarbor City, Oregon\nHarbor News\n — \n"
            "The ferry between Harbor City and Gull Island will stop for six weeks, officials said.\n"
            "About 1,200 people use the crossing every day, most of them commuters.\n")
    assert body_of(text)[0]["text"].startswith("The ferry between")


FACTS_STORY = ("Heat at the half marathon\n\nTwenty-three runners were treated for heat stroke at Sunday's half"
               " marathon, the race's organisers said on Monday.\n\n{heading}\n3,200 runners entered\n29.4 degrees at"
               " noon\nSix water stations\n{last}\nThe race started at 10am, as in earlier years. By the time the"
               " slowest runners reached the last climb, the sun was high over the course.\n")


@pytest.mark.parametrize("heading", ["Key facts", "En cifras", "Auf einen Blick", "In numbers:",
                                     "Explained\nThe race in numbers"])  # (a kicker over the heading)
def test_a_box_of_facts_set_into_the_story_goes_and_the_subhead_under_it_stays(heading):
    body = [(block["type"], block.get("text")) for block in body_of(FACTS_STORY.format(
        heading=heading, last="An earlier start next year"))]
    texts = [text for _, text in body]
    assert not any("runners entered" in text or "degrees" in text or text in heading.split("\n") for text in texts)
    assert ("subhead", "An earlier start next year") in body and "Six water stations" not in texts
    assert texts[-1].startswith("The race started")


def test_a_box_heading_over_story_lines_without_figures_is_left_alone():
    text = ("Heat at the half marathon\n\nTwenty-three runners were treated for heat stroke on Sunday, the"
            " organisers said on Monday.\n\nKey facts\nThe race started late\nThe course was changed\nThe race"
            " started at 10am, as in earlier years, and the sun was high over the course by noon.\n")
    texts = [block.get("text") for block in body_of(text)]
    assert "The race started late" in texts


def test_a_box_of_facts_holds_only_short_items():
    # (a long line among them is the story's, so the box is no box of facts)
    text = FACTS_STORY.format(heading="Key facts", last="the race that every single runner in the little town of"
                              " Hallow has waited for all year long and more")
    texts = [block.get("text") for block in body_of(text)]
    assert "29.4 degrees at noon" in " ".join(texts)


MATCH_STORY = ("Harbourside won the derby 3-2 on Saturday with a goal in the last minute, after trailing "
               "by two at half-time in front of a full stand.\n\n")
MATCH_AFTER = ("What changed at half-time\n"
               "The coach moved his captain into midfield, and the home side pressed higher from the restart.\n")


@pytest.mark.parametrize("box", [
    # a title, the result, two line-ups with their formations, then labels with their values
    ("THE MATCH IN FULL\nHARBOURSIDE-MILLTOWN 3-2\n"
     "HARBOURSIDE (4-3-3): Bain; Rota, Lanza, Greer, Sala (18' Pace); Mendes, Fant, Cole (30' Moss); "
     "Ghent, Vidal, Holt.\n"
     "MILLTOWN (3-5-2): Fabb; Moore, Catt, Bell; Rain, Sorg (25' Tone), Pell, Barr, Faed; Curr, Lund (35' Trev).\n"
     "REFEREE: Vance of Eastport.\nGOALS: 12' and 29' pen. Curr (M), 41' Vidal (H), 27' Ghent (H), 49' Holt (H).\n"
     "Attendance 6,200."),
    # line-ups named after the score, players joined by "and" at the end of a line
    ("2 - Harbourside: Bain; Rota, Lanza, Greer, Sala; Mendes (Pace, min. 46), Fant, Cole; Ghent, Vidal and Holt.\n"
     "3 - Milltown: Fabb; Moore, Catt, Bell; Rain, Sorg, Pell, Barr, Faed; Curr and Lund (Trev, min. 81).\n"
     "Goals: 0-1, min. 38: Curr. 1-1, min. 86: Ghent."),
])
def test_a_match_reports_box_of_line_ups_is_no_story_text(box):
    body = body_of(MATCH_STORY + box + "\n" + MATCH_AFTER)
    assert [b["text"] for b in body] == [MATCH_STORY.strip(), "What changed at half-time", MATCH_AFTER.split("\n")[1]]


def test_a_list_between_semicolons_in_the_story_is_kept():
    # one line of the kind is a sentence of the story, not a box: a box has two line-ups
    listing = ("The council named its priorities for the year: roads; schools, libraries, parks, pools, halls and "
               "the old depot; lighting, drains, paths and the ferry ramp; the harbour wall.")
    body = body_of(MATCH_STORY + listing + "\n\n" + MATCH_AFTER)
    assert listing in [b["text"] for b in body]
