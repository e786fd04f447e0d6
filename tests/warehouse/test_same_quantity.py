"""The pair model (extractors/same_quantity.py) on claims keyed from sentences written for these tests.

Each case keys two figures as ``claim_key`` does from a stored claim (counted, event, time,
source, the figure's sentence) and asks whether they are one quantity, after GUIDE.md's
"Same quantity" and decisions 20-23.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from extractors.linking import link_keys, load_model
from extractors.quantity_keys import ClaimKey, coordinated_part, normalise_place, report_source, settle_parts
from extractors.same_quantity import (
    Model,
    Side,
    different_people,
    different_quantities,
    features,
    model,
    one_bearer,
    verdict,
)
from tests.extractors.lookup import DAY, key


def side(sentence: str, figure: str, value: float, *, doc: str = "d1", **facets: Any) -> Side:
    """The pair model's side of ``key(sentence, figure, value, **facets)``, in document ``doc``."""
    k = key(sentence, figure, value, **facets)
    published = facets.get("published", DAY)
    return Side(
        doc_id=doc,
        version=1,
        source=k.source,
        measure=k.measure,
        event=k.event,
        time=k.time,
        mods=k.mods,
        counted_cls=k.counted_cls,
        counted_group=k.counted_group,
        counted_head=k.counted_head,
        names=k.names,
        place=k.place,
        part=k.part,
        individual=k.individual,
        named=k.named,
        low=k.low,
        high=k.high,
        published=published,
    )


def test_killed_injured_and_shot_are_three_quantities():
    killed = side("Two men were killed in the parking lot.", "Two", 2, counted="men", event="killed")
    injured = side(
        "Four people were wounded in the parking lot.", "Four", 4, counted="people", event="wounded", doc="d2"
    )
    shot = side("Six people were shot outside the bar.", "Six", 6, counted="people", event="shot", doc="d3")
    assert different_quantities(killed, injured) == "different events"
    assert different_quantities(killed, shot) == "different events"
    assert different_quantities(injured, shot) == "different events"


def test_wounded_hurt_and_injured_are_one_quantity():
    a = side("Three people were hurt when the gunman opened fire.", "Three", 3, counted="people", event="hurt")
    b = side("Police said five people were injured.", "five", 5, counted="people", event="injured", doc="d2")
    assert different_quantities(a, b) == ""


def test_shot_to_death_is_a_death_not_a_shooting_count():
    a = side(
        "Two brothers were shot to death on Elm Road.", "Two", 2, counted="brothers", event="shot to death on Elm Road"
    )
    b = side("Three people were killed on Elm Road.", "Three", 3, counted="people", event="killed", doc="d2")
    assert a.event == b.event == "die"


def test_others_wounded_after_one_killed_is_the_injured_count():
    # GUIDE 23: "N others" wounded after "one killed" counts the injured.
    a = side("One man died and two others were wounded.", "two", 2, counted="others", event="wounded")
    b = side("Three people were injured in the shooting.", "Three", 3, counted="people", event="injured", doc="d2")
    assert different_quantities(a, b) == ""


def test_ages_of_two_unnamed_people_are_never_one_quantity():
    # GUIDE 20: two unnamed people are two quantities, even in one story.
    a = side("A 31-year-old man was struck in the shoulder.", "31-year-old", 31, counted="man", kind="age")
    b = side("A 27-year-old man was struck in the shoulder.", "27-year-old", 27, counted="man", kind="age", doc="d2")
    assert different_quantities(a, b) == "attributes of different people"


def test_ages_of_one_named_person_are_one_quantity():
    a = side("Darnell Voss, 19, was taken to hospital.", "19", 19, counted="Darnell Voss", kind="age")
    b = side("Voss, 20, remains in hospital.", "20", 20, counted="Voss", kind="age", doc="d2")
    c = side("Keisha Orme, 20, was treated at the scene.", "20", 20, counted="Keisha Orme", kind="age", doc="d3")
    assert different_quantities(a, b) == ""
    assert different_quantities(a, c) == "attributes of different people"
    # Two bare surnames may be father and son.
    d = side("Voss, 45, was not hurt.", "45", 45, counted="Voss", kind="age", doc="d4")
    assert different_quantities(b, d) == "attributes of different people"


def test_a_surname_alone_names_the_person_its_full_name_names():
    # A surname longer than a stem ("Kettering") keys alike alone and after a first name.
    a = side("Marisol Kettering, 23, was shot in the arm.", "23", 23, counted="Marisol Kettering", kind="age")
    b = side("Kettering, 24, was released on Friday.", "24", 24, counted="Kettering", kind="age", doc="d2")
    c = side("Ketteridge, 24, was released on Friday.", "24", 24, counted="Ketteridge", kind="age", doc="d3")
    assert a.counted_cls == b.counted_cls
    assert different_quantities(a, b) == ""
    assert different_quantities(a, c) == "attributes of different people"


