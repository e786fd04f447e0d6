"""The figure extractor as named stages sharing one state (issue 13).

    tokens → numbers → shapes → figure_filter → counted → event → place → time → source → modality

``tokens`` and ``numbers`` run once per document: sentences and paragraphs, then the
quantity scanner. ``shapes`` and ``figure_filter`` live inside the scanner
(the ``extractors.quantities`` package); ``numbers`` hands it their switches, and ``figure_filter``
also drops, per sentence, what the GUIDE says is not a figure (time windows, a pronoun
"one", figurative numbers). The six attribute stages then fill in one field each for the
figures of one sentence.

Each stage is a function ``(state) -> None`` that reads and writes a ``State``, so it runs
alone on a hand-made state. ``extract_figures(..., skip=...)`` switches stages off: a
skipped attribute stage leaves its field at the ``Draft`` default (None, or "asserted"
for modality). ``tokens`` and ``numbers`` cannot be skipped: without them there is nothing
to read. The stages are thin: the rules stay in ``phrases``, ``attribution`` and
``timeexpr``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from extractors import attribution, timeexpr
from extractors.phrases import (
    counted_phrase,
    event_phrase,
    find_place,
    find_places,
    headline_case,
    nearest_place,
    number_of_event,
    usable_antecedent,
)
from extractors.quantities import scan_quantities
from extractors.quantity_keys import whole_of_a_part
from extractors.records import Claim, Modality, Quantity, Scope, TimeRef
from extractors.tokens import lemma, paragraph_ids, split_sentences
from extractors.vocabulary import en as vocab


@dataclass(slots=True)
class Draft:
    """One figure while the stages fill it in; ``State.claims_of_sentence`` freezes it."""

    quantity: Quantity
    counted: str | None = None
    event: str | None = None
    place: str | None = None
    time: TimeRef | None = None
    source: str | None = None
    modality: Modality = "asserted"
    scope: Scope = "total"
    #: ``counted`` read a death toll before the figure, so ``event`` says "died".
    toll: bool = False
    #: ``source`` found the figure in a quotation whose speaker is named only by a pronoun, so it is
    #: reported even when the name cannot be found.
    quoted: bool = False
    #: ``counted`` read the figure as what forecasters expected ("the 65,000 economists had
    #: forecast"): they are its source, and it is a possible figure, not a reported one.
    forecaster: str | None = None


@dataclass(slots=True)
class State:
    """What the stages share: the document, and the one sentence the attribute stages are on."""

    text: str
    published: date | None = None
    skip: frozenset[str] = frozenset()
    spans: list[tuple[int, int]] = field(default_factory=list)
    paras: list[int] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    #: Claims of the sentences before this one: a bare numeral borrows its noun from them.
    claims: list[Claim] = field(default_factory=list)
    si: int = 0
    drafts: list[Draft] = field(default_factory=list)
    _cues: list[attribution.Cue] | None = None
    _headline: bool | None = None

    def enter(self, si: int, found: list[Quantity]) -> None:
        """Move the attribute stages to sentence ``si``, holding the numbers ``found`` in it."""
        self.si = si
        self.drafts = [Draft(q) for q in found]
        self._cues = None
        self._headline = None

    @property
    def start(self) -> int:
        return self.spans[self.si][0]

    @property
    def sentence(self) -> str:
        s, e = self.spans[self.si]
        return self.text[s:e]

    def rel(self, d: Draft) -> tuple[int, int]:
        """The figure's offsets inside the sentence."""
        return d.quantity.start - self.start, d.quantity.end - self.start

    def other(self, k: int) -> str:
        return self.text[self.spans[k][0] : self.spans[k][1]]

    def same_para(self) -> list[int]:
        """Up to four sentences before this one, in its paragraph."""
        si = self.si
        return [k for k in range(max(0, si - 4), si) if self.paras[k] == self.paras[si]]

    def para_start(self) -> int:
        """The first sentence of this sentence's paragraph."""
        k = self.si
        while k > 0 and self.paras[k - 1] == self.paras[self.si]:
            k -= 1
        return k

    def next_in_para(self) -> str:
        si = self.si
        nxt = si + 1 if si + 1 < len(self.spans) and self.paras[si + 1] == self.paras[si] else None
        return self.other(nxt) if nxt is not None else ""

    def headline(self) -> bool:
        """Whether the sentence is in title case (``phrases.headline_case``); read once per sentence."""
        if self._headline is None:
            self._headline = headline_case(self.sentence)
        return self._headline

    def cues(self) -> list[attribution.Cue]:
        """Attribution cues of the sentence, read once for ``source`` and ``modality``."""
        if self._cues is None:
            self._cues = attribution.cues(self.sentence)
        return self._cues

    def cue(self, d: Draft) -> tuple[attribution.Cue | None, bool]:
        """The cue that covers the figure, and whether the figure sits in a dash aside of it."""
        rel_s, rel_e = self.rel(d)
        cue = attribution.covering_cue(self.sentence, rel_s, rel_e, self.cues())
        return cue, cue is not None and attribution.dash_aside(self.sentence, cue, rel_s)

    def claims_of_sentence(self) -> list[Claim]:
        s, e = self.spans[self.si]
        sentence = self.sentence
        return [
            Claim(d.quantity, d.counted, d.event, d.place, d.time, d.source, d.modality, sentence, s, e, d.scope)
            for d in self.drafts
        ]


# ---- document stages --------------------------------------------------------------


def tokens(state: State) -> None:
    """Sentence spans and their paragraph ids (the scanner tokenises on its own)."""
    state.spans = split_sentences(state.text)
    state.paras = paragraph_ids(state.text, state.spans)


#: Stages that run inside the quantity scanner; ``numbers`` hands it their switches.
SCANNER_STAGES = frozenset({"shapes", "figure_filter"})


def numbers(state: State) -> None:
    """Every number expression of the text, shaped into quantities by the scanner."""
    state.quantities = scan_quantities(state.text, skip=state.skip & SCANNER_STAGES)


# ---- sentence stages --------------------------------------------------------------

_TIME_UNITS = vocab.TIME_UNITS
_WINDOW_BEFORE = re.compile(
    r"\b(?:last|past|next|previous|coming|recent|following|first|final|those|these|"
    r"each\s+of\s+the\s+(?:next|last|past)|for\s+the)\s*$",
    re.I,
)
#: "will last two weeks", "expected to last three days", "the earbuds last six hours": the verb, whose duration
#: is measured. After a determiner or a preposition "last" is the window ("in the last six hours").
_LAST_AS_VERB = re.compile(
    r"(?:\b(?i:will|to|could|may|might|can|would|should|must)"
    r"|\b(?!(?:the|its|their|his|her|our|my|your|this|that|these|those|in|over|during|for|within|of|at|past|"
    r"and|or|than|since|from|by|on)\b)[a-z]{3,})\s+last\s*$"
)
_WINDOW_AFTER = re.compile(r"^\s*(?:ago|later|earlier|from\s+now|prior)\b", re.I)
#: "the 30-day average", "a 52-week high", "its three-month low": the window a statistic is
#: taken over, a time (decision 4), after a hyphenated duration; not "a 3-day high school
#: camp" or "a 10-day low-key holiday".
_WINDOW_OF_STATISTIC = re.compile(
    r"^\s*(?:(?:moving|rolling|trailing)\s+)?(?:average|high|low|mean)s?(?![\w-])(?!\s+schools?\b)", re.I
)
_ONE_KEEP_BEFORE = re.compile(r"\b(?:only|just|exactly|than|in|at\s+least|merely|single|of)\s*$", re.I)

