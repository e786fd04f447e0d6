import dataclasses
import pickle
from datetime import UTC, date, datetime

from extractors.records import Claim, Quantity, TimeRef
from warehouse import db as warehouse_db
from warehouse import store
from warehouse.records import Article, Failure
from warehouse.tables import article_tables


def _article(doc_id: str, text: str, low: float = 102) -> Article:
    digits = str(int(low))
    q = Quantity(text=digits, start=0, end=len(digits), low=low, high=low, qualifier="exact", kind="count")
    c = Claim(
        quantity=q,
        counted="soldiers",
        event="captured",
        place="Kursk region",
        time=TimeRef("on August 14", date(2024, 8, 14), date(2024, 8, 14)),
        source=None,
        modality="reported",
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
        scope="period",
    )
    return Article(
        doc_id=doc_id,
        input=f"/in/{doc_id}.txt",
        content_type="text",
        raw_hash=f"r-{text}",
        content_hash=f"c-{text}",
        text=text,
        raw_gz=b"gz",
        fetched_at=datetime.now(UTC),
        published=date(2024, 8, 15),
        quantities=(q,),
        claims=(c,),
    )


def _counts(con):
    return {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("documents", "document_raw", "quantities", "claims", "failures")
    }


def test_storing_the_same_batch_twice_adds_nothing(con):
    batch = [_article("a", "102 soldiers were captured."), _article("b", "99 soldiers were captured.", 99)]
    first = store.store_batch(con, "run1", batch, [Failure("/in/x", "load", "InputError", "x is empty")])
    assert (first.stored, first.unchanged, first.claims, first.failures) == (2, 0, 2, 1)
    before = _counts(con)
    again = store.store_batch(con, "run2", batch)
    assert (again.stored, again.unchanged, again.claims) == (0, 2, 0)
    assert _counts(con) == before


def test_new_bytes_with_the_same_text_update_the_hash_not_the_version(con):
    """A re-compressed or re-saved page gives the same text: no new version, but its new raw
    hash is kept, so the next run recognises the input as unchanged and skips it."""
    first = _article("a", "102 soldiers were captured.")
    store.store_batch(con, "run1", [first])
    resaved = dataclasses.replace(first, raw_hash="r-resaved")
    again = store.store_batch(con, "run2", [resaved])
    assert (again.stored, again.unchanged) == (0, 1)
    assert store.latest_hashes(con, ["a"]) == {"a": (1, "r-resaved", first.content_hash)}
    assert _counts(con)["documents"] == 1


def test_changed_text_becomes_a_new_version_and_views_show_the_latest(con):
    store.store_batch(con, "run1", [_article("a", "102 soldiers were captured.")])
    result = store.store_batch(con, "run2", [_article("a", "112 soldiers were captured.", 112)])
    assert result.stored_ids == (("a", 2),)
    assert con.execute("SELECT version FROM articles WHERE doc_id = 'a'").fetchall() == [(2,)]
    assert con.execute("SELECT low FROM figures WHERE doc_id = 'a'").fetchall() == [(112.0,)]
    assert con.execute("SELECT count(*) FROM claims WHERE doc_id = 'a'").fetchone() == (2,)
    row = con.execute("SELECT time_start, scope, published FROM figures").fetchone()
    assert row == (date(2024, 8, 14), "period", date(2024, 8, 15))


def test_duplicate_ids_inside_one_batch_store_once(con):
    result = store.store_batch(con, "run1", [_article("a", "1 x"), _article("a", "1 x")])
    assert (result.stored, result.unchanged) == (1, 1)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_the_last_copy_of_an_id_in_a_batch_wins_with_its_own_figures(con):
    result = store.store_batch(
        con, "run1", [_article("a", "102 soldiers were captured."), _article("a", "112 soldiers were captured.", 112)]
    )
    assert result.stored_ids == (("a", 1),) and result.claims == 1
    assert con.execute("SELECT low FROM claims").fetchall() == [(112.0,)]
    assert con.execute("SELECT low FROM quantities").fetchall() == [(112.0,)]
    assert con.execute("SELECT text FROM documents").fetchall() == [("112 soldiers were captured.",)]


def test_a_batch_built_by_a_worker_stores_the_rows_of_its_records(tmp_path):
    """The worker sends the batch as Arrow tables (pickled across the process boundary);
    the writer adds versions, claim ids and the run id. Same rows as storing the records."""
    batch = [_article("a", "102 soldiers were captured."), _article("b", "99 soldiers were captured.", 99)]
    earlier = [_article(a.doc_id, a.text + " Later.") for a in batch]
    tables = pickle.loads(pickle.dumps(article_tables(batch)))
    assert len(tables) == 2 and tables.claims.num_rows == 2
    dumps = []
    for name, write in (
        ("records", lambda c: store.store_batch(c, "run1", batch)),
        ("tables", lambda c: store.store_tables(c, "run1", tables)),
    ):
        path = tmp_path / f"{name}.duckdb"
        c = warehouse_db.connect(path)
        # Stored once before, so these rows are the second versions.
        store.store_batch(c, "run0", earlier)
        write(c)
        dumps.append(
            [
                c.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("documents", "document_raw", "quantities", "claims")
            ]
        )
        warehouse_db.close(path)
    assert dumps[0] == dumps[1]
    claim_ids = sorted(r[0] for r in dumps[1][3])
    assert claim_ids == ["a:1:0", "a:2:0", "b:1:0", "b:2:0"]
    assert {r[-1] for r in dumps[1][3] if r[0].endswith(":2:0")} == {"run1"}
