"""The people of a story: names, roles, mentions."""

import pytest

from articles.parsing import parse_article

from .stories import people_of, speaker_of


def test_people_in_captions_and_credits_are_people():
    text = "The vote was close.\n\nMayor Ana Lima speaks on Monday. | Omar Reyes, Reuters\n"
    assert [name for name, _ in people_of(text)] == ["Ana Lima", "Omar Reyes"]


def test_people_names_roles_and_order():
    text = (
        "Defense Minister Rustam Kovac met host Sean Byrne and Lena Marsh, the head of the "
        "audit office, on Monday.\n\n“It went well,” said Kovac.\n"
    )
    assert people_of(text) == [
        ("Rustam Kovac", "Defense Minister"), ("Sean Byrne", "host"), ("Lena Marsh", "head of the audit office")]


def test_people_take_the_fullest_form_once():
    text = "Ortiz spoke first.\n\nGov. Samuel Ortiz then signed it. Ortiz smiled.\n"
    assert people_of(text) == [("Samuel Ortiz", "Gov.")]


def test_titles_with_of_are_roles():
    assert people_of("Secretary of State Ana Lima flew to Lisbon.") == [("Ana Lima", "Secretary of State")]


@pytest.mark.parametrize("text", [
    "The Riverton City Council met at Oak Street Park.",
    "Fans of the Harbor City Hawks filled Harbor Stadium.",
    "The Center for Fiscal Policy and the National Weather Service issued reports.",
    "Goldman Sachs and Wells Fargo raised forecasts.",
    "NASA’s Europa Clipper passed Mars on Monday. Europa is next.",
    "Visitors flew in from New Orleans, Cape Town and Buenos Aires on Monday.",
    "The exhibition “Low Water” opens Friday.",
    "Members of Transit Local 412 voted on Route 9.",
    "The White House said the president would sign it.",
    "The critic told The New Yorker in 1987 that jazz was dead.",
    "Hurricane Delia roared ashore. Forecasters expect Delia to weaken.",
    "Entergy Louisiana reported outages. | Courtesy of Entergy Louisiana",
    "In a study in the journal Nature Astronomy, the team reported clouds. The Max Planck Institute for Astronomy "
    "disagreed.",
    "Shares of rival Keystone Micro fell 3%.",
    "Police rescued an 8-year-old Fort Worth girl on a night the surging Los Angeles Lakers won again.",
    "Patients from Inner Mongolia were treated, as others were in St. Louis and New Delhi, said the doctors.",
    "Those were the words of New York and St. Martin’s, who publish the book.",
    "Analysts at Forrester Research said Samsung Electronics and Universal Music would gain, says the report.",
    "The car comes standard with Apple CarPlay and Android Auto, and the office suite is Apache OpenOffice.",
    "“It is quick,” said Lumo Pro, as Vexa International and Kestrel Online, who sell it, agree.",
    "Reviews by Orla Deck Ultra owners and by Tamsin Edition readers, said Dray Apps, were kind.",
    "The study, said Harbor Science, was read by Kestrel Digital and Pier Foundry, as Vexa Labs agreed.",
    "The herders of Russian Tuva, said Ukrainian Orla, were fed.",
    "Orla Touch Screen said it was bright.",
    # a title word before a name's suffix is a surname, not a title: no "Jr." with a role
    "A spat broke out over the legacy of the Rev. Martin Luther King Jr. on Monday.",
])
def test_organisations_places_and_things_are_not_people(text):
    assert people_of(text) == []


