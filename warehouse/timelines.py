"""Figure timelines as records: each flagged story and quantity with its reports in date order.

The data behind the run artifacts, the charts and ``claimwatch plot``; read from the
``figure_timelines`` and ``changed_figures`` views, so it shows what the change pass stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from extractors.errors import ClaimwatchError

#: Text shown in a cell or a label is cut to this many characters (with an ellipsis).
ELIDE_AT = 80


class UnknownStoryError(ClaimwatchError):
    """No story with flagged figures matches the given id or name."""


@dataclass(frozen=True, slots=True)
class Report:
    """One report of a figure: its text, bounds (``high`` None for an open bound), source and article."""

    text: str
    low: float | None
    high: float | None
    published: date | None
    source: str
    doc: str
    title: str | None
    url: str | None

    @property
    def exact(self) -> bool:
        return self.low is not None and self.high is not None and self.low == self.high


@dataclass(frozen=True, slots=True)
class Change:
    """One flagged pair: the earlier and the later report of the same quantity."""

    kind: str
    reason: str
    confidence: float | None
    a: Report
    b: Report


@dataclass(frozen=True, slots=True)
class Timeline:
    story_id: str
    story: str
    quantity: str
    quantity_key: str
    kinds: tuple[str, ...]
    confidence: float | None
    reports: tuple[Report, ...]
    changes: tuple[Change, ...]


def elide(text: str | None, limit: int = ELIDE_AT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def site(url: str | None) -> str | None:
    match = re.match(r"[a-z][a-z0-9+.-]*://(?:www\.)?([^/?#]+)", url or "", re.I)
    return match.group(1) if match else None


def link(report: Report, limit: int = 60) -> str:
    """A markdown link to the article: its title, else its site, else a short document id."""
    label = elide(report.title, limit) if report.title else site(report.url) or report.doc[:12]
    label = label.replace("[", "(").replace("]", ")").replace("|", "/")
    if not report.url:
        return label
    return f"[{label}]({report.url.replace(' ', '%20').replace(')', '%29')})"


def describe(report: Report) -> str:
    """``text (source, date)``: a figure as an analyst quotes it."""
    when = report.published.isoformat() if report.published else "undated"
    return f"{elide(report.text, 40)} ({elide(report.source, 40)}, {when})"


def _report(d: dict[str, Any]) -> Report:
    return Report(
        text=str(d["text"]),
        low=d["low"],
        high=d["high"],
        published=d["published"],
        source=str(d["source"]),
        doc=str(d["doc"]),
        title=d["title"],
        url=d["url"],
    )


def _side(p: str) -> str:
    return f"{p}_text, {p}_low, {p}_high, {p}_published, {p}_who, {p}_doc, {p}_title, {p}_url"


def _pairs(con: duckdb.DuckDBPyConnection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], list[Change]]:
    if not keys:
        return {}
    con.execute("CREATE OR REPLACE TEMP TABLE _timeline_keys (story_id VARCHAR, quantity_key VARCHAR)")
    con.executemany("INSERT INTO _timeline_keys VALUES (?, ?)", keys)
    rows = con.execute(
        f"""
        SELECT c.story_id, c.quantity_key, c.change_kind, c.reason, c.confidence, {_side("a")}, {_side("b")}
        FROM (SELECT cf.*, aa.title AS a_title, ab.title AS b_title,
                     outlet(cf.a_source, aa.site_name, cf.a_url) AS a_who,
                     outlet(cf.b_source, ab.site_name, cf.b_url) AS b_who
              FROM changed_figures cf
              LEFT JOIN articles aa ON aa.doc_id = cf.a_doc
              LEFT JOIN articles ab ON ab.doc_id = cf.b_doc) c
        JOIN _timeline_keys USING (story_id, quantity_key)
        ORDER BY c.story_id, c.quantity_key, c.b_published NULLS FIRST, c.change_id
        """
    ).fetchall()
    con.execute("DROP TABLE _timeline_keys")
    out: dict[tuple[str, str], list[Change]] = {}
    for story_id, key, kind, reason, confidence, *sides_values in rows:
        a, b = (
            Report(str(t), lo, hi, pub, str(src or doc[:12]), str(doc), title, url)
            for t, lo, hi, pub, src, doc, title, url in (sides_values[:8], sides_values[8:])
        )
        out.setdefault((story_id, key), []).append(Change(kind, str(reason or ""), confidence, a, b))
    return out


def timelines(con: duckdb.DuckDBPyConnection, *, run_id: str | None = None, story: str | None = None) -> list[Timeline]:
    """Flagged quantities, by story then quantity: all of them, those flagged by ``run_id``,
    or those of ``story`` (a story id, or a part of its name). Each with its whole history."""
    where, params = [], []
    if run_id:
        where.append("(story_id, quantity_key) IN (SELECT story_id, quantity_key FROM figure_changes WHERE run_id = ?)")
        params.append(run_id)
    if story:
        where.append(
            "story_id = (SELECT story_id FROM figure_timelines WHERE story_id = ? OR story ILIKE ?"
            " ORDER BY story_id <> ?, story LIMIT 1)"
        )
        params += [story, f"%{story}%", story]
    rows = con.execute(
        "SELECT story_id, story, quantity, quantity_key, kinds, confidence, reports FROM figure_timelines"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY story, quantity, quantity_key",
        params,
    ).fetchall()
    pairs = _pairs(con, [(r[0], r[3]) for r in rows])
    return [
        Timeline(
            story_id=sid,
            story=str(name),
            quantity=str(q),
            quantity_key=key,
            kinds=tuple(kinds),
            confidence=conf,
            reports=tuple(_report(d) for d in reps),
            changes=tuple(pairs.get((sid, key), ())),
        )
        for sid, name, q, key, kinds, conf, reps in rows
    ]


def story_timelines(con: duckdb.DuckDBPyConnection, story: str) -> list[Timeline]:
    """The timelines of one story, or :class:`UnknownStoryError` naming the stories there are."""
    found = timelines(con, story=story)
    if found:
        return found
    known = [r[0] for r in con.execute("SELECT DISTINCT story FROM figure_timelines ORDER BY 1 LIMIT 10").fetchall()]
    hint = f"; stories with changed figures: {', '.join(known)}" if known else "; no story has changed figures"
    raise UnknownStoryError(f"no story with changed figures matches {story!r}{hint}")


def by_story(items: list[Timeline]) -> list[tuple[str, str, list[Timeline]]]:
    """(story_id, story name, its timelines), in the order given."""
    groups: dict[str, tuple[str, list[Timeline]]] = {}
    for t in items:
        groups.setdefault(t.story_id, (t.story, []))[1].append(t)
    return [(sid, name, ts) for sid, (name, ts) in groups.items()]
