"""New Zealand news sites that republish the House's Hansard (Scoop and its kind).

A story opens with its headline (``Parliament: Questions And Answers - June 18``, a colon that
is no label), a byline (``by Desk Editor on 18 June 2024``: the sitting's date) and its source
(``Source: New Zealand Parliament – Hansard``, another colon trap), then the record as New
Zealand's Hansard prints it, with the site's advertising breaks between turns
(``Advertisement - scroll to continue reading``); above the transcript's note (``(uncorrected
transcript—subject to correction …)``) a story may repeat the first question as a teaser,
which is the story's, not a turn. Copies often stop mid-word at the end
(``Rt Hon CHRISTOP``): a cut line, kept as unreadable rather than read as a heading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import ClassVar

from ..classify import ClassifiedLine, Kind
from ..houses import House
from ..patterns import TERMINAL_PUNCT
from ..source import Line
from .base import Site

_DAY_MONTH_YEAR = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Z][A-Za-z]+)\s+(?P<year>\d{4})"
_MONTH_DAY_YEAR = r"(?P<month>[A-Z][a-z]+)\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})"
_CUT_LABEL = re.compile(r"^(?:(?:Rt\s+)?Hon\s+|Dr\s+|Mr\s+|Ms\s+|Mrs\s+)?[A-ZĀĒĪŌŪ][A-ZĀĒĪŌŪ'’ -]{0,40}$")
"""The start of a label in capitals, cut short (``Rt Hon CHRISTOP``)."""


_TRANSCRIPT_NOTE = re.compile(r"^\(?\s*Uncorrected\s+transcript\b", re.IGNORECASE)
"""The note that opens the record's text on a news page."""


_HEADER_LINES = 20
"""Lines from the top of a story that may hold its header (masthead, headline, byline)."""


class NZNews(Site):
    """News sites republishing New Zealand's Hansard."""

    name: ClassVar[str] = "nz-news"
    title: ClassVar[str] = "a New Zealand news site (Hansard republished)"

    evidence: ClassVar[tuple[str, ...]] = (
        "Source: New Zealand Parliament", "Advertisement - scroll to continue reading",
        "by Desk Editor", "Parliament: Questions And Answers", "Parliament: Questions and Answers",
        "Scoop has an Ethical Paywall", "Questions Of the Day", "Parliament Today",
        "Press Release – Office of the Clerk", "Press Release - Office of the Clerk",
    )  # fmt: skip
    clutter: ClassVar[tuple[str, ...]] = (
        r"Parliament\s*:\s*(?:Questions\s+and\s+Answers|Hansard|Daily\s+Debates?).{0,80}",
        r"Source\s*:\s*New\s+Zealand\s+Parliament.{0,80}",
        # the story's byline, whoever issued it (``Press Release: New Zealand Government``)
        r"Press\s+Release\s*[-–—:]\s*[A-Z].{0,60}",
        r"Advertisement\s*[-–—]?\s*(?:scroll\s+to\s+continue\s+reading)?",
        r"\(?\s*Uncorrected\s+transcript\s*[-–—]+\s*subject\s+to\s+correction\s+and\s+further\s+editing.{0,160}",
        r"Scoop\s+has\s+an\s+Ethical\s+Paywall",
        r"(?:Licence\s+needed\s+for\s+work\s+use|Work\s+smarter\s+with\s+a\s+Pro\s+licence)(?:\s+Learn\s+More)?",
        r"Are\s+you\s+getting\s+our\s+free\s+newsletter\?",
        r"Subscribe\s+to\s+Scoop.{0,200}",
        r"[^|\n]{1,40}(?:\s*\|\s*[^|\n]{1,40}){2,}",
        r"(?:More|Find\s+more)\s+from\s+.{1,60}",
        r"(?:Related|Latest)\s+(?:stories|news|articles)",
        r"Parliament",
        # the story's contents: ``1. Economy—Reports``, one question's subject a line
        r"\d{1,2}\.\s+[^:()\n]{2,100}?\s*(?:—|--)\s*[^:\n]{1,100}",
        r"Question\s+No\.\s*\d{1,2}\s+to\s+(?:the\s+)?(?:Minister|Member)",
        r"Questions\s+to\s+(?:Ministers|Members)\s*:",
        # the story's own title: ``Questions And Answers May 7``, ``Questions Of The Day - 29 August``
        r"(?:[A-Z][a-z]+['’]s\s+)?Questions?\s+(?:(?:and|&)\s+Answers|Of\s+The\s+Day)\b.{0,60}",
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^by\s+[A-Z][\w .'’-]{1,60}?\s+on\s+(?:[A-Z][a-z]+day,?\s+)?" + _DAY_MONTH_YEAR + r"\b.{0,40}$",
        r"^by\s+[A-Z][\w .'’-]{1,60}?\s+on\s+(?:[A-Z][a-z]+day,?\s+)?" + _MONTH_DAY_YEAR + r"\b.{0,40}$",
        r"^Source\s*:\s*(?P<house>New\s+Zealand\s+Parliament)\b",
        r"^(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+" + _DAY_MONTH_YEAR + r"\s*$",
    )
    house_names: ClassVar[Mapping[str, str]] = {"New Zealand Parliament": "new-zealand"}

    def read_lines(self, lines: Sequence[Line], house: House) -> list[ClassifiedLine | None]:
        """The site's furniture, the story's header above the transcript's note, and a last
        line cut off mid-label as unreadable."""
        known = super().read_lines(lines, house)
        # The transcript starts under its note (``(uncorrected transcript—…)``); above it is the
        # story's header, which may repeat the first question as a teaser.
        note = next((i for i, line in enumerate(lines[:60]) if _TRANSCRIPT_NOTE.match(line.content.strip())), None)
        if note is None:
            # no note: the header ends at the story's last byline or source line
            # (``by Desk Editor on …``, ``Source: New Zealand Parliament – Hansard``)
            facts = [i for i, line in enumerate(lines[:_HEADER_LINES]) if self.is_fact_line(line.content.strip())]
            note = facts[-1] if facts else None
        for i in range(note or 0):
            if known[i] is None and lines[i].content.strip():
                known[i] = ClassifiedLine(lines[i], Kind.BOILERPLATE)
        last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].content.strip()), None)
        if last is not None and known[last] is None and is_cut_label(lines[last].content):
            known[last] = ClassifiedLine(lines[last], Kind.UNPARSED)
        return known


def is_cut_label(text: str) -> bool:
    """Whether ``text`` (a page's last line) is the start of a label cut short: a title and
    capitals, no colon, no sentence punctuation (``Rt Hon CHRISTOP``)."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= 48
        and stripped[-1] not in TERMINAL_PUNCT
        and ":" not in stripped
        and bool(_CUT_LABEL.match(stripped))
        and any(c.isupper() for c in stripped.split()[-1])
    )
