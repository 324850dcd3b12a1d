"""Word lists the parser reads names, roles, places and speech verbs with; no rules, only vocabulary."""

import re
from functools import lru_cache

from .linepatterns import alternation


def word_set(text):
    return frozenset(text.split())


STOPWORDS = word_set("""
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
DAYS_AND_MONTHS = word_set("""
    monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
""")
# Words that make a capitalised sequence an organisation, place, event or thing, not a person.
# Nouns for a body that languages other than English set before its adjective and its name
# ("a associação ambientalista Ondas Limpas", "l'association écologiste Vent Vert"): a noun for a
# person right after one of them is the body's adjective, no one's title.
BODY_NOUNS = word_set("""
    associação associações asociación associazione association vereniging verein stichting fundação fundación
    fondation fondazione grupo gruppo groupe groep organização organización organizzazione organisation
    movimento movimiento mouvement beweging coletivo colectivo collettivo collectif sindicato syndicat sindacato
    partido partito parti partij plataforma plateforme piattaforma federação federación federazione fédération
    coordinadora coordenadora rede red rete réseau cooperativa coopérative cooperatie genossenschaft
""")
ORG_WORDS = word_set("""
    inc inc. corp corp. corporation company co co. group holdings ltd ltd. llc plc bank
    fund capital partners associates industries motors airlines airways energy technologies
    technology systems labs pharmaceuticals foods media news press times post journal
    herald tribune gazette ledger chronicle observer courier bulletin review daily weekly
    diário diario jornal giornale corriere gazzetta gazeta zeitung periódico nieuws noticias notícias nachrichten
    krant courant dagblad prensa imprensa presse gewerkschaft verband partei stiftung ministerium behörde
    brauerei firma konzern ayuntamiento municipio prefeitura mairie comune gemeente rathaus concello
    magazine radio tv television network broadcasting channel agency agencies service studio studios fotostudio
    services office ministry ministério ministerio ministère ministero department bureau administration
    authority commission
    committee council board court courts parliament congress senate house assembly cabinet
    government party union association society foundation institute institution university
    universidade universidad università université universität universiteit instituto istituto institut
    ospedale hôpital krankenhaus ziekenhuis spital
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
    basisschool grundschule volksschule gymnasium école collège lycée escuela colegio liceo escola scuola
    """)
# Words that open a sentence and never a name, beyond the stopwords: greetings, interjections,
# sentence adverbs, pronouns of "every-" and "any-", a gerund's "having" ("Hey Twitter", "Ah
# Bartleby", "Sometimes Simon", "Having Internet" name no one).
# Other languages' words of that kind ("Selon", "Pour", "Ook", "Auch") and their prepositions
# run into an article ("Am", "Nella", "Pelo"): a capitalised run opening on one of them is split
# there, as on a stopword ("Pour Marie-Thérèse de La Villardière", "Am Nachmittag").
FOREIGN_OPENERS = word_set("""
    selon según segundo secondo laut volgens pour para für voor mais pero aber maar
    ook auch aussi también também anche ainda encore noch nog toch doch inoltre además além
    am im vom zum zur beim ins aufs nach seit bei mit um ab bis gegen durch ohne nel nella nello negli nelle alla
    alle allo sul sulla sui dalla dallo dagli au aux dès chez pelo pela pelos pelas nos nas aos às op bij
""")
SENTENCE_OPENERS = FOREIGN_OPENERS | word_set("""
    hi hey hello ah oh wow okay ok sorry sometimes often usually always never whenever whatever
    whoever everything anything nothing something everyone anyone someone having using frankly
    essentially basically actually honestly clearly obviously certainly surely
""")
# More words of companies and bodies, for who is who alone (as PLACE_PREFIXES).
BUSINESS_WORDS = word_set("""
    electronics communications telecom telecommunications broadband software solutions networks
    development developments properties realty
    research securities investments ventures consulting logistics petroleum chemicals healthcare
    therapeutics brands music automotive aerospace robotics semiconductor semiconductors biotech
    international online wines science sciences foundry digital labs works interiors world
""")
# Words that make a product's name ("MacBook Pro", "Disney Plus", "Premiere Edition"), for who is who alone.
PRODUCT_WORDS = word_set("pro plus lite ultra edition keyboard apps screen")
DEMONYMS = word_set("""
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
    southern soviet russian ukrainian iranian syrian jordanian yemeni qatari kuwaiti emirati serbian
    croatian bosnian albanian slovenian estonian latvian lithuanian icelandic cambodian burmese
    mongolian kazakh uzbek tibetan haitian jamaican zimbabwean ugandan rwandan congolese senegalese
    cameroonian tanzanian zambian angolan
""")
# Titles and descriptions that stand before a name ("Mayor Jane Doe", "goalkeeper Jo Li").
TITLE_WORDS = word_set("""
    president vice minister premier chancellor secretary senator sen. representative rep.
    congressman congresswoman congressmember governor gov. lt. mayor councilmember member
    councilman councilwoman councillor councilor cllr cllr. alderman alderwoman commissioner supervisor
    assemblyman assemblywoman assemblymember speaker leader chairman chairwoman chair
    chairperson ceo cfo coo cto founder co-founder cofounder owner director manager executive
    officer chief head spokesperson spokesman spokeswoman host anchor presenter reporter
    correspondent editor columnist coach captain forward striker midfielder defender
    goalkeeper keeper quarterback pitcher catcher shortstop outfielder linebacker receiver
    guard winger fullback jockey driver skipper teammate rookie defenceman defenseman goalie
    goaltender netminder infielder cornerback tailback halfback batsman sprinter champion judge justice attorney lawyer
    prosecutor sheriff deputy detective det. sergeant sgt. lieutenant capt. colonel col.
    general gen. maj. admiral adm. commander cmdr. corporal cpl. inspector superintendent
    supt. principal teacher professor prof. dr. doctor dean provost researcher scientist
    economist analyst historian astronomer astrophysicist physicist chemist biologist
    geologist seismologist meteorologist forecaster epidemiologist engineer architect curator
    artist author writer novelist poet playwright composer conductor singer songwriter
    musician rapper actor actress filmmaker producer photographer designer chef pastor
    reverend rev. fr. rabbi imam bishop archbishop cardinal pope mr. mrs. ms. miss mx. sir
    madam dame lord lady king queen prince princess duke duchess sheikh honour honor excellency worship ambassador envoy diplomat
    adviser advisor aide consultant strategist activist organizer organiser advocate
    volunteer resident homeowner neighbor neighbour student farmer rancher nurse surgeon
    physician paramedic firefighter pilot astronaut entrepreneur investor banker trader
    treasurer clerk auditor administrator comptroller controller lawmaker legislator
    candidate nominee challenger incumbent mp mep weaver ceramicist sculptor painter
    mr mrs ms dr prof rev sgt capt col gen maj adm cmdr cpl supt det
    pc pcso dci
""")
# The same titles and jobs in French, Spanish, Portuguese, Italian and Dutch, which set them in
# lower case before a name as English does ("le maire Ana Lima", "dijo el alcalde Jo Li",
# "zei wethouder Ana Lima") and after a verb of saying alone ("explicó el delantero"). None is
# also an English word. Only in lower case: capitalised, "Maire" and "Secretaria" open a
# surname ("Jacob Le Maire") or a department's name. (German sets every noun with a capital:
# see namecues.noun_title_words.)
FOREIGN_TITLE_WORDS = word_set("""
    maire bourgmestre échevin échevine adjoint adjointe député députée sénateur sénatrice ministre préfet
    préfète présidente
    directeur directrice porte-parole procureur procureure avocat avocate juge commissaire
    secrétaire conseiller conseillère chercheur chercheuse professeure docteur médecin habitant
    habitante entraîneur capitaine attaquant gardien écologue élu élue syndicaliste riverain riveraine
    alcalde alcaldesa concejal concejala presidenta ministro ministra portavoz directora gerente
    secretario secretaria diputado diputada senadora juez jueza abogado abogada entrenador técnico
    capitán delantero portero vecino vecina jefe jefa rapporteur rapporteure investigador investigadora
    profesora médico médica fiscal fiscala pescador pescadora ganadero ganadera enfermero enfermera maestro
    maestra corapporteur corapporteure hebamme regierungsrat regierungsrätin stadtrat stadträtin gemeinderat
    gemeinderätin richter richterin verteidiger verteidigerin staatsanwalt staatsanwältin anwalt anwältin
    rechtsanwalt rechtsanwältin zeuge zeugin mestre funcionario funcionaria retraité retraitée jubilado jubilada
    pensionato pensionata reformado reformada gepensioneerde rentner rentnerin
    doctora economista analista doctorando doctoranda doutorando doutoranda dottorando dottoranda doctorant
    doctorante doktorand doktorandin promovendus pesquisador pesquisadora ricercatore ricercatrice
    prefeito prefeita vereador vereadora deputado deputada secretário secretária diretor diretora
    porta-voz juiz juíza procurador procuradora advogado advogada treinador pediatra autarca professora
    presidente
    sindaco sindaca assessore assessora consigliere direttore direttrice portavoce segretario segretaria
    comandante capitano procuratore avvocato avvocata giudice allenatore attaccante portiere
    titolare ingegnere tecnico dottore dottor dottoressa professore professoressa rappresentante mairesse dirigente
    administrador administradora amministratore administrateur administratrice coordinador coordinadora
    burgemeester schepen wethouder voorzitter kapitein commandant directeur woordvoerder woordvoerster raadslid
    gedeputeerde inspecteur hoofdinspecteur commissaris hoofdcommissaris korpschef
    advocaat rechter aanvoerder onderzoeker hoogleraar bewoner ondernemer eigenaar
    joueur joueuse jugador jugadora jogador jogadora giocatore giocatrice speler
    difensore atriz ator actriz actor actrice acteur attrice attore
    empresario empresaria empresário empresária imprenditore commerçant commerçante comerciante
    commerciante agricultor agricultora agriculteur agricoltore insegnante enseignant enseignante docente
    leraar lerares
    académico académica acadêmico acadêmica accademico accademica dirigenta ejecutivo ejecutiva executivo
    executiva aposentado aposentada substitut substitute architetto architetta architecte arquitecto arquitecta
    arquiteto arquiteta architekt architektin técnica tecnica líder lider experto experta esperto esperta
    policía poliziotto gendarme policier bombero bombera bombeiro bombeira pompiere pompier enfermeiro
    enfermeira infermiere infermiera infirmier infirmière profesor estudiante estudante studente studentessa
    étudiant étudiante alumno alumna aluno aluna granjero granjera fazendeiro fazendeira contadino contadina
    pêcheur pêcheuse chofer chauffeur camionero camionera vizinho vizinha vicino vicina voisin voisine morador
    moradora abitante trabajador trabajadora trabalhador trabalhadora operaio operaia ouvrier ouvrière
    travailleur travailleuse gobernador gobernadora governador governadora gouverneur gouverneure senador gestor
    gestora cientista scienziato scienziata ingeniero ingeniera engenheiro engenheira ingénieur ingénieure
    escritor escritora scrittore scrittrice écrivain écrivaine sacerdote párroco prêtre curé carabiniere
    negoziante tendero tendera víctima vítima vittima victime testigo testemunha testimone témoin delegado
    delegada délégué déléguée representante regidor regidora síndico síndica consejero consejera conselheiro
    conselheira empleado empleada funcionário funcionária impiegato impiegata employé employée piloto buurman
    buurvrouw brandweerman verpleegkundige boer visser arbeider pastoor bestuurder bestuurster lasser monteur
    produtor produtora productor productora producteur productrice produttore produttrice campesino campesina
    camponês camponesa criador criadora ganadera viticultor viticultora vigneron vigneronne viticoltore
    landwirt landwirtin bäuerin winzerin handelaar winkelier winkelierster
    président présidente präsident entraîneuse sélectionneur sélectionneuse technicien technicienne défenseur
""")
# States and countries: "Entergy Louisiana", "Visit Florida" end in a place, so they are
# organisations. Names that are also common given names or surnames (Jordan, Georgia,
# Washington, Holland, Montana …) are left out.
PLACE_NAMES = word_set("""
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
    sul norte nord sud süd noord zuid oeste ouest leste oost
""")
# First words that make a capitalised pair a storm, operation or programme: "Hurricane Delia".
THING_PREFIXES = word_set("hurricane typhoon cyclone storm tropical superstorm operation project")
# First words of places and of teams named after them ("New Delhi", "St. Louis", "Fort Worth",
# "Inner Mongolia", "Los Angeles Lakers"): none opens the name of a person of the story. (Only
# for who is who: a byline's "New Delhi, Bureau" or a caption's credit still reads as a name's
# place would.)
PLACE_PREFIXES = word_set("""
    new st fort mount mt port cape lake los las san santa puerto buenos kuala tel costa saint inner upper lower barangay
    great greater north south east west northern southern eastern western united golden royal
""")
# Lower-case nouns that describe a person and can stand right before a name or in
# apposition to it ("the bassist Leon Ray", "her nephew, Jo Li,"). Only used in lower case:
# capitalised, several are names ("Son", "Marine") or words of organisations.
KIN_WORDS = word_set("""
    mother father son daughter brother sister wife husband nephew niece cousin aunt uncle grandson
    granddaughter grandmother grandfather stepmother stepfather stepson stepdaughter fiance fiancé
    fiancee fiancée girlfriend boyfriend widow widower twin mom dad
""")
OCCUPATION_WORDS = word_set("""
    drummer bandleader master dancer choreographer comedian broadcaster commentator critic partner
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
GENERIC_PERSON_NOUNS = word_set("""
    person member parent voter fan witness worker employee official bystander shopper passenger
    customer tourist visitor patient survivor victim mourner protester friend relative
""")
# "-ist" nouns are nearly all people ("pianist", "economist"), except these.
_NOT_PERSON_IST = word_set("""
    exist insist assist resist persist consist subsist enlist desist list checklist playlist
    shortlist blacklist whitelist waitlist wishlist twist wrist mist fist gist midst amidst
""")


_NOT_PERSON_MAN = word_set("superhuman inhuman ottoman doberman")
_ROLE_NOUNS = TITLE_WORDS | FOREIGN_TITLE_WORDS | KIN_WORDS | OCCUPATION_WORDS | GENERIC_PERSON_NOUNS


_GENERAL = ("-geral", "-general", "-général", "-générale", "-generale")


@lru_cache(maxsize=8192)
def is_role_noun(word):
    """A lower-case noun for a person's job, relation or standing: ``bassist``, ``nephew``."""
    lowered = word.lower()
    if lowered in _ROLE_NOUNS:
        return True
    if "-" in lowered and (lowered.rsplit("-", 1)[1] in _ROLE_NOUNS or lowered.endswith(_GENERAL)
                           and lowered.split("-", 1)[0] in _ROLE_NOUNS):
        return True  # "kapitein-commandant", "vice-chancellor"; "director-geral", "secrétaire-général"
    if word.islower() and lowered.endswith(("man", "woman", "person")) and len(lowered) > 6 \
            and lowered not in _NOT_PERSON_MAN:
        return True  # "postman", "chairwoman", "spokesperson"; capitalised, it may be a surname
    if word.islower() and lowered.endswith(_FOREIGN_PERSON_ENDINGS) and len(lowered) > 6 \
            and lowered not in _NOT_PERSON_DORA:
        return True  # "especialista", "journaliste", "hidróloga", "sociologue"
    if word.islower() and lowered.endswith("ster") and len(lowered) >= _DUTCH_STER_LETTERS:
        return True  # "woordvoerster", "initiatiefneemster" (shorter, "register", "disaster" are things)
    return lowered.endswith("ist") and len(lowered) > 5 and lowered not in _NOT_PERSON_IST


_DUTCH_STER_LETTERS = 10


def is_role_or_compound(word):
    """A noun for a person, or one run into another noun before it, as compounds are written
    ("oppositie" + "raadslid", "school" + "teacher")."""
    return is_role_noun(word) or any(is_role_noun(word[split:])
                                     for split in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1))


