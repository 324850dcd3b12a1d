"""Who a pronoun, a title or a sentence before a quotation points back at: the antecedents the
Attributor reads a story's earlier sentences and paragraphs for."""

import re
from bisect import bisect_left

from .confidence import NOTHING, Attribution
from .names import is_title
from .paragraphs import WORD
from .text import has_terminal_punctuation, in_title_case, rstrip_offset, sentence_start, stops_before
from .words import ROLE_MODIFIERS, STOPWORDS, is_role_noun, is_role_or_compound, word_set


# Abbreviated titles, so that "the governor" finds "Gov. Jo Cox".
_TITLE_EXPANSIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "sgt": "sergeant", "capt": "captain", "det": "detective", "supt": "superintendent", "prof": "professor",
    "dr": "doctor", "col": "colonel", "cmdr": "commander", "adm": "admiral", "maj": "major",
    "ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
    # the same office under its other names: a Mexican town's "presidenta municipal" is its
    # "alcaldesa", an Italian town's "sindaco" its "primo cittadino"
    "municipal": "alcalde alcaldesa", "sindaco": "cittadino", "sindaca": "cittadina",
    # and a German-speaking town's "Bürgermeister" its "Ortschef", "Gemeindechef" or "Stadtchef"
    "bürgermeister": "ortschef gemeindechef stadtchef", "bürgermeisterin": "ortschefin gemeindechefin stadtchefin",
    # a judge is "la magistrada", a lawyer "el letrado"; a Justice "the judge"
    "justice": "judge",
    "juez": "magistrado", "jueza": "magistrada", "juiz": "magistrado", "juíza": "magistrada",
    "giudice": "magistrato magistrata", "juge": "magistrat magistrate", "abogado": "letrado", "abogada": "letrada",
    # a prosecutor is "la pm", a lawyer "il legale"; a union's officer its "sindacalista"
    "ministero": "pm", "avvocato": "legale", "avvocata": "legale",
    "sindacato": "sindacalista", "sindicato": "sindicalista", "syndicat": "syndicaliste",
    "sindacale": "sindacalista", "sindical": "sindicalista", "syndicale": "syndicaliste",
    # a team's "director técnico" or "técnico" is its coach, "el entrenador", "o treinador" (not
    # the other way round: "el técnico" may be a coach named with no title)
    "técnico": "entrenador treinador", "técnica": "entrenadora treinadora",
}
TITLE_SYNONYMS = frozenset(word for words in _TITLE_EXPANSIONS.values() for word in words.split())


# A physician by their specialty ("o infectologista", "la pediatra", "der Kardiologe", "the
# cardiologist") is "o médico", "der Arzt", "the doctor" too; not a scientist of another field.
_PHYSICIAN_ENDINGS = ("ologista", "ologist", "ologo", "ologa", "ólogo", "óloga", "ologue", "ologe", "ologin", "iatra",
                      "iater", "iaterin", "iatrist", "arzt", "ärztin", "chirurg", "chirurgin", "cirujano", "cirujana",
                      "cirurgião", "chirurgien", "chirurgienne", "chirurgo", "surgeon")
_NOT_PHYSICIANS = (
    "eco", "ecó", "bio", "bió", "geo", "geó", "zoó", "filó", "teó", "ideó", "soci", "psic", "psych", "antrop", "anthrop",
    "arque", "arché", "archae", "zoo", "meteor", "hidr", "hydr", "climat", "klimat", "filo", "philo", "teo", "theo", "ideo",
    "crimin", "krimin", "music", "musik", "tecn", "techn", "astr", "etn", "ethn", "polit", "ufo", "egipt", "ägypt", "egypt")
_PHYSICIAN = "médico médica medico medica médecin arzt ärztin arts doctor doctora doutor doutora dottore dottoressa"


# A scientist by their field ("el oceanógrafo", "a hidróloga", "der Geologe", "the ecologist") is
# "el investigador", "a especialista", "the researcher" too.
_SCIENTIST_ENDINGS = ("ógrafo", "ógrafa", "ografo", "ografa", "ographer", "ographe", "ograph", "ographin",
                      "ólogo", "óloga", "ologo", "ologa", "ologist", "ologue", "ologe", "ologin")
_SCIENTIST = ("investigador investigadora pesquisador pesquisadora ricercatore ricercatrice chercheur chercheuse"
              " forscher forscherin onderzoeker researcher científico científica cientista scienziato scienziata"
              " scientifique wissenschaftler wissenschaftlerin wetenschapper scientist especialista experto experta"
              " esperto esperta expert expertin experte")


def _role_words(role):
    words = WORD.findall(role.lower())
    return set(words) | {w for word in words for w in _TITLE_EXPANSIONS.get(word, "").split()} | (
        set(_PHYSICIAN.split()) if any(word.endswith(_PHYSICIAN_ENDINGS) and not word.startswith(_NOT_PHYSICIANS)
                                       for word in words) else set()) | (
        set(_SCIENTIST.split()) if any(word.endswith(_SCIENTIST_ENDINGS) for word in words) else set())


