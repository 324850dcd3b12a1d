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
* ``Related`` (or ``RELATED:``) on a line of its own, then the title of another story on
  the next line. "Related: title" on one line and "Related Coverage" are promo links;
* photo captions, ``caption | credit``;
* a comment counter: a line holding only an integer followed by a ``Comments`` line;
* page furniture anywhere, even mid-story: advertising markers, share buttons, newsletter
  forms and calls to subscribe, comment-widget prompts, bylines (with the reporter's handle,
  job line or a bare name), date and time stamps, stock-ticker lines, breadcrumbs, and link
  lists ("Most Read", "Trending now" …) with the story titles under them. It is dropped.

Quotations are read from paragraphs only (curly or straight double quotes), and each is
attributed to a person named in the story when the text says who spoke. The JSON form
produced by ``ParsedArticle.to_dict()`` is specified in ``docs/spec/article-json.md``.
"""

import re
import unicodedata
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from functools import lru_cache


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
    # Reporters named on a "By …" line; not part of the JSON contract, which drops the line.
    bylines: list[str] = field(default_factory=list)

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
    archive archives collection collections
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
# States and countries: "Entergy Louisiana", "Visit Florida" end in a place, so they are
# organisations. Names that are also common given names or surnames (Jordan, Georgia,
# Washington, Holland, Montana …) are left out.
PLACE_NAMES = _words("""
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont wisconsin wyoming carolina dakota
    america canada mexico brazil argentina chile colombia peru venezuela cuba france germany italy
    spain portugal netherlands belgium switzerland austria sweden norway denmark finland poland
    ukraine russia belarus hungary romania bulgaria greece turkey iran iraq syria lebanon egypt libya
    tunisia algeria morocco nigeria kenya ethiopia somalia sudan ghana china japan korea taiwan
    vietnam thailand indonesia malaysia philippines india pakistan afghanistan bangladesh nepal
    australia zealand africa europe asia
""")
# First words that make a capitalised pair a storm, operation or programme: "Hurricane Delia".
THING_PREFIXES = _words("hurricane typhoon cyclone storm tropical superstorm operation project")
# Lower-case nouns that describe a person and can stand right before a name or in
# apposition to it ("the bassist Leon Ray", "her nephew, Jo Li,"). Only used in lower case:
# capitalised, several are names ("Son", "Marine") or words of organisations.
KIN_WORDS = _words("""
    mother father son daughter brother sister wife husband nephew niece cousin aunt uncle grandson
    granddaughter grandmother grandfather stepmother stepfather stepson stepdaughter fiance fiancé
    fiancee fiancée girlfriend boyfriend widow widower twin mom dad
""")
OCCUPATION_WORDS = _words("""
    drummer bandleader dancer choreographer comedian broadcaster commentator critic
    blogger mechanic electrician plumber carpenter grocer baker butcher barber bartender waiter
    waitress cashier janitor custodian dispatcher trooper officer agent ranger warden chaplain
    priest nun monk deacon missionary coroner veterinarian midwife dietitian counselor counsellor
    coordinator trustee regent lecturer instructor tutor trainer scout referee umpire goalie
    goaltender defenseman winger lineman cornerback kicker punter infielder reliever slugger
    sprinter swimmer runner skier skater golfer boxer wrestler fighter rider climber gymnast
    librarian magician technician mathematician politician statistician pediatrician clinician
    survivor victim suspect defendant plaintiff witness juror inmate prisoner detainee refugee
    migrant immigrant employee worker official graduate alumnus alumna freshman sophomore passenger
    customer shopper bystander motorist pedestrian hiker fisherman hunter billionaire millionaire
    tycoon mogul restaurateur programmer soldier sailor veteran historian musician teammate friend
    classmate colleague coworker roommate
""")
GENERIC_PERSON_NOUNS = _words("""
    person member parent voter fan witness worker employee official bystander shopper passenger
    customer tourist visitor patient survivor victim mourner protester friend relative
""")
# "-ist" nouns are nearly all people ("pianist", "economist"), except these.
_NOT_PERSON_IST = _words("""
    exist insist assist resist persist consist subsist enlist desist list checklist playlist
    shortlist blacklist whitelist waitlist wishlist twist wrist mist fist gist midst amidst
""")


_NOT_PERSON_MAN = _words("superhuman inhuman ottoman doberman")


def is_role_noun(word):
    """A lower-case noun for a person's job, relation or standing: ``bassist``, ``nephew``."""
    lowered = word.lower()
    if any(lowered in words for words in (TITLE_WORDS, KIN_WORDS, OCCUPATION_WORDS, GENERIC_PERSON_NOUNS)):
        return True
    if word.islower() and lowered.endswith(("man", "woman", "person")) and len(lowered) > 6 \
            and lowered not in _NOT_PERSON_MAN:
        return True  # "postman", "chairwoman", "spokesperson"; capitalised, it may be a surname
    return lowered.endswith("ist") and len(lowered) > 5 and lowered not in _NOT_PERSON_IST