_COMPOUND_PART = 4  # letters at least of each noun of a compound
# Companies and machines named as people are in Spanish and Portuguese ("la incorporadora", "a
# seguradora", "la computadora"), and things named as the nouns for people in "-ista" are ("a revista").
_NOT_PERSON_DORA = word_set("""
    incorporadora operadora distribuidora transportadora seguradora aseguradora administradora
    exportadora importadora computadora lavadora aspiradora secadora licuadora procesadora processadora
    geradora generadora calculadora grabadora gravadora
    revista entrevista conquista autopista imprevista
""")
# How nouns for people end in French, Spanish, Portuguese and Italian (only in lower case:
# capitalised, "Batista" is a surname).
_FOREIGN_PERSON_ENDINGS = ("ista", "iste", "ólogo", "óloga", "ologo", "ologa", "ologue", "oloog",
                           "ógrafo", "ógrafa", "ografo", "ografa",  # "oceanógrafo", "fotografa"
                           # "investigadora", "mariscadora"; "allenatore", "direttrice", "animatrice"
                           "dora", "atore", "ttore", "atrice", "ttrice")


SURNAME_PLACE_WORDS = word_set("""
    hill hall park field fields lake church banks ford woods rivers post price bell house lane
    bridge brooks marsh street west north south young king guard forest wood rhodes
""")
HONORIFICS = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
              "duke": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f",
              "madam": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f", "duchess": "f",
              "dr": None, "dr.": None, "prof": None, "prof.": None, "mx.": None}
