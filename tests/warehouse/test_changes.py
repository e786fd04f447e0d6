"""The change pass on stories written as JSONL reports with hand-written claims (tests/data/stories).

Each case is stored in a real DuckDB file through ``store.store_batch`` and flagged with
``changes.flag_changes``; the tests assert the exact flags (kind, earlier figure, later figure).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from extractors import same_quantity
from extractors.records import Claim, Quantity, TimeRef
from tests.warehouse.articles import text_article
from warehouse import changes, store, stories
from warehouse.records import Article

CASES = Path(__file__).resolve().parents[1] / "data" / "stories"


def _sentence(text: str, start: int) -> tuple[int, int]:
    s = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    e = text.find(". ", start)
    return s, (len(text) if e < 0 else e + 1)


def article(report: dict, text: str | None = None) -> Article:
    """An Article with the report's hand-written claims located in its text."""
    body = text if text is not None else report["text"]
    published = date.fromisoformat(report["published"])
    claims = []
    for c in report.get("claims", []):
        start = body.index(c["text"])
        q = Quantity(
            text=c["text"],
            start=start,
            end=start + len(c["text"]),
            low=c["low"],
            high=c["high"],
            qualifier=c["qualifier"],
            kind=c["kind"],
            unit=c.get("unit"),
        )
        time = None
        if c.get("time"):
            time = TimeRef(
                c["time"],
                date.fromisoformat(c["time_start"]) if c.get("time_start") else None,
                date.fromisoformat(c["time_end"]) if c.get("time_end") else None,
            )
        s, e = _sentence(body, start)
        claims.append(
            Claim(
                quantity=q,
                counted=c.get("counted"),
                event=c.get("event") or None,
                place=c.get("place"),
                time=time,
                source=c.get("source"),
                modality=c["modality"],
                sentence=body[s:e],
                sentence_start=s,
                sentence_end=e,
                scope=c["scope"],
            )
        )
    return text_article(
        report["id"],
        body,
        published,
        title=report.get("title"),
        url=report.get("url"),
        input=f"{report['id']}.jsonl:1",
        claims=claims,
    )


