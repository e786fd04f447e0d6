"""Story linking features and assignment with the shipped model, on reports written for these tests."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest

from extractors.errors import ConfigError
from extractors.linking import FEATURES, LinkKeys, LinkModel, link_keys, load_model, pair_features
from extractors.stories import MIN_COSINE, StoryDoc, assign, doc_terms, worth_scoring

FIRST = (
    "Man, 24, killed in Maplewood shooting",
    "MAPLEWOOD — A 24-year-old man was shot and killed late Saturday in the 1400 block of Larkspur Avenue, "
    "police said. Officers found Dorian Pettaway on the sidewalk with two gunshot wounds. He was taken to "
    "Saint Brennan Hospital, where he died. Police have not named a suspect and asked witnesses to call.",
)
SECOND = (
    "Police identify victim of Larkspur Avenue shooting in Maplewood",
    "Maplewood police on Sunday identified the man fatally shot on Larkspur Avenue as Dorian Pettaway, 24. "
    "Detectives said Pettaway had argued with two men outside a corner store shortly before the gunfire. "
    "Relatives gathered at the scene on Sunday afternoon and described him as a devoted father.",
)
# Same city, same street, same victim age, nine days later: another shooting.
OTHER = (
    "Maplewood woman, 24, wounded on Larkspur Avenue",
    "MAPLEWOOD — A 24-year-old woman was wounded by a stray bullet Tuesday evening while sitting on a porch "
    "in the 2900 block of Larkspur Avenue, police said. Renata Oyelaran was treated at Saint Brennan "
    "Hospital and released. Police said the shots came from a passing pickup truck.",
)
# Another town, another street: the second incident the roundup lists.
ELSEWHERE = (
    "Cedar Falls teen hurt in drive-by on Quarry Road",
    "CEDAR FALLS — A 16-year-old girl was struck in the arm when someone fired from a passing sedan on Quarry Road "
    "on Tuesday night, the county sheriff's office said. Mirelle Ostrander was treated at Valley General and "
    "released. Deputies found eleven shell casings on the pavement.",
)
ELSEWHERE_FOLLOWUP = (
    "Arrest made in Quarry Road drive-by",
    "Deputies on Thursday arrested a 19-year-old man in the Quarry Road drive-by shooting that wounded "
    "Mirelle Ostrander, 16, in Cedar Falls. The sheriff's office said the sedan was found abandoned near a "
    "grain elevator.",
)
ROUNDUP = (
    "Two separate shootings leave one dead, one hurt in the county this week",
    "Police and deputies are investigating two separate shootings this week. On Saturday, Dorian Pettaway, 24, "
    "was killed in the 1400 block of Larkspur Avenue in Maplewood. On Tuesday, Mirelle Ostrander, 16, was struck "
    "in the arm in a drive-by on Quarry Road in Cedar Falls. The shootings do not appear to be connected.",
)
OTHER_FOLLOWUP = (
    "Pickup truck sought after Maplewood porch shooting",
    "Police released a photo of a pickup truck they believe was used in Tuesday's shooting that wounded "
    "Renata Oyelaran as she sat on a porch on Larkspur Avenue. Oyelaran, 24, is recovering at home, "
    "her family said.",
)


def doc(doc_id: str, report: tuple[str, str], day: int) -> StoryDoc:
    title, text = report
    return StoryDoc(doc_id, date(2024, 3, day), doc_terms(text, title), None, link_keys(text, title))


def test_link_keys_read_streets_blocks_ages_names_and_figures():
    keys = link_keys(FIRST[1], FIRST[0])
    assert "larkspur ave" in keys.streets
    assert "block 1400" in keys.streets
    assert keys.ages == {"24"}
    assert "dorian pettaway" in keys.names
    assert "2" in keys.figures  # "two gunshot wounds", spelled
    assert "24" not in keys.figures  # the age is counted apart
    assert "1400" in keys.figures
    assert "maplewood" in keys.title
    assert not keys.roundup


def test_a_roundup_is_recognised_by_its_words_or_its_many_blocks():
    assert link_keys(ROUNDUP[1], ROUNDUP[0]).roundup
    many_blocks = (
        "Shots rang out in the 100 block of Oak Street, then in the 500 block of Pine Road, "
        "and later in the 900 block of Cedar Lane."
    )
    assert link_keys(many_blocks, "Busy night for police").roundup
    assert not link_keys(OTHER[1], OTHER[0]).roundup


@pytest.mark.parametrize(
    ("title", "roundup"),
    [
        ("Three overnight shootings leave two dead across the city", True),
        ("Police investigate 2 Eastside shootings", True),
        ("A string of weekend crashes closes the valley road", True),
        ("18 dead, 40 hurt in Riverton weekend shootings", True),
        # One incident with several victims is often "the shootings" too.
        ("Arrests made in Harbour Tavern fatal shootings", False),
        ("Victims of Larkspur Avenue shootings named", False),
        ("Two killed in shootings at a birthday party", False),
        ("Four men charged in Maplewood bar shootings", False),
    ],
)
def test_a_roundup_counts_its_incidents_a_plural_alone_is_one_incident(title, roundup):
    text = "Police said they were still looking for witnesses and asked anyone with video to call."
    assert link_keys(text, title).roundup is roundup


def test_keys_survive_the_database_column():
    keys = link_keys(ROUNDUP[1], ROUNDUP[0])
    assert LinkKeys.from_list(keys.to_list()) == keys


def test_features_of_two_reports_of_one_shooting_beat_those_of_another_on_the_same_street():
    model = load_model()
    a, b, c = (link_keys(t, h) for h, t in (FIRST, SECOND, OTHER))
    same = model.probability(pair_features(b, a, 0.3, 1, {}, 3.0))
    other = model.probability(pair_features(c, a, 0.3, 3, {}, 3.0))
    assert same > other


def test_two_reports_of_one_shooting_share_a_story():
    out = {a.doc_id: a for a in assign([doc("a", FIRST, 2), doc("b", SECOND, 3), doc("e", ELSEWHERE, 5)], [])}
    assert out["b"].story_id == out["a"].story_id
    assert out["b"].score is not None and 0 < out["b"].score <= 1
    assert out["e"].story_id != out["a"].story_id
    assert out["e"].new_story and out["e"].score is None


@pytest.mark.xfail(
    strict=True,
    reason="known limit: in a collection of three short reports the shared town, "
    "street and wording outweigh the different victim and block (see the issue 12 report)",
)
def test_another_shooting_on_the_same_street_with_the_same_victim_age_stays_apart():
    out = {a.doc_id: a.story_id for a in assign([doc("a", FIRST, 2), doc("b", SECOND, 3), doc("c", OTHER, 5)], [])}
    assert out["c"] != out["a"]


def test_a_roundup_does_not_join_the_incidents_it_lists():
    docs = [
        doc("a", FIRST, 2),
        doc("e", ELSEWHERE, 4),
        doc("r", ROUNDUP, 6),
        doc("b", SECOND, 7),
        doc("f", ELSEWHERE_FOLLOWUP, 7),
    ]
    out = {a.doc_id: a.story_id for a in assign(docs, [])}
    assert out["a"] != out["e"]
    assert out["b"] == out["a"]  # each follow-up finds its own shooting ...
    assert out["f"] == out["e"]
    # ... and the roundup, wherever it went, did not carry one incident's report into the other's story
    assert out["b"] != out["f"]


def test_stored_documents_keep_their_story_and_pins_are_kept():
    stored = [StoryDoc("a", date(2024, 3, 2), doc("a", FIRST, 2).terms, "s-first", doc("a", FIRST, 2).keys)]
    pinned = StoryDoc("p", date(2024, 3, 3), doc("p", OTHER, 3).terms, "my-pin", doc("p", OTHER, 3).keys)
    out = {a.doc_id: a for a in assign([doc("b", SECOND, 3), pinned], stored)}
    assert out["b"].story_id == "s-first"
    assert out["p"].story_id == "my-pin" and not out["p"].new_story


def test_a_model_file_that_does_not_match_the_features_is_a_config_error(tmp_path):
    good = json.loads(
        json.dumps(
            {
                "features": list(FEATURES),
                "coef": [0.0] * len(FEATURES),
                "intercept": 0.0,
                "threshold": 0.5,
                "window_days": 30,
            }
        )
    )
    path = tmp_path / "model.json"
    path.write_text(json.dumps(good), encoding="utf-8")
    assert isinstance(load_model(str(path)), LinkModel)
    path.write_text(json.dumps({**good, "features": ["body_cosine"]}), encoding="utf-8")
    with pytest.raises(ConfigError, match="features"):
        load_model(str(path))
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read"):
        load_model(str(path))


def test_no_report_joins_a_story_through_a_roundup():
    roundup = doc("r", ROUNDUP, 6)
    as_stored = StoryDoc("r", roundup.published, roundup.terms, "s-roundup", roundup.keys)
    assert roundup.keys.roundup
    followup = doc("f", ELSEWHERE_FOLLOWUP, 7)
    out = assign([followup], [as_stored])
    assert out[0].new_story  # similar enough to join were the roundup a plain report:
    plain = StoryDoc(
        "r",
        roundup.published,
        roundup.terms,
        "s-roundup",
        LinkKeys.from_list([k for k in roundup.keys.to_list() if k != "r:1"]),
    )
    assert assign([followup], [plain])[0].story_id == "s-roundup"


def _one_split_model(**tree: list) -> dict:
    # one tree: body_cosine <= 0.3 goes to a leaf of -2, above it to a leaf of +2
    node = {"feature": [0, -1, -1], "threshold": [0.3, 0.0, 0.0], "left": [1, -1, -1], "right": [2, -1, -1]}
    return {
        "features": list(FEATURES),
        "intercept": 0.5,
        "learning_rate": 0.5,
        "threshold": 0.5,
        "window_days": 30,
        "trees": [{**node, "value": [0.0, -2.0, 2.0], **tree}],
    }


def test_a_tree_model_walks_each_tree_to_a_leaf_and_sums_the_leaves(tmp_path):
    path = tmp_path / "trees.json"
    path.write_text(json.dumps(_one_split_model()), encoding="utf-8")
    model = load_model(str(path))
    low, high = [0.0] * len(FEATURES), [0.0] * len(FEATURES)
    low[0], high[0] = 0.1, 0.6
    # sigmoid(intercept + learning_rate * leaf)
    assert model.probability(low) == pytest.approx(1 / (1 + math.exp(-(0.5 - 1.0))))
    assert model.probability(high) == pytest.approx(1 / (1 + math.exp(-(0.5 + 1.0))))


@pytest.mark.parametrize(
    "broken",
    [
        {"left": [0, -1, -1]},  # a node that is its own child: the walk would never end
        {"right": [9, -1, -1]},  # a child outside the tree
        {"feature": [len(FEATURES), -1, -1]},  # a feature the code does not compute
        {"value": [0.0, -2.0]},  # arrays of different lengths
    ],
)
def test_a_malformed_tree_is_a_config_error(tmp_path, broken):
    path = tmp_path / "trees.json"
    path.write_text(json.dumps(_one_split_model(**broken)), encoding="utf-8")
    with pytest.raises(ConfigError, match="malformed"):
        load_model(str(path))


def test_a_pair_with_little_body_in_common_is_scored_only_on_shared_event_evidence():
    first, second, elsewhere = (link_keys(t, h) for h, t in (FIRST, SECOND, ELSEWHERE))
    # one shooting: the same street, so the model is asked even when the bodies barely overlap
    assert worth_scoring(0.05, pair_features(second, first, 0.05, 1, {}, 3.0))
    # two shootings in two towns: nothing of one event in common, and too little body
    assert not worth_scoring(0.05, pair_features(elsewhere, first, 0.05, 3, {}, 3.0))
    assert worth_scoring(MIN_COSINE, pair_features(elsewhere, first, MIN_COSINE, 3, {}, 3.0))


def test_the_event_day_is_read_against_the_publication_date():
    # published Monday 2024-03-04: "Saturday" is two days back, "yesterday" one
    saturday = link_keys("A man was shot late Saturday on Larkspur Avenue.", "Man shot", date(2024, 3, 4))
    sunday = link_keys("Police said yesterday that the man shot on Saturday had died.", "Victim dies", date(2024, 3, 4))
    next_day = link_keys("The man shot on Saturday has been named.", "Victim named", date(2024, 3, 5))
    assert saturday.days == {"2"} and sunday.days == {"1", "2"} and next_day.days == {"3"}
    assert LinkKeys.from_list(next_day.to_list()) == next_day
    same = dict(zip(FEATURES, pair_features(next_day, saturday, 0.3, 1, {}, 3.0), strict=True))
    assert same["days_shared"] == 1.0 and same["days_conflict"] == 0.0
    # a Sunday report of "Saturday" against one of Friday: two different days
    friday = link_keys("A man was shot Friday night on Larkspur Avenue.", "Man shot", date(2024, 3, 3))
    other = dict(zip(FEATURES, pair_features(friday, saturday, 0.3, -1, {}, 3.0), strict=True))
    assert other["days_shared"] == 0.0 and other["days_conflict"] == 1.0
    assert link_keys("Shot on Saturday.", "Man shot").days == frozenset()  # no date to read it against


def test_a_rare_shared_name_weighs_more_than_a_common_one():
    # a trial months later names the victim the first report named; both name the city's police too
    first = link_keys("Rosalind Quarrie, 31, was shot near Fenwick Park. Harbor City Police said.", "Woman shot")
    trial = link_keys("The man accused of shooting Rosalind Quarrie went on trial. Harbor City Police testified.", "")
    idf = {"rosalind": 8.0, "quarrie": 9.0, "harbor": 2.0, "city": 1.5, "police": 1.2}
    shared = dict(zip(FEATURES, pair_features(trial, first, 0.1, 200, idf, 10.0), strict=True))
    # the name's commonest word decides: "rosalind" (8.0), not the city's "city" (1.5)
    assert shared["rare_name_shared"] == 8.0
    other = link_keys("Harbor City Police said a man was hurt on Dune Road.", "Man hurt")
    common = dict(zip(FEATURES, pair_features(other, first, 0.1, 3, idf, 10.0), strict=True))
    assert common["names_shared"] > 0 and common["rare_name_shared"] == 1.2
    alone = dict(zip(FEATURES, pair_features(link_keys("Nobody was named."), first, 0.1, 3, idf, 10.0), strict=True))
    assert alone["rare_name_shared"] == 0.0


def test_a_follow_up_naming_the_event_date_shares_its_day():
    # the first report (Tuesday 2024-03-05) says "on Sunday": its event is two days back, 2024-03-03
    first = link_keys("Two men were hurt in a shooting on Sunday near Moss Lane.", "Two hurt", date(2024, 3, 5))
    # seven weeks later a charge names that date, in the month's short form
    charge = link_keys("A man was charged in the Mar. 3rd shooting that hurt two men.", "", date(2024, 4, 22))
    assert charge.named_days == {"50"} and LinkKeys.from_list(charge.to_list()) == charge
    gap_days = (date(2024, 4, 22) - date(2024, 3, 5)).days
    assert dict(zip(FEATURES, pair_features(charge, first, 0.1, gap_days, {}, 3.0), strict=True))["date_named"] == 1.0
    # another date, or one named a year before the other report, is not that day
    other = link_keys("A man was charged in the March 9 shooting.", "", date(2024, 4, 22))
    assert dict(zip(FEATURES, pair_features(other, first, 0.1, gap_days, {}, 3.0), strict=True))["date_named"] == 0.0
    # "may 3" in lower case is a verb and a number; a date after publication is last year's
    assert link_keys("He may 3 times.", "", date(2024, 4, 22)).named_days == frozenset()
    assert link_keys("Since December 30, the case sat.", "", date(2024, 1, 2)).named_days == {"3"}
    assert link_keys("On March 3 he was shot.", "").named_days == frozenset()  # no date to count back from


def test_a_candidate_naming_the_same_body_is_linked_but_joins_no_story_on_its_name_alone():
    # Few words in common besides the name: too little body for the name alone to join the two
    # (the same people are often in another event), but the change pass still gets their link.
    plant = (
        "Blast at chemicals plant",
        "An explosion at the Harlow Chemicals plant in Dunmere injured 14 workers on Monday morning, the "
        "county fire service said. Smoke drifted over the town and the main road was closed for hours.",
    )
    inquiry = (
        "Inspectors open inquiry",
        "Safety inspectors began examining a storage tank on Thursday and asked Harlow Chemicals for records. "
        "Production is suspended and staff were sent home on full pay.",
    )
    title, text = plant
    stored = StoryDoc("plant", date(2024, 3, 4), doc_terms(text, title), "s-plant", link_keys(text, title))
    new = doc("inquiry", inquiry, 7)
    [a] = assign([new], [stored])
    assert a.new_story and [other for other, _ in a.links] == ["plant"]
