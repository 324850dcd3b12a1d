"""Turn story text copied from a news web page into a structured article.

Input format
------------
Plain text, already decoded to ``str``, as a producer gets it by selecting a story on a
web page and pasting it. It may carry a BOM, ``\\r\\n`` line endings, tabs and
non-breaking spaces. What it holds, in reading order:

* an optional headline: the first non-empty line when it has no terminal punctuation and
  a blank line follows it;
* paragraphs, separated by blank lines; the lines of one paragraph (a hard-wrapped
  paste) are joined with a space. A paste with no blank lines at all is read as one
  paragraph per line that ends a sentence;
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
    """A quotation; ``start`` is the offset of its opening mark in ``body[block_index].text``."""

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
    hungarian romanian bulgarian greek turkish belarusian georgian
    armenian israeli palestinian lebanese iraqi saudi
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
# Common given names, used only for a capitalised pair that has no other cue at all.
GIVEN_NAMES = _words("""
    aaron abby abdul abigail adam adrian ahmed aisha alan albert alejandro alex alexander
    alexandra alexis ali alice alicia alison amanda amber amy ana andre andrea andrew andy
    angela angelo ann anna anne anthony antonio april ariel arthur ashley austin barbara barry
    ben benjamin beth betty bill billy blake bob bobby brad bradley brandon brenda brett brian
    brittany bruce bryan caleb cameron carl carla carlos carmen carol caroline carolyn casey
    catherine charles charlie chloe chris christian christina christine christopher cindy claire
    claudia cody colin connor craig crystal cynthia dale dan dana daniel daniela danielle danny
    darren dave david dawn dean deborah debra denise dennis derek diana diane diego dominic 
    donna doris dorothy douglas dustin dylan eddie edward elena elijah elizabeth ellen emily emma
    eric erica erik erin ethan eugene eva evan fatima felipe fernando frances francisco frank
    fred gabriel gabriela gary gavin george gerald gloria grace greg gregory hailey hannah harold
    harry hassan heather helen henry hector holly howard hugo ian isaac isabel isabella jack
    jackson jacob jake james jamie jane janet janice jared jasmine jason javier jean jeff jeffrey
    jennifer jeremy jerry jesse jessica jesus jill jim jimmy joan joanne joe joel john johnny
    jon jonathan jordan jorge jose joseph josh joshua joyce juan judith judy julia julian julie
    justin karen kate katherine kathleen kathryn kathy katie keith kelly ken kenneth kevin kim
    kimberly kyle laura lauren lawrence leah lee leo leslie lily linda lisa logan lois lori
    louis lucas lucia luis luke lydia madison manuel marcus margaret maria marie marilyn mario
    mark martha martin mary mason matt matthew maya megan melissa michael michelle miguel mike
    mohammed mohammad muhammad monica morgan nancy natalie nathan nicholas nick nicole noah
    olivia omar oscar pablo pamela patricia patrick paul paula peter philip phillip rachel
    rafael ralph randy raymond rebecca richard rick ricardo rita rob robert roberto robin
    roger ronald rosa ross roy ruby russell ruth ryan sam samantha samuel sandra sara sarah
    scott sergio seth shannon sharon shawn sofia sophia stephanie stephen steve steven
    susan sydney tanya tara teresa terry theresa thomas tim timothy tina todd tom tony tracy
    travis tyler valerie vanessa victor victoria vincent virginia walter wayne wendy william
    willie zachary zoe