def test_a_surname_the_story_gives_two_people_names_neither_beyond_doubt():
    full = side("Marisol Kettering, 23, was shot in the arm.", "23", 23, counted="Marisol Kettering", kind="age")
    bare = side("Kettering, 24, was released on Friday.", "24", 24, counted="Kettering", kind="age", doc="d2")
    brother = side("Tobias Kettering, 30, was not hurt.", "30", 30, counted="Tobias Kettering", kind="age", doc="d3")
    fuller = side("Marisol A. Kettering, 23, spoke.", "23", 23, counted="Marisol A. Kettering", kind="age", doc="d4")
    assert one_bearer((full.names, fuller.names))
    assert not one_bearer((full.names, brother.names))
    assert not different_people(full, bare, (full.names,))
    assert different_people(full, bare, (full.names, brother.names))
    assert verdict(full, bare, namesakes=(full.names, brother.names)).why == "a surname the story gives two people"
    # Two full names are told apart by their first names, whoever else the story names.
    assert not different_people(full, fuller, (full.names, brother.names))


def test_a_surname_alone_with_an_age_the_person_could_not_have_is_someone_else():
    day = date(2024, 3, 1)
    full = side("Marisol Kettering, 23, was shot.", "23", 23, counted="Marisol Kettering", kind="age", published=day)
    older = side("Kettering, 51, was charged.", "51", 51, counted="Kettering", kind="age", doc="d2", published=day)
    birthday = side("Kettering, 24, testified.", "24", 24, counted="Kettering", kind="age", doc="d3", published=day)
    later = date(2027, 4, 1)
    years_on = side("Kettering, 26, testified.", "26", 26, counted="Kettering", kind="age", doc="d4", published=later)
    assert different_people(full, older, (full.names,))
    assert not different_people(full, birthday, (full.names,))
    assert not different_people(full, years_on, (full.names,))
    # Named in full on both sides, the same person's ages far apart are a conflict to show.
    other = side("Marisol Kettering, 32, was shot.", "32", 32, counted="Marisol Kettering", kind="age", doc="d5")
    assert not different_people(full, other, (full.names,))


def test_a_generation_suffix_tells_father_from_son():
    # "Jr." is no surname: the son is keyed by his surname and his suffix, apart from his father.
    son = side("Darnell Voss Jr., 12, was hit in the arm.", "12", 12, counted="Darnell Voss Jr.", kind="age")
    father = side("Darnell Voss, 47, was not hurt.", "47", 47, counted="Darnell Voss", kind="age", doc="d2")
    son_later = side("Darnell Voss Jr., 13, is recovering.", "13", 13, counted="Darnell Voss Jr.", kind="age", doc="d3")
    assert son.counted_cls == "voss jr"
    assert different_quantities(son, father) == "attributes of different people"
    assert different_quantities(son, son_later) == ""


@pytest.mark.parametrize(
    ("sentence", "figure", "part"),
    [
        ("Nine people were shot: four adults and five teenagers.", "four", True),
        ("Nine people were shot: four adults and five teenagers.", "five", True),
        ("Two of the victims were taken to hospital.", "Two", True),
        ("Nine people were shot outside the hall.", "Nine", False),
        ("Two people were killed and five were injured.", "Two", False),
        # A thing someone has with them is not one of the group's counted parts.
        ("He said he was armed with a rifle and at least two people were hurt.", "at least two", False),
        ("The gunman fired at a man and two women outside the bar.", "two", True),
        # the other part may be one person named by age
        ("Three men and a 6-month-old baby were hurt.", "Three", True),
        ("Two people were killed and a 9-year-old was hurt.", "Two", False),
        # How some of a count fared splits it: "one critically", "two in serious condition".
        ("Four people were shot, one critically, outside the deli.", "one", True),
        ("Nine people were injured, two in serious condition.", "two", True),
        ("Five were hurt, three with minor injuries.", "three", True),
        # Others besides the people a sentence names are a part of everyone hurt.
        ("Ames and Bello and four other people were wounded.", "four", True),
        # How one count fared, with no larger count before it, is that count.
        ("Two people were in critical condition on Sunday.", "Two", False),
        ("He was in critical condition, and two others were in stable condition.", "two", False),
        # "the other N", "the N other(s)": the rest of a group the report has begun to describe.
        ("The other six hikers walked out on their own.", "six", True),
        ("The three other passengers were treated at the scene.", "three", True),
        ("The four others were released the same night.", "four", True),
        # without "the", others after a toll are the next quantity (GUIDE 23), not a part of one
        ("One man died and four others were hurt.", "four", False),
        # A headline's list: a count beside one person named by a bare noun, either side.
        ("3 Teens, Woman Hurt In Crash On Route 9", "3", True),
        ("Boy, 2 Adults Hurt When Porch Collapses", "2", True),
        # ... but a person who speaks after a count is no part of it.
        ("Deputies found four hikers, a woman said.", "four", False),
        ("Four were hurt, a man told reporters.", "Four", False),
        # A bare comma lists parts only when each counts people by a noun of its own.
        ("5 Men, 2 Women Hurt In Bus Crash", "5", True),
        ("5 Men, 2 Women Hurt In Bus Crash", "2", True),
        ("The bus hit six people, two of them badly.", "six", False),
        ("Flames injured eight people, three critically.", "eight", False),
        # a list closed by one relative ("her husband") is a list of parts
        ("The driver hit his neighbour, two cyclists and their mother.", "two", True),
        # an owner's partitive, and "along with" those the clause adds
        ("Four of Okafor's cattle drowned in the flood.", "Four", True),
        ("Two crew members died, along with a passenger and the pilot.", "Two", True),
        ("Two crew members died in the crash.", "Two", False),
        # a sentence opening on those counted before: its count is some of them
        ("Of those, four were treated and released.", "four", True),
        ("Among them, about 30 were children.", "about 30", True),
    ],
)
def test_a_part_of_a_group_is_told_from_its_total(sentence, figure, part):
    at = sentence.index(figure)
    assert coordinated_part(sentence, at, at + len(figure)) is part


