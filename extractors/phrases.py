"""Short phrases around a figure: what is counted, what happened to it, where.

Word-window heuristics over one sentence. They read at most a dozen words either
side of the figure, so they cost nothing next to parsing and never backtrack.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeGuard

from extractors.vocabulary import en as vocab

#: A number with a unit or suffix glued on ("256GB", "4K", "60mph", "10th"): one token, no noun.
_GLUED = r"\d[\d.,]*[A-Za-z]\w*"
_WORD = re.compile(_GLUED + r"|(?:[A-Za-z]\.){2,}|[A-Za-z][\w’'&.-]*[A-Za-z0-9]|[A-Za-z]|[^\w\s]")
# The word tables live in the vocabulary; module names for them keep the hot loops on plain global look-ups.
_STOP = vocab.NP_STOP_WORDS
_DETS = vocab.DETERMINERS
_AUX = vocab.AUXILIARIES
_NUMBER_WORDS = vocab.NUMBER_WORDS
_NOUNY_ED = vocab.NOUNS_IN_ED | vocab.ING_NOUNS  # words a verb ending does not make a verb
_CHANGE = vocab.CHANGE_WORDS
_GROWTH = vocab.GROWTH_NOUNS
_STOCK = vocab.STOCK_WORDS
_KIND_OF = vocab.KIND_NOUNS
_INDEFINITE = vocab.INDEFINITE_PRONOUNS
_DIMENSION_NOUN = vocab.DIMENSION_NOUNS
_MEASURE_LEAD = vocab.MEASURE_LEAD_WORDS
_MEASURE_VERBS = vocab.MEASURE_VERBS
_PLURAL_HEADS = vocab.PLURAL_HEADS
_MODALS = vocab.MODALS
_FINITE_BE_HAVE = vocab.FINITE_BE_HAVE
_BASE_CHANGE = vocab.BASE_CHANGE_VERBS
_PRICE_BASIS = vocab.PRICE_BASIS_WORDS
_QUOTES = vocab.QUOTE_MARKS
_TIME_NOUNS = vocab.TIME_NOUNS
_NP_VERB_BREAK = vocab.NP_VERB_BREAKS
_NOW_WORDS = vocab.NOW_WORDS
_NP_ADVERBS = vocab.NP_ADVERBS
_LY_NOUNS = vocab.LY_NOUNS
_VERBS_BEFORE_FIGURE = vocab.VERBS_BEFORE_FIGURE
_IRREGULAR_PAST = vocab.IRREGULAR_PAST
_ING_IRREGULAR = vocab.IRREGULAR_ING
_EVENT_STOP = vocab.EVENT_STOP_WORDS
_EVENT_TRIM = vocab.EVENT_TRIM_WORDS
_EVENT_AUX = vocab.EVENT_AUXILIARIES
_AUX_STRICT = vocab.STRICT_AUXILIARIES
_NOT_EVENT_VERBS = vocab.NOT_EVENT_VERBS
_CHANGE_VERBS = vocab.CHANGE_VERBS
_PARTICLES = vocab.PARTICLES
_ASIDE_AFTER_COMMA = vocab.ASIDE_OPENERS
_NP_TIME_BREAK = vocab.NP_TIME_BREAKS
_TIME_STOP = vocab.EVENT_TIME_STOPS
_NUMBER_TOKEN = vocab.NUMBER_TOKENS
_MONEY_VERBS = vocab.MONEY_VERBS
_AUX_AFTER_AUX = vocab.AUXILIARIES_AFTER_AUXILIARY
_PAST_TO_PARTICIPLE = vocab.PAST_TO_PARTICIPLE
_PLACE_TIME_PREPOSITIONS = vocab.PLACE_TIME_PREPOSITIONS
_EVENT_LEAD = vocab.EVENT_LEAD_WORDS
_RESULT_VERBS = vocab.RESULT_VERBS
_BEFORE_ACTIVE_VERB = vocab.BEFORE_ACTIVE_VERB
_CHANGE_NOUNS = vocab.CHANGE_NOUNS
#: Possessive determiners, skipped like articles before a noun: "a rise in its sales".
_OWNERS = frozenset({"its", "their", "his", "her", "our", "your"})


#: Month and weekday names as written in a sentence.
_CALENDAR_NAMES = tuple(w.capitalize() for w in (*vocab.MONTH_NAMES, *vocab.WEEKDAYS))
_VERBY = re.compile(r"(?:ed|ing)$")


#: The second side of a glued measure, "x1080" of "1920x1080".
_SIDE = re.compile(r"[x×]\d[\d.,]*")


def _verb_before_figure(w: str) -> bool:
    """A verb between a thing and its amount ("rose", "weighs", "is"), or a lower-case participle of an
    estimate ("the damage is put at", "bail was set at"; a capitalised "Set" is a product's noun)."""
    return w.lower() in _VERBS_BEFORE_FIGURE or w in vocab.ESTIMATE_PARTICIPLES


def _ly_adverb(w: str) -> bool:
    """A lower-case word in -ly that is no noun ("usually", "stubbornly"; not "family")."""
    return w.islower() and w.endswith("ly") and w not in _LY_NOUNS


def _is_word(w: str) -> bool:
    # Without the glued token its letters would stand as a word of the noun phrase ("GB model", "K video");
    # a lone "x", or "x1080" of "1920x1080", is the sign between two sides ("10 x 12 feet"), no word.
    if w[0].isdigit():
        return False
    return not (w[0] in "x×" and (len(w) == 1 or _SIDE.fullmatch(w)))


def _words(s: str) -> list[str]:
    return [w for w in _WORD.findall(s) if _is_word(w)]


#: Where a noun phrase has ended: punctuation, a preposition or conjunction, or a time word.
_NP_END = (
    r"(?=\s*(?:$|[,.;:!?)\-–—]|(?:in|at|on|after|by|and|or|as|when|while|during|near|"
    r"following|from|with|to|for|over|since|amid|inside|outside|then|before|"
    + "|".join((*vocab.DAY_WORDS, "early", "late", "last", "this", *vocab.WEEKDAYS))
    + r")\b))"
)
#: Words a bare count stands before when it counts people: "3 Hospitalized", "two dead".
_CASUALTY = re.compile(
    # "two were pronounced dead", "Two remain hospitalized", "one is in critical condition": the people of a
    # casualty report, in the states a report puts them in.
    # "two were critically injured", "three were fatally shot": an adverb of how badly.
    r"^\s*(?:were\s+|are\s+|is\s+|have\s+been\s+|had\s+been\s+|was\s+|remain(?:s|ed)?\s+)?(?:still\s+|later\s+)?"
    r"(?:(?:" + "|".join(vocab.HAPPENED_ADVERBS) + r")\s+)?"
    r"(?:killed|dead|deceased|died|die|pronounced\s+dead|in\s+(?:"
    + "|".join(vocab.PATIENT_CONDITIONS)
    + r")(?:\s+but\s+\w+)?\s+"
    # "3 dead, 1 critical": a report's shorthand for the condition
    r"condition|critical|serious|injured|hurt|wounded|hospitali[sz]ed|missing|rescued|arrested|detained|evacuated|"
    r"quarantined|infected|displaced|charged|sickened|treated|taken|transported|rushed|stabbed|"
    r"shot(?:\s+(?:dead|to\s+death))?|gunned\s+down|found\s+(?:shot\s+)?(?:dead|to\s+death))\b"
    r"(?:" + _NP_END + r"|(?=\s+(?:\d|(?:" + "|".join(vocab.SMALL_NUMBERS) + r")\b)))",
    # a verb or predicate, not an adjective before a noun ("two infected patients"); or before the next count
    # of a line without commas ("Two wounded one dead")
    re.I,
)
#: A bare count as the object of a verb of harm: "killed 49 and injured 53", "wounding 13".
_HARMED = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|injur(?:ed|ing|es)?|wound(?:ed|ing|s)?|shot|shoot(?:ing|s)?|"
    r"stabb(?:ed|ing)|hurt(?:ing|s)?)\s+(?:at\s+least\s+|another\s+|about\s+|nearly\s+)?$",
    re.I,
)
#: A bare count as the one who bore the harm: "two suffered gunshot wounds", "the other three received minor
#: injuries". The verb is no noun of the count; the harm noun after it is the verb's object.
_UNDERWENT = re.compile(
    r"^\s*(?:had\s+)?(?:"
    + "|".join(vocab.UNDERGOING_VERBS)
    + r")\s+(?:[\w-]+\s+){0,4}?(?:"
    + "|".join(vocab.HARM_OBJECT_NOUNS)
    + r")\b",
    re.I,
)
#: A bare count with an adverb of how it ended: "four people were shot, three fatally".
_HOW_HARMED = re.compile(r"^\s*(?:fatally|critically|seriously|severely|mortally|gravely)\b", re.I)
_FAMILY_OF = re.compile(r"\bfamily\s+of\s*$", re.I)
_OTHER_BEFORE = re.compile(r"\bother\s*$", re.I)
#: "five more" standing alone: more of what was counted before.
_MORE_ALONE = re.compile(
    r"^\s+more\b(?=\s*(?:$|[,.;:!?)\-–—]|(?:in|at|on|after|by|and|or|when|during|were|was|are|have|had|who)\b))",
    re.I,
)
#: A lower-case noun phrase that can take "other" before it ("other people", not "other Rojas").
_PLAIN_NP = re.compile(r"^[a-z][a-z -]*$")
#: An elided noun: "the earlier two", "these two", "All but four", "the other 28".
#: "another 12", "a further 250": more of what the figure before counted, before the figure or as its own start.
_FURTHER_WORDS = r"(?:another|a\s+further|an\s+additional|an\s+extra)"
_ELIDED_BEFORE = re.compile(
    r"\b(?:the|these|those|all\s+but|the\s+other|the\s+first|the\s+earlier|the\s+remaining|"
    r"the\s+last|the\s+latter|the\s+former|other|remaining|" + _FURTHER_WORDS + r")\s*$",
    re.I,
)
_FURTHER = re.compile(_FURTHER_WORDS + r"\s", re.I)


#: An age bound put on the people named before it: "people over 75", "children under 10".
_AGE_BOUND = re.compile(r"(?:over|under)\s", re.I)
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_MARGIN_OF_ERROR = re.compile(
    r"\bmargin\s+of\s+(?:sampling\s+)?error\s+(?:of\s+|is\s+|was\s+|at\s+)?(?:about\s+|roughly\s+|around\s+)?$",
    re.I,
)


def _said_before(sentence: str, rel_s: int, rel_e: int, kind: str) -> str | None:
    """What the words right before a figure name outright, whatever follows it: the people an age bound is put
    on ("children under 10"), or a poll's margin of error."""
    if kind == "age" and _AGE_BOUND.match(sentence, rel_s, rel_e):
        people = _WORD_BEFORE.search(sentence, max(0, rel_s - 40), rel_s)
        if people and people.group(1).lower() in vocab.AGED_PEOPLE_NOUNS:
            # "children under 10 travel free": the children's age; "anyone over 18" is people's
            return "people" if people.group(1).lower() in _INDEFINITE else people.group(1)
    if _MARGIN_OF_ERROR.search(sentence, max(0, rel_s - 50), rel_s):
        return "margin of error"  # "a margin of error of plus or minus 3 points": the poll's error, not the poll
    if kind == "duration":
        if _ABSENT_FOR.search(sentence, max(0, rel_s - 40), rel_s) and not _OF_AFTER.match(sentence, rel_e):
            # "will miss up to six weeks", "was ruled out for three months": what lasts is the absence;
            # "miss two weeks of practice" names what is missed
            return "absence"
        if _FINISHED_IN.search(sentence, max(0, rel_s - 40), rel_s):
            return "finishing time"  # "finished in 29 minutes 48 seconds", "clocked 9.58 seconds"
    if kind == "percent" and (
        _SUPPORT_AFTER.match(sentence, rel_e) or _POLLED_ON.search(sentence, max(0, rel_s - 100), rel_s)
    ):
        return "voters"  # GUIDE 11: a party's or a candidate's poll share is a share of the voters
    return None


#: A time someone is out for, right before it: "will miss six weeks", "ruled out for three months".
_ABSENT_FOR = re.compile(r"\b(?:miss|misses|missed|(?:ruled|be|is|was|been)\s+out\s+for|sidelined\s+for)\s+$", re.I)
_OF_AFTER = re.compile(r"\s+of\b")
#: A race's time, right before it: "finished in", "finishing in", "clocked", "crossed the line in".
_FINISHED_IN = re.compile(
    r"\b(?:(?:finish|finishes|finished|finishing)\s+in|clocked|clocking|crossed\s+the\s+line\s+in)\s+$", re.I
)
#: A poll share written with its noun, or the share of those who back no one: "leads with 38% support",
#: "9% remain undecided".
_SUPPORT_AFTER = re.compile(r"\s+(?:support|backing)\b|\s+(?:remain|remained|are|were|is|was)\s+undecided\b", re.I)
#: A poll share after its party or candidate: "the Greens on 12%", "trails on 31%", "support for the Greens
#: stands at 12%".
_POLLED_ON = re.compile(
    r"(?:\b[A-Z][\w’'-]+\s+(?:(?:are|is|was|were|stand|stands|stood)\s+)?on|\b(?:trails|trailed|trailing|polls|polled|polling)\s+(?:at|on)|"
    r"\b(?:[Ss]upport|[Bb]acking)\s+for\s+[^,;:]{1,60}?\s+(?:stands|stood|is|was|sits|sat)\s+at)\s+$"
)


def counted_phrase(sentence: str, rel_s: int, rel_e: int, kind: str, antecedent: str | None = None) -> str | None:
    """The counted noun phrase, head noun last (GUIDE decision 11).

    For money what the amount is for, for a percent what it is a share of or what
    changed by it; a bare numeral takes the noun it stands for (``antecedent``).
    """
    if kind == "age" and sentence[rel_s:rel_e].endswith(("'s", "’s")):
        return None  # "the 61-year-old's lawyer": the age is its owner's, not the noun after
    fixed = _said_before(sentence, rel_s, rel_e, kind)
    if fixed:
        return fixed
    np = _first_reading(sentence, rel_s, rel_e, kind, antecedent)
    if np and np.lower() == "worth":  # "net worth" is a noun; "worth" alone the word before "of"
        np = _worth(sentence, rel_s, rel_e)
    elif np and np.lower().endswith(" worth") and not np.lower().endswith("net worth"):
        np = np[: -len(" worth")]  # "a two-year deal worth $30 million": the deal
    if np is None:
        return None
    if kind == "duration":
        np = _with_activity(np, None) or np  # "the jury took 15 minutes": a jury's time is its deliberation
    # "Anyone 12 and older", "those over 65": an indefinite pronoun counts people.
    if np.lower() in _INDEFINITE:
        return "people"
    # A date names when, never what is counted: "$16 billion on Monday" is not an amount of Monday.
    # So does "last year", "this week" before the figure.
    if all(w in _CALENDAR_NAMES or w.lower() in _CALENDAR_UNITS or w.lower() in _TIME_LEADS for w in np.split()):
        return None
    if _CONTRACTION.search(np):
        return None  # "I’m 74", "we’ve seen": a pronoun with its verb is no counted noun
    if np[:1].isupper():
        np = _not_a_place(sentence, rel_s, np)
        if np is None:
            return None
    if np.lower() in vocab.EMPTY_HEADS:
        # "an average of 41.3 frames per second", "to the tune of $12 billion", "the entire 17.4% stake":
        # a word that names no thing; the clause's subject is what the figure is of, if anything.
        head = sentence[:rel_s]
        return _opening_subject(head)
    lead = _ADJECTIVE_LEAD.search(sentence[:rel_s])
    if lead and lead.group(1) == np and np in vocab.RATING_ADJECTIVES:
        # "capped at a meager 480p", "an impressive 93.7 frames per second": the adjective rates the
        # figure; what is measured is the clause's subject.
        head = sentence[: lead.start()]
        return _opening_subject(head)
    np = _without_time_or_adverb_tail(_without_verb_tail(sentence, np))
    if np and _back_reference(sentence[:rel_s], np, antecedent):
        return antecedent  # "that number had fallen to 150": the figure before, not a thing called a number
    return _with_dimension(sentence, rel_s, rel_e, np) if kind == "other" else np


#: What a rate unit measures, when no noun follows the figure to say it: "the chip runs at 4.47GHz" is the
#: chip's clock speed, "refreshes at up to 120Hz" a refresh rate.
_UNIT_DIMENSION = re.compile(
    r"(?:(?P<clock>[GM]Hz)|(?P<refresh>Hz)|(?P<frame>fps|frames\s+(?:per|a)\s+second)|(?P<speed>mph|km/h|kph|[MG]bps))$"
)
_DIMENSIONS = {"clock": "clock speed", "refresh": "refresh rate", "frame": "frame rate", "speed": "speed"}


def _with_dimension(sentence: str, rel_s: int, rel_e: int, np: str | None) -> str | None:
    """The counted phrase of a rate with what the rate measures: "chip clock speed", "display refresh rate"."""
    m = _UNIT_DIMENSION.search(sentence[rel_s:rel_e])
    if m is None or m.lastgroup is None:
        return np
    if re.match(r"(?:0|zero)\b", sentence[rel_s:rel_e], re.I):
        return np  # "0-60 mph in 5 seconds" times an acceleration, no speed
    nxt = re.match(r"\s+([\w’'-]+)", sentence[rel_e:])
    if nxt and nxt.group(1).lower() not in _STOP:
        return np  # "a 3.2GHz processor", "the 2.4GHz 16-inch MacBook Pro": the noun after says what is measured
    dimension = _DIMENSIONS[m.lastgroup]
    if np and dimension.split()[-1] in (w.rstrip("s") for w in np.lower().split()):
        return np  # "download speeds", "the speed limit": the phrase already names it
    if not np or (
        np.islower()
        and " " not in np
        and re.search(re.escape(np) + r"\s+(?:at\s+|to\s+)?(?:up\s+to\s+)?$", sentence[:rel_s])
    ):
        return dimension  # "boosts up to 5.1GHz": the word before the figure is its verb, no noun
    return f"{np} {dimension}"


#: A capitalised adverb that opens a sentence ("Originally", "Usually"), too long to be a first name ("Sally").
_CAPITAL_ADVERB = re.compile(r"^[A-Z][a-z]{3,}(?:ally|ously|ently|antly|ately|ively|ually)$")
_WEEKDAY_NAMES = frozenset(w.capitalize() for w in vocab.WEEKDAYS)


def _without_time_or_adverb_tail(np: str) -> str | None:
    """The phrase without an adverb or a day it ran into: "Lake Superior usually" is "Lake Superior",
    "three others wounded Sunday" is "three others wounded"; "Originally" alone is no noun."""
    ws = np.split()
    while ws:
        last = ws[-1]
        adverb = _ly_adverb(last) or _CAPITAL_ADVERB.match(last)
        day = last in _WEEKDAY_NAMES or last.lower() in ("a.m.", "p.m.", "a.m", "p.m")
        if not (adverb or day):
            break
        ws.pop()
        if day and ws and ws[-1].lower() in ("early", "late", "on", "last", "this"):
            ws.pop()  # "Early Wednesday": the day part goes with its day
    return " ".join(ws) if ws else None


#: "$360 billion worth of goods": the amount is the goods' value.
_WORTH_OF = re.compile(r"\s*worth\s+of\s+", re.I)


#: A multiple written as "a factor of", right before it: "rose by a factor of".
_FACTOR_OF = re.compile(
    r"\b(?:by\s+)?(?:a\s+)?factor\s+of\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$", re.I
)


def _first_reading(sentence: str, rel_s: int, rel_e: int, kind: str, antecedent: str | None) -> str | None:
    """The counted phrase before ``counted_phrase`` tidies it: what grew by a factor, what is worth an
    amount, else the general reading."""
    factor = _FACTOR_OF.search(sentence[:rel_s]) if kind == "other" else None
    if factor:
        # "output grew by a factor of four": what changed is the clause's subject, never the factor
        np = _opening_subject(sentence[: factor.start()]) or _counted(sentence, rel_s, rel_e, kind, antecedent)
        return None if np is None or np.lower().split()[-1] == "factor" else np
    return (_worth_before(sentence[:rel_s]) if kind == "money" else None) or _counted(
        sentence, rel_s, rel_e, kind, antecedent
    )


