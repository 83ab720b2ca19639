"""New Zealand's House of Representatives: what its Hansard says differently from Westminster's.

Ministers are labelled with the name in capitals and the office (``Hon KIRITAPU ALLAN
(Minister of Conservation):``, ``Rt Hon JACINDA ARDERN (Prime Minister):``), then ``Hon
KIRITAPU ALLAN:``; debate speakers in capitals with party and electorate (``JOSEPH MOONEY
(National—Southland):``); other members in mixed case (``Mark Cameron:``, ``Tāmati
Coffey:``). The chair has no article (``SPEAKER:``, ``ASSISTANT SPEAKER (Hon X):``). Oral
questions are numbered and put to a minister in the label (``1. MARK CAMERON (ACT) to the
Minister of Conservation: Does she …``) under ``Question No. 1—Conservation``; the turns after
the minister's answer are supplementaries, and a point of order is a turn of its own.
Everything not stated here is Westminster's.
"""

from __future__ import annotations

from typing import ClassVar

from .commons import Commons

_PARTY = (
    r"(?:NZ\s+)?(?:National|Labour|ACT|Green|First|Alliance|Progressive|United\s+Future)"
    r"|Te\s+Pāti\s+Māori|M[āâa]ori\s+Party|Green\s+Party"
)
"""A party as a label names it; the record of the early 2000s prefixed some (``NZ Labour``)."""


class NewZealand(Commons):
    """The House of Representatives of New Zealand."""

    name: ClassVar[str] = "new-zealand"
    title: ClassVar[str] = "House of Representatives (New Zealand)"

    # Westminster's phrases count too (``Mr Speaker``), so that New Zealand's own decide.
    evidence: ClassVar[tuple[str, ...]] = (
        *Commons.evidence, "[Interruption]", "QUESTIONS TO MINISTERS",
        ") to the Minister", ") to the Prime Minister", ") to the Associate Minister",
        ": Point of order.", "Te Pāti Māori", "(National—", "(Labour—", "(Green—", "(ACT—",
        "(NZ First—", "ASSISTANT SPEAKER", "DEPUTY SPEAKER:",
        # as news sites copy the record: the chair in capitals, a space before the colon
        "Mr SPEAKER", "Madam SPEAKER", "SPEAKER :", "—[Interruption]—", "New Zealand Parliament",
    )  # fmt: skip
    evidence_line_starts: ClassVar[tuple[str, ...]] = ("Hon ", "SPEAKER:", "DEPUTY SPEAKER:", "Question No. ")
    """The chair's labels count where they open a line, as New Zealand writes them with no
    title: ``Mr. SPEAKER:`` is the historic Commons' chair."""

    # --- labels ------------------------------------------------------------------------------
    titles: ClassVar[tuple[str, ...]] = (*Commons.titles, "Hon")
    capital_names: ClassVar[bool] = True
    chair_heads: ClassVar[tuple[str, ...]] = (
        *Commons.chair_heads,
        r"(?:Mr\s+|Madam\s+)?(?:Deputy\s+|Assistant\s+)?Speaker",
        r"(?:The\s+)?Clerk(?:\s+of\s+the\s+House)?",
        r"(?:The\s+)?Chairperson",
    )
    parties: ClassVar[tuple[str, ...]] = (
        *Commons.parties, _PARTY,
    )  # fmt: skip
    bracket_parts: ClassVar[str] = (
        r"(?P<party>" + _PARTY + r")\s*(?:[—–]|--?)\s*(?P<seat>.+)"
        r"|(?P<office>(?:Associate\s+|Deputy\s+)?(?:Prime\s+Minister|Minister|Attorney-General"
        r"|Leader\s+of\s+the\s+House)\b.*)"
    )
    label_addressee: ClassVar[str] = (
        r"\s+to\s+the\s+(?:Associate\s+)?(?:Prime\s+Minister|Minister|Attorney-General)[^:()\n]{0,120}"
    )

    # --- headings ----------------------------------------------------------------------------
    fixed_headings: ClassVar[tuple[str, ...]] = (r"Question\s+No\.\s*\d{1,3}\s*[—–-]\s*\S",)
    business_headings: ClassVar[tuple[str, ...]] = (
        *Commons.business_headings,
        r"Oral\s+Questions",
        r"Questions\s+to\s+Ministers",
        r"Questions\s+to\s+Members",
        r"General\s+Debate",
        r"Sitting\s+date",
    )

    # --- turns ---------------------------------------------------------------------------------
    point_of_order: ClassVar[str] = (
        r"(?:(?:On\s+a|I\s+raise\s+a|I\s+seek\s+a)\s+)?point\s+of\s+order\b"
    )