# Given names that nearly always belong to one gender: a pronoun resolves to a person of
# matching gender, and without this a name with no "he"/"she" nearby has no gender at all.
# Names used for both (Jordan, Dana, Robin, Jean …) are in neither list.
MALE_NAMES = _words("""
    aaron abdul adam adrian ahmed alan albert alejandro alexander ali andre andrei andrew andy anil
    anthony antonio arjun arthur arturo austin barry ben benjamin bernard bill billy bob bobby brad
    bradley brandon brian bruce bryan caleb calvin carl carlos cesar charles chad chris christian
    christopher clarence colin connor craig curtis dale dan daniel danny darnell darren dave david
    dennis derek diego dmitri dominic donald douglas duncan dustin dylan eddie edgar eduardo edward
    elijah emmanuel enrique eric erik ernest ethan eugene evan felipe felix fernando francisco frank
    fred frederick gabriel gary gavin george gerald gilbert giovanni glenn gordon graham grant greg
    gregory gustavo hans harold harry hassan hector henry howard hugo ian igor ilya isaac ivan jack
    jacob jake jalen james jared jason javier jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy
    joe joel johan john johnny jon jonathan jorge jose joseph josh joshua juan julian julien justin
    karl keith ken kenneth kevin kyle lamar lance larry lawrence leo leon leonard liam lionel louis
    lucas luis luke malcolm manuel marc marco marcus mario mark martin mateo mateus matt matthew
    maurice max michael miguel mike mikhail mohamed mohammad mohammed muhammad nathan neil nicholas
    nick nigel noah norman oleg oliver omar oscar owen pablo patrick paul pedro peter philip phillip
    pierre rafael rahul ralph ramon randy raul ray raymond ricardo richard rick ricky robert roberto
    rodney roger roland ronald rory roy russell ryan salvador sam samuel scott sean sebastian sergei
    sergio seth shane shawn simon sol stanley stefan stephen steve steven stuart ted terrence
    theodore thomas tim timothy tobias todd tom tomas tony travis trevor tyler victor viktor vincent
    vladimir walter warren wayne wendell wesley william willie xavier yusuf zachary
""")
FEMALE_NAMES = _words("""
    abigail ada adriana aisha alejandra alexandra alice alicia alison allison amanda amara amber amelia
    amy ana andrea angela angelica anita ann anna anne annie antonia april ava barbara beatriz beth
    betty beverly bianca brenda brianna brittany camila carla carmen carol caroline carolyn catherine
    cecilia celeste charlotte chloe christina christine cindy claire clara claudia colette connie
    cynthia daisy daniela danielle deborah debra delphine denise diana diane dolores donna doris
    dorothy edith elaine eleanor elena elizabeth ella ellen elsa emily emma erica erin esther eva
    evelyn fatima fiona florence frances gabriela gina gladys gloria grace hailey hannah harriet
    heather helen helena hilda holly ingrid irene iris isabel isabella jacqueline jane janet janice
    jasmine jennifer jenny jessica jill joan joanna joanne josephine joyce juanita judith judy julia
    julie karen katherine kathleen kathryn kathy katie kayla kelly kimberly kristen laura lauren leah
    lena linda lisa lorraine louise lucia lucy lydia lynn madison margaret marguerite maria mariana
    marie marilyn marina marjorie martha mary maya megan melanie melissa mia michelle mildred miriam
    molly monica monique nadia nancy naomi natalia natalie nicole nina nora odile olga olivia pamela
    patricia paula pauline peggy penelope priya rachel rebecca regina renata renee rhonda rita
    roberta rosa rose rosemary ruth sabrina sally samantha sandra sara sarah shannon sharon sheila
    shirley sofia sophia sophie stephanie susan suzanne sylvia tamara tanya tasha teresa theresa
    tiffany tina tracy ursula valerie vanessa vera veronica victoria virginia vivian wanda wendy
    yolanda yvonne zoe
""")
GIVEN_NAMES = GIVEN_NAMES | MALE_NAMES | FEMALE_NAMES  # an uncued "Viktor Ray" is a person too
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
                 "admit": "admits admitted", "quip": "quips quipped", "plead": "pleads pleaded pled",
                 "speak": "speaks spoke", "talk": r"talked talks(?=\s+(?:about|of)\b)"}
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
    exclaim plead pledge assert confirm reiterate demand marvel gush laugh sigh tout speak talk
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
FURNITURE_PATTERNS = (
    # advertising
    r"(advertisement|advertising|ad|sponsored( content)?|paid (content|post)|promoted)\W*",
    r"(the )?(story|article|text|content) continues (below|after)( (this|the))?( advertisement| ad)?\W*",
    r"(continue|keep|scroll to continue|scroll down to continue) reading\W*( below\W*)?",
    r"(continue|keep) reading (the )?(main |full |rest of the )?(story|article)\W*( below\W*)?",
    r"scroll (down )?to continue.{0,40}",
    r"skip (ad|advertisement)\W*",
    r"(advertisement|advertising|ad)\W+(scroll|continue|story|article|feedback)\b.{0,40}",
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
    r"listen( to (this|the) (article|story))?\W{0,4}(\d+(:\d\d)?( min(ute)?s?)?)?\W*",
    r"((facebook|twitter|x|email|e-mail|linkedin|whatsapp|reddit|pinterest|threads|bluesky|print|share"
    r"|copy link|comments?)\W*){2,}",
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
    # "Read more: title", "Most Read" — a link label alone or before a colon, not "Most read books …"
    r"(read more|read also|also read|see also|more on this|recommended( for you| stories)?"
    r"|most (read|popular|viewed)|trending( now)?|you (may|might) also like|up next"
    r"|what to read next|don'?t miss)(\s*[:|»›>–—-]\s*.{0,200}|\W*)",
    r"more from [^.?!]{0,60}",
    r"(click|tap) (here|to|for|the) .*",
    r"skip to (main )?(content|navigation|main).*",
    r"(tags|topics|filed under|categories|more about)\s*:.{0,200}",
    r"(report (an? )?(error|typo|correction)|contact us|send us a (news )?tip|(got|have) a (news |story )?tip\?).*",
    # an author box: "Jo Li is a reporter for the Ledger. Reach her at jli@ledger.com."
    r"(?=.*([\w.+-]+@[\w-]+\.[a-z]{2,}|@\w{2,}))(?=.*\b(reach|contact|e-?mail|write to|follow)\s+"
    r"(him|her|them|me|us|the (reporter|writer|author|editor|newsroom)|[A-Z]\w+ (at|on))\b).{0,250}",
    # a comment prompt inside a sentence or two: "We want to hear from you. Join the discussion below."
    r"(?=.*\b((join|start) the (discussion|conversation) (below|here)|leave a comment|in the comments"
    r"( section)?( below)?)\b).{0,200}",
    r"(print|email|e-mail|save|bookmark) (this )?(page|story|article|for later)\W*",
    r"(follow|following|unfollow)( us)?\W*|follow @\w+.*",
    r"(more|top|latest|related|featured) (stories|news|headlines|videos)\W*|editor'?s picks\W*",
    # "Related: title" on one line and "Related Coverage" are promo links: the contract's
    # related block is only the bare "Related" marker with the title on the next line.
    r"related( \w+)?\s*:\s*\S.{0,200}",
    # calls to action: "Get unlimited access for just $1 a week.", "Start your free trial"
    r"(get|unlock|enjoy|try|start|subscribe|become|join|support|claim|upgrade|activate|download)\b.{0,150}"
    r"\b(unlimited|digital access|full access|premium|subscriptions?|subscribers?|membership|free trial"
    r"|newsletters?|inbox|our (free )?app|\$\d[\d.]* (a|per|/) ?(week|month|year))\b.{0,150}",
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
)
# One alternation, tried in a single call: a whole line must match one of the patterns.
_FURNITURE_RE = re.compile("|".join(f"(?:{pattern})" for pattern in FURNITURE_PATTERNS), re.IGNORECASE)
# Bylines: "By", "BY" or "by:" then capitalised names, nothing that reads like a sentence.
# The names themselves must stay capitalised, so "By Tuesday night, crews …" is prose.
_BYLINE_RE = re.compile(
    r"(?:By|BY|by):? [A-Z][\w.’'-]*( (and |AND |& )?[A-Z][\w.’'-]*){0,5}( (at|in) [A-Z][\w.’'-]*( [A-Z][\w.’'-]*){0,3})?"
    r"( ?[,|] ?[\w .’'-]{0,40})?")
# Credit lines: "Story by Jo Li", "Reporting by Jo Li; Editing by Ann Roe" (wire trailers).
_CREDIT_TRAILER_RE = re.compile(
    r"\(?((additional |story |written |words |text |reporting |writing |editing |photos? |video |interview"
    r"(s|ed)? |compiled |produced |illustrations? )by:? "
    r"(?-i:[A-Z])[\w.’'-]*( [\w.’'-]+){0,12}[;,]?\s*)+\.?\)?\.?", re.IGNORECASE)
