"""Question-and-answer interviews: which paragraphs ask, which answer, and who answers.

A paragraph of an interview opens with a lead naming its side: ``Q:``/``A:`` (or ``Q.``,
``Question:``, ``Answer:``), or the name, surname or initials of the person speaking
(``Ortiz: …``, ``DW: …``). Two sides taking turns, at least twice each, make an interview.
The side whose paragraphs ask (end in a question mark) more often is the interviewer's.

The interviewee is the person the answers' lead names, or, under a bare ``A:``, the first person
the introduction names who is not the interviewer. Each answer is the interviewee speaking: in it
"I" is the interviewee, as "you" is in a question.

A browser's copy drops the bold type an interview's questions were set in, so an interview may
carry no leads at all: a question, then its answer, at least three times over, the questions
speaking to someone ("you", "Sie", "vous", or the interviewee by name) and the answers speaking
as "I" or "we". Its interviewee is the person the questions address by name, else the first
person the introduction names.
"""

import re
from dataclasses import dataclass, field

from .words import word_set

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
        return _unmarked_interview(body, cast)
    # ("Zum Schluss: Was wünschen Sie sich?" opens on a lead-in, not on a side's lead)
    return _interview_by_leads(body, cast, leads) or _unmarked_interview(body, cast)


def _interview_by_leads(body, cast, leads):
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
    """The first person the paragraphs before the first turn name, the interviewer aside (a
    photographer credited under the lead photo is named before them, in no paragraph)."""
    for mention in sorted(cast.mentions, key=lambda m: (m.block_index, m.start)):
        if mention.block_index >= first_turn:
            return None
        if body[mention.block_index].kind == "paragraph" and mention.person.name != interviewer:
            return mention.person.name
    return None


_UNMARKED_TURNS = 3
_OPENING_MARKS = "“\"„«»‘‚'"
# The introduction says an interview follows: "She spoke to Sam Ortiz about the winter", "Im
# Gespräch mit dem Boten spricht sie über …", "Propos recueillis …", "En entrevista con …".
_INTERVIEW_RE = re.compile(
    r"\b(interview\w*|spoke (to|with)|talked (to|with)|sat down with|q ?& ?a|conversation with|gespräch|entretien"
    r"|entrevist\w*|intervist\w*|gesprek|interviewt\w*|conversa(ción|zione|ção|tion)? (con|avec|com|met))\b",
    re.IGNORECASE)
_QUESTION_WORDS = 60  # a question of more words is a paragraph of the story asking one
# Of the answers, half at least speak as "I" or "we" (an explainer's answers speak of others);
# where the introduction does not say an interview follows, a third of the questions at least
# speak to someone (many ask plainly: "What went wrong?").
_QUESTIONS_CUED = 1 / 3
_ANSWERS_CUED = 0.5
_WORD_RE = re.compile(r"[^\W\d_]+")
_QUESTION_END_RE = re.compile(r"[?？][”’\"'»«“)]*$")
# "you" in the languages the parser reads (German's and Italian's polite forms are told by their
# capital: "Sie", "Lei"); "I" and "we".
_SECOND_PERSON = word_set("""
    you your yours yourself vous votre vos usted ustedes tú vosotros você vocês jij jou jouw jullie voi vostro
""")
_POLITE_SECOND_PERSON = word_set("Sie Ihnen Ihr Ihre Ihrer Ihren Lei")
_FIRST_PERSON = word_set("""
    i me my mine we us our ours ich mich mir mein meine meinen meiner wir uns unser unsere unseren je moi mon ma mes
    nous notre nos yo mí mis nosotros nosotras nuestro nuestra nuestros nuestras io mio mia miei noi nostro nostra
    nostri eu meu minha meus nós nosso nossa nossos ik mij mijn wij ons onze
""")


def _unmarked_interview(body, cast):
    """An interview whose turns open on no lead (see the module's note), or None."""
    paragraphs = [index for index, block in enumerate(body) if block.kind == "paragraph"]
    # (a question in quotation marks is a story's dialogue: “Why do you refuse?”)
    asks = {index for index in paragraphs if _QUESTION_END_RE.search(body[index].text)
            and len(body[index].text.split()) <= _QUESTION_WORDS and body[index].text[0] not in _OPENING_MARKS}
    questions, answers, first_answers = set(), set(), []
    for position, index in enumerate(paragraphs):
        following = paragraphs[position + 1] if position + 1 < len(paragraphs) else None
        if index in asks and following is not None and following not in asks:
            questions.add(index)
            first_answers.append(following)
        elif questions and index not in asks:
            answers.add(index)  # (an answer may run over several paragraphs)
    if len(questions) < _UNMARKED_TURNS:
        return None
    addressed = _addressed(body, questions, cast)
    announced = any(_INTERVIEW_RE.search(body[index].text) for index in paragraphs if index < min(questions))
    speaking_to = sum(1 for index in questions if _speaks_to_someone(body[index].text, addressed))
    speaking_as_i = sum(1 for index in first_answers if _words_of(body[index].text) & _FIRST_PERSON)
    # The answers speak as "I"; and the introduction says an interview follows, or the questions
    # speak to the interviewee by name (and a third of them to someone): a post asking its
    # readers or an explainer does neither.
    if speaking_as_i < _ANSWERS_CUED * len(first_answers) or not (
            announced or (addressed is not None and speaking_to >= _QUESTIONS_CUED * len(questions))):
        return None
    interviewee = addressed or _introduced(body, cast, min(questions), None)
    return Interview(interviewee, None, questions, answers)


def _words_of(text):
    return {word.lower() for word in _WORD_RE.findall(text)}


def _speaks_to_someone(text, addressed):
    words = _WORD_RE.findall(text)
    # (a polite "Sie" opening a sentence may be "she" or "they"; inside one it is "you")
    return bool({word.lower() for word in words} & _SECOND_PERSON) or any(
        word in _POLITE_SECOND_PERSON for word in words[1:]) or (
        addressed is not None and addressed.split()[-1] in words)


def _addressed(body, questions, cast):
    """The person the questions speak to by name most often ("Frau Vossberg, es hat …?", "…,
    Dana?"), or None when none does."""
    counts = {}
    for person in cast.people:
        surname = re.escape(person.name.split()[-1])
        address = re.compile(r"^(?:\w+ )?%s,|, (?:\w+ )?%s[?？]" % (surname, surname))
        found = sum(1 for index in questions if address.search(body[index].text))
        if found:
            counts[person.name] = found
    return max(counts, key=lambda name: (counts[name], -len(name))) if counts else None
