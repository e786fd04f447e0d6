"""What happened to the counted thing (GUIDE "event"): the verb that governs the figure."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # Subject of a passive: the participle with its key preposition, stopping before place and time.
        (
            "Twelve people were killed in the storm on Monday, the sheriff's office said.",
            "Twelve",
            "killed in the storm",
        ),
        (
            "Four firefighters were treated for minor injuries at the scene.",
            "Four",
            "treated for minor injuries at the scene",
        ),
        # An apposition between dashes and a relative clause are skipped to reach the main verb.
        (
            "Two hikers — a father and his son — who had been missing since Friday were found alive on Sunday.",
            "Two",
            "found alive",
        ),
        ("Deputies said 28 residents who lived near the plant were evacuated as a precaution.", "28", "evacuated"),
        (
            "About 300 workers, including contractors from out of state, were laid off by the mill.",
            "About 300",
            "laid off by the mill",
        ),
        # Subject of an active verb.
        (
            "Officials said two injured motorists sought treatment at Mercy Hospital.",
            "two",
            "sought treatment",
        ),  # "at Mercy Hospital" is the place
        (
            "Several thousand protesters wearing yellow vests marched through the capital.",
            "Several thousand",
            "marched through the capital",
        ),
        # Object of an active verb: the participle, with the subject as agent when it is named.
        ("Police arrested 5 men after a brawl outside a bar on Main Street.", "5", "arrested by Police"),
        ("The flood destroyed 40 homes along the river.", "40", "destroyed by the flood"),
        (
            "The epidemic has killed an estimated 3 million people in Elmland alone.",
            "an estimated 3 million",
            "killed by the epidemic",
        ),
        (
            "The county paid the contractor nearly $2 million for the repairs.",
            "nearly $2 million",
            "paid by the county",
        ),
        # "left 3 dead" names the state, and the toll counts deaths.
        ("The explosion left 3 dead and 11 injured.", "3", "dead"),
        ("The explosion left 3 dead and 11 injured.", "11", "injured"),
        ("The death toll from Sunday's tornado rose to 15 on Wednesday, officials said.", "15", "died"),
        # Role nouns without a verb of their own.
        ("The province recorded 41 cases and 7 deaths between 2011 and 2019.", "7", "died"),
        # "the shooting", "a stabbing": a noun of the incident, not what befell those counted; the
        # verb the figure is the object of says that.
        ("A cabbie drove three victims to a clinic after the shooting.", "three", "driven"),
        ("Detectives questioned six witnesses of Friday's stabbing.", "six", "questioned by Detectives"),
        ("Four diners were hurt in a shooting at the cafe.", "Four", "hurt in a shooting at the cafe"),
    ],
)
def test_event(text: str, figure: str, event: str) -> None:
    assert claim_for(text, figure).event == event


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A verb of another figure, or of the clause's subject, is not this figure's event.
        ("The government freed three prisoners and sent them to Qatar.", "three"),
        # An attribution verb is not an event.
        ("The mayor said 40 during a news conference.", "40"),
    ],
)
def test_event_is_not_borrowed(text: str, figure: str) -> None:
    event = claim_for(text, figure).event
    assert event is None or not event.startswith(("sent", "said")), event


def test_toll_counts_deaths() -> None:
    c = claim_for("The death toll from the storm rose to 15 after searchers found three more bodies.", "15")
    assert (c.counted, c.event) == ("deaths", "died")


def test_coordinated_figures_keep_their_own_verbs() -> None:
    text = "Police said 12 people were killed and 5 others were injured in the crash on Thursday."
    assert claim_for(text, "12").event == "killed"
    assert claim_for(text, "5").event == "injured in the crash"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("Two Dead, Six Hurt After Gunfire Erupts Outside Bowling Alley", "Six", "hurt"),
        ("Two Dead, Six Hurt After Gunfire Erupts Outside Bowling Alley", "Two", "dead"),
        ("Watch: Three Wounded In Early Morning Shooting On Riverside Drive", "Three", "wounded"),
    ],
)
def test_headline_verbs_are_capitalised_too(text: str, figure: str, event: str) -> None:
    # A headline's tally: each figure takes the capitalised verb after it, not its neighbour's.
    assert (claim_for(text, figure).event or "").split()[0] == event


def test_fatal_adverb_before_a_reduced_relative_stays_with_the_verb() -> None:
    # "fatally" decides the quantity (killed, not merely shot), wherever the verb stands.
    c = claim_for("Relatives gathered for the three hikers fatally struck by lightning on the ridge.", "three")
    assert (c.event or "").startswith("fatally struck")


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # A figure given again under a noun that stands for the figure before is that quantity,
        # what happened to it included.
        ("The blaze destroyed 300 homes. County officials later put the number at 340.", "340", "destroyed"),
        ("Crews rescued 45 hikers on Sunday; by Monday that figure rose to 52.", "52", "rescued"),
        ("Crews rescued 45 hikers on Sunday. By Monday the figure had climbed to 52.", "52", "rescued"),
    ],
)
def test_a_figure_given_again_takes_the_event_of_the_figure_before(text: str, figure: str, event: str) -> None:
    assert (claim_for(text, figure).event or "").startswith(event)


def test_a_noun_that_is_no_stand_in_borrows_no_event() -> None:
    # "the crowd" is a thing of its own, not the figure before
    assert claim_for("The blaze destroyed 300 homes. Police put the crowd at 2,000.", "2,000").event is None


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # A verb of change sets what a noun of an act counts "to" the figure: the noun is the event.
        ("The carmaker has widened its recall of vans to 64,000 vehicles.", "64,000", "recall"),
        ("The carrier increased its order to 30 planes.", "30", "order"),
        # a noun that stands for a figure, or a measure, names no act
        ("The board raised the total to 14 members.", "14", None),
        ("The council cut the limit to 40 stalls.", "40", None),
    ],
)
def test_a_count_a_verb_of_change_sets_its_noun_to_takes_that_noun_as_event(
    text: str, figure: str, event: str | None
) -> None:
    assert claim_for(text, figure).event == event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # The verb after the group a part is counted out of befell the part, not the group...
        ("Two of the six hikers died of exposure.", "six", None),
        ("Three of the eight sailors were taken to hospital.", "eight", None),
        ("One of the four climbers sustained a broken leg.", "four", None),
        # ...but a participle of the group's own, or its relative clause, is the group's event.
        ("One of the three miners rescued on Friday has died.", "three", "rescued"),
        ("Two of the nine guests who were evacuated returned home.", "nine", "evacuated"),
        # "all of the" is the whole group
        ("All of the nine passengers were rescued.", "nine", "rescued"),
    ],
)
def test_the_group_a_part_is_counted_out_of_keeps_only_its_own_event(text: str, figure: str, event: str | None) -> None:
    got = claim_for(text, figure).event
    assert got == event if event is None else (got or "").startswith(event)


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # A clause with a subject of its own after the figure ("as smoke drifted") says nothing of the figure.
        ("Police evacuated 300 residents on Tuesday as smoke drifted over the town.", "300", "evacuated by Police"),
        ("Guards moved 40 inmates while workers repaired the roof.", "40", "moved by Guards"),
        # ... but "as well as" joins two nouns of one clause.
        ("Twelve people as well as a dog were rescued.", "Twelve", "rescued"),
    ],
)
def test_a_subordinate_clause_after_the_figure_is_not_its_event(text: str, figure: str, event: str) -> None:
    assert claim_for(text, figure).event == event
