"""Loading inputs into raw documents: files, JSONL lines and URLs.

Every input ends as a ``RawDocument`` or a ``Failure`` with its reason.
"""

from __future__ import annotations

import errno
import gzip
import io
import json
import logging
import os
import re
import stat
import threading
import zlib
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urljoin

import dateparser
import feedparser

from extractors.errors import ClaimwatchError, FetchError, InputError
from flows.fetch import Fetcher
from flows.ids import IdLedger, file_doc_id, path_label, printable, url_doc_id
from flows.records import FeedEntries, InputRef, RawDocument
from warehouse.records import Failure

MAX_FILE_BYTES = 10 * 1024 * 1024
_HTML_HINTS = (b"<html", b"<!doctype html", b"<body", b"<head", b"<p>", b"<div")
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")  # UTF-8, UTF-16 LE/BE (and UTF-32 LE)
#: Leading bytes of formats that are never articles (images, archives, PDFs, executables).
_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF-", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b", b"\xfd7zXZ")
_LONE_SURROGATES = re.compile(r"[\ud800-\udfff]")
#: Media types that announce a feed; whatever its type, a body whose XML root is rss, feed or RDF is one.
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
_FIRST_TAG = re.compile(rb"<[A-Za-z_]")  # an element: not <?xml, <!-- or <!DOCTYPE
_FEED_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF)[\s/>]")
log = logging.getLogger(__name__)


def failure(label: str, stage: str, exc: BaseException) -> Failure:
    """A failure row whose input and reason are valid UTF-8, whatever the name held."""
    f = Failure.from_exception(printable(label), stage, exc)
    return Failure(f.input, f.stage, f.error_type, printable(f.reason))


def _read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing what is not a regular file or is over ``limit``.

    Opened with O_NONBLOCK and checked with fstat on the open descriptor, so a FIFO
    or device named ``x.txt`` cannot hang the run, and a file swapped after the
    check is still the one we judged.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{path} is a symlink loop") from exc
        if exc.errno == errno.ENOENT:
            raise InputError(f"no such file: {path}" + (" (dangling symlink)" if path.is_symlink() else "")) from exc
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file (a pipe, socket or device)"
            raise InputError(f"{path} is {kind}")
        if st.st_size > limit:
            raise InputError(f"{path} is {st.st_size} bytes, over the {limit}-byte limit")
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > limit:  # it grew after the check
        raise InputError(f"{path} is over the {limit}-byte limit")
    return data


def _gunzip_limited(data: bytes, limit: int, name: str) -> bytes:
    """Decompress at most ``limit`` bytes, so a gzip bomb is refused, not expanded."""
    d = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise InputError(f"{name} is not valid gzip: {exc}") from exc
    if len(out) > limit:
        raise InputError(f"{name} decompresses to more than {limit} bytes")
    if not d.eof:
        raise InputError(f"{name} is not valid gzip: the stream is truncated")
    return out


def _looks_binary(data: bytes) -> bool:
    """Images, archives and executables; text in UTF-16/32 has NULs too, so BOMs and the
    NUL pattern of BOM-less UTF-16 count as text."""
    head = data[:8192]
    if head.startswith(_TEXT_BOMS):
        return False
    if head.startswith(_MAGIC):
        return True
    if b"\x00" not in head:
        return False
    even, odd = head[0::2], head[1::2]
    utf16 = (odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even)) or (
        even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd)
    )
    return not utf16


def sniff_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return any(h in head for h in _HTML_HINTS)


def parse_date(value: object) -> date | None:
    """A publication date from a JSONL field or feed: ISO first, then dateparser."""
    if not value or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        parsed = dateparser.parse(value, settings={"RETURN_AS_TIMEZONE_AWARE": False})
        return parsed.date() if parsed else None


def _check_body(data: bytes, name: str) -> None:
    if not data.strip():
        raise InputError(f"{name} is empty")
    if _looks_binary(data):
        raise InputError(f"{name} is binary, not text or HTML")


def load_file(ref: InputRef, limit: int = MAX_FILE_BYTES) -> RawDocument:
    """A file's bytes. A ``.gz`` file stays compressed: it is hashed as it is, so an
    unchanged file is skipped without decompressing it; :func:`open_body` checks and
    decompresses it in the worker that cleans it."""
    path = Path(ref.location)
    data = _read_limited(path, limit)
    name = path.name.lower()
    gzipped = name.endswith(".gz")
    if not gzipped:
        _check_body(data, path_label(path))
    is_html = name.endswith((".html", ".htm", ".html.gz", ".htm.gz")) or (not gzipped and sniff_html(data))
    return RawDocument(
        doc_id=file_doc_id(path),
        input=path_label(path),
        data=data,
        content_type="html" if is_html else "text",
        fetched_at=datetime.now(UTC),
        gzipped=gzipped,
    )


