"""Historic Hansard (the Commons' record from 1803 to 2005, as researchers copy it): what
its volumes print differently from today's Official Report.

Subjects and headings may end with a full stop (``QUESTIONS ANSWERED IN WRITING.``,
``Rosyth Dockyard.``); older volumes print surnames in capitals (``Mr. LANSBURY:``,
``Mr. M'KENNA:``), the chair as ``[MR. SPEAKER in the Chair]``, times with a middle dot
(``4·28 pm``) and the members' voice as ``HON. MEMBERS: Hear, hear.``. Reported questions
(``1. Mr. Douglas asked the Secretary of State …``), surname-first division lists and
unpadded times (``8.9 pm``) are read for every House, since the Commons printed them so too.
Everything not stated here is the Commons'.
"""

from __future__ import annotations

from typing import ClassVar

from .commons import Commons


class Historic(Commons):
    """The historic Commons record (1803–2005)."""

    name: ClassVar[str] = "historic"
    title: ClassVar[str] = "House of Commons (historic)"

    evidence: ClassVar[tuple[str, ...]] = (
        "HON. MEMBERS", "MR. SPEAKER", "Mr. SPEAKER", "No, Sir.", "Yes, Sir.",
        "QUESTIONS ANSWERED IN WRITING", "ORAL ANSWERS TO QUESTIONS", "WRITTEN ANSWERS",
    )  # fmt: skip
    evidence_line: ClassVar[str] = r"\[?\d{1,2}·\d{1,2}\s*[ap]\.?m\.?\]?"
    """A time stamp with a middle dot (``4·28 pm``): the era's print, where the Assembly's
    ``0·5%`` is a decimal inside a sentence."""
    evidence_weight: ClassVar[float] = 8.0
    """The era's marks are few per page (a time stamp, a chair note) against the Commons'
    ``hon.`` in every speech, and the historic House shares all of the Commons' words."""

    titles_end_with_stop: ClassVar[bool] = True
    collective_heads: ClassVar[tuple[str, ...]] = (
        *Commons.collective_heads,
        r"HON\.\s+MEMBERS",
        r"(?:SEVERAL|AN)\s+HON\.\s+MEMBERS?",
    )
    business_headings: ClassVar[tuple[str, ...]] = (
        *Commons.business_headings,
        r"Questions\s+Answered\s+in\s+Writing",
        r"Written\s+Answers",
        r"Orders\s+of\s+the\s+Day",
        r"Private\s+Business",
    )
