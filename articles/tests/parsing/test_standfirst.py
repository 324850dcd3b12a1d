"""The standfirst under the headline: the story's summary, kept apart from its body."""

import pytest

from articles.parsing import parse_article

STORY = (
    "Harbor ferries return to the winter timetable after a quiet season on the water.\n\n"
    "The first boat leaves the north pier at six, an hour later than in summer.\n\n"
    "Tickets bought for the summer timetable stay valid until the end of the month.\n"
)


def parsed(top):
    return parse_article(f"Ferries go back to winter hours\n{top}\n\n{STORY}")


@pytest.mark.parametrize("top", [
    "The change saves the port two crews a day.\n\nBy Ana Ruiz",
    "The change saves the port two crews a day.\nBy Ana Ruiz | Transport reporter\nMarch 3, 2031, 7:04 AM",
    "The change saves the port two crews a day.\n\nMarch 3, 2031",
    # a kicker over the standfirst; the writer's bare name with a handle under it
    "Transport\n\nThe change saves the port two crews a day.\n\nAna Ruiz @anaruiz",
    "The change saves the port two crews a day.\n\nAna Ruiz",
    # a byline's row of particulars under it
    "The change saves the port two crews a day.\n\nBy Ana Ruiz | March 3, 2031 -- 19:14 GMT (19:14 GMT) | Topic: Ports",
    # a date over the standfirst, the reporter's byline under it
    "March 3, 2031\n\nThe change saves the port two crews a day.\n\nBy Ana Ruiz | Transport reporter",
    # a caption and its credit between the standfirst and the byline
    "The change saves the port two crews a day.\n\nThe north pier at dawn. | Jo Li, Harbor Times\n\nBy Ana Ruiz",
])
def test_a_summary_over_the_byline_is_the_dek_not_the_body(top):
    article = parsed(top)
    assert article.headline == "Ferries go back to winter hours"
    assert article.dek == "The change saves the port two crews a day."
    assert [block.text for block in article.body if block.kind == "paragraph"] == STORY.strip().split("\n\n")
    assert "dek" not in article.to_dict()


def test_on_a_whole_page_a_summary_without_a_stop_over_the_photo_and_byline_is_the_dek():
    menu = "\n".join(["Skip to main content", "Sign in", "Search", "News", "Opinion", "Sport", "Culture", "Transport"])
    summary = "Riders say the change will hit the island hardest as the port saves two crews a day"
    head = (f"{menu}\nFerries go back to winter hours\n{summary}\n"
            "The north pier at dawn. Photograph: Jo Li/Harbor Times\nAna Ruiz Transport correspondent\n"
            "Tue 3 Mar 2031 07.04 GMT\nShare")
    article = parse_article(f"{head}\n{STORY}")
    assert article.headline == "Ferries go back to winter hours"
    assert article.dek == summary
    assert [block.text for block in article.body if block.kind == "paragraph"] == STORY.strip().split("\n\n")
    # (a menu run into one line under the headline holds no small words, and goes)
    menu_line = "Home News Sport Weather Ferries Harbor Transport Culture Opinion Business Travel Puzzles Jobs"
    article = parse_article(f"{head.replace(summary, menu_line)}\n{STORY}")
    assert article.dek is None and menu_line not in [block.text for block in article.body]


def test_a_summary_of_a_subheads_length_without_a_stop_right_under_the_headline_is_the_dek():
    # a post's page: its title, a summary of fourteen words, the writer's name over the date
    summary = "What the winter hours mean for the island, and who pays for the bus"
    head = f"Harbor Notes\nSubscribe\nFerries go back to winter hours\n{summary}\nAna Ruiz\nMar 3, 2031\n12\nShare"
    article = parse_article(f"{head}\n{STORY}")
    assert (article.headline, article.dek, article.bylines) == ("Ferries go back to winter hours", summary, ["Ana Ruiz"])
    assert [block.text for block in article.body if block.kind == "paragraph"] == STORY.strip().split("\n\n")


