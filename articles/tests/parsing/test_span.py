"""The story's span among the blocks: what stands around the story's prose on a page."""

import pytest

from articles.parsing import ParseError, parse_article
from articles.parsing.contract import Block
from articles.parsing.shapes import is_label_block, is_prose_block, is_written_without_spaces, word_count
from articles.parsing.span import _first_story_prose, _story_prose, whole_page_story_end

from .stories import body_of

STORY = ("The council voted 5-2 on Tuesday to pass the plan for the new bridge over the river, "
         "after a debate that ran past midnight and drew more than a hundred residents.\n\n"
         "Work on the bridge starts in June and should end within two years, the mayor said, "
         "and the old crossing will stay open until the new one is ready for traffic.\n\n")
RAIL = "Mayor Opens New Ferry Terminal\nSchool Board Names New Chief\n\nThe board met on Monday and named a chief.\n\n"
FOOTER = "About Us\nContact\nJobs\nAdvertise\nHelp\nTerms\nPrivacy\nSite Map\n"


def paragraphs_of(text):
    """The paragraphs of a text written with blank lines between them."""
    return [paragraph for paragraph in text.split("\n\n") if paragraph]


def test_a_paste_that_ends_in_a_pages_footer_is_a_whole_page_and_loses_the_rail():
    texts = [b["text"] for b in body_of(STORY + RAIL + FOOTER)]
    assert texts == paragraphs_of(STORY)


def test_a_selection_with_a_few_labels_after_the_story_keeps_its_last_paragraph():
    # Three short labels may be the story's own list: the paste stays a selection.
    more = "The board met on Monday and named a chief.\n\n"
    texts = [b["text"] for b in body_of(STORY + more + "Ana Lima\nTom Reyes\nJo Park\n")]
    assert "The board met on Monday and named a chief." in texts


def test_a_teaser_card_that_repeats_its_title_is_dropped():
    card = "Five ways to save on ferry fares Five ways to save on ferry fares Commuters can cut costs."
    texts = [b["text"] for b in body_of(STORY + card + "\n")]
    assert card not in texts and len(texts) == 2


def test_a_sentence_that_repeats_a_short_word_pair_is_kept():
    line = "Very very few residents came to the meeting on Tuesday, the clerk said."
    assert line in [b["text"] for b in body_of(STORY + line + "\n")]


MENU = "Home\nNews\nSport\nWeather\nBusiness\nCulture\nOpinion\n\n"


def test_on_a_whole_page_list_lines_after_the_story_go_once_another_block_has_come_between():
    rows = "Ticket prices for the new ferry\nAdults and seniors: $5 a ride\nChildren under twelve: $2 a ride\n\n"
    rail = ("More Stories\nAround The Harbor\nTop Reads\n\n3 ways to ride the ferry for less this winter\n\n"
            "Tel.: +1 555 0100 for the ferry office\n")
    texts = [b["text"] for b in body_of(MENU + STORY + rows + rail)]
    assert texts[-2:] == ["Adults and seniors: $5 a ride", "Children under twelve: $2 a ride"]


def test_titles_cut_short_before_the_story_go_and_a_sentence_that_trails_off_stays():
    cut = "Council backs the ferry plan, but residents..\n\nTen ways to save on the new ferry fares…\n\n"
    trailing = "The mayor paused before she answered the question...\n\n"
    texts = [b["text"] for b in body_of(cut + STORY + trailing)]
    assert texts == paragraphs_of(STORY) + [trailing.strip()]


@pytest.mark.parametrize("heading", ["3 responses to “Council backs the bridge”", "Showing Comments 1 - 2 of 2",
                                     "Displaying 1-2 of 2 comments"])
def test_readers_comments_under_the_story_go_from_their_heading_on(heading):
    thread = (f"{heading}\n\n"
              "I drive over that bridge every day and it is falling apart, so this is good news.\n\n"
              "Two years is far too long for a bridge of that size, if you ask me.\n\n")
    texts = [b["text"] for b in body_of(STORY + thread)]
    assert texts == paragraphs_of(STORY)


def test_a_story_sentence_about_showing_figures_is_no_comments_heading():
    line = "Showing 1 - 2 of 2 bridges were safe, the inspectors said.\n\n"
    assert line.strip() in [b["text"] for b in body_of(STORY + line + STORY.replace("bridge", "road"))]


def test_comments_under_commenters_names_go_but_a_post_quoting_people_keeps_them():
    comments = "".join(f"{name} says:\n\nI drive over that bridge every day and it is falling apart, {name}.\n\n"
                       for name in ("harborfan", "jo_li", "ana.l"))
    texts = [b["text"] for b in body_of(STORY + comments)]
    assert texts == paragraphs_of(STORY)
    quoting = "".join(f"{name} wrote:\n\nThe plan for the bridge leaves out the cyclists, {name} added.\n\n"
                      for name in ("Ana Lima", "Tom Reyes", "Jo Park"))
    assert "The plan for the bridge leaves out the cyclists, Jo Park added." in [
        b["text"] for b in body_of(STORY + quoting)]


def test_a_comment_counter_over_the_story_cuts_nothing():
    texts = [b["text"] for b in body_of("12 Comments\n\n" + STORY)]
    assert texts == paragraphs_of(STORY)


def test_a_selection_that_runs_on_into_a_blogs_rails_ends_at_their_heading():
    # The paste opens at the story but runs on past it: tags, a comment form, the blog's
    # other posts with their first lines and an archive, more labels than prose.
    rails = ("Labels: Bridges, Council\nNo comments:\n\nPost a Comment\n\nOlder Post Home\nBlog Archive\n"
             "Harbor Notes\nFerry Log\nCity Hall Watch\n\n"
             "The ferry office opened a new waiting room, and riders say it is warm at last...\n\n"
             "Tom Reyes\nAna Lima\n")
    texts = [b["text"] for b in body_of(STORY + rails)]
    assert texts == paragraphs_of(STORY)


def test_a_selection_ending_on_a_rails_heading_over_a_few_labels_ends_at_the_heading():
    # No prose after the heading: what stands under it is the page's, however few.
    rails = "About the Author\nAna Lima\n\nExplore more on these topics\nBridges\nCouncil\n"
    assert [b["text"] for b in body_of(STORY + rails)] == paragraphs_of(STORY)
    # (a cookie banner under them is the page's too, not prose of the story's)
    banner = "\nWe use cookies to improve your visit. By continuing you agree to our cookie policy.\n"
    assert [b["text"] for b in body_of(STORY + rails + banner)] == paragraphs_of(STORY)
    # (without the heading, lines after the last paragraph are the story's own list; with prose
    # after it, the heading is the story's)
    listed = "Widen the quay by 2028\nBuild two new piers by 2030\n"
    assert [b["text"] for b in body_of(STORY + listed)] == paragraphs_of(STORY) + listed.splitlines()
    more = "Explore more on these topics\nThe bridge will carry two lanes each way, the engineer said.\n"
    assert [b["text"] for b in body_of(STORY + more)] == paragraphs_of(STORY) + more.splitlines()


