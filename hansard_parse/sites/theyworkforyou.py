"""TheyWorkForYou (mySociety's copy of the record): a debate page as a reader copies it.

A page opens with its title and ``– in the House of Commons at 10:31 am on 21 April 2022.``
(the House, the time the debate began and the sitting's date) and ``Alert me about debates
like this``. Each turn opens with the speaker's photo caption run into the name and what the
site knows of them: ``Photo of Mark Spencer Mark Spencer Lord President of the Council and
Leader of the House of Commons`` (the name twice, then an office, or a party and seat), now
and then with the turn's time (``9:00 am, 8th September 2011``). The Scottish Parliament's
pages carry no photo: the name alone on a line, its party on the next (``Douglas Ross`` /
``Conservative``), or the chair's office (``The Presiding Officer``). Each speech ends in links (``Link to this speech``, ``In context``,
``Hansard source (Citation: HC Deb, 21 April 2022, c1)``), which are furniture.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import ClassVar

from ..classify import ClassifiedLine, Kind
from ..houses import House
from ..houses.base import alternation
from ..source import Line
from .base import LabelShape, Site, next_text, plain_spaces, reads_as_title

_DAY_MONTH_YEAR = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})"
_CHAMBERS = r"(?P<house>House\s+of\s+Commons|House\s+of\s+Lords|Westminster\s+Hall|Scottish\s+Parliament|Senedd|Northern\s+Ireland\s+Assembly)"
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|van|von|du|le|la|the)){1,6}"
"""A member's name as the site writes it (``Baroness Smith of Basildon``, ``Douglas Ross``)."""
_TITLE = r"(?:Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Rt\.?\s+Hon\.?|Professor)"
"""A title the caption or the name may carry and the other not (``Photo of Sir Lindsay
Hoyle Lindsay Hoyle``): the name is what both share."""
_PHOTO_LABEL = (
    r"Photo\s+of\s+(?:" + _TITLE + r"\s+)??(?P<name>" + _NAME + r")\s+(?:" + _TITLE + r"\s+)??(?P=name)"
    r"(?:,?\s+(?P<details>.+?))??"
)
"""The photo's caption, the name, then an office, or a party and seat."""
_TURN_TIME = r"(?P<time>\d{1,2}:\d{2}\s*[ap]\.?m\.?),\s+" + _DAY_MONTH_YEAR
"""When the turn began (``9:00 am, 8th September 2011``), after the label or on the next line."""
_SCOTTISH_PARTIES = (
    "Scottish Conservative and Unionist Party", "Scottish Labour", "Scottish Liberal Democrats",
    "Scottish Green Party", "Scottish National Party", "Conservative", "Labour",
    "Liberal Democrat", "Liberal Democrats", "Scottish Greens", "Green", "Alba Party",
    "Independent", "No Party Affiliation", "SNP", "Reform UK",
)  # fmt: skip
_PHOTO_ALONE = re.compile(r"Photo\s+of\s+(?:" + _TITLE + r"\s+)?(?P<name>" + _NAME + r")")
"""A photo's caption copied onto a line of its own, the name and details on the lines below."""
_LEADING_TITLE = re.compile(_TITLE + r"\s+")
_SCOTTISH_CHAIRS = r"(?:The\s+)?(?:Deputy\s+)?(?:Presiding\s+Officer|Convener)"
"""The chair's office, which the line under the name gives in place of a party."""


