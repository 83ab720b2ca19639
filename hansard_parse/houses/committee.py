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


class Committee(Commons):
    """A Public Bill Committee (or a select committee's oral evidence)."""

    name: ClassVar[str] = "committee"
    title: ClassVar[str] = "Public Bill Committee"

    evidence: ClassVar[tuple[str, ...]] = (
        "Public Bill Committee", "The Committee consisted of the following Members",
        "attended the Committee", "Committee Clerks", "The Chairman:", "stand part of the Bill",
        "Examination of Witnesses", "Witnesses:",
    )  # fmt: skip
    evidence_line_starts: ClassVar[tuple[str, ...]] = ("† ",)
    evidence_weight: ClassVar[float] = 8.0

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
    )
