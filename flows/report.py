"""What a run shows in the Prefect UI, and the events it emits.

Artifacts (keyed, so each key's page is a history across runs):

- ``changed-figures``: a table, one row per flagged pair, leading with story, quantity,
  from → to (value, source, date), kind and confidence; articles as title links. A run
  that flags nothing publishes a markdown that says so.
- ``changed-figures-summary``: per story, each flagged quantity's figures in date order.
- ``figure-timelines``: per story, a chart of each flagged quantity's figures over time.
- ``run-summary``: the counts, then per story each quantity's figures over time with
  sources and article links, then the failures.

Events: one ``claimwatch.figure.changed`` per flag (up to MAX_EVENTS a run), with the
story as its resource, so a Prefect Automation can watch one story.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import duckdb
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from flows import charts
from warehouse.timelines import Report, Timeline, by_story, describe, elide, link, timelines

if TYPE_CHECKING:
    from flows.ingest import RunSummary

CHANGES_KEY = "changed-figures"
SUMMARY_KEY = "run-summary"
CHANGES_SUMMARY_KEY = "changed-figures-summary"
TIMELINES_KEY = "figure-timelines"
EVENT = "claimwatch.figure.changed"

#: Rows sent to the UI per run. The artifact is JSON held by the Prefect server; a run that
#: flags hundreds of thousands of rows would send hundreds of MB. The view keeps them all.
MAX_ARTIFACT_ROWS = 1000
#: Stories drawn per run (a chart is ~30-60 kB of SVG in the artifact), most flags first.
MAX_CHARTS = 20
#: Stories listed in the markdown summaries per run; the views and `claimwatch changes` have all.
MAX_SUMMARY_STORIES = 50
#: Events per run: an automation fires per event, and a first run over an archive can flag
#: thousands of pairs. The rest stay in the changed_figures view.
MAX_EVENTS = 1000

NO_CHANGES = "No changed figures in this run."

_TABLE_SQL = """
    SELECT cf.story_id, coalesce(cf.story, cf.story_id), cf.quantity, cf.change_kind, cf.confidence, cf.reason,
           cf.a_text, cf.a_low, cf.a_high, cf.a_published,
           outlet(cf.a_source, aa.site_name, cf.a_url), cf.a_doc,
           aa.title, cf.a_url,
           cf.b_text, cf.b_low, cf.b_high, cf.b_published,
           outlet(cf.b_source, ab.site_name, cf.b_url), cf.b_doc,
           ab.title, cf.b_url
    FROM changed_figures cf
    LEFT JOIN articles aa ON aa.doc_id = cf.a_doc
    LEFT JOIN articles ab ON ab.doc_id = cf.b_doc
    {where}
    ORDER BY 2, cf.quantity, cf.b_published, cf.change_id