# "one" counts people when an event happens to them ("one man was shot", "killing one",
# "one dead"); elsewhere it is an article or a pronoun ("one user quipped", "at one point").
#: People an event happens to, as the noun after "one".
_PERSON = r"(?:" + "|".join(vocab.EVENT_PERSON_NOUNS) + r")\b"
#: What happens to them, as a participle or adjective after the noun (or after a bare "one").
_HAPPENED_WORDS = (
    r"killed|dead|deceased|died|dies|succumbed|slain|murdered|wounded|injured|hurt|hospitali[sz]ed|"
    r"in\s+(?:[\w-]+\s+){1,3}?condition|in\s+(?:the\s+)?hospital"
)
_HAPPENED = r"(?:" + _HAPPENED_WORDS + r")\b"
_ADVERBS = "|".join(vocab.HAPPENED_ADVERBS)
_ADVERB = r"(?:" + _ADVERBS + r")"
_AUX = r"(?:" + "|".join(vocab.HAPPENED_AUXILIARIES) + "|" + _ADVERBS + r")\s+"
#: After a person noun, more verbs say it: "one man shot", "one woman sustained a gunshot wound"; those
#: that are also active verbs need an auxiliary: "one suspect was captured", not "one neighbour captured a car".
_HAPPENED_TO = (
    r"(?:(?:" + _AUX + r")*(?:" + _HAPPENED_WORDS + r"|shot|stabbed|found\s+(?:dead|deceased)|in\s+custody|"
    r"(?:sustained|suffered)\s+(?:[\w-]+\s+){0,4}?(?:injur|wound|gunshot|burn|fractur|broken))|"
    r"(?:" + _AUX + r")+(?:critical|struck|hit|arrested|detained|captured|charged|taken|rushed|transported|"
    r"pronounced|declared))"
)
#: "One person was killed", "one man dead", "One person, age 19, was killed", "One adult and two children are dead",
#: "one man who had been shot".
_ONE_PERSON_AFTER = re.compile(
    r"^\s+(?:[\w'’.-]+\s+){0,3}?"
    + _PERSON
    + r"(?:\s*,[^,.;:]{1,40},|\s*[—–-][^—–.;:]{1,50}[—–-]|\s+and\s+(?:[\w'’-]+\s+){1,4}?)?"
    + r"(?:,?\s+(?:who|that))?\s*"
    + _HAPPENED_TO,
    re.I,
)
#: A bare "one" that the event happened to: "one died", "One Killed", "one critically wounded", "one was
#: pronounced dead".
_ONE_BARE_AFTER = re.compile(
    # "Two men were shot, one fatally,": the event of the count before it, said once.
    r"^\s+(?:(?:fatally|critically|seriously|severely|gravely|mortally|badly)\s*(?:[,;.)]|and\b|$)|(?:"
    + _ADVERB
    + r"\s+)?"
    + _HAPPENED
    + r"|(?=(?:was|were|is|has|had|remains|sustained|suffered|"
    + _ADVERBS
    + r")\s)"  # a verb must follow: "one shot" may be a noun
    + _HAPPENED_TO
    + r")",
    re.I,
)
#: An event verb whose object is "one": "killed one person", "struck one teen", "killing one".
_EVENT_BEFORE = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|shot|shoots?|shooting|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|struck|strikes?|"
    r"striking|hit(?:s|ting)?|left|leaves|leaving)\s+$",
    re.I,
)
#: A charge counted in a court's terms: "one count of burglary", "one charge of assault".
_ONE_CHARGE_AFTER = re.compile(r"^\s+(?:(?:felony|misdemeanou?r|additional|more)\s+)?(?:count|charge)\s+of\b", re.I)
_ONE_OBJECT_AFTER = re.compile(r"^\s+(?:[\w'’.-]+\s+){0,3}?" + _PERSON + r"|^\s*(?:[,.;:)!?]|and\b|$)", re.I)
#: "one" beside another count of plural things in a tally: "28 wins and one defeat", "one goal
#: and two assists"; the other count says "one" is a number too.
_TALLY_NUMBER = r"(?:\d[\d,.]*|" + "|".join(w for w in vocab.SMALL_NUMBERS if w not in ("zero", "one")) + r")"
_ONE_IN_TALLY_BEFORE = re.compile(r"\b" + _TALLY_NUMBER + r"\s+[a-z]+s\s*,?\s+and\s+$", re.I)
_ONE_IN_TALLY_AFTER = re.compile(r"^\s+[a-z]+\s*,?\s+and\s+" + _TALLY_NUMBER + r"\s+[a-z]+s\b", re.I)
#: Words that make "one" a pronoun or an article: "no one", "the one who", "one another", "one of them".
_ONE_PRONOUN_BEFORE = re.compile(r"\b(?:no|any|every|each|the|this|that|which|such)\s+$", re.I)
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_ONE_PRONOUN_AFTER = re.compile(r"^\s+(?:" + "|".join(vocab.ONE_PRONOUN_AFTER) + r")\b", re.I)
_FIGURATIVE = re.compile(
    r"\b(?:a|one)\s+(?:thousand|million|hundred)\s+(?:" + "|".join(vocab.FIGURATIVE_NOUNS) + r")\b", re.I
)


def figure_filter(state: State) -> None:
    """Keep the numbers of the sentence that are figures (the scanner's own filter ran before)."""
    sentence, start = state.sentence, state.start
    state.drafts = [d for d in state.drafts if is_figure(d.quantity, sentence, start)]


#: A figure earlier in the clause: "worth 5 per cent", "spend €1.8tn", "cut 300 jobs".
_FIGURE_BEFORE = re.compile(r"(?:\d|%|[$€£¥₹])[^,;:.!?]*$")
#: Words right before a duration that make it the length of something: "for over ten years".
_LENGTH_BEFORE = re.compile(r"\b(?:" + "|".join(vocab.LENGTH_WORDS) + r")\s*$", re.I)


def _over_a_figure(text: str, before: str) -> bool:
    """ "worth 5 per cent over two years", "will spend €1.8tn over seven years": "over" a span after another
    figure of its clause is the window that figure is counted over, a time (decision 4); "lasted over
    two years" and "for over ten years" measure a length."""
    return text.startswith("over ") and bool(_FIGURE_BEFORE.search(before)) and not _LENGTH_BEFORE.search(before)


def is_figure(q: Quantity, sentence: str, s_start: int) -> bool:
    """GUIDE "what is a figure": drop time windows, pronoun "one", figurative numbers."""
    rel = q.start - s_start
    before = sentence[max(0, rel - 40) : rel]
    after = sentence[q.end - s_start : q.end - s_start + 30]
    low = q.text.lower()
    if (
        q.kind == "duration"
        and q.unit in _TIME_UNITS
        and (
            (_WINDOW_BEFORE.search(before) and not _LAST_AS_VERB.search(before))
            or _WINDOW_AFTER.match(after)
            or (q.unit in vocab.WINDOW_RANK_UNITS and _ranked_in_window(before))
            or ("-" in q.text and _WINDOW_OF_STATISTIC.match(after))
            or _over_a_figure(low, before)
        )
    ):
        return False
    if low == "a":
        return False  # an article on its own ("a man was shot"); "a dozen" reaches here whole
    if low == "one":
        # The noun and its verb may lie a few words on: "One Marlow police officer was shot".
        return _one_counts(q.text, before, sentence[q.end - s_start : q.end - s_start + 100])
    if _FIGURATIVE.search(sentence[max(0, rel - 5) : q.end - s_start + 20]):
        return False
    # Zero as a bare word ("zero") without a noun is a negation, not a count.
    return not (q.qualifier == "exact" and q.kind == "count" and q.low == 0 and not re.match(r"\s*[a-z]", after))


#: "in" (or "for the first time in") closing the text before a duration, and the clause before it.
_IN_WINDOW = re.compile(r"([^.;:!?,()]*)\bin\s*$", re.I)


def _ranked_in_window(before: str) -> bool:
    """ "its lowest level in 18 months", "the first film in 12 years": after a superlative or a
    rank in the same clause, "in N years" is the window of the comparison, a time (decision 4)."""
    m = _IN_WINDOW.search(before)
    if m is None:
        return False
    for w in re.findall(r"[a-z]+", m.group(1).lower()):
        if w in vocab.WINDOW_RANK_WORDS or (len(w) > 4 and w.endswith("est") and w not in vocab.NOT_SUPERLATIVE_EST):
            return True
    return False


def _one_counts(word: str, before: str, after: str) -> bool:
    """GUIDE decision 2: "one" is a figure as the count of people an event happened to, or
    where it stands for a noun ("spotted water in one."); not as an article or a pronoun."""
    if _ONE_PRONOUN_BEFORE.search(before) or _ONE_PRONOUN_AFTER.match(after):
        return False
    if word == "One" and _NAME_BEFORE.search(before) and re.match(r"\s+[a-z]", after):
        return False  # inside a name mid-sentence: "taken to Marlow One in critical condition"
    if _ONE_KEEP_BEFORE.search(before) and re.match(r"\s*(?:[.,;:)!?]|$)", after):
        return True
    if _EVENT_BEFORE.search(before) and _ONE_OBJECT_AFTER.match(after):
        return True
    if _ONE_CHARGE_AFTER.match(after):
        return True
    if _ONE_IN_TALLY_BEFORE.search(before) or _ONE_IN_TALLY_AFTER.match(after):
        return True
    return bool(_ONE_PERSON_AFTER.match(after) or _ONE_BARE_AFTER.match(after))


