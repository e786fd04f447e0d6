"""The English vocabulary: every plain word table the extractor's rules read.

Tables only, no rules: a rule module imports this one as ``vocab`` and asks it
``w in vocab.SCALES``. Dict order matters where a rule walks a table (longest
vague phrase first, a month regex that tries "Sept" before "Sep").
"""

from __future__ import annotations

from extractors.records import Kind, Qualifier

# ---- calendar ---------------------------------------------------------------------

MONTH_NAMES: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: Abbreviations and their month; "Sept" before "Sep" so a regex built from them takes the longer.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
#: Every way to write a month, lower case, to its number.
MONTHS: dict[str, int] = {m: i for i, m in enumerate(MONTH_NAMES, 1)} | MONTH_ABBREVIATIONS
#: Months that are also common words ("may", "march"): months only when capitalised.
WEAK_MONTHS = frozenset({"may", "march", "mar", "jan", "dec"})
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Units of a time window ("the last five days") and how many days one of them spans.
WINDOW_UNIT_DAYS: dict[str, int] = {
    "day": 1,
    "night": 1,
    "hour": 0,
    "week": 7,
    "month": 30,
    "year": 365,
    "decade": 3650,
}

SEASONS: tuple[str, ...] = ("fall", "autumn", "spring", "summer", "winter")
#: Days named relative to publication.
DAY_WORDS: tuple[str, ...] = ("yesterday", "today", "tonight", "overnight")
#: Phrases that make a figure yearly: "12,000 a year".
ANNUAL_PHRASES: tuple[str, ...] = ("annually", "each year", "every year", "per year", "a year")
#: Phrases that make a figure a running total even when a time is named: "so far", "in all".
RUNNING_TOTAL_PHRASES: tuple[str, ...] = (
    "in total",
    "a total of",
    "so far",
    "to date",
    "since",
    "overall",
    "altogether",
    "cumulative",
    "in all",
)

# ---- change keys (extractors/quantity_keys.py) -------------------------------------------

#: Parts of a day a report names its incident by: "Saturday night", "early morning".
DAY_PARTS: tuple[str, ...] = ("night", "morning", "afternoon", "evening")
#: Time words the extractor runs onto the end of a noun phrase ("soldiers Monday").
TIME_TAIL_WORDS = (
    frozenset(WEEKDAYS)
    | frozenset(DAY_WORDS)
    | frozenset(DAY_PARTS)
    | {"early", "late", "last", "this"}
    | frozenset(MONTH_NAMES)
)
#: A time phrase that marks a part of a longer series: "in the last week alone", "on Tuesday
#: alone", "over the past three days", "in the past two years", "per day", "daily", "each
#: week", "this month". A figure under one counts that part, not the running total.
SUB_PERIOD_PATTERN = (
    r"\balone\b|\b(?:last|past|previous)\s+(?:\w+\s+){0,2}(?:days?|weeks?|months?|hours?|years?|nights?)\b"
    r"|\bper\s+(?:day|week|month|hour|night)\b|\b(?:daily|weekly|monthly|nightly)\b"
    r"|\b(?:each|every|a)\s+(?:day|week|month|night)\b|\bthis\s+(?:week|month|year)\b"
)
#: Counted nouns that name one thing, in the order the change key registers them: (class, group,
#: implied event, words). Groups: ``pop`` a group of people, ``role`` people defined by what
#: happened to them, ``thing`` anything else. A word listed twice takes its last class.
COUNTED_CLASSES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "person",
        "pop",
        "",
        (
            "person",
            "individual",
            "human",
            "resident",
            "inhabitant",
            "citizen",
            "man",
            "woman",
            "adult",
            "local",
            "villager",
            "passenger",
            "worker",
            "employee",
            "victim",
            "bystander",
            "patron",
            "goer",
            "partygoer",
            "clubgoer",
            "customer",
            "guest",
            "attendee",
            "spectator",
            "reveler",
            "reveller",
            # those at a march or a strike, and the crowd they make
            "protester",
            "protestor",
            "demonstrator",
            "marcher",
            "participant",
            "striker",
            "crowd",
        ),
    ),
    (
        "soldier",
        "pop",
        "",
        (
            "soldier",
            "troop",
            "serviceman",
            "conscript",
            "serviceperson",
            "military",
            "personnel",
            "combatant",
            "fighter",
            "recruit",
            "servicemember",
            "marine",
            "paratrooper",
        ),
    ),
    ("civilian", "pop", "", ("civilian", "noncombatant")),
    ("child", "pop", "", ("child", "kid", "minor", "youngster", "juvenile", "infant", "baby", "toddler")),
    ("captive", "role", "capture", ("captive", "prisoner", "pow", "prisoner-of-war", "detainee")),
    ("hostage", "role", "capture", ("hostage",)),
    ("dead", "role", "die", ("death", "fatality", "dead", "toll", "body", "life")),
    ("injured", "role", "injure", ("injury", "injured", "wounded")),
    ("casualty", "role", "casualty", ("casualty",)),
    ("missing", "role", "missing", ("missing",)),
    ("evacuee", "role", "evacuate", ("evacuee",)),
    ("case", "thing", "diagnose", ("case", "infection", "diagnosis", "illness")),
)
#: Event words that name one event class, in registration order: (class, words).
EVENT_CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("capture", ("capture", "captured", "captures", "capturing", "seized", "surrendered", "surrender")),
    (
        "die",
        (
            "die",
            "died",
            "dies",
            "dying",
            "dead",
            "death",
            "deaths",
            "kill",
            "killed",
            "kills",
            "killing",
            "perish",
            "perished",
            "perishing",
            "slain",
            "fatal",
            "murdered",
            "executed",
            "drowned",
        ),
    ),
    ("injure", ("injure", "injured", "injuring", "injuries", "wound", "wounded", "hurt")),
    ("shot", ("shot", "struck", "gunned")),
    ("hospitalize", ("hospitalized", "hospitalised", "hospitalization", "hospitalisation")),
    ("arrest", ("arrest", "arrested", "detained", "detain", "held")),
    ("evacuate", ("evacuate", "evacuated", "evacuation", "displaced", "fled")),
    ("quarantine", ("quarantine", "quarantined", "isolated", "isolation")),
    ("observe", ("observation", "monitored", "monitoring")),
    # "confirmed" alone only reports ("police confirmed two deaths"): cases confirmed are diagnoses by their noun
    ("diagnose", ("diagnose", "diagnosed", "tested", "positive")),
    ("infect", ("infect", "infected", "contracted", "contract", "caught", "catch", "sickened")),
    ("release", ("release", "released", "freed", "free", "swapped", "exchanged")),
    ("rescue", ("rescue", "rescued", "saved")),
    # a crowd, a march, a strike: who was there or took part, whichever verb a report picks
    (
        "present",
        (
            *("attend", "attended", "attending", "participated", "participate", "participating"),
            *("marched", "rallied", "joined", "join", "joining"),
        ),
    ),
    ("outage", ("outage", "outages", "blackout", "blackouts")),
    # jobs a firm takes away, whichever verb a report picks: "cut 1,200 jobs", "2,000 jobs could go"
    (
        "cut",
        (
            *("cut", "cuts", "cutting", "axed", "axe", "axing", "shed", "shedding", "slashed", "slash"),
            *("eliminated", "eliminate", "eliminating", "laid", "lay", "layoff", "layoffs", "redundancies", "go"),
        ),
    ),
    ("missing", ("missing", "disappeared", "unaccounted")),
    (
        "rise",
        (
            "rise",
            "rose",
            "risen",
            "rising",
            "up",
            "gain",
            "gained",
            "gains",
            "grew",
            "grow",
            "growth",
            "increase",
            "increased",
            "climbed",
            "jumped",
            "surged",
        ),
    ),
    ("fall", ("fall", "fell", "fallen", "down", "decline", "declined", "drop", "dropped", "slipped", "lost")),
    ("spend", ("spend", "spent", "paid", "pay", "cost", "costs", "budget", "budgeted")),
    ("earn", ("earn", "earned", "earning", "profit")),
)
#: Units of durations, distances and weights in their base unit (s, m, kg): (base, factor, names).
BASE_UNITS: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("s", 1, ("second", "seconds", "sec", "secs", "s")),
    ("s", 60, ("minute", "minutes", "min", "mins")),
    ("s", 3600, ("hour", "hours", "hr", "hrs", "h")),
    ("s", 86400, ("day", "days")),
    ("s", 7 * 86400, ("week", "weeks")),
    ("s", 30.44 * 86400, ("month", "months")),
    ("s", 365.25 * 86400, ("year", "years", "yr", "yrs")),
    ("s", 3652.5 * 86400, ("decade", "decades")),
    ("m", 0.001, ("mm", "millimeter", "millimeters", "millimetre", "millimetres")),
    ("m", 0.01, ("cm", "centimeter", "centimeters", "centimetre", "centimetres")),
    ("m", 1, ("m", "meter", "meters", "metre", "metres")),
    ("m", 1000, ("km", "kilometer", "kilometers", "kilometre", "kilometres")),
    ("m", 1609.344, ("mile", "miles", "mi")),
    ("m", 0.9144, ("yard", "yards")),
    ("m", 0.3048, ("foot", "feet", "ft")),
    ("m", 0.0254, ("inch", "inches", "in")),
    ("kg", 0.001, ("g", "gram", "grams")),
    ("kg", 1, ("kg", "kilogram", "kilograms", "kilo", "kilos")),
    ("kg", 1000, ("tonne", "tonnes", "metric ton", "metric tons", "t")),
    ("kg", 907.18474, ("ton", "tons", "short ton", "short tons")),
    ("kg", 0.45359237, ("pound", "pounds", "lb", "lbs")),
    ("kg", 0.028349523, ("ounce", "ounces", "oz")),
)
#: Places that are the whole world: a figure "worldwide" names no country.
WORLD_WORDS = frozenset({"world", "worldwide", "global", "globally", "globe", "international", "internationally"})

#: Plurals a suffix rule gets wrong, and words that are their own singular.
IRREGULAR_SINGULARS: dict[str, str] = {
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "servicemen": "serviceman",
    "servicewomen": "serviceman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "dead": "dead",
    "police": "police",
    "personnel": "personnel",
    "series": "series",
    "species": "species",
    "news": "news",
    "earnings": "earning",
    "sales": "sale",
    "analysis": "analysis",
    "virus": "virus",
    "status": "status",
    "census": "census",
    "diagnoses": "diagnosis",
    "crises": "crisis",
    "bus": "bus",
    "gas": "gas",
    "data": "data",
    "media": "media",
    "staff": "staff",
    "crew": "crew",
}
#: Modifiers that make a different quantity: "new cases" is not "cases".
SPLITTING_MODIFIERS: dict[str, str] = {
    "new": "new",
    "other": "other",
    "additional": "other",
    "further": "other",
    "remaining": "other",
    "more": "other",
    "earlier": "earlier",
    "previous": "earlier",
    "prior": "earlier",
    "first": "first",
    "human": "human",
    "animal": "animal",
    "suspected": "suspected",
    "probable": "suspected",
    "comparable": "comparable",
    "comp": "comparable",
    "comps": "comparable",
    "same-store": "comparable",
    "like-for-like": "comparable",
    "net": "net",
    "gross": "gross",
    "operating": "operating",
    "adjusted": "adjusted",
    "annual": "annual",
    "annually": "annual",
    "monthly": "monthly",
    "weekly": "weekly",
    "daily": "daily",
    "average": "average",
    "median": "median",
    "minimum": "minimum",
    "maximum": "maximum",
    "per-capita": "per-capita",
    "total": "",
    # "two male victims" are part of "four people": a count of one sex is its own quantity.
    "male": "male",
    "female": "female",
}
#: Words that open a noun phrase capitalised without naming anything ("The 12 soldiers").
CAPITALISED_FUNCTION_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "for",
        "to",
        "all",
        "some",
        "those",
        "these",
        "this",
        "that",
        "their",
        "its",
        "his",
        "her",
        "our",
        "several",
        "many",
        "about",
    }
)
#: Verbs the extractor runs into a noun phrase ("residents remain evacuated").
NP_VERB_TAIL = frozenset(
    {
        "remain",
        "remains",
        "remained",
        "were",
        "are",
        "was",
        "is",
        "have",
        "has",
        "had",
        "said",
        "says",
        "died",
        "risen",
        "rose",
        "took",
        "take",
        "involved",
        "stranded",
        "left",
        "now",
        "still",
    }
)
#: Verbs of reporting: the event is read past them ("deaths reported in the attack").
EMPTY_VERBS = frozenset(
    {
        "confirmed",
        "confirm",
        "confirms",
        "reported",
        "report",
        "reports",
        "announced",
        "announce",
        "announces",
        "disclosed",
        "stated",
        "occurred",
        "occur",
        "exist",
        "exists",
        "existed",
        "caused",
        "cause",
        "recorded",
        "counted",
        "listed",
        "said",
        "estimated",
        "numbered",
        "totalled",
        "totaled",
        "tallied",
        "show",
        "shows",
        "showed",
        "shown",
        "found",
        "find",
        "finds",
        "suggest",
        "suggests",
        "suggested",
        "indicate",
        "indicates",
        "indicated",
        "according",
    }
)
#: Verbs that say nothing about what happened: the counted noun's role decides.
EMPTY_EVENT_WORDS = EMPTY_VERBS | frozenset(
    {
        "a",
        "also",
        "an",
        "are",
        "as",
        "be",
        "been",
        "being",
        "far",
        "got",
        "had",
        "has",
        "have",
        "is",
        "it",
        "its",
        "just",
        "now",
        "officially",
        "only",
        "reportedly",
        "so",
        "some",
        "still",
        "taken",
        "that",
        "the",
        "their",
        "there",
        "they",
        "took",
        "total",
        "was",
        "were",
        "which",
        "who",
    }
)
#: Prepositions that end the event words before the figure's noun phrase.
KEY_PREPOSITIONS = frozenset(
    {
        "by",
        "for",
        "in",
        "at",
        "from",
        "with",
        "to",
        "of",
        "on",
        "after",
        "before",
        "during",
        "into",
        "over",
        "under",
        "since",
        "until",
        "between",
        "among",
        "across",
        "through",
        "per",
        "including",
        "like",
        "such",
    }
)
#: Event classes clear enough to read off the figure's sentence when the extractor gave none.
SENTENCE_EVENT_CLASSES = frozenset(
    {
        "capture",
        "die",
        "injure",
        "shot",
        "hospitalize",
        "in-hospital",
        "arrest",
        "evacuate",
        "quarantine",
        "infect",
        "diagnose",
        "missing",
        "rescue",
        "outage",
        "release",
    }
)
#: Words of a place phrase that do not tell places apart ("the city of", "northern").
PLACE_DROP_WORDS = frozenset(
    {
        "the",
        "of",
        "in",
        "near",
        "at",
        "on",
        "around",
        "outside",
        "inside",
        "across",
        "from",
        "and",
        "town",
        "city",
        "region",
        "regions",
        "oblast",
        "province",
        "county",
        "district",
        "state",
        "village",
        "area",
        "republic",
        "north",
        "south",
        "east",
        "west",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "alone",
        "entire",
        "whole",
        "parts",
        "part",
    }
)
#: Ordinals written out before "century".
CENTURY_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}
#: An age's unit, in years.
AGE_UNIT_YEARS: dict[str, float] = {
    "year": 1.0,
    "years": 1.0,
    "month": 1 / 12,
    "months": 1 / 12,
    "week": 7 / 365.25,
    "weeks": 7 / 365.25,
    "day": 1 / 365.25,
    "days": 1 / 365.25,
}
#: Nouns a duration or an amount of money describes as one person's own (GUIDE 20: "an age, a
#: sentence, a salary"): "a 16-year veteran", "a 20-year sentence", "a $90,000 salary", "$1 million bond".
INDIVIDUAL_ATTRIBUTE_NOUNS = frozenset(
    {
        "veteran",
        "sentence",
        "sentences",
        "term",
        "salary",
        "wage",
        "career",
        "tenure",
        "stint",
        "bond",
        "bail",
        "prison",
        "jail",
        "probation",
    }
)
#: Words just before such a figure that make it one person's: "sentenced to 15 years", "a salary of $90,000".
INDIVIDUAL_ATTRIBUTE_LEADS: tuple[str, ...] = (
    "sentenced to",
    "sentence of",
    "salary of",
    "bond of",
    "bail of",
    "bond set at",
    "bail set at",
    "held on",
    "earns",
    "earned",
    "served",
    "serving",
    # a term someone is given: "probation for 4 months", "in prison for six years"
    "probation for",
    "prison for",
    "jail for",
    "behind bars for",
)
#: People counted as present, never as hurt: "a party with 40 guests", "a crowd of 200".
PRESENCE_NOUNS = frozenset(
    {
        "guest",
        "attendee",
        "partygoer",
        "clubgoer",
        "patron",
        "spectator",
        "reveler",
        "reveller",
        "crowd",
        "audience",
        "onlooker",
        "worshipper",
        "worshiper",
        "fan",
    }
)
#: Words between a duration and what it measures ("the jury took just 25 minutes").
DURATION_SKIP_WORDS = frozenset(
    {
        "for",
        "just",
        "only",
        "less",
        "than",
        "more",
        "about",
        "nearly",
        "almost",
        "around",
        "some",
        "over",
        "under",
        "up",
        "to",
        "a",
        "an",
        "the",
        "within",
        "roughly",
        "barely",
        "mere",
        "merely",
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "are",
        "been",
        "then",
        "after",
        "in",
        "at",
        "of",
        "on",
        "by",
        "from",
        "its",
        "their",
        "his",
        "her",
        "federal",
        "state",
        "local",
    }
)
#: Verbs whose subject is what a duration measures.
DURATION_VERBS = frozenset(
    {
        "took",
        "take",
        "takes",
        "taking",
        "lasted",
        "last",
        "lasts",
        "lasting",
        "spent",
        "spend",
        "spends",
        "needed",
        "need",
        "needs",
        "ran",
        "run",
        "runs",
        "went",
        "waited",
        "deliberated",
        "deliberate",
        "deliberates",
    }
)