""")
SURNAME_PLACE_WORDS = _words("""
    hill hall park field fields lake church banks ford woods rivers post price bell house lane
    bridge brooks marsh street west north south young king guard forest wood rhodes
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
    irregular = {"say": "says said", "tell": "tells told", "write": "writes wrote written", "read": "reads read",
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
    r"scroll (down )?to continue.{0,40}",
    r"skip (ad|advertisement)\W*",
    r"(advertisement|advertising|ad)\W+(scroll|continue|story|article)\b.{0,40}",
    # comment widgets
    r"join the (conversation|discussion)\W*",
    r"(looking for|view|show|hide|load|loading|see|read|leave|post|add|write|open|jump to|go to|skip to)"
    r" (the |all |a |an |\d+ )?(comments?|repl(y|ies)|conversation)\W*",
    r"(\d[\d,]* )?(comments?|replies|conversation|discussion)\W*( ?\(?\d[\d,]*\)?)?",
    r"comments? (are|is|have been|has been) (now )?(closed|disabled|turned off|moderated|moved).*",
    r"(log|sign) in to (comment|reply|join).*",
    r"(?=.*\bcomment(s|ing)?\b)(?=.*\b(click|tap|buttons?|scroll (up|down))\b).{0,250}",
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
    r"(e-?mail( address)?|privacy policy|terms of (use|service)|submit|log ?in|sign ?in|log ?out"
    r"|already (a subscriber|have an account)\?.*|create (an? )?(free )?account)\W*",
    r"support (local |our |independent )?journalism.*",
    r"this site is protected by recaptcha.*",
    # links, promotions, media-player chrome
    r"(read more|read also|also read|see also|more from|more on this|recommended( for you| stories)?"
    r"|most (read|popular|viewed)|trending( now)?|you (may|might) also like|up next"
    r"|what to read next|don'?t miss)\b.{0,200}",
    r"(click|tap) (here|to|for|the) .*",
    r"skip to (main )?(content|navigation|main).*",
    r"(tags|topics|filed under|categories|more about)\s*:.{0,200}",
    r"(report (an? )?(error|typo|correction)|contact us|send us a (news )?tip|got a (news )?tip\?).*",
    r"(print|email|e-mail|save|bookmark) (this )?(page|story|article|for later)\W*",
    r"(follow|following|unfollow)( us)?\W*|follow @\w+.*",
    r"(more|top|latest|related|featured) (stories|news|headlines|videos)\W*|editor'?s picks\W*",
    r"(watch|video|listen|podcast|gallery|photos)\s*:.{0,120}",
    r"(listen|play|watch)\W{0,3}(\d+:\d+|\d+ min(ute)?s?).{0,20}",
    r"(follow|like) us on .*",
    r"(download|get|open in) (our|the) .{0,30}app\W*.*",
    r"(copyright|©).{0,150}",
    r"all rights reserved.*",
    r"((image|photo|slide|video) )?\d+ (of|/) \d+",
    r"(enlarge|expand|close|open) (this )?(image|photo|gallery).{0,30}|(toggle|hide|show) caption|caption",
    r"(image|photo|video|audio|listen|play|pause|loading|close|menu|search|next|previous|expand"
    r"|collapse|back to top|more|less)\W*",
    r"(published|updated|posted|last updated|first published)\b.{0,60}\d.{0,30}",
    # a date or time standing alone: "Friday, May 16, 2025, 4:15 p.m. MDT", "2 hours ago"
    r"((mon|tues|wednes|thurs|fri|satur|sun)day,? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r" \d{1,2},? \d{4}(,? (at )?\d{1,2}(:\d\d)? ?[ap]\.?m\.?( [a-z]{2,4})?)?",
    r"\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago",
)]
# Bylines are case-sensitive: "By" then capitalised names, nothing that reads like a sentence.
_BYLINE_RE = re.compile(r"By [A-Z][\w.’'-]*( (and |& )?[A-Z][\w.’'-]*){0,5}( ?[,|] ?[\w .’'-]{0,40})?")


def is_furniture(line):
    """True for page boilerplate: ad markers, share buttons, newsletter and comment prompts."""
    if _BYLINE_RE.fullmatch(line) and not has_terminal_punctuation(line):
        return True
    return any(pattern.fullmatch(line) for pattern in FURNITURE_PATTERNS) or is_credit_line(line)


def is_credit_line(line):
    """A photo credit on a line of its own: ``(Photo: Jo Li/AP)``, ``AP Photo/Jo Li``."""
    bare = line.strip("()[] ")
    if len(bare.split()) > 8 or has_terminal_punctuation(bare):
        return False
    if re.match(r"(photo(graph)?s?|image|picture|credit|illustration)( by)?\s*:", bare, re.IGNORECASE):
        return True
    return "/" in bare and all(parse_credit(bare))


# --------------------------------------------------------------------------- line rules

_RELATED_RE = re.compile(
    r"related( (story|stories|article|articles|coverage|content|reading|links?))?\s*:?\s*(?P<title>.*)",
    re.IGNORECASE)
