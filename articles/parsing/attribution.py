"""Who said each quotation, and how sure that is: the speech verb and subject around it, pronouns,
titles, unnamed speakers, the turns of an interview; each rule named, its confidence in ``confidence``."""

import re
from bisect import bisect_left
from dataclasses import dataclass

from .antecedents import RELATIVE_CLAUSE, SET_APART, Antecedents, heads_phrase
from .confidence import NOTHING, Attribution, borrowed
from .foreignspeech import (
    FOREIGN_ACCORDING_BEFORE,
    FOREIGN_ACCORDING_TAILS,
    FOREIGN_PRONOUN_SAYS,
    FOREIGN_PRONOUNS,
    FOREIGN_UNNAMED_SUBJECT,
    FOREIGN_VERB_FIRST,
    ForeignSpeech,
)
from .interviews import find_interview
from .namecues import describes_a_speaker, role_in_apposition_before
from .names import strip_trailing_titles
from .paragraphs import LONG_PHRASE, WORD, CaseBlind, Paragraph, ParagraphWords, Timeline, unnamed_speaker
from .phrases import object_phrase, subject_phrase
from .text import last_char_before, sentence_bounds, sentence_start
from .words import ANY_SPEECH_VERB_RE, SPEECH_VERB_RE, SPEECH_VERBS, TITLE_WORDS, word_set


# Words that open a noun phrase naming nobody in particular ("a spokesperson", "officials").
_INDEFINITE = word_set("""
    a an one some several many most two three four five other another officials residents
    critics experts analysts supporters opponents witnesses people police authorities
    sources observers fans neighbors neighbours parents students workers
""")


# "as she later put it", "as Li put it", "in the words of Jo Li": attribution without a speech verb.
_PUT_IT_RE = re.compile(
    r"\bas\s+(?P<who>[^,;:“”\"]{1,60}?)\s+(?:(?:[a-z]+ly|later|once|then|so|had)\s+)*put\s+it\b"
    r"|\bin\s+the\s+words\s+of\s+(?P<of>[^,;:“”\"]{1,60})", re.IGNORECASE)
# A subject is looked for at most this far before its verb: in a paste without full stops, one
# "sentence" may be the whole page, and reading all of it again for every verb in it would make
# the work grow with the square of its length. Real sentences are far shorter.
_LONGEST_SUBJECT = 1000
def _may_be_passive(text, stripped):
    # What _PASSIVE needs at the end: a form of "be", maybe an adverb after it, then a space.
    # (``stripped``: the text without the spaces it ends with)
    return text[-1:].isspace() and stripped.endswith(("was", "were", "been", "being", "is", "are", "be", "ly"))


# Words that join a pronoun to the words before it into one subject or a comparison.
_JOINS_SUBJECTS = frozenset("and or nor than as".split())


# What _EMBEDDED_PRONOUN needs at the end ("he", "she"; "$" also matches before a final line break).
_HE_ENDINGS = tuple(he + end for he in ("he", "He", "hE", "HE") for end in ("", "\n"))


_EMBEDDED_PRONOUN = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS})\s+(?:that\s+)?(he|she)$", re.IGNORECASE)
# "a", "an", "one" or "another" (in either case) as a word before a space. Written to open with
# a class of characters, which the engine can skip ahead to: written with \b and an
# alternation of words in ignored case, it would be tried at every position of every paragraph.
_INDEFINITE_SUBJECT = re.compile(
    r"[aAoO](?<=\b[aAoO])(?:(?<=[aA])(?:[nN](?:[oO][tT][hH][eE][rR])?)?|(?<=[oO])[nN][eE])\s")


_CLAUSE_TAIL = re.compile(r"(?:[a-zß-ÿ][\w-]*\s+)?[a-zß-ÿ][\w-]*,\s+")


@dataclass
class _Someone:
    """A speaker the story leaves unnamed ("one mother said"): a pronoun after it names nobody."""
    gender: str | None
    name = None


# A subject opening with a capitalised word that is neither a determiner nor a pronoun ("Trump",
# "Acme"): a name. "The White House" and "The U.S. Department of Energy" are institutions.
_CAPITALISED_SUBJECT = re.compile(
    r"(?!(?:The|A|An|This|That|These|Those|Our|Its|Their|His|Her|I|We|You|They|It|One)\b)[A-Z]")