def test_a_read_more_line_inside_a_selection_cuts_nothing():
    # Few labels follow it: the story goes on after the promo.
    more = "Read more: Ferry fares rise\n\nThe new bridge will carry two lanes each way, the engineer said.\n\n"
    texts = [b["text"] for b in body_of(STORY + more + "Ana Lima\nTom Reyes\n")]
    assert "The new bridge will carry two lanes each way, the engineer said." in texts


def test_on_a_whole_page_a_rails_heading_ends_the_story_though_the_rail_is_long():
    # Two rail items long enough to pass for a part of the story, under "Read these next".
    item = ("The harbor board approved a plan on Monday to extend the ferry schedule into the evening, "
            "with boats every half hour until ten and new shelters at both landings. ")
    rail = "Read these next\n\n" + item + "\n\n" + item.replace("Monday", "Friday") + "\n\n"
    texts = [b["text"] for b in body_of(MENU + STORY + rail)]
    assert texts == paragraphs_of(STORY)


def test_on_a_whole_page_a_link_to_more_about_the_story_set_into_it_ends_nothing():
    item = ("The harbor board approved a plan on Monday to extend the ferry schedule into the evening, "
            "with boats every half hour until ten and new shelters at both landings. ")
    rest = "\n\n".join([item, item.replace("Monday", "Friday"), item.replace("Monday", "Sunday")])
    texts = [b["text"] for b in body_of(MENU + STORY + "Read More About The Vote\n\n" + rest + "\n")]
    assert texts == paragraphs_of(STORY) + [paragraph.strip() for paragraph in rest.split("\n\n")]


def test_on_a_whole_page_a_boxs_label_right_over_the_storys_next_paragraph_ends_nothing():
    # "Trending" over the story's last sentences: the box under the label was empty in the copy
    story = STORY + "".join(f"On day {n} the crews poured the footings for pier number {n}, and the engineer said "
                            "the schedule was holding despite the weather on the river.\n\n" for n in range(1, 9))
    rest = "Tolls are free in year one.\n\nThe state pays a third.\n\n"
    rail = "Related articles\n\nMayor Opens New Ferry Terminal\n\nSchool Board Names New Chief\n\n" + FOOTER
    texts = [b["text"] for b in body_of(MENU + story + "Trending\n\n" + rest + rail)]
    assert texts == paragraphs_of(story) + paragraphs_of(rest)
    # (a link to more stories, or a label under which the box's lines stood, still ends it)
    pitch = "Read the whole paper on your computer, just as it appears in print.\n\n"
    for box in ("More articles in World »\n", "Trending\nMayor Opens New Ferry Terminal\n"):
        texts = [b["text"] for b in body_of(MENU + story + box + pitch + rail)]
        assert texts == paragraphs_of(story)


def test_on_a_whole_page_a_rails_heading_in_another_language_ends_the_story():
    form = "Lascia un commento\n\nDevi essere connesso per inviare un parere sul ponte nuovo.\n\n"
    texts = [b["text"] for b in body_of(MENU + STORY + form)]
    assert texts == paragraphs_of(STORY)


def test_a_box_of_links_set_into_the_story_leaves_the_paragraphs_after_it():
    box = ("Artículos relacionados\nMayor Opens New Ferry Terminal on the East Side\n"
           "School Board Names a New Chief After Long Search\nHarbor Fees Rise for the Third Year\n\n")
    more = ("The new bridge will carry two lanes each way and a path for bikes, the engineer said.\n\n"
            "Tolls will not be charged for the first year, the council agreed after a long debate.\n\n"
            "The state will pay for a third of the work, and the city will borrow the rest over twenty years.\n\n")
    texts = [b["text"] for b in body_of(MENU + STORY + box + more + "Read these next\n\n")]
    assert texts[-3:] == paragraphs_of(more)


def test_a_rail_of_standfirsts_under_a_heading_goes_though_it_is_long():
    rail = "Read these next\nFerry Fares Rise on Sunday\n\n" + "".join(
        f"The harbor board approved a plan on {day} to extend the ferry schedule into the evening, "
        f"with boats every half hour.\n\nFerry Fares Rise on {day}\n\n" for day in ("Monday", "Tuesday", "Friday"))
    title = "Council Backs the New Bridge After a Long Debate\n\n"
    texts = [b["text"] for b in body_of(MENU + title + STORY + rail)]
    assert texts == paragraphs_of(STORY)


def test_a_rail_with_more_words_than_the_story_above_its_heading_still_goes():
    items = "".join(
        f"The harbor board approved a plan on {day} to extend the ferry schedule into the evening, "
        "with boats every half hour until ten and new shelters at both landings.\n\n"
        for day in ("Monday", "Tuesday", "Friday"))
    title = "Council Backs the New Bridge After a Long Debate\n\n"
    texts = [b["text"] for b in body_of(MENU + title + STORY + "Read these next\n\n" + items)]
    assert texts == paragraphs_of(STORY)


CARDS = ("Harbor Board Extends the Evening Ferry Schedule\n\n"
         "Boats will run every half hour until ten from next month, the board said on Monday.\n\n"
         "Who Pays for the New Shelters?\n\n"
         "The state and the city split the bill for both landings, but the fares go up in spring.\n\n"
         "School Board Names a New Chief After Long Search\n\n"
         "The former principal of Eastside High starts in August and will serve three years.\n\n"
         "Library Opens Its Doors on Sundays Again\n\n"
         "After two years of short hours, the branch on Main Street opens from noon to five.\n\n")


def test_on_a_whole_page_a_rail_of_titles_over_standfirsts_goes_without_a_heading():
    # Each card is one label over one sentence: together they hold more than a fifth of the
    # story's words, so only their shape tells them from the story's own sections.
    texts = [b["text"] for b in body_of(MENU + STORY + CARDS)]
    assert texts == paragraphs_of(STORY)