@pytest.mark.parametrize("line", [
    "A Second Title For the Island and Its Ferry Riders",  # a second title, in title case
    "Harbor Notes: the state of our ferries is supported by",  # a sponsor's line
])
def test_a_second_title_or_a_sponsors_line_under_the_headline_is_no_summary(line):
    head = f"Harbor Notes\nSubscribe\nFerries go back to winter hours\n{line}\nAna Ruiz\nMar 3, 2031\n12\nShare"
    article = parse_article(f"{head}\n{STORY}")
    assert article.dek is None and line not in [block.text for block in article.body]


@pytest.mark.parametrize("top", ["March 3, 2031\nThe change saves the port two crews a day.",
                                 "The change saves the port two crews a day."])
def test_a_press_releases_summary_over_the_place_its_story_opens_with_is_the_dek_and_the_place_stays(top):
    article = parsed(f"{top}\n \nHARBOR CITY, OREGON")
    assert article.dek == "The change saves the port two crews a day."
    assert [block.text for block in article.body] == ["HARBOR CITY, OREGON"] + STORY.strip().split("\n\n")


@pytest.mark.parametrize("line", ["HARBOR CITY", "Harbor City, Oregon", "WE SAVE, THEY PAY, EVERYONE WINS NOW"])
def test_a_first_paragraph_over_a_line_in_capitals_that_names_no_place_stays_in_the_body(line):
    article = parsed(f"The change saves the port two crews a day.\n\n{line}")
    assert article.dek is None and article.body[0].text == "The change saves the port two crews a day."


def test_a_summary_broken_over_two_lines_is_read_whole():
    article = parsed("The change saves the port\ntwo crews a day.\n\nBy Ana Ruiz")
    assert article.dek == "The change saves the port two crews a day."
    assert article.body[0].text.startswith("Harbor ferries return")


@pytest.mark.parametrize("top", [
    # the byline stands over the first paragraph: that paragraph is the story's
    "By Ana Ruiz\n\nThe change saves the port two crews a day.",
    # nothing but the story under the headline
    "The change saves the port two crews a day.",
    # a bare count (comments, shares) under the first paragraph is no byline
    "The change saves the port two crews a day.\n\n12",
    # the byline over the paragraph: the story has begun
    "By Ana Ruiz\n\nThe change saves the port two crews a day.\n\nMarch 3, 2031",
    # under a date, a bare name (a photo's subject) is no byline
    "March 3, 2031\n\nThe change saves the port two crews a day.\n\nAna Ruiz",
    # a bare name further down is no byline ("Mac Apps" reads like one)
    "The change saves the port two crews a day.\n\nPhoto: the north pier\n\nAna Ruiz",
    # the writer's name over the first paragraph: the photo under it is the story's
    "Ana Ruiz\n\nThe change saves the port two crews a day.\nThe north pier at dawn. Photograph: Jo Li/Harbor Times",
    # a date over it
    "March 3, 2031\n\nThe change saves the port two crews a day.\nPhotograph: Jo Li/Harbor Times",
    # an advertisement under it: a page sets one after the story's first paragraph too
    "The change saves the port two crews a day.\nAdvertisement",
])
def test_the_first_paragraph_stays_in_the_body_without_a_byline_after_it(top):
    article = parsed(top)
    assert article.dek is None
    assert article.body[0].text == "The change saves the port two crews a day."


def test_a_long_first_paragraph_over_the_byline_stays_in_the_body():
    lede = (
        "The port will run its ferries on the winter timetable from Monday, its board said on Friday, after a "
        "summer in which the boats carried fewer passengers than in any year since the north pier opened. The "
        "first boat will leave at six, an hour later than in summer, and the last at nine in the evening. Crews "
        "who worked the late summer runs will move to the repair yard, where two of the older boats are waiting "
        "for new engines, and the board expects both back in service before the spring timetable starts in April."
    )
    article = parsed(f"{lede}\n\nBy Ana Ruiz")
    assert article.dek is None and article.body[0].text == lede


