"""Who said a quotation in a story written in another language: the verbs of saying, pronouns,
titles and "according to" of German, French, Spanish, Portuguese, Italian and Dutch."""

import re

from .antecedents import OPENING_PHRASE, OPENING_WORDS, TITLE_SYNONYMS
from .confidence import NOTHING, Attribution, borrowed
from .names import is_title
from .phrases import object_phrase
from .roles import is_title_of_something
from .text import rstrip_offset, sentence_start, stops_before
from .words import (
    AGED_ENDINGS,
    FOREIGN_ACCORDING_TO,
    FOREIGN_DETERMINER_PATTERN,
    FOREIGN_DETERMINERS,
    FOREIGN_SPEECH_VERBS,
    FOREIGN_TITLE_WORDS,
    MANNER_PHRASE_RE,
    SPEECH_VERB_RE,
    TO_A_NAMED_BODY_RE,
    is_role_noun,
)


# A verb of saying after a quotation and what follows it: "sagte Jo Weber", "a déclaré la maire, Ana
# Lima", "dijo él", "so Weber"; the pronoun may be bound to the verb ("a-t-elle ajouté", "dit-il").
FOREIGN_VERB_FIRST = re.compile(
    rf"(?:(?:a|ha|avait|aveva|había|tinha|havia)(?:-t-(?P<bound_before>il|elle))?\s+)?"
    rf"(?:(?P<verb>{FOREIGN_SPEECH_VERBS})"
    rf"(?:-t-|-)?(?P<bound>il|elle)?|{FOREIGN_ACCORDING_TO})(?![\w-])\s*")
FOREIGN_PRONOUNS = {"er": "he", "sie": "she", "il": "he", "elle": "she", "él": "he", "ella": "she",
                    "lui": "he", "lei": "she", "ele": "he", "ela": "she", "hij": "he", "zij": "she", "ze": "she"}
# Those set apart after the verb ("sagte sie", "dijo él"): French binds "il" and "elle" to it
# ("dit-il"), and apart "il" is Italian's "the" ("spiega il direttore").
_PRONOUNS_APART = frozenset(FOREIGN_PRONOUNS) - {"il", "elle"}
# Words at most between the verb and the name: "sagte Bürgermeisterin Ana Lima", "a déclaré la
# maire, Ana Lima", and more when a comma sets the name after its title ("spiega il direttore
# della compagnia, Jo Li"); further on, the name is someone the sentence goes on to mention.
_TITLE_WORDS = 3
_TITLE_WORDS_BEFORE_COMMA = 6
_TITLE_WORDS_BEFORE_NAME = 8
# "so ein Sprecher", "a déclaré une voisine", "dijo una vecina": someone the story leaves unnamed.
_INDEFINITE = frozenset("ein eine einer un une una uno um uma".split())
# Someone unnamed as the subject of a verb of saying: "Ein Sprecher des Konzerns sagte", "Une
# porte-parole a déclaré", "Un vecino contó", "Een woordvoerder zei".
FOREIGN_UNNAMED_SUBJECT = re.compile(
    rf"(?<![\w-])(?:Ein|Eine|Un|Une|Una|Uno|Um|Uma|Een)\s+[\w-]+(?:\s+[\w’'-]+){{0,4}}?\s+"
    rf"(?:hat\s+|a\s+|ha\s+|heeft\s+)?(?:{FOREIGN_SPEECH_VERBS})(?![\w-])")
# "Sie sagte: „…“", "Il a déclaré : « … »": the pronoun before a verb of saying and a colon.
FOREIGN_PRONOUN_SAYS = re.compile(
    rf"\s*(?P<pronoun>{'|'.join(map(str.capitalize, FOREIGN_PRONOUNS))})\s+(?:a\s+|ha\s+)?(?:{FOREIGN_SPEECH_VERBS})\s*:")
# A pronoun opening a sentence, and the auxiliary a verb of saying may take after it.
# The auxiliaries a verb of saying may take ("Elle a déclaré", "Er hat gesagt", "Ela tinha dito").
_AUXILIARY = "a|ha|hat|hatte|heeft|had|tem|tinha|avait|había|aveva"
# (with at most two pronouns bound to the verb between: "Il y affirme", "Él se lo dijo", "Lei gli ha detto")
_CLITIC = r"(?:(?:y|en|lui|leur|nous|vous|me|te|se|le|la|les|lo|gli|ne|mi|ti|ci|vi|si|lhe|lhes)\s+|[mtsl][’'])"
_PRONOUN_SUBJECT = re.compile(rf"\s*(?P<pronoun>{'|'.join(map(str.capitalize, FOREIGN_PRONOUNS))})\s+"
                              rf"(?:{_CLITIC}){{0,2}}(?:(?:{_AUXILIARY})\s+)?")
