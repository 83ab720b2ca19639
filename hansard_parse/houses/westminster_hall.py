"""Westminster Hall: the Commons' second chamber, and what its record says differently.

A sitting opens ``Westminster Hall`` with the day and ``[Mr Peter Bone in the Chair]``: a
member of the Panel of Chairs presides, labelled ``Mr Philip Hollobone (in the Chair):`` and
addressed by name (``It is a pleasure to serve under your chairmanship, Sir Gary``), never as
Mr Speaker. Each debate is a motion ``That this House has considered …``, moved by a
backbencher and answered by a Minister; the sitting is suspended for divisions in the House
(``Sitting suspended for a Division in the House.``) and its times are the Commons'
(``4.29 pm``). Everything not stated here is the Commons'.
"""

from __future__ import annotations

from typing import ClassVar

from .base import OpenerCue
from .committee import CHAIR_CALLED_BY_NAME
from .commons import Commons

_MEMBER = r"(?:Mr|Mrs|Ms|Miss|Sir|Dame|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
"""A member of the Panel of Chairs, as the chair line names them (``Dame Siobhain McDonagh``)."""


class WestminsterHall(Commons):
    """Westminster Hall, the Commons' sittings in parallel with the chamber."""

    name: ClassVar[str] = "westminster-hall"
    title: ClassVar[str] = "Westminster Hall"

    variant_of: ClassVar[str] = "commons"
    evidence: ClassVar[tuple[str, ...]] = (
        "Westminster Hall", "under your chairmanship", "for a Division in the House",
        "this House has considered",
    )  # fmt: skip
    """The Hall's name, its greeting to the chair, its suspensions, and the motion every one
    of its debates moves (the chamber's general debates move it too; its Speaker tells)."""
    evidence_line: ClassVar[str] = r"\[" + _MEMBER + r"\s+in\s+the\s+Chair\]"
    """The chair line names a member (``[Sir Gary Streeter in the Chair]``), where the
    chamber's names the Speaker."""
    evidence_line_needs: ClassVar[str] = r"Chair\]"
    evidence_branches: ClassVar[tuple[str, ...]] = (
        # the chair's label (``Mr Philip Hollobone (in the Chair):``)
        r"\(in\s+the\s+Chair\):",
        # the chair called by name (``…, Ms Nokes.``), as the chamber never calls its Speaker
        CHAIR_CALLED_BY_NAME,
    )
    evidence_pattern: ClassVar[str] = "|".join(evidence_branches)
    """The chair's label or the chair called by name: a match of one holds no ``(``, one of
    the other no comma, so no two overlap."""
    contrary_branches: ClassVar[tuple[str, ...]] = (
        r"the(?<=\bthe)\s+Committee\b", r"Mr(?<=\bMr)\.?\s+(?:Deputy\s+)?Speaker\b",
        r"Madam(?<=\bMadam)\s+(?:Deputy\s+)?Speaker\b", r"Deputy(?<=\bDeputy)\s+Speaker\b",
        r"read(?<=\bread)\s+a\s+(?:Second|Third)\s+time\b", r"move(?<=\bmove)\s+amendment\s+\d+",
    )  # fmt: skip
    contrary: ClassVar[str] = "|".join(contrary_branches)
    """A committee's sitting (``the Committee``, amendments moved) or the chamber's (its
    Speaker, a bill's readings): business Westminster Hall does not take. Each branch opens
    with its literal, the word boundary checked behind it, as in the committee's."""

    business_headings: ClassVar[tuple[str, ...]] = (*Commons.business_headings, r"Westminster\s+Hall")

    openers: ClassVar[tuple[OpenerCue, ...]] = (
        *Commons.openers,
        # Every speech opens by greeting the chair; the Commons' speech openers read ``It is a
        # pleasure to serve``, the Hall's other forms are its own (``It is an honour to serve
        # under your chairmanship, Sir Gary``, ``It is a real pleasure …``).
        OpenerCue(
            r"^It is (?:a real pleasure|an honour|a genuine pleasure) to serve under your chairmanship\b",
            3.0, "", '"serve under your chairmanship"', "I",
        ),
    )
