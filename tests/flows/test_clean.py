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


# Page furniture around the articles below: every phrase of it must stay out of the clean text.
_NAV = "".join(
    f'<li><a href="/section/{w.lower()}">Section {w}</a></li>'
    for w in ("World", "Politics", "Business", "Sport", "Culture", "Science", "Weather", "Podcasts", "Archive")
)
_FURNITURE = ("Section Podcasts", "Most read", "Ferry timetable", "switchboard", "0800 555 0199", "12 Harbour Road")


def _page(article: str) -> bytes:
    return (
        "<html><head><title>Valley flood update</title></head><body>"
        f"<header><nav><ul>{_NAV}</ul></nav></header>"
        f"<main><article><h1>Valley flood update</h1>{article}</article></main>"
        '<aside><h3>Most read</h3><ul><li><a href="/a">Mayor opens the new bridge</a></li>'
        '<li><a href="/b">Ferry timetable changes for winter</a></li></ul></aside>'
        "<footer><p>Newsroom switchboard 0800 555 0199</p><p>© 2024 Lakeside Courier, 12 Harbour Road</p>"
        '<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>'
        "</body></html>"
    ).encode()


def _assert_no_furniture(text: str) -> None:
    for phrase in _FURNITURE:
        assert phrase not in text


def test_figures_in_a_table_are_kept_one_row_a_line():
    html = _page(
        "<p>The regional council published its figures for the three flooded districts on Tuesday, "
        "after a week of heavy rain across the valley.</p>"
        "<p>Rescue crews said the water had started to fall in the lower town, but warned that roads "
        "would stay closed for days.</p>"
        "<table><tr><th>District</th><th>Homes evacuated</th><th>People in shelters</th></tr>"
        "<tr><td>Northbank</td><td>412</td><td>1,130</td></tr>"
        "<tr><td>Millford</td><td>87</td><td>240</td></tr></table>"
        "<p>The council said another update would follow on Thursday once engineers had inspected the dams.</p>"
    )
    text = clean_html(html).text
    lines = text.split("\n")
    # Each row stays together, so a figure keeps its district and the extractor reads them as one line.
    assert any("Northbank" in line and "412" in line and "1,130" in line for line in lines)
    assert any("Millford" in line and "87" in line and "240" in line for line in lines)
    assert "another update would follow on Thursday" in text
    assert "\n\n" not in text
    _assert_no_furniture(text)


def test_figures_in_a_list_are_kept():
    html = _page(
        "<p>Officials gave the following figures for the storm damage on Wednesday, as clean-up work "
        "began in the coastal villages.</p>"
        "<ul><li>About 2,300 households were still without power.</li><li>Fourteen schools stayed closed.</li>"
        "<li>At least 38 boats sank in the harbour.</li></ul>"
        "<p>The power company said crews from two neighbouring regions had joined the repairs overnight.</p>"
    )
    text = clean_html(html).text
    for item in ("About 2,300 households", "Fourteen schools stayed closed", "At least 38 boats sank"):
        assert item in text
    _assert_no_furniture(text)


def test_a_short_article_keeps_its_figure_and_leaves_the_furniture_out():
    html = _page(
        "<p>Firefighters rescued 17 people from a burning apartment block in the old quarter late on Sunday.</p>"
    )
    text = clean_html(html).text
    assert "rescued 17 people from a burning apartment block" in text
    _assert_no_furniture(text)
