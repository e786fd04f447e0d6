"""What a duration or a distance measures when a verb names an activity (GUIDE decision 11)."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A verb of activity before "for": the activity, with whose it is.
        ("The panel deliberated for about three hours on Friday.", "about three hours", "panel deliberation"),
        ("Negotiators talked for 14 hours without a break.", "14 hours", "Negotiators talking"),
        (
            "She said she could not stand or sit for more than a few minutes.",
            "more than a few minutes",
            "standing or sitting",
        ),
        ("The night guards slept for three hours at their desks.", "three hours", "night guards sleep"),
        # A jury's time is its deliberation, whatever verb gives it.
        ("The jury needed only 40 minutes to return its verdict.", "only 40 minutes", "jury deliberation"),
        # What lasts is the subject of "lasted", "continued", "ranged", with its "of".
        ("The course of antibiotics continued for six months.", "six months", "course of antibiotics"),
        (
            "Recovery of nerve function after such injuries can range from four weeks to two years.",
            "two years",
            "Recovery of nerve function",
        ),
        ("The strike by bus drivers in three cities lasted nine days.", "nine days", "strike"),
        # Done within a time of an event: the window of the doing.
        ("Bites must be treated within 12 hours of exposure.", "within 12 hours", "treatment window"),
    ],
)
def test_durations_of_activities(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("Moreno rushed for 143 yards on 22 carries.", "143 yards", "Moreno rushing distance"),
        ("The swimmer, 19, swam for 12 miles along the coast.", "12 miles", "swimmer swimming distance"),
        # No verb of activity: the clause's subject, and a dimension as before.
        ("The village lies about 40 miles from the border.", "about 40 miles", "village"),
        ("The ice sheet is 2 miles thick.", "2 miles", "ice sheet thickness"),
    ],
)
def test_distances_an_activity_covered(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A passive, and a verb whose subject is what lasts, are no activity.
        ("The bridge was closed for two weeks.", "two weeks", "bridge"),
        ("The festival continued for three days.", "three days", "festival"),
        # "within" a time without an event after it is no window.
        ("Results are expected within 24 hours, officials said.", "within 24 hours", "Results"),
    ],
)
def test_no_activity_without_one(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A dimension glued to its measure names what is measured of the noun after it.
        ("Workers raised a 30-foot-tall statue in the square.", "30-foot-tall", "statue height"),
        ("Crews pulled a 12-foot-long python from the drain.", "12-foot-long", "python length"),
        ("A 40-foot-deep sinkhole swallowed two cars.", "40-foot-deep", "sinkhole depth"),
        ("The storm cut a 3-mile-wide path through the county.", "3-mile-wide", "path width"),
        # Across a round thing or a named body, the width is a diameter; a bracketed conversion restates it.
        ("The probe mapped a 9-mile-wide crater.", "9-mile-wide", "crater diameter"),
        ("Astronomers imaged the 2,000-mile-wide (3,200 kilometers) Titan.", "3,200 kilometers", "Titan diameter"),
        # A place after a noun is not part of it.
        ("Workers built a 5m-high wall along the border.", "5m-high", "wall height"),
    ],
)
def test_glued_dimensions(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A percent chance or risk is a share of the group that runs it.
        ("Those infected have a 30 percent chance of dying.", "30 percent", "infected people"),
        ("Those living near the plant face a 4% risk of illness.", "4%", "people"),
        ("Heavy smokers run a 20% risk of lung disease.", "20%", "Heavy smokers"),
        ("Women with the gene have an 80 percent lifetime risk of cancer.", "80 percent", "Women"),
        # No group: the chance itself.
        ("There is a 40 percent chance of rain on Sunday.", "40 percent", "chance"),
    ],
)
def test_percent_chances_are_of_a_group(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A value set, fixed or capped on something is that thing's.
        ("Bail was set at $50,000.", "$50,000", "Bail"),
        ("The judge set bail at $1 million on Monday.", "$1 million", "bail"),
        ("The council capped the fee at $40 a month.", "$40", "fee"),
    ],
)
def test_values_set_on_a_thing(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A noun in -ing before the figure is a noun, not the verb group: "a rating of".
        ("The keeper allowed a save rating of just 61.5 on the day.", "just 61.5", "save rating"),
        ("Spending rose to 12 percent.", "12 percent", "Spending"),
    ],
)
def test_ing_nouns_before_the_figure(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A multiple compares its clause's subject, or the noun after "as many" / "more".
        ("Rents were three times higher than a decade ago.", "three times", "Rents"),
        ("Smokers are five times more likely to develop the disease.", "five times", "Smokers"),
        ("The city logged 10 times more complaints than last year.", "10 times", "complaints"),
        ("The lake holds twice as much water as the reservoir.", "twice", "water"),
        # Whose time it took, after "it took".
        ("It took firefighters three hours to put out the blaze.", "three hours", "firefighters"),
        ("It took the jury 90 minutes to acquit her.", "90 minutes", "jury deliberation"),
        # A distance down from a surface is a depth.
        ("The quake struck 10 kilometers below the seabed.", "10 kilometers", "quake depth"),
    ],
)
def test_multiples_takers_sentences_and_depths(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # "sold for" with no object: the subject is what was sold.
        ("The farmhouse sold for $1.2 million last month.", "$1.2 million", "farmhouse"),
        ("The company sold the unit for $300 million.", "$300 million", "unit"),
    ],
)
def test_sold_for(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted
