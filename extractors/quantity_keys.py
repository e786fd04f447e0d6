"""Same-quantity keys for figure claims: pure normalisation, no database.

Two claims are about the same quantity (GUIDE.md, "Same quantity, changed figure")
when they count the same thing under the same event, place and time scope. The
extractor writes those fields as free phrases ("Russian captives" / "taken
captive", "soldiers" / "taken into Ukrainian captivity"), so this module reduces
each to something comparable:

- ``counted``: the head noun, lemmatised and mapped to a synonym class
  (soldiers / troops / servicemen → ``soldier``). Nouns that carry their own event
  (captives, deaths, injured) are *roles*: a role is compatible with any group of
  people (``people``, ``soldier``), because "50 deaths" and "50 people killed" are
  one quantity. Words that split a quantity (``new``, ``other``, ``animal``,
  ``comparable``) must agree; proper modifiers (``Russian``, ``Home Depot``) must not
  contradict (one may be missing).
- ``event``: a class of the main verb (captured / taken prisoner / taken into
  captivity → ``capture``); verbs that say nothing (reported, occurred, caused)
  leave the class to the counted noun's role.
- ``place``: word stems; a missing place is compatible with any place, two named
  places must nest ("Inner Mongolia" in "China's Inner Mongolia"), unless only one
  of them is a street (marked ``~street``), which lies in some town either way.
- ``time``: a running total (``T:``, with its start when it has one) versus a
  dated period (``P:start:end``). A total over a closed past window ("between 2010
  and 2015") is that period. Ages and durations have no time scope: the time says
  when the thing happened, not the window it was counted over. An incident's date
  ("12 killed in the storm on Monday") is not a one-day window: see ``settle_times``.
- ``measure``: kind and unit, with durations, distances and weights in base units,
  and an absolute tolerance so a conversion or a rounded "about 2,300" is not a change.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from extractors.attribution import claimed_by
from extractors.linking import counts_incidents
from extractors.tokens import lemma
from extractors.vocabulary import en as vocab

# --- words -----------------------------------------------------------------------------

#: counted lemma → (class, group, implied event); a word listed twice takes its last class.
_COUNTED: dict[str, tuple[str, str, str]] = {
    w: (cls, group, event) for cls, group, event, words in vocab.COUNTED_CLASSES for w in words
}
_SPLITTING = vocab.SPLITTING_MODIFIERS

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_COMMON_CAPS = vocab.CAPITALISED_FUNCTION_WORDS


_TIME_TAIL = vocab.TIME_TAIL_WORDS


_VERB_TAIL = vocab.NP_VERB_TAIL


def _stem4(word: str) -> str:
    # "Russian"/"Russia", "Ukrainian"/"Ukraine", "European"/"Europe" share their first letters.
    return word.lower().replace("’", "'").split("'")[0][:4]


@dataclass(frozen=True, slots=True)
class Counted:
    cls: str  # synonym class, or the lemma itself; "" when unknown
    group: str  # pop | role | thing | ""
    implied_event: str
    mods: tuple[str, ...]  # splitting modifiers, sorted
    names: tuple[str, ...]  # stems of proper modifiers, sorted
    proper: bool = False  # the head is a proper name: one identified individual ("Jane Doe")
    head: str = ""  # the head noun's lemma ("women" -> "woman"), whatever its class


def _parts(words: list[str]) -> list[str]:
    """ "comparable-store sales": split compounds, but keep splitting words like "same-store" whole."""
    parts: list[str] = []
    for w in words:
        if w.lower() in _SPLITTING:
            parts.append(w)
        else:
            parts.extend(p for p in w.split("-") if p)
    return parts


def _generation(parts: list[str]) -> tuple[list[str], str]:
    """ "Jo Roe Jr.": the surname is the head, as in "Roe, 45"; the suffix (" jr") tells father from son."""
    if len(parts) > 2 and parts[-1].lower().rstrip(".") in vocab.GENERATION_SUFFIXES:
        return parts[:-1], " " + parts[-1].lower().rstrip(".")
    return parts, ""


def normalise_counted(counted: str | None) -> Counted:
    if not counted:
        return Counted("", "", "", (), ())
    text = counted.strip()
    mods: set[str] = set()
    # "earnings per share": the head is before "per"; the divisor splits the quantity.
    m = re.search(r"\bper\s+([A-Za-z\-]+)", text, re.IGNORECASE)
    if m:
        mods.add("per-" + lemma(m.group(1)))
        text = text[: m.start()].strip() or text
    # "number of people", "share of the population": the head is after "of".
    m = re.match(
        r"(?i)(?:the\s+)?(?:number|total|count|share|percentage|proportion|majority|"
        r"rest|group|crowd)\s+of\s+(.+)$",
        text,
    )
    if m:
        text = m.group(1)
    words = _WORD.findall(text)
    # "people early Sunday": a time the extractor ran into the noun phrase is not the head.
    while len(words) > 1 and (words[-1].lower() in _TIME_TAIL or words[-1].lower() in _VERB_TAIL):
        words.pop()
    if words and words[-1].lower() in _TIME_TAIL:
        words = []
    if not words:
        return Counted("", "", "", tuple(sorted(mods)), ())
    parts, generation = _generation(_parts(words))
    head_word = parts[-1]
    head = lemma(head_word)
    cls, group, implied = _COUNTED.get(head, (head, "thing", ""))
    if head == "other":  # "two others": more people besides those already named
        cls, group = "person", "pop"
        mods.add("other")
    names: set[str] = set()
    for w in parts[:-1]:
        low = w.lower()
        if low in _SPLITTING:
            if _SPLITTING[low]:
                mods.add(_SPLITTING[low])
        elif w[0].isupper() and low not in _COMMON_CAPS and low not in _COUNTED and lemma(low) not in _COUNTED:
            names.add(_stem4(w))
    proper = head_word[0].isupper() and group == "thing" and head_word.lower() not in _COMMON_CAPS
    if proper:
        cls += generation
    return Counted(cls, group, implied, tuple(sorted(mods)), tuple(sorted(names)), proper, head)


# --- events ---------------------------------------------------------------------------

_EVENT_PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bwould have\b|\bcould have\b|\bexcluding\b"), "hypothetical"),
    (re.compile(r"\b(expect\w*|forecast\w*|predict\w*|project(ed|ion)s?|anticipat\w*|guidance|consensus)\b"), "expect"),
    (
        re.compile(
            r"\b(taken|took|take|held)\s+(captive|prisoner|into\s+(\w+\s+)?captivity)|\bcaptiv\w+|"
            r"\bprisoners? of war\b"
        ),
        "capture",
    ),
    (re.compile(r"\btaken\s+hostage\b"), "capture"),
    # Gunfire (GUIDE 23): people shot include those killed, so "shot" is its own quantity unless
    # the phrase says how it ended.
    (
        re.compile(
            r"\b(shot|gunned)\s+(\w+\s+)?(to death|dead|and killed|down and killed)\b|\bfatally\s+"
            r"(shot|wounded|struck)\b|\bshooting deaths?\b|\bgunned down\b"
        ),
        "die",
    ),
    (re.compile(r"\b(shot|struck)\s+and\s+(wounded|injured|hurt)\b|\bnon-?fatal(ly)?\b"), "injure"),
    # those treated for their injuries are the injured (GUIDE 23), wherever the treatment was; "treated for
    # other injuries" follows others named before it, a part of the injured
    (re.compile(r"\btreated\s+for\s+(?!other\b)(\w+\s+){0,2}?(injur\w*|wounds?)\b"), "injure"),
    # "accounts caught up in the breach": those it affected, not an infection
    (re.compile(r"\bcaught\s+up\s+in\b"), "affect"),
    (re.compile(r"\b(lost|lose)\s+(their|his|her)\s+li(fe|ves)\b|\bwiped out\b|\bdeath toll\b"), "die"),
    # a strike's count: those who walked out or stayed away took part in it
    (
        re.compile(r"\b(took|take|takes|taking|taken)\s+part\b|\bturned\s+out\b|\b(walked|walk|walking)\s+out\b"),
        "present",
    ),
    (
        re.compile(
            r"\bwithout\s+(power|electricity)\b|\b(lost|lose|losing)\s+(power|electricity|supply)\b"
            # "knocked out power to 85,000 customers": those the cut reached
            r"|\b(knocked\s+out|cut(\s+off)?|shut\s+off)\s+(the\s+)?(power|electricity)\s+(supply\s+)?to\b"
        ),
        "outage",
    ),
    (re.compile(r"\b(put|placed|kept|held)\s+(under|in)\s+(\w+\s+)?quarantine\b"), "quarantine"),
    (re.compile(r"\b(put|placed|kept|held)\s+under\s+(\w+\s+)?observation\b"), "observe"),
    # still in hospital (patients now) is not admitted to hospital (everyone taken there)
    (
        re.compile(
            r"\b(remain|remains|remained|stay|stays|stayed|still)\s+((in\s+)?(the\s+)?hospital\b|hospitali[sz]ed\b)"
        ),
        "in-hospital",
    ),
    # a state that lasts is that state: those who "remained missing" are those missing
    (re.compile(r"\b(remain|remains|remained|stay|stays|stayed)\s+(missing|unaccounted)\b"), "missing"),
    (
        re.compile(
            r"\b(sent|taken|rushed|airlifted|flown|transported|transferred|admitted)\s+to\s+"
            r"(a\s+|the\s+)?(\w+\s+)?hospitals?\b|\bhospital treatment\b"
        ),
        "hospitalize",
    ),
]

_EVENT_WORDS: dict[str, str] = {w: cls for cls, words in vocab.EVENT_CLASSES for w in words}
_EMPTY_EVENT = vocab.EMPTY_EVENT_WORDS
_EMPTY_VERBS = vocab.EMPTY_VERBS
_PREPOSITIONS = vocab.KEY_PREPOSITIONS
_NUMBER_IN_EVENT = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?|several)\b"
)
_NEGATION = re.compile(r"\b(not|never|no longer|yet to)\b")


def _verb_stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


_SENTENCE_EVENTS = vocab.SENTENCE_EVENT_CLASSES
_SENTENCE_WINDOW = 60
#: A clause's verb can sit far from its subject's figure ("several hundred workers,
#: including guards hired for the night, could be laid off"); the nearest one still wins.
_EVENT_WINDOW = 120
#: Every event class a key may name (a phrase's or a word's); any other event is a verb's stem.
_EVENT_CLASSES = frozenset(name for _, name in _EVENT_PHRASES) | frozenset(_EVENT_WORDS.values())


def _distance(text: str, start: int, stop: int, offset: int, end: int) -> int:
    """How far a word (``start``-``stop``) stands from the figure (``offset``-``end``): counted from the
    figure's end for a word after it, and further for a word before it across a comma, which
    belongs to another clause ("Three Killed, Four Hurt": "Four" is hurt). An "and" does not:
    "shot two officers and four bystanders" shot both."""
    if start >= end:
        if _BREAKDOWN.search(text, end, start):
            return _FAR  # "two women on the porch — one dead, the other hurt": how each fared, not all
        # "12 were hurt", "12 people were hurt": the verb the figure is the subject of.
        return 0 if _SUBJECT_GAP.fullmatch(text, end, start) else start - end
    if stop <= offset:
        if _CLAUSE_MARK.search(text, stop, offset):
            # "..., and about 4,500 people remain in shelters": a figure with a predicate of its own is the
            # subject of its clause, which the event words of the clause before do not reach.
            return _FAR if _OWN_PREDICATE.match(text, end) else offset - stop + _CLAUSE_BREAK
        return offset - stop
    return 0


#: A figure's noun phrase, then a verb of state that makes it its clause's subject: "people remain", "are".
_OWN_PREDICATE = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:remain|remains|remained|stay|stays|stayed|are|were)\s")


_CLAUSE_BREAK = 20
_CLAUSE_MARK = re.compile(r"[,;]")
_FAR = 10_000
#: A dash or colon after a figure opens a breakdown of it ("— one dead, the other injured").
_BREAKDOWN = re.compile(r"\s[—–-]\s|:\s")
_SUBJECT_GAP = re.compile(r"\s+(?:[a-z]+\s+)?(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+")


#: The group a part is counted out of: "two of the five victims" ("all of the five" is the whole).
_PART_OF_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|" + "|".join(vocab.SMALL_NUMBERS) + r"|none|some|most|several|many)\s+"
    r"of\s+(?:the|those|these)\s+$",
    re.I,
)
#: The part's own verb right after the group's noun: an auxiliary ("... victims were shot"), a verb no
#: reduced relative is made of ("... victims died"), or a verb with its object ("... victims sustained a
#: wound"). A participle before a preposition or a later verb, and a relative clause, are the group's
#: own ("one of the three miners rescued on Friday has died", "two of the nine guests who were evacuated").
_PART_VERB_AFTER = re.compile(
    r"\s*,?\s*(?:(?:were|was|are|is|has|have|had|remain|remains|remained|will|would|could|may|might|"
    r"died|dies|survived|survives)\b|(?:[a-z]+ed|took|got)\s+(?:the|a|an|his|her|their|its|\d)\b)",
    re.I,
)


def whole_of_a_part(sentence: str | None, rel_s: int | None, rel_e: int | None, counted: str | None) -> bool:
    """The figure (``rel_s``-``rel_e`` in ``sentence``) is the group a part is counted out of, and the verb
    after it is the part's: what befell the two of "two of the five victims died", not the five."""
    if sentence is None or rel_s is None or rel_e is None:
        return False
    if not _PART_OF_BEFORE.search(sentence, max(0, rel_s - 40), rel_s):
        return False
    rest = sentence[rel_e:]
    if counted and rest.lstrip().lower().startswith(counted.lower()):
        rest = rest.lstrip()[len(counted) :]
    return _PART_VERB_AFTER.match(rest) is not None


