"""Photo captions and credits."""

import pytest

from articles.parsing.captions import (
    credit_under_caption, is_caption_without_credit, is_credit_line, parse_credit, split_caption,
)
from articles.parsing.furniture import is_breadcrumb

from .stories import body_of


def test_split_caption_uses_the_last_separator():
    assert split_caption("Left | right side of a sign. | Ana Lima, Reuters") == (
        "Left | right side of a sign.", "Ana Lima, Reuters")
    assert split_caption("No credit here.") is None


@pytest.mark.parametrize("credit, photographer, agency", [
    ("Dana Whitcomb, Associated Press", "Dana Whitcomb", "Associated Press"),
    ("Omar Reyes for The Millbrook Courier", "Omar Reyes", "The Millbrook Courier"),
    ("Jane Doe for the Daily Ledger", "Jane Doe", "Daily Ledger"),
    ("Courtesy of the Harbor Museum", None, "Harbor Museum"),
    ("File photo, Associated Press", None, "Associated Press"),
    ("Photo: Keiko Tanaka/Reuters", "Keiko Tanaka", "Reuters"),
    ("Samir Haddad/Getty Images", "Samir Haddad", "Getty Images"),
    ("AP Photo/David Zalubowski", "David Zalubowski", "AP"),
    ("Photo by Lucia Ferreira", "Lucia Ferreira", None),
    ("Lucia Ferreira", "Lucia Ferreira", None),
    ("Reuters", None, "Reuters"),
    ("Getty Images", None, "Getty Images"),
    ("NASA/Kim Shiflett", "Kim Shiflett", "NASA"),
    ("Ana Lima via Reuters", "Ana Lima", "Reuters"),
    ("City of Riverton", None, "City of Riverton"),
    ("Lena Ostrowski/Bloomberg via Getty Images", "Lena Ostrowski", "Bloomberg via Getty Images"),
    ("Photo by Jo Benedetti/Portland Press Herald via Getty Images", "Jo Benedetti",
     "Portland Press Herald via Getty Images"),
    ("Illustration by NASA, ESA, CSA, Renata Kowal (STScI)", "Renata Kowal", "NASA"),
    ("Courtesy of Entergy Louisiana", None, "Entergy Louisiana"),
    ("Courtesy of Ana Lima", "Ana Lima", None),
    ("Credit...Ana Lima/The Ledger", "Ana Lima", "The Ledger"),
    ("© Reuters", None, "Reuters"),
    ("Photograph: Lena Park/Harbor Daily", "Lena Park", "Harbor Daily"),
    ("Mia Bay/Getty Images", "Mia Bay", "Getty Images"),
    ("Hyde Park/Reuters", None, "Hyde Park"),
    ("Grace Media/AP", None, "Grace Media"),
    ("Foto: Jo Weber/dpa", "Jo Weber", "dpa"), ("Imagen: Ana Ruiz/EFE", "Ana Ruiz", "EFE"),
    ("Pictured: the harbor", None, "Pictured: the harbor"), ("CreditAna Lima", "Ana Lima", None),
])
def test_parse_credit(credit, photographer, agency):
    assert parse_credit(credit) == (photographer, agency)


def test_a_labelled_caption_with_a_credit_is_still_an_image():
    body = body_of("The council voted.\n\nIMAGE: The council chamber. | Ana Lima/Ledger\n")
    assert body[1]["type"] == "image" and body[1]["caption"] == "IMAGE: The council chamber."


def test_caption_line_becomes_an_image_block():
    text = "The council voted.\n\nCrews repave Main Street on Monday. | Ana Lima, Deseret News\n"
    assert body_of(text)[1] == {
        "type": "image",
        "caption": "Crews repave Main Street on Monday.",
        "credit": "Ana Lima, Deseret News",
        "photographer": "Ana Lima",
        "agency": "Deseret News",
    }


