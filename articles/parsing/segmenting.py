"""Lines into body blocks: paragraphs, subheads, Related links, captions, the comment counter."""

import re
from collections import Counter

from .boxes import advice_box_end, contents_entry, is_contents_header, is_facts_heading, questions_box_end
from .captions import parse_credit, split_caption
from .captionlines import (
    caption_before_photographer, caption_under_bare_credit, caption_under_credit, credit_below, gallery_slides,
    is_uncredited_caption, labelled_photo, page_photographers, set_apart_caption,
)
from .cards import cut_cards
from .contract import Block
from .matchboxes import match_box_end
from .furniture import (
    is_byline_or_date,
    is_data_widget_line,
    is_furniture,
    is_widget_line,
    match_comment_counter,
    match_related_marker,
)
from .headline import is_kicker
from .titlelines import ends_on_joining_word, is_prose_line
from .linepatterns import FOLDED_CLUES, holds_any
from .linklists import is_in_story_box_header, is_link_list_header, is_link_list_item
from .names import looks_like_person_name
from .paragraphing import (
    LIST_NUMBER_RE, holds_blank_line, is_subhead, line_breaks, reads_hard_wrapped, reads_single_spaced, split_run_at,
)
from .shapes import is_unstopped_standfirst
from .span import trim_to_story_span
from .stamps import is_stamp_or_data_line
from .teasers import drop_repeated_blocks
from .threads import embedded_post_end
from .text import has_terminal_punctuation, in_title_case, is_in_capitals, next_nonblank, previous_nonblank, sentence_bounds
from .widgets import STORY_GOES_ON_RE, is_ad_header, is_player_title, is_web_address
from .words import DAYS_AND_MONTHS, STOPWORDS


def is_standalone_furniture(lines, index, *, skip=None):
    """Lines that are furniture only when they stand apart from story text.

    A date or ticker line, a name right under a byline ("Priya Natarajan" over "@handle"):
    in a hard-wrapped paragraph the same text ("2011.", "Julien Arceneaux") is story text,
    so a line that carries on an unfinished sentence is never dropped here.
    """
    nearby = range(max(0, index - 1), min(len(lines), index + 2))
    return _stands_apart_as_furniture(lines, index, skip, {i: _is_widget(lines[i]) for i in nearby})


_LABEL_VALUE_WORDS = 6


def _names_a_label(lines, index, furniture):
    # "Harbor Ferries Inc." under "NEWS PROVIDED BY", "Harbor Bank" under "Sponsored by": the
    # name a label of the page's leads into, on the line under it
    return bool(index) and furniture[index - 1] and lines[index - 1][-4:].lower().endswith((" by", " by:")) \
        and len(lines[index].split()) <= _LABEL_VALUE_WORDS


def _is_widget(line):
    # is_widget_line for a line that is not blank; a blank line is falsy
    return line and is_widget_line(line)


def _stands_apart_as_furniture(lines, index, skip, widget):
    # ``widget[i]``: _is_widget(lines[i]), read once for each line (a line is asked about
    # for itself and again by the lines on either side of it).
    if not (widget[index] or (index and widget[index - 1]) or (index + 1 < len(lines) and widget[index + 1])):
        return False  # (no widget line here or beside it: the rules below all need one)
    line = lines[index]
    if _DIVIDER_RE.fullmatch(line):
        return True  # a lone dash ("—" under a dateline's "CNN") or a divider: no words of the story
    previous = lines[index - 1] if index and index - 1 != skip else ""
    if previous and not has_terminal_punctuation(previous) and not widget[index - 1] \
            and not _is_bare_byline_name(lines, index - 1, skip) and not _is_dateline_under_label(line, previous):
        return False
    if widget[index] and not is_furniture(line):
        return True
    return _next_to_byline_furniture(lines, index, skip, widget) and looks_like_person_name(line)