@pytest.mark.parametrize(
    ("sentence", "figure", "identified"),
    [
        # Those identified so far grow as names are released: not the toll itself.
        ("The coroner identified the three dead as local fishermen.", "three", True),
        ("Officials released the identities of two passengers killed in the crash.", "two", True),
        ("The five victims have been identified by their families.", "five", True),
        ("Five passengers were killed when the ferry capsized.", "Five", False),
    ],
)
def test_those_identified_are_not_the_toll(sentence, figure, identified):
    k = side(sentence, figure, 3, counted="people", event="killed")
    assert ("identified" in k.mods) is identified


def test_a_named_group_is_not_compared_with_an_unnamed_count():
    # A name of two or more words on the counted noun narrows it to one agency's members.
    agency = side(
        "Three Riverton Police Department officers were hurt.",
        "Three",
        3,
        counted="Riverton Police Department officers",
        event="hurt",
    )
    officers = side("Four officers were hurt in the attack.", "Four", 4, counted="officers", event="hurt", doc="d2")
    again = side(
        "Two Riverton Police Department officers were hurt.",
        "Two",
        2,
        counted="Riverton Police Department officers",
        event="hurt",
        doc="d3",
    )
    assert different_quantities(agency, officers) == "a named group against an unnamed one"
    assert different_quantities(agency, again) == ""
    # A nationality alone is how one report words the story's whole count.
    ruritanian = side(
        "Some 200 Ruritanian soldiers were captured.", "200", 200, counted="Ruritanian soldiers", event="captured"
    )
    soldiers = side("About 300 soldiers were captured.", "300", 300, counted="soldiers", event="captured", doc="d2")
    assert different_quantities(ruritanian, soldiers) == ""


def test_a_name_misread_as_the_counted_noun_names_no_group():
    # The role noun of the sentence replaces a misread counted noun, and the name's words go with it.
    k = key("The count of injured was revised from five to four.", "five", 5, counted="Mira Tolland", event=None)
    assert k.names == ()


def test_a_part_is_not_compared_with_the_total():
    part = side("Nine people were shot: four adults and five teenagers.", "four", 4, counted="adults", event="shot")
    total = side("Eight people were shot at the party.", "Eight", 8, counted="people", event="shot", doc="d2")
    assert different_quantities(part, total) == "a part against a total"


def test_the_incident_day_is_not_a_sub_period():
    # A report dated by its incident ("on Saturday") counts the incident's toll, not a one-day window.
    a = side(
        "Two people were killed on Saturday night.",
        "Two",
        2,
        counted="people",
        event="killed",
        time_text="on Saturday night",
        published=date(2025, 3, 2),
    )
    b = side(
        "The death toll rose to three.",
        "three",
        3,
        counted="people",
        event="died",
        doc="d2",
        published=date(2025, 3, 4),
    )
    assert a.time == b.time == "T:"
    assert different_quantities(a, b) == ""


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("The toll now stands at seven, not six as first reported.", "six", "earlier reports"),
        ("Early reports said five people were hurt.", "five", "unnamed reports"),
        ("Firefighters said five people were hurt.", "five", ""),
        # the earlier value of a figure the article updates
        ("Nine hundred homes are without power, up from 400 at dawn.", "400", "(earlier)"),
        ("The flood's toll was revised from 14 to 17 on Monday.", "14", "(earlier)"),
        ("The flood's toll was revised from 14 to 17 on Monday.", "17", ""),
        # a change over a period the article describes is not an update of its own figure
        ("The herd shrank from 600 head to 450 over the decade.", "600", ""),
        # a value of another period is another quantity, not an earlier report of this one
        ("Turnover rose to $8 million, up from $6 million a year earlier.", "$6 million", ""),
        ("Fares are $3, up from $2 in 2019.", "$2", ""),
        # the title or caption of a gallery or a video the page embeds
        ("PHOTOS: 2 hurt as a van hits a bus shelter in Leeford", "2", "embedded media"),
        ("Van hits bus shelter, 2 hurt Photos Paramedics treated both at the scene.", "2", "embedded media"),
        ("Video: Three cows rescued from a flooded barn", "Three", "embedded media"),
        ("The ferry rescued 14 people, the coastguard said. WATCH VIDEO", "14", "embedded media"),
        # the word in the reporter's own sentence is no label
        ("Video from the scene shows at least 40 people in the square.", "40", ""),
        ("Two photos of the crash were shared 300 times.", "300", ""),
    ],
)
def test_an_unnamed_account_or_an_embedded_item_is_a_report_of_its_own(sentence, figure, expected):
    at = sentence.index(figure)
    assert report_source(None, sentence, at, at + len(figure)) == expected


def test_a_named_source_of_an_embedded_item_keeps_the_report_its_own():
    sentence = "Video: Three cows rescued from a flooded barn, firefighters said"
    assert report_source("firefighters", sentence, 7, 12) == "firefighters"


def test_an_updated_figure_is_another_report_of_a_named_source():
    sentence = "Some 1,200 people have left their homes, up from 700 on Friday, the mayor said."
    at = sentence.index("700")
    assert report_source("the mayor", sentence, at, at + 3) == "mayor (earlier)"
    at = sentence.index("1,200")
    assert report_source("the mayor", sentence, at, at + 5) == "mayor"


