"""What a run shows in the Prefect UI: the changed-figures table and a markdown summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import duckdb
from prefect.artifacts import create_markdown_artifact, create_table_artifact

if TYPE_CHECKING:
    from flows.ingest import RunSummary

CHANGES_KEY = "changed-figures"
SUMMARY_KEY = "run-summary"
CHANGES_SUMMARY_KEY = "changed-figures-summary"

_CHANGE_COLUMNS = ("change_kind", "story", "quantity", "a_text", "a_source", "a_published", "a_doc",
                   "b_text", "b_source", "b_published", "b_doc", "reason", "a_sentence", "b_sentence")


def _fmt(value: Any) -> str:
    return "" if value is None else str(value)


#: Rows sent to the UI per run. The artifact is JSON held by the Prefect server; a run that
#: flags hundreds of thousands of rows would send hundreds of MB. The view keeps them all.
MAX_ARTIFACT_ROWS = 1000


def changes_rows(con: duckdb.DuckDBPyConnection, run_id: str | None = None,
                 limit: int | None = None) -> list[dict[str, str]]:
    where = "WHERE run_id = ?" if run_id else ""
    cur = con.execute(
        f"SELECT {', '.join(_CHANGE_COLUMNS)} FROM changed_figures {where}"
        " ORDER BY story, quantity, b_published, change_id" + (f" LIMIT {int(limit)}" if limit else ""),
        [run_id] if run_id else [],
    )
    return [{k: _fmt(v) for k, v in zip(_CHANGE_COLUMNS, row, strict=True)} for row in cur.fetchall()]


def _cell(text: Any) -> str:
    return _fmt(text).replace("|", "/").replace("\n", " ")


def changes_markdown(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> str:
    """One line per story and quantity: its figures in date order, each with its source."""
    where = "WHERE f.run_id = ?" if run_id else ""
    rows = con.execute(
        f"""
        WITH flagged AS (
            SELECT f.story_id, f.quantity_key, any_value(f.quantity) AS quantity,
                   list(DISTINCT f.a_claim_id) || list(DISTINCT f.b_claim_id) AS ids,
                   list(DISTINCT f.change_kind ORDER BY f.change_kind) AS kinds
            FROM figure_changes f {where} GROUP BY f.story_id, f.quantity_key
        )
        SELECT coalesce(s.name, fl.story_id), fl.quantity, fl.kinds,
               list(c.text || ' (' || coalesce(c.source, a.site_name, c.doc_id[:12]) || ', '
                    || coalesce(CAST(c.published AS VARCHAR), 'undated') || ')'
                    ORDER BY c.published NULLS FIRST, c.claim_id)
        FROM flagged fl
        CROSS JOIN LATERAL (SELECT DISTINCT unnest(fl.ids) AS claim_id) u
        JOIN claims c ON c.claim_id = u.claim_id
        LEFT JOIN articles a ON a.doc_id = c.doc_id
        LEFT JOIN stories s ON s.story_id = fl.story_id
        GROUP BY ALL ORDER BY 1, 2
        """,
        [run_id] if run_id else [],
    ).fetchall()
    title = f"# Changed figures, run `{run_id}`" if run_id else "# Changed figures"
    lines = [title, ""]
    if not rows:
        return "\n".join([*lines, "No figure changed between reports."]) + "\n"
    lines += ["| story | quantity | figures in date order (source, date) | change |", "|---|---|---|---|"]
    lines += [f"| {_cell(story)} | {_cell(quantity)} | {_cell(' → '.join(figures))} | {_cell(', '.join(kinds))} |"
              for story, quantity, kinds, figures in rows]
    return "\n".join(lines) + "\n"


def publish_changes(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    rows = changes_rows(con, run_id, limit=MAX_ARTIFACT_ROWS)
    total = con.execute("SELECT count(*) FROM figure_changes WHERE run_id = ?", [run_id]).fetchone()
    n = int(total[0]) if total else 0
    shown = f"{n} rows" if n <= len(rows) else f"the first {len(rows)} of {n} rows; all are in the changed_figures view"
    create_table_artifact(
        key=CHANGES_KEY, table=rows or [{c: "" for c in _CHANGE_COLUMNS}],
        description=f"Figures that changed between reports, flagged by run {run_id} ({shown})",
    )
    create_markdown_artifact(key=CHANGES_SUMMARY_KEY, markdown=changes_markdown(con, run_id),
                             description=f"Changed figures by story, run {run_id}")


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
