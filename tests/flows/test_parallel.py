"""Batching for streaming: bounded batch sizes whatever the corpus size."""

from __future__ import annotations

from flows.ingest import DEFAULT_BATCH, MAX_BATCH, batch_size_for


def test_batches_grow_for_big_inputs_but_stay_bounded():
    assert batch_size_for(50, None) == DEFAULT_BATCH
    assert batch_size_for(5_000, None) == 125  # about 40 batches
    # A million pages would be 25,000 a batch if batches only grew: memory would grow with the corpus.
    assert batch_size_for(1_000_000, None) == MAX_BATCH
    assert batch_size_for(1_000_000, 7) == 7  # an explicit --batch-size wins