# A reporter's social handle or address under the byline: "@JaneDoe", "Twitter: @jdoe".
_HANDLE_RE = re.compile(r"((twitter|x|instagram|threads|bluesky|email)\s*:\s*)?(@\w{2,30}|[\w.+-]+@[\w-]+\.[\w.]+)",
                        re.IGNORECASE)
# A byline's job line on its own: "Staff Writer", "Senior Science Reporter".
_STAFF_ROLE_RE = re.compile(
    r"((senior|chief|staff|contributing|investigative|political|national|local|sports|business|science"
    r"|health|tech|technology|climate|courts?|crime|education|weather|foreign|digital|associate|managing"
    r"|deputy|assistant|breaking news|multimedia|freelance) )*"
    r"(writer|reporter|correspondent|editor|columnist|contributor|photographer|journalist|producer)s?",
    re.IGNORECASE)


@lru_cache(maxsize=16384)
def is_furniture(line):
    """True for page boilerplate: ad markers, share buttons, newsletter and comment prompts."""
    if len(line) > 400:
        return False  # boilerplate is short; a long paragraph would cost every pattern a full scan
    if _BYLINE_RE.fullmatch(line) and not has_terminal_punctuation(line):
        return True
    if _HANDLE_RE.fullmatch(line) or _STAFF_ROLE_RE.fullmatch(line) or _CREDIT_TRAILER_RE.fullmatch(line):
        return True
    if _is_byline_with_role(line) or _is_breadcrumb(line):
        return True
    return bool(_FURNITURE_RE.fullmatch(line)) or is_credit_line(line)


_CRUMB_SEPARATOR = re.compile(r"\s+[/›»>|·•]\s+")


def _is_breadcrumb(line):
    # "Home / News / Local", "News › Politics › Congress": three or more short labels.
    parts = _CRUMB_SEPARATOR.split(line)
    return len(parts) >= 3 and all(
        part and len(part.split()) <= 4 and not has_terminal_punctuation(part) for part in parts)


def _is_byline_with_role(line):
    # "Jo Li | Staff Writer" has the shape of a caption, but names a reporter and a job.
    parts = line.rsplit(" | ", 1)
    return len(parts) == 2 and looks_like_person_name(parts[0].removeprefix("By ")) and bool(
        _STAFF_ROLE_RE.fullmatch(parts[1]))


# Words a date or time line is made of: "Updated 8:52 a.m. CDT Thursday, Aug. 28, 2025".
_STAMP_WORDS = DAYS_AND_MONTHS | _words("""
    mon tue tues wed thu thur thurs fri sat sun am pm at on updated published posted last first
    modified edited ago et est edt ct cst cdt mt mst mdt pt pst pdt akst akdt hst gmt utc bst cet cest
    eet eest ist jst aest aedt nzst nzdt sast wat msk
""")


def is_stamp_or_data_line(line):
    """A line with no words of its own: a date/time stamp, a price or ticker line, a divider.

    These only ever stand alone; inside a hard-wrapped paragraph a line like "2011." is
    story text, so callers check that the line does not continue a sentence.
    """
    if len(line) > 90:
        return False
    words = re.findall(r"[^\W\d_]+", re.sub(r"\b([ap])\.m\.", r"\1m", line.lower()))
    if not words:
        return True  # "61.37 -10.02 (-14.03%)", "* * *"
    if not re.search(r"\d", line):
        return False
    if all(word in _STAMP_WORDS for word in words):
        return True
    # "HLVR 61.37 -10.02 (-14.03%)": stock tickers (capitals only) and figures
    tickers = re.findall(r"[^\W\d_]+", line)
    return all(t.isupper() and len(t) <= 5 for t in tickers) and bool(re.search(r"[%$€£]|\d\.\d", line))


# A company name with its stock symbol as a line of its own: "Acme Corp. (NYSE: ACME)".
_TICKER_LABEL_RE = re.compile(r"[A-Z][\w.&’' -]{1,60} \(((NYSE|NASDAQ|Nasdaq|NYSEARCA|AMEX|TSX|LSE|OTC)\s*:\s*)?"
                              r"[A-Z]{1,5}(\.[A-Z]{1,2})?\)")

# A header over a list of links to other stories ("Most Read", "Trending now", "Related
# Coverage"): the story titles that follow it are page furniture too.
_LINK_LIST_HEADER_RE = re.compile(
    r"(most (read|popular|viewed|shared|emailed|commented)( (stories|articles|now|today|this week))?"
    r"|trending( now| stories| today| news| videos)?|popular( now| stories| today)?"
    r"|recommended( for you| stories| reading| articles| videos)?"
    r"|related (coverage|stories|articles|content|links|reading|news|videos|topics)"
    r"|more (stories|news|coverage|headlines|videos|to read|from [\w .’'-]{1,40}|interviews|features|columns"
    r"|opinion|analysis|explainers|reviews|podcasts|galleries|in [\w .’'-]{1,30}|on [\w .’'-]{1,30})"
    r"|(top|latest|featured|other|editor[’']?s?) (stories|news|headlines|picks|videos)|editor[’']?s picks"
    r"|you (may|might) (also )?(like|be interested in)|read (next|more|also)|also read|see also|up next"
    r"|what to read next|don[’']?t miss|further reading|keep reading|around the web|in case you missed it"
    r"|sponsored (stories|links)|from (our|the) (partners|network)|latest)\W*",
    re.IGNORECASE)


def is_link_list_header(line):
    """True for the header of a list of links to other stories."""
    return bool(_LINK_LIST_HEADER_RE.fullmatch(line))


def is_link_list_item(line):
    """A story title in a link list: a short line that does not end like a sentence."""
    return not has_terminal_punctuation(line) and len(line.split()) <= 20 and split_caption(line) is None


def is_credit_line(line):
    """A photo credit on a line of its own: ``(Photo: Jo Li/AP)``, ``AP Photo/Jo Li``."""
    bare = line.strip("()[] ")
    if len(bare.split()) > 8 or has_terminal_punctuation(bare):
        return False
    caption = split_caption(bare)
    if caption and has_terminal_punctuation(caption[0]):
        return False  # "Image: The council chamber. | Jo Li/Ledger" is a captioned photo
    if re.match(r"(photo(graph)?s?|image|picture|credit|illustration)( by)?\s*:", bare, re.IGNORECASE):
        return True
    if "/" in bare and all(parse_credit(bare)):
        return True
    # An agency alone under a caption: "Getty Images", "AFP via Getty Images", "Reuters"
    words = re.split(r"[\s/]+", bare.lower())
    return any(w in WIRE_SERVICES for w in words) and all(w in WIRE_SERVICES or w in _AGENCY_WORDS for w in words)


_AGENCY_WORDS = _words("images image photo photos pictures picture via press associated agence france-presse wire")