#: A toll before its figure, with no other figure between: "the death toll ... rose to 15".
_TOLL_BEFORE = re.compile(
    r"\b(?:death\s+)?toll\b(?![^.;]*\d[^.;]*$)[^.;]{0,100}?\b(?:to|at|is|was|of|reached|hit|"
    r"stands|stood|now)\s+(?:at\s+)?(?:least\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$",
    re.I,
)
#: A running total a figure brings up to: "bringing its total to", "taking the number arrested to".
_TOTAL_TO = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|pushing|pushed|raising|raised|lifting|lifted)\s+"
    r"(?:its|the|their|his|her|our)\s+(?:[a-z]+['’]s\s+)?(?:overall\s+|running\s+|global\s+)?(?:total|tally|number|count)"
    r"(?:\s+[a-z]+ed)?\s+to\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?$",
    re.I,
)
#: Words that make a count an addition to a total, left off when the total takes its noun.
_MORE_WORDS = re.compile(r"^(?:(?:more|other|another|additional|further|new|extra)\s+)+", re.I)
_TABLE_ROW = re.compile(r"^([A-Z][A-Z0-9&.'’ -]{1,80}?)\s+(?:[-+−]?\$?\d[\d,]*(?:\.\d+)?%?\s*){2,}$")
_CORP_SUFFIX = re.compile(r"\b(?:" + "|".join(vocab.CORPORATE_SUFFIXES) + r")\.?$")


def _tally_of(d: Draft, sentence: str, rel_s: int, antecedent: str | None, what: str | None) -> str | None:
    """What a count stated as a running tally counts: deaths for a toll ("the death toll from the storm rose to
    15"), the noun added for a total brought up ("added 6.3 million subscribers, bringing its total to 214
    million"), never a person's name; else ``what`` the phrase gave."""
    if _TOLL_BEFORE.search(sentence[max(0, rel_s - 120) : rel_s]):
        d.toll = True
        return "deaths"
    if usable_antecedent(antecedent) and _TOTAL_TO.search(sentence, max(0, rel_s - 60), rel_s):
        return _MORE_WORDS.sub("", antecedent) or what
    return what


def counted(state: State) -> None:
    """What each figure counts; a bare numeral borrows the noun of the figure before it.

    Also reads two shapes of a whole sentence: a quote-table row (its figures are a share
    price, in money) and a death toll before the figure (it counts deaths).
    """
    sentence = state.sentence
    # a count restated ("the true figure was nearly 500") stands for what was counted before it, not for a
    # level, a sum or a length given between them; a sum or a duration for the figure before, whatever it was
    first_kind = state.drafts[0].quantity.kind if state.drafts else ""
    antecedent = _antecedent(state, _COUNTED_KINDS if first_kind == "count" else None)
    last_count: str | None = None  # a bare count stands for the noun of a count, not of a share or a sum
    cells = _cells(sentence)
    # The cleaner writes table rows between bars; a quote row reads the same either way.
    row = _TABLE_ROW.match(" ".join(cells) if cells else sentence)
    header = _header(state) if cells and not row else None
    for d in state.drafts:
        rel_s, rel_e = state.rel(d)
        borrow = last_count if d.quantity.kind == "count" and last_count else antecedent
        read = _headline_counted if state.headline() else counted_phrase
        what = read(sentence, rel_s, rel_e, d.quantity.kind, borrow)
        column = _column_of(sentence, rel_s, rel_e, header) if header else None
        if column:
            # A figure alone in a table cell counts what its column's header names.
            what = column
        if row:
            # A quote-table row ("ACM ACME TOOLS INC. 118.40 -6.25 -5.01%"): prices and changes.
            what = _security(row.group(1)) + " share price"
            if d.quantity.kind == "count" and "%" not in d.quantity.text:
                d.quantity = replace(d.quantity, kind="money")
        if antecedent and _borrows(d, sentence, rel_s, rel_e):
            what = antecedent
        if d.quantity.kind == "count":
            what = _tally_of(d, sentence, rel_s, antecedent, what)
        age_noun = d.quantity.kind == "age" and _AGE_AS_NOUN.search(sentence, 0, rel_e)
        if age_noun and not (_ROLE.match(sentence, rel_e + 1) or _ROLE.fullmatch((what or "").split(" ")[-1])):
            # "The 61-year-old said ...": the age stands for a person named before it.
            what = _referent(state, d.quantity, sentence[rel_e:]) or what
        if (
            what is not None
            and what in ("people", antecedent)
            and _BARE_ONE.match(d.quantity.text)
            and not _TITLE_NEXT.match(sentence[rel_e:])
        ):
            # A bare "one" is one member of the group: "four people were shot, one fatally" counts a person.
            d.counted = _member(antecedent)
            antecedent = what
            continue
        d.counted = what
        if d.quantity.kind == "count":
            last_count = what
        if d.quantity.kind != "age":
            # An age names one person ("Roe, 41, is charged with three"): a bare count after it does not count him.
            antecedent = what
    for first, second in itertools.pairwise(state.drafts):
        if not first.quantity.unit:
            continue
        gap = (state.rel(first)[1], state.rel(second)[0])
        if _SIDES.fullmatch(sentence, *gap):
            # "10 x 12 feet of floor", "2560 x 1440": the first side measures what the second does.
            first.counted = second.counted
        elif (
            first.counted is None
            and (first.quantity.kind, first.quantity.unit) == (second.quantity.kind, second.quantity.unit)
            and _JOINED.fullmatch(sentence, *gap)
        ):
            # "60 kWh and 82 kWh of battery capacity": two amounts of one noun, written after the second.
            first.counted = second.counted