_COUNT_RE = re.compile(r"\d{1,3}(,\d{3})+|\d+")
_COUNT_LABEL_RE = re.compile(r"comments?", re.IGNORECASE)


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
    """(count, index of the "Comments" line) when a comment counter starts at lines[index]."""
    line = lines[index]
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
    return any(w.isupper() and len(w) > 1 and not _is_initial(w) for w in text.replace("/", " ").split())


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
    if first in "“\"" and not re.search(r".[”\"]", text):
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
    # A byline or dateline may sit between the headline and the story instead of a blank line.
    following = first + 1
    while following < len(lines) and lines[following] and is_furniture(lines[following]):
        following += 1
    separated = following < len(lines) and (not lines[following] or following > first + 1)
    return first if separated and _next_nonblank(lines, following) is not None else None


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
            marker_line = index + 1
            if not related_title:
                title_index = _next_nonblank(lines, index + 1)
                # A story title may look like a promo ("Photos: …"); only a bare widget label is not one.
                if title_index is not None and match_related_marker(lines[title_index]) is None \
                        and not (is_furniture(lines[title_index]) and len(lines[title_index].split()) <= 4):
                    related_title, index = lines[title_index], title_index
            if related_title:
                blocks.append(Block("related", related_title, line=marker_line))
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

    wrapped, single_spaced = is_hard_wrapped(runs), is_single_spaced(runs)
    body = []
    for item in blocks:
        if isinstance(item, Block):
            body.append(item)
            continue
        for group in split_run(item, wrapped=wrapped, single_spaced=single_spaced):
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


def _line_pairs(runs):
    return [(a, b) for run in runs for (_, a), (_, b) in zip(run, run[1:])]


def is_hard_wrapped(runs):
    """True when consecutive text lines mostly break mid-sentence (a hard-wrapped paste)."""
    pairs = _line_pairs(runs)
    breaks = sum(_continues(a, b) for a, b in pairs)
    return breaks >= 2 and breaks >= 0.5 * len(pairs)


def is_single_spaced(runs):
    """True when paragraphs follow each other on consecutive lines, with no blank lines between."""
    pairs = _line_pairs(runs)
    sentence_ends = sum(not _continues(a, b) for a, b in pairs)
    return sentence_ends >= 3 and sentence_ends >= len(runs) and sentence_ends >= 0.5 * len(pairs)


def split_run(run, *, wrapped, single_spaced):
    """Split consecutive text lines into blocks.

    Lines between blank lines form one paragraph, except that a heading line is cut off the
    paragraph it introduces; a text with no blank lines at all has a paragraph per sentence-final line.
    """
    groups = [[run[0]]]
    longest = max(len(line) for _, line in run)
    for (_, line), item in zip(run, run[1:]):
        following = item[1]
        starts_fresh = following[0].isupper() or following[0].isdigit() or following[0] in "“\"‘'•–—-"
        heading = is_subhead(line) and starts_fresh and (not wrapped or len(line) < 0.6 * longest)
        sentence_break = single_spaced and starts_fresh and not _continues(line, following)
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
        elif kind in ("particle", "connector") and current and following and _kind(following) in ("name", "particle") \
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
    surname_is_place_word: bool = False


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
    # "Tom Hill", "Ana Park": a surname that is also a place word needs a firm cue (see _accept).
    place_surname = len(lowered) > 1 and lowered[-1] in SURNAME_PLACE_WORDS & (ORG_WORDS | TITLE_WORDS)
    checked = lowered[:-1] if place_surname else lowered
    if any(w in ORG_WORDS or w in DEMONYMS or w in WIRE_SERVICES or w in TITLE_WORDS for w in checked):
        return None
    if len(core) == 1 and not role_tokens:
        return None
    if run[0].opens and text[run[0].start - 1] in "“\"‘" and run[-1].closes:
        return None  # a quoted title of a work, like “Low Water”
    if re.match(r"\s+\d", text[run[-1].end:]):
        return None  # "Route 9", "Local 412"
    honorific = [t.word.lower() for t in role_tokens if t.word.lower() in HONORIFICS]
    gender = HONORIFICS[honorific[-1]] if honorific else None
    personal = ("mr", "mrs", "ms", "miss", "mx", "dr")  # honorifics, not roles
    role_words = [t.word for t in role_tokens if t.word.lower().rstrip(".") not in personal]
    role = " ".join(role_words) or None
    name = " ".join(t.word for t in name_tokens)
    return _Candidate(name, role, gender, name_tokens[0].start, name_tokens[-1].end, len(core) == 1,
                      place_surname)