def test_confidence_comes_from_the_shipped_weights():
    m = model()
    assert 0 < m.threshold < 1 and m.weights
    a = side("Three people were hurt.", "Three", 3, counted="people", event="hurt")
    b = side("Five people were injured.", "Five", 5, counted="people", event="injured", doc="d2")
    v = verdict(a, b)
    assert v.confidence == pytest.approx(m.confidence(features(a, b)))
    assert v.same == (v.confidence >= m.threshold)
    # A model that trusts nothing flags nothing; the rules still speak first.
    never = Model({}, -50.0, 0.5)
    assert not verdict(a, b, never).same
    killed = side("Two men were killed.", "Two", 2, counted="men", event="killed", doc="d3")
    assert verdict(a, killed).why == "different events"


def test_two_documents_the_link_model_would_not_join_directly_are_not_compared():
    early = side("Three people were killed in the fire.", "Three", 3, counted="people", event="killed")
    late = side("Five people were killed in the fire.", "Five", 5, counted="people", event="killed", doc="d2")
    assert verdict(early, late).same
    # The floor is fitted on flags (bench/fit_same_quantity.py), never below the link model's threshold.
    threshold = model().link_floor()
    assert threshold >= load_model().threshold
    assert verdict(early, late, direct_link=threshold).same
    weak = verdict(early, late, direct_link=threshold - 0.01)
    assert not weak.same and weak.why == "documents not linked directly"
    # One document's two sources need no link between documents.
    other_source = side(
        "Five people were killed in the fire, the mayor said.",
        "Five",
        5,
        counted="people",
        event="killed",
        source="the mayor",
    )
    assert verdict(early, other_source, direct_link=0.0).same


def test_a_shared_name_is_a_second_route_only_where_a_floor_was_fitted_for_it():
    early = side("Three people were killed at the Harbour Tavern.", "Three", 3, counted="people", event="killed")
    late = side("Five people were killed at the Harbour Tavern.", "Five", 5, counted="people", event="killed", doc="d2")
    m = model()
    weak = m.link_floor() - 0.2
    # The shipped model's fit found no floor for it: a shared name alone changes nothing.
    if m.min_link_named is None:
        assert m.link_floor(shared_name=True) == m.link_floor()
        assert not verdict(early, late, direct_link=weak, shared_name=True).same
    # With one, two documents naming the same venue need only that floor; others still the first.
    routed = Model(m.weights, m.bias, m.threshold, m.min_link, min_link_named=weak)
    assert verdict(early, late, routed, direct_link=weak, shared_name=True).same
    assert not verdict(early, late, routed, direct_link=weak - 0.01, shared_name=True).same
    assert verdict(early, late, routed, direct_link=weak).why == "documents not linked directly"
    # It can only lower the floor, never raise it above the first route's.
    high = Model(m.weights, m.bias, m.threshold, m.min_link, min_link_named=0.99)
    assert high.link_floor(shared_name=True) == m.link_floor()


def test_a_roundup_total_is_not_one_incident_toll():
    roundup_text = (
        "Seven people were wounded in three separate shootings around the city over the weekend, police said. "
        "The first happened early Saturday near a gas station on Elm Street."
    )
    keys = link_keys(roundup_text, "Seven hurt in weekend shootings")
    assert keys.roundup
    report = side("Four people were wounded outside a gas station.", "Four", 4, counted="people", event="wounded")
    # The sentence counting the incidents is a window total by its own words ...
    counted = side(roundup_text, "Seven", 7, counted="people", event="wounded", doc="r1")
    assert different_quantities(counted, report) == "different modifiers"
    # ... and any other figure of a roundup is the roundup's own.
    plain = "Seven people were wounded over the weekend, police said."
    weekend = replace(side(plain, "Seven", 7, counted="people", event="wounded", doc="r1"), roundup=keys.roundup)
    assert different_quantities(weekend, report) == "a roundup against a report of one incident"
    # Two roundups of one weekend give one total, updated.
    later = replace(weekend, doc_id="r2", low=9.0, high=9.0)
    assert different_quantities(weekend, later) == ""


def test_others_shot_is_not_everyone_shot_whatever_noun_the_figure_was_given():
    everyone = side("Six people were shot at the party.", "Six", 6, counted="people", event="shot")
    # The extractor may give the figure a noun from an earlier clause; "others" still splits it.
    others = side(
        "Two men were pronounced dead. Four others were shot at the party.",
        "Four",
        4,
        counted="pronounced dead",
        event="shot",
        doc="d2",
    )
    assert "other" in others.mods
    assert different_quantities(everyone, others) == "different modifiers"
    # GUIDE 23: after "one killed", the others wounded are the injured count.
    injured = side("One woman was killed and two others were wounded.", "two", 2, counted="others", event="wounded")
    assert "other" not in injured.mods


