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
    "thousands": (2000, 9999),
    "several thousand": (3000, 9000),
    "a few thousand": (3000, 9000),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "several million": (3_000_000, 9_000_000),
    "a few million": (3_000_000, 9_000_000),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
    "several billion": (3_000_000_000, 9_000_000_000),
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
        "a record",
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
        "just under",
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
}

# ---- percent ----------------------------------------------------------------------

#: Words after a number that make it a percent ("5 percent", "5%").
PERCENT_WORDS: tuple[str, ...] = ("%", "percent", "pct", "percentage")
#: Percent abbreviations a numeral may have glued on ("5pct", "3.5pc"); "pc" only glued.
GLUED_PERCENT = frozenset({"pct", "pc"})

# ---- units of measure -------------------------------------------------------------

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
#: Every unit surface → (kind, normalised unit word).
MEASURE_UNITS: dict[str, tuple[Kind, str]] = {
    surface: (kind, unit) for kind, table in UNITS_BY_KIND.items() for surface, unit in table.items()
}
#: Units of time, normalised (the duration units' plural words).
TIME_UNITS = frozenset(UNITS_BY_KIND["duration"].values())
#: Abbreviations read as units only when glued to the numeral ("5m", "3t", "12in").
GLUED_ONLY_UNITS = frozenset({"m", "t", "g", "in", "c", "w", "mp", "h"})
#: First words of two-word units and the words that complete them: "metric tons", "nautical miles".
TWO_WORD_UNITS: dict[str, tuple[str, ...]] = {"metric": ("tons", "tonnes", "ton"), "nautical": ("miles",)}
#: Words that square the unit after them.
SQUARE_WORDS: tuple[str, ...] = ("sq", "square")
#: Units squared after "sq"/"square".
SQUARED_UNITS = frozenset({"km", "miles", "metres", "meters", "feet", "kilometres", "kilometers", "mile", "foot"})
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
CALIBER_WORDS = frozenset({"caliber", "calibre", "cal"})

# ---- clock and screen -------------------------------------------------------------

#: Words after a number that make it a clock time: "10 a.m", "1400 GMT", "0600 hrs".
CLOCK_WORDS = frozenset({"a.m", "p.m", "am", "pm", "gmt", "utc", "bst", "et", "est", "pst", "cet", "o'clock", "hrs"})
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
#: Nouns after "six-" that make it the size of a number, not a figure: "a six-figure salary".
NUMBER_SIZE_WORDS: tuple[str, ...] = ("figure", "digit")

# ---- shares and ages --------------------------------------------------------------

#: Words that may follow a share standing without a noun: "fell by a third since 2020".
AFTER_SHARE = frozenset(
    {"in", "since", "from", "over", "than", "compared", "last", "this", "between", "among", "across"}
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
#: Words before a number that make it an age: "aged 19", "ages 10, 8 and 4".
AGE_WORDS: tuple[str, ...] = ("aged", "age", "ages")
#: Words after a duration that make it an age: "8 years old".
OLD_WORDS: tuple[str, ...] = ("old", "olds")

# ---- people -----------------------------------------------------------------------

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
HAPPENED_ADVERBS: tuple[str, ...] = (
    "reportedly",
    "fatally",
    "critically",
    "seriously",
    "severely",
    "gravely",
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
#: Pronouns that are no name: "he said" names nobody.
PRONOUNS: tuple[str, ...] = ("he", "she", "they", "we", "i", "it")

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
#: Words ending in "s" that are no plural noun: "2000 was" is a year, "2000 soldiers" a count.
NOT_PLURALS: tuple[str, ...] = ("this", "his", "was", "is", "has", "as")
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
#: Designators and roads written with a full stop: "Apt. 8", "Hwy. 61".
ABBREVIATED_DESIGNATORS = frozenset({"apt", "ste", "rm", "ext", "rt", "rte", "hwy", "sr", "cr", "fm"})
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
#: A US call sign: "KHOU 11", "WAVE 3".
CALL_SIGN = r"[KW][A-Z]{2,3}"
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

# ---- speakers (attribution) ---------------------------------------------------------

#: Police titles written in lower case before a speaker's name (", detective Jo Roe said"), beyond
#: the general job titles of the attribution rules.
SPEAKER_TITLES: tuple[str, ...] = ("detective", "deputy", "sheriff", "trooper", "investigator", "patrolman")

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
)
