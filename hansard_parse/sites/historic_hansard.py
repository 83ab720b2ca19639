"""Historic Hansard (api.parliament.uk/historic-hansard), the record from 1803 to 2005 as its
pages give it: a breadcrumb (``HANSARD 1803–2005 → 2000s → 2000 → March 2000 …``), the
citation ``HC Deb 06 March 2000 vol 345 cc835-7`` (the House, the sitting's date, the volume
and the columns), then the speeches with each label alone on its line (``Mr. Simon Hughes
(Southwark, North and Bermondsey)``, ``Mr. Hanson``), often after the page's paragraph mark
(``§ Mr. Hanson``), the mover's name (``—[Mr. Mike
Hall.]``) and procedure (``Question agreed to.``). The Lords' pages (``HL Deb …``) are often
copied without the names: a speaker-less transcript.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from .base import LabelShape, Site

CITATION = (
    r"(?P<house>HC|HL)\s+Deb\s+(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})"
    r"\s+vol\s+(?P<volume>\d+)(?:\s+(?:cc?|cols?\.?)\s*(?P<columns>\d+[A-Z]*(?:\s*[-–]\s*\d+[A-Z]*)?))?"
)
"""A page's citation of the printed record: ``HC Deb 06 March 2000 vol 345 cc835-7``."""


class HistoricHansard(Site):
    """api.parliament.uk/historic-hansard pages."""

    name: ClassVar[str] = "historic-hansard"
    title: ClassVar[str] = "Historic Hansard"

    evidence: ClassVar[tuple[str, ...]] = ("HANSARD 1803–2005", "HANSARD 1803-2005", "historic-hansard")
    evidence_line: ClassVar[str] = CITATION + r"\s*"

    clutter: ClassVar[tuple[str, ...]] = (
        r"HANSARD\s+1803\s*[–-]\s*2005(?:\s*[→>].{0,300})?",
        r"(?:Back\s+to|Forward\s+to)\s+.{2,120}",
        r"(?:Commons|Lords)\s+Sitting(?:\s+of\s+.{4,30})?",
        r"(?:Previous|Next)\s+(?:section|sitting)",
        r"Contents",
        r"§",
    )
    labels: ClassVar[tuple[LabelShape, ...]] = (LabelShape(r"§\s*(?P<label>[^§\s].{1,200})"),)
    """A label alone after the page's paragraph mark (``§ Mr. Hanson``); a paragraph of
    speech after the mark is no label and is left to the classifier."""
    facts: ClassVar[tuple[str, ...]] = (r"^" + CITATION + r"\s*$",)
    house_names: ClassVar[Mapping[str, str]] = {"HC": "historic", "HL": "lords"}
    """The Commons of this record is the historic House (its `Mr.` labels, its `asked`
    questions), whatever few of its marks one page shows."""
