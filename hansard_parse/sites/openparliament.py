"""openparliament.ca: Canada's House of Commons debates as that site shows them.

A page opens with the site's menu, ``House of Commons Hansard #172 of the 44th Parliament, 1st
Session. … The word of the day was housing.`` and ``Topics``. Each turn repeats its heading
run into its category (``Rental HousingOpposition motionBusiness of Supply``), then its time
(``11:50 a.m.``, ``10 a.m.``, on the first turn of a day ``March 23rd, 2023 / 10 a.m.``), the
member's party on a line of its own, and the name line: a member's name, party, riding and
province (``Tom Kmiec Conservative Calgary Shepard, AB``); a minister's or parliamentary
secretary's name run into the party and the title (``Kevin Lamoureux LiberalParliamentary
Secretary to the Leader of the Government in the House of Commons``), their riding and
province on a line above the party (``Winnipeg North Manitoba``); the chair's office, party and
name (``The Assistant Deputy Speaker NDP Carol Hughes``). The name line is split with the
party names the site uses; the riding and party lines are the label's furniture.
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
from ..speakers import LabelMatch, match_web_label
from .base import LabelShape, Site, next_text

_PARTIES = (
    "Liberal", "Conservative", "NDP", "Bloc Québécois", "Bloc", "Green Party", "Green",
    "Independent", "People’s Party", "People's Party", "Canadian Alliance", "Reform",
    "Progressive Conservative",
)  # fmt: skip
"""The parties as the site names them, longest first where one begins another."""
_PARTY = alternation(tuple(re.escape(p) for p in sorted(_PARTIES, key=len, reverse=True)))
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME = r"[" + _UPPER + r"][\w'’.-]*(?:\s+(?:[" + _UPPER + r"][\w'’.-]*|d['’]\w+|de|du|la|le|van|von)){1,5}"
_PROVINCES = (
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador",
    "Nova Scotia", "Northwest Territories", "Nunavut", "Ontario", "Prince Edward Island",
    "Québec", "Quebec", "Saskatchewan", "Yukon",
)  # fmt: skip
_PROVINCE_CODES = r"(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|PEI|QC|SK|YT)"
_CHAIR = r"The\s+(?:Acting\s+|Assistant\s+Deputy\s+|Deputy\s+)?(?:Speaker|Chair(?:man)?)"
_PARTY_LINE = re.compile(r"^" + _PARTY + r"$")
_TIME_LINE = re.compile(r"^(?:.{4,40}?\s*/\s*)?\d{1,2}(?::\d{2})?\s*[ap]\.m\.$")
"""A turn's time (``11:50 a.m.``, ``10 a.m.``), after the day on a day's first turn."""
_RIDING_LINE = re.compile(
    r"^(?P<riding>[" + _UPPER + r"][\w'’.-]*(?:(?:\s+|\s*[—–-]\s*)[\w'’.-]+){0,7}?)"
    r"(?:\s+" + alternation(_PROVINCES) + r")?$"
)
"""A riding, and the province it is in (``Winnipeg North Manitoba``, ``Laurier—Sainte-Marie``)."""


class OpenParliament(Site):
    """openparliament.ca debate pages."""

    name: ClassVar[str] = "openparliament"
    title: ClassVar[str] = "openparliament.ca"

    evidence: ClassVar[tuple[str, ...]] = (
        "openparliament.ca", "The word of the day was", "(The original version is on Parliament",
    )  # fmt: skip
    evidence_line: ClassVar[str] = (
        r"House\s+of\s+Commons\s+Hansard\s+#\d+\b.*"
        r"|" + _NAME + r"\s+" + _PARTY + r"[" + _UPPER + r"][^\n]{2,200}"
    )
    """The page's title, or a name line with its party run into what follows (``Kevin
    Lamoureux LiberalParliamentary Secretary …``, ``… ConservativeCalgary Nose Hill``): a
    copy that starts below the title still shows the site in every member's label."""
    clutter: ClassVar[tuple[str, ...]] = (
        r"openparliament\.ca",
        r"(?:MPs|Bills|Votes|Debates|Committees|Topics|Hansard|Labs|About|Alerts)",
        r"(?:Link|Permalink|Context|Read\s+more|Show\s+context|Shorter|Longer|Show\s+all\s+topics)",
        r"(?:Previous|Next)\s+(?:day|sitting|intervention)",
        r"The\s+(?:word\s+of\s+the\s+day|winning\s+word)\s+was\s+.{1,60}",
        r"On\s+the\s+agenda|(?:MPs|Also)\s+speaking",
        r"A\s+(?:video|recording)\s+is\s+available\s+from\s+Parliament\.?",
        r"\(?The\s+original\s+version\s+is\s+on\s+Parliament.{0,40}",
        r"line\s+drawing\s+of\s+(?:a\s+)?robot",
        r"This\s+summary\s+is\s+computer-generated\..{0,200}",
    )
    labels: ClassVar[tuple[LabelShape, ...]] = (
        # ``Kevin Lamoureux LiberalParliamentary Secretary to …``: name, party, title run together
        LabelShape(r"(?P<name>" + _NAME + r")\s+(?P<party>" + _PARTY + r")(?P<office>[A-Z][^\n]{2,200})"),
        # ``Tom Kmiec Conservative Calgary Shepard, AB``: name, party, riding, province
        LabelShape(
            r"(?P<name>" + _NAME + r")\s+(?P<party>" + _PARTY + r")\s+(?P<constituency>[^,\n]{2,80}),\s*"
            + _PROVINCE_CODES
        ),
        LabelShape(r"(?P<name>" + _NAME + r")\s+(?P<party>" + _PARTY + r")"),
        # ``The Assistant Deputy Speaker NDP Carol Hughes``: the chair's office, party, name
        LabelShape(r"(?P<office>" + _CHAIR + r")\s+(?:(?P<party>" + _PARTY + r")\s+)?(?P<name>" + _NAME + r")"),
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^(?P<house>House\s+of\s+Commons)\s+Hansard\s+#\d+\b",
        r"^(?P<month>[A-Z][a-z]+)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,\s+(?P<year>\d{4})\s*/",
        r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(?P<month>[A-Z][a-z]+)\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\s*$",
    )
    house_names: ClassVar[Mapping[str, str]] = {"House of Commons": "canada"}
    parties: ClassVar[tuple[str, ...]] = _PARTIES
    chair_offices: ClassVar[tuple[str, ...]] = (*Site.chair_offices, _CHAIR)
    layout: ClassVar[str | None] = "web"

    def read_label(
        self, groups: Mapping[str, str], written: str, house: House, end: int
    ) -> LabelMatch | None:
        """A label's speaker; what runs on after the party is the member's title only if it
        has an office's word (``Parliamentary Secretary …``), else it is the riding
        (``ConservativeCalgary Nose Hill``)."""
        found = super().read_label(groups, written, house, end)
        if found is None:
            return None
        speaker = found.speaker
        if speaker.office and speaker.role != "chair" and not house.office_words_re.search(speaker.office):
            speaker = evolve(speaker, office=None, constituency=speaker.constituency or speaker.office)
            found = evolve(found, speaker=speaker)
        return found

    def read_lines(self, lines: Sequence[Line], house: House) -> list[ClassifiedLine | None]:
        """The site's readings; each turn's time, also where the day stands before it; then
        each label's furniture above it (the party line, and a riding line above that, whose
        riding is the speaker's constituency where the name line gives none). A chair's label
        alone (``The Speaker``) is read in the House's words."""
        known = super().read_lines(lines, house)
        for i, line in enumerate(lines):
            if _TIME_LINE.match(line.content.strip()):  # a time, though its day is a fact
                known[i] = ClassifiedLine(line, Kind.TIME)
        self._also_speaking(lines, known)
        self._witnesses(lines, known, house)
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
            riding = _RIDING_LINE.match(" ".join(lines[riding_at].content.split()))
            if riding is None:
                continue
            known[riding_at] = ClassifiedLine(lines[riding_at], Kind.BOILERPLATE)
            if read.label.speaker.constituency is None:
                speaker = evolve(read.label.speaker, constituency=riding["riding"])
                known[i] = read._replace(label=evolve(read.label, speaker=speaker))
        return known


    @staticmethod
    def _also_speaking(lines: Sequence[Line], known: list[ClassifiedLine | None]) -> None:
        """A committee page's list of the witnesses under ``Also speaking`` (``Laura Jones
        Executive Vice-President, …``), to the first turn's time: furniture."""
        start = next((i for i, line in enumerate(lines[:80]) if _ALSO_SPEAKING.match(line.content.strip())), None)
        if start is None:
            return
        for i in range(start + 1, len(lines)):
            read = known[i]
            if read is not None and read.kind is Kind.TIME:
                return
            if read is None and lines[i].content.strip():
                known[i] = ClassifiedLine(lines[i], Kind.BOILERPLATE)

    @staticmethod
    def _witnesses(lines: Sequence[Line], known: list[ClassifiedLine | None], house: House) -> None:
        """A committee witness's turn: the time, the witness's title and organisation where a
        member's party goes (``President, Canadian Federation of Independent Business``), then
        the name alone on its line. The name is the label, the title its office."""
        for i, read in enumerate(known):
            if read is None or read.kind is not Kind.TIME:
                continue
            title_at = next_text(lines, i)
            name_at = next_text(lines, title_at) if title_at is not None else None
            if title_at is None or name_at is None or known[title_at] is not None or known[name_at] is not None:
                continue
            title = " ".join(lines[title_at].content.split())
            if _PARTY_LINE.match(title) or title[-1] in ".?!:":
                continue
            label = match_web_label(lines[name_at].content, house)
            if label is None or label.speaker.role != "member" or label.speaker.label != label.speaker.name:
                continue
            speaker = evolve(label.speaker, office=title)
            known[title_at] = ClassifiedLine(lines[title_at], Kind.BOILERPLATE)
            known[name_at] = ClassifiedLine(lines[name_at], Kind.SPEAKER, evolve(label, speaker=speaker))


_ALSO_SPEAKING = re.compile(r"^Also\s+speaking$")


def _previous_text(lines: Sequence[Line], i: int) -> int | None:
    """The index of the last non-blank line before line ``i`` (within a few lines)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if lines[j].content.strip():
            return j
    return None


def _after_time(lines: Sequence[Line], known: Sequence[ClassifiedLine | None], i: int) -> bool:
    """Whether line ``i`` comes straight after a turn's time (``11:54 a.m.``)."""
    before = _previous_text(lines, i)
    return before is not None and (read := known[before]) is not None and read.kind is Kind.TIME
