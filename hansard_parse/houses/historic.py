"""Historic Hansard (the Commons' record from 1803 to 2005, as researchers copy it): what
its volumes print differently from today's Official Report.

Subjects and headings may end with a full stop (``QUESTIONS ANSWERED IN WRITING.``,
``Rosyth Dockyard.``); older volumes print surnames in capitals (``Mr. LANSBURY:``,
``Mr. M'KENNA:``), the chair as ``[MR. SPEAKER in the Chair]``, times with a middle dot
(``4·28 pm``) and the members' voice as ``HON. MEMBERS: Hear, hear.``. Reported questions
(``1. Mr. Douglas asked the Secretary of State …``), surname-first division lists and
unpadded times (``8.9 pm``) are read for every House, since the Commons printed them so too.
The nineteenth century's capitals and reported speech are read here (``MR. GLADSTONE said,``,
``THE CHANCELLOR OF THE EXCHEQUER (Mr. LLOYD GEORGE):``). The record is a variant of the
Commons, told from today's by the era's print alone (see :attr:`Historic.evidence_line`).
Everything not stated here is the Commons'.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import ClassVar

from .commons import Commons

_DECIMAL = r"\d·\d"
"""A decimal with a middle dot (``17·6 per cent.``)."""
_OFFICE_IN_CAPITALS = r"(?:The|THE)(?<=\b...)\s+(?:[A-Z]{2,}\s+){0,6}[A-Z]{3,}\s+\((?:Mr|Sir|Mrs|Dr|MR|SIR)\."
"""An office in capitals before the member (``The PRIME MINISTER (Mr. Harold Wilson)``,
``THE CHANCELLOR OF THE EXCHEQUER (Mr. LLOYD GEORGE)``); the boundary before ``The`` is
checked behind it, so that the pattern opens with a literal, which ``re`` scans for fast."""


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
        # a time stamp with a middle dot (``4·28 pm``); today's print cuts ``Division No. 45]``
        # from ``[4.15 pm`` by the column too, so those tell no era
        r"\[?\d{1,2}·\d{1,2}\s*[ap]\.?m\.?\]?"
        # a line that announces what follows with a colon and a dash (``Question put:—``,
        # ``The following Question stood upon the Order Paper:—``), as print has not since
        r"|.{1,200}:—"
        # a division list's name with its seat cut to fit the column (``Ainsworth, Robert
        # (Cov'try NE)``, ``Brown, N (N'c'tle upon Tyne E)``); today's lists print it whole
        r"|[A-Z][\w'’-]+,\s[^()\n]{1,40}\((?=[^()\n]*[A-Za-z]['’](?!s\b)[a-z])[^()\n]{1,40}\)"
        # the sitting's date with an ordinal (``Thursday, 6th July, 1961``)
        r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}(?:st|nd|rd|th)\s+[A-Z][a-z]+,?\s+\d{4}\.?"
        # a reported question with the title's full stop (``3. Mr. Proctor asked the …``)
        r"|(?:\d{1,3}\.\s+)?(?:Mr|Mrs|Dr|Sir|Captain|Major|Colonel|Commander)\.\s+[^:\n]{1,60}?\s+asked\s+"
        r"(?:the|my|Her|His)\s.*"
        # a surname in capitals (``Mr. M'KENNA:``, ``MR. GLADSTONE said,``, ``*MR. LOWE:``)
        r"|\*?(?:Mr|MR|Mrs|MRS|Sir|SIR|Dr|DR|Captain|CAPTAIN|Colonel|COLONEL)\.?\s+(?:[A-Z]\.\s+)*"
        r"[A-Z][A-Z'’-]+(?:[\s-][A-Z][A-Z'’-]+)*(?::|\s+(?:asked|said)\b).*"
    )
    """Lines only the era's print has: middle-dot times, ``:—`` before what follows, seats cut
    short in division lists, ordinal dates, reported questions, surnames in capitals."""
    evidence_pattern: ClassVar[str] = _DECIMAL + "|" + _OFFICE_IN_CAPITALS
    """The era's decimals and offices in capitals (see :meth:`pattern_marks`)."""

    @cached_property
    def _office_in_capitals_re(self) -> re.Pattern[str]:
        return re.compile(_OFFICE_IN_CAPITALS, re.MULTILINE)

    def pattern_marks(self, text: str) -> int:
        """The pattern's matches; in a text without a middle dot (today's record, every
        other House's), those of its offices alone: the decimal branch opens with a digit,
        which ``re`` would try at every character, and cannot match there."""
        if "·" in text:
            return super().pattern_marks(text)
        return len(self._office_in_capitals_re.findall(text))

    # --- labels: the nineteenth century's capitals and reported speech ----------------------
    titles: ClassVar[tuple[str, ...]] = (
        *Commons.titles,
        "MR", "MRS", "MISS", "SIR", "DR", "LORD", "VISCOUNT", "EARL", "CAPTAIN", "MAJOR",
        "COLONEL", "GENERAL", "ADMIRAL", "Admiral", "Commander", "COMMANDER", "Lieut",
        "LIEUT", "Lieut\\.-Colonel", "LIEUT\\.-COLONEL", "Marquess", "MARQUESS", "Alderman", "ALDERMAN",
    )  # fmt: skip
    """Titles as the era printed them: in capitals with the name (``MR. GLADSTONE``,
    ``COLONEL STANLEY``, ``SIR STAFFORD NORTHCOTE``), and the services' ranks."""
    office_words: ClassVar[tuple[str, ...]] = (
        *Commons.office_words,
        "SECRETARY", "MINISTER", "CHANCELLOR", "SOLICITOR", "ATTORNEY", "PAYMASTER", "LORD",
        "PRESIDENT", "TREASURER", "COMMISSIONER", "CHAIRMAN", "SPEAKER",
    )  # fmt: skip
    """Offices in capitals before the member (``THE CHANCELLOR OF THE EXCHEQUER (Mr. LLOYD
    GEORGE):``, ``The PRIME MINISTER (Mr. Harold Wilson):``)."""
    label_end: ClassVar[str] = r":|(?<=[A-Z]{2}|[\w.]\))\s+(?:said|replied),"
    """A colon, or the reported speech of the nineteenth century after a name in capitals
    (``MR. GLADSTONE said, he wished …``, ``COLONEL STANLEY replied, that …``); a name in
    mixed case that ``said,`` is running text (``Mr. Jenkins said, in 1983, …``)."""
    label_prefix: ClassVar[str] = r"\*\s*(?P<number>(?!))?"
    """The asterisk before a member who revised the speech (``*MR. LOWE:``): no number."""

    titles_end_with_stop: ClassVar[bool] = True
    collective_heads: ClassVar[tuple[str, ...]] = (
        *Commons.collective_heads,
        r"HON\.\s+MEMBERS",
        r"(?:SEVERAL|AN)\s+HON\.\s+MEMBERS?",
    )
    procedure: ClassVar[tuple[str, ...]] = (
        *Commons.procedure,
        r"(?:Mr|MR|Madam|MADAM)\.?\s+(?:Deputy\s+|DEPUTY\s+)?(?:Speaker|SPEAKER)\s+(?:took|resumed|left)\s+the\s+Chair",
    )
    business_headings: ClassVar[tuple[str, ...]] = (
        *Commons.business_headings,
        r"Questions\s+Answered\s+in\s+Writing",
        r"Written\s+Answers",
        r"Orders\s+of\s+the\s+Day",
        r"Private\s+Business",
    )
