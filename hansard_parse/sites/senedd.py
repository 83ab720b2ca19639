"""The Senedd's Record of Proceedings pages (record.senedd.wales), as a reader copies them.

A page opens with the site's furniture (``Record of Proceedings``, the language switch, the
meeting and its date ``Plenary 12/03/2024``, the masthead ``Y Cyfarfod Llawn``, a note on the
bilingual columns). The speakers' names are pictures and links that a copy loses, so the
text is a speaker-less transcript a paragraph a line: tabled questions
(``1. What assessment …? OQ61074``), answers that open ``Diolch, Llywydd.``, the Llywydd's
calls; its headings (the agenda's items, a question's subject above it) are read as the
Record's. Where a copy keeps the names, they are the Record's own labels.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import ClassVar

from attrs import evolve

from ..classify import ClassifiedLine, Kind
from ..houses import House
from ..patterns import TERMINAL_PUNCT
from ..source import Line
from .base import Site, SiteFacts

_DATE = r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"


class Senedd(Site):
    """record.senedd.wales (formerly record.assembly.wales) pages."""

    name: ClassVar[str] = "senedd"
    title: ClassVar[str] = "The Senedd's Record of Proceedings"

    evidence: ClassVar[tuple[str, ...]] = (
        "Record of Proceedings", "Cofnod y Trafodion", "record.senedd.wales", "record.assembly.wales",
        "In the bilingual version",
    )  # fmt: skip
    """The site's own words (the Record's own, ``The Senedd met …`` and the masthead ``Y
    Cyfarfod Llawn``, are the House's)."""
    clutter: ClassVar[tuple[str, ...]] = (
        r"(?:Cymraeg|English|Bilingual|Dwyieithog)",
        r"Senedd\s+Cymru(?:\s*[|/–-]\s*Welsh\s+Parliament)?",
        r"(?:Record\s+of\s+Proceedings|Cofnod\s+y\s+Trafodion)",
        r"In\s+the\s+bilingual\s+version,.{0,300}",
        r"(?:Download|View)\s+(?:the\s+)?(?:XML|PDF|Record|transcript|video|webcast).{0,80}",
        r"Senedd\.?\s*TV.{0,80}",
        r"(?:Previous|Next)\s+(?:item|contribution|meeting)",
        r"Back\s+to\s+top",
        r"Filter\s+by.{0,80}",
    )
    facts: ClassVar[tuple[str, ...]] = (
        r"^(?P<house>Plenary|Y\s+Cyfarfod\s+Llawn)(?:\s*[-–—]?\s*" + _DATE + r")?\s*$",
        # the meeting's date alone on its line under the masthead: ``Wednesday, 15 May 2024``
        r"^(?:[A-Z][a-z]+day,?\s+)?(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})\s*$",
    )

    def read_facts(self, texts: Sequence[str]) -> SiteFacts:
        """The meeting's date; the House is the Senedd on every page of its site."""
        return evolve(super().read_facts(texts), house="wales")

    def read_lines(self, lines: Sequence[Line], house: House) -> list[ClassifiedLine | None]:
        """The site's furniture; and, since a page without names is read as a transcript
        that keeps no headings of its own, the Record's headings: the agenda's items
        (``2. Business Statement and Announcement``) and a question's subject, the short
        line straight above a tabled question, unless the page has it alone on another line
        too: that is the asker's name kept by the copy (``Sam Kurtz`` above ``1. Will …``)."""
        known = super().read_lines(lines, house)
        texts = [line.content.strip() for line in lines]
        repeated = {text for text, count in Counter(texts).items() if text and count > 1}
        for i, text in enumerate(texts):
            if known[i] is not None or not text or len(text) > 150 or text[-1] in TERMINAL_PUNCT:
                continue
            if text in repeated:
                continue  # a name standing alone again and again is a speaker; a subject is once
            following = next((t for t in texts[i + 1 : i + 3] if t), "")
            if house.business_heading_re.match(text) or (
                len(text.split()) <= 12 and house.unlabelled_question_re.match(following)
            ):
                known[i] = ClassifiedLine(lines[i], Kind.HEADING)
        return known
