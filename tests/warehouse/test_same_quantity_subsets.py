"""Counts that name a subset of a toll: the pair model must keep them apart from the toll itself.
Sentences written for these tests, after GUIDE.md decisions 18 and 23."""

from __future__ import annotations

from extractors.same_quantity import different_quantities
from tests.warehouse.test_same_quantity import side


def test_a_count_qualified_by_how_badly_people_were_hurt_is_not_the_injured_toll() -> None:
    toll = side("Seven people were wounded at the fairground.", "Seven", 7, counted="people", event="wounded")
    for sentence, figure, value in (
        ("Five of them were critically wounded at the fairground.", "Five", 5),
        ("The blast seriously injured four people at the fairground.", "four", 4),
        ("Six people remain in stable condition after the fairground attack.", "Six", 6),
        ("Three people were taken to hospital with minor injuries.", "Three", 3),
    ):
        part = side(sentence, figure, value, counted="people", event="injured", doc="d2")
        assert "severity" in part.mods, sentence
        assert different_quantities(toll, part), sentence
    # Two counts of one severity are one quantity; a severity in the next clause is not the figure's.
    a = side("Two people were critically injured in the crash.", "Two", 2, counted="people", event="injured")
    b = side("Three people were critically injured in the crash.", "Three", 3, counted="people", event="injured")
    assert not different_quantities(a, b)
    plain = side(
        "Eight people were hurt at the fair, and a boy remains in serious condition.",
        "Eight",
        8,
        counted="people",
        event="hurt",
    )
    assert "severity" not in plain.mods


def test_people_found_at_the_scene_are_not_the_toll_of_those_hurt() -> None:
    # Others reach hospitals on their own: those found are another count (as GUIDE 18's entrants).
    toll = side("Five people were shot outside the cinema.", "Five", 5, counted="people", event="shot")
    found = side(
        "Officers arrived and found three people who had been shot.",
        "three",
        3,
        counted="people",
        event="shot",
        doc="d2",
    )
    assert "found" in found.mods
    assert different_quantities(toll, found)
    # the dead found are the dead
    bodies = side("Deputies found two people dead inside the house.", "two", 2, counted="people", event="dead")
    assert "found" not in bodies.mods