_AFTER_NAME_CUE = re.compile(
    rf"^(\s*,\s*(the|a|an|who|whose|now|\d+|left|right|center|centre|pictured|also)\b"
    rf"|\s*\((left|right|center|centre|\d+)\)"
    rf"|\s*(,[^,.]{{0,80}},\s*)?((?-i:[a-z]+ly)\s+|also\s+|later\s+|then\s+|has\s+|had\s+)*,?\s*(?:{SPEECH_VERBS})\b)",
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
    match = re.match(r",\s+(?:(?:the|a|an)\s+)?([^,.;:“”\"]+?)\s*(?=,|\.|;|$)", text[end:])
    if not match or len(match.group(1).split()) > 10 or re.match(r"\d", match.group(1)):
        return None
    role = match.group(1)
    article = re.match(r",\s+(the|a|an)\s", text[end:])
    first = role.split()[0].lower()
    return role if article or first in TITLE_WORDS or first in ROLE_MODIFIERS else None


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
        # Story words in lower case, sentence-initial capitals removed: a capitalised word that
        # also occurs here ("Transit", "Home") is a common word, not a name.
        self.lowered_story = " ".join(
            re.sub(r"(^|[.?!…:“\"]\s*)[A-Z]\w*", " ", text) for _, text in self.units)
        self.standalone = {}
        for _, text in self.units:
            for run in find_capitalised_runs(text):
                if len(run) == 1 and not re.search(r"\bthe\s+$", text[:run[0].start]):
                    self.standalone[run[0].word] = self.standalone.get(run[0].word, 0) + 1
        self._find_people()
        self._find_mentions()
        self._infer_genders()

    def _in_quote(self, block_index, offset):
        return any(o <= offset < e for o, _, e, _ in self.quote_spans.get(block_index, []))

    def _accept(self, candidate, text):
        """Whether an untitled capitalised pair is a person: it needs a cue or a clean shape."""
        if candidate.role:
            return True
        before, after = text[:candidate.start], text[candidate.end:]
        if preceding_role(text, candidate.start):
            return True
        if candidate.surname_is_place_word:
            return bool(_AFTER_NAME_CUE.match(after) or re.search(r"(\bsaid|\bsays|according to)\s+$", before))
        if re.search(r"[A-Z][\w’'.]*\s+(of|for|on|de|to)\s+(the\s+)?$", before):
            return False  # the tail of a longer proper name: "Center for Fiscal Policy"
        if re.search(r"\bthe\s+$", before):
            return False  # "the Utah Jazz", "the Golden Gate": teams, places, things
        if _AFTER_NAME_CUE.match(after) or _BEFORE_NAME_CUE.search(before):
            return True
        words = candidate.name.split()
        if self.standalone.get(words[-1], 0) and not any(p.surname == words[-1] for p in self.people):
            return True
        if self.standalone.get(words[0], 0):
            return False  # later called by its first word ("Europa"): a thing, not a person
        if re.search(r"\b(in|at|near|from|across|throughout|outside|inside|into|toward|towards|via)\s+$",
                     before):
            return False
        # No cue at all: "Goldman Sachs", "Apple Watch" and "John Collins" look alike, so only
        # a common given name tips it.
        if words[0].lower() not in GIVEN_NAMES or len(words) > 3:
            return False
        return not any(_is_lowercase_word_in(w, self.lowered_story) for w in words[1:])

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
                role = candidate.role or preceding_role(text, candidate.start) or appositive_role(text, candidate.end)
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
        found = [([p], bi, s, e) for p, bi, s, e in self.full_mentions]
        for block_index, text in self.units:
            covered = [(s, e) for _, bi, s, e in self.full_mentions if bi == block_index]
            for run in find_capitalised_runs(text):
                for token in run:
                    people = by_surname.get(token.word)
                    if not people or any(s <= token.start < e for s, e in covered):
                        continue
                    if len(run) > 1 and not all(_is_title(t.word) for t in run if t is not token):
                        continue
                    found.append((people, block_index, token.start, token.end))
        last_seen = {}
        for people, block_index, start, end in sorted(found, key=lambda m: (m[1], m[2])):
            # A surname shared by two people stands for the one mentioned last.
            person = max(people, key=lambda p: last_seen.get(p.name, (-1, -1)))
            last_seen[person.name] = (block_index, start)
            self.mentions.append(_Mention(person, block_index, start, end, self._in_quote(block_index, start)))
            person.first = min(person.first, (block_index, start))

    def _infer_genders(self):
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

    def ordered_people(self):
        """ParsedPerson records in order of first mention."""
        return [ParsedPerson(p.name, p.role, p.first[0]) for p in sorted(self.people, key=lambda p: p.first)]


def mask_quotes(text, spans):
    """The text with quoted passages (marks included) blanked out, offsets unchanged."""
    chars = list(text)
    for opened, _, end, _ in spans:
        for index in range(opened, min(len(text), end + 1)):
            chars[index] = " "
    return "".join(chars)


def _is_abbreviation(text):
    # The word before a full stop: "Gov", "Sept", an initial "J", or dotted "U.S" / "p.m".
    word = re.search(r"(\S+)$", text)
    token = word.group(1).lstrip("“\"‘(").lower() if word else ""
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or "." in token


def sentence_bounds(text):
    """(start, end) offsets of the sentences in text, not splitting after abbreviations."""
    bounds, start = [], 0
    for match in re.finditer(r"[.?!…]+[”\"’')]*\s+(?=[“\"‘'(]?[A-Z0-9])", text):
        if text[match.start()] == "." and _is_abbreviation(text[start:match.start()]):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


# --------------------------------------------------------------------------- attribution

# Words that open a noun phrase naming nobody in particular ("a spokesperson", "officials").
_INDEFINITE = _words("""
    a an one some several many most two three four five other another officials residents
    critics experts analysts supporters opponents witnesses people police authorities
    sources observers fans neighbors neighbours parents students workers
""")
_PERSON_NOUNS = TITLE_WORDS | FEMALE_WORDS | MALE_WORDS | _words("""
    person member parent voter fan witness worker employee official source bystander shopper
    passenger customer tourist visitor patient survivor victim mourner protester friend
    relative local
""")
_CONJUNCTIONS = _words("""
    and but though although while as because when after before since so yet then that
    where if whereas also even however meanwhile which whom what how
""")
_TRAILING_FILLER = re.compile(
    r"(\s+(also|later|then|previously|repeatedly|again|once|further|recently|simply|just|only|never"
    r"|always|often|has|had|have|was|were|is|are|been|would|will|could|did|does|do|[a-z]+ly))+$")


# Abbreviated titles, so that "the governor" finds "Gov. Jo Cox".
_TITLE_EXPANSIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "sgt": "sergeant", "capt": "captain", "det": "detective", "supt": "superintendent", "prof": "professor",
    "dr": "doctor", "col": "colonel", "cmdr": "commander", "adm": "admiral", "maj": "major",
    "ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
}


