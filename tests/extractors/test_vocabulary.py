"""The English vocabulary: one place for the words, and tables the rules can rely on."""

from __future__ import annotations

import re
import typing
from pathlib import Path

from extractors.records import Kind, Qualifier
from extractors.vocabulary import en as vocab

EXTRACTORS = Path(__file__).resolve().parents[2] / "extractors"
#: Modules whose word tables still wait to move into the vocabulary (other branches own them).
NOT_YET_MOVED: set[str] = set()


def test_month_names_are_written_in_the_vocabulary_only() -> None:
    spelled = re.compile(r"\bseptember\b", re.I)
    holders = {p.name for p in EXTRACTORS.glob("*.py") if spelled.search(p.read_text(encoding="utf-8"))}
    assert holders <= NOT_YET_MOVED, holders - NOT_YET_MOVED
    assert spelled.search((EXTRACTORS / "vocabulary" / "en.py").read_text(encoding="utf-8"))


def test_every_way_to_write_a_month_names_one_of_twelve() -> None:
    assert sorted(set(vocab.MONTHS.values())) == list(range(1, 13))
    assert [vocab.MONTHS[m] for m in vocab.MONTH_NAMES] == list(range(1, 13))
    assert set(vocab.MONTHS) >= vocab.WEAK_MONTHS
    # A regex built from the abbreviations must try "sept" before "sep".
    abbrevs = list(vocab.MONTH_ABBREVIATIONS)
    assert abbrevs.index("sept") < abbrevs.index("sep")


def test_qualifier_and_kind_tables_hold_only_known_values() -> None:
    qualifiers = set(typing.get_args(Qualifier))
    kinds = set(typing.get_args(Kind))
    assert set(vocab.LEFT_QUALIFIERS) <= qualifiers
    assert set(vocab.SUFFIX_QUALIFIERS.values()) <= qualifiers
    assert {kind for kind, _ in vocab.MEASURE_UNITS.values()} <= kinds
    assert {u for k, u in vocab.MEASURE_UNITS.values() if k == "duration"} == vocab.TIME_UNITS


def test_word_tables_are_lower_case_where_rules_compare_lower_case_tokens() -> None:
    lower_tables = [
        vocab.SMALL_NUMBERS,
        vocab.TENS,
        vocab.SCALES,
        vocab.FRACTIONS,
        vocab.ORDINALS,
        vocab.MONTHS,
        vocab.WEEKDAYS,
        vocab.MEASURE_UNITS,
        vocab.CURRENCY_WORDS,
        vocab.CURRENCY_CODES,
        vocab.DESIGNATORS,
        vocab.ROADS,
        vocab.NAME_OK_BEFORE,
        vocab.NOT_NAMES,
        vocab.APPOSED_PERSON_NOUNS,
        vocab.EVENT_PERSON_NOUNS,
        vocab.SENTENCE_ABBREVIATIONS,
        vocab.NP_STOP_WORDS,
        vocab.NP_VERB_BREAKS,
        vocab.NP_TIME_BREAKS,
        vocab.EVENT_TIME_STOPS,
        vocab.IRREGULAR_PAST,
        vocab.IRREGULAR_ING,
        vocab.NOT_EVENT_VERBS,
        vocab.CHANGE_VERBS,
        vocab.LY_NOUNS,
        vocab.SPEECH_VERBS,
        vocab.NOT_SOURCES,
        vocab.SOURCE_NOUNS,
        vocab.IRREGULAR_SINGULARS,
        vocab.SPLITTING_MODIFIERS,
        vocab.TIME_TAIL_WORDS,
        vocab.PLACE_DROP_WORDS,
        vocab.DURATION_SKIP_WORDS,
        vocab.STREET_SUFFIX_ABBREVIATIONS,
        vocab.NAME_NOISE_WORDS,
        vocab.STORY_STOP_WORDS,
    ]
    upper = sorted(w for table in lower_tables for w in table if w != w.lower())
    assert upper == []


def test_vague_amounts_are_ordered_intervals() -> None:
    for phrase, (low, high) in vocab.VAGUE_AMOUNTS.items():
        assert 0 < low < high, phrase


def test_irregular_verb_forms_lead_to_a_participle_the_table_knows() -> None:
    participles = {p for p in vocab.IRREGULAR_PAST.values() if p}
    # A participle reads as itself, so "were given" and "gave" name one event.
    assert {p: vocab.IRREGULAR_PAST.get(p) for p in participles} == {p: p for p in participles}
    assert set(vocab.IRREGULAR_ING.values()) <= participles


def test_time_words_that_end_a_phrase_name_every_weekday_but_no_modal() -> None:
    for table in (vocab.NP_TIME_BREAKS, vocab.EVENT_TIME_STOPS):
        assert set(vocab.WEEKDAYS) <= table
        assert "may" not in table  # "five people may have died": a modal, not a month
    assert {"march", "may"}.isdisjoint(vocab.NP_TIME_BREAKS)
    assert {"september", "december"} <= vocab.NP_TIME_BREAKS & vocab.EVENT_TIME_STOPS


def test_a_hedge_verb_is_a_speech_verb_and_a_longer_form_is_tried_first() -> None:
    # A hedge is read off the cue's speech verb, so a hedge verb no cue can carry would never apply.
    assert set(vocab.SPEECH_VERBS) >= vocab.HEDGE_VERBS
    speech = list(vocab.SPEECH_VERBS)
    for short, long in (("say", "says"), ("claim", "claims"), ("report", "reports")):
        assert speech.index(long) < speech.index(short)


def test_calendar_words_are_noise_in_names_stories_and_noun_phrase_tails() -> None:
    # "Monday Smith" is no name, "soldiers Monday" counts soldiers, and a month ties no two stories.
    calendar = set(vocab.WEEKDAYS) | set(vocab.MONTH_NAMES)
    for table in (vocab.TIME_TAIL_WORDS, vocab.NAME_NOISE_WORDS, vocab.STORY_STOP_WORDS):
        assert calendar <= table
    # A street written out and abbreviated keys the same: "Elm Street" is "Elm St".
    streets = vocab.STREET_SUFFIX_ABBREVIATIONS
    written = {a for a in streets.values() if a in streets}
    assert {"st", "ave", "rd", "blvd", "hwy"} <= written
    assert {streets[a] for a in written} == written