class TheyWorkForYou(Site):
    """theyworkforyou.com debate pages."""

    name: ClassVar[str] = "theyworkforyou"
    title: ClassVar[str] = "TheyWorkForYou"

    evidence: ClassVar[tuple[str, ...]] = (
        "Alert me about debates like this", "TheyWorkForYou", "Link to this speech",
        "Hansard source (Citation:", "Share this specific contribution",
    )  # fmt: skip
    evidence_line: ClassVar[str] = (
        r"[–-]\s+in\s+(?:the\s+)?" + _CHAMBERS + r"\s+at\s+.{4,60}"
        r"|Photo\s+of\s+(?:" + _TITLE + r"\s+)?(?P<twice>\S+(?:\s+\S+){1,3})\s+(?:" + _TITLE + r"\s+)?"
        r"(?P=twice)(?:\s.*)?"
    )
    """The page's statement of where and when, or a photo caption run into the name it
    shows (``Photo of Jane Doe Jane Doe …``), which no record prints."""

    clutter: ClassVar[tuple[str, ...]] = (
        r"Alert\s+me\s+about\s+debates\s+like\s+this",
        r"Link\s+to\s+this\s+speech",
        r"In\s+context",
        r"Individually",
        r"Hansard\s+source(?:\s*\(Citation:.{0,80}\))?",
        r"Share\s+this\s+specific\s+contribution",
        r"(?:Previous|Next)\s+debate",
        r"(?:Previous|Next)\s+speech",
        r"Speakers?\s+in\s+this\s+debate",
        r"\d+\s+(?:people|person)\s+(?:have|has)\s+annotated\s+.{0,80}",
        r"Photo\s+of\s+" + _NAME,
        r"(?:Search\s+)?TheyWorkForYou",
        r"Debates?\s*(?:›|>|/).{0,200}",
    )
    labels: ClassVar[tuple[LabelShape, ...]] = (
        LabelShape(_PHOTO_LABEL, then=_TURN_TIME),
        LabelShape(_PHOTO_LABEL + r"(?:,?\s+" + _TURN_TIME + r")?"),
        LabelShape(
            r"(?P<name>" + _NAME + r")",
            then=r"(?P<details>(?:[A-Z][\w ,'’-]{0,80},\s+)?"
            + alternation((*(re.escape(party) for party in _SCOTTISH_PARTIES), _SCOTTISH_CHAIRS))
            + r")",
        ),
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^[–-]\s+in\s+(?:the\s+)?" + _CHAMBERS + r"\s+at\s+(?P<time>\d{1,2}:\d{2}\s*[ap]\.?m\.?)"
        r"\s+on\s+" + _DAY_MONTH_YEAR + r"\.?\s*$",
    )
    house_names: ClassVar[Mapping[str, str]] = {
        "House of Commons": "commons", "House of Lords": "lords", "Westminster Hall": "westminster-hall",
        "Scottish Parliament": "scotland", "Northern Ireland Assembly": "northern_ireland",
    }  # fmt: skip
    parties: ClassVar[tuple[str, ...]] = (*Site.parties, *_SCOTTISH_PARTIES)
    layout: ClassVar[str | None] = "web"

    def read_lines(self, lines: Sequence[Line], house: House) -> list[ClassifiedLine | None]:
        """The site's readings, and a caption a copy broke into three lines: ``Photo of Jane
        Doe`` (furniture), ``Jane Doe`` (the label), then ``Labour, Anytown`` or an office
        (what the one-line caption gives after the name; furniture of the label)."""
        known = super().read_lines(lines, house)
        for i, read in enumerate(known):
            if read is None or read.kind is not Kind.BOILERPLATE or "Photo" not in lines[i].content:
                continue
            photo = _PHOTO_ALONE.fullmatch(plain_spaces(lines[i].content.strip()))
            name_at = next_text(lines, i) if photo is not None else None
            details_at = next_text(lines, name_at) if name_at is not None else None
            if photo is None or name_at is None or details_at is None:
                continue
            name = " ".join(lines[name_at].content.split())
            details = " ".join(lines[details_at].content.split())
            if (
                known[name_at] is not None
                or known[details_at] is not None
                or _LEADING_TITLE.sub("", name) != _LEADING_TITLE.sub("", photo["name"])
                or not reads_as_title(details)
            ):
                continue
            label = self.read_label(
                {"name": name, "details": details}, name, house, len(lines[name_at].content)
            )
            if label is not None:
                known[name_at] = ClassifiedLine(lines[name_at], Kind.SPEAKER, label)
                known[details_at] = ClassifiedLine(lines[details_at], Kind.BOILERPLATE)
        return known
