"""Turning the user's sources (paths, URLs, feeds) into a list of inputs to load.

Nothing outside the sources given is read: a symlink inside a source folder that
points out of it is a failure row, not followed, unless ``--follow-symlinks`` (or
``$CLAIMWATCH_FOLLOW_SYMLINKS=1``); a source named on the command line may itself be
a link. Symlink loops and special files (FIFOs, sockets, devices) are failure rows too.
"""

from __future__ import annotations

import errno
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractors.errors import ClaimwatchError, InputError
from flows.ids import path_label
from flows.loaders import MAX_FILE_BYTES, failure
from flows.records import InputRef
from warehouse.records import Failure

#: File types loaded from folders; anything else in a folder is skipped and reported.
LOADABLE = (".txt", ".html", ".htm", ".html.gz", ".htm.gz", ".jsonl", ".jsonl.gz")
JSONL = (".jsonl", ".jsonl.gz")
FOLLOW_SYMLINKS_ENV = "CLAIMWATCH_FOLLOW_SYMLINKS"
_SPECIAL = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}
_CHUNK = 1 << 20  # JSONL files are scanned in 1 MiB reads: a line is never held whole


@dataclass(slots=True)
class Discovery:
    refs: list[InputRef] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files of other types inside folders


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def is_loadable(path: Path) -> bool:
    return path.name.lower().endswith(LOADABLE)