#: "worth" right before an amount, with the amount's hedge: "a deal worth roughly".
_WORTH_BEFORE = re.compile(
    r"\bworth\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|up\s+to|more\s+than|an\s+estimated)\s+)*$",
    re.I,
)


def _worth_before(head: str) -> str | None:
    """The noun phrase an amount is the worth of, when "worth" joins them: "a four-year contract worth $90
    million", "12 jets worth $1 billion". Up to three words back to a determiner, a figure or a verb; none
    after a verb ("is worth"), and "net worth" is a noun of its own."""
    m = _WORTH_BEFORE.search(head)
    if not m:
        return None
    out: list[str] = []
    for w in reversed(_words(head[: m.start()])[-3:]):
        lw = w.lower()
        number = lw in _NUMBER_WORDS or lw.split("-")[0] in _NUMBER_WORDS
        verb = (_VERBY.search(lw) and lw not in _NOUNY_ED) or lw in _IRREGULAR_PAST
        if not w[0].isalpha() or lw in _STOP or lw in _DETS or lw in _AUX or number or verb or lw == "net":
            break
        out.insert(0, w)
    if all(w[0].isupper() for w in out):
        return None  # "a contract with the Hawks worth $40 million": a name is rarely what is worth it
    return " ".join(out)


def _worth(sentence: str, rel_s: int, rel_e: int) -> str | None:
    """What an amount is the worth of: the noun after "worth of", else the clause's subject ("the deal is worth")."""
    m = _WORTH_OF.match(sentence, rel_e)
    if m:
        return _np_after(_words(sentence[m.end() : m.end() + 120]), allow_of=False)
    head = sentence[:rel_s]
    return _opening_subject(head)


#: One lower-case word between an article and the figure, with its adverb: "a reasonably solid 30fps".
_ADJECTIVE_LEAD = re.compile(r"\b(?:a|an)\s+(?:[a-z]+ly\s+)?([a-z][a-z-]*)\s*$")
#: The preposition that opens a place phrase, before the place's name.
_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|at|across|into|throughout)\s+(?:the\s+)?$", re.I)
_ROUTE_BEFORE = re.compile(r"\b(?:between|from)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?:and|to)\s+$")


def _not_a_place(sentence: str, rel_s: int, np: str) -> str | None:
    """A place is no counted noun (it has a field of its own): "exports to Elmland dropped to $4.2 billion"
    counts the exports, "costs £129 in Marlow" the thing that costs it. None when nothing else is there.

    A place is a name ``find_places`` finds, or a capitalised phrase after "in", "to", "from" before the figure.
    """
    if not all(w[:1].isupper() for w in np.split()):
        return np  # "a USB-C to USB-B cable", "from the March high": a common noun, no name
    head = None
    i = sentence.rfind(np, 0, rel_s)
    m = _PLACE_PREPOSITION.search(sentence, 0, i) if i > 0 else None
    if i > 0 and not (m and m.end() == i):
        m = _ROUTE_BEFORE.search(sentence, 0, i)  # "the drive between Alton and Brey": a route's second end
    if m and m.end() == i:
        head = sentence[: m.start()]  # "exports to Elmland ... $4.2 billion"
    elif any(name == np and start >= rel_s for start, _, name in find_places(sentence)):
        head = sentence[:rel_s]  # "costs £129 in Marlow"
    if head is None:
        return np
    other = _np_before(_words(head))
    if other is None or other == np or other.lower() in _NOW_WORDS:
        return None  # "is now live at Acme for $79": nothing before the place names the amount
    return other


#: A pronoun contracted with its verb: "I’m", "we've", "you’re", "they’ll", "she'd".
_CONTRACTION = re.compile(r"\b\w+['’](?:m|ve|re|ll|d)\b", re.I)
#: Calendar units that, alone, are a time and not what is counted ("5 percent this year").
_CALENDAR_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})
_CALENDAR_UNITS_ONE = frozenset({"hour", "night", "day", "week", "month", "quarter", "year"})
#: What follows a verb but never the last word of a noun phrase: an article, a possessive, "like",
#: a number or an amount ("The TV uses 95 watts", "the new model features a 10-inch screen").
_AFTER_VERB = r"(?=\s+(?:(?:the|a|an|its|their|his|her|our|like)\b|[$€£]?\d))"
#: Verbs a subject runs into before a figure or its noun: the vocabulary's verbs of measure and money,
#: and the verbs of a product's specification.
_TAIL_VERBS = vocab.MEASURE_VERBS | vocab.VERBS_BEFORE_FIGURE | vocab.MONEY_VERBS | vocab.SPEC_VERBS


def _without_verb_tail(sentence: str, np: str) -> str:
    """The phrase without a verb it ran into: "engine makes" is "engine", "alloy wheels provide" is "alloy wheels".

    A present-tense verb agrees with the noun before it: "-s" after a singular ("the TV uses 95 watts"), bare
    after a plural ("the wheels provide the"). A known verb when an article, a possessive or a number follows
    it, so that "new vehicles this year" keeps its noun. Any verb that agrees when a preposition and the
    figure follow it and the phrase opens its clause ("The fan spins at 2,000 rpm", "the TV retails for
    $999"): a plural there would be the subject's own noun, and then its verb would follow.
    """
    ws = np.split()
    if len(ws) < 2 or not ws[-1].isalpha() or not ws[-1].islower():
        return np
    last, prev = ws[-1], ws[-2].lower()
    singular_verb = last.endswith("s") and not last.endswith("ss") and not prev.endswith("s")
    plural_verb = not last.endswith("s") and prev.endswith("s") and not prev.endswith("ss")
    if last in _TAIL_VERBS and last in _IRREGULAR_PAST and re.search(re.escape(np) + _AFTER_VERB, sentence):
        return " ".join(ws[:-1])  # a past tense agrees with any noun: "the bank lent $3 billion"
    if not (singular_verb or plural_verb):
        return np
    if plural_verb and prev not in _PLURAL_MODIFIERS and re.search(re.escape(np) + _OBJECT_NEXT, sentence):
        # "45% of nurses plan to quit", "one in four drivers wore a seatbelt": after a plural, a bare word with
        # an object or an infinitive after it is the plural's verb.
        return " ".join(ws[:-1])
    if ws[-1] in _TAIL_VERBS and re.search(re.escape(np) + f"(?:{_AFTER_VERB}|{_PREP_FIGURE})", sentence):
        return " ".join(ws[:-1])
    m = re.search(re.escape(np) + _PREP_FIGURE, sentence)
    if m and _SUBJECT_START.search(sentence, 0, m.start()):
        return " ".join(ws[:-1])
    return np


#: An object or an infinitive after a word: what marks it as a verb after a plural ("nurses plan to quit").
_OBJECT_NEXT = r"(?=\s+(?:the|a|an|its|their|his|her|our|to)\s+[a-z])"
#: Plurals that stand before a noun as its modifier: "sales staff", "arms dealer".
_PLURAL_MODIFIERS = frozenset({"sales", "arms", "goods", "savings", "news", "sports", "earnings", "customs", "jobs"})
#: A preposition, if any, between a verb and its figure, with the figure's qualifiers: "refreshes at 120Hz",
#: "retails for $1,499", "clocks in at 3.5GHz", "protrudes about 3 millimeters".
_PREP_FIGURE = (
    r"(?=\s+(?:(?:in|out|up|down|off)\s+)?(?:(?:at|to|for|by)\s+)?"
    r"(?:(?:just|only|about|around|roughly|nearly|almost|under|over|up\s+to|an?)\s+)*[$€£]?\d)"
)
#: A clause's start, then at most a determiner and a compound figure: where a subject opens ("The fan",
#: ", and its screen", "The 65-inch version").
_SUBJECT_START = re.compile(
    r"(?:^|[,;:(—–]|\b(?:and|but|while|whereas|that|because)\b)\W*"
    r"(?:(?:the|a|an|its|their|his|her|our|your|this|these|those)\s+)?(?:[\d.,]+-(?:[a-z]+\s+)?)?$",
    re.I,
)


def _compound_part(sentence: str, rel_s: int, rel_e: int, antecedent: str | None) -> str | None:
    """What a part of a two-unit measure counts ("in 2 hours 19 minutes"): the words after the first part are
    the second part's unit, so the first reads the noun before it; the second shares the first's noun."""
    if antecedent and _PART_BEFORE.search(sentence, max(0, rel_s - 40), rel_s):
        return antecedent
    if _NEXT_PART.match(sentence, rel_e):
        return _np_before(_words(sentence[max(0, rel_s - 160) : rel_s]))
    return None


def _compound_noun(sentence: str, rel_s: int, rel_e: int, kind: str, antecedent: str | None) -> str | None:
    """The noun of a figure written as one of two: a part of a two-unit measure, or the first of two glued
    figures, which measures the noun after the second ("55-inch and 65-inch sizes"), not the clause's subject."""
    if kind in _COMPOUND_KINDS:
        part = _compound_part(sentence, rel_s, rel_e, antecedent)
        if part:
            return part
    after_text = sentence[rel_e : rel_e + 120]
    shared = _SHARED_COMPOUND.match(after_text)
    if shared and (after_text.startswith("-") or _GLUED_UNIT.search(sentence, rel_s, rel_e)):
        return _np_after(_words(after_text[shared.end() :]), allow_of=False)
    return None


#: A label and its colon right before a figure: "Robberies: 12", "Turnout: 61%", "Thefts per 1,000 homes:
#: 14" (the rate's base is no part of the label).
_LABEL_BEFORE = re.compile(r"(?:^|[.|;]\s*|\d\s+)([A-Z][A-Za-z’' -]{1,50}?)(?:\s+per\s+[\d,.]+\s+[a-z]+)?:\s*$")
#: What follows a figure that fills a labelled cell: the end, a bar, a bracket, or the next label.
_CELL_END = re.compile(r"\s*(?:$|[|;(]|[A-Z][A-Za-z’' -]{1,50}?:)")


def _label_cell(sentence: str, rel_s: int, rel_e: int) -> str | None:
    """The label of a figure that fills a labelled cell ("Deaths: 12 Injuries: 40"): what it counts."""
    label = _LABEL_BEFORE.search(sentence, max(0, rel_s - 80), rel_s)
    if label is None or not _CELL_END.match(sentence, rel_e):
        return None
    return label.group(1).strip()


#: Endings of adjectives, as in "20% more powerful", "30% less expensive".
_ADJECTIVE_FORM = re.compile(r"(?:ful|ive|able|ible|ous|ant|ent|ic|al|ly)$")


def _counted(sentence: str, rel_s: int, rel_e: int, kind: str, antecedent: str | None) -> str | None:
    cell = _label_cell(sentence, rel_s, rel_e) if kind in ("count", "percent", "money") else None
    if cell:
        return cell
    np = _compound_noun(sentence, rel_s, rel_e, kind, antecedent)
    if np:
        return np
    after_text = sentence[rel_e : rel_e + 120]
    after = _words(after_text)
    before = _words(sentence[max(0, rel_s - 160) : rel_s])
    np = _dimension_before_noun(sentence, rel_s, rel_e) if kind == "distance" else None
    np = np or _restated(sentence, rel_s, after_text, kind, antecedent)
    if (
        not np
        and kind != "count"
        and antecedent
        and _THAT_IS.search(sentence, max(0, rel_s - 60), rel_s)
        and not _MARGIN_AFTER.match(sentence, rel_e)  # "That was 11 seconds inside the mark": a margin
    ):
        np = antecedent  # "the maker reckons that could reach nearer 400 km": "that" is the quantity before
    if not np and kind in ("money", "percent"):
        np = _changed(sentence, rel_s, after, antecedent)
    unit_tail = (
        _UNIT_TAIL.match(after_text)
        if kind in ("weight", "distance", "other") and not _DIMENSION.match(after_text)
        else None
    )
    if not np and unit_tail:
        # "8 oz. almond milk", "406 lb-ft of torque": the unit's abbreviation or second half, then the noun.
        np = _np_after(_words(after_text[unit_tail.end() :]), allow_of=False)
    if not np and kind in ("percent", "other") and after[:1] == ["the"]:
        # "about half the amount", "50 times the level": a fraction or multiple of the noun after.
        np = _np_after(after[1:], allow_of=False)
    if (
        not np
        and kind == "percent"
        and after[:1] in (["more"], ["fewer"], ["less"])
        and not _ADJECTIVE_FORM.search("".join(after[1:2]))
    ):
        # "40 per cent more cores": a share more of the noun after ("20% more powerful" compares an adjective).
        np = _np_after(after[1:], allow_of=False)
    if kind == "percent":
        np = np or _of_them(sentence, rel_s, after_text, antecedent)
    np = np or (
        _bare_count(sentence, rel_s, after_text, antecedent)
        if kind == "count"
        else _by_kind(sentence, rel_s, rel_e, kind, after, before)
    )
    if np:
        return np
    measure = _MEASURE_WORD.match(after_text) if kind == "count" else None
    if measure:
        # The measure is the unit, what it measures is counted: "1 tsp. sesame oil" counts sesame oil.
        np = _np_after(_words(after_text[measure.end() :]), allow_of=False)
        if np:
            return np
    # After a measure its unit is the noun, so a past tense next is the verb: "gusts of 80 mph caused damage"
    # (a share, an amount or a compound may still modify one: "a 12% increased risk", "a 6-inch curved screen").
    verb_next = (
        kind in _MEASURE_KINDS and bool(after) and _past_tense(after[0]) and _UNIT_LAST.search(sentence, rel_s, rel_e)
    )
    np = None if verb_next else _np_after(after, allow_of=True)
    if np and all(w.lower() in vocab.NUMBER_WORDS for w in np.split()):
        np = None  # "five of six": a numeral is no noun; the count shares out the one before
    if np and kind == "count" and np.lower() in ("others", "other"):
        return _others(antecedent)  # "12 people were killed and 5 others injured"
    if np:
        np = _kind_of(np, after)
        return _with_second_plural(np, after_text) if kind == "count" else np
    return _no_noun_after(sentence, rel_s, rel_e, kind, antecedent, before)


#: After a plural noun, "and" and a second plural noun that ends the phrase at a verb or a stop:
#: "700,000 homes and businesses lost power", "300 students and teachers were evacuated".
_SECOND_PLURAL = re.compile(
    r"\s+and\s+([a-z][a-z-]*[a-rt-z]s)(?=\s*(?:[,.;:!?]|$)|\s+(?:were|are|was|is|have|had|has|will|would|could|"
    r"can|may|might|must|also|all|both|lost|remain|remained|who|that|of|from|in|at|on)\b)"
)


#: Plural words that are amounts, not nouns: "hundreds", "dozens", "millions".
_VAGUE_PLURALS = frozenset(k for k in vocab.VAGUE_AMOUNTS if " " not in k) | vocab.PLURAL_SCALES | {"tens"}


def _with_second_plural(np: str | None, after_text: str) -> str | None:
    """The counted phrase with a second plural noun it is joined to, when one follows it straight after the
    figure's phrase; not a number word ("two rifles and hundreds of rounds") or a verb ("and employs")."""
    head = np.split()[-1] if np else ""
    if not head or not _plural(head):
        return np
    at = after_text.find(head)
    m = _SECOND_PLURAL.match(after_text, at + len(head)) if at >= 0 else None
    if m is None or m.group(1) in vocab.NUMBER_WORDS or m.group(1) in _VAGUE_PLURALS:
        return np
    return f"{np} and {m.group(1)}"


def _no_noun_after(
    sentence: str, rel_s: int, rel_e: int, kind: str, antecedent: str | None, before: list[str]
) -> str | None:
    """What a figure with no noun after it counts: the figure before it, or a noun before it."""
    after_text = sentence[rel_e : rel_e + 120]
    put = _put_at(sentence[max(0, rel_s - 120) : rel_s], antecedent, sentence[rel_s:rel_e])
    if put:
        return put
    if kind == "count" and antecedent:
        shared = _antecedent_noun(sentence, rel_s, after_text, antecedent)
        if shared:
            return shared
    if kind == "age" and _ATTRIBUTIVE_AGE.search(sentence, rel_s, rel_e):
        return None  # "shot a 7-year-old and her father": the child, not a noun before it
    if antecedent and _THAT_IS.search(sentence, max(0, rel_s - 60), rel_s):
        return antecedent  # "that would be 12 more": "that" is the quantity before
    read = _number_of(sentence[max(0, rel_s - 120) : rel_s]) or (
        _elided(sentence, rel_s, after_text, antecedent) if kind == "count" else None
    )
    if read:
        return read
    aside = _ASIDE_AFTER_SUBJECT.match(sentence[:rel_s]) if kind in _MEASURE_KINDS else None
    if aside and (subject := _clause_subject(aside.group(1))):
        return subject  # "The bridge, funded by 12 towns, will be built over six years": the bridge
    if kind == "count" and usable_antecedent(antecedent) and _second_verb_object(sentence, rel_s):
        return antecedent  # "killed 12 people and forced 3,000 from their homes": people too
    if kind == "count" and _SAID_BEFORE.search(sentence, max(0, rel_s - 40), rel_s):
        # "The company said 25,000 had walked out": the noun before the speech verb is who speaks
        return antecedent if usable_antecedent(antecedent) else None
    np = _np_before(before)
    if kind == "count" and np and _level_before(before):
        # "Ridership on the new line hit 12,000": the subject's level, not the noun its phrase ends on
        np = _head_of_subject(sentence, rel_s, np)
    return np


#: A verb after "and" or "but" right before a bare count, and the figure of the verb before it.
_AND_VERB_BEFORE = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+)?([a-z]+)\s+$")
_A_FIGURE = re.compile(r"\d|\b(?:" + "|".join(vocab.SMALL_NUMBERS) + r")\b", re.I)


def _second_verb_object(sentence: str, rel_s: int) -> bool:
    """The bare count is the object of a second verb whose first took a figure: the noun is left out
    because it is the same ("sold 40 cars and leased 12", "arrested nine men and charged four")."""
    m = _AND_VERB_BEFORE.search(sentence, max(0, rel_s - 30), rel_s)
    return bool(m and _verb_form(m.group(1)) and _A_FIGURE.search(sentence, max(0, m.start() - 60), m.start()))


#: A speech verb right before a bare count, which opens the clause it reports.
_SAID_BEFORE = re.compile(r"\b(?:" + "|".join(vocab.CLAUSE_SPEECH_VERBS) + r")\s+(?:that\s+)?$", re.I)
#: A sentence's subject, then an aside between commas that a participle or a relative pronoun opens, then its
#: verb up to the figure: "The bridge, funded by 12 towns, will be built over".
#: What follows the aside is the verb group alone (up to five words, no article, "that" or "to" opening a
#: clause or an object of its own).
_ASIDE_AFTER_SUBJECT = re.compile(
    r"([^,]{1,60}),\s+(?:[a-z]+ed|paid|built|led|run|owned|held|made|known|given|taken|shot|which|who)\b[^,]{1,80},\s+"
    r"(?!(?:\S+\s+){0,4}(?:the|a|an|his|her|its|their|that|to)\s)(?:\S+\s+){0,4}\S*\s*$"
)


#: Verbs that give the level a subject reached: "Attendance reached 40,000", "Admissions rose to 1,140".
_LEVEL_VERBS = frozenset(
    {
        *("rose", "rise", "rises", "fell", "fall", "falls", "grew", "grow", "grows", "increased", "decreased"),
        *("dropped", "declined", "jumped", "climbed", "slid", "slipped", "surged", "soared", "plunged", "tumbled"),
        *("sank", "totalled", "totaled", "reached", "hit", "stood", "topped", "peaked", "stands", "totals"),
        *("fallen", "risen", "grown"),
        "voted",  # "Members of the council voted 9 to 4": the members' votes
    }
)
#: The words a verb of level may stand among right before its figure: particles ("to", "at") and auxiliaries.
_LEVEL_GROUP = _CHANGE | _LEVEL_VERBS | _AUX