def test_a_short_story_keeps_its_only_paragraphs():
    article = parse_article(
        "Ferries go back to winter hours\n\nThe change saves the port two crews a day.\n\nBy Ana Ruiz\n\n"
        "The first boat leaves the north pier at six.\n"
    )
    assert article.dek is None
    assert [block.text for block in article.body][0] == "The change saves the port two crews a day."


def test_without_a_headline_there_is_no_standfirst():
    article = parse_article(f"The change saves the port two crews a day.\n\nBy Ana Ruiz\n\n{STORY}")
    assert article.headline is None and article.dek is None
    assert article.body[0].text == "The change saves the port two crews a day."


def test_a_first_paragraph_the_page_repeats_under_the_byline_stays_in_the_body():
    lede = "The change saves the port two crews a day."
    article = parsed(f"{lede}\n\nBy Ana Ruiz\n\n{lede}")
    assert article.dek is None
    assert [block.text for block in article.body][:2] == [lede, "Harbor ferries return to the winter timetable after a "
                                                                 "quiet season on the water."]


def test_a_summary_the_story_says_again_word_for_word_among_its_paragraphs_keeps_that_paragraph():
    lede = "The change saves the port two crews a day."
    paragraphs = STORY.strip().split("\n\n")
    story = "\n\n".join(paragraphs[:2] + [lede] + paragraphs[2:])
    article = parse_article(f"Ferries go back to winter hours\n{lede}\n\nBy Ana Ruiz\n\n{story}\n")
    assert article.dek == lede
    assert [block.text for block in article.body] == paragraphs[:2] + [lede] + paragraphs[2:]


def test_the_tags_between_the_byline_and_the_story_go_with_the_standfirst():
    article = parsed("The change saves the port two crews a day.\nMarch 3, 2031 Ana Ruiz\nTransport\nHarbor Board\n"
                     "Ferries\n\nThe north pier at dawn.\nPhoto: Jo Li/Harbor Times")
    assert article.dek == "The change saves the port two crews a day."
    assert [block.kind for block in article.body] == ["image", "paragraph", "paragraph", "paragraph"]
    assert (article.body[0].text, article.body[0].credit) == ("The north pier at dawn.", "Photo: Jo Li/Harbor Times")



@pytest.mark.parametrize("photo", [
    "The north pier at dawn. Photograph: Jo Li/Harbor Times",
    "\nPhotograph: Jo Li/Harbor Times",  # the credit alone, set apart from the summary
])
def test_a_summary_over_the_lead_photo_is_the_dek(photo):
    article = parsed(f"The change saves the port two crews a day.\n{photo}")
    assert article.dek == "The change saves the port two crews a day."
    assert [block.text for block in article.body if block.kind == "paragraph"] == STORY.strip().split("\n\n")


def test_a_summary_over_the_storys_tools_row_is_the_dek():
    article = parsed("The change saves the port two crews a day.\nPrinter-friendly version Email-a-friend Respond")
    assert article.dek == "The change saves the port two crews a day."
    assert [block.text for block in article.body] == STORY.strip().split("\n\n")


def test_a_summary_with_the_writers_name_run_into_it_is_the_dek():
    # the name's line, with no blank line above it, joins the summary's paragraph
    summary = "The change saves the port two crews a day, with most boats running on time or better than planned."
    article = parsed(f"{summary}\nAna Ruiz @anaruiz")
    assert article.dek == summary
    assert [block.text for block in article.body] == STORY.strip().split("\n\n")
    # a paragraph that ends on a name with no stop before it is the story's
    article = parsed("The change to the timetable that saves the port two crews a day was made by\nAna Ruiz")
    assert article.dek is None


