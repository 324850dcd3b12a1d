"""Other stories' cards and the page's promos set into the story's paragraphs."""

from articles.parsing.cards import cut_cards

from .stories import body_of

STORY = ("The council voted 5-2 on Tuesday to pass the plan for the new bridge over the river, "
         "after a debate that ran past midnight and drew more than a hundred residents.\n\n"
         "Work on the bridge starts in June and should end within two years, the mayor said, "
         "and the old crossing will stay open until the new one is ready for traffic.\n\n")
LAST = "Residents can see the plans at the library until the end of the month, the clerk said.\n"


def texts_of(text):
    return [block["text"] for block in body_of(text)]


def lines(*texts):
    return [(number, text) for number, text in enumerate(texts, 1)]


def test_a_hover_card_after_a_name_is_cut_out_of_the_sentence():
    line = ("Harbor Rep. Ana LimaAna Maria LimaFerry board doubles down on fares Harbor Watch: Council "
            "backs the bridge | Board names chief MORE (D) said the fares would rise again in March.")
    assert cut_cards(lines(line)) == lines("Harbor Rep. Ana Lima (D) said the fares would rise again in March.")


def test_a_name_glued_to_other_words_is_no_hover_card():
    # no repeat of the name, or no "MORE" link closing the card: the sentence stays whole
    line = "Rep. Ana LimaFerry board MORE fares rose, she said."
    assert cut_cards(lines(line)) == lines(line)
    line = "Rep. Ana LimaAna Maria Lima said the fares would rise again in March."
    assert cut_cards(lines(line)) == lines(line)


def test_a_share_box_after_a_sentence_is_cut_out():
    group = lines("Ferries carry more riders every year than the bridge ever did.Click To Tweet",
                  "The council wants both.")
    assert cut_cards(group) == lines("Ferries carry more riders every year than the bridge ever did.",
                                     "The council wants both.")


def test_a_promo_line_goes_and_a_short_exclamation_of_the_story_stays():
    assert cut_cards(lines("GET THE GUIDE: INSTANT DOWNLOAD!")) == []
    assert cut_cards(lines("Plan your ferry trip today – for FREE!")) == []
    assert cut_cards(lines("The ferry is back!")) == lines("The ferry is back!")
    assert cut_cards(lines("We won, we won, we finally won!")) == lines("We won, we won, we finally won!")


def test_a_card_lead_and_its_title_go_and_the_paragraph_under_them_stays():
    paragraph = "The harbor master said the ferry would run again on Friday."
    for lead in ("UpdatedFerry Fares Rise Again This Winter", "Also on example.com Ferry fares rise again this winter",
                 "Watch live: Council debates the ferry fares", "On example.com: Ferry fares rise again this winter"):
        assert cut_cards(lines(lead, paragraph)) == [(2, paragraph)]


def test_the_titles_under_a_live_link_go_with_it():
    group = lines("Watch live: Council debates the ferry fares", "5 things we learned from the hearing",
                  "Board says fares will stay for now")
    assert cut_cards(group) == []


def test_a_bracketed_related_link_goes():
    assert texts_of(STORY + "[Related: Ferry Fares Rise Again This Winter]\n\n" + LAST) == [
        *[paragraph for paragraph in STORY.split("\n\n") if paragraph], LAST.strip()]


def test_a_story_line_that_opens_with_a_word_like_a_lead_is_kept():
    line = "Updated figures from the board show fares rose twice this year."
    assert cut_cards(lines(line, "The mayor disagreed.")) == lines(line, "The mayor disagreed.")
    line = "Also on Tuesday, the board met to discuss the fares."
    assert cut_cards(lines(line)) == lines(line)
    line = "On example.com the board posted its fares: two dollars a ride."
    assert cut_cards(lines(line)) == lines(line)


def test_a_title_cut_short_after_a_comma_goes_from_over_the_paragraph():
    group = lines("Two ferries collide in the harbor,...", "The council voted on Tuesday to raise fares.")
    assert cut_cards(group) == group[1:]


def test_a_title_over_its_cut_short_standfirst_goes():
    group = lines("Ferry Fares Rise Again This Winter, Board Says",
                  "Riders who take the early boat to the city will pay a dollar more from March, and those")
    assert cut_cards(group) == []


def test_a_subhead_over_a_paragraph_of_the_story_is_kept():
    # the paragraph under the title-case line ends on a stop: it is the story's own
    group = lines("Ferry Fares Rise Again This Winter, Board Says",
                  "Riders who take the early boat to the city will pay a dollar more from March.")
    assert cut_cards(group) == group
    # a line of the story that runs on into the next keeps its place
    group = lines("The council voted on Tuesday to pass the plan for the new bridge over the river",
                  "After the debate the mayor thanked residents who came to speak at the meeting and")
    assert cut_cards(group) == group


def test_a_line_without_a_stop_over_a_dateline_goes():
    group = lines("Board halts the ferry fare rise", "(Wire)The council voted on Tuesday to raise fares.")
    assert cut_cards(group) == group[1:]
    group = lines("The council voted on Tuesday.", "(Wire) The mayor agreed.")
    assert cut_cards(group) == group


def test_a_card_glued_over_a_paragraph_goes_from_the_parsed_story():
    card = "Also on example.com Ferry fares rise again this winter\n"
    paragraph = "The harbor master said the ferry would run again on Friday, weather permitting.\n\n"
    texts = texts_of(STORY + card + paragraph + LAST)
    assert paragraph.strip() in texts and not any("example.com" in text for text in texts)


def test_a_title_with_its_link_glued_on_goes():
    paragraph = "The harbor master said the ferry would run again on Friday."
    for teaser in ("Ferry Fares Rise Again This WinterREAD MORE", "Council names a new harbor master Read more",
                   "Best deals of the week: lamps, books, rugs... Read on The Harbor Shop"):
        assert cut_cards(lines(teaser, paragraph)) == [(2, paragraph)]


def test_a_sentence_that_ends_with_read_more_stays():
    for line in ("The full report is on the council's site. Read more", "Residents said they wanted to read more"):
        assert cut_cards(lines(line)) == lines(line)
