"""The headings of boxes a page sets into a story: a table of contents, a box of key points, a
box of facts and figures, a box of questions and answers.

A box's heading tells what its lines are: a table of contents lists the story's own subheads,
which it sets again lower down over their sections; a box of key points under the headline
sums the story up.
"""

import re

from .text import LIST_NUMBER_RE, has_terminal_punctuation, next_nonblank

# The header of a long story's table of contents: its entries are the story's own subheads,
# set again lower down over their sections.
_CONTENTS_HEADER_RE = re.compile(
    r"(?:(table of )?contents|in this (article|story|guide|piece|report)|on this page|jump to( section)?"
    r"|inhalt(sverzeichnis)?|sommaire|índice|contenidos?|indice|inhoud)"
    r"(\s*[:\[(](hide|show|ausblenden|masquer)?[\])]?)?", re.IGNORECASE)
_OUTLINE_NUMBER_RE = re.compile(r"\d{1,2}(\.\d{1,2})*[.)]?\s+")


def is_contents_header(line):
    """True for the header of a table of contents ("Contents", "In this article", "Jump to")."""
    # (asked of every line: its first word tells most of them)
    return len(line) <= 40 and bool(line) and line.split(None, 1)[0].lower().rstrip(":[(") in _CONTENTS_FIRST \
        and _CONTENTS_HEADER_RE.fullmatch(line) is not None


_CONTENTS_FIRST = frozenset(("contents", "table", "in", "on", "jump", "inhalt", "inhaltsverzeichnis", "sommaire",
                             "índice", "indice", "contenido", "contenidos", "inhoud"))


def contents_entry(line):
    """A table of contents' entry without its outline number, in lowercase: "1.2 Fares" → "fares"."""
    number = _OUTLINE_NUMBER_RE.match(line)
    return (line[number.end():] if number else line).lower()


# "KEY POINTS", "Story Highlights", "TL;DR": the heading of a box of the story's key points,
# which a page sets under the story's title.
_POINTS_HEADING_RE = re.compile(
    r"(?:key (?:points|takeaways|facts)|(?:story )?highlights|takeaways|at a glance|in (?:brief|short)|summary"
    r"|tl;? ?dr|en bref|l'essentiel|en resumen|lo más importante|in breve|in sintesi|em resumo|in het kort"
    r"|das wichtigste in kürze|das wichtigste)\s*:?", re.IGNORECASE)


def is_key_points_heading(line):
    """The heading of a box of the story's key points ("Story Highlights", "KEY POINTS:", "En bref")."""
    return line[:1] in "KkSsHhTtAaIiEeLlDd" and bool(_POINTS_HEADING_RE.fullmatch(line))


# "Key facts", "En cifras", "Auf einen Blick": the heading of a box of facts and figures set into
# a story, its lines short items ("Fine: £32,000", "3.200 corredores inscritos").
_FACTS_HEADING_RE = re.compile(
    # (a subject before "in numbers": "The hospital in numbers", "Das Spital in Zahlen")
    r"(?:(?:[\w’'-]+\s+){0,4}(?:in numbers|in figures|in zahlen|en cifras|en chiffres|in cifre|em números|in cijfers"
    r"|im überblick|at a glance|in brief|in het kort|en bref|in breve|en resumen|em resumo)"
    # (and what the figures are of after them: "I numeri del Santa Liduina", "Claves del caso")
    r"|(?:the numbers|i numeri|los números|les chiffres|die zahlen|de cijfers|os números|(?:las )?claves)"
    r"(?:\s+(?:of|del|della|dello|di|de|du|des|der|zum|van|do|da)\s+.{1,30})?"
    r"|final score|full[- ]time"
    # (a place's or a show's practical details: "Orari e biglietti", "Infos pratiques", "If you go")
    r"|opening (?:hours|times)|if you go|infos? pratiques?|horaires(?: et tarifs)?|orari(?: e (?:biglietti|prezzi))?"
    r"|informazioni utili|horarios(?: y precios)?|horários(?: e preços)?|öffnungszeiten|openingstijden"
    r"|key (?:facts|findings|figures)|fast facts|the facts|facts and figures|by the numbers|at a glance"
    r"|fact ?(?:box|file)"
    r"|(?:en|las|los) cifras|cifras clave|(?:en|les) chiffres|chiffres clés|repères|auf einen blick|in zahlen"
    r"|(?:zahlen und )?fakten|in cifre|i numeri|em números|os números|in cijfers|de cijfers|feiten en cijfers)\s*:?",
    re.IGNORECASE)


def is_facts_heading(line):
    """The heading of a box of facts and figures ("Key facts", "En cifras", "Auf einen Blick")."""
    return len(line) <= 40 and bool(_FACTS_HEADING_RE.fullmatch(line))


# "Perguntas e respostas", "Q&A", "Fragen und Antworten": the heading of a box of the questions
# a reader may have, each answered in a line, set into a story.
_QUESTIONS_HEADING_RE = re.compile(
    r"(?:q ?& ?a|q and a|questions? (?:and|&) answers?|questions?[- ]réponses|questions et réponses"
    r"|preguntas y respuestas|perguntas e respostas|fragen und antworten|vragen en antwoorden"
    r"|domande e risposte)\s*:?", re.IGNORECASE)
