"""Turning the user's sources (paths, URLs, feeds) into a list of inputs to load."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import feedparser

from extractors.errors import ClaimwatchError, FetchError, InputError
from flows.fetch import Fetcher
from flows.records import InputRef
from warehouse.records import Failure

#: File types loaded from folders; anything else in a folder is skipped and reported.
LOADABLE = (".txt", ".html", ".htm", ".html.gz", ".htm.gz", ".jsonl")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")


@dataclass(slots=True)
class Discovery:
    refs: list[InputRef] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files of other types inside folders


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def is_loadable(path: Path) -> bool:
    return path.name.lower().endswith(LOADABLE)


def _walk(root: Path, out: Discovery) -> Iterator[Path]:
    """Files under ``root``, following symlinks but never the same directory twice."""
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=lambda e: out.failures.append(
            Failure.from_exception(str(e.filename or root), "discover", e))):
        st = os.stat(dirpath)
        if (st.st_dev, st.st_ino) in seen:
            out.failures.append(Failure(dirpath, "discover", "SymlinkLoop",
                                        f"{dirpath} is a symlink loop back to a folder already read"))
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames.sort()
        for name in sorted(filenames):
            yield Path(dirpath) / name


def _jsonl_refs(path: Path) -> Iterator[InputRef]:
    """One ref per non-blank line, with its byte offset, without parsing the JSON."""
    offset = 0
    with open(path, "rb") as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                yield InputRef("jsonl", str(path), line=lineno, offset=offset)
            offset += len(line)


def _file_refs(path: Path, out: Discovery) -> None:
    if path.name.lower().endswith(".jsonl"):
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO named x.jsonl would block the walk
                raise InputError(f"{path} is not a regular file")
            out.refs.extend(_jsonl_refs(path))
        except OSError as exc:
            why = "is a symlink loop" if exc.errno == errno.ELOOP else f"cannot be read: {exc.strerror or exc}"
            out.failures.append(Failure.from_exception(str(path), "load", InputError(f"{path} {why}")))
        except InputError as exc:
            out.failures.append(Failure.from_exception(str(path), "load", exc))
    else:
        out.refs.append(InputRef("file", str(path)))


def _feed_entries(url: str, body: bytes) -> list[str] | None:
    """Article URLs of a feed, or None if the body is not a feed."""
    parsed = feedparser.parse(body)
    if parsed.get("version") and parsed.entries:
        return [e.link for e in parsed.entries if e.get("link")]
    if parsed.get("version"):
        return []
    return None


def discover(sources: Iterable[str], fetcher: Fetcher | None = None) -> Discovery:
    """Expand every source; what cannot be expanded is a failure, never silently dropped."""
    out = Discovery()
    for source in sources:
        if is_url(source):
            out.refs.extend(_url_refs(source, fetcher, out))
            continue
        path = Path(source)
        try:
            if path.is_dir():
                for f in _walk(path, out):
                    if is_loadable(f):
                        _file_refs(f, out)
                    else:
                        out.skipped.append(str(f))
            elif path.exists() or path.is_symlink():
                _file_refs(path, out)
            else:
                raise InputError(f"no such file or folder: {source}")
        except (OSError, ClaimwatchError) as exc:
            out.failures.append(Failure.from_exception(source, "discover", exc))
    return out


def _url_refs(url: str, fetcher: Fetcher | None, out: Discovery) -> list[InputRef]:
    """A URL is a feed if its body parses as one; otherwise it is a page to load."""
    looks_like_feed = any(w in url.lower() for w in ("rss", "atom", "feed", ".xml"))
    if fetcher is None or not looks_like_feed:
        return [InputRef("url", url)]
    try:
        result = fetcher.get(url)
    except FetchError as exc:
        out.failures.append(Failure.from_exception(url, "fetch", exc))
        return []
    ctype = result.content_type.split(";")[0].strip().lower()
    links = _feed_entries(url, result.body) if ctype in _FEED_TYPES or "xml" in ctype else None
    if links is None:
        return [InputRef("url", url)]
    return [InputRef("url", link, feed=url) for link in links]
