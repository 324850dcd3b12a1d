"""Turn story text copied from a news web page into a structured article.

Input format
------------
Plain text, already decoded to ``str``, as a producer gets it by selecting a story on a
web page and pasting it. It may carry a BOM, ``\\r\\n`` line endings, tabs and
non-breaking spaces. What it holds, in reading order:

* an optional headline: the first non-empty line when it has no terminal punctuation and
  a blank line follows it;
* paragraphs, normally separated by blank lines; a paragraph may be hard-wrapped over
  several lines, which are joined with a space;
* subheads: short standalone lines without terminal punctuation;
* ``Related`` on a line of its own, then the title of another story on the next line;
* photo captions, ``caption | credit``;
* a comment counter: a line holding only an integer followed by a ``Comments`` line;
* page furniture anywhere, even mid-story: advertising markers, share buttons, newsletter
  forms, comment-widget prompts. It is dropped.

Quotations are read from paragraphs only (curly or straight double quotes), and each is
attributed to a person named in the story when the text says who spoke. The JSON form
produced by ``ParsedArticle.to_dict()`` is specified in ``docs/spec/article-json.md``.
"""

import re
import unicodedata
from dataclasses import dataclass, field


class ParseError(ValueError):
    """The text holds no story blocks at all."""


@dataclass
class Block:
    kind: str
    text: str
    credit: str | None = None
    photographer: str | None = None
    agency: str | None = None
    line: int = 0

    def to_dict(self):
        """The block in the JSON form of the article contract."""
        if self.kind == "related":
            return {"type": "related", "title": self.text}
        if self.kind == "image":
            return {
                "type": "image",
                "caption": self.text,
                "credit": self.credit,
                "photographer": self.photographer,
                "agency": self.agency,
            }
        return {"type": self.kind, "text": self.text}


@dataclass
class ParsedQuote:
    text: str
    speaker: str | None
    block_index: int
    start: int

    def to_dict(self):
        """The quote in the JSON form of the article contract."""
        return {"text": self.text, "speaker": self.speaker}


@dataclass
class ParsedPerson:
    name: str
    role: str | None
    block_index: int

    def to_dict(self):
        """The person in the JSON form of the article contract."""
        return {"name": self.name, "role": self.role}


@dataclass
class ParsedArticle:
    headline: str | None
    body: list[Block] = field(default_factory=list)
    quotes: list[ParsedQuote] = field(default_factory=list)
    people: list[ParsedPerson] = field(default_factory=list)
    comment_count: int | None = None

    def to_dict(self):
        """The article in the JSON form of the article contract (five keys, in order)."""
        return {
            "headline": self.headline,
            "body": [block.to_dict() for block in self.body],
            "quotes": [quote.to_dict() for quote in self.quotes],
            "people": [person.to_dict() for person in self.people],
            "comment_count": self.comment_count,
        }


# --------------------------------------------------------------------------- word lists

def _words(text):
    return frozenset(text.split())


STOPWORDS = _words("""
    a an the and but or nor so yet for of in on at by to from with without as after before
    during since until while when where why how what which who whom whose that this these
    those there here it its he she his her hers they their we our you your i my me us them
    if then than though although because despite about above across against along among
    around behind below beside between beyond into near off onto out over past through
    throughout toward towards under unlike up upon via within also still even just only both
    each every either neither all any some many most much more few several other another
    such no not yes meanwhile however instead later earlier now today tonight yesterday
    tomorrow once last next first finally recently currently already perhaps maybe indeed
    again together overall thus therefore according like per whether can could will would
    should might must do does did is are was were be been being has have had let asked
    here’s there’s it’s that’s what’s let’s here's there's it's that's what's dear well
    please thanks inside outside asked told said says
""")
DAYS_AND_MONTHS = _words("""
    monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
""")
# Words that make a capitalised sequence an organisation, place, event or thing, not a person.
ORG_WORDS = _words("""
    inc inc. corp corp. corporation company co co. group holdings ltd ltd. llc plc bank
    fund capital partners associates industries motors airlines airways energy technologies
    technology systems labs pharmaceuticals foods media news press times post journal
    herald tribune gazette ledger chronicle observer courier bulletin review daily weekly
    magazine radio tv television network broadcasting channel agency agencies service
    services office ministry department bureau administration authority commission
    committee council board court courts parliament congress senate house assembly cabinet
    government party union association society foundation institute institution university
    college school academy hospital clinic center centre museum gallery library theater
    theatre orchestra symphony opera ballet festival church cathedral mosque temple club
    league federation team fc united athletic athletics rovers stadium arena field hall
    police guard army navy force forces corps brigade regiment battalion division command
    fleet patrol coalition alliance front movement organization organisation program
    programme project initiative act bill law treaty accord agreement summit conference
    forum games cup championship championships open series tour olympics olympic award
    awards prize day week year war revolution crisis independent weather fire rescue
    transit railway railroad rail airport station port harbor harbour bridge tunnel highway
    freeway interstate route road street avenue boulevard lane drive square plaza park
    parkway trail beach bay island islands county city town village township borough
    district state states province region territory kingdom republic emirates federation
    empire commonwealth nation nations east west north south sea ocean river lake creek
    falls rapids springs heights valley hills hill mountain mountains mount canyon coast
    gulf desert forest plains peninsula strait channel cape delta basin reservoir dam
    telescope observatory satellite mission rover spacecraft station lab laboratory
    images photos pictures studio studios records entertainment pictures productions
    apartments tower towers building mall market exchange index reserve treasury
    trust insurance health care medical pharmacy stores store shop restaurant cafe bar
    hotel resort casino brewery winery farms farm ranch airlines express
    foundation charity church diocese parish zoo aquarium garden gardens
    """)
