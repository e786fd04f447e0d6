"""Syndicated copies: the same text under other ids is one report, not many (GDELT counts each again)."""

from __future__ import annotations

from tests.warehouse.test_incidents import article
from warehouse import changes, store
from warehouse import db as warehouse_db

WIRE = (
    "At least 7 people were killed when a bus overturned on the Ridge Highway on Tuesday, "
    "state police said.\nEmergency crews worked through the night at the scene."
)
LATER = (
    "The death toll from Tuesday's bus crash on the Ridge Highway rose to 9 on Wednesday, "
    "state police said.\nTwo passengers remain in critical condition."
)


def _reports() -> list[dict]:
    base = {"text": WIRE, "published": "2024-05-07"}
    return [
        {**base, "id": "wire-original"},
        {**base, "id": "wire-copy-1"},
        {**base, "id": "wire-copy-2"},
        {"id": "followup", "text": LATER, "published": "2024-05-08"},
    ]


def test_copies_join_the_story_of_their_original_and_raise_no_flags_of_their_own(tmp_path):
    path = tmp_path / "s.duckdb"
    con = warehouse_db.connect(path)
    try:
        first, *rest = [article(r) for r in _reports()]
        # The original arrives in one run; its copies and a follow-up in the next.
        for run_id, batch in (("r0", [first]), ("r1", rest)):
            store.start_run(con, run_id, ["wire"])
            store.store_batch(con, run_id, batch)
            changes.flag_changes(con, run_id)
        stories = con.execute("SELECT count(DISTINCT story_id) FROM story_documents").fetchone()
        assert stories == (1,)
        keyed = {r[0] for r in con.execute("SELECT DISTINCT doc_id FROM claim_keys").fetchall()}
        assert keyed == {"wire-original", "followup"}
        flags = con.execute("SELECT change_kind, a_doc, a_text, b_doc, b_text FROM changed_figures").fetchall()
        assert flags == [("increase", "wire-original", "At least 7", "followup", "9")]
    finally:
        warehouse_db.close(path)


def test_copies_inside_one_run_are_assigned_without_a_similarity_pass(tmp_path):
    path = tmp_path / "c.duckdb"
    con = warehouse_db.connect(path)
    try:
        store.start_run(con, "r0", ["wire"])
        store.store_batch(con, "r0", [article(r) for r in _reports()[:3]])
        changes.flag_changes(con, "r0")
        rows = con.execute("SELECT doc_id, story_id, score FROM story_documents ORDER BY doc_id").fetchall()
        assert len({r[1] for r in rows}) == 1
        # One of them starts the story; the other two join it as copies.
        assert sorted(r[2] for r in rows if r[2] is not None) == [1.0, 1.0]
        assert len({r[0] for r in con.execute("SELECT doc_id FROM claim_keys").fetchall()}) == 1
        assert con.execute("SELECT count(*) FROM figure_changes").fetchone() == (0,)
    finally:
        warehouse_db.close(path)


WALL = "Sign in to keep reading. Create a free account or log in with your email address to continue."


def test_a_short_page_shared_by_many_sites_is_not_a_copy_of_one_report(tmp_path):
    # One sign-up wall under the headlines of two unrelated reports: same text, not the same report.
    path = tmp_path / "w.duckdb"
    con = warehouse_db.connect(path)
    try:
        pages = [
            {
                "id": "wall-fire",
                "text": WALL,
                "published": "2024-05-07",
                "title": "Warehouse fire closes Dockside Road in Port Elwin",
            },
            {
                "id": "wall-crash",
                "text": WALL,
                "published": "2024-05-07",
                "title": "School bus slides into ditch near Harlow Pass",
            },
        ]
        store.start_run(con, "r0", ["walls"])
        store.store_batch(con, "r0", [article(p) for p in pages])
        changes.flag_changes(con, "r0")
        rows = dict(con.execute("SELECT doc_id, score FROM story_documents").fetchall())
        assert rows["wall-crash"] != 1.0 and rows["wall-fire"] != 1.0  # neither joined as the other's copy
    finally:
        warehouse_db.close(path)


def test_a_short_text_under_two_titles_is_keyed_twice_as_stories_take_it(tmp_path):
    # The stories' rule for copies is the keys' rule too: not one report, so not one key set.
    path = tmp_path / "k.duckdb"
    con = warehouse_db.connect(path)
    try:
        text = "Three people were hurt in a fire on Dock Road, firefighters said."
        pages = [
            {"id": "short-a", "text": text, "published": "2024-05-07", "title": "Fire on Dock Road"},
            {"id": "short-b", "text": text, "published": "2024-05-07", "title": "Dock Road blaze"},
        ]
        store.start_run(con, "r0", ["short"])
        store.store_batch(con, "r0", [article(p) for p in pages])
        changes.flag_changes(con, "r0")
        keyed = {r[0] for r in con.execute("SELECT DISTINCT doc_id FROM claim_keys").fetchall()}
        assert keyed == {"short-a", "short-b"}
    finally:
        warehouse_db.close(path)