RAIL_AFTER_TAGS = ("Ferry Deals of the Week\n\nSave on season passes for the island ferry, now $40 off until Friday "
                   "at the harbor office and online.\n\nHurry before the offer ends!\n\nTop picks\n1\n"
                   "Lighthouse tours are back for the summer, and tickets go fast every year, the keepers say.\n\n")


def test_on_a_whole_page_a_line_of_tags_after_the_story_ends_it():
    head = "Harbor council opens two new ferry lanes\nBy Ana Lima\nMarch 4, 2025\n\n"
    texts = [b["text"] for b in body_of(MENU + head + STORY + "Tags: Ferries, Council\n" + RAIL_AFTER_TAGS + FOOTER)]
    assert texts == paragraphs_of(STORY)


def test_a_line_of_tags_between_the_headline_and_the_story_does_not_end_it():
    head = "Harbor council opens two new ferry lanes\nMarch 4, 2025\nFiled Under: Ferries, Council\n\n"
    texts = [b["text"] for b in body_of(MENU + head + STORY + FOOTER)]
    assert texts == paragraphs_of(STORY)


def test_a_story_that_closes_on_short_sentences_over_longer_ones_keeps_them():
    closing = ("It will not be easy.\n\nThe money is there, but the council must still agree on the route "
               "and the state must sign off on the plans before a spade goes in.\n\n"
               "Nobody expects that soon.\n\nThe last bridge took nine years from the first vote to the "
               "first car, and the engineers say this one is no simpler.\n\n"
               "Still, the mood has changed.\n\nResidents who came to oppose the plan left saying it "
               "was the best the city could afford, and some of them said so at the microphone.\n\n")
    texts = [b["text"] for b in body_of(MENU + STORY + closing)]
    assert texts[-6:] == paragraphs_of(closing)


def test_a_columnists_tagline_in_capitals_is_not_read_as_a_cards_title():
    # The tagline stands over the first teaser of the rail as a title would over its standfirst.
    tagline = "JO WEBER IS THE LEDGER'S CITY HALL EDITOR"
    teaser = "From the harbor this week: the ferry office moves to Pier 4 in June, and fares stay as they are.\n\n"
    texts = [b["text"] for b in body_of(MENU + STORY + tagline + "\n\n" + teaser + CARDS)]
    assert tagline in texts and "Library Opens Its Doors on Sundays Again" not in texts


def test_without_a_headline_a_rails_heading_above_the_story_does_not_make_a_rail_the_story():
    teasers = "".join(
        f"Ferry Fares Rise on {day} as the Board Meets Again The board will meet on {day} to set the new "
        "fares for the winter after riders asked.\n\n"
        for day in ("Monday", "Friday"))
    texts = [b["text"] for b in body_of(MENU + teasers + "More Harbor\nTop Stories\n\n" + STORY)]
    assert texts[-2:] == paragraphs_of(STORY)


def test_a_pages_header_line_over_its_menus_does_not_open_the_story():
    header = "Enter search words. Use the arrow keys to pick one.\n\n"
    menus = "".join(f"{label}\n" for label in (
        "Local News", "Harbor Life", "City Hall", "Schools", "Traffic Alerts", "Weather Desk",
        "Ferry Times", "Obituaries", "Letters"))
    texts = [b["text"] for b in body_of(header + menus + "\n" + STORY)]
    assert texts == [header.strip()] + paragraphs_of(STORY)


def test_only_a_short_line_over_a_run_of_titles_is_a_pages_header():
    def blocks(first):
        titles = [Block("subhead", f"{name} Wins the Harbor Race Again") for name in (
            "Sea Otters", "Blue Herons", "Old Salts", "Tide Runners", "Harbor Belles", "Night Owls",
            "Gull Wings", "Iron Keels")]
        return [Block("paragraph", first), *titles, Block("paragraph", STORY.split("\n\n")[0])]

    def first_prose(body):
        is_prose = [is_prose_block(block) for block in body]
        prose = [index for index, flag in enumerate(is_prose) if flag]
        return _first_story_prose(body, prose, [is_label_block(block) for block in body])

    assert first_prose(blocks("Enter search words. Use the arrow keys to pick one.")) == 9
    # a story's opening paragraph over its own list, and a formula's pieces, open the story
    opening = ("The harbor festival returns this weekend with more boats than ever, and the organisers "
               "have named the nine crews that will race on Saturday morning, weather permitting, in the order given below.")
    assert first_prose(blocks(opening)) == 0
    assert first_prose(blocks("2 a .")) == 0




def test_short_lines_between_a_pages_menus_do_not_open_the_story():
    # a search box's hint over a menu, a teaser's question over another: both menus go
    menu = [Block("subhead", f"{name} Desk") for name in (
        "Harbor", "City", "Schools", "Traffic", "Weather", "Ferry", "Sports", "Letters")]
    story = [Block("paragraph", paragraph) for paragraph in (STORY + FERRY).split("\n\n") if paragraph]
    body = [Block("paragraph", "Enter search words. Use the arrow keys to pick one."), *menu,
            Block("paragraph", "Will the ferry fares rise again?"), Block("subhead", "Top Stories"),
            Block("paragraph", "Who will run the harbor board?"), *menu, *story]
    is_prose = [is_prose_block(block) for block in body]
    prose = [index for index, flag in enumerate(is_prose) if flag]
    assert _first_story_prose(body, prose, [is_label_block(block) for block in body]) == len(body) - len(story)


def test_a_storys_fact_box_of_rows_under_its_opening_line_is_no_menu():
    rows = [Block("subhead", text) for text in (
        "Length 1,200 m", "Opened 1998", "Lanes 4", "Cost $80 million", "Owner City Council",
        "Builder Harbor Works", "Designer Ana Lima", "Span 300 m", "Height 45 m", "Crossings 20,000 a day",
        "Tolls None", "Material Steel", "Style Cable-stayed", "Lights LED", "Paint Blue", "Piers 6",
        "Renovated 2015", "Speed limit 50 km/h")]
    story = [Block("paragraph", paragraph) for paragraph in (STORY + FERRY).split("\n\n") if paragraph]
    body = [Block("paragraph", "Will the ferry fares rise again?"), Block("subhead", "Top Stories"),
            Block("paragraph", "The bridge at a glance, as the council gave it."), *rows, *story]
    is_prose = [is_prose_block(block) for block in body]
    prose = [index for index, flag in enumerate(is_prose) if flag]
    assert _first_story_prose(body, prose, [is_label_block(block) for block in body]) == 0



