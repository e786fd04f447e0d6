"""Cleaning: HTML through trafilatura (main text and metadata), plain text normalised.

Pure: bytes in, ``CleanText`` (or an ``ExtractError``) out. Paragraphs in the clean
text are separated by a single ``\\n``; the extractor reads them as paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import charset_normalizer
import trafilatura

from extractors.errors import ExtractError

_SPACES = re.compile(r"[^\S\n]+")


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    url: str | None = None
    published: date | None = None


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM) first; otherwise the encoding charset-normalizer detects."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(raw).best()
        if best is None:
            raise ExtractError("cannot detect the text encoding") from None
        return str(best)


def normalise_whitespace(text: str) -> str:
    """Collapse runs of spaces within lines, strip lines, drop blank ones: one paragraph a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def clean_html(raw: bytes, url: str | None = None) -> CleanText:
    try:
        # Tables hold figures (tallies, results, prices). favor_recall: on the aeb pages the same
        # article text, but a short article no longer gets its whole page (menus and all) from
        # trafilatura's rescue; the cost is a few date and byline lines.
        doc = trafilatura.bare_extraction(
            raw,
            url=url,
            fast=True,
            favor_recall=True,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
        )
    except Exception as exc:
        raise ExtractError(f"trafilatura failed: {type(exc).__name__}: {exc}") from exc
    if not isinstance(doc, trafilatura.settings.Document) or not doc.text or not doc.text.strip():
        raise ExtractError("no article text found in the HTML")
    text = doc.text
    return CleanText(
        text=normalise_whitespace(text),
        title=doc.title,
        author=doc.author,
        site_name=doc.sitename,
        url=doc.url,
        published=_iso_date(doc.date),
    )


def clean_text(raw: bytes) -> CleanText:
    text = normalise_whitespace(decode_text(raw))
    if not text:
        raise ExtractError("the text is empty after normalising whitespace")
    return CleanText(text=text)
