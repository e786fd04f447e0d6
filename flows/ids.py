"""Stable document ids: from file names, JSONL ``id`` fields, or canonical URLs."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

#: Extensions stripped from a file name to give its id (``abc.html.gz`` -> ``abc``).
KNOWN_SUFFIXES = (".gz", ".html", ".htm", ".txt", ".jsonl")
_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "ocid", "cmpid")


_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _escape_surrogate(m: re.Match[str]) -> str:
    code = ord(m.group())
    # 0xDC80-0xDCFF is how Python carries an undecodable byte of a file name (surrogateescape).
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def printable(value: str) -> str:
    """``value`` as valid UTF-8 text: an undecodable byte of a name becomes ``\\xff``, a lone
    surrogate (from a JSON ``"\\ud800"``) ``\\ud800``. DuckDB and Arrow refuse such strings, so
    every name, label and id is passed through this before it is stored or printed."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub(_escape_surrogate, value)
    return value


def path_label(path: str | Path) -> str:
    """How a path is named in ``documents.input``, failures and messages."""
    return printable(os.fspath(path))


def file_doc_id(path: str | Path) -> str:
    name = printable(Path(path).name)
    stripped = True
    while stripped:
        stripped = False
        for suffix in KNOWN_SUFFIXES:
            if name.lower().endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                stripped = True
    return name


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no default port, no tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith(_TRACKING_PREFIXES)
        )
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def url_doc_id(url: str) -> str:
    return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()


_JSONL_LABEL = re.compile(r"\.jsonl(\.gz)?:\d+$", re.IGNORECASE)


def input_kind(label: str) -> str:
    """``url``, ``jsonl`` (a line, labelled ``path:N``) or ``file``, from an input's label."""
    if label.lower().startswith(("http://", "https://")):
        return "url"
    return "jsonl" if _JSONL_LABEL.search(label) else "file"


def _same_file(stored: str, label: str) -> bool:
    """The same file named another way (relative and absolute, or through a link)."""
    try:
        return os.path.samefile(stored, label)
    except (OSError, ValueError):
        return False


def _stored_file_elsewhere(stored: str) -> bool:
    """Whether the file a stored id came from is still there (then it still owns the id)."""
    try:
        return os.path.isfile(stored)
    except ValueError:
        return False


class IdLedger:
    """Which input each document id of a run came from, so that two inputs never share one.

    A second input with an id already taken fails loudly (a failure row naming the first),
    in the same run or against the warehouse: a file's id comes from its name, so
    ``a/index.html`` and ``b/index.html`` would otherwise overwrite each other's versions.
    Across runs an id stays with what stored it: a JSONL line keeps it whatever file it
    comes from (the id is the data's own), a URL by definition (its canonical form), a
    file while the file that stored it still exists (a moved file takes its id along).
    """

    def __init__(self) -> None:
        self._owner: dict[str, tuple[str, str]] = {}  # doc_id -> (label, raw hash) of its first input

    def clash(self, doc_id: str, label: str, stored: str | None, raw_hash: str = "") -> str | None:
        """Why ``label`` cannot have ``doc_id`` (None if it can); claims the id if it can.

        A byte-identical copy of the input that took the id (a line repeated in a corpus)
        is the same document, not a collision: it is then counted as unchanged.
        """
        first = self._owner.get(doc_id)
        if first is not None:
            if first[0] == label or (raw_hash and first[1] == raw_hash):
                return None
            return f"document id {doc_id!r} is already taken in this run by {first[0]}"
        if stored is not None and stored != label:
            kind, stored_kind = input_kind(label), input_kind(stored)
            if kind != stored_kind:
                return f"document id {doc_id!r} is already stored from {stored} (a {stored_kind} input)"
            if kind == "file" and not _same_file(stored, label) and _stored_file_elsewhere(stored):
                return f"document id {doc_id!r} is already stored from {stored}, another file"
        self._owner[doc_id] = (label, raw_hash)
        return None
