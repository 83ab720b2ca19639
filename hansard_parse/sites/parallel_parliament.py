"""Parallel Parliament (parallelparliament.co.uk): a debate as its ministerial-extract pages
give it.

A page opens with a header block: the title, ``(Limited Text - Ministerial Extracts only)``,
``Read Full debate``, the date (``Tuesday 3rd March 2015``), its age (``(9 years, 8 months
ago)``), the chamber (``Commons Chamber``, ``Lords Chamber``, ``Westminster Hall``, ``Grand
Committee``), ``Read Full debate Read Hansard Text`` and ``<Member> Excerpts``. Each turn
opens with the speaker's photo caption run into the Official Report's label, ``Roger Gale
Portrait Mr Deputy Speaker``, then ``- Hansard - - - Excerpts`` or ``- View Speech - Hansard
- -``. The speaker is the label's: the photo may show someone else (the chair's portrait is
its holder's, the label names the office).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from .base import LabelShape, Site

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY_MONTH_YEAR = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})"
_PHOTO = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|van|von|du|le|la|the)){0,6}"
"""The name under a member's photo (``Roger Gale``, ``Baroness Smith of Basildon``)."""


class ParallelParliament(Site):
    """parallelparliament.co.uk debate pages."""

    name: ClassVar[str] = "parallelparliament"
    title: ClassVar[str] = "Parallel Parliament"

    evidence: ClassVar[tuple[str, ...]] = (
        "- Hansard - - - Excerpts", "- View Speech - Hansard", "Read Full debate",
        "Ministerial Extracts only", "Read Hansard Text",
    )  # fmt: skip

    clutter: ClassVar[tuple[str, ...]] = (
        r"\(Limited\s+Text\s*-\s*Ministerial\s+Extracts\s+only\)",
        r"Read\s+Full\s+debate(?:\s+Read\s+Hansard\s+Text)?",
        r"Read\s+Hansard\s+Text",
        r"\((?:\d+|an?)\s+(?:years?|months?|weeks?|days?)(?:,\s+\d+\s+(?:months?|weeks?|days?))?\s+ago\)",
        r"-\s+(?:View\s+Speech\s+-\s+)?Hansard(?:\s+-)+(?:\s+Excerpts)?",
        r"-\s+Excerpts",
        _PHOTO + r"\s+Excerpts",
        r"Parallel\s+Parliament",
        r"Speech\s+Link",
        r"View\s+all\s+.{2,80}\s+(?:debates|contributions)",
    )
    labels: ClassVar[tuple[LabelShape, ...]] = (
        LabelShape(
            r"(?P<photo>" + _PHOTO + r")\s+Portrait\s+(?P<label>\S.{1,250}?)"
            r"(?:\s+-\s+(?:View\s+Speech\s+-\s+)?Hansard(?:\s+-)+(?:\s+Excerpts)?)?"
        ),
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^" + _WEEKDAY + r"\s+" + _DAY_MONTH_YEAR + r"\s*$",
        r"^(?P<house>Commons\s+Chamber|Lords\s+Chamber|Westminster\s+Hall|Grand\s+Committee)\s*$",
    )
    house_names: ClassVar[Mapping[str, str]] = {
        "Commons Chamber": "commons", "Westminster Hall": "westminster-hall",
        "Lords Chamber": "lords", "Grand Committee": "lords",
    }  # fmt: skip
    layout: ClassVar[str | None] = "web"
