"""The Northern Ireland Assembly: what its Official Report says differently from the Commons'.

The chair is the Speaker (``Mr Speaker:``, ``Mr Deputy Speaker:``) as in the Commons; a
committee's chairperson speaks with the office and the person in brackets (``The Chairperson
of the Committee on Procedures (Lord Morrow):``). Members are labelled by name alone
(``Jim Shannon:``). Listed questions are reported, not labelled: ``1. Paul Maskey asked the
Minister of Health … (AQO 187/10)``. Members often open in Irish (``Go raibh maith agat, a
Cheann Comhairle``). Everything not stated here is the Commons'.
"""

from __future__ import annotations

from typing import ClassVar

from .base import OpenerCue
from .commons import Commons


class NorthernIreland(Commons):
    """The Northern Ireland Assembly (its plenary sittings and Question Time)."""

    name: ClassVar[str] = "northern_ireland"
    title: ClassVar[str] = "Northern Ireland Assembly"

    evidence: ClassVar[tuple[str, ...]] = (
        "Go raibh maith agat", "Go raibh míle maith agat", "Ceann Comhairle", "The Assembly met",
        "the Assembly", "Chairperson of the Committee", "deputy First Minister",
        "Principal Deputy Speaker", "Members' Statements", "Members’ Statements",
    )  # fmt: skip
    evidence_pattern: ClassVar[str] = r"AQ(?<=\bAQ)[OWTA]\s*\d{1,5}/\d{2}\b"
    """The Assembly's question references (``AQO 187/10``, ``AQW 1234/17-22``, ``AQT 5/16``),
    with or without their brackets; ``deputy First Minister`` is the Executive's joint office,
    lower-case as nowhere else. The word boundary is checked behind ``AQ``, so that the
    pattern opens with a literal, which ``re`` scans for fast."""
    question_reference: ClassVar[str] = r"\((?P<uin>AQ[OWTA]\s*\d{1,5}/\d{2}(?:-\d{2})?)\)"
    """A listed question's reference after it (``… (AQO 187/10)``, ``(AQW 1234/17-22)``)."""
    formulas: ClassVar[tuple[str, ...]] = (
        r"(?!(?:The|This|That|It|He|She|They|We|I)\s)(?:[A-Z][\w’'.-]*\s+){1,4}asked\s+the\s+"
        r"(?:Minister|First\s+Minister|deputy\s+First\s+Minister|Assembly\s+Commission)\b",
    )
    """A listed question as the record reports it (``Paul Maskey asked the Minister of Health
    … where ME patients are being treated``): in a speaker-less transcript, the order-paper
    formula of the Assembly's Question Time."""
    chair_heads: ClassVar[tuple[str, ...]] = (
        *Commons.chair_heads,
        r"(?:Mr|Madam)\.?\s+Principal\s+Deputy\s+Speaker",
        r"The\s+Principal\s+Deputy\s+Speaker",
    )

    office_words: ClassVar[tuple[str, ...]] = (*Commons.office_words, "Chairperson")
    collective_heads: ClassVar[tuple[str, ...]] = (
        *Commons.collective_heads,
        r"(?:A|Some|Several)\s+Members?",
    )

    procedure: ClassVar[tuple[str, ...]] = (
        *Commons.procedure,
        r"The\s+Assembly\s+(?:met|adjourned|divided|suspended|resumed)",
        r"The\s+sitting\s+was\s+(?:suspended|resumed)",
        r"The\s+following\s+motions?\s+stood\s+in\s+the\s+Order\s+Paper",
        r"Members\s+observed",
    )
    motion_body: ClassVar[str] = r"That\s+(?:this\s+Assembly|the\s+Assembly|leave|the\s|an?\s|[A-Z])"
    business_headings: ClassVar[tuple[str, ...]] = (
        *Commons.business_headings,
        r"Assembly\s+Business",
        r"Executive\s+Committee\s+Business",
        r"Committee\s+Business",
        r"Private\s+Members['’]\s+Business",
        r"Ministerial\s+Statements?",
    )

    openers: ClassVar[tuple[OpenerCue, ...]] = (
        *Commons.openers,
        # Members open in Irish, thanking the chair (``Go raibh maith agat, a Cheann Comhairle``).
        OpenerCue(r"^Go raibh (?:míle )?maith agat\b", 4.0, "", '"Go raibh maith agat"', "G"),
        # the chair addressed (``Mr Speaker,``, ``Madam Principal Deputy Speaker,``)
        OpenerCue(r"^(?:Mr|Madam) (?:Principal )?(?:Deputy )?Speaker,", 3.0, "", '"Mr Speaker,"', "M"),
    )
    house_words: ClassVar[frozenset[str]] = Commons.house_words | frozenset({
        "Assembly", "Executive", "Chairperson", "Ceann", "Comhairle", "Go", "Department",
    })  # fmt: skip