@pytest.mark.parametrize("line, expected", [
    ("A woman walks along the seafront. Photograph: Sian Pritchard/PA Wire",
     ("A woman walks along the seafront.", "Photograph: Sian Pritchard/PA Wire")),
    ("Crews clear the road near the dam (Photo by Jo Li/Getty Images)",
     ("Crews clear the road near the dam", "Photo by Jo Li/Getty Images")),
    ("The council chamber on Tuesday. Image: Reuters", ("The council chamber on Tuesday.", "Image: Reuters")),
    # an agency whose name holds a credit word of its own
    ("A photo finish at the regatta. Photograph: Pia Lund/Harbor Photo Agency",
     ("A photo finish at the regatta.", "Photograph: Pia Lund/Harbor Photo Agency")),
    ("Shoppers in Brussels. | File photo, Reuters", ("Shoppers in Brussels.", "File photo, Reuters")),
    ("Crews repave Main Street on Monday. (Ana Lima/AP)", ("Crews repave Main Street on Monday.", "Ana Lima/AP")),
    ("The mayor at the ribbon cutting (AFP)", ("The mayor at the ribbon cutting", "AFP")),
    ("Troops leave the base near the river [File: Reuters]",
     ("Troops leave the base near the river", "File: Reuters")),
    ("Workers expected to receive notice this week (Credit: iStock)",
     ("Workers expected to receive notice this week", "Credit: iStock")),
    ("A map of the moon's lakes. (NASA/JPL-Caltech)", ("A map of the moon's lakes.", "NASA/JPL-Caltech")),
    ("The mayor at the rally last week.Credit...Ana Lima/The Ledger",
     ("The mayor at the rally last week.", "Credit...Ana Lima/The Ledger")),
    ("Crews at the dam on Thursday Credit: Tom Reyes/AFP", ("Crews at the dam on Thursday", "Credit: Tom Reyes/AFP")),
    ("Traders on the floor in New York on Monday. REUTERS/Ana Lima",
     ("Traders on the floor in New York on Monday.", "REUTERS/Ana Lima")),
    ("The senator speaks at the Capitol on July 25, 2025.J. Ana Lima / AP file",
     ("The senator speaks at the Capitol on July 25, 2025.", "J. Ana Lima / AP file")),
    ("A cyclist rides past the blocked plant on Tuesday. © Reuters",
     ("A cyclist rides past the blocked plant on Tuesday.", "© Reuters")),
    # the caption holds brackets of its own: the credit is the last bracket
    ("Harbor City's Ana Lima (29) shoots past goalkeeper Tom Reyes (30 during the second period, "
     "Tuesday, Nov. 19, 2024. (AP Photo/Jo Park)",
     ("Harbor City's Ana Lima (29) shoots past goalkeeper Tom Reyes (30 during the second period, "
      "Tuesday, Nov. 19, 2024.", "AP Photo/Jo Park")),
    ("Gas (shown in red) leaves the young galaxy. (Image credit: Harbor Observatory)",
     ("Gas (shown in red) leaves the young galaxy.", "Image credit: Harbor Observatory")),
    # the agency set again right after the bracket
    ("Can a pillow make you ill? (Photo: Getty Images)GETTY", ("Can a pillow make you ill?", "Photo: Getty Images")),
    # the caption's stop set after its credit
    ("Jo Li celebrates the win in Harbor City. Photograph by Ana Ruiz / AFP.",
     ("Jo Li celebrates the win in Harbor City.", "Photograph by Ana Ruiz / AFP")),
    # a credit labelled in another language
    ("Der Anleger stammt aus dem Jahr 1961. Foto: Jo Weber/dpa",
     ("Der Anleger stammt aus dem Jahr 1961.", "Foto: Jo Weber/dpa")),
    ("El muelle data de 1961. Imagen: Ana Ruiz/EFE", ("El muelle data de 1961.", "Imagen: Ana Ruiz/EFE")),
])
def test_split_caption_reads_run_on_and_barred_credits(line, expected):
    assert split_caption(line) == expected


@pytest.mark.parametrize("line", [
    "Jo Li | May 3, 2025 10:41 AM",
    "Update | Council delays the vote on the budget",
    "Published Thu, Feb 13 2025 | Updated Fri, Feb 14 2025",
    "She said the photo: it was taken in 2019 by a friend",
    "Sen. Ana Lima voted against the bill (R-Texas)",
    "About a third of the replies said the same (1/3 of them)",
    "Die Akte ist das Kernthema der Kliniken (ePA)",
    "the paragraph ends with the agency (AP)",
    "The vote was 5-2. Council/Mayor",
    "He said it was fine. The rest is history and/or myth",
    "The council (all nine members) approved the plan (R-Texas)",
    "The council (all nine members) met on Monday. (Photo: Harbor News)UPDATED",
    # a byline's row of particulars, the last one a label
    "By Ana Lima | March 4, 2031 -- 19:14 GMT | Topic: Harbor",
    "By Ana Lima | Harbor Gazette",
    # a photo's word in another language, with no label's colon after it
    "Das Bild zeigt den Hafen im Jahr 1961 bei Nacht.", "Die Fähre fuhr. Bilder Jo Weber",
])
def test_a_bar_or_a_colon_without_a_credit_is_no_caption(line):
    assert split_caption(line) is None


def test_a_line_set_apart_over_a_credit_line_is_its_caption():
    text = ("The council voted on Tuesday.\n\nCrews repave Main Street on Monday.\nPhoto: Ana Lima, AP\n\n"
            "Work starts in June.\n")
    assert body_of(text)[1] == {"type": "image", "caption": "Crews repave Main Street on Monday.",
                                "credit": "Photo: Ana Lima, AP", "photographer": "Ana Lima", "agency": "AP"}
    assert [b["type"] for b in body_of(text)] == ["paragraph", "image", "paragraph"]