# A few words set off by a comma before a sentence's subject: "No cais, ", "Mardi soir, ".
OPENING_PHRASE = re.compile(r"[^,;:“”«»„\"]{1,40},\s+")
OPENING_WORDS = 4
# A relative pronoun opening a clause: what follows says what someone did, not who speaks ("The
# plan, which Mayor Jo Li backed, …", "…, Jo Li, who paid:").
RELATIVE_CLAUSE = re.compile(
    r",?\s*(?:which|who|whom|whose|that|que|qui|dont|che|cui|der|die|das|dat|welke|welche|welcher|quien|cuyo)\b",
    re.IGNORECASE)
_DETERMINERS = word_set("the a an his her their its our")
# A sentence opening on a pronoun or a possessive for one person, in English or another language
# (not French "Il": Italian's "the").
_OPENS_ON_A_PRONOUN = re.compile(r"(?:He|She|His|Her|Er|Sein|Seine|Ihr|Ihre|Elle|Son|Sa|Ses|Él|Ella|Su|Sus|Ele|Ela"
                                 r"|Seu|Sua|Lui|Lei|Hij|Zij|Ze|Zijn|Haar)\b")
_UNNAMED_AS_A_RULE = word_set("spokesperson spokesman spokeswoman official officer source sources witness patient"
                              " victim")
SET_APART = ("image", "related")  # blocks a page sets between a story's paragraphs
# Before the last one named in a sentence: its subject, or a pronoun of the same gender.
_SUBJECT_OPENING_WORDS = 3
_SAID_WORDS = 8  # words at least of a quotation with no stop of its own, to be someone's words
_PRONOUN_OF = {"m": re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE),
               "f": re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)}
# A sentence's opening article and the noun after it ("The mayor", "Die Oberbürgermeisterin").
_TITLE_OPENING = re.compile(
    r"(?:^|(?<=[.!?…] ))(?:The|Die|Der|Le|La|El|Il|O|A|De|Het|L[’'])\s*([^\W\d_][\w-]+)")


def heads_phrase(lead):
    """Whether a name after these words heads its phrase: "Police Chief Jo Cox", "council member
    Jo Cox", not "a spokesperson for Jo Cox".

    Each word must be a title, a role, a role's modifier, a capitalised word or an opening
    determiner; a lower-case noun right before a role ("school board member") modifies it.
    """
    before_role = False  # reading back from the name: a role or title has come since
    for position in range(len(lead) - 1, -1, -1):
        word = lead[position]
        if word[0].isupper() or is_title(word) or word.lower() in ROLE_MODIFIERS or is_role_noun(word):
            before_role = before_role or is_title(word) or is_role_noun(word)
        elif not (position == 0 and word.lower() in _DETERMINERS) and not (
                before_role and word.isalpha() and word.islower() and (word not in STOPWORDS or (
                    # (what an office is of, before its holder's title: "Chair of the council Cllr Jo Li")
                    position and word in _OF_AN_OFFICE))):
            return False  # a word that is no title, role or determiner: the name is not its head
    return True


_OF_AN_OFFICE = frozenset(("of", "the"))