def reports(name: str) -> list[dict]:
    with open(CASES / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run(con, run_id: str, articles: list[Article], pins=()) -> int:
    store.start_run(con, run_id, ["test"])
    store.store_batch(con, run_id, articles)
    return changes.flag_changes(con, run_id, tuple(pins))


def flags(con) -> set[tuple[str, str, str]]:
    rows = con.execute("SELECT change_kind, a_doc || ':' || a_text, b_doc || ':' || b_text FROM changed_figures")
    return set(rows.fetchall())


def test_a_toll_rising_over_three_days_is_three_increases(con):
    n = run(con, "r1", [article(r) for r in reports("rising_toll")])
    assert n == 3
    assert flags(con) == {
        ("increase", "toll-day1:3", "toll-day2:5"),
        ("increase", "toll-day1:3", "toll-day3:Seven"),
        ("increase", "toll-day2:5", "toll-day3:Seven"),
    }
    # Each flag carries both figures, their sources, dates, sentences and a reason.
    row = con.execute(
        "SELECT a_source, a_published, b_source, b_published, a_sentence, b_sentence, reason"
        " FROM changed_figures WHERE a_doc = 'toll-day1' AND b_doc = 'toll-day2'"
    ).fetchone()
    assert row[0] == "Marlow fire department" and row[1] == date(2024, 3, 4)
    assert row[2] == "officials" and row[3] == date(2024, 3, 5)
    assert "killing 3 workers" in row[4] and "risen to 5" in row[5]
    assert row[6] == "increase from 3 (Marlow fire department, 2024-03-04) to 5 (officials, 2024-03-05)"


def test_day_by_day_runs_flag_the_same_as_one_run_and_a_rerun_adds_nothing(con):
    days = [article(r) for r in reports("rising_toll")]
    assert [run(con, f"day{i}", [a]) for i, a in enumerate(days)] == [0, 1, 2]
    assert flags(con) == {
        ("increase", "toll-day1:3", "toll-day2:5"),
        ("increase", "toll-day1:3", "toll-day3:Seven"),
        ("increase", "toll-day2:5", "toll-day3:Seven"),
    }
    assert run(con, "again", days) == 0  # same texts: nothing stored, nothing compared
    assert con.execute("SELECT count(*) FROM change_queue").fetchone()[0] == 0
    assert con.execute("SELECT count(DISTINCT story_id) FROM story_documents").fetchone()[0] == 1


def test_a_toll_revised_down_is_a_decrease(con):
    run(con, "r1", [article(r) for r in reports("revised_down")])
    assert flags(con) == {("decrease", "crash-early:At least 12", "crash-revised:9")}


def test_two_sources_disagreeing_on_the_same_day_are_a_conflict(con):
    run(con, "r1", [article(r) for r in reports("same_day_conflict")])
    assert flags(con) == {("conflict", "protest-organisers:120", "protest-police:40")}
    reason = con.execute("SELECT reason FROM changed_figures").fetchone()[0]
    assert reason == "120 (Organisers) and 40 (Police) on 2024-06-01 do not overlap"


def test_a_one_day_count_is_not_compared_with_the_running_total(con):
    run(con, "r1", [article(r) for r in reports("day_vs_total")])
    # 102 (August 14) and 230 (August 15) are other quantities than the total, and than each other.
    assert flags(con) == {("increase", "front-aug15:several hundred", "front-aug16:2,000")}


def test_the_same_figure_reworded_is_not_a_change(con):
    assert run(con, "r1", [article(r) for r in reports("reworded")]) == 0
    assert con.execute("SELECT count(DISTINCT story_id) FROM story_documents").fetchone()[0] == 1


def test_two_events_in_the_same_city_are_two_stories_and_never_compared(con):
    assert run(con, "r1", [article(r) for r in reports("same_city")]) == 0
    groups = con.execute(
        "SELECT list(doc_id ORDER BY doc_id) FROM story_documents GROUP BY story_id ORDER BY 1"
    ).fetchall()
    assert [g[0] for g in groups] == [["alder-bus"], ["alder-fire-1", "alder-fire-2"]]


def test_a_precise_figure_inside_an_earlier_vague_one_is_a_refinement(con):
    run(con, "r1", [article(r) for r in reports("refinement")])
    assert flags(con) == {("refinement", "quake-early:Dozens", "quake-later:Thirty-seven")}


def test_a_figure_the_report_itself_updates_is_flagged_inside_one_report(con):
    # "about 900, up from 350 on Tuesday": one source, but the earlier value is an earlier report.
    run(con, "r1", [article(r) for r in reports("updated_in_text")])
    assert flags(con) == {("increase", "flood-update:350", "flood-update:About 900")}


def test_a_refetched_text_with_another_figure_is_a_revision(con):
    first, later = reports("rising_toll")[:2]
    run(con, "r1", [article(first)])
    edited = first["text"].replace("killing 3 workers", "killing 4 workers")
    claim = {**first["claims"][0], "text": "4", "low": 4, "high": 4}
    run(con, "r2", [article({**first, "claims": [claim]}, text=edited)])
    assert flags(con) == {("revision", "toll-day1:3", "toll-day1:4")}
    assert con.execute("SELECT a_version, b_version FROM changed_figures").fetchone() == (1, 2)
    # The new version stands for the document from now on: the next report is compared with 4, not 3.
    run(con, "r3", [article(later)])
    assert flags(con) == {("revision", "toll-day1:3", "toll-day1:4"), ("increase", "toll-day1:4", "toll-day2:5")}


def test_a_pin_puts_dissimilar_reports_in_one_story_and_compares_them(con):
    early, late = reports("same_day_conflict")
    late = {
        **late,
        "text": "Organisers said 120 people had been arrested on Saturday in Carrick.",
        "title": "Statement",
    }
    run(con, "r1", [article(early), article(late)])
    assert flags(con) == set()  # too little in common to be grouped
    moved = stories.pin(con, "carrick-protest", urls=[early["url"], late["url"]])
    assert moved == 2
    assert changes.compare_queue(con, "r2") == 1
    assert flags(con) == {("conflict", "protest-organisers:120", "protest-police:40")}
    assert con.execute("SELECT DISTINCT story FROM changed_figures").fetchall() == [("carrick-protest",)]


def test_a_pin_rule_also_catches_documents_of_later_runs(con):
    early, late = reports("same_day_conflict")
    stories.pin(
        con, "carrick-protest", url_prefixes=["https://carrick-courier.example/", "https://national-wire.example/"]
    )
    late = {
        **late,
        "text": "Organisers said 120 people had been arrested on Saturday in Carrick.",
        "title": "Statement",
    }
    run(con, "r1", [article(early), article(late)])
    assert flags(con) == {("conflict", "protest-organisers:120", "protest-police:40")}
    assert con.execute("SELECT story_id, pinned FROM stories").fetchall() == [("carrick-protest", True)]


def test_two_reports_a_story_joins_only_through_a_third_are_not_compared(con):
    day1, day2, day3 = (article(r) for r in reports("rising_toll"))
    run(con, "day1", [day1])
    run(con, "day2", [day2])
    store.start_run(con, "day3", ["test"])
    store.store_batch(con, "day3", [day3])
    stories.assign_run(con, "day3")
    # The model scored the new report against each earlier one, and links it to both.
    links = dict(con.execute("SELECT other_id, p FROM story_links WHERE doc_id = 'toll-day3'").fetchall())
    assert set(links) == {"toll-day1", "toll-day2"}
    assert min(links.values()) >= same_quantity.model().link_floor()
    # Had it joined the story through day 2 alone (a chain A-B-C), day 1 and day 3 are two events.
    con.execute("DELETE FROM story_links WHERE doc_id = 'toll-day3' AND other_id = 'toll-day1'")
    changes.key_pending_claims(con)
    assert changes.compare_queue(con, "day3") == 1
    assert flags(con) == {
        ("increase", "toll-day1:3", "toll-day2:5"),
        ("increase", "toll-day2:5", "toll-day3:Seven"),
    }


def test_each_candidate_pair_knows_whether_its_two_documents_name_one_person_or_place(con):
    run(con, "r1", [article(r) for r in reports("rising_toll")])
    con.execute("INSERT INTO change_queue SELECT claim_id FROM claim_keys")
    names = {
        doc: {k for k in keys if k.startswith("n:")}
        for doc, keys in con.execute("SELECT doc_id, keys FROM story_documents").fetchall()
    }
    seen = 0
    for row, o, n in changes.candidate_pairs(con):
        # The second route (same_quantity.Model.min_link_named) reads this from the term index's name entries.
        assert row["shared_name"] == bool(names[o.doc_id] & names[n.doc_id])
        seen += 1
    assert seen == 3
    # "Kestrel Chemicals" is named in every report of the fire.
    assert all(names.values()) and set.intersection(*names.values())


def test_tolls_one_apart_are_not_a_change_when_a_report_says_the_gunman_died(con):
    early, late = reports("gunman_died")
    assert run(con, "r1", [article(early), article(late)]) == 0


def test_without_the_gunman_s_death_the_same_tolls_are_an_increase(con):
    early, late = reports("gunman_died")
    text = early["text"].replace("\nThe gunman then shot himself near the east entrance, according to police.", "")
    assert text != early["text"]
    run(con, "r1", [article({**early, "text": text}), article(late)])
    assert flags(con) == {("increase", "mall-day1:Four", "mall-day2:Five")}


def test_changes_can_be_filtered_by_kind_and_confidence(con):
    from warehouse import exports
    from warehouse.changes import _COMPARE_SQL

    run(con, "r1", [article(r) for r in reports("rising_toll")] + [article(r) for r in reports("revised_down")])
    _, every = exports.change_rows(con)
    assert {r[0] for r in every} == {"increase", "decrease"}
    _, rises = exports.change_rows(con, kind="increase")
    assert len(rises) == 3 and {r[0] for r in rises} == {"increase"}
    # The table keeps the quantities that have a flag of that kind.
    _, table = exports.change_rows(con, kind="decrease", compact=True)
    assert [r[3] for r in table] == ["decrease"]
    confidences = sorted(r[1] for r in every)
    _, sure = exports.change_rows(con, min_confidence=confidences[-1])
    assert sure and all(r[1] >= confidences[-1] for r in sure) and len(sure) < len(every)
    # every kind a filter offers is one the change pass writes
    assert all(f"'{k}'" in _COMPARE_SQL for k in exports.CHANGE_KINDS)


# Two reports of one shooting, a day apart: the second names the victim by surname alone.
FIRST = "Marisol Kettering, 23, was shot in the arm outside a bakery on Dell Street on Friday, police said."
SECOND = "Kettering, 24, was released from hospital on Saturday, her family said."
# A third report of it names her brother too, so "Kettering" alone could be either of them.
THIRD = "Her brother, Tobias Kettering, 30, said he had driven her to the hospital."


def _kettering(con, texts: list[str]) -> set[tuple[str, str, str]]:
    docs = [text_article(f"k{i}", t, date(2024, 5, 3 + i)) for i, t in enumerate(texts)]
    pin = stories.StoryPin("kettering", doc_ids=tuple(d.doc_id for d in docs))
    run(con, "r1", docs, pins=(pin,))
    return flags(con)


def test_a_surname_alone_is_the_person_the_story_names_in_full(con):
    assert ("increase", "k0:23", "k1:24") in _kettering(con, [FIRST, SECOND])


def test_a_surname_the_story_gives_two_people_is_compared_with_neither(con):
    assert not {f for f in _kettering(con, [FIRST, SECOND, THIRD]) if "k1:24" in f}


def test_a_gallery_title_the_page_embeds_is_a_report_beside_its_story(con):
    # The gallery was titled before the story's last update: two reports of one toll in one page.
    text = (
        "PHOTOS: 3 dead in Leeford barn fire\n"
        "Four people died in a barn fire in Leeford on Tuesday. Investigators have not said what started it."
    )
    run(con, "r1", [text_article("barn", text, date(2024, 5, 7))])
    assert [(kind, {a, b}) for kind, a, b in flags(con)] == [("conflict", {"barn:3", "barn:Four"})]


def test_a_toll_three_reports_give_is_compared_between_the_first_and_the_last(con):
    # The last report shares little of the first's wording, but names the same plant and firm.
    first = (
        "An explosion at the Harlow Chemicals plant in Dunmere injured 14 workers on Monday morning, the county fire "
        "service said. The blast sent black smoke over the town and forced the closure of the A52. Residents were "
        "told to keep windows shut. Harlow Chemicals said it was working with the emergency services."
    )
    second = (
        "The number of workers injured in Monday's explosion at the Harlow Chemicals plant in Dunmere has risen to "
        "19, the company said on Tuesday. The Health and Safety Executive has opened an investigation into the "
        "blast, which closed the A52 for most of the day. Local councillor Priya Shah said residents wanted answers."
    )
    third = (
        "Investigators are examining a storage tank at the Harlow Chemicals plant in Dunmere after Monday's "
        "explosion, which injured 21 people, according to the Health and Safety Executive. The company has said it "
        "will cooperate fully. Production remains suspended, and staff have been told to stay at home on full pay."
    )
    days = (date(2025, 4, 14), date(2025, 4, 15), date(2025, 4, 17))
    reports = zip(("a", "b", "c"), (first, second, third), days, strict=True)
    run(con, "r1", [text_article(doc, text, day) for doc, text, day in reports])
    assert flags(con) == {("increase", "a:14", "b:19"), ("increase", "b:19", "c:21"), ("increase", "a:14", "c:21")}


def test_a_figure_the_article_corrects_is_flagged_however_far_it_moved(con):
    # "not 40 as first reported": the article says its figure changed, so the gap the change model
    # weighs for two independent reports does not hold it back.
    text = (
        "Fourteen passengers were hurt, not 40 as first reported, when fire broke out on a ferry, the coast guard said."
    )
    run(con, "r1", [text_article("ferry", text, date(2026, 11, 5))])
    assert flags(con) == {("decrease", "ferry:40", "ferry:Fourteen")}


def test_a_strike_counted_by_a_union_and_a_ministry_is_a_conflict(con):
    text = (
        "Some 60,000 teachers walked out across Varna on Thursday, according to the teachers' union. "
        "The education ministry said about 35,000 had taken part."
    )
    run(con, "r1", [text_article("strike", text, date(2026, 11, 20))])
    assert [(kind, {a, b}) for kind, a, b in flags(con)] == [
        ("conflict", {"strike:Some 60,000", "strike:about 35,000"})
    ]


def test_of_two_pairs_as_sure_the_one_of_the_smaller_claim_ids_stands_for_the_reports() -> None:
    # Candidates come back from DuckDB in no fixed order: the pair kept must not depend on it.
    first, second = {"o_id": "d1:1:40", "n_id": "d2:1:10"}, {"o_id": "d1:1:90", "n_id": "d2:1:10"}
    assert changes._surer(0.5, first, 0.5, second) and not changes._surer(0.5, second, 0.5, first)
    assert changes._surer(0.6, second, 0.5, first)  # a surer pair wins whatever its ids