# The same before a name in other languages ("Frau Vossberg", "Madame Lima", "señora Ruiz").
FOREIGN_HONORIFICS = {"herr": "m", "frau": "f", "monsieur": "m", "madame": "f", "mme": "f", "mme.": "f",
                      "señor": "m", "señora": "f", "sr.": "m", "sra.": "f", "signor": "m", "signora": "f",
                      "senhor": "m", "senhora": "f", "meneer": "m", "mevrouw": "f", "mevr.": "f",
                      # Austria's degrees before a name: "Landesrätin Mag. Sabine Eder", "Ing. Jo Weber"
                      "mag.": None, "mag.a": None, "ing.": None, "dipl.-ing.": None}
HONORIFICS |= FOREIGN_HONORIFICS
TITLE_WORDS |= frozenset(FOREIGN_HONORIFICS)
# German sets its titles capitalised, as it does every noun: "Bürgermeister Ansgar Thiel",
# "Konzernsprecherin Jo Weber". Those that are never a surname, and the endings of compound
# titles ("Umweltministerin", "Vorstandschef"; "Sprecher" or "Meister" alone may be a surname),
# Dutch's among them ("Oppositieleider Jo de Wit", "Fractievoorzitter").
TITLE_WORDS |= word_set("""
    bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin landrat landrätin vorsitzende
    vorsitzender abgeordnete abgeordneter staatssekretär staatssekretärin sprecherin präsidentin direktorin
    ministerin kanzlerin trainerin leiterin chefin kommandant kommandantin obmann obfrau
""")
GERMAN_TITLE_ENDINGS = tuple("""
    minister ministerin sprecher sprecherin präsident präsidentin direktor direktorin vorsitzende vorsitzender
    trainer trainerin leiter leiterin chef chefin kanzler kanzlerin sekretär sekretärin bürgermeister
    bürgermeisterin kommissar kommissarin beauftragte beauftragter führer führerin
    landesrat rätin kommandant kommandantin ologe ologin arzt ärztin anwalt anwältin inspektor inspektorin
    ingenieur ingenieurin referent referentin experte expertin pfarrer pfarrerin
    leider leidster voorzitter voorzitster woordvoerder woordvoerster
""".split())
ROLE_MODIFIERS = word_set("""
    head chief assistant associate deputy senior former acting interim executive managing
    general vice co lead longtime veteran local state city county federal team club museum
    school financial operating technology communications emergency public health police fire
    finance defense defence foreign prime retired then current new outgoing incoming
    elected appointed star top
""")
FEMALE_WORDS = word_set("""
    she her hers herself woman women mother daughter wife sister grandmother aunt niece
    actress chairwoman spokeswoman congresswoman councilwoman businesswoman sportswoman
    assemblywoman alderwoman widow girl
""")
MALE_WORDS = word_set("""
    he him his himself man men father son husband brother grandfather uncle nephew
    chairman spokesman congressman councilman businessman sportsman assemblyman alderman
    widower boy
""")
PARTICLES = word_set("de da di du van von der den del della la le bin ibn al el dos das ter ten y")
ABBREVIATIONS = word_set("""
    mr mrs ms dr st jr sr gen gov sen rep lt col sgt capt prof rev no vs etc inc corp co ltd
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd rd dept est fig vol det
    supt cmdr adm maj cpl fr mag ing
""")
WIRE_SERVICES = word_set("""
    reuters ap afp epa epa-efe upi xinhua getty shutterstock alamy bloomberg sipa polaris
    redux magnum pool handout ansa kyodo yonhap tass dpa anadolu zuma imagn usa pa
    lusa efe anp belga apa keystone ats sda télam adnkronos
""")