def _level_before(before: list[str]) -> bool:
    """Whether the words right before a figure are a verb of level with its particles ("rose to", "stood at")."""
    k = len(before) - 1
    verb = False
    while k >= 0 and before[k].lower() in _LEVEL_GROUP:
        verb = verb or before[k].lower() in _LEVEL_VERBS
        k -= 1
    return verb


def _antecedent_noun(sentence: str, rel_s: int, after_text: str, antecedent: str) -> str | None:
    """The noun a bare count takes from the figure before it, if it stands for that figure's noun."""
    window = sentence[max(0, rel_s - 30) : rel_s]
    if _ELIDED_BEFORE.search(window) and _OTHER_BEFORE.search(window):
        # "The other three are expected to recover": others of those counted before (GUIDE 23).
        return _others(antecedent)
    if _FURTHER.match(sentence, rel_s):
        return antecedent
    return antecedent if _shares_noun(sentence, rel_s, after_text) else None


def _shares_noun(sentence: str, rel_s: int, after_text: str) -> bool:
    """Whether a bare count stands for the noun of the figure before it: an elided noun ("the earlier two"), a
    share-out ("five jets: two to Qatar and three to Oman", "won 12 of 13"), or the total of a share ("five of
    six": the total counts what its share did)."""
    return bool(
        _ELIDED_BEFORE.search(sentence[max(0, rel_s - 30) : rel_s])
        or _SHARE_OUT.match(after_text)
        or (_TOTAL_OF.search(sentence, 0, rel_s) and _CLAUSE_END.match(after_text))
    )


#: "that" as the subject of a figure, standing for the quantity just given: "that could be more like 300 miles",
#: "that would be about 40%".
_THAT_IS = re.compile(
    r"(?:^|[,;:]\s*|\b(?:say|says|said|estimate|estimates|estimated|expect|expects|believe|believes|think|thinks|"
    r"and|but)\s+)that\s+"
    r"(?:(?:could|would|might|may|will|should)\s+)?(?:be|is|was|means|equals)\s+"
    r"(?:(?:more|less|closer|nearer)\s+(?:like|to)\s+|(?:about|around|roughly|nearly|almost|some)\s+)?$",
    re.I,
)


#: A cardinal in words ("six", "twenty"), and one as written, in digits or in words ("11", "1,200", "six").
_NUMBER_WORD = r"(?:" + "|".join(sorted({*vocab.SMALL_NUMBERS, *vocab.TENS}, key=len, reverse=True)) + r")\b"
#: A glued figure's partner that shares its noun: "55-inch and 65-inch sizes", "three- and five-year contracts".
_SHARED_COMPOUND = re.compile(r"-?\s+(?:and|or|to)\s+(?:\d[\d.,]*|" + _NUMBER_WORD + r")-[a-z]+(?=\s+[a-z])", re.I)
_GLUED_UNIT = re.compile(r"-[a-z]+$", re.I)
#: Measures written in two units, "2 hours 19 minutes", "7 pounds 6 ounces": the next figure right after the unit,
#: and the figure right before one.
_PART_UNIT = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|pounds?|ounces?|lbs?|oz|stone|kilo(?:gram)?s?|"
    r"kg|grams?|miles?|yards?|feet|foot|inch(?:es)?|(?:kilo|centi)?met(?:re|er)s?|km|cm)\b"
)
_NEXT_PART = re.compile(r"\s+(?:and\s+)?(?:\d[\d.,]*|" + _NUMBER_WORD + r")\s*" + _PART_UNIT, re.I)
_PART_BEFORE = re.compile(r"(?:\d[\d.,]*|" + _NUMBER_WORD + r")\s*" + _PART_UNIT + r"\s+(?:and\s+)?$", re.I)
_COMPOUND_KINDS = frozenset({"duration", "weight", "distance"})
_NUMERAL = r"(?:\d[\d,.]*|" + _NUMBER_WORD + r")"
#: A unit written as a word after its number: "weeks", "miles", "kilograms".
_UNIT_WORD = (
    r"(?:"
    + "|".join(sorted((u for u in vocab.MEASURE_UNITS if u.isalpha() and len(u) > 2), key=len, reverse=True))
    + r")\b"
)
#: After a bare count, words that share out an earlier figure's noun: "two to Qatar", "12 of 13", "three each".
_SHARE_OUT = re.compile(r"\s+(?:to|for|went\s+to|of\s+(?:the\s+)?" + _NUMERAL + r"|each|apiece)\b", re.I)
#: "of their last", "of its past": what leads to the total a count is out of.
_OF_TOTAL = r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:(?:last|past|previous|first|final)\s+)?"
#: Where a record's bare count ends: the clause, or a preposition or conjunction that opens no noun of its own.
_RECORD_END = (
    r"\s*(?:$|[,.;:!?)—–]|(?:in|at|on|since|after|before|and|but|this|last|despite|following|against|when|while)\b)"
)
_RESULT_VERB = r"\b(?:" + "|".join(sorted(vocab.RESULT_VERBS)) + r")\s+(?:(?:just|only|all|each)\s+)?"
#: The first count of a record: "won 9 of 11", "lost five straight", "won three in a row".
_RECORD_FIRST = (
    re.compile(_RESULT_VERB + r"$", re.I),
    re.compile(r"^(?:" + _OF_TOTAL + _NUMERAL + r"|\s+(?:straight|consecutive|in\s+a\s+row))" + _RECORD_END, re.I),
)
#: The total of a record: "won 9 of 11 since the break".
_RECORD_TOTAL = (
    re.compile(_RESULT_VERB + _NUMERAL + _OF_TOTAL + r"$", re.I),
    re.compile(r"^" + _RECORD_END, re.I),
)


def _record(sentence: str, rel_s: int, after_text: str) -> bool:
    """Whether a bare count is a record of results, which counts games ("have lost four of their last six")."""
    head = sentence[max(0, rel_s - 60) : rel_s]
    return any(
        before.search(head) is not None and after.match(after_text) is not None
        for before, after in (_RECORD_FIRST, _RECORD_TOTAL)
    )


#: A verb, or "with", right before a count that ends its clause: "Jones had 12.", "charged with three;".
_ELLIPSIS_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(vocab.ELLIPSIS_VERBS)) + r")\s+(?:(?:just|only|another|about|nearly|almost)\s+)?$", re.I
)
_CLAUSE_END = re.compile(r"^\s*(?:$|[,.;:!?)—–])")
#: The total after a share of it, its noun left out: "five of six", "four of their last seven".
_TOTAL_OF = re.compile(_NUMERAL + _OF_TOTAL + r"$", re.I)
_NUMERAL_IN = re.compile(r"\b" + _NUMERAL, re.I)


def _elided(sentence: str, rel_s: int, after_text: str, antecedent: str | None) -> str | None:
    """The noun a count leaves out after a figure of its own sentence gave it: "Smith added 19 points, and Jones
    had 12" counts points. The earlier noun must be a plain plural ("points", not "Smith")."""
    if not antecedent or not _PLAIN_NP.match(antecedent) or not _plural(antecedent):
        return None
    head = sentence[max(0, rel_s - 40) : rel_s]
    if not (_ELLIPSIS_BEFORE.search(head) and _CLAUSE_END.match(after_text)):
        return None
    return antecedent if _NUMERAL_IN.search(sentence, 0, max(0, rel_s - 1)) else None


#: What is left of a unit after the scanner's figure: its abbreviation stop ("8 oz. milk") or its second
#: half ("406 lb-ft of torque").
_UNIT_TAIL = re.compile(r"(?:\.|-[a-z]{1,4}\.?)\s+(?:of\s+)?(?=[a-z])")
#: Kitchen and serving measures the scanner leaves to the noun: "1 tsp. salt", "2 cups of rice".
_MEASURE_WORD = re.compile(
    r"\s*(?:tsp|tbsp|tbs|teaspoons?|tablespoons?|cups?|pinch(?:es)?|cloves?|slices?|scoops?|servings?|"
    r"handfuls?|sprigs?|cans?|sticks?|dashes|dash)\b\.?\s+(?:of\s+)?(?=[a-z])",
    re.I,
)
#: A figure restating the one before it in other units: "1,900 miles (3,100 kilometers)", "12 tons, or 11 metric tons,".
_CONVERSION_BEFORE = re.compile(r"\d[\w,.-]*(?:\s+[a-z-]+){0,2}\s*(?:\(\s*|,\s+or\s+|/\s*)$")
#: "1,200 tons (1,090 metric tons) of sand", "3,300 tons, or 3,000 metric tons, of sand", "a 10-mile-wide
#: (16 km) crater".
_CONVERSION_OF = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*(?:of\s+)?|,\s+or\s+(?:[^,;]|,(?=\d)){1,40},\s*of\s+)")
#: A value compared with the one before it: "to $3.1 billion from $2.7 billion", "33.2% from 34.1%".
_FROM_BEFORE = re.compile(
    r"\d[\d.,]*\s*(?:%|percent|per\s+cent|percentage\s+points?|[bm]illion|bn|[mk]\b)?,?\s+"
    r"(?:(?:up|down)\s+)?(?:from|compared\s+with|compared\s+to|versus|vs\.?|against)\s+(?:a\s+|an\s+)?$",
    re.I,
)
#: The second value of a move: "cut from $31 billion to $6 billion", "from 16 today to as many as 80".
_FROM_TO_BEFORE = re.compile(
    # "from an estimated 9 million down to 7 million": the qualifier and the direction may be written out
    # "from ten days to six months": in words too, and with its unit.
    r"\bfrom\s+(?:an?\s+)?(?:around\s+|about\s+|roughly\s+|nearly\s+|estimated\s+)?(?:\S*\d[\d.,]*\S*|"
    + _NUMBER_WORD
    + r")(?:\s+(?:%|percent|per\s+cent|[bm]illion|bn|[a-z]+ly|now|today|currently|"
    + _UNIT_WORD
    + r")){0,2}(?:\s+(?:down|up))?\s+to\s+$",
    re.I,
)
#: The new value after a change by a percent: "rose 5% to $3.1 billion", "grew 18% year over year to".
_CHANGE_TO_BEFORE = re.compile(
    r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)[^,;:\d]{0,40}?\bto\s+"
    r"(?:(?:about|around|nearly|roughly|almost|more\s+than|a\s+record|an\s+estimated)\s+)?$",
    re.I,
)
#: The earlier value of a figure the sentence gave, wherever it was: "..., up from 1,100 a day earlier".
_UP_FROM = re.compile(r"\b(?:up|down)\s+(?:sharply\s+|slightly\s+)?from\s+(?:a\s+|an\s+)?$", re.I)
#: "twice as much water", "three times as many cases".
_AS_MANY = re.compile(r"^\s*(?:times\s+)?as\s+(?:many|much)\s+", re.I)


def _restated(sentence: str, rel_s: int, after_text: str, kind: str, antecedent: str | None) -> str | None:
    """What a unit conversion or a multiple counts: the same as the figure it restates, or its "of" noun.

    Money and percents are left out: "$1.2 billion, or $1.10 a share" is another quantity.
    """
    head = sentence[max(0, rel_s - 50) : rel_s]
    if antecedent and (_FROM_TO_BEFORE.search(head) or _UP_FROM.search(head) or _CHANGE_TO_BEFORE.search(head)):
        # "from $12 billion to $9 billion", "1,245 on Tuesday, up from 1,100": both values of one amount
        return antecedent
    if kind in ("money", "percent"):
        # "rose to $3.1 billion from $2.7 billion": the earlier value of the same amount.
        return antecedent if antecedent and _FROM_BEFORE.search(head) else None
    m = _AS_MANY.match(after_text)
    if kind == "count" or m:
        return _np_after(_words(after_text[m.end() :]), allow_of=False) if m else None
    if antecedent and _CONVERSION_BEFORE.search(sentence[max(0, rel_s - 40) : rel_s]):
        return antecedent
    m = _CONVERSION_OF.match(after_text)
    return _np_after(_words(after_text[m.end() :]), allow_of=False) if m else None


_CHANGE_NOUN_WORDS = "|".join(sorted(_CHANGE_NOUNS))
#: A change set beside a figure: "sales of $2 billion, an increase of 7%", "12 million viewers — a rise of 5%".
_CHANGE_OF_BEFORE = re.compile(r"\d[^;:]*[,—–]\s+(?:an?\s+)?(?:" + _CHANGE_NOUN_WORDS + r")\s+of\s+$", re.I)
#: "up" or "down" after a figure and its comma: "9 million viewers, down 15%", "$2 billion, up about 4%".
_UP_DOWN_BEFORE = re.compile(
    r"\d[^;:,]*,\s+(?:up|down)\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|some|by)\s+)?$", re.I
)
#: The article of a change named after its figure, beside a figure: "$48 million, a 20% jump".
_APPOSED_BEFORE = re.compile(r"\d[^;:]*[,—–]\s+an?\s+$", re.I)


def _changed(sentence: str, rel_s: int, after: list[str], antecedent: str | None) -> str | None:
    """What a change in a value is of: "a 20% rise in revenue" is revenue's; set beside a figure ("sales of $2
    billion, an increase of 7%", "$48 million, a 20% jump") it is the change of that figure's noun."""
    head = sentence[max(0, rel_s - 160) : rel_s]
    first = after[0].lower() if after else ""
    if first in _CHANGE_NOUNS and [w.lower() for w in after[1:2]] in (["in"], ["of"]):
        k = 2
        while k < len(after) and after[k].lower() in _DETS | _OWNERS:
            k += 1
        np = _np_after(after[k:], allow_of=False)
        if np is None and k < len(after) and _GERUND.match(after[k]):
            np = after[k]  # "a 14% rise in lending": a gerund names the activity
        if np and np.lower() in ("number", "amount", "level") and after[k + 1 : k + 2] == ["of"]:
            np = _np_after(after[k + 1 :], allow_of=True)  # "a 10% cut in the number of flights"
        if np:
            return np
    if antecedent and first in _CHANGE_NOUNS and _APPOSED_BEFORE.search(head):
        return antecedent
    if antecedent and _UP_DOWN_BEFORE.search(head):
        return antecedent  # "drew 9 million viewers, down 15% from last season": the change of the viewers
    return antecedent if antecedent and _CHANGE_OF_BEFORE.search(head) else None


#: "the number of X ... could be as high as 300", "a total of X rose to 42": the figure counts X.
_NUMBER_OF = re.compile(r"\b(?:number|numbers|total|tally|count)\s+of\s+", re.I)


#: "the share of adults who smoke has dropped to 14%": a percent of a share counts what it is a share of.
_SHARE_OF = re.compile(r"\b(?:share|proportion|percentage|portion|fraction)\s+of\s+", re.I)


def _after_last(pattern: re.Pattern[str], head: str, stop: str) -> str | None:
    """What follows the last match of ``pattern`` in ``head``, if nothing that ``stop`` finds (another figure, a
    clause break) stands in it."""
    found = next(reversed(list(pattern.finditer(head))), None)
    if found is None or re.search(stop, head[found.end() :]):
        return None
    return head[found.end() :]


def _np_after_last(pattern: re.Pattern[str], head: str, stop: str = r"\d|[;:]") -> str | None:
    """The noun phrase after the last match of ``pattern`` in ``head``, if nothing that ``stop`` finds (another
    figure, a clause break) stands between it and the figure."""
    rest = _after_last(pattern, head, stop)
    return None if rest is None else _np_after(_words(rest), allow_of=False)


def _share_of(head: str) -> str | None:
    return _np_after_last(_SHARE_OF, head)


#: "uptake of the vaccine among people over 65 stands at 61%": a rate among a group is a share of the group.
_AMONG = re.compile(r"\bamong\s+(?:the\s+)?", re.I)
#: The words before a level ("stands at", "rose to", "is"), not a change ("rose 15 percent").
_LEVEL_BEFORE = re.compile(r"\b(?:to|at|is|are|was|were|reached|hit)\s+$", re.I)


def _share_among(head: str) -> str | None:
    """The group a rate is a share of, when it names one with "among" and the figure is its level; a change
    ("attendance among visitors rose 15 percent") is of the subject."""
    if not _LEVEL_BEFORE.search(head):
        return None
    # a comma after the group closes its clause: "the most profitable among the units, followed by ..."
    return _np_after_last(_AMONG, head, r"[,;:]")


#: "the number who fell ill": a number of those who did something, people.
_NUMBER_WHO = re.compile(r"\b(?:number|total|count)\s+(?=who\s)", re.I)


#: Another figure between a "number of" phrase and its value; digits inside a name ("the number of HH-2000
#: heaters") are none.
_FIGURE_BETWEEN = r"(?<![\w-])\d"


def _number_of(head: str) -> str | None:
    stop = _FIGURE_BETWEEN + r"|[;:]"
    np = _np_after_last(_NUMBER_OF, head, stop)
    if np is None and _after_last(_NUMBER_WHO, head, stop) is not None:
        return "people"
    return np


def _by_kind(sentence: str, rel_s: int, rel_e: int, kind: str, after: list[str], before: list[str]) -> str | None:
    """What a money, percent, multiple, age or duration figure is of, when its kind says where to look."""
    if kind in ("money", "percent"):
        return _money_or_share(sentence, rel_s, rel_e, after, before, kind)
    if kind == "other" and after[:1] and after[0].lower() in _COMPARATIVES:
        return _multiple_of(sentence, rel_s, after)
    if kind == "age":
        return _age_owner(sentence, rel_s, rel_e, after, before)
    if kind in ("duration", "distance"):
        margin = _margin(sentence, rel_s, rel_e)
        if margin:
            return margin
    if kind in ("duration", "distance", "weight", "other"):
        fronted = _fronted(sentence, rel_s, rel_e)
        if fronted:
            return fronted
    if kind == "duration":
        return _measured(sentence, rel_s, rel_e, after)
    if kind in ("distance", "weight", "other"):
        return _covered(sentence, rel_s, rel_e) if kind == "distance" else _measure_subject(sentence, rel_s, rel_e)
    return None


_ROLE_NOUNS = vocab.PERSON_ROLE_NOUNS | vocab.PERSON_TITLE_WORDS | vocab.RELATION_ROLE_NOUNS
#: A role apposed to the name after it: "its director, Ruth Okafor", "the club's captain, Joe Hart".
_APPOSED_ROLE = re.compile(
    r"(?:^|\b(?:the|its|his|her|their|our|a|an|one|another)\s+)((?:[\w'’-]+\s+){0,2}[a-z-]+),\s*$", re.I
)


def _role_before(head: str) -> str | None:
    """The role a name is given right before it, in lower case: "chief executive Marcus Delane", "its
    director, Ruth Okafor". Up to two modifiers of the role noun; none that splits a quantity ("suspected")."""
    apposed = _APPOSED_ROLE.search(head)
    words = apposed.group(1).split() if apposed else _words(head)[-3:]
    if not words or words[-1].lower() not in _ROLE_NOUNS:
        return None
    role = [words[-1].lower()]
    for w in reversed(words[:-1]):
        lw = w.lower()
        if not w.isalpha() or lw in _STOP or lw in _DETS or lw in _AUX or lw in vocab.SPLITTING_MODIFIERS:
            break
        if lw.endswith("ed") or (w[0].isupper() and lw not in vocab.PERSON_TITLE_WORDS):
            break  # a verb ("named"), or a name ("Elm County police officer"): the role's own words only
        role.insert(0, lw)
    return " ".join(role)


