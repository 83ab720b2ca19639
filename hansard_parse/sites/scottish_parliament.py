"""The Scottish Parliament's Official Report pages (parliament.scot), as a reader copies them.

A page opens with the site's furniture (``Skip to main content``, ``Language: English /
Gàidhlig``, the breadcrumbs ``Home`` / ``Chamber and committees`` / ``Official Report``), the
meeting's title (``Meeting of the Parliament [Draft]``, or a committee's) and its date
(``Meeting date: Thursday, November 2, 2023``). Each turn's label stands alone on its line
as the Official Report writes it (``The Deputy Presiding Officer (Liam McArthur)``,
``1. Douglas Ross (Highlands and Islands) (Con)``), the speech below it: the web layout,
read in the Scottish Parliament's words. The record's time stamps stand alone in 24-hour
form (``14:00``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from attrs import evolve

from ..classify import ClassifiedLine, Kind
from ..houses import House
from ..source import Line
from .base import Site, SiteFacts

_MONTH_DAY_YEAR = r"(?P<month>[A-Z][a-z]+)\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
_DAY_MONTH_YEAR = r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_MEETING = r"(?P<house>Meeting\s+of\s+the\s+Parliament)"
"""The Chamber's meeting, as a page titles it (a committee's title is a heading like any)."""
_TIME_LINE = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d$")
"""The record's time stamp, alone on its line in 24-hour form (``14:00``)."""


class ScottishParliament(Site):
    """parliament.scot Official Report pages."""

    name: ClassVar[str] = "scottish-parliament"
    title: ClassVar[str] = "The Scottish Parliament's Official Report"

    evidence: ClassVar[tuple[str, ...]] = (
        "Gàidhlig", "Meeting of the Parliament", "Meeting date:", "parliament.scot",
        "Scottish Parliament Official Report",
    )  # fmt: skip
    clutter: ClassVar[tuple[str, ...]] = (
        r"Language\s*:?\s*English\s*/\s*Gàidhlig",
        r"(?:English|Gàidhlig)",
        r"Chamber\s+and\s+committees",
        r"Official\s+Report(?:\s+search)?",
        r"(?:Search\s+the\s+)?Official\s+Report",
        r"What\s+was\s+said\s+in\s+(?:Parliament|committee)",
        r"(?:Hide|Show)\s+all\s+contributions",
        r"(?:Previous|Next)\s+(?:meeting|contribution)",
        r"(?:Watch|View)\s+(?:this\s+)?(?:meeting|contribution)(?:\s+on\s+.{0,80})?",
        r"(?:Download|Print)\s+(?:the\s+)?(?:Official\s+Report|PDF|this\s+page)(?:\s*\(.{0,40}\))?",
        r"Back\s+to\s+top",
        r"Contents",
        r"\[Draft\]",
        r"Business\s+until\s+\d{1,2}:\d{2}",
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^" + _MEETING + r"(?:\s+\[Draft\])?(?:\s+" + _DAY_MONTH_YEAR + r")?\s*$",
        r"^Meeting\s+date\s*:?\s*" + _WEEKDAY + r"(?:" + _MONTH_DAY_YEAR + r")\s*$",
        r"^Meeting\s+date\s*:?\s*" + _WEEKDAY + r"(?:" + _DAY_MONTH_YEAR + r")\s*$",
    )
    layout: ClassVar[str | None] = "web"

    def read_facts(self, texts: Sequence[str]) -> SiteFacts:
        """The meeting's date; the House is the Scottish Parliament on every page, the
        Chamber's or a committee's (whose text may show none of its words)."""
        return evolve(super().read_facts(texts), house="scotland")

    def read_lines(self, lines: Sequence[Line], house: House) -> list[ClassifiedLine | None]:
        """The site's furniture, and the record's 24-hour time stamps (``14:00``) as times,
        never headings."""
        known = super().read_lines(lines, house)
        for i, line in enumerate(lines):
            if known[i] is None and _TIME_LINE.match(line.content.strip()):
                known[i] = ClassifiedLine(line, Kind.TIME)
        return known