_DIVIDER_RE = re.compile(r"[\s—–*_•·]+")
_DATE_WORD_OR_CLOCK = re.compile(
    r"\b(?:%s)\b|\d:\d\d" % "|".join(sorted(DAYS_AND_MONTHS, key=len, reverse=True)), re.IGNORECASE)


def _is_dateline_under_label(line, previous):
    # "Hazel Sheffield" or a kicker over "Friday 25 December 2015": a date with its month,
    # day or clock time under a line that ends on no joining word or comma is a byline's
    # date; a hard-wrapped sentence breaks before "2011." or after "in" or "on".
    return not previous.endswith((",", ";", ":", "-", "–", "—")) and not ends_on_joining_word(previous) \
        and _may_hold_date(line) and bool(_DATE_WORD_OR_CLOCK.search(line))


# The first three letters of every day and month, a clock's colon, and the characters that
# stand for an ASCII letter when case is ignored (in lower case): one of them is in every
# line _DATE_WORD_OR_CLOCK matches, and in few others.
_DATE_CLUES = (":", *sorted({word[:3] for word in DAYS_AND_MONTHS}), *FOLDED_CLUES)


def _may_hold_date(line):
    return holds_any(line.lower(), _DATE_CLUES)


def _is_bare_byline_name(lines, index, skip):
    # "A.J. Brooks" on a line of its own at the start of a block, right over a date stamp:
    # a byline, not the end of a hard-wrapped sentence.
    before = lines[index - 1] if index and index - 1 != skip else ""
    return not before and looks_like_person_name(lines[index]) and is_stamp_or_data_line(lines[index + 1])


def _next_to_byline_furniture(lines, index, skip, widget):
    # A bare name is a byline when a byline, handle, job line or date stamp touches it.
    # (a blank line's widget flag is false)
    return bool(index and index - 1 != skip and widget[index - 1]) or bool(
        index + 1 < len(lines) and index + 1 != skip and widget[index + 1])