DEMONYMS = _words("""
    american british english scottish welsh irish canadian mexican brazilian argentine
    chilean colombian peruvian venezuelan cuban french german italian spanish portuguese
    dutch belgian swiss austrian swedish norwegian danish finnish polish czech slovak
    hungarian romanian bulgarian greek turkish russian ukrainian belarusian georgian
    armenian israeli palestinian lebanese syrian iraqi iranian saudi emirati qatari
    egyptian libyan tunisian algerian moroccan nigerian kenyan ethiopian somali sudanese
    ghanaian chinese japanese korean taiwanese vietnamese thai indonesian malaysian
    filipino indian pakistani afghan bangladeshi nepali australian european african asian
    arab latino hispanic muslim christian jewish catholic protestant democratic republican
    democrat democrats republicans conservative liberal labour western eastern northern
    southern soviet
""")
# First words that make an uncued capitalised pair a place or thing ("New Orleans", "Cape Town").
PLACE_PREFIXES = _words("""
    new san santa los las el la le north south east west saint st st. fort port mount mt
    mt. lake cape upper lower great greater little central northern southern eastern
    western united royal national international federal state global world grand golden
    silver black white red blue green old comet asteroid hurricane typhoon cyclone storm
    tropical operation camp glen rio sierra costa puerto hong tel buenos kuala abu sri
    air planet
""")
# Titles and descriptions that stand before a name ("Mayor Jane Doe", "goalkeeper Jo Li").
TITLE_WORDS = _words("""
    president vice minister premier chancellor secretary senator sen. representative rep.
    congressman congresswoman congressmember governor gov. lt. mayor councilmember
    councilman councilwoman councillor councilor alderman alderwoman commissioner supervisor
    assemblyman assemblywoman assemblymember speaker leader chairman chairwoman chair
    chairperson ceo cfo coo cto founder co-founder cofounder owner director manager executive
    officer chief head spokesperson spokesman spokeswoman host anchor presenter reporter
    correspondent editor columnist coach captain forward striker midfielder defender
    goalkeeper keeper quarterback pitcher catcher shortstop outfielder linebacker receiver
    guard winger fullback jockey driver skipper teammate rookie judge justice attorney lawyer
    prosecutor sheriff deputy detective det. sergeant sgt. lieutenant capt. colonel col.
    general gen. maj. admiral adm. commander cmdr. corporal cpl. inspector superintendent
    supt. principal teacher professor prof. dr. doctor dean provost researcher scientist
    economist analyst historian astronomer astrophysicist physicist chemist biologist
    geologist seismologist meteorologist forecaster epidemiologist engineer architect curator
    artist author writer novelist poet playwright composer conductor singer songwriter
    musician rapper actor actress filmmaker producer photographer designer chef pastor
    reverend rev. fr. rabbi imam bishop archbishop cardinal pope mr. mrs. ms. miss mx. sir
    dame lord lady king queen prince princess duke duchess sheikh ambassador envoy diplomat
    adviser advisor aide consultant strategist activist organizer organiser advocate
    volunteer resident homeowner neighbor neighbour student farmer rancher nurse surgeon
    physician paramedic firefighter pilot astronaut entrepreneur investor banker trader
    treasurer clerk auditor administrator comptroller controller lawmaker legislator
    candidate nominee challenger incumbent mp mep weaver ceramicist sculptor painter
    mr mrs ms dr prof rev sgt capt col gen maj adm cmdr cpl supt det
""")
HONORIFICS = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
              "duke": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f",
              "dame": "f", "lady": "f", "queen": "f", "princess": "f", "duchess": "f",
              "dr": None, "dr.": None, "prof": None, "prof.": None, "mx.": None}
ROLE_MODIFIERS = _words("""
    head chief assistant associate deputy senior former acting interim executive managing
    general vice co lead longtime veteran local state city county federal team club museum
    school financial operating technology communications emergency public health police fire
    finance defense defence foreign prime retired then current new outgoing incoming
    elected appointed star top
""")
FEMALE_WORDS = _words("""
    she her hers herself woman women mother daughter wife sister grandmother aunt niece
    actress chairwoman spokeswoman congresswoman councilwoman businesswoman sportswoman
    assemblywoman alderwoman widow girl
""")
MALE_WORDS = _words("""
    he him his himself man men father son husband brother grandfather uncle nephew
    chairman spokesman congressman councilman businessman sportsman assemblyman alderman
    widower boy
""")
PARTICLES = _words("de da di du van von der den del della la le bin ibn al el dos das ter ten y")
ABBREVIATIONS = _words("""
    mr mrs ms dr st jr sr gen gov sen rep lt col sgt capt prof rev no vs etc inc corp co ltd
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd rd dept est fig vol det
    supt cmdr adm maj cpl fr
""")
WIRE_SERVICES = _words("""
    reuters ap afp epa epa-efe upi xinhua getty shutterstock alamy bloomberg sipa polaris
    redux magnum pool handout ansa kyodo yonhap tass dpa anadolu zuma imagn usa
""")


def _verb_pattern(bases):
    # Past and third-person forms only: base forms ("state", "call", "note") are too often
    # nouns. Plurals that are common nouns ("claims", "calls") are left out for the same reason.
    irregular = {"say": "says said", "tell": "tells told", "write": "writes wrote", "read": "reads read",
                 "cry": "cried", "reply": "replies replied", "testify": "testifies testified",
                 "admit": "admits admitted", "quip": "quips quipped", "plead": "pleads pleaded pled"}
    noun_plurals = _words("states notes posts claims calls promises counters stresses reads demands "
                          "pledges tweets remarks jokes sighs laughs vows urges cautions boasts")
    forms = set()
    for base in bases.split():
        if base in irregular:
            forms.update(irregular[base].split())
            continue
        stem = base[:-1] if base.endswith("e") else base
        plural = base + "es" if base.endswith(("s", "sh", "ch")) else base + "s"
        forms.update({stem + "ed"} | ({plural} - noun_plurals))
    return "|".join(sorted(forms, key=len, reverse=True))


SPEECH_VERBS = _verb_pattern("""
    say tell add ask write explain note state continue insist argue warn suggest reply
    respond recall declare announce claim acknowledge admit concede joke quip remark observe
    predict promise vow urge caution call describe post tweet emphasize emphasise stress
    complain boast recount shout yell whisper cry agree counter conclude testify muse read
    exclaim plead pledge assert confirm reiterate demand marvel gush laugh sigh tout
""")
# Participles after a comma ("…, saying “…”") speak for the subject of the main clause.
SPEECH_PARTICIPLES = "saying|adding|telling|writing|noting|calling|explaining|warning|arguing|insisting|asking"
_SPEECH_VERB_RE = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS}|{SPEECH_PARTICIPLES})\b", re.IGNORECASE)
_TERMINAL_RE = re.compile(r"[.?!…][”’\"')\]]*$")


# --------------------------------------------------------------------------- normalisation

def normalize_text(text):
    """Unicode NFC with a BOM dropped and every line ending turned into ``\\n``."""
    text = text.replace("\ufeff", "")
    text = re.sub(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]", "\n", text)
    return unicodedata.normalize("NFC", text)


def normalize_line(line):
    """Collapse runs of whitespace (tabs and non-breaking spaces too) and trim the ends."""
    return " ".join(re.sub(r"[\u200b\u200c\u200d\u2060\u00ad]", "", line).split())


def has_terminal_punctuation(text):
    """True when text ends like a sentence: . ? ! … optionally followed by a closing mark."""
    return bool(_TERMINAL_RE.search(text))


# --------------------------------------------------------------------------- furniture