@pytest.mark.parametrize("text, name", [
    ("Jazz coach Will Hardy praised the bench.", "Will Hardy"),
    ("“It is fine,” said Betsy DeVos.", "Betsy DeVos"),
    ("“It is fine,” said Douglas MacArthur.", "Douglas MacArthur"),
    ("“It is fine,” said Suzan DelBene.", "Suzan DelBene"),
    ("Lakers coach JJ Redick was less pleased.", "JJ Redick"),
    ("Ludwig van der Berg, a parent of two, said he agreed.", "Ludwig van der Berg"),
    ("Ngozi Okonjo-Iweala, an economist, spoke.", "Ngozi Okonjo-Iweala"),
    ("“It is fine,” said Thomas O’Brien.", "Thomas O’Brien"),
    ("A resident, Tom Hill, said the plan was late.", "Tom Hill"),
    ("John Collins had 15 rebounds.", "John Collins"),
    ("She married the bassist Leon Whitaker in 1964.", "Leon Whitaker"),
    ("She is survived by a sister, Odile Batiste, of Baton Rouge.", "Odile Batiste"),
    ("The victim was identified as 34-year-old Tyrone Ellis.", "Tyrone Ellis"),
    ("Pianist Delphine Ray moved to New York in 1957.", "Delphine Ray"),
    ("Defenceman Orrin Dray scored in overtime.", "Orrin Dray"),
    ("Goalie Ana Lucero made 31 saves.", "Ana Lucero"),
    # "Jan" is a given name before a name, a month before a number
    ("Jan Kowal, who runs a haulage firm, said it was late.", "Jan Kowal"),
    ("On Jan 12 Ana Lima said no, and by Jan. 14 the vote was lost.", "Ana Lima"),
    ("Tan Jun Wei, 41, the sole director of Harbourline Interior Works, pleaded guilty.", "Tan Jun Wei"),
    # an honorific or a police rank is no part of the name
    ("Madam Ong Siew Lan, 61, a retired clerk, paid the firm in 2023.", "Ong Siew Lan"),
    ("PC Bronwen Tegid-Hale told the court the van was slow.", "Bronwen Tegid-Hale"),
    ("Surfing champion Tarni Wyeth is touring the state this summer.", "Tarni Wyeth"),
    # a word no name holds opening the run: the person is from the given name on
    ("The ranking Republican Henry Dowsett asked the panel to wait.", "Henry Dowsett"),
    ("It was beaten by American Sarah Kettleby in a playoff.", "Sarah Kettleby"),
    # (a person after "to", with the article Portuguese may set before a name, keeps the whole name)
    ("A carta foi entregue ao Pedro Miguel Salgueiro, presidente da junta.", "Pedro Miguel Salgueiro"),
])
def test_people_of_many_shapes(text, name):
    assert [n for n, _ in people_of(text)] == [name]


def test_madam_is_no_role_and_a_womans_honorific():
    text = ("Madam Ong Siew Lan and Mr Tan Boon Huat both paid the firm a deposit in 2023. "
            "“It was all my savings,” she said.")
    assert people_of(text) == [("Ong Siew Lan", None), ("Tan Boon Huat", None)]
    assert speaker_of(text, "savings") == "Ong Siew Lan"


def test_an_uncued_name_listed_with_people_is_a_person():
    text = "Hartford led on goals from Viktor Sandström, Jalen Price and Noah Kimura-Lee. Price scored again."
    assert [n for n, _ in people_of(text)] == ["Viktor Sandström", "Jalen Price", "Noah Kimura-Lee"]


def test_a_plural_title_heads_two_names():
    assert [n for n, _ in people_of("Teammates Jalen Brooks and Marcus Ortiz each scored twice.")] == [
        "Jalen Brooks", "Marcus Ortiz"]


def test_regnal_numbers_belong_to_the_name():
    assert [n for n, _ in people_of("Prime Minister Keir Jones met King Charles III.")] == [
        "Keir Jones", "Charles III"]


def test_people_named_only_in_a_subhead_or_headline_are_left_out():
    text = "Mayor Ana Lima wins\n\nThe vote was close.\n\nWhat Mayor Tom Reed said next\n\nHe conceded.\n"
    assert people_of(text) == []


def test_honorific_with_particle_surname_is_a_mention():
    parsed = parse_article(
        "ECB President Margarethe von der Heide spoke first.\n\n"
        "“Rates matter,” said Ingrid Solberg, an analyst at a bank.\n\n"
        "Ms von der Heide declined to commit. “We will be data-dependent,” she said.\n")
    assert parsed.quotes[-1].speaker == "Margarethe von der Heide"
    assert [p.name for p in parsed.people] == ["Margarethe von der Heide", "Ingrid Solberg"]


def test_family_name_first_with_honorific_is_the_same_person():
    parsed = parse_article("The trade minister, Lim Boon Keat, said it was “serious”.\n\n"
                           "Mr Lim said he would raise the matter.\n")
    assert [p.name for p in parsed.people] == ["Lim Boon Keat"]


def test_name_described_by_is_a_role_is_a_person():
    parsed = parse_article("A retired postman, Marcel Dufresne, helped.\n\n"
                           "A.J. Brooks is a columnist for The Chronicle.\n")
    assert [p.name for p in parsed.people] == ["Marcel Dufresne", "A.J. Brooks"]