# ---- story links (extractors/linking.py, extractors/stories.py) -------------------------

#: Street suffixes as a link key writes them: "Elm Street" and "Elm St" are one street.
STREET_SUFFIX_ABBREVIATIONS: dict[str, str] = {
    "street": "st",
    "st": "st",
    "avenue": "ave",
    "ave": "ave",
    "road": "rd",
    "rd": "rd",
    "boulevard": "blvd",
    "blvd": "blvd",
    "drive": "dr",
    "dr": "dr",
    "lane": "ln",
    "ln": "ln",
    "way": "way",
    "place": "pl",
    "court": "ct",
    "ct": "ct",
    "parkway": "pkwy",
    "pkwy": "pkwy",
    "highway": "hwy",
    "hwy": "hwy",
    "terrace": "ter",
    "circle": "cir",
    "pike": "pike",
    "trail": "trl",
    "square": "sq",
    "alley": "aly",
}
#: Capitalised words that start names of no one in particular ("Police Chief", "Monday Smith").
_NAME_NOISE_TEXT = """the a an police officers officer sheriff county city department news he she they it this that
    there in on at mr mrs ms dr chief sgt lt detective capt"""
NAME_NOISE_WORDS = frozenset(_NAME_NOISE_TEXT.split()) | frozenset(WEEKDAYS) | frozenset(MONTH_NAMES)
#: A title or lead counting incidents lists several ("two shootings", "a string of attacks").
ROUNDUP_COUNTS: tuple[str, ...] = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "multiple",
    "separate",
)
ROUNDUP_COLLECTIVES: tuple[str, ...] = ("series", "string", "spate", "rash", "wave", "number", "pair")
ROUNDUP_INCIDENTS: tuple[str, ...] = ("incidents", "shootings", "fires", "crashes", "attacks")
#: A tally spread over an area wider than one scene ("seven shot across the city on Monday",
#: "wounded on the South and West sides"): the total of several incidents. A country or a state is
#: left out: "across the country" more often describes something else in the sentence.
AREA_SPREAD: tuple[str, ...] = (
    r"(?:across|throughout) (?:the )?(?:city|town|county)\b",
    r"\b(?:city|county)-?wide\b",
    r"\bon the \w+ and \w+ sides\b",
)
#: Words that end the count's phrase before an incident noun: "two dead in shootings" counts people.
ROUNDUP_NOT_BETWEEN: tuple[str, ...] = (
    "in",
    "at",
    "on",
    "after",
    "during",
    "near",
    "from",
    "by",
    "dead",
    "killed",
    "hurt",
    "wounded",
    "injured",
)
#: Who did it, when a toll counts them in: "seven dead, including the gunman".
PERPETRATOR_NOUNS: tuple[str, ...] = (
    "gunman",
    "gunmen",
    "shooter",
    "shooters",
    "suspect",
    "suspects",
    "attacker",
    "attackers",
    "assailant",
    "assailants",
    "killer",
    "perpetrator",
    "bomber",
)
#: What a report says when whoever did it died: then a toll of the dead, or of people shot, may
#: count them or not ("four killed" and "five dead" after "the gunman then shot himself").
PERPETRATOR_DEATHS: tuple[str, ...] = (
    "shot himself",
    "shot herself",
    "took his own life",
    "took her own life",
    "turned the gun on himself",
    "turned the gun on herself",
    "was killed",
    "were killed",
    "was shot dead",
    "was shot and killed",
    "was fatally shot",
    "died",
    "is dead",
    "was dead",
    "was found dead",
)
#: Words that say by themselves that the killer died, whoever the sentence names.
MURDER_SUICIDE: tuple[str, ...] = (
    *("murder-suicide", "murder suicide", "killed himself", "killed herself", "killing himself", "killing herself"),
    *("took his own life", "took her own life", "taking his own life", "taking her own life"),
)
#: One person named by a noun alone, beside a count in a headline's list: "4 Women, Man Shot", "Man, 2 Teens Hurt".
SINGLE_PERSON_NOUNS: tuple[str, ...] = (
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "teen",
    "teenager",
    "toddler",
    "baby",
    "infant",
    "officer",
    "deputy",
    # kin, as "her husband" closes a list ("her, six children and her husband")
    "husband",
    "wife",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "boyfriend",
    "girlfriend",
    "niece",
    "nephew",
    "cousin",
    "friend",
)
#: Nouns that count people on their own, for the parts of a headline's list ("4 Women, 1 Man").
PERSON_PART_NOUNS = frozenset(
    {
        *SINGLE_PERSON_NOUNS,
        "men",
        "women",
        "boys",
        "girls",
        "children",
        "teens",
        "teenagers",
        "toddlers",
        "babies",
        "infants",
        "officers",
        "deputies",
        "adult",
        "adults",
        "juvenile",
        "juveniles",
        "student",
        "students",
    }
)
#: What "citing" names in lower case besides bodies and papers: "citing industry data", "citing officials".
CITED_NOUNS: tuple[str, ...] = ("data", "figures", "estimates", "sources", "source", "officials", "report", "study")
#: What an unborn victim is called: "including an unborn child", "and her unborn baby".
UNBORN_NOUNS: tuple[str, ...] = ("child", "baby", "son", "daughter", "twins", "twin", "children", "babies")
#: Deaths only a perpetrator dies: "including Roe, who took his own life" counts the gunman in the toll.
SELF_INFLICTED: tuple[str, ...] = (
    "shot himself",
    "shot herself",
    "took his own life",
    "took her own life",
    "turned the gun on himself",
    "turned the gun on herself",
    "killed himself",
    "killed herself",
)
#: Nouns for an incident a report may recall besides its own ("another shooting at the same bar").
INCIDENT_NOUNS: tuple[str, ...] = (
    "shooting",
    "shootings",
    "shootout",
    "attack",
    "attacks",
    "incident",
    "homicide",
    "killing",
    "killings",
    "murder",
    "massacre",
    "rampage",
    "slaying",
    "stabbing",
    "ambush",
)
#: Words that say the recalled incident is not the report's own: "another shooting", "a similar attack".
OTHER_INCIDENT_LEADS: tuple[str, ...] = (
    "another",
    "a similar",
    "a separate",
    "an unrelated",
    "an earlier",
    "a previous",
    "a prior",
    "the previous",
    "the earlier",
)
#: A ranking against earlier incidents: "the deadliest since the 2016 nightclub attack that killed 49".
SUPERLATIVES: tuple[str, ...] = ("deadliest", "worst", "bloodiest", "largest", "biggest", "most")
#: Words too common to tell one story from another; with the weekdays and months.
_STORY_STOP_TEXT = """
        a about above after again against ago all almost also although always am among an and another any
        are around as at away back be became because become been before being below between both but by came
        can cannot could day days did do does doing done down during each early either else even ever every
        few for from further get gets getting give given go goes going gone got had has have having he her
        here hers him his how however i if in including into is it its itself just know known last later
        least less let like made make makes many may me might more most much must my near nearly never new
        news next no nor not now of off often on once one only or other others our out over own part per
        perhaps put rather really said same say says see seen several she should show shows since so some
        still such take taken than that the their them then there these they thing things this those though
        three through time times to today told too two under until up upon us use used very via want was way
        we week weeks well went were what when where whether which while who whom whose why will with within
        without would year years yet you your according among added asked called come comes including
        percent million billion thousand hundred first second third four five six seven eight nine ten dont
        didnt doesnt isnt wasnt arent cant wont its im ive youre theyre hes shes thats whats lets click
        share read image photo video copyright reserved rights subscribe newsletter advertisement getty
        images
        """
STORY_STOP_WORDS = frozenset(_STORY_STOP_TEXT.split()) | frozenset(WEEKDAYS) | frozenset(MONTH_NAMES)

# ---- sentences --------------------------------------------------------------------

#: Abbreviations after which a full stop does not end a sentence.
SENTENCE_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gov",
        "gen",
        "sen",
        "rep",
        "st",
        "lt",
        "col",
        "capt",
        "sgt",
        # police and civic ranks before a name: "said Det. Jo Roe", "Cmdr. Jo Roe said"
        "cpl",
        "det",
        "supt",
        "cmdr",
        "maj",
        "ofc",
        "insp",
        "ald",
        "asst",
        "atty",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "vs",
        "etc",
        "u.s",
        "a.m",
        "p.m",
        "approx",
        "est",
        "fig",
        "al",
        "pres",
        "rev",
        "ft",
        "mt",
    }
    | set(MONTH_ABBREVIATIONS)
)
#: Abbreviations that often end a sentence too: they hold it together only before lower case.
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"inc", "corp", "co", "ltd", "etc", "u.s", "a.m", "p.m"})
#: Capitalised words that go on a name after a final abbreviation, so its full stop ends no sentence: "Assistant
#: U.S. Attorney Jo Roe said", "the U.S. Marshals Service", "U.S. Highway 41". Before any other capital it may.
NAME_AFTER_ABBREVIATION: dict[str, frozenset[str]] = {
    "u.s": frozenset(
        {
            "Attorney",
            "Attorney's",
            "Attorney’s",
            "Attorneys",
            "Marshal",
            "Marshals",
            "Army",
            "Navy",
            "Naval",
            "Marine",
            "Marines",
            "Air",
            "Coast",
            "Military",
            "Highway",
            "Hwy",
            "Route",
            "Rep",
            "Reps",
            "Sen",
            "Sens",
            "Senator",
            "Senate",
            "Representative",
            "House",
            "Capitol",
            "Congressman",
            "Congresswoman",
            "District",
            "Department",
            "Supreme",
            "Court",
            "Magistrate",
            "Justice",
            "Immigration",
            "Customs",
            "Border",
            "Secret",
            "Postal",
            "Park",
            "Forest",
            "Fish",
            "Bureau",
            "Centers",
            "Census",
            "Embassy",
            "Housing",
            "Homeland",
            "Citizenship",
            "Geological",
        }
    )
}

# ---- numbers ----------------------------------------------------------------------

#: Number words below twenty.
SMALL_NUMBERS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Multipliers written as words after a numeral ("1.2 million").
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # South Asian scales: "Rs 5,000 crore", "two lakh people".
    "lakh": 100_000,
    "crore": 10_000_000,
}
#: Multipliers abbreviated after a numeral ("$3bn", "$449K").
SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "mil": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "tr": 1_000_000_000_000,
}
#: The word for twelve of something, a scale of its own ("two dozen").
DOZEN = "dozen"
#: Denominators of fractions ("two-thirds", "a quarter", "one fifth").
FRACTIONS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
ORDINALS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
        "hundredth",
        "thousandth",
        "millionth",
        "billionth",
    }
)
#: Stems an ordinal suffix ("-th", "-ieth") is glued to, besides the number words themselves.
ORDINAL_STEMS = frozenset({"eigh", "nin", "fif", "twelf"})
#: Words that end an ordinal written with digits ("488th"), or a decade ("1990s").
ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th", "s", "ies")
#: Spoken zero among the digits after "point" ("zero point oh five").
ZERO_DIGITS: tuple[str, ...] = ("zero", "o", "oh")
#: Words before a scale that make one ("a hundred", "an estimated"): the article.
ARTICLES: tuple[str, ...] = ("a", "an")
#: Multiples in one word ("twice as many").
MULTIPLES: dict[str, float] = {"twice": 2.0, "thrice": 3.0}
#: Multiples that are one only before what they multiply ("double the figure", "triple that of
#: rivals"); elsewhere they are adjectives or verbs ("a double murder", "prices double").
MULTIPLES_BEFORE: dict[str, float] = {"double": 2.0, "triple": 3.0, "quadruple": 4.0}
#: Words after such a multiple that name what it multiplies.
MULTIPLIED_WORDS = frozenset({"the", "that", "those", "what", "its", "their", "his", "her", "our", "this"})
#: Spans of the calendar after "this" or "that": "twice this year" says how often, not a multiple.
CALENDAR_SPANS = (
    frozenset(SEASONS)
    | frozenset(DAY_PARTS)
    | {"day", "week", "weekend", "month", "year", "season", "time", "quarter", "term", "decade", "century"}
)
#: Suffix of a multiple glued to a number word: "tenfold".
FOLD_SUFFIX = "fold"
#: Vague amounts as GUIDE.md intervals; the scanner tries the longest phrase first.
VAGUE_AMOUNTS: dict[str, tuple[float, float]] = {
    "several": (3, 9),
    "a few": (3, 9),
    "a couple": (2, 3),
    "a couple of": (2, 3),
    "dozens": (24, 99),
    "several dozen": (36, 108),
    "a few dozen": (36, 108),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "several hundred": (300, 900),
    "a few hundred": (300, 900),
    # Each scale the GUIDE's way, as "thousands" (2000-9999) and "tens of thousands": the plural
    # is 2 of the scale up to 10 of it less one, "tens of" 20 up to 100 less one, "hundreds of"
    # 200 up to 1000 less one; "several" and "a few" 3-9 of it.
    **{
        phrase: (lo * scale, hi * scale - (1 if hi >= 10 else 0))
        for name, scale in (("thousand", 1_000), ("million", 10**6), ("billion", 10**9), ("trillion", 10**12))
        for phrase, lo, hi in (
            (name + "s", 2, 10),
            ("several " + name, 3, 9),
            ("a few " + name, 3, 9),
            ("tens of " + name + "s", 20, 100),
            ("hundreds of " + name + "s", 200, 1000),
        )
    },
}
#: Every word a cardinal number written in words is made of.
NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset(TENS) | frozenset(SCALES) | {DOZEN}
#: Plural scales read as multipliers right after a number word ("seventy-five thousands").
PLURAL_SCALES = frozenset(w + "s" for w in SCALES)
#: Words that spell a sign before a number ("minus fifteen" degrees); "plus" is the positive one.
SIGN_WORDS: tuple[str, ...] = ("minus", "plus", "negative")

# ---- qualifiers -------------------------------------------------------------------

#: Qualifier phrases before a number, by the bounds they set.
LEFT_QUALIFIERS: dict[Qualifier, tuple[str, ...]] = {
    "at_least": (
        "more than",
        "over",
        "at least",
        "upwards of",
        "in excess of",
        "no fewer than",
        "no less than",
        "above",
        "greater than",
        "well over",
        "just over",
        "north of",
        "a minimum of",
        "more then",
    ),
    "at_most": (
        "up to",
        "as high as",
        "as many as",
        "as much as",
        "fewer than",
        "less than",
        "under",
        "below",
        "at most",
        "no more than",
        "not more than",
        "within",
        "a maximum of",
        "maximum of",
        "as few as",
        "as little as",
        "as low as",
        "a mere",
    ),
    "approx": (
        "about",
        "around",
        "roughly",
        "some",
        "an estimated",
        "estimated",
        "approximately",
        "nearly",
        "almost",
        "close to",
        "closer to",
        "just short of",
        # "just under 41 per cent" is nearly 41, as "just short of" is
        "just under",
        "just below",
        "circa",
        "approx",
        "just about",
        "an approximate",
        "around about",
        "more or less",
        "upward of",
        "in the region of",
        "the equivalent of",
        "c",
    ),
    "exact": ("just", "only", "exactly", "precisely", "a total of", "a further", "an additional", "an extra"),
}
#: Qualifier words after a number ("12 and older", "five or more"), as word tuples, tried in order.
SUFFIX_QUALIFIERS: dict[tuple[str, ...], Qualifier] = {
    ("or", "more"): "at_least",
    ("and", "older"): "at_least",
    ("or", "older"): "at_least",
    ("and", "above"): "at_least",
    ("and", "up"): "at_least",
    ("or", "over"): "at_least",
    ("and", "over"): "at_least",
    ("or", "above"): "at_least",
    ("plus",): "at_least",
    ("or", "less"): "at_most",
    ("or", "fewer"): "at_most",
    ("or", "younger"): "at_most",
    ("and", "under"): "at_most",
    ("and", "younger"): "at_most",
    ("or", "so"): "approx",
}
#: Suffix words that make a count an age: "12 and older".
AGE_SUFFIXES: tuple[str, ...] = ("older", "younger")