def segment_blocks(lines, *, skip=None):
    """Body blocks and the comment count, from normalised lines (``skip``: headline index)."""
    blocks, runs, run, count = [], [], [], None
    in_link_list, unnumbered_links, entries, in_ads = False, 0, None, False
    item_labels = Counter()
    shortest_title = _NOT_IN_STORY  # the fewest words of a title listed so far in a box set into the story
    # Each line's furniture and widget tests, read once: a line is asked about for itself
    # and again by the lines on either side of it. (A blank line's flags are false.)
    furniture = [line and is_furniture(line) for line in lines]
    widget = [is_line_furniture or (line and is_data_widget_line(line))
              for line, is_line_furniture in zip(lines, furniture)]
    table = _table_rows(lines, widget, furniture)
    slides = gallery_slides(lines)
    photographers = page_photographers(lines)

    def end_run():
        nonlocal run
        if run:
            blocks.append(run)
            runs.append(run)
        run = []

    index = 0
    while index < len(lines):
        line = lines[index]
        if not line or index == skip:
            if run:
                end_run()
            index += 1
            continue
        if match_related_marker(line) is not None:
            end_run()
            in_link_list = False
            title_index = next_nonblank(lines, index + 1)
            # A story title may look like a promo ("Photos: …"); only a bare widget label is not one.
            if title_index is not None and match_related_marker(lines[title_index]) is None \
                    and not (is_furniture(lines[title_index]) and len(lines[title_index].split()) <= 4):
                blocks.append(Block("related", lines[title_index], line=index + 1))
                index = title_index
            index += 1
            continue
        counter = match_comment_counter(lines, index)
        if counter:
            end_run()
            count, index = counter[0], counter[1] + 1
            continue
        photo = (line[:1] in "IiPp" and labelled_photo(lines, index)) or caption_under_bare_credit(lines, index, skip)
        if photo:
            end_run()
            caption, credit, last = photo
            blocks.append(Block("image", caption, credit, *parse_credit(credit), line=index + 1))
            index = last + 1
            continue
        if in_ads and _in_ad_unit(lines, index):
            index += 1  # an advertisement's title, pitch or address under "Sponsored Links"
            continue
        if (box_end := questions_box_end(lines, index)) is not None \
                or (box_end := advice_box_end(lines, index)) is not None:
            end_run()  # (under other stories' titles too: its heading is no title)
            in_link_list, index = False, box_end + 1
            continue
        # (a numbered line after unnumbered titles is the story's own next point: "5. Beware the …")
        numbered = LIST_NUMBER_RE.match(line) is not None
        # ("Story continues below advertisement" ends the list: the story goes on under it)
        # (the first title under the header may ask a question in any case: "Lees ook" over "… wie beschermt de klant?")
        # (or under the label the list set over an earlier title: "Abonnés" over "… que sont devenus les salariés ?")
        if in_link_list and (is_link_list_item(line) or furniture[index] or not numbered and _asks_as_a_title(line)
                             and (not unnumbered_links or item_labels[lines[index - 1]] > 1)) \
                and not STORY_GOES_ON_RE.fullmatch(line) \
                and not (unnumbered_links and numbered) and not (entries and _repeats_entry(line, entries)) \
                and (furniture[index] or not _is_subhead_after_titles(lines, index, shortest_title)):
            unnumbered_links += not numbered
            item_labels[line] += furniture[index]
            if shortest_title != _NOT_IN_STORY and not furniture[index] \
                    and len(words := line.split()) >= _TITLE_MIN_WORDS:  # (not a label: "Premium")
                shortest_title = min(shortest_title, len(words))
            if entries is not None:
                entries.append(contents_entry(line))
            index += 1  # another story's title under "Most Read" and the like
            continue
        if in_link_list and unnumbered_links and _is_item_blurb(lines, index):
            index += 1  # the one-line blurb under a listed story's title, another title right under it
            continue
        box_end = _facts_box_end(lines, index)
        if box_end is None and is_kicker(line) \
                and (heading := next_nonblank(lines, index + 1)) is not None and is_facts_heading(lines[heading]):
            box_end = _facts_box_end(lines, heading)  # (and the box's kicker over its heading: "Entenda")
        if box_end is None:
            box_end = match_box_end(lines, index)
        if box_end is None:
            box_end = embedded_post_end(lines, index)
        if box_end is not None:
            end_run()
            in_link_list, index = False, box_end + 1  # a box of facts and figures, a match report's box, a post
            continue
        # (a table of contents ends where its first entry is set again, as the subhead it links to)
        entries = [] if is_contents_header(line) and _lists_entries(lines, index) else None
        in_link_list, unnumbered_links = entries is not None or is_link_list_header(line), 0
        item_labels = Counter()  # the labels set over the list's titles ("Abonnés"), how often
        # (only a box set into the story is followed by the story's own subhead)
        shortest_title = _NO_TITLE if in_link_list and is_in_story_box_header(line) else _NOT_IN_STORY
        in_ads = is_ad_header(line)
        if in_link_list or in_ads or furniture[index] or _names_a_label(lines, index, furniture) or (
                _stands_apart_as_furniture(lines, index, skip, widget) and index not in table
                and not _is_entry_time(lines, index)):
            end_run()
            if furniture[index] and (box_end := _newsletter_box_end(lines, index)) is not None:
                index = box_end  # a newsletter's box under a heading that is furniture too ("NEWSLETTER")
            elif _is_prompt_with_blurb(lines, index):
                index += 1  # "Sign up for our newsletter" over its one-line pitch
        elif index in slides or is_player_title(lines, index):
            end_run()
        elif (box_end := _newsletter_box_end(lines, index)) is not None:
            end_run()
            index = box_end  # a newsletter's box: its name, its pitch, its button
        elif (captioned := split_caption(line) or set_apart_caption(lines, index, skip)
              or caption_under_credit(lines, index, skip)
              or photographers and caption_before_photographer(line, photographers)) \
                or (credit_index := credit_below(lines, index, skip, furniture, photographers)):
            end_run()
            caption, credit = captioned or (line, lines[credit_index])
            photographer, agency = parse_credit(credit.strip("()[] "))
            blocks.append(Block("image", caption, credit, photographer, agency, line=index + 1))
            if not captioned:
                index = credit_index  # the credit line under the caption
        elif is_uncredited_caption(lines, index, skip, furniture):
            end_run()
        else:
            run.append((index + 1, line))
        index += 1
    end_run()

    blank_lines = bool(runs) and holds_blank_line(lines, runs[0][0][0] - 1, runs[-1][-1][0], skip)
    # Whether each line of a run breaks off mid-sentence, read once for the three rules that ask.
    breaks = [line_breaks(run) for run in runs]
    wrapped = reads_hard_wrapped(breaks)
    single_spaced = reads_single_spaced(breaks, blank_lines=blank_lines)
    body, run_breaks = [], iter(breaks)  # (the runs come in blocks in the order of runs)
    for item in blocks:
        if isinstance(item, Block):
            body.append(item)
            continue
        for group in split_run_at(item, next(run_breaks), wrapped=wrapped, single_spaced=single_spaced):
            if not (group := cut_cards(group)):
                continue  # a promo or another story's card, set between the story's paragraphs
            text = group[0][1] if len(group) == 1 else " ".join([line for _, line in group])
            if len(group) > 1 and is_furniture(text):
                continue  # (each line of a run was already found not to be furniture)
            kind = "subhead" if len(group) == 1 and is_subhead(text) else "paragraph"
            block = Block(kind, text, line=group[0][0])
            if kind == "subhead" and is_unstopped_standfirst(block, skip) and not in_title_case(text.split()) \
                    and text.split()[-1].lower() not in STOPWORDS:
                # a sentence right under the headline is its summary, no subhead ("What the closure
                # means for the island, and who pays"); a second title or a sponsor's "… is supported by" is none
                block.kind = "paragraph"
            body.append(block)
    return drop_repeated_blocks(trim_to_story_span(body, lines, headline=skip)), count