@pytest.mark.parametrize("writer", ["Ana Ruiz", "Ana Ruiz @anaruiz"])
def test_a_summary_over_the_writers_name_glued_to_the_story_is_no_photo(writer):
    story = STORY.replace("\n\n", "\n")
    article = parse_article(f"Ferries go back to winter hours\nThe change saves the port two crews a day.\n"
                            f"{writer}\n{story}")
    assert article.dek == "The change saves the port two crews a day."
    assert [block.kind for block in article.body] == ["paragraph"] * 3
    # an agency under a caption set apart from the headline is the photo's credit
    article = parse_article(f"Ferries go back to winter hours\n\nThe north pier at dawn, as the first boat left.\n"
                            f"Harbor Survey\n{story}")
    assert (article.body[0].kind, article.body[0].credit) == ("image", "Harbor Survey")


def test_a_summary_the_lead_says_again_in_other_words_is_the_dek():
    summary = "Harbor Ferries has agreed to buy 30 electric boats from the Northyard shipbuilder, its chief said."
    lead = ("HARBOR CITY — Harbor Ferries agreed on Monday to buy 30 electric boats from the Northyard "
            "shipbuilder, its chief executive said at the port's spring fair.")
    rest = "The boats replace the diesel fleet by 2033.\n\nThe port will add chargers at both piers this summer."
    article = parse_article(f"Harbor Ferries orders 30 electric boats\n\n{summary}\n\n{lead}\n\n{rest}")
    assert article.dek == summary
    assert article.body[0].text == lead


def test_a_first_paragraph_that_shares_a_few_names_with_the_next_stays_in_the_body():
    first = "Harbor Ferries will raise its fares in May, its chief said on Monday at the spring fair."
    second = ("Harbor Ferries last raised its fares four years ago, and riders on the north line have "
              "complained since about late boats, crowded decks and broken ticket machines.")
    article = parse_article(f"Ferry fares to rise\n\n{first}\n\n{second}\n\nThe council votes on the plan next week.")
    assert article.dek is None
    assert article.body[0].text == first


def test_a_summary_under_the_byline_and_over_the_photo_that_the_lead_repeats_is_the_dek():
    summary = "Harbor Ferries has agreed to buy 30 electric boats from the Northyard shipbuilder, its chief said."
    lead = ("HARBOR CITY — Harbor Ferries agreed on Monday to buy 30 electric boats from the Northyard "
            "shipbuilder, its chief executive said at the port's spring fair.")
    text = (f"Harbor Ferries orders 30 electric boats\nPublished Mon, Mar 3 2031\nAna Ruiz\n@anaruiz\n{summary}\n\n"
            "The north pier at dawn. | Jo Li, Harbor Times\n\n"
            f"{lead}\n\nThe boats replace the diesel fleet by 2033.\n\nThe port will add chargers this summer.")
    article = parse_article(text)
    assert article.dek == summary
    assert [block.text for block in article.body if block.kind == "paragraph"][0] == lead


POINTS = ("The first boat leaves the north pier an hour later", "Summer tickets stay valid to the end of the month")


@pytest.mark.parametrize("box", [
    # the points on lines of their own, the story's first paragraph run on from the last of them
    "Key points\n{0}\n{1}\n{lead}",
    # a blank line between the points, each a title without a full stop
    "Story Highlights\n{0}\n\n{1}\n\n{lead}",
    "KEY POINTS:\n\n{0}.\n{1}.\nPhoto: Jo Li/Harbor Times\n{lead}",
], ids=["run-on", "set-apart", "with-credit"])
def test_a_box_of_key_points_under_the_headline_is_the_summary(box):
    lead, rest = STORY.split("\n\n", 1)
    article = parse_article(f"Ferries go back to winter hours\n{box.format(*POINTS, lead=lead)}\n\n{rest}")
    assert article.headline == "Ferries go back to winter hours"
    assert article.dek.replace(".", "").split("\n") == list(POINTS)
    assert [block.text for block in article.body if block.kind == "paragraph"] == STORY.strip().split("\n\n")


def test_a_hard_wrapped_first_paragraph_under_the_points_keeps_all_its_lines():
    lead = ("Harbor ferries return to the winter timetable on Monday, the port said, after a quiet\n"
            "season on the water.")
    article = parse_article(f"Ferries go back to winter hours\nKey points\n{POINTS[0]}\n{lead}\n\n"
                            + STORY.split("\n\n", 1)[1])
    assert article.dek == POINTS[0]
    assert article.body[0].text == lead.replace("\n", " ")


