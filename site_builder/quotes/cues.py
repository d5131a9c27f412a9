"""The words around a quotation that say who speaks: speech verbs, pronouns, titles.

Only word lists and patterns live here; :mod:`.attribute` applies them.
"""

from __future__ import annotations

import re

from ..spans import POST_NOMINALS

# finite speech verbs ("X said", "said X") and participles ("..., saying"), in the past
# and present forms news writing uses; "said to be" is a report of rumour, not a cue
_FINITE = [
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "posted",
    "posts",
    "stated",
    "states",
    "asked",
    "asks",
    "noted",
    "notes",
    "explained",
    "explains",
    "commented",
    "comments",
    "remarked",
    "remarks",
    "observed",
    "observes",
    "continued",
    "continues",
    "announced",
    "announces",
    "warned",
    "warns",
    "urged",
    "urges",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "claims",
    "replied",
    "replies",
    "asserted",
    "asserts",
    "declared",
    "proclaimed",
    "proclaims",
    "reminded",
    "reminds",
    "declares",
    "acknowledged",
    "apologised",
    "apologized",
    "apologises",
    "apologizes",
    "acknowledges",
    "admitted",
    "admits",
    "recalled",
    "recalls",
    "reiterated",
    "reiterates",
    "stressed",
    "stresses",
    "emphasised",
    "emphasized",
    "emphasises",
    "emphasizes",
    "concluded",
    "concludes",
    # a letter's words to the body it writes to: "“…,” X notified the panel"
    "notified",
    "informed",
    "suggested",
    "suggests",
    "answered",
    "answers",
    "responded",
    "responds",
    "reads",
    "testified",
    "testifies",
    "confirmed",
    "confirms",
    "predicted",
    "predicts",
    "promised",
    "promises",
    "pledged",
    "pledges",
    "vowed",
    "vows",
    "joked",
    "jokes",
    "quipped",
    "quips",
    "described",
    "describes",
    # praise in the speaker's words: "X hailed it as “one of the great performances”";
    # a charge in them: "He branded it a “vote now, pay later” Budget"
    "hailed",
    "hails",
    "branded",
    "brands",
    "characterized",
    "characterised",
    "characterizes",
    "characterises",
    "called",
    "calls",
    "reasoned",
    "reasons",
    "told",
    "wrote",
    "conceded",
    "concedes",
    "cautioned",
    "cautions",
    "boasted",
    "boasts",
    "complained",
    "complains",
    "mused",
    "purported",
    "screamed",
    "yelled",
    "whispered",
    "cried",
    "muses",
    "shouted",
    "shouts",
    "exclaimed",
    "exclaims",
    # a newspaper's or agency's report ("…," The Washington Post reported) and an order
    # or demand given in words ("“Expedite,” he commanded")
    "reported",
    "commanded",
    "demanded",
    "demands",
    "recounted",
    "recounts",
    "countered",
    "counters",
    # a claim held against others' ("“…,” Kempthorne maintained")
    "maintained",
    "maintains",
    # a judge's words from the bench or a ruling: "“…,” Parker ruled."
    "ruled",
    # words a crowd calls out together, and words one speaker repeats after another
    # ("“Don't bend your head down,” they chanted", "“…,” echoed a second representative")
    "chanted",
    "echoed",
    "echoes",
    # words said in anger or sorrow: "“… quite another!” Prime Minister George
    # Papandreou thundered", "X lamented that a “…”"
    "thundered",
    "thunders",
    "lamented",
    "laments",
    # words disclosed, owned up to or thrown back ("“…,” 19-year-old Simpson revealed",
    # "she confesses:", "laughs Conti"; not "assured", which reports another's promise:
    # "X said Y assured him “…”")
    "revealed",
    "reveals",
    "confessed",
    "confesses",
    "laughed",
    "laughs",
    "smiled",  # "“You can call it a peace dividend,” smiles one broker."
    "smiles",
    "grinned",
    "grins",
    "retorted",
    "retorts",
    "hinted",
    "hints",
]
_PARTICIPLE = [
    "saying",
    "adding",
    "writing",
    "tweeting",
    "posting",
    "stating",
    "telling",
    "noting",
    "explaining",
    "commenting",
    "remarking",
    "observing",
    "announcing",
    "warning",
    "urging",
    "insisting",
    "arguing",
    "claiming",
    "replying",
    "asserting",
    "declaring",
    "reminding",
    "acknowledging",
    "admitting",
    "recalling",
    "describing",
    "branding",
    "calling",
    "promising",
    "concluding",
    "screaming",
    "chanting",
    "shouting",
    "yelling",
    # the participles of the finite cues above that speak of nothing but words
    "complaining",
    "conceding",
    "cautioning",
    "boasting",
    "joking",
    "quipping",
    "vowing",
    "pledging",
    "lamenting",
    "exclaiming",
    "reiterating",
    "proclaiming",
    "whispering",
]
PARTICIPLES = frozenset(_PARTICIPLE)
FINITE_SPEECH = frozenset(_FINITE)
# an apology is a cue of the phrase it quotes ("she has apologised if the fire was
# connected to “…”"), but a weak one: in "the governor said she apologizes if …" the
# speaker is the subject of "said", so one whose subject names nobody gives way to it
APOLOGY = frozenset({"apologised", "apologized", "apologises", "apologizes"})
# a lead author and the others of a paper: "X of the Y Centre for Z, and colleagues say"
# (what follows the name up to the verb; the lead author speaks for them)
AND_COLLEAGUES = re.compile(
    r"(?:\s+of\s+[^,;:.()\"“”]{1,80})?,?\s+and\s+(?:his\s+|her\s+|their\s+)?"
    r"(?:colleagues|co-?authors|co-?workers|fellow\s+researchers)\s+"
)
# a relative clause that the cue's verb opens: "a view shared by Rooney, who said: “…”",
# its comma sometimes left out ("backed by … Secretary Tessa Jowell who said:")
WHO_SAID = re.compile(r",?\s+who\s+(?:also\s+|later\s+|then\s+|now\s+|has\s+|had\s+)?")
# a possessed speech or document whose words follow a colon: "X's speech began:"
_OPENED_DOCUMENT = "introduction|speech|address|remarks|toast|eulogy|message|letter|note|memo"
OPENED_DOCUMENT = frozenset(_OPENED_DOCUMENT.split("|"))
SPEECH_VERB = re.compile(
    # after an article the word is an adjective: "the reported circumstances"
    r"(?<!\bthe )(?<!\ba )(?<!\ban )"
    r"\b(?:according to|in the words of|pointed out|points out|went on|"
    # agreement is speech when the one who agrees follows it: "“…,” agreed Cram" (not a
    # day: "X agreed Friday to pay “…”" is a deal, not words)
    r"agree[sd](?=\s+(?-i:[A-Z]))(?!\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|"
    # or when the words it agrees with follow it: "Don Getty agreed, “Things are …”"
    r"agree[sd](?=\s*[,:]\s*(?:[\x00“\"]|$))|"
    # a speech or a letter whose words a colon opens, after its owner's possessive:
    # "Madonna's introduction began: “…”" (the noun is part of the cue)
    rf"(?:{_OPENED_DOCUMENT}) (?:began|opened|went|ran|read)(?=\s*:)|"
    # or that closes its sentence after them: "“…,” Morquendi's message read.", "“…,”
    # a BBC statement read."
    rf"(?:{_OPENED_DOCUMENT}|statement|release) read(?=\s*[.,])|"
    # or inverted after them: "“…,” read the statement."
    rf"read(?=\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+)?"
    rf"(?:{_OPENED_DOCUMENT}|statement|release)\b)|"
    # a document its issuer speaks through: "issued a statement", "issued a memorandum"
    # words a charge is dismissed as: "X has dismissed Gordon Brown's Budget as “…”"
    # (not "dismissed the manager")
    r"dismiss(?:ed|es)(?=(?:\s+[\w'’.-]+){1,6}\s+as\s*(?:[\x00“\"]|$))|"
    # advice the colon spells out, or that the words before it were: "Clinton once
    # advised him: “…”", "“…,” he advised." (not "advised users to set it to “high”")
    r"advis(?:ed|es)(?=(?:\s+[\w'’-]+){0,3}\s*:|\s*[.,])|"
    r"(?:issued|released|put out|published) (?:an?|the following|this) (?:\w+ )?"
    r"(?:statement|memorandum|memo)|"
    # and a message it sends: "X sent out the following message on Twitter:"
    r"(?:sent|sent out|posted|issued|released|put out|shared) the following (?:\w+ )?"
    r"(?:message|tweet|post|note)|"
    # a support verb and a noun of speech: "offered the explanation that", "gave a warning"
    r"(?:offered|gave|made|issued|sent) (?:an?|the|this|that) (?:\w+ )?"
    r"(?:explanation|comment|remark|warning|assurance|reply|response|plea|appeal)|"
    # and one the words after it spell out: "The judge offered advice for the prison
    # guards …:" / "“Do not trust Mr. Nichols …”" ("for" is read as part of the cue)
    r"(?:offered|gave|had) (?:(?:an?|some|this|that) )?(?:\w+ )?(?:advice|message) (?:for|to)|"
    # a charge in the accuser's words: "X accused the government of “dithering”" (not
    # the passive, "X was accused of …" / "X, accused of …", whose subject is the one
    # charged)
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
    r"accus(?:ed|es)(?!\s+of\b)(?=\s+(?:[\w.'’-]+\s+){1,4}of\b)|"
    # a speech still to be given, "he will tell delegates", "X is expected to tell" (not
    # "allowing them to tell people how to live")
    r"(?:(?<=\bwill )|(?<=\bwould )|(?<=\bdue to )|(?<=\bexpected to )|(?<=\bset to )"
    r"|(?<=\blikely to )|(?<=\bis to )|(?<=\bwas to ))tell|"
    + "|".join(sorted(set(_FINITE) | PARTICIPLES, key=len, reverse=True))
    # "asked for", "called off" are no speech; "he said for Russia to make progress …" is,
    # and so is a call: "called for the tragedy to be “the start of …”"
    + r")\b(?!\s+(?:to\s+(?:be|have)|off|up)\b)"
    + r"(?!(?<!\bsaid)(?<!\bsays)(?<!\bcalled)(?<!\bcalls)(?<!\bcalling)\s+for\b)"
    # a passive "called" with no words or agent after it announces, it reports nothing:
    # "“…” as soon as the election is called" (not "was called “…” by the judge")
    r"(?:(?<!\bis called)(?<!\bwas called)(?<!\bare called)(?<!\bwere called)"
    r"(?<!\bbe called)(?<!\bbeen called)(?<!\bbeing called)|(?=\s*(?:[\x00“\"]|by\b|$)))",
    re.IGNORECASE,
)
# "Gravano quoted Gotti as saying", "People quoted him as saying": the speaker is the
# one quoted, not the subject of the sentence
# "quoted X as saying", "reported X as saying", "to quote X as saying", "cited X as
# saying": X's words, not the reporter's
QUOTED_AS = re.compile(
    r"\b(?:quot(?:e|es|ed|ing)|report(?:s|ed)|cit(?:e|es|ed|ing))\s+(?!by\s)(\S.{0,60}?)\s+as\s+$",
    re.IGNORECASE,
)
# its passive, "she is quoted as saying", "he was quoted by the daily al-Qabas as saying":
# the subject is the one quoted, not the paper that quotes
QUOTED_AS_PASSIVE = re.compile(
    r"\s+(?:is|was|were|are|been)\s+(?:\w+ly\s+)?quoted"
    r"(?:\s+by\s+[^,.;:\x00“”\"]{1,60}?)?\s+as\s+$",
    re.IGNORECASE,
)
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}