# --------------------------------------------------------------------------- line rules

# Only the bare marker ("Related", "RELATED:"); the title is on the next line.
_RELATED_RE = re.compile(r"related\s*:?", re.IGNORECASE)
_COUNT_RE = re.compile(r"\d{1,3}(,\d{3})+|\d+")
_COUNT_LABEL_RE = re.compile(r"comments?", re.IGNORECASE)


def match_related_marker(line):
    """"" for a bare ``Related`` marker line (its title is on the next line), else None.

    "Related: title" on one line and "Related Coverage" are promo links, not the contract's
    related block; ``is_furniture`` and ``is_link_list_header`` drop those.
    """
    return "" if _RELATED_RE.fullmatch(line) else None


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
    if not 2 <= len(core) <= 4 or _is_org_name(text) or _names_a_thing(core):
        return False
    if any(t.lower().strip(".") in STOPWORDS | DAYS_AND_MONTHS | DEMONYMS for t in core):
        return False
    return all(_is_name_word(t) or _is_initial(t) for t in core)


def _names_a_thing(words):
    # "Hurricane Delia", "Entergy Louisiana", "The New Yorker": a storm, a company named
    # after its state, a publication. A person's name never starts with "The".
    first, last = words[0].lower().strip(".,"), words[-1].lower().strip(".,’'")
    return first in THING_PREFIXES or first == "the" or last in PLACE_NAMES


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
            # "Jo Li/Bloomberg via Getty Images": the part before "via" is a credit itself.
            photographer, agency = _credit_parts(who)
            outlet = re.sub(r"^the\s+", "", outlet.strip())
            if agency and separator == " via ":
                outlet = f"{agency} via {outlet}"  # "Bloomberg via Getty Images"
            return photographer, outlet or agency
    return _credit_parts(text)


def _credit_parts(text):
    # "NASA, ESA, CSA, Jo Li (STScI)": the first person and the first organisation named;
    # an affiliation in brackets after a name is an organisation of its own.
    photographer = agency = None
    for part in re.split(r"\s*[/,;]\s*", text):
        affiliation = re.fullmatch(r"(?P<who>.+?)\s*\((?P<org>[^()]+)\)", part)
        pieces = [affiliation.group("who"), affiliation.group("org")] if affiliation else [part]
        for piece in pieces:
            person, org = _classify_credit_part(piece)
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


_LIST_NUMBER_RE = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z“‘])")


def is_subhead(text):
    """A short standalone line without terminal punctuation that reads like a section title."""
    if has_terminal_punctuation(text) or text.endswith((",", ";")):
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "“\"‘'"):
        return False
    if first in "“\"" and not re.search(r".[”\"]", text):
        return False
    # "1. Why rates rose", "2) What comes next": a list number before the heading is no sentence end
    text = _LIST_NUMBER_RE.sub("", text, count=1)
    return len(text.split()) <= 14 and len(text) <= 110 and not re.search(r"[.?!]\s+[A-Z]", text)


def detect_headline(lines):
    """Index of the headline line, or None when the text starts with the story or furniture."""
    first = _next_nonblank(lines, 0)
    # Breadcrumbs, share bars or a date may come before the title: skip that page chrome
    # (but not a Related block, a comment counter or a caption, which are not chrome).
    while first is not None and _is_leading_chrome(lines, first):
        first = _next_nonblank(lines, first + 1)
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


def _is_leading_chrome(lines, index):
    line = lines[index]
    if match_related_marker(line) is not None or match_comment_counter(lines, index) or split_caption(line):
        return _is_breadcrumb(line)
    return is_furniture(line) or is_stamp_or_data_line(line)


def _next_nonblank(lines, start):
    for index in range(start, len(lines)):
        if lines[index]:
            return index
    return None


# --------------------------------------------------------------------------- blocks

def is_standalone_furniture(lines, index, *, skip=None):
    """Lines that are furniture only when they stand apart from story text.

    A date or ticker line, a name right under a byline ("Priya Natarajan" over "@handle"):
    in a hard-wrapped paragraph the same text ("2011.", "Julien Arceneaux") is story text,
    so a line that carries on an unfinished sentence is never dropped here.
    """
    line = lines[index]
    previous = lines[index - 1] if index and index - 1 != skip else ""
    if previous and not has_terminal_punctuation(previous) and not _is_widget_line(previous) \
            and not _is_bare_byline_name(lines, index - 1, skip):
        return False
    if _is_widget_line(line) and not is_furniture(line):
        return True
    return looks_like_person_name(line) and _next_to_byline_furniture(lines, index, skip)


def _is_bare_byline_name(lines, index, skip):
    # "A.J. Brooks" on a line of its own at the start of a block, right over a date stamp:
    # a byline, not the end of a hard-wrapped sentence.
    before = lines[index - 1] if index and index - 1 != skip else ""
    return not before and looks_like_person_name(lines[index]) and is_stamp_or_data_line(lines[index + 1])


def _is_widget_line(line):
    return is_furniture(line) or is_stamp_or_data_line(line) or bool(_TICKER_LABEL_RE.fullmatch(line))


def _next_to_byline_furniture(lines, index, skip):
    # A bare name is a byline when a byline, handle, job line or date stamp touches it.
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(lines) and neighbour != skip and lines[neighbour]:
            if _is_widget_line(lines[neighbour]):
                return True
    return False


def segment_blocks(lines, *, skip=None):
    """Body blocks and the comment count, from normalised lines (``skip``: headline index)."""
    blocks, runs, run, count = [], [], [], None
    in_link_list = False

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
        if match_related_marker(line) is not None:
            end_run()
            in_link_list = False
            title_index = _next_nonblank(lines, index + 1)
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
        if in_link_list and (is_link_list_item(line) or is_furniture(line)):
            index += 1  # another story's title under "Most Read" and the like
            continue
        in_link_list = is_link_list_header(line)
        if in_link_list or is_furniture(line) or is_standalone_furniture(lines, index, skip=skip):
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

    story_lines = [number for run_lines in runs for number, _ in run_lines]
    blank_lines = bool(story_lines) and any(
        not lines[i] for i in range(story_lines[0] - 1, story_lines[-1]) if i != skip)
    wrapped, single_spaced = is_hard_wrapped(runs), is_single_spaced(runs, blank_lines=blank_lines)
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


def is_single_spaced(runs, *, blank_lines=True):
    """True when paragraphs follow each other on consecutive lines, with no blank lines between.

    ``blank_lines`` says whether the story has any blank line at all: without one, even a
    few sentence-final line ends are enough (the runs were only split by furniture lines).
    """
    pairs = _line_pairs(runs)
    sentence_ends = sum(not _continues(a, b) for a, b in pairs)
    if not blank_lines:
        return sentence_ends >= 1 and sentence_ends >= 0.5 * len(pairs)
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


_DOUBLE_QUOTE_MARK = re.compile(r"[“”\"]")