@pytest.mark.parametrize("credit", ["Bild: zvg", "Foto: cedida"])
def test_a_credit_saying_the_photo_was_supplied_makes_a_caption(credit):
    text = f"The council voted on Tuesday.\n\nThe club's president with the signatures.\n{credit}\n\nWork starts in June.\n"
    assert [b["type"] for b in body_of(text)] == ["paragraph", "image", "paragraph"]


@pytest.mark.parametrize("text", [
    # the last line of a paragraph, or a gallery's link under a title, is no caption
    "The council voted on Tuesday.\nWork on the road starts in June.\nPhoto: Ana Lima, AP\n",
    "The council voted on Tuesday.\n\nBest of the county fair 2025\nPhotos: the fair through the years\n",
])
def test_a_credit_line_makes_no_caption_of_a_paragraph_or_a_link(text):
    assert "image" not in [b["type"] for b in body_of(text)]


@pytest.mark.parametrize("line", [
    "Jo Li, left, and Al Roe shake hands at the harbor on Tuesday.",
    "Jo Li thanks the crews on Monday. Her deputy, Al Roe, second from left, also spoke.",
    "Council member Ann Roe (right) talks with residents after the vote",
    "Image caption Crews clear the road near the bridge on Monday",
    "Photo: Jo Li greets voters at the market in Alder Creek",
    "Crews clear the road near the old bridge after the storm on Monday ... more",
    "Crews clear the road near the old bridge after the storm on Monday. less",
    "This May 2, 2029, file photo, provided by the county sheriff's office, shows Al Roe.",
    "In this undated image released by the port authority, crews clear the quay.",
    "This satellite image from the weather service shows smoke over the valley on Nov. 3.",
    "Above: The new library on Harbor Street.",
    "A man rides a donkey past the old mill (background) on Nov. 19, 2024.",
    "Media captionJo Li speaks to reporters outside the court",
    "Singer Jo Li arrives at the awards in Harbor City, in this June 3, 2031, file photo.",
    "Jo Li greets voters in Harbor City, in this undated handout photo.",
    # a photo's kicker over who is in it and what they do, with no stop
    "Hard graft: Harbor United's Jo Li heads the ball clear of the goal line",
    "Not going quietly: Ferry Co's Al Roe, doesn't think the fare war is over",
])
def test_a_caption_without_a_credit_is_known_by_its_label_toggle_or_places(line):
    assert is_caption_without_credit(line)


@pytest.mark.parametrize("line", [
    "Senator Jo Li (R) voted against the bill on Tuesday.",
    "The money left, and the plant closed within a year.",
    "Photo: Jo Li/AP",
    "She turned left at the corner and walked to the harbor.",
    "This picture of the economy is too rosy, the mayor said on Monday.",
    "This image problem has dogged the council for years, and the vote shows it.",
    "Above all, the council wants the bridge finished before winter.",
    "The old mill stood in the background of every photo of the town.",
    "Media captions are written by the desk, the editor said.",
    "She kept the letter in a file photo album.", "The council voted to buy a file photo.",
    "Nobody had seen him since he appeared in this photo.",
    # a kicker over a subhead, another story's title, a field or a sentence
    "Analysis: what the vote means for the harbor", "Reports: Harbor ferry fares rise to a record",
    "True confession: I had to learn the hard way", "Squad: Jo Li (captain), Al Roe, Ann Weber, Tom Reyes",
    "No change: Jo Li will stay at the harbor board", "Update: Jo Li takes the chair of the harbor board.",
    "Harbor United's Jo Li heads the ball clear of the goal line",
])
def test_story_lines_and_credits_are_not_uncredited_captions(line):
    assert not is_caption_without_credit(line)


def test_a_kickers_caption_over_a_paragraph_goes_and_the_paragraph_stays():
    story = "The two sides met at the harbor ground on a wet Saturday."
    caption = "Hard graft: Harbor United's Jo Li heads the ball clear of the goal line"
    after = '"We held on," said Al Roe, the manager, after the match.'
    assert [b["text"] for b in body_of(f"{story}\n\n{caption}\n{after}\n")] == [story, after]


def test_a_dated_caption_under_a_photo_viewers_label_goes():
    caption = ("Crews clear the quay at Harbor Point, Friday, Jan. 18, 2031. A storm tore the roof off the "
               "ferry shed overnight, the port said.")
    story = "HARBOR CITY — The port reopened on Saturday after a night of storms."
    assert [b["text"] for b in body_of(f"Click photo to enlarge\n{caption}\n{story}\n")] == [story]