@pytest.mark.parametrize("top", [
    # points that end with full stops and stand apart: the second is the story's first paragraph
    "Highlights\n\nThe first boat leaves the north pier at six.\n\n"
    "Ferries leave the north pier an hour later from Monday.",
    # a heading over the story's own list, further down than the head of the page
    "By Ana Ruiz\n\nThe port set out the changes on Monday, after a long summer on the water.\n\n"
    "Summary\nThe first boat leaves the north pier an hour later\nSummer tickets stay valid\n"
    "The port will publish the full timetable on Friday.",
    # lines that share nothing with the story are no summary of it
    "Highlights\nMarket stalls along the esplanade\nA jazz trio in the square\n"
    "Ferries leave the north pier an hour later from Monday.",
])
def test_lines_under_a_highlights_heading_that_are_no_box_of_points_stay(top):
    article = parse_article(f"Ferries go back to winter hours\n{top}\n\n{STORY}")
    assert not article.dek or "\n" not in article.dek
    texts = " ".join(block.text for block in article.body)
    assert "Ferries leave the north pier" in texts or "full timetable" in texts


@pytest.mark.parametrize("header, bylines", [
    # a writer's bare name under the headline, over a bio that opens with it or a date
    ("Rosa Quint\nRosa Quint is a former city treasurer.\nMarch 4, 2031\n", ["Rosa Quint"]),
    ("Rosa Quint\nMarch 4, 2031\n", ["Rosa Quint"]),
    # (not a name that opens on no given name, nor a name over the story's first paragraph)
    ("Telegraph Sport\nMarch 4, 2031\n", []),
    ("Rosa Quint\n", []),
])
def test_a_writers_bare_name_under_the_headline_is_the_byline(header, bylines):
    text = ("The ferry subsidy is a promise the city cannot keep\n" + header + "\n"
            "The council's vote to subsidise night ferries was made with the best of intentions.\n\n"
            "Start with the numbers: the city will pay $3.2 million a year.\n")
    assert parse_article(text).bylines == bylines


def test_a_writers_bio_under_their_name_below_the_headline_is_neither_summary_nor_story():
    text = ("The ferry subsidy is a promise the city cannot keep\nRosa Quint\nRosa Quint is a former city treasurer.\n"
            "March 4, 2031\n\nThe council's vote to subsidise night ferries was a mistake.\n\n"
            "Start with the numbers: the city will pay $3.2 million a year.\n")
    parsed = parse_article(text)
    assert (parsed.dek, parsed.bylines, parsed.body[0].text) == (
        None, ["Rosa Quint"], "The council's vote to subsidise night ferries was a mistake.")
    assert (3, "Rosa Quint is a former city treasurer.") in parsed.left_out


def test_a_lead_under_its_subjects_name_that_says_more_stays_the_story():
    lead = "Dana Whitfield is the city's food bank director. She spoke to us about the winter."
    text = (f"How one food bank fed the city through its hardest winter\nDana Whitfield\n{lead}\n\n"
            "The food bank opens at nine.\n\nQueues start at dawn, the volunteers said.\n")
    assert lead in [block.text for block in parse_article(text).body] + [parse_article(text).dek]


@pytest.mark.parametrize("caption", [
    "Rosa Quint, the city's treasurer, pictured at the ferry launch in 2030, when she was a councillor.",
    "Rosa Quint thanking the crews on Monday. Her deputy, Al Roe, second from left, also spoke.",
])
def test_the_lead_photos_caption_under_the_headline_is_neither_summary_nor_story(caption):
    text = (f"The ferry subsidy is a promise the city cannot keep\n\n{caption}\n\n"
            "The council's vote to subsidise night ferries was a mistake.\n\n"
            "Start with the numbers: the city will pay $3.2 million a year.\n")
    parsed = parse_article(text)
    assert parsed.dek is None
    assert [block.text for block in parsed.body][0] == "The council's vote to subsidise night ferries was a mistake."
    assert (3, caption) in parsed.left_out