def test_a_pages_menus_run_together_into_a_line_go_with_the_labels_after_them():
    cloud = ("bridges buses council ferries harbor housing libraries parks schools streets "
             "taxes traffic transit water weather zoning")
    story = paragraphs_of(STORY)
    texts = [b["text"] for b in body_of(cloud + "\n\nLocal Sports\nSchool News\n\n" + STORY)]
    assert texts == story
    # a story's opening line without a stop but with a comma is the story's
    opening = "Three bridges, two ferries and one long night of debate at the council over the harbor plan"
    texts = [b["text"] for b in body_of(cloud + "\n\nLocal Sports\nSchool News\n\n" + opening + "\n\n" + STORY)]
    assert texts == [opening] + story


TEASERS = ("Harbor Festival Draws Record Crowds The festival ran for three days and drew more boats than ever.\n\n"
           "Local Sports\n\n"
           "Ferry Fares Rise Again Riders will pay a dollar more from June, the board said.\n\n"
           "School News\n\n"
           "New Library Opens on Main Street The library has a reading room and a cafe.\n\n")
TITLE = "Council Backs the New Bridge After a Long Debate\n\nBy Ana Lima\n\n"


def test_a_pages_teasers_above_the_headline_go_with_their_labels():
    story = STORY + FERRY + FERRY_END + FERRY.replace("Monday", "Friday")
    texts = [b["text"] for b in body_of(MENU + TEASERS + TITLE + story)]
    assert texts == paragraphs_of(story)


def test_prose_above_the_headline_stays_when_it_holds_a_good_share_of_the_story():
    # A headline read inside the story: the paragraphs above it are the story's opening.
    opening = [Block("paragraph", paragraph, line=number) for number, paragraph in enumerate(
        paragraphs_of(STORY), start=1)]
    rest = [Block("paragraph", paragraph, line=number) for number, paragraph in enumerate(
        [paragraph for paragraph in (FERRY + FERRY_END + FERRY.replace("Monday", "Friday")).split("\n\n")
         if paragraph], start=6)]
    body = opening + rest
    is_prose = [is_prose_block(block) for block in body]
    assert _story_prose(body, is_prose, 3) == (list(range(len(body))), 0)
    # three teasers above the same headline, with fewer words than a fourth of the story's, go
    # with the labels between them: the blocks from the one below the headline stay
    teaser = "Ferry Fares Rise Riders will pay more from June."
    body = [Block("paragraph", teaser, line=1), Block("subhead", "Local Sports", line=2),
            Block("paragraph", teaser, line=3), Block("paragraph", teaser, line=4)] + rest
    is_prose = [is_prose_block(block) for block in body]
    assert _story_prose(body, is_prose, 4) == (list(range(4, len(body))), 4)



def test_a_ticker_of_cut_short_standfirsts_above_the_headline_is_not_the_story():
    ticker = ("Riders will pay more from June after the board voted for the rise on a night of long debate, "
              "its chair said outside the hall as the crowd left for the last ferry of the evening to the "
              "islands and the bus to the station, which runs late on Mondays during the summer and the... "
              "School board names a new chief The board met on Monday and named a chief from a list of three "
              "teachers, who each spoke to parents at the hall in the spring before the vote, which went "
              "five to two after a long debate about the budget for next year and the... Library opens")
    texts = [b["text"] for b in body_of(f"{ticker}\n\n{TITLE}{STORY}")]
    assert texts == paragraphs_of(STORY)
    # the story's own ellipsis stands apart from the word before it: a long opening above a
    # headline read inside the story stays
    opening = ticker.replace("the... ", "the ... ")
    assert body_of(f"{opening}\n\n{TITLE}{STORY}")[0]["text"] == opening


FERRY = ("The ferry service to the island will run every hour from May, the harbor board said on "
         "Monday, after a year of complaints about crowded boats and long waits at the pier.\n\n"
         "Fares will stay at $4 for adults, and the board will add a second boat on weekends, "
         "its chair told reporters at the terminal on Monday afternoon.\n\n")
FERRY_END = ("The board expects the hourly service to cost about $2 million a year, most of it paid "
             "by the state, and will review the timetable again in the autumn.\n\n"
             "Riders can send comments to the board until the end of April, the chair added.\n\n")


def test_other_stories_titles_in_a_row_inside_the_story_go():
    titles = ("Mayor Opens New Library Branch on Elm Street\n"
              "School Board Names Former Principal as Its New Chief\n"
              "Storm Knocks Out Power to Thousands Across the Valley\n\n")
    texts = [b["text"] for b in body_of(FERRY + titles + FERRY_END)]
    assert texts == [p for p in (FERRY + FERRY_END).split("\n\n") if p]


def test_a_capitalised_heading_over_other_stories_titles_goes_with_them():
    titles = "Around Town\nMayor Opens New Library Branch on Elm Street\nStorm Knocks Out Power Across the Valley\n\n"
    texts = [b["text"] for b in body_of(FERRY + titles + FERRY_END)]
    assert texts == [p for p in (FERRY + FERRY_END).split("\n\n") if p]


def test_a_storys_list_under_its_own_heading_stays():
    # Items of a title's length under a short heading of the story's are its list.
    items = ("What riders asked for\nBoats that leave on time every single hour\n"
             "More seats on the early morning crossings\nShelter from the rain at the pier\n\n")
    texts = [b["text"] for b in body_of(FERRY + items + FERRY_END)]
    assert "More seats on the early morning crossings" in texts
    assert "Shelter from the rain at the pier" in texts


def test_a_storys_subheads_in_a_row_over_paragraphs_on_their_topic_stay():
    heads = "Part two: the harbor years\nA second boat for the weekend crossings\n\n"
    weekend = ("The second boat will sail on weekend crossings from June, carrying up to 200 riders "
               "between the harbor and the island each trip.\n\n")
    texts = [b["text"] for b in body_of(FERRY + heads + weekend + FERRY_END)]
    assert "A second boat for the weekend crossings" in texts


def test_another_storys_title_in_capitals_between_paragraphs_goes():
    teaser = "MAYOR OPENS NEW LIBRARY BRANCH AFTER A LONG WAIT\n\n"
    texts = [b["text"] for b in body_of(FERRY + teaser + FERRY_END)]
    assert texts == [p for p in (FERRY + FERRY_END).split("\n\n") if p]