@pytest.mark.parametrize("text, kept", [
    # the story's first line under the label dates nothing; a story's sentence ending on a date
    # has no viewer's label over it
    ("Click photo to enlarge\nHARBOR CITY — The port reopened on Saturday after a night of storms.\n",
     "HARBOR CITY — The port reopened"),
    ("The port reopened on Saturday.\n\nThe new fares took effect on Friday, Jan. 18, 2031. Riders paid more.\n",
     "The new fares took effect on Friday, Jan. 18, 2031."),
])
def test_a_story_line_under_a_viewers_label_or_ending_on_a_date_stays(text, kept):
    assert kept in " ".join(b["text"] for b in body_of(text))


def test_an_uncredited_caption_standing_alone_goes_but_a_wrapped_line_stays():
    caption = "Jo Li, left, and Al Roe shake hands at the harbor on Tuesday."
    story = "The two leaders met at the harbor on Tuesday to sign the deal."
    assert [b["text"] for b in body_of(f"{caption}\n{story}\n\nWork starts in June.\n")] == [
        story, "Work starts in June."]
    wrapped = f"{story}\n\nThey went on to the hall, where\nJo Li, left, and Al Roe shook hands.\n"
    assert "Jo Li, left, and Al Roe shook hands." in " ".join(b["text"] for b in body_of(wrapped))


@pytest.mark.parametrize("line, caption, credit", [
    ("Ana Lima Submitted photo", "Ana Lima", "Submitted photo"),
    ("The old mill on the river, file photo", "The old mill on the river", "file photo"),
    ("Crews clear the road near the bridge (Image: harbor news )", "Crews clear the road near the bridge",
     "Image: harbor news"),
])
def test_a_caption_with_where_its_photo_came_from_is_split(line, caption, credit):
    assert split_caption(line) == (caption, credit)


@pytest.mark.parametrize("line, caption, credit", [
    ("STAFF PHOTO BY JO LIAl Roe waves from the ferry at Harbor Point", "Al Roe waves from the ferry at Harbor Point",
     "STAFF PHOTO BY JO LI"),
    ("STAFF PHOTO BY ANA DeLIMASlade, Ann and Tom Roe", "Slade, Ann and Tom Roe", "STAFF PHOTO BY ANA DeLIMA"),
    ("PHOTO BY JO LI Al Roe waves from the ferry", "Al Roe waves from the ferry", "PHOTO BY JO LI"),
])
def test_a_credit_in_capitals_opening_the_caption_is_split(line, caption, credit):
    assert split_caption(line) == (caption, credit)


@pytest.mark.parametrize("line", [
    "Photo by Jo Li Al Roe waves from the ferry", "STAFF PHOTO BY JO LI", "PHOTO BY JO LI AT THE HARBOR",
])
def test_a_credit_in_capitals_alone_or_in_any_case_is_not_split_off(line):
    assert split_caption(line) is None


def test_a_sentence_ending_in_file_words_is_not_a_caption():
    assert split_caption("The clerk kept a photo in the file") is None


def test_a_credit_glued_to_the_captions_last_word_is_split():
    assert split_caption("Crews clear the road near the old bridgeCredit: Harbor News") == (
        "Crews clear the road near the old bridge", "Credit: Harbor News")


@pytest.mark.parametrize("credit", [
    "Ana Lima, AP", "Harbor County Registry via AP", "Ana Lima | Bloomberg | Getty Images", "Photo by Ana Lima",
])
def test_an_agency_after_a_name_or_photo_by_is_a_credit_under_a_caption(credit):
    assert credit_under_caption(credit) == credit
    text = f"The council voted on Tuesday.\n\nCrews repave Main Street on Monday.\n{credit}\n\nWork starts in June.\n"
    assert [(b["type"], b.get("credit")) for b in body_of(text)] == [
        ("paragraph", None), ("image", credit), ("paragraph", None)]


@pytest.mark.parametrize("line", ["Springfield, Ill.", "Ana Lima, Tom Reyes", "Photo by the river", "Ana Lima, The Ledger"])
def test_a_place_or_names_without_an_agency_is_no_credit_under_a_caption(line):
    assert credit_under_caption(line) is None


def test_a_signed_credit_makes_no_caption_of_a_paragraphs_last_line():
    text = "The council voted on Tuesday.\nWork on the road starts in June.\nAna Lima, AP\n"
    assert "image" not in [b["type"] for b in body_of(text)]
    assert "Work on the road starts in June." in " ".join(b["text"] for b in body_of(text))


