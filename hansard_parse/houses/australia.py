"""Australia's Parliament: the House of Representatives and the Senate, in both eras.

Since 2011 a label names the member with the surname in capitals, the electorate (or state)
and any office after an em dash, and the time: ``Mr PEARCE (Aston—Parliamentary Secretary to
the Treasurer) (09:01):``, then ``Mr PEARCE:``; the chair is ``The SPEAKER:``, ``The DEPUTY
SPEAKER (Mr X):``, in the Senate ``The PRESIDENT:``. Until 2010 the label ended with an em
dash instead of a colon and the time was a clock time: ``Mr RUDD (Griffith) (2.16 pm)—My
question …``, ``Mr HOWARD—I thank …``. In both, members calling out are recorded as ``Mr Crean
interjecting—``; Questions without Notice open ``My question is to …`` and the next member to
speak answers. Everything not stated here is Westminster's.
"""

from __future__ import annotations

from typing import ClassVar

from .commons import Commons

_AUSTRALIAN_EVIDENCE = (
    "interjecting—", "honourable member", "Honourable members", "QUESTIONS WITHOUT NOTICE",
    "explanatory memorandum", "Debate (on motion by", "took the chair at",
)  # fmt: skip
"""Phrases of Australia's record in either era and either chamber."""


_ASKED_IN_WRITING = r"(?=\s*asked\s+the\s+[^:\n]{0,300}?\bin\s+writing\b)"
"""A question in writing has no colon after its asker: ``Mr X asked the Minister for
Defence, in writing, on 8 May 2007:`` (the asker's name sometimes run into ``asked``)."""


class Australia(Commons):
    """The House of Representatives, as its record reads since 2011 (labels end in a colon)."""

    name: ClassVar[str] = "australia"
    title: ClassVar[str] = "House of Representatives (Australia)"

    # Westminster's phrases count too (``Mr Speaker``), so that Australia's own decide.
    evidence: ClassVar[tuple[str, ...]] = (
        *Commons.evidence, *_AUSTRALIAN_EVIDENCE, "The SPEAKER:", "The DEPUTY SPEAKER:",
        "The DEPUTY SPEAKER (",
    )  # fmt: skip
    evidence_line_starts: ClassVar[tuple[str, ...]] = ()

    # --- labels ------------------------------------------------------------------------------
    titles: ClassVar[tuple[str, ...]] = (*Commons.titles, "Senator", "Hon")
    bare_names: ClassVar[bool] = False
    """Every member's label has a title (``Mr``, ``Senator``): ``Opposition Motion—…`` is none."""
    bracket_parts: ClassVar[str] = r"(?P<seat>[^—]+?)\s*—\s*(?P<office>.+)"
    parties: ClassVar[tuple[str, ...]] = ()
    """A label gives the electorate or state, never a party."""
    chair_heads: ClassVar[tuple[str, ...]] = (
        *Commons.chair_heads,
        r"The\s+(?:(?:Acting\s+)?Deputy\s+|Temporary\s+)?(?:President|Chairman|Chair)",
        r"The\s+(?:Acting\s+)?Deputy\s+Speaker",
        r"The\s+Speaker",
    )
    label_end: ClassVar[str] = r":|" + _ASKED_IN_WRITING
    tabled_question: ClassVar[str] = r"asked\s+the\s+[^:]{0,300}?\bin\s+writing\b"
    interjecting: ClassVar[str] = r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}\s+interjecting\s*[—–-]*"

    # --- lines of the record ---------------------------------------------------------------
    procedure: ClassVar[tuple[str, ...]] = (
        *Commons.procedure,
        r"Debate\s+\(on\s+motion\s+by\b",
        r"Debate\s+resumed\s+from\b",
        r"Bill\s+and\s+explanatory\s+memorandum\s+presented\b",
        r"(?:Bills?|Message|Report|Consideration)\b[—–\s][^.]{0,100}?\b(?:presented|adopted|resumed"
        r"|received|reported|returned|taken|read|agreed)\b",
        r"\*\s*denotes\s+teller",
        r".{3,200}[—–-]\s*from\s+the\s+member\s+for\s+.{2,60}[—–-]\s*\d[\d,]*\s+[Pp]etitioners?\s*$",
        r"Ordered\s+that\b",
        r"Report\s*[—–-]\s*by\s+leave",
        r"That\s+(?:this|the)\s+(?:bill|House|order|report|Senate|amendment)\b",
        r"The\s+(?:SPEAKER|DEPUTY\s+SPEAKER|PRESIDENT|DEPUTY\s+PRESIDENT)\b.{0,80}?\btook\s+the\s+chair\b",
        r"Leave\s+(?:granted|not\s+granted)\b",
        r"Original\s+question\s+(?:put|agreed)",
        r"Remaining\s+stages\b",
        r"Federation\s+Chamber|Main\s+Committee\s+adjourned",
    )

    division_lines: ClassVar[tuple[str, ...]] = (
        r"(?:AYES|NOES)\s+\d+", r"\*\s*denotes\s+teller",
        r"[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3},\s+[\w'’. -]{1,40}\*?",
    )  # fmt: skip

    # --- turns ---------------------------------------------------------------------------------
    point_of_order: ClassVar[str] = (
        r"(?:(?:Mr|Madam)\s+(?:Deputy\s+)?(?:Speaker|President),?\s+)?(?:I\s+(?:rise\s+on|raise)\s+a\s+"
        r"|on\s+(?:a|the)\s+|this\s+is\s+a\s+)point\s+of\s+order"
    )

    # --- headings ----------------------------------------------------------------------------
    question_period_heading: ClassVar[str] = r"Questions\s+without\s+Notice"
    question_opening: ClassVar[str] = r"My\s+question\s+is\b"
    supplementary_opening: ClassVar[str] = (
        r"(?:Mr|Madam)\s+(?:President|Speaker|Deputy\s+President),\s+I\s+ask\s+a\s+supplementary"
        r"\s+question"
    )
    answering_offices: ClassVar[str] = (
        r"^(?!Shadow\b)(?:[\w'’,-]+\s+){0,3}?(?:Minister|Treasurer|Attorney-General"
        r"|Parliamentary\s+Secretary|Manager\s+of\s+Government\s+Business)\b"
    )


