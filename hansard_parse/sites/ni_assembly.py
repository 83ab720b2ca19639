"""The Northern Ireland Assembly's Official Report pages (niassembly.gov.uk), as a reader
copies them.

A page opens with the site's navigation, ``Official Report (Hansard)``, the session and date
(``Session: 2010/2011``, ``Date: 23 May 2011``), a link to the PDF (``230511.pdf (612.40
kb)``), then blocks of front matter: the contents (``Contents:`` and the items), the members
present and the witnesses, each to its first blank line. Each turn's label stands alone on its
line and ends in a colon (``The Chairperson (Mrs I Robinson):``, ``Mr Lunn:``), the speech
below it, or (a committee's minutes of evidence, ``Committee for Education, meeting on
Wednesday, 6 May 2026``) starts the speech's line as in the printed record; a committee's
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
from ..speakers import LabelMatch, match_print_label
from .base import LabelShape, Site, SiteFacts

_FRONT_MATTER = re.compile(
    r"^(?:Contents|Members\s+present(?:\s+for\s+all\s+or\s+part\s+of\s+the\s+proceedings)?"
    r"|Witnesses|In\s+attendance|Apologies)\s*:?\s*$",
    re.IGNORECASE,
)
"""A heading of a front-matter block: the lines under it, to a blank line or the first speaker,
are lists."""
_MASTHEAD = re.compile(r"^Official\s+Report\s*\(Hansard\)\s*$")
_CHAIRPERSON = re.compile(r"^(?:The\s+)?Chair(?:person|man|woman)?$", re.IGNORECASE)
"""A committee's chair, as the label's office (the deputy chairperson asks as a member, and
so does ``The Chairperson of the Committee for Health`` in the Chamber, where the Speaker is
the chair)."""


def _opens_speech(text: str, house: House) -> bool:
    """Whether a line opens a speech with its label as the printed record writes it
    (``Mr Speaker: Members, …``): a copy that keeps no blank line under the contents list
    runs straight on into the debate, and an item of the list (``Ministerial Statement:
    Waiting Lists``) names no member, so its label is never a strong one."""
    found = match_print_label(text, house)
    return found is not None and found.strong and found.end < len(text.rstrip())


class NIAssembly(Site):
    """niassembly.gov.uk Official Report pages (plenary sittings and committees)."""

    name: ClassVar[str] = "ni-assembly"
    title: ClassVar[str] = "The Northern Ireland Assembly's Official Report"

    evidence: ClassVar[tuple[str, ...]] = (
        "niassembly.gov.uk", "PDF version of this report", "Official Report: Minutes of Evidence",
    )  # fmt: skip
    """The site's own words (``Official Report (Hansard)`` and the members present are the
    record's too)."""
    evidence_line: ClassVar[str] = r"\S{1,80}\.pdf\s*\(\s*\d[\d.,]*\s*[kKmMgG][bB]\s*\)"
    clutter: ClassVar[tuple[str, ...]] = (
        r"PDF\s+version\s+of\s+this\s+report.{0,60}",
        r"\S{1,80}\.pdf\s*\(\s*\d[\d.,]*\s*[kKmMgG][bB]\s*\)",
        r"Session\s*:\s*\d{4}\s*[/–-]\s*\d{2,4}",
        r"(?:Previous|Next)\s+(?:report|page|sitting)",
        r"Back\s+to\s+top",
        r"Official\s+Report\s*:\s*Minutes\s+of\s+Evidence",
    )
    labels: ClassVar[tuple[LabelShape, ...]] = (
        # a label alone on its line, ended by a colon: ``The Chairperson (Mrs I Robinson):``
        LabelShape(r"(?P<label>[A-Z][^:\n]{1,150}?)\s*:"),
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^Official\s+Report\s*\(Hansard\)\s*$",
        r"^Date\s*:\s*(?:[A-Z][a-z]+day,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})\s*$",
        # ``Committee for Education, meeting on Wednesday, 6 May 2026``
        r"^[A-Z][^,\n]{2,120},\s+meeting\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
        r"(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})\s*$",
    )

    def read_facts(self, texts: Sequence[str]) -> SiteFacts:
        """The page's date; the House is the Assembly, whatever the page's words (a
        committee's evidence reads in the Assembly's words, not Westminster's committees')."""
        return evolve(super().read_facts(texts), house="northern_ireland")

    def read_label(
        self, groups: Mapping[str, str], written: str, house: House, end: int
    ) -> LabelMatch | None:
        """The Official Report's label, read in the House's words; a committee's chairperson
        (``The Chairperson (Mrs I Robinson)``) is the chair."""
        found = super().read_label(groups, written, house, end)
        if found is not None and found.speaker.office and _CHAIRPERSON.match(found.speaker.office):
            found = evolve(found, speaker=evolve(found.speaker, role="chair"))
        return found

    def _chairperson(self, text: str, house: House) -> LabelMatch | None:
        """A committee's chairperson labelled at the start of the speech (``The Chairperson
        (Mr Mathison): We are joined …``): the chair."""
        if "Chair" not in text[:40]:
            return None
        found = match_print_label(text, house)
        if found is None or not found.speaker.office or not _CHAIRPERSON.match(found.speaker.office):
            return None
        return evolve(found, speaker=evolve(found.speaker, role="chair"))

    def read_lines(self, lines: Sequence[Line], house: House) -> list[ClassifiedLine | None]:
        """The site's readings, and the page's front matter as furniture: the navigation
        above the masthead, and each block (contents, members present, witnesses) from its
        heading to the first speaker's label."""
        known = super().read_lines(lines, house)
        for i, read in enumerate(known):
            if read is None and (label := self._chairperson(lines[i].content, house)) is not None:
                known[i] = ClassifiedLine(lines[i], Kind.SPEAKER, label)
        masthead = next((i for i, line in enumerate(lines[:40]) if _MASTHEAD.match(line.content.strip())), None)
        if masthead is not None:
            for i in range(masthead):
                read = known[i]
                if (read is None or read.kind is Kind.HEADING) and lines[i].content.strip() and len(lines[i].content) <= 60:
                    known[i] = ClassifiedLine(lines[i], Kind.BOILERPLATE)
        in_block = listed = False
        for i, line in enumerate(lines):
            read = known[i]
            text = line.content.strip()
            if (read is not None and read.kind is Kind.SPEAKER) or (not text and listed):
                in_block = listed = False  # a block ends at its first blank line, or a speaker
            elif _FRONT_MATTER.match(text):
                in_block, listed = True, False
                known[i] = ClassifiedLine(line, Kind.BOILERPLATE)
            elif in_block and read is None and text and _opens_speech(text, house):
                in_block = listed = False  # a speech labelled as in print ends the block too
            elif in_block and read is None and text:
                known[i] = ClassifiedLine(line, Kind.BOILERPLATE)
                listed = True
        return known
