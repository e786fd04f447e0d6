"""The CPU-bound step of a batch: clean and extract every raw document.

Runs inside a Prefect task on a worker (thread, process or Dask); it takes plain
records and returns the batch as Arrow tables (built here, on the worker's core),
so it crosses process boundaries cheaply.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors import claims as claim_rules
from extractors import extract_figures, extract_quantities
from extractors.errors import ClaimwatchError, InputError
from flows.clean import clean_html, clean_text
from flows.loaders import open_body
from flows.records import RawDocument
from warehouse.records import Article, Failure
from warehouse.tables import ArticleTables, article_tables


@dataclass(frozen=True, slots=True)
class ProcessedBatch:
    tables: ArticleTables  # the rows of the documents that were cleaned and extracted
    failures: tuple[Failure, ...]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def gzip_fast(raw: bytes) -> bytes:
    """The stored copy of the raw page. Level 1, not 6: 1.0 ms instead of 2.5 ms for a
    170 kB page (level 6 cost ~13% of clean+extract) for blobs ~19% larger."""
    return gzip.compress(raw, compresslevel=1, mtime=0)


_NUMBER = re.compile(r"\d+")


def over_number_budget(text: str) -> bool:
    """More numbers than the extractor takes from one text (a dump, not an article): its
    figures are not extracted, and its quantities are not scanned either (1.4 million of
    them in a 10 MB list of numbers took a minute and 500 MB, outside any budget)."""
    limit = claim_rules.MAX_NUMBERS
    return next(itertools.islice(_NUMBER.finditer(text), limit, None), None) is not None


def process_document(raw: RawDocument) -> Article:
    """Clean and extract one document. Raises InputError (a compressed input that does
    not open), ExtractError (no article text) or, for a bug, anything else. A rule that
    fails on one sentence does not raise: it is in ``Article.extraction_failures``."""
    body = open_body(raw)
    cleaned = clean_html(body, raw.url) if raw.content_type == "html" else clean_text(body)
    published = raw.published or cleaned.published
    text = cleaned.text
    quantities = [] if over_number_budget(text) else extract_quantities(text)
    extraction = extract_figures(text, published)  # says why when it is over the budget
    return Article(
        doc_id=raw.doc_id,
        input=raw.input,
        content_type=raw.content_type,
        raw_hash=raw.raw_hash,
        content_hash=sha256(text.encode("utf-8")),
        text=text,
        raw_gz=raw.data if raw.gzipped else gzip_fast(body),
        fetched_at=raw.fetched_at,
        url=raw.url or cleaned.url,
        title=raw.title or cleaned.title,
        author=cleaned.author,
        site_name=cleaned.site_name,
        published=published,
        etag=raw.etag,
        last_modified=raw.last_modified,
        quantities=tuple(quantities),
        claims=extraction.claims,
        extraction_failures=extraction.failures,
    )


def process_batch(raws: Sequence[RawDocument]) -> ProcessedBatch:
    """Clean and extract each document; a document that fails becomes a failure row."""
    articles: list[Article] = []
    failures: list[Failure] = []
    for raw in raws:
        try:
            article = process_document(raw)
            articles.append(article)
            failures.extend(article.failure_rows())  # stored beside the document, not instead of it
        except InputError as exc:  # a .gz input that does not open: a loading failure
            failures.append(Failure.from_exception(raw.input, "load", exc))
        except ClaimwatchError as exc:
            failures.append(Failure.from_exception(raw.input, "clean", exc))
        except Exception as exc:
            failures.append(Failure.from_exception(raw.input, "extract", exc))
    return ProcessedBatch(article_tables(articles), tuple(failures))
