"""What a run shows in the Prefect UI: the changed-figures table and a markdown summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import duckdb
from prefect.artifacts import create_markdown_artifact, create_table_artifact

if TYPE_CHECKING:
    from flows.ingest import RunSummary

CHANGES_KEY = "changed-figures"
SUMMARY_KEY = "run-summary"

_CHANGE_COLUMNS = ("change_kind", "quantity_key", "a_text", "a_source", "a_published", "a_doc",
                   "b_text", "b_source", "b_published", "b_doc", "reason")


def _fmt(value: Any) -> str:
    return "" if value is None else str(value)


def changes_rows(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> list[dict[str, str]]:
    where = "WHERE run_id = ?" if run_id else ""
    cur = con.execute(
        f"SELECT {', '.join(_CHANGE_COLUMNS)} FROM changed_figures {where} ORDER BY quantity_key, b_published",
        [run_id] if run_id else [],
    )
    return [{k: _fmt(v) for k, v in zip(_CHANGE_COLUMNS, row, strict=True)} for row in cur.fetchall()]


def publish_changes(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    rows = changes_rows(con, run_id)
    create_table_artifact(
        key=CHANGES_KEY, table=rows or [{c: "" for c in _CHANGE_COLUMNS}],
        description=f"Figures that changed between reports, flagged by run {run_id} ({len(rows)} rows)",
    )


def summary_markdown(summary: RunSummary) -> str:
    lines = [
        f"# claimwatch run `{summary.run_id}`",
        "",
        "| inputs | stored | unchanged | failures | claims | changes |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {summary.inputs} | {summary.stored} | {summary.unchanged} | {summary.failures}"
        f" | {summary.claims} | {summary.changes} |",
    ]
    if summary.failure_rows:
        lines += ["", "## Failures", "", "| input | stage | reason |", "|---|---|---|"]
        lines += [f"| {f.input} | {f.stage} | {f.reason.replace('|', '/')} |" for f in summary.failure_rows[:200]]
    return "\n".join(lines) + "\n"


def publish_summary(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
    create_markdown_artifact(key=SUMMARY_KEY, markdown=summary_markdown(summary),
                             description=f"claimwatch run {summary.run_id}")