# A newsletter's box: its heading, a line or two of its name and pitch, then its button.
# (maybe with its name: "Newsletter «Walchental am Morgen»", "Newsletter: The Morning Brief")
_NEWSLETTER_HEADING_RE = re.compile(r"(the |la |le |die |el |a )?newsletters?(\W*|\s*[«“„\"‘:–-].{1,40}"
                                    r"|\s+(?-i:[A-ZÀ-Þ])[\w’'-]*( [\w’'-]+){0,3})", re.IGNORECASE)
_SIGN_UP_BUTTON_RE = re.compile(r"(sign up|subscribe|s'inscrire|je m'inscris|(jetzt )?(kostenlos )?anmelden|(jetzt )?abonnieren"
                                r"|suscr[ií]bete|suscribirse|ap[uú]ntate|inscr[ií]bete|inscrever|inscreva-se|iscriviti"
                                r"|aanmelden|subscrever)( gratis| grátis| gratuitamente)?\W*", re.IGNORECASE)
_NEWSLETTER_BOX_LINES = 4


def _newsletter_box_end(lines, index):
    """The index of the button that closes a newsletter's box opening at ``index``; else None."""
    if len(lines[index]) > 60 or not _NEWSLETTER_HEADING_RE.fullmatch(lines[index]):
        return None
    for following in range(index + 1, min(len(lines), index + 1 + _NEWSLETTER_BOX_LINES)):
        if _SIGN_UP_BUTTON_RE.fullmatch(lines[following]):
            # (set into the story, whose prose goes on right under it; a box closing the page
            # is left to the rules that find where the story ends)
            after = lines[following + 1:following + 4]  # (past a photo's caption and a subhead, maybe)
            return following if any(has_terminal_punctuation(line) and len(line.split(None, _PROSE_WORDS)) > _PROSE_WORDS
                                    for line in after) else None
    return None


# A box of facts: its heading, then short items, most holding a figure or a "Label: value".
_FACT_ITEMS = 12
_FACT_ITEM_WORDS = 16
_HOLDS_FIGURE_RE = re.compile(r"\d|^[^:]{1,30}:\s")
# ("Die Therme: …", "Stade : …", not "He told the court: …")
_FACT_LABEL_RE = re.compile(r"[^:\s]+(?: [^:\s]+){0,2} ?:\s")


def _facts_box_end(lines, index):
    """The index of the last item of a box of facts whose heading is at ``index``, when the story
    goes on under it, or a list of other stories' titles does; else None. The short line right
    over the story's prose, when it holds no figure, is the story's subhead ("Salida a las diez
    de la mañana"). A heading no pattern knows will do over items under their labels
    ("Zwembad De Dobber" / "Geopend: 1974" / "Bezoekers per jaar: ongeveer 58.000" / …)."""
    if not is_facts_heading(lines[index]) and not _heads_labelled_items(lines, index):
        return None
    last, figures, items = None, 0, []
    for following in range(index + 1, min(len(lines), index + 1 + _FACT_ITEMS)):
        line = lines[following]
        if not line:
            continue
        labelled = _FACT_LABEL_RE.match(line)
        if has_terminal_punctuation(line) and len(line.split(None, _PROSE_WORDS)) > _PROSE_WORDS \
                and not labelled or is_link_list_header(line):
            # the story's prose goes on (an item under its label may be a sentence: "Die Therme: eröffnet …")
            return max(last, items[-2] if len(items) > 1 else last) if figures >= 2 else None
        if len(line.split()) > _FACT_ITEM_WORDS and not (labelled and _HOLDS_FIGURE_RE.search(line, labelled.end())):
            return None  # (a list of figures under its label may run long: "Scorers: J Hegarty 0-9, …")
        items.append(following)
        if _HOLDS_FIGURE_RE.search(line):
            last, figures = following, figures + 1
        elif figures >= 2 and len(items) >= _PAST_THE_BOX and last not in items[-_PAST_THE_BOX:]:
            return last  # (lines holding none, more than a box's item and a subhead: the box has ended)
    # (the paste ends under the box: the story's last)
    return last if figures >= 2 and next_nonblank(lines, items[-1] + 1 if items else index + 1) is None else None


_LABELLED_ITEMS = 3
_PAST_THE_BOX = 3


def _heads_labelled_items(lines, index):
    # a short line with no stop, then items under labels of a few words, each holding a figure,
    # set into the story: its prose over them (a story may be such a list under its headline)
    line = lines[index]
    if not line or len(line.split()) > _FACT_LABEL_WORDS or has_terminal_punctuation(line) or ":" in line:
        return False
    above = previous_nonblank(lines, index - 1)
    if not _is_prose_line(lines, above):
        # (past an ad's label between, "Publicité", looked for only under a heading in capitals
        # over a box's items: a menu's labels are short lines over short lines too)
        if not (line.isupper() and is_in_capitals(line)) or _labelled_items(lines, index) is None \
                or not _is_prose_line(lines, _past_ad_labels(lines, above)):
            return False
    items = _labelled_items(lines, index)
    if items is None:
        return False
    if is_in_capitals(line):
        return True  # (under a heading in capitals, the items need no figure: "Notice pay: one month")
    # (most of them a figure under its label: "Fläche: rund 4,2 Hektar"; one may be a plain
    # figure, "1896 eröffnet, 2009 stillgelegt", or a label over words, "Denkmalschutz: Kühlhalle")
    return sum(bool((label := _FACT_LABEL_RE.match(item)) and _DIGIT_RE.search(item, label.end()))
               for item in items) >= _LABELLED_FIGURES


def _is_prose_line(lines, index):
    return index is not None and has_terminal_punctuation(lines[index]) \
        and len(lines[index].split(None, _PROSE_WORDS)) > _PROSE_WORDS