def find_quote_spans(text):
    """(open mark offset, content start, content end, closed) for each quotation in text."""
    spans, opened = [], None
    for mark in _DOUBLE_QUOTE_MARK.finditer(text):
        index, char = mark.start(), mark.group()
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


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_HYPHEN_LOWER = re.compile(r"[^\W\d_]+-[a-z]")
_ARABIC_ARTICLE = re.compile(r"(al|el|bin|abu)-", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*\.?")
_POSSESSIVE = re.compile(r"[’']s$")
_NON_SPACE = re.compile(r"\S+")


def _is_initial(word):
    return bool(_INITIALS.fullmatch(word))


@lru_cache(maxsize=8192)
def _is_name_word(word):
    if word.isupper() and len(word) == 2 and word.lower() not in _SHORT_ACRONYMS:
        return True
    if not word or not word[0].isupper() or word.isupper() and len(word) > 1:
        return False
    if _HYPHEN_LOWER.match(word) and not _ARABIC_ARTICLE.match(word):
        return False
    return bool(_NAME_WORD.fullmatch(word))


# Stands for any plain lower-case word: it can be no part of a name, so offsets are not kept.
_PLAIN_WORD = _Token("", -1, -1, False, False, False)


def tokenize(text):
    """Word tokens with offsets, quote and punctuation flags, possessive ’s removed.

    A plain lower-case word comes back as the shared ``_PLAIN_WORD`` token: it can only end
    a run of capitalised words, so building a token of its own would be wasted work.
    """
    tokens = []
    for match in _NON_SPACE.finditer(text):
        raw, start = match.group(), match.start()
        if raw.islower() and raw.isalpha() and raw not in PARTICLES and raw not in ("of", "for"):
            tokens.append(_PLAIN_WORD)  # most words: only their being there matters (a run ends)
            continue
        lead = len(raw) - len(raw.lstrip("“\"‘'([{"))
        core = raw[lead:]
        stripped = core.rstrip(",.;:!?”\"’')]}…")
        trail = core[len(stripped):]
        if trail.startswith(".") and (_is_initial(stripped + ".") or stripped.lower() in ABBREVIATIONS):
            stripped, trail = stripped + ".", trail[1:]
        possessive = bool(_POSSESSIVE.search(stripped)) and len(stripped) > 2
        word = stripped[:-2] if possessive else stripped
        if not word:
            continue
        tokens.append(_Token(word, start + lead, start + lead + len(word), lead > 0,
                             bool(trail) or possessive, possessive))
    return tokens


_ROMAN_NUMERAL = re.compile(r"(?=\w{2})X{0,3}(IX|IV|V?I{0,3})")


def _kind(token):
    return _word_kind(token.word)


@lru_cache(maxsize=8192)
def _word_kind(word):
    if word.lower() in PARTICLES or re.match(r"(al|el|bin|abu)-[A-Z]", word):
        return "particle" if word.lower() in PARTICLES else "name"
    if _is_initial(word) or _ROMAN_NUMERAL.fullmatch(word):
        return "initial"  # "J.", and the numeral of "Charles III", "Leo XIV"
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


def _is_plural_title(word):
    # "Teammates", "Sens.": a title for the two names of "Teammates Jo Li and Ann Roe".
    lowered = word.lower().rstrip(".")
    return lowered.endswith("s") and len(lowered) > 3 and lowered[:-1] in TITLE_WORDS


@lru_cache(maxsize=1024)
def find_capitalised_runs(text):
    """Runs of capitalised tokens that could hold a name, split at punctuation and quotes.

    Cached: every paragraph is read several times (people, mentions, attribution). The
    result is a tuple of tuples, so callers cannot change the cached value.
    """
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
    return tuple(tuple(piece) for piece in pieces if any(_kind(t) == "name" for t in piece))


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
    names_follow = bool(re.match(r",?\s+(and|&)\s+[A-Z]", text[run[-1].end:]))
    for index, token in enumerate(run[:-1]):
        titled = _is_title(token.word) or (names_follow and _is_plural_title(token.word)) or (
            # "Pianist Jo Li said …": a role noun capitalised only because it opens the sentence
            index == 0 and is_role_noun(token.word) and _starts_sentence(text, token.start))
        if titled and _kind(run[index + 1]) in ("name", "initial", "connector", "acronym", "particle"):
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
    if _names_a_thing([t.word for t in (name_tokens if role_tokens else run)]):
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
# "Name is a columnist", "Name was the band's drummer": a person described by a role noun.
_IS_A_ROLE = re.compile(r"\s+(is|was|has been|had been|became|remains)\s+(a|an|the|his|her)\s+"
                        r"(?P<words>([a-z][\w’'-]*\s+){0,2}[a-z][\w-]*)")
_ARTICLE_APPOSITIVE = re.compile(r"\s*,\s*(the|a|an)\s+(?P<words>[^,.;:“”\"]{0,60})", re.IGNORECASE)


def after_name_cue(after):
    """Whether the words after a capitalised pair mark it as a person (``, who``, ``said``).

    ``Name, the/a …`` only counts when the apposition describes a person (``, the head of``,
    ``, a planetary scientist``): ``Nature Astronomy, the team reported`` is a new clause.
    """
    if not _AFTER_NAME_CUE.match(after):
        return False
    appositive = _ARTICLE_APPOSITIVE.match(after)
    if not appositive:
        return True
    words = re.findall(r"[\w’'-]+", appositive.group("words").lower())[:5]
    return any(is_role_noun(w) or w in DEMONYMS or w in FEMALE_WORDS or w in MALE_WORDS
               or re.fullmatch(r"\d+-year-old", w)
               for w in words)


_LIST_SEPARATOR = re.compile(r",\s*(and\s+|or\s+)?|\s+(and|or|&)\s+")
_LIST_SEPARATOR_BEFORE = re.compile(r"(,\s*(and\s+|or\s+)?|\s+(and|or|&)\s+)$")
_PROPER_NAME_TAIL = re.compile(r"[A-Z][\w’'.]*\s+(of|for|on|de|to)\s+(the\s+)?$")
# A determiner and a person noun, then a comma: "her nephew, " "a sister, " "his longtime aide, ".
_ROLE_APPOSITION = re.compile(
    r"\b(his|her|their|its|our|my|a|an|the)\s+([\w’'-]+\s+){0,2}(?P<noun>[a-z][\w-]*),\s*$")
_BEFORE_NAME_CUE = re.compile(rf"(\b(?:{SPEECH_VERBS})|according to|\bby|\bwith)\s+$", re.IGNORECASE)


def preceding_role(text, start):
    """Lower-case title words right before a name: ``host``, ``head coach``; else None."""
    words = re.findall(r"[\w’'.-]+", text[max(0, start - 80):start])
    taken = []
    for word in reversed(words[-4:]):
        lowered = word.lower()
        if not taken and is_role_noun(lowered) and word[0].islower():
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
    return role if article or is_role_noun(first) or first in ROLE_MODIFIERS else None


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
        # Opening offsets per block, for bisect lookups (spans come sorted and never overlap).
        self.quote_opens = {i: [span[0] for span in spans] for i, spans in self.quote_spans.items()}
        # Story words in lower case, sentence-initial capitals removed: a capitalised word that
        # also occurs here ("Transit", "Home") is a common word, not a name.
        self.lowered_story = " ".join(
            re.sub(r"(^|[.?!…:“\"]\s*)[A-Z]\w*", " ", text) for _, text in self.units)
        self.lowered_words = set(re.findall(r"[\w’']+", self.lowered_story))
        self.standalone = {}
        for _, text in self.units:
            for run in find_capitalised_runs(text):
                before = text[max(0, run[0].start - 80):run[0].start]
                # Not "the Rangers", nor the tail of a longer name ("Institute for Astronomy").
                if len(run) == 1 and not re.search(r"\bthe\s+$", before) \
                        and not _PROPER_NAME_TAIL.search(before):
                    self.standalone[run[0].word] = self.standalone.get(run[0].word, 0) + 1
        self._find_people()
        self._find_mentions()
        self._guess_genders_from_given_names()
        self._infer_genders()
        self._mentions_by_block = {}
        for mention in self.mentions:
            self._mentions_by_block.setdefault(mention.block_index, []).append(mention)
        self._mention_starts = {bi: [m.start for m in ms] for bi, ms in self._mentions_by_block.items()}

    def _in_quote(self, block_index, offset):
        spans = self.quote_spans.get(block_index, [])
        index = bisect_left(self.quote_opens.get(block_index, []), offset + 1) - 1
        return index >= 0 and offset < spans[index][2]

    def _accept(self, candidate, text):
        """Whether an untitled capitalised pair is a person: it needs a cue or a clean shape."""
        if candidate.role or candidate.gender:
            return True  # a title or an honorific ("Ms von der Heide") marks a person
        # Only the words next to the name matter; short windows keep every "$"-anchored
        # search below from rescanning the whole paragraph for each name.
        before = text[max(0, candidate.start - 120):candidate.start]
        after = text[candidate.end:candidate.end + 200]
        if preceding_role(text, candidate.start):
            return True
        if re.search(r"\b[Tt]he\s+$", before):
            return False  # "the Utah Jazz", "The White House": teams, places, things
        if re.search(r"\b\d+-year-old\s+$", before):
            return True  # "34-year-old Tyrone Ellis"
        apposition = _ROLE_APPOSITION.search(before)
        if apposition and is_role_noun(apposition.group("noun")):
            return True  # "her nephew, Jo Li," / "a sister, Ann Roe,"
        if candidate.surname_is_place_word:
            return bool(after_name_cue(after) or re.search(r"(\bsaid|\bsays|according to)\s+$", before))
        if _PROPER_NAME_TAIL.search(before):
            return False  # the tail of a longer proper name: "Center for Fiscal Policy"
        if after_name_cue(after) or _BEFORE_NAME_CUE.search(before):
            return True
        predicate = _IS_A_ROLE.match(after)
        if predicate and any(is_role_noun(w) for w in predicate.group("words").split()):
            return True  # "A.J. Brooks is a columnist for …"
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
        return not any(self._is_common_word(w) for w in words[1:])

    def _is_common_word(self, word):
        """True when the story also uses this word in lower case ("Transit", "Home")."""
        lowered = word.lower()
        if re.fullmatch(r"[\w’']+", lowered):
            return lowered in self.lowered_words
        return _is_lowercase_word_in(word, self.lowered_story)

    def _add(self, candidate, block_index, role):
        tokens = candidate.name.split()
        for person in self.people:
            known = person.name.split()
            if candidate.single and candidate.gender and len(known) == 3 and tokens == known[:1] \
                    and not candidate.surname_is_place_word:
                return person  # "Mr Lim" after "Lim Boon Keat": the family name comes first
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
        doubtful = []
        for block_index, text in self.units:
            block = self.body[block_index]
            for run in find_capitalised_runs(text):
                candidate = analyse_run(run, text)
                if candidate is None:
                    continue
                if self._accept(candidate, text):
                    self._record(candidate, block_index, text)
                else:
                    doubtful.append((candidate, block_index, text))
            if block.kind == "image" and block.photographer and looks_like_person_name(block.photographer):
                # The credit follows the caption, so its position is past the caption's end.
                offset = len(text) + 1
                candidate = _Candidate(block.photographer, None, None, offset, offset, False)
                self.full_mentions.append((self._add(candidate, block_index, None), block_index, offset, offset))
        self._accept_listed_with_people(doubtful)

    def _record(self, candidate, block_index, text):
        role = candidate.role or preceding_role(text, candidate.start) or appositive_role(text, candidate.end)
        person = self._add(candidate, block_index, role)
        if candidate.gender:
            person.votes[candidate.gender] += 3
        for word in (role or "").lower().split():
            if word in FEMALE_WORDS or word in MALE_WORDS:
                person.votes["f" if word in FEMALE_WORDS else "m"] += 2
        self.full_mentions.append((person, block_index, candidate.start, candidate.end))

    def _accept_listed_with_people(self, doubtful):
        """Accept an uncued pair listed next to a person: "from Viktor Ray, Jo Li and Ana Roe".

        A worklist from the people already found: each accepted name may in turn vouch for
        the next one in its list, and every name is looked up by position, not searched for.
        """
        starting_at = {(bi, candidate.start): (candidate, bi, text) for candidate, bi, text in doubtful}
        ending_at = {(bi, candidate.end): (candidate, bi, text) for candidate, bi, text in doubtful}
        texts = dict(self.units)
        queue = [(bi, start, end) for _, bi, start, end in self.full_mentions]
        accepted = set()
        while queue:
            block_index, start, end = queue.pop()
            text = texts.get(block_index, "")
            after = _LIST_SEPARATOR.match(text, end)
            before = _LIST_SEPARATOR_BEFORE.search(text, max(0, start - 12), start)
            neighbours = [starting_at.get((block_index, after.end())) if after else None,
                          ending_at.get((block_index, before.start())) if before else None]
            for item in neighbours:
                if item and id(item[0]) not in accepted:
                    accepted.add(id(item[0]))
                    candidate, bi, item_text = item
                    self._record(candidate, bi, item_text)
                    queue.append((bi, candidate.start, candidate.end))

    def _find_mentions(self):
        by_surname = {}
        for person in self.people:
            by_surname.setdefault(person.surname, []).append(person)
        found = [([p], bi, s, e) for p, bi, s, e in self.full_mentions]
        for block_index, text in self.units:
            covered = {offset for _, bi, s, e in self.full_mentions if bi == block_index
                       for offset in range(s, e)}
            for run in find_capitalised_runs(text):
                for token in run:
                    people = by_surname.get(token.word)
                    if not people or token.start in covered:
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

    def _guess_genders_from_given_names(self):
        # A weak prior: an honorific (3) or two nearby pronouns outweigh it.
        for person in self.people:
            given = person.name.split()[0].lower()
            if given in MALE_NAMES:
                person.votes["m"] += 1.5
            elif given in FEMALE_NAMES:
                person.votes["f"] += 1.5

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
        starts = self._mention_starts.get(block_index, [])
        return self._mentions_by_block.get(block_index, [])[bisect_left(starts, start):bisect_left(starts, end)]

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
    token = _last_token(text)
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or "." in token


_TRAILING_TOKEN = re.compile(r"(\S+)\s*$")


def _last_token(text):
    word = _TRAILING_TOKEN.search(text[-40:])
    return word.group(1).lstrip("“\"‘(").lower() if word else ""


# Words that open a sentence and never follow a title or an initial, so after "3 a.m." or
# "the U.S." they start a new sentence: "… shortly after 3 a.m. She said …".
_SENTENCE_OPENERS = _words("the he she it they we but this that these those his her their its our there")
_TITLE_ABBREVIATIONS = _words("""
    mr mrs ms dr st gov sen rep lt col sgt capt prof rev gen maj adm cmdr cpl supt det fr no
""")


def _abbreviation_ends_sentence(before, after):
    token = _last_token(before).rstrip(".")
    following = after.split(None, 1)[0].strip("“\"‘(").lower() if after.strip() else ""
    return len(token) > 1 and token not in _TITLE_ABBREVIATIONS and following in _SENTENCE_OPENERS


_SENTENCE_END = re.compile(r"(?<![.?!…])[.?!…]+[”\"’')]*\s+(?=[“\"‘'(]?[A-Z0-9])")


@lru_cache(maxsize=4096)
def sentence_bounds(text):
    """(start, end) offsets of the sentences in text, not splitting after abbreviations."""
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start:match.start()]
        if text[match.start()] == "." and _is_abbreviation(before) \
                and not _abbreviation_ends_sentence(before, text[match.end():match.end() + 30]):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return tuple(bounds)  # cached: immutable


