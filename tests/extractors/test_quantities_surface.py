"""The quantities package offers four names; its steps stay private modules."""

from __future__ import annotations

import pkgutil

from extractors import quantities


def test_public_surface_is_the_documented_list() -> None:
    assert sorted(quantities.__all__) == ["MONTHS", "SKIPPABLE", "extract_quantities", "scan_quantities"]
    assert all(hasattr(quantities, name) for name in quantities.__all__)
    assert quantities.scan_quantities("3 of the 12 soldiers") == quantities.extract_quantities("3 of the 12 soldiers")


def test_the_steps_are_private_modules() -> None:
    modules = sorted(m.name for m in pkgutil.iter_modules(quantities.__path__))
    assert modules and all(name.startswith("_") for name in modules)
