"""What is counted (GUIDE decision 11) on small realistic sentences: head noun last."""

from __future__ import annotations

import pytest

from extractors import extract_claims
from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("Police said 12 people were killed in the crash.", "12", "people"),
        ("3 Hospitalized After Wrong-Way Crash", "3", "people"),
        ("Two dead, four injured in apartment fire", "Two", "people"),
        # Money: what the amount is for.
        ("The city spends $82K on a new anti-litter ad campaign.", "$82K", "anti-litter ad campaign"),
        ("The council set aside $2 billion in cash reserves.", "$2 billion", "cash reserves"),
        ("The retailer earned $1.9 billion in the quarter.", "$1.9 billion", "earnings"),
        ("Analysts expected $1.74 a share.", "$1.74 a share", "earnings per share"),
        # A price per person or per family is not earnings per share.
        ("Admission tickets cost $15 per person on weekdays.", "$15", "Admission tickets"),
        ("Analysts expected revenue of $14.26 billion.", "$14.26 billion", "revenue"),
        # Percent: what it is a share of, or what changed by it.
        ("The company's revenue rose 12% to $3bn.", "12%", "company revenue"),
        ("The company's revenue rose 12% to $3bn.", "$3bn", "company revenue"),
        ("Acme shares are up 21 percent this year.", "21 percent", "Acme share price"),
        ("The plan boosted base road spending by 3.5% a year.", "3.5%", "base road spending"),
        (
            "That is about 0.7 percent of the total U.S. workforce, the survey found.",
            "about 0.7 percent",
            "total U.S. workforce",
        ),
        ("Sales growth of 1.2 percent is expected.", "1.2 percent", "Sales"),
        # Elided nouns and "types of".
        ("38 close contacts were traced. All but three have now been released.", "three", "close contacts"),
        ("He was given several types of antibiotics.", "several", "types of antibiotics"),
        ("The city had 10 times as many cases as reported.", "10 times", "cases"),
    ],
)
def test_counted(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_quote_table_rows_are_share_prices() -> None:
    text = "Ticker Security Last Change Change %\nACM THE ACME TOOLS INC. 118.40 -6.25 -5.01%\n"
    claims = extract_claims(text)
    assert [c.quantity.text for c in claims] == ["118.40", "-6.25", "-5.01%"]
    assert {c.counted for c in claims} == {"Acme Tools share price"}
    assert [c.quantity.kind for c in claims] == ["money", "money", "percent"]


@pytest.mark.parametrize(
    ("text", "figure", "counted", "event"),
    [
        (
            "Police said 12 people were killed and 5 others were injured in the crash on Thursday.",
            "12",
            "people",
            "killed",
        ),
        (
            "Police said 12 people were killed and 5 others were injured in the crash on Thursday.",
            "5",
            "other people",
            "injured in the crash",
        ),
        (
            "About 200 soldiers were taken into captivity on August 14, officials said.",
            "About 200",
            "soldiers",
            "taken into captivity",
        ),
        (
            "Two people died and three were hospitalised after a fire in Leeds last week.",
            "three",
            "people",
            "hospitalised after a fire",
        ),
    ],
)
def test_event_stops_at_clause_place_and_time(text: str, figure: str, counted: str, event: str) -> None:
    c = claim_for(text, figure)
    assert (c.counted, c.event) == (counted, event)


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # Durations name what lasts, not a place or a verb.
        (
            "Those exposed develop symptoms after an incubation period of two to ten days.",
            "two to ten days",
            "incubation period",
        ),
        (
            "A county jury in Marlow deliberated for less than 20 minutes before convicting her.",
            "less than 20 minutes",
            "jury deliberation",
        ),
        ("It took the jury just 15 minutes to reach a verdict.", "just 15 minutes", "jury deliberation"),
        ("The group's 18-year insurgency has cost thousands of lives.", "18-year", "insurgency"),
        # Toll sentences count deaths.
        ("The death toll from the apartment fire rose to six on Tuesday.", "six", "deaths"),
        # Time words and verbs are not part of the noun phrase.
        ("Firefighters rescued 14 people early Sunday from the burning building.", "14", "people"),
        ("About 40 residents remain in a shelter.", "About 40", "residents"),
        ("Searchers found three more bodies on Sunday.", "three", "more bodies"),
        # "of them" takes the noun it stands for.
        ("Nurses marched downtown, and hundreds of them rallied outside City Hall.", "hundreds", "Nurses"),
    ],
)
def test_counted_durations_tolls_and_boundaries(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # "N others" after a count: the others are other people (GUIDE 23), not the first count's people.
        ("One man died and three others were hurt when the bridge gave way.", "three", "others"),
        ("Six hikers were rescued and two others are still missing on the ridge.", "two", "other hikers"),
        ("The flood left four residents dead and nine others homeless.", "four", "residents"),
        ("The gunman killed two people and wounded three more.", "three", "other people"),
        ("The clinic hired 20 more nurses.", "20", "more nurses"),
        # A bare count as the object of a verb of harm, or with an adverb of how it ended.
        ("The gunman killed 7 and wounded 12 before he was arrested.", "12", "people"),
        ("A driver hit a crowd, injuring 9 near the market.", "9", "people"),
        ("Five people were stabbed, two fatally, outside a bar in Leeds.", "two", "people"),
        ("Eight found dead after blaze at farmhouse", "Eight", "people"),
        ("11 shot Saturday night at a backyard party", "11", "people"),
        # "a family of N" counts family members.
        ("A family of six lost their home in the storm.", "six", "family members"),
        # "hundreds of them": the sentence's own plural subject is nearer than an earlier figure's noun.
        (
            "The council cut 40 posts. Nurses marched on Friday, and hundreds of them blocked the road.",
            "hundreds",
            "Nurses",
        ),
    ],
)
def test_bare_counts_take_their_noun(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A verb of measure between the thing and its amount is not part of the noun phrase.
        ("The new tablet weighs 480 grams.", "480 grams", "new tablet"),
        ("The basic model costs $649.", "$649", "basic model"),
        # "the number of X ... rose to N": the figure counts X.
        ("The number of flu admissions at the clinic has climbed to 57, staff said.", "57", "flu admissions"),
        ("The number of volunteers from the region could reach as many as 300.", "as many as 300", "volunteers"),
    ],
)
def test_measure_verbs_and_number_of(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # An adverb closes the noun phrase; a participle after an adverb stays in it.
        ("The console sold more than 20 million units worldwide.", "more than 20 million", "units"),
        ("The sequel took $38 million domestically in its first week.", "$38 million", "sequel"),
        ("The ward admitted 4 fully vaccinated patients.", "4", "fully vaccinated patients"),
        # Price language: "start at", "draws".
        ("Memberships start at $15 a month.", "$15", "Memberships"),
        ("The chip draws 12 watts under load.", "12 watts", "chip"),
    ],
)
def test_adverbs_and_price_verbs(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A unit conversion restates the figure before it, and an "of" after the aside names what is measured.
        ("The glacier lost about 900 tons (816 metric tonnes) of ice.", "816 metric tonnes", "ice"),
        ("The tank holds roughly 1,000 gallons, or 3,785 liters, of fuel.", "roughly 1,000 gallons", "fuel"),
        ("The probe passed a 25-mile-wide (40 kilometers) asteroid.", "40 kilometers", "asteroid diameter"),
        # A multiple counts what follows "as many / as much".
        ("The new reactor makes twice as much power as the old one.", "twice", "power"),
        # Money is left alone: "$1.2 billion, or $1.10 a share" is another quantity.
        ("The bank earned $1.2 billion, or $1.10 a share.", "$1.10 a share", "earnings per share"),
    ],
)
def test_conversions_and_multiples(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # Money and percents of company results.
        ("Operating profit fell to $640 million from $710 million.", "$710 million", "Operating profit"),
        ("Shares of Acme slid 4% after the report.", "4%", "Acme share price"),
        ("Online orders in the region grew 11 percent.", "11 percent", "Online orders"),
        ("The board approved $2 billion of new debt.", "$2 billion", "debt"),
        # A modal before the change, and "a share of them".
        ("The levy would climb to 12.5 percent.", "12.5 percent", "levy"),
        ("Drivers went on strike, and nearly half of them picketed the depot.", "nearly half", "Drivers"),
        # An indefinite pronoun counts people.
        ("Anyone 16 and older may apply for the permit.", "16 and older", "people"),
    ],
)
def test_money_and_percent_of_results(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        # A figure that opens its clause stands for the subject; as an object it is the earlier noun.
        ("Volunteers arrived at dawn as dozens of them cleared the beach.", "dozens", "Volunteers"),
        ("The storm damaged 80 homes. Crews have since repaired 30 of them.", "30", "homes"),
        ("Farmers planted 500 trees, and 200 of them survived the frost.", "200", "trees"),
    ],
)
def test_of_them_stands_for_the_subject_only_when_it_opens_its_clause(sentence: str, figure: str, counted: str) -> None:
    claims = [c for c in extract_claims(sentence) if c.quantity.text == figure]
    assert [c.counted for c in claims] == [counted]


@pytest.mark.parametrize(
    ("text", "figure", "counted", "event"),
    [
        ("4 Springfield Firefighters Hurt Battling Warehouse Blaze", "4", "Springfield Firefighters", "hurt"),
        ("Three Teens Found Dead After Crash On County Road", "Three", "Teens", "found"),
    ],
)
def test_headline_noun_stops_at_its_verb(text: str, figure: str, counted: str, event: str) -> None:
    # In title case the verb is capitalised like the noun: the noun keeps its letters and ends before the verb.
    c = claim_for(text, figure)
    assert c.counted == counted
    assert (c.event or "").split()[0] == event