# Page boilerplate, one generic pattern per kind of widget. Each must match a whole line
# (case-insensitive). Boilerplate shows up mid-story as well as at the end.
FURNITURE_PATTERNS = [re.compile(pattern, re.IGNORECASE) for pattern in (
    # advertising
    r"(advertisement|advertising|ad|sponsored( content)?|paid (content|post)|promoted)\W*",
    r"(the )?(story|article|text|content) continues (below|after)( (this|the))?( advertisement| ad)?\W*",
    r"(continue|keep|scroll to continue|scroll down to continue) reading\W*( below\W*)?",
    r"skip (ad|advertisement)\W*",
    # comment widgets
    r"join the (conversation|discussion)\W*",
    r"(looking for|view|show|hide|load|see|read|leave|post|add|write|open|jump to|go to|skip to)"
    r" (the |all |a |\d+ )?(comments?|replies|conversation)\W*",
    r"(\d[\d,]* )?(comments?|replies|conversation|discussion)\W*",
    r"comments? (are|is|have been|has been) (now )?(closed|disabled|turned off|moderated|moved).*",
    r"(log|sign) in to (comment|reply|join).*",
    r"(?=.*\bcomment(s|ing)?\b)(?=.*\b(click|tap|buttons?|new home|scroll (up|down))\b).{0,250}",
    # sharing
    r"share( this| the)?( article| story| page| post| video| link)?( on \w+| via \w+| with \w+)?\W*",
    r"(facebook|twitter|x|email|e-mail|copy( the)? link|link copied|copied|print|linkedin|whatsapp"
    r"|reddit|pinterest|threads|bluesky|flipboard|messenger|telegram|tweet|pin it|more( sharing)?"
    r" options|save( (article|story))?|gift( this)? (article|story)|listen( to this (article|story))?)\W*",
    r"\d+ min(ute)?s? (read|listen)\W*",
    # newsletters and accounts
    r"(sign up|subscribe|register)( now| today| here| for free)?\W*",
    r"(sign up|subscribe|register) (for|to) .{0,150}",
    r"enter (your )?(e-?mail|email address).*",
    r"by (signing up|subscribing|clicking|submitting|registering|continuing).{0,250}"
    r"(agree|consent|terms|privacy|acknowledge).*",
    r"(?=.*\b(newsletters?|inbox)\b)(?=.*\b(sign|subscribe|get|deliver(ed)?|receive|e-?mail|free"
    r"|daily|weekly|every)\b).{0,200}",
    r"(thanks|thank you) for (signing up|subscribing).*",
    r"you('re| are) (now )?(signed up|subscribed).*",
    r"(e-?mail( address)?|privacy policy|terms of (use|service)|submit|log ?in|sign ?in"
    r"|already a subscriber\?.*|create (a free )?account)\W*",
    r"this site is protected by recaptcha.*",
    # links, promotions, media-player chrome
    r"(read more|read also|also read|see also|more from|more on this|recommended( for you| stories)?"
    r"|most (read|popular|viewed)|trending( now)?|you (may|might) also like|up next"
    r"|what to read next|don'?t miss)\b.{0,200}",
    r"(click|tap) (here|to|for|the) .*",
    r"(follow|like) us on .*",
    r"(download|get|open in) (our|the) .{0,30}app\W*.*",
    r"(copyright|©).{0,150}",
    r"all rights reserved.*",
    r"((image|photo|slide|video) )?\d+ (of|/) \d+",
    r"(enlarge|expand|close|open) (this )?(image|photo|gallery)|(toggle|hide|show) caption|caption",
    r"(image|photo|video|audio|listen|play|pause|loading|close|menu|search|next|previous|expand"
    r"|collapse|back to top|more|less)\W*",
    r"(published|updated|posted|last updated|first published)\b.{0,60}\d.{0,30}",
)]
# Bylines are case-sensitive: "By" then capitalised names, nothing that reads like a sentence.
_BYLINE_RE = re.compile(r"By [A-Z][\w.’'-]*( (and |& )?[A-Z][\w.’'-]*){0,5}( ?[,|] ?[\w .’'-]{0,40})?")


def is_furniture(line):
    """True for page boilerplate: ad markers, share buttons, newsletter and comment prompts."""
    if _BYLINE_RE.fullmatch(line) and not has_terminal_punctuation(line):
        return True
    return any(pattern.fullmatch(line) for pattern in FURNITURE_PATTERNS)


# --------------------------------------------------------------------------- line rules

_RELATED_RE = re.compile(
    r"related( (story|stories|article|articles|coverage|content|reading|links?))?\s*:?\s*(?P<title>.*)",
    re.IGNORECASE)
_COUNT_RE = re.compile(r"\d{1,3}(,\d{3})+|\d+")
_COUNT_LABEL_RE = re.compile(r"comments?", re.IGNORECASE)
_INLINE_COUNT_RE = re.compile(r"(?P<n>\d[\d,]*) comments?|comments? \(?(?P<m>\d[\d,]*)\)?", re.IGNORECASE)


def match_related_marker(line):
    """For a ``Related`` marker line: the title given on the same line ("" if none), else None."""
    match = _RELATED_RE.fullmatch(line)
    if not match:
        return None
    title = match.group("title")
    # "Related" must stand alone or be followed by a colon: "Related stories fell" is prose.
    if title and ":" not in line[: match.start("title")]:
        return None
    return title


def match_comment_counter(lines, index):
    """(count, index of the last line used) when a comment counter starts at lines[index]."""
    line = lines[index]
    inline = _INLINE_COUNT_RE.fullmatch(line)
    if inline:
        return int((inline.group("n") or inline.group("m")).replace(",", "")), index
    if not _COUNT_RE.fullmatch(line):
        return None
    following = _next_nonblank(lines, index + 1)
    if following is not None and _COUNT_LABEL_RE.fullmatch(lines[following]):
        return int(line.replace(",", "")), following
    return None


def split_caption(line):
    """(caption, credit) for a ``caption | credit`` line, split on the last " | "; else None."""
    if " | " not in line:
        return None
    caption, credit = (part.strip() for part in line.rsplit(" | ", 1))
    if not caption or not credit or len(credit.split()) > 12:
        return None
    return caption, credit


def _is_org_name(text):
    words = [w.strip(".,").lower() for w in text.split()]
    if not words:
        return False
    if any(w in ORG_WORDS or w in WIRE_SERVICES for w in words):
        return True
    return any(w.isupper() and len(w) > 1 for w in text.replace("/", " ").split())


def looks_like_person_name(text):
    """True for 2–4 capitalised words (initials and particles allowed) naming no organisation."""
    tokens = text.split()
    core = [t for t in tokens if t.lower() not in PARTICLES]
    if not 2 <= len(core) <= 4 or _is_org_name(text):
        return False
    if any(t.lower().strip(".") in STOPWORDS | DAYS_AND_MONTHS | DEMONYMS for t in core):
        return False
    return all(_is_name_word(t) or _is_initial(t) for t in core)


def parse_credit(credit):
    """(photographer, agency) named by a photo credit; either may be None."""
    text = re.sub(r"^(photo(graph)?s?|image|picture|credit|illustration)( by| credit)?\s*[:\-–—]?\s*",
                  "", credit, flags=re.IGNORECASE).strip()
    courtesy = re.fullmatch(r"(photo )?courtesy( of)?\s+(the\s+)?(?P<who>.+)", text, re.IGNORECASE)
    if courtesy:
        who = courtesy.group("who")
        return (who, None) if looks_like_person_name(who) else (None, who)
    stock = re.fullmatch(r"(file|handout|pool|stock|archive)( photo| image| picture)?\s*[,:/;\-–—]?\s*(?P<rest>.*)",
                         text, re.IGNORECASE)
    if stock:
        return None, stock.group("rest") or None
    for separator in (" via ", " for "):
        if separator in text:
            who, outlet = text.split(separator, 1)
            photographer, agency = _classify_credit_part(who)
            return photographer, re.sub(r"^the\s+", "", outlet.strip()) or agency
    photographer = agency = None
    for part in re.split(r"\s*[/,;]\s*", text):
        person, org = _classify_credit_part(part)
        photographer = photographer or person
        agency = agency or org
    return photographer, agency


def _classify_credit_part(part):
    part = part.strip()
    if not part:
        return None, None
    if looks_like_person_name(part) or re.fullmatch(r"[\w.’'-]+ (and|&) [\w.’'-]+ [\w’'-]+", part):
        return part, None
    if re.fullmatch(r"(staff|staff photographer|file photo|file)", part, re.IGNORECASE):
        return None, None
    return None, re.sub(r"\s+photos?$", "", part, flags=re.IGNORECASE)


def is_subhead(text):
    """A short standalone line without terminal punctuation that reads like a section title."""
    if has_terminal_punctuation(text) or text.endswith((",", ";")):
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "“\"‘'"):
        return False
    return len(text.split()) <= 14 and len(text) <= 110 and not re.search(r"[.?!]\s+[A-Z]", text)


def detect_headline(lines):
    """Index of the headline line, or None when the text starts with the story or furniture."""
    first = _next_nonblank(lines, 0)
    if first is None:
        return None
    line = lines[first]
    if (has_terminal_punctuation(line) or is_furniture(line) or match_related_marker(line) is not None
            or match_comment_counter(lines, first) or split_caption(line) or len(line.split()) > 30):
        return None
    followed_by_blank = first + 1 < len(lines) and not lines[first + 1]
    return first if followed_by_blank and _next_nonblank(lines, first + 1) is not None else None


def _next_nonblank(lines, start):
    for index in range(start, len(lines)):
        if lines[index]:
            return index
    return None


# --------------------------------------------------------------------------- blocks

def segment_blocks(lines, *, skip=None):
    """Body blocks and the comment count, from normalised lines (``skip``: headline index)."""
    blocks, runs, run, count = [], [], [], None

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
            end_run()
            index += 1
            continue
        related_title = match_related_marker(line)
        if related_title is not None:
            end_run()
            if not related_title:
                title_index = _next_nonblank(lines, index + 1)
                if title_index is not None and not is_furniture(lines[title_index]) \
                        and match_related_marker(lines[title_index]) is None:
                    related_title, index = lines[title_index], title_index
            if related_title:
                blocks.append(Block("related", related_title, line=index + 1))
            index += 1
            continue
        counter = match_comment_counter(lines, index)
        if counter:
            end_run()
            count, index = counter[0], counter[1] + 1
            continue
        if is_furniture(line):
            end_run()
        elif split_caption(line):
            end_run()
            caption, credit = split_caption(line)
            photographer, agency = parse_credit(credit)
            blocks.append(Block("image", caption, credit, photographer, agency, line=index + 1))
        else:
            run.append((index + 1, line))
        index += 1
    end_run()

    wrapped = is_hard_wrapped(runs)
    body = []
    for item in blocks:
        if isinstance(item, Block):
            body.append(item)
            continue
        for group in split_run(item, wrapped=wrapped):
            text = " ".join(line for _, line in group)
            if is_furniture(text):
                continue
            kind = "subhead" if len(group) == 1 and is_subhead(text) else "paragraph"
            body.append(Block(kind, text, line=group[0][0]))
    return body, count


def _continues(line, following):
    # A break in mid-sentence: no sentence end here and the next line does not start one.
    return not has_terminal_punctuation(line) and (
        following[0].islower() or len(line) >= 50 or line.endswith((",", ";", ":", "-", "–", "—")))


def is_hard_wrapped(runs):
    """True when consecutive text lines mostly break mid-sentence (a hard-wrapped paste)."""
    pairs = [(a, b) for run in runs for (_, a), (_, b) in zip(run, run[1:])]
    breaks = sum(_continues(a, b) for a, b in pairs)
    return breaks >= 2 and breaks >= 0.5 * len(pairs)


def split_run(run, *, wrapped):
    """Split consecutive text lines into paragraphs: join wrapped lines, cut at real breaks."""
    groups = [[run[0]]]
    longest = max(len(line) for _, line in run)
    for (_, line), item in zip(run, run[1:]):
        following = item[1]
        starts_fresh = following[0].isupper() or following[0].isdigit() or following[0] in "“\"‘'•–—-"
        heading = is_subhead(line) and starts_fresh and (not wrapped or len(line) < 0.6 * longest)
        sentence_break = not wrapped and starts_fresh and not _continues(line, following)
        if heading or sentence_break:
            groups.append([item])
        else:
            groups[-1].append(item)
    return groups


# --------------------------------------------------------------------------- quotes

@dataclass
class _Quote:
    parts: list  # (block_index, open_offset, content_start, content_end)
    closed: bool
    speaker: str | None = None

    @property
    def block_index(self):
        return self.parts[0][0]


def find_quote_spans(text):
    """(open mark offset, content start, content end, closed) for each quotation in text."""
    spans, opened = [], None
    for index, char in enumerate(text):
        if opened is None and (char == "“" or (char == '"' and _straight_quote_opens(text, index))):
            opened = index
        elif opened is not None and char in "”\"":
            spans.append((opened, opened + 1, index, True))
            opened = None
    if opened is not None:
        spans.append((opened, opened + 1, len(text), False))
    return spans


def _straight_quote_opens(text, index):
    # A straight mark opens when it follows a space or bracket and touches a word: the
    # other way round it closes, and after a digit it is an inch mark.
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def extract_quotes(body):
    """Quotations in paragraph blocks, a quote running over several paragraphs kept as one."""
    quotes, pending = [], None
    for block_index, block in enumerate(body):
        if block.kind == "subhead":
            pending = None
        if block.kind != "paragraph":
            continue
        spans = find_quote_spans(block.text)
        if pending is not None and spans and spans[0][0] == 0:
            pending.parts.append((block_index,) + spans[0][:3])
            pending.closed = spans[0][3]
            spans = spans[1:]
            if pending.closed:
                pending = None
        else:
            pending = None
        for span in spans:
            quote = _Quote([(block_index,) + span[:3]], closed=span[3])
            quotes.append(quote)
            if not quote.closed:
                pending = quote
    return quotes


def quote_text(quote, body):
    """The words of a quotation: parts joined by a space, one trailing comma dropped."""
    text = " ".join(body[bi].text[start:end].strip() for bi, _, start, end in quote.parts)
    return re.sub(r"\s*,$", "", text.strip())


# --------------------------------------------------------------------------- names

@dataclass
class _Token:
    word: str
    start: int
    end: int
    opens: bool
    closes: bool
    possessive: bool


_SHORT_ACRONYMS = _words("us uk un eu ap tv ai pm gm ny la dc nj ok id ip hr pr uv ev")


def _is_initial(word):
    return bool(re.fullmatch(r"(?:[A-Z]\.)+", word))