#: A share or a sum someone gives as a level ("unemployment stands at 5.2%", "puts it at 7.9%"), as a count of things.
_LEVEL_KINDS = frozenset({"percent", "money"})
#: A count of things as a level, not an event: what a subject has or reached, what someone puts it at, or
#: what a source claims in a relative clause after it.
_STOCK_BEFORE = re.compile(
    r"\b(?:(?:now\s+)?(?:has|have|had)|reached|reaches|passed|passes|topped|tops|surpassed|crossed)\s+$"
    r"|\b(?:stands?|stood|standing)\s+at\s+$"
    r"|\b(?:" + "|".join(vocab.VALUE_SETTING_VERBS + vocab.ESTIMATING_VERBS) + r")\s+[^.;,]{1,60}?\s+at\s+$",
    re.IGNORECASE,
)


def _class_after(sentence: str | None, end: int | None) -> str:
    """The event class a phrase names right after a figure's noun phrase, in its clause."""
    if not sentence or end is None:
        return ""
    window = re.split(r"[,;:.]", sentence[end : end + 50].lower(), maxsplit=1)[0]
    return _phrase_class(window, skip=_NOT_REPORTED)


#: Classes of a figure that is not the reported one: a what-if or a forecast.
_NOT_REPORTED = frozenset({"hypothetical", "expect"})


def _phrase_class(text: str, skip: frozenset[str] = frozenset()) -> str:
    """The class of the first event phrase (in ``_EVENT_PHRASES`` order) that ``text`` holds, leaving out ``skip``."""
    return next((name for pattern, name in _EVENT_PHRASES if name not in skip and pattern.search(text)), "")


def _stock(sentence: str | None, offset: int | None, end: int | None) -> bool:
    if not sentence or offset is None or end is None:
        return False
    # "the 50 million the company claims": a level someone gives
    before = sentence[max(0, offset - 80) : offset]
    if _TOWARD.match(sentence, offset):
        before += "at "  # "put it closer to $65 million": the preposition opens the figure
    return bool(_STOCK_BEFORE.search(before) or claimed_by(sentence, offset, end))


_TOWARD = re.compile(vocab.TOWARD_FIGURE_PATTERN, re.IGNORECASE)


def event_from_sentence(sentence: str | None, offset: int | None, end: int | None = None) -> str:
    """The nearest clear event word to the figure (``offset`` chars into ``sentence``), within a few words.

    "killed an estimated 40,000 cattle": the figure's own verb, when the claim's
    ``event`` field is empty. In "3 killed and 30 injured" each figure takes the nearer verb.
    """
    if not sentence or offset is None:
        return ""
    stop = offset if end is None else end
    best, best_dist = "", _EVENT_WINDOW + 1
    text = sentence.lower().replace("’", "'")
    for pattern, name in _EVENT_PHRASES:
        for m in pattern.finditer(text):
            dist = _distance(text, m.start(), m.end(), offset, stop)
            if name in _SENTENCE_EVENTS and dist < best_dist:
                best, best_dist = name, dist
    for m in re.finditer(r"[a-z][a-z\-]*", text):
        name = _EVENT_WORDS.get(m.group(0), "")
        if name in _SENTENCE_EVENTS:
            dist = _distance(text, m.start(), m.end(), offset, stop)
            if dist < best_dist:
                best, best_dist = name, dist
    return best


#: A passive that only says something befell the counted, and the event noun that did: "covered by its
#: recall", "affected by the outage", "caught up in last week's breach".
_LIGHT_PASSIVE = re.compile(
    r"\s*(?:covered|affected|impacted|caught\s+up)\s+(?:by|in)\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?"
    r"(?:[a-z'-]+\s+){0,3}?([a-z]+)(?:\s+(?:in|on|at|of|for|after|during|across|from|to|since)\b.*)?\s*$"
)


def normalise_event(event: str | None, implied: str = "") -> str:
    """The event class of a phrase; ``implied`` (from a role noun) when the phrase says nothing."""
    text = (event or "").lower().replace("’", "'")
    if re.match(r"\s*(including|such as|like|among them|of whom|of which)\b", text):
        text = ""  # an apposition ("including conscripts guarding the border"), not what happened
    if _NUMBER_IN_EVENT.search(text):
        text = ""  # "toll rose to 15 after searchers found three more bodies": another figure's event
    cls = ""
    light = _LIGHT_PASSIVE.match(text)
    if light:
        # "heaters covered by its recall", "homes affected by the outage": the event is the noun, as in
        # "heaters recalled" or "homes without power"
        noun = light.group(1)
        cls = _EVENT_WORDS.get(noun) or _phrase_class(noun) or _verb_stem(noun)
    cls = cls or _phrase_class(text)
    if not cls:
        seen_empty_verb = False
        for w in re.findall(r"[a-z][a-z\-]*", text):
            if w in _EVENT_WORDS:
                cls = _EVENT_WORDS[w]
                break
            if w in _PREPOSITIONS:
                if seen_empty_verb:
                    break  # "caused by the Black Death": what follows is the agent, not the event
                continue
            if w in _EMPTY_EVENT or len(w) < 3:
                seen_empty_verb = seen_empty_verb or w in _EMPTY_VERBS
                continue
            cls = _verb_stem(w)
            break
    if not cls:
        cls = implied
    if cls in _NOT_REPORTED:
        return cls  # a forecast or a what-if is never the reported figure itself
    if cls and _NEGATION.search(text):
        cls = "not-" + cls
    return cls


# --- places ----------------------------------------------------------------------------

_PLACE_DROP = vocab.PLACE_DROP_WORDS
_WORLD = vocab.WORLD_WORDS


_WORLD_PHRASE = re.compile(
    r"\b(?:worldwide|world-wide|globally|(?:around|across|in) the (?:world|globe))\b", re.IGNORECASE
)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ic)$")


#: The mark of a place that is a street, an address or a road: a street lies inside some town, so it never
#: contradicts the town another report of the story names ("on Universal Boulevard" against "in Orlando").
STREET_MARK = "~street"
_STREET_WORD = re.compile(
    r"\b(?:Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Road|Rd\.|Drive|Dr\.|Lane|Ln\.|Highway|Hwy\.?|Parkway|"
    r"Pkwy\.?|Terrace|block)(?:\s|$)|\b(?:Interstate|Route|I-)\s?\d",
)


