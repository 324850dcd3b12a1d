"""The lines of a paste left out of the story, listed for the editor to look over."""

import pytest

from articles.parsing import ParseError, parse_article

from .stories import ROOT

PAGE = (
    "Home\nNews\nSport\nWeather\n"
    "Ferries go back to winter hours\n"
    "The change saves the port two crews a day.\n\n"
    "By Ana Ruiz\nMarch 3, 2031\nShare\nTweet\n\n"
    "The first boat leaves the north pier at six, an hour later than in summer,\n"
    "the port said on Monday.\n\n"
    "Advertisement\n\n"
    "Tickets bought for the summer timetable stay valid until the end of the month.\n\n"
    "The north pier at dawn. | Photo: Jo Li/Harbor Times\n\n"
    "Related\n\nHarbor board votes on new pier\n\n"
    "Tickets bought for the summer timetable stay valid until the end of the month.\n\n"
    "Most read\nCouncil passes budget after long night\nBridge closes for repairs in May\n"
)


def lines_left_out(text):
    return [line for _, line in parse_article(text).left_out]


def test_the_pages_own_lines_are_left_out_and_the_storys_are_not():
    article = parse_article(PAGE)
    assert [PAGE.split("\n")[number - 1] for number, _ in article.left_out] == [line for _, line in article.left_out]
    assert [line for _, line in article.left_out] == [
        "Home", "News", "Sport", "Weather", "By Ana Ruiz", "March 3, 2031", "Share", "Tweet", "Advertisement",
        "Most read", "Council passes budget after long night", "Bridge closes for repairs in May",
    ]


def test_a_line_the_parse_holds_elsewhere_is_not_left_out():
    # a paragraph the page sets twice, the headline, the standfirst (kept as the summary), the
    # lines of a hard-wrapped paragraph, a caption with its credit, a Related block's marker
    left_out = lines_left_out(PAGE)
    for line in ("Tickets bought for the summer timetable stay valid until the end of the month.",
                 "Ferries go back to winter hours", "The change saves the port two crews a day.",
                 "the port said on Monday.", "The north pier at dawn. | Photo: Jo Li/Harbor Times", "Related",
                 "Harbor board votes on new pier"):
        assert line not in left_out, line


def test_the_seed_leaves_out_only_its_comment_count_and_widget():
    seed = (ROOT / "fixtures" / "seed-article.txt").read_text(encoding="utf-8")
    assert lines_left_out(seed) == [
        "42", "Comments", "Join the Conversation", "Looking for comments?",
        "Find comments in their new home! Click the buttons at the top or within the article to view them — or use "
        "the button below for quick access.",
    ]


def test_a_caption_with_its_credit_glued_on_is_not_left_out():
    text = ("Ferries go back to winter hours\n\n"
            "The first boat leaves the north pier at six, an hour later than in summer, the port said.\n\n"
            "The north pier at dawn, before the first boatCredit: Jo Li/Harbor Times\n\n"
            "Tickets bought for the summer timetable stay valid until the end of the month.\n")
    article = parse_article(text)
    assert [block.kind for block in article.body] == ["paragraph", "image", "paragraph"]
    assert article.left_out == []


def test_a_credit_set_over_its_caption_is_not_left_out():
    text = ("Ferries go back to winter hours\n\n"
            "The first boat leaves the north pier at six, an hour later than in summer, the port said.\n\n"
            "Ana Lima/Reuters\n\nThe north pier at dawn before the first boat leaves for the island\n\n"
            "Tickets bought for the summer timetable stay valid until the end of the month.\n")
    article = parse_article(text)
    assert [(block.kind, block.credit) for block in article.body] == [
        ("paragraph", None), ("image", "Ana Lima/Reuters"), ("paragraph", None)]
    assert article.left_out == []
    # a page's line over a captioned photo is not its credit
    text = text.replace("Ana Lima/Reuters\n\nThe north pier at dawn before the first boat leaves for the island",
                        "Share\n\nThe north pier at dawn. | Photo: Ana Lima/Reuters")
    assert [line for _, line in parse_article(text).left_out] == ["Share"]


def test_a_line_the_editor_keeps_goes_back_where_it_stood_and_the_quotes_follow():
    text = ("Ferries go back to winter hours\n\n"
            "The first boat leaves the north pier at six, an hour later than in summer, the port said.\n\n"
            "Advertisement\n\n"
            "Read more: the winter timetable\n\n"
            "“It saves two crews a day,” said Ana Lima, the port director.\n\n"
            "Tickets bought for the summer timetable stay valid until the end of the month.\n")
    left_out = {line: number for number, line in parse_article(text).left_out}
    assert set(left_out) == {"Advertisement", "Read more: the winter timetable"}
    # (a number the parse did not leave out is passed over)
    article = parse_article(text, keep=[left_out["Read more: the winter timetable"], 1, 999])
    assert [block.text[:20] for block in article.body] == [
        "The first boat leave", "Read more: the winte", "“It saves two crews ", "Tickets bought for t"]
    assert [(quote.text, quote.speaker, quote.block_index) for quote in article.quotes] == [
        ("It saves two crews a day", "Ana Lima", 2)]
    assert [line for _, line in article.left_out] == ["Advertisement"]