@pytest.mark.parametrize("teaser", [
    # as long as a sentence, so read as prose by its length, and on the story's own topic
    "HOURLY SERVICE WILL COST THE BOARD $2 MILLION A YEAR, WITH THE STATE TO PAY MOST OF IT: REPORT",
    # with an initialism's plural among the capitals
    "RIDERS TELL THE BOARD WHY THE FERRY MUST RUN EVERY HOUR AT THE TOWN HALL FORUMs",
])
def test_another_storys_long_title_in_capitals_goes_though_it_shares_the_storys_topic(teaser):
    texts = [b["text"] for b in body_of(FERRY + teaser + "\n\n" + FERRY_END)]
    assert texts == [p for p in (FERRY + FERRY_END).split("\n\n") if p]


def test_a_sentence_in_capitals_with_its_stop_stays():
    shouted = "THE FERRY WILL NOT SAIL ON MONDAY BECAUSE OF THE STORM, THE HARBOR MASTER SAID ON THE RADIO."
    texts = [b["text"] for b in body_of(FERRY + shouted + "\n\n" + FERRY_END)]
    assert shouted in texts


def test_a_subhead_in_capitals_over_paragraphs_on_its_topic_stays():
    subhead = "WHAT THE HOURLY FERRY SERVICE WILL COST\n\n"
    texts = [b["text"] for b in body_of(FERRY + subhead + FERRY_END)]
    assert "WHAT THE HOURLY FERRY SERVICE WILL COST" in texts


def test_list_items_that_open_alike_stay_though_shaped_like_titles():
    items = ("Route One Leaves the Harbor Every Hour From May\nRoute Two Leaves the Island Pier at Dawn\n"
             "Route Three Runs Only on Summer Weekends\n\n")
    texts = [b["text"] for b in body_of(FERRY + items + FERRY_END)]
    assert "Route Two Leaves the Island Pier at Dawn" in texts


def test_one_commenter_with_a_stamp_and_a_verb_of_saying_opens_the_thread():
    for header in ("Ana Lima on March 10, 2031 at 4:47 pm said:", "Tom Reyes wrote on 10th March 2031 at 08:05:"):
        thread = header + "\n\nI drive over that bridge every day and it is falling apart, so this is good news.\n\n"
        texts = [b["text"] for b in body_of(STORY + thread)]
        assert texts == paragraphs_of(STORY), header


def test_a_quotation_introduced_by_a_name_and_a_date_without_a_time_is_kept():
    quoting = ("Ana Lima wrote on March 10, 2031:\n\n"
               "The plan for the bridge leaves out the cyclists, and the council knows it.\n\n")
    texts = [b["text"] for b in body_of(STORY + quoting)]
    assert "The plan for the bridge leaves out the cyclists, and the council knows it." in texts


def test_comments_stamped_with_how_long_ago_and_a_time_go_but_a_live_blogs_stamps_stay():
    comment = "I drive over that bridge every day and it is falling apart, so this is good news.\n\n"
    thread = "".join(f"harborfan{n}\n2 days ago at 07:{n}2 am\n\n{comment}" for n in range(3))
    texts = [b["text"] for b in body_of(STORY + thread)]
    assert texts == paragraphs_of(STORY)
    entries = "".join(f"{stamp}\n\nCrews reopened lane {n} of the old bridge after the inspection, the city said.\n\n"
                      for n, stamp in enumerate(("2 hours ago", "8:41 a.m.", "March 10, 2031 at 7:58 a.m.")))
    texts = [b["text"] for b in body_of(STORY + entries)]
    assert "Crews reopened lane 2 of the old bridge after the inspection, the city said." in texts


def test_a_count_of_comments_in_a_sentence_heading_opens_the_thread():
    thread = "There are 3 comments\n\nTwo years is far too long for a bridge of that size, if you ask me.\n\n"
    texts = [b["text"] for b in body_of(STORY + thread)]
    assert texts == paragraphs_of(STORY)


def test_numbered_comments_go_from_the_first_ones_writer_on_but_a_numbered_point_stays():
    comment = "I drive over that bridge every day and it is falling apart, so this is good news.\n"
    thread = "".join(f"harborfan{n}\nComment No. 410{n}\nMarch 10 17:0{n}\n{comment}\n" for n in range(2))
    texts = [b["text"] for b in body_of(STORY + thread)]
    assert texts == paragraphs_of(STORY)
    # one comment's number in the story (a letter it quotes) cuts nothing
    letter = "Comment No. 4 of the consultation asked for a cycle lane on the new bridge.\n\nWork starts in June.\n"
    texts = [b["text"] for b in body_of(STORY + letter)]
    assert texts[-1] == "Work starts in June."


def test_an_authors_box_after_the_story_goes_and_a_credit_under_it_stays():
    boxes = ("Ana Lima\nAna Lima is a reporter for the Harbor Times covering the city council.\n\n"
             "Tom Reyes\nTom Reyes covers transport and the port for the paper.\n\n"
             "Jo Park contributed reporting\n")
    texts = [b["text"] for b in body_of(STORY + boxes)]
    assert texts == paragraphs_of(STORY) + ["Jo Park contributed reporting"]


def test_an_authors_box_under_a_name_in_capitals_may_open_on_the_surname():
    box = "ANA LIMA\nLima covers the city council and the port for the Harbor Times.\n"
    assert [b["text"] for b in body_of(STORY + box)] == paragraphs_of(STORY)
    # under a name in a story's own case, a paragraph that opens on the surname is the story's
    closing = "Ana Lima\nLima says the bridge will change the port for good.\n"
    assert [b["text"] for b in body_of(STORY + closing)][-1] == "Lima says the bridge will change the port for good."


def test_a_box_headed_about_and_a_name_goes_though_a_long_rail_follows_it():
    box = "Über Ana Lima\nAls Reporterin für das Blatt schreibt Ana Lima seit 2010 über den Stadtrat.\n\n"
    rail = "Read these next\n\n" + "".join(
        f"The harbor board approved a plan on {day} to extend the ferry schedule into the evening, "
        "with boats every half hour until ten and new shelters at both landings.\n\n"
        for day in ("Monday", "Tuesday", "Friday", "Sunday"))
    texts = [b["text"] for b in body_of(STORY + box + rail)]
    assert not any("Ana Lima" in text for text in texts)


def test_a_subhead_about_a_name_over_a_paragraph_that_does_not_name_it_is_kept():
    section = "About Harbor Street\nThe old crossing will close in May, and traffic will move to the ferry.\n\n"
    texts = [b["text"] for b in body_of(STORY + section)]
    assert "The old crossing will close in May, and traffic will move to the ferry." in texts