def normalise_place(place: str | None) -> tuple[str, ...]:
    # "Russian" alone is a side, not a place: it constrains nothing.
    if not place or _DEMONYM.match(place.strip()):
        return ()
    out: set[str] = {STREET_MARK} if _STREET_WORD.search(place + " ") else set()
    for w in _WORD.findall(place.replace("’", "'")):
        low = w.lower().split("'")[0]
        if low in _PLACE_DROP or len(low) < 2:
            continue
        out.add("world" if low in _WORLD else low[:4])
    return tuple(sorted(out))


# --- time ------------------------------------------------------------------------------

_ORDINALS = vocab.CENTURY_ORDINALS
_CENTURY = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)\s+century|\b(" + "|".join(_ORDINALS) + r")[\s-]+century", re.IGNORECASE
)
_HUNDREDS = re.compile(r"\b(\d{2})00s\b")
_DECADE = re.compile(r"\b(\d{3})0s\b")
_YEAR_SPAN = re.compile(r"\b(1[5-9]\d\d|20\d\d)\s*(?:-|–|to|and|through|until)\s*(1[5-9]\d\d|20\d\d)\b")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def resolve_time_text(text: str | None) -> tuple[date, date] | None:
    """Centuries, decades and years the extractor left unresolved ("in the 1300s")."""
    if not text:
        return None
    m = _CENTURY.search(text)
    if m:
        n = int(m.group(1)) if m.group(1) else _ORDINALS[m.group(2).lower()]
        return date(max(1, (n - 1) * 100), 1, 1), date((n - 1) * 100 + 99, 12, 31)
    m = _HUNDREDS.search(text)
    if m:
        y = int(m.group(1)) * 100
        return date(max(1, y), 1, 1), date(y + 99, 12, 31)
    m = _DECADE.search(text)
    if m:
        y = int(m.group(1)) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    m = _YEAR_SPAN.search(text)
    if m:
        return date(int(m.group(1)), 1, 1), date(int(m.group(2)), 12, 31)
    m = _YEAR.search(text)
    if m:
        y = int(m.group(1))
        return date(y, 1, 1), date(y, 12, 31)
    return None


#: Kinds whose time says when something happened, not the window it was counted over.
_TIMELESS_KINDS = {"age", "duration", "distance", "weight"}
_EVENTLESS_KINDS = {"age", "duration"}
#: A "total" whose window ended this long before publication is a closed period.
_CLOSED_AFTER = timedelta(days=7)


#: How far before publication an incident's day (or a running total's start) may lie:
#: the story window (extractors/stories.py), within which reports are grouped at all.
_INCIDENT_DAYS = 14
#: An incident's date is a day, a night-and-day ("Saturday night") or a weekend that a report
#: names loosely ("last weekend" resolves to its week); a longer window is a period of its own.
_INCIDENT_SPAN = timedelta(days=7)
#: A time phrase that marks a part of a longer series (the extractor's time stage reads the same).
_SUB_PERIOD = re.compile(vocab.SUB_PERIOD_PATTERN, re.IGNORECASE)
#: A figure stated as a running tally ("the death toll rose to 15 on Wednesday", "has now
#: died") is the total to date, whatever day the sentence names.
_RUNNING = re.compile(
    r"\btoll\b|\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|reached|reaches)\s+to\b"
    r"|\bin (?:all|total)\b|\bso far\b|\bto date\b|\b(?:has|have) now\b|\bnow stands\b",
    re.IGNORECASE,
)
_DAY_WORDS = re.compile(
    r"\b(?:" + "|".join((*vocab.WEEKDAYS, *vocab.DAY_WORDS)) + "|"
    r"(?:last|this|that|early|late)\s+(?:" + "|".join(vocab.DAY_PARTS) + r"))\b",
    re.IGNORECASE,
)
_CALENDAR_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b", re.IGNORECASE
)
#: How far around the figure the sentence is read for a rate or a running tally.
_TALLY_BEFORE = 70
_TALLY_AFTER = 30


@dataclass(frozen=True, slots=True)
class TimeScope:
    """The time part of a key. ``dated`` is set for an incident-dated figure: its key is
    ``T:`` (the incident's toll) unless ``settle_times`` finds the document giving the same
    quantity over another span, in which case the key becomes ``dated`` (a one-day count)."""

    key: str
    dated: str = ""


def _sub_period(time_text: str | None, sentence: str | None, offset: int | None) -> bool:
    if time_text and _SUB_PERIOD.search(time_text):
        return True
    if not sentence:
        return False
    if time_text:
        at = sentence.find(time_text)
        # "three more bodies on Sunday alone, bringing the toll to 10": "alone" scopes the figures
        # before it, or all of them when the phrase opens the sentence ("On Tuesday alone, 40 ...").
        if (
            at >= 0
            and re.match(r"[\s,]*alone\b", sentence[at + len(time_text) :], re.IGNORECASE)
            and (offset is None or offset < at or not sentence[:at].strip())
        ):
            return True
    if offset is not None:  # a rate next to the figure: "40 a day", "some 200 per week"
        after = sentence[offset : offset + _TALLY_AFTER + 20]
        if re.search(r"\b(?:a|per|each|every)\s+(?:day|week|month|night)\b|\bdaily\b", after, re.IGNORECASE):
            return True
    return False


def _names_the_event(time_text: str | None, sentence: str | None) -> bool:
    """A time in the possessive ("died in last week's floods", "Sunday's shooting") dates the event
    named after it: the incident's date, however long, not a window the figure is counted over."""
    if not time_text or not sentence:
        return False
    at = sentence.find(time_text)
    return at >= 0 and re.match(r"['’]s\s+[a-z]", sentence[at + len(time_text) :]) is not None


def _until_published(day: date | None, published: date | None) -> date | None:
    return min(day, published) if day is not None and published is not None else day


def _lately(day: date | None, published: date | None) -> bool:
    """The day falls within the days an incident's reports follow it (an older one is history)."""
    return day is not None and (published is None or published - timedelta(days=_INCIDENT_DAYS) <= day <= published)


#: "still without power", "remain in hospital": those in a state when the report was written.
_STILL = re.compile(r"\b(?:still|remain|remains|remained)\b", re.IGNORECASE)
_STILL_AFTER = 50


def _snapshot(sentence: str | None, offset: int | None) -> bool:
    """The figure counts those still in a state ("6,000 homes were still without power on Wednesday"): on the
    day named, that day's count, not the incident's toll, which the day would otherwise date."""
    if not sentence or offset is None:
        return False
    clause = re.split(r"[,;]\s", sentence[offset : offset + _STILL_AFTER], maxsplit=1)[0]
    return bool(_STILL.search(clause))


def _running_tally(sentence: str | None, offset: int | None) -> bool:
    if not sentence or offset is None:
        return False
    return bool(_RUNNING.search(sentence[max(0, offset - _TALLY_BEFORE) : offset + _TALLY_AFTER]))


def time_scope(
    kind: str,
    scope: str,
    time_text: str | None,
    start: date | None,
    end: date | None,
    published: date | None,
    sentence: str | None = None,
    offset: int | None = None,
) -> TimeScope:
    """The time part of a claim's key, with an incident's date kept apart from a one-day count.

    Why: local reports date the incident, not a counting window. "12 people were killed in
    the storm on Monday" and "the death toll from Monday's storm rose to 15" count the same
    toll; reading "on Monday" as a one-day window would never compare them. A dated figure
    is a separate period quantity only when the time phrase marks a part of a series
    ("alone", "in the last week", "per day": fixed here) or when the same document gives
    the same quantity over another span with another figure ("102 on August 14" beside
    "several hundred in total": decided per document by ``settle_times``). A sentence that
    states a running tally ("the toll rose to 15 on Wednesday") is the total to date.
    """
    if kind in _TIMELESS_KINDS:
        return TimeScope("")
    if start is None and end is None:
        resolved = resolve_time_text(time_text)
        if resolved:
            start, end = resolved
    # "this week's fire": the week may not be over at publication, the fire is
    if _names_the_event(time_text, sentence) and _lately(_until_published(end or start, published), published):
        return TimeScope("T:", f"P:{start.isoformat() if start else ''}:{end.isoformat() if end else ''}")
    sub = _sub_period(time_text, sentence, offset)
    if start is None and end is None:
        # A calendar day ("on August 14") is a date even where no publication date resolves it.
        if time_text and (scope == "period" or _CALENDAR_DAY.search(time_text)):
            key = "P?:" + " ".join(re.findall(r"[a-z0-9]+", time_text.lower()))
            if sub:
                return TimeScope(key)
            if _running_tally(sentence, offset):
                return TimeScope("T:")
            dated = _DAY_WORDS.search(time_text) or _CALENDAR_DAY.search(time_text)
            return TimeScope("T:", key) if dated else TimeScope(key)
        return TimeScope("T:")
    s = start.isoformat() if start else ""
    e = end.isoformat() if end else ""
    recent = _lately(start, published)
    if scope == "period":
        key = f"P:{s}:{e}"
        if sub:
            return TimeScope(key)
        one_day = start is not None and end is not None and end - start <= _INCIDENT_SPAN
        if not (recent and one_day):
            return TimeScope(key)  # a week, a month, a year: a window of its own
        if _running_tally(sentence, offset):
            return TimeScope("T:")
        if _snapshot(sentence, offset):
            return TimeScope(key)
        return TimeScope("T:", key)
    closed = end is not None and (published is None or end < published - _CLOSED_AFTER)
    if closed:
        return TimeScope(f"P:{s}:{e}")
    # A running total since the incident ("since Monday") is the incident's total.
    return TimeScope("T:" if recent or start is None else f"T:{s}")