@pytest.mark.parametrize(
    ("first", "second", "figures", "kind"),
    [
        (
            "Deputy Ruiz, a 12-year veteran of the department, was shot in the arm.",
            "The wounded deputy, an 18-year veteran, is expected to recover.",
            ("12-year", "18-year"),
            "duration",
        ),
        (
            "The driver was sentenced to 6 years for the crash.",
            "His passenger was sentenced to 9 years.",
            ("6 years", "9 years"),
            "duration",
        ),
        (
            "A judge held the suspect on $250,000 bond.",
            "The second man is held on $400,000 bond.",
            ("$250,000", "$400,000"),
            "money",
        ),
    ],
)
def test_a_term_a_sentence_or_a_bond_belongs_to_one_unnamed_person(first, second, figures, kind):
    # GUIDE 20 names "a sentence, a salary" beside ages: one person's own figures, never a change
    # between two unnamed people.
    a = side(first, figures[0], 1, counted="years", kind=kind)
    b = side(second, figures[1], 2, counted="years", kind=kind, doc="d2")
    assert a.individual and b.individual
    assert different_quantities(a, b) == "attributes of different people"


def test_a_budget_or_a_strike_is_not_one_persons():
    a = side("The strike lasted 12 weeks at the plant.", "12 weeks", 12, counted="strike", kind="duration")
    b = side("The city spent $2 million on new pumps.", "$2 million", 2e6, counted="pumps", kind="money")
    assert not a.individual and not b.individual


def test_how_often_two_unnamed_victims_were_hit_is_never_a_change():
    hallway = "A woman was found shot several times in the hallway."
    a = side(hallway, "several times", 3, counted="woman", kind="other", unit="times")
    b = side("The man was shot four times, police said.", "four times", 4, counted="man", kind="other", unit="times")
    assert different_quantities(a, b) == "attributes of different people"


def test_a_parents_children_are_that_parents_own():
    a = side("Rae Lund, a mother of three, was shot.", "three", 3, counted="children", event="shot")
    b = side("Four people were shot near the deli.", "Four", 4, counted="people", event="shot", doc="d2")
    assert a.individual
    assert different_quantities(a, b) == "attributes of different people"


def test_a_noun_right_after_the_figure_is_what_it_counts():
    # "blocks" is counted, whatever role noun the sentence holds.
    near = side("A neighbour who lives two blocks from the victims heard shots.", "two", 2, counted="blocks")
    assert near.counted_cls == "block"


def test_a_sentence_totalling_several_incidents_is_not_one_incident_toll():
    toll = side("Three other people were wounded at the Harbour Tavern.", "Three", 3, counted="people", event="wounded")
    total = side(
        "Two people were killed and five others were wounded in four separate shootings on Sunday.",
        "five",
        5,
        counted="others",
        event="wounded",
        doc="d2",
    )
    assert different_quantities(toll, total) == "different modifiers"
    # The same words about one incident's several victims keep the figure the incident's toll.
    one = side("Five others were wounded in the shootings at the tavern.", "Five", 5, counted="others", event="wounded")
    assert different_quantities(toll, replace(one, doc_id="d3")) == ""


@pytest.mark.parametrize(
    ("sentence", "figure", "background"),
    [
        ("The ambush came nine days after a sniper killed four deputies in Carlow.", "four", True),
        ("Three years before that, a gunman shot 11 people at a mall.", "11", True),
        # The report's own incident, placed in time against itself.
        ("Two days after the shooting, police said a third man had died.", "third", False),
        ("Five people were hurt two days after a storm hit the town.", "Five", False),
    ],
)
def test_a_figure_of_an_event_the_report_recalls_is_apart(sentence, figure, background):
    k = side(sentence, figure, 4, counted="people", event="killed")
    assert ("background" in k.mods) is background


def test_others_after_someone_hurt_are_the_rest_of_the_injured():
    # "N others" after a death are the injured count (GUIDE 23); after someone hurt, only the rest.
    rest = side(
        "A woman was critically hurt and seven others were wounded.", "seven", 7, counted="others", event="wounded"
    )
    assert "other" in rest.mods
    after_death = side(
        "A woman was killed and seven others were wounded.", "seven", 7, counted="others", event="wounded"
    )
    assert "other" not in after_death.mods
    # The same with the verb before the figure: the others are the injured count, not the rest of it.
    active = side(
        "A gunman killed two guards and wounded nine others at the depot.",
        "nine",
        9,
        counted="others",
        event="wounded",
    )
    assert "other" not in active.mods
    besides = side(
        "The blast injured a guard and wounded nine others at the depot.", "nine", 9, counted="others", event="wounded"
    )
    assert "other" in besides.mods


def _keys_of_sentences(*figures: tuple[str, str, float, str, str | None]) -> list[ClaimKey]:
    """Keys of counts of people shot, one per (sentence, figure, value, counted, source), in order."""
    return [
        key(text, fig, v, counted=counted, event="shot", source=source) for text, fig, v, counted, source in figures
    ]


def test_a_smaller_count_after_a_sources_toll_is_a_part_of_it():
    toll, one = settle_parts(
        _keys_of_sentences(
            ("Seven people were shot outside the hall.", "Seven", 7, "people", None),
            ("One man was shot in the neck.", "One", 1, "man", None),
        )
    )
    assert not toll.part and one.part
    # A smaller count before a larger one is a toll that rose, or an earlier account: no part.
    first, later = settle_parts(
        _keys_of_sentences(
            ("Two people were shot on Elm Road.", "Two", 2, "people", None),
            ("Police later said three people were shot.", "three", 3, "people", None),
        )
    )
    assert not first.part and not later.part
    # Another source's smaller count in the same article is that source's own toll.
    toll, witness = settle_parts(
        _keys_of_sentences(
            ("Seven people were shot outside the hall.", "Seven", 7, "people", None),
            ("Five people were shot, a witness said.", "Five", 5, "people", "witness"),
        )
    )
    assert not toll.part and not witness.part