# --------------------------------------------------------------------------- attribution

# Words that open a noun phrase naming nobody in particular ("a spokesperson", "officials").
_INDEFINITE = _words("""
    a an one some several many most two three four five other another officials residents
    critics experts analysts supporters opponents witnesses people police authorities
    sources observers fans neighbors neighbours parents students workers
""")
_PERSON_NOUNS = TITLE_WORDS | FEMALE_WORDS | MALE_WORDS | GENERIC_PERSON_NOUNS | _words("source local")
_CONJUNCTIONS = _words("""
    and but though although while as because when after before since so yet then that
    where if whereas also even however meanwhile which whom what how
""")
_DETERMINERS = _words("the a an his her their its our")
# Adverbs and auxiliaries between a subject and its verb ("Lima also said", "Li has said").
_FILLER_WORDS = _words("""
    also later then previously repeatedly again once further recently simply just only never
    always often has had have was were is are been would will could did does do
""")
_LY_NOUNS = _words("family ally rally supply assembly monopoly anomaly")
_LAST_WORD = re.compile(r"\s+(\w+)$")


def _strip_trailing_filler(phrase):
    # Word by word from the end: a "$"-anchored regex would rescan from every position.
    while (last := _LAST_WORD.search(phrase[-40:])) is not None:
        word = last.group(1)
        adverb = word.endswith("ly") and word.isalpha() and word.islower() and word not in _LY_NOUNS
        if word not in _FILLER_WORDS and not adverb:
            break
        phrase = phrase[: len(phrase) - len(last.group())]
    return phrase


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