_BOX_QUESTIONS = (2, 8)  # (fewer is a subhead asking, more an interview)
_OWN_HEADING_QUESTIONS = (3, 8)
_HEADING_WORDS = 5
_HEADING_CHARS = 120  # longer, a line is no box's heading (a question of sixteen words at most)
_LINES_TO_PROSE = 3
_QUESTION_WORDS = 16
_ANSWER_WORDS = 40
_PROSE_ABOVE = 6  # lines above the heading where the story's prose stands
_PROSE_WORDS = 12


def _is_prose(line):
    return has_terminal_punctuation(line) and len(line.split(None, _PROSE_WORDS)) > _PROSE_WORDS


def questions_box_end(lines, index):
    """The index of the last answer of a box of questions and answers whose heading is at
    ``index``, set into the story (its prose above the box and a sentence under it); else None.
    An interview under such a heading has longer answers, and more of them. Under a heading of
    its own words ("Tire suas dúvidas", or a question over the first: "Que risque le prévenu ?
    ¶ De quoi est-il poursuivi ?") the box holds three questions at least."""
    heading = lines[index]
    if len(heading) > _HEADING_CHARS:
        return None
    following = next_nonblank(lines, index + 1)
    if following is None or not lines[following].endswith("?"):
        return None  # (the box opens on a question: most lines are ruled out here, and cheaply)
    known = heading[:1] in "QqPpFfVvDd" and len(heading) <= 40 and _QUESTIONS_HEADING_RE.fullmatch(heading)
    if not known and not _is_box_heading(lines, index) \
            or not any(_is_prose(line) for line in lines[max(0, index - _PROSE_ABOVE):index]):
        return None
    questions, last = 0, None
    while following is not None and lines[following].endswith("?") \
            and len(lines[following].split()) <= _QUESTION_WORDS:
        answer = next_nonblank(lines, following + 1)
        if answer is None or lines[answer].endswith("?") or len(lines[answer].split()) > _ANSWER_WORDS:
            return None
        questions, last, following = questions + 1, answer, next_nonblank(lines, answer + 1)
    low, high = _BOX_QUESTIONS if known else _OWN_HEADING_QUESTIONS
    return last if low <= questions <= high and following is not None and _goes_on_under(lines, following) else None


def advice_box_end(lines, index):
    """The index of the last line of a box of advice to the reader whose heading, at ``index``,
    speaks to them or says it advises ("If you are in the path of a fire", "Das rät die Feuerwehr"
    over "Leave early if you can." and more lines of one short sentence each, maybe numbered), set
    into the story: its prose above and under it; else None."""
    heading = lines[index]
    if len(heading) > _HEADING_CHARS or len(heading.split()) > _ADVICE_HEADING_WORDS \
            or has_terminal_punctuation(heading) or not _ADVICE_HEADING_RE.search(heading) \
            or not any(_is_prose(line) for line in lines[max(0, index - _PROSE_ABOVE):index]):
        return None
    items, following, last = 0, next_nonblank(lines, index + 1), None
    while following is not None and _is_advice(lines[following]):
        items, last, following = items + 1, following, next_nonblank(lines, following + 1)
    return last if items >= _ADVICE_ITEMS and following is not None and _goes_on_under(lines, following) else None


def _is_advice(line):
    # one short sentence ("Call Triple Zero if your life is at risk."), maybe numbered
    line = LIST_NUMBER_RE.sub("", line, count=1)
    return has_terminal_punctuation(line) and not line.endswith("?") and len(line.split()) <= _ADVICE_WORDS \
        and len(_SENTENCE_END_RE.findall(line.rstrip())) == 0


# "you", "your" in English; "Sie", "vous", "usted", "você", "u" in other languages
_TO_THE_READER = r"(?<![\w’'-])(?:[Yy]ou|[Yy]our|Sie|Ihr|Ihre|vous|votre|usted|você|u|uw)(?![\w’'-])"
# or a heading saying it gives advice: "Heustock: Das rät die Feuerwehr", "Conseils", "Tipps"
_ADVICE_HEADING_RE = re.compile(
    _TO_THE_READER + r"|(?<![\w’'-])(?:[Tt]ipps?|[Tt]ips|[Rr]atschläge|rät|raten|[Cc]onseils?|conseille|[Cc]onsejos"
    r"|aconseja|[Cc]onsigli|consiglia|[Dd]icas|[Aa]dvice|advises)(?![\w’'-])")
_SENTENCE_END_RE = re.compile(r"[.!?…]\s+[A-ZÀ-Þ]")
_ADVICE_HEADING_WORDS = 10
_ADVICE_WORDS = 18
_ADVICE_ITEMS = 3


def _is_box_heading(lines, index):
    # a few words with no stop, or a question (right over the box's first)
    heading = lines[index]
    if heading.endswith("?"):
        return len(heading.split()) <= _QUESTION_WORDS
    return len(heading.split()) <= _HEADING_WORDS and not has_terminal_punctuation(heading)


def _goes_on_under(lines, following):
    # the story's prose under the box, or a last sentence of it, or a subhead (and a photo)
    # over its prose
    line = lines[following]
    if _is_prose(line) or has_terminal_punctuation(line) and not line.endswith("?"):
        return True
    if len(line.split()) > _HEADING_WORDS:
        return False
    for _ in range(_LINES_TO_PROSE):
        following = next_nonblank(lines, following + 1)
        if following is None:
            return False
        if _is_prose(lines[following]):
            return True
    return False
