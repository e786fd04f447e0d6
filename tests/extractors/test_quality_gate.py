"""Quality gate on the dev gold, like trafilatura's eval gate: pinned floors, measured.

Scored with ``../shared/gold/score.py`` itself (imported by path), on predictions
from the 20 dev documents. Floors sit a little under the measured values so that
a regression fails while noise does not; raise them when the extractor improves.
"""

from __future__ import annotations

import re

import pytest

from tests.extractors import devset

# Measured on dev: P=0.94 R=0.99 F1=0.96 | qualifier=0.98 value=0.99 kind=0.97
# counted=0.76 source=0.93 modality=0.93
FLOORS = {
    "F1": 0.93,
    "qualifier": 0.95,
    "value": 0.96,
    "kind": 0.95,
    "counted": 0.73,
    "source": 0.90,
    "modality": 0.90,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    if not (devset.GOLD / "dev.jsonl").exists():
        pytest.skip("../shared/gold is not available")
    score = devset.scorer()
    gold = score.load(str(devset.GOLD / "dev.jsonl"))
    line = score.score_claims(gold, devset.predictions(), verbose=False)
    values = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", line) if k not in ("gold", "pred")}
    return values


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_dev_score_above_floor(scores: dict[str, float], metric: str) -> None:
    assert scores[metric] >= FLOORS[metric], f"{metric} fell to {scores[metric]:.2f} (floor {FLOORS[metric]})"