def test_who_was_there_is_not_who_was_hurt():
    there = side(
        "About 60 people were at the party when shots rang out, hurting four.", "About 60", 60, counted="people"
    )
    guests = side("Two men were shot at a party with more than 80 guests.", "more than 80", 80, counted="guests")
    hurt = side("Five people were hurt at the party.", "Five", 5, counted="people", event="hurt", doc="d2")
    assert there.event == guests.event == "present"
    assert different_quantities(there, hurt) == "different events"


def test_those_fired_at_are_not_those_hit():
    fired_at = side("The gunman opened fire on about nine campers, then fled.", "about nine", 9, counted="campers")
    hit = side("Four campers were shot near the lake.", "Four", 4, counted="campers", event="shot", doc="d2")
    assert fired_at.event == "target"
    assert different_quantities(fired_at, hit) == "different events"
    # ... and "shot at the lake" is where, not at whom.
    assert side("Four campers were shot at the lake.", "Four", 4, counted="campers", event="shot").event == "shot"


def test_those_who_spoke_are_not_those_hurt_or_there():
    spoke = side("At least two guests said the doors had been locked.", "At least two", 2, counted="guests")
    there = side("About 80 guests were at the hall.", "About 80", 80, counted="guests", doc="d2")
    assert spoke.event == "say"
    assert different_quantities(spoke, there) == "different events"


def test_a_crowd_a_place_was_filled_with_is_who_was_there():
    packed = side(
        "One man was hurt when a gunman fired into a hall packed with about 90 people.",
        "about 90",
        90,
        counted="people",
    )
    attended = side("A fair attended by 3,000 people ended when shots rang out.", "3,000", 3000, counted="people")
    assert packed.event == attended.event == "present"


@pytest.mark.parametrize(
    ("sentence", "figure", "event"),
    [
        # A headline's tally: each figure takes the verb after it, not the one before the comma.
        ("Video: Two Killed, Five Hurt in Crash on Interstate 5 1:02 autoplay Copy this code", "Five", "injure"),
        ("Video: Two Killed, Five Hurt in Crash on Interstate 5 1:02 autoplay Copy this code", "Two", "die"),
        ("Police said 4 died and 12 were hurt.", "12", "injure"),
        # Objects coordinated after one verb share it.
        ("The gunman shot two deputies and four bystanders before he fled.", "four", "shot"),
        # After a dash or colon comes how each fared, not what befell all of them.
        ("Rescuers reached three hikers on the ledge — one dead, two badly hurt.", "three", ""),
        ("Two Dead - Three Hurt In Highway Pileup", "Three", "injure"),
    ],
)
def test_a_figure_without_an_event_takes_the_verb_of_its_own_clause(sentence: str, figure: str, event: str):
    assert side(sentence, figure, 1, counted="people").event == event


def test_probation_is_one_persons_term():
    a = side(
        "A judge put Roe on probation for 3 years.", "3 years", 3, kind="duration", unit="years", counted="probation"
    )
    b = side(
        "Lee was sentenced to jail for 6 months.",
        "6 months",
        0.5,
        kind="duration",
        unit="years",
        counted="jail",
        doc="d2",
    )
    assert a.individual and b.individual


def test_an_age_someone_had_then_is_not_the_age_reported_now():
    then = side("Voss was only 12 at the time, his aunt said.", "12", 12, counted="Voss", kind="age")
    now = side("Darnell Voss, 40, was shot on Sunday.", "40", 40, counted="Darnell Voss", kind="age", doc="d2")
    assert "background" in then.mods
    assert different_quantities(then, now) != ""
    # "then" alone goes on with the story; "at the time of the shooting" is the incident's own time.
    later = side("The 17-year-old then ran from the house.", "17-year-old", 17, counted="teen", kind="age")
    incident = side("Roe, 16 at the time of the robbery, now faces trial.", "16", 16, counted="Roe", kind="age")
    assert "background" not in later.mods and "background" not in incident.mods


def test_an_age_at_which_something_happened_is_not_the_age_reported_now():
    then = side("Ada Voss left school at the age of 15 to work.", "15", 15, counted="Ada Voss", kind="age")
    now = side("Ada Voss, 41, was hurt on Sunday.", "41", 41, counted="Ada Voss", kind="age", doc="d2")
    assert "background" in then.mods and "background" not in now.mods
    assert different_quantities(then, now) != ""


def test_two_parts_are_one_quantity_only_when_they_count_the_same_noun():
    # Two parts of one toll: some of the victims, and the men among the wounded.
    of_victims = side(
        "Two of the victims were hit in the arm, the police said.", "Two", 2, counted="victims", event="wounded"
    )
    men = side(
        "Three men and two women were wounded in the shooting.", "Three", 3, counted="men", event="wounded", doc="d2"
    )
    assert of_victims.part and men.part
    assert different_quantities(of_victims, men) == "different parts"
    # The same part as two reports give it.
    women_a = side("Four women and a man were wounded in the shooting.", "Four", 4, counted="women", event="wounded")
    women_b = side(
        "Five women and two men were wounded, the hospital said.", "Five", 5, counted="women", event="wounded", doc="d2"
    )
    assert women_a.counted_head == women_b.counted_head == "woman"
    assert different_quantities(women_a, women_b) == ""


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Four people died in the attack at the mall, including the gunman, officials said.", "Four"),
        ("The blast left 12 dead, counting the suspected bomber.", "12"),
        ("Three people were killed, among them the shooter, police said.", "Three"),
        # Named, and told by how he died: only the one who did it dies so.
        ("At least five are dead, including Jo Roe, who then turned the gun on himself.", "five"),
    ],
)
def test_a_toll_that_counts_the_perpetrator_is_its_own_quantity(sentence, figure):
    with_him = side(sentence, figure, 4, counted="people", event="killed")
    victims = side("Three people were killed at the mall on Friday.", "Three", 3, counted="people", event="killed")
    assert "perpetrator" in with_him.mods
    assert different_quantities(with_him, victims) == "different modifiers"