def time_key(
    kind: str, scope: str, time_text: str | None, start: date | None, end: date | None, published: date | None
) -> str:
    """The time key of a claim read on its own (an incident's date counts as its total)."""
    return time_scope(kind, scope, time_text, start, end, published).key


# --- measures --------------------------------------------------------------------------

_UNITS: dict[str, tuple[str, float]] = {n: (base, factor) for base, factor, names in vocab.BASE_UNITS for n in names}

_AGE_UNITS = vocab.AGE_UNIT_YEARS
#: A measured quantity converted between units is equal within this share.
_CONVERSION_SHARE = 0.02
_APPROX_SHARE = 0.02


@dataclass(frozen=True, slots=True)
class Measure:
    key: str
    low: float | None
    high: float | None
    tolerance: float


def _approx_tolerance(value: float) -> float:
    """Half the last written digit of a rounded figure, at most 2 %: "about 2,300" covers 2,309."""
    if value == 0:
        return 0.0
    digits = f"{abs(value):.6g}".replace(".", "").lstrip("0").rstrip("0") or "0"
    magnitude = math.floor(math.log10(abs(value)))
    unit = 10 ** (magnitude - len(digits) + 1)
    return min(unit / 2, _APPROX_SHARE * abs(value))


def normalise_measure(kind: str, unit: str | None, qualifier: str, low: float | None, high: float | None) -> Measure:
    u = (unit or "").strip().lower()
    factor = 1.0
    key = kind
    share = 0.0
    if kind == "money":
        key = f"money:{(unit or '').upper()}"
    elif kind == "age":
        factor = _AGE_UNITS.get(u, 1.0)
    elif kind in ("duration", "distance", "weight") and u in _UNITS:
        base, factor = _UNITS[u]
        key = f"{kind}:{base}"
        share = _CONVERSION_SHARE
    elif kind not in ("count", "percent"):
        key = f"{kind}:{u}"
    lo = low * factor if low is not None else None
    hi = high * factor if high is not None else None
    ref = max(abs(v) for v in (lo, hi) if v is not None) if (lo is not None or hi is not None) else 0.0
    tol = share * ref
    if qualifier == "approx" and low is not None:
        tol = max(tol, _approx_tolerance(low) * factor)
    return Measure(key, lo, hi, tol)


# --- the key ---------------------------------------------------------------------------


def normalise_source(source: str | None) -> str:
    if not source:
        return ""
    words = re.findall(r"[a-z0-9]+", source.lower().replace("’", "'"))
    return " ".join(w for w in words if w != "the")


@dataclass(frozen=True, slots=True)
class ClaimKey:
    """What two claims must share (``join``) or agree on to be the same quantity."""

    join: str  # measure | event | time | splitting modifiers: must be equal
    comparable: bool  # False when the key is too thin to call two figures one quantity
    counted_cls: str
    counted_group: str
    names: tuple[str, ...]
    place: tuple[str, ...]
    low: float | None
    high: float | None
    tolerance: float
    source: str
    label: str  # how the quantity reads to an analyst
    base: str = ""  # the join without its time part (what ``settle_times`` groups on)
    time: str = ""  # the time part of the join
    dated: str = ""  # an incident-dated figure's one-day key (see ``time_scope``)
    # Facets the pair model reads (extractors/same_quantity.py):
    measure: str = ""  # kind and unit ("count", "money:USD", "duration:s")
    event: str = ""  # event class ("die", "injure", "shot", ...)
    mods: tuple[str, ...] = ()  # splitting modifiers
    part: bool = False  # one of several coordinated counts ("three adults and five children")
    counted_head: str = ""  # the counted noun's lemma: two parts are one only if they count the same noun
    individual: bool = False  # an attribute of one person (an age), not an aggregate
    named: bool = False  # ... and that person is named


_KNOWN_CLASSES = {cls for cls, _, _ in _COUNTED.values()}
_ROLE_NOUNS = {w for w, (_, group, _) in _COUNTED.items() if group == "role"}


def counted_from_sentence(sentence: str | None, offset: int | None) -> str:
    """The nearest role noun (captives, deaths, injured) to the figure, within a few words.

    Used when the claim's counted head is no known class ("the number of captives from
    the other side could be as high as 300" extracted as counted "other side").
    """
    if not sentence or offset is None:
        return ""
    best, best_dist = "", _SENTENCE_WINDOW + 1
    for m in re.finditer(r"[A-Za-z][a-z\-]+", sentence):
        if lemma(m.group(0)) in _ROLE_NOUNS:
            dist = min(abs(m.start() - offset), abs(m.end() - offset))
            if dist < best_dist:
                best, best_dist = m.group(0), dist
    # "the death toll from Sunday's house fire on Elm Street has risen to six": a toll's
    # figure can sit far behind it, after the incident's description.
    if not best and re.search(r"\btoll\b", sentence[max(0, offset - _EVENT_WINDOW) : offset], re.IGNORECASE):
        best = "toll"
    return best


_DURATION_SKIP = vocab.DURATION_SKIP_WORDS
_DURATION_VERBS = vocab.DURATION_VERBS


def _verbish(word: str) -> bool:
    w = word.lower()
    return w in _DURATION_VERBS or (len(w) > 4 and w.endswith("ed"))


def measured_from_sentence(sentence: str | None, offset: int | None) -> str:
    """What a duration measures, read back from the figure: "the jury took just 25 minutes" and
    "a county jury in Marlow deliberated for under 20 minutes" both give ``jury``.

    Walks left over qualifier words, one verb and a capitalised place or name, and takes the
    first common noun: the subject whose activity lasted that long.
    """
    if not sentence or offset is None:
        return ""
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", sentence[:offset])
    seen_verb = False
    for w in reversed(words[-12:]):
        low = w.lower()
        if low in _DURATION_SKIP:
            continue
        if not seen_verb and _verbish(w):
            seen_verb = True
            continue
        if w[0].isupper() and low not in _COMMON_CAPS:
            continue
        if not seen_verb or len(low) < 3 or _verbish(w):
            return ""  # no verb between the figure and the noun: "a two-day trial" names its own noun
        return low
    return ""


_PERSONAL_KINDS = {"duration", "money"}
_PERSONAL_NOUN = re.compile(
    # "a six-year Elm County Sheriff's Office veteran": an agency's name may stand between.
    r"(?:-|\s)+(?:[a-z'’]+[-\s]+){0,4}?(?:" + "|".join(sorted(vocab.INDIVIDUAL_ATTRIBUTE_NOUNS)) + r")\b",
    re.IGNORECASE,
)
_PERSONAL_LEAD = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in vocab.INDIVIDUAL_ATTRIBUTE_LEADS) + r")\s+(?:a|an|about|nearly|almost|"
    r"more than|less than|up to|at least)?\s*$",
    re.IGNORECASE,
)


