"""Modality on written sentences of other beats (business, health, tech, sports, politics, ...), GUIDE 14.

The sentences are written for the tests; names and numbers are invented.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Could the new bridge carry 45,000 vehicles a day?", "45,000"),
        ("Might the festival lose $2 million this year?", "$2 million"),
        ("Possibly 300 homes were flooded overnight.", "300"),
    ],
)
def test_a_hedge_that_opens_the_sentence_is_a_hedge(text: str, figure: str) -> None:
    # A capitalised hedge at the start of the sentence doubts the figure as a lower-case one does.
    assert claim_for(text, figure).modality == "possible"


def test_may_that_opens_a_date_is_no_hedge() -> None:
    assert claim_for("May sales rose 4 percent from April.", "4 percent").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Will the new stadium really hold 70,000 fans?", "70,000"),
        ("Is a $3 billion price tag realistic for a loss-making studio?", "$3 billion"),
        ("Did the airline really lose 40 percent of its passengers?", "40 percent"),
    ],
)
def test_a_yes_no_question_doubts_its_figure(text: str, figure: str) -> None:
    assert claim_for(text, figure).modality == "possible"


def test_a_question_that_asks_why_takes_its_figure_as_given() -> None:
    assert claim_for("Why did the bank cut 1,200 jobs?", "1,200").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The studio is believed to be paying about $30 million for the rights.", "about $30 million"),
        ("The flood is thought to have destroyed 200 homes.", "200"),
        ("The new drug is widely believed to cut relapses by 40 percent.", "40 percent"),
    ],
)
def test_a_passive_belief_doubts_the_figures_of_its_predicate(text: str, figure: str) -> None:
    assert claim_for(text, figure).modality == "possible"


def test_a_belief_about_the_people_leaves_their_count() -> None:
    # "believe the three victims knew each other" doubts the acquaintance, not the three (GUIDE 14).
    c = claim_for("Police believe the three victims knew each other.", "three")
    assert c.modality != "possible"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The school board disputed the teachers' figure of 90 unfilled posts.", "90"),
        ("The airline contests the union's claim that 400 pilots were underpaid.", "400"),
        ("Rival researchers disputed the count of 27 new species.", "27"),
    ],
)
def test_a_disputed_figure_is_denied(text: str, figure: str) -> None:
    assert claim_for(text, figure).modality == "denied"


def test_a_dispute_over_a_thing_denies_no_figure() -> None:
    c = claim_for("The two villages disputed the border for 30 years.", "two")
    assert c.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It became known on Friday that the council had paid $2.4 million to a consultancy.", "$2.4 million"),
        ("It was announced last week that the museum will close 3 galleries.", "3"),
        ("About 150 flights were cancelled at the airport, it was reported on Sunday.", "About 150"),
        ("Sales of the album passed 500,000 copies, it was revealed.", "500,000"),
    ],
)
def test_an_unnamed_frame_with_its_time_is_reported(text: str, figure: str) -> None:
    # GUIDE 14: an unnamed frame is "reported" with source null, whenever it says the news came out.
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (None, "reported")


def test_a_passive_event_verb_leaves_the_figure_asserted() -> None:
    c = claim_for("Four new cases were reported in the county on Monday.", "Four")
    assert c.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The union said 2,400 nurses would strike next week.", "2,400", "union"),
        ("The ministry said 1.5 million doses would arrive in May.", "1.5 million", "ministry"),
    ],
)
def test_a_said_would_after_a_number_with_a_comma_is_a_reported_will(text: str, figure: str, source: str) -> None:
    # "said ... would" is "will" told in the past; the comma or point inside the number breaks no clause.
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Industry analysts predict that tablet sales will fall to 120 million units.", "120 million", "analysts"),
        ("Market analysts expect the chain to open 80 stores next year.", "80", "analysts"),
    ],
)
def test_analysts_who_predict_give_a_possible_figure(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.modality == "possible"
    assert c.source is not None and source in c.source


def test_analysts_who_say_give_a_reported_figure() -> None:
    c = claim_for("Industry analysts say tablet sales fell to 120 million units.", "120 million")
    assert c.modality == "reported"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The clinic said it had treated 75 children for asthma in January.", "75", "clinic"),
        ("Freight volumes rose 11 percent in the spring, the airport said.", "11 percent", "airport"),
        ("Nearly 40 percent of buses ran late in May, the regulator found.", "Nearly 40 percent", "regulator"),
        ("About 60 percent of the funds went unspent, the audit found.", "About 60 percent", "audit"),
        ("The museum said 310,000 people had visited the exhibition.", "310,000", "museum"),
    ],
)
def test_a_body_of_another_beat_reports_its_figure(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.modality == "reported"
    assert c.source is not None and source in c.source


def test_what_officers_found_is_no_finding() -> None:
    c = claim_for("Officers found two men with gunshot wounds on Elm Street.", "two")
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The carmaker recalled 82,000 vehicles over a faulty airbag, it said in a statement.", "82,000"),
        ("The charity handed out 14,000 food parcels in December, it said.", "14,000"),
    ],
)
def test_a_closing_it_said_reports_the_figure(text: str, figure: str) -> None:
    assert claim_for(text, figure).modality == "reported"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The council aims to plant 20,000 trees by 2030.", "20,000"),
        ("Organisers hope to raise $2 million for the hospice.", "$2 million"),
        ("The ministry intends to build 45 new schools.", "45"),
    ],
)
def test_an_intention_is_possible(text: str, figure: str) -> None:
    # An aim or hope is not yet a fact, as the project reads a promise (GUIDE 14); a plan told by who made it
    # stays reported ("revealed plans to hire 200", tested with the sources).
    assert claim_for(text, figure).modality == "possible"


def test_an_intention_reaches_forward_only() -> None:
    text = "The chain opened 35 new stores last year and aims to open 50 more."
    assert claim_for(text, "35").modality == "asserted"
    assert claim_for(text, "50").modality == "possible"


def test_the_given_people_of_a_hope_are_not_doubted() -> None:
    c = claim_for("Police hope to speak with the two witnesses on Monday.", "two")
    assert c.modality == "asserted"


def test_a_deniers_own_figure_after_saying_is_reported() -> None:
    text = "The airline disputed the union's figure of 700 cancelled flights, saying the real number was 240."
    assert claim_for(text, "700").modality == "denied"
    assert claim_for(text, "240").modality == "reported"


def test_a_deniers_own_figure_with_a_hedge_is_possible() -> None:
    text = "Other biologists disputed the count of 31 new species, saying several were probably hybrids."
    assert claim_for(text, "31").modality == "denied"
    assert claim_for(text, "several").modality == "possible"


def test_a_page_label_before_a_colon_is_no_speaker() -> None:
    # "Gallery:" and "Photos:" label page furniture; they do not report what follows
    c = claim_for("Gallery: Photos: Crowds gather in Elm Square after three hurt", "three")
    assert (c.modality, c.source) == ("asserted", None)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The banker, who denies the charges, has lived in Lisbon for eleven years.", "eleven years"),
        ("The chain, which has always denied the allegations, runs 140 stores.", "140"),
    ],
)
def test_a_denial_in_an_aside_about_someone_is_no_denial_of_the_figure(text: str, figure: str) -> None:
    # "X, who denies the charges, ...": the aside tells what X says of an accusation, not of the figure.
    assert claim_for(text, figure).modality == "asserted"


def test_a_denial_outside_an_aside_still_denies() -> None:
    text = "The chain denied reports that it would close 140 stores."
    assert claim_for(text, "140").modality == "denied"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Our best guess is that the new line will carry about 12,000 riders a day.", "about 12,000"),
        ("The council's estimate is that the repairs will cost around $4 million in total.", "around $4 million"),
        ("I guess 200 people turned up for the vote.", "200"),
    ],
)
def test_a_guess_or_an_estimate_is_that_hedges_its_figure(text: str, figure: str) -> None:
    # A hedge noun with "is that" covers its complement as "estimate that" does.
    assert claim_for(text, figure).modality == "possible"


def test_is_that_after_no_hedge_asserts() -> None:
    assert claim_for("The good news is that the plant hired 300 workers.", "300").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The old press could only print 500 copies an hour.", "500"),
        ("Visitors may only bring two guests each.", "two"),
    ],
)
def test_could_only_is_a_limit_not_a_doubt(text: str, figure: str) -> None:
    assert claim_for(text, figure).modality == "asserted"


def test_might_only_be_still_doubts() -> None:
    assert claim_for("The final bill might only be $300.", "$300").modality == "possible"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Forecasters give a 70 percent chance that the storm reaches the coast.", "70 percent"),
        ("There is a 40% probability that 2 million homes lose power this winter.", "2 million"),
        ("Analysts put the odds that the merger cuts 900 jobs at even.", "900"),
    ],
)
def test_a_likelihood_that_forecasts_its_figure_and_what_may_come(text: str, figure: str) -> None:
    assert claim_for(text, figure).modality == "possible"


def test_a_chance_without_that_is_no_hedge() -> None:
    # "a second chance" names an opportunity; nothing is forecast.
    assert claim_for("The club gave 12 players a second chance.", "12").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # "would" of a habit or of the story's own later is no doubt.
        ("As a boy he would often walk 6 miles to school.", "6 miles", "asserted"),
        ("Divers would later recover 11 crates from the wreck.", "11", "asserted"),
        # "would" of a plan or a condition still is.
        ("The scheme would cost about $40 million.", "about $40 million", "possible"),
    ],
)
def test_would_of_a_habit_or_a_later_event(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # A hedge covers its own verb phrase; "and will ..." with an auxiliary of its own is a plan stated.
        ("The bakery chain said it may shut 40 shops and will open 12 cafes.", "40", "possible"),
        ("The bakery chain said it may shut 40 shops and will open 12 cafes.", "12", "reported"),
        # Without an auxiliary, the second verb shares the hedge.
        ("The club said it may sell 3 players and sign 2 more.", "2", "possible"),
    ],
)
def test_a_hedge_ends_at_a_verb_with_an_auxiliary_of_its_own(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


def test_a_modal_after_and_doubts_only_its_own_verb_phrase() -> None:
    text = "Inflation rose to 3.1% in June and could fall below 2% by spring."
    assert claim_for(text, "3.1%").modality == "asserted"
    assert claim_for(text, "below 2%").modality == "possible"


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # A toll that could reach a range is a possibility, "the" before the range notwithstanding.
        ("Aid group Hope First said the toll could climb into the hundreds.", "hundreds", "possible"),
        ("Officials said the death toll could reach the thousands.", "thousands", "possible"),
        # ... while a hedge after "the two men" doubts what they did, not how many they are.
        ("The two men could face charges.", "two", "asserted"),
        # Those believed trapped or dead are a count in doubt; those believed involved are not.
        ("Rescuers were searching for dozens of people believed trapped under the rubble.", "dozens", "possible"),
        ("Two men believed to be involved were arrested.", "Two", "asserted"),
    ],
)
def test_ranges_reached_and_states_believed(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # "an estimated" is the adjective of the figure after it, which alone it puts in doubt ...
        ("Crews cleared more than 300 wrecked cars worth an estimated £900,000.", "more than 300", "asserted"),
        ("Crews cleared more than 300 wrecked cars worth an estimated £900,000.", "an estimated £900,000", "possible"),
        ("The dam, which cost an estimated $2 billion, holds a 40 km lake.", "40 km", "asserted"),
        (
            "Agents found 25 kilograms of cannabis with an estimated street value of £250,000.",
            "25 kilograms",
            "asserted",
        ),
        ("Agents found 25 kilograms of cannabis with an estimated street value of £250,000.", "£250,000", "possible"),
        # ... and the figure it goes to from there.
        ("The herd fell from an estimated 9,000 head down to 6,000.", "6,000", "possible"),
    ],
)
def test_an_estimated_figure_and_no_other(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality
