"""A real, misbehaving HTTP server on 127.0.0.1 for the fetch and fault tests.

    with FaultServer() as server:
        server.url("/status/500")

Every path below is a fault the web really produces. The server records each request
(path, arrival time, headers) so tests can check how often and when the client came.
Used by ``tests/flows/test_fetch*.py`` (once per session, through ``fault_server_fixture``)
and by ``bench/faults.py``.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

import pytest

ARTICLE = (
    "<!doctype html><html><head><title>Flood toll rises</title>"
    '<meta name="date" content="2024-08-02"></head><body><article>'
    "<h1>Flood toll rises</h1>"
    "<p>At least 41 people have died in the floods in Valencia, regional officials said on Friday.</p>"
    "<p>More than 1,200 homes were damaged and about 3,000 residents were evacuated overnight.</p>"
    "<p>The regional government said 12 people were still missing on Friday evening.</p>"
    "</article></body></html>"
)
TEXT = "The ministry said 27 people were injured in the blast on Tuesday, and 3 remain in hospital.\n"
LATIN1 = (
    "<html><head><meta charset='iso-8859-1'><title>Zürich</title></head><body><article>"
    "<p>In Zürich, 14 Menschen wurden verletzt, sagte die Polizei am Montag. Die Straße blieb gesperrt.</p>"
    "</article></body></html>"
).encode("iso-8859-1")
BROKEN_HTML = b"<html><body><div><p>Officials said 8 people died <b>in the storm<div></p><table><tr><td>15 hurt"
#: Feeds at paths without "rss", "atom", "feed" or ".xml", known only by their content: an RSS
#: root served as text/html, with links relative to the feed's URL; an Atom feed with an
#: xml:base (one entry's base is cloud metadata, which must stay refused) that lists an RSS 1.0
#: feed, which is not followed (feeds inside feeds are not).
FEEDS = {
    "/latest": (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Latest</title>'
        "<item><title>a</title><link>/article?k=rel0</link></item>"
        "<item><title>b</title><link>article?k=rel1</link></item>"
        "</channel></rss>",
        "text/html; charset=utf-8",
    ),
    "/updates": (
        '<?xml version="1.0" encoding="utf-8"?><!-- updates --><feed xmlns="http://www.w3.org/2005/Atom"'
        ' xml:base="/news/"><title>Updates</title><id>u</id>'
        '<entry><title>c</title><id>c</id><link href="../article?k=rel2"/></entry>'
        '<entry xml:base="http://169.254.169.254/latest/"><title>d</title><id>d</id><link href="meta-data/"/></entry>'
        '<entry><title>e</title><id>e</id><link href="/more"/></entry>'
        "</feed>",
        "application/xml",
    ),
    "/more": (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/"><channel><title>More</title></channel>'
        "<item><title>f</title><link>/article?k=rel3</link></item></rdf:RDF>",
        "text/plain",
    ),
}
BIG = 20 * 1024 * 1024
BOMB_SIZE = 200 * 1024 * 1024
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048


@dataclass(frozen=True, slots=True)
class Hit:
    path: str
    query: str
    at: float  # time.monotonic() on arrival
    headers: dict[str, str]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(
        self,
        status: int,
        body: bytes = b"",
        ctype: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, b"", headers={"Location": location})

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        key = query.get("k", [""])[0]
        srv = self.server
        with srv.lock:
            srv.hits.append(Hit(path, parts.query, time.monotonic(), {k.lower(): v for k, v in self.headers.items()}))
            count = srv.counts[(path, key)] = srv.counts.get((path, key), 0) + 1
        # The client giving up on a drip or a huge body is what it should do.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._route(path, query, count)

    def _route(self, path: str, query: dict[str, list[str]], count: int) -> None:
        if path in ("/article", "/article.html"):
            if self.headers.get("If-None-Match") == '"v1"':
                self._send(304, headers={"ETag": '"v1"'})
            else:
                self._send(200, ARTICLE.encode(), headers={"ETag": '"v1"'})
        elif path == "/text":
            self._send(200, TEXT.encode(), "text/plain; charset=utf-8")
        elif path == "/latin1":
            self._send(200, LATIN1, "text/html; charset=iso-8859-1")
        elif path == "/broken-html":
            self._send(200, BROKEN_HTML)
        elif path == "/empty":
            self._send(200, b"")
        elif path == "/no-type":
            self.send_response(200)
            self.send_header("Content-Length", str(len(TEXT)))
            self.end_headers()
            self.wfile.write(TEXT.encode())
        elif path == "/ua":
            self._send(200, f"agent {self.headers.get('User-Agent')}".encode(), "text/plain")
        elif path.startswith("/status/"):
            self._send(int(path.rsplit("/", 1)[1]), b"error page")
        elif path.startswith("/flaky/"):  # fails N times with 503, then serves the article
            if count <= int(path.rsplit("/", 1)[1]):
                self._send(503, b"busy")
            else:
                self._send(200, ARTICLE.encode())
        elif path == "/429":  # asks to come back after N seconds once, then serves
            if count == 1:
                self._send(429, b"slow down", headers={"Retry-After": query.get("after", ["1"])[0]})
            else:
                self._send(200, ARTICLE.encode())
        elif path == "/429-forever":
            self._send(429, b"slow down", headers={"Retry-After": "3600"})
        elif path == "/drip":  # a byte every 0.1 s, forever: only a total deadline stops it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000000")
            self.end_headers()
            end = time.monotonic() + 60
            while time.monotonic() < end and not self.server.closing:
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/stall":  # headers never come
            end = time.monotonic() + 30
            while time.monotonic() < end and not self.server.closing:
                time.sleep(0.05)
        elif path in ("/big", "/big-chunked"):
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            if path == "/big":
                self.send_header("Content-Length", str(BIG))
            else:
                self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            block = b"The 20 MB body. " * 4096
            for _ in range(BIG // len(block)):
                if path == "/big":
                    self.wfile.write(block)
                else:
                    self.wfile.write(f"{len(block):x}\r\n".encode() + block + b"\r\n")
            if path == "/big-chunked":
                self.wfile.write(b"0\r\n\r\n")
        elif path == "/gzip-bomb":  # 200 MB of zeros in ~200 KB of gzip
            self._send(200, self.server.bomb, "text/html", headers={"Content-Encoding": "gzip"})
        elif path == "/gzip-ok":
            self._send(200, gzip.compress(ARTICLE.encode()), "text/html", headers={"Content-Encoding": "gzip"})
        elif path == "/png":
            self._send(200, PNG, "image/png")
        elif path == "/redirect-loop":
            self._redirect("/redirect-loop-b")
        elif path == "/redirect-loop-b":
            self._redirect(self.server.url("/redirect-loop"))
        elif path.startswith("/redirect-chain/"):
            n = int(path.rsplit("/", 1)[1])
            self._redirect(f"/redirect-chain/{n - 1}" if n > 0 else "/article")
        elif path == "/to-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/iam/security-credentials/")
        elif path == "/to-private":
            self._redirect("http://10.20.30.40/admin")
        elif path == "/truncated":  # promises 50 kB, sends 1 kB, hangs up
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "50000")
            self.end_headers()
            self.wfile.write(ARTICLE.encode()[:1000])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif path == "/reset":  # hangs up before any response
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif path == "/slow":  # for the per-host limit: holds the request a while, counting overlaps
            srv = self.server
            with srv.lock:
                srv.in_flight += 1
                srv.max_in_flight = max(srv.max_in_flight, srv.in_flight)
            time.sleep(float(query.get("s", ["0.3"])[0]))
            with srv.lock:  # before answering: the client cannot start another one earlier
                srv.in_flight -= 1
            self._send(200, ARTICLE.encode())
        elif path == "/feed.xml":
            items = "".join(
                f"<item><title>a{i}</title><link>{self.server.url(f'/article?k=f{i}')}</link></item>" for i in range(3)
            )
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
            self._send(200, body.encode(), "application/rss+xml")
        elif path in FEEDS:  # feeds at URLs that do not say so, with relative links
            body, ctype = FEEDS[path]
            self._send(200, body.encode(), ctype)
        else:
            self._send(404, b"not found")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.hits: list[Hit] = []
        self.counts: dict[tuple[str, str], int] = {}
        self.in_flight = 0
        self.max_in_flight = 0
        self.closing = False
        self.bomb = gzip.compress(b"\x00" * BOMB_SIZE, compresslevel=9)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up mid-response is what these tests provoke


class FaultServer:
    """Start on enter, stop on exit; ``url(path)`` and the request log are the test API."""

    def __init__(self) -> None:
        self._server = _Server()
        self._thread = threading.Thread(target=self._server.serve_forever, name="fault-server", daemon=True)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self._server.closing = True
        self._server.shutdown()
        self._server.server_close()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        return self._server.url(path)

    def hits(self, path: str, key: str | None = None) -> list[Hit]:
        with self._server.lock:
            return [
                h
                for h in self._server.hits
                if h.path == path and (key is None or parse_qs(h.query).get("k", [""])[0] == key)
            ]

    def reset_concurrency(self) -> None:
        with self._server.lock:
            self._server.max_in_flight = self._server.in_flight

    @property
    def max_in_flight(self) -> int:
        with self._server.lock:
            return self._server.max_in_flight


@pytest.fixture(scope="session", name="fault_server")
def fault_server_fixture() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server