def test_a_story_that_names_people_over_paragraphs_on_them_keeps_them():
    people = "".join(
        f"{name}\n{name} is a {job} who has lived by the harbor for {years} years and backs the bridge.\n\n"
        for name, job, years in (("Ana Lima", "nurse", 12), ("Tom Reyes", "ferry pilot", 30), ("Jo Park", "baker", 8)))
    texts = [b["text"] for b in body_of(STORY + people)]
    assert "Jo Park is a baker who has lived by the harbor for 8 years and backs the bridge." in texts
    assert "Ana Lima is a nurse who has lived by the harbor for 12 years and backs the bridge." in texts


def test_a_subhead_over_a_paragraph_that_opens_with_its_words_is_kept():
    section = "Isolation Rooms\nIsolation rooms on the new ferry hold four beds each, the engineer said.\n\n"
    texts = [b["text"] for b in body_of(STORY + section)]
    assert "Isolation rooms on the new ferry hold four beds each, the engineer said." in texts


MORE = "The ferry office will publish the new timetable on its website next week, a spokeswoman said.\n\n"
TEASER_TITLES = ("Five Ways to Cut Your Water Bill This Summer\n\n12 Bakeries Worth the Walk\n\n"
                 "Why the Old Harbor Lighthouse Went Dark\n\n")
CLOSING = "First published on Harbor Weekly\n"


def test_other_storys_titles_between_the_last_paragraph_and_the_closing_line_go():
    texts = [b["text"] for b in body_of(STORY + MORE + TEASER_TITLES + CLOSING)]
    assert texts == [p for p in (STORY + MORE).split("\n\n") if p] + [CLOSING.strip()]


def test_titles_under_the_storys_own_heading_before_the_closing_line_stay():
    texts = [b["text"] for b in body_of(STORY + "Sources\n\n" + MORE + TEASER_TITLES + CLOSING)]
    assert texts[-4:-1] == [t for t in TEASER_TITLES.split("\n\n") if t]


def test_the_storys_own_list_of_titles_that_open_alike_stays():
    parts = ("Harbor Walks: The North Pier at Dawn\n\nHarbor Walks: The Old Fish Market Steps\n\n"
             "Harbor Walks: Lighthouse Point by Night\n\n")
    texts = [b["text"] for b in body_of(STORY + MORE + parts + CLOSING)]
    assert texts[-4:-1] == [t for t in parts.split("\n\n") if t]


def test_bare_titles_among_related_links_inside_the_story_go():
    first, second = [p for p in STORY.split("\n\n") if p]
    rail = ("Related\nFive Ways to Cut Your Water Bill This Summer\n\nWhy the Old Harbor Lighthouse Went Dark\n\n"
            "Related\nThe Best Bakeries Along the River Walk\n\nHow the Night Market Found Its Feet Again\n\n")
    texts = [b.get("text") or b.get("title") for b in body_of(first + "\n\n" + rail + second + "\n\n" + MORE)]
    assert "Why the Old Harbor Lighthouse Went Dark" not in texts
    assert "How the Night Market Found Its Feet Again" not in texts
    assert "The Best Bakeries Along the River Walk" in texts


def test_a_subhead_after_one_related_link_stays():
    first, second = [p for p in STORY.split("\n\n") if p]
    rail = "Related\nFive Ways to Cut Your Water Bill This Summer\n\nWhat the Ferry Board Decided on Tuesday\n\n"
    texts = [b.get("text") or b.get("title") for b in body_of(first + "\n\n" + rail + second + "\n\n" + MORE)]
    assert "What the Ferry Board Decided on Tuesday" in texts


def test_a_script_written_without_spaces_counts_a_word_for_every_two_characters():
    assert word_count("市议会周二通过了新桥计划") == 1 + 6
    assert word_count("The council met on Tuesday.") == 5
    assert word_count("Слова между пробелами") == 3


def test_a_short_sentence_in_a_script_without_spaces_is_prose_and_a_short_heading_is_not():
    assert is_prose_block(Block("paragraph", "市议会周二通过了新桥计划。"))
    assert not is_prose_block(Block("paragraph", "更多新闻"))


# A story in a script written without spaces (a paragraph is one or two words between spaces),
# then two labels and a rail's standfirst written with spaces.
_UNSPACED_STORY = [
    "市议会周二晚上以五票对两票通过了新桥计划，辩论一直持续到午夜，超过一百名居民到场旁听并发言表达意见。",
    "新桥工程将于六月开工，预计两年内完工，市长表示旧桥在新桥通车之前将继续开放，不会影响市民的日常出行。",
    "一些居民担心施工期间的噪音和交通问题，市政府承诺将在附近街道增设临时停车位，并定期公布工程的进展情况。",
]


def test_a_story_without_spaces_outweighs_a_spaced_rail_after_it():
    body = [Block("paragraph", text) for text in _UNSPACED_STORY] + [
        Block("paragraph", "排行"), Block("paragraph", "推荐"),
        Block("paragraph", "Harbor Weekly: the ferry office opens a new desk on Monday for riders.")]
    assert whole_page_story_end(body) == len(_UNSPACED_STORY) - 1


def test_a_spaced_rail_longer_than_the_story_still_outweighs_it():
    # (characters are weighed only for scripts written without spaces)
    rail = " ".join(["The ferry office opens a new desk on Monday for riders."] * 4)
    body = [Block("paragraph", "The council met on Tuesday and voted on the bridge plan."),
            Block("paragraph", "Home"), Block("paragraph", "News"), Block("paragraph", rail)]
    assert whole_page_story_end(body) == 3


def test_a_footer_with_a_slogan_and_links_joining_two_names_makes_a_whole_page():
    footer = ("About Us\nContact\nJobs\n\nTry our other games!\n\n"
              "Mayor on Twitter\nCouncil on Facebook\nNews for Kids\nHelp\n")
    texts = [b["text"] for b in body_of(STORY + RAIL + footer)]
    assert texts == paragraphs_of(STORY)


def test_a_selection_ending_on_a_short_sentence_among_a_few_names_keeps_its_last_paragraph():
    more = "The board met on Monday and named a chief.\n\n"
    tail = "Ana Lima on Twitter\nTom Reyes on Facebook\n\nThanks for reading.\n\nJo Park\n"
    texts = [b["text"] for b in body_of(STORY + more + tail)]
    assert "The board met on Monday and named a chief." in texts


TITLES = "".join(f"{title}\n\n" for title in (
    "Harbor board backs longer ferry hours", "Police name driver in bridge crash", "Schools shut early for the storm",
    "Mayor names a new parks chief", "Museum opens its new wing on Sunday", "Rail strike called off after talks",
    "Council delays the vote on bus fares", "Judge halts the sale of the old mill"))


