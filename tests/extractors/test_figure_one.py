"""GUIDE decision 2 in the figure filter: "one" counts the people an event happened to
("one man was shot", "killing one", "one dead"), and is no figure as an article or a
pronoun ("one user quipped", "at one point", "one of them", "no one").

Every sentence here is written for this test; the GUIDE's own negative phrases are set in
sentences of ours. Extraction runs whole (scanner and stages), so a "one" the scanner does
not emit would fail the positive cases too.
"""

from __future__ import annotations

import pytest

from extractors import extract_claims


def _ones(sentence: str) -> list[str]:
    """The figures "one" (any case, qualifier words included: "only one") extracted from ``sentence``."""
    return [c.quantity.text for c in extract_claims(sentence) if c.quantity.text.lower().split()[-1] == "one"]


@pytest.mark.parametrize(
    "sentence",
    [
        # "one" + person noun, then what happened to them
        "One woman was stabbed outside the bakery on Friday.",
        "Police said one teenager has died after the crash on Route 9.",
        "One cyclist, aged 34, was taken to the hospital with leg injuries.",
        "One San Antonio fire officer was hurt when the roof gave way.",  # noun three words on
        "One adult and three children were injured when the balcony collapsed.",
        "ONE DRIVER WAS INJURED IN THE PILEUP ON THE BYPASS.",
        "Medics said one patient remains in critical condition.",
        "One miner is still in serious but stable condition.",
        "One hiker sustained a broken ankle in the fall.",
        "One guard — a 61-year-old from Leeds — was stabbed in the hand.",
        "Medics found one woman who had been stabbed in the leg.",
        "One inmate is listed in serious condition.",
        "Officers said one suspect was detained near the station.",
        # "one" + person noun + the state it was left in
        "The explosion left one worker dead and two others burned.",
        "One Passenger Dead After Ferry Collision",
        # an event verb with "one" as its object
        "The gunman shot one guard before fleeing on foot.",
        "A truck hit one pedestrian at the crossing.",
        "The driver swerved into the queue, killing one and injuring four.",
        # a bare "one" that the event happened to
        "Two climbers fell; one died on the way down.",
        "The crash left two dead and one critically injured.",
        "Five boys were hurt. One suffered burns to his arms.",
        "One Dead, Two Hurt In Highway Crash",
        "Two men were found in the car. One was pronounced dead at the scene.",
        # a bare "one" standing for a noun (the rule before this one)
        "Of the four wells tested, inspectors found lead in only one.",
    ],
)
def test_one_that_counts_people_an_event_happened_to_is_a_figure(sentence: str) -> None:
    assert len(_ones(sentence)) == 1, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the GUIDE's negatives, in sentences of ours
        "“Nice try,” one user quipped under the mayor's post.",
        "One campaign video shows the senator jogging by the river.",
        "The ban was unfair, one Weibo commenter wrote on Sunday.",
        "At one point the crowd outside the court fell silent.",
        "After two hours of debate the council could not settle on one.",
        # a person noun, but nothing happened to the person
        "One witness said the shots came from a grey van.",
        "One neighbour described the street as quiet.",
        "One passenger was unhurt and walked away.",
        "One officer was not injured in the scuffle.",
        # a verb that is also active needs its auxiliary to be what happened to them
        "One neighbour captured the chase on her phone.",
        "One officer hit the brakes as the van swerved.",
        # "One" inside a name, mid-sentence
        "She was flown to Regional One in critical condition.",
        # pronoun uses
        "No one was hurt in the fire at the depot.",
        "One of the suspects was arrested on Tuesday.",
        "She was the one who called the police.",
        "The players embraced one another after the final whistle.",
        # an event verb, but its object is no person
        "The crew shot one scene before the rain came.",
        "The storm hit one of the oldest barns in the county.",
        # "one" counting time or a thing with no event
        "One day the river simply stopped flooding the road.",
        "One reason the bridge closed was the wind.",
        "Three sailors were rescued and one is missing.",
    ],
)
def test_one_as_article_or_pronoun_is_no_figure(sentence: str) -> None:
    assert _ones(sentence) == [], sentence


def test_each_one_of_a_sentence_is_judged_on_its_own() -> None:
    sentence = "At one point the gunman fired again, and one man was shot in the arm."
    claims = [c for c in extract_claims(sentence) if c.quantity.text == "one"]
    assert [sentence[c.quantity.start - 6 : c.quantity.end + 4] for c in claims] == [", and one man"]
    assert claims[0].quantity.low == claims[0].quantity.high == 1
    assert claims[0].counted is not None and claims[0].counted.endswith("man")


def test_the_figure_filter_switched_off_keeps_every_one() -> None:
    sentence = "One campaign video shows one man was shot."
    assert _ones(sentence) == ["one"]
    kept = [c.quantity.text for c in extract_claims(sentence, skip=frozenset({"figure_filter"}))]
    assert kept.count("One") + kept.count("one") == 2
