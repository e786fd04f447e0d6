"""Numbers in incident news that are not counts (issue 12, item 3; GUIDE "what is a figure").

Gallery counters, street blocks, house numbers, road numbers, ids and station names are
page furniture or names; a number set off by commas after a person's name is an age.
Every sentence here is written for the test; each rule also has a look-alike that must
stay a figure, so the rule cannot pass by dropping numbers wholesale.
"""

from __future__ import annotations

import pytest

from extractors import extract_claims, extract_quantities


def texts(sentence: str) -> list[str]:
    return [q.text for q in extract_quantities(sentence)]


def kinds(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.unit) for q in extract_quantities(sentence)]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # Labelled gallery counters, whatever follows them.
        ("Image 14 of 52 Deputies talk to neighbours outside the duplex.", []),
        ("Photo 3/12 A memorial of candles grew on the corner.", []),
        ("Slide 2 of 9: mourners gather near the school.", []),
        ("Page 1 of 1 Two people were hurt on Friday.", ["Two"]),
        # Unlabelled counters followed by page chrome.
        ("Vigil for the Orland family 1 / 7 Back to Gallery", []),
        ("Lorna Teague/The Ledger 4 of 11 CLOSE Skip in Skip", []),
        ("A sheriff's deputy at the scene 2 of 6 Next Video", []),
        ("Police tape 1 of 3 2 of 3", []),
        # Look-alikes that are counts.
        ("Police said 3 of 12 victims were teenagers.", ["3", "12"]),
        ("Only 2 of the 5 wounded were taken to hospital.", ["Only 2", "5"]),
    ],
)
def test_gallery_counters_are_page_furniture(sentence: str, kept: list[str]) -> None:
    assert texts(sentence) == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Officers were sent to the 4100 block of Dunmore Avenue at 2 a.m.", []),
        ("The car was found in the 800-block of West Quarry Lane.", []),
        ("It happened in the 2300 Block of Pell Road, near a church.", []),
        ("Neighbours in the 1200 and 1300 blocks of Rowan Street heard 6 shots.", ["6"]),
        ("A man was shot in the 33-hundred block of Linwood Ave.", []),
        # Counts of blocks stay: a radius, an area, a distance.
        ("Police closed a 12-block area and searched a two-block radius.", ["12", "two"]),
        ("The school is about one block away.", ["about one"]),
    ],
)
def test_street_blocks_are_places(sentence: str, kept: list[str]) -> None:
    assert texts(sentence) == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Deputies responded to 1520 W. Birchwood Ave. around midnight.", []),
        ("The victim lived at 30 Harlow Street with 2 roommates.", ["2"]),
        ("Shots were fired outside 7712 North Cedar Glen Dr in the evening.", []),
        ("A clerk at the store, 415 E. 35th St., called police.", []),
        ("The bar at 4030 Tamsin Hwy. closed early.", []),
        ("The body was found at 2218 County Road 14.", []),
        # Courts and the highway patrol are not streets.
        ("The 9 Supreme Court justices and 3 Highway Patrol troopers attended.", ["9", "3"]),
    ],
)
def test_house_numbers_are_places(sentence: str, kept: list[str]) -> None:
    assert texts(sentence) == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The chase ended on U.S. 41 near Bellvale.", []),
        ("Troopers closed Route 9 and Interstate 880 for hours.", []),
        ("A truck was stopped on U.S. Highway 61 in the morning.", []),
        ("Traffic backed up (Highway 150) past the exit.", []),
        ("The crash was on SR 7 northbound.", []),
        ("A tanker overturned on the 210 Freeway near the exit.", []),
        ("Both lanes of the 610 Loop were shut after 2 cars collided.", ["2"]),
        # A number after "U.S." or lowercase "highway" can be a figure.
        ("In the U.S. 50 people die this way every day.", ["50"]),
        ("They drove along the highway 20 miles north.", ["20 miles"]),
        ("The US 10-year yield rose to 2 percent.", ["10-year", "2 percent"]),
    ],
)
def test_route_numbers_are_names(sentence: str, kept: list[str]) -> None:
    assert texts(sentence) == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Call Det. Yara Bell at 555-201-4432, ext. 318, with tips.", []),
        ("Tips go to the detective at 555- 867-5309.", []),
        ("The crash happened near 1850 S. 2700 West in the morning.", []),
        ("He forced his way into Apt. 8 and then apartment 12.", []),
        ("The guest in room number 7 heard 3 shots.", ["3"]),
        ("The officer, badge 4471, fired twice.", ["twice"]),
        ("Neighbours called 911 after hearing 5 shots.", ["5"]),
        ("Dozens of 911 calls came in.", ["Dozens"]),
        ("He carried a 22-caliber rifle and a .40 caliber pistol.", []),
        ("Brenda Ollis told NBC 5 and KHOU 11 that 2 people ran.", ["2"]),
        ("A neighbour told 13 News that 3 people ran.", ["3"]),
        ("The band split up in 1999.[12]:45 Four albums followed.[3]", ["Four"]),
        # A measured room stays a figure.
        ("A room 10 feet wide held 40 people.", ["10 feet", "40"]),
    ],
)
def test_ids_phone_numbers_and_names_are_not_figures(sentence: str, kept: list[str]) -> None:
    assert texts(sentence) == kept


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Marla Quince, 23, was shot in the arm.", [("23", "age", "years")]),
        ("Dorsey, 34, and Lyle Penn, 27, were charged.", [("34", "age", "years"), ("27", "age", "years")]),
        ("The victims were Tovin Hale Jr., 45, and Amy Rusk, 19.", [("45", "age", "years"), ("19", "age", "years")]),
        ("Her children, Nell, 6, and Omar, 10.", [("6", "age", "years"), ("10", "age", "years")]),
        ("Police said Rosa Keel, three, was hit by a stray bullet.", [("three", "age", "years")]),
        ("Deshawn O'Vale, 19, and Kim Tully, 22, ran.", [("19", "age", "years"), ("22", "age", "years")]),
        ("Gideon May, 26, and Porter August, 61, were neighbours.", [("26", "age", "years"), ("61", "age", "years")]),
        ("Nora Pell, 31 of 32 Canter Ave., was arrested.", [("31", "age", "years")]),
        ("Ty Voss, 44 of Millbrook, was held.", [("44", "age", "years")]),
        # An age in brackets after a name, and a pair of ages after a person noun.
        ("Killed were Ada Moe (31) and Tim Ruiz (28).", [("31", "age", "years"), ("28", "age", "years")]),
        ("One of two boys, 9 and 6, was hurt.", [("two", "count", None), ("9", "age", "years"), ("6", "age", "years")]),
        # A count in brackets, and counts after a noun that go on with a noun, stay counts.
        ("Lena Hart (3 goals) led the side.", [("3", "count", None)]),
        ("Two men, 3 and 4 others were hurt.", [("Two", "count", None), ("3", "count", None), ("4", "count", None)]),
        # The closing comma left out before the verb.
        ("Wren Cole, 29 was hit in the hand and Ari Moss, 35 died.", [("29", "age", "years"), ("35", "age", "years")]),
        # Not ages: a list tally, a part of a count, a figure after a dated clause.
        ("Ty Voss, 1 of 4 Marines killed, was from Ohio.", [("1", "count", None), ("4", "count", None)]),
        ("In March, 12 people were hurt.", [("12", "count", None)]),
        ("However, 3, he said, were never found.", [("3", "count", None)]),
    ],
)
def test_name_comma_number_is_an_age(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert kinds(sentence) == expected


def test_an_apposed_age_counts_the_person() -> None:
    claims = extract_claims("Police said Marla J. Quince, 23, and Bo Teller, 41, were shot near the park.")
    assert [(c.quantity.text, c.quantity.kind, c.counted) for c in claims] == [
        ("23", "age", "Marla J. Quince"),
        ("41", "age", "Bo Teller"),
    ]


def test_a_count_beside_an_age_stays_a_count() -> None:
    claims = extract_claims("Fenna Roth, 52, said 4 people were wounded in the 900 block of Iris Lane.")
    assert [(c.quantity.text, c.quantity.kind) for c in claims] == [("52", "age"), ("4", "count")]
    assert claims[1].counted == "people"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Ages given as a list after "ages", and a shared age after "both".
        (
            "Their three daughters, ages 11, 7 and 5, were home.",
            [("three", "count", None), ("11", "age", "years"), ("7", "age", "years"), ("5", "age", "years")],
        ),
        ("The men, ages 22, 26, 29, and 37, ran.", [(n, "age", "years") for n in ("22", "26", "29", "37")]),
        ("Ana Ruiz and Lee Cho, both 24, were shot.", [("24", "age", "years")]),
        # A suspended hyphen: the first age waits for the unit of the second.
        (
            "Two cousins, 15- and 16-year-old, were hurt.",
            [("Two", "count", None), ("15", "age", "years"), ("16-year-old", "age", "years")],
        ),
        # A range an age word opens is a range of ages.
        ("The wounded ranged in age from 12 to 31.", [("12 to 31", "age", "years")]),
        ("Both were between the ages of 16 and 19.", [("16 and 19", "age", "years")]),
        ("Rents ranged from 900 to 1,400 dollars.", [("900 to 1,400 dollars", "money", "USD")]),
        # Decades are no figures, with or without an apostrophe.
        ("The three victims were in their 20's and 30s.", [("three", "count", None)]),
        # A count after the list, and "both" before a noun, stay counts.
        (
            "Kids aged 3 and 5 were hurt, and 4 and 6 adults.",
            [("3", "age", "years"), ("5", "age", "years"), ("4", "count", None), ("6", "count", None)],
        ),
        ("Both 24 officers were there.", [("24", "count", None)]),
        (
            "The victims, ages 14, 18, and two 19-year-olds, ran.",
            [("14", "age", "years"), ("18", "age", "years"), ("two", "count", None), ("19-year-olds", "age", "years")],
        ),
    ],
)
def test_age_lists_and_shared_ages(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert kinds(sentence) == expected


def test_feet_and_inches_are_one_height() -> None:
    got = [
        (q.text, q.kind, q.unit, q.low) for q in extract_quantities("He is 6'3\" tall; she is 5’11” and 120 pounds.")
    ]
    assert got == [
        ("6'3\"", "distance", "inches", 75.0),
        ("5’11”", "distance", "inches", 71.0),
        ("120 pounds", "weight", "pounds", 120.0),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Call Crime Stoppers at (800) 222-TIPS with information.",
        "Tips go to 480-WITNESS or to (928)774-6111.",
        "Call 215-686-TIPS any time.",
        "Or call 1-888-LOCK-U-UP or 1 (800) 494-TIPS.",
    ],
)
def test_tip_lines_are_phone_numbers(sentence: str) -> None:
    assert texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Call 800-555-TIPS (8477), text WITNESS (946377) or text 559911 (TIP 411).", []),
        ("Call 361/555-2840 with tips, or 528-2274 (CASH).", []),
        ("He moved to Ohio.[9] Then 3 men ran.[10]", ["3"]),
        ("© 2017 KXYZ-TV. Copyright 2016 Lakeside Media.", []),
        ("Channel 2's reporter and News 4 said the 911 caller's father died.", []),
        ("Image 1 of / 5 Caption Close", []),
    ],
)
def test_more_page_furniture(sentence: str, kept: list[str]) -> None:
    assert texts(sentence) == kept


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A woman, 21, was shot and her son, 4, was hit.", [("21", "age", "years"), ("4", "age", "years")]),
        ("Carla Ruiz, 68 (shot in her car) died.", [("68", "age", "years")]),
        # A count after "man," is not an age unless a comma closes it.
        ("The man, 3 women and a child fled.", [("3", "count", None)]),
    ],
)
def test_ages_apposed_to_a_person_noun(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A year set between a determiner and a capitalised name names an event or a series.
        "Tickets for the 2028 Games go on sale next spring.",
        "Its 2019 Awards ceremony was held in a tent.",
    ],
)
def test_a_year_before_a_named_event_is_no_count(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.quantity.text in ("2028", "2019")]