def test_a_victim_named_beside_a_toll_is_no_perpetrator():
    k = side("Four people were killed, including a 9-year-old girl, police said.", "Four", 4, counted="people")
    assert "perpetrator" not in k.mods
    named = side("Four people were killed, including Ann Lee, who was shot in the head.", "Four", 4, counted="people")
    assert "perpetrator" not in named.mods


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The fire killed six people, including an unborn child, the coroner said.", "six"),
        ("Three people died in the crash, among them an unborn baby.", "Three"),
        ("Investigators say the blast killed four relatives, including their unborn twins.", "four"),
    ],
)
def test_a_toll_that_counts_an_unborn_child_is_its_own_quantity(sentence, figure):
    with_unborn = side(sentence, figure, 6, counted="people", event="killed")
    born = side("Five people were killed in the house fire on Elm Road.", "Five", 5, counted="people", event="killed")
    assert "unborn" in with_unborn.mods
    assert different_quantities(with_unborn, born) == "different modifiers"


@pytest.mark.parametrize(
    "sentence",
    [
        # the two born, with the unborn told of beside them: the plain toll
        "Two people were killed and her unborn baby died at the hospital.",
        "Two people were killed. Police said one victim was expecting an unborn child.",
    ],
)
def test_an_unborn_child_beside_the_toll_leaves_it_alone(sentence):
    assert "unborn" not in side(sentence, "Two", 2, counted="people").mods


@pytest.mark.parametrize(
    "sentence",
    [
        "One deputy was killed and another was wounded during the traffic stop.",
        "One man was hit in the arm, while the other was hit in the back.",
    ],
)
def test_one_described_before_another_is_a_part(sentence):
    assert side(sentence, "One" if sentence.startswith("One") else "one", 1, counted="people").part


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "counted"),
    [
        ("Two lifeguards were among the dead.", "Two", 2, "lifeguards"),
        ("Three pupils are also among those injured, the council said.", "Three", 3, "pupils"),
        ("At least five tourists were among the 30 people rescued.", "At least five", 5, "tourists"),
    ],
)
def test_a_count_among_a_toll_is_a_part(sentence: str, figure: str, value: float, counted: str) -> None:
    assert side(sentence, figure, value, counted=counted).part


def test_one_alone_is_the_toll():
    assert not side("One man was killed in the shooting on Elm Street.", "One", 1, counted="man").part
    assert not side("One man was killed, and another day of protests followed.", "One", 1, counted="man").part


def test_a_count_of_one_sex_is_not_the_whole_toll():
    # "male" or "female" before the noun counts some of the people hurt, not all of them.
    male = side("Police said two male victims were hurt.", "two", 2, counted="male victims", event="hurt")
    everyone = side("Five people were hurt in the crash.", "Five", 5, counted="people", event="hurt", doc="d2")
    also_male = side("Three male victims were hurt.", "Three", 3, counted="male victims", event="hurt", doc="d3")
    assert different_quantities(male, everyone) == "different modifiers"
    assert different_quantities(male, also_male) == ""


def test_how_often_is_no_count_of_people() -> None:
    # "shot twice" counts the shots one person took, not people shot: no key to compare.
    assert not key("The cashier was shot twice in the arm.", "twice", 2, counted="people", event="shot").comparable
    assert key("Two cashiers were shot in the arm.", "Two", 2, counted="cashiers", event="shot").comparable


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine people were wounded in shootings across the city between Friday evening and Sunday.",
        "Six men were shot on the North and East sides overnight, police said.",
        "Eleven people were injured in gunfire citywide over the holiday.",
    ],
)
def test_a_tally_spread_over_an_area_is_not_one_scenes_toll(sentence: str) -> None:
    # A figure over a whole city is several incidents' total (GUIDE 21), not the toll of one of them.
    figure = sentence.split()[0]
    spread = side(sentence, figure, 9, counted="people", event="wounded")
    scene = side(
        "Four people were wounded outside a corner store.", "Four", 4, counted="people", event="wounded", doc="d2"
    )
    assert "roundup" in spread.mods
    assert different_quantities(spread, scene) == "different modifiers"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The other three men shot at the bus stop are in fair condition.", "three"),
        ("Two bystanders were also shot when the gunman fired into the crowd.", "Two"),
        ("The gunman also shot four customers before fleeing.", "four"),
    ],
)
def test_people_besides_those_told_of_are_a_part(sentence: str, figure: str) -> None:
    # "the other three", "also shot": people in addition to someone told of before, never the whole count.
    rest = side(sentence, figure, 3, counted="people", event="shot")
    everyone = side("Seven people were shot near the bus stop.", "Seven", 7, counted="people", event="shot", doc="d2")
    assert "other" in rest.mods
    assert different_quantities(rest, everyone) == "different modifiers"