def test_on_a_whole_page_a_run_of_titles_and_footer_links_ends_the_story_before_the_sites_contact_line():
    contact = ("The newsroom can be reached with any questions or requests by telephone at 555 0100 "
               "and by email, every day of the week from eight in the morning.\n")
    texts = [b["text"] for b in body_of(MENU + STORY + TITLES + FOOTER + "\n" + contact)]
    assert texts == paragraphs_of(STORY)


def test_a_storys_own_list_between_its_sections_keeps_the_sections_after_it():
    items = "".join(f"{item}\n" for item in (
        "Writing a letter to the council", "Speaking at a public meeting", "Calling the mayor's office",
        "Joining a residents' group", "Starting a petition online", "Talking to a reporter",
        "Standing for the council", "Running a campaign for the bridge")) + "\n"
    more = ("Most residents start with a letter and work their way up, the clerk said.\n\n"
            "The council reads every letter it receives, and answers most of them within a month.\n\n")
    texts = [b["text"] for b in body_of(MENU + STORY + items + more)]
    assert texts[-2:] == paragraphs_of(more)


_INVITED = ["Ana Lima (Harbor College)", "Tom Reyes (Bay State University)", "* Jo Park (Lakeside College)",
            "Ed Cole (Pine University)", "Al Roe (Ridge College)", "Ty Moss (Bayview University)",
            "Ian Holt (Crest College)", "Lee Wong (Valley State University)"]


def test_on_a_whole_page_the_list_the_story_announces_stays_but_a_box_of_titles_goes():
    announced = "Below is the list of rowers invited to the trials:\n\n" + "\n\n".join(_INVITED) + "\n\n"
    texts = [b["text"] for b in body_of(MENU + STORY + announced + FOOTER)]
    assert texts[2:] == ["Below is the list of rowers invited to the trials:", *_INVITED]
    # titles under a heading written as a sentence, or a box of links named after a section, are other stories'
    for heading in ("Other stories from this section that may interest you:", "Related coverage from Harbor: Money:"):
        titles = "Mayor Opens New Ferry Terminal\nSchool Board Names New Chief\nHarbor Fair Draws Record Crowds\n"
        texts = [b["text"] for b in body_of(MENU + STORY + f"{heading}\n\n{titles}\n" + FOOTER)]
        assert not set(titles.split("\n")) & set(texts), heading


def test_on_a_whole_page_a_heading_taken_as_furniture_still_ends_the_story_when_little_follows():
    # "You Might Also Like" goes as page furniture with the titles under it; the teasers'
    # standfirsts after it are other stories', though no heading is left in the body.
    rail = ("Share\n0\nAll Share Services\nYou Might Also Like\nMayor Opens New Ferry Terminal\n"
            "School Board Names New Chief\n\n"
            "The harbor board met on Monday and named a new chief after a search that took a year.\n\n")
    story = STORY + "Tolls will not be charged for the first year, the council agreed after a long debate.\n\n"
    texts = [b["text"] for b in body_of(MENU + "Council Backs the New Bridge\n\n" + story + rail)]
    assert texts == paragraphs_of(story)


def test_on_a_whole_page_the_same_heading_over_a_box_inside_the_story_cuts_nothing():
    box = "You Might Also Like\nMayor Opens New Ferry Terminal\nSchool Board Names New Chief\n\n"
    more = "".join(f"The bridge will carry two lanes each way on its {part} span, the engineer said on {day}, "
                   "and the state will pay for a third of the work over the next twenty years.\n\n"
                   for part, day in (("east", "Monday"), ("west", "Tuesday"), ("north", "Friday")))
    texts = [b["text"] for b in body_of(MENU + "Council Backs the New Bridge\n\n" + STORY + box + more)]
    assert texts[-3:] == paragraphs_of(more)


def test_numbered_comments_under_a_bare_comments_heading_go():
    comments = ("Posted by Ana Lima at March 3, 2031 12:03 PM | Email This\n\nComments\n"
                "1. I drive over that bridge every day and it is falling apart, so this is good news.\n\n"
                "2. Walters:\n\nTwo years is far too long for a bridge of that size, if you ask me.\n\n"
                "3. The mayor said the same thing about the ferry terminal, and look how that went.\n\n")
    texts = [b["text"] for b in body_of(STORY + comments)]
    assert texts == paragraphs_of(STORY)


def test_the_storys_own_numbered_points_stay():
    points = ("1. The bridge will carry two lanes each way, the engineer said on Monday.\n\n"
              "2. Tolls will not be charged for the first year, the council agreed.\n\n")
    texts = [b["text"] for b in body_of(STORY + "What happens next\n\n" + points)]
    assert texts[-2:] == paragraphs_of(points)


ROUNDS = "".join(f"Round {number}: {day} May – {place}\n" for number, (day, place) in enumerate(
    [(3, "North Quay"), (10, "South Quay"), (17, "Harbor Island"), (24, "Lighthouse Point"), (31, "Old Pier")], 1))


def test_on_a_whole_page_a_story_that_is_a_list_under_its_headline_stays():
    page = (MENU + "Harbor Regatta 2031 calendar\nMonday, March 3, 2031\n\nRegatta dates\n" + ROUNDS +
            "\n* Dates may change with the weather\n\n"
            "Tags regatta, harbor, sailing, calendar, North Quay, South Quay, Harbor Island, Old Pier, Lighthouse.\n\n"
            "Comments that break our rules are removed by the moderators, who read every one before it is shown.\n\n")
    texts = [b["text"] for b in body_of(page)]
    assert [line for line in ROUNDS.splitlines()] == [text for text in texts if text.startswith("Round ")]
    assert "* Dates may change with the weather" in texts


def test_a_few_dated_lines_under_a_headline_are_no_list_story():
    page = MENU + "Council Backs the New Bridge\nMonday, March 3, 2031\n12 comments\n\n" + STORY
    assert [b["text"] for b in body_of(page)] == paragraphs_of(STORY)


