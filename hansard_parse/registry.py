"""Looking a House or a website up by the name a user gives (``--house``, ``--site``).

Both registries are name → object tables; an unknown name is a usage error that lists the
names there are, in the same words for both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

T = TypeVar("T")


def look_up(table: Mapping[str, T], name: str, what: str) -> T:
    """The entry of ``table`` named ``name`` (case-insensitively); ValueError naming every
    known ``what`` (``house``, ``site``) for an unknown name."""
    found = table.get(name.lower())
    if found is None:
        raise ValueError(f"unknown {what} {name!r}; expected one of {', '.join(table)}")
    return found