def _age_owner(sentence: str, rel_s: int, rel_e: int, after: list[str], before: list[str]) -> str | None:
    """Whose an age is, read around it: the noun or name it is apposed to, the name before it, the one who
    turned it, or the name opening the clause of "at the age of"."""
    apposed = _apposed_age(sentence, rel_s, rel_e)
    if apposed:
        return apposed  # "The driver, a 52-year-old from Leeds": the driver's
    if _ATTRIBUTIVE_AGE.search(sentence, rel_s, rel_e) and after and after[0][:1].isalpha():
        return None  # "Ann Lee, 31-year-old Tom Fenn": an attributive age is the next noun's
    if _TURNED.search(sentence, max(0, rel_s - 30), rel_s):
        return _np_before(before)  # "the actress, who turned 50 last week": the one who turned it
    ranged = _RANGED_IN_AGE.search(sentence, max(0, rel_s - 60), rel_s)
    if ranged:
        return _aged(_words(sentence[max(0, ranged.start() - 80) : ranged.start()]))
    k = len(before) - 1
    while k > 0 and (before[k][:1].isdigit() or before[k].lower() in (",", "and", "or")):
        k -= 1  # the ages listed before: "aged 18, 19 and 21"
    if k > 0 and before[k].lower() in ("aged", "ages"):
        return _aged(before[:k])
    m = _NAME_BEFORE_AGE.search(sentence, max(0, rel_s - 80), rel_s)
    if m:
        # "Jane Doe, 19,": the age is the named person's, with the role that says who she is
        role = _role_before(sentence[max(0, m.start(1) - 80) : m.start(1)])
        return f"{role} {m.group(1)}" if role else m.group(1)
    if _AT_AGE.search(sentence, max(0, rel_s - 20), rel_s):
        # "Vale retired at age 35": the subject's age when it is a name; never the noun "age"
        subject = _opening_subject(sentence[:rel_s])
        if subject and all(w[:1].isupper() for w in subject.split()):
            return subject
        opener = _NAME_OPENS.match(_last_clause(sentence[:rel_s]))
        if opener and not {w.lower() for w in opener.group(1).split()} & (
            vocab.NOT_NAME_WORDS | vocab.STORY_STOP_WORDS
        ):
            return opener.group(1)  # "Jo Roe beat Ann Lee to win ..., at the age of 22": the name that opens it
    return None


#: "the six victims, who ranged in age from": whose ages a range gives is the noun before.
_RANGED_IN_AGE = re.compile(
    r"(?:,\s*)?(?:\b(?:who|which)\s+)?\b(?:ranged|range|ranges|ranging)\s+in\s+age\s+(?:from\s+)?$", re.I
)


def _aged(before: list[str]) -> str | None:
    """Who "aged" or "ages" gives the age of: the noun phrase before it, apposed or not ("workers aged under
    25 earn less", "three men aged 18 to 21", "two nephews, ages 8 and 11")."""
    end = len(before) - 1
    if end > 0 and before[end] == ",":
        end -= 1
    owner = _words_back(
        before,
        end,
        lambda w, _: (
            not w[0].isalpha()
            or w.lower() in _STOP | _NUMBER_WORDS
            or (bool(_VERBY.search(w.lower())) and w.lower() not in _NOUNY_ED)
        ),
    )
    return " ".join(owner) if owner else None


#: A time or distance that a win or a lead is by: "won the race by 31 seconds", "leads the standings by 2 km".
_BY_MARGIN = re.compile(
    r"\b(?P<verb>" + "|".join(vocab.WINNING_VERBS + vocab.LEADING_VERBS) + r")\b[^,;:]{0,60}?\bby\s+"
    r"(?:(?:just|only|some|about|around|nearly|almost|more\s+than|less\s+than)\s+)?$",
    re.I,
)
#: A time or distance that one finished ahead of another by: "two seconds ahead of", "11 seconds inside the mark".
_MARGIN_AFTER = re.compile(
    r"\s+(?:ahead\s+of|clear\s+of|short\s+of|behind(?!\s+(?:schedule|bars)\b)|inside\s+(?:the|a|an|his|her|its|their)\b)",
    re.I,
)


def _margin(sentence: str, rel_s: int, rel_e: int) -> str | None:
    """A measure that is the gap between two results (GUIDE 11 names what it is of): a lead, or a margin."""
    by = _BY_MARGIN.search(sentence, max(0, rel_s - 100), rel_s)
    if by:
        return "lead" if by.group("verb").lower() in vocab.LEADING_VERBS else "winning margin"
    return "margin" if _MARGIN_AFTER.match(sentence, rel_e) else None


def _covered(sentence: str, rel_s: int, rel_e: int) -> str | None:
    """A distance an activity covered is its distance ("rushed for 80 yards": rushing distance); any other
    distance is what its clause measures."""
    if _BELOW.match(sentence, rel_e):
        subject = _opening_subject(sentence[:rel_s])  # "the quake struck 10 km below the surface"
        return f"{subject} depth" if subject else "depth"
    activity = _activity(sentence[:rel_s])
    if not activity or _DIMENSION.match(sentence, rel_e):
        return _measure_subject(sentence, rel_s, rel_e)
    subject = _measure_subject(sentence, rel_s, rel_e) or _opening_subject(_before_activity(sentence[:rel_s]))
    return f"{subject} {activity} distance" if subject else f"{activity} distance"


#: Words after a multiple that compare: "twice as many", "three times higher", "five times more likely".
_COMPARATIVES = frozenset({"as", "more", "higher", "larger", "greater", "bigger", "faster", "lower", "smaller"}) | {
    "longer",
    "heavier",
    "stronger",
    "likelier",
    "less",
    "fewer",
}


def _multiple_of(sentence: str, rel_s: int, after: list[str]) -> str | None:
    """What a multiple is of: the noun after "as many" ("twice as much water"), else the clause's subject
    ("sales were three times higher", "smokers are five times more likely to")."""
    if after[:2] in (["as", "many"], ["as", "much"]):
        np = _np_after(after[2:], allow_of=False)
        if np:
            return np
    if after[0].lower() in ("more", "less", "fewer"):
        np = _np_after(after[1:], allow_of=False)
        if np and not np.endswith("ly"):
            return np  # "ten times more cases"
    return _opening_subject(sentence[:rel_s])


#: A topic set before the clause that measures it: "As for range, ...", "When it comes to battery life, ...".
_TOPIC = re.compile(r"^\W*(?:as\s+for|as\s+to|when\s+it\s+comes\s+to|in\s+terms\s+of)\s+([^,;:]{1,40}),\s", re.I)


_DEMONSTRATIVE = re.compile(r"^\s*(?:this|that|these|those)\s+", re.I)


def _fronted(sentence: str, rel_s: int, rel_e: int) -> str | None:
    """What a measure opening its sentence is of: the subject after it ("At 6.1 inches, the screen is ..."), or
    the topic the sentence names first ("As for range, it can go 300 miles")."""
    if _PRICE_FIRST.match(sentence[:rel_s]) and sentence[rel_e : rel_e + 1] == ",":
        return _clause_subject(_DEMONSTRATIVE.sub("", sentence[rel_e + 1 :]))
    topic = _TOPIC.match(sentence)
    if topic and topic.end() <= rel_s and "," not in sentence[topic.end() : rel_s]:
        return _of_phrase(_words(topic.group(1)))
    return None


#: A verb that gives an age its owner before it: "the singer turned 40", "who turns 18 in May".
_TURNED = re.compile(r"\b(?:turned|turns|turning|turn)\s+$", re.I)
#: A dimension after a measure, as the noun it names: "six feet wide" measures a width.
_DIMENSION = re.compile(
    r"\.?\s*(?:\([^()]{1,40}\)\s*)?(long|wide|high|tall|deep|thick|across|in\s+diameter|in\s+length|in\s+width|"
    r"in\s+height|away|apart|distant|" + "|".join(sorted(vocab.COMPASS_DIRECTIONS, key=len, reverse=True)) + r")\b",
    re.I,
)
#: A noun right before a distance off, inside its clause: "flown to a clinic some 90 miles north",
#: "a town 30 miles away", ", a community about 60 miles northwest". After a preposition, a verb or a comma,
#: so that it is no clause's subject.
_PLACED_BEFORE = re.compile(
    r"(?:\b[a-z]+|,)\s+(?:a|an|the)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just|only|more\s+than|less\s+than)\s+)?$"
)
#: Where a measure's phrase ends without a noun of its own: "shrunk to 5.5 inches.", "go 39 miles on battery".
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:$|[,.;:!?)—–]|(?:on|in|at|per|a|an|each|from|to|for|by|and|or|than)\b)", re.I
)
#: Where a clause starts, for its subject: the sentence start or a break.
_CLAUSE_START = re.compile(
    r"(?:^|[;:—–(]\s*|,\s+(?:and|but|while|whereas)\s+|\b(?:while|whereas|that)\s+|"
    # a reported clause: "the report claims the display will remain 13.3 inches"
    r"\b(?:says|say|said|claims|claim|claimed|reports|reported|believes|believe|expects|expect|estimates|estimate|"
    r"thinks|think|notes|noted|found|shows|show|warns|warn|warned|predicts|predict|predicted|"
    r"fears|fear|feared|insists|insist|insisted|suggests|suggest|suggested)\s+"
    # "Roe, who police say was shot": a relative clause's verb follows, its subject is before "who"
    r"(?!(?:was|were|is|are|had|has|have)\b))"
)


#: A noun a possessive or article marks, right before the preposition of a measure: "its height by", "the
#: gap to".
_OWNED_BEFORE = re.compile(r"\b(?:its|their|his|her|our|your|the)\s+([a-z][\w-]*)\s+(?:by|to|of|at)\s*$")


#: A dimension named before its measure: "a range of", "a top speed of", "an altitude of".
_DIMENSION_OF = re.compile(r"\b(?:a|an)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+of\s*$")
_NOT_DIMENSION = vocab.EMPTY_HEADS | {"total"}


def _measure_subject(sentence: str, rel_s: int, rel_e: int) -> str | None:
    """What a measurement measures when no noun follows it: the subject of its clause ("The panel has been
    cut to 7.5 inches" measures the panel), with the dimension it names ("six feet wide": width)."""
    after_text = sentence[rel_e : rel_e + 60]
    dim = _DIMENSION.match(after_text)
    if not dim and not _NO_NOUN_AFTER.match(after_text):
        return None  # "a 275 horsepower electric motor": the noun after reads it
    head = sentence[:rel_s]
    named = _DIMENSION_OF.search(head)
    if named and not dim and named.group(1).split()[-1] not in _NOT_DIMENSION:
        # "the car has a top speed of 155 mph": the dimension is named, and whose it is opens the clause.
        front = head[: named.start()]
        subject = _opening_subject(front)
        return f"{subject} {named.group(1)}" if subject else named.group(1)
    owned = _OWNED_BEFORE.search(head)
    if owned and not dim and not _VERBY.search(owned.group(1).lower()):
        return owned.group(1)  # "raise its seat by a total of 4 inches": the seat
    if not dim and not _after_a_verb(head):
        return None  # "an annual capacity of around 3.4 GW", "a laptop 512GB": the noun before reads it
    subject = _opening_subject(head)
    if dim:
        word = dim.group(1).lower()
        if word in vocab.COMPASS_DIRECTIONS:
            word = "away"  # "185 miles northwest of" is a distance off, like "185 miles away"
        placed = _PLACED_BEFORE.search(head)
        # "claimed the boulder is 40 metres across": a copula ends the noun, and the subject reads it
        if placed and not _VERBY.search(placed.group(1)) and not set(placed.group(1).lower().split()) & (_AUX | _STOP):
            # "a hospital around 185 miles northwest": the hospital is that far; "mapped a crater 3 km
            # wide": the crater is that wide, not whoever mapped it
            subject = placed.group(1)
        noun = "diameter" if "diameter" in word else _DIMENSION_NOUN.get(word, word.split()[-1])
        return f"{subject} {noun}" if subject else noun
    return subject


def _after_a_verb(head: str) -> bool:
    """Whether a verb stands right before the figure, past its prepositions and qualifiers."""
    ws = _words(head)
    i = len(ws) - 1
    while i >= 0 and (ws[i].lower() in _MEASURE_LEAD or not ws[i][0].isalpha()):
        i -= 1
    if i < 0:
        return False
    lw = ws[i].lower()
    return bool(
        lw in _MEASURE_VERBS
        or lw in _AUX
        or lw in _IRREGULAR_PAST
        or _verb_before_figure(ws[i])
        or lw in _NP_VERB_BREAK
        or lw in _BASE_CHANGE
        or (_VERBY.search(lw) and lw not in _NOUNY_ED)
    )


def _clause_subject(clause: str) -> str | None:
    """The noun phrase that opens a clause, up to its verb: "The new RAV4 will be able ..." -> "new RAV4"."""
    ws = _words(clause)
    i = 0
    while i < len(ws) and ws[i].lower() in _DETS:
        i += 1
    if i + 1 < len(ws) and ws[i] in ("-", "–") and ws[i + 1][0].isalpha():
        i += 2  # a compound figure, its number already dropped: "The 65-inch model" -> "model"
    out: list[str] = []
    owned = False  # the word after a possessive is its noun: "the car’s range", "the tablet’s weight"
    for k, w in enumerate(ws[i : i + 5], start=i):
        lw = w.lower()
        # "Costs rose 5%": a word the verb lists hold opens the subject when a verb follows it
        # ... and so does one a modal follows: "restructuring costs could rise"
        # ... and so does one a finite "be" or "have" follows: "the real cost was £2 million"
        noun = k + 1 < len(ws) and (
            (not out and ws[k + 1].lower() in _VERBS_BEFORE_FIGURE) or ws[k + 1].lower() in _MODALS | _FINITE_BE_HAVE
        )
        if (
            not w[0].isalpha()
            or lw in _STOP
            or lw in _AUX
            or (not owned and not noun and (lw in _NP_VERB_BREAK or lw in _VERBS_BEFORE_FIGURE))
            or (_VERBY.search(lw) and lw not in _NOUNY_ED)
            or (not noun and lw.endswith("s") and lw[:-1] in _VERBS_BEFORE_FIGURE)
            or lw.endswith(("n't", "n’t"))  # "the port doesn’t run": a negated auxiliary ends the subject
        ):
            break
        owned = lw.endswith(("’s", "'s"))
        out.append(w[:-2] if owned else w)
    # A verb the lists do not know ends the phrase after a plural or a name: keep at most the first three words.
    return " ".join(out[:3]) if out and len(out) < 5 else None


#: A bare count after "in front of": the crowd a game or a show was played to.
_AUDIENCE_BEFORE = re.compile(r"\bin\s+front\s+of\s+(?:(?:about|around|nearly|some|roughly|more\s+than)\s+)?$", re.I)


#: "of those arrested", "of the dead" before "were": a part of a group the rest of the sentence names.
_PARTITIVE_BEFORE_BE = re.compile(r"^\s+of\s+(?:those|the|them)(?:\s+[a-z]+)?(?=\s+(?:are|were)\b)", re.I)
#: A bare count said to be a plural noun: "two were children", "five are men", "three were also officers".
_PREDICATE_NOUN = re.compile(
    r"^\s+(?:are|were)\s+(?:(?:also|all|both|still)\s+)?"
    r"((?:wo)?men|children|people|[a-z]+(?<!ss)(?<!ous)(?<!ed)(?<!ing)s)\b"
)


#: A sentence opening on a part of the group counted before: "Of those, around 190,000 ...", "Among them, 12 ...".
_OF_THOSE_OPENER = re.compile(
    vocab.OF_THOSE_OPENER_PATTERN + r"(?:(?:about|around|roughly|nearly|some|more\s+than|at\s+least)\s+)?$", re.I
)
#: The side of a vote a bare count after another takes: "... and 9 against", "12 abstaining".
_VOTE_SIDE = re.compile(r"\s+(?:against|in\s+favou?r|abstaining|abstained|opposed)\b(?!\s+(?:the|a|an|of)\b)", re.I)


def _bare_count(sentence: str, rel_s: int, after_text: str, antecedent: str | None) -> str | None:
    """A count standing without its noun: the people of a casualty report, or the noun it stands for."""
    head = sentence[max(0, rel_s - 40) : rel_s]
    if _FAMILY_OF.search(head):
        return "family members"  # "a family of five died": the family's members, whatever befell them
    partitive = _PARTITIVE_BEFORE_BE.match(after_text)
    predicate = _PREDICATE_NOUN.match(after_text[partitive.end() :] if partitive else after_text)
    if predicate and predicate.group(1).lower() not in vocab.NOT_PLURALS:
        return predicate.group(1)  # "five are men and three are women": the noun the count is said to be
    if _CASUALTY.match(after_text) or _UNDERWENT.match(after_text):
        # "the other five shot": others of those counted before (GUIDE 23)
        return _others(antecedent) if _OTHER_BEFORE.search(head) else "people"
    if _HOW_HARMED.match(after_text):
        return antecedent or "people"
    if _HARMED.search(head) and re.match(_NP_END, after_text, re.I):
        return "people"
    if _MORE_ALONE.match(after_text):
        return _others(antecedent)  # "killing two and injuring five more"
    if antecedent and _VOTE_SIDE.match(after_text):
        return antecedent  # "31 members voting in favour and 9 against": members too
    if antecedent and _OF_THOSE_OPENER.match(sentence[:rel_s]):
        return antecedent  # "... 7.4 million people were waiting. Of those, around 190,000 ...": people
    if _record(sentence, rel_s, after_text):
        return "games"
    if _AUDIENCE_BEFORE.search(head) and re.match(_NP_END, after_text, re.I):
        return "spectators"  # "won 4-1 in front of 15,000 at the arena": a crowd
    return _of_them(sentence, rel_s, after_text, antecedent)


def _of_them(sentence: str, rel_s: int, after_text: str, antecedent: str | None) -> str | None:
    """ "hundreds of them", "a third of them": the sentence's own plural subject, else the previous figure's noun.
    "60% of those surveyed": "those" with a participle are people, what befell them is the event (GUIDE 11)."""
    if _OF_THOSE_DONE.match(after_text):
        return "people"
    if _OF_PRONOUN.match(after_text):
        head = sentence[:rel_s]
        # Only a figure that opens its own clause ("…, and hundreds of them rallied") stands for
        # the sentence's subject; as an object ("Crews repaired 30 of them"), or after a figure
        # of its own sentence ("planted 500 trees, and 200 of them"), it is the earlier noun.
        opens = _CLAUSE_OPENS.search(head) and not re.search(r"\d", head)
        subject = _sentence_subject(head) if opens else None
        return subject or antecedent
    return None


_CLAUSE_OPENS = re.compile(
    r"(?:[,;:]\s*|\b(?:and|but|yet|so|while|as|when|after|before|because|since|until|though|although|"
    r"whereas|where|if)\s+)$",
    re.I,
)


def _others(antecedent: str | None) -> str:
    """ "five others" after "two people were killed": other people (GUIDE 23). After a
    singular noun ("one man died and three others …") the others are just others."""
    if antecedent and _PLAIN_NP.match(antecedent) and not antecedent.startswith("other") and _plural(antecedent):
        return f"other {antecedent}"
    return "others"


def _plural(np: str) -> bool:
    head = np.split()[-1].lower()
    return head in _PLURAL_HEADS or (head.endswith("s") and not head.endswith("ss"))


def _kind_of(np: str, after: list[str]) -> str:
    """ "several types of antibiotics": the kind word keeps what it is a kind of."""
    if np.split()[0].lower() in _KIND_OF and len(after) > len(np.split()) + 1:
        rest = after[len(np.split()) :]
        if rest and rest[0].lower() == "of":
            tail = _np_after(rest, allow_of=True)
            if tail:
                return f"{np} of {tail}"
    return np