#: A figure forecasters gave before the figure reported: "short of the 170,000 economists had
#: forecast", "beating analysts' forecasts of $1.6 billion". It counts what the figure before it
#: counts (the jobs, the revenue), not the forecasters.
_FORECAST_AFTER = re.compile(
    r"\s+(?P<who>"
    + "|".join(vocab.FORECASTERS)
    + r")\s+(?:(?:had|have|has|were|was)\s+)?(?:widely\s+|been\s+)?(?:"
    + "|".join(vocab.FORECASTING_VERBS)
    + r")\b",
    re.IGNORECASE,
)
_FORECAST_BEFORE = re.compile(
    r"\b(?:(?P<who>"
    + "|".join(vocab.FORECASTERS)
    + r")['’]?s?|the|market|consensus)\s+(?:average\s+)?(?:"
    + "|".join(vocab.FORECAST_NOUNS)
    + r")\s+(?:of|for)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
#: A figure set against the one before it as its mark, after a comma: "fell to 81%, well below the 95% it
#: aims for", "stands at 61%, short of the 75% target". It counts what the figure before it counts.
_MARK_BEFORE = re.compile(
    r",\s+(?:(?:well|just|far|slightly|still|comfortably)\s+)?(?:below|above|short\s+of|ahead\s+of)"
    r"\s+(?:the|its|their)\s+$",
    re.IGNORECASE,
)
#: Two amounts joined before the noun they share: "60 kWh and 82 kWh of".
_JOINED = re.compile(r"\s*,?\s*(?:and|or)\s+", re.I)
#: The sign between two sides of a measure: "10 x 12", "3840×2160".
_SIDES = re.compile(r"\s*[x×]\s*")
#: "one", "at least one" standing without a noun.
_BARE_ONE = re.compile(r"^(?:(?:at\s+least|only|just)\s+)?one$", re.I)
#: A title-case headline ("One Killed, Four Wounded") counts people, as its other figures do.
_TITLE_NEXT = re.compile(r"^\s+[A-Z][a-z]")


def _borrows(d: Draft, sentence: str, rel_s: int, rel_e: int) -> bool:
    """Whether a figure counts what the figure before it counts: a forecast of it (whose forecasters it
    notes on the draft), or a mark set against it ("fell to 81%, well below the 95% it aims for")."""
    forecast = _FORECAST_AFTER.match(sentence, rel_e) or _FORECAST_BEFORE.search(sentence[max(0, rel_s - 60) : rel_s])
    if forecast:
        d.forecaster = forecast.group("who")
        return True
    return _MARK_BEFORE.search(sentence[max(0, rel_s - 40) : rel_s]) is not None


def _headline_counted(sentence: str, rel_s: int, rel_e: int, kind: str, antecedent: str | None) -> str | None:
    """ "3 Chicago Police Officers Shot": a headline capitalises its verbs, so its noun phrase is read
    in lower case and given back its own letters ("Chicago Police Officers")."""
    lowered = sentence.lower()
    what = counted_phrase(lowered, rel_s, rel_e, kind, antecedent)
    if what:
        at = lowered.find(what, max(0, rel_s - 80))
        if at >= 0:
            return sentence[at : at + len(what)]
    # A phrase the reader rewrote ("Sheriff's Deputy" -> "sheriff deputy") is read in its own letters.
    return counted_phrase(sentence, rel_s, rel_e, kind, antecedent)


def _member(group: str | None) -> str:
    """One member of ``group`` ("police officers" -> "police officer"); a person when the group is unknown."""
    words = (group or "").split()
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return "person"
    single = lemma(words[-1])
    if single in (words[-1], "other"):  # not a plural noun ("police", "dead"), or "others"
        return "person"
    return " ".join([*words[:-1], single])


def _cells(line: str) -> list[str] | None:
    """The cells of a table row as the cleaner writes it ("| a | b |"), else None."""
    stripped = line.strip()
    if not stripped.startswith("|") or stripped.count("|") < 2:
        return None
    return [c.strip() for c in stripped.strip("|").split("|")]


def _header(state: State) -> list[str] | None:
    """The first row of the table the sentence sits in, when it is not that row itself."""
    text, start = state.text, state.start
    line_start = text.rfind("\n", 0, start) + 1
    first = line_start
    while first > 0:
        prev = text.rfind("\n", 0, first - 1) + 1
        if not text[prev : first - 1].lstrip().startswith("|"):
            break
        first = prev
    if first == line_start:
        return None
    end = text.find("\n", first)
    cells = _cells(text[first : end if end >= 0 else len(text)])
    # A header names its columns: words, not figures.
    return cells if cells and all(not re.search(r"\d", c) for c in cells) else None


def _column_of(sentence: str, rel_s: int, rel_e: int, header: list[str]) -> str | None:
    """The header of the column a figure fills on its own, if it does."""
    bar_before = sentence.rfind("|", 0, rel_s)
    bar_after = sentence.find("|", rel_e)
    if bar_before < 0 or bar_after < 0 or sentence[bar_before + 1 : rel_s].strip(" $€£") != "":
        return None
    if sentence[rel_e:bar_after].strip(" %") != "":
        return None
    k = sentence.count("|", 0, bar_before + 1) - (1 if sentence.lstrip().startswith("|") else 0)
    name = header[k] if 0 <= k < len(header) else ""
    return name.lower() if re.search(r"[^\W\d_]{2,}", name) else None


#: An age written as a noun opening its sentence, its subject: "The 61-year-old said", "The 29 year old will".
_AGE_AS_NOUN = re.compile(r"^\W*the\s+[\w.-]+(?:\s+|-)(?:years?|months?)(?:\s+|-)old$", re.I)
_ROLE = re.compile(
    r"\b("
    + "|".join(
        sorted(
            {*vocab.PERSON_ROLE_NOUNS, *vocab.APPOSED_PERSON_NOUNS, *vocab.EVENT_PERSON_NOUNS}, key=len, reverse=True
        )
    )
    + r")\b",
    re.I,
)


#: A name of two or three capitalised words right after a role noun ("the driver, Kelly Osei", "named as Jo Roe").
_NAME_AFTER_ROLE = re.compile(
    r",?\s+(?:as\s+)?([" + vocab.UPPER_LETTERS + r"][\w’'-]+(?:\s+[" + vocab.UPPER_LETTERS + r"][\w’'-]+){1,2})\b"
)


def _a_name(words: str) -> bool:
    """Whether capitalised words name a person: no day, month, title ("Chief Ann Lee") or body word in them."""
    return not vocab.NOT_NAME_WORDS.intersection(w.lower() for w in words.split())


def _referent(state: State, age: Quantity, after: str = "") -> str | None:
    """The person an age written as a noun refers to: whom the same age was given to before ("her six-year-old
    son ... The six-year-old"), else the first role noun of the nearest of the two sentences before that
    has one ("A farmer who ... The 61-year-old"). A name is not guessed: with two people about, the wrong one
    would make two people's ages one quantity (GUIDE 20), except a surname right after the age ("The 27-year-old
    Lee") that ends a full name given before."""
    surname = re.match(r"\s+([" + vocab.UPPER_LETTERS + r"][\w’'-]+)\b", after)
    if surname and _a_name(surname.group(1)):
        before = state.text[: state.spans[state.si][0]]
        full = re.findall(
            r"\b((?:[" + vocab.UPPER_LETTERS + r"][\w’'.-]+\s+){1,3}" + re.escape(surname.group(1)) + r")\b", before
        )
        if full:
            return full[-1]
    for c in reversed(state.claims):
        if c.quantity.kind == "age" and c.counted and (c.quantity.low, c.quantity.high) == (age.low, age.high):
            head = c.counted.split()[-1]
            if _ROLE.fullmatch(head) or head[:1].isupper():  # a person, not a stray noun ("ages")
                return c.counted
    for k in range(state.si - 1, max(-1, state.si - 3), -1):
        s = state.other(k)
        if not re.search(r"\b[a-z]{2,}\b", s):
            continue  # a heading or a credit line names no one the story is about
        role = _ROLE.search(s)
        if role:
            # "winger Lucas Andrade": the role's own name says who, where a bare role would not.
            name = _NAME_AFTER_ROLE.match(s, role.end())
            if name and role.group(1).lower() not in vocab.RELATION_ROLE_NOUNS and _a_name(name.group(1)):
                return name.group(1)
            return role.group(1).lower()
    return None


#: Kinds whose counted noun names people or things, which a later bare figure may stand for.
_COUNTED_KINDS = ("count", "age")


def _antecedent(state: State, kinds: tuple[str, ...] | None = None) -> str | None:
    """The counted noun of the last claim (of one of ``kinds``, if given) within the three sentences before."""
    last = _last_claim(state, kinds)
    return last.counted if last is not None else None


def _last_claim(state: State, kinds: tuple[str, ...] | None = None) -> Claim | None:
    """The last claim within the three sentences before; of one of ``kinds``, if given."""
    start = state.spans[max(0, state.si - 3)][0]
    for c in reversed(state.claims):
        if c.sentence_start < start:
            return None
        if kinds is None or c.quantity.kind in kinds:
            return c
    return None


def _security(name: str) -> str:
    """ "HD THE HOME DEPOT INC." → "Home Depot": ticker, article and corporate suffix dropped."""
    words = name.split()
    if len(words) > 1 and len(words[0]) <= 5:
        words = words[1:]
    if words and words[0] == "THE":
        words = words[1:]
    while len(words) > 1 and _CORP_SUFFIX.search(words[-1]):
        words = words[:-1]
    return " ".join(w.capitalize() for w in words) or name


#: Nouns that name what happened to those counted: "11 deaths" died, "30 injuries" were injured.
_ROLE_EVENT = vocab.ROLE_EVENTS


def event(state: State) -> None:
    """What happened to those counted: the verb that governs the figure, else its noun's role, else,
    for a figure given again under a noun that stands for it, what happened to the figure before."""
    # "Two Dead, Five Wounded In Shooting": a headline capitalises its verbs too.
    sentence = state.sentence.lower() if state.headline() else state.sentence
    before: Claim | Draft | None = _last_claim(state)
    for d in state.drafts:
        rel_s, rel_e = state.rel(d)
        if d.toll:
            d.event = "died"
        elif whole_of_a_part(sentence, rel_s, rel_e, d.counted):
            # "two of the five victims died": the verb is what befell the two, not the five
            d.event = _role_event(d.counted)
        else:
            d.event = event_phrase(sentence, rel_e, rel_s, d.counted, d.quantity.kind)
            if d.event is None:
                d.event = _role_event(d.counted)
            if d.event is None and _FIGURE_BACK.search(sentence, 0, rel_s):
                # "the real figure was closer to 90": the figure before of the same kind, not a length between
                same_kind = before is not None and before.quantity.kind == d.quantity.kind
                prior = before if same_kind else _last_claim(state, (d.quantity.kind,))
                if prior is not None and d.counted == prior.counted:
                    d.event = prior.event
            if d.event is None and d.quantity.kind == "count":
                d.event = _changed_to(sentence, rel_s) or number_of_event(sentence, rel_s)
        before = d


def _role_event(counted: str | None) -> str | None:
    """What befell people a noun names by it ("11 deaths": died), if it does."""
    return _ROLE_EVENT.get(counted.split()[-1].lower()) if counted else None


#: "expanded its recall of SUVs to 185,000 vehicles", "increased its order to 40 jets": a verb of change
#: sets what a noun of an act counts "to" the figure, so the noun names the event.
_CHANGED_TO = re.compile(
    r"\b(?:" + "|".join(vocab.CHANGE_TO_VERBS) + r")\s+(?:its|the|their|his|her|this|that)\s+([a-z]+)\b"
    r"[^,;.]{0,60}?\s+to\s+$"
)


def _changed_to(sentence: str, rel_s: int) -> str | None:
    m = _CHANGED_TO.search(sentence, max(0, rel_s - 100), rel_s)
    if m is None or m.group(1) in vocab.FIGURE_BACK_NOUNS or m.group(1) in vocab.MEASURE_NOUNS_OF_CHANGE:
        return None  # "raised the number of ... to", "cut the price to": a figure or a measure, no act
    return m.group(1)


#: "Officials put the number at 1,500", "that figure rose to 40": a noun that stands for the
#: figure before, so for its quantity, what happened included.
_FIGURE_BACK = re.compile(
    r"\b(?:that|this|the)\s+(?:(?:"
    + "|".join(vocab.RESTATING_ADJECTIVES)
    + r")\s+)?(?:"
    + "|".join(vocab.FIGURE_BACK_NOUNS)
    + r")\b[^.;]*$",
    re.I,
)


def place(state: State) -> None:
    """The place nearest each figure in its sentence, else the last one its paragraph named."""
    sentence = state.sentence
    places = find_places(sentence)
    inherited = None
    if not places:
        for k in reversed(state.same_para()[-3:]):
            inherited = find_place(state.other(k))
            if inherited:
                break
    for d in state.drafts:
        rel_s, rel_e = state.rel(d)
        d.place = nearest_place(places, rel_s, rel_e, sentence) if places else inherited


#: A time phrase that marks a part of a series (quantity_keys reads the same marks).
_SUB_PERIOD = re.compile(vocab.SUB_PERIOD_PATTERN, re.I)


def time(state: State) -> None:
    """When each figure holds, and whether it counts one dated period or a running total."""
    sentence = state.sentence
    times = timeexpr.find_times(sentence)
    inherited = None if times else _paragraph_time(state)
    total = timeexpr.TOTAL_CUES.search(sentence) is not None
    for d in state.drafts:
        rel_s, rel_e = state.rel(d)
        t = own_time(times, sentence, rel_s, rel_e, state.published)
        d.time = t = inherited if t is None else t
        if (
            t is not None
            and not total
            and (
                (t.start is not None and t.end is not None and (t.end - t.start).days <= 366)
                or _SUB_PERIOD.search(t.text)
            )
        ):
            # A dated count or a sub-period ("in the last week alone", "per day") even when no
            # publication date resolves it; quantity_keys.time_scope tells an incident's date apart.
            d.scope = "period"


def _paragraph_time(state: State) -> TimeRef | None:
    """A time the sentence inherits: the first of the nearest earlier sentence (of two) that names one."""
    for k in reversed(state.same_para()[-2:]):
        prev = state.other(k)
        # "Lumo said on Tuesday ...": the day of a report dates no figure of the sentences after it
        found = [t for t in timeexpr.find_times(prev) if not _SAID_WHEN.search(prev, 0, t[0])]
        if found:
            ts, te, kind = found[0]
            if kind in ("window", "md", "dm", "rel", "weekday"):
                return timeexpr.resolve(prev[ts:te], kind, state.published)
            return None
    return None


_SAID_WHEN = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|added)\s+(?:on\s+|late\s+|early\s+)?$")
_COMPARED = re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bthan\b", re.I)