class AustraliaDash(Australia):
    """The House of Representatives until 2010: a label ends with an em dash, not a colon
    (``Mr HOWARD—I thank the member``), and gives a clock time (``(2.16 pm)``)."""

    name: ClassVar[str] = "australia-dash"
    title: ClassVar[str] = "House of Representatives (Australia, until 2010)"
    evidence: ClassVar[tuple[str, ...]] = (
        *Commons.evidence, *_AUSTRALIAN_EVIDENCE, "The SPEAKER—", "The DEPUTY SPEAKER—", " am)—",
        " pm)—", "—The answer to the honourable member",
        # as parlinfo's pages print them, a space before the dash and the time in capitals
        "The SPEAKER —", "The DEPUTY SPEAKER —", " am) —", " pm) —", " AM) —", " PM) —",
    )  # fmt: skip
    label_end: ClassVar[str] = r"—|:(?=\s)|" + _ASKED_IN_WRITING


class AustralianSenate(Australia):
    """The Senate since 2011: ``Senator ABETZ (Tasmania—Minister for …) (14:00):``, the chair
    ``The PRESIDENT:``; supplementaries open ``Mr President, I ask a supplementary
    question.``"""

    name: ClassVar[str] = "australia-senate"
    title: ClassVar[str] = "Senate (Australia)"
    evidence: ClassVar[tuple[str, ...]] = (
        *Commons.evidence, *_AUSTRALIAN_EVIDENCE, "The PRESIDENT:", "The DEPUTY PRESIDENT",
        "Mr President", "Madam President",
    )  # fmt: skip


class AustralianSenateDash(AustraliaDash):
    """The Senate until 2010: ``Senator HILL—I thank …``, ``The PRESIDENT—Order!``."""

    name: ClassVar[str] = "australia-senate-dash"
    title: ClassVar[str] = "Senate (Australia, until 2010)"
    evidence: ClassVar[tuple[str, ...]] = (
        *Commons.evidence, *_AUSTRALIAN_EVIDENCE, "The PRESIDENT—", "The DEPUTY PRESIDENT",
        " am)—", " pm)—", "Mr President", "Madam President", "The PRESIDENT —", " AM) —", " PM) —",
    )  # fmt: skip