@pytest.mark.parametrize("first, second", [("Jo", "Ana"), ("Ana", "Jo")])
def test_a_surname_shared_by_two_people_stands_for_the_one_named_last(first, second):
    parsed = parse_article(f"Mayor {first} Smith arrived. Mayor {second} Smith arrived. “No,” Smith said.\n")
    assert [p.name for p in parsed.people] == [f"{first} Smith", f"{second} Smith"]
    assert parsed.quotes[0].speaker == f"{second} Smith"


def test_a_hyphenated_name_the_story_also_uses_in_lower_case_is_a_common_word():
    assert people_of("John Port-Talbot waved. A ferry sailed.\n") == [("John Port-Talbot", None)]
    assert people_of("John Port-Talbot waved. A port-talbot ferry sailed.\n") == []


@pytest.mark.parametrize("text, people", [
    # a pair opening on a word of the sentence is no name, though its last word stands alone
    ("Harbor notes\n\nSometimes Simon's remarks made the singers cringe. Simon says he sometimes "
     "regrets them.\n", []),
    ("Harbor notes\n\nIt rained all week. Whenever I sail, I think of the bay, and I said so.\n", []),
    ("Harbor notes\n\nHey Twitter, the point of the campaign is to be seen. Twitter says it agrees.\n", []),
    ("Harbor notes\n\nUsing Mercurial with the new tools changes the way teams share history.\n\n"
     "Mercurial keeps every change, and using it well takes a week.\n", []),
    # (counter-examples: a surname standing alone marks a name, and "Will" is a given name too)
    ("Harbor notes\n\nIn the rain, Zeb Quarrel sailed the bay.\n\nQuarrel says the winter was long.\n",
     ["Zeb Quarrel"]),
    ("Harbor notes\n\nIn the rain, Will Carling led the side.\n\nCarling says the side will win.\n",
     ["Will Carling"]),
])
def test_a_pair_opening_on_a_word_of_the_sentence_is_no_person(text, people):
    assert [name for name, _ in people_of(text)] == people


@pytest.mark.parametrize("text, people", [
    # listed beside a person, yet a team after "the", the tail of a longer name, or words the
    # story also writes in lower case
    ("Harbor notes\n\nThe stars are Marian Gaborik of the Minnesota Wild and Rick Nash of the Columbus "
     "Blue Jackets.\n", ["Rick Nash"]),
    ("Harbor notes\n\nThe visit was led by the acting head of the Department of Homeland Security and "
     "Alex Azar, the health secretary.\n", ["Alex Azar"]),
    ("Harbor notes\n\nTalks on the food supply and human rights drew Rick Nash and Human Rights to the "
     "port.\n", ["Rick Nash"]),
    # (counter-examples: an uncued pair listed beside a person, with its particles, is one)
    ("Harbor notes\n\nThe prize went to Rick Nash, Zeb de Quarrel and Oma Fenwick on Monday.\n",
     ["Rick Nash", "Zeb de Quarrel", "Oma Fenwick"]),
])
def test_a_name_listed_beside_a_person_is_no_person_when_it_reads_as_a_things(text, people):
    assert [name for name, _ in people_of(text)] == people


def test_a_word_of_the_sentence_capitalised_before_a_name_is_left_off_it():
    text = ("Harbor notes\n\nThe team rested its starters on Sunday.\n\n"
            "“You still go through your normal routine,” Backup Charlie Batch said. The backup has waited "
            "a year.\n\n“We go again in May,” said Mary Ann Evans, whose mary-go-round of a season ends.\n")
    article = parse_article(text)
    assert [person.name for person in article.people] == ["Charlie Batch", "Mary Ann Evans"]
    assert [quote.speaker for quote in article.quotes] == ["Charlie Batch", "Mary Ann Evans"]


@pytest.mark.parametrize("text, people", [
    # a titled name ends where "of" begins: what follows is the place or body
    ("Senate vote\n\n“We will vote no,” said Sen. Elizabeth Warren of Massachusetts.\n",
     [("Elizabeth Warren", "Sen.")]),
    ("Senate vote\n\nMayor Ana Lima of Harbor City signed it on Monday.\n", [("Ana Lima", "Mayor")]),
    # and a title "of" a place is no one's name ("Kosovo", "York" are places)
    ("Senate vote\n\nThe Duke of York opened the hall, as the Prime Minister of Kosovo had.\n", []),
    # (counter-example: "of" in the title)
    ("Senate vote\n\nSecretary of State Ana Lima flew in.\n", [("Ana Lima", "Secretary of State")]),
])
def test_a_titled_name_of_a_place_is_the_name_without_the_place(text, people):
    assert people_of(text) == people