class Antecedents:
    """The Attributor's rules for what a pronoun, a title or a quotation standing alone points back
    at (it gives ``body``, ``cast``, ``timeline`` and ``_title_holders``)."""

    def _title_subjects(self):
        """A sentence opening on the title of the one person who holds it ("Die
        Oberbürgermeisterin wies die Kritik zurück.", "The mayor was unmoved."): that person,
        for the pronouns after it."""
        holders = {}
        for person in self.cast.people:
            for word in set((person.role or "").lower().split()):
                if is_title(word) or is_role_noun(word):
                    holders.setdefault(word, []).append(person)
        events = []
        for block_index, block in enumerate(self.body if holders else ()):
            if block.kind == "paragraph":
                events += [((block_index, found.start(1)), holders[head][0])
                           for found in _TITLE_OPENING.finditer(block.text)
                           if len(holders.get(head := found.group(1).lower(), ())) == 1]
        return events

    def resolve_pronoun(self, pronoun, block_index, offset):
        """The most recent person (named or not) before this point whose gender fits the pronoun."""
        return self.pronoun_attribution(pronoun, block_index, offset).speaker

    def pronoun_attribution(self, pronoun, block_index, offset):
        """The pronoun's antecedent as an Attribution, its rule saying how far back it was named
        (``pronoun`` None: a subject left out, "«…», añadió.", which anyone may be)."""
        if pronoun is None:
            event = self.timeline.last_event_before((block_index, offset), "anyone", lambda who: True)
        else:
            want = "m" if pronoun.lower() in ("he", "him", "his") else "f"
            event = self._subject_before(block_index, want, self.timeline.last_event_before(
                (block_index, offset), want, lambda who: who.gender in (want, None)))
        if not event or not event[1].name:
            return Attribution(True, None, "an unnamed subject" if event else "pronoun, nobody before")
        back = self.paragraphs_between(event[0][0], block_index)
        rule = "pronoun, same paragraph" if back == 0 else \
            "pronoun, paragraph before" if back == 1 else "pronoun, further back"
        return Attribution(True, event[1].name, rule)

    def paragraphs_between(self, named_in, block_index):
        """How many paragraphs on from ``named_in`` block_index is, counted to the first paragraph
        of a quotation going on into it ("«… ¶ «…», explicou a especialista" is said one
        paragraph after the one naming her, not two); a photo between two paragraphs does not
        part them."""
        spans, first = self.cast.quote_spans, block_index
        while first - 1 > named_in and spans.get(first) and spans[first][0][0] == 0 \
                and spans.get(first - 1) and not spans[first - 1][-1][3]:
            first -= 1
        return sum(block.kind not in SET_APART for block in self.body[named_in + 1:first + 1])

    def _subject_before(self, block_index, want, event):
        """Within a paragraph a pronoun goes on with the sentence's subject before it, not with
        someone that sentence names later ("Li has joined Jo Roe and Al Cho in saying so. “…,” he
        said": Li): the person or pronoun of that gender opening the sentence of the last one named.
        (Across paragraphs, the last one named: a new paragraph may take up anyone.)"""
        if not event or event[0][0] != block_index:
            return event
        text = self.body[block_index].text
        begin = sentence_start(text, event[0][1])
        opening = text[begin:event[0][1]]
        if not opening.strip():
            return event
        for mention in self.cast.mentions_in(block_index, begin, event[0][1]):
            if len(text[begin:mention.start].split()) <= _SUBJECT_OPENING_WORDS \
                    and mention.person.gender in (want, None) and not mention.in_quote:
                return (block_index, mention.start), mention.person
            break
        if _PRONOUN_OF[want].search(opening):
            # "… her fame …, she was more nervous than Rose Lin ever was. “…,” she said": the one before
            earlier = self.timeline.last_event_before((block_index, begin), want,
                                                      lambda who: who.gender in (want, None))
            return earlier or event
        return event

    def resolve_title(self, head, block_index, offset):
        """The person last mentioned whose role holds this title (``the mayor``), as an Attribution."""
        if head not in self._title_holders:
            holders = [p for p in self.cast.people if p.role and head in _role_words(p.role)]
            self._title_holders[head] = holders, {id(p) for p in holders}
        holders, ids = self._title_holders[head]
        who = self.timeline.last_before((block_index, offset), ("title", head), lambda who: id(who) in ids)
        if who:
            return Attribution(True, who.name, "title, holder named before")
        if holders:
            return Attribution(True, holders[0].name, "title, holder named later")
        set_off = self.title_set_off(head, block_index, offset)
        return set_off if set_off.found else Attribution(True, None, "title, nobody holds it")

    def title_set_off(self, head, block_index, offset):
        """The one whose name a comma set after this word last before ``offset``: "The trial
        judge, His Honour Jo Li, …" ¶ "“…,” the judge said"; "the second witness, Mr Jo Li, …" ¶
        … ¶ "“…,” the witness added"."""
        key = ("set off", head)
        if key not in self._title_holders:  # (where each mention after the word stands, in order)
            title = re.compile(rf"(?<![\w-]){re.escape(head)},\s+(?:[A-Z][\w’'-]*\.?\s+){{0,2}}$", re.IGNORECASE)
            self._title_holders[key] = sorted(
                ((mentioned_in, start), person.name) for person, mentioned_in, start, _ in self.cast.full_mentions
                if title.search(self.body[mentioned_in].text, max(0, start - 60), start))
        set_off = self._title_holders[key]
        before = bisect_left(set_off, ((block_index, offset),))
        return Attribution(True, set_off[before - 1][1], "title set off before the name") if before else NOTHING

    def described_just_before(self, head, block_index, offset):
        """The Attribution for a speaker described by what they do, no title ("the retired
        schoolteacher said"): the one a comma set after that word (see title_set_off); else
        right after a paragraph or a sentence naming someone, most likely them, to be checked
        (not a spokesperson, an official, a patient or a victim, whom stories leave unnamed; the
        caller leaves out someone's relation, "the victim's mother")."""
        set_off = self.title_set_off(head, block_index, offset)
        if set_off.found or not is_role_or_compound(head) or head in _UNNAMED_AS_A_RULE:
            return set_off
        return self.named_just_before(block_index, offset)

    def named_just_before(self, block_index, offset, *, unless=None):
        """The person named last before ``offset`` in the same paragraph or the one before, as the
        one a description of a speaker means, since a story describes who it has just named
        (further back, it may be someone the story never named; from the paragraph before, sure
        enough only to be checked, and not when ``unless(name)``)."""
        named = self.pronoun_attribution(None, block_index, offset)
        if named.speaker and named.rule == "pronoun, same paragraph":
            return Attribution(True, named.speaker, "described, named just before")
        if named.speaker and named.rule == "pronoun, paragraph before" and not (unless and unless(named.speaker)):
            return Attribution(True, named.speaker, "described, named in the paragraph before")
        return NOTHING

    def _introduced_before(self, block_index):
        # A paragraph that is nothing but a quotation, after one that names someone and quotes
        # nobody ("Ottorino Scapin, 87 anni, … ¶ «Ho ancora le chiavi …»"): most likely theirs,
        # to be checked
        found = self.pronoun_attribution(None, block_index, 0)
        if not found.speaker or found.rule != "pronoun, paragraph before":
            return NOTHING
        before = next(index for index in range(block_index - 1, -1, -1) if self.body[index].kind not in SET_APART)
        if self.cast.quote_spans.get(before):
            return NOTHING  # (after a quotation nobody was found to have said, a dialogue's turns)
        text = self.body[before].text
        named = [m for m in self.cast.mentions_in(before, 0, len(text)) if not m.in_quote]
        if not named:
            return Attribution(True, found.speaker, "named in the paragraph before")  # (by a title)
        # the subject of the last sentence naming someone: its opening words, a name set off by
        # commas there ("The head of the agency, Jo Li, said …"), or the one person it names
        # when no other word could be its subject ("Mowbray admitted … before Jo Li scored")
        begin = sentence_start(text, named[-1].start)
        named = [m for m in named if m.start >= begin]
        for mention in named:
            lead = text[begin:mention.start]
            # (or after its title: "SES Kooralong unit controller Dallas Pirrone said …")
            if len(lead.split()) <= _SUBJECT_OPENING_WORDS or heads_phrase(lead.split()) or (
                    lead.rstrip().endswith(",") and text.startswith(",", mention.end)) or (
                    len({m.person.name for m in named}) == 1 and not self._unknown_subject(lead)):
                return Attribution(True, mention.person.name, "named in the paragraph before")
        return NOTHING

    def sentence_before(self, quote):
        """A quotation opening its sentence right after one whose subject is a person
        ("Eberhard Kistenpfennig, Leiter des Gymnasiums, hält den Entwurf für unrealistisch.
        „…“", "Li called the plan a gamble. “…”"): most likely theirs, to be checked."""
        block_index, opened = quote.parts[0][0], quote.parts[0][1]
        text = self.body[block_index].text
        end = rstrip_offset(text, opened)
        if not end or not stops_before(text, end):
            return NOTHING  # (the quotation's own sentence said nothing of who spoke)
        said = text[quote.parts[0][2]:quote.parts[0][3]] if len(quote.parts) == 1 else "…."
        if not has_terminal_punctuation(said.rstrip(" ,")) and (
                len(said.split()) < _SAID_WORDS or in_title_case(said.split())):
            return NOTHING  # the title of a work or a piece ("Surviving Without Subsidies"), no one's words
        begin = sentence_start(text, end - 1)
        mentions = self.cast.mentions_in(block_index, begin, end)
        # (or of the sentence before it, when this one speaks of that person by a pronoun:
        # "Griet Van den Eynde heeft een afbetalingsplan aangevraagd. Haar thermostaat staat op
        # 18 graden. ‘…’")
        if not mentions and begin and _OPENS_ON_A_PRONOUN.match(text, begin):
            end, begin = begin, sentence_start(text, begin - 1)
            mentions = self.cast.mentions_in(block_index, begin, end)
        for mention in mentions:
            lead = text[begin:mention.start]
            # (after a few words set off before the subject: "No cais, Ezequiel Calado já decidiu: …")
            opening = OPENING_PHRASE.match(lead)
            if opening and len(opening.group().split()) <= OPENING_WORDS \
                    and not RELATIVE_CLAUSE.match(lead, opening.end()):
                lead = lead[opening.end():]  # (not "The plan, which Mayor Jo Li backed, …")
            if not mention.in_quote and (len(lead.split()) <= _SUBJECT_OPENING_WORDS or heads_phrase(lead.split())):
                return Attribution(True, mention.person.name, "subject of the sentence before")
            break
        return NOTHING

    def _unknown_subject(self, lead):
        # an English sentence opening on a capitalised word the cast does not know ("Mowbray")
        first = lead.split(None, 1)[0] if lead.strip() else ""
        return self.cast.english and first[:1].isupper() and first.lower() not in STOPWORDS