def open_body(raw: RawDocument, limit: int = MAX_FILE_BYTES) -> bytes:
    """The document's bytes ready to clean: decompressed (at most ``limit`` bytes, so a
    gzip bomb is refused) and checked, for a ``.gz`` input. Raises InputError."""
    if not raw.gzipped:
        return raw.data
    body = _gunzip_limited(raw.data, limit, raw.input)
    _check_body(body, raw.input)
    return body


_Reader = tuple[tuple[int, ...], gzip.GzipFile, threading.Lock]  # file signature, open stream, its lock


class _GzipLines:
    """``.jsonl.gz`` files kept open between batches.

    A gzip stream cannot be seeked into: reaching a line means decompressing everything
    before it. Batches come in file order, so one open reader only ever reads forward and
    the file is decompressed once per run, not once per batch (or per line). A reader is
    reopened if the file changed (another inode, size or mtime) or a line behind it is asked for.
    """

    def __init__(self, keep: int = 2) -> None:
        self._keep = keep
        self._open: OrderedDict[str, _Reader] = OrderedDict()
        self._lock = threading.Lock()

    def readline(self, path: str, offset: int, limit: int) -> bytes:
        st = os.stat(path)
        sig = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
        with self._lock:
            entry: _Reader | None = self._open.get(path)
            if entry is None or entry[0] != sig:
                if entry is not None:
                    self._close(entry)
                entry = (sig, gzip.GzipFile(path, "rb"), threading.Lock())  # kept open between batches
                self._open[path] = entry
            self._open.move_to_end(path)
            while len(self._open) > self._keep:
                self._close(self._open.popitem(last=False)[1])
        _, fh, lock = entry
        with lock:  # batches with URLs load in threads
            if fh.closed:  # evicted meanwhile by another file: read this line on its own
                with gzip.open(path, "rb") as alone:
                    alone.seek(offset)
                    return alone.readline(limit + 1)
            fh.seek(offset)  # forward: decompresses only what lies between
            return fh.readline(limit + 1)

    @staticmethod
    def _close(entry: _Reader) -> None:
        with entry[2]:  # not under a reader's feet
            entry[1].close()

    def close(self) -> None:
        with self._lock:
            while self._open:
                self._close(self._open.popitem()[1])


_GZIP_LINES = _GzipLines()


def _text(value: object) -> str | None:
    """A JSON string field as valid UTF-8: a lone surrogate (``"\\ud800"``) becomes U+FFFD."""
    if not isinstance(value, str):
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATES.sub("\ufffd", value)
    return value