def test_a_gallery_caption_and_its_copy_over_a_credit_are_one_image():
    full = "Ana Lima greets voters at the market in Alder Creek, Tuesday, Nov. 19, 2024, before the vote. less"
    short = "Ana Lima greets voters at the market in Alder Creek, Tuesday, Nov. 19, 2024, ... more"
    text = f"The council voted on Tuesday.\n\nImage 1 of 5\n{full}\n{short}\nPhoto: Jo Park, AP\n\nWork starts in June.\n"
    body = body_of(text)
    assert [b["type"] for b in body] == ["paragraph", "image", "paragraph"]
    assert body[1]["caption"] == full and body[1]["credit"] == "Photo: Jo Park, AP"


def test_two_story_lines_that_open_alike_over_a_credit_stay_story():
    first = "The council voted on Tuesday to repave Main Street before the winter storms."
    second = "The council voted on Tuesday to repave Main Street and then adjourned."
    text = f"The vote came late.\n{first}\n{second}\nPhoto: Jo Park, AP\n\nWork starts in June.\n"
    kept = " ".join(b["text"] for b in body_of(text) if b["type"] == "paragraph")
    assert first in kept and second in kept


@pytest.mark.parametrize("above", ["Image 1 of 5", "Share"])
def test_a_caption_under_page_furniture_over_a_credit_is_an_image(above):
    text = (f"The council voted on Tuesday.\n\n{above}\nCrews repave Main Street on Monday.\nPhoto: Jo Park, AP\n\n"
            "Work starts in June.\n")
    assert [b["type"] for b in body_of(text)] == ["paragraph", "image", "paragraph"]


def test_a_credit_label_between_caption_and_credit_is_skipped():
    text = "The council voted on Tuesday.\n\nCrews repave Main Street on Monday.\nCredit...\nAna Lima/The Ledger\n\nWork starts in June.\n"
    body = body_of(text)
    assert [b["type"] for b in body] == ["paragraph", "image", "paragraph"]
    assert body[1]["credit"] == "Ana Lima/The Ledger"


def test_a_labelled_caption_under_its_credit_goes_but_the_story_under_it_stays():
    story = "Ana Lima was due to be released from the harbor jail in September."
    text = (f"The council voted on Tuesday.\n\nImage copyright Reuters\nImage caption Ana Lima waves outside "
            f"the court in Harbor City\n{story}\n\nMedia captionAna Lima speaks to reporters on the steps\n"
            "\"We will appeal,\" she said.\n")
    texts = [b["text"] for b in body_of(text)]
    assert texts == ["The council voted on Tuesday.", story, "\"We will appeal,\" she said."]


def test_a_story_line_under_a_credit_line_stays():
    story = "Crews cleared the road near the old bridge on Monday."
    text = f"The council voted on Tuesday.\n\nImage copyright Reuters\n{story}\n\nWork starts in June.\n"
    assert story in [b["text"] for b in body_of(text)]


@pytest.mark.parametrize("credit", ["Harbor Survey", "STATWORKS"])
def test_a_source_named_alone_under_a_caption_over_the_story_is_its_credit(credit):
    story = "Crews cleared the road near the old bridge on Monday, and the ferry ran again by noon."
    text = f"The council voted on Tuesday.\n\nAir over the bay stays hazy this week.\n{credit}\n{story}\n\nWork starts in June.\n"
    body = body_of(text)
    assert [b["type"] for b in body] == ["paragraph", "image", "paragraph", "paragraph"]
    assert body[1]["credit"] == credit and body[2]["text"] == story


def test_a_subhead_between_a_short_paragraph_and_the_story_stays_story():
    story = "Crews cleared the road near the old bridge on Monday, and the ferry ran again by noon."
    text = f"The council voted on Tuesday.\n\nThe vote was close.\nThe Road Ahead\n{story}\n\nWork starts in June.\n"
    kept = " ".join(b["text"] for b in body_of(text) if b["type"] != "image")
    assert "The vote was close." in kept and story in kept


def test_a_long_caption_with_a_labelled_credit_goes_and_the_story_under_it_stays():
    key = "; ".join(f"({n}) bay number {n} with its own crane and store" for n in range(1, 20))
    caption = f"The layout of the new ferry terminal: {key}. Credit: Harbor Board"
    story = "Work on the terminal starts in June, the board said."
    body = body_of(f"The council voted on Tuesday.\n\n{caption}\n{story}\n")
    assert [b["type"] for b in body] == ["paragraph", "image", "paragraph"]
    assert body[1]["credit"] == "Credit: Harbor Board" and body[2]["text"] == story


def test_a_labelled_credit_may_hold_an_ordinal():
    assert split_caption("Ana Lima in a still from the film. Credit: 21st Street Pictures") == (
        "Ana Lima in a still from the film.", "Credit: 21st Street Pictures")
    assert split_caption("The vote is set for the 21st of May.") is None


