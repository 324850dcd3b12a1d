"""Given names: those common in English and across Europe, Turkey and the Arab world, and those
that nearly always belong to one gender, each found with or without its accents; a hyphenated
given name ("Anne-Laure", "Pieter-Jan") is one when each of its parts is."""

import unicodedata

from .words import word_set


# Common given names, used only for a capitalised pair that has no other cue at all.
GIVEN_NAMES = word_set("""
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


# Given names that nearly always belong to one gender: a pronoun resolves to a person of
# matching gender, and without this a name with no "he"/"she" nearby has no gender at all.
# Names used for both (Jordan, Dana, Robin, Jean …) are in neither list.
MALE_NAMES = word_set("""
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
FEMALE_NAMES = word_set("""
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
# and given names common in Germany, France, Italy, Spain, Portugal, the Low Countries and the
# North, for stories written there or about people from there ("Klaus Hartmann", "Marta Ruiz")
MALE_NAMES |= word_set("""
    klaus jonas lukas lars sven jürgen florian matthias markus andreas dirk uwe wolfgang günter
    friedrich jacques françois nicolas antoine mathieu théo léo luca giuseppe francesco alessandro
    matteo lorenzo joão tiago rui álvaro joaquín piet jeroen bram daan wouter björn nils olaf søren
    mikkel timo
""")
FEMALE_NAMES |= word_set("""
    greta marta anja katrin sabine heike monika léa lea camille chloé manon inès ines élise elise céline
    nathalie isabelle giulia chiara francesca alessia martina elisa valentina lucía pilar joana femke
    sanne anouk lotte astrid sigrid birgit
""")
# ... and across Europe, Turkey and the Arab world, for the same reason ("Kemal Aydın",
# "Svetlana Roos", "Henrik Saalfeld"); none is also an English word a story writes capitalised
# ("Till", "Milan", "Mercedes", "Rosa" are left out).
MALE_NAMES |= word_set("""
    rainer günther henrik heinz horst dieter jörg ulrich holger heiko torsten thorsten jens knut arne
    malte hinrich volker werner gerhard bernd helmut manfred norbert reinhard rüdiger siegfried
    marcel bruno thierry didier hervé pascal sébastien jérôme guillaume benoît yves gérard
    fabrice olivier mathis
    paolo renato davide giorgio massimo maurizio stefano fabio federico gianluca gianni pietro
    salvatore vincenzo gennaro enrico riccardo
    fermín iván unai elías jairo íñigo aitor iker gonzalo rubén héctor andrés martín tomás
    joaquin joaquim gonçalo nuno duarte afonso octavio renzo mattia
    joost sander maarten pieter joris thijs ruud henk kees gert
    magnus
    kemal mehmet mustafa ahmet hüseyin emre murat burak serkan karim samir tariq khalid
    piotr tomasz krzysztof marek jakub pavel dmitri dmitry yuri andriy oleksandr bogdan zoran dragan goran
""")
FEMALE_NAMES |= word_set("""
    svetlana irina tatiana tatjana oksana natalya agnieszka katarzyna małgorzata ivana jelena marija
    jutta marlene friederike ilka merle kerstin anke silke ute gudrun ingrid helga renate bärbel
    frauke wiebke imke svenja maren antje ulrike susanne petra claudia
    mathilde hélène sylvie véronique chantal brigitte martine sandrine aurélie élodie bernadette
    émilie mireille marthe mariela elvira henrike ilse marloes hanneke fenna
    silvia federica ilaria giovanna antonella roberta carmela
    nerea ainhoa itziar begoña montserrat rocío inmaculada leonor
    marieke ineke annemieke mirjam
    solveig kari
    hatice ayşe fatma zeynep elif emine leyla yasmin amina
""")


# ... and more of those most common in France, Spain and Latin America, Italy, the Low
# Countries, Portugal and Brazil, and Germany.
MALE_NAMES |= word_set("""
    grégoire baptiste matthieu rémi thibault maxime quentin étienne gilles laurent romain clément arnaud bertrand
    christophe cédric frédéric loïc ludovic yann gaëtan ismael rodrigo ignacio jaime marcos agustín esteban emilio
    aurelio gerardo ulises leandro hernán facundo mauricio ettore nicolò niccolò giancarlo pierluigi alessio simone
    tommaso edoardo emanuele gabriele raffaele vittorio pasquale ciro fabrizio enzo umberto ottavio guido corrado
    gerrit hendrik bart koen stijn niels luuk jasper wim geert arjen rutger floris vasco henrique vítor diogo otávio
    caio thiago niklas ansgar
""")
FEMALE_NAMES |= word_set("""
    josette ginette margaux océane solène ségolène françoise geneviève laure laurence héloïse clémence agathe
    juliette anaïs noémie marion morgane gaëlle leticia nuria concepción soledad noelia marisol ximena agustina
    araceli graciela ludovica vittoria alessandra manuela patrizia donatella ornella loredana graziella rossella
    serena cinzia tiziana annelies inge mieke liesbeth willemijn lieke saskia filomena conceição graça rosário
    lurdes madalena matilde mafalda gisela dagmar hannelore wiltrud annika jana
""")


# ... and of Austria and Switzerland, Flanders, Ireland, Mexico and India, for stories written
# there ("Leopold Aigner", "Niamh Brennan", "Priya Raman").
MALE_NAMES |= word_set("""
    ferdinand valentin leopold joachim konstantin johannes tobias sebastian moritz maximilian wilhelm hermann konrad
    kurt otto alois franz josef reto beat urs kristof wout jef lieven rik seán séamus ciarán niall eoin oisín
    jérémy kévin florent jérôme
    cian darragh conor cormac dónal pádraig declan diarmuid colm ernesto armando arturo alfonso guillermo
    ezequiel rahul amit sanjay vijay rajesh suresh ramesh anil sunil ajay arun ashok deepak manoj mukesh rakesh
    vikram arjun rohit sachin aditya nikhil pradeep ravi ganesh venkatesh srinivas mohan gopal harish naveen
    praveen prakash
""")
FEMALE_NAMES |= word_set("""
    gertrud hildegard irmgard waltraud elfriede theresia rosemarie roswitha griet els hilde veerle aoife
    maëlle lucie laetitia mélanie aurore capucine
    siobhán niamh sinéad orla áine caoimhe clodagh deirdre gráinne róisín saoirse máire bríd guadalupe
    yolanda maribel priya anjali pooja neha sunita kavita anita geeta lakshmi meena shalini divya swati ritu
    asha usha rekha shreya aarti ananya aishwarya
""")


class _AccentBlind(frozenset):
    """Lower-case names, found written with or without their accents ("Raúl" as "raul", "Joaquin"
    as "joaquín" would need the list to hold it): a word not in the set as written is looked up
    again with its accents taken off, a hyphenated one part by part."""

    def __contains__(self, word):
        if frozenset.__contains__(self, word):
            return True
        if "-" in word:
            # "anne-laure", "pieter-jan": each part a name ("pays-bas" is none)
            return all(part in self for part in word.split("-"))
        return not word.isascii() and frozenset.__contains__(self, _without_accents(word))

    def __or__(self, other):
        return _AccentBlind(frozenset.__or__(self, other))


def _without_accents(word):
    return "".join(char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char))


MALE_NAMES, FEMALE_NAMES = _AccentBlind(MALE_NAMES), _AccentBlind(FEMALE_NAMES)
# (and "Jan", a name in most of these languages, an English month's short form capitalised)
GIVEN_NAMES = _AccentBlind(GIVEN_NAMES | MALE_NAMES | FEMALE_NAMES | {"jan"})  # an uncued "Viktor Ray" is a person too