#: "shot four times", "stabbed him several times": how often one person was hit is that person's.
_HIT_TIMES = re.compile(r"\b(?:shot|stabbed|struck|hit|wounded)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


#: "a mother of three": how many children one parent has is that parent's.
_PARENT_OF = re.compile(
    r"\b(?:mother|father|mom|dad|parent|grandmother|grandfather|grandparent)s?\s+of\s+$", re.IGNORECASE
)


def _follows(sentence: str, end: int, counted: str) -> bool:
    """The counted phrase's first word comes right after the figure ("two blocks from", "6 shots")."""
    first = _WORD.findall(counted)
    nxt = _WORD.findall(sentence[end : end + 40])
    return bool(first and nxt) and nxt[0].lower() == first[0].lower()


#: An earlier or other event a report recalls (GUIDE 22: another incident, never this one's toll).
#: A subordinate clause that places another event in time: "two weeks after a gunman killed".
#: Fronted, it ends at its comma ("Ten days after a gunman killed four guards in Marlow, a man
#: shot two guards"): the main clause after it is the report's own incident.
_RECALL_CLAUSE = re.compile(
    r"\b(?:days?|weeks?|months?|years?)\s+(?:after|before|prior\s+to)\s+(?:a|an|another)\b", re.IGNORECASE
)
_INCIDENT = "(?:" + "|".join(vocab.INCIDENT_NOUNS) + ")"
_NUMBER_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)"
#: Phrases that set a figure in another incident or another time: "Last year, another shooting at
#: the same bar left two dead", "Six months before that", "the deadliest since the attack that killed 49".
#: Opening the sentence they cover the whole clause; inside it, up to the next comma.
_RECALL_PHRASE = re.compile(
    r"\b(?:before|after)\s+that\b"
    r"|\b(?:" + "|".join(vocab.OTHER_INCIDENT_LEADS) + r")\s+(?:[\w-]+\s+){0,2}?" + _INCIDENT + r"\b(?!\s+victims?\b)"
    r"|\blast\s+year\b|\b(?:the\s+)?(?:previous|prior)\s+year\b|\b" + _NUMBER_WORD + r"\s+years?\s+(?:ago|earlier)\b"
    r"|\banniversary\b"
    r"|\b(?:" + "|".join(vocab.SUPERLATIVES) + r")\b[^.;:!?,]*\bsince\b",
    re.IGNORECASE,
)
#: A past year or month named for the event: "In 2014, a gunman killed", "the 2016 nightclub attack",
#: "In March, a man was killed"; recalled only when it lies before the report's own incident.
_YEAR_PHRASE = re.compile(
    r"\b(?:in|since|during)\s+(?:(?:" + "|".join(vocab.MONTH_NAMES) + r")\s+)?(?P<y1>(?:19|20)\d\d)\b(?!\s+(?-i:[A-Z]))"
    r"|\bthe\s+(?P<y2>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?" + _INCIDENT + r"\b",
    re.IGNORECASE,
)
#: Capitalised only: "in may" is a verb, "in March" a month.
_MONTH_PHRASE = re.compile(
    r"\b[Ii]n\s+(?P<m>" + "|".join(m.capitalize() for m in vocab.MONTH_NAMES) + r")\b(?![\s,]+\d)"
)
#: After the figure, in its own clause: "killing 12 in a theater three years ago", "two dead there last year".
_RECALL_AFTER = re.compile(
    r"(?:(?!\b(?:where|when|which|who|whom|whose|that|after|before|since|while|but)\b)[^.;:!?,]){0,80}?"
    r"(?:\blast\s+year\b|\b" + _NUMBER_WORD + r"\s+years?\s+ago\b"
    r"|\bin\s+(?:(?:" + "|".join(vocab.MONTH_NAMES) + r")\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s+(?-i:[A-Z])))",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\b[^,]*$", re.IGNORECASE)
#: A phrase this close to the sentence start opens it ("Just last year, ...", "And in 2014, ...").
_FRONTED = re.compile(r"^[\W_]*(?:[A-Za-z]+\s+){0,2}$")
_BACKGROUND_WINDOW = 160


def _past_year(m: re.Match[str], published: date | None, group: str) -> bool:
    year = m.group(group)
    return bool(year) and published is not None and int(year) < published.year


def _past_month(m: re.Match[str], published: date | None) -> bool:
    """A month without a day that ended before the story window of a report published on ``published``."""
    if published is None:
        return False
    month = vocab.MONTHS[m.group("m").lower()]
    if month == published.month:
        return False
    year = published.year if month < published.month else published.year - 1
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return (published - last).days > _INCIDENT_DAYS


def recalled(sentence: str | None, offset: int | None, end: int | None, published: date | None) -> bool:
    """The figure belongs to an incident the report recalls, not to its own (GUIDE 22).

    Why: reports of one shooting recall others ("the deadliest since the 2016 nightclub attack that
    killed 49", "last year, another shooting at the same bar left two dead"); comparing those
    figures with this incident's toll flags changes that never happened. The incident's own day
    ("on Sunday", "Sunday night") is never a cue: only other years, past months, other incidents.
    """
    if not sentence or offset is None:
        return False
    start = max(0, offset - _BACKGROUND_WINDOW)
    sentence_start = start == 0
    for brk in re.finditer(r"[.;:!?]\s", sentence[start:offset]):
        start, sentence_start = start + brk.end(), True
    before = sentence[start:offset]
    for m in _RECALL_CLAUSE.finditer(before):
        fronted = sentence_start and _FRONTED.match(before[: m.start()])
        if not (fronted and "," in before[m.end() :]):
            return True
    cues = list(_RECALL_PHRASE.finditer(before))
    cues += [m for m in _YEAR_PHRASE.finditer(before) if _past_year(m, published, "y1" if m.group("y1") else "y2")]
    cues += [m for m in _MONTH_PHRASE.finditer(before) if _past_month(m, published)]
    for m in cues:
        rest = before[m.end() :]
        if re.search(r",\s*(?:and|but)\b|\b(?:but|while)\b", rest):
            continue  # another clause of its own: "Last year the bar was cited, but on Sunday three were shot"
        if "," not in rest or (sentence_start and _FRONTED.match(before[: m.start()])):
            return True
    if end is None or _RELATIVE_BEFORE.search(before):
        # "The man who killed three officers declared last year ...": the time after a relative
        # clause's figure belongs to the main clause.
        return False
    after = _RECALL_AFTER.match(sentence, end)
    if after is None:
        return False
    return not after.group("y") or _past_year(after, published, "y")


#: Someone hurt named before "N others" in the sentence: the others are besides them. Not the
#: figure's own verb ("killed two and wounded 14 others"), which has no one between it and the figure.
_HURT_BEFORE = re.compile(
    r"\b(?:injured|wounded|hurt|hospitali[sz]ed|shot)\b(?!\s*$)"
    r"(?![^.;]*\b(?:killed|dead|died|slain|fatally|killing)\b)[^.;]*$",
    re.IGNORECASE,
)


#: A count of the people somewhere, its own clause with no event: "were at the party", "attended".
_PRESENT_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:(?:were|was|are|is|had\s+been|have\s+been)\s+(?:at|inside|in\s+attendance|"
    r"on\s+hand|present|gathered)|attended|gathered)\b",
    re.IGNORECASE,
)


#: "shot toward several people", "opened fire into a crowd of 100": the people fired at.
_FIRED_AT = re.compile(
    r"\b(?:shot|fired|firing|shooting|opened\s+fire|open\s+fire|opening\s+fire)\s+(?:at|toward|towards|on|into)\s+"
    r"(?:a\s+(?:crowd|group|line)\s+of\s+)?(?:about|some|roughly|nearly|at\s+least|more\s+than|as\s+many\s+as)?\s*$",
    re.IGNORECASE,
)
#: Events the key sets from the figure's own clause, which no class named after its noun outweighs:
#: "three captives confirmed that ..." counts those who spoke.
_SET_EVENTS = frozenset({"say"})
#: A figure whose own verb is a speech verb counts speakers: "two witnesses said", "one neighbor told".
_SPEAKERS_AFTER = re.compile(
    r"\s+(?:[A-Za-z'’-]+\s+){0,2}?(?:said|say|says|told|tell|tells|recalled|described"
    r"|(?:confirmed|confirm|confirms)\s+(?:that|they|he|she|it|we)\b)\b",
    re.IGNORECASE,
)
#: "a party packed with 200 guests", "a hall filled with up to 20 people": who was there.
_PRESENT_BEFORE = re.compile(
    r"\b(?:filled|packed|crowded|jammed|crammed|attended)\s+(?:with|by)\s+(?:about|some|nearly|roughly|more\s+than|"
    r"up\s+to|at\s+least|as\s+many\s+as|an\s+estimated)?\s*$",
    re.IGNORECASE,
)


def _present(counted: str | None, sentence: str | None, offset: int | None, end: int | None) -> bool:
    """The figure counts who was there (a crowd, guests), with no event of its own."""
    head = _WORD.findall(counted or "")
    if head and lemma(head[-1].lower()) in vocab.PRESENCE_NOUNS:
        return True
    if _near_before(_PRESENT_BEFORE, sentence, offset, 40):
        return True
    return bool(sentence and end is not None and _PRESENT_AFTER.match(sentence, end))


def _near_before(pattern: re.Pattern[str], sentence: str | None, offset: int | None, window: int = 30) -> bool:
    return bool(sentence and offset is not None and pattern.search(sentence[max(0, offset - window) : offset]))


def personal_attribute(sentence: str | None, offset: int | None, end: int | None) -> bool:
    """The duration or amount is one person's own: a term served, a sentence, a salary, a bond
    ("a 16-year veteran", "sentenced to 15 years", "held on $500,000 bond")."""
    if not sentence or offset is None or end is None:
        return False
    return bool(_PERSONAL_NOUN.match(sentence, end) or _near_before(_PERSONAL_LEAD, sentence, offset))


def _near(pattern: re.Pattern[str], sentence: str | None, offset: int | None, window: int = 60) -> bool:
    if not sentence:
        return False
    if offset is None:
        return bool(pattern.search(sentence))
    return bool(pattern.search(sentence[max(0, offset - window) : offset + window]))


#: An unnamed earlier account inside the article: "six, not five as first reported",
#: "initial reports said four", "some reports put the toll at ten".
_EARLIER_AFTER = re.compile(
    r"^[^.;]{0,25}?\bas\s+(?:was\s+)?(?:first|initially|originally|previously|earlier)\s+"
    r"(?:reported|stated|announced|said)\b",
    re.IGNORECASE,
)
_EARLIER_BEFORE = re.compile(
    r"\b(?:initial|early|earlier|first|some|other|conflicting|unconfirmed)\s+"
    r"(?:news\s+|media\s+)?reports?\b[^.;]{0,40}$",
    re.IGNORECASE,
)


#: The earlier value of a figure the article updates: "800 residents, up from 300 on Sunday",
#: "the toll was revised from 12". Not "from 450 million to 350 million" on its own: that is
#: as often a change over a period the article describes as an update of its own figure.
_EARLIER_VALUE_BEFORE = re.compile(
    r"\b(?:(?:up|down|revised|corrected|raised|lowered|(?:up|down)ward)\s+)from\s+(?:an?\s+)?"
    r"(?:(?:earlier|initial|previous|estimated|reported)\s+)?$",
    re.IGNORECASE,
)
#: A comparison with another period, not an earlier report: "from $1.9 billion a year earlier".
_OTHER_PERIOD_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:a\s+year|a\s+quarter|a\s+month|the\s+(?:previous|prior|same)\s+\w+|last\s+(?:year|"
    r"quarter|month|season|week)|year[- ]on[- ]year|in\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: The mark of a report key that is the earlier value of a figure the article updates.
EARLIER = "(earlier)"
#: A media item the page embeds (a gallery's or a video's title and caption): written when the
#: item was, often before the story's last update, so a report of its own. The label stands as a
#: label: in capitals, before a colon, or before another capitalised word ("... shooting Photos
#: Police say"); "Video from the scene shows" is the reporter's sentence.
_MEDIA_LABEL = re.compile(
    r"\b(?:PHOTOS?|VIDEOS?|GALLERY|SLIDESHOW)\b|\b(?:Photos?|Videos?|Gallery|Slideshow)(?=:|\s+[A-Z]|\s*$)"
)


def earlier_value(sentence: str, offset: int, end: int) -> bool:
    """The figure is the earlier value of a figure the sentence updates ("up from 300", "revised
    from 12"), unless it belongs to another period ("up from $4 billion a year earlier"): the
    article reports that its figure changed."""
    head = sentence[max(0, offset - 40) : offset]
    return bool(_EARLIER_VALUE_BEFORE.search(head)) and not _OTHER_PERIOD_AFTER.match(sentence[end:])


def report_source(source: str | None, sentence: str | None, offset: int | None, end: int | None) -> str:
    """Who gives the figure, as a key: the named source, an unnamed earlier account in the text, or
    a media item the page embeds.

    The earlier value of a figure the article updates is a report of its own, whoever gives it.
    """
    named = normalise_source(source)
    if sentence and offset is not None and end is not None and earlier_value(sentence, offset, end):
        return f"{named} {EARLIER}".strip()
    if sentence and end is not None and _EARLIER_AFTER.search(sentence[end:]):
        # "Fourteen were hurt, not 40 as first reported, the coast guard said": the source corrects an
        # earlier account, which is a report of its own
        return f"{named} {EARLIER}" if named else "earlier reports"
    if named or not sentence or offset is None:
        return named
    if _EARLIER_BEFORE.search(sentence[max(0, offset - 80) : offset]):
        return "unnamed reports"
    if _MEDIA_LABEL.search(sentence):
        return "embedded media"
    return ""


_OTHERS_AFTER = re.compile(r"\s+others?\b", re.IGNORECASE)
#: "the other two deputies", "the remaining three": the rest of a group, besides those told of before.
_OTHER_BEFORE = re.compile(r"\b(?:other|remaining)\s+$", re.IGNORECASE)
#: "two deputies also were shot", "he also wounded three": people hurt besides those counted before.
_ALSO_HARMED_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+){0,4}?(?:(?:were|was|had\s+been|have\s+been)\s+)?also\s+(?:(?:were|was|been)\s+)?"
    r"(?:shot|killed|wounded|injured|hurt|struck)\b",
    re.IGNORECASE,
)
_ALSO_HARMED_BEFORE = re.compile(r"\balso\s+(?:shot|killed|wounded|injured|hurt|struck)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: "was 12 at the time", "was 12 back then" (a bare "then" is as often "and then"); not "at the time of".
_AGE_THEN = re.compile(r"\s+(?:at\s+the\s+time\b(?!\s+of)|back\s+then\b)", re.IGNORECASE)
#: "retired at age 43", "at the age of 13": the age someone had when something happened, not their age now.
_AT_AGE = re.compile(vocab.AT_AGE_PATTERN, re.IGNORECASE)
_AREA_SPREAD = re.compile("|".join(vocab.AREA_SPREAD), re.IGNORECASE)
#: How far after a figure its clause may place it: "seven injured in shootings across the city".
_SPREAD_WINDOW = 150

#: A toll that counts whoever did it ("seven dead, including the gunman", "three killed, counting
#: the shooter"): another quantity than the victims alone.
_WITH_PERPETRATOR = re.compile(
    r"[^.;]{0,100}?\b(?:including|counting|plus|among\s+them)\s+(?:(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:suspected|alleged|lone|masked|accused)\s+)?(?:" + "|".join(vocab.PERPETRATOR_NOUNS) + r")\b"
    # "at least four are dead, including Roe, who took his own life": named, then told by how he died
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},?\s+who\s+(?:then\s+)?(?:"
    + "|".join(re.escape(p) for p in vocab.SELF_INFLICTED)
    + r"))",
    re.IGNORECASE,
)

#: A toll that counts an unborn child ("six killed, including an unborn child"): another quantity than
#: the people born, which other reports of one incident give. "Two killed and her unborn baby" counts
#: the two born: it is the plain toll.
_WITH_UNBORN = re.compile(
    r"[^.;]{0,100}?\b(?:including|counting|among\s+them)\s+(?:an?|her|the|their|his)\s+"
    r"(?:then-)?unborn\s+(?:" + "|".join(vocab.UNBORN_NOUNS) + r")\b",
    re.IGNORECASE,
)


#: How badly people were hurt ("critically", "in serious condition", "with minor injuries"): a
#: count so qualified is those hurt that badly, a part of the injured, not their toll.
_SEVERITY = (
    r"(?:"
    + "|".join(vocab.HURT_DEGREE_ADVERBS)
    + r"|(?:non-)?life[- ]threatening|minor\s+(?:injur|wound)|(?:"
    + "|".join(vocab.PATIENT_CONDITIONS)
    + r")\s+condition)"
)
_SEVERITY_BEFORE = re.compile(_SEVERITY + r"\w*\s+(?:injur|wound|hurt)\w*\s+$", re.IGNORECASE)
#: The figure's own clause after it: up to a comma, a conjunction or a dash, where another count may start.
_SEVERITY_AFTER = re.compile(
    r"(?:(?!,|;|--|—|\band\b|\bwhile\b|\bbut\b|\bincluding\b)[^.])*?\b" + _SEVERITY, re.IGNORECASE
)


#: "officers found three people shot": those found at the scene, who are often fewer than the
#: people hurt (others reach hospitals on their own); another count than the toll (as GUIDE 18's
#: people who entered against the crowd). The dead found ("found two bodies") are the toll.
_FOUND_BEFORE = re.compile(
    r"\b(?:found|located|discovered)\s+(?:(?:at\s+least|about|only|another|an\s+additional)\s+)?$", re.IGNORECASE
)


#: A perpetrator noun with a death in its clause ("the gunman then shot himself"), or words that
#: say it alone ("murder-suicide", "killed himself").
_PERPETRATOR_DIED = re.compile(
    r"\b(?:(?:"
    + "|".join(vocab.PERPETRATOR_NOUNS)
    + r")\b[^.;]{0,60}?\b(?:"
    + "|".join(re.escape(p) for p in vocab.PERPETRATOR_DEATHS)
    + r")|"
    + "|".join(re.escape(p) for p in vocab.MURDER_SUICIDE)
    + r")\b",
    re.IGNORECASE,
)


def perpetrator_died(text: str) -> bool:
    """Whether a report says whoever did it died ("the gunman then shot himself", "the suspect was
    killed by police", "a murder-suicide"). A toll of the dead or of people shot in such a report
    may count them or not, so tolls one apart are not a change (``extractors.change_model``)."""
    return bool(_PERPETRATOR_DIED.search(text))


#: Those identified so far: "the identities of three victims", "identified the four dead as ...", "two
#: were named": a count that grows as names are released, not the toll.
_IDENTIFIED_BEFORE = re.compile(
    r"\b(?:identif(?:y|ied|ies|ying)|named|(?:names?|identit(?:y|ies))\s+of)\s+(?:the\s+|all\s+)?$", re.IGNORECASE
)
_IDENTIFIED_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:publicly\s+)?"
    r"(?:identified|named)\b",
    re.IGNORECASE,
)