# ---- money ------------------------------------------------------------------------

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₴": "UAH",
    "₩": "KRW",
    "₪": "ILS",
    "₺": "TRY",
    "₦": "NGN",
    "฿": "THB",
}
#: Prefixes glued to "$": "US$5", "C$3", "HK$1".
DOLLAR_PREFIXES: dict[str, str] = {
    "us": "USD",
    "c": "CAD",
    "ca": "CAD",
    "a": "AUD",
    "au": "AUD",
    "nz": "NZD",
    "hk": "HKD",
    "s": "SGD",
    "r": "BRL",
    "mx": "MXN",
    "nt": "TWD",
}
CURRENCY_CODES = frozenset(
    {
        "usd",
        "eur",
        "gbp",
        "jpy",
        "cny",
        "rmb",
        "chf",
        "cad",
        "aud",
        "inr",
        "rub",
        "uah",
        "hkd",
        "sgd",
        "nzd",
        "sek",
        "nok",
        "dkk",
        "pln",
        "czk",
        "huf",
        "try",
        "brl",
        "mxn",
        "zar",
        "krw",
        "ils",
        "aed",
        "sar",
        "ngn",
        "kes",
        "egp",
        "pkr",
        "thb",
        "idr",
        "myr",
        "php",
        "vnd",
    }
)
#: Abbreviations written before a number that are no ISO code: "Rs 40".
CURRENCY_ABBREVIATIONS: dict[str, str] = {"rs": "INR"}
#: Currency names after a number: code and the factor to that currency's unit ("50 cents").
CURRENCY_WORDS: dict[str, tuple[str, float]] = {
    "dollar": ("USD", 1),
    "dollars": ("USD", 1),
    "euro": ("EUR", 1),
    "euros": ("EUR", 1),
    "cent": ("USD", 0.01),
    "cents": ("USD", 0.01),
    "pence": ("GBP", 0.01),
    "yuan": ("CNY", 1),
    "renminbi": ("CNY", 1),
    "yen": ("JPY", 1),
    "rupee": ("INR", 1),
    "rupees": ("INR", 1),
    "ruble": ("RUB", 1),
    "rubles": ("RUB", 1),
    "rouble": ("RUB", 1),
    "roubles": ("RUB", 1),
    "hryvnia": ("UAH", 1),
    "hryvnias": ("UAH", 1),
    "hryvnas": ("UAH", 1),
    "francs": ("CHF", 1),
    "pesos": ("MXN", 1),
    "won": ("KRW", 1),
    "naira": ("NGN", 1),
    "rand": ("ZAR", 1),
    "shekels": ("ILS", 1),
    "lira": ("TRY", 1),
    "dirhams": ("AED", 1),
    "riyals": ("SAR", 1),
    "kroner": ("NOK", 1),
    "krone": ("DKK", 1),
    "kronor": ("SEK", 1),
    "krona": ("SEK", 1),
    "zloty": ("PLN", 1),
    "zlotys": ("PLN", 1),
    "forint": ("HUF", 1),
    "koruna": ("CZK", 1),
    "baht": ("THB", 1),
    "ringgit": ("MYR", 1),
    "rupiah": ("IDR", 1),
    "reais": ("BRL", 1),
}
#: A currency word after a country's adjective names that country's currency: "1.9 billion Norwegian
#: kroner", "30 million Canadian dollars". Words after the number, lower case.
NATIONAL_CURRENCIES: dict[tuple[str, ...], str] = {
    ("norwegian", "kroner"): "NOK",
    ("norwegian", "krone"): "NOK",
    ("danish", "kroner"): "DKK",
    ("danish", "krone"): "DKK",
    ("swedish", "kronor"): "SEK",
    ("swedish", "krona"): "SEK",
    ("icelandic", "kronur"): "ISK",
    ("swiss", "francs"): "CHF",
    ("canadian", "dollars"): "CAD",
    ("australian", "dollars"): "AUD",
    ("new", "zealand", "dollars"): "NZD",
    ("hong", "kong", "dollars"): "HKD",
    ("singapore", "dollars"): "SGD",
    ("taiwan", "dollars"): "TWD",
    ("mexican", "pesos"): "MXN",
    ("argentine", "pesos"): "ARS",
    ("chilean", "pesos"): "CLP",
    ("colombian", "pesos"): "COP",
    ("philippine", "pesos"): "PHP",
    ("indian", "rupees"): "INR",
    ("pakistani", "rupees"): "PKR",
    ("sri", "lankan", "rupees"): "LKR",
    ("south", "african", "rand"): "ZAR",
    ("turkish", "lira"): "TRY",
    ("brazilian", "reais"): "BRL",
    ("russian", "roubles"): "RUB",
    ("russian", "rubles"): "RUB",
    ("chinese", "yuan"): "CNY",
    ("japanese", "yen"): "JPY",
    ("south", "korean", "won"): "KRW",
    ("egyptian", "pounds"): "EGP",
    ("saudi", "riyals"): "SAR",
    ("nigerian", "naira"): "NGN",
    ("kenyan", "shillings"): "KES",
    ("ugandan", "shillings"): "UGX",
    ("tanzanian", "shillings"): "TZS",
}

# ---- percent ----------------------------------------------------------------------

#: Words after a number that make it a percent ("5 percent", "5%").
PERCENT_WORDS: tuple[str, ...] = ("%", "percent", "pct", "percentage")
#: Percent abbreviations a numeral may have glued on ("5pct", "3.5pc"); "pc" only glued.
GLUED_PERCENT = frozenset({"pct", "pc"})

# ---- units of measure -------------------------------------------------------------

#: A unit and the next smaller one, with how many of it make one: "3 hours 21 minutes" is one
#: duration of 201 minutes, "7 pounds 6 ounces" one weight of 118 ounces.
COMPOUND_UNITS: dict[str, tuple[str, int]] = {
    "years": ("months", 12),
    "weeks": ("days", 7),
    "days": ("hours", 24),
    "hours": ("minutes", 60),
    "minutes": ("seconds", 60),
    "pounds": ("ounces", 16),
}

#: Units by kind: lower-case surface → normalised unit word.
UNITS_BY_KIND: dict[Kind, dict[str, str]] = {
    "duration": {
        "second": "seconds",
        "seconds": "seconds",
        "secs": "seconds",
        "sec": "seconds",
        "h": "hours",
        "minute": "minutes",
        "minutes": "minutes",
        "mins": "minutes",
        "min": "minutes",
        "hour": "hours",
        "hours": "hours",
        "hrs": "hours",
        "hr": "hours",
        "day": "days",
        "days": "days",
        "week": "weeks",
        "weeks": "weeks",
        "month": "months",
        "months": "months",
        "year": "years",
        "years": "years",
        "yrs": "years",
        "yr": "years",
        "decade": "decades",
        "decades": "decades",
        "century": "centuries",
        "centuries": "centuries",
        "fortnight": "fortnights",
        "nights": "nights",
        "night": "nights",
    },
    "distance": {
        "mile": "miles",
        "miles": "miles",
        "km": "km",
        "kms": "km",
        "kilometre": "kilometres",
        "kilometres": "kilometres",
        "kilometer": "kilometers",
        "kilometers": "kilometers",
        "metre": "metres",
        "metres": "metres",
        "meter": "meters",
        "meters": "meters",
        "m": "m",
        "cm": "cm",
        "mm": "mm",
        "centimetres": "centimetres",
        "centimeters": "centimeters",
        "feet": "feet",
        "foot": "feet",
        "ft": "feet",
        "inch": "inches",
        "inches": "inches",
        "in": "inches",
        "yard": "yards",
        "yards": "yards",
        "nautical": "nautical miles",
        "light": "light-years",
    },
    "weight": {
        "ton": "tons",
        "tons": "tons",
        "tonne": "tonnes",
        "tonnes": "tonnes",
        "t": "tonnes",
        "kg": "kg",
        "kgs": "kg",
        "kilogram": "kilograms",
        "kilograms": "kilograms",
        "kilo": "kilograms",
        "kilos": "kilograms",
        "pound": "pounds",
        "pounds": "pounds",
        "lb": "pounds",
        "lbs": "pounds",
        "gram": "grams",
        "grams": "grams",
        "g": "grams",
        "ounce": "ounces",
        "ounces": "ounces",
        "oz": "ounces",
        "metric": "metric tons",
        "mg": "mg",
    },
    "other": {
        "mph": "mph",
        "kph": "km/h",
        "knots": "knots",
        "degrees": "degrees",
        "°": "degrees",
        "times": "times",
        "acres": "acres",
        "hectares": "hectares",
        "sq": "square",
        "square": "square",
        "cubic": "cubic",
        "cu": "cubic",
        "mpg": "mpg",
        "mw": "MW",
        "gw": "GW",
        "kwh": "kWh",
        "barrels": "barrels",
        "gallons": "gallons",
        "litres": "litres",
        "litre": "litres",
        "liter": "liters",
        "ml": "ml",
        "millilitres": "millilitres",
        "milliliters": "milliliters",
        "hp": "hp",
        "bhp": "bhp",
        "horsepower": "horsepower",
        "liters": "liters",
        "celsius": "degrees",
        "fahrenheit": "degrees",
        "calories": "calories",
        "mb": "MB",
        "gb": "GB",
        "tb": "TB",
        "ghz": "GHz",
        "mhz": "MHz",
        "volts": "volts",
        "watts": "watts",
        "psi": "psi",
        # Devices and screens: clock and refresh rates, frame rates, power, batteries, sensors.
        "hz": "Hz",
        "khz": "kHz",
        "fps": "fps",
        "rpm": "rpm",
        "kbps": "kbps",
        "mbps": "Mbps",
        "gbps": "Gbps",
        "kb": "KB",
        "w": "W",
        "kw": "kW",
        "mah": "mAh",
        "mp": "MP",
        "megapixels": "megapixels",
        "megapixel": "megapixels",
        "pixels": "pixels",
        "pixel": "pixels",
        "nits": "nits",
        "fold": "times",
    },
}
# Issue 13, other beats: units of tech reviews, car pages and health news that casualty
# reports never write. Kept apart so the audit's additions stay visible; merged below.
#: Units of other beats by kind: lower-case surface → normalised unit word.
OTHER_BEAT_UNITS: dict[Kind, dict[str, str]] = {
    "distance": {
        "millimeter": "millimeters",
        "millimeters": "millimeters",
        "millimetre": "millimetres",
        "millimetres": "millimetres",
        "centimeter": "centimeters",
        "centimetre": "centimetres",
    },
    "weight": {"milligram": "mg", "milligrams": "mg", "microgram": "mcg", "micrograms": "mcg", "mcg": "mcg"},
    # Response times and latencies of screens, networks and chips: "a 1ms response time", "20 milliseconds".
    "duration": {
        "ms": "milliseconds",
        "millisecond": "milliseconds",
        "milliseconds": "milliseconds",
        "microseconds": "microseconds",
        "nanoseconds": "nanoseconds",
    },
    "other": {
        # Storage and data sizes, spelled out: "512 gigabytes", "2 terabytes".
        "kilobytes": "KB",
        "megabytes": "MB",
        "gigabytes": "GB",
        "terabytes": "TB",
        "megabits": "megabits",
        "gigabits": "gigabits",
        # Loudness, pixel density, torque and engine power, battery energy.
        "db": "dB",
        "dba": "dBA",
        "decibels": "dB",
        "ppi": "ppi",
        "nm": "Nm",
        "ps": "PS",
        "wh": "Wh",
        "mwh": "MWh",
        "gwh": "GWh",
        "twh": "TWh",
        # Power spelled out, as energy news writes it: "175 gigawatts of solar", "a 40-megawatt plant".
        "kilowatts": "kW",
        "kilowatt": "kW",
        "megawatts": "MW",
        "megawatt": "MW",
        "gigawatts": "GW",
        "gigawatt": "GW",
        "kcal": "calories",
        "bpm": "bpm",
        # Moves of interest rates and yields: "cut by 25 basis points", "a 50bps hike".
        "basis": "basis points",
        "bps": "basis points",
    },
}
for _kind, _table in OTHER_BEAT_UNITS.items():
    UNITS_BY_KIND[_kind].update(_table)
#: Units that become a rate before "per" and a time unit, and the rate's name: "60 frames per
#: second", "2,800 megabytes per second". "frames" is a unit only in that rate.
RATE_UNITS: dict[str, str] = {
    "frames": "fps",
    "megabytes": "MB/s",
    "mb": "MB/s",
    "gigabytes": "GB/s",
    "gb": "GB/s",
    "megabits": "Mbps",
    "gigabits": "Gbps",
}
#: Verbs of a product's specification that a counted phrase runs into: "the laptop features a 16-inch
#: screen", "the TV uses 95 watts" (with the verbs of measure and money, ``phrases`` drops them).
SPEC_VERBS = frozenset(
    {"uses", "use", "features", "feature", "packs", "pack", "boasts", "boast", "offers", "includes", "include"}
    | {"looks", "look", "replaces", "replace", "reads", "writes", "consumes", "needs", "requires", "puts"}
    | {"continue", "continues", "adds", "add", "brings", "bring", "gives", "give", "comes", "come"}
)
#: Plural nouns after "N to M" that make it a tally or a score, not a count's bounds (issue 13):
#: "voted 52 to 47 votes" is rare, but "won 3 to 1 games" and "beat them 21 to 14 points" are no ranges.
NOT_RANGE_NOUNS = frozenset({"votes", "points", "goals", "runs", "games", "sets", "wins", "losses", "margins"})
#: Adjectives that rate a figure between its article and itself (issue 13): "a meager 720p", "an
#: impressive 162 frames per second", "a whopping 20 points". They are no counted noun.
RATING_ADJECTIVES = frozenset(
    {"meager", "meagre", "mere", "measly", "paltry", "modest", "solid", "stable", "unstable", "ideal", "steady"}
    | {"impressive", "whopping", "staggering", "astonishing", "remarkable", "respectable", "healthy", "hefty"}
    | {"massive", "huge", "tiny", "incredible", "blistering", "smooth", "full", "reasonable", "decent", "cool"}
)
#: Words that the counted phrase stopped on alone but that name no thing (issue 13): "an average of",
#: "the full 40 gigabits", "to the tune of", "the entire 25.2% stake", "the previous 1.8-liter".
EMPTY_HEADS = frozenset(
    {"average", "maximum", "minimum", "max", "min", "full", "entire", "whole", "tune", "previous", "prior"}
    | {"well", "reportedly", "together", "instead", "likely", "roughly", "about", "around", "nearly"}
)
#: Lines of a video resolution, glued to "p": "1080p", "720p" (a "p" after any other number is pence).
RESOLUTION_LINES = frozenset({240, 360, 480, 540, 720, 1080, 1440, 2160, 4320})
#: Every unit surface → (kind, normalised unit word).
MEASURE_UNITS: dict[str, tuple[Kind, str]] = {
    surface: (kind, unit) for kind, table in UNITS_BY_KIND.items() for surface, unit in table.items()
}
#: Units of time, normalised (the duration units' plural words).
TIME_UNITS = frozenset(UNITS_BY_KIND["duration"].values())
#: Words that make "in N years" after them a window of comparison, not a duration (GUIDE decision 4):
#: "its lowest level in 18 months", "the first rise in three months", "the wettest winter in 250 years".
#: Besides these, any superlative in -est that is not in ``NOT_SUPERLATIVE_EST``.
WINDOW_RANK_WORDS = frozenset({"first", "most", "least", "worst", "best", "only", "record"})
#: Units of such a window; "the fastest lap in 1 minute 12 seconds" measures the lap.
WINDOW_RANK_UNITS = frozenset({"days", "weeks", "months", "years", "decades", "centuries"})
#: Words in -est that are no superlative.
NOT_SUPERLATIVE_EST = frozenset(
    {"interest", "protest", "arrest", "request", "forest", "harvest", "suggest", "invest", "contest", "honest"}
    | {"modest", "midwest", "southwest", "northwest", "test", "quest", "chest", "nest", "rest", "west", "guest"}
    | {"manifest", "digest", "unrest", "conquest", "inquest", "behest", "pest", "vest", "attest", "detest"}
)
#: Fraction characters written after a whole number or alone: "2½ years", "172 ½ years".
VULGAR_FRACTIONS: dict[str, float] = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
#: Units spelled out in the singular, that a fraction may take: "half a mile", "a quarter-mile", "half an hour".
SINGULAR_UNITS = frozenset(
    {
        "mile",
        "kilometre",
        "kilometer",
        "metre",
        "meter",
        "foot",
        "inch",
        "yard",
        "pound",
        "kilogram",
        "ton",
        "tonne",
        "ounce",
        "litre",
        "liter",
        "hour",
        "minute",
        "second",
        "day",
        "week",
        "month",
        "year",
        "century",
        "decade",
    }
)
#: Abbreviations read as units only when glued to the numeral ("5m", "3t", "12in").
GLUED_ONLY_UNITS = frozenset({"m", "t", "g", "in", "c", "w", "mp", "h"})
#: First words of two-word units and the words that complete them: "metric tons", "nautical miles".
TWO_WORD_UNITS: dict[str, tuple[str, ...]] = {
    "metric": ("tons", "tonnes", "ton"),
    "nautical": ("miles",),
    "basis": ("points", "point"),
}
#: Words that square the unit after them.
SQUARE_WORDS: tuple[str, ...] = ("sq", "square", "cubic", "cu")
#: Units squared (or cubed) after "sq"/"square" ("cubic"): "2,400 sq ft", "3 billion cubic metres".
SQUARED_UNITS = frozenset(
    {
        "km",
        "miles",
        "metres",
        "meters",
        "feet",
        "kilometres",
        "kilometers",
        "mile",
        "foot",
        "ft",
        "m",
        "yards",
        "yd",
        "inches",
        "metre",
        "meter",
        "kilometre",
        "kilometer",
        "mi",
    }
)
#: Abbreviated units after "sq"/"cubic" as the normalised unit names them: "sq ft" is square feet.
SQUARED_NAMES: dict[str, str] = {
    "ft": "feet",
    "m": "metres",
    "yd": "yards",
    "mi": "miles",
}
#: Words before a number that make a glued capital C or F a temperature ("highs of 41C").
TEMPERATURE_CUES = frozenset(
    {
        "temperature",
        "temperatures",
        "degrees",
        "heat",
        "heatwave",
        "high",
        "highs",
        "low",
        "lows",
        "mercury",
        "warm",
        "warmer",
        "warmest",
        "hot",
        "hotter",
        "hottest",
        "cold",
        "colder",
        "coldest",
        "freezing",
        "thermometer",
        "thermometers",
        "forecast",
        "peaked",
        "peak",
        "reached",
        "soared",
        "plunged",
        "dipped",
    }
)
#: Scales of temperature after "degrees" ("40 degrees C").
TEMPERATURE_SCALES: tuple[str, ...] = ("celsius", "fahrenheit", "c", "f")
#: Adjectives of a measured dimension glued after a unit: "a 1,900-mile-wide storm".
DIMENSION_WORDS: tuple[str, ...] = ("wide", "long", "high", "deep", "tall")
#: Words after "5m" that make it metres, not five million ("100m race", "a 5m-high wall").
METRE_CONTEXT = frozenset(
    {
        "high",
        "long",
        "wide",
        "deep",
        "tall",
        "race",
        "sprint",
        "freestyle",
        "hurdles",
        "butterfly",
        "backstroke",
        "breaststroke",
        "relay",
        "away",
        "from",
        "above",
        "below",
        "of",
        "in",
        "across",
        "under",
        "into",
        "to",
        "and",
        "or",
        "the",
        "a",
        "is",
        "was",
        "are",
        "were",
        "at",
        "on",
    }
)
#: Words naming a gun's calibre: "a 22-caliber rifle" names a cartridge, not a figure.
CALIBER_WORDS = frozenset({"caliber", "calibre", "cal", "gauge", "magnum"})
#: Millimetre words that name a cartridge before a gun noun: "a 9 mm pistol", "9mm rounds".
CARTRIDGE_MM = frozenset({"mm", "millimeter", "millimetre"})
#: Guns and their ammunition, after a cartridge size.
GUN_NOUNS = frozenset(
    {
        "gun",
        "guns",
        "handgun",
        "handguns",
        "pistol",
        "pistols",
        "rifle",
        "rifles",
        "revolver",
        "carbine",
        "semiautomatic",
        "semi",
        "round",
        "rounds",
        "ammunition",
        "ammo",
        "bullet",
        "bullets",
        "cartridge",
        "cartridges",
        "casing",
        "casings",
        "shell",
        "shells",
    }
)