def own_time(
    times: list[tuple[int, int, str]], sentence: str, rel_s: int, rel_e: int, published: date | None
) -> TimeRef | None:
    """The sentence's time nearest after the figure (its event), else nearest before.

    "On Friday, it was reported that 45 ... were detained ... on May 3": the
    report's day comes first, the figure's own date after it.
    """
    # "cut 1,500 jobs, up from the 1,200 it announced last week": a time past a figure compared with this one
    # is that figure's
    after = [t for t in times if t[0] >= rel_e and not _COMPARED.search(sentence, rel_e, t[0])]
    # "Velmont said on Monday it would cut": the day after a speech verb dates the report, not the figure
    before = [t for t in times if t[1] <= rel_s and not _SAID_WHEN.search(sentence, 0, t[0])]
    pick = after[0] if after else before[-1] if before else None
    if pick is None:
        return None
    ts, te, kind = pick
    return timeexpr.resolve(sentence[ts:te], kind, published)


def source(state: State) -> None:
    """Who gives each figure: the cue that covers it, else whose account the sentence continues."""
    _sources(state)
    for d in state.drafts:
        if d.forecaster:
            d.source = d.forecaster  # "the 65,000 economists had forecast": theirs, not the report's source
            continue
        if attribution.generic_study(d.source) and re.search(
            r"\bthe\s+" + re.escape(d.source or ""), state.sentence, re.I
        ):
            # "according to the report": the report named a few sentences back.
            d.source = _earlier_named(state, d.source or "") or d.source


def _earlier_named(state: State, noun: str) -> str | None:
    """Whose "report" a definite "the report" is: the source named within six sentences before."""
    for k in range(state.si - 1, max(-1, state.si - 7), -1):
        name = attribution.named_cue(state.other(k), noun)
        if name:
            return name
    return None


def _sources(state: State) -> None:
    """Each figure's source from the cues of its sentence, else from the sentences around it."""
    fallback: str | None = None
    fell_back = False
    quoted = False
    narration: list[str | None] = []  # the account before, read once, when a figure first needs it
    for d in state.drafts:
        cue, aside = state.cue(d)
        d.source = None if aside or cue is None else _named(state, cue.name)
        claimed = attribution.claimed_by(state.sentence, *state.rel(d))
        if claimed:
            # "Datasight puts it at 41 million, below the 50 million the company claims": the company is not the
            # sentence's subject, so a descriptor means a body named before this sentence
            d.source = _named(state, claimed.group(1), own_sentence=False)
            continue
        if cue is None and _describes_speaker(state, d):
            continue  # "the 41-year-old mother of three said": who the speaker is, told by the article
        if cue is None and not attribution.unnamed_report(state.sentence, *state.rel(d)):
            if not fell_back:
                fallback, fell_back = _fallback_source(state), True
                quoted = fallback is None and _pronoun_quote(state.text, state.spans, state.paras, state.si)
            d.source = fallback or attribution.it_in_clause(state.sentence, state.rel(d)[0])
            if d.source is None and attribution.pronoun_speaker(state.sentence, *state.rel(d)):
                d.source = _earlier_speaker(state)
            if d.source is None and _narrated(state.sentence, *state.rel(d)):
                if not narration:
                    narration.append(_narration_before(state))
                d.source = narration[0]
            if d.source is None and quoted:
                # '"It was a hard year," she said. "We sold 40 fewer cars."': she is named further back.
                # A quotation splits into short sentences: look a little further back for the name, in its
                # paragraph, or the one before when the paragraph opens on the quotation.
                paragraphs = 2 if _opens_on_quote(state) else 1
                d.source, d.quoted = _earlier_speaker(state, reach=6, paragraphs=paragraphs), True
            d.source = _carried_body(state, d.source)


def _narration_before(state: State) -> str | None:
    """Whose account the sentence before gave whole, in this paragraph, when this sentence goes on telling
    what happened in it (GUIDE 13): not when it has a speaker of its own or names another year."""
    same_para = state.same_para()
    if not same_para or _OWN_SPEECH.search(state.sentence) or _A_YEAR.search(state.sentence):
        return None
    return _account_before(state, same_para)


#: A speech verb of the sentence's own: someone else gives this account ("a neighbour said he heard 12 shots").
_OWN_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|adds|according)\b", re.I)
#: A year: the sentence is about another time than the account ("the storm that flooded 200 homes in 2019").
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: Where a figure's clause ends, either side: a comma, a semicolon, a dash or a coordinating "and"/"but".
_CLAUSE_EDGE = re.compile(r"[,;:—–]|\s-\s|\b(?:and|but|while|whereas)\b")


def _narrated(sentence: str, rel_s: int, rel_e: int) -> bool:
    """Whether the clause that holds a figure tells what happened (a past or a future verb: "officers
    took 60 bikes back", "fares will rise by 4%") rather than how things stand (a present: "the
    chain has 140 stores", "the bar employs 12 people"), which is the reporter's background. A figure in
    parentheses is the reporter's aside."""
    opened = sentence.rfind("(", 0, rel_s)
    if opened >= 0 and sentence.find(")", opened) >= rel_e:
        return False
    start = max((m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, rel_s)), default=0)
    after = _CLAUSE_EDGE.search(sentence, rel_e)
    clause = sentence[start : after.start() if after else len(sentence)]
    if _EARLIER_EVENT.search(sentence, start, rel_s):
        return False  # "The pair were freed days after the state let 40 men go": another event
    words = [w.lower() for w in re.findall(r"[A-Za-z’']+", clause)]
    return any(
        w in _TELLING_AUX
        or w in vocab.IRREGULAR_PAST
        or (w.endswith("ed") and len(w) > 4 and w not in vocab.NOUNS_IN_ED and (k == 0 or words[k - 1] not in _DETS))
        for k, w in enumerate(words)
    )


#: A time clause that sets the account against another event: "hours after", "days before", "since".
_EARLIER_EVENT = re.compile(r"\b(?:after|before|since|until)\b", re.I)
#: Auxiliaries of a past or a future: "was", "had", "will".
_TELLING_AUX = frozenset({"was", "were", "had", "will", "would"})
_DETS = vocab.DETERMINERS


