"""Source on written paragraphs of other beats (business, economy, health, weather, transport).

Each case is a pattern of attribution seen on invented news paragraphs outside the dev
documents, written here as a new paragraph.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "it said": a body named before speaks as "it" in a later sentence of its paragraph.
        (
            "Orvane Bank cut 300 jobs in May, the lender said. Profit fell 12% in the quarter, it said.",
            "12%",
            "Orvane Bank",  # "it" is the lender, the body the descriptor stood for
        ),
        (
            "The outage hit 90,000 homes, Pellow Power said on Friday. About 4,000 were still dark on Sunday, it said.",
            "About 4,000",
            "Pellow Power",
        ),
    ],
)
def test_source(text: str, figure: str, source: str | None) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # Numbers named by whose or which they are, with a verb of their own.
        ("Rents rose 6% last year, Calder Bureau figures show.", "6%", "Calder Bureau"),
        ("Exports fell 2% in March, customs data showed.", "2%", "customs data"),
        ("Halvard Air lost $40 million, the carrier's filing showed.", "$40 million", "carrier's filing"),
        # A bare "the data show" names no one of its own.
        ("The data show 40 new cases.", "40", None),
    ],
)
def test_figures_show(text: str, figure: str, source: str | None) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "It ..." goes on with what the account before was about, so the account goes on too.
        (
            "Storm damage hit 900 homes, Wexley Mutual said. It expects claims of about $5 million.",
            "about $5 million",
            "Wexley Mutual",
        ),
        (
            "Pellam Air lost $20 million in May, its filing showed. It carried 2 million passengers.",
            "2 million",
            "filing",
        ),
        # Not the article's own background with "It was ...".
        (
            "Rain fell for 9 hours, forecasters said. It was the same storm that flooded 200 homes in 2019.",
            "200",
            None,
        ),
    ],
)
def test_it_goes_on(text: str, figure: str, source: str | None) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A share after a share, or a sum after a sum, goes on with the release the sentence before gave whole.
        (
            "Prices rose 2.9% in June, the Tarn Statistics Office said. Rents climbed 4.4%.",
            "4.4%",
            "Tarn Statistics Office",
        ),
        (
            "According to the treasury, the state spent $3 billion on roads. Rail got $1.1 billion.",
            "$1.1 billion",
            "treasury",
        ),
        # Not a count after a share: the article's own background.
        ("Sales rose 5%, the retailer said. The chain has 140 stores.", "140", None),
    ],
)
def test_same_measure_goes_on(text: str, figure: str, source: str | None) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "citing" a reason names no source: the speaker before it is the source
        ("Bus fares will rise 8% in May, the operator said, citing higher fuel prices.", "8%", "operator"),
        ("Orders fell 3% in the quarter, the firm said, citing weak demand in Asia.", "3%", "firm"),
        # ... while "citing" a body or a paper names it
        ("The death toll rose to 40, citing local officials.", "40", "local officials"),
        ("Exports rose 4%, citing customs data.", "4%", "customs data"),
    ],
)
def test_citing_a_reason_names_no_source(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A sentence opening on the findings or on the figure before goes on with the account.
        (
            "Most renters moved at least once, according to a survey by Halvard Trust. "
            "The survey covered 2,400 tenants.",
            "2,400",
            "Halvard Trust",
        ),
        (
            "Trains ran late 1.2 million times last year, according to Rail Office data. "
            "That was up from 900,000 in 2023. The figures cover about 3,100 stations.",
            "about 3,100",
            "Rail Office",
        ),
        # Background the reporter adds after an account is not the account.
        (
            "Trains ran late 1.2 million times last year, according to Rail Office data. "
            "A new timetable starts in May with 40 extra services.",
            "40",
            None,
        ),
    ],
)
def test_findings_and_back_references_go_on(text: str, figure: str, source: str | None) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # The day a survey or report came out stands between it and its author.
        (
            "Almost 40% of drivers speed, according to a survey released Friday by the Corvin Trust.",
            "Almost 40%",
            "Corvin Trust",
        ),
        (
            "About 1,200 bridges need work, according to a report published on Monday by the Road Board.",
            "About 1,200",
            "Road Board",
        ),
    ],
)
def test_according_to_a_dated_survey_is_its_author(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "Its ..." goes on with the body or the thing the account before was about.
        (
            "The museum drew 410,000 visitors last year, the Arlow Trust said. Its shop took £2 million.",
            "£2 million",
            "Arlow Trust",
        ),
        # A quoted title is no one's words: the account it sits in goes on.
        (
            'The thriller "Night Harbour" took $52 million, according to tracking firm BoxTally. '
            "It played in 3,900 cinemas.",
            "3,900",
            "BoxTally",
        ),
        # A quotation of someone's words is theirs alone, and the article goes on in its own voice.
        (
            '"We have never seen a summer like it," the Arlow Trust said. It opened 12 new rooms.',
            "12",
            None,
        ),
    ],
)
def test_its_and_quoted_titles_go_on(text: str, figure: str, source: str | None) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # "..., they said, up from £10": the figure it is set against is theirs too.
        (
            "About 9,000 people came to the fair, organisers said. Parking cost £14, they said, up from £11 in 2023.",
            "£11",
            "organisers",
            "reported",
        ),
        (
            "Sales reached 2,100 cars in May, Tolland Motors said. Exports fell to 800, it said, down from 950.",
            "950",
            "Tolland Motors",
            "reported",
        ),
        # "said he heard 12 shots": he is the one who heard them, not a speaker named before.
        (
            "Detective Jo Marr said the search went on. A neighbour who asked not to be named said he heard 12 shots.",
            "12",
            None,
            "asserted",
        ),
    ],
)
def test_a_comparison_after_a_pronoun_speaker(text: str, figure: str, source: str | None, modality: str) -> None:
    claim = claim_for(text, figure)
    assert (claim.source, claim.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "&" joins the words of one name: a firm named for its founders.
        ("Sales fell 4% in March, Hollis & Grant said.", "4%", "Hollis & Grant"),
        ("According to Marr & Pike, rents rose 3%.", "3%", "Marr & Pike"),
        # What rose at a firm is no one speaking: "the company" stays itself.
        ("Profit at Calder Mills rose 8%, the company said.", "8%", "company"),
        ("Revenue at the Orrin Tools group fell 2% in the year, the company said.", "2%", "company"),
    ],
)
def test_names_with_ampersands_and_measures_at_a_firm(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # Armed services speak as the army does.
        ("The navy said 6 boats were stopped.", "6", "navy"),
        ("The Kestan air force said it had downed 14 drones overnight.", "14", "Kestan air force"),
        ("The coastguard said 40 people were rescued.", "40", "coastguard"),
    ],
)
def test_armed_services_speak(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # ", saying ...": the subject the sentence opens on says what the participle says.
        ("The union rejected the offer, saying real pay had fallen 9%.", "9%", "union"),
        (
            "Health minister Ilse Marr disputed the count, saying fewer than 40 wards had shut.",
            "fewer than 40",
            "Ilse Marr",
        ),
        ("Orbel Foods cut its outlook on Monday, warning that sales could drop 6%.", "6%", "Orbel Foods"),
        # ... but a figure that changed speaks for no one,
        ("Exports rose 3% in June, adding to pressure on the currency.", "3%", None),
        # the participle of a speaker's own verb is that speaker's,
        (
            "Officers searched the flat, police spokeswoman Ana Ruiz said, adding that 30 rounds were found.",
            "30",
            "Ana Ruiz",
        ),
        # and after a clause of another subject, the opener says nothing.
        ("Police closed the road, but a driver filmed the scene, saying 20 cars were stuck.", "20", None),
    ],
)
def test_a_participle_of_speech(text: str, figure: str, source: str | None) -> None:
    assert claim_for(text, figure).source == source


def test_a_participle_of_speech_is_not_what_is_counted() -> None:
    assert claim_for("The union rejected the offer, saying real pay had fallen 9%.", "9%").counted == "real pay"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # What a court, an inquiry or a jury heard is the account put to it.
        (
            "The firm agreed to pay $4 million to settle the case, the High Court in Leeds heard on Monday.",
            "$4 million",
            "High Court",
        ),
        ("The inquiry was told that 12 patients died on the ward.", "12", "inquiry"),
        # ... while people who heard shots report nothing by it.
        ("Residents heard 12 shots.", "12", None),
        # A poll for an outlet is the outlet's.
        ("A poll for the Marlow Gazette found 57% of voters backed the plan.", "57%", "Marlow Gazette"),
        # Auditors and inspectors speak as officials do.
        ("In a report published on Friday, auditors said 12 of the 40 grants lacked receipts.", "12", "auditors"),
        ("Last week, inspectors said 9 of the 20 homes were unsafe.", "9", "inspectors"),
    ],
)
def test_courts_polls_and_auditors(text: str, figure: str, source: str | None) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # Speakers named by one of them.
        ("Critics, including the Rail Users' Group, say the project ran 60% over budget.", "60%", "Rail Users' Group"),
        # A study with adjectives of its own, released on a day, by its author.
        (
            "One in four adults sleeps under six hours, according to a national survey released on Wednesday by the "
            "Marden Institute.",
            "One in four",
            "Marden Institute",
        ),
        # What changes after a long phrase is no one acting: "the agency" is not the sentence before's "Uptake".
        (
            "Cases rose to 900, according to the Orrel health agency. Uptake of the vaccine among people aged 65 and "
            "older stands at 61%. The agency said 19 deaths had been recorded.",
            "19",
            "agency",
        ),
        # A pronoun that recommends is the person named before.
        (
            "Dr Ana Pell led the study. She recommended that adults sleep seven to nine hours.",
            "seven to nine hours",
            "Dr Ana Pell",
        ),
    ],
)
def test_named_among_speakers_and_studies_by_day(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # People of a role written as a plural acronym hear what is said; they are no outlet.
        ("Housing minister Ana Pell told MPs the number had fallen to 140.", "140", "Ana Pell"),
        ("The minister told the BBC that 40 sites had closed.", "40", "BBC"),
    ],
)
def test_listeners_of_a_role(text: str, figure: str, source: str | None) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A sentence that goes on telling what happened, in a past or a future, continues the account
        # the sentence before gave (GUIDE 13).
        (
            "Customs seized 900 kilos of khat at the port, the agency said. The haul had a value of £1.3 million.",
            "£1.3 million",
            "Customs",
        ),
        (
            "Deputies arrested 14 people in the sweep, the sheriff's office said. Officers took 60 bikes back.",
            "60",
            "sheriff's office",
        ),
        ("Tarn Rail posted a loss, the operator said on Monday. Fares will rise by 4% in March.", "4%", "operator"),
        # Only the clause that tells it: "has" is how things stand, "will" what is to happen.
        (
            "Kelso Air cut its routes, the airline said. The firm has 40 jets and will retire 6 of them.",
            "6",
            "Kelso Air",
        ),
    ],
)
def test_telling_what_happened_goes_on_with_the_account(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source is not None and source.split()[-1] in c.source
    assert c.modality == "reported"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # How things stand is the reporter's background ...
        ("Kelso Air cut its routes, the airline said. The firm has 40 jets and will retire 6 of them.", "40"),
        # ... and so is an aside in parentheses, another year, or a sentence with a speaker of its own.
        ("The lake rose 2 metres, the agency said. Water reached the mark (about 9 metres) at dawn.", "about 9 metres"),
        ("The storm hit at noon, forecasters said. A similar one flooded 300 homes in 2011.", "300"),
        # ... or a time clause that sets the account against another event.
        (
            "The pair were flown out, according to a prison source. Their release came after the state freed 40 men.",
            "40",
        ),
    ],
)
def test_background_asides_and_other_times_do_not(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert c.source is None and c.modality == "asserted"


def test_a_sentence_with_its_own_unnamed_speaker_takes_no_source_from_before() -> None:
    text = "Jo Marr said the search went on. A cook at the diner said she counted 3 men."
    assert claim_for(text, "3").source != "Jo Marr"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "the company", "the maker": the firm whose shares open the sentence.
        ("Shares in Orvex Foods fell 9% after the company said it would close two plants.", "two", "Orvex Foods"),
        # A descriptor with lower-case modifiers is its head noun's ("the snack maker").
        ("Shares of Pellam Mills fell after the flour maker said it would cut 80 jobs.", "80", "Pellam Mills"),
    ],
)
def test_a_descriptor_speaks_for_the_firm_whose_shares_moved(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source