# A name right before an apposed age: capitalised words, initials and a quoted nickname, "Jr." kept.
_ATTRIBUTIVE_AGE = re.compile(r"-old$", re.I)
_NAME_BEFORE_AGE = re.compile(
    r"((?:[A-Z][a-z'’-]+\s+|[A-Z]\.\s+|[\"“][A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?[\"”]\s+){0,4}[A-Z][A-Za-z'’-]+(?:,?\s+[JS]r\.?)?),\s*$"
)
#: A noun phrase with an age apposed to it: "the driver, a 52-year-old", "one victim, a 23-year-old".
_NOUN_A_AGE = re.compile(
    r"(?<!\bin\s)(?<!\bon\s)(?<!\bat\s)(?<!\bby\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\binto\s)(?<!\bnear\s)"
    r"\b(?:the|his|her|their|its|one|another)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][a-z-]+),\s+an?\s+$",
    re.I,
)
#: A name with an age apposed to it: "Kadeem Moss, a 17-year-old".
_NAME_A_AGE = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+),\s+an?\s+$")
#: A name of two or three words opening a clause, before a word in lower case: "Jo Roe beat ...".
_NAME_OPENS = re.compile(r"\W*((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s+[a-z]")
#: What may follow an apposed age that has no noun of its own: a stop, or a preposition or relative pronoun.
_NO_NOUN_AFTER_AGE = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:from|of|in|on|at|with|who|whose|whom)\b", re.I)
#: "at the age of 19", "at age 35": the age of the clause's subject.
_AT_AGE = re.compile(vocab.AT_AGE_PATTERN, re.I)
_OF_PRONOUN = re.compile(r"^\s+of\s+(?:them|those|these|us|whom)\b", re.I)
#: "of those surveyed", "of those infected", "of those polled": a participle that describes people.
_OF_THOSE_DONE = re.compile(r"^\s+of\s+those\s+[a-z]+ed\b", re.I)
_PERIOD_OF = re.compile(
    r"((?:[A-Za-z][\w-]*\s+){0,2}(?:period|window|delay|term|sentence|wait|span|stay|"
    r"insurgency|war|conflict|trial|deliberations?|flight|journey|drive|shift|strike|"
    r"closure|lockdown|outage|ban|suspension|career|tenure|marriage|drought))\s+of\s+$",
    re.I,
)


def _apposed_age(sentence: str, rel_s: int, rel_e: int) -> str | None:
    """Whose an age is that stands apposed with no noun of its own: the noun before ("the woman, a 29-year-old,")
    or the name before ("Jo Roe, a 17-year-old from Elm"). Not a name a source phrase gives ("According to
    Chief Jo Roe, a 9-year-old was shot"), nor one with a title, day or body word in it."""
    if not _NO_NOUN_AFTER_AGE.match(sentence, rel_e):
        return None
    if re.search(r"\baccording\s+to\b", sentence[:rel_s], re.I):
        return None
    head = sentence[max(0, rel_s - 60) : rel_s]
    noun = _NOUN_A_AGE.search(head)
    if noun and "year" not in noun.group(1).lower():
        return noun.group(1).lower()
    name = _NAME_A_AGE.search(head)
    if not name:
        return None
    words = {w.lower().rstrip("'’s") for w in name.group(1).split()}
    if words & vocab.NOT_NAME_WORDS:
        return None
    return name.group(1)


#: A battery-powered device that lasted a time on one charge: "the laptop managed 11 hours", "its battery lasts".
_DEVICE_LASTED = re.compile(
    r"\b(?:" + "|".join(vocab.BATTERY_DEVICE_NOUNS) + r")\s+(?:" + "|".join(vocab.DEVICE_LASTING_VERBS) + r")"
    r"\s+(?:for\s+)?$",
    re.I,
)


def _measured(sentence: str, rel_s: int, rel_e: int, after: list[str]) -> str | None:
    """What a duration measures (GUIDE 11): "an incubation period of one-to-seven days",
    "the 18-year insurgency", "the jury deliberated for less than 10 minutes" -> "jury deliberation"."""
    m = _PERIOD_OF.search(sentence[max(0, rel_s - 60) : rel_s])
    if m:
        words = [w for w in m.group(1).split() if w.lower() not in _DETS]
        return " ".join(words) or None
    m = _IN_PRISON.match(sentence, rel_e)
    if m:
        return f"{(m.group(1) or 'prison').lower()} sentence"  # "up to 10 years in prison": a sentence
    if _JAILED_FOR.search(sentence, max(0, rel_s - 50), rel_s) and not (after[:1] and after[0].lower() == "of"):
        return "prison sentence"  # "jailed for nine years", "sentenced to 12 years": the term is a sentence
    window = _window(sentence, rel_s, rel_e)
    if window:
        return window
    if _DEVICE_LASTED.search(sentence, max(0, rel_s - 60), rel_s):
        return "battery life"  # "the phone lasted 19 hours of video playback": the battery's, not the playback's
    if after[:1] and after[0].lower() == "of":
        # "three months of free streaming", "after 12 years of waiting": what lasts follows "of".
        np = _of_phrase(after[1:])
        if np and np.split()[-1].lower() not in _TIME_NOUNS | _NP_TIME_BREAK:
            return np
    # "the 18-year insurgency", and a figure with its unit glued on: "an eight-week course".
    if sentence[rel_e : rel_e + 1] == "-" or (after and after[0] == "-") or _GLUED_UNIT.search(sentence, 0, rel_e):
        apposed = _APPOSED_AMOUNT.match(sentence, rel_e)
        if apposed:
            after = _words(sentence[apposed.end() : apposed.end() + 120])  # "a four-year, $80 million contract"
        np = _np_after(after, allow_of=False)
        if np and np.split()[-1].lower() not in _NP_TIME_BREAK:
            # "a two-day trial", "the 18-year insurgency"; a duration lasts a named event too ("the
            # three-day Harbour Festival")
            return np
        if np is None and after[:1] and _GERUND.match(after[0]):
            return after[0]  # "the two-day meeting": after a compound figure an -ing word is its noun
    took = _TOOK_WHOM.search(sentence, 0, rel_s)
    what = (took.group(1) if took else None) or _lasting_subject(sentence[:rel_s]) or _duration_subject(sentence, rel_s)
    activity = _activity(sentence[:rel_s])
    if activity and not what:
        what = _opening_subject(_before_activity(sentence[:rel_s]))  # "Negotiators talked for 14 hours"
    return _with_activity(what, activity)


def _opening_subject(head: str) -> str | None:
    """The subject that opens the last clause of ``head`` (the figure's clause)."""
    return _clause_subject(_last_clause(head))


def _last_clause(head: str) -> str:
    """The text of ``head`` after the last clause opener it holds."""
    starts = [m.end() for m in _CLAUSE_START.finditer(head)]
    return head[starts[-1] if starts else 0 :]


#: Whose time it took, named after "took": "it took firefighters three hours", "took the jury 15 minutes".
_TOOK_WHOM = re.compile(
    r"\b(?:it|that|this)\s+(?:took|takes|take|will\s+take|would\s+take)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+$",
    re.I,
)


def _duration_subject(sentence: str, rel_s: int) -> str | None:
    """Whose time a duration is, read back from the figure over its verb."""
    from extractors.quantity_keys import measured_from_sentence  # what lasted: the verb's subject

    # The same reading as the change keys, so "the jury took 15 minutes" and "the jury deliberated
    # for 10 minutes" name one quantity.
    what = measured_from_sentence(sentence, rel_s) or None
    last = what.split()[-1].lower() if what else ""
    if (
        (last.endswith("ly") and last not in _LY_NOUNS)
        or "’" in last
        or "'" in last
        or last in _STOP | _MODALS | vocab.NOW_WORDS
    ):
        # An adverb, a pronoun or a modal is no subject ("which typically runs five days", "we’ve patronized for
        # 15 years", "the battery should last", "has now spent 12 weeks"): a reported clause's subject is, else
        # the clause's opening one.
        return _reported_subject(sentence[:rel_s]) or _clause_subject(sentence[:rel_s])
    return what or _reported_subject(sentence[:rel_s])


_ACTIVITY_IRREGULAR = vocab.ACTIVITY_IRREGULAR_PAST
_ACTIVITY_NOUNS = vocab.ACTIVITY_NOUNS
_AGENT_ACTIVITIES = vocab.AGENT_ACTIVITIES
_LASTING = vocab.LASTING_VERBS
_PASSIVE_LEADS = vocab.PASSIVE_LEADS
#: Words after which a verb stands in its plain form: "unable to walk for", "could talk for".
_PLAIN_VERB_LEADS = _MODALS | {"to", "not", "did", "cannot"}
#: A verb, or two joined by "or" or "and", with the word before them, then "for" and the figure: "the jury
#: deliberated for", "unable to stand or walk for", "passing for".
_ACTIVITY_FOR = re.compile(
    r"(?:\b([A-Za-z’']+)\s+)?\b(?:([a-z]+)\s+(?:or|and)\s+)?([a-z]+)\s+(?:[a-z]+ly\s+)?for\s+"
    r"(?:(?:just|only|about|around|roughly|nearly|almost|some)\s+)?$"
)


def _activity(head: str) -> str | None:
    """The activity a figure after "for" measures, as a noun: "the jury deliberated for" -> "deliberation",
    "to stand or walk for" -> "standing or walking", "rushed for" -> "rushing". None after a verb whose subject
    is what lasts ("the strike continued for") and after a passive ("the road was closed for")."""
    m = _ACTIVITY_FOR.search(head)
    if not m:
        return None
    lead = (m.group(1) or "").lower()
    last = _activity_noun(m.group(3), lead)
    if m.group(2) is None or last is None:
        return last
    first = _activity_noun(m.group(2), lead)
    return f"{first} {head[m.end(2) : m.start(3)].split()[0]} {last}" if first else last


#: A distance down from a surface: "10 kilometers below the surface", "200 feet underground".
_BELOW = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:below|beneath|underground|underwater|under\s+water)\b", re.I)
#: A dimension glued to its measure, before the noun it measures: "a 30-foot-tall statue".
_GLUED_DIMENSION = re.compile(r"-(wide|long|high|tall|deep|thick)$", re.I)
#: A conversion set in brackets after a measure: "a 25-mile-wide (40 km) asteroid".
_BRACKETED = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?")
_ROUND = vocab.ROUND_NOUNS


def _dimension_before_noun(sentence: str, rel_s: int, rel_e: int) -> str | None:
    """The noun a glued dimension measures, with the dimension: "a 30-foot-tall statue" -> "statue height". A
    round thing, or a named body ("the 1,000-mile-wide Ganymede"), measured wide is measured across: a diameter."""
    m = _GLUED_DIMENSION.search(sentence, rel_s, rel_e)
    if not m:
        return None
    aside = _BRACKETED.match(sentence, rel_e)
    start = aside.end() if aside else rel_e
    np = _np_after(_words(sentence[start : start + 120]), allow_of=False)
    if not np:
        return None
    word, head = m.group(1).lower(), np.split()[-1]
    named = head[:1].isupper() and head.lower() not in vocab.CAPITALISED_FUNCTION_WORDS
    noun = "diameter" if word == "wide" and (head.lower() in _ROUND or named) else _DIMENSION_NOUN[word]
    return f"{np} {noun}"


def _before_activity(head: str) -> str:
    """The text before the verbs of an activity, where their subject is."""
    m = _ACTIVITY_FOR.search(head)
    return head[: m.start(2) if m and m.group(2) else m.start(3)] if m else head


def _activity_noun(verb: str, lead: str) -> str | None:
    """A verb form as the noun of its activity, or None if it reads as no verb of an activity."""
    w = verb.lower()
    if w in _LASTING or lead in _PASSIVE_LEADS or w in _STOP:
        return None
    if w in _ACTIVITY_NOUNS:
        return _ACTIVITY_NOUNS[w]
    if w in _ACTIVITY_IRREGULAR:
        return _ACTIVITY_IRREGULAR[w]
    if w.endswith("ing"):
        return w if len(w) > 5 and w not in vocab.ING_NOUNS else None
    if w.endswith("ed") and len(w) > 4 and w not in _NOUNY_ED:
        stem = w[:-2]
        if stem.endswith("i"):
            return stem[:-1] + "ying"  # "tried" -> "trying"
        return stem + "ion" if stem.endswith("at") and len(stem) >= 6 else stem + "ing"  # "deliberation"
    return _plain_activity(w) if lead in _PLAIN_VERB_LEADS else None


def _plain_activity(w: str) -> str:
    """A plain verb as the noun of its activity: "deliberate" -> "deliberation", "walk" -> "walking"."""
    if w.endswith("ate") and len(w) >= 7:
        return w[:-1] + "ion"
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        return w[:-1] + "ing"
    if len(w) == 3 and w[1] in "aeiou" and w[0] not in "aeiou" and w[2] not in "aeiouwxy":
        return w + w[-1] + "ing"  # "sit" -> "sitting"
    return w + "ing"


def _with_activity(what: str | None, activity: str | None) -> str | None:
    """Whose activity it was and the activity: "jury" and "deliberation" -> "jury deliberation". An agent with
    one activity of its own takes it when no verb names one ("the jury took 15 minutes")."""
    last = what.split()[-1].lower() if what else ""
    activity = activity or _AGENT_ACTIVITIES.get(last)
    if not activity:
        return what
    return f"{what} {activity}" if what and last != activity.split()[-1] else activity


#: A verb whose subject is what a duration measures, over the figure's qualifiers, or the first figure of a
#: range: "the course of treatment continued for", "times can range from two weeks to".
_LASTED_BEFORE = re.compile(
    r"\b(?:lasts?|lasted|continue[sd]?|ranges?|ranged|var(?:y|ies|ied)|persist(?:s|ed)?|extend(?:s|ed)?)\s+"
    r"(?:[a-z]+ly\s+)?(?:for\s+|(?:from|between)\s+(?:[^,;:()]{1,40}?\s+(?:to|and)\s+)?)?"
    r"(?:(?:just|only|about|around|roughly|nearly|almost|some|up\s+to)\s+)?$",
    re.I,
)


def _lasting_subject(head: str) -> str | None:
    """What lasts, when its verb says so: the clause's subject with its "of" ("the course of treatment
    continued for 12 months" -> "course of treatment"), not the nearest noun before the verb."""
    m = _LASTED_BEFORE.search(head)
    if not m:
        return None
    front = head[: m.start()]
    clause = re.sub(r"^[\W_]+", "", _last_clause(front))  # an opening quote mark
    subject = _clause_subject(clause)
    if not subject or subject.lower() in _STOP | _INDEFINITE:
        return None
    ws = _words(clause)
    i = next((k for k, w in enumerate(ws) if w == subject.split()[-1]), len(ws))
    if ws[i + 1 : i + 2] == ["of"]:
        tail = []
        for w in ws[i + 2 : i + 5]:
            if not w[0].isalpha() or w.lower() in _STOP | _DETS or (_VERBY.search(w) and w not in _NOUNY_ED):
                break
            tail.append(w)
        if tail:
            return f"{subject} of {' '.join(tail)}"
    return subject


#: A verb done within a time after an event, with how it was done: "treated with a vaccine within".
_DONE_WITHIN = re.compile(r"\b([a-z]+ed|paid)\s+(?:(?:with|by|in|at|on)\s+(?:[a-z-]+\s+){1,3}?)?$")


def _window(sentence: str, rel_s: int, rel_e: int) -> str | None:
    """ "treated within 48 hours of a bite": the time within which a thing is done after an event is
    the window of its doing ("treatment window")."""
    if not sentence[rel_s:rel_e].lower().startswith("within") or not re.match(r"\s+of\s", sentence[rel_e:]):
        return None
    m = _DONE_WITHIN.search(sentence, 0, rel_s)
    noun = _activity_noun(m.group(1), "") if m else None
    return f"{noun} window" if noun else None


#: A verb that reports a clause, and its "that": "Apple says the battery should last", "officials said that".
_REPORTING = re.compile(
    r"\b(?:says|said|claims|claimed|reports|reported|estimates|estimated|expects|expected|promises|promised|"
    r"notes|noted|writes|wrote)\s+(?:that\s+)?",
    re.I,
)


def _reported_subject(head: str) -> str | None:
    """The subject of a reported clause the figure is in: "Acme says the battery should last up to 22 hours" ->
    "battery". None when no reporting verb stands before the figure's clause."""
    ends = [m.end() for m in _REPORTING.finditer(head)]
    return _clause_subject(head[ends[-1] :]) if ends else None


#: An amount set between a compound duration and the noun both modify: "a four-year, $80 million contract".
_APPOSED_AMOUNT = re.compile(r",\s*[$€£]\d[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?\s+(?=[a-z])", re.I)
#: A duration written as one hyphenated word, right before a space: "eight-week", "30-minute".
_GLUED_UNIT = re.compile(r"\w-[a-z]+$(?<!-old)")
_IN_PRISON = re.compile(r"\s+(?:in\s+(?:a\s+)?(?:federal\s+|state\s+|county\s+)?(prison|jail)|behind\s+bars)\b", re.I)

#: A verb that gives a prison term, right before the figure: "was jailed for", "sentenced him to".
_JAILED_FOR = re.compile(
    r"\b(?:jailed|imprisoned|incarcerated|locked\s+up|sentenced)(?:\s+(?:him|her|them|each))?\s+(?:for|to)\s+$",
    re.I,
)

_GERUND = re.compile(r"^[a-z]{2,}ing$")


def _of_phrase(ws: list[str]) -> str | None:
    """The noun phrase after "of", a gerund kept as its head ("free streaming", "waiting")."""
    i = 0
    while i < len(ws) and ws[i].lower() in _DETS:
        i += 1
    out: list[str] = []
    for w in ws[i : i + 4]:
        lw = w.lower()
        if not w[0].isalpha() or lw in _STOP or lw in _NP_VERB_BREAK or lw in _NP_TIME_BREAK:
            break
        out.append(w)
    return " ".join(out) or None


_SUBJECT = re.compile(r"^\W*((?:[A-Za-z][\w’'-]*\s+){0,2}[A-Za-z][\w’'-]*s)\b")


def _sentence_subject(head: str) -> str | None:
    """The sentence's opening plural noun phrase ("Teachers chanted ..."), for a "them" after it."""
    m = _SUBJECT.match(head)
    if not m:
        return None
    words = m.group(1).split()
    if any(w.lower() in _STOP or w.lower() in _NP_VERB_BREAK for w in words):
        return None
    return " ".join(words).capitalize() if words[0][0].isupper() and len(words) == 1 else " ".join(words)


def _ing_compound(after: list[str]) -> bool:
    """ "a £2.4bn signalling system", "a $30m building project": an -ing word and a noun after an amount are one
    noun; before a preposition or a determiner it is a verb or a noun of its own ("$5m spending on roads")."""
    if len(after) < 2 or not after[0].lower().endswith("ing"):
        return False
    nxt = after[1]
    return nxt.isalpha() and nxt.islower() and nxt not in _STOP and nxt not in _DETS and nxt not in _NP_VERB_BREAK


def _money_or_share(
    sentence: str, rel_s: int, rel_e: int, after: list[str], before: list[str], kind: str
) -> str | None:
    np = _object_changed(sentence[:rel_s]) or _with_changed(sentence[:rel_s])
    if np:
        return np
    if kind == "money":
        np = _priced(sentence, rel_s, rel_e) or _cost_in(after) or _cost_to(sentence[:rel_s])
        np = np or _payment_of(sentence[:rel_s])
        if np:
            return np
        np = _money_after(sentence, rel_s, rel_e, after, before)
        if np:
            return np
        set_aside = _SET_ASIDE.match(sentence, rel_e)
        if set_aside and (np := _purpose(sentence, set_aside.end())):
            return np  # "£2m set aside to resurface the car parks": what it was set aside for
        first = after[0].lower() if after else ""
        if (
            first[:1].islower()
            and first not in _STOP
            and first not in _NP_VERB_BREAK
            and first not in _PRICE_BASIS
            and not (_VERBY.search(first) and first not in _NOUNY_ED and not _ing_compound(after))
            and sentence[rel_e : rel_e + 1] == " "
            # "fines of up to $5,000 await drivers": a bound after "of" is the fines' ("homes of $500,000" is not)
            and not (
                before and before[-1].lower() == "of" and sentence[rel_s : rel_s + 1].isalpha() and first != "worth"
            )
        ):
            # "$250,000 fines", "a $9.5 billion lifeline": the noun right after names the amount.
            np = _np_after(after, allow_of=False)
            if np and np.split()[-1].lower() not in _TIME_NOUNS:
                return np
        np = _purpose(sentence, rel_e) or _head_of_subject(sentence, rel_s, _share_before(before))
        return np or _joined_level(sentence[:rel_s])
    elif [w.lower() for w in after[:1]] == ["of"]:
        # "12 percent of voters": the general rule reads it; "half of the 2,000 respondents": past the figure
        m = _OF_A_FIGURE.match(sentence, rel_e)
        return _np_after(_words(sentence[m.end() : m.end() + 120]), allow_of=False) if m else None
    elif _IN_EVERY.search(sentence, rel_s, rel_e) and (shared := _np_after(after, allow_of=False)) and _plural(shared):
        # "says one in five children live in poverty": the plural after "one in five" is what is shared.
        return shared
    else:
        # "the number of teens who vape rose by 25 percent": the change is in the teens counted.
        head = sentence[max(0, rel_s - 120) : rel_s]
        np = _number_of(head) or _share_of(head) or _share_among(head)
        np = np or _at_risk(sentence[:rel_s], after)
        if np:
            return np
        # "the approval rating of the president has fallen to 38%": the rating, not the president.
        return _head_of_subject(sentence, rel_s, _share_before(before)) or _joined_level(sentence[:rel_s])
    return _share_before(before)


#: A second verb of level joined to a clause without a subject of its own, right before the figure: "and could
#: drop below", "but has since risen to".
_JOINED_LEVEL = re.compile(r"\s(?:and|but)\s+((?:[a-z]+\s+){1,4})$", re.I)
_JOINED_WORDS = _LEVEL_GROUP | _MODALS | _BASE_CHANGE | {"since", "then", "later", "again"}


def _joined_level(head: str) -> str | None:
    """The subject a joined verb of level shares with the clause before it: "Inflation eased to 2.9% in June
    and could drop below 2%" is inflation's."""
    m = _JOINED_LEVEL.search(head)
    if m is None:
        return None
    verbs = [w.lower() for w in m.group(1).split()]
    if not all(w in _JOINED_WORDS for w in verbs) or not any(w in _LEVEL_VERBS | _BASE_CHANGE for w in verbs):
        return None
    return _opening_subject(head[: m.start()])


#: A share written as "N in M" or "N out of M", at the figure's end.
_IN_EVERY = re.compile(r"\s(?:in|out\s+of)\s+(?:every\s+)?[\w,.]+$", re.I)

_ODDS = frozenset({"chance", "chances", "risk", "likelihood", "probability", "odds"})
#: A verb that gives a group its odds, before the percent: "those infected have a", "smokers face a".
_ODDS_BEFORE = re.compile(
    r"\b(?:has|have|had|face|faces|faced|run|runs|ran|carry|carries|carried|stand|stands)\s+(?:a|an)\s+$", re.I
)
#: A group named by a pronoun and what befell it: "those infected", "people exposed", "those living nearby".
_THOSE_DONE = re.compile(r"^\W*(?:those|people|anyone)\s+(?:([a-z]+ed)\b|[a-z]+ing\b)", re.I)


def _at_risk(head: str, after: list[str]) -> str | None:
    """Whom a percent chance is of: the group that has it ("smokers face a 20% risk" is a share of smokers;
    "those infected have a 30% chance" of infected people)."""
    m = _ODDS_BEFORE.search(head)
    if not m or not any(w.lower() in _ODDS for w in after[:2]):  # "a 30% chance", "an 80% lifetime risk"
        return None
    front = head[: m.start()]
    clause = _last_clause(front)
    done = _THOSE_DONE.match(clause)
    if done:
        return f"{done.group(1)} people" if done.group(1) else "people"
    return _clause_subject(clause)


#: A verb that changes its object, the object, and "by" or "to" before the figure: "cut hospitalizations by",
#: "raised the risk of a stroke by about", "raised its fee to".
_OBJECT_CHANGED = re.compile(
    r"\b(?:" + "|".join(sorted(vocab.OBJECT_CHANGE_VERBS)) + r")\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?"
    # a "by" phrase may come before "to": "cut the fare by a fifth, to $2"
    r"((?:[a-z][\w-]*\s+)?(?:[a-z\d][\w.-]*\s+){0,7}?[a-z][\w.-]*)"
    r"\s+(?:up\s+|down\s+)?(?:by\s+[^,;:]{1,40}?,?\s+)?(?:by|to)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|as\s+much\s+as|more\s+than|up\s+to|some|an\s+estimated)\s+)?$",
    re.I,
)
#: "cost the airline", "saved taxpayers": a verb of cost or saving and the one the amount falls on.
_COST_TO = re.compile(
    r"\b(?:" + "|".join(sorted(vocab.COST_TO_VERBS)) + r")\s+(?:(?:the|its|their|his|her|our)\s+)?"
    # "costs could rise to", "the cost was": a modal or a finite "be" or "have" after "cost" makes it a noun,
    # not a verb with someone it costs
    r"(?!(?:" + "|".join(sorted(vocab.MODALS | vocab.FINITE_BE_HAVE)) + r")\b)"
    r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|up\s+to|an\s+"
    r"estimated|some)\s+)?$",
    re.I,
)


#: An absolute phrase of a change: "with exports to Asia up by", "with the index down".
_WITH_CHANGED = re.compile(
    r"\bwith\s+(?:(?:the|its|their|his|her|our)\s+)?((?:[\w’'-]+\s+){1,6}?)(?:up|down)\s+(?:by\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|as\s+much\s+as)\s+)?$",
    re.I,
)


def _with_changed(head: str) -> str | None:
    """What changed in an absolute phrase ("sales held, with exports to Asia up by 12%"): its noun, before
    any phrase that places it."""
    m = _WITH_CHANGED.search(head)
    if not m:
        return None
    words = _before_modifier(m.group(1).split())
    if not words or any(w.lower() in _STOP or w[0].isdigit() for w in words):
        return None
    return " ".join(words)


def _before_modifier(words: list[str]) -> list[str]:
    """The words of a noun phrase before the first preposition that modifies it: "exports to Asia" -> "exports"."""
    cut = next((k for k, w in enumerate(words) if w.lower() in vocab.MODIFIER_PREPOSITIONS), len(words))
    return words[:cut]


def _object_changed(head: str) -> str | None:
    """What an amount changed when a verb changed its object by it: "the vaccine cut hospitalizations by 70%"
    changed hospitalizations, "cut the risk of death by a third" the risk of death."""
    m = _OBJECT_CHANGED.search(head)
    if not m:
        return None
    ws = [w for w in m.group(1).split() if w.lower() not in _DETS | _OWNERS]  # "the risk of a stroke"
    for k in range(1, len(ws) - 1):
        if ws[k] in ("in", "on", "across") and ws[k + 1][:1].isupper():
            ws = ws[:k]  # "raise the price of its plan in the U.S. by $2": a place after the object
            break
    if not ws or any(w.lower() in _STOP and w.lower() != "of" for w in ws) or "of" in (ws[0], ws[-1]):
        return None  # "cut jobs in Ohio by": a place or a time in between is no object
    return " ".join(ws)


#: A payment noun and up to two modifiers before "of" and the amount: "a monthly pay rise of".
_PAYMENT_OF = re.compile(
    r"\b(?:(?:a|an|the|its|his|her|their|our|this|that)\s+)((?:[a-z][\w-]*\s+){0,2}?(?:"
    + "|".join(sorted(vocab.PAYMENT_NOUNS))
    + r"))\s+of\s+$",
    re.I,
)


def _payment_of(head: str) -> str | None:
    """What an amount is when a payment noun names it: "a transfer fee of €40 million" is the fee, whatever
    it is paid for ("a bonus of $5,000 for the win"); an article opens the noun phrase."""
    m = _PAYMENT_OF.search(head)
    if not m:
        return None
    words = m.group(1).split()
    while words[:-1] and (words[0].lower() in _STOP or _VERBY.search(words[0].lower())):
        words = words[1:]
    return " ".join(words)


_PARTICIPLES = frozenset(vocab.IRREGULAR_PAST.values())


def _cost_in(after: list[str]) -> str | None:
    """What a cost is counted in, when a bare noun after "in" names it: "cost the airline $40 million in
    compensation", "$2 billion a year in lost output" (not "in the US", "in Ohio": a place)."""
    k = _rate_basis([w.lower() for w in after[:2]])
    if [w.lower() for w in after[k : k + 1]] != ["in"] or not after[k + 1 : k + 2]:
        return None
    if after[k + 1 : k + 2] == ["new"]:
        k += 1  # "in new debt": the debt, as "$2 billion in new funding" is funding
    first = after[k + 1] if after[k + 1 : k + 2] else ""
    if not first[:1].islower() or first in _DETS | _OWNERS or first in _STOP:
        return None
    np = _np_after(after[k + 1 :], allow_of=False)
    if np is None and first in _PARTICIPLES and (rest := _np_after(after[k + 2 :], allow_of=False)):
        np = f"{first} {rest}"  # "in lost output": an irregular participle before a noun is its adjective
    return np if np and np.split()[-1].lower() not in _TIME_NOUNS and not _MONTHISH.match(np) else None


def _cost_to(head: str) -> str | None:
    """Whose an amount is when it costs or saves someone: "the delay cost the airline $40 million" is the delay's
    cost; "the program will cost taxpayers $5 million" the program's. The clause's subject, if it has one."""
    m = _COST_TO.search(head)
    if not m:
        return None
    front = head[: m.start()]
    return _opening_subject(front)


#: "of" and a figure of the whole after a share: "half of the 2,000 respondents", "60% of its 1.2 million users".
_OF_A_FIGURE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?(?:(?:some|about|nearly|roughly|around)\s+)?"
    r"[\d][\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?=[a-z])",
    re.I,
)
#: A price or value set on the clause's subject: "the startup was valued at", "the console will be available for".
_PRICED_BEFORE = re.compile(
    r"\b(?:" + "|".join(vocab.VALUATION_VERBS) + r"|available|on\s+sale|sells?|sold|selling|retails?|retailing)\s+"
    # where it is sold may come between: "on sale at Best Buy for", "available from the company's site for"
    r"(?:(?:at|from|through|via|in|on)\s+[^,;:]{1,40}?\s+)?(?:for|at)\s+$",
    re.I,
)
#: What a purchase bought, before the amount paid: "bought the building for", "acquired Acme Corp for".
_BOUGHT_FOR = re.compile(
    r"\b(?:"
    + "|".join(vocab.PURCHASE_VERBS)
    + r")\s+(?:(?:the|a|an|its|their|his|her)\s+)?((?:(?!(?:to|and|or|in|at|from|with|on)\s)[\w’'-]+\s+){1,4})"
    # where, or with what, may come between: "selling the AirPods Pro in its stores for"
    r"(?:(?:in|at|from|with|on|through|via)\s+[^,;:]{1,40}?\s+)?for\s+$",
    re.I,
)
#: What a value is set on, before the value: "set bail at", "capped the fee at".
_SET_AT = re.compile(
    r"\b(?:set|sets|fixed|fixes|capped|caps|pegged|pegs)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+)at\s+$",
    re.I,
)
#: What someone puts a figure on: "Police put attendance at 20,000", "put the cost at nearer $2 billion",
#: "estimates the number of strikers at". The noun before "at" is what the figure counts.
_PUT_AT = re.compile(
    r"\b(?:" + "|".join(vocab.VALUE_SETTING_VERBS + vocab.ESTIMATING_VERBS) + r")\s+"
    # "estimates Lumo's monthly users at": whose they are, in the possessive, as a determiner
    r"(?:(?:the|its|their|his|her|our|that|this)\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?\s+)?"
    # the preposition may open the figure itself: "put the number" + "closer to 250,000"
    r"((?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)\s+(?:(?P<prep>at|closer\s+to|nearer(?:\s+to)?)\s+)?"
    r"(?:(?:" + vocab.VALUE_HEDGES_PATTERN + r"|nearer|closer\s+to|as\s+(?:many|much|high|few|little)\s+as)\s+)*$",
    re.I,
)
#: A figure that opens with the preposition a value is put with: "closer to 250,000".
_TOWARD_FIGURE = re.compile(vocab.TOWARD_FIGURE_PATTERN, re.I)
_FIGURE_NOUNS = vocab.FIGURE_BACK_NOUNS
_RESTATING = vocab.RESTATING_ADJECTIVES
#: What a figure put somewhere is called when it is the figure before: "the number", "the real figure", "it".
_RESTATED = _FIGURE_NOUNS | {f"{a} {n}" for a in _RESTATING for n in _FIGURE_NOUNS} | {"it"}


_FIGURE_VERBS = vocab.FIGURE_SUBJECT_VERBS


def usable_antecedent(antecedent: str | None) -> TypeGuard[str]:
    """A noun a later figure can take: a common noun phrase, not a person's name."""
    return antecedent is not None and antecedent[:1].islower()


def _back_reference(head: str, np: str, antecedent: str | None) -> bool:
    """ "that number has since risen to": the subject is the figure before, as a noun with a determiner and a
    verb between it and the figure ("number 300" names a figure of its own)."""
    if np.lower() not in _RESTATED or not usable_antecedent(antecedent):
        return False  # "that number", "the true number": the figure before
    m = re.search(r"\b(?:that|this|the)\s+" + np + r"\s+([a-z]+)\b[^.;]*$", head, re.I)
    return m is not None and m.group(1).lower() in _FIGURE_VERBS


def _put_at(head: str, antecedent: str | None, figure: str = "") -> str | None:
    """What a figure someone puts a value on counts: the noun before "at", the noun of its "of" phrase, or
    for "put that number at" the figure before it. ``figure``: the figure's text, which may open with the
    preposition ("closer to 250,000")."""
    m = _PUT_AT.search(head)
    if m is None or not (m.group("prep") or _TOWARD_FIGURE.match(figure)):
        return None
    what = m.group(1)
    np = _of_phrase(_words(what.split(" of ", 1)[1])) if " of " in what else what
    if np and np.lower() in _RESTATED:
        # "put the number at", "puts it at": the quantity of the figure before
        return antecedent if usable_antecedent(antecedent) else None
    return np


#: An amount someone puts on what something costs or is worth: "put the cost of the repairs at", "estimates the
#: value of the deal at". The amount is for what the measure word is of.
_MEASURE_OF_AT = re.compile(
    r"\b(?:" + "|".join(vocab.VALUE_SETTING_VERBS + vocab.ESTIMATING_VERBS + ("valued", "values")) + r")\s+"
    r"(?:the|its|their|his|her|our)\s+(?:[a-z]+\s+)?(?:cost|costs|price|value|bill|damage|worth)\s+of\s+"
    r"([^,;:]{1,60}?)\s+at\s+(?:" + vocab.VALUE_HEDGES_PATTERN + r"\s+)*$",
    re.I,
)
#: A price that opens its sentence before the thing priced: "At $1,099, the laptop ...".
_PRICE_FIRST = re.compile(r"^\W*(?:at|for)\s+$", re.I)


_ON_SALE_VERBS = vocab.ON_SALE_VERBS


def _priced(sentence: str, rel_s: int, rel_e: int) -> str | None:
    """What a price or a valuation is of: the subject of its clause ("the startup was valued at"), or of the
    clause the price opens ("At $249, the speaker"); what a purchase bought ("sold the garage for")."""
    head = sentence[:rel_s]
    measured = _MEASURE_OF_AT.search(head)
    if measured:
        return _of_phrase(_words(measured.group(1)))
    priced = _PRICED_BEFORE.search(head)
    ws = _words(head[: priced.start()]) if priced else []
    finite = priced is not None and (
        priced.group(0).split()[0].lower() in ("sells", "sell", "retails", "retail", "sold", "retailed")
        # "the tablet goes on sale on March 3 at $499": the verb before "on sale" is the clause's own
        or (priced.group(0).lower().startswith("on") and bool(ws) and ws[-1].lower() in _ON_SALE_VERBS)
    )
    if priced and (finite or not (ws and ws[-1][0].islower() and ws[-1].isalpha() and ws[-1] not in _STOP | _AUX)):
        # "a deal valued at" is left to the general reading (the deal may be for what was bought); before
        # "sells for" or "retails for" the noun is the subject ("the 65-inch model retails for").
        front = head[: priced.start()]
        return _opening_subject(front)
    put = _put_at(head, None)
    if put:
        return put
    bought = _BOUGHT_FOR.search(head) or _SET_AT.search(head)
    if bought:
        return _of_phrase(_words(bought.group(1)))
    if _PRICE_FIRST.match(head) and sentence[rel_e : rel_e + 1] == ",":
        return _clause_subject(sentence[rel_e + 1 :])
    return None


_QUANTIFIERS = frozenset({"some", "many", "most", "all", "several", "both", "each", "every", "certain", "other"})


def _head_of_subject(sentence: str, rel_s: int, np: str | None) -> str | None:
    """The clause's subject, when the phrase read right before an amount only modifies it: "the phone with a
    folding screen sells for", "a ticket to the show costs", "the Pro model, which has more storage, costs"."""
    if np is None or np.endswith("share price"):
        return np
    head = sentence[:rel_s]
    clause = _last_clause(head)
    i = clause.rfind(np.split()[0])
    lead = _words(clause[:i]) if i > 0 else []
    while lead and lead[-1].lower() in _DETS | _OWNERS | _QUANTIFIERS:  # "rates at some schools"
        lead.pop()
    # "the Pro model, which has more storage, costs": a relative clause the verb comes after; not "the firm,
    # which had sales of $2.9 billion", where the amount is the relative clause's own noun's
    attached = re.fullmatch(r"\s*(?:of|worth)\s*", clause[i + len(np) :]) is not None
    inside = bool(lead) and (
        lead[-1].lower() in vocab.MODIFIER_PREPOSITIONS or (("which" in lead or "who" in lead) and not attached)
    )
    subject = (_clause_subject(clause) or "").split() if inside else []
    return " ".join(_before_modifier(subject)) or np


def _money_after(sentence: str, rel_s: int, rel_e: int, after: list[str], before: list[str]) -> str | None:
    """What an amount is for: "spends $449K on a campaign", "$2 billion in cash reserves", "$5 billion of
    its stock", "gave $5.9 million toward X"; earnings and earnings per share."""
    low_after = [w.lower() for w in after[:4]]
    if re.search(r"\b(?:a|per)\s+(?:diluted\s+)?share$", sentence[rel_s:rel_e], re.I):
        return "earnings per share"
    if low_after[:2] in (["a", "share"], ["per", "share"]):
        return "earnings per share"
    skip = _rate_basis(low_after)
    after, low_after = after[skip:], [w.lower() for w in after[skip : skip + 4]]  # "$3m a day in lost trade"
    last = before[-1].lower() if before else ""
    if last in ("earned", "earns", "earn", "earning", "netted"):
        return "earnings"
    if low_after[:1] in (["on"], ["for"]) and last in ("cost", "costs", "costing"):
        # a price: "the game costs $60 on consoles", "a seat costs $15 for children" says where or
        # for whom; the amount is the subject's ("in lost output" still names what was lost)
        return None
    if low_after[:1] in (["on"], ["for"], ["toward"], ["towards"], ["in"], ["of"], ["into"]):
        k = 1
        while k < len(after) and (
            after[k].lower() in _DETS | {"new", "its", "their", "his", "her"} or after[k] in _QUOTES
        ):
            k += 1
        np = _np_after(after[k:], allow_of=False)
        if np and not np[0].isdigit() and not _MONTHISH.match(np) and np.split()[-1].lower() not in _TIME_NOUNS:
            return np
    if last in ("made", "profit"):  # after the purposes: "made $2 million on the sale" is for the sale
        return "earnings"
    return None


_PER_WORDS = frozenset({"a", "an", "per", "each", "every"})
_RATE_ADVERBS = frozenset({"annually", "daily", "weekly", "monthly", "yearly", "apiece", "each"})


def _rate_basis(low_after: list[str]) -> int:
    """How many words after an amount only give its rate ("a day", "per year", "annually"), which stand
    between the amount and what it is for: "costing $3 million a day in lost trade"."""
    if low_after[:1] and low_after[0] in _RATE_ADVERBS:
        return 1
    if low_after[:1] and low_after[0] in _PER_WORDS and low_after[1:2] and low_after[1] in _CALENDAR_UNITS_ONE:
        return 2
    return 0