def test_a_gallerys_slides_go_with_their_captions_and_credits():
    slides = "".join(f"{n}/12 Ferry news number {n}\nThe ferry board met for the {n} time this year.\n\nJo Li/Reuters\n\n"
                     for n in range(1, 4))
    story = "The council voted on Tuesday."
    body = body_of(f"{story}\n\n{slides}Work starts in June.\n")
    assert [b["text"] for b in body] == [story, "Work starts in June."]


@pytest.mark.parametrize("lines", [
    "1/2 cup of flour\n3/4 cup of sugar\n",
    "12/26 A reader wrote in about the ferry.\n12/26 Another reader wrote in too.\n",
    "9/11 changed the harbor's security rules for good.\n",
])
def test_fractions_dates_and_a_lone_counter_are_no_gallery(lines):
    text = f"The council voted on Tuesday.\n\n{lines}\nWork starts in June.\n"
    kept = " ".join(b["text"] for b in body_of(text))
    assert all(line in kept for line in lines.splitlines())


_STORY_ABOVE = "The harbor board met on Tuesday to weigh the dredging plan for the north channel.\n\n"
_STORY_BELOW = "\n\nMembers said the work would start in spring if the state grant comes through.\n"


@pytest.mark.parametrize("line, caption, credit", [
    ("The rebuilt pier lamps seen from the ferry deck via Harborlight", "The rebuilt pier lamps seen from the ferry deck",
     "Harborlight"),
    ("Lanterns over the old fish market, evening views, photos © Tomas Brandt, 2018",
     "Lanterns over the old fish market, evening views", "photos © Tomas Brandt, 2018"),
])
def test_a_caption_set_apart_with_a_via_or_copyright_credit_is_an_image(line, caption, credit):
    body = body_of(_STORY_ABOVE + line + _STORY_BELOW)
    assert [block["type"] for block in body] == ["paragraph", "image", "paragraph"]
    assert (body[1]["caption"], body[1]["credit"]) == (caption, credit)


@pytest.mark.parametrize("line", [
    "Getting to the island via Portsmouth",  # a short subhead
    "The ferry runs twice a day between the islands via Portsmouth.",  # a sentence
])
def test_a_story_line_ending_on_via_a_place_stays(line):
    texts = [block.get("text") for block in body_of(_STORY_ABOVE + line + _STORY_BELOW)]
    assert line in texts


def test_a_via_credit_inside_a_paragraph_is_story_text():
    text = ("The harbor board met on Tuesday to weigh the dredging plan, which would send barges\n"
            "from the north channel to the old quarry at Wexley via Portsmouth\n"
            "and back again twice a week.\n")
    assert [block["type"] for block in body_of(text)] == ["paragraph"]


def test_a_caption_cut_short_with_an_expand_button_and_glued_credit_is_an_image():
    text = ("The harbor board met on Tuesday to weigh the dredging plan for the north channel.\n\n"
            "Barges wait at the quarry dock. If the tide is low, crews can try one ... [+]HARBOR PRESS\n"
            "Members said the work would start in spring if the state grant comes through.\n")
    body = body_of(text)
    assert [block["type"] for block in body] == ["paragraph", "image", "paragraph"]
    assert body[1]["credit"] == "HARBOR PRESS"


def test_a_caption_cut_short_with_an_expand_button_goes():
    text = _STORY_ABOVE + "Barges wait at the quarry dock. If the tide is low, crews can try one ... [+]" + _STORY_BELOW
    assert [block["type"] for block in body_of(text)] == ["paragraph", "paragraph"]


def test_a_video_caption_goes_and_a_video_sentence_stays():
    caption = "Video: In this talk at the harbor forum, Mara Quist explains how the channel silts up"
    assert [block["type"] for block in body_of(_STORY_ABOVE + caption + _STORY_BELOW)] == ["paragraph", "paragraph"]
    sentence = "Video of the meeting shows members arguing over the dredging plan for an hour."
    assert sentence in [block.get("text") for block in body_of(_STORY_ABOVE + sentence + _STORY_BELOW)]


@pytest.mark.parametrize("line, expected", [
    ("Source: Harbor Survey Office, October 25, 2019", True),
    ("Sources: Harbor Survey Office", True),
    ("Source: the survey office said the channel is silting up", False),
    ("Sources say the board will vote in May", False),
])
def test_a_source_line_is_a_credit(line, expected):
    assert is_credit_line(line) is expected


@pytest.mark.parametrize("line, expected", [
    # capitalised words a name's rules do not know as one ("Park" is also a place), vouched for
    # by a wire service after the slash
    ("Jo Park/Reuters", True), ("Jo Park / AFP", True), ("Jo Park/Getty Images", True),
    ("Jo Park/Harbor Times", False), ("Jo Park/Photo", False), ("the harbor/Reuters", False), ("Either/Or", False),
])
def test_capitalised_words_over_a_wire_service_are_a_credit(line, expected):
    assert is_credit_line(line) is expected


