"""What people's names are made of: common given names and which sex they nearly always
name, their English short forms, the particles inside surnames and the pronoun of a
title. The resolver and the quotes stage read them."""

from __future__ import annotations

import re

from .gazetteer import norm_key
from .given_names import HE_GIVEN_NAMES, MORE_GIVEN_NAMES, SHE_GIVEN_NAMES


def _keys(block: str) -> frozenset[str]:
    return frozenset(norm_key(x) for x in block.split("|") if x.strip())


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# common given names (international), a weak person signal for names the model mistypes
# or misses
GIVEN_NAMES = _keys(
    "Aaron|Adam|Adrian|Ahmed|Alan|Albert|Alex|Alexander|Alexei|Ali|Alice|Amanda|Amy|Ana|"
    "Anastasia|Andre|Andrea|Andrew|Andy|Angela|Ann|Anna|Anne|Anthony|Antonio|Antony|Arthur|"
    "Barack|Barbara|Ben|Benjamin|Bernard|Bill|Bob|Boris|Brian|Britney|Bruce|Carl|Carla|"
    "Carlos|Carol|Caroline|Catherine|Charles|Charlie|Chris|Christian|Christina|Christopher|"
    "Claire|Claudia|Colin|Craig|Daniel|David|Dennis|Diana|Dmitry|Dmytro|Donald|Douglas|"
    "Edward|Elena|Elizabeth|Emily|Emma|Emmanuel|Eric|Frank|Fred|Gary|George|Gerald|"
    "Greg|Hans|Harry|Helen|Henry|Hillary|Hugo|Ian|Igor|Irina|Isabel|Ivan|Jack|Jacob|James|"
    "Jan|Jane|Jason|Jean|Jeff|Jennifer|Jens|Jessica|Jim|Joan|Joe|John|Jonathan|Jorge|Jose|"
    "Joseph|Juan|Julia|Julian|Julianne|Karen|Karl|Kate|Kevin|Kim|Kristen|Kristin|Laura|"
    "Lawrence|Leo|Linda|Lisa|Louis|Luca|Lucas|Luis|Marco|Margaret|Maria|Marie|Mario|Mark|"
    "Martin|Mary|Matthew|Michael|Michel|Michelle|Mike|Mohamed|Mohammed|Muhammad|Nancy|"
    "Natalia|Nick|Nicholas|Nicolas|Nikolai|Olaf|Olga|Oliver|Pablo|Patrick|Paul|Pavel|Pedro|"
    "Peter|Philip|Pierre|Rachel|Ralph|Richard|Rick|Rob|Robert|Roger|Ronald|Ryan|Sam|Samuel|"
    "Sandra|Sarah|Scott|Sergei|Sergey|Sophie|Stefan|Stephen|Steve|Steven|Susan|"
    "Thomas|Tim|Tina|Tom|Tony|Ursula|Victor|Vladimir|Volodymyr|Walter|"
    "William|Xavier|Yulia|Yuri|Zoe"
)
# any given name of six countries' lists (less common words and places): whether a
# capitalised run the model missed may be a person's name
ANY_GIVEN_NAMES = GIVEN_NAMES | _keys(MORE_GIVEN_NAMES)

