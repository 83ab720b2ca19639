"""OpenAustralia (openaustralia.org.au): Australia's Hansard as that site shows it.

A page opens with the site's name, the chamber (``House debates``, ``Senate debates``) and
the sitting's date. Each turn opens with its time on a line of its own (``9:54 am``), then
the speaker's photo caption run into the name and what the site knows of them, and the
sharing links: ``Photo of Anthony AlbaneseAnthony Albanese (Grayndler, Australian Labor
Party, Leader of the House) Share this | | Hansard source``: the electorate (a senator's
state), the party, any office. Where the record gives no name a stray ``():`` is left.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from ..houses.base import alternation
from .base import LabelShape, Site

_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME = r"[" + _UPPER + r"][\w'’.-]*(?:\s+(?:[" + _UPPER + r"][\w'’.-]*|de|di|van|von|la|le)){1,5}"
_SHARE = r"(?:\s*Share\s+this\s*(?:\|\s*)*(?:Hansard\s+source)?)"
"""The sharing links after a speaker's name."""
_PARTIES = (
    "Australian Labor Party", "Liberal Party", "National Party", "The Nationals", "Nationals",
    "Australian Greens", "Independent", "Country Liberal Party", "Liberal National Party",
    "Pauline Hanson's One Nation Party", "Katter's Australian Party", "Centre Alliance",
    "Jacqui Lambie Network", "United Australia Party", "Australian Democrats",
    "Family First Party", "Nick Xenophon Team", "Democratic Labor Party",
)  # fmt: skip
_PARTY_RE = re.compile(alternation(tuple(re.escape(p) for p in _PARTIES)))


class OpenAustralia(Site):
    """openaustralia.org.au debate pages."""

    name: ClassVar[str] = "openaustralia"
    title: ClassVar[str] = "OpenAustralia"

    evidence: ClassVar[tuple[str, ...]] = (
        "OpenAustralia", "Share this | | Hansard source", "Share this | Hansard source",
    )  # fmt: skip
    clutter: ClassVar[tuple[str, ...]] = (
        r"OpenAustralia(?:\.org(?:\.au)?)?",
        r"\(\s*\)\s*:?",
        r"Share\s+this\s*(?:\|\s*)*(?:Hansard\s+source)?",
        r"Hansard\s+source",
        r"Link\s+to\s+this(?:\s+speech)?",
        r"(?:Previous|Next)\s+(?:debate|speech)",
        r"(?:House|Senate)\s+debates",
        r"Speakers?\s+in\s+this\s+debate",
    )
    labels: ClassVar[tuple[LabelShape, ...]] = (
        LabelShape(
            r"Photo\s+of\s+(?P<name>" + _NAME + r")\s*(?P=name)\s*\((?P<details>[^()\n]{1,250})\)"
            + _SHARE + r"?"
        ),
        LabelShape(r"(?P<name>" + _NAME + r")\s*\((?P<details>[^()\n]{1,250})\)" + _SHARE),
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^(?P<house>House|Senate)\s+debates\s*$",
        r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
        r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
        r"\s+(?P<year>\d{4})\s*$",
    )
    house_names: ClassVar[Mapping[str, str]] = {"House": "australia", "Senate": "australia-senate"}
    parties: ClassVar[tuple[str, ...]] = _PARTIES
    chair_offices: ClassVar[tuple[str, ...]] = (
        *Site.chair_offices,
        r"(?:Deputy[- ])?President\b.*",
        r"(?:Deputy\s+)?Chair(?:man)?\s+of\s+Committees.*",
    )
    layout: ClassVar[str | None] = "web"

    def read_details(
        self, details: str, office: str | None, constituency: str | None, party: str | None
    ) -> tuple[str | None, str | None, str | None]:
        """``Grayndler, Australian Labor Party, Leader of the House``: the electorate (or a
        senator's state) first, then the party where the site names one, then any office."""
        parts = [" ".join(part.split()) for part in details.split(",")]
        constituency = parts.pop(0) or constituency
        offices = []
        for part in parts:
            if party is None and _PARTY_RE.fullmatch(part):
                party = part
            elif part:
                offices.append(part)
        return ", ".join(offices) or office, constituency, party