# "as she later put it", "as Li put it", "in the words of Jo Li": attribution without a speech verb.
_PUT_IT_RE = re.compile(
    r"\bas\s+(?P<who>[^,;:“”\"]{1,60}?)\s+(?:(?:[a-z]+ly|later|once|then|so|had)\s+)*put\s+it\b"
    r"|\bin\s+the\s+words\s+of\s+(?P<of>[^,;:“”\"]{1,60})", re.IGNORECASE)
# "D-N.M.", "R-Okla.", "(I-Vt.)": a legislator's party and state after the name.
_PARTY_TAG = re.compile(r",\s*[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?=,)|\s*\([RDI]-[A-Z][A-Za-z. ]*\)")


def subject_phrase(text, start, end):
    """(offset, phrase): the subject standing right before a verb at ``end``.

    Drops adverbs and auxiliaries before the verb, parenthetical clauses
    (``Name, who chairs the board, said``) and leading conjunctions.
    """
    # "Sen. Jo Li, R-Okla., who …": blank the party tag so the name stays the subject.
    phrase = _PARTY_TAG.sub(lambda m: " " * len(m.group()), text[start:end])
    phrase = _strip_trailing_filler(phrase.rstrip())
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


_EMBEDDED_PRONOUN = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS})\s+(?:that\s+)?(he|she)$", re.IGNORECASE)
_INDEFINITE_SUBJECT = re.compile(r"\b(a|an|one|another)\s", re.IGNORECASE)


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
            if not _INDEFINITE_SUBJECT.search(masked):
                continue  # no "a …" / "one …" subject anywhere: nothing to find, skip the verbs
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
            insort(self.timeline, ((block_index, offset), person), key=_event_key)

    def resolve_pronoun(self, pronoun, block_index, offset):
        """The most recent person (named or not) before this point whose gender fits the pronoun."""
        want = "m" if pronoun.lower() in ("he", "him", "his") else "f"
        for _, who in reversed(self._timeline_before(block_index, offset)):
            if who.gender in (want, None):
                return who.name
        return None

    def _timeline_before(self, block_index, offset):
        return self.timeline[: bisect_left(self.timeline, (block_index, offset), key=_event_key)]

    def resolve_title(self, head, block_index, offset):
        """The person last mentioned whose role holds this title (``the mayor``)."""
        holders = [p for p in self.cast.people if p.role and head in _role_words(p.role)]
        for _, who in reversed(self._timeline_before(block_index, offset)):
            if who in holders:
                return who.name
        return holders[0].name if holders else None

    def resolve(self, block_index, start, phrase, *, verb_first=False):
        """(found, speaker) for a subject phrase: a name, a pronoun, a title, or nobody in particular."""
        text = self.body[block_index].text
        words = phrase.split()
        if not words:
            return False, None
        first = words[0].lower()
        # "Li said she had told them to …": the pronoun after the first verb is the subject.
        embedded = None if verb_first else _EMBEDDED_PRONOUN.search(phrase)
        if embedded:
            return True, self.resolve_pronoun(embedded.group(1), block_index, start + embedded.start(1))
        if first in ("he", "she") and (len(words) == 1 or verb_first):
            return True, self.resolve_pronoun(first, block_index, start)
        if first == "who" and len(words) == 1:
            antecedents = [m for m in self.cast.mentions_in(block_index, 0, start) if start - m.end <= 4]
            return True, antecedents[-1].person.name if antecedents else None
        end = start + len(phrase)
        for mention in reversed(self.cast.mentions_in(block_index, start, end)):
            # The name must head the phrase: "Police Chief Jo Cox", not "a spokesperson for Jo Cox".
            lead = text[start:mention.start].split()
            titled = all(_is_title(w) or w[0].isupper() or w.lower() in ROLE_MODIFIERS or is_role_noun(w)
                         or (position == 0 and w.lower() in _DETERMINERS) for position, w in enumerate(lead))
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
            # The comma may come before a title: "a police spokesperson, Sgt. Tim Ray, said".
            opened = _strip_trailing_titles(text[begin:mention.start]).rstrip().endswith(",")
            if opened and re.fullmatch(r"[’'s]*\s*,\s*((has|have|had|also|later|then|once|[a-z]+ly)\s+)*",
                                       text[mention.end:verb_start]):
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
        put_it = self.put_it(block_index, position, segment_end)
        if put_it[1]:
            return put_it
        if re.match(r"[—–-]?\s*(that|this|those|these|such)\s+(was|is|were|are)\b", rest, re.IGNORECASE):
            named = [m for m in self.cast.mentions_in(block_index, position, segment_end) if not m.in_quote]
            if named:
                return True, named[0].person.name
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

    def put_it(self, block_index, start, end):
        """(found, speaker) for ``as Name put it`` or ``in the words of Name`` in text[start:end]."""
        text = self.body[block_index].text
        match = _PUT_IT_RE.search(text, start, end)
        if not match:
            return False, None
        group = "who" if match.group("who") else "of"
        return self.resolve(block_index, match.start(group), match.group(group).strip(), verb_first=True)

    def before_quote(self, block_index, start, end):
        """Attribution written before a quote in its sentence (``Name said,`` ``according to Name,``)."""
        text = self.body[block_index].text
        begin = start + sentence_bounds(text[start:end])[-1][0]
        put_it = self.put_it(block_index, begin, end)
        if put_it[1]:
            return put_it
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
        if text[begin:end].rstrip().endswith(":"):
            return self.colon_subject(block_index, begin, end)
        return False, None

    def colon_subject(self, block_index, begin, end):
        """(found, speaker) for ``Name was blunt: “…”``: the person the sentence is about."""
        text = self.body[block_index].text
        mentions = [m for m in self.cast.mentions_in(block_index, begin, end) if not m.in_quote]
        if mentions and len(text[begin:mentions[0].start].split()) <= 3:
            return True, mentions[0].person.name
        pronoun = re.match(r"\s*(He|She|His|Her)\b", text[begin:end])
        if pronoun:
            word = pronoun.group(1).lower()
            return True, self.resolve_pronoun("he" if word in ("he", "his") else "she", block_index, begin)
        return False, None

    def next_sentence_subject(self, block_index, start):
        """The person named at the start of the sentence after an opening quote (``“…” Name added.``)."""
        text = self.body[block_index].text
        rest = text[start:]
        if not rest.strip() or re.match(r"\s*[,;:a-z]", rest):
            return None
        begin, end = next((start + s, start + e) for s, e in sentence_bounds(rest) if rest[s:e].strip())
        mentions = [m for m in self.cast.mentions_in(block_index, begin, end) if not m.in_quote]
        # The name heads the sentence ("Jo Li made the promise"), or the sentence points back
        # at the quote ("That was the assessment of Jo Li", "So said Jo Li").
        points_back = re.match(r"\s*(That|This|These|Those|Such|So)\b", text[begin:end])
        if mentions and (len(text[begin:mentions[0].start].split()) <= 4 or points_back):
            return mentions[0].person.name
        pronoun = re.match(r"\s*(He|She)\b", text[begin:end])
        return self.resolve_pronoun(pronoun.group(1), block_index, begin) if pronoun else None

    def own_attribution(self, quote):
        """(found, speaker) from the quote's own sentence, the words after it first."""
        last_bi, _, _, last_end = quote.parts[-1]
        opens = self.cast.quote_opens[last_bi]
        following = bisect_left(opens, last_end + 1)
        next_open = opens[following] if following < len(opens) else len(self.body[last_bi].text)
        first_bi, opened, _, _ = quote.parts[0]
        preceding = bisect_left(self.cast.quote_opens[first_bi], opened) - 1
        previous_close = self.cast.quote_spans[first_bi][preceding][2] + 1 if preceding >= 0 else 0
        # A quote closed by a full stop (“… in force.” Roe agreed.) ends its sentence: the
        # attribution before it wins over the next sentence's verb. Commas, ? and ! leave the
        # sentence open (“Why now?” Roe asked.).
        last_text = self.body[last_bi].text
        if last_text[:last_end].rstrip().endswith(".") and re.match(r"\s*[A-Z“\"]", last_text[last_end + 1:]):
            before = self.before_quote(first_bi, previous_close, opened)
            if before[1]:
                return before
        after = self.after_quote(last_bi, last_end + 1, next_open)
        if after[1]:
            return after
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
            attributed = [index for index, result in enumerate(results) if result[0]]
            for position, quote in enumerate(here):
                found, speaker = results[position]
                if not found:
                    found, speaker = _shared_attribution(results, position, attributed)
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


