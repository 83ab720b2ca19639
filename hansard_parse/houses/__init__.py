"""The Houses: one module per chamber, each holding all of that chamber's words as data.

A House is a subclass of :class:`House` (see ``base.py``) registered here by its ``name``.
:func:`get_house` looks one up (``parse(text, house="lords")``) and :func:`detect_house`
picks the House whose phrases (``My Lords``, ``the noble Lord``, ``Mr Speaker``) the text
uses most, then the variant of it (a committee, an era) whose own marks outnumber those of
the parent's own sitting, as :func:`~hansard_parse.layout.detect_layout` picks a layout.
Adding a House is one new module and one line in :data:`HOUSES`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from ..registry import look_up
from .australia import Australia, AustraliaDash, AustralianSenate, AustralianSenateDash
from .base import ChairCue, House, OpenerCue, SideCue
from .canada import Canada
from .committee import Committee
from .commons import Commons
from .evidence import Evidence
from .historic import Historic
from .lords import Lords
from .new_zealand import NewZealand
from .northern_ireland import NorthernIreland
from .scotland import Scotland
from .wales import Wales
from .westminster_hall import WestminsterHall

COMMONS = Commons()
"""The default House: text that shows no other House's phrases is read as the Commons'."""

HOUSES: dict[str, House] = {
    house.name: house
    for house in (
        COMMONS, Lords(), Scotland(), NorthernIreland(), Committee(), WestminsterHall(), Historic(),
        Canada(), Australia(), AustraliaDash(), AustralianSenate(), AustralianSenateDash(), NewZealand(),
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
    return look_up(HOUSES, house, "house")


def detect_house(texts: Sequence[str]) -> House:
    """The House whose evidence phrases the text holds most often (the Commons on a tie),
    or the variant of it that the text's own marks show (see :func:`_variant`).

    ``texts`` are the text's lines; the first tens of thousands of characters are read.
    """
    sample: list[str] = []
    size = 0
    for text in texts:
        if size >= _DETECTION_CHARS:
            break
        sample.append(text)
        size += len(text) + 1
    evidence = Evidence(sample, (phrase for house in HOUSES.values() for phrase in house.evidence))
    best: House = COMMONS
    best_votes = 0.0
    for house in HOUSES.values():
        if house.variant_of:
            continue
        votes = house.votes(evidence)
        if votes > best_votes:
            best, best_votes = house, votes
    return _variant(best, evidence)


def _variant(house: House, sample: Evidence) -> House:
    """``house``, or the variant of it (a committee, Westminster Hall, the historic record)
    whose own marks outnumber the contrary ones by most (see :meth:`House.margin`)."""
    best, best_margin = house, 0.0
    for variant in HOUSES.values():
        if variant.variant_of == house.name:
            margin = variant.margin(sample)
            if margin > best_margin:
                best, best_margin = variant, margin
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