def follow_symlinks_default() -> bool:
    return os.environ.get(FOLLOW_SYMLINKS_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def _special(mode: int) -> str | None:
    return _SPECIAL.get(stat.S_IFMT(mode))


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _fail(out: Discovery, path: Path | str, error_type: str, why: str) -> None:
    label = path_label(path)
    out.failures.append(Failure(label, "discover", error_type, f"{label} {why}"))


@dataclass(slots=True)
class _Walk:
    """One source folder being walked: its real path, and the folders already read."""

    root_real: str
    follow: bool
    out: Discovery
    seen: set[tuple[int, int]] = field(default_factory=set)

    def link(self, path: Path, subdirs: list[Path]) -> Path | None:
        """A symlink in the folder: the file to load, a folder to walk, or a failure row."""
        try:
            target = os.path.realpath(path, strict=True)
            st = os.stat(path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                _fail(self.out, path, "SymlinkLoop", "is a symlink loop")
            elif is_loadable(path):  # a dangling link of another type is skipped like its kind
                _fail(self.out, path, "DanglingSymlink", f"is a dangling symlink (to {path_label(os.readlink(path))})")
            else:
                self.out.skipped.append(path_label(path))
            return None
        is_dir = stat.S_ISDIR(st.st_mode)
        if not is_dir and not is_loadable(path):
            self.out.skipped.append(path_label(path))
            return None
        inside = _inside(target, self.root_real)
        if not inside and not self.follow:
            _fail(
                self.out,
                path,
                "OutsideSource",
                f"is a symlink to {path_label(target)}, outside the source "
                "folder: not followed (--follow-symlinks follows it)",
            )
            return None
        if is_dir:
            if _inside(os.path.realpath(path.parent), target):
                _fail(self.out, path, "SymlinkLoop", "is a symlink loop back to a folder it is in")
            elif not inside:
                subdirs.append(path)  # out of the source: only with --follow-symlinks
            # A link to a folder inside the source is another name for files the walk reads
            # under their own paths: walking it too would read (and claim) them twice.
            return None
        if (kind := _special(st.st_mode)) is not None:
            _fail(self.out, path, "SpecialFile", f"is a symlink to {kind}, not a regular file")
            return None
        return path

    def files(self, root: Path) -> Iterator[Path]:
        """Files under ``root`` in name order, depth first (as ``os.walk`` gives them)."""
        stack = [root]
        while stack:
            folder = stack.pop()
            try:
                if self.follow:  # links out of the source may lead to one folder twice
                    st = os.stat(folder)
                    if (st.st_dev, st.st_ino) in self.seen:
                        _fail(self.out, folder, "SymlinkLoop", "is a folder already read through another link")
                        continue
                    self.seen.add((st.st_dev, st.st_ino))
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                self.out.failures.append(failure(str(folder), "discover", exc))
                continue
            subdirs: list[Path] = []
            for entry in entries:
                path = Path(entry.path)
                try:
                    if entry.is_symlink():
                        found = self.link(path, subdirs)
                        if found is not None:
                            yield found
                        continue
                    mode = entry.stat(follow_symlinks=False).st_mode
                except OSError as exc:
                    self.out.failures.append(failure(str(path), "discover", exc))
                    continue
                if stat.S_ISDIR(mode):
                    subdirs.append(path)
                elif (kind := _special(mode)) is not None:
                    _fail(self.out, path, "SpecialFile", f"is {kind}, not a regular file")
                elif is_loadable(path):
                    yield path
                else:
                    self.out.skipped.append(path_label(path))
            stack.extend(reversed(subdirs))


def _read_chunks(path: Path) -> Iterator[bytes]:
    """The file's bytes (a ``.gz`` file's decompressed, member after member) in pieces of
    at most ``_CHUNK``; a damaged or truncated gzip raises InputError after what it held."""
    with open(path, "rb") as fh:
        if not path.name.lower().endswith(".gz"):
            while chunk := fh.read(_CHUNK):
                yield chunk
            return
        d = zlib.decompressobj(wbits=31)
        data = b""
        while True:
            if not data:
                data = fh.read(_CHUNK)
                if not data:
                    break
            try:
                out = d.decompress(data, _CHUNK)  # bounded: a bomb never sits in memory whole
            except zlib.error as exc:
                raise InputError(f"{path_label(path)} is not valid gzip: {exc}") from exc
            if out:
                yield out
            data = d.unconsumed_tail
            if d.eof:  # gzip files may be several members, one after the other
                data = d.unused_data + data
                d = zlib.decompressobj(wbits=31)
                if not data and not (data := fh.read(_CHUNK)):
                    return
        if not d.eof:
            raise InputError(f"{path_label(path)} is not valid gzip: the stream is truncated")


def _jsonl_refs(path: Path, out: Discovery, limit: int) -> None:
    """One ref per non-blank line, with its byte offset (into the decompressed stream of a
    ``.jsonl.gz``), without parsing the JSON. Read in chunks: a line over ``limit`` bytes
    becomes a failure row without ever being held in memory whole."""
    label = path_label(path)
    lineno, start, length, nonblank = 1, 0, 0, False

    def emit() -> None:
        if not nonblank:
            return
        if length > limit:
            out.failures.append(
                Failure(
                    f"{label}:{lineno}",
                    "load",
                    "InputError",
                    f"line {lineno} of {label} is {length} bytes, over the {limit}-byte limit",
                )
            )
        else:
            out.refs.append(InputRef("jsonl", str(path), line=lineno, offset=start))

    try:
        for chunk in _read_chunks(path):
            pos = 0
            while True:
                nl = chunk.find(b"\n", pos)
                end = len(chunk) if nl < 0 else nl + 1
                if not nonblank and chunk[pos:end].strip():
                    nonblank = True
                length += end - pos
                if nl < 0:
                    break
                emit()
                lineno, start, length, nonblank = lineno + 1, start + length, 0, False
                pos = end
    except InputError as exc:
        # The lines read whole are inputs; the line cut by the damage and all after it are this failure.
        raise InputError(f"{exc} (after line {lineno - 1})") from exc
    emit()


def _file_refs(path: Path, out: Discovery, limit: int) -> None:
    if not path.name.lower().endswith(JSONL):
        out.refs.append(InputRef("file", str(path)))
        return
    label = path_label(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO named x.jsonl would block the walk
            raise InputError(f"{label} is not a regular file")
        _jsonl_refs(path, out, limit)
    except InputError as exc:
        out.failures.append(failure(label, "load", exc))
    except OSError as exc:
        why = "is a symlink loop" if exc.errno == errno.ELOOP else f"cannot be read: {exc.strerror or exc}"
        out.failures.append(failure(label, "load", InputError(f"{label} {why}")))


def check_source_names(sources: Iterable[str]) -> None:
    """A source named on the command line must be valid UTF-8: Prefect carries the flow's
    parameters as JSON. (Names inside a source folder may be anything: they are escaped.)"""
    for source in sources:
        if path_label(source) != source:
            raise InputError(
                f"the source name {path_label(source)} is not valid UTF-8; "
                "name its folder instead (names inside a folder may be anything)"
            )


def discover(
    sources: Iterable[str],
    *,
    follow_symlinks: bool | None = None,
    line_limit: int = MAX_FILE_BYTES,
) -> Discovery:
    """Expand every source; what cannot be expanded is a failure, never silently dropped.

    Nothing is fetched here: a URL is one input, and if its body turns out to be a feed,
    the loader hands back the feed's entries as inputs of their own (``load_refs``).

    ``follow_symlinks`` (default: ``$CLAIMWATCH_FOLLOW_SYMLINKS``) lets symlinks inside a
    folder lead out of it; ``line_limit`` is the longest JSONL line that is an input.
    """
    follow = follow_symlinks_default() if follow_symlinks is None else follow_symlinks
    out = Discovery()
    for source in sources:
        if is_url(source):
            out.refs.append(InputRef("url", source))
            continue
        path = Path(source)
        try:
            if path.is_dir():
                walk = _Walk(os.path.realpath(path), follow, out)
                for f in walk.files(path):
                    _file_refs(f, out, line_limit)
            elif path.exists() or path.is_symlink():
                _file_refs(path, out, line_limit)
            else:
                raise InputError(f"no such file or folder: {path_label(source)}")
        except (OSError, ClaimwatchError) as exc:
            out.failures.append(failure(source, "discover", exc))
    out.refs = _unique(out.refs)
    return out


def _unique(refs: list[InputRef]) -> list[InputRef]:
    """A source named twice (``run dir dir/a.txt``) is one input."""
    seen: set[str] = set()
    kept = []
    for ref in refs:
        if ref.label not in seen:
            seen.add(ref.label)
            kept.append(ref)
    return kept
