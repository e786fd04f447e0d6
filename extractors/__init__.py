"""Pure figure extraction: text in, figures out. No Prefect, no network, no database.

>>> from extractors import extract_claims
>>> [c.quantity.text for c in extract_claims("About 200 soldiers were captured.")]
['About 200']
"""

from __future__ import annotations

from extractors.errors import (
    BlockedAddressError,
    ClaimwatchError,
    ConfigError,
    DatabaseBusyError,
    ExtractError,
    FetchError,
    InputError,
    QueryRefusedError,
    WarehouseError,
)
from extractors.records import (
    Claim,
    Extraction,
    ExtractionFailure,
    Kind,
    Modality,
    Qualifier,
    Quantity,
    Scope,
    TimeRef,
)

__all__ = [
    "BlockedAddressError",
    "Claim",
    "ClaimwatchError",
    "ConfigError",
    "DatabaseBusyError",
    "ExtractError",
    "Extraction",
    "ExtractionFailure",
    "FetchError",
    "InputError",
    "Kind",
    "Modality",
    "Qualifier",
    "Quantity",
    "QueryRefusedError",
    "Scope",
    "TimeRef",
    "WarehouseError",
    "extract_claims",
    "extract_figures",
    "extract_quantities",
]

from extractors.claims import extract_claims, extract_figures
from extractors.quantities import extract_quantities