def _past_ad_labels(lines, index):
    # the index of the first line at or over lines[index] that is no ad's label of a few words
    for _ in range(_AD_LABEL_LINES):
        if index is None or len(lines[index].split()) > _AD_LABEL_WORDS or not is_furniture(lines[index]):
            break
        index = previous_nonblank(lines, index - 1)
    return index


def _labelled_items(lines, index):
    # the lines under lines[index] when the first few are short, each under its label or holding a figure
    items = lines[index + 1:index + 1 + _LABELLED_ITEMS + 1]
    if len(items) <= _LABELLED_ITEMS or not all(
            len(item.split()) <= _FACT_ITEM_WORDS and (_FACT_LABEL_RE.match(item) or _DIGIT_RE.search(item))
            for item in items[:_LABELLED_ITEMS]):
        return None
    return items


_AD_LABEL_LINES = 2
_AD_LABEL_WORDS = 3
_LABELLED_FIGURES = 2
_FACT_LABEL_WORDS = 6
_DIGIT_RE = re.compile(r"\d")


def _asks_as_a_title(line):
    return line.endswith("?") and line[:1] not in "“\"‘„«'" and len(line.split(None, _QUESTION_TITLE_WORDS)) \
        <= _QUESTION_TITLE_WORDS


_QUESTION_TITLE_WORDS = 16
_NO_TITLE, _NOT_IN_STORY = 1000, 0
_TITLE_MIN_WORDS = 3
_SUBHEAD_SHARE_OF_TITLE = 0.6


def _is_subhead_after_titles(lines, index, shortest_title):
    """Whether a short line after the titles a box lists is the story's own next subhead: far
    shorter than any of them, with the story's prose right under it ("Lees ook" / two titles
    of eight words / "Worries on Church Street" / the story's next paragraph)."""
    if shortest_title in (_NO_TITLE, _NOT_IN_STORY) or len(lines[index].split()) > _SUBHEAD_SHARE_OF_TITLE * shortest_title \
            or (under := next_nonblank(lines, index + 1)) is None or is_byline_or_date(lines[index]):
        return False  # (nor the byline over the next story's text: "Written by Jo Li, MS")
    # (a blank line may stand between them, in a paste of paragraphs set apart)
    following = lines[under]
    return has_terminal_punctuation(following) and len(following.split(None, _PROSE_WORDS)) > _PROSE_WORDS


_PROSE_WORDS = 12


# A listed story's blurb is one sentence of a few dozen words at most.
_BLURB_WORDS = 40


def _is_item_blurb(lines, index):
    # Whether lines[index] is the blurb set under a listed story's title, with the next title
    # right under it and no blank line on either side ("You were reading" over a title, its
    # one-sentence pitch, then two more titles), or a title that asks its question or ends on
    # a full stop between two others. A story's own paragraph stands apart from its neighbours.
    # (a sentence that opens on a pronoun points back into the story: "He estimated the farm …")
    # (nor a sentence quoting someone after a colon, as a story sets its quotation: "…: “Tapera no se
    # rinde nunca”.")
    line, following = lines[index], lines[index + 1] if index + 1 < len(lines) else ""
    return bool(lines[index - 1] and following) and len(line.split()) <= _BLURB_WORDS \
        and not _QUOTED_AFTER_COLON.search(line) \
        and line.endswith((".", "!", "?", "…")) and len(sentence_bounds(line)) == 1 \
        and is_link_list_item(following) and not is_link_list_header(following) and not _OPENS_ON_PRONOUN.match(line)


_QUOTED_AFTER_COLON = re.compile(r":\s*[“«„\"]")
_OPENS_ON_PRONOUN = re.compile(r"(?:He|She|They|His|Her|Their|Er|Sie|Il|Elle|Ils|Elles|Él|Ella|Lui|Lei|Ele|Ela|Hij|Zij"
                               r"|Ze)\b")


# An advertisement's unit closes on its web address within a few lines of its title.
_AD_UNIT_LINES = 4


