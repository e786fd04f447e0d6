"""Batching for streaming: a batch size that does not grow with the corpus."""

from __future__ import annotations

from flows.ingest import DEFAULT_BATCH, batch_size_for


def test_batches_stay_the_same_size_whatever_the_corpus():
    # Memory is what a batch holds: batches that grew with the input would make it grow too.
    assert batch_size_for(None) == DEFAULT_BATCH
    assert batch_size_for(7) == 7  # an explicit --batch-size wins