def test_a_line_kept_comes_back_as_a_subhead_when_it_reads_as_one():
    text = ("Ferries go back to winter hours\n\n"
            "The first boat leaves the north pier at six, an hour later than in summer, the port said.\n\n"
            "Most read\n\nWinter timetable\n\nShare this story with your friends.\n\n"
            "Tickets bought for the summer timetable stay valid until the end of the month.\n")
    left_out = {line: number for number, line in parse_article(text).left_out}
    assert {"Most read", "Winter timetable", "Share this story with your friends."} <= set(left_out)
    article = parse_article(text, keep=[left_out["Winter timetable"], left_out["Share this story with your friends."]])
    assert [(block.kind, block.text[:20]) for block in article.body] == [
        ("paragraph", "The first boat leave"), ("subhead", "Winter timetable"),
        ("paragraph", "Share this story wit"), ("paragraph", "Tickets bought for t")]


def test_a_block_the_editor_leaves_out_goes_before_the_quotes_are_read_and_is_listed():
    text = ("Ferries go back to winter hours\n\n"
            "The first boat leaves the north pier at six, an hour later than in summer, the port said.\n\n"
            "Win a weekend for two on the islands: enter our prize draw today.\n\n"
            "The north pier at dawn. | Photo: Jo Li/Harbor Times\n\n"
            "“It saves two crews a day,” said Ana Lima, the port director.\n\n"
            "“We will watch the numbers,” she said.\n")
    article = parse_article(text)
    lines = {block.text[:20]: block.line for block in article.body}
    assert list(lines) == ["The first boat leave", "Win a weekend for tw", "The north pier at da",
                           "“It saves two crews ", "“We will watch the n"]
    # (a number that starts no block is passed over)
    article = parse_article(text, leave_out=[lines["Win a weekend for tw"], lines["The north pier at da"],
                                             lines["“It saves two crews "], 2, 999])
    assert [block.text[:20] for block in article.body] == ["The first boat leave", "“We will watch the n"]
    # the quote that named its speaker went, so the one after it has no one to borrow "she" from
    assert [(quote.text, quote.speaker, quote.block_index) for quote in article.quotes] == [
        ("We will watch the numbers", None, 1)]
    assert article.left_out == [
        (lines["Win a weekend for tw"], "Win a weekend for two on the islands: enter our prize draw today."),
        (lines["The north pier at da"], "The north pier at dawn. | Photo: Jo Li/Harbor Times"),
        (lines["“It saves two crews "], "“It saves two crews a day,” said Ana Lima, the port director."),
    ]


def test_leaving_out_every_block_is_an_error():
    text = "Ferries go back to winter hours\n\nThe first boat leaves the north pier at six, the port said.\n"
    line = parse_article(text).body[0].line
    with pytest.raises(ParseError, match="every block of the story was left out"):
        parse_article(text, leave_out=[line])


def test_a_block_the_editor_turns_changes_kind_before_the_quotes_are_read():
    text = ("Ferries go back to winter hours\n\n"
            "The first boat leaves the north pier at six, an hour later than in summer, the port said.\n\n"
            "What the crews say.\n\n"
            "“It saves two crews a day,” said Ana Lima, the port director.\n\n"
            "Tickets stay valid\n\n"
            "“We will watch the numbers,” she said.\n")
    article = parse_article(text)
    kinds = {block.text[:20]: (block.kind, block.line) for block in article.body}
    assert [kind for kind, _ in kinds.values()] == ["paragraph", "paragraph", "paragraph", "subhead", "paragraph"]
    # (a number that starts no block, and a photo's or a related link's, is passed over)
    turned = parse_article(text, turn=[kinds["What the crews say."][1], kinds["Tickets stay valid"][1],
                                       kinds["“It saves two crews "][1], 2, 999])
    assert [(block.kind, block.text[:20]) for block in turned.body] == [
        ("paragraph", "The first boat leave"), ("subhead", "What the crews say."),
        ("subhead", "“It saves two crews "), ("paragraph", "Tickets stay valid"),
        ("paragraph", "“We will watch the n")]
    # a heading holds no quotation: the one made a subhead is no longer read, and "she" has no one
    assert [(quote.text, quote.speaker) for quote in article.quotes] == [
        ("It saves two crews a day", "Ana Lima"), ("We will watch the numbers", "Ana Lima")]
    assert [(quote.text, quote.speaker, quote.block_index) for quote in turned.quotes] == [
        ("We will watch the numbers", None, 4)]
    assert turned.left_out == article.left_out


