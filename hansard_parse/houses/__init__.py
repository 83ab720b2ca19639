"""The Houses: one module per chamber, each holding all of that chamber's words as data.

A House is a subclass of :class:`House` (see ``base.py``) registered here by its ``name``.
:func:`get_house` looks one up (``parse(text, house="lords")``) and :func:`detect_house`
picks the House whose phrases (``My Lords``, ``the noble Lord``, ``Mr Speaker``) the text
uses most, as :func:`~hansard_parse.layout.detect_layout` picks a layout. Adding a House is
one new module and one line in :data:`HOUSES`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from .australia import Australia, AustraliaDash, AustralianSenate, AustralianSenateDash
from .base import ChairCue, House, OpenerCue, SideCue
from .canada import Canada
from .committee import Committee
from .commons import Commons
from .historic import Historic
from .lords import Lords
from .new_zealand import NewZealand
from .northern_ireland import NorthernIreland
from .scotland import Scotland
from .wales import Wales

COMMONS = Commons()
"""The default House: text that shows no other House's phrases is read as the Commons'."""

HOUSES: dict[str, House] = {
    house.name: house
    for house in (
        COMMONS, Lords(), Scotland(), NorthernIreland(), Committee(), Historic(), Canada(),
        Australia(), AustraliaDash(), AustralianSenate(), AustralianSenateDash(), NewZealand(),
        Wales(),
    )
}
"""Every known House by name, the default first."""

_DETECTION_CHARS = 60_000
"""Text read to detect the House (whole lines): enough to tell, and cheap on huge files."""


_READING: ContextVar[House] = ContextVar("hansard_parse_house", default=COMMONS)


@contextmanager
def reading(house: House) -> Iterator[House]:
    """Read in the words of ``house`` within the block: the inline pass, run by the grammar's
    transformer, asks :func:`current_house` rather than being handed the House through
    every node builder (a context variable, so threads and tasks each keep their own)."""
    token = _READING.set(house)
    try:
        yield house
    finally:
        _READING.reset(token)


def current_house() -> House:
    """The House being read (see :func:`reading`); the Commons outside any parse."""
    return _READING.get()


def get_house(house: str | House | None) -> House | None:
    """The House named ``house`` (a House is returned as it is; None stays None).

    Raises ValueError naming the known Houses for an unknown name.
    """
    if house is None or isinstance(house, House):
        return house
    found = HOUSES.get(house.lower())
    if found is None:
        raise ValueError(f"unknown house {house!r}; expected one of {', '.join(HOUSES)}")
    return found


def detect_house(texts: Sequence[str]) -> House:
    """The House whose evidence phrases the text holds most often (the Commons on a tie).

    ``texts`` are the text's lines; the first tens of thousands of characters are read.
    """
    sample: list[str] = []
    size = 0
    for text in texts:
        if size >= _DETECTION_CHARS:
            break
        sample.append(text)
        size += len(text) + 1
    best: House = COMMONS
    best_votes = 0.0
    for house in HOUSES.values():
        votes = house.votes(sample)
        if votes > best_votes:
            best, best_votes = house, votes
    return best


__all__ = [
    "COMMONS",
    "HOUSES",
    "ChairCue",
    "House",
    "OpenerCue",
    "SideCue",
    "current_house",
    "detect_house",
    "get_house",
    "reading",
]