@pytest.mark.parametrize("bio", [
    "Ana Ruiz is a former harbor commissioner and writes about transport.",
    "Ana Ruiz covers the port and its ferries for the paper.",
])
def test_a_sentence_on_the_writer_closing_the_story_is_the_pages_note_and_left_out(bio):
    article = parse_article(f"Ferries go back to winter hours\n\nBy Ana Ruiz\n\n{STORY}\n{bio}\n")
    assert [block.text for block in article.body] == STORY.strip().split("\n\n")
    assert bio in [line for _, line in article.left_out]
    assert "Ana Ruiz" not in [person.name for person in article.people]


@pytest.mark.parametrize("last", [
    "Jo Li is a former harbor commissioner and rides the first boat.",  # someone the story is about
    "Ana Ruiz is a former harbor commissioner. She rides the first boat every day.",  # more than a note
])
def test_a_closing_sentence_on_another_person_or_of_more_than_a_note_stays(last):
    article = parse_article(f"Ferries go back to winter hours\n\nBy Ana Ruiz\n\n{STORY}\n{last}\n")
    assert article.body[-1].text == last


@pytest.mark.parametrize("note", [
    # a longer note that says the writer reports, or their given name alone
    "Ana Ruiz is a senior transport reporter at the Harbour News, covering ferries and the port. She lives on"
    " the island.",
    "Ana covers the port and its ferries for the Harbour News. Got a tip? Write to the newsroom.",
    "Ana Ruiz est journaliste à la rubrique régionale depuis 2019. Elle couvre la mobilité.",
    "Ana Ruiz berichtet seit 2017 über den Hafen. Zuvor arbeitete sie bei einem Lokalradio.",
])
def test_a_note_saying_the_writer_reports_is_left_out_at_the_story_s_end_or_under_its_byline(note):
    story = STORY + "\n" + LONGER
    for text in (f"Ferries go back to winter hours\n\nBy Ana Ruiz\n\n{story}\n{note}\n\nMore from the port\n",
                 f"Ferries go back to winter hours\n\nBy Ana Ruiz\n\n{note}\n\n{story}\n"):
        article = parse_article(text)
        assert note not in [block.text for block in article.body]
        assert [block.text for block in article.body if block.kind == "paragraph"] == story.strip().split("\n\n")


LONGER = ("Night sailings stop at ten, and the last bus from the pier waits for the boat.\n\n"
          "Cyclists may take their bikes on every sailing, as they have since the spring.\n\n"
          "The cafe on the upper deck closes for the season on Sunday.\n\n"
          "Season tickets for the winter go on sale at the pier office next week.\n")


def test_a_paragraph_as_long_as_the_story_s_on_the_writer_stays():
    last = ("Ana Ruiz is a reporter who has ridden the first boat every winter morning for eleven years, through"
            " fog and ice and the strike of 2019, and has kept a log of every late sailing, every broken ramp and"
            " every crossing cancelled for wind, which the operator itself now asks her for when it plans the"
            " timetable for the coming season.")
    article = parse_article(f"Ferries go back to winter hours\n\nBy Ana Ruiz\n\n{STORY}\n{last}\n")
    assert article.body[-1].text == last


def test_a_reporter_in_the_story_who_did_not_write_it_stays():
    last = "Jo Li is a reporter at the Harbour News, covering ferries. She rides the first boat every day."
    article = parse_article(f"Ferries go back to winter hours\n\nBy Ana Ruiz\n\n{STORY}\n{last}\n")
    assert article.body[-1].text == last


def test_a_note_may_say_whose_reporter_the_writer_is_in_several_words():
    note = ("Ana Ruiz is the Harbour News's courts and inquests reporter, covering the port and the villages around"
            " it.")
    article = parse_article(f"Ferries go back to winter hours\n\nBy Ana Ruiz\n\n{STORY}\n{note}\n")
    assert note not in [block.text for block in article.body]