@pytest.mark.parametrize("text, people", [
    # a capitalised title in apposition, of a place or a body, marks a person
    ("Senate vote\n\nSpeaking to the press, Hashim Thachi, Prime Minister of Kosovo, praised the vote.\n",
     [("Hashim Thachi", "Prime Minister of Kosovo")]),
    ("Senate vote\n\nWe met Zeb Quarrel, Chairman of the board, on Monday.\n", [("Zeb Quarrel", "Chairman of the board")]),
    # (counter-examples: a title before another name, and a company's name, mark no one)
    ("Senate vote\n\nThe bank, Goldman Sachs, Chief Executive David Solomon said, will grow.\n",
     [("David Solomon", "Chief Executive")]),
    ("Senate vote\n\nShares of Fisker Automotive, Chief Executive of the year, rose.\n", []),
    # a role in lower case in apposition after the name, with no given name to tell it
    ("Senate vote\n\nIvo Brandt, the harbor master, backed it.\n", [("Ivo Brandt", "harbor master")]),
    # (not a company or a place described in apposition)
    ("Senate vote\n\nAcme Harbor, the ferry company, said the vote was close.\n", []),
    ("Senate vote\n\nGull Island, the largest of the islands, voted no.\n", []),
])
def test_a_title_in_apposition_marks_a_person(text, people):
    assert people_of(text) == people


@pytest.mark.parametrize("text, people", [
    # a last word the story writes as "the X" before a mark or a stopword is a team's or a thing's
    ("Harbor notes\n\nCoach Ana Lima praised Marlow Gulls after the final.\n\nThe title went to the "
     "Gulls, who led all season. Gulls fans sang.\n", [("Ana Lima", "Coach")]),
    ("Harbor notes\n\nLumo Deck sold out in a day.\n\nOwners who play the Deck on trains like it, and "
     "Deck sales doubled.\n", []),
    # (counter-examples: "the" before a surname that qualifies a noun or heads a list)
    ("Harbor notes\n\nZeb Quarrel spoke on Monday. Critics of the Quarrel plan and of the Quarrel and "
     "Lima reports were heard, and rivals loathe Quarrel.\n\nQuarrel said little.\n", [("Zeb Quarrel", None)]),
])
def test_a_name_the_story_writes_after_the_like_a_team_is_no_person(text, people):
    assert people_of(text) == people


@pytest.mark.parametrize("text, people", [
    # a place's first word makes a pair a place, whatever cue stands before it
    ("Harbor notes\n\nThe series was won by Great Marlow, and a draw with Santa Verde followed.\n", []),
    # a cued pair before a noun qualifies it: "by Kestrel Vance staff"
    ("Harbor notes\n\nThe report was drawn up by Kestrel Vance staff and signed with Orrin Dray pens.\n", []),
    # (counter-examples: a verb, an adverb or a word of time after the name)
    ("Harbor notes\n\nWith Zeb Quarrel facing a ban, a sack by Oma Fenwick helped, as did calls "
     "with Rick Nash nightly.\n", [("Zeb Quarrel", None), ("Oma Fenwick", None), ("Rick Nash", None)]),
    ("Harbor notes\n\nThe club told Zeb Quarrel yesterday.\n", [("Zeb Quarrel", None)]),
])
def test_a_cued_pair_naming_a_place_or_qualifying_a_noun_is_no_person(text, people):
    assert people_of(text) == people


@pytest.mark.parametrize("text, names", [
    # "der" joins a name after another particle; alone it is a German noun's article
    ("Hafen\n\nUrsula von der Leyen said the plan was good.\n", ["Ursula von der Leyen"]),
    ("Hafen\n\nJan van den Berg said the plan was good.\n", ["Jan van den Berg"]),
    ("Hafen\n\nDer Anleger der Möweninsel ist marode.\n\nDie Fähre zwischen Hafenstadt und der Möweninsel fährt nicht.\n",
     []),
])
def test_an_article_between_capitalised_words_joins_a_name_only_after_a_particle(text, names):
    assert [name for name, _ in people_of(text)] == names


def test_in_german_a_noun_set_alone_later_makes_no_pair_ending_in_it_a_person():
    # every German noun opens with a capital: "Relevante Dokumente" and then "Dokumente" alone
    german = ("Hafen\n\nDie Stadt hat eine Akte. Relevante Dokumente liegen vor.\n\n"
              "Die Stadt prüft die Dokumente seit Tagen, und der Anleger ist nicht sicher.\n")
    assert people_of(german) == []
    english = ("Harbor\n\nRosa Dokumente told the board the ferry is not safe.\n\n"
               "Dokumente said the pier would not last the winter.\n")
    assert [name for name, _ in people_of(english)] == ["Rosa Dokumente"]