def _verb_forms(bases):
    # Past and third-person forms only: base forms ("state", "call", "note") are too often
    # nouns. Plurals that are common nouns ("claims", "calls") are left out for the same reason.
    irregular = {"say": "says said", "tell": "tells told", "write": "writes wrote written", "read": "reads read",
                 "cry": "cried", "reply": "replies replied", "testify": "testifies testified",
                 "admit": "admits admitted", "quip": "quips quipped", "plead": "pleads pleaded pled",
                 "speak": "speaks spoke", "talk": r"talked talks(?=\s+(?:about|of)\b)"}
    noun_plurals = word_set("states notes posts claims calls promises counters stresses reads demands "
                          "pledges tweets remarks jokes sighs laughs vows urges cautions boasts laments answers")
    forms = set()
    for base in bases.split():
        if base in irregular:
            forms.update(irregular[base].split())
            continue
        stem = base[:-1] if base.endswith("e") else base
        plural = base + "es" if base.endswith(("s", "sh", "ch")) else base + "s"
        forms.update({stem + "ed"} | ({plural} - noun_plurals))
    return forms


_SPEECH_VERB_FORMS = _verb_forms("""
    say tell add ask write explain note state continue insist argue warn suggest reply
    respond recall declare announce claim acknowledge admit concede joke quip remark observe
    predict promise vow urge caution call describe post tweet emphasize emphasise stress
    complain boast recount shout yell whisper cry agree counter conclude testify muse read
    exclaim plead pledge assert confirm reiterate demand marvel gush laugh sigh tout speak talk
    lament bemoan grumble interject contend answer
""")
SPEECH_VERBS = alternation(_SPEECH_VERB_FORMS)
# Participles after a comma ("…, saying “…”") speak for the subject of the main clause.
SPEECH_PARTICIPLES = "saying|adding|telling|writing|noting|calling|describing|explaining|warning|arguing|insisting|asking"
_SPEECH_WORDS = alternation(_SPEECH_VERB_FORMS | set(SPEECH_PARTICIPLES.split("|")))
SPEECH_VERB_RE = re.compile(rf"(?<![\w-])(?:{_SPEECH_WORDS})\b", re.IGNORECASE)