# A speaker described by an article or possessive and a title or job: "el delantero", "o
# pediatra", "l'écologue", "der 74-Jährige" (in German a title is capitalised as every noun).
# (then words in lower case, and the names of places and bodies after "of": "explicó el
# delantero a pie de campo", "il comandante dei vigili del fuoco, l'ingegnere Jo Li", "ha
# attaccato l'allenatore del Monteverza")
# (after where or when it was said, maybe: "dijo en conferencia de prensa el ministro …, Jo Li")
_WHERE_OR_WHEN = "en|ante|durante|tras|à|au|aux|bei|im|vor|tijdens|nel|nella|alla|al|em|no|na"
_DESCRIBED = re.compile(
    rf"\s*(?:(?i:{_WHERE_OR_WHEN})\s+[^,.;«»“”„\"]{{1,40}}?\s+)?"
    rf"(?i:{FOREIGN_DETERMINER_PATTERN})\s*(?P<head>[\w-]+)"
    # (described by age: "la mujer de 62 años", "l'uomo di 40 anni")
    r"(?P<age>\s+(?:de|di)\s+\d{1,3}\s+(?:años|anos|ans|anni))?"
    r"(?:\s+(?:de|del|della|dei|des|du|da|do|dos|das|y|e|et|und|van|von|der|of)\s+[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*)*"
    r"|\s+(?![A-ZÀ-Þ])[^\W\d_][\w’'-]*){0,10}"
    # (and where or when, its nouns capitalised in German: "der 71-Jährige in einer Verhandlungspause.")
    r"(?:\s+(?i:in|im|bei|vor|nach|während|auf|am|an|mit|en|à|au|dans|durante|tras|nel|nella|na|no|em|op|bij)"
    r"\s+[^,.;«»“”„\"]{1,40}?)?\s*(?:(?P<comma>,)|[.;]|$)")
# A doctor's title goes with any other ("la doctora Ana Ruiz" ¶ "Para la jefa de Urgencias, …").
_DOCTORS = frozenset("dr doctor doctora docteur docteure dottore dottoressa doutor doutora dokter prof".split())
# (what may stand between a subject and its verb of saying: "…, Valérie Gindraux, a appelé")
_AUXILIARIES = frozenset(("", *_AUXILIARY.split("|")))
_AUXILIARY_AT_END = re.compile(rf"\s+(?:{_AUXILIARY})\s*$")
_ANY_OFFICIAL = frozenset("""
    funcionario funcionaria dirigente responsable responsável responsabile fonctionnaire funzionario
    ejecutivo ejecutiva executivo executiva líder lider experto experta expert experte esperto esperta
""".split())
# (new or former, the title has had two holders: the one named last may be the other)
_NEW_OR_FORMER = frozenset("""
    nouveau nouvelle nuevo nueva nuovo nuova novo nova neue neuer nieuwe ancien ancienne antiguo antigua ex
    ehemalige ehemaliger voormalige
""".split())
# (and young or veteran: "le jeune attaquant", "el veterano delantero", "die junge Ärztin")
_BEFORE_A_TITLE = _NEW_OR_FORMER | frozenset("""
    primo prima actual actuel actuelle attuale atual jeune joven giovane jovem jonge junge junger
    vétéran veterano veterana anziano anziana anciano anciana idoso idosa vieux vieille oude
""".split())
_MANNER_ENDINGS = ("ndo", "mente")  # gerunds and adverbs of manner
_THEN = frozenset("después luego depois logo ensuite après poi dopo später danach later daarna".split())
# "according to" before a quotation: "Selon Ana Lima, « … »", "Según el gerente, «…»"; the
# words' tails, which a sentence holds before any search is made for them.
FOREIGN_ACCORDING_BEFORE = re.compile(r"(?<![\w-])(?:selon|según|segundo|secondo|volgens|laut)\s+", re.IGNORECASE)
FOREIGN_ACCORDING_TAILS = ("elon ", "egún ", "egundo ", "econdo ", "olgens ", "aut ")
# Those words, or English's, opening a sentence: "Laut Jo Li konnten 90 Personen zurück."
_ACCORDING_OPENING = re.compile(rf"\s*(?:{FOREIGN_ACCORDING_BEFORE.pattern}|according\s+to\s+)", re.IGNORECASE)
_OPENS_ON_A_DETERMINER = re.compile(rf"\s*(?:{FOREIGN_DETERMINER_PATTERN}|the|a|an)(?:\s|(?<=[’']))", re.IGNORECASE)
# The pronouns those words take ("Selon lui", "Volgens haar", "Según él", "Segundo ela"): the
# person named before, as a pronoun would be.
_ACCORDING_PRONOUNS = {"lui": "he", "elle": "she", "él": "he", "ella": "she", "lei": "she", "ele": "he",
                       "ela": "she", "hem": "he", "haar": "she", "ihm": "he", "ihr": "she"}