_SENTENCE_OPENS = re.compile(r"\s*[A-Z“\"]")
_TWO_CAPITALISED = re.compile(r"[A-Z][\w’'-]*\s+[A-Z]")


# Patterns the rules below match around each quote, compiled once.
_SPEECH_VERB = CaseBlind(SPEECH_VERB_RE.pattern)
_NOT_WORD_CHAR = re.compile(r"[^\w-]")
_APPOSITION_CLOSE = re.compile(r"[’'s]*\s*,\s*((has|have|had|also|later|then|once|[a-z]+ly)\s+)*")
_BY_ANYWHERE = re.compile(r"\bby\s+")
_POINTS_BACK = CaseBlind(r"[—–-]?\s*(that|this|those|these|such)\s+(was|is|were|are)\b")  # (opens with a dash, a space, t or s)
_VERB_FIRST = CaseBlind(rf"(according to|(?:{SPEECH_VERBS}))\s+")
_COMMA = re.compile(r",\s*")
_BY = re.compile(r"by\s+")
_ACCORDING_TO = CaseBlind(r"according to\s+")
_COORDINATED = re.compile(r"\b(and|but)\s*$")
_PASSIVE = re.compile(r"\b(was|were|been|being|is|are|be)\s+([a-z]+ly\s+)?$")
_SENTENCE_PRONOUN = re.compile(r"\s*(He|She|His|Her)\b")
# The same in other languages ("Ze deed een oproep aan de inwoners: “…”"; not "Il", Italian's "the").
_FOREIGN_SENTENCE_PRONOUN = re.compile(r"\s*(?P<pronoun>Er|Sie|Elle|Él|Ella|Lui|Lei|Ele|Ela|Hij|Zij|Ze)\b")
_CARRIES_ON = re.compile(r"\s*[,;:a-z]")
# A clause opening after a comma, maybe on "and": where its subject stands; then a few words in
# lower case up to the colon.
_CLAUSE_OPENS = re.compile(r",(?:\s+(?:and|but|e|ed|y|et|und|en|mas|ma|pero|mais|aber|maar))?\s+"
                           # (a name after its honorific, a surname said with its particle: "e De Santis")
                           r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+"
                           r"|(?:De|Di|Da|Del|Della|Van|Von|Dos|Das|Le|La|Lo)\s+)?$")
_VERB_BEFORE_SUBJECT = re.compile(r",\s+[a-zäöüß]+\s+$")
_SET_OFF = re.compile(r",[^,:;“”«»„]{1,120},")
_PREDICATE = re.compile(r"(?:\s+[\w’'-]+){1,5}\s*:\s*")
_TITLE_AFTER_OPENING = re.compile(r"\s*[^,:“”\"]{3,60},\s+(?P<title>the [a-z]+)")
_SHORT_PREDICATE = re.compile(r"(?:\s+[a-zß-ÿ][\w’'-]*){1,4}\s*:\s*")
_POINTS_BACK_OPENING = re.compile(r"\s*(That|This|These|Those|Such|So)\b")
_HE_OR_SHE = re.compile(r"\s*(He|She)\b")


