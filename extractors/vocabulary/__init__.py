"""Word lists are data: one module per language, each defining the same names.

The extractor's rules are logic; the words they look for live here. English is the
only language so far (``en``). A module reads it once, at import, under one name:

    from extractors.vocabulary import en as vocab

    if word in vocab.MONTHS: ...

A second language would be a sibling module (``fr.py``) defining the same names, with
the same types (``tests/extractors/test_vocabulary.py`` checks that ``en``'s tables are
well formed). Derived sets (``NUMBER_WORDS``, ``PLURAL_SCALES``) are built in the language module
from its own lists, so each is computed once.
"""

from __future__ import annotations

from extractors.vocabulary import en

__all__ = ["en"]
