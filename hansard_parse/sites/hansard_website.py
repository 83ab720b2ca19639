"""hansard.parliament.uk, the record's own website, as a page of it is often stored and
copied: its navigation, the debate's title, ``Volume 467: debated on Thursday 15 November
2007`` (the volume and the sitting's date), then the debate's paragraphs, often with no
speaker names at all (the names are links that a copy or a store drops). A Lords question
opens ``Question``, ``Asked by`` then ``To ask Her Majesty's Government …``.

A page with its labels is the record's web layout, read as the Official Report's; a page
without them is a speaker-less transcript (``plain``), never an article.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from .base import Site

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


class HansardWebsite(Site):
    """hansard.parliament.uk debate pages."""

    name: ClassVar[str] = "hansard"
    title: ClassVar[str] = "Hansard (hansard.parliament.uk)"

    evidence: ClassVar[tuple[str, ...]] = (
        "Cookies on Hansard", "Search Hansard", "hansard.parliament.uk", "Download text",
        "Watch Parliament TV", "Hansard - UK Parliament",
    )  # fmt: skip
    evidence_line: ClassVar[str] = r"Volume\s+\d+:\s+debated\s+on\s+.{6,40}"

    clutter: ClassVar[tuple[str, ...]] = (
        r"Cookies\s+on\s+Hansard",
        r"Hansard(?:\s+-\s+UK\s+Parliament)?",
        r"UK\s+Parliament",
        r"Search\s+Hansard",
        r"Download\s+text",
        r"Watch\s+Parliament\s+TV",
        r"Watch",
        r"(?:Previous|Next)\s+debate",
        r"(?:Expand|Collapse)\s+all",
        r"(?:Contents|Contributions|Find\s+out\s+more|Debates|Divisions|Members|Bills)",
        r"Asked\s+by",
        r"Question",
        r"(?:Commons|Lords)\s+Chamber",
        r"Westminster\s+Hall",
        r"Grand\s+Committee",
        r"(?:Hansard\s+)?(?:Commons|Lords)\s+(?:Chamber\s+)?(?:sitting|debates?)",
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^Volume\s+(?P<volume>\d+):\s+debated\s+on\s+(?:" + _WEEKDAY + r"\s+)?"
        r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})\s*$",
        r"^(?P<house>Commons\s+Chamber|Lords\s+Chamber|Westminster\s+Hall|Grand\s+Committee)\s*$",
    )
    house_names: ClassVar[Mapping[str, str]] = {
        "Commons Chamber": "commons", "Westminster Hall": "westminster-hall",
        "Lords Chamber": "lords", "Grand Committee": "lords",
    }  # fmt: skip
