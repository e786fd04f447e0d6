"""Whose age an age is: the name before a bare age ("Ann Lee, 31,"), the noun after an
attributive one ("31-year-old Tom Fenn"), also inside a list of names."""

from __future__ import annotations

import pytest

from extractors import extract_claims
from tests.extractors.lookup import claim_for


def _ages(sentence: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.text, c.counted) for c in extract_claims(sentence) if c.quantity.kind == "age"]


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        (
            "Police named the victims as 27-year-old Mara Quill, 31-year-old Tobias Fenn and 45-year-old Ada Brisk.",
            [("27-year-old", "Mara Quill"), ("31-year-old", "Tobias Fenn"), ("45-year-old", "Ada Brisk")],
        ),
        (
            "Deputies arrested 19-year-old Leo Marsh, 22-year-old Iris Dunn and a third man.",
            [("19-year-old", "Leo Marsh"), ("22-year-old", "Iris Dunn")],
        ),
        ("Mara Quill, 31, and Tobias Fenn, 45, were hurt.", [("31", "Mara Quill"), ("45", "Tobias Fenn")]),
    ],
)
def test_each_age_belongs_to_its_own_person(sentence: str, ages: list[tuple[str, str]]) -> None:
    assert _ages(sentence) == ages


def test_an_attributive_age_with_no_noun_after_borrows_no_one_elses_name() -> None:
    # The child is the 7-year-old; the name before belongs to the man accused.
    ages = _ages("Police say 24-year-old Cole Dunn is accused of hitting a 7-year-old and her father.")
    assert ages == [("24-year-old", "Cole Dunn"), ("7-year-old", None)]


@pytest.mark.parametrize(
    ("text", "age", "counted"),
    [
        # An age written as a noun opening its sentence refers back to the role named before it.
        (
            "A FARMER who found a swarm of bees has been praised. The 61-year-old said he was calm.",
            "61-year-old",
            "farmer",
        ),
        ("The singer released a new album on Friday. The 29 year old will tour in May.", "29 year old", "singer"),
        # The same age given before, with its person, wins over a nearer role.
        ("Ada Brisk, 8, was hurt and a neighbor called police. The 8-year-old is stable.", "8-year-old", "Ada Brisk"),
        # A role right after the age is its own noun.
        ("A farmer was hurt. The 61-year-old driver was not.", "61-year-old", "driver"),
    ],
)
def test_an_age_as_a_noun_refers_back_to_its_person(text: str, age: str, counted: str) -> None:
    assert dict(_ages(text))[age] == counted


@pytest.mark.parametrize(
    ("text", "age", "counted"),
    [
        # The role named before carries a name: the age is that person's.
        ("Harbour City signed winger Ivo Brant on Monday. The 24-year-old cost £9m.", "24-year-old", "Ivo Brant"),
        ("Police named the driver as Kelly Osei. The 31-year-old was taken to hospital.", "31-year-old", "Kelly Osei"),
        # A surname right after the age ends the full name given before.
        (
            "Deputies shot Dale Orrin Pike on Friday. The 40-year-old Pike died on Sunday.",
            "40-year-old",
            "Dale Orrin Pike",
        ),
    ],
)
def test_an_age_as_a_noun_takes_the_name_its_role_or_surname_gives(text: str, age: str, counted: str) -> None:
    assert dict(_ages(text))[age] == counted


@pytest.mark.parametrize(
    ("text", "age", "name"),
    [
        # A relative's name is not the subject's: "her mother, Ann Lee" names the mother.
        ("The boy lived with his mother Ann Lee Pratt. The 9-year-old was asleep.", "9-year-old", "Ann Lee Pratt"),
        # A title in the words after the role is not a name of the one the age is about.
        (
            "An officer told Deputy Chief Roy Vance about it. The 2-year-old was stable.",
            "2-year-old",
            "Chief Roy Vance",
        ),
        # A capitalised word after the age with no full name before is left alone.
        ("The writer arrived late. The 48-year-old Australian gave a talk.", "48-year-old", "Australian"),
    ],
)
def test_an_age_as_a_noun_takes_no_name_that_is_not_its_own(text: str, age: str, name: str) -> None:
    counted = dict(_ages(text))[age]
    assert counted is None or name not in counted


def test_an_age_as_a_noun_guesses_no_name() -> None:
    # Two people are named before: which one is 16 is not guessed (GUIDE 20 would join their ages).
    ages = dict(_ages("Tia Moss and Leo Marsh sang at the gala. The 16-year-old plays the cello."))
    assert ages["16-year-old"] not in ("Tia Moss", "Leo Marsh")


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        # A number set off by commas after a role noun of the other beats is that person's age.
        ("The actress, 34, married the director last year.", [("34", "actress")]),
        ("Their goalkeeper, 38, retired in May.", [("38", "goalkeeper")]),
    ],
)
def test_an_age_apposed_to_a_role(sentence: str, ages: list[tuple[str, str]]) -> None:
    assert _ages(sentence) == ages


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ('Tobias "Toby" Fenn, 45, was found in the yard.', [("45", 'Tobias "Toby" Fenn')]),
        ("Neighbours called Ada “Big Ada” Brisk, 70, the heart of the street.", [("70", "Ada “Big Ada” Brisk")]),
        # A quotation before a speaker's name is no nickname.
        ('"We heard two bangs," Brisk, 70, said.', [("70", "Brisk")]),
    ],
)
def test_a_quoted_nickname_stays_inside_the_name(sentence: str, ages: list[tuple[str, str]]) -> None:
    # The first name before a nickname keeps a person apart from relatives of the same surname.
    assert _ages(sentence) == ages


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A number set off by commas after "the <noun>" is that one person's age, whatever the noun.
        ("The cashier, 52, was treated at the scene.", "52", "cashier"),
        ("One, 19, was hit in the leg and the other, 23, in the arm.", "23", "other"),
    ],
)
def test_an_apposed_number_after_a_noun_is_an_age(text: str, figure: str, counted: str) -> None:
    c = claim_for(text, figure)
    assert (c.quantity.kind, c.counted) == ("age", counted)