def _context_mods(
    mods: tuple[str, ...],
    kind: str,
    ev: str,
    sentence: str | None,
    offset: int | None,
    end: int | None,
    published: date | None,
) -> tuple[str, ...]:
    """The splitting modifiers the figure's sentence adds to (or takes from) its counted noun's."""
    added = set(mods)
    if sentence and end is not None and _OTHERS_AFTER.match(sentence, end):
        # "Four others were shot": people besides those counted before, whatever noun the
        # extractor gave the figure (it may borrow one from an earlier clause).
        added.add("other")
    if sentence and end is not None and offset is not None and _besides(sentence, offset, end):
        added.add("other")
    if sentence and end is not None and _AREA_SPREAD.search(sentence, end, end + _SPREAD_WINDOW):
        # "four killed in shootings across the city": a tally over an area, of several incidents.
        added.add("roundup")
    if sentence and counts_incidents(sentence):
        # "five wounded in 4 separate shootings": a roundup's total over its incidents, never
        # one incident's toll (GUIDE 21), even inside a report of one of them.
        added.add("roundup")
    if (
        kind == "age"
        and sentence
        and end is not None
        and (
            _AGE_THEN.match(sentence, end)
            or (offset is not None and _AT_AGE.search(sentence[max(0, offset - 20) : offset]))
        )
    ):
        # "she was 12 at the time", "retired at age 43": an age the person had then, not the one reported now.
        added.add("background")
    if recalled(sentence, offset, end, published):
        # "ten days after a gunman killed four guards in Marlow": a figure placed in time against
        # another event is that event's, recalled as background (GUIDE 22: another incident).
        added.add("background")
    if sentence and end is not None and kind == "count":
        if _WITH_PERPETRATOR.match(sentence, end):
            added.add("perpetrator")
        if _WITH_UNBORN.match(sentence, end):
            added.add("unborn")
        if ev != "die" and _near_before(_FOUND_BEFORE, sentence, offset, 30):
            added.add("found")
        if offset is not None and (
            _near_before(_SEVERITY_BEFORE, sentence, offset, 40) or _SEVERITY_AFTER.match(sentence, end, end + 80)
        ):
            added.add("severity")
        if offset is not None and (
            _near_before(_IDENTIFIED_BEFORE, sentence, offset, 40) or _IDENTIFIED_AFTER.match(sentence, end)
        ):
            added.add("identified")
    if ev == "injure" and "other" in added and not _near_before(_HURT_BEFORE, sentence, offset, 80):
        # "one killed and two others wounded": the others are the injured count (GUIDE 23). After
        # someone hurt ("a man was critically injured and eight others"), they are the rest of it.
        added.discard("other")
    return tuple(sorted(added))


def _besides(sentence: str, offset: int, end: int) -> bool:
    """The figure counts people besides those told of before ("the other two", "also wounded two")."""
    return bool(
        _OTHER_BEFORE.search(sentence[max(0, offset - 12) : offset])
        or _ALSO_HARMED_AFTER.match(sentence, end)
        or _near_before(_ALSO_HARMED_BEFORE, sentence, offset, 40)
    )