def test_a_headline_the_editor_names_reads_the_story_from_there_and_leaves_out_what_stands_over_it():
    # (over the title, more prose than under it: the parser alone would read it as the story's)
    text = ("Harbor Ledger\nHome\nNews\n\n"
            "The first boat leaves the north pier at six, an hour later than in summer, the port said.\n\n"
            "Harbor board members voted on Monday to keep the winter timetable for another three years.\n\n"
            "The island school asked the port to keep an early boat for pupils, and the port agreed to it.\n\n"
            "Ferries go back to winter hours\n\n"
            "Tickets bought for the summer timetable stay valid until the end of the month.\n\n"
            "“It saves two crews a day,” said Ana Lima, the port director.\n")
    lines = text.split("\n")
    title = lines.index("Ferries go back to winter hours") + 1
    assert parse_article(text).headline != "Ferries go back to winter hours"
    article = parse_article(text, headline_line=title)
    assert article.headline == "Ferries go back to winter hours"
    assert [block.text[:20] for block in article.body] == ["Tickets bought for t", "“It saves two crews "]
    assert [(quote.text, quote.speaker) for quote in article.quotes] == [("It saves two crews a day", "Ana Lima")]
    above = lines.index("The first boat leaves the north pier at six, an hour later than in summer, the port said.") + 1
    assert (above, lines[above - 1]) in article.left_out
    # a line over it that belongs to the story is kept as any other line left out
    kept = parse_article(text, headline_line=title, keep=[above])
    assert [block.text[:20] for block in kept.body] == ["The first boat leave", "Tickets bought for t", "“It saves two crews "]
    assert [block.text[:20] for block in parse_article(text).body][:3] == [
        "The first boat leave", "Harbor board members", "The island school as"]
    for number in (0, lines.index("") + 1, len(lines) + 1):
        with pytest.raises(ParseError, match="to read as its headline"):
            parse_article(text, headline_line=number)


def test_a_name_the_editor_says_is_no_one_is_no_person_speaker_byline_or_photographer():
    text = ("Harbor club opens its season\n\nBy Jo Li\n\n"
            "Mr Al Roe, the club's chair, opened the season on the pier on Saturday.\n\n"
            "Beside him stood Captain Gull, the club's mascot, in a new coat.\n\n"
            "“The new boats arrive in May,” he said.\n\n"
            "Photo: the pier at dawn. | Sam Reed/Harbor Times\n")
    article = parse_article(text)
    assert [person.name for person in article.people] == ["Al Roe", "Gull", "Sam Reed"]
    assert [(quote.speaker, quote.confidence) for quote in article.quotes] == [("Gull", 0.65)]
    # the mascot is no one: the pronoun goes back to the person before it, less surely
    corrected = parse_article(text, not_people=["gull"])
    assert [person.name for person in corrected.people] == ["Al Roe", "Sam Reed"]
    assert [(quote.speaker, quote.confidence) for quote in corrected.quotes] == [("Al Roe", 0.4)]
    assert corrected.body == article.body and corrected.left_out == article.left_out
    # a byline's and a photographer's name likewise (the credit still names the photographer);
    # a name the parse never took for a person is passed over
    corrected = parse_article(text, not_people=["Jo  Li", "SAM REED", "Nobody Here"])
    assert corrected.bylines == [] and [person.name for person in corrected.people] == ["Al Roe", "Gull"]
    photo = corrected.body[-1]
    assert (photo.kind, photo.photographer, photo.credit) == ("image", None, "Sam Reed/Harbor Times")


def test_a_name_that_is_no_one_vouches_for_no_name_listed_beside_it():
    text = ("Harbor club opens its season\n\n"
            "Captain Gull, Nightjar Reed and Zeb Quarrel led the parade along the pier on Saturday.\n\n"
            "The club's boats followed them out into the bay.\n")
    # (an uncued pair with no common given name is a person only listed beside one, who may
    # have been listed beside one in turn)
    assert [person.name for person in parse_article(text).people] == ["Gull", "Nightjar Reed", "Zeb Quarrel"]
    assert [person.name for person in parse_article(text, not_people=["Nightjar Reed"]).people] == ["Gull"]
    assert parse_article(text, not_people=["Gull"]).people == []


def test_a_name_that_is_no_one_takes_its_surname_alone_and_its_longer_forms_with_it():
    text = ("Harbor club opens its season\n\n“We sail at noon,” said Zeb Quarrel. Mr Quarrel was at the helm.\n\n"
            "The crowd cheered for Nightjar Zeb Quarrel, who waved.\n\n“It was fine,” said Mayor Ana Lima.\n")
    assert [person.name for person in parse_article(text).people] == ["Zeb Quarrel", "Nightjar Zeb Quarrel", "Ana Lima"]
    # the club's ship is no one: nor is "Mr Quarrel", nor the name with a word before it
    corrected = parse_article(text, not_people=["Zeb Quarrel"])
    assert [person.name for person in corrected.people] == ["Ana Lima"]
    assert [quote.speaker for quote in corrected.quotes] == [None, "Ana Lima"]
