"""Quantities a reader sees at once (issue 13, item 4), in sentences written for this test.

Glued units and currencies, spelled-out numbers, vague amounts of a unit, ranges that
write their scale or currency once, multiples and shares, and the measurements of
device and screen reviews. Each case lists every quantity the sentence must give.
"""

from __future__ import annotations

import pytest

from extractors import extract_quantities

Row = tuple[str, float | None, float | None, str, str | None]


def _rows(text: str) -> list[Row]:
    return [(q.text, q.low, q.high, q.kind, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Glued to units and currencies, in any case.
        (
            "The trail is 8KM and the pack weighs 14kg.",
            [("8KM", 8, 8, "distance", "km"), ("14kg", 14, 14, "weight", "kg")],
        ),
        ("The league sold its rights for £2bn.", [("£2bn", 2e9, 2e9, "money", "GBP")]),
        (
            "Fares start at USD300 and top out at 900USD.",
            [("USD300", 300, 300, "money", "USD"), ("900USD", 900, 900, "money", "USD")],
        ),
        ("Drivers hit 55MPH on the ramp.", [("55MPH", 55, 55, "other", "mph")]),
        ("The fund raised $40MM.", [("$40MM", 4e7, 4e7, "money", "USD")]),
        ("The state spent Rs 1,200 crore on roads.", [("Rs 1,200 crore", 1.2e10, 1.2e10, "money", "INR")]),
        ("Nearly three lakh pilgrims arrived.", [("Nearly three lakh", 300_000, 300_000, "count", None)]),
        # Spelled out, of any size.
        (
            "The registry lists three hundred and forty-one thousand voters.",
            [("three hundred and forty-one thousand", 341_000, 341_000, "count", None)],
        ),
        (
            "Auditors found two million four hundred thousand unpaid bills.",
            [("two million four hundred thousand", 2_400_000, 2_400_000, "count", None)],
        ),
        (
            "The port handles four point two million containers.",
            [("four point two million", 4.2e6, 4.2e6, "count", None)],
        ),
        ("Two and a half million tickets were sold.", [("Two and a half million", 2.5e6, 2.5e6, "count", None)]),
        (
            "The mayor spent a million and a half dollars.",
            [("a million and a half dollars", 1.5e6, 1.5e6, "money", "USD")],
        ),
        ("The trial lasted four and a half weeks.", [("four and a half weeks", 4.5, 4.5, "duration", "weeks")]),
        ("Repairs took a month and a half.", [("a month and a half", 1.5, 1.5, "duration", "months")]),
        # Vague amounts of a unit.
        (
            "The county lost tens of millions of dollars.",
            [("tens of millions of dollars", 2e7, 99_999_999, "money", "USD")],
        ),
        ("Pilgrims walk hundreds of kilometres.", [("hundreds of kilometres", 200, 999, "distance", "kilometres")]),
        # pounds spent or raised are money; pounds of a thing weigh
        ("The gala raised thousands of pounds.", [("thousands of pounds", 2000, 9999, "money", "GBP")]),
        ("Crews hauled away thousands of pounds of debris.", [("thousands of pounds", 2000, 9999, "weight", "pounds")]),
        (
            "Hundreds of thousands of fans lined the route.",
            [("Hundreds of thousands", 200_000, 999_999, "count", None)],
        ),
        # Every scale takes the vague words: billions and trillions as thousands and millions do.
        (
            "The plan would cost taxpayers tens of billions of dollars.",
            [("tens of billions of dollars", 2e10, 99_999_999_999, "money", "USD")],
        ),
        (
            "Trillions of dollars of debt came due.",
            [("Trillions of dollars", 2e12, 9_999_999_999_999, "money", "USD")],
        ),
        ("The fund manages a few billion euros.", [("a few billion euros", 3e9, 9e9, "money", "EUR")]),
        # A capital C or F glued to a number is a temperature where the words speak of heat or cold.
        ("Highs of 38.5C are forecast for Friday.", [("38.5C", 38.5, 38.5, "other", "degrees")]),
        ("Overnight lows fell to -12F.", [("-12F", -12, -12, "other", "degrees")]),
        # A fraction of a scale is a number, not a share.
        ("A quarter of a million people signed it.", [("A quarter of a million", 250_000, 250_000, "count", None)]),
        # Pounds after spending are money; otherwise a weight.
        (
            "The council spent half a million pounds on the bridge.",
            [("half a million pounds", 500_000, 500_000, "money", "GBP")],
        ),
        ("The club was fined 40,000 pounds.", [("40,000 pounds", 40_000, 40_000, "money", "GBP")]),
        ("The calf weighed 90 pounds.", [("90 pounds", 90, 90, "weight", "pounds")]),
        ("He lost 30 pounds before the fight.", [("30 pounds", 30, 30, "weight", "pounds")]),
        # Ranges whose scale or currency is written once.
        ("The repairs will cost $4-6 million.", [("$4-6 million", 4e6, 6e6, "money", "USD")]),
        ("The agency hired 2 to 4 million contractors.", [("2 to 4 million", 2e6, 4e6, "count", None)]),
        ("Six to eight thousand runners entered.", [("Six to eight thousand", 6000, 8000, "count", None)]),
        (
            "Between three and four hundred homes flooded.",
            [("Between three and four hundred", 300, 400, "count", None)],
        ),
        ("Two or three million birds migrate here.", [("Two or three million", 2e6, 3e6, "count", None)]),
        ("A seat costs $40,000 to $60,000 a year.", [("$40,000 to $60,000", 40_000, 60_000, "money", "USD")]),
        ("Between 4 and 5 billion euros are at stake.", [("Between 4 and 5 billion euros", 4e9, 5e9, "money", "EUR")]),
        ("Rents rose 15 to 25 per cent.", [("15 to 25 per cent", 15, 25, "percent", "%")]),
        ("Fifteen to twenty volunteers came.", [("Fifteen to twenty", 15, 20, "count", None)]),
        # Multiples and shares of a named whole.
        ("Four times as many riders took the bus.", [("Four times", 4, 4, "other", "times")]),
        ("Twice as many pupils passed.", [("Twice", 2, 2, "other", "times")]),
        ("Complaints rose sevenfold.", [("sevenfold", 7, 7, "other", "times")]),
        ("Output grew six-fold.", [("six-fold", 6, 6, "other", "times")]),
        ("Three out of every four nurses agreed.", [("Three out of every four", 75, 75, "percent", "%")]),
        (
            "A fifth of the 250 beds were empty.",
            [("A fifth", 20, 20, "percent", "%"), ("250", 250, 250, "count", None)],
        ),
        ("Half of the grant was spent.", [("Half", 50, 50, "percent", "%")]),
        ("Fares fell by a third.", [("a third", 33.33, 33.33, "percent", "%")]),
        ("Rents rose by nearly a quarter since 2021.", [("nearly a quarter", 25, 25, "percent", "%")]),
        # a clause or a time after the change, not a noun the fraction would order ("by a third party")
        ("Orders dropped by a quarter as demand cooled.", [("a quarter", 25, 25, "percent", "%")]),
        ("Output rose by a fifth during the summer.", [("a fifth", 20, 20, "percent", "%")]),
        ("Shares fell by a third after the warning.", [("a third", 33.33, 33.33, "percent", "%")]),
        ("The deal was signed by a third party.", []),
        # Devices and screens.
        (
            "It has a 6.4-inch screen that refreshes at 144Hz.",
            [("6.4-inch", 6.4, 6.4, "distance", "inches"), ("144Hz", 144, 144, "other", "Hz")],
        ),
        (
            "The console renders 60 fps, or 120fps in performance mode.",
            [("60 fps", 60, 60, "other", "fps"), ("120fps", 120, 120, "other", "fps")],
        ),
        ("The chip boosts to 3.8GHz.", [("3.8GHz", 3.8, 3.8, "other", "GHz")]),
        (
            "It ships with 512GB or 1 TB of storage.",
            [("512GB", 512, 512, "other", "GB"), ("1 TB", 1, 1, "other", "TB")],
        ),
        (
            "The 4,500mAh battery charges at 45W.",
            [("4,500mAh", 4500, 4500, "other", "mAh"), ("45W", 45, 45, "other", "W")],
        ),
        ("The rear camera has a 64MP sensor.", [("64MP", 64, 64, "other", "MP")]),
        ("The zoom goes to 8x, or 30x digitally.", [("8x", 8, 8, "other", "times"), ("30x", 30, 30, "other", "times")]),
        (
            "The display has 2,400 x 1,080 pixels.",
            [("2,400", 2400, 2400, "other", "pixels"), ("1,080 pixels", 1080, 1080, "other", "pixels")],
        ),
        ("The shed is 8 x 10 feet.", [("8", 8, 8, "distance", "feet"), ("10 feet", 10, 10, "distance", "feet")]),
        # one measure in its smaller unit, as "3 hours 21 minutes" is
        ("The cut runs 2h 14m.", [("2h 14m", 134, 134, "duration", "minutes")]),
        ("Each vial holds 2.5ml.", [("2.5ml", 2.5, 2.5, "other", "ml")]),
        (
            "The coupe makes 410hp and sprints in 4.2sec.",
            [("410hp", 410, 410, "other", "hp"), ("4.2sec", 4.2, 4.2, "duration", "seconds")],
        ),
        ("Shares slid 2.7pc.", [("2.7pc", 2.7, 2.7, "percent", "%")]),
        ("The remake cost $150m-plus.", [("$150m-plus", 1.5e8, None, "money", "USD")]),
        ("The panel is 2,400 pixels wide.", [("2,400 pixels", 2400, 2400, "other", "pixels")]),
        (
            "The episode runs 1hr and the trailer 90 seconds.",
            [("1hr", 1, 1, "duration", "hours"), ("90 seconds", 90, 90, "duration", "seconds")],
        ),
    ],
)
def test_seen_at_once(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected  # ints in the table compare equal to the float bounds


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        # Names, not figures: network generations, screen formats, a road's compass letter.
        ("The 5G rollout reached towns that still use 4G.", []),
        ("The set streams 4K video and some 8K content.", []),
        ("The crash closed U.S. 31W near the bridge.", []),
        ("She ran the 4x400 relay with Dana 2X and friends.", []),
        ("He took a six-figure job. pic.twitter.com/4xQ9Kd7Mlz", []),
        # An ordinal standing for a person is no share (GUIDE decision 3).
        ("One man was hit in the hand and a third in the foot.", ["One"]),
        # ... but a scaled count glued to K stays one.
        ("They sold 4K tickets in an hour.", ["4K"]),
        # A stop between a word and digits is no decimal point.
        ("Police identified him on Monday.23-year-old Sam Reed was hit.", ["23-year-old"]),
        # Scores stay two numbers; a clock time is no range.
        ("The home side won 3 to 1.", ["3", "1"]),
        ("The bus left at five to ten.", ["five", "ten"]),
        # Without words of heat or cold, a glued capital letter names a flat, a grade or a ward.
        ("She moved into flat 7C last spring.", []),
        # "twice" without "as" counts occasions.
        ("The dog barked twice.", ["twice"]),
    ],
)
def test_not_read_as_shapes(text: str, texts: list[str]) -> None:
    assert [q.text for q in extract_quantities(text)] == texts


def test_occasions_stay_counts() -> None:
    [q] = extract_quantities("The alarm rang twice.")
    assert (q.kind, q.unit) == ("count", None)
