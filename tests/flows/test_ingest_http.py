"""URLs and feeds through the ingest flow, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import duckdb
import pytest

from flows.ids import url_doc_id
from flows.ingest import run_ingest

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]

PAGES = {
    "/a.html": "<html><head><title>Storm toll</title></head><body><article><h1>Storm toll</h1>"
    "<p>At least 12 people were killed in the storm on Monday, police said.</p>"
    "<p>Rescuers searched the coast for the missing through the night.</p></article></body></html>",
    "/b.html": "<html><head><title>Evacuations</title></head><body><article><h1>Evacuations</h1>"
    "<p>About 3,000 residents were evacuated from the valley, officials told Reuters.</p>"
    "<p>Schools stayed closed and roads were blocked by mud.</p></article></body></html>",
}


class _Site(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, str]] = {}
    hits: ClassVar[list[tuple[str, int]]] = []

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        host = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/feed.xml":
            items = "".join(f"<item><title>{p}</title><link>{host}{p}</link></item>" for p in sorted(self.pages))
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
            self._send(200, body.encode(), "application/rss+xml")
            return
        page = self.pages.get(self.path)
        if page is None:
            self._send(404, b"not found", "text/plain")
            return
        etag = '"' + hashlib.sha1(page.encode()).hexdigest() + '"'
        if self.headers.get("If-None-Match") == etag:
            self._send(304, b"", "text/html", etag)
            return
        self._send(200, page.encode(), "text/html; charset=utf-8", etag)

    def _send(self, status: int, body: bytes, ctype: str, etag: str | None = None) -> None:
        type(self).hits.append((self.path, status))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)


@pytest.fixture()
def site(monkeypatch) -> Iterator[str]:
    monkeypatch.setenv("CLAIMWATCH_ALLOW_PRIVATE", "1")  # the explicit opt-in for local sources
    _Site.pages = dict(PAGES)
    _Site.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_feed_entries_are_fetched_stored_and_refetched_conditionally(site, tmp_path):
    db = tmp_path / "web.duckdb"
    summary = run_ingest([f"{site}/feed.xml"], str(db))
    assert (summary.stored, summary.failures) == (2, 0)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT doc_id, url, title FROM articles ORDER BY url").fetchall()
        texts = [r[0] for r in con.execute("SELECT text FROM figures ORDER BY doc_id, char_start").fetchall()]
    assert rows == [
        (url_doc_id(f"{site}/a.html"), f"{site}/a.html", "Storm toll"),
        (url_doc_id(f"{site}/b.html"), f"{site}/b.html", "Evacuations"),
    ]
    assert "At least 12" in texts and "About 3,000" in texts

    # Second run: the pages answer 304 to the stored ETags and nothing new is written.
    _Site.hits.clear()
    again = run_ingest([f"{site}/feed.xml"], str(db))
    assert (again.stored, again.unchanged) == (0, 2)
    assert sorted(h for h in _Site.hits if h[0] != "/feed.xml") == [("/a.html", 304), ("/b.html", 304)]

    # A page whose text changed becomes version 2 of the same document.
    _Site.pages["/a.html"] = PAGES["/a.html"].replace("At least 12", "At least 15")
    third = run_ingest([f"{site}/feed.xml"], str(db))
    assert (third.stored, third.unchanged) == (1, 1)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT version FROM articles WHERE url = ?", [f"{site}/a.html"]).fetchone() == (2,)


def test_a_url_that_fails_is_recorded_with_its_reason(site, tmp_path):
    db = tmp_path / "fail.duckdb"
    summary = run_ingest([f"{site}/a.html", f"{site}/missing.html"], str(db))
    assert summary.stored == 1
    assert [(f.input, f.stage) for f in summary.failure_rows] == [(f"{site}/missing.html", "fetch")]
    assert "404" in summary.failure_rows[0].reason


def test_a_run_deadline_bounds_silent_servers_and_records_the_rest(tmp_path, monkeypatch):
    from tests.flows.fault_server import FaultServer

    monkeypatch.setenv("CLAIMWATCH_ALLOW_PRIVATE", "1")
    with FaultServer() as server:
        urls = [server.url(f"/stall?k=deadline{i}") for i in range(3)]
        summary = run_ingest(urls, str(tmp_path / "deadline.duckdb"), batch_size=1, deadline=1.5)
    # Nothing is lost: the page in flight fails on the run's deadline, the rest are recorded unread.
    assert summary.stored == 0 and summary.failures == 3
    stages = [(f.input, f.stage) for f in summary.failure_rows]
    assert stages[0] == (urls[0], "fetch") and "deadline" in summary.failure_rows[0].reason
    assert stages[1:] == [(urls[1], "deadline"), (urls[2], "deadline")]
    assert all("1.5 s" in f.reason for f in summary.failure_rows[1:])


def test_a_feed_is_known_by_its_content_and_its_relative_links_are_resolved(tmp_path, monkeypatch):
    from tests.flows.fault_server import FaultServer

    monkeypatch.setenv("CLAIMWATCH_ALLOW_PRIVATE", "1")
    db = tmp_path / "feeds.duckdb"
    with FaultServer() as server:
        # Neither URL says "rss", "atom", "feed" or ".xml": an RSS root served as text/html,
        # and an Atom feed served as application/xml, with relative links and xml:base.
        summary = run_ingest([server.url("/latest"), server.url("/updates")], str(db), batch_size=2)
        articles = [server.url(f"/article?k=rel{i}") for i in range(3)]
        metadata = "http://169.254.169.254/latest/meta-data/"
        assert [len(server.hits("/article", f"rel{i}")) for i in range(4)] == [1, 1, 1, 0]
        assert len(server.hits("/more")) == 1  # fetched, found to be a feed, not followed
    with duckdb.connect(str(db), read_only=True) as con:
        stored = sorted(r[0] for r in con.execute("SELECT input FROM documents").fetchall())
        failed = dict(con.execute("SELECT input, reason FROM failures").fetchall())
        xml_texts = con.execute(
            "SELECT count(*) FROM documents WHERE text LIKE '%<%' OR text NOT LIKE '%41 people%'"
        ).fetchone()
    # The entries are the inputs, the feeds themselves are not stored as XML text.
    assert stored == sorted(articles)
    assert xml_texts == (0,)
    assert sorted(failed) == sorted([metadata, server.url("/more")])
    # The xml:base that points at cloud metadata meets the same guard as every URL.
    assert "cloud metadata" in failed[metadata] or "169.254.169.254" in failed[metadata]
    assert "feeds inside feeds are not followed" in failed[server.url("/more")]
    assert (summary.inputs, summary.stored, summary.failures) == (5, 3, 2)
