"""Source, modality and counted on sentences of other beats (health, tech, business, politics).

Issue 13: the attribute rules must hold on news outside the dev documents. Each case is a
pattern of language seen in an audit of unseen pages, written here as a new sentence.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # A study, survey or poll is the source of what it found, its sample size or not.
        (
            "One small study of 31 retirees found that walking daily cut snacking by 9%.",
            "9%",
            "study",
            "reported",
        ),
        ("Another trial in 90 smokers showed that 40 percent quit within a year.", "40 percent", "trial", "reported"),
        (
            "A 2017 Stanford survey showed that 58 percent of nurses skip lunch.",
            "58 percent",
            "Stanford survey",
            "reported",
        ),
        (
            "The survey of 1,500 parents, conducted by Gallup, found that 45 percent limit screen time.",
            "45 percent",
            "Gallup",
            "reported",
        ),
        (
            "A report by the World Bank found that 700 million people live on less than $2 a day.",
            "700 million",
            "World Bank",
            "reported",
        ),
        # A study's estimate is attributed and hedged.
        ("A recent analysis estimated that 3,000 clinics could close.", "3,000", "analysis", "possible"),
        # "according to a study" without a name, or with the journal that published it.
        (
            "About 30 percent of teens sleep less than seven hours, according to a new study.",
            "About 30 percent",
            "study",
            "reported",
        ),
        (
            "Roughly 40 percent of adults have high blood pressure, according to a study published in The Lancet.",
            "Roughly 40 percent",
            "Lancet",
            "reported",
        ),
        # "data from X show" names the body behind the numbers.
        ("Data from the CDC show that 12 percent of high schoolers vape.", "12 percent", "CDC", "reported"),
        ("Figures released by the Home Office suggest 4,000 officers have left.", "4,000", "Home Office", "reported"),
        # The writers of a paper.
        ("The share of drivers who texted rose by 25 percent, the authors wrote.", "25 percent", "authors", "reported"),
        # A passive speech verb: its subject is who was told or what was projected, not a source.
        ("In a memo, staff were told that 300 jobs would go.", "300", None, "possible"),
        ("Revenue is projected to grow 8% next year.", "8%", None, "possible"),
        ("Turnout was reported at 61 percent.", "61 percent", None, "asserted"),
    ],
)
def test_source_and_modality(text: str, figure: str, source: str | None, modality: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "found" stays what was come upon when no study is its subject.
        ("Police found 12 bodies in the basement.", "12"),
        # A sample size is part of the study's subject, not its finding.
        ("One study in 48 volunteers found no effect.", "48"),
    ],
)
def test_not_attributed(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # Durations: a prison term is a sentence; "N months of X" lasts X.
        ("The clerk could face up to 12 years in prison if found guilty.", "up to 12 years", "prison sentence"),
        ("She was sentenced to 25 years in federal prison.", "25 years", "prison sentence"),
        ("Buyers get three months of free streaming with the console.", "three months", "free streaming"),
        ("The sequel arrives after 12 years of waiting.", "12 years", "waiting"),
        ("Aim for at least 8 hours of sleep a night.", "at least 8 hours", "sleep"),
        # A kitchen measure is the unit; what it measures is counted.
        ("Whisk in 1 tsp. sesame oil and serve.", "1", "sesame oil"),
        ("Stir in 2 cups of brown rice.", "2", "brown rice"),
        # A change read back past its verb or adverb.
        ("The Japanese yen strengthened 0.13% against the dollar.", "0.13%", "Japanese yen"),
        ("Revenue is projected to grow 8% next year.", "8%", "Revenue"),
        ("Sales could reach $5 billion by 2025.", "$5 billion", "Sales"),
        ("The number of teens who vape rose sharply by 25 percent.", "25 percent", "teens"),
        # A bare count that shares out the figure before it.
        ("The airline ordered five jets this week: two for its cargo arm and three to a new carrier.", "three", "jets"),
        ("The club has won 12 of 13 matches this season.", "12", "matches"),
    ],
)
def test_counted(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A measure with no noun after it measures its clause's subject, and the dimension it names.
        ("The display has been cut down to 6.1 inches.", "6.1 inches", "display"),
        ("The new hatchback will be able to travel 40 miles on battery power.", "40 miles", "new hatchback"),
        ("The lake is about 3 miles long and 2 miles wide.", "2 miles", "lake width"),
        ("The nearest town is around 60 miles away.", "around 60 miles", "nearest town distance"),
        # A noun after the measure still reads it.
        ("A 300 horsepower engine is mounted up front.", "300 horsepower", "engine"),
        # A participle right before a percent is its verb.
        ("The rally lifted shares, climbing more than 40% this year.", "more than 40%", "share price"),
    ],
)
def test_counted_measures(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_lawyers_are_a_source() -> None:
    c = claim_for("Defense lawyers said the three had pleaded not guilty.", "three")
    assert (c.source, c.modality) == ("Defense lawyers", "reported")


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A possessed noun right before the measure's preposition is what changes by it.
        ("The seat can raise its height by a total of 4 inches.", "a total of 4 inches", "height"),
        # Quotation marks around what an amount is for.
        ("The chain hopes to find as much as $90 million in “savings” this year.", "as much as $90 million", "savings"),
        # An adverb is not what lasts; the clause's subject is.
        ("The fair, which usually runs six days, opens on Friday.", "six days", "fair"),
        # A fraction or multiple of "the" noun after it.
        ("Nearly half the county’s clinics closed.", "Nearly half", "county clinics"),
        ("Smog reached 30 times the level deemed safe.", "30 times", "level"),
    ],
)
def test_counted_more_shapes(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # Both values of a move count one thing.
        ("The startup saw its valuation cut from $40 billion to $9 billion.", "$9 billion", "valuation"),
        ("The average fare was $412, up from $389 a year ago.", "$389", "average fare"),
        ("Planners expect the number of stations to grow from 12 today to as many as 60.", "as many as 60", "stations"),
        # A participle and its "to" before an amount are its verb.
        ("Sales abroad in the spring sinking to $2.1 billion worried investors.", "$2.1 billion", "Sales abroad"),
        # "now" and "currently" are times, not what is counted.
        ("The plan lifts the tax from 8% now to 10% next year.", "8%", "tax"),
    ],
)
def test_counted_moves(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # A job title without an article opens the apposition.
        (
            "Dana Whitfield, president and founder of Orbital Freight, said the ship can carry 40 tons of cargo.",
            "40 tons",
            "Dana Whitfield",
            "reported",
        ),
        # An age before the name after the speech verb.
        ("“We lost 12 sheep in the storm,” said 52-year-old Ruth Ellery.", "12", "Ruth Ellery", "reported"),
        # A promise is attributed and about the future.
        ("The studio promised 40 new titles by spring.", "40", "studio", "possible"),
        # The body after "received by".
        (
            "At least 30 people were arrested, according to reports received by Human Rights Watch.",
            "At least 30",
            "Human Rights Watch",
            "reported",
        ),
        # A hedge verb with a "that" clause reaches a figure far into it.
        (
            "We estimate that the average cost of the new program is about $3,000 per pupil.",
            "about $3,000",
            None,
            "possible",
        ),
    ],
)
def test_more_source_frames(text: str, figure: str, source: str | None, modality: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "added" with an object is a gain or a goal, not a remark.
        ("The index added 20.7 points, or 0.2%, to 8,570.66.", "8,570.66"),
        ("Jo Keller added his ninth goal of the season as the Hawks won 14 of 15 games.", "14"),
    ],
)
def test_added_with_an_object_is_no_source(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (None, "asserted")


def test_added_as_speech_still_attributes() -> None:
    c = claim_for("About 200 fans waited outside, officials added.", "About 200")
    assert (c.source, c.modality) == ("officials", "reported")


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # An abbreviated unit's stop or second half comes before the noun.
        ("Pour in 8 oz. unsweetened oat milk.", "8 oz", "unsweetened oat milk"),
        ("The motor makes 406 lb-ft of torque.", "406 lb-ft", "torque"),
        ("The barge is 300 ft. long.", "300 ft", "barge length"),
        # A conversion in brackets does not stand for a noun.
        (
            "The new sedan will be able to travel 45 miles (72 kilometers) on battery power.",
            "45 miles",
            "new sedan",
        ),
    ],
)
def test_counted_unit_tails(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A noun right before the measure reads it; the clause's subject is only for a verb before it.
        (
            "The plant had an annual output capacity of around 4.2 GW at the end of 2018.",
            "around 4.2 GW",
            "annual output capacity",
        ),
        ("The shop sells a 13-inch laptop 512GB in refurbished condition.", "512GB", "laptop"),
        # A reported clause has its own subject.
        ("The memo claims the battery size will remain 60 kWh, though few believe it.", "60 kWh", "battery size"),
    ],
)
def test_counted_measure_after_a_noun(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_a_noun_after_an_amount_names_it() -> None:
    # A past verb before the amount is no reason to read past the noun after it.
    assert claim_for("Both clubs received $100,000 fines.", "$100,000").counted == "fines"


def test_an_allegation_is_attributed() -> None:
    c = claim_for("Prosecutors alleged that the firm overbilled dozens of clients.", "dozens")
    assert (c.counted, c.source, c.modality) == ("clients", "Prosecutors", "reported")


def test_a_price_basis_is_not_the_noun() -> None:
    assert claim_for("Thunderbolt docks start at $199 retail.", "$199").counted == "Thunderbolt docks"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A present-tense verb the subject ran into: "-s" after a singular, bare after a plural,
        # when an article or a number follows it.
        ("The TV uses 95 watts.", "95 watts", "TV"),
        ("The turbo engine makes 190 PS.", "190 PS", "turbo engine"),
        ("The new 14-inch laptop features a brighter screen.", "14-inch", "laptop"),
        ("Most charging ports deliver 65W at best.", "65W", "charging ports"),
    ],
)
def test_counted_drops_the_verb_it_ran_into(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_a_plural_noun_before_a_time_stays() -> None:
    # A plural noun is no verb: only a known verb is dropped.
    assert claim_for("Buyers took home 41,300 new trucks this year.", "41,300").counted == "new trucks"


def test_a_plural_noun_before_a_preposition_stays() -> None:
    # "at" follows nouns as often as verbs, so it does not end the phrase: "factory workers at".
    assert claim_for("About 300 factory workers at the plant lost their jobs.", "About 300").counted == (
        "factory workers"
    )


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # "worth of" names what the amount is the value of; "is worth" reads the clause's subject.
        ("Tariffs on $250 billion worth of imported parts remain.", "$250 billion", "imported parts"),
        ("Customs agents seized $2 million worth of counterfeit watches.", "$2 million", "counterfeit watches"),
        ("The merger, announced on Tuesday, is worth $4 billion.", "$4 billion", "merger"),
    ],
)
def test_counted_of_a_worth(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A weekday, a month or a bare calendar unit is when, never what is counted.
        ("It announced a second order on Monday at a value of $6 billion at list prices.", "$6 billion"),
        ("Voters waited nearly three hours Tuesday.", "nearly three hours"),
    ],
)
def test_a_date_is_not_counted(text: str, figure: str) -> None:
    counted = claim_for(text, figure).counted
    assert counted is None or not set(counted.split()) & {"Monday", "Tuesday"}


def test_a_contracted_pronoun_is_not_counted() -> None:
    assert claim_for("Nothing we’ve tested draws 96W.", "96W").counted is None


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A place has a field of its own: what is counted is the noun before it, or the thing the amount is for.
        ("Grain shipments to Egypt fell to $2.4 billion last year.", "$2.4 billion", "Grain shipments"),
        ("The headset sells for £299 in Ireland.", "£299", "headset"),
    ],
)
def test_a_place_is_not_counted(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # An adjective rating the figure is no counted noun; the clause's subject is what is measured.
        ("The webcam is still stuck at a meager 480p.", "480p", "webcam"),
        ("The console doesn’t hold a steady 30fps in big battles.", "30fps", "console"),
        # A noun before the figure still is one.
        ("She sat at a desk about 20 feet from the stage.", "about 20 feet", "desk"),
        # A common noun after "to" is no place: "a USB-C to HDMI adapter".
        ("Buy a USB-C to HDMI adapter for around $15.", "around $15", "HDMI adapter"),
    ],
)
def test_counted_past_a_rating(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_net_worth_is_counted() -> None:
    assert claim_for("The senator has a net worth of $9 million.", "$9 million").counted == "net worth"


def test_no_time_word_for_a_shop() -> None:
    # Nothing before the shop names the amount: no counted noun rather than "now".
    assert claim_for("The sale is now on at Walmart for $89.", "$89").counted is None


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A word that names no thing is no counted noun: the clause's subject is, if there is one.
        ("The old console managed an average of 41.5 frames per second.", "41.5 frames per second", "old console"),
    ],
)
def test_counted_past_an_empty_head(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_an_idiom_is_not_counted() -> None:
    assert claim_for("Growers received aid to the tune of $16 billion.", "$16 billion").counted != "tune"


def test_a_speech_verb_that_is_a_noun_before_of_names_no_speaker():
    text = "Turnout at the march reached 9,000, well above the police estimate of 4,000."
    assert claim_for(text, "9,000").source is None
    assert claim_for("Police estimate 4,000 people attended.", "4,000").source == "Police"
