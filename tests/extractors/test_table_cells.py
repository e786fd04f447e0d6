"""Figures in tables as the cleaner writes them: one row a line, cells between bars."""

from __future__ import annotations

from extractors import extract_claims

STANDINGS = """The league published its table after the last round.

| Rank | Club | Points | Goals |
|---|---|---|---|
| 1 | Harbour City | 71 | 64 |
| 2 | Northvale Rovers | 68 | 59 |
"""

QUOTES = """Retail shares slid on Tuesday.

| GDX | GRANDMART STORES INC. | 48.20 | -1.15 | -2.33% |
| PLV | PELLVIEW CORP. | 12.07 | -0.40 | -3.21% |
"""


def _by_text(text: str) -> dict[str, tuple[str | None, str]]:
    return {c.quantity.text: (c.counted, c.quantity.kind) for c in extract_claims(text)}


def test_a_figure_alone_in_a_cell_counts_what_its_column_header_names() -> None:
    got = _by_text(STANDINGS)
    assert got["71"][0] == "points" and got["64"][0] == "goals"
    assert got["59"][0] == "goals"


def test_a_quote_row_between_bars_is_read_like_a_plain_quote_row() -> None:
    got = _by_text(QUOTES)
    assert got["48.20"] == ("Grandmart Stores share price", "money")
    assert got["-3.21%"][0] == "Pellview share price"


def test_a_header_with_figures_is_not_taken_for_column_names() -> None:
    text = "Prices by year.\n\n| 2019 | 2020 |\n| 41 | 44 |\n"
    assert all(counted not in ("2019", "2020") for counted, _ in _by_text(text).values())