"""


def _fmt(value: Any) -> str:
    return "" if value is None else str(value)


def _side(values: tuple[Any, ...]) -> Report:
    text, low, high, published, source, doc, title, url = values
    return Report(
        text=str(text),
        low=low,
        high=high,
        published=published,
        source=str(source or "") or str(doc)[:12],
        doc=str(doc),
        title=title,
        url=url,
    )


def _flags(
    con: duckdb.DuckDBPyConnection, run_id: str | None, limit: int | None
) -> list[tuple[str, str, str, str, float | None, str, Report, Report]]:
    where = "WHERE cf.run_id = ?" if run_id else ""
    sql = _TABLE_SQL.format(where=where) + (f" LIMIT {int(limit)}" if limit else "")
    rows = con.execute(sql, [run_id] if run_id else []).fetchall()
    return [(r[0], r[1], r[2], r[3], r[4], _fmt(r[5]), _side(r[6:14]), _side(r[14:22])) for r in rows]


def changes_rows(
    con: duckdb.DuckDBPyConnection, run_id: str | None = None, limit: int | None = None
) -> list[dict[str, str]]:
    """The table artifact's rows. The UI gives a table ~830 px at a 1400 px window and does not
    wrap cells, so the first four columns (story, quantity, from → to, change) are elided to fit
    there; sources, dates, article links and the reason follow."""
    return [
        {
            "story": elide(story, 24),
            "quantity": elide(quantity, 36),
            "from → to": f"{elide(a.text, 16)} → {elide(b.text, 16)}",
            "change": kind,
            "confidence": "" if conf is None else f"{conf:.2f}",
            "earlier report": describe(a),
            "later report": describe(b),
            "articles": f"{link(a, 40)} → {link(b, 40)}",
            "reason": elide(reason),
        }
        for _, story, quantity, kind, conf, reason, a, b in _flags(con, run_id, limit)
    ]


def _cell(text: Any) -> str:
    return _fmt(text).replace("|", "/").replace("\n", " ")


def _kinds(t: Timeline) -> str:
    conf = f", confidence {t.confidence:.2f}" if t.confidence is not None else ""
    return f"{', '.join(t.kinds)}{conf}"


def _figure(r: Report) -> str:
    when = r.published.isoformat() if r.published else "undated"
    return f"**{elide(r.text, 40)}** ({elide(r.source, 40)}, {when}, {link(r, 50)})"


def _stories(items: list[Timeline]) -> tuple[list[tuple[str, str, list[Timeline]]], int]:
    stories = by_story(items)
    return stories[:MAX_SUMMARY_STORIES], max(0, len(stories) - MAX_SUMMARY_STORIES)


def changes_markdown(
    con: duckdb.DuckDBPyConnection, run_id: str | None = None, items: list[Timeline] | None = None
) -> str:
    """Per story, one paragraph per flagged quantity: its figures in date order with sources and
    article links, then the change. Paragraphs wrap; the UI's markdown tables do not (cut at 1400 px)."""
    title = f"# Changed figures, run `{run_id}`" if run_id else "# Changed figures"
    stories, more = _stories(timelines(con, run_id=run_id) if items is None else items)
    if not stories:
        return f"{title}\n\n{NO_CHANGES if run_id else 'No figure changed between reports.'}\n"
    lines = [title]
    for _, story, items in stories:
        lines += ["", f"## {_cell(story)}"]
        lines += [
            "",
            *(
                f"- **{_cell(elide(t.quantity))}** ({_cell(_kinds(t))}): " + " → ".join(_figure(r) for r in t.reports)
                for t in items
            ),
        ]
    if more:
        lines += ["", f"... and {more} more stories: `claimwatch changes` lists them all."]
    return "\n".join(lines) + "\n"


def timelines_markdown(
    con: duckdb.DuckDBPyConnection, run_id: str | None = None, items: list[Timeline] | None = None
) -> str:
    """Per story, its chart as an inline image (a data: URL the UI's markdown draws offline)."""
    stories = by_story(timelines(con, run_id=run_id) if items is None else items)
    title = f"# Figure timelines, run `{run_id}`" if run_id else "# Figure timelines"
    if not stories:
        return f"{title}\n\n{NO_CHANGES}\n"
    stories.sort(key=lambda s: -sum(len(t.changes) for t in s[2]))
    lines = [
        title,
        "",
        "A dot is an exact figure, a bar a range or an open bound; colour is the source;"
        " a dashed arrow is a flagged change.",
    ]
    for _, story, items in stories[:MAX_CHARTS]:
        svg = charts.render(story, items, "svg")
        lines += ["", f"## {_cell(story)}", "", f"![timeline of {_cell(story)}]({charts.data_uri(svg)})"]
    if len(stories) > MAX_CHARTS:
        lines += [
            "",
            f"{len(stories) - MAX_CHARTS} more stories not drawn here:"
            " `claimwatch plot --story STORY -o chart.svg` draws any of them.",
        ]
    return "\n".join(lines) + "\n"