#: A participle that gives an amount a purpose, before "to": "set aside to", "earmarked to", "allocated to".
_SET_ASIDE = re.compile(r"\s+(?:[a-z]+ed|set|put|kept)(?:\s+aside)?(?=\s+to\s)")
#: An infinitive of purpose after an amount: "to build a bridge", "to fund cancer research".
_PURPOSE = re.compile(r"\s+to\s+([a-z]+)\s+(?:(the|a|an|its|their|his|her|our|more|new)\s+)?(?=[a-z])")


def _purpose(sentence: str, rel_e: int) -> str | None:
    """What an amount is for when an infinitive of purpose follows it (GUIDE 11): "spent $2 million to build a
    footbridge" is for the footbridge. A known purpose verb, or any word with an article after it."""
    m = _PURPOSE.match(sentence, rel_e)
    if m is None or m.group(1) in _STOP or not (m.group(1) in vocab.PURPOSE_VERBS or m.group(2)):
        return None
    ws = _words(sentence[m.end() : m.end() + 120])
    np = _np_after(ws, allow_of=False)
    return _and_object(ws, np) if np else None


def _and_object(ws: list[str], np: str) -> str:
    """A purpose's object with a second one joined to it: "to repair roads and bridges" is for both, and
    the head noun is the last ("roads and bridges"). Two plurals, or two nouns each with its article, that
    end the clause; a verb after "and" opens a purpose of its own ("to fix pipes and cut costs")."""
    n = len(np.split())
    if ws[n : n + 1] not in (["and"], ["or"]):
        return np
    rest = ws[n + 1 :]
    article = rest[:1] in (["a"], ["an"], ["the"])
    other = _np_after(rest[1:] if article else rest, allow_of=False)
    first = other.split()[0].lower() if other else ""
    if not other or first in vocab.PURPOSE_VERBS or first in _IRREGULAR_PAST:
        return np
    end = n + 1 + int(article) + len(other.split())
    if end < len(ws) and ws[end][0].isalpha():
        return np  # the clause runs on: "roads and bridges owned by the state" keeps its first noun
    if article or (_plural(np) and _plural(other)):
        return f"{np} {ws[n]} {other}"
    return np


def _share_before(before: list[str]) -> str | None:
    """What a money or percent figure is of, read before it: "revenue of $14.26 billion", "revenue rose
    2.5 percent to $14.1 billion", "sales growth of 1.2 percent", "Acme shares are up 21 percent",
    "Shares of Acme fell 4%", "Comparable sales in the U.S. increased 2.1 percent"."""
    last = len(before) - 1
    if last > 0 and before[last - 1].lower() in _MODALS:
        last -= 1  # a verb after a modal: "each of the 50 states will receive $100 million"
    elif last > 0 and _GERUND.match(before[last]):
        last -= 1  # a participle right before the figure is its verb: "shares, climbing more than 80%"
    elif last > 1 and before[last].lower() == "to" and _GERUND.match(before[last - 1]):
        last -= 2  # "exports to China sinking to $1.3 billion"
    i = _skip_back(
        before,
        last,
        8,
        lambda w: (
            w.lower() in _CHANGE
            or w.lower() in vocab.CHANGE_PARTICIPLES
            or _predicate_word(w.lower())
            or _verb_before_figure(w)
            or w.lower() in _NP_VERB_BREAK
            or w.lower() in _MODALS
            or not w[0].isalpha()
            or w.lower() in ("percent", "cent", "per")
            or bool(_NUMBERISH.match(w))
        ),
    )
    verb_at = i + 2
    while verb_at < last and before[verb_at].lower() in _NOW_WORDS:
        verb_at += 1  # "its total now stands at"
    if (
        verb_at <= last
        and before[i + 1].lower() in _BASE_CHANGE
        and (_predicate_word(before[verb_at].lower()) or _verb_before_figure(before[verb_at]))
    ):
        i += 1  # "its domestic total reached $268 million": a change word before a verb is the noun
    # "restructuring costs could rise to $140 million", "the real cost was": a word of the verb lists before a
    # modal or a finite "be" or "have" is a noun
    i = next(
        (
            m - 1
            for m in range(i + 2, last + 1)
            if before[m].lower() in _MODALS | _FINITE_BE_HAVE and _verb_before_figure(before[m - 1])
        ),
        i,
    )
    out = _words_back(before, i, _ends_share_np)
    j = i - len(out)  # the word before the phrase, past its article
    while j > 0 and before[j].lower() in _DETS:
        j -= 1
    if out and j >= 1 and before[j].lower() == "of" and before[j - 1].lower() in _STOCK:
        if before[j - 1].lower() == "share":
            return " ".join([*out, "share"])  # "its share of the market": a share of a whole
        return " ".join([*out, "share price"])  # "Shares of Target"
    if out and j >= 1 and before[j].lower() in ("in", "at") and before[j - 1][0].isalpha():
        # "sales in the U.S.": the noun the place qualifies.
        out = _words_back(before, j - 1, _ends_share_np) or out
    while len(out) > 1 and out[-1].lower() in _GROWTH:
        out.pop()
    # "base school spending" and "earnings" end in -ing/-s; a lone past participle is a verb.
    if not out or (out[-1].lower().endswith("ed") and out[-1].lower() not in _NOUNY_ED):
        return None
    if out[-1].lower() == "share" and len(out) > 1:
        return " ".join(out)  # "market share", "vote share": a share of something, not a stock
    if out[-1].lower() in _STOCK:
        return " ".join([*out[:-1], "share price"])
    if out[-1].lower() in _GROWTH:
        return None
    return " ".join(out)


def _predicate_word(lw: str) -> bool:
    return (
        (lw.endswith("ed") and lw not in _NOUNY_ED and len(lw) > 3)
        or (lw.endswith("ly") and lw not in _LY_NOUNS)
        or lw in _BASE_CHANGE
        or _en_participle(lw)
    )


def _en_participle(lw: str) -> bool:
    """An irregular past participle in -en: "had given $5,000", "has taken 300": a verb, no noun."""
    return lw.endswith("en") and lw in _IRREGULAR_PAST


def _ends_share_np(w: str, taken: list[str]) -> bool:
    """Reading back: a past participle before the noun is its verb ("reported profit"); an -ing word is
    its modifier ("operating profit", "base school spending")."""
    lw = w.lower()
    return bool(
        not w[0].isalpha()
        or lw in _STOP
        or (lw.endswith("ed") and lw not in _NOUNY_ED and taken)
        or (taken and (lw in vocab.FORECAST_VERBS or lw in _NOW_WORDS))  # "now expects sales growth of 2%"
    )


_MONTHISH = re.compile(r"^(?:" + "|".join(_CALENDAR_NAMES) + r")\b")
_NUMBERISH = re.compile(r"^(?:[\d.,]+|billion|million|thousand|bn|m|k)$", re.I)


def _past_of(ws: list[str], i: int) -> int | None:
    """Where the noun starts after "of" and its determiners at ``ws[i]``; None for "of them"."""
    i += 1
    while i < len(ws) and ws[i].lower() in _DETS | _OWNERS | {"all", "them"}:
        if ws[i].lower() == "them":
            return None
        i += 1
    j = i
    while j < min(len(ws), i + 3) and ws[j][:1].isupper() and not ws[j].endswith(("’s", "'s")):
        j += 1  # the words of a named owner: "four of Marlowe County's nine judges"
    if j + 1 < len(ws) and ws[j].lower().endswith(("’s", "'s")) and ws[j + 1].lower() in vocab.NUMBER_WORDS:
        i = j + 1  # "two of the club's three goalkeepers": the owner is no part of the noun, like "his"
    if i < len(ws) and ws[i].lower() in vocab.NUMBER_WORDS:
        i += 1  # "two of his three children": the total is a figure of its own, not part of the noun
    return i


def _np_after(ws: list[str], allow_of: bool) -> str | None:
    i = 0
    if ws[:1] and ws[0] in ("-", "–"):
        i += 1
    partitive = False
    if allow_of and i < len(ws) and ws[i].lower() == "of":
        start = _past_of(ws, i)
        if start is None:
            return None
        partitive, i = True, start
    # Possessives drop their mark: "Europe’s population" → "European population" is not
    # derivable, so keep "Europe population" and the head noun stays last.
    out: list[str] = []
    while i < len(ws) and len(out) < 5:
        w = ws[i]
        lw = w.lower()
        if not w[0].isalpha():
            if w in ("-",) and out:
                i += 1
                continue
            break
        if lw in ("and", "or") and _coordinated(ws, i, out):
            # "five current and former employees", "two soft-boiled or poached eggs": two modifiers share the noun.
            out += [lw, ws[i + 1]]
            i += 2
            continue
        if (
            lw in _STOP
            and lw not in ("most",)
            and not (
                lw == "more"
                and not out
                and i + 1 < len(ws)
                and ws[i + 1][:1].isalpha()
                and ws[i + 1].lower() not in _STOP
            )
        ):
            break
        if _ends_np(ws, i, bool(out)):
            break
        if out and lw in _NUMBER_TOKEN:
            break  # "Several wounded one dead": a count after the words opens a figure of its own
        if lw.endswith(("’s", "'s")):
            out.append(w[:-2])
            i += 1
            continue
        out.append(w)
        i += 1
        if (
            lw.endswith("s")
            and not lw.endswith(("ss", "us", "is"))
            and len(out) >= 1
            and i < len(ws)
            and (ws[i].lower() in _STOP or not ws[i][0].isalpha())
        ):
            break
    if partitive and len(out) == 1 and out[0].lower() in _PEOPLE_BY_STATE:
        return out[0]  # "two of the wounded", "three of the injured": those people
    while out and (_VERBY.search(out[-1].lower()) and out[-1].lower() not in _NOUNY_ED):
        out.pop()
    return " ".join(out) if out else None


#: Participles and adjectives that name people on their own after "of the": "two of the wounded".
_PEOPLE_BY_STATE = frozenset({"wounded", "injured", "dead", "missing", "accused", "deceased", "displaced", "hurt"})


def _coordinated(ws: list[str], i: int, out: list[str]) -> bool:
    """Whether the "and"/"or" at ``ws[i]`` joins two modifiers of one noun: one word before it that is no
    plural noun, one word after it, and a noun after that ("current and former employees"). A plural
    before it is a noun of its own ("men and two women"), and so is a figure or a time word after it."""
    if len(out) != 1 or i + 2 >= len(ws) or _plural(out[0]):
        return False
    second, noun = ws[i + 1], ws[i + 2]
    if second.lower() in _TAIL_VERBS:
        return False  # "a 6.1-inch screen and weighs 174 grams": a verb opens a clause of its own
    return all(
        w[0].isalpha() and w.lower() not in _STOP and w.lower() not in _NP_TIME_BREAK and w.lower() not in _NUMBER_TOKEN
        for w in (out[0], second, noun)
    ) and not _ends_np(ws, i + 2, False)


def _ends_np(ws: list[str], i: int, started: bool) -> bool:
    """Whether ``ws[i]`` ends the noun phrase: a verb ("residents remain"), an adverb ("copies
    worldwide", "$45 million domestically"), and after a first word a time word or a predicate
    ("people early Sunday", "left three people dead")."""
    w, lw = ws[i], ws[i].lower()
    if not started and _time_opens(ws, i):
        return True  # "18 million cans last year", "rose 3 metres overnight": a time, never the noun
    if w[0].isupper():
        return started and lw in _NP_TIME_BREAK
    if lw in _NP_VERB_BREAK:
        # Right after the figure a plural is its noun, not a verb: "40 shows", "two lives".
        return started or i > 0 or not lw.endswith("s")
    if started and lw in _IRREGULAR_PAST and lw != "cost":
        return True  # a past tense after the noun is its verb: "the 20,000-seat arena sold out"
    if lw in _NP_ADVERBS:
        # "copies worldwide" ends; "online sales" opens: first, before a noun, the word is an adjective.
        nxt = ws[i + 1].lower() if i + 1 < len(ws) else ""
        return started or not (
            nxt.isalpha() and nxt not in _STOP and nxt not in _NP_TIME_BREAK and nxt not in _NP_ADVERBS
        )
    if lw in _NOW_WORDS:
        return True  # "from 16 currently to 80", "around 20% now": a time, not a noun
    if not started and lw in _COMPARED_BY:
        return True  # "2.1 degrees above the record", "21 days apart": what it is measured against follows
    if not started and i == 0 and _past_verb_first(ws):
        return True  # "a crowd of 5,000 gathered outside": the verb of those counted, never their noun
    if started and lw in ("ages", "aged"):
        return True  # "three men ages 18 to 21": the ages follow the noun, they are not part of it
    if (
        lw.endswith("ly")
        and lw not in _LY_NOUNS
        and (started or i + 1 >= len(ws) or not ws[i + 1][0].isalpha() or ws[i + 1].lower() in _STOP)
    ):
        # an adverb closing the phrase, or after its noun ("battery easily lasts", "people critically hurt");
        # first, before a participle, it reads on ("fully vaccinated people")
        return True
    if started and _VERBY.search(lw) and lw not in _NOUNY_ED:
        # "heavily armed men", "newly infected patients": after an adverb a participle is an adjective;
        # "two other shooting victims": after "other" it modifies the noun that follows; so it does after
        # the unit of a compound figure ("a six-game winning streak", "a 12-week training course").
        # After a singular modifier, an -ing word before a plural noun is a compound's ("several weekend shooting
        # victims", "two separate hunting accidents"); after a plural it is the verb of those counted.
        prev = ws[i - 1].lower()
        compound = i == 2 and ws[0] in ("-", "–")
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        before_plural = lw.endswith("ing") and prev.isalpha() and not _plural(prev) and nxt.islower() and _plural(nxt)
        return not (
            (prev.endswith("ly") or prev in _OTHER_WORDS or compound or before_plural)
            and nxt[:1].isalpha()
            and nxt.lower() not in _STOP
        )
    return started and (lw in _NP_TIME_BREAK or lw in _STATE_AFTER_NOUN)


#: A state put after the noun it is said of ("left three people dead"): the predicate, not the noun.
_STATE_AFTER_NOUN = frozenset({"dead", "alive"})


#: Words after a measure that say what it is measured against, never what it counts.
_COMPARED_BY = vocab.COMPARED_BY_WORDS
#: What follows a verb and never a noun's modifier: a preposition, a determiner or the phrase's end.
_AFTER_PAST_VERB = vocab.KEY_PREPOSITIONS | _DETS | vocab.PLACE_ADVERBS_AFTER_VERB


#: The kinds whose figure ends in its unit: "80 mph", "6 metres", "30 grams", "two hours".
_MEASURE_KINDS = frozenset({"other", "distance", "weight", "duration"})
#: A unit at the figure's end, spaced or glued ("80 mph", "24C"; not a compound "6-inch" or "3440x1440").
_UNIT_LAST = re.compile(r"[\s\d][a-z/]+$", re.I)


def _past_tense(w: str) -> bool:
    """A word in -ed that is no noun ("gathered", not "red" or "hundred")."""
    lw = w.lower()
    return lw.isalpha() and lw.endswith("ed") and len(lw) > 4 and lw not in _NOUNY_ED


def _past_verb_first(ws: list[str]) -> bool:
    """The first word after a count is a past tense with no noun after it ("5,000 gathered outside",
    "200 attended the rally"); before a noun it describes it ("40 armed officers")."""
    if not _past_tense(ws[0]):
        return False
    nxt = ws[1].lower() if len(ws) > 1 else ""
    return not nxt[:1].isalpha() or nxt in _AFTER_PAST_VERB


#: Words that open a time phrase before a calendar word: "last year", "this week", "next season".
_TIME_LEADS = frozenset({"last", "this", "next", "past"})
#: The calendar words such a phrase ends with.
_TIME_UNITS = _CALENDAR_UNITS | frozenset(
    {"weekend", "season", "quarter", "decade", "night", *vocab.DAY_PARTS, *vocab.SEASONS, *vocab.WEEKDAYS}
)


def _time_opens(ws: list[str], i: int) -> bool:
    """Whether a time phrase starts at ``ws[i]``: a day word ("overnight") or "last year", "this week".
    A day word before a plural noun describes it ("three overnight shootings")."""
    lw = ws[i].lower()
    if lw in vocab.DAY_WORDS:
        return not (i + 1 < len(ws) and _plural_noun(ws[i + 1]))
    return lw in _TIME_LEADS and i + 1 < len(ws) and ws[i + 1].lower().rstrip("s") in _TIME_UNITS


#: Words ending in "s" that are not plural nouns: a day word before them is still a time.
_NOT_PLURAL = frozenset({"as", "is", "was", "has", "his", "its", "this", "thus", "yes", "us"})


def _plural_noun(word: str) -> bool:
    w = word.lower()
    return (
        w.isalpha() and w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _NOT_PLURAL
    )


#: Words after a count that leave its noun to come: "two other shooting victims", "three more wounded men".
_OTHER_WORDS = frozenset({"other", "more", "additional", "remaining"})


def _skip_back(ws: list[str], i: int, limit: int, skip: Callable[[str], bool]) -> int:
    """The index left of ``i`` (inclusive) of the first word ``skip`` does not pass over, within ``limit``."""
    skipped = 0
    while i >= 0 and skipped < limit and skip(ws[i]):
        i -= 1
        skipped += 1
    return i


def _words_back(ws: list[str], i: int, stop: Callable[[str, list[str]], bool]) -> list[str]:
    """Up to four words ending at ``ws[i]``, read leftwards until ``stop(word, taken)``; possessive 's dropped."""
    out: list[str] = []
    while i >= 0 and len(out) < 4:
        w = ws[i]
        if stop(w, out):
            break
        out.insert(0, w[:-2] if w.lower().endswith(("’s", "'s")) else w)
        i -= 1
    if len(out) > 1 and i >= 0 and ws[i] in ("-", "–"):
        out.pop(0)  # the unit of a compound figure, its number gone: "the 14-inch model starts at" -> "model"
    return out


#: Participles of harm without an -ed ending, which are verbs before a figure: "were hurt, not 40".
_HARM_PARTICIPLES = frozenset({"hurt", "slain", "struck"})


def _np_before(ws: list[str]) -> str | None:
    """The nearest noun phrase left of the figure, skipping verbs and qualifiers."""
    if ws and ws[-1].lower() in _NOW_WORDS:
        ws = ws[:-1]  # a time word right before the figure: "Ann Lee, now 30", "the vote is now nine days away"
    # Skip the verb group just before the figure ("revenue rose", "shares are up").
    i = _skip_back(
        ws,
        len(ws) - 1,
        6,
        lambda w: bool(
            not w[0].isalpha()
            or w.lower() in _STOP
            or (_VERBY.search(w.lower()) and w.lower() not in _NOUNY_ED)
            or _en_participle(w.lower())
            or w.lower() in _NP_VERB_BREAK
            or _verb_before_figure(w)
            or w.lower() in _BASE_CHANGE
            # an adverb in the verb group: "the blockade persisted stubbornly for nine weeks"
            or _ly_adverb(w)
            or w.lower() in _STATE_AFTER_NOUN
            or w.lower() in _HARM_PARTICIPLES
        ),
    )
    first = ws[0].lower() if ws else ""
    if i < 0 and len(ws) > 1 and ws[0][:1].isupper() and first not in _AUX | _STOP and _verb_before_figure(ws[0]):
        return ws[0]  # "Costs rose 5%": a capitalised opener of the verb lists is the subject, not a verb
    # a number word is a figure of its own, not part of the noun: "repairs four in five faults within 48 hours"
    out = _words_back(ws, i, lambda w, _: not w[0].isalpha() or w.lower() in _STOP or w.lower() in _NUMBER_WORDS)
    return " ".join(out) if out else None


_EV_WORD = re.compile(r"\d[\w,.]*\w|\d|(?:[A-Za-z]\.){2,}|[A-Za-z][\w’'&-]*[A-Za-z0-9]|[A-Za-z]|[^\w\s]")


def _verb_form(w: str) -> str | None:
    """The past participle of ``w`` when it reads as a verb form, else None."""
    if not w or not w[0].islower() or not w.replace("-", "").isalpha():
        return None
    if w in _NOT_EVENT_VERBS:
        return None
    if w in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[w] or None
    if w.endswith("ed") and w not in _NOUNY_ED and len(w) > 3:
        return w
    if w in _ING_IRREGULAR:
        return _ING_IRREGULAR[w]
    if w.endswith("ing") and len(w) > 5:
        # "killing" -> "killed", "causing" -> "caused", "stopping" -> "stopped"
        return w[:-3] + "ed"
    return None