def _is_name_word(word):
    if word.isupper() and len(word) == 2 and word.lower() not in _SHORT_ACRONYMS:
        return True
    if not word or not word[0].isupper() or word.isupper() and len(word) > 1:
        return False
    if re.match(r"[^\W\d_]+-[a-z]", word) and not re.match(r"(al|el|bin|abu)-", word, re.IGNORECASE):
        return False
    return bool(re.fullmatch(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*\.?", word))


def tokenize(text):
    """Word tokens with offsets, quote and punctuation flags, possessive ’s removed."""
    tokens = []
    for match in re.finditer(r"\S+", text):
        raw, start = match.group(), match.start()
        lead = len(raw) - len(raw.lstrip("“\"‘'([{"))
        core = raw[lead:]
        stripped = core.rstrip(",.;:!?”\"’')]}…")
        trail = core[len(stripped):]
        if trail.startswith(".") and (_is_initial(stripped + ".") or stripped.lower() in ABBREVIATIONS):
            stripped, trail = stripped + ".", trail[1:]
        possessive = bool(re.search(r"[’']s$", stripped)) and len(stripped) > 2
        word = stripped[:-2] if possessive else stripped
        if not word:
            continue
        tokens.append(_Token(word, start + lead, start + lead + len(word), lead > 0,
                             bool(trail) or possessive, possessive))
    return tokens


def _kind(token):
    word = token.word
    if word.lower() in PARTICLES or re.match(r"(al|el|bin|abu)-[A-Z]", word):
        return "particle" if word.lower() in PARTICLES else "name"
    if _is_initial(word):
        return "initial"
    if word.isupper() and len(word) > 1 and word.isalpha():
        return "name" if len(word) == 2 and word.lower() not in _SHORT_ACRONYMS else "acronym"
    if _is_name_word(word):
        return "name"
    if word in ("of", "for"):
        return "connector"
    return None


def _starts_sentence(text, offset):
    before = text[:offset].rstrip()
    return not before or before[-1] in ".?!…:;—–(“\"‘" or bool(re.search(r"[.?!…][”\"’')]+$", before))


def _is_title(word):
    return word.lower() in TITLE_WORDS or word.lower().rstrip(".") in TITLE_WORDS


def find_capitalised_runs(text):
    """Runs of capitalised tokens that could hold a name, split at punctuation and quotes."""
    tokens = tokenize(text)
    runs, current = [], []
    for position, token in enumerate(tokens):
        kind = _kind(token)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        joinable = current and not current[-1].closes and not token.opens
        if current and not joinable:
            runs.append(current)
            current = []
        if kind in ("name", "initial", "acronym"):
            current.append(token)
        elif kind in ("particle", "connector") and current and following and _kind(following) == "name" \
                and (kind == "particle" or any(_is_title(t.word) for t in current)):
            current.append(token)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    pieces = []
    for run in runs:
        piece = []
        for token in run:
            lowered = token.word.lower().rstrip(".")
            # A capitalised "Will" or "May" mid-sentence is a name; at a sentence start it
            # is just the first word.
            if lowered in DAYS_AND_MONTHS or lowered in STOPWORDS and _starts_sentence(text, token.start) \
                    and token.word not in ("of", "for"):
                if piece:
                    pieces.append(piece)
                piece = []
            else:
                piece.append(token)
        if piece:
            pieces.append(piece)
    return [piece for piece in pieces if any(_kind(t) == "name" for t in piece)]


@dataclass
class _Candidate:
    name: str
    role: str | None
    gender: str | None
    start: int
    end: int
    single: bool


def analyse_run(run, text):
    """Split a capitalised run into title and name; None when it cannot be a person."""
    title_at = None
    for index, token in enumerate(run[:-1]):
        if _is_title(token.word) and _kind(run[index + 1]) in ("name", "initial", "connector", "acronym"):
            title_at = index
    role_tokens, name_tokens = [], run
    if title_at is not None:
        role_tokens, name_tokens = run[: title_at + 1], run[title_at + 1:]
        if name_tokens and name_tokens[0].word in ("of", "for"):
            tail = 3 if len(name_tokens) > 3 and _kind(name_tokens[-2]) in ("initial", "particle") else 2
            role_tokens, name_tokens = run[: len(run) - tail], run[len(run) - tail:]
    name_tokens = [t for t in name_tokens if t.word not in ("of", "for")]
    core = [t for t in name_tokens if _kind(t) != "particle"]
    if not core or len(core) > 4 or any(_kind(t) not in ("name", "initial") for t in core):
        return None
    lowered = [t.word.lower().rstrip(".") for t in core]
    if any(w in ORG_WORDS or w in DEMONYMS or w in WIRE_SERVICES or w in TITLE_WORDS for w in lowered):
        return None
    if len(core) == 1 and not role_tokens:
        return None
    if run[0].opens and text[run[0].start - 1] in "“\"‘" and run[-1].closes:
        return None  # a quoted title of a work, like “Low Water”
    if re.match(r"\s+\d", text[run[-1].end:]):
        return None  # "Route 9", "Local 412"
    honorific = [t.word.lower() for t in role_tokens if t.word.lower() in HONORIFICS]
    gender = HONORIFICS[honorific[-1]] if honorific else None
    role_words = [t.word for t in role_tokens if t.word.lower() not in HONORIFICS]
    role = " ".join(role_words) or None
    name = " ".join(t.word for t in name_tokens)
    return _Candidate(name, role, gender, name_tokens[0].start, name_tokens[-1].end, len(core) == 1)


_AFTER_NAME_CUE = re.compile(
    rf"^(\s*,\s*(the|a|an|who|whose|now|\d+|left|right|center|centre|pictured|also)\b"
    rf"|\s*\((left|right|center|centre|\d+)\)"
    rf"|\s*(,[^,.]{{0,80}},\s*)?(\w+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+)*,?\s*(?:{SPEECH_VERBS})\b)",
    re.IGNORECASE)
_BEFORE_NAME_CUE = re.compile(rf"(\b(?:{SPEECH_VERBS})|according to|\bby|\bwith)\s+$", re.IGNORECASE)


def preceding_role(text, start):
    """Lower-case title words right before a name: ``host``, ``head coach``; else None."""
    words = re.findall(r"[\w’'.-]+", text[max(0, start - 80):start])
    taken = []
    for word in reversed(words[-4:]):
        lowered = word.lower()
        if not taken and lowered in TITLE_WORDS and word[0].islower():
            taken.append(word)
        elif taken and (lowered in TITLE_WORDS or lowered in ROLE_MODIFIERS):
            taken.append(word)
        else:
            break
    return " ".join(reversed(taken)) or None


def appositive_role(text, end):
    """The description in ``Name, the head of X,`` (article dropped); else None."""
    match = re.match(r",\s+(?:the|a|an)\s+([^,.;:“”\"]+?)\s*(?=,|\.|;|$)", text[end:])
    if not match or len(match.group(1).split()) > 10 or re.match(r"\d", match.group(1)):
        return None
    return match.group(1)


def _is_lowercase_word_in(word, lowered_text):
    return re.search(rf"(?<![\w’']){re.escape(word.lower())}(?![\w’'])", lowered_text) is not None


# --------------------------------------------------------------------------- people

@dataclass
class _Person:
    name: str
    role: str | None
    first: tuple
    votes: dict = field(default_factory=lambda: {"m": 0, "f": 0})

    @property
    def surname(self):
        return self.name.split()[-1]

    @property
    def gender(self):
        m, f = self.votes["m"], self.votes["f"]
        return "m" if m > f else "f" if f > m else None


@dataclass
class _Mention:
    person: _Person
    block_index: int
    start: int
    end: int
    in_quote: bool

    @property
    def key(self):
        return self.block_index, self.start


class _Cast:
    """The people of one article: who they are, where each is mentioned, and their genders."""

    def __init__(self, body):
        self.body = body
        self.people: list[_Person] = []
        self.mentions: list[_Mention] = []
        self.units = [(i, b.text) for i, b in enumerate(body) if b.kind in ("paragraph", "image")]
        self.quote_spans = {i: find_quote_spans(b.text) for i, b in enumerate(body) if b.kind == "paragraph"}
        story = " ".join(text for _, text in self.units)
        self.lowered_story = " ".join(
            re.sub(r"(^|[.?!…:“\"]\s*)[A-Z]\w*", " ", text) for _, text in self.units)
        self.standalone = {}
        for _, text in self.units:
            for run in find_capitalised_runs(text):
                if len(run) == 1:
                    self.standalone[run[0].word] = self.standalone.get(run[0].word, 0) + 1
        self._find_people()
        self._find_mentions()
        self._infer_genders(story)

    def _in_quote(self, block_index, offset):
        return any(o <= offset < e for o, _, e, _ in self.quote_spans.get(block_index, []))

    def _accept(self, candidate, text):
        """Whether an untitled capitalised pair is a person: it needs a cue or a clean shape."""
        if candidate.role:
            return True
        before, after = text[:candidate.start], text[candidate.end:]
        if re.search(r"[A-Z][\w’'.]*\s+(of|for|on|de)\s+(the\s+)?$", before):
            return False  # the tail of a longer proper name: "Center for Fiscal Policy"
        if _AFTER_NAME_CUE.match(after) or _BEFORE_NAME_CUE.search(before):
            return True
        if preceding_role(text, candidate.start):
            return True
        words = candidate.name.split()
        if self.standalone.get(words[-1], 0) and not any(p.surname == words[-1] for p in self.people):
            return True
        if re.search(r"\b(the|in|at|near|from|across|throughout|outside|inside|into|toward|towards|via)\s+$",
                     before):
            return False
        if words[0].lower() in PLACE_PREFIXES or len(words) > 3:
            return False
        return not any(_is_lowercase_word_in(w, self.lowered_story) for w in words)

    def _add(self, candidate, block_index, role):
        tokens = candidate.name.split()
        for person in self.people:
            known = person.name.split()
            if tokens[-1] != known[-1]:
                continue
            if candidate.single or tokens == known or tokens[0] == known[0]:
                if len(tokens) > len(known):
                    person.name = candidate.name
                person.role = person.role or role
                return person
            if len(known) == 1:
                person.name, person.role = candidate.name, person.role or role
                return person
        person = _Person(candidate.name, role, (block_index, candidate.start))
        self.people.append(person)
        return person

    def _find_people(self):
        self.full_mentions = []
        for block_index, text in self.units:
            block = self.body[block_index]
            for run in find_capitalised_runs(text):
                candidate = analyse_run(run, text)
                if candidate is None or not self._accept(candidate, text):
                    continue
                role = (candidate.role if candidate.role and candidate.gender is None or candidate.role
                        else None) or preceding_role(text, candidate.start) or appositive_role(text, candidate.end)
                person = self._add(candidate, block_index, role)
                if candidate.gender:
                    person.votes[candidate.gender] += 3
                for word in (role or "").lower().split():
                    if word in FEMALE_WORDS or word in MALE_WORDS:
                        person.votes["f" if word in FEMALE_WORDS else "m"] += 2
                self.full_mentions.append((person, block_index, candidate.start, candidate.end))
            if block.kind == "image" and block.photographer and looks_like_person_name(block.photographer):
                # The credit follows the caption, so its position is past the caption's end.
                offset = len(text) + 1
                candidate = _Candidate(block.photographer, None, None, offset, offset, False)
                self.full_mentions.append((self._add(candidate, block_index, None), block_index, offset, offset))

    def _find_mentions(self):
        by_surname = {}
        for person in self.people:
            by_surname.setdefault(person.surname, []).append(person)
        found = [(p, bi, s, e) for p, bi, s, e in self.full_mentions]
        for block_index, text in self.units:
            covered = [(s, e) for _, bi, s, e in self.full_mentions if bi == block_index]
            for run in find_capitalised_runs(text):
                for token in run:
                    people = by_surname.get(token.word)
                    if not people or any(s <= token.start < e for s, e in covered):
                        continue
                    if len(run) > 1 and not all(_is_title(t.word) for t in run if t is not token):
                        continue
                    found.append((people[-1] if len(people) > 1 else people[0], block_index,
                                  token.start, token.end))
        for person, block_index, start, end in sorted(found, key=lambda m: (m[1], m[2])):
            mention = _Mention(person, block_index, start, end, self._in_quote(block_index, start))
            self.mentions.append(mention)
            if (block_index, start) < person.first:
                person.first = (block_index, start)

    def _infer_genders(self, story):
        # A he/she soon after a name, outside quotations, usually stands for that person.
        previous = None
        for block_index, block in enumerate(self.body):
            if block.kind != "paragraph":
                continue
            text = mask_quotes(block.text, self.quote_spans[block_index])
            for start, end in sentence_bounds(text):
                here = [m for m in self.mentions if m.block_index == block_index and start <= m.start < end]
                if not here:
                    pronoun = re.match(r"\s*(he|she|his|her)\b", text[start:end], re.IGNORECASE)
                    if pronoun and previous:
                        previous.votes["m" if pronoun.group(1).lower() in ("he", "his") else "f"] += 1
                    continue
                for mention, nxt in zip(here, here[1:] + [None]):
                    window = text[mention.end: nxt.start if nxt else end].lower()
                    words = re.findall(r"[a-z]+", window)
                    mention.person.votes["m"] += sum(w in ("he", "him", "his", "himself") for w in words)
                    mention.person.votes["f"] += sum(w in ("she", "her", "hers", "herself") for w in words)
                previous = here[-1].person

    def mentions_in(self, block_index, start, end):
        """Mentions inside text[start:end] of one block, in order."""
        return [m for m in self.mentions if m.block_index == block_index and start <= m.start < end]

    def resolve_pronoun(self, pronoun, block_index, offset, timeline):
        """The most recent person before this point whose gender fits the pronoun."""
        want = "m" if pronoun.lower() in ("he", "him", "his") else "f"
        for key, person in reversed(timeline):
            if key < (block_index, offset) and person.gender in (want, None):
                return person.name
        return None

    def resolve_title(self, head, block_index, offset, timeline):
        """The person last mentioned whose role ends in this title (``the president``)."""
        holders = [p for p in self.people if p.role and head in re.findall(r"[\w-]+", p.role.lower())]
        for key, person in reversed(timeline):
            if key < (block_index, offset) and person in holders:
                return person.name
        return holders[0].name if holders else None

    def ordered_people(self):
        """ParsedPerson records in order of first mention."""
        return [ParsedPerson(p.name, p.role, p.first[0]) for p in sorted(self.people, key=lambda p: p.first)]


def mask_quotes(text, spans):
    """The text with quoted passages (marks included) blanked out, offsets unchanged."""
    chars = list(text)
    for opened, _, end, closed in spans:
        for index in range(opened, min(len(text), end + 1)):
            chars[index] = " "
    return "".join(chars)


def sentence_bounds(text):
    """(start, end) offsets of the sentences in text, not splitting after abbreviations."""
    bounds, start = [], 0
    for match in re.finditer(r"[.?!…]+[”\"’')]*\s+(?=[“\"‘'(]?[A-Z0-9])", text):
        word = re.search(r"(\S+?)[.?!…]+[”\"’')]*\s+$", text[start:match.end()])
        token = word.group(1).lower().lstrip("“\"(") if word else ""
        if text[match.start()] == "." and (token in ABBREVIATIONS or re.fullmatch(r"(\w\.)*\w", token)
                                           and len(token.replace(".", "")) <= 1 or _is_initial(token.upper() + ".")
                                           and "." in token):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


# --------------------------------------------------------------------------- attribution

_INDEFINITE = _words("""
    a an one some several many most two three four five other another officials residents
    critics experts analysts supporters opponents witnesses people police authorities
    sources observers fans neighbors neighbours parents students workers
""")
_CONJUNCTIONS = _words("""
    and but though although while as because when after before since so yet then that
    where if whereas also even however meanwhile
""")
_TRAILING_FILLER = re.compile(
    r"(\s+(also|later|then|previously|repeatedly|again|once|further|recently|simply|just|only|never"
    r"|always|often|has|had|have|was|were|is|are|been|would|will|could|did|does|do|\w+ly))+$", re.IGNORECASE)


class _Attributor:
    """Works out who said each quotation, reading the story in order."""

    def __init__(self, body, cast):
        self.body, self.cast = body, cast
        self.timeline = [(m.key, m.person) for m in cast.mentions
                         if not m.in_quote and body[m.block_index].kind == "paragraph"]

    def _note(self, speaker, block_index, offset):
        person = next((p for p in self.cast.people if p.name == speaker), None)
        if person:
            self.timeline.append(((block_index, offset), person))
            self.timeline.sort(key=lambda item: item[0])

    def noun_phrase(self, block_index, start, end, *, verb_first=False):
        """(found, speaker) for the subject noun phrase in text[start:end]."""
        text = self.body[block_index].text
        phrase = text[start:end]
        if verb_first:
            cut = re.search(r",|;|\.|:|\s(in|on|at|as|after|during|about|of|to|from|with|who|that)\s", phrase)
            phrase = phrase[: cut.start()] if cut else phrase
        else:
            phrase = _TRAILING_FILLER.sub("", phrase.rstrip())
            for _ in range(3):
                clause = re.search(r",[^,]*,\s*$", phrase)
                if clause and not re.search(r",\s*(and|but)\b", clause.group()):
                    phrase = phrase[: clause.start()]
                elif phrase.rstrip().endswith(","):
                    phrase = phrase.rstrip()[:-1]
            boundary = max((m.end() for m in re.finditer(r"[,;:—–(]\s*", phrase)), default=0)
            phrase = phrase[boundary:]
            start += boundary
            while True:
                lead = re.match(r"\s*(\w+)\s+", phrase)
                if not lead or lead.group(1).lower() not in _CONJUNCTIONS:
                    break
                phrase, start = phrase[lead.end():], start + lead.end()
        lead_space = len(phrase) - len(phrase.lstrip())
        phrase, start = phrase.strip(), start + lead_space
        words = phrase.split()
        if not words:
            return False, None
        first = words[0].lower()
        if first in ("he", "she") and len(words) == 1 or verb_first and first in ("he", "she"):
            return True, self.cast.resolve_pronoun(first, block_index, start, self.timeline)
        if first in _INDEFINITE:
            return True, None
        if first == "who" and len(words) == 1:
            antecedents = [m for m in self.cast.mentions_in(block_index, 0, start) if start - m.end <= 4]
            return True, antecedents[-1].person.name if antecedents else None
        end = start + len(phrase)
        for mention in reversed(self.cast.mentions_in(block_index, start, end)):
            tail = text[mention.end:end].strip(" ’'s")
            lead = text[start:mention.start].split()
            if not tail and all(_is_title(w) or w[0].isupper() for w in lead) or verb_first and not lead:
                return True, mention.person.name
            if verb_first and all(_is_title(w) or w[0].isupper() or w.lower() in ROLE_MODIFIERS for w in lead):
                return True, mention.person.name
        if first in ("the", "this", "that", "our"):
            head = re.sub(r"[^\w-]", "", words[-1].lower())
            if re.fullmatch(r"\d+-year-old", head) or head.endswith("-year-old"):
                return True, self.cast.resolve_pronoun("he", block_index, start, self.timeline) \
                    or self.cast.resolve_pronoun("she", block_index, start, self.timeline)
            if head in TITLE_WORDS:
                return True, self.cast.resolve_title(head, block_index, start, self.timeline)
        if verb_first and len(words) > 4:
            return False, None
        return True, None

    def after_quote(self, block_index, start, end):
        """Attribution written after a quote (``…,” Name said`` / ``said Name``)."""
        text = self.body[block_index].text
        segment = text[start:end]
        segment = segment[: sentence_bounds(segment)[0][1]]
        lead = len(segment) - len(segment.lstrip(" ,"))
        position = start + lead
        rest = segment[lead:]
        if not rest:
            return False, None
        according = re.match(r"according to\s+", rest, re.IGNORECASE)
        if according:
            return self.noun_phrase(block_index, position + according.end(), start + len(segment), verb_first=True)
        verb = re.match(rf"(?:{SPEECH_VERBS})\s+", rest, re.IGNORECASE)
        if verb:
            return self.noun_phrase(block_index, position + verb.end(), start + len(segment), verb_first=True)
        verb = _SPEECH_VERB_RE.search(rest)
        if verb and len(rest[: verb.start()].split()) <= 14 and not verb.group().lower().endswith("ing"):
            found = self.noun_phrase(block_index, position, position + verb.start())
            if found[0]:
                return found
        by = re.match(r"by\s+", rest)
        if by:
            found, speaker = self.noun_phrase(block_index, position + by.end(), start + len(segment), verb_first=True)
            if speaker:
                return True, speaker
        return False, None

    def before_quote(self, block_index, start, end):
        """Attribution written before a quote in the same sentence (``Name said,`` ``according to``)."""
        text = self.body[block_index].text
        sentence_start = start + sentence_bounds(text[start:end])[-1][0]
        segment = text[sentence_start:end]
        according = re.search(r"according to\s+", segment, re.IGNORECASE)
        if according:
            found = self.noun_phrase(block_index, sentence_start + according.end(), end, verb_first=True)
            if found[1]:
                return found
        for verb in reversed(list(_SPEECH_VERB_RE.finditer(segment))):
            verb_start = sentence_start + verb.start()
            if verb.group().lower().endswith("ing"):
                mentions = self.cast.mentions_in(block_index, sentence_start, verb_start)
                subject = [m for m in mentions if len(text[sentence_start:m.start].split()) <= 5]
                if subject:
                    return True, subject[0].person.name
                continue
            found, speaker = self.noun_phrase(block_index, sentence_start, verb_start)
            if re.search(r"\b(and|but)\s*$", text[sentence_start:verb_start]):
                mentions = self.cast.mentions_in(block_index, sentence_start, verb_start)
                subject = [m for m in mentions if len(text[sentence_start:m.start].split()) <= 5]
                if subject:
                    return True, subject[0].person.name
                continue
            if found:
                return found, speaker
        return False, None

    def next_sentence_subject(self, block_index, start):
        """The person a paragraph names right after an opening quote (``“…” Name added.``)."""
        text = self.body[block_index].text
        following = text[start:]
        bounds = sentence_bounds(following)
        if len(bounds) < 2 and not following.strip():
            return None
        sentence_start, sentence_end = (bounds[1] if len(bounds) > 1 and not following[: bounds[0][1]].strip()
                                        else bounds[0])
        sentence_start, sentence_end = start + sentence_start, start + sentence_end
        mentions = [m for m in self.cast.mentions_in(block_index, sentence_start, sentence_end) if not m.in_quote]
        if mentions and len(text[sentence_start:mentions[0].start].split()) <= 4:
            return mentions[0].person.name
        pronoun = re.match(r"\s*(He|She)\b", text[sentence_start:sentence_end])
        if pronoun:
            return self.cast.resolve_pronoun(pronoun.group(1), block_index, sentence_start, self.timeline)
        return None

    def attribute(self, quotes):
        """Set ``speaker`` on every quote."""
        by_block = {}
        for quote in quotes:
            by_block.setdefault(quote.block_index, []).append(quote)
        previous_speaker = None
        for block_index, block in enumerate(self.body):
            if block.kind != "paragraph":
                if block.kind == "subhead":
                    previous_speaker = None
                continue
            here = by_block.get(block_index, [])
            results = [self._own_attribution(q) for q in here]
            for position, (quote, (found, speaker)) in enumerate(zip(here, results)):
                if not found:
                    found, speaker = self._shared_attribution(results, position)
                if not found and position == 0 and quote.parts[0][1] == 0:
                    last_bi, _, _, last_end = quote.parts[-1]
                    speaker = self.next_sentence_subject(last_bi, last_end + 1)
                    whole = not self.body[last_bi].text[last_end + 1:].strip()
                    if speaker is None and whole and len(here) == 1:
                        speaker = previous_speaker
                quote.speaker = speaker
                if speaker:
                    self._note(speaker, block_index, quote.parts[0][1])
            spoken = [q.speaker for q in here]
            previous_speaker = spoken[-1] if spoken and spoken[-1] else None

    def _own_attribution(self, quote):
        last_bi, _, _, last_end = quote.parts[-1]
        text = self.body[last_bi].text
        spans = find_quote_spans(text)
        next_open = next((o for o, _, _, _ in spans if o > last_end), len(text))
        found = self.after_quote(last_bi, last_end + 1, next_open)
        if found[0] and (found[1] or not quote.parts[0][1] == 0 or True):
            if found[1] or not self._before_names_someone(quote):
                return found
        first_bi, opened, _, _ = quote.parts[0]
        text = self.body[first_bi].text
        previous_close = max((e + 1 for _, _, e, _ in find_quote_spans(text) if e < opened), default=0)
        before = self.before_quote(first_bi, previous_close, opened)
        return before if before[0] else found

    def _before_names_someone(self, quote):
        first_bi, opened, _, _ = quote.parts[0]
        text = self.body[first_bi].text
        previous_close = max((e + 1 for _, _, e, _ in find_quote_spans(text) if e < opened), default=0)
        found, speaker = self.before_quote(first_bi, previous_close, opened)
        return found and speaker is not None

    @staticmethod
    def _shared_attribution(results, position):
        # A quote with no attribution of its own shares its paragraph's attributed quote.
        for offset in range(1, len(results)):
            for index in (position - offset, position + offset):
                if 0 <= index < len(results) and results[index][0]:
                    return results[index]
        return False, None


# --------------------------------------------------------------------------- entry points

def parse_article(text):
    """Parse pasted story text into a ParsedArticle (headline, body, quotes, people, count)."""
    lines = [normalize_line(line) for line in normalize_text(text).split("\n")]
    headline_index = detect_headline(lines)
    body, comment_count = segment_blocks(lines, skip=headline_index)
    if not body:
        raise ParseError("no story text found: the input is empty or holds only page furniture")
    cast = _Cast(body)
    quotes = extract_quotes(body)
    _Attributor(body, cast).attribute(quotes)
    return ParsedArticle(
        headline=lines[headline_index] if headline_index is not None else None,
        body=body,
        quotes=[ParsedQuote(quote_text(q, body), q.speaker, q.block_index, q.parts[0][1])
                for q in quotes if quote_text(q, body)],
        people=cast.ordered_people(),
        comment_count=comment_count,
    )


def parsed_from_dict(data):
    """Build a ParsedArticle from its JSON form; block indexes and offsets are best-effort."""
    body = []
    for item in data.get("body", []):
        kind = item["type"]
        if kind == "related":
            body.append(Block("related", item["title"]))
        elif kind == "image":
            body.append(Block("image", item["caption"], item.get("credit"), item.get("photographer"),
                              item.get("agency")))
        else:
            body.append(Block(kind, item["text"]))
    quotes, cursor = [], (0, 0)
    for item in data.get("quotes", []):
        location = _locate(body, item["text"].split(" ")[0][:40], cursor, kinds=("paragraph",))
        cursor = location
        quotes.append(ParsedQuote(item["text"], item.get("speaker"), *location))
    people = []
    for item in data.get("people", []):
        block_index, _ = _locate(body, item["name"].split()[-1], (0, 0))
        people.append(ParsedPerson(item["name"], item.get("role"), block_index))
    return ParsedArticle(data.get("headline"), body, quotes, people, data.get("comment_count"))


def _locate(body, needle, cursor, *, kinds=("paragraph", "image")):
    block_index, offset = cursor
    for index in range(block_index, len(body)):
        block = body[index]
        haystack = f"{block.text} {block.credit or ''}"
        if block.kind in kinds:
            found = haystack.find(needle, offset if index == block_index else 0)
            if found >= 0:
                return index, max(0, found - 1) if block.kind == "paragraph" else found
    return cursor