# ---- clock and screen -------------------------------------------------------------

#: Words after a number that make it a clock time: "10 a.m", "1400 GMT", "0600 hrs".
CLOCK_WORDS = frozenset({"a.m", "p.m", "am", "pm", "gmt", "utc", "bst", "et", "est", "pst", "cet", "o'clock", "hrs"})
#: "o'clock" after a number, digits or words, in the spellings news copy uses: "three o’clock", "around
#: eight o clock" (the last as two tokens, "o" then "clock"). A clock time, so no figure (GUIDE).
OCLOCK_WORDS = frozenset({"o'clock", "o’clock", "oclock"})
#: Words after "4K"/"8K" that make it a screen format: "4K video", "an 8K TV".
SCREEN_WORDS = frozenset(
    {
        "video",
        "videos",
        "tv",
        "tvs",
        "television",
        "televisions",
        "display",
        "displays",
        "screen",
        "screens",
        "resolution",
        "monitor",
        "monitors",
        "camera",
        "cameras",
        "footage",
        "hdr",
        "oled",
        "uhd",
        "ultra",
        "streaming",
        "content",
        "gaming",
        "projector",
        "blu",
        "movie",
        "movies",
        "film",
        "recording",
        "playback",
        "at",
    }
)
#: Issue 13: nouns an inch mark glued to a number stands before: 'a 6.1" display', 'the 13.3” MacBook'.
INCH_MARK_NOUNS = SCREEN_WORDS | frozenset(
    {"screen", "display", "laptop", "laptops", "macbook", "ipad", "tablet", "phone", "model", "models", "imac"}
)
#: Nouns after "six-" that make it the size of a number, not a figure: "a six-figure salary".
NUMBER_SIZE_WORDS: tuple[str, ...] = ("figure", "digit")
#: Singular nouns after a number that make it a grade, not a figure: "a 3-alarm fire", "a five-star hotel".
RATING_WORDS: tuple[str, ...] = ("alarm", "star")

# ---- shares and ages --------------------------------------------------------------

#: Words that may follow a share standing without a noun: "fell by a third since 2020".
AFTER_SHARE = frozenset(
    {"in", "since", "from", "over", "than", "compared", "last", "this", "between", "among", "across", "on", "to"}
    # a clause or a phrase of time after the change: "fell by a third after the warning", "as investors fled"
    | {"after", "before", "as", "when", "while", "amid", "during", "following", "within", "at", "and", "but"}
)
#: Words after "half" that make it a share of a whole: "half of", "half the", "half their".
AFTER_HALF: tuple[str, ...] = (
    "of",
    "the",
    "its",
    "their",
    "his",
    "her",
    "all",
    "our",
    "your",
    "these",
    "those",
    "people",
)
#: Words before "half" that make it a part, not a share (issue 13): "the first half of 2020" is a time,
#: "the upper half of the laptop" a place; the ordinals (``is_ordinal_word``) do the same.
HALF_PART_WORDS = frozenset({"latter", "former", "back", "front", "upper", "lower", "top", "bottom"})
#: A person's age stated as a predicate (issue 13): "I'm 74 and ...", "she was 9.", "he turned 50 on Friday".
#: Verbs that make the bare number after them an age whatever their subject.
AGE_TURN_VERBS = frozenset({"turned", "turns", "turning", "turn"})
#: Modals of a past that did not happen: "would have turned 18" is no one's age.
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "should", "might"})
#: One person as a pronoun, and with its "be" in one word ("it was 5", "we're 3 and 0" are no ages).
PERSON_PRONOUNS = frozenset({"i", "he", "she"})
PRONOUN_BE_CONTRACTIONS = frozenset({"i'm", "he's", "she's"})
#: Words that close the clause after such an age.
STATED_AGE_AFTER = frozenset({"", ",", ".", ";", "and", "but", "when", "on", "this", "last", "–", "—", ")"})
#: Words before a number that make it an age: "aged 19", "ages 10, 8 and 4".
AGE_WORDS: tuple[str, ...] = ("aged", "age", "ages")
#: Words between an age word and the range it opens: "ranged in age from 14 to 37", "between
#: the ages of 18 and 25", "their ages ranged from 19 to 40".
AGE_BRIDGE_WORDS = frozenset({"from", "of", "between", "the", "in", "ranged", "ranging", "range", "ranges"})
#: Words after a duration that make it an age: "8 years old".
OLD_WORDS: tuple[str, ...] = ("old", "olds", "old's", "old’s")

# ---- people -----------------------------------------------------------------------

#: Verbs right after a name and a number that show the number was the name's age with its
#: closing comma left out: "Jane Doe, 34 was shot", "Roe, 19 died".
APPOSED_AGE_VERBS = frozenset(
    {"was", "is", "has", "had", "remains", "remained", "died", "dies", "suffered", "faces", "faced", "will"}
)
#: People an apposed age can describe: "A woman, 21, was shot".
APPOSED_PERSON_NOUNS = frozenset(
    {
        "man",
        "woman",
        "boy",
        "girl",
        "teen",
        "teenager",
        "victim",
        "suspect",
        "driver",
        "passenger",
        "mother",
        "father",
        "son",
        "daughter",
        "brother",
        "sister",
        "wife",
        "husband",
        "girlfriend",
        "boyfriend",
        "friend",
        "cousin",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "grandmother",
        "grandfather",
        "grandson",
        "granddaughter",
        "officer",
        "deputy",
        "resident",
        "neighbor",
        "neighbour",
        "gunman",
        "shooter",
        "student",
        "child",
        "baby",
        "toddler",
        "infant",
        "male",
        "female",
        "stepfather",
        "stepmother",
        "stepson",
        "stepdaughter",
        "roommate",
    }
)
#: Hyphenated pairs that are idioms, never a score: "a 24-7 helpline" (round the clock).
IDIOM_PAIRS = frozenset({("24", "7")})
#: Words before a hyphenated feet-inches pair that make it a height, not a score: "he is 6-2".
HEIGHT_VERBS = frozenset({"is", "was", "stands", "stood", "standing", "measuring", "measures", "measured"})
#: Words after such a pair that make it a height: "the 6-4 guard", "a 5-10 suspect", "6-1 tall".
HEIGHT_NOUNS_AFTER = frozenset(
    {"tall", "suspect", "guard", "forward", "center", "centre", "quarterback", "receiver", "lineman"}
    | {"pitcher", "striker", "defender", "linebacker", "tackle", "end", "back", "senior", "junior"}
    | {"sophomore", "freshman", "rookie", "player", "athlete"}
)
#: People an event happens to, as the noun after "one" ("one man was shot").
EVENT_PERSON_NOUNS: tuple[str, ...] = (
    "person",
    "man",
    "woman",
    "teen",
    "teenager",
    "boy",
    "girl",
    "child",
    "kid",
    "baby",
    "infant",
    "toddler",
    "adult",
    "juvenile",
    "youth",
    "male",
    "female",
    "victim",
    "suspect",
    "gunman",
    "shooter",
    "attacker",
    "assailant",
    "robber",
    "officer",
    "policeman",
    "policewoman",
    "deputy",
    "trooper",
    "agent",
    "detective",
    "sergeant",
    "soldier",
    "marine",
    "sailor",
    "pilot",
    "militant",
    "fighter",
    "rebel",
    "guard",
    "student",
    "pupil",
    "teacher",
    "doctor",
    "nurse",
    "miner",
    "resident",
    "bystander",
    "worker",
    "employee",
    "passenger",
    "driver",
    "motorist",
    "cyclist",
    "rider",
    "pedestrian",
    "hiker",
    "climber",
    "swimmer",
    "customer",
    "shopper",
    "tourist",
    "visitor",
    "spectator",
    "fan",
    "protester",
    "demonstrator",
    "journalist",
    "patient",
    "civilian",
    "firefighter",
    "inmate",
    "prisoner",
    "detainee",
    "hostage",
    "individual",
    "occupant",
    "neighbor",
    "neighbour",
)
#: Auxiliaries between a person and what happened to them: "one man was shot".
HAPPENED_AUXILIARIES: tuple[str, ...] = (
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "been",
    "remains",
    "remained",
    "listed",
    "got",
    "then",
)
#: Adverbs between a person and what happened to them: "one man was fatally shot".
#: How badly someone was hurt: "critically injured", "two seriously".
HURT_DEGREE_ADVERBS: tuple[str, ...] = ("critically", "seriously", "severely", "gravely", "badly", "slightly")
#: The condition a hospital lists a patient in: "in critical condition", "in stable but serious condition".
PATIENT_CONDITIONS: tuple[str, ...] = ("critical", "serious", "stable", "grave", "fair", "good")
HAPPENED_ADVERBS: tuple[str, ...] = (
    "reportedly",
    "fatally",
    "critically",
    "seriously",
    "severely",
    "gravely",
    "badly",
    "mortally",
    "slightly",
    "allegedly",
    "apparently",
    "also",
    "later",
    "still",
)
#: Nouns that name what happened to those counted: "11 deaths" died, "30 injuries" were injured.
ROLE_EVENTS: dict[str, str] = {
    "deaths": "died",
    "fatalities": "died",
    "dead": "died",
    "death": "died",
    "fatality": "died",
    "injuries": "injured",
    "injured": "injured",
    "wounded": "injured",
    "casualties": "killed or injured",
    "captives": "taken captive",
    "hostages": "taken hostage",
    "arrests": "arrested",
}
#: Name suffixes before an apposed age: "Roe Jr., 45".
NAME_SUFFIXES: tuple[str, ...] = ("jr", "sr")
#: Generational suffixes after a surname ("Jo Roe Jr.", "Jo Roe III"): never the surname itself.
GENERATION_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Pronouns that are no name: "he said" names nobody.
PRONOUNS: tuple[str, ...] = ("he", "she", "they", "we", "i", "it")
#: Words that open an all-capitals line before "SAYS" and are no speaker's name ("THEN HE SAID ...").
NOT_LINE_SPEAKER_WORDS = (
    NAME_NOISE_WORDS
    | CAPITALISED_FUNCTION_WORDS
    | frozenset(PRONOUNS)
    | frozenset({"then", "now", "also", "so", "but", "and", "who", "what", "you", "everyone", "nobody"})
)

# ---- "one" as a pronoun -----------------------------------------------------------

#: Words before "one" that make it a pronoun: "no one", "the one", "each one".
ONE_PRONOUN_BEFORE: tuple[str, ...] = ("no", "any", "every", "each", "the", "this", "that", "which", "another")
#: Words after "one" that make it a pronoun: "one cannot", "one of", "one another".
ONE_PRONOUN_MODALS: tuple[str, ...] = ("cannot", "can", "could", "must", "should", "would", "might", "will")
ONE_OF: tuple[str, ...] = ("of", "another", "anothers")

#: Words after "one" that make it a pronoun or part of a phrase: "one of", "one day", "at one point".
ONE_PRONOUN_AFTER: tuple[str, ...] = ("of", "another", "who", "that", "which", "day", "night", "point", "time")
#: Nouns after "a thousand" that make it a figure of speech: "a million reasons".
FIGURATIVE_NOUNS: tuple[str, ...] = ("times", "ways", "reasons", "things", "choices")

# ---- years and names --------------------------------------------------------------

#: Words before a four-digit number that make it a year: "in 2000", "since 1990".
YEAR_BEFORE: tuple[str, ...] = ("in", "since", "of", "by", "until", "from", "year", "to", "before", "after")
#: Determiners before a year that names an event or a series, set before a capitalised name: "the 2024
#: Olympics", "its 2019 Awards". "the 1,500 Marines" has its comma; a count in 1900-2099 rarely lacks one.
EVENT_YEAR_BEFORE = frozenset({"the", "its", "their", "his", "her", "this", "last", "next"})
#: Words ending in "s" that are no plural noun: "2000 was" is a year, "2000 soldiers" a count.
NOT_PLURALS: tuple[str, ...] = (
    "this",
    "his",
    "was",
    "is",
    "has",
    "as",
    # verbs a year is the subject of: "as 2031 gives way to 2032"
    "gives",
    "brings",
    "begins",
    "ends",
    "comes",
    "sees",
    "seems",
    "looks",
    "promises",
)
#: Capitalised words that may stand right before a count without being a name.
NAME_OK_BEFORE = (
    frozenset(
        {
            "about",
            "around",
            "some",
            "nearly",
            "almost",
            "over",
            "under",
            "only",
            "just",
            "the",
            "and",
            "or",
            "but",
            "of",
            "in",
            "on",
            "at",
            "for",
            "with",
            "to",
            "by",
            "from",
            "i",
            "we",
            "they",
            "he",
            "she",
            "it",
            "you",
            "all",
            "another",
            "additional",
            "ages",
            "aged",
            "age",
            "scores",
            "top",
            "than",
            "least",
            "most",
            "estimated",
        }
    )
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
)
_OPENING_COUNT_TEXT = """as but with after before within between among each every both roughly exactly approximately
another only nearly if when while once since until than like so yet nor then now also still total overall
altogether just even fewer more less no up down per plus minus against despite without toward towards into
onto upon via year week day month hour minute page step anyone everyone someone anybody everybody somebody
whoever"""
#: Words that open a sentence before a count ("These 150 …", "After 12 …"): no name with a number.
OPENING_COUNT_WORDS = NAME_OK_BEFORE | CAPITALISED_FUNCTION_WORDS | frozenset(_OPENING_COUNT_TEXT.split())
#: Capitalised words before ", N," that are not a person: "In March, 12, ..." is no age.
NOT_NAMES = NAME_OK_BEFORE | frozenset(
    {
        "however",
        "meanwhile",
        "overall",
        "altogether",
        "additionally",
        "also",
        "still",
        "since",
        "instead",
        "today",
        "yesterday",
        "tonight",
        "now",
        "then",
        "so",
        "yet",
        "total",
        "until",
        "through",
        "year",
        "years",
        "week",
        "weeks",
        "day",
        "days",
        "page",
        "chapter",
        "section",
        "article",
        "vol",
        "last",
        "next",
        "this",
        "early",
        "late",
        "mid",
    }
)

# ---- places, roads and ids --------------------------------------------------------

#: Words after a number that make it a street block: "the 2200 block of Main Street".
BLOCK_WORDS = frozenset({"block", "blocks", "blk"})
#: The word that spells hundreds in a block number: "the 33-hundred block".
HUNDRED = "hundred"
#: Street suffixes of an address after a house number ("30 Porter Street", "1400 W. Elm Ave.").
STREET_SUFFIXES: tuple[str, ...] = (
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Av",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Drive",
    "Dr",
    "Lane",
    "Ln",
    "Way",
    "Place",
    "Pl",
    "Parkway",
    "Pkwy",
    "Terrace",
    "Ter",
    "Circle",
    "Cir",
    "Pike",
    "Trail",
    "Trl",
    "Square",
    "Sq",
    "Plaza",
    "Crossing",
    "Crossroads",
    "Loop",
    "Alley",
    "Expressway",
    "Freeway",
    "Turnpike",
)
#: Suffixes a street takes right after its number: "42 Street", "9 Avenue" ("St" is left out: "5 St. Louis").
NUMBERED_STREET_SUFFIXES: tuple[str, ...] = ("Street", "Avenue", "Ave", "Av", "Road", "Rd", "Boulevard", "Blvd")
#: Highway suffixes, and the words after them that make them an agency: "Highway Patrol".
HIGHWAY_SUFFIXES: tuple[str, ...] = ("Highway", "Hwy")
HIGHWAY_AGENCIES: tuple[str, ...] = ("Patrol", "Safety", "Department", "Dept")
#: Court suffixes, and the words before them that make them a court of law: "Supreme Court".
COURT_SUFFIXES: tuple[str, ...] = ("Court", "Ct")
LAW_COURTS: tuple[str, ...] = (
    "Supreme",
    "District",
    "Circuit",
    "Superior",
    "County",
    "Municipal",
    "Federal",
    "Appeals",
    "Family",
    "Juvenile",
    "Criminal",
    "High",
    "City",
)
#: Compass directions written out before a street name: "1400 West Elm Street".
COMPASS_WORDS: tuple[str, ...] = (
    "North",
    "South",
    "East",
    "West",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
)
#: Words naming a numbered thing before its number: the number is an id.
DESIGNATORS = frozenset(
    {
        "apartment",
        "apt",
        "suite",
        "ste",
        "room",
        "rm",
        "unit",
        "ext",
        "extension",
        "badge",
        "docket",
        "locker",
        "pier",
        "platform",
        "terminal",
        "precinct",
        "number",
        "#",
        "№",
    }
)
#: Road names before a route number ("Route 9", "Highway 61", "State Road 7"); only when
#: capitalised, since "the highway 20 miles north" is a distance.
ROADS = frozenset(
    {
        "route",
        "rt",
        "rte",
        "highway",
        "hwy",
        "interstate",
        "freeway",
        "expressway",
        "turnpike",
        "loop",
        "exit",
        "road",
        "sr",
        "cr",
        "fm",
        "us",
        "spur",
        "bypass",
    }
)
#: Road names in the plural before two or more route numbers: "routes 9 and 202", "Highways 61 and 7".
ROAD_PLURALS = frozenset({"routes", "highways", "interstates", "roads"})
#: Designators and roads written with a full stop: "Apt. 8", "Hwy. 61".
ABBREVIATED_DESIGNATORS = frozenset({"apt", "ste", "rm", "ext", "rt", "rte", "hwy", "sr", "cr", "fm"})
#: Road words a route number stands right before: "the 405 Freeway", "the 610 Loop".
ROAD_NUMBER_SUFFIXES: tuple[str, ...] = (
    "Freeway",
    "Expressway",
    "Turnpike",
    "Tollway",
    "Parkway",
    "Beltway",
    "Bypass",
    "Loop",
)
#: Words that follow a road number: "U.S. 41 near ...", "U.S. 1 north".
ROUTE_TAIL = frozenset(
    {
        "and",
        "near",
        "at",
        "in",
        "on",
        "north",
        "south",
        "east",
        "west",
        "northbound",
        "southbound",
        "eastbound",
        "westbound",
        "between",
        "from",
        "exit",
        "just",
        "where",
        "when",
        "after",
        "before",
        "about",
        "around",
        "remained",
        "was",
        "is",
    }
)
#: The country whose highways are numbered "U.S. 41", as tokens.
US_TOKENS: list[str] = ["U", ".", "S", "."]
#: Words before a year that make it a copyright line: "© 2017 WHAS-TV".
COPYRIGHT_WORDS: tuple[str, ...] = ("©", "copyright")