def claim_key(
    *,
    kind: str,
    unit: str | None,
    qualifier: str,
    low: float | None,
    high: float | None,
    counted: str | None,
    event: str | None,
    place: str | None,
    time_text: str | None,
    time_start: date | None,
    time_end: date | None,
    scope: str,
    source: str | None,
    published: date | None,
    sentence: str | None = None,
    offset: int | None = None,
    end: int | None = None,
) -> ClaimKey:
    """The claim's key; ``sentence`` and the figure's ``offset`` (and ``end``) in it supply what the fields lack."""
    c = normalise_counted(counted)
    if kind == "duration":
        head = _WORD.findall(counted or "")
        # The extractor names a place ("Marlow") or a verb ("jury took") for some durations.
        if not head or head[-1][0].isupper() or _verbish(head[-1]):
            subject = measured_from_sentence(sentence, offset)
            if subject:
                c = normalise_counted(subject)
    # A figure in a compound modifier ("a 20-car pile-up", "a two-storey house") counts its own noun.
    compound = bool(sentence and end is not None and re.match(r"-[A-Za-z]", sentence[end : end + 2]))
    # A noun that follows the figure is what it counts ("two blocks away"): no role noun nearby replaces it.
    own_noun = bool(sentence and end is not None and counted and _follows(sentence, end, counted))
    if kind == "count" and c.group in ("thing", "") and c.cls not in _KNOWN_CLASSES and not compound and not own_noun:
        role = counted_from_sentence(sentence, offset)
        if role:
            r = normalise_counted(role)
            # "Russian side" keeps "Russian"; a name misread as the counted noun ("Jo Bloggs") keeps nothing.
            c = Counted(r.cls, r.group, r.implied_event, c.mods, () if c.proper else c.names, head=r.head)
    # An age or a duration belongs to what is counted ("the jury deliberation"); the event
    # phrase around it ("before convicting Webb", "took to find Webb guilty") does not split it.
    if kind in _EVENTLESS_KINDS:
        ev = ""
    else:
        ev = normalise_event(event, c.implied_event)
        if _near_before(_FIRED_AT, sentence, offset, 60):
            ev = "target"  # "opened fire on about six protesters": those fired at, not those hit
        if ev in ("", c.implied_event) and sentence and end is not None and _SPEAKERS_AFTER.match(sentence, end):
            # "at least one guest said that ...", "three captives confirmed they ...": those who spoke, not
            # those hurt or there (what their noun implies befell them)
            ev = "say"
        if not ev and _present(counted, sentence, offset, end):
            ev = "present"  # "100 people were at the party", "40 guests": who was there, not who was hurt
        if not ev and not whole_of_a_part(sentence, offset, end, counted):
            ev = event_from_sentence(sentence, offset, end)
        if ev not in _EVENT_CLASSES and ev not in _SET_EVENTS and not ev.startswith("not-"):
            # "left 180,000 homes without power": a class the words after the noun name outweighs a verb of none
            ev = _class_after(sentence, end) or ev
        if (
            not ev
            and (kind in _LEVEL_KINDS or (kind == "count" and c.group == "thing"))
            and _stock(sentence, offset, end)
        ):
            ev = "level"  # "now has 50 million users", "estimates its users at 41 million": how many there are
    measure = normalise_measure(kind, unit, qualifier, low, high)
    ts = time_scope(kind, scope, time_text, time_start, time_end, published, sentence, offset)
    tk = ts.key
    mods = _context_mods(c.mods, kind, ev, sentence, offset, end, published)
    join = "|".join((measure.key, ev, tk, ",".join(mods)))
    # GUIDE 20: an age (or a count that names one person) describes an individual, comparable
    # only with the same named individual; two unnamed people are two quantities. So do a
    # sentence, a salary or years of service.
    individual = (
        kind == "age"
        or (kind == "count" and c.proper)
        or (kind in _PERSONAL_KINDS and personal_attribute(sentence, offset, end))
        or (unit == "times" and _near_before(_HIT_TIMES, sentence, offset))
        or _near_before(_PARENT_OF, sentence, offset)
    )
    if not place and _near(_WORLD_PHRASE, sentence, offset):
        place = "world"  # "perished worldwide": the extractor leaves a world-wide scope out
    label_parts = [counted or "?", event or ""]
    if place:
        label_parts.append(f"in {place}")
    label_parts.append(f"({time_text})" if time_text else "(total)" if tk.startswith("T") else "")
    label = " ".join(p for p in label_parts if p)
    # Without an event, "1.8 liter" and "2.0 liter" engines are one quantity by their keys alone;
    # an age or duration is keyed by what it measures instead.
    comparable = (
        bool(c.cls)
        and (bool(ev) or kind in _EVENTLESS_KINDS)
        and (c.proper or not individual)
        and not _occasions(sentence, offset, end)
    )
    return ClaimKey(
        join=join,
        comparable=comparable,
        counted_cls=c.cls,
        counted_group=c.group,
        counted_head=c.head,
        names=c.names,
        place=normalise_place(place),
        low=measure.low,
        high=measure.high,
        tolerance=measure.tolerance,
        source=report_source(source, sentence, offset, end),
        label=label,
        base="|".join((measure.key, ev, ",".join(mods))),
        time=tk,
        dated=ts.dated,
        measure=measure.key,
        event=ev,
        mods=mods,
        part=kind == "count"
        and (coordinated_part(sentence, offset, end) or _one_short(sentence, end, measure.high, ev)),
        individual=individual,
        named=c.proper,
    )


#: "... and a fourth", "... and the fifth": one more told after the figure, and what follows it.
_ORDINAL_AFTER = re.compile(
    r"[^.;]{0,80}?\band\s+(?:a|an|the)\s+(" + "|".join(vocab.CENTURY_ORDINALS) + r")\b([^.;]{0,80})", re.IGNORECASE
)


def _one_short(sentence: str | None, end: int | None, value: float | None, ev: str) -> bool:
    """ "two climbers died on the ridge and a third at the base camp", "four were shot inside and a fifth outside":
    a count one short of an ordinal told after it is some of a toll of one more, unless the one more met another
    fate ("two were killed and a third was hurt": two is the whole of the dead)."""
    if not sentence or end is None or value is None or not ev:
        return False
    m = _ORDINAL_AFTER.match(sentence, end)
    if m is None or vocab.CENTURY_ORDINALS[m.group(1).lower()] != value + 1:
        return False
    fate = _phrase_class(m.group(2).lower()) or next(
        (_EVENT_WORDS[w] for w in re.findall(r"[a-z]+", m.group(2).lower()) if w in _EVENT_WORDS), ev
    )
    return fate == ev


def _occasions(sentence: str | None, offset: int | None, end: int | None) -> bool:
    """ "shot twice", "rang thrice": how often, never how many people or things."""
    if not sentence or offset is None or end is None:
        return False
    return sentence[offset:end].lower() in vocab.MULTIPLES