def _describes_speaker(state: State, d: Draft) -> bool:
    """Whether the figure sits in a speaker's own words before the speech verb ("the 41-year-old
    baker and mother of three said", "Jo Roe, 41, said"): the article describing who speaks."""
    rel_s, rel_e = state.rel(d)
    sentence = state.sentence
    quote_end = max(sentence.rfind("”", 0, rel_s), sentence.rfind('"', 0, rel_s))
    for c in state.cues():
        if c.start <= rel_s and rel_e <= c.end:
            return True
        # '"It was awful," the 41-year-old mother of three said': the phrase between a quotation and its verb
        if 0 <= quote_end < rel_s and rel_e <= c.start and _SPEAKER_PHRASE.fullmatch(sentence, quote_end + 1, c.start):
            return True
    return False


_SPEAKER_PHRASE = re.compile(r"[,\s]*[^,;:“”\"()—–.!?]*")


def _named(state: State, name: str, own_sentence: bool = True) -> str:
    """A bare title ("the chief said") as the person the article named with it before, and a body's
    descriptor ("the carrier said") as the body it introduced so (``own_sentence``: or that acts in this
    sentence)."""
    return (
        attribution.titled_name(name, state.sentence, state.text, state.start)
        or attribution.described_body(name, state.sentence, state.text, state.start, own_sentence)
        or _body_before(state, name, own_sentence)
        or name
    )


def _body_before(state: State, name: str, own_sentence: bool = True) -> str | None:
    """ "..., the National Weather Service said. Gusts may reach 50 mph, the agency warned": a bare
    descriptor speaking is the body that spoke or acted just before it, in its paragraph: the nearest
    speaker of a sentence before, or the body a sentence opens on ("Lumora unveiled ..."). A person's
    name is never it."""
    if not attribution.speaking_body(name, state.sentence):
        return None
    own = [state.si] if own_sentence else []
    for k in [*own, *reversed(state.same_para())]:
        sentence = state.other(k)
        found = [] if k == state.si else [attribution.last_speaker(sentence)]
        found.append(attribution.opening_speaker(sentence, state.sentence, acting=True))
        for body in map(_named_part, found):
            if (
                body
                and body.lower() != name.lower()
                and attribution.body_like(body)
                and not attribution.modifies_speakers(body, sentence)
            ):
                return body
        owner = attribution.opening_owner(sentence)
        if owner and attribution.body_like(owner, owner=True):
            return owner
    return None


def _carried_body(state: State, name: str | None) -> str | None:
    """A carried account's bare descriptor ("..., the company said. Revenue rose 9%") as the body it stood for
    in the sentence that gave it."""
    if not name or not name.islower():
        return name
    for k in reversed(state.same_para()):
        if attribution.speaking_body(name, state.other(k)):  # the sentence that writes "the company"
            there = replace(state, si=k, drafts=[], _cues=None, _headline=None)
            return _body_before(there, name) or name
    return name


def _named_part(name: str | None) -> str | None:
    """The name after a lower-case description: "Streaming service Flickbox" is Flickbox; a name that ends
    on a lower-case word ("Union leaders") names no body."""
    if not name:
        return None
    words = name.split()
    low = [i for i, w in enumerate(words) if w.islower()]
    if not low:
        return name
    return " ".join(words[low[-1] + 1 :]) or None


def _fallback_source(state: State) -> str | None:
    """The source for figures no cue of this sentence covers (GUIDE 13)."""
    text, spans, si = state.text, state.spans, state.si
    name = _quote_source(text, spans, state.paras, si) or _statement_source(state)
    nxt_text = state.next_in_para()
    if name is None and nxt_text:
        name = attribution.continued_source(nxt_text)
    if name is None:
        name = _tweet_source(state)
    same_para = state.same_para()
    if name is None and same_para and _continues(state.sentence):
        # An earlier sentence of the same paragraph whose account this one continues.
        name = attribution.find_source(state.other(same_para[-1]))
    if (
        name is None
        and same_para
        and (_goes_on(state.sentence) or _same_measure(state.sentence, state.other(same_para[-1])))
    ):
        # "..., police said. Five people were shot": a count opening the next sentence carries on
        # an account that the sentence before gave as a whole (not one that covers only part of it).
        # So does the telling of the harm itself ("..., police said. He came back and shot all four
        # victims"); background the reporter adds ("The bar employs 12 people") does not.
        name = _account_before(state, same_para)
    return name


def _goes_on(sentence: str) -> bool:
    """Whether a sentence with no attribution of its own reads as going on with the account before it."""
    return bool(
        _NUMBER_OPENER.match(sentence)
        or _HARMED.search(sentence)
        or _SEIZED.search(sentence)
        or _IT_OPENER.match(sentence)
        or _BACK_OPENER.match(sentence)
        or _continues(sentence)
    )


def _account_before(state: State, same_para: list[int]) -> str | None:
    """The account the sentence before gives as a whole, or that it refers back to: "..., according to agency
    data. That was up from 1.75 million hours. The figures cover 14,000 overflows" is the agency's throughout.
    Only a sentence that opens on a demonstrative for the figure before ("That was") passes an account on."""
    for k in reversed(same_para):
        sentence = state.other(k)
        account = _whole_account(sentence)
        if account or attribution.cues(sentence) or not _BACK_OPENER.match(sentence):
            return account
    return None


#: Shares and sums, the measures a release of statistics runs on from sentence to sentence.
_MEASURES = (
    re.compile(r"\d\s?%|\b(?:per\s?cent|percent)\b", re.I),
    re.compile(r"[$€£]\s?\d|\b\d[\d,.]*\s+(?:dollars|euros|pounds)\b"),
)


def _statement_source(state: State) -> str | None:
    """Who a statement printed without quote marks is by: the paragraph right after one that ends "the mayor
    issued the following statement:" is that statement (the quoted kind is ``_quote_source``'s)."""
    k = state.para_start()
    if k == 0:
        return None
    intro = state.other(k - 1)
    return attribution.statement_author(intro) if intro.rstrip().endswith(":") else None


def _same_measure(sentence: str, before: str) -> bool:
    """ "Inflation was 3.4%, the bureau said. Food prices rose 5.1%.": a share after a share, or a sum after a
    sum, goes on with the release the sentence before gave whole."""
    return any(m.search(sentence) and m.search(before) for m in _MEASURES)


def _tweet_source(state: State) -> str | None:
    """GUIDE 6: an embedded tweet's figures are its account holder's. The signature closes the tweet's
    paragraph ("... 2 shot. One died. — Jo Roe (@jroe) May 2, 2016") or opens the line after it."""
    si, spans, paras = state.si, state.spans, state.paras
    k = si + 1
    while k < len(spans) and paras[k] == paras[si] and k - si <= 4:
        name = attribution.tweet_signature(state.other(k))
        if name:
            return name
        k += 1
    return attribution.tweet_author(state.other(k)) if k < len(spans) else None


def _opens_on_quote(state: State) -> bool:
    return state.other(state.para_start()).lstrip()[:1] in (_QUOTE_OPEN, '"')


def _earlier_speaker(state: State, reach: int = 3, paragraphs: int = 3) -> str | None:
    """Who "he said" is: the attribution nearest before, within ``reach`` sentences and the current
    paragraph and ``paragraphs - 1`` before it."""
    seen = {state.paras[state.si]}
    for k in range(state.si - 1, max(-1, state.si - reach - 1), -1):
        seen.add(state.paras[k])
        if len(seen) > paragraphs:
            break
        name = attribution.last_speaker(state.other(k))
        if name:
            return name
        if state.paras[k] == state.paras[state.si]:
            # "Jo Roe, 21, who lives nearby, walked past. He said ...": the person the paragraph opened on,
            # before any speaker further back.
            name = attribution.aged_subject(state.other(k))
            if name:
                return name
    if state.si > 0 and state.paras[state.si - 1] == state.paras[state.si]:
        # "Researchers followed 1,200 patients. They found ...": no one spoke before; the pronoun is the
        # subject of the sentence before it, when that is a body or a person.
        return attribution.opening_speaker(state.other(state.si - 1), state.sentence)
    return None


def _whole_account(sentence: str) -> str | None:
    """The source of a sentence whose attribution covers all of it: "according to X", "..., X said",
    or "X reported that ..." heading the sentence.

    "X says she ..." covers its own clause only: the next sentence may be the article's background.
    """
    if _quotes_speech(sentence):
        return None  # a quotation is the speaker's own words, not an account that the next sentence goes on with
    for c in attribution.cues(sentence):
        if c.scope != "after" or attribution.leads_account(sentence, c):
            return c.name
    return None


#: A quoted span: its words, and the punctuation it may close on.
_QUOTED = re.compile(r"[“\"]([^“”\"]*)[”\"]")


