"""The extractor as named stages (issue 13, item 2): each stage alone on a hand-made state,
the documented order, switching stages off, and the stages that cannot be."""

from __future__ import annotations

from datetime import date

import pytest

from extractors import Claim, Quantity, extract_claims, extract_figures, stages
from extractors.stages import State

PUB = date(2026, 3, 12)  # a Thursday


def _count(text: str, figure: str, kind: str = "count", unit: str | None = None, value: float = 0.0) -> Quantity:
    start = text.index(figure)
    return Quantity(figure, start, start + len(figure), value, value, "exact", kind, unit)  # type: ignore[arg-type]


def _one_sentence(text: str, *figures: Quantity, published: date | None = None) -> State:
    """A state on a one-sentence text, as the runner leaves it before the sentence stages."""
    state = State(text, published, spans=[(0, len(text))], paras=[0])
    state.enter(0, list(figures))
    return state


def test_the_stages_run_in_the_documented_order() -> None:
    documented = "tokens → numbers → shapes → figure_filter → counted → event → place → time → source → modality"
    assert " → ".join(stages.NAMES) == documented
    assert documented in (stages.__doc__ or "")
    assert [n for n in stages.NAMES if n not in stages.SWITCHABLE] == ["tokens", "numbers"]
    assert [s.per for s in stages.STAGES] == ["document"] * 3 + ["sentence"] * 7


def test_tokens_splits_sentences_and_paragraphs() -> None:
    text = "Crews cleared 14 roads. Two bridges stayed shut.\n\nThe ferry ran late."
    state = State(text)
    stages.tokens(state)
    assert [text[s:e] for s, e in state.spans] == [
        "Crews cleared 14 roads.",
        "Two bridges stayed shut.",
        "The ferry ran late.",
    ]
    assert state.paras == [0, 0, 1]
    assert state.quantities == []  # numbers is a stage of its own


def test_numbers_scans_the_quantities() -> None:
    state = State("About 40 volunteers and 3 tonnes of sand arrived.")
    stages.numbers(state)
    assert [(q.text, q.low, q.qualifier, q.kind) for q in state.quantities] == [
        ("About 40", 40.0, "approx", "count"),
        ("3 tonnes", 3.0, "exact", "weight"),
    ]
    assert state.spans == []  # tokens is a stage of its own


def test_figure_filter_drops_a_time_window_and_keeps_the_count() -> None:
    text = "The rain fell for the last 3 days and flooded 40 homes."
    window = _count(text, "3 days", kind="duration", unit="days", value=3)
    homes = _count(text, "40", value=40)
    state = _one_sentence(text, window, homes)
    stages.figure_filter(state)
    assert [d.quantity for d in state.drafts] == [homes]


def test_counted_reads_the_noun_and_borrows_it_for_a_bare_numeral() -> None:
    text = "Nine sailors were rescued and 4 others are missing."
    state = _one_sentence(text, _count(text, "Nine", value=9), _count(text, "4", value=4))
    stages.counted(state)
    assert [d.counted for d in state.drafts] == ["sailors", "other sailors"]  # GUIDE 23: the others
    assert [d.event for d in state.drafts] == [None, None]  # only its own field


def test_counted_takes_the_noun_of_a_claim_in_an_earlier_sentence() -> None:
    text = "The storm damaged 80 homes. Crews have repaired 30 of them."
    state = State(text, spans=[(0, 27), (28, len(text))], paras=[0, 0])
    earlier = Claim(_count(text, "80", value=80), "homes", None, None, None, None, "asserted", text[:27], 0, 27)
    state.claims.append(earlier)
    state.enter(1, [_count(text, "30", value=30)])
    stages.counted(state)
    assert state.drafts[0].counted == "homes"


def test_counted_reads_a_death_toll_and_event_says_died() -> None:
    text = "The death toll from the landslide rose to 9."
    state = _one_sentence(text, _count(text, "9", value=9))
    stages.counted(state)
    assert (state.drafts[0].counted, state.drafts[0].toll) == ("deaths", True)
    stages.event(state)
    assert state.drafts[0].event == "died"


def test_event_reads_the_verb_and_falls_back_on_the_noun_role() -> None:
    text = "The vet said 23 hikers were rescued from the ridge by volunteers."
    state = _one_sentence(text, _count(text, "23", value=23))
    state.drafts[0].counted = "hikers"
    stages.event(state)
    assert state.drafts[0].event == "rescued from the ridge by volunteers"
    text = "There were 11 fatalities."
    state = _one_sentence(text, _count(text, "11", value=11))
    state.drafts[0].counted = "fatalities"
    stages.event(state)
    assert state.drafts[0].event == "died"


