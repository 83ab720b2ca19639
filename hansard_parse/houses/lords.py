"""The House of Lords: what its record says differently from the Commons'.

Peers are labelled by title and territorial designation (``Lord Bach``, ``Baroness Gardner of
Parkes``, ``The Earl of Mar and Kellie``, ``The Lord Bishop of Ripon and Leeds``), the chair is
the Lord Speaker or a Deputy Speaker, speeches open ``My Lords,`` and members are ``the noble
Lord`` and ``the noble Baroness``. Everything not stated here is the Commons'.
"""

from __future__ import annotations

from typing import ClassVar

from .commons import Commons


class Lords(Commons):
    """The House of Lords (its Chamber, Grand Committee and written record)."""

    name: ClassVar[str] = "lords"
    title: ClassVar[str] = "House of Lords"

    evidence: ClassVar[tuple[str, ...]] = (
        "My Lords", "noble Lord", "noble Baroness", "noble and learned", "noble friend",
        "noble Friend", "noble Earl", "noble Viscount", "noble Lady", "noble Countess",
        "To ask Her Majesty's Government", "To ask Her Majesty’s Government",
    )  # fmt: skip
    evidence_line_starts: ClassVar[tuple[str, ...]] = (
        "Lord ", "Baroness ", "The Earl of ", "Viscount ", "The Lord Bishop of ", "The Countess of ",
    )  # fmt: skip