def _role_words(role):
    words = re.findall(r"[\w-]+", role.lower())
    return set(words) | {w for word in words for w in _TITLE_EXPANSIONS.get(word, "").split()}


def subject_phrase(text, start, end):
    """(offset, phrase): the subject standing right before a verb at ``end``.

    Drops adverbs and auxiliaries before the verb, parenthetical clauses
    (``Name, who chairs the board, said``) and leading conjunctions.
    """
    phrase = _TRAILING_FILLER.sub("", text[start:end].rstrip())
    for _ in range(3):
        clause = re.search(r",[^,]*,\s*$", phrase)
        if clause and not re.search(r",\s*(and|but)\b", clause.group()):
            phrase = phrase[: clause.start()]
        elif phrase.endswith(","):
            phrase = phrase[:-1].rstrip()
    boundary = max((m.end() for m in re.finditer(r"[,;:—–(]\s*", phrase)), default=0)
    phrase, start = phrase[boundary:], start + boundary
    while (lead := re.match(r"\s*(\w+)\s+", phrase)) and lead.group(1).lower() in _CONJUNCTIONS:
        phrase, start = phrase[lead.end():], start + lead.end()
    return start + len(phrase) - len(phrase.lstrip()), phrase.strip()


def object_phrase(text, start, end):
    """(offset, phrase): the noun phrase right after a verb (``said Name, the …``)."""
    phrase = text[start:end]
    for cut in re.finditer(r",|;|\.|:|\s(in|on|at|as|after|during|about|of|to|from|with|who|that)\s", phrase):
        word = re.search(r"(\S+)$", phrase[: cut.start()])
        if cut.group() == "." and word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1):
            continue  # "said Gov. Jo Cox", "said Jo A. Cox"
        phrase = phrase[: cut.start()]
        break
    return start + len(phrase) - len(phrase.lstrip()), phrase.strip()