def test_other_stories_cards_over_the_headline_go_but_a_storys_paragraphs_with_camel_case_names_stay():
    # (the headline read under paragraphs holding more words than the story under it: those
    # paragraphs are the story's, unless most of them are cards, a title run into its standfirst)
    def prose_under_headline(above):
        texts = [*above, *STORY.strip().split("\n\n")]
        body = [Block("paragraph", text, line=2 * index + 1) for index, text in enumerate(texts)]
        body[len(above):] = [Block("paragraph", block.text, line=block.line + 2) for block in body[len(above):]]
        prose, _ = _story_prose(body, [is_prose_block(block) for block in body], headline=2 * len(above))
        return [body[index].text for index in prose]

    cards = ["Bridge Shuts For Repairs Until MayThe north bridge closes on Monday for repairs that take until May.",
             "Is The Island Ferry Safe Enough?Engineers say the old boats need new engines before the storms.",
             "Council Names New Harbor Chief TodayThe council named a new harbor chief after a long search.",
             "Tide Tables For The Weekend AheadHigh water on Saturday comes at noon, the harbor office said."]
    assert prose_under_headline(cards) == STORY.strip().split("\n\n")
    names = ["Jo McLean and Al DeWitt met the crew of the harbor boat on Monday and asked about the fares.",
             "The Harbor Ferry Company and Bay MacDonald Lines will show the new fares in March, they said.",
             "Tom Reyes and Lia DiMarco, who run the island shop, said they would pay the new fares too.",
             "Ana McKay, who rides the ferry every day, said the rise was fair for two new boats on the route."]
    assert prose_under_headline(names) == names + STORY.strip().split("\n\n")


def test_comments_under_a_heading_the_furniture_took_out_go_with_it():
    thread = ("Have your say\n12 comments\nSort by: Newest\nDana P.\n2 hours ago\n"
              "Finally someone says it. The ferry is a money pit.\nReply\nLike (4)\nMarco Ruiz\n3 hours ago\n"
              "The bus takes twice as long. Nurses deserve better than this.\nReply\n")
    assert [b["text"] for b in body_of(STORY + thread)] == paragraphs_of(STORY)


def test_comments_under_a_notice_that_they_are_closed_go_with_it():
    comments = [("Dana P", "Finally someone says it. The ferry is a money pit and always was."),
                ("Marco @ Harbor", "The bus takes twice as long, and nurses deserve better than this."),
                ("Lia", "I rode that ferry for years. The new bridge cannot come soon enough for us.")]
    thread = "Comments are now closed for this story\n\n" + "".join(
        f"{name}\n{comment}\n\n\n" for name, comment in comments)
    assert [b["text"] for b in body_of(STORY + thread)] == paragraphs_of(STORY)
    # (a story's own subheads after such a notice, over its sections, stay)
    sections = "Comments are now closed for this story\n\nThe vote\n" + paragraphs_of(STORY)[0] + "\n\n"
    assert "The vote" in [b["text"] for b in body_of(STORY + sections)]
    # (nor does the story's paragraph right under the notice go, with short lines after it)
    more = "The board will meet again in May to choose the builders and set the tolls for the crossing."
    listed = f"Comments are now closed for this story\n\n{more}\n\nAna Lima\nTom Reyes\nJo Park\n"
    assert more in [b["text"] for b in body_of(STORY + listed)]


def test_a_sections_label_with_its_stop_over_the_headline_goes():
    head = "Skip to content\nSearch\nSubscribe\nU.S.\nAdvertisement\nFerry fares rise in Harbor City\nBy Ana Lima\nDec. 1, 2031\n"
    article = parse_article(head + STORY)
    assert article.headline == "Ferry fares rise in Harbor City"
    assert [b.text for b in article.body] == paragraphs_of(STORY)


def test_a_comment_count_under_the_byline_heads_no_thread():
    top = "By Ana Lima\n12 comments\n\n"
    texts = [b["text"] for b in body_of("Council passes bridge plan\n" + top + STORY + "Work starts soon.\n")]
    assert texts == paragraphs_of(STORY) + ["Work starts soon."]


def test_a_live_blogs_first_entry_heading_is_kept_like_the_others():
    text = ("Storm live: winds reach 70mph\nKey events\n15:42\nFerries cancelled for the rest of the day\n"
            "Bay Lines has cancelled all crossings until tomorrow morning, a spokesperson said.\n\n"
            "15:20\nPower cut to 4,000 homes\nAbout 4,000 homes in the east are without power, the board said.\n")
    assert [b["text"] for b in body_of(text)][:1] == ["Ferries cancelled for the rest of the day"]
    # (one entry alone: the line over the first paragraph may be a kicker, and goes)
    single = text.split("\n\n")[0] + "\n"
    assert [b["text"] for b in body_of(single)][:1] == [
        "Bay Lines has cancelled all crossings until tomorrow morning, a spokesperson said."]


@pytest.mark.parametrize("text, unspaced", [
    ("港口渡轮明天恢复", True), ("フェリーが再開", True), ("เรือข้ามฟากกลับมาให้บริการ", True),
    ("Port Lumière", False), ("Classificação NASCAR", False), ("Паром снова ходит", False), ("Harbor", False),
])
def test_scripts_written_without_spaces_are_told_apart(text, unspaced):
    assert is_written_without_spaces(text) is unspaced


def test_one_box_for_two_writers_named_together():
    box = ("Ana Lima and Tom Reyes\nAna Lima is a reporter for the Harbor Times. Tom Reyes covers transport and"
           " the port.\n")
    assert [b["text"] for b in body_of(STORY + box)] == paragraphs_of(STORY)
    # two names joined over a paragraph that opens on neither are the story's
    closing = "Ana Lima and Tom Reyes\nThe bridge will change the port for good, both say.\n"
    assert [b["text"] for b in body_of(STORY + closing)][-1] == "The bridge will change the port for good, both say."


def test_the_site_s_notices_after_a_whole_page_s_story_do_not_carry_the_story_on_to_what_follows():
    menu = "Home\nNews\nSport\nBusiness\nCulture\nWeather\nOpinion\nLocal\n\n"
    tail = ("Bridges\nRiver\n\nThis site uses cookies to improve your experience of the site and of the news we bring"
            " you. By reading on you accept them.\n\n"
            "Her mother sold fish at the market here for thirty years.\n\n")
    texts = [b["text"] for b in body_of("Bridge vote\n\n" + menu + STORY + tail)]
    assert texts == paragraphs_of(STORY)


def test_a_whole_page_whose_only_prose_is_the_site_s_notices_keeps_them_rather_than_failing():
    menu = "Home\nNews\nSport\nBusiness\nCulture\nWeather\nOpinion\nLocal\nTravel\nMoney\nJobs\nMotors\n\n"
    notices = ("This site uses cookies to improve your experience of the site and of the news we bring you. By reading"
               " on you accept them.\n\nSign up for our morning newsletter and get the valley news in your inbox every"
               " day, straight from our newsroom.\n")
    try:
        parse_article(menu + notices)
    except ParseError as error:  # a clear error is an answer; an IndexError is a crash
        assert "no story text" in str(error)
