"""The synthetic store of bench/bench_changes.py makes the change pass compare pairs.

The bench times ``compare_queue`` over a synthetic store; a store whose pairs the SQL prune
drops whole would time a pass that compares nothing, as it once did.
"""

from __future__ import annotations

from bench import bench_changes
from warehouse import changes


def test_the_synthetic_store_gives_the_pair_model_pairs_to_judge(con):
    bench_changes._load(con, stored=2_000, new=200)
    flagged = changes.compare_queue(con, "bench")
    assert flagged > 0
    # every flag joins a new document with a stored report of its own story
    row = con.execute(
        "SELECT count(*) FROM figure_changes f JOIN claim_keys a ON a.claim_id = f.a_claim_id"
        " JOIN claim_keys b ON b.claim_id = f.b_claim_id WHERE a.story_id <> b.story_id"
    ).fetchone()
    assert row == (0,)