def test_an_uncredited_caption_under_its_photos_credit_goes():
    caption = "Singer Jo Li arrives at the awards in Harbor City, in this June 3, 2031, file photo."
    story = "Jo Li appeared in court on Friday to face the charges, her lawyer said."
    lede = "The singer's husband was charged with assault in March, the police said."
    text = f"{lede}\n\nTavik Oresand, file\n{caption}\n{story}\n\nThe hearing resumes in May.\n"
    texts = [b["text"] for b in body_of(text)]
    assert caption not in texts and story in texts
    # a wrapped paragraph's line that leads into the caption's words keeps them
    wrapped = f"{story}\n\nThe court heard she was at\nthe awards in Harbor City, in this June 3, 2031, file photo.\n"
    assert "file photo." in " ".join(b["text"] for b in body_of(wrapped))


@pytest.mark.parametrize("credit", ["Getty Images", "PA Media"])
def test_a_caption_right_under_its_photos_credit_is_an_image(credit):
    # the credit a page prints on the photo, its caption with no stop, the story's first line
    caption = "Rescuers search the harbor near the old pier at dawn"
    text = f"Ferry sinks off the point\n\nAna Lima\n{credit}\n{caption}\n" \
           "The ferry sank on Sunday night with forty people aboard, the coastguard said.\nThe search goes on.\n"
    body = body_of(text)
    assert [b["type"] for b in body] == ["image", "paragraph", "paragraph"]
    assert (body[0]["caption"], body[0]["credit"]) == (caption, credit)


@pytest.mark.parametrize("line", [
    # a wire's name over the story's lead, which ends on a stop; a label over a short subhead
    "Rescuers searched the harbor near the old pier at dawn on Monday.",
    "Rescue at the old pier",
])
def test_a_story_line_under_a_wire_services_name_is_no_caption(line):
    text = f"Ferry sinks off the point\n\nReuters\n{line}\n" \
           "The ferry sank on Sunday night with forty people aboard, the coastguard said.\nThe search goes on.\n"
    assert "image" not in [b["type"] for b in body_of(text)]


def test_a_caption_set_apart_under_its_photos_credit_is_an_image():
    caption = "Rescuers search the harbor near the old pier at dawn on Monday"
    text = f"The ferry sank on Sunday night.\n\n\nAna Lima/Reuters\n\n{caption}\n\nThe search goes on today.\n"
    body = body_of(text)
    assert [b["type"] for b in body] == ["paragraph", "image", "paragraph"]
    assert (body[1]["caption"], body[1]["credit"]) == (caption, "Ana Lima/Reuters")


@pytest.mark.parametrize("line", [
    # the story's paragraphs under a photo's credit: a sentence that ends, two sentences, a
    # numbered subhead, a subhead
    "Rescuers searched the harbor near the old pier at dawn on Monday.",
    "Rescuers searched the harbor at dawn. They found the ferry's bell near the old pier [map]",
    "6. Rescuers search the harbor near the old pier at dawn",
    "The search at the pier",
])
def test_a_story_line_under_a_credit_set_apart_is_no_caption(line):
    text = f"The ferry sank on Sunday night.\n\nAna Lima/Reuters\n\n{line}\n\nThe search goes on today.\n"
    assert line in [b["text"] for b in body_of(text)]


def test_a_line_under_a_credit_with_a_line_right_under_it_is_no_caption():
    line = "Rescuers search the harbor near the old pier at dawn on Monday"
    text = f"The ferry sank on Sunday night.\n\nAna Lima/Reuters\n\n{line}\nand found the bell.\n\nThe search goes on.\n"
    assert "image" not in [b["type"] for b in body_of(text)]


def test_a_galleries_counter_before_a_caption_goes_and_its_copy_under_a_counter_in_brackets_is_furniture():
    caption = "Crews board the first ferry at the north pier in Harbor City, Oregon, U.S., December 1, 2031."
    text = (f"Item 1 of 2 {caption} HARBOR WIRE/Ana Lima\n"
            f"[1/2]{caption} HARBOR WIRE/Ana Lima Purchase Licensing Rights, opens new tab\n"
            "HARBOR CITY, Oregon, Dec 1 (Harbor Wire) - The council voted to raise ferry fares by 15% from March.\n"
            "The increase is the first in six years, the council said.\n")
    body = body_of(text)
    assert [(b["type"], b.get("caption"), b.get("credit")) for b in body][0] == ("image", caption, "HARBOR WIRE/Ana Lima")
    assert [b["text"] for b in body[1:]] == [
        "HARBOR CITY, Oregon, Dec 1 (Harbor Wire) - The council voted to raise ferry fares by 15% from March.",
        "The increase is the first in six years, the council said."]