def load_jsonl_line(ref: InputRef, limit: int = MAX_FILE_BYTES) -> RawDocument:
    label = path_label(ref.location)
    where = f"line {ref.line} of {label}"
    try:
        if ref.location.lower().endswith(".gz"):
            line = _GZIP_LINES.readline(ref.location, ref.offset or 0, limit)
        else:
            with open(ref.location, "rb") as fh:
                fh.seek(ref.offset or 0)
                line = fh.readline(limit + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise InputError(f"cannot read {where}: not valid gzip ({exc})") from exc
    except OSError as exc:
        raise InputError(f"cannot read {where}: {exc.strerror or exc}") from exc
    if len(line) > limit:
        raise InputError(f"{where} is over the {limit}-byte limit")
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{where} is not valid JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise InputError(f"{where} is not a JSON object")
    doc_id = obj.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        raise InputError(f"{where} has no 'id'")
    html, text = _text(obj.get("html")), _text(obj.get("text"))
    body = html if html is not None and html.strip() else text
    if body is None or not body.strip():
        raise InputError(f"{where} has no 'text' or 'html'")
    return RawDocument(
        doc_id=printable(str(doc_id)),
        input=f"{label}:{ref.line}",
        data=body.encode("utf-8"),
        content_type="html" if body is html else "text",
        fetched_at=datetime.now(UTC),
        url=_text(obj.get("url")),
        title=_text(obj.get("title")),
        published=parse_date(obj.get("published")),
    )


def looks_like_feed(body: bytes, content_type: str) -> bool:
    """A feed's media type, or an XML root element named rss (RSS), feed (Atom) or RDF (RSS 1.0)."""
    if content_type.split(";")[0].strip().lower() in FEED_TYPES:
        return True
    head = body[:4096]
    first = _FIRST_TAG.search(head)
    return first is not None and _FEED_ROOT.match(head, first.start()) is not None


def feed_links(body: bytes, base: str, content_type: str = "") -> list[str] | None:
    """The entry URLs of a feed, or None if ``body`` is not one. Relative links are resolved
    against ``base`` (the URL the feed was fetched from) or the feed's own ``xml:base``; they
    are fetched later by the same guarded fetcher as every URL."""
    if not looks_like_feed(body, content_type):
        return None
    headers = {"content-location": base} | ({"content-type": content_type} if content_type else {})
    # A stream, not the bytes: feedparser reads a bytes argument as a file name first.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    if not parsed.get("version"):  # XML, but not a feed (a sitemap, XHTML): judged as a page
        return None
    links = (str(e.get("link") or "").strip() for e in parsed.entries)
    return [urljoin(base, link) for link in links if link]


def load_url(
    ref: InputRef, fetcher: Fetcher, etag: str | None = None, last_modified: str | None = None
) -> RawDocument | FeedEntries | None:
    """The page as fetched; its entries if it is a feed; None when the server says it is unchanged (304)."""
    result = fetcher.get(ref.location, etag=etag, last_modified=last_modified)
    if result.not_modified:
        return None
    links = feed_links(result.body, result.url, result.content_type)
    if links is not None:
        if ref.feed is not None:  # one level only: feeds listing feeds could multiply without end
            raise InputError(
                f"{ref.location} is a feed listed in the feed {ref.feed}: feeds inside feeds are not "
                "followed (name it as a source to follow it)"
            )
        return FeedEntries(ref.location, tuple(InputRef("url", link, feed=ref.location) for link in links))
    ctype = result.content_type.split(";")[0].strip().lower()
    if ctype and not (ctype.startswith("text/") or "html" in ctype or "xml" in ctype):
        raise FetchError(f"{ref.location} has content type {ctype}, not an article", url=ref.location)
    if not result.body.strip():
        raise FetchError(f"{ref.location} returned an empty body", url=ref.location)
    is_html = "html" in ctype or sniff_html(result.body)
    return RawDocument(
        doc_id=url_doc_id(ref.location),
        input=ref.location,
        data=result.body,
        content_type="html" if is_html else "text",
        fetched_at=datetime.now(UTC),
        url=result.url,
        etag=result.etag,
        last_modified=result.last_modified,
    )


def load_refs(
    refs: Sequence[InputRef],
    fetcher: Fetcher | None = None,
    *,
    validators: dict[str, tuple[str | None, str | None]] | None = None,
    threads: int = 8,
    feeds: list[FeedEntries] | None = None,
) -> tuple[list[RawDocument], list[Failure], int]:
    """Load a batch; returns (documents, failures, not_modified). URLs are fetched in threads.

    A URL that holds a feed is added to ``feeds`` with its entries, to be loaded as inputs
    of their own; without ``feeds`` to take it, a feed is a failure row."""
    validators = validators or {}

    def one(ref: InputRef) -> RawDocument | FeedEntries | Failure | None:
        stage = "fetch" if ref.kind == "url" else "load"
        try:
            if ref.kind == "file":
                return load_file(ref)
            if ref.kind == "jsonl":
                return load_jsonl_line(ref)
            if fetcher is None:
                raise FetchError(f"no fetcher to load {ref.location}", url=ref.location)
            etag, modified = validators.get(url_doc_id(ref.location), (None, None))
            return load_url(ref, fetcher, etag, modified)
        except (ClaimwatchError, OSError, ValueError) as exc:
            return failure(ref.label, stage, exc)
        except Exception as exc:  # an unforeseen error fails this input, not the batch
            log.warning("unexpected error loading %s", printable(ref.label), exc_info=True)
            return failure(ref.label, stage, exc)

    has_urls = any(r.kind == "url" for r in refs)
    if has_urls and len(refs) > 1:
        with ThreadPoolExecutor(max_workers=threads) as pool:
            results = list(pool.map(one, refs))
    else:
        results = [one(r) for r in refs]
    docs = [r for r in results if isinstance(r, RawDocument)]
    fails = [r for r in results if isinstance(r, Failure)]
    for feed in (r for r in results if isinstance(r, FeedEntries)):
        if feeds is None:
            fails.append(Failure(feed.feed, "fetch", "InputError", f"{feed.feed} is a feed, not an article"))
        else:
            feeds.append(feed)
    return docs, fails, sum(1 for r in results if r is None)


def claim_ids(
    ledger: IdLedger, docs: Sequence[RawDocument], stored: Mapping[str, str]
) -> tuple[list[RawDocument], list[Failure]]:
    """The documents whose ids are theirs, and a failure row for each that collides with
    another input of this run or with what ``stored`` (doc_id -> input) says owns it.
    An exact copy of the input that took the id is kept: the store counts it unchanged."""
    kept: list[RawDocument] = []
    fails: list[Failure] = []
    for doc in docs:
        why = ledger.clash(doc.doc_id, doc.input, stored.get(doc.doc_id), doc.raw_hash)
        if why is None:
            kept.append(doc)
        else:
            fails.append(Failure(doc.input, "load", "DuplicateId", why))
    return kept, fails