def _quotes_speech(sentence: str) -> bool:
    """Whether a sentence quotes someone's words: a quotation left open, or a quoted span that closes on
    punctuation or runs to a clause ('"We are shocked," she said'). A short quoted name ("Night Harbour",
    a film's or a ship's) is no one's words."""
    spans = _QUOTED.findall(sentence)
    if len(spans) * 2 != len(re.findall(r"[“”\"]", sentence)):
        return True
    return any(q.rstrip()[-1:] in ",.!?;:" or len(q.split()) >= 6 for q in spans)


def modality(state: State) -> None:
    """How sure each figure is said: asserted, reported (by someone), possible, or denied."""
    sentence = state.sentence
    hedges = attribution.Hedges(sentence)
    denied, topic = _denied(state)
    question = attribution.yes_no_question(sentence)
    for d in state.drafts:
        cue, aside = state.cue(d)
        rel_s, rel_e = state.rel(d)
        q = d.quantity
        d.modality = "asserted"
        if (
            d.source is not None
            or d.quoted
            or (
                not aside
                and (
                    attribution.unnamed_report(sentence, rel_s, rel_e)
                    or (cue is None and attribution.pronoun_speaker(sentence, rel_s, rel_e))
                )
            )
        ):
            d.modality = "reported"
        # "an 18-year insurgency" names a thing, not a hedged figure; "24-48 hours" is a range.
        attributive = q.kind == "age" or (q.kind == "duration" and "-" in q.text and q.qualifier != "range")
        if (
            not aside
            and not attributive
            and (
                (
                    not attribution.given_count(sentence, rel_s)
                    and cue is not None
                    and cue.verb in attribution.HEDGE_VERBS
                    and (
                        cue.verb not in vocab.BELIEF_VERBS
                        or cue.end > rel_s
                        or attribution.belief_covers(sentence[cue.end : rel_s])
                    )
                )
                or (not attribution.given_count(sentence, rel_s) and hedges.near(rel_s, rel_e, d.source is not None))
                or re.search(r"\bestimated\b", q.text, re.I)
                or question
            )
        ):
            d.modality = "possible"
        if d.forecaster:
            d.modality = "possible"  # what was expected, not what happened
        if denied and not aside and (not topic or _names_topic(sentence, rel_s, topic, d.source)):
            if attribution.counter_account(sentence, rel_s):
                # "disputed the count of 19, saying several were asteroids": the denier's own account.
                d.modality = "possible" if d.modality == "possible" else "reported"
            else:
                d.modality = "denied"


def _denied(state: State) -> tuple[bool, frozenset[str]]:
    """Whether the sentence's figures are called false, and what the denial names of them (empty: all of
    them). The sentence denies its account, or the next one does ("This information is false", "A
    spokesperson said the consultancy figure was wrong"), or the paragraph after it opens on calling the
    figures before false ("The command called both figures false")."""
    if attribution.denied(state.sentence):
        return True, frozenset()
    nxt_text = state.next_in_para()
    if not nxt_text:
        # the last sentence of its paragraph: the next paragraph may open on denying it
        opening = state.other(state.si + 1) if state.si + 1 < len(state.spans) else ""
        topic = attribution.denial_of_the_one_before(opening, opening=True) if opening else None
        return topic is not None, topic or frozenset()
    topic = attribution.denial_of_the_one_before(nxt_text)
    if topic is not None:
        return True, topic
    it_is_false = bool(
        attribution.denied(nxt_text)
        and re.match(r"(?:The|This|That|It|But|However)\b", nxt_text)
        and re.search(
            r"\b(?:this|the|that|these)\s+(?:information|report|claim|figure|video|footage)|\bit\b", nxt_text, re.I
        )
    )
    return it_is_false, frozenset()


def _names_topic(sentence: str, rel_s: int, topic: frozenset[str], source: str | None) -> bool:
    """Whether the figure at ``rel_s`` is the one a denial names: its clause or its source names the
    topic ("spent almost £900,000 on consultants" for "the consultancy figure", Achterberg's figure for
    "Achterberg's savings figure"). Clauses part at "; ", ", and", "and that"."""
    cuts = [0, *(m.end() for m in _CLAUSE_CUT.finditer(sentence, 0, rel_s))]
    end = _CLAUSE_CUT.search(sentence, rel_s)
    clause = sentence[cuts[-1] : end.start() if end else len(sentence)]
    return attribution.names_topic(f"{clause} {source or ''}", topic)


_CLAUSE_CUT = re.compile(r";\s|,\s+(?:and|but|while)\s|\s+and\s+that\b")


# ---- quoted speech ----------------------------------------------------------------

# A sentence that carries on the account before it: it opens on the same people or
# report ("They", "The footage", "Of those") rather than a new topic.
_CONTINUES = re.compile(
    r"^[“\"]?(?:They|These|Those|Of\s+(?:these|those|them)|The\s+(?:footage|video|report|figures?|"
    r"data|survey|study|numbers?|toll|count|tally)|Among\s+(?:them|those)|Most\s+of|"
    r"Some\s+of|All\s+of|Of\s+the|Another|A\s+further|In\s+addition|"
    # "Most were children", "Many had no insurance": a quantifier standing for those just counted;
    # "The 22-year-old has ...": the person the account before was about.
    r"(?:Most|Many|Some|Half|None|Several|Both|All)\s+(?:were|are|was|is|had|have|remain(?:ed)?)|"
    r"The\s+\d{1,3}-year-old)\b"
)


_NUMBER_WORDS = "|".join(sorted({*vocab.SMALL_NUMBERS, *vocab.TENS}, key=len, reverse=True))
#: Qualifier words a count may open on: "About 950 contacts ...", "Between 8 and 12 inches ...".
_OPENING_QUALIFIERS = "|".join(
    sorted((q for qs in vocab.LEFT_QUALIFIERS.values() for q in qs if len(q) > 1), key=len, reverse=True)
)
#: A sentence that opens on a count: "Five people ...", "The three other victims ...", "All four ...",
#: "Two of the men ...". Four digits are left out: "2016 was ..." opens on a year.
_NUMBER_OPENER = re.compile(
    # "The other four": the rest of the count the account before began ("one is critical. The other four ...").
    r"^(?:(?:The(?:\s+other|\s+remaining)?|All|Another|A\s+further|(?i:between|" + _OPENING_QUALIFIERS + r"))\s+)?"
    r"(?:\d{1,3}(?:,\d{3})*|(?i:" + _NUMBER_WORDS + r"))"
    r"\b(?![.,:]?\d)(?!-)"
)


#: "..., the insurer said. It expects claims of $8 million": "it" goes on with the body or the thing the
#: account before was about, so the account goes on too; so does "Its" ("Its net debt stands at ...").
_IT_OPENER = re.compile(r"^(?:It\s+(?!is\s|was\s|has\s+been\s|will\s+be\s)|Its\s)")
#: A sentence that opens on a demonstrative for the figure before ("That was up from", "This is twice"): the
#: figure's account passes on through it to the sentence after.
_BACK_OPENER = re.compile(r"^(?:That|This)\s+(?:was|is|compares|marks)\b")
#: A sentence that tells of people harmed, or of shootings and killings as a tally counts them.
_HARMED = re.compile(
    r"\b(?:killed|killings?|shot|shootings?|wounded|wounding|injured|injuring|hurt|died|dead|fatally)\b", re.I
)


#: A sentence that tells what a search turned up or what was seized: the account of the search goes on
#: ("..., the sergeant said. A search of the van yielded 40 grams of heroin").
_SEIZED = re.compile(
    r"\bsearch(?:es)?\b[^.;]{0,60}\b(?:yielded|turned\s+up|uncovered|found|located)\b|"
    r"\b(?:seized|confiscated)\b",
    re.I,
)


def _continues(sentence: str) -> bool:
    return _CONTINUES.match(sentence) is not None


_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"


