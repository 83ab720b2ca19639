"""The Official Report's old publications pages (publications.parliament.uk/pa/…/cmhansrd/,
and select committees' minutes of evidence), as a browser copies them.

A page opens and closes with ``Previous Section | Index | Home Page |`` and names its sitting
(``House of Commons Hansard Debates for 6 Mar 2000 (pt 12)``); turns are ``Name: text`` as
in print. The copy loses the em dashes (``submittedas you know, Mr. Speakera request``): what
remains is running text, never a label. Select committees' evidence numbers each question and
indents its label (``  Q1 Chairman: Good morning.``): the number is the question's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from .base import LabelShape, Site

_NAV = (
    r"(?:Previous\s+Section|Next\s+Section|Index|Home\s+Page|Contents"
    r"|Back\s+to\s+(?:Report|Index|Contents)(?:\s+Contents)?)"
)
"""One link of the navigation bar: a chamber page's (``Index``) or a committee report's
(``Back to Report``)."""


class Publications(Site):
    """publications.parliament.uk pages of the Official Report and of committees' evidence."""

    name: ClassVar[str] = "publications"
    title: ClassVar[str] = "publications.parliament.uk"

    evidence: ClassVar[tuple[str, ...]] = (
        "Previous Section | Index | Home Page", "Next Section | Index | Home Page",
        "Hansard Debates for ", "Parliamentary copyright",
    )  # fmt: skip
    evidence_line: ClassVar[str] = (
        r"(?:Previous|Next)\s+Section\s*\|(?:\s*[A-Z][\w ]{1,30}\|)*\s*Home\s+Page\s*\|?"
    )
    """The navigation bar whatever links stand between its ends: a committee's evidence
    pages link ``Back to Report`` where the chamber's link ``Index``."""

    clutter: ClassVar[tuple[str, ...]] = (
        _NAV + r"(?:\s*\|\s*" + _NAV + r")*\s*\|?",
        r"(?:©\s*)?Parliamentary\s+copyright(?:\s+\d{4})?.{0,120}",
        r"Prepared\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}",
        r"(?:Commons|Lords)\s+Hansard",
        r"House\s+of\s+(?:Commons|Lords)\s+(?:Hansard\s+)?(?:Debates|Written\s+Answers)\s+for\s+.{4,60}",
    )
    labels: ClassVar[tuple[LabelShape, ...]] = (
        LabelShape(
            r"(?:(?P<number>Q\d{1,4})\s+)?(?P<label>[A-Z][^:\n]{1,120}?):\s+(?P<text>\S.*)"
        ),
    )
    """``Name: text``, wherever the page indents it, with an evidence question's number."""
    facts: ClassVar[tuple[str, ...]] = (
        r"^House\s+of\s+(?P<house>Commons|Lords)\s+(?:Hansard\s+)?(?:Debates|Written\s+Answers)"
        r"\s+for\s+(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})",
    )
    house_names: ClassVar[Mapping[str, str]] = {"Commons": "commons", "Lords": "lords"}
    layout: ClassVar[str | None] = None