def test_also_said_is_not_also_shot() -> None:
    k = side("Officials also said five people were shot near the bus stop.", "five", 5, counted="people", event="shot")
    assert "other" not in k.mods


def test_the_size_of_a_crowd_is_one_quantity_whichever_verb_or_noun_a_report_picks():
    # police, organisers and a later report count one march in their own words
    keys = [
        key("Police put the crowd at 9,000.", "9,000", 9000, counted="crowd"),
        key("Organisers said 30,000 took part.", "30,000", 30000, counted="people", event="took part"),
        key(
            "More than 40,000 demonstrators joined the march.",
            "40,000",
            40000,
            counted="demonstrators",
            event="joined the march",
        ),
        key(
            "About 12,000 people marched through the city.",
            "12,000",
            12000,
            counted="people",
            event="marched through the city",
        ),
    ]
    assert len({(k.join, k.counted_cls) for k in keys}) == 1


def test_homes_without_power_are_one_quantity_and_not_the_homes_damaged():
    out = key(
        "About 50,000 homes were without power on Monday.", "50,000", 50000, counted="homes", event="were without power"
    )
    lost = key("Some 60,000 homes lost power in the storm.", "60,000", 60000, counted="homes", event="lost power")
    hit = key("The storm damaged 300 homes.", "300", 300, counted="homes", event="damaged")
    assert out.join == lost.join != hit.join


def test_the_group_a_part_is_counted_out_of_takes_no_event_from_the_parts_verb():
    text = "Two of the six hikers died of exposure."
    group = key(text, "six", 6, counted="hikers")
    assert group.event == "" and not group.comparable
    assert key(text, "Two", 2, counted="hikers", event="died").event == "die"


def _injured_in(place: str, value: float, doc: str) -> Side:
    text = f"{value:g} people were injured."
    return replace(
        side(text, f"{value:g}", value, counted="people", event="injured", doc=doc), place=normalise_place(place)
    )


def test_a_street_never_contradicts_a_town() -> None:
    town, street = _injured_in("Marlow", 9, "d1"), _injured_in("Pell Boulevard", 10, "d2")
    assert different_quantities(town, street) == ""
    assert different_quantities(town, _injured_in("Dunmore", 10, "d3")) == "different names or places"
    assert different_quantities(street, _injured_in("Elm Street", 10, "d4")) == "different names or places"


def test_a_plant_in_a_town_is_the_town_too() -> None:
    plant = _injured_in("Brandt Chemicals plant in Dorsey", 5, "d2")
    assert different_quantities(_injured_in("Dorsey", 4, "d1"), plant) == ""
    assert different_quantities(_injured_in("Brandt Chemicals", 4, "d3"), plant) == ""


def _lead_names(lead: str) -> tuple[str, ...]:
    """A document's lead as the change pass reads it: the place stems of its capitalised words (story keys "p:")."""
    return tuple(sorted(word[:4] for word in link_keys(lead, None, DAY).proper))


def test_a_plant_and_its_town_agree_when_each_report_names_the_other_at_its_top() -> None:
    # One report places the fire at the plant, the other in the town; each names the other's place in its lead.
    town = replace(
        _injured_in("Wexley", 4, "d1"),
        lead_names=_lead_names(
            "Four workers were hurt on Monday when a fire tore through the Orrin Dyes plant in Wexley."
        ),
    )
    plant = replace(
        _injured_in("Orrin Dyes", 6, "d2"),
        lead_names=_lead_names(
            "Six people are now known to have been hurt in the blaze at Orrin Dyes, Wexley officials said."
        ),
    )
    assert different_quantities(town, plant) == ""
    # Two towns each named only in their own report's lead are two places.
    other = replace(
        _injured_in("Dunmore", 6, "d3"),
        lead_names=_lead_names("Six people were hurt in a fire at a Dunmore warehouse on Monday."),
    )
    assert different_quantities(town, other) == "different names or places"
    # Without the leads (a document stored before they were read), the places stay apart.
    assert different_quantities(_injured_in("Wexley", 4, "d1"), replace(plant, lead_names=())) != ""
    # Within one document the rule does not apply: its figures share a lead.
    assert different_quantities(town, replace(plant, doc_id="d1")) == "different names or places"


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "event", "part"),
    [
        # "... and a fourth" one more than the figure, with the same fate or none named: the figure is
        # some of a toll of one more.
        ("Two climbers died on the ridge and a third at the base camp.", "Two", 2, "died", True),
        ("Four people were shot inside the bar and a fifth was shot outside.", "Four", 4, "shot", True),
        ("Two men were arrested at the house and a third was detained later.", "Two", 2, "arrested", True),
        # another fate: the figure is that fate's whole count
        ("Two hikers were killed by the rockfall and a third was injured.", "Two", 2, "killed", False),
        ("Five people were wounded and a sixth person died in hospital.", "Five", 5, "wounded", False),
        # an ordinal that is not one more is no such count
        ("Two climbers died on the ridge and a fourth at the base camp.", "Two", 2, "died", False),
    ],
)
def test_a_count_one_short_of_an_ordinal_after_it_is_a_part(sentence, figure, value, event, part):
    assert key(sentence, figure, value, counted="people", event=event).part is part