def publish_changes(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    total = con.execute("SELECT count(*) FROM figure_changes WHERE run_id = ?", [run_id]).fetchone()
    n = int(total[0]) if total else 0
    items = timelines(con, run_id=run_id) if n else []  # read once for both markdowns
    if n == 0:  # a table with no rows displays as one blank item
        create_markdown_artifact(
            key=CHANGES_KEY,
            markdown=f"# Changed figures, run `{run_id}`\n\n{NO_CHANGES}\n",
            description=f"No figure changed in run {run_id}",
        )
    else:
        rows = changes_rows(con, run_id, limit=MAX_ARTIFACT_ROWS)
        shown = (
            f"{n} rows" if n <= len(rows) else f"the first {len(rows)} of {n} rows; all are in the changed_figures view"
        )
        create_table_artifact(
            key=CHANGES_KEY,
            table=rows,
            description=f"Figures that changed between reports, flagged by run {run_id} ({shown})",
        )
    create_markdown_artifact(
        key=CHANGES_SUMMARY_KEY,
        markdown=changes_markdown(con, run_id, items),
        description=f"Changed figures by story, run {run_id}",
    )
    create_markdown_artifact(
        key=TIMELINES_KEY,
        markdown=timelines_markdown(con, run_id, items),
        description=f"Figure timelines of the stories with changes in run {run_id}",
    )


def summary_markdown(summary: RunSummary, items: list[Timeline] | None = None) -> str:
    lines = [
        f"# claimwatch run `{summary.run_id}`",
        "",
        f"**{summary.inputs} inputs**: {summary.stored} stored, {summary.unchanged} unchanged,"
        f" {summary.failures} failures · **{summary.claims} claims** · **{summary.changes} changes**",
    ]
    stories, more = _stories(items or [])
    lines += ["", "## Figures that changed, by story"]
    if not stories:
        lines += ["", NO_CHANGES]
    for _, story, quantities in stories:
        lines += ["", f"### {_cell(story)}"]
        for t in quantities:
            lines += ["", f"**{_cell(elide(t.quantity))}** ({_cell(_kinds(t))})", ""]
            lines += [f"- {_figure(r)}" for r in t.reports]
    if more:
        lines += ["", f"... and {more} more stories: `claimwatch changes` lists them all."]
    if summary.failure_rows:
        # A list, not a table: the UI does not wrap table cells, and reasons are long.
        lines += ["", f"## Failures ({summary.failures})", ""]
        lines += [
            f"- `{_cell(elide(f.input)).replace('`', chr(39))}` ({f.stage}): {_cell(elide(f.reason, 200))}"
            for f in summary.failure_rows[:200]
        ]
        if len(summary.failure_rows) > 200:
            lines += ["", f"... and {len(summary.failure_rows) - 200} more: see the failed_inputs view."]
    return "\n".join(lines) + "\n"


def publish_summary(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
    create_markdown_artifact(
        key=SUMMARY_KEY,
        markdown=summary_markdown(summary, timelines(con, run_id=summary.run_id)),
        description=f"claimwatch run {summary.run_id}",
    )


def _resource(report: Report, role: str) -> dict[str, str]:
    return {
        "prefect.resource.id": f"claimwatch.document.{report.doc}",
        "prefect.resource.role": role,
        "prefect.resource.name": elide(report.title or report.url or report.doc, 120),
    }


def _side_payload(r: Report) -> dict[str, Any]:
    return {
        "text": r.text,
        "low": r.low,
        "high": r.high,
        "published": r.published.isoformat() if r.published else None,
        "source": r.source,
        "doc": r.doc,
        "title": r.title,
        "url": r.url,
    }


def emit_changes(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """One ``claimwatch.figure.changed`` event per flag of the run (at most MAX_EVENTS), its
    resource ``claimwatch.story.<story_id>``, the two documents as related resources."""
    from prefect.events import emit_event
    from prefect.events.worker import EventsWorker

    flags = _flags(con, run_id, MAX_EVENTS + 1)
    if len(flags) > MAX_EVENTS:
        logging.getLogger(__name__).warning(
            "run %s: events sent for the first %d flags only; the changed_figures view has all", run_id, MAX_EVENTS
        )
    sent = 0
    for story_id, story, quantity, kind, conf, reason, a, b in flags[:MAX_EVENTS]:
        emitted = emit_event(
            event=EVENT,
            resource={
                "prefect.resource.id": f"claimwatch.story.{story_id}",
                "prefect.resource.name": story,
                "claimwatch.change-kind": kind,
            },
            related=[_resource(a, "earlier-report"), _resource(b, "later-report")],
            payload={
                "run_id": run_id,
                "story_id": story_id,
                "story": story,
                "quantity": quantity,
                "change_kind": kind,
                "confidence": conf,
                "reason": reason,
                "from": _side_payload(a),
                "to": _side_payload(b),
                "summary": f"{quantity}: {describe(a)} → {describe(b)} ({kind})",
            },
        )
        sent += emitted is not None
    if sent:
        # Delivered now, while the run's API is up (a temporary one stops with the run).
        EventsWorker.instance().wait_until_empty()
    return sent