# Verbs of saying that German, French, Spanish, Italian, Portuguese and Dutch stories set between a
# quotation and its speaker ("„…“, sagte Jo Weber", "« … », a déclaré la maire, Ana Lima",
# "«…», dijo Ana Lima"; German's verbs in two parts by their first: "„…“, hielt die Richterin
# fest", "räumte er ein", "warf der Verwaltung vor, … „…“ zu verkaufen"). (Those that are
# English words too, "lance", "resume", count only in lower case after a quotation in a story in
# another language.)
FOREIGN_SPEECH_VERBS = alternation(set("""
    sagte sagt erklärte erklärt betonte betont meinte meint ergänzte ergänzt fügte berichtete berichtet
    warnte warnt kritisierte kritisiert forderte fordert erzählte erzählt schrieb schreibt bestätigte
    dit déclare déclaré affirme affirmé explique expliqué ajoute ajouté souligne souligné précise précisé
    estime estimé indique indiqué confie confié raconte raconté rappelle rappelé regrette regretté
    poursuit poursuivi reconnaît reconnu assuré lancé martèle martelé insiste insisté prévient prévenu
    annonce annoncé confirme confirmé répond répondu témoigne témoigné juge jugé dénonce dénoncé
    dijo afirmó afirma explicó explica señaló señala añadió añade aseguró asegura declaró indicó comentó
    lamentó lamenta advirtió advierte sostuvo subrayó destacó contó relató apuntó agregó insistió
    reconoció respondió recordó precisó cuenta relata
    disse afirmou explicou acrescentou declarou
    detto spiegato aggiunto dichiarato affermato sottolineato spiega aggiunge sottolinea
    zei zegt verklaarde vertelde benadrukte
    versicherte mahnte kommentierte antwortete unterstrich hielt räumte stellte führte gab kündigte kündigt
    résume promet détaille nuance tempère avance glisse lâche concède déplore constate soupire commente conclut
    manifestó expresó admitió sentenció dice comenta reconoce opinó denunció aclaró insiste concluyó agrega
    diz conta avisa sublinha sublinhou garante garantiu salientou referiu adiantou defendeu lembrou lembra admitiu
    ressaltou destacou frisou rebateu comentou contou relatou completou ponderou alertou acrescenta
    racconta raccontato commenta commentato afferma osserva ammette ammesso ribadisce ribadito precisa
    annuncia annunciato evidenzia
    stelt stelde vindt reageert reageerde benadrukt waarschuwt waarschuwde considera considère
    pidió pide reclamó reclama advirtió attaccato ammonisce
    gesagt gemeint gewarnt gefordert geschrieben bestätigt versichert kommentiert geantwortet unterstrichen
    angekündigt eingeräumt hervorgehoben dicho explicado señalado afirmado asegurado declarado añadido indicado
    comentado subrayado gezegd verklaard verteld
    parlato parlé habló falou sprach sprak parla parle habla fala spricht spreekt
    escreveu escribió écrit scritto schreef noemt noemde verweet verwijt nennt nannte assure s'indigne s'insurge s'inquiète s'étonne
    vertelt vertelde tempéré tempère regretté regrette salué salue sostenuto sostenuta sostiene sostenne
    definito definita definió definiu qualifié qualifiée bezeichnete déploré évoqué évoque
    lance soupiré appelle appelé tranche tranché resume resumiu resumió defende défend defiende difende
    soutenu soutient promis glissé acusa acusou acusó questiona questionou cuestiona cuestionó
    warf wirft esordito esordisce avalia avaliou evalúa evaluó valuta alerta alertó
    décrit décrivait descritto descrive describe describió descrito descreve descreveu beschreibt beschrieb beschrijft
    lamentou reconheceu respondeu observou considerou concluiu criticou denunciou reforçou realçou indicou assegurou
    precisou desabafou confessou advertiu apontou insistiu confesó contestó replicó reiteró enfatizó puntualizó
    averti avertit avoué avoue concédé ironisé plaisanté lamenté avvertito ammonito
    gewaarschuwd
    parlando definendo descrivendo dicendo hablando definiendo describiendo diciendo calificando falando
    definindo descrevendo dizendo qualificando parlant qualifiant évoquant dénonçant
    repliceerde repliceert antwoordde antwoordt voegde legde merkte répliqué rétorqué replicato replicou ribatté
    avverte exige exigiu exigió exigé erwiderte entgegnete konterte vroeg vraagt fragte fragt demandé preguntó chiesto chiese perguntou
""".split()) | {"s’indigne", "s’insurge", "s’inquiète", "s’étonne"})  # (either apostrophe)
# A verb of saying in any of the languages, as a word of its own.
ANY_SPEECH_VERB_RE = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS}|{FOREIGN_SPEECH_VERBS})(?![\w-])")
# The N-year-old in German and Dutch: "der 74-Jährige", "de 74-jarige".
AGED_ENDINGS = ("-jährige", "-jähriger", "-jarige")
# How or to whom something was said, set between a verb of saying and the speaker where the
# subject follows its verb: "dijo entre risas Jo Li", "contó con la voz quebrada", "a dit avec
# émotion", "disse à nossa reportagem".
MANNER_PHRASE = (r"(?-i:(?:entre|con|com|avec|mit|met|sin|sem|sans|ohne|tra|en|em|a|à|ao|al|au|aux|alla|ai|agli)"
                 r"(?:\s+[a-zß-ÿ]+){1,3})")