# ---- broadcasters and phones ------------------------------------------------------

#: "Channel 2", "News 4": a broadcaster's name, even at the start of a line.
BROADCAST_WORDS = frozenset({"channel", "news"})
#: Networks named with a channel number: "NBC 5".
NETWORKS: tuple[str, ...] = ("NBC", "CBS", "ABC", "FOX", "CW", "PBS", "NPR", "CNN", "ESPN", "TV")
#: Outlets named by one word with no outlet's word in it ("told Politico"): unlike a surname after "told"
#: ("Cook told Benioff"), the figure came to them.
_PRESS_NAMES_TEXT = """Axios Billboard Bustle Deadline Engadget Euronews Forbes Fortune Gizmodo Insider Mashable
Mediaite Newsday Newsmax Newsweek Patch Politico Quartz Salon Semafor Slate Variety Vice Vox Wired"""
PRESS_NAMES = frozenset(_PRESS_NAMES_TEXT.split())
#: A US call sign: "KHOU 11", "WAVE 3".
CALL_SIGN = r"[KW][A-Z]{2,3}"
#: The initials of a police, sheriff's or prosecutor's office, or of a state or federal agency, that speak
#: for a headline ("SAPD: ...", "JSO: ...", "DA: ..."); labels such as "UPDATE:" or "WATCH:" are none of them.
AGENCY_INITIALS = r"[A-Z]{0,4}(?:PD|SO|DA)|FBI|ATF|GBI|TBI|CHP|DPS|ISP|MSP|OHP"
#: Capitalised words that look like a call sign and are none.
NOT_STATIONS = frozenset(
    {
        "WHO",
        "WTO",
        "WWE",
        "WWI",
        "WWII",
        "KKK",
        "WHY",
        "WAS",
        "WAR",
        "WIN",
        "WON",
        "WAY",
        "WHAT",
        "WITH",
        "WILL",
        "WERE",
        "WEST",
        "KIDS",
        "KILL",
        "WEEK",
    }
)
#: The emergency number, and the words around it that say it is one: "called 911", "911 calls".
EMERGENCY_NUMBER = "911"
DIAL_WORDS = frozenset({"call", "called", "calling", "calls", "dial", "dialed", "dialled", "dialing", "to", "via"})
DIAL_NOUNS = frozenset(
    {
        "call",
        "calls",
        "caller",
        "callers",
        "dispatcher",
        "dispatchers",
        "dispatch",
        "operator",
        "operators",
        "center",
        "centre",
        "system",
        "recording",
        "recordings",
        "tape",
        "tapes",
    }
)

# ---- companies --------------------------------------------------------------------

#: Corporate suffixes of a company's name in a quote table: "THE HOME DEPOT INC.".
CORPORATE_SUFFIXES: tuple[str, ...] = (
    "INC",
    "CORP",
    "CO",
    "LTD",
    "PLC",
    "COMPANIES",
    "COMPANY",
    "HOLDINGS",
    "GROUP",
    "CORPORATION",
)

# ---- page furniture ---------------------------------------------------------------

#: Labels of a gallery or slide counter: "Image 108 of 111", "Photo 3/12".
#: Participles that open an aside between a speaker and the speech verb: "A police source, speaking on condition of
#: anonymity, said", "One neighbor, declining to give her name, said".
ASIDE_PARTICIPLES: tuple[str, ...] = ("speaking", "declining", "asking", "requesting", "wishing", "citing")
#: Words right before a local seven-digit phone number ("call 575-6200", "Crime Stoppers at 554-1111",
#: "can be reached at 648-1187"): with one of them, "NNN-NNNN" is a phone line and not a range.
PHONE_LEAD_WORDS: tuple[str, ...] = ("call", "calling", "dial", "at", "line", "number", "phone", "contact", "text")
COUNTER_LABELS: tuple[str, ...] = ("image", "photo", "picture", "slide", "page", "gallery", "video", "item")
#: Page controls after an unlabelled counter: "1 / 33 Back to Gallery".
PAGE_CONTROLS: tuple[str, ...] = (
    "Back",
    "Next",
    "Previous",
    "Prev",
    "Last",
    "First",
    "Skip",
    "Caption",
    "Close",
    "Expand",
    "Hide",
    "Show",
    "Premium",
    "Click",
    "Clicks",
    "Swipe",
    "Enlarge",
    "View",
    "See",
    "Share",
    "More",
)

# ---- phrases around a figure ------------------------------------------------------

#: Function words, speech verbs and time adverbs: a counted noun phrase stops at them.
NP_STOP_WORDS = frozenset(
    {
        # participles of speech open what someone says: "..., saying real pay had fallen 9%"
        "saying",
        "claiming",
        "insisting",
        "arguing",
        "noting",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "to",
        "into",
        "than",
        "as",
        "and",
        "or",
        "but",
        "who",
        "which",
        "that",
        "whom",
        "whose",
        "where",
        "when",
        "while",
        "were",
        "was",
        "is",
        "are",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "must",
        "do",
        "did",
        "does",
        "not",
        "no",
        "it",
        "its",
        "they",
        "them",
        "their",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "this",
        "these",
        "those",
        "said",
        "says",
        "say",
        "told",
        "according",
        "after",
        "before",
        "during",
        "since",
        "until",
        "about",
        "over",
        "under",
        "up",
        "down",
        "out",
        "off",
        "so",
        "if",
        "because",
        "per",
        "each",
        "every",
        "all",
        "both",
        "most",
        "more",
        "less",
        "also",
        "just",
        "only",
        "still",
        "then",
        "there",
        "here",
        "how",
        "what",
        "why",
        "a",
        "an",
        "the",
        "some",
        "any",
        "such",
        "including",
        "among",
        "like",
        "via",
        "across",
        "through",
        "between",
        "against",
        "near",
        "toward",
        "towards",
        "along",
        "alongside",
        "beside",
        "beneath",
        "behind",
        "beyond",
        "throughout",
        "amid",
        "within",
        "without",
        "around",
        "onto",
        "upon",
        "yet",
        "ago",
        "later",
        # prepositions and conjunctions of contrast or condition, which no noun phrase holds
        "despite",
        "unlike",
        "except",
        "although",
        "though",
        "unless",
        "whereas",
        "whether",
        # adverbs of a comparison the phrase stops before: "380 jobs rather than 450", "instead of"
        "rather",
        "instead",
    }
)
#: Articles, demonstratives and possessives before a noun.
DETERMINERS = frozenset(
    {"the", "a", "an", "these", "those", "their", "its", "his", "her", "our", "my", "your", "this", "that", "them"}
)
#: Auxiliaries, relative pronouns and adverbs that sit in a verb group.
AUXILIARIES = frozenset(
    {
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "been",
        "be",
        "being",
        "could",
        "would",
        "may",
        "might",
        "will",
        "can",
        "also",
        "reportedly",
        "allegedly",
        "not",
        "all",
        "already",
        "then",
        "still",
        "now",
        "who",
        "which",
        "that",
        "they",
    }
)
#: Words ending in -ed that are not past participles.
NOUNS_IN_ED = frozenset(
    {
        "red",
        "bed",
        "need",
        "speed",
        "seed",
        "feed",
        "hundred",
        "breed",
        "shed",
        "weed",
        "creed",
        "greed",
        "deed",
        "shred",
        "sled",
        "infrared",
        "led",
    }
)
#: Verbs of a change in value and the words between one and its figure: "revenue rose 3.5 percent".
CHANGE_WORDS = frozenset(
    {
        "rose",
        "rise",
        "rises",
        "fell",
        "fall",
        "falls",
        "grew",
        "grow",
        "grows",
        "increased",
        "decreased",
        "dropped",
        "declined",
        "jumped",
        "climbed",
        "slid",
        "slipped",
        "gained",
        "lost",
        "surged",
        "soared",
        "plunged",
        "tumbled",
        "sank",
        "was",
        "were",
        "is",
        "are",
        "up",
        "down",
        "off",
        "by",
        "to",
        "at",
        "totalled",
        "totaled",
        "reached",
        "hit",
        "be",
        "been",
        "will",
        "stood",
        "came",
        "in",
        "of",
        "ended",
        "closed",
        "traded",
        "around",
        "about",
        "too",
        "also",
        "now",
        "currently",
        "only",
        "just",
        "still",
        "so",
        "far",
        "roughly",
    }
)
#: Nouns of a change: "sales growth of 1.8 percent" is growth of sales.
GROWTH_NOUNS = frozenset(
    {
        "growth",
        "increase",
        "rise",
        "gain",
        "decline",
        "drop",
        "fall",
        "jump",
        "cut",
        "hike",
        "increases",
        "rises",
        "gains",
        "declines",
        "drops",
        "falls",
    }
)
#: A company's stock: its change is a change of the share price.
STOCK_WORDS = frozenset({"shares", "stock", "stocks", "share"})
#: Nouns of a kind: "several types of antibiotics" keeps what they are types of.
KIND_NOUNS = frozenset({"types", "kinds", "sorts", "varieties", "strains", "species", "forms", "brands"})
#: Indefinite pronouns, which count people: "anyone 12 and older".
INDEFINITE_PRONOUNS = frozenset(
    {"anyone", "everyone", "anybody", "everybody", "someone", "somebody", "those", "whoever"}
)
#: A dimension after a measure, as the noun it names: "six feet wide" measures a width.
DIMENSION_NOUNS = {"long": "length", "wide": "width", "high": "height", "tall": "height", "deep": "depth"} | {
    "thick": "thickness",
    "across": "width",
    "away": "distance",
    "apart": "distance",
    "distant": "distance",
}
#: Words between a verb and its measure: "shrunk to 5.5 inches", "go about 39 miles".
MEASURE_LEAD_WORDS = frozenset(
    {"to", "at", "by", "of", "for", "around", "about", "up", "nearly", "some", "just", "only", "over", "almost"}
    | {"roughly", "approximately", "more", "less", "than", "a", "an", "the", "another", "still", "even"}
)
#: Verbs and predicate adjectives before a measure that end without -ed: "shrunk to", "able to go".
MEASURE_VERBS = frozenset(
    {"shrunk", "shrank", "able", "go", "goes", "travel", "travels", "deliver", "delivers", "offer", "offers"}
    | {"provide", "provides", "produce", "produces", "make", "makes", "cover", "covers", "hold", "holds"}
    | {"carry", "carries", "store", "stores", "support", "supports", "output", "outputs", "generate", "generates"}
    | {"run", "get", "gets", "set", "be", "become", "becomes", "remain", "stay", "stays", "sit", "sits"}
)
#: Plural nouns without a plural -s.
PLURAL_HEADS = frozenset({"people", "men", "women", "children", "police", "staff", "personnel", "youth", "crew"})
#: Modal verbs.
MODALS = frozenset({"would", "will", "could", "may", "might", "should", "can", "must", "shall"})
#: Finite forms of "be" and "have": a word of the verb lists before one is a noun ("the cost was").
FINITE_BE_HAVE = frozenset({"is", "are", "was", "were", "has", "have", "had"})
#: Plain forms of the verbs of a change: "could reach $5 billion".
BASE_CHANGE_VERBS = frozenset(
    {"reach", "increase", "decrease", "drop", "decline", "jump", "climb", "top", "exceed", "surpass", "double"}
    | {"triple", "total", "grow", "rise", "fall", "hit", "cost", "gain", "lose", "shrink", "expand", "surge"}
    | {"soar", "plunge", "sink", "tumble", "slip", "slide", "cut", "slash", "trim", "halve"}
)
#: Words after an amount that say how it is counted, not what it is for: "start at $199 retail".
PRICE_BASIS_WORDS = frozenset({"retail", "wholesale", "net", "gross", "apiece", "each", "total", "overall", "upfront"})
#: Quotation marks around what an amount is for: "$300 million in “synergies”".
QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’", "'"})
#: Nouns of a period, which are no amount's purpose: "$5 billion in the quarter".
TIME_NOUNS = frozenset(
    {
        "quarter",
        "year",
        "month",
        "week",
        "period",
        "half",
        "day",
        "days",
        "years",
        "months",
        "weeks",
        "decade",
        "fall",
        "spring",
        "summer",
        "winter",
        "morning",
        "total",
    }
    # "$45 million in its opening weekend", "$2 million this season": periods of the other beats' calendars.
    | {"weekend", "weekends", "season", "seasons", "quarters", "decades", "night", "evening", "afternoon"}
)
#: Verbs without an -ed/-ing ending that follow a counted noun: "residents remain", "searchers found".
NP_VERB_BREAKS = frozenset(
    {
        "remain",
        "remains",
        "found",
        "came",
        "went",
        "sought",
        "took",
        "gave",
        "fled",
        "left",
        "lost",
        "won",
        "got",
        "saw",
        "made",
        "died",
        "held",
        "kept",
        "sent",
        "brought",
        "caught",
        "struck",
        "fell",
        "rose",
        "grew",
        "ran",
        "say",
        "says",
        "said",
        "told",
        "face",
        "faces",
        "live",
        "lives",
        "work",
        "works",
        "need",
        "needs",
        "want",
        "wants",
        "get",
        "gets",
        "go",
        "goes",
        "come",
        "comes",
        "stay",
        "stayed",
        "stays",
        "lay",
        "sat",
        "stood",
        "spent",
        "paid",
        "ate",
        "drove",
        "knew",
        "thought",
        "felt",
        "became",
        "become",
        "began",
        "begin",
        "appear",
        "appears",
        "seem",
        "seems",
        "include",
        "includes",
        "suffer",
        "suffers",
        "die",
        "dies",
        "seek",
        "stand",
        "stands",
        "show",
        "shows",
        "lined",
        "covered",
        "may",
        "can",
        "will",
        "did",
        "do",
        "does",
    }
    # What a surveyed group thinks or does, after the group: "40% of parents worry" ("sleep" is a noun as often).
    | {"worry", "worries", "believe", "believes", "think", "thinks", "oppose", "opposes", "agree", "agrees"}
    | {"disagree", "disagrees", "prefer", "prefers", "favour", "favor", "favours", "favors", "feel", "feels"}
    | {"struggle", "struggles", "sold", "built", "carries", "lack", "skip", "skips", "eat", "eats", "drink"}
)
#: Adverbs of the present: "around 20% now" is a time, not a noun.
NOW_WORDS = frozenset({"now", "currently", "today", "presently", "yesterday", "tonight"})
#: Adverbs that close a noun phrase: "copies worldwide", "$45 million domestically".
NP_ADVERBS = frozenset(
    {"worldwide", "nationwide", "statewide", "overseas", "abroad", "apiece", "each", "altogether", "combined"}
    | {"respectively", "online", "overall", "domestically", "globally", "internationally", "annually"}
)
#: Nouns ending in -ly.
LY_NOUNS = frozenset(
    {"family", "supply", "assembly", "rally", "ally", "anomaly", "monopoly", "butterfly", "belly", "reply", "fly"}
    | {"jelly", "lily", "bully", "daily", "weekly", "monthly", "quarterly", "melee", "italy", "july", "homily"}
)
#: Verbs without an -ed ending that sit between a noun phrase and its figure ("revenue rose 3%").
VERBS_BEFORE_FIGURE = frozenset(
    {"rose", "fell", "grew", "sees", "earned", "spent", "cost", "costs", "paid", "gave", "got", "hit", "reached"}
    # Verbs of measure between a thing and its amount: "the phone weighs 180 grams".
    | {"weighs", "weigh", "measures", "lasts", "last", "spans", "totals", "tops", "exceeds", "holds", "contains"}
    | {"stretches", "covers", "employs", "seats", "houses", "runs", "takes", "reaches", "hits", "nears", "sells"}
    | {"is", "are", "was", "were", "be", "been", "has", "have", "had", "stands", "stood", "remains", "remained"}
    | {"draws", "draw", "start", "starts", "begin", "begins", "range", "ranges", "climbs", "drops", "jumps"}
    | {"climb", "soar", "soars", "plunge", "plunges", "sink", "sinks", "tumble", "tumbles", "slide", "slides"}
)
#: Participles of an estimate or a price, in the passive, written in lower case (a capitalised "Set" is a
#: product's noun): "the damage is put at $3 million", "bail was set at $1 million".
ESTIMATE_PARTICIPLES = frozenset({"put", "set", "pegged", "fixed", "placed"})
#: Past tenses and participles that do not end in -ed, to their participle ("gave" -> "given");
#: an empty participle marks a word that is no verb form.
IRREGULAR_PAST: dict[str, str] = {
    "gave": "given",
    "given": "given",
    "took": "taken",
    "taken": "taken",
    "left": "left",
    "spent": "spent",
    "paid": "paid",
    "cost": "cost",
    "sent": "sent",
    "lent": "lent",
    "held": "held",
    "found": "found",
    "brought": "brought",
    "caught": "caught",
    "lost": "lost",
    "won": "won",
    "hit": "hit",
    "shot": "shot",
    "struck": "struck",
    "slain": "slain",
    "slew": "slain",
    "ate": "eaten",
    "eaten": "eaten",
    "saw": "seen",
    "seen": "seen",
    "sold": "sold",
    "built": "built",
    "drove": "driven",
    "driven": "driven",
    "threw": "thrown",
    "thrown": "thrown",
    "stole": "stolen",
    "stolen": "stolen",
    "beaten": "beaten",
    "bitten": "bitten",
    "kept": "kept",
    "put": "put",
    "cut": "cut",
    "shed": "shed",
    "sought": "sought",
    "fled": "fled",
    "came": "came",
    "went": "went",
    "met": "met",
    "hurt": "hurt",
    "shown": "shown",
    "made": "made",
    "stuck": "stuck",
    "swept": "swept",
    "fought": "fought",
    "died": "died",
    "dead": "dead",
    "missing": "missing",
    "ill": "ill",
    "sick": "sick",
    "born": "born",
    "bought": "bought",
    "drew": "drawn",
    "drawn": "drawn",
    "grew": "grown",
    "grown": "grown",
    "fell": "fallen",
    "fallen": "fallen",
    "rose": "risen",
    "risen": "risen",
    "won't": "",
    "lay": "lay",
    "flew": "flown",
    "flown": "flown",
    "overdosed": "overdosed",
}
#: -ing forms whose participle is not the stem plus -ed: "leaving" -> "left".
IRREGULAR_ING: dict[str, str] = {
    "leaving": "left",
    "taking": "taken",
    "giving": "given",
    "bringing": "brought",
    "holding": "held",
    "sending": "sent",
    "finding": "found",
    "spending": "spent",
    "paying": "paid",
    "seeing": "seen",
    "costing": "cost",
    "hitting": "hit",
    "shooting": "shot",
    "making": "made",
    "putting": "put",
    "cutting": "cut",
    "selling": "sold",
    "losing": "lost",
    "keeping": "kept",
    "catching": "caught",
    "dying": "died",
    "striking": "struck",
    "sweeping": "swept",
    "fighting": "fought",
    "buying": "bought",
}
#: Where an event's phrase stops: a new clause or another figure's verb.
EVENT_STOP_WORDS = frozenset(
    {
        "and",
        "or",
        "but",
        "while",
        "when",
        "which",
        "who",
        "that",
        "as",
        "because",
        "said",
        "says",
        "according",
        "officials",
        "police",
        "than",
        "although",
        "though",
        "where",
        "whose",
        "if",
        "so",
        "including",
        "told",
        "say",
    }
)
#: Words an event's phrase does not end on: prepositions, articles, possessives.
EVENT_TRIM_WORDS = frozenset(
    {
        "in",
        "on",
        "at",
        "by",
        "for",
        "of",
        "to",
        "the",
        "a",
        "an",
        "into",
        "from",
        "with",
        "after",
        "before",
        "during",
        "near",
        "this",
        "its",
        "their",
        "his",
        "her",
        "up",
        "about",
        "over",
        "since",
        "until",
        "than",
        "some",
        "all",
        "many",
    }
)
#: Auxiliaries proper: after one, a lower-case word is the verb ("were quarantined").
STRICT_AUXILIARIES = frozenset(
    {
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "been",
        "being",
        "be",
        "will",
        "would",
        "could",
        "may",
        "might",
        "can",
        "must",
        "should",
        "get",
        "got",
    }
)
#: Words between a figure's noun and its verb that carry no event: "were", "have been", "reportedly".
EVENT_AUXILIARIES = STRICT_AUXILIARIES | frozenset(
    {
        "all",
        "allegedly",
        "already",
        "also",
        "apparently",
        "became",
        "become",
        "believed",
        "both",
        "each",
        "eventually",
        "feared",
        "initially",
        "just",
        "later",
        "never",
        "not",
        "now",
        "officially",
        "previously",
        "reported",
        "reportedly",
        "said",
        "since",
        "still",
        "subsequently",
        "then",
        "thought",
        "to",
        "ultimately",
    }
)
#: Attribution and framing verbs, and nouns in -ing: not what happened to the counted thing.
NOT_EVENT_VERBS = frozenset(
    {
        "said",
        "says",
        "told",
        "tells",
        "estimated",
        "estimates",
        "believed",
        "reported",
        "aged",
        "according",
        "including",
        "excluding",
        "totalling",
        "totaling",
        "compared",
        "involving",
        "following",
        "regarding",
        "concerning",
        "during",
        "nothing",
        "something",
        "anything",
        "everything",
        "thing",
        "things",
        "morning",
        "evening",
        "building",
        "buildings",
        "meeting",
        "ceiling",
        "feeling",
        "string",
        "spring",
        "king",
        "ring",
        "bring",
        "sing",
        "wing",
        "swing",
        "sting",
    }
)
#: Change verbs: "the toll rose to 15" says how the tally moved, not what happened to the people.
CHANGE_VERBS = frozenset(
    {
        "rose",
        "risen",
        "rises",
        "rising",
        "climbed",
        "climbs",
        "jumped",
        "increased",
        "reached",
        "reaches",
        "hit",
        "hits",
        "totalled",
        "totaled",
        "stood",
        "stands",
        "grew",
        "fell",
        "dropped",
        "declined",
        "stand",
        "numbered",
        "topped",
        "passed",
        "surpassed",
        "exceeded",
        "doubled",
        "tripled",
    }
)
#: Verbs that report a move by an amount, in the forms of a report (not a forecast's plain form):
#: "rose 0.4% to 3.1%" gives the change, then the level reached.
MOVED_VERBS = frozenset(
    {"rose", "rises", "fell", "falls", "climbed", "climbs", "jumped", "jumps", "increased", "increases"}
    | {"decreased", "decreases", "dropped", "drops", "declined", "declines", "gained", "gains", "grew", "grows"}
    | {"slipped", "slips", "slid", "slides", "sank", "sinks", "surged", "surges", "soared", "soars"}
    | {"plunged", "plunges", "tumbled", "tumbles", "edged", "eased", "eases", "added", "adds", "shed", "sheds"}
    | {"up", "down"}
)
#: Verbs of changing an amount in their plain or -ing form, and past forms MOVED_VERBS lacks: "will raise the
#: price by $2 to $17.99".
CHANGE_VERBS_PLAIN = frozenset(
    {"raise", "raised", "raising", "rise", "rising", "cut", "cutting", "increase", "increasing", "reduce", "reduced"}
    | {"reducing", "lower", "lowered", "lowering", "lift", "lifted", "lifting", "boost", "boosted", "boosting"}
    | {"hike", "hiked", "hiking", "fall", "falling", "drop", "dropping", "grow", "growing", "decrease", "decreasing"}
)
#: Particles a phrasal verb keeps: "taken out", "wiped off".
PARTICLES = frozenset({"out", "up", "off", "down", "away"})
#: After a comma, words that open an aside about the counted people, closed by the next comma.
ASIDE_OPENERS = ("including", "among", "most", "some", "many", "mostly", "all", "aged", "both")
#: Time words that end a counted noun phrase after its first word ("people early Sunday"); "March" and
#: "May" are left out, as they are a verb or a modal as often as a month.
NP_TIME_BREAKS = (
    frozenset(WEEKDAYS)
    | frozenset(DAY_WORDS)
    | frozenset(MONTH_NAMES) - WEAK_MONTHS
    | {"early", "late", "last", "this", "next", "earlier", "ago", "morning", "afternoon", "evening", "alone", "now"}
)
#: Time and rate words an event's phrase stops at: "killed last week", "died each year" ("may" is a modal).
EVENT_TIME_STOPS = (
    frozenset(WEEKDAYS)
    | frozenset(DAY_WORDS)
    | frozenset(MONTH_NAMES) - {"may"}
    | {"last", "this", "earlier", "early", "late", "ago", "so", "far", "each", "every", "per", "daily"}
    | {"annually", "alone", "in total", "total"}
)
#: Words that stand for a figure of their own in an event's words: number words, plural scales, vague amounts.
NUMBER_TOKENS = NUMBER_WORDS | {"dozens", "hundreds", "thousands", "several", "half"}
#: Words of spending before a figure, which make "pounds" money and not weight: "spent 40,000 pounds".
#: Not "lost" or "sold" ("lost 20 pounds", "sold 50 pounds of cannabis").
SPENDING_WORDS = frozenset(
    {
        "spent",
        "spend",
        "spends",
        "spending",
        "paid",
        "pay",
        "pays",
        "paying",
        "cost",
        "costs",
        "costing",
        "worth",
        "raised",
        "raise",
        "raising",
        "fined",
        "fine",
        "budget",
        "donated",
        "invested",
        "owed",
        "owes",
        "awarded",
        "earned",
        "earns",
        "earning",
        "salary",
        "compensation",
        "charged",
        "bill",
        "funding",
    }
)
#: Verbs that pay or owe an amount to someone: "paid a Minnesota ad agency $449,000".
MONEY_VERBS = frozenset(
    {
        "paid",
        "pays",
        "pay",
        "gave",
        "gives",
        "give",
        "cost",
        "costs",
        "charged",
        "awarded",
        "granted",
        "offered",
        "owes",
        "owed",
        "lent",
        "sent",
    }
)
#: Event auxiliaries only after an auxiliary ("were reported killed", "are believed to have died"); alone
#: they may be the verb.
AUXILIARIES_AFTER_AUXILIARY = frozenset({"to", "said", "reported", "believed", "thought"})
#: Past tenses an event's phrase writes as their participle: "gave" -> "given".
PAST_TO_PARTICIPLE = frozenset({"gave", "took", "ate", "drove", "threw", "stole", "saw", "slew", "drew", "flew"})
#: Prepositions before a place or a time, which have fields of their own: "on Thursday", "in Leeds".
PLACE_TIME_PREPOSITIONS = frozenset({"on", "in", "at", "near", "since", "during", "outside", "inside"})
#: Words between a verb and the figure it governs: "killed at least 12", "freed another three".
EVENT_LEAD_WORDS = frozenset({"a", "an", "the", "another", "some", "of", "total", "at", "least", "than", "more"})
#: Verbs of an outcome that take "in" or "to" before a figure: "resulted in 12 deaths".
RESULT_VERBS = frozenset({"resulted", "led", "ended", "amounted"})
#: Words between an agent and its active verb: "the army has reportedly freed".
BEFORE_ACTIVE_VERB = frozenset({"has", "have", "had", "also", "then", "reportedly", "ultimately", "later"})

# ---- attribution -----------------------------------------------------------------

#: Verbs that attribute a figure to a source, in the order a regex built from them tries them ("says"
#: before "say"). A promise is a claim about the future: "the studio promised 40 new titles".
SPEECH_VERBS: tuple[str, ...] = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "claimed",
    "claims",
    "claim",
    "estimated",
    "estimates",
    "estimate",
    "reported",
    "reports",
    "report",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "stated",
    "states",
    "added",
    "adds",
    "wrote",
    "writes",
    "noted",
    "notes",
    "explained",
    "revealed",
    "reveals",
    "warned",
    "warns",
    "warn",
    "posted",
    "published",
    "tweeted",
    "predicted",
    "predict",
    "predicts",
    "expects",
    "expect",
    "expected",
    "believes",
    "believe",
    "believed",
    "fears",
    "fear",
    "feared",
    "calculated",
    "counted",
    "recorded",
    "showed",
    "shows",
    "found",
    "sees",
    "see",
    "forecast",
    "forecasts",
    "projected",
    "projects",
    "suspect",
    "suspects",
    "admitted",
    "acknowledged",
    "insisted",
    "argued",
    "concluded",
    "disclosed",
    "reporting",
    "promised",
    "promises",
    "pledged",
    "pledges",
    "vowed",
    "vows",
    "alleged",
    "alleges",
    "allege",
)
#: Speech verbs whose attribution is itself a hedge (GUIDE 14: attributed and hedged is "possible").
HEDGE_VERBS = frozenset(
    {
        "estimated",
        "estimates",
        "estimate",
        "predicted",
        "predict",
        "predicts",
        "expects",
        "expect",
        "expected",
        "believes",
        "believe",
        "believed",
        "fears",
        "fear",
        "feared",
        "sees",
        "see",
        "forecast",
        "forecasts",
        "projected",
        "projects",
        "suspect",
        "suspects",
        "promised",
        "promises",
        "pledged",
        "pledges",
        "vowed",
        "vows",
    }
)
#: Hedges of belief ("police believe"): they doubt a figure only when it opens what is believed.
BELIEF_VERBS: tuple[str, ...] = (
    "believed",
    "believes",
    "believe",
    "suspected",
    "suspects",
    "suspect",
    "thought",
    "feared",
)
#: Conjunctions before a speech verb's subject that make its clause a subordinate one ("though police said").
SUBORDINATORS = frozenset({"though", "although", "while", "whereas", "but", "as", "because", "and"})
#: Words that cannot be a source on their own.
#: The capital letters a name may open on, as a character-class body: ASCII, Latin-1 and Latin Extended-A.
UPPER_LETTERS = "A-ZÀ-ÖØ-ÞĀ-Ž"
NOT_SOURCES = frozenset(
    {
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "there",
        "which",
        "who",
        "what",
        "one",
        "the",
        "a",
        "an",
        "some",
        "many",
        "others",
        "both",
        "all",
        "footage",
        "video",
        "study",
        "the footage",
        "data",
        "results",
        "the results",
        "the study",
        "analysis",
        "and",
        "but",
        "also",
        "as",
        "in",
        "on",
        "at",
        "for",
        "media",
        "the media",
        "the public",
        "public",
    }
)
#: People and bodies a lower-case subject must name to be a source ("the unions said"), as regex
#: alternatives ("officials?", "organi[sz]ation"); of other beats too ("organizers", "the studio"), and the
#: writers of a paper, the lawyers of a case, the makers of a product.
SOURCE_NOUNS: tuple[str, ...] = (
    # what is posted online: "some online forums have claimed"
    "forums?",
    "websites?",
    "bloggers?",
    "officials?",
    "police",
    "researchers",
    "scientists",
    "unions?",
    "locals?",
    "analysts?",
    "commission",
    "ministry",
    "department",
    "authorities",
    "experts",
    "groups?",
    "sources?",
    "spokes(?:man|woman|person)",
    "agency",
    "office",
    "bosses",
    "government",
    "team",
    "doctors",
    "company",
    "management",
    "residents",
    "witnesses",
    "officers?",
    "troopers",
    "firefighters",
    "paramedics",
    "hospital",
    "coroner",
    "examiner",
    "sheriff",
    "council",
    "board",
    "service",
    "services",
    "newspaper",
    "outlet",
    "channel",
    "investigators",
    "prosecutors",
    "spokesperson",
    "administration",
    "military",
    "army",
    "navy",
    r"air\s+force",
    r"coast\s?guard",
    "statistics",
    "bureau",
    "institute",
    "organi[sz]ation",
    "association",
    "federation",
    "committee",
    "court",
    "observatory",
    "survey",
    "poll",
    "investigator",
    "detectives?",
    "deputies",
    "deputy",
    "neighbou?rs",
    "relatives",
    "rescuers",
    "medics",
    "chief",
    "mayor",
    "governor",
    "minister",
    "coroners?",
    "marshals?",
    "prosecutor",
    "organi[sz]ers",
    "activists",
    "protesters",
    "campaigners",
    "advocates",
    "staff",
    "employees",
    "workers",
    "lawmakers",
    "legislators",
    "aides",
    "advis[eo]rs",
    "executives",
    "economists",
    "critics",
    "supporters",
    "opponents",
    "leaders",
    "insiders",
    "diplomats",
    "negotiators",
    "observers",
    "monitors",
    "representatives",
    "spokespeople",
    "journalists",
    "reporters",
    "editors",
    "developers",
    "engineers",
    "regulators",
    "auditors?",
    "inspectors?",
    "watchdog",
    "studio",
    "network",
    "firm",
    "bank",
    "charity",
    "campaign",
    "party",
    "senator",
    "lawmaker",
    "researcher",
    "scientist",
    "economist",
    "analyst",
    "executive",
    "official",
    "authors",
    "co-authors",
    "attorneys?",
    "lawyers?",
    "counsel",
    "judges?",
    "physicians",
    "nurses",
    "teachers",
    "parents",
    "families",
    "owners?",
    "operators?",
    "manufacturers?",
    "makers?",
    "retailers?",
    "carriers?",
    "airlines?",
    "producers?",
    "suppliers?",
    "distributors?",
    "insurers?",
    "lenders?",
    "brokers?",
    "traders?",
    "investors?",
    "forecasters?",
    "pollsters?",
)
#: Who tells officers what they then report, as the agent of a passive: "were told by witnesses that", "were
#: advised by a local hospital that". Bodies that speak for themselves (SOURCE_NOUNS) are tellers too.
TELLER_NOUNS: tuple[str, ...] = (
    *SOURCE_NOUNS,
    "hospital",
    "hospital staff",
    "staff",
    "witness",
    "witnesses",
    "dispatcher",
    "dispatchers",
    "doctors",
    "victim",
    "victims",
    "relatives",
    "neighbors",
)
#: Pronouns and relatives that open a subject which names nobody.
PRONOUN_SUBJECTS = frozenset(
    {"it", "he", "she", "they", "we", "i", "you", "this", "that", "there", "these", "those", "which", "who"}
)
#: Words before "study" that say nothing of whose it is: "one small, 2-month study", "a recent poll".
GENERIC_STUDY_ADJECTIVES = frozenset(
    {"small", "large", "big", "new", "recent", "latest", "earlier", "previous", "separate", "similar", "further"}
    | {"first", "second", "third", "preliminary", "major", "landmark", "short", "long", "older", "newer", "same"}
)

# ---- speakers (attribution) ---------------------------------------------------------