def test_place_reads_the_sentence_and_else_the_paragraph() -> None:
    text = "Floods forced 300 families from their homes in Carlisle."
    state = _one_sentence(text, _count(text, "300", value=300))
    stages.place(state)
    assert state.drafts[0].place == "Carlisle"
    text = "The river burst its banks in Penrith. Some 60 shops were flooded."
    state = State(text, spans=[(0, 37), (38, len(text))], paras=[0, 0])
    state.enter(1, [_count(text, "60", value=60)])
    stages.place(state)
    assert state.drafts[0].place == "Penrith"


def test_time_resolves_against_the_publication_date_and_sets_the_scope() -> None:
    text = "Police arrested 6 people on Tuesday."
    state = _one_sentence(text, _count(text, "6", value=6), published=PUB)
    stages.time(state)
    d = state.drafts[0]
    assert d.time is not None and d.time.text == "on Tuesday"
    assert (d.time.start, d.time.end) == (date(2026, 3, 10), date(2026, 3, 10))
    assert d.scope == "period"
    text = "Police have arrested 6 people so far on Tuesday."
    state = _one_sentence(text, _count(text, "6", value=6), published=PUB)
    stages.time(state)
    assert state.drafts[0].scope == "total"  # "so far": a running total


def test_source_reads_a_cue_and_a_closing_quotation() -> None:
    text = "The county police said that 14 people were arrested."
    state = _one_sentence(text, _count(text, "14", value=14))
    stages.source(state)
    assert state.drafts[0].source == "county police"
    assert state.drafts[0].modality == "asserted"  # modality is its own stage
    text = "“We found 12 more in the drifts,” said Mary Tolland."
    state = _one_sentence(text, _count(text, "12", value=12))
    stages.source(state)
    assert state.drafts[0].source == "Mary Tolland"


def test_modality_reads_the_source_a_hedge_and_a_denial() -> None:
    text = "The 40 crews are on standby."
    state = _one_sentence(text, _count(text, "40", value=40))
    stages.modality(state)
    assert state.drafts[0].modality == "asserted"
    state.drafts[0].source = "the council"  # as the source stage would leave it
    stages.modality(state)
    assert state.drafts[0].modality == "reported"
    text = "The wardens now fear that 25 trees could fall in the gale."
    state = _one_sentence(text, _count(text, "25", value=25))
    stages.modality(state)
    assert state.drafts[0].modality == "possible"
    text = "The hospital trust denied that 18 wards were closed."
    state = _one_sentence(text, _count(text, "18", value=18))
    stages.modality(state)
    assert state.drafts[0].modality == "denied"


RICH = (
    "The county police said that 14 people were arrested in Carlisle on Tuesday after the match. "
    "Officers may have detained 3 more, the force added."
)
DEFAULTS = {"counted": None, "event": None, "place": None, "time": None, "source": None, "modality": "asserted"}


@pytest.mark.parametrize("stage", list(DEFAULTS))
def test_a_skipped_attribute_stage_leaves_its_field_at_its_default(stage: str) -> None:
    full = extract_figures(RICH, PUB).claims
    assert [c.quantity.text for c in full] == ["14", "3"]
    assert getattr(full[0], stage) != DEFAULTS[stage]  # the stage fills the field when it runs
    off = extract_figures(RICH, PUB, skip=frozenset({stage})).claims
    assert [c.quantity for c in off] == [c.quantity for c in full]
    assert [getattr(c, stage) for c in off] == [DEFAULTS[stage]] * 2
    others = [f for f in DEFAULTS if f not in (stage, "event", "modality")]  # event reads counted, modality source
    assert [[getattr(c, f) for f in others] for c in off] == [[getattr(c, f) for f in others] for c in full]
    assert extract_claims(RICH, PUB, skip=frozenset({stage})) == list(off)


def test_skipping_time_leaves_the_scope_total() -> None:
    assert extract_figures(RICH, PUB).claims[0].scope == "period"
    assert {c.scope for c in extract_figures(RICH, PUB, skip=frozenset({"time"})).claims} == {"total"}


def test_skipping_the_figure_filter_keeps_a_time_window() -> None:
    text = "The rain fell for the last 3 days and flooded 40 homes."
    assert [c.quantity.text for c in extract_claims(text)] == ["40"]
    assert [c.quantity.text for c in extract_claims(text, skip=frozenset({"figure_filter"}))] == ["3 days", "40"]