MANNER_PHRASE_RE = re.compile(MANNER_PHRASE)
# To a paper or a body by its name, in the same place: "disse ao Diário da Planície", "dijo a El
# Comercio", "a déclaré au journal Le Soir", "ha detto al Corriere" (TO_A_BODY: the word for "to"
# and the noun for the paper, maybe).
TO_A_BODY = r"(?:a|à|ao|al|au|alla|aan)(?:\s+[a-zß-ÿ]+)?"
TO_A_NAMED_BODY_RE = re.compile(TO_A_BODY + r"\s+[A-ZÀ-Þ][\w’'-]*"
                                r"(?:\s+(?:[A-ZÀ-Þ][\w’'-]*|da|de|do|del|della|di|du|des|dos|das|van|von)){0,4}")
# The articles and possessives those languages set before a title ("la maire", "son directeur",
# "il direttore", "der Bürgermeister", "o pediatra"), and as a pattern's alternatives (with the
# French and Italian article run into its noun: "l'écologue").
FOREIGN_DETERMINERS = word_set("""
    der die das den dem des le la les el los las il lo gli o a os as de het
    son sa ses leur su sus seu sua zijn haar
""")
FOREIGN_DETERMINER_PATTERN = "|".join(sorted(FOREIGN_DETERMINERS, key=len, reverse=True)) + "|l[’']"
# Their words for "according to", set before the speaker after a quotation too ("„…“, so Weber").
FOREIGN_ACCORDING_TO = "so|selon|según|segundo|secondo|aldus"


