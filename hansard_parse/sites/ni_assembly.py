"""The Northern Ireland Assembly's Official Report pages (niassembly.gov.uk), as a reader
copies them.

A page opens with the site's navigation, ``Official Report (Hansard)``, the session and date
(``Session: 2010/2011``, ``Date: 23 May 2011``), a link to the PDF (``230511.pdf (612.40
kb)``), then blocks of front matter: the contents (``Contents:`` and the items), the members
present and the witnesses. Each turn's label stands alone on its line and ends in a colon
(``The Chairperson (Mrs I Robinson):``, ``Mr Lunn:``), the speech below it; a committee's
chairperson is its chair.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import ClassVar

from attrs import evolve

from ..classify import ClassifiedLine, Kind
from ..houses import House
from ..source import Line
from ..speakers import LabelMatch
from .base import LabelShape, Site

_FRONT_MATTER = re.compile(
    r"^(?:Contents|Members\s+present(?:\s+for\s+all\s+or\s+part\s+of\s+the\s+proceedings)?"
    r"|Witnesses|In\s+attendance|Apologies)\s*:?\s*$",
    re.IGNORECASE,
)
"""A heading of a front-matter block: the lines under it, to the first speaker, are lists."""
_MASTHEAD = re.compile(r"^Official\s+Report\s*\(Hansard\)\s*$")
_CHAIRPERSON = re.compile(r"^(?:The\s+)?Chair(?:person|man|woman)?\b", re.IGNORECASE)
"""A committee's chair, as the label's office (the deputy chairperson asks as a member)."""


class NIAssembly(Site):
    """niassembly.gov.uk Official Report pages (plenary sittings and committees)."""

    name: ClassVar[str] = "ni-assembly"
    title: ClassVar[str] = "The Northern Ireland Assembly's Official Report"

    evidence: ClassVar[tuple[str, ...]] = ("niassembly.gov.uk", "PDF version of this report")
    """The site's own words (``Official Report (Hansard)`` and the members present are the
    record's too)."""
    evidence_line: ClassVar[str] = r"\S{1,80}\.pdf\s*\(\s*\d[\d.,]*\s*[kKmMgG][bB]\s*\)"
    clutter: ClassVar[tuple[str, ...]] = (
        r"PDF\s+version\s+of\s+this\s+report.{0,60}",
        r"\S{1,80}\.pdf\s*\(\s*\d[\d.,]*\s*[kKmMgG][bB]\s*\)",
        r"Session\s*:\s*\d{4}\s*/\s*\d{2,4}",
        r"(?:Previous|Next)\s+(?:report|page|sitting)",
        r"Back\s+to\s+top",
    )
    labels: ClassVar[tuple[LabelShape, ...]] = (
        # a label alone on its line, ended by a colon: ``The Chairperson (Mrs I Robinson):``
        LabelShape(r"(?P<label>[A-Z][^:\n]{1,150}?)\s*:"),
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^(?P<house>Official\s+Report\s*\(Hansard\))\s*$",
        r"^Date\s*:\s*(?:[A-Z][a-z]+day,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})\s*$",
    )
    house_names: ClassVar[Mapping[str, str]] = {"Official Report (Hansard)": "northern_ireland"}
    layout: ClassVar[str | None] = "web"

    def read_label(
        self, groups: Mapping[str, str], written: str, house: House, end: int
    ) -> LabelMatch | None:
        """The Official Report's label, read in the House's words; a committee's chairperson
        (``The Chairperson (Mrs I Robinson)``) is the chair."""
        found = super().read_label(groups, written, house, end)
        if found is not None and found.speaker.office and _CHAIRPERSON.match(found.speaker.office):
            found = evolve(found, speaker=evolve(found.speaker, role="chair"))
        return found

    def read_lines(self, lines: Sequence[Line], house: House) -> list[ClassifiedLine | None]:
        """The site's readings, and the page's front matter as furniture: the navigation
        above the masthead, and each block (contents, members present, witnesses) from its
        heading to the first speaker's label."""
        known = super().read_lines(lines, house)
        masthead = next((i for i, line in enumerate(lines[:40]) if _MASTHEAD.match(line.content.strip())), None)
        if masthead is not None:
            for i in range(masthead):
                if known[i] is None and lines[i].content.strip() and len(lines[i].content) <= 60:
                    known[i] = ClassifiedLine(lines[i], Kind.BOILERPLATE)
        in_block = False
        for i, line in enumerate(lines):
            read = known[i]
            if read is not None and read.kind is Kind.SPEAKER:
                in_block = False
            elif _FRONT_MATTER.match(line.content.strip()):
                in_block = True
                known[i] = ClassifiedLine(line, Kind.BOILERPLATE)
            elif in_block and read is None and line.content.strip():
                known[i] = ClassifiedLine(line, Kind.BOILERPLATE)
        return known
