"""Clean-and-extract of one loaded document: the stored raw copy and the hashes."""

from __future__ import annotations

import gzip
import hashlib

from flows.loaders import load_file
from flows.process import process_document
from flows.records import InputRef

PAGE = (
    "<html><head><title>Flood</title></head><body><article><h1>Flood</h1>"
    "<p>About 300 residents were evacuated from the valley on Monday, officials said.</p>"
    "<p>Roads stayed closed through the night as the river rose.</p></article></body></html>"
)


def test_a_gzip_input_is_stored_as_its_own_bytes(tmp_path):
    path = tmp_path / "flood.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode(), mtime=0))
    article = process_document(load_file(InputRef("file", str(path))))
    assert article.raw_gz == path.read_bytes()  # not compressed a second time
    # Hashed as read, so an unchanged file is recognised without decompressing it.
    assert article.raw_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert [c.quantity.text for c in article.claims] == ["About 300"]


def test_a_plain_input_is_stored_compressed(tmp_path):
    path = tmp_path / "flood.html"
    path.write_text(PAGE)
    article = process_document(load_file(InputRef("file", str(path))))
    assert gzip.decompress(article.raw_gz) == PAGE.encode()
    assert article.content_hash == hashlib.sha256(article.text.encode()).hexdigest()


def test_a_text_over_the_number_budget_is_neither_extracted_nor_scanned(tmp_path, monkeypatch):
    from extractors import claims as claim_rules

    monkeypatch.setattr(claim_rules, "MAX_NUMBERS", 40)  # the budget scaled down with the text
    path = tmp_path / "dump.txt"
    path.write_text(" ".join(str(i) for i in range(1, 42)) + "\n")  # 41 numbers
    article = process_document(load_file(InputRef("file", str(path))))
    assert (article.quantities, article.claims) == ((), ())
    assert [f.error_type for f in article.failure_rows()] == ["BudgetExceeded"]

    path.write_text(" ".join(str(i) for i in range(1, 41)) + "\n")  # 40: within it, every number found
    article = process_document(load_file(InputRef("file", str(path))))
    assert len(article.quantities) == 40 and article.failure_rows() == []