@pytest.mark.parametrize(
    ("text", "age", "counted"),
    [
        # An age apposed with no noun of its own is the age of the noun or name before it.
        ("The cyclist, a 52-year-old from Elmford, was unhurt.", "52-year-old", "cyclist"),
        ("One passenger, a 23-year-old, remains in hospital.", "23-year-old", "passenger"),
        ("Officers stopped Nell Corbin, a 17-year-old who lived nearby.", "17-year-old", "Nell Corbin"),
        # "at the age of": the age of the name that opens the clause, never the noun "age".
        ("Ivo Brant beat Ray Soto to take the title, his third, at the age of 22.", "22", "Ivo Brant"),
        ("Oren Vale retired at age 35 after a decade in the league.", "35", "Oren Vale"),
    ],
)
def test_an_apposed_age_belongs_to_the_noun_or_name_before(text: str, age: str, counted: str) -> None:
    assert dict(_ages(text))[age] == counted


@pytest.mark.parametrize(
    ("text", "age", "wrong"),
    [
        # The noun of a place phrase is not whose age it is.
        ("A third rider in the van, a 14-year-old, was hurt.", "14-year-old", "van"),
        # Nor the body a source phrase names.
        ("According to the Elm Police Department, a 15-year-old was shot.", "15-year-old", "department"),
        # Nor, in a list of ages, the age before.
        ("The victims are a 3-year-old, a 9-year-old and their aunt.", "9-year-old", "year-old"),
    ],
)
def test_an_apposed_age_takes_no_place_source_or_list_noun(text: str, age: str, wrong: str) -> None:
    assert dict(_ages(text))[age] != wrong


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        # The role a name is given, before it or apposed to it, says who the person is.
        ("Chief financial officer Dana Wells, 47, said so.", [("47", "chief financial officer Dana Wells")]),
        ("Its founder, Omar Reyes, 39, declined to comment.", [("39", "founder Omar Reyes")]),
        ("Her brother, Tobias Kettering, 30, drove her home.", [("30", "brother Tobias Kettering")]),
        # Not a name, a verb or a quantity-splitting word before the role.
        ("Elm County police officer Tia Moss, 31, was hurt.", [("31", "police officer Tia Moss")]),
        ("Police named the victim as Ann Lee, 34, of Leeds.", [("34", "Ann Lee")]),
    ],
)
def test_a_named_age_keeps_the_role_the_name_is_given(sentence: str, ages: list[tuple[str, str]]) -> None:
    assert _ages(sentence) == ages


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        # "aged" or "ages" after a noun gives that noun's age, whatever verb follows the figure.
        ("Cyclists aged under 16 ride free on Sundays.", [("under 16", "Cyclists")]),
        ("Pupils aged between 12 and 14 wrote the new paper.", [("between 12 and 14", "Pupils")]),
        # A count before the noun is no part of it, and neither is the verb before that.
        ("Wardens stopped four hikers aged 20 to 24 near the ridge.", [("20 to 24", "hikers")]),
        # Every age of a list, and an apposed "ages" after a comma.
        ("Two nephews, ages 8 and 11, waited in the car.", [("8", "nephews"), ("11", "nephews")]),
        # "ranged in age from": the noun the range is given for.
        ("The four hikers, who ranged in age from 22 to 58, were found safe.", [("22 to 58", "hikers")]),
        (
            "The club fielded three swimmers aged 15, 16 and 17.",
            [("15", "swimmers"), ("16", "swimmers"), ("17", "swimmers")],
        ),
    ],
)
def test_aged_gives_the_age_of_the_noun_before_it(sentence: str, ages: list[tuple[str, str]]) -> None:
    assert _ages(sentence) == ages


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # A bare bound after "were" or "are", said of people or of a count of them, is their age.
        ("Two of the hikers who died were over 70, rangers said.", "over 70"),
        ("Most of the drivers stopped were under 25.", "under 25"),
        ("Nine of the patients were treated at home, and four were over 80.", "over 80"),
    ],
)
def test_a_bound_said_of_people_is_their_age(sentence: str, figure: str) -> None:
    q = claim_for(sentence, figure).quantity
    assert (q.kind, q.unit) == ("age", "years")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # Not of people, or not a bare number: no age.
        ("Temperatures were over 40 for a week.", "over 40"),
        ("Ticket sales were over 60 million.", "over 60 million"),
        ("The deaths rose to over 65 by Friday.", "over 65"),
    ],
)
def test_a_bound_said_of_anything_else_is_no_age(sentence: str, figure: str) -> None:
    assert claim_for(sentence, figure).quantity.kind != "age"
