"""Stable document ids: from file names, JSONL ``id`` fields, or canonical URLs."""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

#: Extensions stripped from a file name to give its id (``abc.html.gz`` -> ``abc``).
KNOWN_SUFFIXES = (".gz", ".html", ".htm", ".txt", ".jsonl")
_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "ocid", "cmpid")


def file_doc_id(path: str | Path) -> str:
    name = Path(path).name
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
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not k.lower().startswith(_TRACKING_PREFIXES)))
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def url_doc_id(url: str) -> str:
    return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()