# the speaker follows these cues: "according to X", "in the words of X"
SPEAKER_AFTER = frozenset({"according to", "in the words of"})

PRONOUN = re.compile(r"\b(he|she|it|they)\b", re.IGNORECASE)
PERSON_PRONOUNS = frozenset({"he", "she"})

# a company talked of by its trade: "the software giant said", "the drug maker",
# "the automaker", "the airline said" (read as "the company": see :mod:`.companies`)
COMPANY_TRADES = (
    "giant", "maker", "automaker", "carmaker", "chipmaker", "drugmaker", "retailer",
    "airline", "insurer", "brewer", "broadcaster", "lender", "publisher", "supermarket",
)  # fmt: skip
# an organisation talked of by what it is: "the ministry said", "the agency added", "the
# defence ministry" (one word before it, in either case); a company also after a
# country or place and its trade, "the US software giant", "the Japanese car maker"
DESCRIPTION = re.compile(
    r"\bthe\s+(?:(?-i:[A-Z][\w.-]*\s+[a-z][\w-]*\s+)(?=(?:company|firm|"
    + "|".join(COMPANY_TRADES)
    + r")\b)|[A-Z][\w-]+\s+)?"
    r"(ministry|agency|department|government|company|council|committee|"
    r"commission|party|army|navy|police|court|union|alliance|office|organi[sz]ation|"
    r"foundation|bank|embassy|kremlin|pentagon|military|administration|campaign|"
    r"group|firm|university|institute|service|authority|board|federation|consortium|exchange|"
    + "|".join(COMPANY_TRADES)
    + r")\b",
    re.IGNORECASE,
)