def _in_ad_unit(lines, index):
    # Whether a bare web address stands at lines[index] or within the next few lines that are not blank.
    for _ in range(_AD_UNIT_LINES):
        if index is None:
            return False
        if is_web_address(lines[index]):
            return True
        index = next_nonblank(lines, index + 1)
    return False


def _lists_entries(lines, index):
    # Whether the two lines under a table of contents' header are its entries: titles, not
    # the sentences of a story's section that a subhead such as "Contents" stands over.
    first = next_nonblank(lines, index + 1)
    second = next_nonblank(lines, first + 1) if first is not None else None
    return second is not None and is_link_list_item(lines[first]) and is_link_list_item(lines[second])


def _repeats_entry(line, entries):
    # Whether line opens with one of a table of contents' entries: its section's subhead
    # ("Fares" under "1 Fares", or "Fares[edit]" as a wiki sets it).
    line = line.lower()
    return any(entry and line.startswith(entry) for entry in entries)


def _table_rows(lines, widget, furniture):
    """Indices of the lines that are a table's rows of figures, not stamps set apart from the story.

    "13.4 MB (-81%)" over "8.0 MB (-89%)", "4.2.3 April 2014" over "4.1.6 May 2014": a row
    opens on a figure and holds two cells or more, and the row next to it (a blank line may
    part them, as a page copied cell by cell puts one) is alike: as many cells, or a word in
    common. A stamp's date over its time ("18 Nov 2019" over "6:54 pm"), a lone count
    ("72", "60.9K") or a player's menu ("125%") is no table.
    """
    rows = [bool(line) and widget[index] and not furniture[index] and line[0].isdigit() and " " in line
            for index, line in enumerate(lines)]
    table, previous = set(), None  # (previous: the last row, when no text line came after it)
    for index, line in enumerate(lines):
        if not line:
            if previous is not None and index - previous > 1:
                previous = None  # a second blank line parts two tables
            continue
        if not rows[index]:
            previous = None
            continue
        if previous is not None and _rows_alike(lines[previous], line):
            table.update((previous, index))
        previous = index
    return table


def _rows_alike(row, other):
    cells, other_cells = row.split(), other.split()
    return len(cells) == len(other_cells) or bool(
        {cell for cell in cells if cell.isalpha()} & {cell for cell in other_cells if cell.isalpha()})


# A time of day alone: "10 p.m.", "4:14 PM ET".
_TIME_OF_DAY_RE = re.compile(r"\d{1,2}(:\d\d)? ?[ap]\.?m\.?( [A-Z]{2,4})?", re.IGNORECASE)


def _is_entry_time(lines, index):
    # A live story's entry opens on its time, set apart by blank lines between a sentence (or
    # a divider, "___") and the entry's first sentence; a teaser's time runs under its title.
    if not _TIME_OF_DAY_RE.fullmatch(lines[index]) or not 0 < index < len(lines) - 1 \
            or lines[index - 1] or lines[index + 1]:
        return False
    before, after = previous_nonblank(lines, index - 1), next_nonblank(lines, index + 1)
    return before is not None and after is not None and is_prose_line(lines[after]) \
        and not lines[after].endswith("…") and (
            lines[before].endswith(":") or has_terminal_punctuation(lines[before])
            or not any(char.isalnum() for char in lines[before]))



_SIGN_UP_RE = re.compile(r"\b(sign(ing)? up|subscribe|newsletters?|register)\b", re.IGNORECASE)


def _is_prompt_with_blurb(lines, index):
    # A sign-up prompt set as a two-line box: the prompt, its pitch right under it, then a
    # blank line or the box's button ("Sign up"). The pitch reads like a sentence but belongs
    # to the box.
    following = index + 1
    if not (_SIGN_UP_RE.search(lines[index]) and following + 1 < len(lines) and lines[following]
            and (index == 0 or not lines[index - 1]) and len(lines[following].split()) <= 25):
        return False
    after = lines[following + 1]
    return not after or (len(after.split()) <= 3 and _SIGN_UP_RE.search(after) is not None)