@pytest.mark.parametrize("line, caption, credit", [
    ("A drill crew bores a test well behind the library. Each hole reaches 600 feet. Jo Okonkwo for The Meridian",
     "A drill crew bores a test well behind the library. Each hole reaches 600 feet.", "Jo Okonkwo for The Meridian"),
    ("He thanked the crowd on Main Street. Maria Lopez for the Houston Chronicle", "He thanked the crowd on Main"
     " Street.", "Maria Lopez for the Houston Chronicle"),
])
def test_a_photographer_the_paper_hired_is_the_captions_credit(line, caption, credit):
    assert split_caption(line) == (caption, credit)


@pytest.mark.parametrize("line", [
    "The council voted on Tuesday. Residents asked for more time. Jane Smith for Mayor",  # a sign
    "She hoped to run again. Then she said: Not me for Congress",
])
def test_a_name_for_an_office_is_no_credit(line):
    assert split_caption(line) is None


@pytest.mark.parametrize("credit, photographer, agency", [
    ("© SCL", None, "SCL"), ("© Jo Li", "Jo Li", None), ("Photo LCV/T.V.", None, "LCV"),
])
def test_a_caption_right_under_a_whole_paragraph_over_a_credit_in_more_forms_is_a_photo(credit, photographer, agency):
    paragraph = ("Anissa Lambrecht brengt elke ochtend haar twee zonen met de bakfiets naar school. Zij stond op de"
                 " bewuste ochtend aan de schoolpoort toen het misliep.")  # (longer than a wrapped line)
    text = (f"Schoolstraat\n\nDe gemeente sluit de straat voor auto's.\n{paragraph}\nVrijwilligers testten woensdag al"
            f" de hekken in de Kerkwegel.\n{credit}\nDe schoolstraat gaat na de krokusvakantie in, zei de schepen.\n")
    images = [block for block in body_of(text) if block["type"] == "image"]
    assert [(image["caption"], image["photographer"], image["agency"]) for image in images] == [
        ("Vrijwilligers testten woensdag al de hekken in de Kerkwegel.", photographer, agency)]


@pytest.mark.parametrize("line", ["© 2025 Harbour News", "© RIPRODUZIONE RISERVATA", "© All rights reserved"])
def test_a_copyright_line_is_no_photo_s_credit(line):
    assert not is_credit_line(line)


@pytest.mark.parametrize("credit, expected", [
    ("© Talbacher Rundschau/Valentin Brenner", ("Valentin Brenner", "Talbacher Rundschau")),  # the paper first
    ("© Marie Kessler/Bildwerk Nord", ("Marie Kessler", "Bildwerk Nord")),
    ("Jo Li/AP", ("Jo Li", "AP")),
])
def test_of_two_name_shaped_parts_of_a_credit_the_one_opening_on_a_given_name_is_the_photographer(credit, expected):
    assert parse_credit(credit) == expected


@pytest.mark.parametrize("line", ["LOCAL NEWS | CITY HALL", "CANADA | NFLD. & LABRADOR"])
def test_a_sections_labels_in_capitals_between_bars_are_a_breadcrumb_not_a_caption(line):
    assert split_caption(line) is None and is_breadcrumb(line)


@pytest.mark.parametrize("line, caption, credit", [
    ("Anrainerin Jo Url zeigt, wie hoch das Wasser im Keller stand. (Foto: Sabine Hofer-Kainz)",
     "Anrainerin Jo Url zeigt, wie hoch das Wasser im Keller stand.", "Foto: Sabine Hofer-Kainz"),
    ("Los jugadores levantan la copa ante su gente. Crédito: Lucía Berrueta",
     "Los jugadores levantan la copa ante su gente.", "Crédito: Lucía Berrueta"),
    # (a paper's name may open on its article in lower case)
    ("Il gregge riportato a valle lunedì, con tre settimane di anticipo. © il Sentiero / Paolo Regazzoni",
     "Il gregge riportato a valle lunedì, con tre settimane di anticipo.", "© il Sentiero / Paolo Regazzoni"),
])
def test_a_credit_in_another_language_run_on_after_its_caption(line, caption, credit):
    assert split_caption(line) == (caption, credit)


@pytest.mark.parametrize("credit, parts", [
    ("foto: Dwarsland Nieuws/Harm Bosman", ("Harm Bosman", "Dwarsland Nieuws")),  # (a news word names the paper)
    ("Crédito: Prensa Poder Judicial", (None, "Prensa Poder Judicial")),
])
def test_a_papers_or_a_press_offices_name_is_no_photographer(credit, parts):
    assert parse_credit(credit) == parts
