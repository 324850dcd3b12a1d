"""Question-and-answer interviews: which paragraphs ask, which answer, and who answers.

A paragraph of an interview opens with a lead naming its side: ``Q:``/``A:`` (or ``Q.``,
``Question:``, ``Answer:``), or the name, surname or initials of the person speaking
(``Ortiz: …``, ``DW: …``). Two sides taking turns, at least twice each, make an interview.
The side whose paragraphs ask (end in a question mark) more often is the interviewer's.

The interviewee is the person the answers' lead names, or, under a bare ``A:``, the first person
the introduction names who is not the interviewer. Each answer is the interviewee speaking: in it
"I" is the interviewee, as "you" is in a question.
"""

import re
from dataclasses import dataclass, field

_LETTER_LEADS = {"q": "question", "question": "question", "a": "answer", "answer": "answer"}
_LEAD = re.compile(
    r"(?P<lead>Q|A|Question|Answer|[A-Z]{2,4}|[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})"
    r"(?:\s*:|(?<=^[QA])\.|\s+[—–-])\s+(?=\S)")
_MIN_TURNS = 2


def _match_lead(text):
    # A lead ends in a colon or a dash, or is "Q." or "A.": most paragraphs hold none of
    # these, which is quicker to tell than trying the pattern.
    if text[1:2] == "." or ":" in text or "-" in text or "—" in text or "–" in text:
        return _LEAD.match(text)
    return None


@dataclass
class Interview:
    """The interviewee's name (None when the text never names them) and each side's paragraphs."""

    interviewee: str | None
    interviewer: str | None = None
    questions: set = field(default_factory=set)
    answers: set = field(default_factory=set)

    def lead_end(self, block_index, text):
        """Where the paragraph's words start, after its ``Q:``/``Name:`` lead (0 when it has none)."""
        if block_index not in self.questions and block_index not in self.answers:
            return 0
        match = _match_lead(text)
        return match.end() if match else 0


def _paragraph_leads(body):
    """{block index: lead} for each paragraph that opens with a turn's lead ("Q:", "Ana Lima:")."""
    leads = {}
    for block_index, block in enumerate(body):
        match = _match_lead(block.text) if block.kind == "paragraph" else None
        if match:
            leads[block_index] = match.group("lead")
    return leads


def first_lettered_turn(body):
    """The block index of a ``Q:``/``A:`` interview's first turn, or None when the body is none.

    Needs no names, so the cast may ask it while it is still looking for the story's people:
    an interview's introduction names the interviewee.
    """
    sides = {}
    for block_index, lead in _paragraph_leads(body).items():
        if lead.lower() in _LETTER_LEADS:
            sides.setdefault(_LETTER_LEADS[lead.lower()], []).append(block_index)
    if len(sides) == 2 and all(len(blocks) >= _MIN_TURNS for blocks in sides.values()) \
            and _take_turns(*sides.values()):
        return min(min(blocks) for blocks in sides.values())
    return None


def named_turn_leads(body):
    """The full names that lead an interview's turns ("Ana Lima: …" and "Jo Li: …", each at
    least twice, taking turns), or an empty set: such a lead says its words are a person's."""
    leads = {}
    for block_index, lead in _paragraph_leads(body).items():
        if " " in lead:
            leads.setdefault(lead, []).append(block_index)
    sides = [blocks for blocks in leads.values() if len(blocks) >= _MIN_TURNS]
    return set(leads) if len(sides) == 2 and len(leads) == 2 and _take_turns(*sides) else set()


def find_interview(body, cast):
    """The Interview in these blocks (paragraphs only), or None when they are not an interview."""
    leads = _paragraph_leads(body)
    if not leads:
        return None
    sides, named = {}, _LeadNames(cast)
    for block_index, lead in leads.items():
        sides.setdefault(_side_of(lead, named), []).append(block_index)
    sides = {side: blocks for side, blocks in sides.items() if side and len(blocks) >= _MIN_TURNS}
    if len(sides) != 2 or not _take_turns(*sides.values()):
        return None
    asking = {side: sum(body[i].text.rstrip().endswith("?") for i in blocks) for side, blocks in sides.items()}
    if "question" in sides:
        interviewer_side, interviewee_side = "question", "answer"
    else:
        interviewer_side, interviewee_side = sorted(sides, key=lambda side: -asking[side])
    interviewer = _person_named(interviewer_side, cast)
    interviewee = _person_named(interviewee_side, cast) or _introduced(body, cast, min(leads), interviewer)
    return Interview(interviewee, interviewer, set(sides[interviewer_side]), set(sides[interviewee_side]))


def _side_of(lead, named):
    """"question", "answer", or the person a name or initials lead stands for (by name, else the lead)."""
    if lead.lower() in _LETTER_LEADS and (len(lead) == 1 or lead[0].isupper()):
        return _LETTER_LEADS[lead.lower()]
    return named.person(lead)


class _LeadNames:
    """The story's people by the leads that can stand for them: full name, surname, initials.

    Built once, so that each lead is looked up rather than compared with every person.
    """

    def __init__(self, cast):
        self.names = [person.name for person in cast.people]
        self.by_name, self.by_initials = {}, {}
        for index, name in enumerate(self.names):
            words = name.split()
            self.by_name.setdefault(name, index)
            self.by_name.setdefault(words[-1], index)
            self.by_initials.setdefault("".join(word[0] for word in words).upper(), index)

    def person(self, lead):
        """The name of the first person (in the cast's order) the lead stands for, or None."""
        found = [self.by_name.get(lead)] + ([self.by_initials.get(lead)] if lead.isupper() else [])
        found = [index for index in found if index is not None]
        return self.names[min(found)] if found else None


def _take_turns(first, second):
    # Questions and answers alternate (a long answer may run over several paragraphs): each
    # side's first paragraph comes before the other side's last.
    return min(first) < max(second) and min(second) < max(first)


def _person_named(side, cast):
    return side if side not in ("question", "answer") and any(p.name == side for p in cast.people) else None


def _introduced(body, cast, first_turn, interviewer):
    """The first person the paragraphs before the first turn name, the interviewer aside."""
    for person in sorted(cast.people, key=lambda p: p.first):
        if person.first[0] < first_turn and person.name != interviewer:
            return person.name
    return None
