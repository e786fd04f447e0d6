"""A figure called false by the next sentence ("A rival called that figure false"), and a denier's own
figure after the denial ("... and put the real audience at under one million").

Sentences are written for these tests, in the language of business, media and local news."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The stadium cost around $90 million to build. The club's owner called that number wildly inflated.",
            "around $90 million",
        ),
        (
            "Commuters said the delay lasted about 40 minutes. The operator called that account untrue.",
            "about 40 minutes",
        ),
        # in the same sentence, rejected "as" something
        (
            "Landlords warned the rule could cut supply by as much as 20%, a claim the council rejected as alarmist.",
            "as much as 20%",
        ),
    ],
)
def test_a_figure_called_false_is_denied(text: str, figure: str) -> None:
    assert claim_for(text, figure).modality == "denied"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The gala drew 1.5 million viewers, according to broadcaster Tela. A rival channel, Vox 7, called that "
            "figure false and put the real audience at under one million.",
            "under one million",
        ),
        ("The board said the claim was false and that only 300 ballots had been set aside.", "only 300"),
    ],
)
def test_what_the_denier_says_instead_is_reported(text: str, figure: str) -> None:
    assert claim_for(text, figure).modality == "reported"


def test_a_sentence_that_calls_nothing_before_it_false_denies_nothing() -> None:
    text = "The museum drew 40,000 visitors in May. The director called the opening a triumph."
    assert claim_for(text, "40,000").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A forecast dismissed, or numbers disputed, in the next sentence.
        (
            "Analysts at Tovel said rents could climb 6% next year. The housing minister dismissed that forecast as "
            '"nonsense".',
            "6%",
        ),
        (
            "Jails hold about 7,000 inmates, according to court filings. The state disputed the filings' numbers.",
            "about 7,000",
        ),
        ("The Courier put the transfer fee at £18 million. The club rejected the Courier's figure.", "£18 million"),
    ],
)
def test_a_forecast_dismissed_or_numbers_disputed_are_denied(text: str, figure: str) -> None:
    assert claim_for(text, figure).modality == "denied"


def test_disputing_something_else_denies_no_figure() -> None:
    text = "Police said 14 people were arrested. Their lawyers disputed the charges."
    assert claim_for(text, "14").modality == "reported"


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # A paragraph that opens on calling the figures before false answers the paragraph before it.
        (
            "The ministry said its troops had seized 30 tanks and killed 200 fighters.\n\n"
            "The rebel command called both figures false, saying it had lost no more than 20 men.",
            "200",
            "denied",
        ),
        (
            "The ministry said its troops had seized 30 tanks and killed 200 fighters.\n\n"
            "The rebel command called both figures false, saying it had lost no more than 20 men.",
            "no more than 20",
            "reported",
        ),
        # ... but not when it gives a figure of its own first: its denial is of that one.
        (
            "Turnout was 61%, the county said.\n\n"
            "Lena Ortiz said 3,000 votes were missing, but the county called that claim false.",
            "61%",
            "reported",
        ),
        # A denial that names what it calls false denies only the figure its clause is about.
        (
            "Councillor Ada Voss said 45 bids had been turned down and that the council had paid £600,000 to "
            "advisers. A council spokesperson said the advisers figure was wrong.",
            "£600,000",
            "denied",
        ),
        (
            "Councillor Ada Voss said 45 bids had been turned down and that the council had paid £600,000 to "
            "advisers. A council spokesperson said the advisers figure was wrong.",
            "45",
            "reported",
        ),
        (
            "Residents said 14 drivers were hurt on the bend, and 30 cars had been damaged. "
            "Police dismissed the account of the drivers' injuries as baseless.",
            "14",
            "denied",
        ),
        (
            "Residents said 14 drivers were hurt on the bend, and 30 cars had been damaged. "
            "Police dismissed the account of the drivers' injuries as baseless.",
            "30",
            "reported",
        ),
        # A possessive names whose figure is meant.
        (
            "Analyst Jo Brandt said a litre could fall by 6 cents. A retailers' group called Brandt's "
            "savings estimate fantasy.",
            "6 cents",
            "denied",
        ),
        (
            "The air force said it had downed 12 drones. A ministry spokesperson rejected the governor's toll "
            "as invented.",
            "12",
            "reported",
        ),
    ],
)
def test_what_a_denial_names(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality
