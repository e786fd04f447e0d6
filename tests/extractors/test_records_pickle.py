"""Records cross process boundaries (pool and Dask workers) by pickle, as their field values."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, date, datetime

from extractors.records import Claim, Quantity, TimeRef
from warehouse.records import Article


def _article() -> Article:
    q = Quantity("about 200", 4, 13, 200.0, 200.0, "approx", "count", unit=None)
    t = TimeRef("last week", date(2024, 8, 5), date(2024, 8, 11))
    c = Claim(
        q,
        "Russian soldiers",
        "captured",
        "Kursk",
        t,
        "Sky News",
        "reported",
        "Sky about 200 Russian soldiers were captured last week.",
        0,
        55,
        scope="period",
    )
    return Article(
        "doc",
        "/in/doc.html",
        "html",
        "r",
        "c",
        "text",
        b"\x1f\x8b",
        datetime(2024, 8, 15, tzinfo=UTC),
        url="https://example.org/a",
        published=date(2024, 8, 15),
        quantities=(q,),
        claims=(c,),
    )


def test_records_round_trip_through_pickle_and_copy() -> None:
    article = _article()
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert back == article and type(back.claims[0].time) is TimeRef
    assert copy.deepcopy(article) == article


def test_a_record_pickles_as_its_field_values() -> None:
    q = _article().quantities[0]
    assert q.__reduce__() == (Quantity, ("about 200", 4, 13, 200.0, 200.0, "approx", "count", None))
