"""ParlInfo Search (parlinfo.aph.gov.au): Australia's Hansard one fragment at a time.

A fragment page opens with its title (``ParlInfo - QUESTIONS WITHOUT NOTICE : Economy``), the
navigation ``Previous Fragment    Next Fragment`` and a table of the fragment's metadata, a
field and its value a row, or each on a line of its own (``Database`` / ``House Hansard``,
``Date`` / ``20-09-2007``, ``Questioner`` / ``Rudd, Kevin, MP``, ``System Id``), then the page of the printed record (``Page: 8``) and the
record itself, whose labels end with a dash after a space and give the time in capitals
(``Mr ALBANESE (3:12 PM) —I refer …``, ``The SPEAKER —I thank …``): Australia's record,
read in its words. The metadata says which chamber and which day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import ClassVar

from ..classify import ClassifiedLine, Kind
from ..houses import House
from ..source import Line
from .base import Site

_CELL = r"(?:\t|\s{2,})"
"""Between a metadata field and its value, as a copied table row keeps them."""
_FIELDS = (
    r"Title", r"Database", r"Date", r"Source", r"Parl\s+No\.", r"Electorate", r"Interjector",
    r"Page", r"Party", r"Presenter", r"Status", r"Question\s+No\.", r"Questioner", r"Responder",
    r"Speaker", r"Stage", r"Type", r"Context", r"System\s+Id", r"Proof", r"Cognate\s+bill\s+title",
)  # fmt: skip
"""The fields of a fragment's metadata table."""
_FIELD_ALONE = re.compile(r"^(?:" + "|".join(_FIELDS) + r")$")
_PAGE_LINE = re.compile(r"^Page\s*:\s*\d{1,5}$")
"""The page of the printed record, after the metadata: where the record's text begins."""
_METADATA_LINES = 80
"""Lines of a fragment's top where its metadata may stand."""


class ParlInfo(Site):
    """parlinfo.aph.gov.au Hansard fragments."""

    name: ClassVar[str] = "parlinfo"
    title: ClassVar[str] = "ParlInfo Search (Parliament of Australia)"

    evidence: ClassVar[tuple[str, ...]] = (
        "Previous Fragment", "Next Fragment", "ParlInfo", "parlinfo.aph.gov.au", "System Id",
        "House Hansard", "Senate Hansard",
    )  # fmt: skip
    clutter: ClassVar[tuple[str, ...]] = (
        r"ParlInfo\b.{0,200}",
        r"(?:Previous\s+Fragment|Next\s+Fragment)(?:\s+(?:Previous|Next)\s+Fragment)?",
        r"(?:Download|Print|Email|Cite)\s+(?:this\s+)?Fragment",
        r"Page\s*:\s*\d{1,5}",
        r"(?:" + "|".join(_FIELDS) + r")" + _CELL + r"\S.{0,300}",
        # a copy that puts each field and its value on lines of their own
        r"(?:" + "|".join(f for f in _FIELDS if f != "Speaker") + r")",
        r"(?:House|Senate)\s+Hansard",
        r"\d{1,2}-\d{1,2}-\d{4}",
        r"[A-Z][\w'’-]+,\s+[A-Z][\w'’ .-]+,\s+(?:MP|Sen(?:ator)?)",
        r"(?:chamber|committees)/[\w/.-]{4,120}",
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^Database" + _CELL + r"(?P<house>House|Senate)\s+Hansard\s*$",
        r"^Date" + _CELL + r"(?P<day>\d{1,2})[-/](?P<month>\d{1,2})[-/](?P<year>\d{4})\s*$",
        r"^(?P<house>House|Senate)\s+Hansard\s*$",
        r"^(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})\s*$",
    )
    house_names: ClassVar[Mapping[str, str]] = {"House": "australia"}
    """The House of Representatives, whose era (colon or dash labels) the text's phrases then
    tell; a Senate fragment is told by its phrases alone (naming ``australia-senate`` would
    overrule the dash era's Senate, which is no variant of it)."""

    def read_lines(self, lines: Sequence[Line], house: House) -> list[ClassifiedLine | None]:
        """The site's furniture; where the metadata table is copied a field a line, each
        field's value lines (the fragment's title, its source) are furniture too, up to the
        next field or the record's page line."""
        known = super().read_lines(lines, house)
        in_field = False
        for i, line in enumerate(lines[:_METADATA_LINES]):
            text = line.content.strip()
            read = known[i]
            if _PAGE_LINE.match(text) or (read is not None and read.kind is Kind.SPEAKER):
                break
            if _FIELD_ALONE.match(text):
                in_field = True
            elif in_field and text and (read is None or read.kind is Kind.HEADING):
                known[i] = ClassifiedLine(line, Kind.BOILERPLATE)
        return known
