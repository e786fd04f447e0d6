"""What a figure counts when the words around it would mislead a reader that takes the nearest noun: a
noun of the verb lists used as a noun, a bound after "of", a verb after a measure's unit, a time
"away", and a rate among a group."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import counted_of


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # "cost" before "was" is the noun, not the verb whose subject comes before it.
        ("The final cost was $9 million, officials said.", "$9 million", "final cost"),
        ("The true cost is about £40,000.", "about £40,000", "true cost"),
        # A bound after "of" belongs to the noun before "of", not to the verb after the amount.
        ("Penalties of up to $2,000 await landlords who ignore the rules.", "up to $2,000", "Penalties"),
        # A past tense after a unit is the measure's verb, not a noun's modifier, spaced or glued.
        ("Swells of up to 5 metres wrecked boats in the harbour.", "up to 5 metres", "Swells"),
        ("Highs of 41C forced schools to close early.", "41C", "Highs"),
        # "N days away": what is that far off is the subject.
        ("The election is now nine days away.", "nine days", "election"),
        # What a verb changed "to" an amount, after a "by" phrase or not.
        ("The bank lowered its base rate by half a point to 3.5%.", "3.5%", "base rate"),
        ("The shop cut the price of its tent by a third, to $120.", "$120", "price of tent"),
        # A participle that sets an amount aside gives it the purpose after "to".
        ("The trust has £4m set aside to refurbish the wards.", "£4m", "wards"),
        ("The club had $60,000 earmarked to replace the stands.", "$60,000", "stands"),
        # A preposition of contrast opens no noun phrase.
        ("The builder was paid $2 million despite finishing late.", "$2 million", "builder"),
        # A rate among a group is a share of the group.
        ("Take-up of the scheme among small firms stands at 23%.", "23%", "small firms"),
        ("Obesity among older children rose to 19% last year.", "19%", "older children"),
    ],
)
def test_the_counted_noun(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # An amount right before a noun still names it after "of" ...
        ("It is a street of $900,000 houses.", "$900,000", "houses"),
        # ... and so does a bound before "worth of".
        ("They took about $3,000 worth of tools.", "about $3,000", "tools"),
        # A compound measure may modify a noun with a participle.
        ("The 2-metre raised platform gave way.", "2-metre", "raised platform"),
        # "among" outside the figure's clause is not its group.
        ("Vans are the cheapest among the fleets, followed by cars, which cost 12% more.", "12%", "cars"),
    ],
)
def test_where_the_rules_stand_back(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A mark the figure before is set against counts what that figure counts.
        ("Turnout fell to 58%, well below the 70% the party had hoped for.", "70%", "Turnout"),
        ("Reading scores stand at 64%, short of the 80% target set by the state.", "80%", "Reading scores"),
        ("Exports reached $9 billion, above the $8 billion the ministry had planned for.", "$8 billion", "Exports"),
    ],
)
def test_a_mark_set_against_the_figure_before(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


def test_over_the_is_a_window_not_a_mark() -> None:
    # "over the" and "under the" open a time or a rule as often as a mark, so they borrow nothing.
    assert counted_of("Prices rose 4% this year, over the 10 years before that.", "10 years") != "Prices"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A vote's counts are of the subject's head, not of the noun in its modifier.
        ("Members of the town board voted 5 to 2 against the plan.", "5", "Members"),
        # "total" between a possessive and its verb is the noun, with a time word between or not.
        ("Its regional total now stands at $75 million.", "$75 million", "regional total"),
        # "N of those X were Y": the count is of what they are said to be.
        ("Nine of those detained were minors.", "Nine", "minors"),
        ("Three of the injured were firefighters.", "Three", "firefighters"),
    ],
)
def test_subjects_and_predicates(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A number word before the noun is a figure of its own, not a word of the noun.
        ("The depot fixes about four in five buses within 48 hours.", "within 48 hours", "buses"),
        ("Two cousins, 14 and 15, were hurt.", "14", "cousins"),
        # A bare count stands for the noun of the count before it, not of a share between them.
        ("She won 8,200 votes, about 51% of the total, against 7,900 for her rival.", "7,900", "votes"),
    ],
)
def test_numbers_are_no_nouns_and_counts_borrow_from_counts(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # An absolute phrase of a change: what is up or down is its noun, not the sentence's subject.
        ("Orders held steady, with exports to Asia up by 12%.", "12%", "exports"),
        ("Bonds rallied, with the yield down 0.2% by noon.", "0.2%", "yield"),
        # An aside between the subject and its verb holds no noun of the measure.
        ("The tunnel, paid for by 14 councils, will be dug over about five years.", "about five years", "tunnel"),
    ],
)
def test_absolute_phrases_and_asides(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


def test_an_aside_before_a_clause_of_its_own_lends_no_subject() -> None:
    # After the aside comes a verb with an object of its own: what lasted is not the one named first.
    text = "Jo Hale, who runs the bakery, has worked in the trade for 20 years."
    assert counted_of(text, "20 years") != "Jo Hale"