def _is_number_word(w: str) -> bool:
    if w[:1].isdigit() and w.lower().endswith(("st", "nd", "rd", "th", "s")):
        return False  # "the 488th regiment", "the 1990s"
    return w[:1].isdigit() or w.lower() in _NUMBER_TOKEN or w[:1] in "$£€¥"


def headline_case(sentence: str) -> bool:
    """Title case: nearly every word of four letters or more is capitalised, as in a headline
    (a sentence full of names and titles still writes its verbs in lower case)."""
    long = re.findall(r"[A-Za-z]{4,}", sentence)
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.85 * len(long)


def event_phrase(
    sentence: str, rel_e: int, rel_s: int | None = None, counted: str | None = None, kind: str = "count"
) -> str | None:
    """The verb phrase that says what happened to the counted thing (GUIDE "event").

    The verb that governs the figure: the passive or intransitive verb its noun is the
    subject of ("12 people were killed in the crash" -> "killed in the crash"), skipping
    an apposition or a relative clause to reach the main verb; else the active verb it is
    the object of ("police arrested 5 men" -> "arrested", "the Afghan government freed
    three" -> "freed by the Afghan government"). The phrase keeps particles, an agent
    and a key preposition, and stops at a new clause, another figure, a place or a time.
    """
    ws = _EV_WORD.findall(sentence[rel_e : rel_e + 260])
    ev = _event_after(ws, counted)
    if ev is None and rel_s is not None:
        ev = _event_before(sentence, rel_s, kind)
        state = _state_after(ws, counted)
        if ev and state:
            verb, _, rest = ev.partition(" by ")
            ev = f"{verb} {state} by {rest}" if rest else f"{verb} {state}"
    return ev


#: Auxiliaries before the figure's own verb, where a "number of" phrase's event stops: "... has risen to".
_BEFORE_LEVEL = frozenset({"has", "have", "had", "is", "are", "was", "were", "now", "will", "would", "could", "may"})


def number_of_event(sentence: str, rel_s: int) -> str | None:
    """The participle phrase after the noun of a "number of" phrase that the figure gives the value of: "the
    number of homes flooded in the town has risen to 420", "raised the number of heaters covered by the recall
    to 52,000". The words before the figure end on its own verb ("has risen to"), which the phrase stops at."""
    # Another figure or a clause break between them.
    head, stop = sentence[max(0, rel_s - 160) : rel_s], _FIGURE_BETWEEN + r"|[;:,]"
    rest = _after_last(_NUMBER_OF, head, stop)
    if rest is not None:
        ws = _EV_WORD.findall(rest)
        np = _np_after(_words(rest), allow_of=False)
        if not np:
            return None
        last = np.split()[-1]
        i = next((k + 1 for k, w in enumerate(ws) if w == last), None)
    else:
        # "the number who fell ill": the relative clause opens right after "number"
        rest = _after_last(_NUMBER_WHO, head, stop)
        if rest is None:
            return None
        ws, i = _EV_WORD.findall(rest), 0
    if i is not None and i < len(ws) and ws[i].lower() in ("who", "that", "which"):
        # "the number of households that lost heat", "... who were evacuated": what the relative clause says
        i += 1
        while i < len(ws) and ws[i].lower() in _RELATIVE_AUX:
            i += 1
        if i >= len(ws) or not (_participle(ws[i].lower()) or ws[i].lower() in _IRREGULAR_PAST):
            return None
    elif i is None or i >= len(ws) or not _participle(ws[i].lower()):
        return None
    out = [ws[i]]
    for w in ws[i + 1 :]:
        if w.lower() in _BEFORE_LEVEL or w.lower() in _LEVEL_VERBS:
            break
        out.append(w)
    while out and out[-1].lower() in ("to", "at", "as", "by"):
        out.pop()  # the figure's own preposition: "... to 52,000", "... at 420"
    return " ".join(out) or None


#: Auxiliaries between a relative pronoun and its verb: "who were evacuated", "that had been flooded".
_RELATIVE_AUX = frozenset({"were", "was", "had", "have", "has", "been", "are", "is"})


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


_IRREGULAR_PARTICIPLES = frozenset(vocab.IRREGULAR_PAST.values()) | {"hit", "hurt", "shut", "cut"}


#: The state an active verb leaves its object in, after the object: "left 3,000 homes without power".
_WITHOUT_STATE = re.compile(r"without\s+(?:[a-z]+\s+)?[a-z]+$")


def _state_after(ws: list[str], counted: str | None) -> str | None:
    """ "without power" after the figure's own noun phrase: what befell the counted, which the verb alone
    ("left") does not say."""
    skip = len(_EV_WORD.findall(counted or ""))
    if len(ws) < skip + 2 or ws[skip].lower() != "without":
        return None
    noun = skip + 2 if ws[skip + 1].lower() in ("a", "an", "the", *_OWNERS) else skip + 1
    state = " ".join(w.lower() for w in ws[skip : noun + 1])
    return state if noun < len(ws) and _WITHOUT_STATE.match(state) else None


@dataclass(slots=True)
class _EventScan:
    """How far ``_event_after`` has read the words after a figure, and what it has passed."""

    ws: list[str]
    np_words: set[str]
    i: int = 0
    seen_aux: bool = False
    in_relative: bool = False
    relative_verb: int | None = None
    np_len: int = 0
    found: str | None = None


# What one step of the scan says: read on, stop reading, or the event is ``found``.
_GO, _HALT, _FOUND = 0, 1, 2


def _event_after(ws: list[str], counted: str | None) -> str | None:
    scan = _EventScan(ws, {w.lower() for w in _EV_WORD.findall(counted or "")})
    while scan.i < len(ws) and scan.i < 40:
        step = _event_step(scan)
        if step == _FOUND:
            return scan.found
        if step == _HALT:
            break
    if scan.in_relative and scan.relative_verb is not None:
        return _phrase(ws, scan.relative_verb)
    return None


def _aside_end(ws: list[str], i: int) -> int | None:
    """Where an aside opening at ``ws[i]`` ends (the word after it); -1 if it never closes,
    None if no aside opens here."""
    w = ws[i]
    n = len(ws)
    if w in ("—", "–") or (w == "-" and i > 0):
        # An apposition between dashes: "Two climbers — a Canadian and a Peruvian — who ..."
        close = next((k for k in range(i + 1, min(n, i + 14)) if ws[k] == w), None)
    elif w == "," and i + 1 < n and ws[i + 1].lower() in _ASIDE_AFTER_COMMA:
        # "several hundred workers, including guards hired for the night, could be laid off"
        close = next((k for k in range(i + 2, min(n, i + 16)) if ws[k] == ","), None)
    else:
        return None
    return -1 if close is None else close + 1


def _event_step(scan: _EventScan) -> int:
    """Read one word (or one aside) after the figure: punctuation, a relative clause, an auxiliary."""
    ws, i = scan.ws, scan.i
    w = ws[i]
    lw = w.lower()
    aside = _aside_end(ws, i)
    if aside is not None:
        scan.i = aside
        return _HALT if aside < 0 else _GO
    if not w[0].isalnum():
        if w == "," and scan.in_relative and scan.relative_verb is not None:
            # "28 people, who were in contact with him, were quarantined"
            scan.i += 1
            return _GO
        return _HALT
    if i > 0 and _is_number_word(w) and not scan.in_relative:
        return _HALT  # another figure: its verb is its own
    if lw in ("who", "that", "which", "whom") and not scan.in_relative and i <= 14:
        scan.in_relative = True
    elif scan.in_relative and scan.relative_verb is None:
        if _verb_form(w) or (lw not in _AUX_STRICT and lw in ("came", "went")):
            scan.relative_verb = i
    elif lw in _AUX_STRICT:
        scan.seen_aux = True
    elif not (lw in _EVENT_AUX and (scan.seen_aux or lw not in _AUX_AFTER_AUX)):
        return _event_word(scan, w, lw)
    scan.i += 1
    return _GO


def _event_word(scan: _EventScan, w: str, lw: str) -> int:
    """A word that may be the event's verb, part of the counted noun phrase, or the end of the clause."""
    ws, i = scan.ws, scan.i
    form = _verb_form(w)
    if form is not None and lw.endswith("ing") and i > 0 and _DETERMINER.match(ws[i - 1]):
        # "helped two victims after the shooting": a noun of the incident, not what befell them.
        scan.i += 1
        return _GO
    if lw in scan.np_words and scan.np_len < 8 and not scan.seen_aux:
        scan.np_len += 1
        scan.i += 1
        return _GO
    if form is None and scan.seen_aux and w[0].islower() and lw.isalpha() and lw not in _STOP and lw not in _TIME_STOP:
        form = lw  # "were quarantined", "have died", "are missing"
    if form is not None and not (not scan.seen_aux and lw.endswith("ing") and _later_past(ws, i)):
        if scan.in_relative and scan.relative_verb is not None and not scan.seen_aux:
            scan.i += 1
            return _GO  # still inside the relative clause
        # "the two children fatally shot": the adverb before a reduced relative says how it ended.
        scan.found = _phrase(ws, i - 1 if i > 0 and ws[i - 1].lower() in _FATAL_ADVERBS else i)
        return _FOUND
    if (lw.endswith("ing") and form is not None) or scan.in_relative:
        scan.i += 1
        return _GO
    if scan.seen_aux:
        return _HALT  # "were in close contact": a predicate without a verb
    if lw in _CLAUSE_SUBORDINATORS and not scan.in_relative and not _as_phrase(ws, i):
        return _HALT  # "evacuated 300 residents as smoke drifted over": the verb after is another clause's
    if lw in _TIME_CONJUNCTIONS and not scan.in_relative and _opens_clause(ws, i + 1):
        return _HALT  # "420 homes after the river peaked": a clause of its own subject, not "hurt after the crash"
    if lw in ("and", "or") and i + 1 < len(ws) and (_is_number_word(ws[i + 1]) or _verb_form(ws[i + 1])):
        return _HALT  # another figure, or a verb of the clause's subject: "freed three prisoners and sent them"
    if i >= 24:
        return _HALT
    scan.i += 1
    return _GO


_FATAL_ADVERBS = frozenset({"fatally", "mortally"})
#: Words that open a clause of its own subject after the figure's noun phrase (not "after", "since": they
#: are prepositions too, "hurt after the crash").
_CLAUSE_SUBORDINATORS = frozenset({"as", "when", "while", "because", "although", "though", "whereas", "unless"})


#: Words that are a preposition or open a clause: "after the crash", "after the river peaked".
_TIME_CONJUNCTIONS = frozenset({"after", "before", "until", "since", "once"})


def _opens_clause(ws: list[str], i: int) -> bool:
    """A subject of at most three words from ``ws[i]``, then a finite verb in the past: "the river peaked",
    "police arrived"; not "the crash", "being shot" or "the attack on Friday"."""
    k = i + 1 if i < len(ws) and _DETERMINER.match(ws[i]) else i
    for j in range(k, min(k + 3, len(ws) - 1)):
        w = ws[j]
        if not w[:1].isalpha() or w.lower() in _STOP or _verb_form(w):
            return False
        nxt = ws[j + 1]
        if nxt[:1].islower() and not nxt.endswith("ing") and _verb_form(nxt):
            return True
    return False


def _as_phrase(ws: list[str], i: int) -> bool:
    """ "as well as", "such as", "as many as": an "as" inside a noun phrase, not a clause."""
    nxt = ws[i + 1].lower() if i + 1 < len(ws) else ""
    return ws[i].lower() == "as" and (
        nxt in ("well", "many", "much") or (i > 0 and ws[i - 1].lower() in ("such", "well"))
    )


#: A word that makes the -ing word after it a noun: "the shooting", "a stabbing", "Sunday's shooting".
_DETERMINER = re.compile(r"(?i)^(?:the|a|an|this|that|its|their|his|her|\w+['’]s)$")


def _later_past(ws: list[str], i: int) -> bool:
    """ "teachers wearing red surrounded the Statehouse": a past verb soon after a participle."""
    for k in range(i + 1, min(len(ws), i + 5)):
        w = ws[k]
        if not w[0].isalnum():
            return False
        if w[0].islower() and ((w.endswith("ed") and w not in _NOUNY_ED) or w in _IRREGULAR_PAST):
            return True
    return False


def _phrase(ws: list[str], i: int) -> str | None:
    first = ws[i].lower()
    head = _ING_IRREGULAR.get(first) or (_IRREGULAR_PAST.get(first) if first in _PAST_TO_PARTICIPLE else None) or ws[i]
    out: list[str] = [head]
    i += 1
    while i < len(ws) and len(out) < 7:
        w = ws[i]
        lw = w.lower()
        if not w[0].isalnum() or lw in _EVENT_STOP or _is_number_word(w) or lw in _TIME_STOP:
            break
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        # Place and time have fields of their own: "on Thursday", "in Leeds".
        if lw in _PLACE_TIME_PREPOSITIONS and (nxt[:1].isupper() or nxt.lower() in _TIME_STOP or _is_number_word(nxt)):
            break
        if lw == "the" and nxt[:1].isupper() and out[-1].lower() in ("in", "at", "near"):
            out.pop()
            break
        out.append(w)
        i += 1
    while len(out) > 1 and out[-1].lower() in _EVENT_TRIM:
        out.pop()
    return " ".join(out) if out else None


def _event_before(sentence: str, rel_s: int, kind: str) -> str | None:
    ws = _EV_WORD.findall(sentence[max(0, rel_s - 160) : rel_s])
    j = len(ws) - 1
    skipped = 0
    while j >= 0 and skipped < 2 and ws[j].lower() in _EVENT_LEAD:
        j -= 1
        skipped += 1
    if j < 0:
        return None
    particle = ""
    if ws[j].lower() in _PARTICLES | {"in", "to"}:
        particle = ws[j].lower()
        j -= 1
    if j < 0:
        return None
    verb = ws[j].lower()
    if kind == "money" and _verb_form(verb) is None:
        # "paid an Elm County printer just short of $82,000", "cost the city roughly $82,000"
        for k in range(j, max(-1, j - 5), -1):
            if not ws[k][0].isalpha():
                break
            if ws[k].lower() in _MONEY_VERBS:
                verb, j, particle = ws[k].lower(), k, ""
                break
    if verb in _CHANGE_VERBS and kind == "count":
        return None  # "the toll rose to 15": what happened comes from the tally's noun
    form = _verb_form(ws[j])
    if form is None or (particle in ("in", "to") and verb not in _RESULT_VERBS and verb not in _CHANGE_VERBS):
        return None
    if particle in _PARTICLES:
        form = f"{form} {particle}"
    elif particle:
        form = f"{verb} {particle}"
    agent = _agent(ws, j)
    return f"{form} by {agent}" if agent and not particle.startswith(("in", "to")) else form


def _agent(ws: list[str], j: int) -> str | None:
    """The subject right before an active verb, as a short phrase: "the Afghan government"."""
    k = j - 1
    while k >= 0 and ws[k].lower() in _BEFORE_ACTIVE_VERB:
        k -= 1
    out: list[str] = []
    while k >= 0 and len(out) < 4:
        w = ws[k]
        lw = w.lower()
        if not w[0].isalpha() or (lw in _STOP and lw not in ("the",)):
            break
        out.insert(0, w)
        k -= 1
        if lw == "the":
            break
    if not out or out == ["the"]:
        return None
    if out[0].lower() != "the" and len(out) == 1 and out[0][0].islower():
        return None  # a bare common noun or a verb: not a clear agent
    if any(_verb_form(w.lower()) for w in out[1:]):
        return None
    if out[0] == "The":
        out[0] = "the"  # the sentence's first word: "destroyed by the flood"
    return " ".join(out)


_PLACE = re.compile(
    r"\b(?:in|near|at|from|across|outside|inside|throughout|into)\s+((?:the\s+)?(?:town|city|village|"
    r"region|province|state|county)?\s*(?:of\s+)?(?:[A-Z][\w’'.-]*)(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3}"
    r"(?:\s+(?:region|province|state|county|oblast|district))?)"
)
_NOT_PLACE = re.compile(
    r"^(?:the\s+)?(?:"
    + "|".join(_CALENDAR_NAMES)
    + r"|The|This|That|It|He|She|They|We|I|A|An|[A-Z]+\b(?<!US)|Twitter|Weibo|Facebook)\b"
)


_WORLD_PLACE = re.compile(
    r"\b(?:worldwide|world-wide|globally|(?:around|across|throughout)\s+the\s+(?:world|globe)|"
    r"the\s+world(?=[’']s|\s+population))\b",
    re.I,
)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ic)$")
#: "a third of Europe’s population": the population names its place.
_POPULATION_OF = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)[’']s\s+(?:total\s+|entire\s+|whole\s+)?population\b")
_NOT_PLACE_WORD = re.compile(r"-(?:dominated|led|based|controlled|run|backed|owned)$|^[A-Z]+\d|^\d")


def find_places(sentence: str) -> list[tuple[int, int, str]]:
    """Places named in one sentence, as written (GUIDE 12): ``(start, end, name)``.

    "in the Kursk region", "near the town of Lgov" (``near`` kept: the figure is not
    in the town), "in China’s Inner Mongolia"; a world-wide scope is a place too
    ("worldwide", "around the world" -> "world"). A lone demonym ("Ukrainian
    captivity", "the Russian side") is a side, not a place.
    """
    out: list[tuple[int, int, str]] = []
    for m in _PLACE.finditer(sentence):
        name = m.group(1).strip().rstrip(".")
        if name.startswith("the "):
            name = name[4:]
        if not name or _NOT_PLACE.match(name) or not any(c.isupper() for c in name):
            continue
        words = name.split()
        if (len(words) == 1 and _DEMONYM.match(name)) or any(_NOT_PLACE_WORD.search(w) for w in words):
            continue
        if len(words) > 1 and words[-1] in ("of",):
            continue
        if m.group(0).lower().startswith("near"):
            name = "near " + (m.group(1).strip().rstrip(".") if m.group(1).startswith("the ") else name)
        out.append((m.start(1), m.end(1), name))
    for m in _POPULATION_OF.finditer(sentence):
        if not _NOT_PLACE.match(m.group(1)):
            out.append((m.start(1), m.end(1), m.group(1)))
    for m in _WORLD_PLACE.finditer(sentence):
        word = m.group(0).lower()
        out.append((m.start(), m.end(), "worldwide" if word.startswith("world") else "world"))
    out.sort()
    return _within(sentence, out)


#: What joins a place to the larger one it lies in: "the Brandt plant in Dorsey", "Elm Park, Marlow".
_IN_PLACE = re.compile(r"(?:\s+[a-z]+){0,2}\s+in\s+(?:the\s+)?")


def _within(sentence: str, places: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A place written inside a larger one ("the Brandt Chemicals plant in Dorsey") as one place, so a report
    that names only the town or only the plant is of the same place."""
    out: list[tuple[int, int, str]] = []
    for s, e, name in places:
        if out and not name.startswith("near ") and _IN_PLACE.fullmatch(sentence, out[-1][1], s):
            ps, pe, pname = out.pop()
            out.append((ps, e, pname + sentence[pe:s] + name))
        else:
            out.append((s, e, name))
    return out


def find_place(sentence: str) -> str | None:
    """The first place named in ``sentence`` (see ``find_places``)."""
    found = find_places(sentence)
    return found[0][2] if found else None


def nearest_place(places: list[tuple[int, int, str]], rel_s: int, rel_e: int, sentence: str = "") -> str | None:
    """The figure's place in its sentence: the first one after it in its clause ("after two people
    contracted it in Marlow"), else the nearest before it ("Officials in Ohio said ...")."""
    for s, _, name in places:
        if s >= rel_e and not re.search(r"[;:—–]|,\s|\d", sentence[rel_e:s]):
            return name
    before = [p for p in places if p[1] <= rel_s]
    if before:
        return before[-1][2]
    return places[0][2] if places else None