#: Police titles written in lower case before a speaker's name (", detective Jo Roe said"), beyond
#: the general job titles of the attribution rules.
SPEAKER_TITLES: tuple[str, ...] = ("detective", "deputy", "sheriff", "trooper", "investigator", "patrolman")
#: Titles that a report names a speaker by, then refers back to alone ("Police Chief Jo Roe said ...";
#: later "the chief added ..."), with the short forms written before a name.
#: Nouns a body is called by after it was named ("Halden Logistics ... the carrier said"), and the
#: nouns that may have introduced it: "the company" is any firm the article named as a maker, a
#: carrier or a retailer; "the club" only a club.
BODY_DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "company": (
        "company",
        "firm",
        "maker",
        "chipmaker",
        "carmaker",
        "automaker",
        "manufacturer",
        "carrier",
        "airline",
        "retailer",
        "startup",
        "group",
        "insurer",
        "lender",
        "bank",
        "developer",
        "publisher",
        "studio",
        "brand",
        "operator",
        "supermarket",
        "conglomerate",
        "provider",
        "service",
        "platform",
        "giant",
    ),
    "firm": ("firm", "company"),
    "carrier": ("carrier", "airline"),
    "airline": ("airline", "carrier"),
    "retailer": ("retailer", "supermarket", "grocer", "chain"),
    "club": ("club", "side"),
    "agency": ("agency", "service", "office"),
    "broadcaster": ("broadcaster", "network", "channel"),
    "studio": ("studio",),
    "bank": ("bank", "lender"),
    "lender": ("lender", "bank"),
    "insurer": ("insurer",),
    "group": ("group",),
    "chain": ("chain", "retailer"),
    "startup": ("startup", "company"),
    "maker": ("maker", "manufacturer"),
    "network": ("network", "broadcaster"),
    "regulator": ("regulator", "watchdog"),
    "watchdog": ("watchdog", "regulator"),
    "charity": ("charity",),
    "union": ("union",),
}
#: Head nouns of a lower-case description a body's name follows: ", the energy regulator Powercheck
#: said", ", the operator Greenway Rail said", "the national weather service Skyvane".
BODY_DESCRIPTION_NOUNS: tuple[str, ...] = tuple(
    sorted(
        {noun for nouns in BODY_DESCRIPTORS.values() for noun in nouns}
        | {"operator", "regulator", "service", "agency", "board", "commission", "institute", "authority"}
        | {"ministry", "department", "bureau", "observatory", "tracker", "outlet", "newspaper", "website"}
        | {"platform", "association", "organisation", "organization", "foundation", "watchdog", "firm"}
        | {"utility", "drugmaker", "producer", "supplier", "miner", "distributor", "exchange", "council"}
    )
)
ANAPHORIC_TITLES: dict[str, tuple[str, ...]] = {
    "chief": ("chief",),
    "sheriff": ("sheriff",),
    "lieutenant": ("lieutenant", "lt"),
    "sergeant": ("sergeant", "sgt"),
    "captain": ("captain", "capt", "cpt"),
    "detective": ("detective", "det"),
    "commander": ("commander", "cmdr"),
    "coroner": ("coroner",),
    "mayor": ("mayor",),
    "prosecutor": ("prosecutor",),
    "spokesman": ("spokesman",),
    "spokeswoman": ("spokeswoman",),
    "spokesperson": ("spokesperson",),
}

#: What a suspect or court is said to deny, which is no denial of a reported figure:
#: "denied any involvement", "was denied bail".
DENIED_NON_CLAIMS: tuple[str, ...] = (
    "any",
    "involvement",
    "wrongdoing",
    "guilt",
    "responsibility",
    "bail",
    "bond",
    "parole",
    "entry",
    "access",
    "knowing",
)
#: Words that open a clause of its own: an adverb frame ("reportedly", "allegedly") on the far side
#: of one is about that clause's act ("after someone reportedly opened fire"), not the figure.
CLAUSE_OPENERS: tuple[str, ...] = (
    "after",
    "before",
    "when",
    "while",
    "because",
    "since",
    "as",
    "until",
    "for",
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "if",
    "though",
    "although",
)

#: People and papers of a crime report who speak for a figure in lower case ("a neighbor said",
#: "the lieutenant said", "the release stated"), beyond the bodies and groups of the attribution rules.
SPEAKER_NOUNS: tuple[str, ...] = (
    "neighbor",
    "neighbour",
    "witness",
    "witnesses",
    "resident",
    "lieutenant",
    "sergeant",
    "captain",
    "commander",
    "dispatcher",
    "dispatchers",
    "cops",
    "media",
    "release",
    "statement",
    "documents",
    "records",
    "affidavit",
    "complaint",
    "indictment",
    "papers",
    "filings",
    "warrant",
    "caller",
    "eyewitness",
    "passenger",
    "bystander",
    "manager",
    "relative",
    "mother",
    "father",
    "sister",
    "brother",
    "aunt",
    "uncle",
    "cousin",
    "grandmother",
    "grandfather",
    "friend",
    # People named by what they are to the story or to a victim ('," said the woman', "a Elm Park man says").
    "woman",
    "man",
    "wife",
    "husband",
    "son",
    "daughter",
    "niece",
    "nephew",
    "grandson",
    "granddaughter",
    "girlfriend",
    "boyfriend",
    "homeowner",
    "survivor",
    "pastor",
)


# ---- attribution audit on other beats (issue 13) -----------------------------------------
# Tables added from a blind audit of source and modality on tech, business, politics and
# entertainment pages; each one is a pattern of language, tested on sentences of our own.

#: Verbs of a speech tag after or before a quotation: '," she said', '," he added, "', "she recalled.".
QUOTE_TAG_VERBS: tuple[str, ...] = (
    "said",
    "says",
    "added",
    "adds",
    "explained",
    "noted",
    "wrote",
    "writes",
    "recalled",
    "continued",
    "told\\s+\\S+",
)
#: Verbs that tag a quotation only right after it closes ('"It took us 30 minutes," she recalled'); elsewhere
#: they tell no account ("recalled 400 cars", "described the 12 rooms").
QUOTE_CLOSING_VERBS: tuple[str, ...] = (
    "recalled",
    "recounted",
    "described",
    "joked",
    "quipped",
    "replied",
    "responded",
    "remarked",
    "observed",
    "conceded",
    "cautioned",
    "stressed",
    "continued",
)
#: What a subject spoke in, between it and its verb: "Acme in a statement said", "Jo Roe in an interview said".
SAID_IN_MEDIA: tuple[str, ...] = (
    "statement",
    "release",
    "filing",
    "interview",
    "letter",
    "tweet",
    "post",
    "email",
    "e-mail",
    "memo",
    "note",
    "report",
    "speech",
)
#: Speech verbs whose object is what was said, never a thing counted: a bare count right after one opens the
#: reported clause ("the company said 25,000 had walked out"), and the noun before the verb is who spoke.
CLAUSE_SPEECH_VERBS: tuple[str, ...] = (
    *("said", "says", "say", "told", "tells", "claimed", "claims", "claim", "stated", "states"),
    *("added", "adds", "explained", "warned", "warns", "believes", "believe", "believed"),
    *("insisted", "argued", "admitted", "acknowledged", "alleged", "alleges"),
)
#: Verbs that report speech only before a "that" clause: "prosecutors asserted that 12 checks were skipped",
#: not "the firm maintains 40 stores".
SPEECH_VERBS_BEFORE_THAT: tuple[str, ...] = (
    "asserted",
    "asserts",
    "assert",
    "contended",
    "contends",
    "contend",
    "maintained",
    "maintains",
    "maintain",
    "testified",
    "testifies",
    "argues",
    "argue",
    "insists",
    "insist",
    "acknowledges",
    "acknowledge",
    "admits",
    "admit",
    "learned",
    "learns",
    "cautioned",
    "cautions",
    "caution",
    "complained",
    "complains",
    "boasted",
    "boasts",
    "recalled",
    "recalls",
)
#: Bodies of business, sport and public life that speak as "the carmaker said", "the airline, which ..., says".
BUSINESS_BODY_NOUNS: tuple[str, ...] = (
    "automaker",
    "carmaker",
    "plane-?maker",
    "chipmaker",
    "manufacturer",
    "firm",
    "retailer",
    "airline",
    "carrier",
    "bank",
    "lender",
    "insurer",
    "startup",
    "studio",
    "label",
    "broadcaster",
    "publisher",
    "utility",
    "charity",
    "university",
    "club",
    "league",
    # Bodies of other beats that speak in the singular: "the clinic said", "the airport said", "the regulator found".
    "clinic",
    "airport",
    "regulator",
    "school",
    "museum",
    # "gallery" is left out: "Gallery: Photos: ..." labels page furniture, and reads as a speaker's colon.
    "festival",
    "railway",
    # Institutions that issue statements in their own name: "the district said", "the tournament said".
    "district",
    "college",
    "trust",
    "foundation",
    "think[ -]tank",
    "tournament",
    "zoo",
    "prison",
    "jail",
    "diocese",
    "embassy",
    "consulate",
    "parliament",
    "senate",
    "congress",
    "cabinet",
    "coalition",
    "alliance",
    "magazine",
    "website",
    "exchange",
    "provider",
    "developer",
    "nonprofit",
    "inquiry",
    "forecasters",
    "meteorologists",
)
SOURCE_NOUNS = SOURCE_NOUNS + BUSINESS_BODY_NOUNS
#: Words that call a claim false, beside "false", "fake" and "untrue"; like them, before a noun they name
#: a kind ("inaccurate readings") and deny nothing.
FALSE_WORDS: tuple[str, ...] = ("unsubstantiated", "unfounded", "inaccurate", "incorrect")


# ---- counted audit on other beats (issue 13) ---------------------------------------------
# Tables added from an audit of the counted field on business, tech, health, science and sports
# pages; each one is a pattern of language, tested on sentences of our own.

#: Participles of a change that do not end in -ed, between a noun and its figure: "shares have fallen 30%".
CHANGE_PARTICIPLES = frozenset({"fallen", "risen", "grown", "shrunk", "sunk", "slid", "swung", "gone"})
#: Verbs of a valuation before "at": "the startup was valued at $2 billion" is the startup's value.
VALUATION_VERBS = frozenset({"valued", "priced", "pegged", "set", "fixed", "capped", "estimated", "assessed"})
#: Nouns of a change in a value, beside ``GROWTH_NOUNS``: "a 20% surge in orders", "an 8% dip".
CHANGE_NOUNS = GROWTH_NOUNS | frozenset(
    {"decrease", "decreases", "reduction", "reductions", "surge", "slump", "dip", "spike", "boost", "climb", "plunge"}
)
#: Verbs of a sale or an offer, whose object is what an amount after "for" pays for: "bought the building for
#: $50 million", "offers its basic plan in the US for $9".
PURCHASE_VERBS = frozenset(
    {"bought", "buy", "buys", "buying", "acquired", "acquire", "acquires", "acquiring", "purchased", "purchase"}
    | {"purchases", "purchasing", "sold", "sell", "sells", "selling", "leased", "lease", "leases", "leasing"}
    | {"offer", "offers", "offered", "offering"}
)
#: Prepositions that open a modifier of the noun before them: "the phone with a folding screen", "a ticket to
#: the show", "investors in the fund".
MODIFIER_PREPOSITIONS = frozenset(
    {"with", "without", "behind", "to", "of", "at", "from", "for", "in", "on", "about", "like", "including", "among"}
)
#: Nouns ending in -ing, which end a noun phrase as its head and are no verb: "a 92% rating", "the approval rating
#: of the president", "$2 billion in new funding".
ING_NOUNS = frozenset(
    {"rating", "ratings", "funding", "spending", "financing", "pricing", "housing", "building", "buildings"}
    | {"meeting", "meetings", "hearing", "hearings", "ranking", "rankings", "listing", "listings", "offering"}
    | {"opening", "savings", "training", "warning", "warnings", "filing", "filings", "ruling", "booking"}
    | {"bookings", "recording", "recordings", "screening", "screenings", "polling", "setting", "settings"}
    | {"landing", "ending", "briefing", "clothing", "marketing", "advertising", "lending", "borrowing"}
    | {"earnings", "holdings", "proceedings", "findings", "readings", "shipping", "streaming", "gaming"}
    | {"computing", "manufacturing", "packaging", "seating", "parking", "lighting", "heating"}
    | {"dwelling", "dwellings", "wedding", "weddings", "ceiling", "ceilings", "painting", "paintings"}
    | {"crossing", "crossings", "sibling", "siblings"}
)


# ---- attribution audit on shooting reports (issue 13, GVC) -------------------------------
# Tables added from a blind audit of source and modality on GVC train articles that no gold covers;
# each one is a pattern of language, tested on sentences of our own.

#: Papers of a case that speak for a figure with a verb of their own: "police records show", "court documents
#: indicate that ...". Only after these nouns is "show" speech ("officers show up" is not).
DOCUMENT_NOUNS: tuple[str, ...] = ("records", "documents", "papers", "filings", "affidavits", "reports")
#: Verbs that report what a paper says, beside the speech verbs ("records shows" is not English).
DOCUMENT_VERBS: tuple[str, ...] = ("show", "indicate", "indicated", "indicates")
#: Words before "reports" or "media" that name no one: "according to early news reports" is an account from no
#: one named (GUIDE 14: reported, source null), as "reports say" is.
UNNAMED_REPORT_WORDS: tuple[str, ...] = (
    "early",
    "initial",
    "preliminary",
    "first",
    "unconfirmed",
    "media",
    "news",
    "local",
    "published",
    "press",
    "multiple",
    "several",
    "some",
    "conflicting",
)
#: Verbs that introduce a statement quoted after a colon: "Senator Jo Roe released the following statement:".
STATEMENT_VERBS: tuple[str, ...] = ("released", "issued", "provided", "sent", "posted", "shared", "gave", "made")

# ---- counted audit 4 (issue 13) -------------------------------------------------------------

#: Verbs that change their object by an amount: "the drug cut hospitalizations by 70%", "the city raised
#: fares by $1". The object, not the subject, is what changed.
OBJECT_CHANGE_VERBS = frozenset(
    {"cut", "cuts", "cutting", "reduced", "reduce", "reduces", "reducing", "lowered", "lower", "lowers"}
    | {"raised", "raise", "raises", "raising", "increased", "increase", "increases", "boosted", "boost", "boosts"}
    | {"slashed", "slash", "slashes", "trimmed", "trim", "trims", "lifted", "lift", "lifts", "hiked", "hike"}
    | {"hikes", "decreased", "decrease", "decreases", "expanded", "expand", "expands", "shrank", "shrink"}
)
#: Who forecasts a figure before it is reported: "the 170,000 economists had forecast", "analysts'
#: estimates of $2 billion". Their figure is an expectation of the quantity the sentence reports.
FORECASTERS: tuple[str, ...] = (
    "analysts",
    "economists",
    "forecasters",
    "experts",
    "investors",
    "traders",
    "markets",
    "the market",
    "wall street",
    "pollsters",
    "observers",
)
#: What forecasters say a figure would be: "had expected", "forecast", "pencilled in".
FORECASTING_VERBS: tuple[str, ...] = (
    "forecast",
    "forecasted",
    "expected",
    "predicted",
    "projected",
    "estimated",
    "anticipated",
    "pencilled in",
    "penciled in",
)
#: The nouns of a forecast: "analysts' forecasts of", "the consensus estimate of".
FORECAST_NOUNS: tuple[str, ...] = (
    "forecasts?",
    "expectations?",
    "estimates?",
    "predictions?",
    "projections?",
    "consensus(?:\\s+estimate)?",
)
#: Verbs that cost or save someone an amount: "the delay cost the airline $40 million". The amount is the
#: subject's, not the person's it falls on.
COST_TO_VERBS = frozenset({"cost", "costs", "costing", "saved", "save", "saves", "saving"})
#: Compass directions after a distance: "a hospital 185 miles northwest of the capital" measures how far
#: the hospital is, not a "northwest".
COMPASS_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west", "northward", "southward", "eastward", "westward"}
)

# ---- counted on other beats 5 -------------------------------------------------------------------

