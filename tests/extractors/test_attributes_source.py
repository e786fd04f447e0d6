"""Source and modality on small realistic sentences, one GUIDE rule each (decisions 13, 14)."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


def assert_attributed(text: str, figure: str, source: str | None) -> None:
    """The figure's source is ``source``, reported; with no source it is the article's own, asserted."""
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "asserted" if source is None else "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # Own sentence: subject before the speech verb, trailing attribution, "according to".
        ("Police said 12 people were killed in the crash.", "12", "Police", "reported"),
        ("The death toll rose to 31, the health ministry said on Monday.", "31", "health ministry", "reported"),
        ("According to Reuters, at least 5 were injured.", "at least 5", "Reuters", "reported"),
        ("According to WHO, there were 1,712 cases reported worldwide.", "1,712", "WHO", "reported"),
        (
            "Fire officials said three firefighters were hospitalised after the blaze.",
            "three",
            "Fire officials",
            "reported",
        ),
        ("The county sheriff’s office said two deputies were injured.", "two", "county sheriff’s office", "reported"),
        # Outlets the figure came to.
        ("A spokesman told the BBC that as many as 40 houses were destroyed.", "as many as 40", "BBC", "reported"),
        ("He had, according to Jane Roe of the Daily Herald, lost 30 pounds.", "30 pounds", "Daily Herald", "reported"),
        ("Analysts surveyed by FactSet were expecting $1.20 a share.", "$1.20 a share", "FactSet", "possible"),
        # A name with an appositive before the speech verb.
        (
            "Maria Lopez, a nurse at the county hospital, said 14 patients were admitted.",
            "14",
            "Maria Lopez",
            "reported",
        ),
        # A subordinate attribution does not cover the figure before it.
        ("Three cases were diagnosed, though officials say the risk is low.", "Three", None, "asserted"),
        # The figure is who was told, not what was said.
        ("The mayor told about 200 residents that the road would reopen.", "about 200", None, "asserted"),
        # Hedges: attributed and hedged is possible; a hedge in another clause is not the figure's.
        ("Officials estimated that 500 homes were damaged.", "500", "Officials", "possible"),
        ("The toll could rise to 50, officials said.", "50", "officials", "possible"),
        (
            "Police reported at least 3,000 people attended, but did not estimate the total.",
            "at least 3,000",
            "Police",
            "reported",
        ),
        ("The fever can be fatal in up to 40 per cent of people infected.", "up to 40 per cent", None, "asserted"),
        ("The company earned $1.6 billion, or $1.47 per diluted share.", "$1.6 billion", None, "asserted"),
        ("The talks could end the group’s 23-year insurgency.", "23-year", None, "asserted"),
        # Unnamed frames are reported with no source; "it was known as" is not one.
        ("It became known that 45 soldiers were captured.", "45", None, "reported"),
        (
            "It was known as the Great Fever, causing more than 20 million deaths.",
            "more than 20 million",
            None,
            "asserted",
        ),
        # Passive event verbs leave the figure asserted.
        ("Two other cases were reported in the province.", "Two", None, "asserted"),
        # Denied: the source stays with whoever reported it.
        (
            "The channel Red Line said 40 soldiers deserted. The army called the claim false.",
            "40",
            "Red Line",
            "denied",
        ),
    ],
)
def test_source_and_modality(text: str, figure: str, source: str | None, modality: str) -> None:
    c = claim_for(text, figure)
    assert c.source == source
    assert c.modality == modality


def test_reporter_background_between_dashes_is_asserted() -> None:
    text = "The aide said the drive – run by a small agency with a budget of $82,000 – was meant to draw attention."
    c = claim_for(text, "$82,000")
    assert (c.source, c.modality) == (None, "asserted")


def test_denial_in_same_sentence() -> None:
    c = claim_for("The ministry denied reports that 300 troops had surrendered, calling them fake.", "300")
    assert c.modality == "denied"


def test_next_sentence_trailing_attribution_continues_the_account() -> None:
    text = (
        "A total of 17 people who had met the patient were isolated. None has fallen ill so far, the commission said."
    )
    c = claim_for(text, "A total of 17")
    assert c.source == "commission" and c.modality == "reported"


def test_new_paragraph_does_not_inherit() -> None:
    text = "Police said 12 people were killed.\n\nThe bridge, built in 1950, carries 4 lanes."
    c = claim_for(text, "4")
    assert c.source is None and c.modality == "asserted"


def test_quote_attributed_after_closing_mark() -> None:
    text = (
        "“Two of three things a reef needs are here. But shade is rare,” study author Jo Roe, "
        "a scientist at Acme Labs, said in a statement."
    )
    assert claim_for(text, "Two").source == "Jo Roe"


def test_quote_continues_into_next_paragraph() -> None:
    text = (
        "Secretary Jane Doe said the deal “gives us hope for peace.\n\n"
        "“We see signs that the war, which has lasted 40 years, will end.”"
    )
    assert claim_for(text, "40 years").source == "Secretary Jane Doe"


def test_embedded_tweet_author_is_source() -> None:
    text = (
        "Yes the county spent nearly half a million dollars on this: https://t.co/abc\n\n"
        "— Dana Smith (@danasmith) March 4, 2021"
    )
    c = claim_for(text, "nearly half a million dollars")
    assert c.source == "Dana Smith" and c.modality == "reported"


def test_acronym_after_according_to_and_telegram_channel() -> None:
    text = "This was reported by the telegram channel “Elm24”, posting a video with several people."
    assert claim_for(text, "several").source == "Elm24"


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # A lower-case subject stops before its auxiliary and its speech verb.
        (
            "The alarm was raised late, but hospital sources have confirmed that six patients died.",
            "six",
            "hospital sources",
            "reported",
        ),
        ("Harbor police say they believe that 40 boats sank overnight.", "40", "Harbor police", "possible"),
        # People and bodies of a news report as lower-case subjects.
        ("A boy was killed and three others were hurt at the fair, deputies said.", "three", "deputies", "reported"),
        ("Two tenants were trapped in the flat, an investigator said Monday.", "Two", "investigator", "reported"),
        ("About 800 runners finished the race, organizers said.", "About 800", "organizers", "reported"),
        ("The network said the finale drew 9 million viewers.", "9 million", "network", "reported"),
        # A progressive speech verb, and a body making names or figures public.
        ("Nine workers were rescued from the mine, the Daily Ledger is reporting.", "Nine", "Daily Ledger", "reported"),
        ("The coroner released the names of four climbers who died on the glacier.", "four", "coroner", "reported"),
        # "added" with the figure as its object is no remark.
        ("The streaming service added 3.1 million members last quarter.", "3.1 million", None, "asserted"),
        # "X officials" are a source as the speakers of a clause, not as its actors.
        ("County officials inspected 6 bridges after the quake.", "6", None, "asserted"),
        ("Hospital sources in the capital claim 40 patients died.", "40", "Hospital sources", "reported"),
        # "reports of / that" frame a figure without a name; "a X survey showed" trails like "X said".
        ("Crews answered reports of 4 hikers stranded on the ridge.", "4", None, "reported"),
        (
            "About 60% of renters said rents rose, a Harbor Institute survey showed.",
            "About 60%",
            "Harbor Institute survey",
            "reported",
        ),
        # "likely voters" is a kind of voter, not a hedge.
        ("The poll of 800 likely voters has a margin of error of 3 points.", "800", None, "asserted"),
        # "found" is what was come upon, unless a study finds it.
        ("Firefighters found three dogs alive in the basement.", "three", None, "asserted"),
        (
            "A university survey found that 35 percent of renters skipped a meal.",
            "35 percent",
            "university survey",
            "reported",
        ),
        # Hedges: a relative clause after a modal, a prognosis, a suspect, a comma-closed phrase.
        (
            "A gas leak might have caused the blast that injured 8 workers, officials said.",
            "8",
            "officials",
            "reported",
        ),
        ("All five passengers are expected to survive.", "five", None, "asserted"),
        ("A man suspected of robbing 3 banks was arrested in Dover.", "3", None, "asserted"),
        ("The storm left 2 dead and crews clearing roads, possibly for days.", "2", None, "asserted"),
        ("Several hundred homes, most of them wooden, may have burned.", "Several hundred", None, "possible"),
        (
            "Scientists believe that the comet holds twice as much ice as the one that passed before.",
            "twice",
            "Scientists",
            "possible",
        ),
    ],
)
def test_subjects_verbs_and_hedge_scope(text: str, figure: str, source: str | None, modality: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


def test_sentences_run_together_do_not_share_an_attribution() -> None:
    text = "Four people were shot at a bus stop late Friday.The driver was unhurt, according to city police."
    c = claim_for(text, "Four")
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # A hedged range keeps its hedge; a number-unit adjective names a thing and is not hedged.
        ("Repairs could take 24-48 hours, the utility warned.", "24-48 hours", "possible"),
        ("The rebels may end their 18-year insurgency.", "18-year", "asserted"),
    ],
)
def test_a_hyphen_makes_a_duration_attributive_only_outside_a_range(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A dateline ends at a spaced hyphen, and the subject after it speaks for the sentence.
        ("OAKVILLE - Oakville police say a fight at a diner left two people hurt.", "two", "Oakville police"),
        # A lower-case title between the comma and a trailing speaker's name.
        ("Neighbours found three men wounded, detective Mara Quinn said.", "three", "Mara Quinn"),
        ("Crews treated five riders at the scene, police spokesman Tom Ruiz said.", "five", "Tom Ruiz"),
        # An abbreviated title inside the speaker after a quotation that closes a sentence later.
        (
            "“We found six victims on the porch. It was chaos,” said Sgt. Ana Ruiz of the county sheriff’s office.",
            "six",
            "Sgt. Ana Ruiz",
        ),
    ],
)
def test_datelines_titles_and_trailing_speakers(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A count opening the next sentence carries on an account given for the whole sentence before.
        ("A car drove past the store and opened fire, deputies said. Six people were hit.", "Six", "deputies"),
        (
            "According to county police, a guard was among five people shot. The four other victims were treated.",
            "four",
            "county police",
        ),
        # Not when the attribution covers only the clause after its verb ("X says she ..." may be followed
        # by the article's own background), nor across paragraphs.
        ("Jo Lane says she moved after the attack. Two of her sons were shot there.", "Two", None),
        ("The bar closed early and police said it was quiet. Three men were shot nearby.", "Three", None),
        ("A car opened fire on a crowd, deputies said.\nSix people were hit in all.", "Six", None),
        # An account that heads its sentence after a framing phrase, and runs to its end, goes on.
        (
            "At a briefing, Jo Roe reported that one rider was hurt and four were fine. Four more went home.",
            "Four",
            "Jo Roe",
        ),
        # A qualified count opens a sentence as a bare one does, and a count of thousands as one of tens.
        (
            "The storm reached the coast at dawn, the weather service said. Up to 9 inches of rain fell in the hills.",
            "Up to 9 inches",
            "weather service",
        ),
        (
            "Two clinics reported new cases, the agency said. About 1,200 contacts are being traced.",
            "About 1,200",
            "agency",
        ),
        ("Prices fell in May, the bureau said. Between 40 and 50 firms cut staff.", "Between 40 and 50", "bureau"),
        # A quantifier standing for those just counted, or the person the account was about, carries it on.
        ("Cases rose to 300, the agency said. Most were adults, and 41 people needed care.", "41", "agency"),
        ("The club signed Ruiz, the club said. The 24-year-old has agreed a three-year deal.", "24-year-old", "club"),
    ],
)
def test_a_count_opening_a_sentence_continues_the_account_before(text: str, figure: str, source: str | None) -> None:
    assert_attributed(text, figure, source)


def test_a_weekday_after_a_clock_time_does_not_start_a_sentence() -> None:
    # Cut at "a.m.", the trailing speaker would lose the figure it reports.
    text = "A neighbour called at 6:10 a.m. Sunday after she saw two men lying in the yard, deputy Lee Park said."
    c = claim_for(text, "two")
    assert (c.source, c.modality) == ("Lee Park", "reported")
    assert c.sentence == text


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # "reportedly"/"allegedly" frame the figure's own clause only.
        ("Late that night, two guards were reportedly hurt at the gate.", "two", "reported"),
        ("Three men were hurt after a driver reportedly fired from a van.", "Three", "asserted"),
        ("Five people were arrested in the robbery, allegedly planned by a cousin.", "Five", "asserted"),
        # A suspect denying an act, or a court denying bail, does not deny the figure.
        ("A man held in the shooting of four people denied pulling the trigger.", "four", "asserted"),
        ("The teen charged with wounding two classmates was denied bail.", "two", "asserted"),
        ("The army denied claims that 60 recruits had deserted.", "60", "denied"),
    ],
)
def test_frames_and_denials_bear_on_the_figure_only_in_its_clause(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "he said" / "He says" speak for the figure; the name comes from the nearest attribution before.
        (
            "Sgt. Bo Reyes said the fight began inside.\n\nSeveral others were hurt in the scuffle, he added.",
            "Several",
            "Sgt. Bo Reyes",
        ),
        ("Dee Marsh, a neighbour, said she woke to shouting. She says two men ran to a grey car.", "two", "Dee Marsh"),
        # No one named before: still reported, with no source.
        ("Three shots hit the door, he said.", "Three", None),
    ],
)
def test_a_pronoun_speaker_reports_the_figure(text: str, figure: str, source: str | None) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_a_pronoun_speaker_before_a_new_sentence_does_not_reach_back() -> None:
    c = claim_for("Four cars were towed. He said nothing else.", "Four")
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A headline's "Body: ..." is that body's line; a label such as "UPDATE:" is nobody's.
        ("Police: 5 hurt in shooting at Elm Park", "5", "Police"),
        ("Medical examiner: three victims died of gunshot wounds", "three", "Medical examiner"),
        ("UPDATE: 5 hurt in shooting at Elm Park", "5", None),
        # The body a release came from, and people who speak in lower case.
        (
            "Two men were hurt, according to a news release from the Elm County Sheriff's Office.",
            "Two",
            "Elm County Sheriff's Office",
        ),
        ("A witness said nine shots rang out.", "nine", "witness"),
        ("When deputies arrived, the lieutenant said, they found two men on the porch.", "two", "lieutenant"),
    ],
)
def test_headline_bodies_releases_and_lower_case_speakers(text: str, figure: str, source: str | None) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # A doubt about who did it, or about the cause, is not a doubt about the count.
        ("Deputies are looking for two men suspected in a bank robbery.", "two", None, "asserted"),
        ("Four people were hurt at a party police believe was targeted.", "Four", None, "asserted"),
        ("Five may have died in the fire.", "Five", None, "possible"),
        # A count of people before "suspects" is not a speaker.
        ("Three suspects were charged with robbery on Monday.", "Three", None, "asserted"),
        # Sentences glued without a space do not share a hedge or an attribution.
        ("“It probably saved him,” Jo Ray said.Two other men were shot at the store.", "Two", None, "asserted"),
    ],
)
def test_hedges_and_subjects_that_are_not_about_the_count(
    text: str, figure: str, source: str | None, modality: str
) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Six people were hurt at a street fair on Friday, local media reported.", "Six", "local media"),
        ("Two men were wounded outside the bar, Elmwood cops said.", "Two", "Elmwood cops"),
        ("Deputies had initially said that nine people were shot.", "nine", "Deputies"),
        ("The court documents stated that the man shot three neighbours.", "three", "court documents"),
        # A headline's closing ": Police", and a tweet signed on the same line.
        ("Three Teens Shot Near Elm Park: Police", "Three", "Police"),
        ("Praying for the 5 victims tonight: pic.twitter.com/xyz — Sam Lee (@samlee) May 2, 2016", "5", "Sam Lee"),
    ],
)
def test_more_speakers_of_crime_reports(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # The stop of "p.m." or "St." inside a sentence does not cut a trailing speaker off the figure.
        ("Two men were shot about 9:50 p.m. Monday near Elm Avenue, police said.", "Two", "police"),
        ("Three people were hurt shortly after 10 p.m. outside 12 Oak St., Reyes said.", "Three", "Reyes"),
        # "said a ... spokesman" after the account.
        ("One man died after the crash on Friday, said a Lakeview Police spokesman.", "One", "Lakeview Police"),
    ],
)
def test_trailing_speakers_across_abbreviations_and_after_said(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # The person after a body's title, after "said" too; a station's channel number is part of its name.
        ("“We detained the two men,” said Elm Metro spokesman Dan Hale.", "two", "Dan Hale", "reported"),
        ("A neighbour told KXAN 36 that she heard five shots.", "five", "KXAN 36", "reported"),
        # A hedge verb with a subject of its own heads another clause, not the figure's.
        (
            "Deputies say four cars were hit and they believe the driver was drunk.",
            "four",
            "Deputies",
            "reported",
        ),
        ("Four cars were hit and deputies believe the driver was drunk.", "Four", None, "asserted"),
    ],
)
def test_titled_speakers_stations_and_hedges_of_another_clause(
    text: str, figure: str, source: str | None, modality: str
) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # GUIDE 6: every sentence of an embedded tweet is its account holder's, whether the signature closes
        # the tweet's paragraph, follows its last stop without a space, or stands on the next line.
        ("Crews are out.\n\n2 cars burned on Oak Ave. Nobody hurt. — Elm Fire (@ElmFire) May 2", "2", "Elm Fire"),
        ("Crews are out.\n\n2 cars burned on Oak Ave. 1 driver hurt.— Elm Fire (@ElmFire) May 2", "1", "Elm Fire"),
        ("Crews are out.\n\n2 cars burned on Oak Ave. Stay away.\n\n— Elm Fire (@ElmFire) May 2", "2", "Elm Fire"),
        # An article paragraph before a tweet is not the tweet's.
        ("3 cars burned on Oak Ave.\n\nStay away. — Elm Fire (@ElmFire) May 2, 2016", "3", None),
    ],
)
def test_an_embedded_tweet_is_its_account_holders(text: str, figure: str, source: str | None) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # A belief doubts the count only when the count opens what is believed, or what is believed is a whole
        # "that" clause; otherwise it doubts who did it or why, and the count is reported (GUIDE 14).
        ("Deputies believe a woman fired a rifle and hit three cars.", "three", "Deputies", "reported"),
        ("Deputies believe the four riders knew each other.", "four", "Deputies", "reported"),
        ("Deputies believe three or four riders were in the van.", "three or four", "Deputies", "possible"),
        ("Deputies believe there were at least two drivers.", "at least two", "Deputies", "possible"),
        ("Deputies believe that the van held seven riders.", "seven", "Deputies", "possible"),
        ("Six riders were hurt in what deputies believe was a race.", "Six", None, "asserted"),
        # What a witness can see is no doubt; a modal about the figure is.
        ("Skid marks could be seen along 40 metres of road.", "40 metres", None, "asserted"),
        ("The toll might reach 12 by morning.", "12", None, "possible"),
    ],
)
def test_beliefs_and_perception_are_not_doubts_about_the_count(
    text: str, figure: str, source: str | None, modality: str
) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # Adverbs, places and days are not part of who speaks.
        ("Early reports were wrong, but deputies later said 6 riders were hurt.", "6", "deputies"),
        ("Deputies at the scene say several riders fell.", "several", "Deputies"),
        ("Deputies in Elm County say a driver hit two riders.", "two", "Deputies"),
        (
            "A spokesman for the Elm County Sheriff's Office said two riders were hurt.",
            "two",
            "Elm County Sheriff's Office",
        ),
        # A lower-case title with a possessive before a trailing name.
        ("Forty riders were at the fair when it began, sheriff’s sergeant Ann Hecht said.", "Forty", "Ann Hecht"),
        # A speaker inside a subordinate clause covers the rest of it.
        ("The boy was asleep when deputies say two cars hit the house.", "two", "deputies"),
        # People and papers of a crime report who speak in lower case.
        ("A caller told dispatchers he counted more than 12 shots.", "more than 12", "caller"),
        ("The three men planned the robbery for weeks, the indictment stated.", "three", "indictment"),
    ],
)
def test_more_shapes_of_the_speaker(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "tells" an outlet as "told" does, with a channel number before or after the name.
        ("Sgt. Amy Cole tells Channel 3 four riders were hurt.", "four", "Channel 3"),
        ("A relative told 11 News that three riders were hurt.", "three", "11 News"),
        # A person who was told is no outlet.
        ("The rider told Officer Jo Roe that three cars chased him.", "three", None),
    ],
)
def test_outlets_after_told_and_tells(text: str, figure: str, source: str | None) -> None:
    assert_attributed(text, figure, source)


def test_a_quotation_goes_on_in_the_voice_of_the_speaker_the_paragraph_gave() -> None:
    # Curly opening and straight closing marks, as scraped pages often mix them.
    text = '“The dog barked first," Jo Roe said. "Then he ran to the car. He hit 12 cones as he fled."'
    c = claim_for(text, "12")
    assert (c.source, c.modality) == ("Jo Roe", "reported")


def test_a_relative_adverb_is_not_part_of_the_speaker() -> None:
    c = claim_for("At 2 a.m., deputies went to a diner, where the manager said two men robbed her.", "two")
    assert (c.source, c.modality) == ("manager", "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # A broadcast transcript in capitals reads like any other sentence.
        ("DEPUTIES SAY FOUR RIDERS WERE HURT NEAR THE FAIR.", "FOUR", "deputies", "reported"),
        ("FOUR RIDERS WERE HURT NEAR THE FAIR, ACCORDING TO DEPUTIES.", "FOUR", "deputies", "reported"),
        ("THE TOLL MAY RISE TO 12 BY MORNING.", "12", None, "possible"),
        # "reports by X" is a noun with its speaker after "by", not a speaker named "Early".
        ("Early reports by deputies said five riders were hurt.", "five", "deputies", "reported"),
    ],
)
def test_capitals_and_reports_by(text: str, figure: str, source: str | None, modality: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # "reports of a shooting" is the event that brought the police, not a report of the figure.
        ("Deputies answered reports of a crash and found four riders hurt.", "four", "asserted"),
        ("Two riders were hurt after reports of a loose horse.", "Two", "asserted"),
        # A figure inside the report's own phrase is framed by it.
        ("Deputies answered a report of two riders hurt.", "two", "reported"),
        ("There were reports that three riders were hurt.", "three", "reported"),
    ],
)
def test_reports_of_an_event_frame_only_their_own_phrase(text: str, figure: str, modality: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (None, modality)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Two riders were hurt, per deputies.", "Two", "deputies"),
        ("Two riders were hurt at the fair, deputies tell KXAN.", "Two", "KXAN"),
        ("Two riders were hurt, according to fire spokesman Jo Roe.", "Two", "Jo Roe"),
        # A body with a title, or speakers "with" a body, between the comma and a trailing speaker.
        ("Two riders were hurt at the fair, Elm County Fire spokesman Lt. Jo Roe said.", "Two", "Lt. Jo Roe"),
        (
            "Two riders were hurt at the fair, officials with the Elm County Fire Department said.",
            "Two",
            "Elm County Fire Department",
        ),
    ],
)
def test_bodies_titles_and_outlets_of_a_closing_attribution(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Two riders were hurt at the fair, said fire spokeswoman Jo Roe.", "Two", "Jo Roe"),
        ("Two riders were hurt at the fair, according to Elm deputies.", "Two", "Elm deputies"),
        ("A spokeswoman for Elm deputies said two riders were hurt.", "two", "Elm deputies"),
        # "identified ... as" is the body's account of who they were.
        ("Deputies identified the two riders as Jo Roe, 19, and Al Poe, 22.", "two", "Deputies"),
        # ... but not one that the next sentence goes on with.
        ("The coroner identified the riders as Jo Roe and Al Poe. Two others were treated.", "Two", None),
    ],
)
def test_speakers_after_said_for_and_according_to(text: str, figure: str, source: str | None) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # A participle after the counted noun says who they are; a passive belief doubts the count.
        ("Deputies are looking for two riders believed to be involved in the crash.", "two", "asserted"),
        ("Four riders were believed to be in the van.", "Four", "possible"),
        ("Several riders were hurt in what's believed to be a race.", "Several", "asserted"),
    ],
)
def test_a_belief_after_the_count(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # Who speaks for a headline: people and papers of a crime report, a titled person, a closing body
        # after a colon or a spaced dash in any case.
        ("Cops: 2 riders hurt at Elm Fair", "2", "Cops"),
        ("Court documents: Driver hit 30 cones", "30", "Court documents"),
        ("Mayor Jo Roe: 3 riders hurt at Elm Fair", "3", "Mayor Jo Roe"),
        ("4 riders hurt at Elm Fair: deputies", "4", "deputies"),
        ("4 riders hurt at Elm Fair - deputies", "4", "deputies"),
        # A dash that goes on with the sentence names no one.
        ("Four riders were hurt on Saturday - two men and two women.", "Four", None),
    ],
)
def test_who_speaks_for_a_headline(text: str, figure: str, source: str | None) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "they say" inside a sentence whose subject is the body that says it.
        ("Deputies are looking for a driver they say hit four riders.", "four", "Deputies"),
        ("Elm Police are investigating after they say two riders were hurt.", "two", "Elm Police"),
        # A closing body with no comma before it.
        ("Two riders were hurt at the fair on Saturday in Elm City police said.", "Two", "Elm City police"),
        # A body in lower case before a titled name, after a quotation.
        (
            'Four riders were hurt, and one is in "serious condition," Elm police Chief Jo Roe said.',
            "Four",
            "Chief Jo Roe",
        ),
        # Single quotation marks before "said".
        ("‘Three riders were hurt,’ said Elm fire chief Jo Roe.", "Three", "Jo Roe"),
        # A pair of speakers, a body first.
        ("Five riders were hurt, deputies and a fair official said.", "Five", "deputies and a fair official"),
        # The speakers after a relative pronoun.
        ("Deputies found the van, which police say hit two riders.", "two", "police"),
    ],
)
def test_speakers_of_police_reports_in_other_shapes(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # A hedge near a count of people already known doubts what is said of them, not how many they are.
        ("All four riders are expected to be fine.", "four", "asserted"),
        ("Deputies say the two crashes are not believed to be linked.", "two", "reported"),
        ("His three sons may have seen the crash.", "three", "asserted"),
        # A count that introduces its people is doubted.
        ("Three riders may have been hurt.", "Three", "possible"),
        ("Deputies say two crashes may be linked to the race.", "two", "possible"),
    ],
)
def test_a_hedge_near_a_given_count(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # A prognosis is no doubt about the count, with an adverb or an object before "to".
        ("One rider was hurt and is expected to fully recover.", "One", "asserted"),
        # A hedge verb with a subject of its own, after the figure, heads another clause.
        ("Several neighbours said they expected a visit from the mayor.", "Several", "asserted"),
    ],
)
def test_prognoses_and_hedges_of_other_subjects(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A person named with the body they speak for.
        ("Two riders were taken to a hospital, Ann Lee of the Elm Fire Department said.", "Two", "Ann Lee"),
        # A capitalised title longer than a name run, before a closing speaker.
        ("A car hit two riders, Elm County Assistant Fire Chief Jo Roe said.", "two", "Fire Chief Jo Roe"),
        # The subject left out after "and"/"but", and the person after a title in it.
        ("Deputies could not name the riders but said all four were stable.", "four", "Deputies"),
        ("Fire spokesman Al Poe met reporters and said three riders were hurt.", "three", "Al Poe"),
    ],
)
def test_speakers_named_with_their_body_or_left_out(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_a_pronoun_announcing_reports_the_figure() -> None:
    c = claim_for("The chief spoke at noon. He announced that seven riders were hurt.", "seven")
    assert c.modality == "reported"


def test_a_tweet_signed_by_a_lower_case_account_name() -> None:
    text = "Crews are out.\n\nRoad closed, 2 cars burned http://t.co/abc — elmfirefan (@elmfirefan) May 2, 2016"
    c = claim_for(text, "2")
    assert (c.source, c.modality) == ("elmfirefan", "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "confirmed to" a station or paper names the outlet the figure came to (GUIDE 13); a person is not one.
        ("Two riders were hurt, deputies confirmed to WXYZ.", "Two", "WXYZ"),
        ("Deputies confirmed to the Elm Daily News that two riders were hurt.", "two", "Elm Daily News"),
        ("Deputies said to Jo Roe that two riders were hurt.", "two", "Deputies"),
    ],
)
def test_outlets_after_confirmed_to(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # "a fake story", "a false report" name a kind of thing; they call no figure false.
        ("The two riders made up a fake story about the crash.", "two", "asserted"),
        ("All three riders were charged with filing a false report.", "three", "asserted"),
        # A claim called false, or fake news, is denied.
        ("The club said 40 riders came, a claim called false by the police.", "40", "denied"),
        ("The mayor called reports that 40 riders came fake news.", "40", "denied"),
    ],
)
def test_false_as_a_kind_is_no_denial(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


def test_a_report_states_what_it_records() -> None:
    # A report "states" what it records.
    c = claim_for("The arrest report states that four shots were fired at the car.", "four")
    assert (c.source, c.modality) == ("arrest report", "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("JANE MARLOW SAYS THE DIET HELPED HER LOSE 25 POUNDS", "25 POUNDS", "Jane Marlow"),
        ("RIVERA SAYS HIS BAKERY LOST 40 PERCENT OF ITS SALES", "40 PERCENT", "Rivera"),
    ],
)
def test_a_name_opening_an_all_capitals_line_before_says_is_its_speaker(text: str, figure: str, source: str) -> None:
    # A crosshead in capitals: the words before SAYS are a name once capitalised.
    claim = claim_for(text, figure)
    assert claim.source == source
    assert claim.modality == "reported"


def test_an_adverb_opening_an_all_capitals_line_is_no_speaker() -> None:
    claim = claim_for("THEN HE SAID SOME 40 CARS WERE TOWED AWAY FROM THE LOT", "SOME 40")
    assert claim.source is None or claim.source.lower() not in ("then he", "then")


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # Institutions that speak in their own name, in lower case after "the".
        ("About 300 pupils will change schools next year, the district said.", "About 300", "district", "reported"),
        ("Some 12,000 fans attended the final, the tournament said.", "Some 12,000", "tournament", "reported"),
        ("The foundation said 45 grants were awarded this spring.", "45", "foundation", "reported"),
        ("Roughly 80 inmates were moved overnight, the jail said.", "Roughly 80", "jail", "reported"),
        ("The think tank estimated that 2,000 jobs were at risk.", "2,000", "think tank", "possible"),
        ("Nearly 600 staff were evacuated, the embassy said on Friday.", "Nearly 600", "embassy", "reported"),
    ],
)
def test_institutions_that_speak_in_their_own_name(text: str, figure: str, source: str, modality: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A name may open on an accented capital.
        ("Gusts reached 150km/h on Friday, Met Éireann said.", "150km/h", "Met Éireann"),
        ("About 40 flights were cancelled, Škoda said.", "About 40", "Škoda"),
        ("He scored 12 goals last season, according to Óscar Pérez.", "12", "Óscar Pérez"),
    ],
)
def test_names_that_open_on_an_accented_capital(text: str, figure: str, source: str) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # An aside between a speaker and the verb may hold a figure with a thousands comma.
        ("Lee, who won $25,000 in May, said she trained for six weeks.", "six weeks", "Lee"),
        ("The insurer, which covers 1,200 firms, said 85 claims were filed.", "85", "insurer"),
        # Plural studies and polls speak without a determiner.
        ("Polls show about 40% of voters back the plan.", "about 40%", "Polls"),
        ("Recent studies suggest 15% of adults sleep badly.", "15%", "studies"),
    ],
)
def test_asides_with_figures_and_bare_plural_studies(text: str, figure: str, source: str) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # A crowd expected somewhere is a forecast; an appearance expected in court, or a suspect, is not.
        ("About 40,000 fans are expected in the stadium on Sunday.", "About 40,000", "possible"),
        ("Organisers say 6,000 runners and hundreds of spectators are expected in town.", "hundreds", "possible"),
        ("Three men are expected in court on Monday.", "Three", "asserted"),
        ("Two men suspected in the robbery were arrested.", "Two", "asserted"),
    ],
)
def test_expected_in_a_place_forecasts_the_figure(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A body that attributes or links a figure to a cause gives its account of it.
        ("Health officials have attributed 19 deaths to the heatwave.", "19", "Health officials"),
        ("Officials blamed 12 deaths on the storm.", "12", "Officials"),
        ("Investigators linked three cases to a restaurant.", "three", "Investigators"),
    ],
)
def test_a_body_attributing_a_figure_to_a_cause_reports_it(text: str, figure: str, source: str) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "according to" a lower-case description and the name it runs into: the name.
        ("Prices rose 0.4% in June, according to property data firm Homeview.", "0.4%", "Homeview"),
        ("About 30,000 homes lost power, according to utility Northern Grid.", "About 30,000", "Northern Grid"),
        # Not a day, a place after a preposition, or a name that opens the clause after a paper.
        ("Two men were shot, according to police Saturday.", "Two", "police"),
        ("Two men were shot, according to police in Elm.", "Two", "police"),
        ("According to the statement Jo Roe, 19, was charged with three counts.", "three", "statement"),
    ],
)
def test_a_description_and_the_name_it_runs_into(text: str, figure: str, source: str) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # Where the speaker sits, after it, is no part of the speaker and does not hide it.
        (
            "A clerk was jailed for 4 years for stealing $80,000, the District Attorney's Office in Elmton said.",
            "$80,000",
            "District Attorney's Office",
        ),
        ("Two men were arrested, police in Marlow said on Friday.", "Two", "police"),
        ("The blast hurt 9 workers, officials in Harton said.", "9", "officials"),
    ],
)
def test_a_speaker_named_with_where_it_sits(text: str, figure: str, source: str) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A subordinator opens a clause of its own: the speaker after it is its subject alone.
        ("Tom Reed was held on Sunday, a day after police said he shot 2 men.", "2", "police"),
        ("A man was fined for speeding after deputies said he drove 3 laps.", "3", "deputies"),
    ],
)
def test_a_speaker_after_a_subordinator_is_the_subject_alone(text: str, figure: str, source: str) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A trailing speaker named after what it is: a person's role, or a kind of body.
        ("The team has lost 7 straight games, coach Ian Roe told reporters.", "7", "Ian Roe"),
        ("The storm cut power to 40,000 homes, utility Elm Power said.", "40,000", "Elm Power"),
        ("The pill cut deaths by 20%, drugmaker Velta said in a statement.", "20%", "Velta"),
    ],
)
def test_a_trailing_speaker_after_its_role_or_kind(text: str, figure: str, source: str) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # Whatever the speaker is called in lower case before its name, a trailing ", X said" is X's.
        ("The album sold 90,000 copies in its first week, chart compiler Tallyo said.", "90,000", "Tallyo"),
        ("Rail traffic fell 12% last year, industry body RailStat said.", "12%", "RailStat"),
        (
            "The tour sold out in under an hour, promoter Bright Live told fans in an email.",
            "under an hour",
            "Bright Live",
        ),
        # A quantifier opens a speaker of lower-case words, and what is posted online speaks.
        ("Some online forums have claimed the bridge is 300 metres long.", "300 metres", "online forums"),
        # "put ... at" with a noun of two words and a bound of two figures sets the figure.
        ("Farm leader Jo Marsh put crop losses at between €80m and €120m.", "between €80m and €120m", "Jo Marsh"),
        ("The union put the real turnout at under two million.", "under two million", "union"),
    ],
)
def test_more_ways_to_name_a_speaker(text: str, figure: str, source: str) -> None:
    assert_attributed(text, figure, source)


def test_a_conjunction_or_a_verb_before_a_name_is_no_description_of_a_speaker() -> None:
    # "beating Jo Roe" and "and Jo Roe" do not make Jo Roe the speaker of what came before.
    c = claim_for("Ann Lee won by 3 goals, beating Jo Roe, who said little.", "3")
    assert c.source is None


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A description after a possessive, and a study "by" a body described before its name.
        ("Temperatures hit 41C on Monday, France's weather agency Meteo-Nord said.", "41C", "Meteo-Nord"),
        (
            "A report by gaming site PixelRank claimed the game cost more than $200 million to make.",
            "more than $200 million",
            "PixelRank",
        ),
    ],
)
def test_a_described_speaker_after_a_possessive_or_by(text: str, figure: str, source: str) -> None:
    assert_attributed(text, figure, source)


@pytest.mark.parametrize(
    "text",
    [
        # A second speaker opening a clause of its own gives the figures after it, described or not.
        "The firm said 5 people were hurt, but union official Jo Roe said 12 were hurt.",
        "The firm said 5 people were hurt, but a union official, Jo Roe, said that was wrong and that 12 were hurt.",
        "The firm said 5 people were hurt, but a long-serving union shop steward Jo Roe put the number at 12.",
    ],
)
def test_a_second_described_speaker_gives_the_figures_after_it(text: str) -> None:
    assert (claim_for(text, "5").source, claim_for(text, "12").source) == ("firm", "Jo Roe")


def test_a_poll_inside_a_relative_clause_is_the_source_of_its_figure_only() -> None:
    # "the $2.3 billion that analysts polled by X had expected": X's is that figure, not the result before it.
    text = "Orders rose to $2.1 billion, short of the $2.3 billion that traders surveyed by Kellan Data had expected."
    assert claim_for(text, "$2.3 billion").source == "Kellan Data"
    assert claim_for(text, "$2.1 billion").source is None


def test_a_union_local_is_a_body_that_gives_its_own_figure() -> None:
    # The officials' account does not carry over to the local that "put the figure at" another number.
    text = (
        "Officials said 30 workers were hurt. "
        "The United Steel Workers local, which represents staff at the mill, put the figure at 34."
    )
    assert_attributed(text, "30", "Officials")
    assert_attributed(text, "34", "United Steel Workers local")