class Attributor(ForeignSpeech, Antecedents):
    """Works out who said each quotation, reading the story in order."""

    def __init__(self, body, cast):
        self.body, self.cast = body, cast
        self._paragraphs = {}
        named = [((m.block_index, m.start), m.person) for m in cast.mentions
                 if not m.in_quote and body[m.block_index].kind == "paragraph"]
        self.timeline = Timeline(named + self._unnamed_speakers() + self._title_subjects())
        self.people_by_name = {}
        for person in cast.people:
            self.people_by_name.setdefault(person.name, person)
        self._title_holders = {}
        self.interview = find_interview(body, cast)
        interviewee = self.people_by_name.get(self.interview.interviewee) if self.interview else None
        if interviewee and not interviewee.role:
            # The answers are the interviewee's words, so the story's people say who gave them.
            interviewee.role = "interviewee"

    def paragraph(self, block_index):
        """The Paragraph of a block, made on first use."""
        try:
            return self._paragraphs[block_index]
        except KeyError:
            paragraph = self._paragraphs[block_index] = Paragraph(self.body[block_index].text)
            return paragraph

    def _unnamed_speakers(self):
        events = []
        for block_index, block in enumerate(self.body):
            if block.kind != "paragraph":
                continue
            masked = self.cast.masked[block_index]
            if not self.cast.english:
                # "Ein Sprecher des Konzerns sagte …", "Une voisine a raconté …": a pronoun
                # after it names nobody either.
                events += [((block_index, found.end()), _Someone(None))
                           for found in FOREIGN_UNNAMED_SUBJECT.finditer(masked)]
            if not _INDEFINITE_SUBJECT.search(masked):
                continue  # no "a …" / "one …" subject anywhere: nothing to find, skip the verbs
            index = None
            for verb in SPEECH_VERB_RE.finditer(masked):
                begin = max(sentence_start(masked, verb.start()), verb.start() - _LONGEST_SUBJECT)
                if self.named_in_apposition(block_index, begin, verb.start()):
                    continue  # "A resident, Tom Hill, said": named after all
                offset, phrase = subject_phrase(masked, begin, verb.start())
                if len(phrase) > LONG_PHRASE and masked.startswith(phrase, offset):
                    index = index or ParagraphWords(masked)
                    found = index.unnamed_speaker(offset, offset + len(phrase))
                else:
                    found = unnamed_speaker(WORD.findall(phrase.lower()))
                if found:
                    events.append(((block_index, verb.start()), _Someone(found[1])))
        return events

    def resolve(self, block_index, start, phrase, *, verb_first=False):
        """The Attribution for a subject phrase: a name, a pronoun, a title, or nobody in particular."""
        text = self.body[block_index].text
        lead_end = self.interview.lead_end(block_index, text) if self.interview else 0
        if start < lead_end:
            # "Q. You said": the turn's lead is not part of the subject.
            phrase, start = text[lead_end:start + len(phrase)], lead_end
        words = phrase.split()
        if not words:
            return NOTHING
        first = words[0].lower()
        # "Li said she had told them to …": the pronoun after the first verb is the subject.
        embedded = None if verb_first or not phrase.endswith(_HE_ENDINGS) else _EMBEDDED_PRONOUN.search(phrase)
        if embedded:
            return self.pronoun_attribution(embedded.group(1), block_index, start + embedded.start(1))
        if first in ("he", "she") and (len(words) == 1 or verb_first):
            return self.pronoun_attribution(first, block_index, start)
        last = words[-1].lower()
        if last in ("he", "she") and not verb_first and words[-2].lower() not in _JOINS_SUBJECTS \
                and not self._opens_on_an_unknown_name(block_index, start, phrase):
            # "a decision he said he had made": the pronoun right before the verb is its
            # subject, whatever the words before it (not "Jo Li and he said")
            return self.pronoun_attribution(last, block_index, start + phrase.rstrip().rindex(words[-1]))
        if self.interview and self.interview.interviewee and len(words) == 1:
            if first == "i" and block_index in self.interview.answers:
                return Attribution(True, self.interview.interviewee, "I, in the interviewee's answer")
            if first == "you" and block_index in self.interview.questions:
                return Attribution(True, self.interview.interviewee, "you, in a question")
        if first == "who" and len(words) == 1:
            antecedent = self.cast.mention_ending_near(block_index, start, slack=4)
            return Attribution(True, antecedent.person.name, "who after a name") if antecedent \
                else Attribution(True, None, "no person in the subject")
        end = start + len(phrase)
        for mention in reversed(self.cast.mentions_in(block_index, start, end)):
            # The name must head the phrase: "Police Chief Jo Cox", not "a spokesperson for Jo Cox".
            lead = text[start:mention.start].split()
            if heads_phrase(lead) or verb_first and describes_a_speaker(lead):
                if verb_first or not text[mention.end:end].strip(" ’'s"):
                    return Attribution(True, mention.person.name, "name beside the quote")
        if first in _INDEFINITE:
            return Attribution(True, None, "an unnamed subject")
        if first in ("the", "this", "that", "our"):
            head = _NOT_WORD_CHAR.sub("", words[-1].lower())
            if head.endswith("-year-old"):
                speaker = self.resolve_pronoun("he", block_index, start) or \
                    self.resolve_pronoun("she", block_index, start)
                return Attribution(True, speaker, "the N-year-old" if speaker else "pronoun, nobody before")
            if head in TITLE_WORDS:
                return self.resolve_title(head, block_index, start)
            if "’s " not in phrase and "'s " not in phrase \
                    and (described := self.described_just_before(head, block_index, start)).found:
                return described
        if verb_first and len(words) > 4:
            return NOTHING
        if _CAPITALISED_SUBJECT.match(phrase):
            # "Trump said" with no Trump in the cast: a name the parse missed, or an organisation.
            return Attribution(True, None, "a name the story never introduced")
        return Attribution(True, None, "no person in the subject")

    def _opens_on_an_unknown_name(self, block_index, start, phrase):
        # "Robbie Savage was more accurate when he said": the pronoun is the one the sentence opens
        # on, a name the parse missed, not the person named last
        mentions = self.cast.mentions_in(block_index, start, start + len(phrase))
        return bool(_TWO_CAPITALISED.match(phrase)) and not (mentions and mentions[0].start == start)

    def named_in_apposition(self, block_index, begin, verb_start):
        """The person in ``…, Name, said`` (``the mayor’s aide, Jo Cox, said``), or None."""
        text = self.body[block_index].text
        if text.find(",", begin, verb_start) < 0:
            return None  # (the name is set off by commas)
        for mention in self.cast.mentions_in(block_index, begin, verb_start):
            # The comma may come before a title: "a police spokesperson, Sgt. Tim Ray, said".
            if text.find(",", mention.end, verb_start) >= 0 \
                    and _APPOSITION_CLOSE.fullmatch(text, mention.end, verb_start) \
                    and strip_trailing_titles(text[begin:mention.start]).rstrip().endswith(","):
                return mention.person.name
        return None

    def passive_agent(self, block_index, verb, end):
        """The Attribution for ``was told by Name``: the agent after ``by``, or nobody."""
        text = self.body[block_index].text
        by = _BY_ANYWHERE.search(text[verb.end():end])
        if not by:
            return Attribution(True, None, "no person in the subject")
        found = self.resolve(block_index, *object_phrase(text, verb.end() + by.end(), end), verb_first=True)
        return found if found.found else Attribution(True, None, "no person in the subject")

    def after_quote(self, block_index, start, end):
        """Attribution written after a quote (``…,” Name said`` / ``said Name`` / ``according to``)."""
        text = self.body[block_index].text
        segment = text[start:end]
        rest = segment.lstrip(" ,")
        if not rest:
            return NOTHING  # the paragraph or the next quote follows
        if "." in segment or "?" in segment or "!" in segment or "…" in segment:  # (else one sentence)
            segment = segment[: sentence_bounds(segment)[0][1]]
            rest = segment.lstrip(" ,")
            if not rest:
                return NOTHING
        position, segment_end = start + len(segment) - len(rest), start + len(segment)
        paragraph = self.paragraph(block_index)
        if paragraph.may_put_it:
            put_it = self.put_it(block_index, position, segment_end)
            if put_it[1]:
                return put_it
        if (rest[0] in "—–-tTsSſ" or rest[0].isspace()) and paragraph.match(_POINTS_BACK, position, segment_end):
            named = [m for m in self.cast.mentions_in(block_index, position, segment_end) if not m.in_quote]
            if named:
                return Attribution(True, named[0].person.name, "quote points back at a name")
        lead = paragraph.match(_VERB_FIRST, position, segment_end)
        if lead:
            phrase_start, phrase = object_phrase(text, lead.end(), segment_end)
            found = self.resolve(block_index, phrase_start, phrase, verb_first=True)
            if found[1] is None:
                # "said the team’s general manager, Dana Reyes": the name follows the title.
                named = [m for m in self.cast.mentions_in(block_index, phrase_start + len(phrase), segment_end)
                         if _COMMA.fullmatch(text[phrase_start + len(phrase):m.start])]
                if named:
                    return Attribution(True, named[0].person.name, "name after the title")
            return found
        if rest[0].islower():
            foreign = FOREIGN_VERB_FIRST.match(text, position, segment_end)
            if not foreign and not self.cast.english and (tail := _CLAUSE_TAIL.match(text, position, segment_end)):
                # the end of the clause the quotation stands in, then who said it: "Er habe „…“
                # gehandelt, sagte er", "La ligne a été « … » fermée, a expliqué la maire"
                foreign = FOREIGN_VERB_FIRST.match(text, tail.end(), segment_end)
            found = self.foreign_speaker(block_index, foreign, segment_end) if foreign else (
                self.as_someone_says(block_index, position, segment_end))
            if found.found:
                return found  # (else the English rules below: "“It was over,” so the mayor said")
        # (the character before position is a closing mark, a space or a comma, as before rest)
        verb = paragraph.search(_SPEECH_VERB, position, segment_end)
        if verb and len(text[position:verb.start()].split()) <= 14 and not verb.group().lower().endswith("ing"):
            named = self.named_in_apposition(block_index, position, verb.start())
            if named:
                return Attribution(True, named, "name in apposition")
            found = self.resolve(block_index, *subject_phrase(text, position, verb.start()))
            if found[0]:
                return found
        by = _BY.match(rest)
        if by:
            found = self.resolve(block_index, *object_phrase(text, position + by.end(), segment_end),
                                 verb_first=True)
            if found[1]:
                return found
        return NOTHING

    def put_it(self, block_index, start, end):
        """The Attribution for ``as Name put it`` or ``in the words of Name`` in text[start:end]."""
        text = self.body[block_index].text
        paragraph = self.paragraph(block_index)
        if not paragraph.may_put_it or (not paragraph.holds("put", start, end)
                                        and not paragraph.holds("word", start, end)):
            return NOTHING
        match = _PUT_IT_RE.search(text, start, end)
        if not match:
            return NOTHING
        group = "who" if match.group("who") else "of"
        return self.resolve(block_index, match.start(group), match.group(group).strip(), verb_first=True)

    def before_quote(self, block_index, start, end):
        """Attribution written before a quote in its sentence (``Name said,`` ``according to Name,``)."""
        text = self.body[block_index].text
        before = text[start:end]
        if not before or before.isspace():
            return NOTHING  # (nothing any rule below reads)
        begin = start
        if "." in before or "?" in before or "!" in before or "…" in before:  # (else one sentence)
            begin += sentence_bounds(before)[-1][0]
        paragraph = self.paragraph(block_index)
        if paragraph.may_put_it:
            put_it = self.put_it(block_index, begin, end)
            if put_it[1]:
                return put_it
        if any(word in before for word in FOREIGN_ACCORDING_TAILS):
            according = FOREIGN_ACCORDING_BEFORE.search(text, begin, end)
            if according:
                found = self.foreign_according_to(block_index, according.end(), end)
                if found.found:
                    return found
        if paragraph.may_accord and paragraph.holds("ccord", begin, end):
            according = paragraph.search(_ACCORDING_TO, begin, end)
            if according:
                found = self.resolve(block_index, *object_phrase(text, according.end(), end), verb_first=True)
                if found[1]:
                    return found
        if text[begin:end].rstrip().endswith(":") and (clause := self._clause_subject(block_index, begin, end)).found:
            return clause  # (before a verb of saying earlier in the sentence: "La società ha annunciato …, e Jo Li …:")
        for verb in reversed(list(paragraph.finditer(_SPEECH_VERB, begin, end))):
            verb_start = verb.start()
            before_verb = text[begin:verb_start]
            stripped = before_verb.rstrip()
            coordinated = stripped.endswith(("and", "but")) and _COORDINATED.search(before_verb)
            if coordinated or verb.group().lower().endswith("ing"):
                # "Name toured shelters and said …", "Name posted, saying …": the clause subject.
                subjects = [m for m in self.cast.mentions_in(block_index, begin, verb_start)
                            if len(text[begin:m.start].split()) <= 5]
                if subjects:
                    return Attribution(True, subjects[0].person.name, "subject of the clause")
                if pronoun := _HE_OR_SHE.match(text, begin):  # ("He appealed …, describing it as “…”")
                    return self.pronoun_attribution(pronoun.group(1), block_index, begin)
                continue
            named = self.named_in_apposition(block_index, begin, verb_start)
            if named:
                return Attribution(True, named, "name in apposition")
            if _may_be_passive(before_verb, stripped) and _PASSIVE.search(before_verb):
                return self.passive_agent(block_index, verb, len(text))
            found = self.resolve(block_index, *subject_phrase(text, begin, verb_start))
            if found[0]:
                return found
        if text[begin:end].rstrip().endswith(":"):
            found = self.colon_subject(block_index, begin, end)
            if found.found or self.cast.english:
                return found  # (else a verb of saying before the colon: "…, che ha annunciato …:")
        elif ":" in text[begin:end] and not self._possessive_opening(block_index, begin, end):
            # before what the subject says in other words: "Albrecht-Sommer zeigte sich
            # optimistisch: Der Text liege „zu neunzig Prozent“ …" (not "Li’s career gave her an
            # edge: …")
            found = self.colon_subject(block_index, begin, text.rindex(":", begin, end))
            if found.speaker:
                return found
        return NOTHING if self.cast.english else self.foreign_subject_before(block_index, begin, end)

    def _possessive_opening(self, block_index, begin, end):
        text = self.body[block_index].text
        mentions = self.cast.mentions_in(block_index, begin, end)
        return bool(mentions) and text.startswith(("’s", "'s"), mentions[0].end)

    def colon_subject(self, block_index, begin, end):
        """The Attribution for ``Name was blunt: “…”``: the person the sentence is about."""
        text = self.body[block_index].text
        mentions = [m for m in self.cast.mentions_in(block_index, begin, end) if not m.in_quote]
        # (or after its title set off by a comma: "O advogado da empresa, Rui Falcão, foi direto:")
        if mentions and (len(text[begin:mentions[0].start].split()) <= 3 or role_in_apposition_before(
                text[begin:mentions[0].start].rstrip(), english=self.cast.english)
                and not RELATIVE_CLAUSE.match(text, mentions[0].end)):  # (not "…, Jo Li, who paid:")
            return Attribution(True, mentions[0].person.name, "subject before a colon")
        clause = self._clause_subject(block_index, begin, end)
        if clause.found:
            return clause
        titled = None if mentions else _TITLE_AFTER_OPENING.match(text, begin, end)
        if titled and _SHORT_PREDICATE.fullmatch(text, titled.end(), end):
            # a title after words set first: "In her sentencing remarks, the judge was direct:"
            held = self.resolve(block_index, titled.start("title"), titled.group("title"))
            if held.speaker:
                return held
        pronoun = _SENTENCE_PRONOUN.match(text[begin:end])
        if pronoun:
            word = pronoun.group(1).lower()
            return self.pronoun_attribution("he" if word in ("he", "his") else "she", block_index, begin)
        foreign = FOREIGN_PRONOUN_SAYS.match(text, begin, end) or (
            None if self.cast.english else _FOREIGN_SENTENCE_PRONOUN.match(text, begin, end))
        if foreign:
            return self.pronoun_attribution(FOREIGN_PRONOUNS[foreign.group("pronoun").lower()], block_index, begin)
        if not self.cast.english and not mentions and (owned := self.said_by_possessive(block_index, begin, end)).found:
            return owned
        if not self.cast.english and not mentions \
                and (inverted := _INVERTED_PRONOUN.search(text, begin, _clause_end(text, begin, end))):
            # the pronoun right after the verb, German's order after words set first: "In Richtung
            # des Angeklagten fand sie deutliche Worte: „…“"
            return self.pronoun_attribution(FOREIGN_PRONOUNS[inverted.group("pronoun")], block_index, begin)
        if not self.cast.english and not mentions:
            # whoever holds the title the sentence opens on: "La prima cittadina non usa mezzi termini: «…»"
            colon = text.rfind(":", begin, end)
            colon, lead = colon if colon >= 0 else end, begin + len(text[begin:end]) - len(text[begin:end].lstrip())
            found = self.described_speaker(block_index, lead, colon, begin, held_only=True)
            if not found.speaker:
                found = self.reported_colon(block_index, lead, colon)
            return found if found.speaker else self.subject_unsaid(block_index, lead, colon)
        return NOTHING

    def _clause_subject(self, block_index, begin, end):
        # the subject of the clause a colon closes, after a comma: "Asked whether he would stay,
        # Mr Nguyen was blunt: “…”", "…, e De Santis lancia l'appello: «…»"
        text = self.body[block_index].text
        mentions = [m for m in self.cast.mentions_in(block_index, begin, end) if not m.in_quote]
        # (or after its title, and with a clause set off after it: "Speaking afterwards, dairy
        # farmer Tom Keegan, whose land borders the river, was blunt:")
        comma = text.rfind(",", begin, mentions[-1].start) if mentions else -1
        apposition = _SET_OFF.match(text, mentions[-1].end, end) if mentions else None
        if mentions and (_CLAUSE_OPENS.search(text, begin, mentions[-1].start)
                         or comma >= 0 and heads_phrase(text[comma + 1:mentions[-1].start].split())) \
                and _SHORT_PREDICATE.fullmatch(text, apposition.end() if apposition else mentions[-1].end, end):
            # (its verb a verb of saying: "…, Ramos added: “…”", the name is right beside the quote)
            says = ANY_SPEECH_VERB_RE.search(text, mentions[-1].end, end)
            rule = "name beside the quote" if says else "subject before a colon"
            return Attribution(True, mentions[-1].person.name, rule)
        if mentions and not self.cast.english and _VERB_BEFORE_SUBJECT.search(text, begin, mentions[-1].start) \
                and _PREDICATE.fullmatch(text, mentions[-1].end, end):
            # the subject after its verb, German's order after a clause: "Sollte dieser scheitern,
            # kündigt Jo Weber die nächste Etappe an:"
            return Attribution(True, mentions[-1].person.name, "subject before a colon")
        return NOTHING

    def colon_paragraph_before(self, block_index):
        """The Attribution for a paragraph opening on a quotation under one that ends on a colon
        ("…, dairy farmer Tom Keegan, whose land borders the river, was blunt:" ¶ "“…”"): the
        subject of that sentence, as for a colon before the quotation (someone unnamed: "A
        resident was blunt:", no one's words carried on)."""
        before = block_index - 1
        while before >= 0 and self.body[before].kind in SET_APART:
            before -= 1
        text = self.body[before].text.rstrip() if before >= 0 and self.body[before].kind == "paragraph" else ""
        if not text.endswith(":"):
            return NOTHING
        return self.colon_subject(before, sentence_start(text, len(text) - 1), len(text))

    def next_sentence_subject(self, block_index, start):
        """The person named at the start of the sentence after an opening quote (``“…” Name added.``)."""
        text = self.body[block_index].text
        rest = text[start:]
        if not rest.strip() or _CARRIES_ON.match(rest):
            return NOTHING
        begin, end = next((start + s, start + e) for s, e in sentence_bounds(rest) if rest[s:e].strip())
        mentions = [m for m in self.cast.mentions_in(block_index, begin, end) if not m.in_quote]
        # The name heads the sentence ("Jo Li made the promise"), or the sentence points back
        # at the quote ("That was the assessment of Jo Li", "So said Jo Li").
        points_back = _POINTS_BACK_OPENING.match(text[begin:end])
        if mentions and (len(text[begin:mentions[0].start].split()) <= 4 or points_back):
            return Attribution(True, mentions[0].person.name, "named in the next sentence")
        pronoun = _HE_OR_SHE.match(text[begin:end])
        return self.pronoun_attribution(pronoun.group(1), block_index, begin) if pronoun else NOTHING

    def own_attribution(self, quote):
        """The Attribution from the quote's own sentence, the words after it first."""
        parts, cast = quote.parts, self.cast
        first_bi, opened, _, _ = parts[0]
        last_bi, _, _, last_end = parts[-1]
        last_text = self.body[last_bi].text
        opens = cast.quote_opens[last_bi]
        following = bisect_left(opens, last_end + 1)
        next_open = opens[following] if following < len(opens) else len(last_text)
        preceding = bisect_left(cast.quote_opens[first_bi], opened) - 1
        previous_close = cast.quote_spans[first_bi][preceding][2] + 1 if preceding >= 0 else 0
        # A quote closed by a full stop (“… in force.” Roe agreed.) ends its sentence: the
        # attribution before it wins over the next sentence's verb. Commas, ? and ! leave the
        # sentence open (“Why now?” Roe asked.).
        stop = last_text[last_end - 1]
        if stop.isspace():
            stop = last_char_before(last_text, last_end)
        before = None
        if stop == "." and _SENTENCE_OPENS.match(last_text, last_end + 1):
            before = self.before_quote(first_bi, previous_close, opened)
            if before[1]:
                return before
        after = self.after_quote(last_bi, last_end + 1, next_open) if next_open > last_end + 1 else NOTHING
        if after[1]:
            return after
        if before is None:
            before = self.before_quote(first_bi, previous_close, opened)
        if before[1] or not after[0]:
            return before
        return after

    def attribute(self, quotes):
        """Set ``speaker``, ``rule`` and ``confidence`` on every quote, in reading order."""
        by_block = {}
        for quote in quotes:
            by_block.setdefault(quote.parts[0][0], []).append(quote)
        previous, people_by_name, timeline = None, self.people_by_name, self.timeline
        for block_index, block in enumerate(self.body):
            if block.kind != "paragraph":
                if block.kind == "subhead":
                    previous = None
                continue
            here = by_block.get(block_index)
            if here is None:
                previous = None
                continue
            results = [self.own_attribution(quote) for quote in here]
            attributed = None
            for position, quote in enumerate(here):
                result = results[position]
                if not result.found:
                    if attributed is None:
                        attributed = [index for index, own in enumerate(results) if own.found]
                    if attributed:
                        result = borrowed(_shared_attribution(results, position, attributed),
                                          "another quote in the paragraph")
                    if not result.found and position == 0 and quote.parts[0][1] == 0:
                        last_bi, _, _, last_end = quote.parts[-1]
                        result = self.colon_paragraph_before(block_index)
                        if not result.found:
                            result = self.next_sentence_subject(last_bi, last_end + 1)
                        # A paragraph that is nothing but a quotation carries on the last speaker.
                        if result.speaker is None and len(here) == 1 \
                                and not self.body[last_bi].text[last_end + 1:].strip(" .…"):
                            result = borrowed(previous, "carried over from the paragraph before")
                            if not result.found:
                                result = self._introduced_before(block_index)
                    if not result.found and quote.parts[0][1]:
                        # (the last things tried: guesses to be checked)
                        result = self.sentence_before(quote)
                        if not result.found:
                            result = self.described_before(block_index, quote.parts[0][1])
                        if not result.found:
                            result = self.according_before(block_index, quote.parts[0][1])
                        if not result.found:
                            result = self.reported_before(block_index, quote.parts[0][1], previous)
                        if not result.found:
                            result = self.reported_here(quote)
                if result.found:
                    quote.speaker, quote.rule, quote.confidence = result.speaker, result.rule, result.confidence
                    person = people_by_name.get(result.speaker) if result.speaker else None
                    if person:
                        timeline.note((block_index, quote.parts[0][1]), person)
                else:
                    quote.speaker, quote.rule, quote.confidence = None, "unattributed", 0.0
            previous = here[-1] if here[-1].speaker else None


def _clause_end(text, begin, end):
    # the main clause's end: its first comma, or the colon
    comma = text.find(",", begin, end)
    return comma if comma >= 0 else end


# (in the main clause: a relative one, "die sie traf", comes after a comma)
_INVERTED_PRONOUN = re.compile(r"(?<=\s)[a-zäöüß]{2,}\s(?P<pronoun>er|sie)(?=\s)")


def _shared_attribution(results, position, attributed):
    # A quote with no attribution of its own shares that of its paragraph's nearest quote
    # (the earlier one on a tie). ``attributed``: sorted indexes of quotes that have one.
    after = bisect_left(attributed, position + 1)
    candidates = ([attributed[after - 1]] if after > 0 else []) + (attributed[after:after + 1])
    if not candidates:
        return NOTHING
    return results[min(candidates, key=lambda index: (abs(index - position), index))]

