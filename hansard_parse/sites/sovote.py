"""sovote.ca: Canada's House of Commons debates, one intervention at a time, without names.

A page opens with the site's name and motto, the sitting (``House Hansard - 126``, ``44th
Parl. 1st Sess.``, its day and hour). Each intervention opens with a bullet and its date and
time (``• Feb/20/22 12:39:24 p.m.``), ``• Watch`` and the topic (``• Re: Bill C-32``, a colon
that is no label), and closes with a word count (``100 words``), ``All Topics`` and the
readers' buttons (``• Hear!``, ``• Rabble!``). A copy keeps no speaker's name, so a page is a speaker-less
transcript whose turns the time stamps open: each stamp is a time node and the start of a
turn, the buttons and the page's header above the first stamp are furniture, and the first
stamp's date is the sitting's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from attrs import evolve

from ..classify import ClassifiedLine, Kind
from ..houses import House
from ..source import Line
from .base import Site, SiteFacts

_STAMP = (
    r"[•·*]?\s*(?P<month>[A-Z][a-z]{2})/(?P<day>\d{1,2})/(?P<year>\d{2,4})\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\.?"
)
"""An intervention's stamp: ``• Feb/20/22 12:39:24 p.m.`` (a two-digit year)."""
_STAMP_RE = re.compile(_STAMP)


class SoVote(Site):
    """sovote.ca intervention pages."""

    name: ClassVar[str] = "sovote"
    title: ClassVar[str] = "sovote.ca"

    evidence: ClassVar[tuple[str, ...]] = ("sovote", "• Rabble!", "• Hear!", "• Watch")
    evidence_line: ClassVar[str] = _STAMP
    clutter: ClassVar[tuple[str, ...]] = (
        r"so\s?vote(?:\.ca)?",
        r"Decentralized\s+Democracy",
        r"(?:House|Senate)\s+Hansard\s*[-–—]\s*\d{1,4}",
        r"\d{1,2}(?:st|nd|rd|th)\s+Parl\.?\s+\d(?:st|nd|rd|th)\s+Sess\.?",
        r"[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s+\d{1,2}:\d{2}\s*[AP]M",
        r"[•·*]?\s*(?:Watch|Hear!?|Rabble!?|Share|Read\s+more|Context|Permalink|star_border|star)(?:\s*\d{1,6})?",
        r"[•·*]\s*Re\s*:.{1,200}",
        r"All\s+Topics",
        r"\d{1,6}\s+words?",
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^\s*(?P<month>[A-Z][a-z]+)\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\s+\d{1,2}:\d{2}\s*[AP]M\s*$",
        r"^\s*" + _STAMP + r"\s*$",
    )

    def read_facts(self, texts: Sequence[str]) -> SiteFacts:
        """The sitting's date is the first stamp's, whose year has two digits (``/22``); the
        House is Canada's, whatever the page's words."""
        facts = evolve(super().read_facts(texts), house="canada")
        if facts.date is not None and facts.date.startswith("00"):
            facts = evolve(facts, date="20" + facts.date[2:])
        return facts

    def read_lines(self, lines: Sequence[Line], house: House) -> list[ClassifiedLine | None]:
        """The site's furniture, and each intervention's stamp as a time stamp (in a
        speaker-less transcript, the start of a turn)."""
        known = super().read_lines(lines, house)
        stamps = [i for i, line in enumerate(lines) if _STAMP_RE.fullmatch(line.content.strip())]
        for i in stamps:
            known[i] = ClassifiedLine(lines[i], Kind.TIME)
        # Above the first stamp is the page's header (the House, the debate's title), no turn.
        for i in range(stamps[0] if stamps else 0):
            if known[i] is None and lines[i].content.strip():
                known[i] = ClassifiedLine(lines[i], Kind.BOILERPLATE)
        return known
