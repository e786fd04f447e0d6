"""The one exception hierarchy of claimwatch.

It lives in ``extractors`` because that is the dependency-free root package that
``warehouse`` and ``flows`` both import.

    ClaimwatchError
    ├── InputError          an input cannot be read or is not an article (file stage)
    ├── FetchError          an HTTP fetch failed; ``retryable`` says if trying again may help
    │   └── BlockedAddressError   the URL resolves to a loopback/private/metadata address
    ├── ExtractError        cleaning or figure extraction failed on a document
    ├── WarehouseError      the DuckDB warehouse cannot be used
    │   ├── DatabaseBusyError     another process holds the database file
    │   ├── DiskFullError         no space left on the device the database is written to
    │   └── QueryRefusedError     ``claimwatch sql`` refused a statement that is not one read-only query
    └── ConfigError         ``claimwatch.toml`` is invalid (names line and key)
"""

from __future__ import annotations

__all__ = [
    "BlockedAddressError",
    "ClaimwatchError",
    "ConfigError",
    "DatabaseBusyError",
    "DiskFullError",
    "ExtractError",
    "FetchError",
    "InputError",
    "QueryRefusedError",
    "WarehouseError",
]


class ClaimwatchError(Exception):
    """Base class of every error claimwatch raises on purpose."""


class InputError(ClaimwatchError):
    """An input path or document cannot be loaded (missing, binary, too large, ...)."""


class FetchError(ClaimwatchError):
    """An HTTP fetch failed.

    ``retryable`` is True for failures that may pass on a later try (connection
    errors, timeouts, 429 and 5xx); Prefect's ``retry_condition_fn`` reads it.
    """

    def __init__(
        self, message: str, *, url: str | None = None, retryable: bool = False, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.url = url
        self.retryable = retryable
        self.retry_after = retry_after


class BlockedAddressError(FetchError):
    """The URL (or a redirect) points at a loopback, private, link-local or metadata address."""


class ExtractError(ClaimwatchError):
    """Cleaning or extraction failed for one document."""


class WarehouseError(ClaimwatchError):
    """The warehouse cannot be opened, migrated or written."""


class DatabaseBusyError(WarehouseError):
    """Another process holds the DuckDB file; DuckDB allows one writer and no reader beside it."""


class DiskFullError(WarehouseError):
    """The database's filesystem is full (or over quota): what was committed before stays."""


class QueryRefusedError(WarehouseError):
    """``claimwatch sql`` got something other than exactly one read-only query (a usage error)."""


class ConfigError(ClaimwatchError):
    """The configuration file is invalid; the message names the line and the key."""