# A verb of saying anywhere in a sentence, and the words at most before the name that opens it
# ("La hidróloga Ana Ruiz", "Die Sprecherin Jo Weber").
# "For" opening a sentence: "Pour Jo Li, …", "Para la jefa, …", "Per Jo Li, …", "Für Jo Li …"
_FOR_SOMEONE = re.compile(r"\s*(?:Pour|Para|Per|Für|Voor)\s+")
_VERB_ANYWHERE = re.compile(rf"(?<![\w-])(?:{FOREIGN_SPEECH_VERBS})(?![\w-])")
_SUBJECT_WORDS = 3
# "As" before who said it, after a quotation (and the object pronoun French sets before the verb).
_AS_SAYS = re.compile(r",?\s*(?:wie|zoals|como|come|comme)\s+(?:le\s+|l['’])?")
# Where or when, set before a subject with its article without a comma: "Nella requisitoria il
# pubblico ministero Jo Li aveva chiesto …", "Durante la audiencia la fiscal Ana Ruiz pidió …".
_OPENING_WITHOUT_COMMA = re.compile(
    rf"(?i:{_WHERE_OR_WHEN})\s+\w+(?:\s+\w+)?\s+(?=(?i:{FOREIGN_DETERMINER_PATTERN})\s)")
_FOREIGN_POSSESSIVE = re.compile(r"\s*(?P<possessive>Zijn|Haar|Sein|Seine|Son|Sa|Su|Il suo|La sua|O seu|A sua)\s")
_POSSESSIVE_GENDER = {"zijn": "he", "sein": "he", "seine": "he", "haar": "she"}
_POSSESSIVE_CLAUSE_WORDS = 6
_SHORTEST_ROLE = 3  # letters more than a role's word has ("der", "die" are none)
# (a capital opens it; as a name may be a verb's word, "Lance", only before "that")
_VERB_OPENING = re.compile(r"(?P<verb>[A-ZÀ-Þ][a-zß-ÿ]+) (?:que|che|dass|dat|qu['’])\W")
# A sentence before a colon whose verb has no subject of its own, as Italian, Spanish and
# Portuguese write ("Mas deixa um aviso:", "Ai suoi medici ripete spesso una frase:"): at most
# this many words, none a determiner or a pronoun that could open a subject ("Dann wird es ernst:").
_UNSAID_SUBJECT_WORDS = 8
# Words opening a phrase of when or where before a verb ("En la sesión del martes dijo que …")
_WHEN_OR_WHERE = frozenset("""
    en con durante tras desde ante ayer hoy luego después antes in nel nella nei dopo prima ieri oggi
    poi em no na nos nas após depois ontem hoje dans lors après pendant avant hier aujourd'hui
""".split())
_OPENS_A_SUBJECT = FOREIGN_DETERMINERS | frozenset(FOREIGN_PRONOUNS) | frozenset("""
    es het man wir ich du ihr wij ik jij je tu on nous vous ils elles eu nós io noi yo nosotros ce cela ça
    questo questa isto isso esto eso
""".split())
# German's subjunctive of reported speech: "Der Gemeinderat habe die Zahlen offengelegt."
_REPORTED_SPEECH = re.compile(r"(?<![\w-])(?:habe|sei|seien|könne|müsse|solle|wolle|dürfe|werde|gebe|liege)(?![\w-])")
_DESCRIBED_WORDS = 5  # "O investigador", "La nouvelle directrice de l'école"
_VERB_REACH = 20  # characters before a name where its verb of saying ends
_REPORTED_REACH = 12  # characters after a quotation where its subjunctive stands ("„…“ habe")
_RELATIVE = "che|qui|que|der|die|dat|welke|welche|welcher"
# A relative pronoun after a name, then the verb of saying (maybe after its auxiliary).
_WHO_SAYS = re.compile(rf",?\s*(?:{_RELATIVE})\s+(?:(?:{_AUXILIARY})\s+)?")
# A relative clause set off by commas after a name, then the verb of saying.
_WHO_DID = re.compile(rf",\s*(?:{_RELATIVE})\s[^,;:.«»“”„\"]{{1,80}},\s*")
_TITLE_REACH = 40  # characters before a name where its title stands
_OF = frozenset("de di da do del della des du van von of".split())
_PRONOUN_AFTER_OPENING = re.compile(rf"(?P<pronoun>{'|'.join(sorted(set(FOREIGN_PRONOUNS) - {'il', 'lui', 'lei'}))})\s+"
                                    rf"(?:(?:{_AUXILIARY})\s+)?")
