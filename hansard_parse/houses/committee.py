"""Public Bill Committees (and select committees taking evidence): what their reports say
differently from the Commons'.

A committee's report opens with its membership, one member a line (``† Baron, Mr. John
(Billericay) (Con)``), its chairmen (``Chairmen: Mr. Martin Caton, † Robert Key``), its
clerks and the key to the dagger (``† attended the Committee``): a member list, not headings.
The chair is ``The Chairman:``; the bill is taken clause by clause (``Clause 4``, then the
clause's title); written evidence is listed by memorandum (``CP 10 Equality and Human Rights
Commission``). Evidence sessions number their questions, ``Q12 Mr Gauke:``. Everything not
stated here is the Commons'.
"""

from __future__ import annotations

from typing import ClassVar

from .base import OpenerCue
from .commons import Commons

CHAIR_CALLED_BY_NAME = (
    r",\s(?:Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+(?!Speaker\b|Deputy\b|Chairman\b)[A-Z][\w'’-]+(?=[.,!?—;:])"
)
"""The chair called by name (``…, Mr Key.``), as the chamber never calls its Speaker: a mark
of a committee's sitting and of Westminster Hall's (one pattern, counted once for both)."""


class Committee(Commons):
    """A Public Bill Committee (or a select committee's oral evidence)."""

    name: ClassVar[str] = "committee"
    title: ClassVar[str] = "Public Bill Committee"

    variant_of: ClassVar[str] = "commons"
    evidence: ClassVar[tuple[str, ...]] = (
        "Public Bill Committee", "The Committee consisted of the following Members",
        "attended the Committee", "Committee Clerks", "The Chairman:", "stand part of the Bill",
        "Examination of Witnesses", "Witnesses:", "Minutes of Evidence",
        # the body a member speaks to, and its chair, where the chamber's is ``the House``
        "the Committee", "Mr Chairman", "Mr. Chairman", "Madam Chairman", "under your chairmanship",
    )  # fmt: skip
    evidence_line_starts: ClassVar[tuple[str, ...]] = ("† ",)
    evidence_line: ClassVar[str] = r"[ \t]*Q\d{1,4}\s+[^:\n]{2,80}:\s.*"
    """A question of an evidence session, numbered without a stop (``Q12 Mr Gauke: …``), as
    printed or indented as a publications page sets it."""
    evidence_branches: ClassVar[tuple[str, ...]] = (
        CHAIR_CALLED_BY_NAME,
        # an amendment moved in committee is cited by its clause (at report, by page and line)
        r"move(?<=\bmove)\s+amendment\s+\d+[A-Z]*,\s+in\s+(?:clause|schedule)\b",
    )
    evidence_pattern: ClassVar[str] = "|".join(evidence_branches)
    """The chair called by name, or an amendment cited by its clause. The boundary before
    ``move`` is checked behind it, so that both branches open with a literal and ``re`` tries
    only where one of them stands (every variant's pattern runs over every Commons sample).
    A match of one cannot overlap one of the other: the first holds no ``move``, and the
    second's only comma is followed by ``in``, never a title."""
    evidence_line_needs: ClassVar[str] = r"Q\d"
    contrary_branches: ClassVar[tuple[str, ...]] = (
        r"the(?<=\bthe)\s+House\b(?!\s+of\b)", r"this(?<=\bthis)\s+House\b(?!\s+of\b)",
        r"Mr(?<=\bMr)\.?\s+(?:Deputy\s+)?Speaker\b", r"Madam(?<=\bMadam)\s+(?:Deputy\s+)?Speaker\b",
        r"Deputy(?<=\bDeputy)\s+Speaker\b", r"read(?<=\bread)\s+a\s+(?:Second|Third)\s+time\b",
        r"move(?<=\bmove)\s+amendment\s+\d+[A-Z]*,\s+page\b", r"Westminster(?<=\bWestminster)\s+Hall\b",
    )  # fmt: skip
    contrary: ClassVar[str] = "|".join(contrary_branches)
    """The chamber's own sitting (or Westminster Hall's): the House addressed (not ``the House
    of Commons``, a name), its Speaker, a bill read a second or third time, an amendment cited
    by page and line as at report. Each branch opens with its literal (the word boundary
    before it checked behind), so that ``re`` tries only where one of them stands: the
    margin counts these over every Commons sample."""

    member_list: ClassVar[tuple[str, ...]] = (
        r"The\s+Committee\s+consisted\s+of\b",
        r"†",
        r"Chairm[ae]n:\s",
        # ``Baron, Mr. John (Billericay) (Con)``: a surname, a comma, a name, then brackets
        r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s+(?:[A-Z][\w.'’-]*\s+){1,4}\([^()\n]{2,80}\)"
        r"(?:\s*\([^()\n]{1,20}\))?\s*$",
        r"(?:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+)+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+Committee\s+Clerks?\s*$",
    )
    procedure: ClassVar[tuple[str, ...]] = (
        *Commons.procedure,
        # a memorandum of written evidence: ``CP 10 Equality and Human Rights Commission``
        r"[A-Z]{2,4}\s+\d{1,3}\s+[A-Z]",
        r"The\s+Chairman\s+adjourned\s+the\s+Committee",
        r"Adjourned\s+till\b",
        r"(?:Examination\s+of\s+)?Witness(?:es)?\s*:",
    )

    openers: ClassVar[tuple[OpenerCue, ...]] = (
        *Commons.openers,
        # Members address the chair (``Mr Chairman, …``) as they open.
        OpenerCue(r"^(?:Mr\.?|Madam) Chairman,", 3.0, "", '"Mr Chairman,"', "M"),
        # A member's first words in a sitting greet the chair by name (``Good morning, Mr.
        # Key.``), before the speech proper.
        OpenerCue(
            r"^Good (?:morning|afternoon)(?:,? (?:Mr|Mrs|Ms|Miss|Sir|Dame)\b|,? Chairman\b|\.)",
            4.0, "", '"Good morning, Mr …"', "G",
        ),
    )