_POST_NOMINALS = "|".join(sorted(w.upper() for w in POST_NOMINALS))
# words allowed between a subject and its speech verb: "X also said", "X said on Monday",
# "X, the Y, said", "X (D-N.J.) said", "X in a statement said"
GAP = re.compile(
    # letters after the name, which it does not hold: "Guy Mansfield QC warned"
    rf"^(?:\s+(?-i:{_POST_NOMINALS})\b)*"
    # "X of the Bible Church said", "David Noone from Intervoice said", "Wendy Smith Cork
    # of the brokerage Nesbitt Thomson said" (the body's kind in lower case before it)
    # or with a comma before it and none after ("Jeff Joseph, from the Consumer Electronics
    # Association (CEA) told"), or a comma after it before the verb or a relative clause
    # ("Lord Faulkner of Worcester, who chaired the inquiry, said"; not before another
    # apposition: "The Archbishop of Cardiff, the Most Reverend Peter Smith, told")
    # ("Peter Fellner of James Capel and Co said": "and" before a firm's legal tail)
    # or a firm named after its partners, right before the verb ("Bruce Lazier of
    # Prescott Ball and Turben said"; no "the": "the chairman of the Telecommunications
    # and Finance [subcommittee] said" is another's role)
    r"""(?:,?\s+(?:of|from|at)\s+(?:(?-i:[A-Z][\w&'’-]*)\s+){1,3}and\s+(?-i:[A-Z][\w'’-]*)
           (?=\s*,?\s*$)
       |,?\s+(?:of|from|at)\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}
        (?:(?:and\s+(?=(?-i:Co|Cos|Company|Sons|Partners|Associates|Brothers|Bros)\b))?
        # a body's name holds its own small words: "Gene Kimmelman of the Consumer
        # Federation of America, which represents …, said", "Fernando Pedreira of the Jornal
        # do Brasil, wrote"
        (?:(?-i:of|for|on|de|du|des|la|do|da|dos|das|del|della|di|von|van|der|den)
           \s+(?=(?-i:[A-Z])))?
        (?-i:(?:[A-Z]\.){2,3}|[A-Z][\w&'’-]*\.?)  # initials too: "of L.F. Rothschild"
        (?:\s+|(?=,\s*$|,\s+(?!(?:the|a|an|his|her|its|their)\s)(?-i:[a-z])))){1,6})?
        (?:\s*\([^()]{0,40}\)(?=\s*,))?  # a parenthesis before an apposition: "(D-W. Va.), who"
        # an apposition: ", the top diplomat,"; a full stop only after a capital, as in
        # initials ("the U.S. Chamber of Commerce's vice president,") or inside a word,
        # as in a web address ("chief privacy officer for ePrivacyGroup.com,"), and a
        # short quoted label ("one of the so-called "Blair Babes" elected in 1997,"); a
        # colon only before a title's capital ("whose films include Star Wars: The …")
        # ("president of Palo Alto, Calif.-based Adobe,": a state's abbreviation before "-based")
        # and a legal form's ("president of HyOx, Inc., said")
        (?:(?:\s*,(?:[^,.;:"“”]|(?-i:(?<=[A-Z])\.)|(?<=\w)\.(?=[\w-])|(?<=\w):(?=\s(?-i:[A-Z]))
            |(?-i:(?<=Inc)\.|(?<=Corp)\.|(?<=Ltd)\.|(?<=Co)\.)
            |"[^",.;:"“”]{1,30}"|“[^",.;:"“”]{1,30}”){1,160}){1,3},)?
        # "X - a senior law lord - said", "B&B - which has a buy-to-let arm - said"
        (?:\s+[-–—]\s+(?:[^-–—,.;:"“”]|(?<=\w)-(?=\w)){1,80}?\s+[-–—])?
        (?:\s*,)?                        # the comma that closes a long subject
        (?:\s*\([^()]{0,40}\))?          # a parenthesis: "(D-N.J.)"
        # a body's document, voice or unnamed official ("a Pentagon official said": the body)
        (?:\s*(?:['’]s?\s+(?:[\w-]+\s+)?)?\s*(?:statement|letter|report|website|spokesman|
             spokeswoman|spokesperson|aide|press\s+office|post|account|tweet|release|note|
             policy|rules|guidelines|memo|announcement|filing|ruling|analysis|management|
             officials?|sources?|proposals?|document|study|survey)
           # whom it went to: "United's statement to the stock exchange said"
           (?:\s+to\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)?
        # words of a speech given out before it is made: "he was due to say", "Mr X is
        # expected to tell delegates"
        (?:\s+(?:is|are|was|were)\s+(?:also\s+)?(?:(?:due|expected|set|likely)\s+)?to)?
        (?:\s+(?:also|later|then|again|further|previously|earlier|first|once|only|simply|
             has|have|had|would|will|however|meanwhile|recently|reportedly|publicly|
             quickly|once\s+again|\w+day|last\s+\w+|this\s+\w+|on\s+\w+|
             often|always|never|repeatedly|frequently|already|long|since|angrily|bluntly|
             flatly|firmly|proudly|frankly|calmly|clearly|sharply|strongly|bitterly|
             happily|quietly|loudly|sadly|tearfully|emotionally|
             afterwards?|subsequently|immediately|tonight|now|still|
             privately|openly|candidly|confidently|initially|eventually|
             finally|formally|officially|personally|separately|specifically|explicitly|
             in\s+an?\s+\w+(?:\s+\w+)?|on\s+twitter|in\s+a\s+statement))*
        [\s,]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# an apposition whose closing comma was left out, right before the verb: "“…,” Robert
# McFarlane, an assistant state attorney general said Tuesday" (a role in lower case,
# after a body's name at most: "a T-Mobile spokesperson", "the BBC's futurologist"), or a
# post at a body: "“…,” John Houlihan, editor of Computerandvideogames.com told BBC News",
# "“…,” Daniel Tulis, a natural gas analyst with Shearson Lehman Bros. said"
UNCLOSED_APPOSITION = re.compile(
    r"^\s*,\s+(?:(?:a|an|the)\s+(?:[\w&'’.-]+\s+){0,5}[a-z][\w'’-]*"
    r"|(?:(?:a|an|the)\s+(?:[\w&'’.-]+\s+){0,2})?(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s+"
    r"(?:of|at|for|from|with)\s+"
    r"(?:the\s+)?(?:[\w&'’-]+(?:\.[\w-]+)*\.?\s+){0,4}[\w&'’-]+(?:\.[\w-]+)*\.?"
    # or where one works, named in capitals: "Dr X, of the Centre for Transport and
    # Society at the University of the West of England in Bristol said"
    r"|of\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|for|and|at|in)){0,14})"
    r"\s+$"
)

# "X's statement said": an organisation's or person's document speaking for them
DOCUMENT_OF = re.compile(
    r"^['’]s?\s+(?:[\w-]+\s+)?(?:statement|letter|report|website|spokesman|spokeswoman|"
    r"spokesperson|aide|post|account|tweet|release|note|office|"
    # what a body's rules or a ruling say: "The NFL's substance-abuse policy states:"
    r"policy|rules|guidelines|memo|announcement|filing|ruling|analysis|proposals?|document|"
    r"study|survey)\b",
    re.IGNORECASE,
)

# abbreviated titles and ranks written before a name with a full stop ("said Lt. Gerry
# Scherlinck", "said Dist. Atty. Steve Cooley", "Msgr. Michael Farmer"): one list for
# every pattern that reads past them, so that no pattern misses a title another knows
TITLE_ABBREVIATIONS = (
    "Lt", "Sgt", "Gen", "Col", "Capt", "Cpl", "Maj", "Adm", "Dr", "Mr", "Mrs", "Ms",
    "Prof", "Sen", "Rep", "Gov", "Rev", "Const", "Det", "Insp", "Supt", "Cmdr", "Cdr",
    "Pvt", "Spc", "Ofc", "Hon", "Msgr",
    # legal and deputy titles ("Dist. Atty.", "Asst. Dist. Atty.", "Dep. Ortiz")
    "Atty", "Dist", "Asst", "Dep",
)  # fmt: skip
TITLES = "|".join(TITLE_ABBREVIATIONS)
# what may stand between an inverted cue and its speaker: "said Troy police Lt. Gerry
# Scherlinck", "said a tearful Charlie Kafoury", "said a spokesperson for Interoute"
TITLE_ABBREVIATION = re.compile(
    rf"\b(?:{TITLES}|St|Jr|Sr)\."
    r"|\bNo\.(?=\s*\d)"  # "Juror No. 8"
    # a company's abbreviated suffix inside a sentence: "an analyst with Shearson Lehman
    # Bros. said" (not at a sentence's end: "… Acme Inc. The firm")
    r"|\b(?:Inc|Corp|Co|Cos|Ltd|Bros)\.(?=\s+[a-z])",
)
# the prepositions that tie an unnamed voice to its body: "a spokesman for", "an official
# at", "a statement from"
BODY_OF_VOICE = r"(?:for|of|from|at|with)"
# or a document the body put out: "a document issued by", "a report by"
_ISSUED_BY = (
    r"(?:statement|document|communiqu[eé]|declaration|report)\s+(?:(?:issued|released)\s+)?by"
)
SPOKESPERSON_FOR = re.compile(
    r"^\s*(?:a|an|the|one)\s+(?:\w+\s+)?(?:(?:spokes(?:person|man|woman)|representative|"
    rf"official|statement)\s+{BODY_OF_VOICE}|{_ISSUED_BY})\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# what stands between a cue and the quotation it governs: "X said, “…”", "X told
# reporters: “…”", "telling her, “…”"
GOVERNED = re.compile(
    r"^(?:[\s,:]*|\s+(?:\w+\s+){0,2}\w+:\s*|\s+(?:him|her|them|me|us|you|reporters)\s*[,:]\s*|"
    r"\s+(?:out|back|up)\b[\s,:]*)$"  # "cried out “…”", "shouted back"
)
ADDRESSEE_VERBS = frozenset({"told", "tells", "telling", "asked", "asks", "to"})

PREPOSITIONS = frozenset(
    [
        "of",
        "at",
        "to",
        "from",
        "in",
        "on",
        "by",
        "for",
        "against",
        "about",
        "into",
        "over",
        "under",
        "between",
        "among",
        "than",
        "like",
        "including",
        "toward",
        "towards",
        "via",
        "per",
        "through",
        "within",
        "without",
        "across",
        "behind",
        "with",
    ]
)

# a quotation right after one of these words is the name of something: a title, a
# nickname, a label ("a website called "X"", "the robot named "Y"")
NAMING = frozenset(
    [
        "called",
        "named",
        "titled",
        "entitled",
        "dubbed",
        "as",
        "on",
        "in",
        "at",
        "of",
        "from",
        "by",
        "known",
        "nicknamed",
        # "goes by the nickname “Shapow,” the source said": the name, not the source's words
        "nickname",
        "moniker",
        "labelled",
        "labeled",
        "marked",
        "headlined",
        # "the so-called “initiative groups”": the writer's distance from a term
        "so-called",
    ]
)

# what is left of a sentence cut at an abbreviation's full stop: ", the Rev."
UNFINISHED = re.compile(r"[,\s]*(?:the\s+)?(?:[\w'’-]+\s+){0,3}" rf"(?:{TITLES}|St)\.")
# a sentence that is only a cue: "Roesler said.", "she told reporters."
CUE_ALONE = re.compile(
    r"\s*(?:[A-Z][\w'’.-]*\s+){1,3}(?:said|says|told|added|wrote)(?:\s+[\w'’-]+){0,2}[.!]?\s*$"
)
INVERTED_GAP = re.compile(r"^[\s,—–-]*$")
# a capitalised title with "of" before the name of an inverted cue: "said Secretary of
# the Interior Dirk Kempthorne", "said Director of Public Prosecutions Keir Starmer"
TITLE_OF = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+)\b(?!\s+[A-Z])"
)
# a speech verb joined to an earlier one of the same subject: "Gupta wouldn't comment --
# while not denying the story -- but confirmed …"
COORDINATED = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+|later\s+|also\s+|then\s+)?$")
# what may stand before a name that a colon ends and a quotation follows: nothing (a
# transcript's "Haldeman:"), "such as" / "like" and a title ("such as the prophetic
# Dr Azm Al Homoud:"), or a list's dash and a few words of role ("- Blackburn boss Mark
# Hughes:", a match report's reactions)
LIST_DASH = "[-–—•*]"  # what opens a list's line
INTRODUCED = re.compile(
    rf"(?:^\s*|^\s*{LIST_DASH}\s*(?:[\w'’.&-]+\s+){{0,6}}"
    r"|\b(?:such\s+as|like)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w.]*\s+){0,3})$"
)
# a short phrase of time or place before a quotation with no cue of its own ("Later in
# the afternoon, “…”"), which a sentence of reported speech just before may introduce
LEAD_PHRASE = re.compile(r"\s*[A-Z][a-z]*(?:\s+[\w'-]+){0,5},\s*")
# a quotation in the first person singular ("At first I thought …", "I'm", "my")
FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|me)\b")
# a he or she that opens a sentence, or its first clause after a short phrase of time
# or place ("At that hearing, he chatted …")
OPENING_PRONOUN = re.compile(r"\s*(?:[A-Z][\w'-]*(?:\s+[\w'-]+){0,5},\s+)?([Hh]e|[Ss]he)\b")
