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

    variant_of: ClassVar[str] = "commons"
    evidence: ClassVar[tuple[str, ...]] = (
        "HON. MEMBERS", "SPEAKER in the Chair]", "No, Sir.", "Yes, Sir.",
        "QUESTIONS ANSWERED IN WRITING", "HOUSE OF COMMONS", "HOUSE OF LORDS",
    )  # fmt: skip
    """The era's print: the chair and the members' voice in capitals, ``Sir`` in answers, the
    masthead in capitals (today's record prints ``House of Commons``)."""
    evidence_line: ClassVar[str] = (
        # a time stamp with a middle dot (``4·28 pm``), or cut by a column (``[7.13 pm``)
        r"\[?\d{1,2}·\d{1,2}\s*[ap]\.?m\.?\]?|\[\d{1,2}[.·]\d{1,2}\s*[ap]\.?m\.?"
        # a division's number cut from its time by the column (``Division No. 233]``)
        r"|Division\s+No\.\s*\d+\]\s*"
        # the sitting's date with an ordinal (``Thursday, 6th July, 1961``)
        r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}(?:st|nd|rd|th)\s+[A-Z][a-z]+,?\s+\d{4}\.?"
        # a reported question with the title's full stop (``3. Mr. Proctor asked the …``)
        r"|(?:\d{1,3}\.\s+)?(?:Mr|Mrs|Dr|Sir|Captain|Major|Colonel|Commander)\.\s+[^:\n]{1,60}?\s+asked\s+"
        r"(?:the|my|Her|His)\s.*"
        # a surname in capitals (``Mr. M'KENNA:``, ``MR. GLADSTONE said,``, ``*MR. LOWE:``)
        r"|\*?(?:Mr|MR|Mrs|MRS|Sir|SIR|Dr|DR|Captain|CAPTAIN|Colonel|COLONEL)\.?\s+(?:[A-Z]\.\s+)*"
        r"[A-Z][A-Z'’-]+(?:[\s-][A-Z][A-Z'’-]+)*(?::|\s+(?:asked|said)\b).*"
    )
    """Lines only the era's print has: middle-dot and column-cut times, the division number
    before its column break, ordinal dates, reported questions, surnames in capitals."""
    evidence_pattern: ClassVar[str] = (
        # a decimal with a middle dot (``17·6 per cent.``); an office in capitals before the
        # member (``The PRIME MINISTER (Mr. Harold Wilson)``, ``THE CHANCELLOR OF THE EXCHEQUER
        # (Mr. LLOYD GEORGE)``)
        r"\d·\d|\b(?:The|THE)\s+(?:[A-Z]{2,}\s+){0,6}[A-Z]{3,}\s+\((?:Mr|Sir|Mrs|Dr|MR|SIR)\."
    )
    evidence_weight: ClassVar[float] = 1.0

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
