"""Other stories' cards and the page's promos set into a paragraph's lines.

A page sets cards into the story: another story's title over its standfirst, a person's
hover card (the name again, the person's latest headlines, "MORE"), a box pitching a
download. Copied with the story, a card's lines run on into the paragraph next to them,
as they have no blank line between. These rules read one paragraph's lines: where the
card stands inside a line of story prose, the card's words go and the sentence stays;
a line that is all card goes.
"""

import re

from .text import has_terminal_punctuation, in_title_case


# A hover card after a name: "Gov. Ana LimaAna Maria LimaFerry board doubles down on fares
# Harbor Watch: … MORE (D) said …". The card repeats the name with no space before it
# (its heading) and ends on its "MORE" link; the story's sentence runs on after it.
_GLUED_CAPITAL_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_CARD_END_RE = re.compile(r" MORE\b ?")
_HOVER_CARD_CHARS = 1200  # a name, a few headlines and the link
_NAME_WORDS = 4  # the words before the glue the repeated name is looked for in


def _cut_hover_cards(line):
    if " MORE" not in line:
        return line
    start = 0
    while (glue := _GLUED_CAPITAL_RE.search(line, start)) is not None:
        start = glue.end() + 1
        first_word = line[glue.end():glue.end() + 40].split(None, 1)[0]
        name = line[max(0, glue.start() - 60):glue.start()].split()[-_NAME_WORDS:]
        # the card's heading starts with the first name said just before it
        heading = _GLUED_CAPITAL_RE.split(first_word, 1)[0]
        if heading not in name:
            continue
        end = _CARD_END_RE.search(line, glue.end(), glue.end() + _HOVER_CARD_CHARS)
        if end is None:
            continue
        line = line[:glue.start()] + " " + line[end.end():]
        start = glue.start() + 1
    return line


# A share box glued to the sentence it quotes: "… every day.Click To Tweet I want …".
_SHARE_BOX_RE = re.compile(r"(?<=[.?!”\"])\s*Click To Tweet\b\s*", re.IGNORECASE)


def _cut_share_boxes(line):
    if "weet" not in line:
        return line
    return _SHARE_BOX_RE.sub(" ", line).strip()


# A promo line: a short exclamation that asks the reader to get, download or watch
# something ("GET THE QUIZ: INSTANT DOWNLOAD!", "Tune in – for FREE!", "OUT NOW!").
_PROMO_RE = re.compile(
    r"\b(download|for free|free trial|out now|now on|subscribe|sign up|order now|buy now|click here)\b",
    re.IGNORECASE)
_PROMO_WORDS = 12


def _is_promo(line):
    return (line.endswith("!") and len(line.split(None, _PROMO_WORDS)) <= _PROMO_WORDS
            and _PROMO_RE.search(line) is not None) or _is_teaser_link(line)


# Another story's title with its link glued on: "Ferry Fares Rise Again This WinterREAD MORE",
# "Best deals of the week: lamps, books... Read on The Harbor Shop". A title holds no stop
# before its link but the "..." of a cut-short one; a sentence that ends "read more" is prose.
_TEASER_LINK_RE = re.compile(r"(?:(?<=[\w’'\"”)])|\s)(?:READ MORE|Read More|Read more|Read on [A-Z][\w&’' ]{1,30})\W*$")


def _is_teaser_link(line):
    link = _TEASER_LINK_RE.search(line) if "ead" in line[-40:] or "EAD" in line[-12:] else None
    if link is None:
        return False
    title = line[:link.start()].rstrip()
    return (bool(title) and len(title.split(None, _TITLE_WORDS[1])) <= _TITLE_WORDS[1]
            and (title.endswith(("...", "…")) or not has_terminal_punctuation(title)))


# What a card puts before its title: a stamp glued to it ("UpdatedFerry Fares Rise"), a
# live link ("Watch live:"), the site's name ("Also on example.com", "On example.com:"), a
# bracketed link ("[Related: …]").
_CARD_LEAD_RE = re.compile(r"Updated(?=[A-Z][a-z])|Watch live:|Also on \S+\.[a-z]{2,}\b|On \S+\.[a-z]{2,}:|\[Related:")


def _is_card_lead(line):
    return _CARD_LEAD_RE.match(line) is not None


_TITLE_WORDS = (6, 24)
_SENTENCE_INSIDE_RE = re.compile(r"[.?!]\s+[A-Z]")


def _is_title_case_title(line):
    # Another story's title: a headline's length in title case, no sentence end inside or at
    # its end, not a lead-in (",", ":") and not an embed's attribution ("— Ana (@ana) May 1").
    words = line.split()
    return (_TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1] and not has_terminal_punctuation(line)
            and not line.endswith((",", ";", ":")) and line[0].isupper() and "@" not in line
            and _SENTENCE_INSIDE_RE.search(line) is None and in_title_case(words))


_STANDFIRST_WORDS = 12


def _is_cut_standfirst(line):
    # A card's standfirst cut to fit its box: a sentence that runs on and stops mid-way.
    words = line.split()
    return (len(words) >= _STANDFIRST_WORDS and not has_terminal_punctuation(line)
            and not line.endswith((":", ",")) and not in_title_case(words))


def _is_cut_title(line):
    # A title the page cut short after a comma: "Two ferries collide in the harbour,..."
    return line.endswith((",...", ",…", ", ...", ", …"))


# A wire dateline opens the story's first paragraph: "(AP) The council voted …",
# "(Wire)Ferry fares rise …". A line without a stop glued above it is a card's title or a
# kicker, not the start of that paragraph.
_DATELINE_RE = re.compile(r"\([A-Z][A-Za-z]+\) ?[—–-]? ?[A-Z“\"]")


def _lines_over_dateline(kept):
    # how many lines without a stop stand over a dateline line at the group's head
    for index, (_, line) in enumerate(kept[:3]):
        if _DATELINE_RE.match(line):
            return index
        if has_terminal_punctuation(line) or len(line.split()) > _TITLE_WORDS[1]:
            return 0
    return 0


def cut_cards(group):
    """The (line number, line) items of one paragraph without the cards and promos set into it.

    A line goes when it is a promo, a title led by a card's lead ("Watch live:", "Also on
    …") with the titles right under it, a title cut short after a comma over the paragraph,
    or a line without a stop over a line that opens on a wire dateline; a title in title
    case goes with the standfirst under it when that standfirst is cut off mid-sentence
    and ends the paragraph. Inside a line, a hover card after a name and a share box after a sentence
    are cut out and the sentence around them stays. An empty list when nothing is left.
    """
    kept = []
    for number, line in group:
        line = _cut_share_boxes(_cut_hover_cards(line))
        if line and not _is_promo(line):
            kept.append((number, line))
    if not kept:
        return kept
    first = kept[0][1]
    if _is_card_lead(first):
        # the card's title, then the titles of the cards set under it
        rest = 1
        while rest < len(kept) and not has_terminal_punctuation(kept[rest][1]) and _reads_as_title(kept[rest][1]):
            rest += 1
        return kept[rest:]
    if len(kept) >= 2 and _is_cut_title(first):
        return kept[1:]
    if len(kept) >= 2 and (over := _lines_over_dateline(kept)):
        return kept[over:]
    if len(kept) == 2 and _is_title_case_title(first) and _is_cut_standfirst(kept[1][1]):
        return []
    return kept


def _reads_as_title(line):
    # a headline's length with no lead-in end
    return 4 <= len(line.split()) <= _TITLE_WORDS[1] and not line.endswith((",", ";", ":")) and not line[0].islower()
