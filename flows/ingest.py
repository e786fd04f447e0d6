"""The ``ingest`` flow: discover → load/fetch → clean+extract → store → flag changes.

Tasks work on batches (default 100 documents), because a Prefect task run costs a
few milliseconds of orchestration and the API ingests tens of task runs a second:
a task per article would cost more than the work. The CPU-bound clean+extract
tasks go to the task runner (threads, processes or Dask); loading and storing run
in the flow's own process, which is the database's single writer.
"""

from __future__ import annotations

import math
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import cast
from uuid import UUID

import duckdb
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_progress_artifact, update_progress_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import get_run_context
from prefect.futures import PrefectFuture
from prefect.utilities.annotations import opaque

from flows import observe, report, stops
from flows.api_server import run_api
from flows.discover import Discovery, check_source_names, discover
from flows.fetch import Fetcher, FetchPolicy, fetch_policy
from flows.ids import IdLedger
from flows.loaders import claim_ids, load_refs
from flows.process import ProcessedBatch, process_batch
from flows.records import FeedEntries, InputRef, RawDocument
from flows.runners import make_task_runner
from warehouse import changes as change_sql
from warehouse import db as warehouse_db
from warehouse import store
from warehouse.records import Failure, StoreResult
from warehouse.stories import StoryPin

#: Documents per batch task, whatever the corpus size: a batch's memory (its pages, texts and
#: claims, in flight and being written) is what a run holds, so it must not grow with the
#: corpus. 100 pages are ~2 s of work against ~4 ms of orchestration per task run, and keep
#: Prefect's API at a task run or two a second.
DEFAULT_BATCH = 100
#: DuckDB's buffer pool defaults to 80% of RAM and keeps the blocks it wrote: capped while
#: batches are written (and emptied after each), memory stays flat however big the corpus.
WRITE_MEMORY_LIMIT = "256MB"
CHANGE_MEMORY_LIMIT = "2GB"


@dataclass(slots=True)
class RunSummary:
    run_id: str
    db: str
    inputs: int = 0
    stored: int = 0
    unchanged: int = 0
    failures: int = 0
    claims: int = 0
    changes: int = 0
    skipped_files: list[str] = field(default_factory=list)
    failure_rows: list[Failure] = field(default_factory=list)

    def add(self, result: StoreResult) -> None:
        self.stored += result.stored
        self.unchanged += result.unchanged
        self.failures += result.failures
        self.claims += result.claims


