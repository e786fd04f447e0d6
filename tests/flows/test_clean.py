import gzip
import json

import pytest

from extractors.errors import ExtractError
from flows.clean import clean_html, clean_text, decode_text, normalise_whitespace


def test_plain_text_whitespace_is_normalised_one_paragraph_per_line():
    raw = "  Three   captives\tconfirmed.\r\n\r\n\n  Second\u00a0paragraph.  \n"
    assert clean_text(raw.encode()).text == "Three captives confirmed.\nSecond paragraph."


def test_non_utf8_text_is_decoded_by_detection():
    text = "Les réfugiés étaient plus de deux cents à Sébastopol, a déclaré le préfet. " * 5
    assert decode_text(text.encode("cp1252")).startswith("Les réfugiés")


def test_empty_text_is_an_error():
    with pytest.raises(ExtractError):
        clean_text(b" \n\t ")


def test_html_without_article_is_an_error():
    with pytest.raises(ExtractError):
        clean_html(b"<html><body><script>var x = 1;</script></body></html>")


def test_real_page_gives_main_text_and_metadata(shared_dir):
    doc = "ea25dd7edff4d27973600f35728f20aed5a3eedcc23257d9c3afc3d3e840c3de"
    html = gzip.decompress((shared_dir / "corpus/aeb/html" / f"{doc}.html.gz").read_bytes())
    truth = json.loads((shared_dir / "corpus/aeb/ground-truth.json").read_text())[doc]["articleBody"]
    cleaned = clean_html(html)
    assert "plague" in (cleaned.title or "").lower()
    assert cleaned.published is not None and cleaned.published.year == 2019
    # The benchmark's reference body is (almost all) in the cleaned text.
    first_sentence = normalise_whitespace(truth).split("\n")[0][:80]
    assert first_sentence in cleaned.text
    assert "\n\n" not in cleaned.text