_NUMBER = (
    r"(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|twenty|thirty|several|dozens)"
)
_NOUNS = r"(?:[A-Za-z][\w'-]*\s+){0,2}?[A-Za-z][\w'-]*"
# ... never a speaker after a count ("three victims, a woman said").
_NOT_SPEAKING = r"(?!\s+(?:said|says|told|tells|added|recalled|who|whose|[a-z]+ed\s+(?:that|police))\b)"
#: "three adults and five children", "two men, a woman and a girl": counts of the parts of a group.
_PART_AFTER = re.compile(
    r"\s+("
    + _NOUNS
    + r")(?:,?\s+(?:and|plus)|(,))\s+"
    + _NUMBER
    # "three men and a 9-year-old boy": the other part may be one person named by age
    + r"\s+(?:\d{1,3}-(?:year|month)-old\s+)?("
    + _NOUNS
    + r")\b"
    + _NOT_SPEAKING,
    re.IGNORECASE,
)
#: After a bare comma the other part must count people by a noun of their own ("4 Women, 1 Man"):
#: "three people, two critically" and "five shot, two of them" go on about the same people.
_PERSON_PART_NOUNS = vocab.PERSON_PART_NOUNS
_ONE_PERSON = r"(?:(?:an?|his|her|their)\s+)?(?:" + "|".join(vocab.SINGLE_PERSON_NOUNS) + r")\b" + _NOT_SPEAKING
#: "4 Women, Man Shot", "two men and woman hurt": a count listed with one person named by a bare noun.
_PERSON_AFTER = re.compile(r"\s+((?:[A-Za-z][\w'-]*\s+)?[A-Za-z][\w'-]*)(?:,|\s+and)\s+" + _ONE_PERSON, re.IGNORECASE)
_PERSON_BEFORE = re.compile(r"(?:^|[^\w-])" + _ONE_PERSON + r"(?:,|\s+and)\s+$", re.IGNORECASE)
#: A figure that splits a count given just before it by how each fared, with no "of":
#: "one critically", "two in serious condition", "three with minor injuries".
_CONDITION_PART = re.compile(
    r"\s+(?:(?:fatally|mortally|" + "|".join(vocab.HURT_DEGREE_ADVERBS) + r")\b"
    r"|(?:(?:is|are|was|were|remain(?:s|ed)?)\s+)?(?:listed\s+)?in\s+(?:\w+\s+)?(?:"
    + "|".join(vocab.PATIENT_CONDITIONS)
    + r")\b"
    r"|with\s+(?:\w+\s+)?(?:minor|serious|critical|life-threatening|non-life-threatening)\b)",
    re.IGNORECASE,
)
_COUNT_BEFORE = re.compile(
    r"\b" + _NUMBER.replace("an?|", "") + r"\b[^.;]*,\s*(?:with\s+|and\s+|including\s+)?$", re.IGNORECASE
)
_NAME_AND = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+(?:Jr\.|Sr\.))?,?\s+and\s+$")
#: "... and another", "... the other": the "one" before it is one of several described in turn.
_ANOTHER_AFTER = re.compile(r"[^.;]*?\b(?:and|while|but|,)\s+(?:another|the\s+other)\b(?!\s+(?:day|time|way))", re.I)
_PARTITIVE = re.compile(
    r"\s+of\s+(?:the|those|these|them|its|his|her|their|our|whom|which)\b"
    # an owner's: "three of Smith's children"
    r"|\s+of\s+(?-i:[A-Z])[\w-]*['’]s\b",
    re.IGNORECASE,
)
#: A sentence opening on a part of the group counted before: "Of those, five ...", "Among them, two ...".
_OF_THOSE_BEFORE = re.compile(vocab.OF_THOSE_OPENER_PATTERN + r"(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
#: "three were killed, along with a neighbour": the figure counts some of those the clause goes on to add.
_ALONG_WITH = re.compile(r"[^.;]{0,80}?\balong\s+with\b", re.IGNORECASE)
#: "the other eight people", "the five other victims", "the six others": the rest of a group the
#: article has begun to describe, not its toll ("five others were hurt" without "the" is; GUIDE 23).
_THE_OTHER_BEFORE = re.compile(r"\bthe\s+other\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_ARTICLE = re.compile(r"an?\s", re.IGNORECASE)
_WITH_END = re.compile(r"\b(?:with|without)\s+$", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b" + _NUMBER + r"\s+(" + _NOUNS + r")(?:,?\s+(?:and|plus)|(,))\s+$", re.IGNORECASE)


def _nouny(words: str) -> bool:
    """Words that could name a group of people, not a verb phrase ("killed", "were wounded")."""
    return not any(
        w.lower() in _EVENT_WORDS or w.lower() in _EMPTY_EVENT or w.lower().endswith("ed") for w in _WORD.findall(words)
    )


def _people_noun(words: str) -> bool:
    w = _WORD.findall(words)
    return bool(w) and w[-1].lower() in _PERSON_PART_NOUNS


_AMONG_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|are|is|remain|remained|remains)\s+(?:also\s+)?among\s+(?:the|those)\b",
    re.IGNORECASE,
)


def coordinated_part(sentence: str | None, offset: int | None, end: int | None) -> bool:
    """The figure counts a part of a group: one of several coordinated counts, or "N of the ..."."""
    if not sentence or offset is None or end is None:
        return False
    if _PARTITIVE.match(sentence, end):  # "two of the victims", "three of those shot"
        return True
    if _ALONG_WITH.match(sentence, end) or _AMONG_AFTER.match(sentence, end):
        return True  # "four firefighters were among the dead": some of a toll told as a whole
    if _OF_THOSE_BEFORE.match(sentence[:offset]):
        return True  # "Of those, five are in good condition": a part of the group counted before
    head = sentence[max(0, offset - 12) : offset]
    if _THE_OTHER_BEFORE.search(head) or (_THE_BEFORE.search(head) and _OTHERS_AFTER.match(sentence, end)):
        return True
    if sentence[offset:end].lower() in ("one", "1") and _ANOTHER_AFTER.match(sentence, end):
        return True  # "One officer was killed and another was hurt": one of them, not a toll
    if _CONDITION_PART.match(sentence, end) and _COUNT_BEFORE.search(sentence[max(0, offset - 80) : offset]):
        return True  # "Four people were shot, one critically", "... nine injured, two in serious condition"
    if _OTHERS_AFTER.match(sentence, end) and _NAME_AND.search(sentence[max(0, offset - 40) : offset]):
        return True  # "Roe and Doe and five other people": the others besides the named
    m = _PART_AFTER.match(sentence, end)
    if m and _nouny(m.group(1)) and _nouny(m.group(3)) and (not m.group(2) or _people_noun(m.group(3))):
        return True
    p = _PERSON_AFTER.match(sentence, end)
    if (p and _nouny(p.group(1))) or _PERSON_BEFORE.search(sentence[max(0, offset - 20) : offset]):
        return True
    window = sentence[max(0, offset - 60) : offset]
    b = _PART_BEFORE.search(window)
    if not (b and _nouny(b.group(1)) and (not b.group(2) or _people_noun(b.group(1)))):
        return False
    # "armed with a knife and at least one friend": what one has with one is not a count
    # of the group's parts, and the figure after "and" starts a clause of its own.
    return not (_ARTICLE.match(b.group(0)) and _WITH_END.search(window[: b.start()]))


def _with_time(k: ClaimKey, time: str) -> ClaimKey:
    measure, ev, mods = k.base.split("|")
    return replace(k, join="|".join((measure, ev, time, mods)), time=time, dated="")


def settle_parts(keys: Sequence[ClaimKey]) -> list[ClaimKey]:
    """Mark, per document, a count smaller than one its source gave earlier for the quantity as a part.

    Reports give the toll first and its parts after it: "seven people were shot" and then "one
    was shot in the neck" or "three women were among them". A later, smaller count of the same
    quantity from the same source is such a part; an earlier smaller one is not (a toll that
    rose, or an embedded caption written before the story's update). Per source, so two sources
    of one article ("officials said 15", the story text 21) each keep their own toll.
    """
    seen: dict[tuple[str, str], list[tuple[ClaimKey, float]]] = {}
    out = []
    for k in keys:  # in document order
        v = _count_value(k)
        if v is None:
            out.append(k)
            continue
        earlier = seen.setdefault((k.join, k.source), [])
        larger = any(
            w > v and counted_compatible(o.counted_cls, o.counted_group, k.counted_cls, k.counted_group)
            for o, w in earlier
        )
        earlier.append((k, v))
        out.append(replace(k, part=True) if larger else k)
    return out


def _count_value(k: ClaimKey) -> float | None:
    """A count that stands for a toll (not a part, not one person's), by its upper bound."""
    if k.measure != "count" or k.part or k.individual:
        return None
    return k.high if k.high is not None else k.low


def settle_times(keys: Sequence[ClaimKey]) -> list[ClaimKey]:
    """Decide the incident-dated figures of one document (``keys``: all its claims' keys, in order).

    A dated figure stays the incident's total (``T:``) unless the document also gives the same
    quantity over another span (a total, or another day) with another figure: then it is a
    one-day count ("102 taken on August 14" beside "several hundred in total"). A figure equal
    to the total ("12 killed on Monday" and "the 12 victims") is that total, not evidence of a
    series; so is a smaller undated one ("at least one dead" beside "three killed on Sunday"):
    a day's count never exceeds the total it is part of. Per document, so a stored report's key
    never changes when later reports arrive.
    """
    out = []
    for k in keys:
        if not k.dated:
            out.append(k)
            continue
        if k.part:
            # "Three of the dead were firefighters" on the day of the toll: some of the toll, not a day of it
            out.append(_with_time(k, "T:"))
            continue
        series = any(
            o is not k
            and o.base == k.base
            and (o.dated or o.time) != k.dated
            and (
                not o.counted_cls or counted_compatible(o.counted_cls, o.counted_group, k.counted_cls, k.counted_group)
            )
            and nested(o.names, k.names)
            and nested(o.place, k.place)
            and not same_figure(o, k)
            and (bool(o.dated) or (_exceeds(o, k) and _may_hold(o.time, k.dated)))
            for o in keys
        )
        out.append(_with_time(k, k.dated if series else "T:"))
    return out


def _window(time: str) -> tuple[date, date] | None:
    """The days of a closed window key ("P:2016-01-01:2016-12-31"), None for any other time."""
    m = re.fullmatch(r"P:(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})", time)
    return (date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))) if m else None


def _may_hold(total: str, day: str) -> bool:
    """A total's window can hold the dated day: a window that ends before it or starts after it
    (a past year's toll, recalled) counts other days, so it makes no series of this one."""
    a, b = _window(total), _window(day)
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _exceeds(total: ClaimKey, part: ClaimKey) -> bool:
    """The total's figure is larger than the part's: it can hold the part as one of its days."""
    top = total.high if total.high is not None else total.low
    size = part.high if part.high is not None else part.low
    return top is None or size is None or top > size


def counted_compatible(a_cls: str, a_group: str, b_cls: str, b_group: str) -> bool:
    """Same class, or a role (captives, deaths) against a group of people (soldiers, people)."""
    if not a_cls or not b_cls:
        return False
    if a_cls == b_cls:
        return True
    return {a_group, b_group} == {"role", "pop"}


def nested(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Names or places agree when one set holds the other (an empty set agrees with anything)."""
    if not a or not b or a == b:  # most pairs: no need to build the sets
        return True
    return set(a) <= set(b) or set(b) <= set(a)


def _street(place: tuple[str, ...]) -> bool:
    return STREET_MARK in place


def places_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two reports' places agree when one holds the other (``nested``), or when only one of them is a street:
    a street names where in a town, not another town."""
    return nested(a, b) or _street(a) != _street(b)


def _bound_equal(x: float | None, y: float | None, tol: float) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= tol


def same_quantity(a: ClaimKey, b: ClaimKey) -> bool:
    """The reference rule that ``warehouse/changes.py`` runs in SQL (tests hold the two together)."""
    return (
        a.comparable
        and b.comparable
        and a.join == b.join
        and counted_compatible(a.counted_cls, a.counted_group, b.counted_cls, b.counted_group)
        and nested(a.names, b.names)
        and places_agree(a.place, b.place)
    )


def _hedged(point: ClaimKey, other: ClaimKey, tol: float) -> bool:
    if point.low is None or point.high is None or point.low != point.high:
        return False
    if other.high is None and other.low is not None:
        return abs(other.low - point.low) <= tol
    if other.low is None and other.high is not None:
        return abs(other.high - point.low) <= tol
    return False


def same_figure(a: ClaimKey, b: ClaimKey) -> bool:
    """Equal intervals, within the larger tolerance of the two (a rewording is not a change).

    Deliberately looser than the GUIDE's bound rule in one case: a one-sided hedge on the same
    number ("at least 12 killed" / "12 people died", "up to 40" / "40") is one figure. The
    GUIDE's high bound differs (open vs 12), but no editor would report the toll as changed,
    like the rounded restatements of decision 17. "At least 12" then "15" still differs.
    """
    tol = max(a.tolerance, b.tolerance)
    if _bound_equal(a.low, b.low, tol) and _bound_equal(a.high, b.high, tol):
        return True
    return _hedged(a, b, tol) or _hedged(b, a, tol)


__all__ = [
    "EARLIER",
    "ClaimKey",
    "Counted",
    "Measure",
    "claim_key",
    "coordinated_part",
    "counted_compatible",
    "event_from_sentence",
    "lemma",
    "nested",
    "normalise_counted",
    "normalise_event",
    "normalise_measure",
    "normalise_place",
    "normalise_source",
    "perpetrator_died",
    "places_agree",
    "recalled",
    "report_source",
    "resolve_time_text",
    "same_figure",
    "same_quantity",
    "settle_times",
    "time_key",
    "time_scope",
    "whole_of_a_part",
]
