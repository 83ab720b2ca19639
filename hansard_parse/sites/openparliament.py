"""openparliament.ca: Canada's House of Commons debates as that site shows them.

A page opens with the site's menu, ``House of Commons Hansard #172 of the 44th Parliament, 1st
Session. … The word of the day was “housing.”`` and the sitting's date; headings are run
into their category (``Rental HousingOpposition motionBusiness of Supply``). Each turn opens
with its time (``11:50 a.m.``), the member's riding and party on lines of their own, then the
name run into the party and any title (``Kevin Lamoureux LiberalParliamentary Secretary to the
Leader of the Government in the House of Commons``); the chair is named as the record names
it (``The Assistant Deputy Speaker (Mrs. Carol Hughes)``). The name line is split with the
party names the site uses, and the riding and party lines are the label's furniture.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import ClassVar

from attrs import evolve

from ..classify import ClassifiedLine, Kind
from ..houses import House
from ..houses.base import alternation
from ..source import Line
from ..speakers import match_web_label
from .base import LabelShape, Site

_PARTIES = (
    "Liberal", "Conservative", "NDP", "Bloc Québécois", "Bloc", "Green Party", "Green",
    "Independent", "People’s Party", "People's Party", "Canadian Alliance", "Reform",
    "Progressive Conservative",
)  # fmt: skip
"""The parties as the site names them, longest first where one begins another."""
_PARTY = alternation(tuple(re.escape(p) for p in sorted(_PARTIES, key=len, reverse=True)))
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME = rf"[{_UPPER}][\w'’.-]*(?:\s+(?:[{_UPPER}][\w'’.-]*|d['’]\w+|de|du|la|le|van|von)){{1,5}}"
_PARTY_LINE = re.compile(r"^" + _PARTY + r"$")
_TIME_LINE = re.compile(r"^\d{1,2}:\d{2}\s*[ap]\.m\.$")
_RIDING_LINE = re.compile(r"^[" + _UPPER + r"][\w'’.-]*(?:(?:\s+|\s*[—–-]\s*)[\w'’.-]+){0,7}$")
"""A riding (``Laurier—Sainte-Marie``, ``Winnipeg North``): a few words, no sentence."""


class OpenParliament(Site):
    """openparliament.ca debate pages."""

    name: ClassVar[str] = "openparliament"
    title: ClassVar[str] = "openparliament.ca"

    evidence: ClassVar[tuple[str, ...]] = (
        "openparliament.ca", "The word of the day was", "(The original version is on Parliament",
    )  # fmt: skip
    evidence_line: ClassVar[str] = r"House\s+of\s+Commons\s+Hansard\s+#\d+\b.*"
    clutter: ClassVar[tuple[str, ...]] = (
        r"openparliament\.ca",
        r"(?:MPs|Bills|Votes|Debates|Committees|Topics|Hansard|Labs|About|Alerts)",
        r"(?:Link|Permalink|Context|Read\s+more|Show\s+context|Shorter|Longer|Show\s+all\s+topics)",
        r"(?:Previous|Next)\s+(?:day|sitting|intervention)",
        r"The\s+word\s+of\s+the\s+day\s+was\s+.{1,60}",
        r"\(?The\s+original\s+version\s+is\s+on\s+Parliament.{0,40}",
    )
    labels: ClassVar[tuple[LabelShape, ...]] = (
        # ``Paul Okafor LiberalParliamentary Secretary to …``: name, party, title run together
        LabelShape(r"(?P<name>" + _NAME + r")\s+(?P<party>" + _PARTY + r")(?P<office>[A-Z][^\n]{2,200})?"),
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^(?P<house>House\s+of\s+Commons)\s+Hansard\s+#\d+\b",
        r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(?P<month>[A-Z][a-z]+)\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\s*$",
    )
    house_names: ClassVar[Mapping[str, str]] = {"House of Commons": "canada"}
    parties: ClassVar[tuple[str, ...]] = _PARTIES
    layout: ClassVar[str | None] = "web"

    def read_lines(self, lines: Sequence[Line], house: House) -> list[ClassifiedLine | None]:
        """The site's readings; then each label's furniture above it (the riding and party
        lines between the turn's time and its name line), whose riding is the speaker's
        constituency. A chair's label with no party (``The Assistant Deputy Speaker (…)``)
        is read in the House's words."""
        known = super().read_lines(lines, house)
        for i, line in enumerate(lines):
            read = known[i]
            text = line.content.strip()
            if read is None and text and _after_time(lines, known, i):
                label = match_web_label(text, house)
                if label is not None and label.speaker.role == "chair":
                    known[i] = ClassifiedLine(line, Kind.SPEAKER, label)
                    continue
            if read is None or read.kind is not Kind.SPEAKER or read.label is None:
                continue
            party_at = _previous_text(lines, i)
            if party_at is None or not _PARTY_LINE.match(lines[party_at].content.strip()):
                continue
            known[party_at] = ClassifiedLine(lines[party_at], Kind.BOILERPLATE)
            riding_at = _previous_text(lines, party_at)
            if riding_at is None or known[riding_at] is not None:
                continue
            riding = " ".join(lines[riding_at].content.split())
            if _TIME_LINE.match(riding) or not _RIDING_LINE.match(riding):
                continue
            known[riding_at] = ClassifiedLine(lines[riding_at], Kind.BOILERPLATE)
            speaker = evolve(read.label.speaker, constituency=riding)
            known[i] = read._replace(label=evolve(read.label, speaker=speaker))
        return known


def _previous_text(lines: Sequence[Line], i: int) -> int | None:
    """The index of the last non-blank line before line ``i`` (within a few lines)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if lines[j].content.strip():
            return j
    return None


def _after_time(lines: Sequence[Line], known: Sequence[ClassifiedLine | None], i: int) -> bool:
    """Whether line ``i`` comes straight after a turn's time (``11:54 a.m.``)."""
    before = _previous_text(lines, i)
    return before is not None and known[before] is None and bool(_TIME_LINE.match(lines[before].content.strip()))