def test_in_german_the_title_before_a_name_is_the_role_not_part_of_the_name():
    # a given name after it, or a noun for a person right after a verb of saying
    german = ("Hafen\n\nDer Anleger ist marode, sagt Geschäftsführer Tomas Brenner am Montag.\n\n"
              "Die Stadt baut neu, erklärte Sprecherin Jo Weber im Rathaus.\n\n"
              "Die meisten Hersteller von Systeme für den Hafen liefern spät. Der Anleger Möweninsel Nord ist alt.\n\n"
              "Auch Pendlerin Sabine Koch ist erleichtert.\n")
    assert people_of(german) == [("Tomas Brenner", "Geschäftsführer"), ("Jo Weber", "Sprecherin"),
                                 ("Sabine Koch", "Pendlerin")]
    # in English the word is the sentence's ("Backup Charlie Batch"), or a title it knows
    english = "Harbor\n\nThe pier is old, said Commissioner Tomas Brenner on Monday.\n"
    assert people_of(english) == [("Tomas Brenner", "Commissioner")]


def test_a_title_after_a_verb_of_saying_and_an_article_and_a_name_ending_before_a_particle():
    # "sagte der Bürgermeister Klaus Hartmann"; "zegt directeur Tomas Brenner van de rederij",
    # where "van de" begins the firm's name, not his
    german = "Hafen\n\n„Das ist ein guter Tag“, sagte der Bürgermeister Klaus Hartmann am Abend.\n"
    assert people_of(german) == [("Klaus Hartmann", "Bürgermeister")]
    dutch = "Haven\n\n\"We varen vaker\", zegt directeur Tomas Brenner van de rederij.\n"
    assert [name for name, _ in people_of(dutch)] == ["Tomas Brenner"]


def test_given_names_common_across_europe_make_an_uncued_pair_a_person_with_a_gender():
    text = ("Harbor\n\nMarta Ruiz runs the ferry line. Klaus Hartmann owns its boats.\n\n"
            "“We sail at dawn,” she said.\n")
    parsed = parse_article(text)
    assert [p.name for p in parsed.people] == ["Marta Ruiz", "Klaus Hartmann"]
    assert parsed.quotes[0].speaker == "Marta Ruiz"


@pytest.mark.parametrize("text, names", [
    # a known given name the story goes on using alone, as stories name actors and players
    ("Teatro\n\nQuinze anos depois, Teresa Valadão voltou a ensaiar seis horas por dia.\n\n"
     "Para compor a matriarca, Teresa passou duas semanas numa colônia de pescadores.\n", ["Teresa Valadão"]),
    ("Final\n\nIn the final, Julie Okafor beat the champion in straight sets.\n\nJulie then thanked the crowd.\n",
     ["Julie Okafor"]),
    # no name: the given name alone is another name's end, or a reference's author, or the pair
    # is a phrase ("All Carla All the Time")
    ("Ice\n\nThe base lies on Ross Island, as Robert Falcon Ross once planned it.\n\nIt is near the Ross Sea.\n",
     ["Robert Falcon Ross"]),
    ("Ice\n\nThe realm holds the Ross Dependency.\n\n^ Clark, Ross (1994). The Linguistic Evidence.\n", []),
    ("Paris\n\nOperation Lookitme, All Carla All the Time, has sucked the air out of the room. Carla smiles.\n", []),
])
def test_a_pair_opening_on_a_given_name_the_story_also_uses_alone_is_a_person(text, names):
    assert [person.name for person in parse_article(text).people] == names


@pytest.mark.parametrize("sentence, person", [
    # a noun opening the sentence before a given name and a surname is the title, not the name's
    ("Buurman Hüseyin Demirtaş rekende uit dat het dertig jaar duurt.", ("Hüseyin Demirtaş", "Buurman")),
    ("Pianist Diana Kirschner says the pattern starts in young adulthood.", ("Diana Kirschner", "Pianist")),
    # a word of the sentence there is no title; a given name may be a middle name
    ("Sometimes Simon Cowell sails the bay alone.", ("Simon Cowell", None)),
    ("Asif Ali Zardari said the bay was calm.", ("Asif Ali Zardari", None)),
])
def test_a_noun_opening_the_sentence_before_a_name_is_its_title(sentence, person):
    text = f"Harbor notes\n\nThe ferry lanes open in May, the council said on Monday.\n\n{sentence}\n"
    assert [(p.name, p.role) for p in parse_article(text).people] == [person]