# The labels pages put over a story's tags ("Tags: budget", "Filed under: Harbor"), and those
# in other languages ("Schlagworte: Haushalt", "Mots-clés : budget"), as a pattern's alternatives.
TAG_LABELS = "tags?|tagged|topics?|filed under|categor(?:y|ies)|posted in"
FOREIGN_TAG_LABELS = ("schlagworte|schlagwörter|stichworte|themen|mots-clés|mots clés|étiquettes|temas|etiquetas"
                      "|argomenti|trefwoorden|onderwerpen|lees meer over|meer over")

# The sections a news site's menu names: a line of five or more words most of them these is a
# menu run together ("Home News Business Sports Entertainment Travel").
# The site's own links run together in a header or footer: "Help Sitemap Home Skip Navigation
# Contact Us", "Terms of Use Privacy Policy Copyright Advertising Info Contact Us Employment".
SITE_LINK_WORDS = word_set("""
    home help sitemap site map contact us about privacy policy terms conditions use cookies cookie
    accessibility advertise advertising info careers employment jobs copyright subscribe subscriptions rss
    feedback faq newsletters newsletter corrections archives search skip navigation login register store
""")
SECTION_WORDS = word_set("""
    home news sport sports business entertainment travel blog blogs forum forums jobs weather opinion
    video videos photos arts fashion lifestyle life health tech technology science politics world local
    classifieds obituaries autos cars homes shopping shop topics more marketplace multimedia podcasts radio
    tv games movies music food living education money markets columnists cams environment nation
""")


# How the names of bodies end in Dutch and German, where "van" and "von" also say "of": "Dries
# Verschaeren van Hulpverleningszone Scheldevallei", "Jo Weber von der Kantonspolizei".
_BODY_ENDINGS = ("zone", "dienst", "raad", "korps", "politie", "polizei", "gemeente", "gemeinde", "verband",
                 "verein", "vereniging", "stichting", "ministerie", "ministerium", "amt", "bond", "rat")


# How nouns for a company end in Dutch and German, set before its name as a title is before a
# person's ("Fietsenfabrikant Veloxa", "Autohersteller Brandt").
_COMPANY_ENDINGS = ("fabrikant", "producent", "hersteller", "konzern", "concern", "fabriek", "bedrijf")


def names_a_company(word):
    """Whether a capitalised word is a noun for a company ("Fietsenfabrikant")."""
    return word.lower().endswith(_COMPANY_ENDINGS)


def names_a_body(word):
    """Whether a capitalised word names a body ("Council", "Hulpverleningszone"), not a person."""
    lowered = word.lower()
    return lowered in ORG_WORDS or lowered in BODY_NOUNS or (len(lowered) > 8 and lowered.endswith(_BODY_ENDINGS))