#: Verbs of a result whose bare count, in a record form ("won 9 of 11", "lost five straight", "won three in a
#: row"), counts games: the sports pages leave the noun out.
RESULT_VERBS = frozenset(
    {"won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "drew", "draw", "draws", "tied", "dropped"}
)
#: Verbs after which a count that ends its clause has left its noun out, when a figure before it in the
#: sentence had one: "Smith added 19 points and Jones had 12", "Roe is charged with five counts; Lee with three".
ELLIPSIS_VERBS = frozenset(
    {"had", "has", "have", "added", "adds", "scored", "scores", "got", "gets", "made", "makes", "posted"}
    | {"recorded", "records", "faces", "faced", "with"}
)
#: Nouns of a payment that name what an amount is, before "of" and the amount: "a fee of €40 million", "a pay
#: rise of ₹8,000", "a bonus of $5,000 for the win" (a budget or a grant is named by what it is for instead).
PAYMENT_NOUNS = frozenset(
    {"fee", "fees", "bonus", "bonuses", "fine", "fines", "salary", "wage", "wages", "rise", "raise", "payout"}
    | {"settlement", "ransom", "reward", "pension", "allowance", "bail", "deposit", "stipend", "refund", "premium"}
    | {"compensation", "damages", "penalty", "severance", "royalty", "royalties", "tip", "loan", "bond", "levy"}
    | {"value", "valuation"}  # "a street value of £3m": what the goods are worth, wherever they were found
)
#: Verbs of an amount's purpose after "to": "spent $2 million to build a bridge" is an amount for the bridge.
#: (Any verb with an article after it reads the same: "to design the campaign".)
PURPOSE_VERBS = frozenset(
    {"build", "fund", "finance", "buy", "hire", "repair", "design", "cover", "expand", "upgrade", "support"}
    | {"settle", "develop", "improve", "renovate", "replace", "acquire", "purchase", "create", "launch", "promote"}
    | {"train", "protect", "restore", "rebuild", "modernize", "boost", "study", "research", "fix", "combat"}
)
#: Verbs of a forecast or a report that open the amount's noun phrase, and end it read backwards: "the retailer
#: expects sales growth of 1.8%" is growth of sales, not of "expects sales".
FORECAST_VERBS = frozenset(
    {"expects", "expect", "forecast", "forecasts", "projects", "project", "predicts", "predict", "sees", "see"}
    | {"estimates", "targets", "anticipates", "reports", "posts", "announces", "plans", "wants", "needs", "seeks"}
)
#: Nouns of a person's role on the other beats, which an age written as a noun ("the 23-year-old") refers
#: back to: "A farmer who found a meteorite ... The 61-year-old said ...".
PERSON_ROLE_NOUNS = frozenset(
    {"hunter", "actor", "actress", "singer", "rapper", "musician", "player", "striker", "midfielder", "defender"}
    | {"goalkeeper", "keeper", "quarterback", "pitcher", "coach", "manager", "boss", "captain", "athlete"}
    | {"champion", "executive", "founder", "president", "senator", "governor", "mayor", "minister", "lawmaker"}
    | {"candidate", "politician", "doctor", "nurse", "patient", "farmer", "worker", "teacher", "pilot", "soldier"}
    | {"author", "writer", "director", "entrepreneur", "billionaire", "businessman", "businesswoman", "hiker"}
    | {"winger", "batsman", "bowler", "jockey", "cyclist", "golfer", "boxer", "sprinter", "swimmer", "linebacker"}
)
#: What runs on a battery, so that the time it lasts is its battery life: "the phone lasted 19 hours".
BATTERY_DEVICE_NOUNS: tuple[str, ...] = (
    *("battery", "phone", "smartphone", "handset", "laptop", "notebook", "tablet", "earbuds", "headphones"),
    *("watch", "smartwatch", "e-reader", "machine", "device"),
)
#: Verbs of such a device lasting: "lasts", "managed", "ran for".
DEVICE_LASTING_VERBS: tuple[str, ...] = (
    *("last", "lasts", "lasted", "managed", "manages", "run", "runs", "ran", "went", "goes", "kept going"),
)
#: People a bare age bound may follow: "people over 75", "children under 10", "patients over 70".
AGED_PEOPLE_NOUNS = (PERSON_PART_NOUNS - {"officers", "deputies"}) | {
    *("people", "anyone", "those", "everyone", "patients", "residents", "drivers", "voters", "workers"),
    *("pupils", "kids", "customers", "passengers"),
}
#: People who speak for the body they work at: "researchers at the Elm Institute said" is the institute's account.
MEMBER_NOUNS = frozenset(
    {"researchers", "scientists", "officials", "analysts", "economists", "experts", "engineers", "academics"}
)
#: Spans a rate of a measure is given per: "barrels a day", "tonnes per week".
RATE_SPANS = frozenset({"day", "week", "month", "year", "hour", "night"})
#: Spans "a" / "an" counts as one of after a bound: "more than an hour", "under a week", "roughly a year".
ONE_SPAN_UNITS = frozenset({"hour", "minute", "day", "week", "month", "year", "decade"})
#: The last word of a bound or hedge before such a span.
#: Not "within": "within a month" is more often a deadline or a window than a length anyone measured.
SPAN_BOUND_WORDS = frozenset(
    {"than", "roughly", "about", "around", "nearly", "almost", "over", "under", "approximately"}
)
#: Verbs of a result won by a margin: "won by 31 seconds", "beat her by two metres".
WINNING_VERBS: tuple[str, ...] = ("won", "wins", "win", "winning", "beat", "beats", "edged", "edges", "clinched")
#: Verbs of a lead held by a margin: "leads the standings by 38 seconds".
LEADING_VERBS: tuple[str, ...] = ("lead", "leads", "led", "leading")
#: Roles that say what a person is to someone else: the name after one ("her mother, Ann Lee") is a relative's,
#: not the name of whom the story goes on about.
RELATION_ROLE_NOUNS = frozenset(
    {"husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "boyfriend", "girlfriend"}
    | {"niece", "nephew", "cousin", "friend", "aunt", "uncle", "grandmother", "grandfather", "grandson"}
    | {"granddaughter", "neighbor", "neighbour", "classmate", "relative", "partner", "stepfather", "stepmother"}
)
#: Verbs whose subject is what a duration measures, so the activity is not the verb's: "the strike continued
#: for six weeks" measures the strike, "the show ran for ten years" the show.
LASTING_VERBS = frozenset(
    {"last", "lasts", "lasted", "continue", "continues", "continued", "remain", "remains", "remained", "stay"}
    | {"stays", "stayed", "run", "runs", "ran", "persist", "persists", "persisted", "live", "lives", "lived"}
    | {"go", "goes", "went", "take", "takes", "took", "spend", "spends", "spent", "need", "needs", "needed"}
    | {"range", "ranges", "ranged", "vary", "varies", "varied", "extend", "extends", "extended"}
)
#: Past tenses without -ed of verbs of an activity, as their -ing form: "slept for two hours" is sleeping.
ACTIVITY_IRREGULAR_PAST = {"slept": "sleeping", "swam": "swimming", "sat": "sitting", "stood": "standing"} | {
    "spoke": "speaking",
    "fought": "fighting",
    "flew": "flying",
    "rode": "riding",
    "drove": "driving",
    "sang": "singing",
    "wept": "weeping",
    "knelt": "kneeling",
}
#: Words before a verb that make the verb a passive or a state, whose subject is what lasts: "was closed for".
PASSIVE_LEADS = frozenset({"was", "were", "been", "be", "being", "is", "are", "get", "gets", "got", "remained"})
#: Activities whose noun is not their -ing form, by the verb's past and plain forms: "treated within 24 hours".
ACTIVITY_NOUNS = {"treated": "treatment", "treat": "treatment", "paid": "payment", "pay": "payment"} | {
    "settled": "settlement",
    "assessed": "assessment",
    "enrolled": "enrollment",
    "replaced": "replacement",
    "announced": "announcement",
    "deployed": "deployment",
    "diagnosed": "diagnosis",
    "diagnose": "diagnosis",
    "slept": "sleep",
    "sleep": "sleep",
}
#: Agents whose measured time is one activity of theirs: a jury's minutes are its deliberation.
AGENT_ACTIVITIES = {"jury": "deliberation", "jurors": "deliberation", "juries": "deliberation"}
#: Nouns of round things, whose width is a diameter: "a 25-mile-wide crater".
ROUND_NOUNS = frozenset(
    {"moon", "planet", "asteroid", "comet", "meteor", "meteorite", "star", "crater", "sinkhole", "hole", "pit"}
    | {"ring", "disk", "disc", "dish", "dome", "sphere", "ball", "wheel", "tire", "pipe", "tunnel", "shaft", "well"}
)

# ---- shooting-report attribution audit 7 (issue 13) -----------------------------------------
# Tables added from a blind audit of source and modality on unlabelled shooting reports; each
# one is a pattern of language that recurred across articles, tested on sentences of our own.

#: A victim's family speaks for a figure as relatives do: "five people were killed, family said",
#: "his family told reporters", "according to family members".
FAMILY_SPEAKERS: tuple[str, ...] = ("family", "families", "family\\s+members?")
SOURCE_NOUNS = SOURCE_NOUNS + FAMILY_SPEAKERS
#: Bodies that speak in their own name as a lower-case subject, beside the business bodies: "the landlord
#: says it fixes two in three", "the grocer said", "the platform says". Not "the city": "the city recorded 780
#: homicides" is what happened there.
LOCAL_AND_TRADE_SPEAKERS: tuple[str, ...] = (
    "landlords?",
    "brand",
    "chain",
    "conglomerate",
    "grocer",
    "platform",
    "supermarket",
    "tracker",
)
SOURCE_NOUNS = tuple(dict.fromkeys(SOURCE_NOUNS + LOCAL_AND_TRADE_SPEAKERS))  # each noun once
#: Places that speak as their government ("the city says it repairs 80%", "the county said"), but only as the
#: subject of a verb of saying: "the city recorded 780 homicides" is what happened there, and "Capt. Jo Roe of
#: the city police" names the police. Not source nouns, so no body's name runs on into them.
PLACE_SPEAKERS: tuple[str, ...] = ("city", "town", "village", "county")
PLACE_SPEECH_VERBS = frozenset(
    {"said", "says", "say", "told", "tells", "added", "adds", "announced", "announces", "estimated", "estimates"}
    | {"confirmed", "confirms", "stated", "states"}
)
#: Speech verbs in the plain present, after a plural body: "Police confirm two people were shot". Tried after
#: the forms they begin ("confirmed", "confirms").
PLAIN_PRESENT_SPEECH_VERBS: tuple[str, ...] = ("confirm",)
SPEECH_VERBS = SPEECH_VERBS + PLAIN_PRESENT_SPEECH_VERBS
#: What one says that is no account of anything: "Friends and family say goodbye to the two teens killed".
NOT_SPEECH_OBJECTS: tuple[str, ...] = ("goodbye", "good-bye", "goodbyes", "farewell", "hello", "grace", "prayers?")
#: Whom a speaker tells, between "told" and the account told: "a witness told police three men were shot",
#: "she told a dispatcher two people were hurt". Not a figure's own noun ("told 300 workers").
TOLD_RECIPIENTS: tuple[str, ...] = (
    "police",
    "officers?",
    "deputies",
    "deputy",
    "detectives?",
    "investigators?",
    "troopers?",
    "authorities",
    "dispatchers?",
    "reporters",
    "journalists",
    "us",
    "me",
    "him",
    "her",
    "them",
)
#: People of a story that "one ... said" names as a speaker ("one witness said"), not as a count.
ONE_SPEAKERS: tuple[str, ...] = (
    "witness",
    "neighbor",
    "neighbour",
    "resident",
    "man",
    "woman",
    "officer",
    "official",
    "source",
    "relative",
    "bystander",
    "friend",
    "employee",
    "student",
    "customer",
    "patron",
    "teen",
    "mother",
    "father",
)
#: Pictures a caption credits to whoever provided them: "This photo released by Elm police shows ...".
PICTURE_NOUNS: tuple[str, ...] = (
    "photo",
    "photograph",
    "image",
    "picture",
    "video",
    "footage",
    "mugshot",
    "mug shot",
    "handout",
    "still",
)
#: How a picture came to the paper, before "by" and its provider.
PICTURE_CREDIT_VERBS: tuple[str, ...] = (
    "released",
    "provided",
    "posted",
    "published",
    "shared",
    "obtained",
    "distributed",
    "taken",
    "made\\s+available",
)
#: A newsroom's "has learned": "Channel 2 has learned one victim died", "..., the Daily News has learned." The
#: figure came to the outlet (GUIDE 13); only the perfect, as "he learned to shoot" tells no account.
PERFECT_SPEECH_VERBS: tuple[str, ...] = ("(?<=\\bhas\\s)learned", "(?<=\\bhave\\s)learned")
SPEECH_VERBS = SPEECH_VERBS + PERFECT_SPEECH_VERBS
#: What a person is to a story, written before their name in a speech tag: '," said neighbor Jo Roe',
#: "according to classmate Jo Roe". The name is the source (GUIDE 13: as short as it can be named).
ROLE_BEFORE_NAME: tuple[str, ...] = (
    "neighbou?r",
    "witness",
    "eyewitness",
    "resident",
    "friend",
    "classmate",
    "relative",
    "cousin",
    "aunt",
    "uncle",
    "mother",
    "father",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "bystander",
    "owner",
    "manager",
    "employee",
    "co-?worker",
    "student",
    "pastor",
    "girlfriend",
    "boyfriend",
    "wife",
    "husband",
    "son",
    "daughter",
    "survivor",
    "homeowner",
    "customer",
    "patron",
)


# --- Pooled view of the GVC audit rounds (gvc9) -------------------------------------------------------------------
#: Verbs a bare count stands before as the one who undergoes the harm: "two suffered gunshot wounds", "the other three
#: received minor injuries", "All five had gunshot wounds". Only with a harm noun after them (HARM_OBJECT_NOUNS).
UNDERGOING_VERBS: tuple[str, ...] = ("suffered", "sustained", "received", "underwent", "had")
#: What such a verb's object names: the harm, or the care given for it.
HARM_OBJECT_NOUNS: tuple[str, ...] = ("injury", "injuries", "wound", "wounds", "trauma", "surgery", "treatment")
#: Verbs of an investigation's finding, an account only before their "that" clause, as "learned that" and "found
#: that" are: "investigators determined that two men fired", not "the chief determined the route".
FINDING_VERBS_BEFORE_THAT: tuple[str, ...] = ("determined", "discovered", "concluded", "established")
SPEECH_VERBS_BEFORE_THAT = SPEECH_VERBS_BEFORE_THAT + FINDING_VERBS_BEFORE_THAT
#: Lower-case words of a region between a body and its place: "Police in northern Ohio say", "Authorities in
#: southwestern Oregon said". The body is the speaker, not the place.
REGION_ADJECTIVES: tuple[str, ...] = (
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north",
    "south",
    "east",
    "west",
    "rural",
    "suburban",
    "downtown",
    "upstate",
    "coastal",
)
#: Words that open a sentence on those the sentence before counted: "One victim ...", "No one has shown
#: symptoms ...", "They were taken ...". Only such a sentence's trailing ", police said" carries back to the
#: count before it; one that opens on someone new ("Another person ...", "State troopers ...") tells its own.
#: "The" is left out: "The suspect ...", "The mother of ..." as often bring in someone else.
BACK_REFERENCE_OPENERS: tuple[str, ...] = (
    "he",
    "she",
    "they",
    "his",
    "her",
    "their",
    "one",
    "no\\s+one",
    "none",
    "all",
    "both",
    "each",
)


# ---- references back, speakers' subjects and windows ------------------------------------------

#: Verbs that move a count "to" a figure: "expanded its recall to", "increased its order to".
CHANGE_TO_VERBS: tuple[str, ...] = (
    *("expanded", "extended", "widened", "raised", "increased", "lifted", "lowered", "reduced", "cut"),
    *("revised", "upped", "boosted", "trimmed", "doubled", "tripled", "scaled"),
)
#: Nouns of a measure, not of an act, after such a verb: "cut the price to", "raised its stake to".
MEASURE_NOUNS_OF_CHANGE = frozenset(
    {"price", "prices", "cost", "costs", "rate", "rates", "share", "stake", "level", "limit", "cap", "target"}
    | {"estimate", "forecast", "guidance", "outlook", "projection", "size", "capacity", "speed", "age", "fee"}
)
#: Nouns that stand for a figure given before, not for a thing counted: "that number", "the figure".
FIGURE_BACK_NOUNS = frozenset({"number", "figure", "total", "tally"})
#: Verbs by which someone puts a value on a thing: "Police put attendance at 20,000", "pegged the cost at".
VALUE_SETTING_VERBS = ("put", "puts", "putting", "placed", "places", "pegged", "pegs")
#: Verbs of estimating, which put a value the same way: "estimates the number of strikers at".
ESTIMATING_VERBS = ("estimated", "estimates", "estimate")
#: Hedges between such a verb's "at" and its value: "put the toll at about 40", "at more than $2 billion".
VALUE_HEDGES_PATTERN = r"(?:about|around|roughly|nearly|almost|some|over|under|just|more\s+than|less\s+than|up\s+to)"
#: The preposition a value is put with, opening the figure itself: "put the number closer to 250,000".
TOWARD_FIGURE_PATTERN = r"(?:closer\s+to|nearer)\b"
#: Adjectives that restate a figure rather than name a new quantity: "put the real figure at", "the true number".
RESTATING_ADJECTIVES = frozenset({"real", "true", "actual", "correct", "revised", "final", "official"})
#: What follows such a subject: an auxiliary, a verb of change or an infinitive ("has since risen", "fell",
#: "expect the number to reach").
FIGURE_SUBJECT_VERBS = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "might", "stands", "stood"}
    | {"to", "rose", "fell", "grew", "climbed", "jumped", "dropped", "doubled", "reached", "topped", "hit", "sank"}
)
#: Titles a person's name may carry: they make a name a person's whatever body it holds ("Humana CEO Jo Roe").
PERSON_TITLE_WORDS = frozenset(
    {"ceo", "cfo", "chief", "president", "chairman", "chairwoman", "director", "spokesman", "spokeswoman"}
    | {"spokesperson", "minister", "secretary", "mayor", "governor", "senator", "sheriff", "officer", "manager"}
)
#: Words that make a capitalised name a body's, not a person's ("Nordvik Air", "Flood Forecasting Centre"),
#: beside the body nouns a description names.
BODY_NAME_WORDS: tuple[str, ...] = (
    *("Air", "Airways", "Motors", "Sports", "Group", "Inc", "Corp", "Ltd", "FC", "Bank", "Council", "Ministry"),
    *("Department", "Office", "Police", "Centre", "Center", "University", "Institute", "Foundation"),
    *("Association", "Federation", "League", "Trust", "Partners", "Capital", "Labs", "Lab", "Systems"),
)
#: "at the age of 19", "at age 35" right before an age: the age someone had when something happened.
AT_AGE_PATTERN = r"\bat\s+(?:the\s+)?age\s+(?:of\s+)?$"
#: A sentence opening on a part of the group counted before: "Of those, around 190,000 ...", "Among them, 12 ...".
OF_THOSE_OPENER_PATTERN = r"^\W*(?:of|among)\s+(?:those|them|these|whom)\s*,\s*"
#: Words, lower case, that make capitalised words no person's name: a title, a day, a month or a body's word
#: ("Chief Ann Lee", "Elm Police Department").
NOT_NAME_WORDS = frozenset((*PERSON_TITLE_WORDS, *SPEAKER_TITLES, *WEEKDAYS, *MONTH_NAMES)) | frozenset(
    w.lower() for w in BODY_NAME_WORDS
)
#: Verbs of being: a subject before one is described, not acting.
COPULAS = frozenset({"is", "are", "was", "were", "been", "be", "remains", "remained", "stands", "stood"})
#: Capitalised openers that name no one: "Other officers ...", "Both men ...".
QUANTIFIER_OPENERS = frozenset({"other", "others", "both", "all", "some", "many", "most", "each", "another"})
#: Words that open a person's noun before an apposed age: "the defendant, 34,".
APPOSED_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "our", "my"})
#: Words right before a duration that make it the length of something, not a window: "for over ten years".
LENGTH_WORDS: tuple[str, ...] = (
    "for",
    "lasted",
    "lasts",
    "last",
    "took",
    "takes",
    "spent",
    "served",
    "after",
    "within",
)
#: Words after a measure that say what it is measured against, never what it counts: "2.1 degrees above the
#: record", "two doses 21 days apart", "three points behind".
COMPARED_BY_WORDS = frozenset(
    {"above", "below", "ahead", "behind", "apart", "away", "beyond", "beneath", "under", "over"}
)
#: Verbs before "on sale": "goes on sale", "went on sale", "is on sale".
ON_SALE_VERBS = frozenset(
    {"go", "goes", "going", "went", "gone", "is", "are", "was", "were", "be", "been", "comes", "came"}
)
#: Words of place a verb takes right after it ("5,000 gathered outside"), beside the prepositions.
PLACE_ADVERBS_AFTER_VERB = frozenset({"outside", "inside", "near", "around", "up", "out"})