class RunClock:
    """A run's overall deadline: pages are fetched within what is left of it, and inputs not
    reached in time are recorded as failures, so a feed of silent servers cannot hold the
    database for days."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds if seconds else None

    def left(self) -> float | None:
        return None if self.ends is None else self.ends - time.monotonic()

    def expired(self) -> bool:
        left = self.left()
        return left is not None and left <= 0

    def policy(self, allow_private: bool) -> FetchPolicy:
        """The fetch policy, its per-page deadline cut to what is left of the run."""
        p = fetch_policy(allow_private)
        left = self.left()
        return p if left is None else replace(p, deadline=max(0.001, min(p.deadline, left)))

    def missed(self, refs: Sequence[InputRef]) -> list[Failure]:
        reason = f"the run's deadline ({self.seconds:g} s) passed before this input was read"
        return [Failure(r.label, "deadline", "RunDeadline", reason) for r in refs]


@task(name="discover")
def discover_inputs(sources: list[str]) -> Discovery:
    return discover(sources)


#: A loaded batch: its documents, its failures, how many were unchanged (HTTP 304), and the
#: feeds among its URLs, whose entries are loaded as inputs of their own.
Loaded = tuple[list[RawDocument], list[Failure], int, list[FeedEntries]]


# Batch tasks: no input-hash cache key (hashing 100 pages cost more than storing them) and
# opaque() store inputs, so Prefect does not walk every claim looking for futures.
@task(name="fetch-batch", cache_policy=NO_CACHE)
def fetch_batch(
    refs: list[InputRef], validators: dict[str, tuple[str | None, str | None]], policy: FetchPolicy
) -> Loaded:
    feeds: list[FeedEntries] = []
    with Fetcher(policy) as fetcher:
        docs, fails, not_modified = load_refs(refs, fetcher, validators=validators, feeds=feeds)
    return docs, fails, not_modified, feeds


def load_batch(
    refs: list[InputRef],
    validators: dict[str, tuple[str | None, str | None]],
    allow_private: bool = False,
    clock: RunClock | None = None,
) -> Loaded:
    """Fetch a batch with URLs in a task run of its own (network time, retries, its logs);
    read local files in the flow: ~10 ms for 100 files, less than a task run costs the API."""
    if any(r.kind == "url" for r in refs):
        return fetch_batch(refs, validators, (clock or RunClock(None)).policy(allow_private))
    return (*load_refs(refs), [])


@task(name="clean-and-extract", cache_policy=NO_CACHE)
def clean_and_extract(raws: list[RawDocument]) -> ProcessedBatch:
    return process_batch(raws)


@task(name="store-batch", cache_policy=NO_CACHE)
def store_batch(db: str, run_id: str, processed: ProcessedBatch, failures: list[Failure]) -> StoreResult:
    with warehouse_db.clear_disk_errors(db):
        con = warehouse_db.connect(db)
        result = store.store_tables(con, run_id, processed.tables, [*failures, *processed.failures])
        warehouse_db.drop_cached_blocks(con, WRITE_MEMORY_LIMIT)  # memory flat however big the warehouse
    return result


@task(name="flag-changes")
def flag_changes(db: str, run_id: str, pins: tuple[StoryPin, ...] = ()) -> int:
    with warehouse_db.clear_disk_errors(db):
        con = warehouse_db.connect(db)
        count = change_sql.flag_changes(con, run_id, pins)
        report.publish_changes(con, run_id)
        report.emit_changes(con, run_id)  # claimwatch.figure.changed, for Prefect Automations
    return count


def batch_size_for(requested: int | None) -> int:
    return requested or DEFAULT_BATCH


def _follow(feeds: list[FeedEntries], refs: list[InputRef], queued: set[str], info: Callable[..., None]) -> int:
    """Queue the feeds' entries not already inputs of this run; the change in the run's input
    count (a feed is a source, not an input: its entries are)."""
    added = 0
    for feed in feeds:
        fresh = [r for r in feed.refs if r.label not in queued]
        queued.update(r.label for r in fresh)
        refs.extend(fresh)
        added += len(fresh) - 1
        info("feed %s: %d entries, %d new to this run", feed.feed, len(feed.refs), len(fresh))
    return added


def _claim_ids(db: str, ledger: IdLedger, raws: list[RawDocument]) -> tuple[list[RawDocument], list[Failure]]:
    """Two inputs never share a document id: the second one is a failure row naming the first."""
    return claim_ids(ledger, raws, store.latest_inputs(warehouse_db.connect(db), (r.doc_id for r in raws)))


def _drop_unchanged(db: str, raws: list[RawDocument]) -> tuple[list[RawDocument], int]:
    """Skip documents whose input bytes (as read) hash the same as their latest stored version."""
    known = store.latest_hashes(warehouse_db.connect(db), (r.doc_id for r in raws))
    fresh = [r for r in raws if r.doc_id not in known or known[r.doc_id][1] != r.raw_hash]
    return fresh, len(raws) - len(fresh)


def _validators(db: str, refs: Sequence[InputRef]) -> dict[str, tuple[str | None, str | None]]:
    if not any(r.kind == "url" for r in refs):
        return {}
    return store.fetch_validators(warehouse_db.connect(db))


@flow(name="ingest", log_prints=False)
def ingest(
    sources: list[str],
    db: str = warehouse_db.DEFAULT_DB,
    batch_size: int | None = None,
    workers: int = 1,
    lock_wait: float = 60.0,
    pins: dict[str, dict[str, list[str]]] | None = None,
    allow_private: bool = False,
    deadline: float | None = None,
) -> RunSummary:
    """Load or fetch ``sources`` (paths, URLs, feeds), extract figure claims into ``db``, flag changes.

    ``workers`` bounds the batches in flight; the task runner that runs them is chosen
    with :func:`run_ingest` (or ``claimwatch run --workers/--runner``). ``deadline`` (seconds)
    bounds the whole run: inputs not read by then are failures with stage ``deadline``.
    """
    clock = RunClock(deadline)
    logger = get_run_logger()
    observe.route_library_logs()  # trafilatura and httpx records into this run's logs
    # Story pins (claimwatch.toml): story -> {doc_ids|urls|inputs|url_prefixes|input_prefixes: values}.
    story_pins = tuple(
        StoryPin(story, **{k: tuple(v) for k, v in rules.items()}) for story, rules in (pins or {}).items()
    )
    run_id = uuid.uuid4().hex[:12]
    summary = RunSummary(run_id=run_id, db=db)
    ctx = get_run_context()
    flow_run_id = str(ctx.flow_run.id) if getattr(ctx, "flow_run", None) else None  # type: ignore[union-attr]
    with warehouse_db.run_lock(db, wait=lock_wait), warehouse_db.clear_disk_errors(db), stops.watching():
        con = warehouse_db.connect(db)
        con.execute(f"SET memory_limit = '{WRITE_MEMORY_LIMIT}'")
        if interrupted := warehouse_db.mark_interrupted_runs(con):
            logger.warning(
                "%d earlier run(s) were interrupted (killed or crashed); re-storing what they missed", interrupted
            )
        store.start_run(con, run_id, sources, flow_run_id)
        try:
            found = discover_inputs(sources)
            summary.skipped_files = found.skipped
            for path in found.skipped:
                logger.info("skipped %s: not a .txt, .html, .htm, .html.gz or .jsonl file", path)
            pre_failures = list(found.failures)
            refs = list(found.refs)  # grows as feeds are found while loading
            summary.inputs = len(refs) + len(found.failures)
            size = batch_size_for(batch_size)
            n_batches = max(1, math.ceil(len(refs) / size))
            logger.info("%d inputs in %d batches of up to %d", len(refs), n_batches, size)
            progress = cast(
                UUID,
                create_progress_artifact(  # sync context: a UUID, not a coroutine
                    0.0, key="ingest-progress", description=f"claimwatch run {run_id}: batches stored"
                ),
            )
            validators = _validators(db, refs)
            pending: deque[tuple[PrefectFuture[ProcessedBatch], list[Failure]]] = deque()
            done = 0

            def advance() -> None:
                nonlocal done
                done += 1
                update_progress_artifact(progress, 100.0 * done / n_batches)
                observe.report_progress(done, n_batches)

            def drain(limit: int) -> None:
                while len(pending) > limit:
                    stops.check()
                    future, fails = pending.popleft()
                    summary.add(
                        store_batch(
                            db,
                            run_id,
                            opaque(future.result()),  # type: ignore[call-overload]
                            opaque(fails),
                        )
                    )  # Prefect unwraps opaque() before the call
                    advance()

            ledger = IdLedger()
            queued = {r.label for r in refs}
            start = started = 0
            while start < len(refs):  # feeds found while loading add their entries to the end
                stops.check()  # a stop whose exception was lost is raised here (see flows.stops)
                chunk = refs[start : start + size]
                start, started = start + len(chunk), started + 1
                if clock.expired():
                    pre_failures += clock.missed(chunk)
                    continue
                raws, fails, not_modified, feeds = load_batch(chunk, validators, allow_private, clock)
                if feeds:
                    summary.inputs += _follow(feeds, refs, queued, logger.info)
                    n_batches = started + math.ceil((len(refs) - start) / size)  # the bar's length
                raws, clashes = _claim_ids(db, ledger, raws)
                fails = [*fails, *clashes]
                fresh, unchanged = _drop_unchanged(db, raws)
                summary.unchanged += unchanged + not_modified
                if not fresh and not fails and not pre_failures:
                    advance()  # all unchanged (a warm re-run): no task runs for an empty batch
                    continue
                # Not opaque(fresh): Dask would take the annotation, a tuple, for a task spec.
                pending.append((clean_and_extract.submit(fresh), [*pre_failures, *fails]))
                pre_failures = []
                drain(workers)  # bounded in-flight batches keep memory flat
            drain(0)
            if done < n_batches:  # no inputs at all: the bar still ends full
                update_progress_artifact(progress, 100.0)
            if pre_failures:  # nothing was loaded, but discovery failures must still be stored
                summary.add(store.store_batch(con, run_id, [], pre_failures))
            # The change pass joins across the whole warehouse: more memory than a batch, but bounded
            # (DuckDB spills to disk beyond it rather than taking the machine).
            con.execute(f"SET memory_limit = '{CHANGE_MEMORY_LIMIT}'")
            summary.changes = flag_changes(db, run_id, story_pins)
            summary.failure_rows = store.run_failures(con, run_id)
            _finish_run(con, run_id, summary, "completed")
            report.publish_summary(con, summary)
        except BaseException as exc:
            try:
                _finish_run(con, run_id, summary, "failed")
            except duckdb.Error as marking:  # a full disk refuses this write too: the cause is raised
                exc.add_note(f"the run could not be marked failed ({marking}); the next run marks it interrupted")
            raise
        finally:
            warehouse_db.close(db)
    logger.info(
        "run %s: %d inputs, %d stored, %d unchanged, %d failures, %d claims, %d changes",
        run_id,
        summary.inputs,
        summary.stored,
        summary.unchanged,
        summary.failures,
        summary.claims,
        summary.changes,
    )
    return summary


def _finish_run(con: duckdb.DuckDBPyConnection, run_id: str, summary: RunSummary, status: str) -> None:
    """The run's row with its counts so far: completed, or failed (interrupted runs too)."""
    store.finish_run(
        con,
        run_id,
        status=status,
        inputs=summary.inputs,
        stored=summary.stored,
        unchanged=summary.unchanged,
        failures=summary.failures,
        claims=summary.claims,
        changes=summary.changes,
    )