# given names nearly always a man's or a woman's (not Chris, Jean, Andrea): with a title
# ("Mr", "Ms") they tell two people of one surname apart
HE_NAMES = _words(
    """
    aaron adam alan albert alexander andrew anthony antonio arthur barack ben benjamin
    bernard bill billy bob bobby boris brian bruce carl carlos charles colin craig daniel
    david dennis donald douglas edward eric frank fred gary george gerald greg harold
    harry henry howard hugh ian igor ivan jack jacob james jason jeff jeffrey jerry jim
    joe john jonathan jose joseph juan karl keith kenneth kevin larry lawrence louis luis
    marco mario mark martin matthew michael mike mohammed muhammad nicholas nick oliver
    patrick paul peter philip ralph raymond richard rick robert roger ronald ryan samuel
    scott sergei stephen steve steven thomas tim timothy todd tom tony victor vladimir
    walter wayne william
    """
)
SHE_NAMES = _words(
    """
    alice amanda amy angela ann anna anne barbara betty bettie brenda britney carol
    caroline catherine christina claire deborah diana donna elizabeth emily emma
    gretchen helen irina jane janet jennifer jessica joan julia julie karen kate
    katherine kathryn kathleen kristen laura linda lisa margaret maria marie mary
    melissa michelle nancy natalia olga patricia rachel rebecca rosemary ruth sandra
    sarah sharon sophie stephanie stephenie susan tara teresa tina ursula yulia
    """
)
# and those of six countries' lists that only men's, or only women's, lists hold: the
# pronoun a person's full name calls for ("Rich Nichols" is no "she")
ANY_HE_NAMES = HE_NAMES | (_keys(HE_GIVEN_NAMES) - SHE_NAMES)
ANY_SHE_NAMES = SHE_NAMES | (_keys(SHE_GIVEN_NAMES) - HE_NAMES)
# a person's relatives as news names them beside a name ("his widow, X", "X's daughter",
# "her son Jake"), as a regex alternation; each pattern that reads them adds the forms it
# also takes (plurals, "partner")
KIN_NOUNS = (
    "wife|husband|widow|widower|son|daughter|mother|father|brother|sister|grandson|"
    "granddaughter|grandmother|grandfather|nephew|niece|uncle|aunt|cousin|girlfriend|"
    "boyfriend|fiancee|fiance|stepson|stepdaughter"
)
# a title's pronoun
TITLE_PRONOUNS = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
# those titles, and a knight's or dame's, right before a name ("Mr Blair", "Sir Ian"):
# British news calls a knight by the given name, never "Mr" and the surname
PLAIN_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s*$")
KNIGHTED_BEFORE = re.compile(r"\b(?:Sir|Dame)\s+$")

PARTICLES = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "de",
        "da",
        "di",
        "del",
        "della",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "bin",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "zu",
        "af",
    ]
)


# English short forms of first names that are not a prefix of the full one ("Bill" for
# "William"); a prefix ("Fred", "Frederick") needs no entry. Each short form -> full forms.
FIRST_NAME_FORMS: dict[str, frozenset[str]] = {
    short: frozenset(full.split("|"))
    for short, full in {
        "bill": "william", "billy": "william", "will": "william", "willie": "william",
        "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
        "dick": "richard", "rick": "richard", "ricky": "richard", "rich": "richard",
        "jim": "james", "jimmy": "james", "jamie": "james", "mike": "michael",
        "mickey": "michael", "katie": "katherine|kathryn|catherine|kathleen",
        "kate": "katherine|kathryn|catherine", "kathy": "katherine|kathryn|kathleen",
        "cathy": "catherine", "peggy": "margaret", "maggie": "margaret", "meg": "margaret",
        "betty": "elizabeth", "beth": "elizabeth", "liz": "elizabeth", "lizzie": "elizabeth",
        "jack": "john", "johnny": "john", "joe": "joseph", "joey": "joseph",
        "dave": "david", "steve": "stephen|steven", "andy": "andrew", "drew": "andrew",
        "tony": "anthony", "tom": "thomas", "tommy": "thomas", "ted": "edward|theodore",
        "ed": "edward|edwin", "eddie": "edward", "ned": "edward", "chuck": "charles",
        "charlie": "charles", "hank": "henry", "harry": "henry", "larry": "lawrence",
        "jerry": "gerald|jerome", "jenny": "jennifer", "sue": "susan", "susie": "susan",
        "pat": "patrick|patricia", "patty": "patricia", "peg": "margaret", "sandy": "sandra",
        "nick": "nicholas", "nicky": "nicholas", "danny": "daniel", "manny": "manuel",
        "abe": "abraham", "al": "albert|alan|alfred", "bert": "albert|herbert",
        "chris": "christopher|christine|christina", "tina": "christina", "vicky": "victoria",
        "becky": "rebecca", "molly": "mary", "polly": "mary", "nancy": "ann|anne",
        "mo": "maurice|morris|mohammed|muhammad",
    }.items()
}  # fmt: skip
