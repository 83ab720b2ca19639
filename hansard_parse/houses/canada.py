"""Canada's House of Commons: what its Debates say differently from Westminster's.

Members are ``Mr. Peter Julian (Burnaby—New Westminster, NDP):`` (riding and party in one
bracket), ministers ``Hon. X (Minister of State (Social Development), CPC):`` and the Prime
Minister ``Right Hon. X (Prime Minister, CPC):``, then ``Mr. Julian:`` when they resume. The
chair is ``The Speaker``, ``The Acting Speaker (Mr. X)``, ``The Assistant Deputy Chair``;
collective voices (``Some hon. members: Agreed.``) are interjections. Own-line markers give
the floor language (``[Translation]``) and the time (``(1415)``). Oral Questions has no
numbers: ministers and parliamentary secretaries answer, everyone else asks. Everything not
stated here is Westminster's.
"""

from __future__ import annotations

from typing import ClassVar

from .commons import Commons


class Canada(Commons):
    """The House of Commons of Canada."""

    name: ClassVar[str] = "canada"
    title: ClassVar[str] = "House of Commons of Canada"

    # Westminster's phrases count too (``Mr. Speaker``, ``hon.``), so that Canada's own
    # (the floor language, a party after the riding) decide between the two.
    evidence: ClassVar[tuple[str, ...]] = (
        *Commons.evidence, "[Translation]", "[English]", "[Français]", "Some hon. members:",
        "An hon. member:", ", Lib.)", ", CPC)", ", NDP)", ", BQ)", ", GP)", "(Motion agreed to)",
        "Question No. ", "(Parliamentary Secretary to the", "(The House divided on the",
        "Call in the members",
    )  # fmt: skip
    evidence_line_starts: ClassVar[tuple[str, ...]] = ("Right Hon. ", "The Acting Speaker (")

    # --- labels ------------------------------------------------------------------------------
    titles: ClassVar[tuple[str, ...]] = (*Commons.titles, r"Right\s+Hon", "Hon")
    chair_heads: ClassVar[tuple[str, ...]] = (
        *Commons.chair_heads,
        r"The\s+(?:Acting|Assistant\s+Deputy)\s+(?:Speaker|Chair)",
        r"The\s+(?:Deputy\s+)?Chair",
        r"The\s+Clerk(?:\s+of\s+the\s+House)?",
    )
    collective_heads: ClassVar[tuple[str, ...]] = (
        r"(?:(?:Several|Some|Many|Two|Three|A\s+few|Opposition|Government)\s+)?[Hh]on\.?\s+[Mm]embers?",
        r"An\s+[Hh]on\.?\s+[Mm]ember",
    )
    parties: ClassVar[tuple[str, ...]] = (
        *Commons.parties, r"Lib\.", "CPC", "NDP", "BQ", "GP", r"Ind\.", "PPC", r"Ref\.", r"PC",
    )  # fmt: skip
    turn_notes: ClassVar[tuple[str, ...]] = (*Commons.turn_notes, r"for\s+the\s+[^()]{3,120}")
    label_end: ClassVar[str] = r":|(?=\s+moved\b)"
    """A colon, or the verb of a motion moved without one (``Hon. X (Office, Party) moved
    that Bill C-13 … be read the third time``): the mover's turn."""
    bracket_parts: ClassVar[str] = (
        r"(?P<seat>.+?),\s*(?P<party>Lib\.|CPC|NDP|BQ|GP|Ind\.|PPC|Ref\.|PC|Bloc|Green|Ind)"
    )
    honorific: ClassVar[str] = r"(?:Right\s+)?Hon\.\s+(?=[A-Z])"
    label_prefix: ClassVar[str] = r"Question\s+No\.\s*(?P<number>\d{1,5})\s*[—–-]\s*"
    voices_interject: ClassVar[bool] = True
    floor_languages: ClassVar[tuple[str, ...]] = ("English", "Translation", "Français", "Traduction")
    clock_stamp: ClassVar[str] = r"\((?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\)"

    # --- lines of the record ---------------------------------------------------------------
    procedure: ClassVar[tuple[str, ...]] = (
        *Commons.procedure,
        r"\((?:Motion|Bill|Amendment|Division|Return|Report|Questions?)\b[^()]{0,80}\)\s*$",
        r"\(House\s+in\s+committee\b",
        r"\(The\s+House\s+divided\b",
        r"A\s+(?:message|motion)\s",
        r"Motions?\s*$",
        r"Motion\s+(?:negatived|carried|deemed)",
        r"(?:YEAS|NAYS|PAIRED)\b[\s:\d]*$",
        r"Nil\s*$",
        r"--\s*\d+\s*$",
        r"Division\s+(?:on\s+motion\s+)?deferred",
        r"And\s+(?:five|more)\s+.{0,40}\bhaving\s+risen",
        r"All\s+.{1,80}\s+votes\s+reported",
        r"(?:Motions?\s+Nos?\.\s*\d|Motion\s+No\.\s*\d)",
        r"Bill\s+[CS]\s?[-‑–]\s?\d+\.\s",
        r"Motion\s+for\s+concurrence\b",
        r"The\s+House\s+resumed\b",
        r"(?:And\s+the\s+Clerk|And\s+the\s+Speaker|And\s+the\s+bells)",
        r"(?:He|She|They)\s+said:",
    )

    division_opening: ClassVar[str] = r"\(The\s+House\s+divided\b"
    division_lines: ClassVar[tuple[str, ...]] = (
        r"\(Division\s+No\.\s*\d+\)", r"(?:YEAS|NAYS|PAIRED)(?:\s*:)?", "Members", "Nil",
        r"--\s*\d+",
        # a member by surname, with the riding where two share it: ``Young (Oakville)``
        r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}(?:\s+\([^()\n]{2,80}\))?",
    )  # fmt: skip

    # --- headings ----------------------------------------------------------------------------
    business_headings: ClassVar[tuple[str, ...]] = (
        *Commons.business_headings,
        r"Government\s+Orders",
        r"Oral\s+Questions",
        r"Statements\s+by\s+Members",
        r"Routine\s+Proceedings",
        r"Private\s+Members['’]\s+Business",
        r"Adjournment\s+Proceedings",
        r"Questions\s+on\s+the\s+Order\s+Paper",
        r"Emergency\s+Debate",
        r"Prayer",
    )
    part_headings: ClassVar[tuple[str, ...]] = (
        *Commons.part_headings,
        # a qualifier under a debate's subject: ``Opposition Motion—Affordable housing``
        r"(?:Opposition|Government|Private\s+Members?['’]?s?)\s+Motion\s*[—–-]",
    )
    question_period_heading: ClassVar[str] = r"(?:[^\n]{0,200}?[a-z0-9)’'])?Oral\s+Questions"
    """Oral Questions, or a question's subject run into it as openparliament.ca prints its
    headings (``Carbon PricingOral Questions``)."""
    point_of_order: ClassVar[str] = (
        r"(?:(?:Mr\.?|Madam)\s+Speaker,\s+)?(?:I\s+rise\s+on\s+a\s+|on\s+a\s+|I\s+have\s+a\s+)point\s+of\s+order"
    )
    answering_offices: ClassVar[str] = (
        r"\b(?:Minister|Parliamentary\s+Secretary|Leader\s+of\s+the\s+Government|Secretary\s+of\s+State)\b"
    )