def ingest_with_runner(runner: str = "local", workers: int = 1):  # type: ignore[no-untyped-def]
    """The ``ingest`` flow bound to a task runner: threads, a process pool or Dask."""
    return ingest.with_options(task_runner=make_task_runner(runner, workers))  # type: ignore[arg-type]


def run_ingest(
    sources: list[str],
    db: str = warehouse_db.DEFAULT_DB,
    *,
    workers: int = 1,
    runner: str = "local",
    batch_size: int | None = None,
    lock_wait: float = 60.0,
    allow_private: bool = False,
    pins: dict[str, dict[str, list[str]]] | None = None,
    deadline: float | None = None,
) -> RunSummary:
    """Run ``ingest`` once, in this process, with the chosen task runner.

    ``allow_private`` lets the fetcher reach loopback/private addresses (local sources);
    ``pins`` are the story pins of claimwatch.toml (see ``flows.config.run_plan``);
    ``deadline`` bounds the whole run in seconds.
    """
    check_source_names(sources)  # a clear error, not a traceback from the API client
    # Locked before the flow starts: a busy database is a clear DatabaseBusyError, not a failed flow run.
    # run_api: one Prefect API for the run and its worker processes (a temporary server if none is set).
    with warehouse_db.clear_disk_errors(db), warehouse_db.run_lock(db, wait=lock_wait), run_api():
        result = ingest_with_runner(runner, workers)(
            sources=sources,
            db=db,
            batch_size=batch_size,
            workers=workers,
            lock_wait=lock_wait,
            allow_private=allow_private,
            pins=pins,
            deadline=deadline,
        )
    return result  # type: ignore[no-any-return]


__all__ = ["RunSummary", "ingest", "ingest_with_runner", "run_ingest"]