def test_a_count_before_a_capitalised_plural_keeps_its_comma_or_lies_outside_the_years() -> None:
    assert [c.quantity.text for c in extract_claims("The 1500 Marines landed at dawn.")] == ["1500"]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # A name with its number opening a sentence or a line, where every first word is capitalised.
        ("Voyager 2 left the solar system years ago.", []),
        ("Galway 8 now has its own studio.", []),
        ("Quarry 14 reopened on Monday.\nSkyline 5 followed a week later.", []),
        ("(Mirelle 3 is out in May.)", []),
        # Look-alikes that stay counts: a function word, a plural noun or comma after, a verb form.
        ("Those 14 flats were emptied by noon.", ["14"]),
        ("Ferris 21 points.", ["21"]),
        ("Harbor 3, hosts nil: the visitors held on.", ["3"]),
        ("Injured 4 in all, the crew limped home.", ["4"]),
        ("Each 6 months the board meets.", ["6 months"]),
    ],
)
def test_a_name_with_its_number_opening_a_sentence(sentence: str, kept: list[str]) -> None:
    assert texts(sentence) == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # Two clock times joined into a span: the first is no more a figure than the second.
        ("The library stays open from 8 to 9 p.m. on Fridays.", []),
        ("Viewing is 2-4 p.m. at the chapel.", []),
        ("Sirens were heard between 3 and 4 a.m. near the pier.", []),
        # A count range before a clock time stays a count.
        ("Between 12 and 15 people were hurt at 9 p.m.", ["Between 12 and 15"]),
        ("The clinic sees 6 to 8 patients an hour.", ["6 to 8"]),
    ],
)
def test_a_span_of_clock_times_is_no_figure(sentence: str, kept: list[str]) -> None:
    assert texts(sentence) == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # A channel number with one or two capitalised words before "News" names the station.
        ("A neighbour told 9 Action News that 3 cars sped off.", ["3"]),
        ("8 NEWS has learned the driver was 19.", ["19"]),
        ("Her brother told 6 EYEWITNESS NEWS he saw 2 men.", ["2"]),
        # A count of a channel's people stays a count.
        ("The 4 Metro News anchors signed a letter.", ["4"]),
    ],
)
def test_a_channel_number_before_news_is_a_station(sentence: str, kept: list[str]) -> None:
    assert texts(sentence) == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # Reference marks of health and science copy end a sentence in brackets.
        ("Walking cut the risk by 12% in a trial (7).", ["12%"]),
        ("Sleep helps weight control (14, 15).", []),
        # A count or a tally in brackets stays.
        ("Four people (two adults) were hurt.", ["Four", "two"]),
        ("The motion carried (61-39).", ["61", "39"]),
    ],
)
def test_reference_marks_are_furniture(sentence: str, kept: list[str]) -> None:
    assert texts(sentence) == kept
