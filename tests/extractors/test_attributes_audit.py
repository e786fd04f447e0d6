"""Source and modality on patterns found by a blind audit of pages from other beats (issue 13).

Each test sentence is written for the test; each rule is a pattern of language (GUIDE 13, 14).
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A quotation tagged by "she said" goes on after the tag: the next quoted sentence is hers too.
        (
            "Ann Petrov, who runs the bakery, said business was slow.\n\n"
            "“It was the worst winter we have had,” she said. “We sold 300 fewer loaves a week.”",
            "300",
            "Ann Petrov",
        ),
        # An interrupted quotation: '“…,” he said, “…”'.
        (
            "Tom Reyes, a retired pilot, said he was glad the airport had reopened.\n\n"
            "“Thirty years of flying,” he said, “taught me to wait.”",
            "Thirty years",
            "Tom Reyes",
        ),
    ],
)
def test_a_quotation_tagged_by_a_pronoun_is_the_earlier_speakers(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_a_quotation_tagged_by_a_pronoun_is_reported_even_unnamed() -> None:
    text = "We spoke to one farmer near the river. “It has been dry,” she said. “We lost 40 acres of corn.”"
    c = claim_for(text, "40 acres")
    assert (c.source, c.modality) == (None, "reported")


def test_a_quotation_without_a_tag_stays_the_articles_background() -> None:
    # The quote marks here name a title, and no one speaks it.
    text = "The band played “Blue Water” twice. The tour has 12 dates."
    c = claim_for(text, "12")
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # When or in what the subject spoke stands between it and its verb; the speaker is the subject.
        ("Dana Kim in March revealed plans to hire 200 engineers.", "200", "Dana Kim"),
        ("Jo Smith on Tuesday said 40 people had signed up.", "40", "Jo Smith"),
        ("Acme Foods in a statement said 35 stores had closed.", "35", "Acme Foods"),
        ("Lena Ortiz late last year announced 12 new routes.", "12", "Lena Ortiz"),
    ],
)
def test_a_time_or_medium_between_speaker_and_verb(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # A participle after a possessive is an adjective of the noun, not a speech verb of the owner.
        ("Roe’s alleged victims numbered at least 30.", "at least 30", None, "asserted"),
        ("The bakery's reported sales reached $2 million.", "$2 million", None, "asserted"),
        # "false or misleading claims" is a kind of claim being counted; calling a figure false still denies it.
        (
            "The mayor made 40 false or misleading claims, according to the Daily Ledger.",
            "40",
            "Daily Ledger",
            "reported",
        ),
        ("The union said the report of 40 layoffs was false or misleading.", "40", "union", "denied"),
        # Verbs that report speech before a "that" clause only.
        ("Prosecutors asserted that 12 checks were skipped.", "12", "Prosecutors", "reported"),
        ("The housing department contends that 30 tenants owe rent.", "30", "housing department", "reported"),
        ("Inspectors testified that 40 pipes were cracked.", "40", "Inspectors", "reported"),
        ("The chain maintains 40 stores in Ohio.", "40", None, "asserted"),
    ],
)
def test_possessives_kinds_of_claims_and_that_clauses(
    text: str, figure: str, source: str | None, modality: str
) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # Speakers named before a lower-case "of" phrase, after an age, or with a clause of their own.
        ("Acme bought 30 of the presses, executives of both companies announced Monday.", "30", "executives"),
        ("Mia Chen, 41, said 14 windows were broken.", "14", "Mia Chen"),
        ("Mia Chen, 41, of Elm City, said 14 windows were broken.", "14", "Mia Chen"),
        ("The carmaker, which has struggled with recalls, says the van will go 300 miles.", "300 miles", "carmaker"),
        ("The Danish carmaker, which makes vans, says the van will go 300 miles.", "300 miles", "Danish carmaker"),
        ("The airline said 40 flights were cancelled.", "40", "airline"),
        # The "of" inside a capitalised name stays in it.
        ("The Ministry of Health said 40 people were ill.", "40", "Ministry of Health"),
    ],
)
def test_speakers_with_of_phrases_ages_and_clauses(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_an_age_apposition_is_the_articles() -> None:
    c = claim_for("Mia Chen, 41, said 14 windows were broken.", "41")
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # A hedge after "a share of the given whole" doubts the share; the whole is given.
        ("More than a third of Acme’s 12,000 employees will likely lose their jobs.", "More than a third", "possible"),
        ("More than a third of Acme’s 12,000 employees will likely lose their jobs.", "12,000", "asserted"),
        ("Half of the 300 workers could be laid off.", "Half", "possible"),
        ("Half of the 300 workers could be laid off.", "300", "asserted"),
        # A possessive makes a count given, as "the" does; "it’s" is no owner.
        ("The city’s 40 schools could close.", "40", "asserted"),
        # A clause with a subject of its own keeps its hedge.
        ("Two of the 12 officers said they may resign.", "Two", "asserted"),
    ],
)
def test_a_hedge_after_a_share_of_a_given_whole(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # After a closed pair of dashes the account goes on; inside the pair it is the reporter's aside.
        (
            "The agency said the five firms — Ajax, Brio and Cole — had joined the nine firms signed.",
            "nine",
            "agency",
            "reported",
        ),
        ("The adviser said the plan – drawn up with a budget of $90,000 – was a success.", "$90,000", None, "asserted"),
        # A participle after ", while" has no subject of its own: the same account goes on.
        (
            "The Tax Institute projected the levy would cut output 0.25 percent, while lowering pay by 0.16 percent.",
            "0.16 percent",
            "Tax Institute",
            "possible",
        ),
        # A clause with its own subject after ", while" is not the speaker's.
        ("Officials said 12 people were hurt, while three others remain missing.", "three", None, "asserted"),
    ],
)
def test_dash_pairs_and_participles_inside_an_account(
    text: str, figure: str, source: str | None, modality: str
) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # Fact-check wording that calls a claim false.
        ("In sum, the claim that Roe has a fortune of $17 million is wholly unsubstantiated.", "$17 million", "denied"),
        ("The ministry said the report of 300 deaths was “absolutely not true.”", "300", "denied"),
        ("The figure of 300 deaths has since been debunked.", "300", "denied"),
        # Before a noun the same words name a kind of thing.
        ("The sensor gave 40 inaccurate readings.", "40", "asserted"),
    ],
)
def test_fact_check_words_deny_a_claim(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # The body after "cited by", past its descriptors ("Taiwanese publication").
        (
            "Acme will sell a 13-inch tablet, according to sources cited by Taiwanese publication PadWire.",
            "13-inch",
            "PadWire",
        ),
        ("The tablet has a 13-inch screen, as reported by Korean newspaper Daily Beacon.", "13-inch", "Daily Beacon"),
        (
            "At least 40 people were held, according to reports received by the rights group.",
            "At least 40",
            "rights group",
        ),
        ("The toll reached 40, as reported by Reuters on Monday.", "40", "Reuters"),
        # A definite "the report" is the report named before it.
        (
            "A recent report by the Energy Council said the sector had 8 GW of plants. "
            "Lumo alone had 3 GW. A further 17 makers, according to the report, had smaller plants.",
            "A further 17",
            "Energy Council",
        ),
        (
            "Acme will sell a tablet, according to sources cited by PadWire. "
            "The report claims the screen will be 13.3 inches.",
            "13.3 inches",
            "PadWire",
        ),
        # An indefinite study names itself only.
        ("According to a new study, 40 percent of adults sleep badly.", "40 percent", "study"),
    ],
)
def test_bodies_after_cited_by_and_reports_named_before(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_the_report_does_not_reach_back_to_an_unrelated_speaker() -> None:
    text = "Police said two men were arrested. According to the report, 40 grams of heroin were seized."
    assert claim_for(text, "40 grams").source == "report"


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # Rejecting or dismissing a claim that holds the figure denies it; rejecting legal claims does not.
        ("The company rejected claims that 300 jobs would be cut.", "300", None, "denied"),
        ("The judge rejected the claims of 12 plaintiffs.", "12", None, "asserted"),
        # A speaker with a participle apposition, or named after a title.
        ("Jo Roe, speaking to reporters, said 300 jobs went.", "300", "Jo Roe", "reported"),
        ("Acme’s chief executive, Jo Roe, said 300 jobs went.", "300", "Jo Roe", "reported"),
        # An outlet the figure came to through speaking or an interview (GUIDE 13).
        ("Jo Roe, speaking to the BBC, said 300 jobs went.", "300", "BBC", "reported"),
        ("In an interview with CNN, Jo Roe said 300 jobs went.", "300", "CNN", "reported"),
        ("In a three-hour interview with the FBI, Lee confessed to the theft.", "three-hour", None, "asserted"),
        # A lower-case speaker for a named body.
        ("Sales fell 12 percent, a spokeswoman for Acme said.", "12 percent", "Acme", "reported"),
        # "a lie-detector test" and "the town lies" call nothing false.
        ("Jo Roe said he took a lie-detector test and talked to three detectives.", "three", "Jo Roe", "reported"),
        ("The town lies 40 miles north of the city.", "40 miles", None, "asserted"),
    ],
)
def test_rejections_appositions_interviews_and_lies(text: str, figure: str, source: str | None, modality: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # "would" after a past speech verb is "will" told in the past: a plan reported, not a doubt.
        ("Acme said it would cut 300 jobs.", "300", "reported"),
        ("Jo Roe said 300 jobs would go.", "300", "reported"),
        # "could" stays a doubt, and a "would" of its own clause a conditional.
        ("Acme said it could cut 300 jobs.", "300", "possible"),
        ("Tariffs would cost $40 billion, the bank said.", "$40 billion", "possible"),
    ],
)
def test_would_after_a_past_speech_verb_is_reported(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


def test_a_pronoun_quote_takes_no_speaker_from_an_earlier_paragraph_it_does_not_open() -> None:
    # The paragraph introduces its own speaker without naming her; the outlet before is not she.
    text = (
        "As the Daily Ledger has reported, the tool leaks phone numbers.\n\n"
        "We spoke to one parent of two teens. “I know this app,” she said. “My 15-year-old daughter has a public page.”"
    )
    c = claim_for(text, "15-year-old")
    assert (c.source, c.modality) == (None, "reported")