def sentence_start(text, offset):
    """Offset where the sentence holding ``offset`` begins."""
    return next(s for s, e in sentence_bounds(text) if s <= offset < e or e == len(text))


@dataclass
class _Someone:
    """A speaker the story leaves unnamed ("one mother said"): a pronoun after it names nobody."""
    gender: str | None
    name = None


class _Attributor:
    """Works out who said each quotation, reading the story in order."""

    def __init__(self, body, cast):
        self.body, self.cast = body, cast
        named = [(m.key, m.person) for m in cast.mentions
                 if not m.in_quote and body[m.block_index].kind == "paragraph"]
        self.timeline = sorted(named + self._unnamed_speakers(), key=lambda event: event[0])

    def _unnamed_speakers(self):
        events = []
        for block_index, block in enumerate(self.body):
            if block.kind != "paragraph":
                continue
            masked = mask_quotes(block.text, self.cast.quote_spans[block_index])
            for verb in _SPEECH_VERB_RE.finditer(masked):
                begin = sentence_start(masked, verb.start())
                if self.named_in_apposition(block_index, begin, verb.start()):
                    continue  # "A resident, Tom Hill, said": named after all
                _, phrase = subject_phrase(masked, begin, verb.start())
                words = re.findall(r"[\w-]+", phrase.lower())
                if words and words[0] in ("a", "an", "one", "another") and any(w in _PERSON_NOUNS for w in words):
                    gender = "f" if FEMALE_WORDS & set(words) else "m" if MALE_WORDS & set(words) else None
                    events.append(((block_index, verb.start()), _Someone(gender)))
        return events

    def _note(self, speaker, block_index, offset):
        person = next((p for p in self.cast.people if p.name == speaker), None)
        if person:
            self.timeline.append(((block_index, offset), person))
            self.timeline.sort(key=lambda event: event[0])

    def resolve_pronoun(self, pronoun, block_index, offset):
        """The most recent person (named or not) before this point whose gender fits the pronoun."""
        want = "m" if pronoun.lower() in ("he", "him", "his") else "f"
        for key, who in reversed(self.timeline):
            if key < (block_index, offset) and who.gender in (want, None):
                return who.name
        return None

    def resolve_title(self, head, block_index, offset):
        """The person last mentioned whose role holds this title (``the mayor``)."""
        holders = [p for p in self.cast.people if p.role and head in _role_words(p.role)]
        for key, who in reversed(self.timeline):
            if key < (block_index, offset) and who in holders:
                return who.name
        return holders[0].name if holders else None

    def resolve(self, block_index, start, phrase, *, verb_first=False):
        """(found, speaker) for a subject phrase: a name, a pronoun, a title, or nobody in particular."""
        text = self.body[block_index].text
        words = phrase.split()
        if not words:
            return False, None
        first = words[0].lower()
        if first in ("he", "she") and (len(words) == 1 or verb_first):
            return True, self.resolve_pronoun(first, block_index, start)
        if first == "who" and len(words) == 1:
            antecedents = [m for m in self.cast.mentions_in(block_index, 0, start) if start - m.end <= 4]
            return True, antecedents[-1].person.name if antecedents else None
        end = start + len(phrase)
        for mention in reversed(self.cast.mentions_in(block_index, start, end)):
            # The name must head the phrase: "Police Chief Jo Cox", not "a spokesperson for Jo Cox".
            lead = text[start:mention.start].split()
            titled = all(_is_title(w) or w[0].isupper() or w.lower() in ROLE_MODIFIERS for w in lead)
            if titled and (verb_first or not text[mention.end:end].strip(" ’'s")):
                return True, mention.person.name
        if first in _INDEFINITE:
            return True, None
        if first in ("the", "this", "that", "our"):
            head = re.sub(r"[^\w-]", "", words[-1].lower())
            if head.endswith("-year-old"):
                return True, self.resolve_pronoun("he", block_index, start) or \
                    self.resolve_pronoun("she", block_index, start)
            if head in TITLE_WORDS:
                return True, self.resolve_title(head, block_index, start)
        if verb_first and len(words) > 4:
            return False, None
        return True, None

    def named_in_apposition(self, block_index, begin, verb_start):
        """The person in ``…, Name, said`` (``the mayor’s aide, Jo Cox, said``), or None."""
        text = self.body[block_index].text
        for mention in self.cast.mentions_in(block_index, begin, verb_start):
            opened = text[:mention.start].rstrip().endswith(",")
            if opened and re.fullmatch(r"[’'s]*\s*,\s*", text[mention.end:verb_start]):
                return mention.person.name
        return None

    def passive_agent(self, block_index, verb, end):
        """(found, speaker) for ``was told by Name``: the agent after ``by``, or nobody."""
        text = self.body[block_index].text
        by = re.search(r"\bby\s+", text[verb.end():end])
        if not by:
            return True, None
        found = self.resolve(block_index, *object_phrase(text, verb.end() + by.end(), end), verb_first=True)
        return True, found[1]

    def after_quote(self, block_index, start, end):
        """Attribution written after a quote (``…,” Name said`` / ``said Name`` / ``according to``)."""
        text = self.body[block_index].text
        segment = text[start:end]
        segment = segment[: sentence_bounds(segment)[0][1]]
        position = start + len(segment) - len(segment.lstrip(" ,"))
        rest, segment_end = segment.lstrip(" ,"), start + len(segment)
        if not rest:
            return False, None
        lead = re.match(rf"(according to|(?:{SPEECH_VERBS}))\s+", rest, re.IGNORECASE)
        if lead:
            phrase_start, phrase = object_phrase(text, position + lead.end(), segment_end)
            found = self.resolve(block_index, phrase_start, phrase, verb_first=True)
            if found[1] is None:
                # "said the team’s general manager, Dana Reyes": the name follows the title.
                named = [m for m in self.cast.mentions_in(block_index, phrase_start + len(phrase), segment_end)
                         if re.fullmatch(r",\s*", text[phrase_start + len(phrase):m.start])]
                if named:
                    return True, named[0].person.name
            return found
        verb = _SPEECH_VERB_RE.search(rest)
        if verb and len(rest[: verb.start()].split()) <= 14 and not verb.group().lower().endswith("ing"):
            named = self.named_in_apposition(block_index, position, position + verb.start())
            if named:
                return True, named
            found = self.resolve(block_index, *subject_phrase(text, position, position + verb.start()))
            if found[0]:
                return found
        by = re.match(r"by\s+", rest)
        if by:
            found = self.resolve(block_index, *object_phrase(text, position + by.end(), segment_end),
                                 verb_first=True)
            if found[1]:
                return found
        return False, None

    def before_quote(self, block_index, start, end):
        """Attribution written before a quote in its sentence (``Name said,`` ``according to Name,``)."""
        text = self.body[block_index].text
        begin = start + sentence_bounds(text[start:end])[-1][0]
        according = re.search(r"according to\s+", text[begin:end], re.IGNORECASE)
        if according:
            found = self.resolve(block_index, *object_phrase(text, begin + according.end(), end), verb_first=True)
            if found[1]:
                return found
        for verb in reversed(list(_SPEECH_VERB_RE.finditer(text, begin, end))):
            coordinated = re.search(r"\b(and|but)\s*$", text[begin:verb.start()])
            if verb.group().lower().endswith("ing") or coordinated:
                # "Name toured shelters and said …", "Name posted, saying …": the clause subject.
                subjects = [m for m in self.cast.mentions_in(block_index, begin, verb.start())
                            if len(text[begin:m.start].split()) <= 5]
                if subjects:
                    return True, subjects[0].person.name
                continue
            named = self.named_in_apposition(block_index, begin, verb.start())
            if named:
                return True, named
            if re.search(r"\b(was|were|been|being|is|are|be)\s+([a-z]+ly\s+)?$", text[begin:verb.start()]):
                return self.passive_agent(block_index, verb, len(text))
            found = self.resolve(block_index, *subject_phrase(text, begin, verb.start()))
            if found[0]:
                return found
        return False, None

    def next_sentence_subject(self, block_index, start):
        """The person named at the start of the sentence after an opening quote (``“…” Name added.``)."""
        text = self.body[block_index].text
        rest = text[start:]
        if not rest.strip() or re.match(r"\s*[,;:a-z]", rest):
            return None
        begin, end = next((start + s, start + e) for s, e in sentence_bounds(rest) if rest[s:e].strip())
        mentions = [m for m in self.cast.mentions_in(block_index, begin, end) if not m.in_quote]
        if mentions and len(text[begin:mentions[0].start].split()) <= 4:
            return mentions[0].person.name
        pronoun = re.match(r"\s*(He|She)\b", text[begin:end])
        return self.resolve_pronoun(pronoun.group(1), block_index, begin) if pronoun else None

    def own_attribution(self, quote):
        """(found, speaker) from the quote's own sentence, the words after it first."""
        last_bi, _, _, last_end = quote.parts[-1]
        spans = self.cast.quote_spans[last_bi]
        next_open = min((o for o, _, _, _ in spans if o > last_end), default=len(self.body[last_bi].text))
        after = self.after_quote(last_bi, last_end + 1, next_open)
        if after[1]:
            return after
        first_bi, opened, _, _ = quote.parts[0]
        previous_close = max((e + 1 for _, _, e, _ in self.cast.quote_spans[first_bi] if e < opened), default=0)
        before = self.before_quote(first_bi, previous_close, opened)
        if before[1] or not after[0]:
            return before
        return after

    def attribute(self, quotes):
        """Set ``speaker`` on every quote, in reading order."""
        by_block = {}
        for quote in quotes:
            by_block.setdefault(quote.block_index, []).append(quote)
        previous_speaker = None
        for block_index, block in enumerate(self.body):
            if block.kind == "subhead":
                previous_speaker = None
            if block.kind != "paragraph":
                continue
            here = by_block.get(block_index, [])
            results = [self.own_attribution(q) for q in here]
            for position, quote in enumerate(here):
                found, speaker = results[position]
                if not found:
                    found, speaker = _shared_attribution(results, position)
                if not found and position == 0 and quote.parts[0][1] == 0:
                    last_bi, _, _, last_end = quote.parts[-1]
                    speaker = self.next_sentence_subject(last_bi, last_end + 1)
                    # A paragraph that is nothing but a quotation carries on the last speaker.
                    if speaker is None and len(here) == 1 and not self.body[last_bi].text[last_end + 1:].strip():
                        speaker = previous_speaker
                quote.speaker = speaker
                if speaker:
                    self._note(speaker, block_index, quote.parts[0][1])
            previous_speaker = here[-1].speaker if here else None


def _shared_attribution(results, position):
    # A quote with no attribution of its own shares that of its paragraph's nearest quote.
    for distance in range(1, len(results)):
        for index in (position - distance, position + distance):
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
        # Look for the opening words after the previous quote; a quote that runs over two
        # paragraphs only matches its first part, hence the shorter fall-backs.
        words = item["text"].split(" ")
        for needle in (" ".join(words[:6]), " ".join(words[:2]), words[0]):
            found = _locate(body, needle, cursor, kinds=("paragraph",))
            if found:
                break
        block_index, offset = found or cursor
        # ``start`` is the offset of the opening quotation mark, just before the words.
        start = max(0, offset - 1)
        cursor = (block_index, offset + 1) if found else cursor
        quotes.append(ParsedQuote(item["text"], item.get("speaker"), block_index, start))
    people = []
    for item in data.get("people", []):
        block_index, _ = _locate(body, item["name"].split()[-1], (0, 0)) or (0, 0)
        people.append(ParsedPerson(item["name"], item.get("role"), block_index))
    return ParsedArticle(data.get("headline"), body, quotes, people, data.get("comment_count"))


def _locate(body, needle, cursor, *, kinds=("paragraph", "image")):
    """(block index, offset) of the first occurrence of needle at or after cursor, else None."""
    block_index, offset = cursor
    for index in range(block_index, len(body)):
        block = body[index]
        if block.kind in kinds:
            haystack = f"{block.text} {block.credit or ''}"
            found = haystack.find(needle, offset if index == block_index else 0)
            if found >= 0:
                return index, found
    return None