def _strip_trailing_titles(text):
    """The text without the title words it ends with: "a spokesperson, Sgt. " → "a spokesperson, "."""
    while (last := _TRAILING_TOKEN.search(text[-40:])) and _is_title(last.group(1)):
        text = text[: len(text) - len(last.group())]
    return text


def _event_key(event):
    return event[0]


def _shared_attribution(results, position, attributed):
    # A quote with no attribution of its own shares that of its paragraph's nearest quote
    # (the earlier one on a tie). ``attributed``: sorted indexes of quotes that have one.
    after = bisect_left(attributed, position + 1)
    candidates = ([attributed[after - 1]] if after > 0 else []) + (attributed[after:after + 1])
    if not candidates:
        return False, None
    return results[min(candidates, key=lambda index: (abs(index - position), index))]


# --------------------------------------------------------------------------- entry points

_BYLINE_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|\bAND\b|&)\s*")


def find_bylines(lines, *, limit=12):
    """Reporters' names from a "By Jane Doe and John Roe" line near the top, in order."""
    seen = 0
    for line in lines:
        if not line:
            continue
        seen += 1
        if seen > limit:
            break
        if _BYLINE_RE.fullmatch(line) and not has_terminal_punctuation(line):
            names = line.split(" ", 1)[1].split(" | ")[0]
            candidates = [n.strip() for n in _BYLINE_NAME_SPLIT.split(names) if n.strip()]
            # Some sites set bylines in capitals: "BY MARIA GARCIA".
            candidates = [n.title() if n.isupper() else n for n in candidates]
            return [n for n in candidates if looks_like_person_name(n)]
    return []


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
        bylines=find_bylines(lines),
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
