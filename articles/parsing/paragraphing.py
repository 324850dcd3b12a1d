"""A run of lines into paragraphs and subheads: whether a paste is hard-wrapped or single-spaced,
and where a run of its lines breaks."""

import re

from .text import LIST_NUMBER_RE, has_terminal_punctuation, is_whole_quotation


# A writer's or an agency's initials in brackets signing the story off: "(ogs)", "(dpa/jk)".
SIGN_OFF_RE = re.compile(r"\([a-z]{2,5}(?:\s?[/,]\s?[a-z]{2,5})*\)", re.IGNORECASE)


def is_subhead(text):
    """A short standalone line without terminal punctuation that reads like a section title."""
    if has_terminal_punctuation(text) or text.endswith((",", ";")):
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "“\"‘'„«»‚"):
        return False
    if first in "“\"" and not _CLOSING_QUOTE_RE.search(text) or first in "„«»‚" and not is_whole_quotation(text):
        return False
    # "1. Why rates rose", "2) What comes next": a list number before the heading is no sentence end
    if first.isdigit():
        text = LIST_NUMBER_RE.sub("", text, count=1)
    return len(text) <= 110 and len(text.split()) <= 14 and not _SENTENCE_INSIDE_RE.search(text)


_CLOSING_QUOTE_RE = re.compile(r".[”\"]")
_SENTENCE_INSIDE_RE = re.compile(r"[.?!]\s+[A-Z]")


def holds_blank_line(lines, start, end, skip):
    # A blank line among lines[start:end], the headline's (skip) aside.
    within = lines[start:end]
    if skip is None or not start <= skip < end or lines[skip]:
        return "" in within
    return within.count("") > 1


def _continues(line, following):
    # A break in mid-sentence: no sentence end here and the next line does not start one.
    return not has_terminal_punctuation(line) and (
        following[0].islower() or len(line) >= 50 or line.endswith((",", ";", ":", "-", "–", "—")))


def line_breaks(run):
    # For each line of a run but its last: whether it breaks off mid-sentence into the next.
    if len(run) == 1:
        return []
    return [_continues(a, b) for (_, a), (_, b) in zip(run, run[1:])]


def is_hard_wrapped(runs):
    """True when consecutive text lines mostly break mid-sentence (a hard-wrapped paste)."""
    return reads_hard_wrapped([line_breaks(run) for run in runs])


def reads_hard_wrapped(breaks):
    pairs = sum(map(len, breaks))
    mid_sentence = sum(map(sum, breaks))
    return mid_sentence >= 2 and mid_sentence >= 0.5 * pairs


def is_single_spaced(runs, *, blank_lines=True):
    """True when paragraphs follow each other on consecutive lines, with no blank lines between.

    ``blank_lines`` says whether the story has any blank line at all: without one, even a
    few sentence-final line ends are enough (the runs were only split by furniture lines).
    """
    return reads_single_spaced([line_breaks(run) for run in runs], blank_lines=blank_lines)


def reads_single_spaced(breaks, *, blank_lines):
    runs = len(breaks)
    pairs = sum(map(len, breaks))
    sentence_ends = pairs - sum(map(sum, breaks))
    if not blank_lines:
        return sentence_ends >= 1 and sentence_ends >= 0.5 * pairs
    return sentence_ends >= 3 and sentence_ends >= runs and sentence_ends >= 0.5 * pairs


def split_run(run, *, wrapped, single_spaced):
    """Split consecutive text lines into blocks.

    Lines between blank lines form one paragraph, except that a heading line is cut off the
    paragraph it introduces; a text with no blank lines at all has a paragraph per sentence-final line.
    """
    return split_run_at(run, line_breaks(run), wrapped=wrapped, single_spaced=single_spaced)


# An interview's turn set on the line under the other side's: "Q: Why?" over "A: Because …".
_TURN_LEAD = re.compile(r"(?:Q|A|Question|Answer)\s*:\s|(?P<letter>[QA])\.\s")


def _opens_a_turn(line, following):
    """Whether ``following`` opens an interview's turn under ``line``, a finished sentence: a
    "Q:" or "A:" lead (or "Q." under an "A." line and the other way round)."""
    lead = _TURN_LEAD.match(following)
    if lead is None or not has_terminal_punctuation(line):
        return False
    letter = lead.group("letter")
    return letter is None or line.startswith(("A." if letter == "Q" else "Q.") + " ")


def _is_question_heading(line, following):
    # A heading asked as a question over the paragraph that answers it: "What happens next?"
    return line.endswith("?") and len(line.split()) <= _QUESTION_HEADING_WORDS and len(following) > 2 * len(line) \
        and line[:1].isupper()


_QUESTION_HEADING_WORDS = 8


def split_run_at(run, breaks, *, wrapped, single_spaced):
    # split_run, with whether each line breaks off mid-sentence already read
    if len(run) == 1:
        return [run]
    groups = [[run[0]]]
    longest = max(len(line) for _, line in run)
    last = len(run) - 1
    for position, ((_, line), item, mid_sentence) in enumerate(zip(run, run[1:], breaks), start=1):
        first = item[1][0]
        starts_fresh = first.isupper() or first.isdigit() or first in "“\"‘'„‚«¿¡•–—-"
        heading = starts_fresh and (not wrapped or len(line) < 0.6 * longest) and is_subhead(line)
        # A numbered heading right under a finished sentence opens the lines it introduces: it
        # is not the last words of the paragraph above ("… at weekends.", "2. Put the phone away", "Screens …").
        opens = position < last and first.isdigit() and has_terminal_punctuation(line) \
            and LIST_NUMBER_RE.match(item[1]) is not None and is_subhead(item[1])
        # In a paste of a line to a paragraph, a short line that ends on no stop and runs on
        # into no lowercase word is a line of its own (a tag row, a caption) over a sentence.
        apart = not wrapped and first.isupper() and not mid_sentence and (
            not has_terminal_punctuation(line) or _is_question_heading(line, item[1]))
        # (initials in brackets under a finished sentence sign the story off: no words of it)
        signs_off = first == "(" and has_terminal_punctuation(line) and SIGN_OFF_RE.fullmatch(item[1])
        if heading or opens or apart or signs_off or (single_spaced and starts_fresh and not mid_sentence) or (
                first in "QA" and _opens_a_turn(line, item[1])):
            groups.append([item])
        else:
            groups[-1].append(item)
    return groups