_SAID_AFTER_WORDS = 4  # "sagte er.", "a précisé la maire, Ana Lima."
# (a pronoun no possessive shares may go without its comma: "Per lei si tratta di «…»", not
# "Voor haar kinderen is het …")
_WORD_AND_COMMA = re.compile(r"(\w+),|(lui|lei|él|ella|ele|ela|ihm) ")
_BOUND_BEFORE = re.compile(r"-t-(il|elle)\s+$")  # "a-t-elle ajouté"


class ForeignSpeech:
    """The Attributor's rules for verbs of saying in other languages (it gives ``body``, ``cast``,
    ``resolve``, ``resolve_title`` and ``pronoun_attribution``)."""

    def as_someone_says(self, block_index, start, end):
        """The Attribution for "as someone says" after a quotation: "„…“, wie Pichler sagt",
        "‘…’, zoals Jansen zegt", "«…», como dijo el alcalde", "« … », comme le dit Jo Li"."""
        text = self.body[block_index].text
        how = _AS_SAYS.match(text, start, end)
        if how is None:
            return NOTHING
        said = FOREIGN_VERB_FIRST.match(text, how.end(), end)
        if said and said.group("verb"):
            return self.foreign_speaker(block_index, said, end)
        for mention in self.cast.mentions_in(block_index, how.end(), end):
            if mention.start == how.end() and not mention.in_quote and _VERB_ANYWHERE.match(
                    text, mention.end + 1) and text[mention.end:mention.end + 1].isspace():
                return Attribution(True, mention.person.name, "name beside the quote")
            break
        return NOTHING

    def foreign_speaker(self, block_index, lead, end):
        """The Attribution after a verb of saying in another language (``lead``, a match of
        FOREIGN_VERB_FIRST): its pronoun, or the name a title's few words at most after it."""
        text = self.body[block_index].text
        words = text[lead.end():end].split(None, 1)
        pronoun = lead.group("bound_before") or lead.group("bound")
        if not pronoun and words and words[0].rstrip(",.;:") in _PRONOUNS_APART:
            pronoun = words[0].rstrip(",.;:")  # ("sagten sie", they said, is no verb of the list)
        if pronoun or not words or not words[0][0].isalpha():
            # (Spanish, Italian and Portuguese leave the subject out: "«…», añadió.")
            return self.pronoun_attribution(FOREIGN_PRONOUNS.get(pronoun), block_index, lead.start())
        for mention in self.cast.mentions_in(block_index, lead.end(), end):
            title = text[lead.end():mention.start]
            between = len(title.split())
            if not mention.in_quote and (MANNER_PHRASE_RE.fullmatch(title.strip())
                                         or TO_A_NAMED_BODY_RE.fullmatch(title.strip())):
                return Attribution(True, mention.person.name, "name after how it was said")
            if mention.in_quote or between > _TITLE_WORDS and not (
                    between <= _TITLE_WORDS_BEFORE_COMMA and title.rstrip().endswith(",")) and not (
                    # (the person's role in full, or a title of something: "disse a diretora do
                    # sindicato Ana Lima")
                    between <= _TITLE_WORDS_BEFORE_COMMA and (mention.person.role and title.rstrip().endswith(
                        f" {mention.person.role}") or is_title_of_something(title.split()[-3:]))):
                break
            role = title.rstrip(" ,").split()
            if between and not mention.person.role and (
                    role[0].lower() in FOREIGN_DETERMINERS or title.endswith(", ")):
                # the title set before the name is the person's role ("la maire, Ana Lima":
                # maire); not words of the sentence, "a déclaré mardi soir Ana Lima"
                while role and role[0].lower() in FOREIGN_DETERMINERS:
                    role = role[1:]
                mention.person.role = " ".join(role) or None
            return Attribution(True, mention.person.name,
                               "name after the title" if between else "name beside the quote")
        if words and words[0].lower() in _INDEFINITE:
            return Attribution(True, None, "an unnamed subject")
        described = self.described_speaker(block_index, lead.end(), end, lead.start())
        if described.found:
            return described
        manner = words[0].rstrip(".,;") if words else ""
        how = MANNER_PHRASE_RE.match(text, lead.end(), end) if manner.islower() else None
        if manner.islower() and (manner.endswith(_MANNER_ENDINGS) or manner in _THEN) \
                or how and text[how.end():how.end() + 1] in ("", ".", ",", ";"):
            # how or when it was said, the subject left out: "«…», dice sorridendo", "«…», afirmó
            # con rotundidad", "«…», disse calmamente", "«…», dijo entre risas.", "«…», contó después"
            return self.pronoun_attribution(None, block_index, lead.start())
        if words and words[0][:1].isupper():
            return Attribution(True, None, "a name the story never introduced")
        return NOTHING

    def foreign_subject_before(self, block_index, begin, end):
        """The Attribution for a sentence that opens on its speaker and says so before the
        quotation: "La hidróloga Ana Ruiz explicó a la agencia que … “…”", "Jo Weber sagte, …
        „…“" (``begin``: where the sentence starts)."""
        text = self.body[block_index].text
        opinion = _FOR_SOMEONE.match(text, begin, end)
        if opinion:
            return self._for_whom(block_index, opinion.end(), end)
        verb = None
        for verb in _VERB_ANYWHERE.finditer(text, begin, end):
            pass  # (the last one before the quotation)
        if verb is None:
            # the verb opening the sentence, its subject left out: "Aseguró que el ascenso era «…»"
            opening = _VERB_OPENING.match(text, begin, end)
            if opening and _VERB_ANYWHERE.fullmatch(opening.group("verb").lower()):
                return self._named_last_here(block_index, begin)
            return NOTHING
        mentions = self.cast.mentions_in(block_index, begin, verb.start())
        for mention in mentions:
            # (after a few words set off before the subject: "Na decisão, a juíza Ana Moura escreveu")
            opening = OPENING_PHRASE.match(text, begin, mention.start) \
                or _OPENING_WITHOUT_COMMA.match(text, begin, mention.start)
            subject_begin = opening.end() if opening and len(opening.group().split()) <= OPENING_WORDS else begin
            before = text[subject_begin:mention.start].split()
            # (not what a title is of: "el fiscal de Medio Ambiente, Íñigo Zabaleta, sostuvo")
            if not mention.in_quote and len(before) <= _SUBJECT_WORDS and not (before and before[-1] in _OF):
                return Attribution(True, mention.person.name, "subject of the clause")
            break
        # or set off by commas after its title, right before the verb: "O diretor do agrupamento, Rui
        # Cerqueira, considera", "… el fiscal de Medio Ambiente, Íñigo Zabaleta, sostuvo"
        if mentions and not mentions[-1].in_quote and text[begin:mentions[-1].start].rstrip().endswith(",") \
                and text[mentions[-1].end:verb.start()].strip(" ,") in _AUXILIARIES:
            return Attribution(True, mentions[-1].person.name, "subject of the clause")
        if mentions and _WHO_SAYS.fullmatch(text, mentions[-1].end, verb.start()):
            # "…, Ettore Bonvicini, che ha annunciato …: „…“", "Jo Weber, die betonte, …"
            return Attribution(True, mentions[-1].person.name, "who after a name")
        if mentions and not mentions[-1].in_quote and _WHO_DID.fullmatch(text, mentions[-1].end, verb.start()):
            # what the subject did set off by commas before the verb: "A administradora, Ana
            # Lima, que esteve na fábrica durante a tarde, reconheceu que … «…»"
            return Attribution(True, mentions[-1].person.name, "subject of the clause")
        # "Elle a raconté comment … « … »", "Er hat gesagt, …": a pronoun, then the verb or its
        # auxiliary ("Il sindaco ha detto" opens on Italian's "the"); or after a few words set off
        # before it, in lower case: "Interrogée, elle a reconnu que … « … »"
        pronoun = _PRONOUN_SUBJECT.match(text, begin, verb.start())
        opening = None if pronoun else OPENING_PHRASE.match(text, begin, verb.start())
        if opening and len(opening.group().split()) <= OPENING_WORDS:
            pronoun = _PRONOUN_AFTER_OPENING.match(text, opening.end(), verb.start())
        if pronoun and pronoun.end() == verb.start():
            return self.pronoun_attribution(FOREIGN_PRONOUNS[pronoun.group("pronoun").lower()], block_index, begin)
        # the sentence said after a comma, then the quotation goes on: "… zu teuer, sagte er. „…“";
        # or the pronoun bound to the verb before it: "Mais, a-t-elle ajouté, « … »"
        said = FOREIGN_VERB_FIRST.match(text, verb.start(), end)
        # (or its subject after it, then a colon: "Auf Nachfrage sagte er: „…“")
        colon_after = said is not None and text[said.end():end].rstrip().endswith(":")
        # (a comma before it, or before its auxiliary: "L'obiettivo, ha spiegato Jo Li, è …")
        auxiliary = _AUXILIARY_AT_END.search(text, begin, verb.start())
        comma_before = text[begin:auxiliary.start() if auxiliary else verb.start()].rstrip().endswith(",")
        if said and (said.group("bound") or colon_after or comma_before) \
                and (len(text[said.end():end].split()) <= _SAID_AFTER_WORDS or text.startswith(",", said.end())):
            # (or set off by commas inside it: "Hoje, diz, a primeira sardinha chega a custar 14 euros.")
            found = self.foreign_speaker(block_index, said, end)
            if found.found:
                return found  # (else what the verb says, no subject: "Sin embargo, reconoció el mérito: «…»")
        bound = _BOUND_BEFORE.search(text, max(begin, verb.start() - 12), verb.start())
        if bound:
            return self.pronoun_attribution(FOREIGN_PRONOUNS[bound.group(1)], block_index, begin)
        # a speaker described, not named, as the subject: "A magistrada sostuvo que … «…»"
        subject_begin = opening.end() if opening and len(opening.group().split()) <= OPENING_WORDS else begin
        if not mentions:
            # (the subject of the sentence's first verb: "O responsável adiantou que …, que descreveu como «…»")
            first = _VERB_ANYWHERE.search(text, subject_begin, verb.end()) or verb
            auxiliary = _AUXILIARY_AT_END.search(text, subject_begin, first.start())
            # (only whoever holds the title: "Il sindaco ha detto che …" names no player named before)
            described = self.described_speaker(block_index, subject_begin,
                                               auxiliary.start() if auxiliary else first.start(), begin, held_only=True)
            if described.speaker:
                return described
            return self.verb_without_subject(block_index, subject_begin, first.start())
        return NOTHING

    def said_by_possessive(self, block_index, begin, end):
        """The Attribution for what someone said named by its noun and their possessive before a
        colon: "Zijn boodschap aan de winkeliers: ‘…’", "Son verdict : « … »" (Romance possessives
        agree with the noun: anyone named before)."""
        text = self.body[block_index].text
        possessive = _FOREIGN_POSSESSIVE.match(text, begin, end)
        if not possessive or len(text[begin:end].split()) > _POSSESSIVE_CLAUSE_WORDS:
            return NOTHING
        owner = possessive.group("possessive").lower()
        return self.pronoun_attribution(_POSSESSIVE_GENDER.get(owner), block_index, begin)

    def verb_without_subject(self, block_index, begin, verb):
        """The Attribution for a verb of saying with no subject at all, at the sentence's start
        or after words saying when or where, as Spanish, Italian and Portuguese write ("En la
        sesión del martes dijo que … “…”"): whoever this paragraph named last, to be checked."""
        words = self.body[block_index].text[begin:verb].split()
        if self.cast.english or len(words) > _UNSAID_SUBJECT_WORDS + 2 \
                or words and words[0].lower() not in _WHEN_OR_WHERE:
            return NOTHING
        return self._named_last_here(block_index, begin)

    def _named_last_here(self, block_index, begin):
        # whoever this paragraph named last before ``begin``, or the paragraph before when this
        # one named no one before it ("…, Jo Li, fue muy crítico. ¶ Sin embargo, reconoció: «…»"),
        # to be checked
        named = self.pronoun_attribution(None, block_index, begin)
        if named.speaker and named.rule == "pronoun, paragraph before":
            return Attribution(True, named.speaker, "subject unsaid, named in the paragraph before")
        return Attribution(True, named.speaker, "subject unsaid, named before") \
            if named.speaker and named.rule == "pronoun, same paragraph" else NOTHING

    def _for_whom(self, block_index, start, end):
        # "Pour Marie Dufresne, l'enjeu est « … »", "Para la jefa de Urgencias, la solución pasa por
        # salir antes: «…»": the sentence speaks for the one it opens on, named or described
        text = self.body[block_index].text
        word = _WORD_AND_COMMA.match(text, start, end)
        pronoun = _ACCORDING_PRONOUNS.get((word.group(1) or word.group(2)).lower()) if word else None
        if pronoun:
            return self.pronoun_attribution(pronoun, block_index, start)  # "Para ela, a liminar é “…”"
        for mention in self.cast.mentions_in(block_index, start, end):
            # (named after a title: "Pour la substitute du procureur du Roi Ana Lima, le prévenu …")
            lead = text[start:mention.start]
            if (mention.start == start or lead.endswith(" ") and "," not in lead
                    and len(lead.split()) <= _TITLE_WORDS_BEFORE_NAME and mention.person.role) \
                    and not mention.in_quote and text.startswith(",", mention.end):
                return Attribution(True, mention.person.name, "for whom the sentence speaks")
            break
        found = self.described_speaker(block_index, start, end, start)
        return found if found.speaker else NOTHING

    def foreign_according_to(self, block_index, start, end):
        """The Attribution for "selon Ana Lima", "según el gerente", "segundo o capitão, Rui
        Costa," before a quotation (``start``: where the words after "according to" begin)."""
        text = self.body[block_index].text
        pronoun = _ACCORDING_PRONOUNS.get(text[start:end].split(None, 1)[0].rstrip(",").lower()) \
            if text[start:end].strip() else None
        if pronoun:
            return self.pronoun_attribution(pronoun, block_index, start)
        phrase_start, phrase = object_phrase(text, start, end)
        found = self.described_speaker(block_index, start, end, start)
        return found if found.speaker else self.resolve(block_index, phrase_start, phrase, verb_first=True)

    def according_before(self, block_index, opened):
        """The Attribution for a quotation inside a sentence that names no one and says nothing of
        saying, right after a sentence opening on whom it is according to: the indirect speech goes
        on ("Laut Jo Li konnten 90 Personen zurück. Für die übrigen sei eine Rückkehr „viel zu
        riskant“"), most likely theirs, to be checked."""
        text = self.body[block_index].text
        begin = sentence_start(text, opened)
        if not begin or begin == opened or self.cast.mentions_in(block_index, begin, opened) \
                or _OPENS_ON_A_DETERMINER.match(text, begin) \
                or _VERB_ANYWHERE.search(text, begin, opened) or SPEECH_VERB_RE.search(text, begin, opened):
            return NOTHING  # (a subject of its own: "Der Geologe hält den Hang für „…“")
        according = _ACCORDING_OPENING.match(text, sentence_start(text, begin - 1), begin)
        for mention in self.cast.mentions_in(block_index, according.end(), begin) if according else ():
            if mention.start == according.end() and not mention.in_quote:
                return Attribution(True, mention.person.name, "according to, the sentence before")
            break
        return NOTHING

    def subject_unsaid(self, block_index, begin, colon):
        """The Attribution for a quotation after a colon ending a sentence with no subject
        (``text[begin:colon]``): whoever this paragraph named last, to be checked."""
        words = self.body[block_index].text[begin:colon].split()
        if self.cast.english or not 0 < len(words) <= _UNSAID_SUBJECT_WORDS \
                or any(word[:1].isupper() for word in words[1:]) \
                or any(word.strip(",").lower() in _OPENS_A_SUBJECT for word in words):
            return NOTHING
        return self._named_last_here(block_index, begin)

    def described_before(self, block_index, opened):
        """The Attribution for a quotation opening its sentence right after one in which a speaker
        described by a title says something ("O investigador defende que … . «…»"): whoever
        holds the title, to be checked."""
        if self.cast.english:
            return NOTHING
        text = self.body[block_index].text
        end = rstrip_offset(text, opened)
        if not end or not stops_before(text, end):
            return NOTHING
        begin = sentence_start(text, end - 1)
        verb = _VERB_ANYWHERE.search(text, begin, end)
        if not verb or len(text[begin:verb.start()].split()) > _DESCRIBED_WORDS \
                or self.cast.mentions_in(block_index, begin, verb.start()):
            return NOTHING
        auxiliary = _AUXILIARY_AT_END.search(text, begin, verb.start())
        found = self.described_speaker(block_index, begin, auxiliary.start() if auxiliary else verb.start(), begin)
        return Attribution(True, found.speaker, "described in the sentence before") if found.speaker else NOTHING

    def reported_before(self, block_index, opened, previous=None):
        """The Attribution for a quotation opening its sentence after one that reports speech in
        German's subjunctive, naming no one ("Der Gemeinderat habe die Zahlen offengelegt."),
        after a sentence that says who speaks (see _speaker_of_sentence): theirs, to be checked;
        when such sentences open the paragraph, the speaker quoted last in the paragraph before
        goes on (``previous``: that quote)."""
        text = self.body[block_index].text
        end = rstrip_offset(text, opened)
        if self.cast.english or not end or not stops_before(text, end):
            return NOTHING
        reported = sentence_start(text, end - 1)
        while True:
            if not _REPORTED_SPEECH.search(text, reported, end) or self.cast.mentions_in(block_index, reported, end):
                return NOTHING
            if not reported:
                return borrowed(previous, "reported, carried over from the paragraph before")
            before = sentence_start(text, reported - 1)
            if not _REPORTED_SPEECH.search(text, before, reported) or self.cast.mentions_in(block_index, before, reported):
                return self._speaker_of_sentence(block_index, before, reported)
            reported, end = before, reported

    def reported_here(self, quote):
        """The Attribution for a quotation inside a sentence that reports speech in German's
        subjunctive after it and opens on a person ("Staatsanwältin Jo Weber zeichnete das Bild
        eines Unternehmens, das „…“ habe."): theirs, to be checked."""
        block_index, opened, _, closed = quote.parts[0]
        text = self.body[block_index].text
        if self.cast.english or len(quote.parts) > 1:
            return NOTHING
        begin, after = sentence_start(text, opened), text[closed + 1:closed + 1 + _REPORTED_REACH]
        if not _REPORTED_SPEECH.match(after.lstrip(" ,”“")):
            return NOTHING
        for mention in self.cast.mentions_in(block_index, begin, opened):
            if len(text[begin:mention.start].split()) <= _SUBJECT_WORDS and not mention.in_quote:
                return Attribution(True, mention.person.name, "reported, the sentence's subject")
            break
        return NOTHING

    def reported_colon(self, block_index, begin, colon):
        """The Attribution for a quotation after a colon closing a sentence that reports speech in
        the subjunctive and names no one ("Dass es einen Beschluss gebraucht hätte, sei ihm nicht
        bewusst gewesen: „…“"), after a sentence that says who speaks: theirs, to be checked."""
        text = self.body[block_index].text
        if self.cast.english or not begin or not _REPORTED_SPEECH.search(text, begin, colon) \
                or self.cast.mentions_in(block_index, begin, colon):
            return NOTHING
        return self._speaker_of_sentence(block_index, sentence_start(text, begin - 1), begin)

    def _speaker_of_sentence(self, block_index, begin, end):
        # the one the sentence opens on, named or by the title one person holds ("Die
        # Gemeindepräsidentin weist den Vorwurf zurück."), or names right after a verb of saying
        # ("…, erklärte Kitzmüller.")
        text = self.body[block_index].text
        mentions = [m for m in self.cast.mentions_in(block_index, begin, end) if not m.in_quote]
        for mention in mentions:
            verb = _VERB_ANYWHERE.search(text, max(begin, mention.start - _VERB_REACH), mention.start)
            if len(text[begin:mention.start].split()) <= _SUBJECT_WORDS \
                    or verb and not text[verb.end():mention.start].strip():
                return Attribution(True, mention.person.name, "reported in the sentence before")
        words = text[begin:end].split()
        found = self.described_speaker(block_index, begin, begin + len(" ".join(words[:2])), begin, held_only=True)
        return Attribution(True, found.speaker, "reported in the sentence before") if found.speaker else NOTHING

    def _holds_other_title(self, name, head, block_index):
        # "El presidente electo Jorge Brandão …" ¶ "… añadió el comandante": the person named in
        # the paragraph before under another title is that title's holder (any holder of one is
        # "el funcionario", the official)
        if head in _ANY_OFFICIAL:
            return False
        person = self.people_by_name.get(name)
        words = (person.role or "").split() if person is not None else []
        for before in range(block_index - 1, -1, -1):
            if self.body[before].kind == "paragraph":
                text = self.body[before].text
                words += [word for mention in self.cast.mentions_in(before, 0, len(text))
                          if mention.person.name == name
                          for word in text[max(0, mention.start - _TITLE_REACH):mention.start].split()]
                break
        return any((is_title(word) or word in FOREIGN_TITLE_WORDS) and word.lower() != head
                   and word.lower().rstrip(".") not in _DOCTORS for word in words)

    def described_speaker(self, block_index, start, end, offset, *, held_only=False):
        """The Attribution for a speaker described, not named, in another language, in
        text[start:end] ("explicó el delantero", "sublinhou o pediatra", "selon le maire", "sagt
        der 74-Jährige"): the name a comma sets after the title ("il comandante dei vigili del
        fuoco, l'ingegnere Jo Li"); whoever holds the title; else the person named last before
        ``offset`` in the same paragraph or the one before, as a pronoun would be, since a story
        describes who it has just named."""
        text = self.body[block_index].text
        described = _DESCRIBED.match(text, start, end)
        if not described:
            return NOTHING
        if described.group("comma"):
            for mention in self.cast.mentions_in(block_index, described.end(), end):
                if len(text[described.end():mention.start].split()) <= 1 and not mention.in_quote:
                    return Attribution(True, mention.person.name, "name after the title")
                break
        head = described.group("head").lower()
        if head in _BEFORE_A_TITLE and not is_role_noun(head):
            if held_only and head in _NEW_OR_FORMER:
                return NOTHING
            # the title after its adjective: "la nueva alcaldesa", "il primo cittadino"
            head = (text[described.end("head"):end].split(None, 1) or [""])[0].strip(",.;").lower()
        if is_title(head) or is_role_noun(head) or head in TITLE_SYNONYMS or head in _ANY_OFFICIAL:
            held = self.resolve_title(head, block_index, offset)
            # (a word any holder of a title may be described by, "el ejecutivo", is anyone's)
            if held.speaker or held_only and head not in _ANY_OFFICIAL:
                return held
        elif not (head.endswith(AGED_ENDINGS) or described.group("age")):
            # a word no list holds that is the role the story gave someone ("der Kommandant" after
            # "Kommandant Beat Amrein-Stucki")
            held = self.resolve_title(head, block_index, offset) if len(head) > _SHORTEST_ROLE else NOTHING
            return held if held.rule == "title, holder named before" else NOTHING
        # (from the paragraph before, not someone named there under another title: an age
        # describes anyone)
        found = self.named_just_before(block_index, offset, unless=None if described.group("age") or head.endswith(
            AGED_ENDINGS) else (lambda name: self._holds_other_title(name, head, block_index)))
        return found if found.found else Attribution(True, None, "title, nobody holds it")