def test_all_attribute_stages_off_leaves_bare_figures() -> None:
    claims = extract_claims(RICH, PUB, skip=frozenset(DEFAULTS))
    assert [(c.quantity.text, c.counted, c.event, c.place, c.time, c.source, c.modality) for c in claims] == [
        ("14", None, None, None, None, None, "asserted"),
        ("3", None, None, None, None, None, "asserted"),
    ]


@pytest.mark.parametrize("stage", ["tokens", "numbers"])
def test_a_required_stage_cannot_be_skipped(stage: str) -> None:
    with pytest.raises(ValueError, match=f"'{stage}'.*cannot be skipped"):
        extract_figures(RICH, PUB, skip=frozenset({stage}))
    with pytest.raises(ValueError, match="cannot be skipped"):
        extract_claims("", skip=frozenset({stage}))  # refused before the text is even looked at


def test_an_unknown_stage_is_refused_with_the_stage_list() -> None:
    with pytest.raises(ValueError, match=r"unknown extraction stage\(s\) \['nouns'\].*'modality'"):
        extract_figures(RICH, skip=frozenset({"nouns"}))


def test_skipping_shapes_leaves_bare_numbers() -> None:
    text = "Sales rose to between 3 and 5 million units, worth $40 million."
    shaped = [c.quantity for c in extract_figures(text, PUB).claims]
    bare = [c.quantity for c in extract_figures(text, PUB, skip=frozenset({"shapes"})).claims]
    assert any(q.kind == "money" for q in shaped) and any(q.qualifier == "range" for q in shaped)
    assert bare and all(q.kind != "money" and q.qualifier != "range" for q in bare)


def test_the_scanned_quantities_come_with_the_claims() -> None:
    text = "About 200 soldiers were captured over the last 3 days."
    extraction = extract_figures(text, PUB)
    assert [q.text for q in extraction.quantities] == ["About 200", "3 days"]
    assert [c.quantity.text for c in extraction.claims] == ["About 200"]  # a time window is not a figure


def test_a_sentence_without_figures_reads_no_context() -> None:
    text = "The rain fell for the last 3 days."
    state = _one_sentence(text, _count(text, "3 days", kind="duration", unit="days", value=3))
    assert stages.run_sentence(state, 0, [d.quantity for d in state.drafts]) == []
    assert state._cues is None  # the source and modality stages never ran


@pytest.mark.parametrize(
    "text",
    [
        "Over the past six years, 31 people were arrested at the depot.",
        "Wardens counted 9 stranded hikers in the last two years.",
        "The shelter took in 25 dogs this month.",
    ],
)
def test_time_takes_a_window_before_a_longer_series_for_a_period_without_a_publication_date(text: str) -> None:
    # The window counts a part of the series, not its running total, even when no date resolves it;
    # the change keys read the same phrase list (vocabulary SUB_PERIOD_PATTERN).
    figure = next(w for w in text.split() if w.isdigit())
    state = _one_sentence(text, _count(text, figure, value=float(figure)))
    stages.time(state)
    d = state.drafts[0]
    assert d.time is not None and d.time.start is None
    assert d.scope == "period"
    plain = "Wardens counted 9 stranded hikers."
    state = _one_sentence(plain, _count(plain, "9", value=9))
    stages.time(state)
    assert state.drafts[0].scope == "total"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # GUIDE 4: a window that scopes another figure is a time; a duration that is measured is a figure.
        ("Prices rose 4% over the last two weeks.", ["4%"]),
        ("The road closure will last at least two weeks.", ["at least two weeks"]),
        ("The hearings are expected to last three days.", ["three days"]),
    ],
)
def test_last_as_a_verb_measures_a_duration(text: str, figures: list[str]) -> None:
    assert [c.quantity.text for c in extract_figures(text, PUB).claims] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # GUIDE 4: a streak's length is what is measured; "ago" dates something, a time
        ("The show sold out 30 nights in a row.", ["30 nights"]),
        ("Exports have fallen for five months running.", ["five months"]),
        ("The storm kept ferries in port for 9 days straight.", ["9 days"]),
        ("The bridge was closed two weeks ago.", []),
    ],
)
def test_a_streak_is_a_duration_and_a_time_ago_is_not(text: str, figures: list[str]) -> None:
    assert [c.quantity.text for c in extract_figures(text, PUB).claims] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Three men were shot, one fatally, near the bridge.", ["Three", "one"]),
        ("Five people were stabbed, one critically and two slightly.", ["Five", "one", "two"]),
        ("One reporter reportedly asked twice.", ["twice"]),
    ],
)
def test_one_with_how_it_ended_counts_a_person(text: str, figures: list[str]) -> None:
    assert [c.quantity.text for c in extract_figures(text, PUB).claims] == figures