def _quote_source(text: str, spans: list[tuple[int, int]], paras: list[int], si: int) -> str | None:
    """Who speaks a quotation the sentence lies in: the attribution right after the
    closing quote, or before the opening one; a paragraph that opens on a quote
    carries on an unclosed quotation of the paragraph before."""
    s = spans[si][0]
    k0 = si
    while k0 > 0 and paras[k0 - 1] == paras[si] and si - k0 < 12:
        k0 -= 1
    k1 = si
    while k1 + 1 < len(spans) and paras[k1 + 1] == paras[si] and k1 - si < 12:
        k1 += 1
    # Bounded look-around: a quotation longer than a few sentences is not followed.
    p_start, p_end = max(spans[k0][0], s - 1500), min(spans[k1][1], spans[si][1] + 1500)
    head = text[p_start : s + 2]
    # Straight quotes pair up from the paragraph's own start: a window that begins inside a quotation would
    # read every later one the wrong way round (pages that run their paragraphs together).
    q0 = k0
    while q0 > 0 and paras[q0 - 1] == paras[si]:
        q0 -= 1
    straight_open = text.count('"', spans[q0][0], s + 2) % 2 == 1
    opened = max(head.rfind(_QUOTE_OPEN), head.rfind('"') if straight_open else -1)
    closed = head.rfind(_QUOTE_CLOSE)
    if opened < 0 or closed > opened:
        return None
    o = p_start + opened
    name = _speaker_after(text, s, o, p_end)
    if name:
        return name
    before = text[p_start:o]
    if before.strip():
        name = attribution.find_source(before)
        if name:
            return name
    # '“...," Jo Roe said. "He also shot at the crowd, hitting 14 people."': a quotation with no speaker of
    # its own, after one the paragraph gave, goes on in that speaker's voice (quote marks may be mixed).
    name = attribution.last_speaker(text[p_start:s])
    if name:
        return name
    # A paragraph opening on a quote carries on the previous paragraph's open quotation.
    if o == p_start and k0 > 0:
        prev_s = k0 - 1
        q0 = prev_s
        while q0 > 0 and paras[q0 - 1] == paras[prev_s] and prev_s - q0 < 12:
            q0 -= 1
        prev = text[spans[q0][0] : spans[prev_s][1]]
        if prev.count(_QUOTE_OPEN) > prev.count(_QUOTE_CLOSE):
            return attribution.find_source(prev[: prev.rfind(_QUOTE_OPEN)] or prev)
        if prev.rstrip().endswith(":"):
            # "Senator Jo Roe released the following statement:" and the statement, quoted, as the next paragraph.
            return attribution.statement_author(prev) or attribution.last_speaker(prev)
    return None


def _speaker_after(text: str, s: int, o: int, p_end: int) -> str | None:
    """The attribution right after the quotation opened at ``o`` closes: "…,” said Jo Bloggs."""
    close = -1
    for ch in (_QUOTE_CLOSE, '"'):
        c = text.find(ch, max(s, o + 1), p_end)
        if c >= 0 and (close < 0 or c < close):
            close = c
    if close < 0:
        return None
    m = _AFTER_QUOTE.match(text[close + 1 : min(p_end, close + 260)])
    if not m:
        return None
    return attribution.find_source(m.group(0)) or _first_name(m.group(1) or m.group(2))


#: A speaker named by a pronoun only, right after a quotation closes: '," she said', '," he added, "'.
_PRONOUN_AFTER_QUOTE = re.compile(
    r"\s*,?\s*(?:(?:he|she|they)\s+(?:also\s+|later\s+)?(?:" + "|".join(vocab.QUOTE_TAG_VERBS) + r")|"
    r"(?:said|says|added|adds)\s+(?:he|she))\b"
)
#: The same speaker closing the paragraph's text before a quotation opens: '“It was hard,” she said. “...'.
_PRONOUN_BEFORE_QUOTE = re.compile(
    r"\b(?:he|she|they)\s+(?:also\s+|later\s+)?(?:" + "|".join(vocab.QUOTE_TAG_VERBS) + r")[.:,]?\s*$"
)


def _pronoun_quote(text: str, spans: list[tuple[int, int]], paras: list[int], si: int) -> bool:
    """Whether the sentence lies in a quotation of its paragraph whose speaker is only "he", "she" or "they".

    Tagged after the quotation closes ('“Forty years of this,” he said, “taught me ...”') or just before it
    opens ('“It was hard,” she said. “We lost 40 staff.”'): quoted speech, reported, by whoever that is.
    """
    s, e = spans[si]
    k0 = k1 = si
    while k0 > 0 and paras[k0 - 1] == paras[si] and si - k0 < 12:
        k0 -= 1
    while k1 + 1 < len(spans) and paras[k1 + 1] == paras[si] and k1 - si < 12:
        k1 += 1
    p_start, p_end = max(spans[k0][0], s - 1500), min(spans[k1][1], e + 1500)
    head = text[p_start : s + 2]
    opened = head.rfind(_QUOTE_OPEN)
    if opened < 0 or head.rfind(_QUOTE_CLOSE) > opened:
        return False
    o = p_start + opened
    # The closing mark may be a straight one: '“Forty years of this," he said'.
    closes = [c for ch in (_QUOTE_CLOSE, '"') if (c := text.find(ch, max(s, o + 1), p_end)) >= 0]
    if closes and _PRONOUN_AFTER_QUOTE.match(text, min(closes) + 1, p_end):
        return True
    return _PRONOUN_BEFORE_QUOTE.search(text[p_start:o]) is not None


# The full stop of a short title ("Lt. Joe Gomez", "Sgt. Ann Lee") does not end the speaker's name.
_TITLE_STOP = r"(?<=\b[A-Z][a-z])\.(?=\s[A-Z])|(?<=\b[A-Z][a-z]{2})\.(?=\s[A-Z])|(?<=\b[A-Z][a-z]{3})\.(?=\s[A-Z])"
_QUOTE_CLOSERS = "|".join(vocab.QUOTE_CLOSING_VERBS)
_AFTER_QUOTE = re.compile(
    r"\s*,?\s*(?:(?:said|says|added|wrote|told|explained|noted|"
    + _QUOTE_CLOSERS
    + r")\s+((?:[^,.]|"
    + _TITLE_STOP
    + r"){2,80})|((?:[^,.“”\"]|"
    + _TITLE_STOP
    + r"){2,80}?)(?:,[^“”\"]{0,160},)?\s+(?:said|says|added|adds|wrote|"
    r"told|explained|noted|stated|claimed|" + _QUOTE_CLOSERS + r")\b)"
)


#: A speaker named by a common noun right after a quotation closes ('," the patient said', '," said a neighbour'):
#: in that place the noun can only be who spoke.
_COMMON_SPEAKER = re.compile(r"(?:the|a|an|his|her|their)\s+((?:[a-z][a-z’'-]+\s+){0,2}[a-z][a-z’'-]+)")


def _first_name(raw: str | None) -> str | None:
    if not raw:
        return None
    words = raw.split()
    caps = [w for w in words if w[:1].isupper()]
    if not caps:
        common = _COMMON_SPEAKER.fullmatch(raw.strip())
        return attribution.find_source(raw + " said") or (common.group(1) if common else None)
    # "study lead author Lucas Paganini" -> "Lucas Paganini"
    k = len(words)
    while k > 0 and not words[k - 1][:1].isupper():
        k -= 1
    j = k
    while j > 0 and words[j - 1][:1].isupper():
        j -= 1
    name = " ".join(words[j:k])
    return name if name.lower() not in vocab.PRONOUNS else None


# ---- the pipeline -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stage:
    """A named step. ``run`` is None for a stage that runs inside the scanner (``shapes``)."""

    name: str
    per: Literal["document", "sentence"]
    run: Callable[[State], None] | None
    required: bool = False


#: The stages, in the order they run.
STAGES: tuple[Stage, ...] = (
    Stage("tokens", "document", tokens, required=True),
    Stage("numbers", "document", numbers, required=True),
    Stage("shapes", "document", None),
    Stage("figure_filter", "sentence", figure_filter),
    Stage("counted", "sentence", counted),
    Stage("event", "sentence", event),
    Stage("place", "sentence", place),
    Stage("time", "sentence", time),
    Stage("source", "sentence", source),
    Stage("modality", "sentence", modality),
)
NAMES: tuple[str, ...] = tuple(s.name for s in STAGES)
#: The stages ``skip`` may name.
SWITCHABLE: tuple[str, ...] = tuple(s.name for s in STAGES if not s.required)


def validate_skip(skip: frozenset[str]) -> None:
    """Refuse a ``skip`` that names an unknown stage or a required one."""
    unknown = sorted(skip - set(NAMES))
    if unknown:
        raise ValueError(f"unknown extraction stage(s) {unknown}: the stages are {list(NAMES)}")
    required = sorted(s.name for s in STAGES if s.required and s.name in skip)
    if required:
        raise ValueError(f"stage(s) {required} cannot be skipped: every later stage reads what they find")


def run_document(state: State) -> None:
    """The document stages: sentences and numbers."""
    for stage in STAGES:
        if stage.per == "document" and stage.run is not None and stage.name not in state.skip:
            stage.run(state)


def run_sentence(state: State, si: int, found: list[Quantity]) -> list[Claim]:
    """The claims of sentence ``si`` from the numbers ``found`` in it."""
    state.enter(si, found)
    for stage in STAGES:
        if not state.drafts:
            break  # no figure: the sentence's context is not even read
        if stage.per == "sentence" and stage.run is not None and stage.name not in state.skip:
            stage.run(state)
    return state.claims_of_sentence()
