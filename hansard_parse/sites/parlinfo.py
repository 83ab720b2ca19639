"""ParlInfo Search (parlinfo.aph.gov.au): Australia's Hansard one fragment at a time.

A fragment page opens with its title (``ParlInfo - QUESTIONS WITHOUT NOTICE : Economy``), the
navigation ``Previous Fragment    Next Fragment`` and a table of the fragment's metadata, a
field and its value a row (``Database`` / ``House Hansard``, ``Date`` / ``20-09-2007``,
``Questioner``, ``System Id``), then the page of the printed record (``Page: 8``) and the
record itself, whose labels end with a dash after a space and give the time in capitals
(``Mr ALBANESE (3:12 PM) —I refer …``, ``The SPEAKER —I thank …``): Australia's record,
read in its words. The metadata says which chamber and which day.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from .base import Site

_CELL = r"(?:\t|\s{2,})"
"""Between a metadata field and its value, as a copied table row keeps them."""
_FIELDS = (
    r"Title", r"Database", r"Date", r"Source", r"Parl\s+No\.", r"Electorate", r"Interjector",
    r"Page", r"Party", r"Presenter", r"Status", r"Question\s+No\.", r"Questioner", r"Responder",
    r"Speaker", r"Stage", r"Type", r"Context", r"System\s+Id", r"Proof", r"Cognate\s+bill\s+title",
)  # fmt: skip
"""The fields of a fragment's metadata table."""


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
        r"(?:Interjector|Presenter|Question\s+No\.|Context|Type|Stage|Cognate\s+bill\s+title)",
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^Database" + _CELL + r"(?P<house>House|Senate)\s+Hansard\s*$",
        r"^Date" + _CELL + r"(?P<day>\d{1,2})[-/](?P<month>\d{1,2})[-/](?P<year>\d{4})\s*$",
    )
    house_names: ClassVar[Mapping[str, str]] = {"House": "australia", "Senate": "australia-senate"}
