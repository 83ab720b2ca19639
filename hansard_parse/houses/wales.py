"""The Senedd (Welsh Parliament): what its Record of Proceedings says differently from the Commons'.

The chair is the Llywydd (``The Llywydd:``, ``Y Llywydd:``, once a sitting ``with the Llywydd
(Elin Jones) in the Chair``) and her deputy (``The Deputy Presiding Officer (David Rees):``,
``Y Dirprwy Lywydd:``). Ministers speak by office (``The First Minister (Vaughan Gething):``,
``The Trefnydd (Jane Hutt):``, ``The Counsel General …``), members by name alone (``Andrew RT
Davies:``). Tabled questions are printed without their asker, numbered and closed by their
reference (``1. What assessment has the Welsh Government made of …? OQ61074``); a turn often
opens by thanking the chair in Welsh (``Diolch, Llywydd.``). Everything not stated here is the
Commons'.
"""

from __future__ import annotations

from typing import ClassVar

from .base import ChairCue, OpenerCue
from .commons import Commons

_QUESTION_REFERENCE = r"(?:OQ|OAQ|TQ|SQ|WQ)\d{3,6}"
"""The reference that closes a tabled question (``OQ61074``, a party leader's ``OAQ…``,
a topical question's ``TQ…``)."""


class Wales(Commons):
    """The Senedd (its Plenary meetings and their questions)."""

    name: ClassVar[str] = "wales"
    title: ClassVar[str] = "Senedd Cymru (Welsh Parliament)"

    # ``Presiding Officer`` is the Scottish Parliament's too: it counts here as well, so that
    # the Senedd's own words (the Llywydd, the Trefnydd, ``Diolch``) decide between the two.
    evidence: ClassVar[tuple[str, ...]] = (
        "Llywydd", "Lywydd", "Presiding Officer", "the Senedd", "The Senedd", "Trefnydd",
        "Welsh Government", "Diolch", "Y Cyfarfod Llawn", "Counsel General", "First Minister of Wales",
    )  # fmt: skip
    evidence_line: ClassVar[str] = r".{0,600}?\?\s*" + _QUESTION_REFERENCE + r"\s*"
    evidence_line_needs: ClassVar[str] = r"Q\d{3}"

    # --- labels ------------------------------------------------------------------------------
    chair_heads: ClassVar[tuple[str, ...]] = (
        *Commons.chair_heads,
        r"(?:The|Y)\s+Llywydd",
        r"The\s+(?:Deputy\s+)?Presiding\s+Officer",
        r"Y\s+Dirprwy\s+Lywydd",
        r"Dirprwy\s+Lywydd",
    )
    office_words: ClassVar[tuple[str, ...]] = (*Commons.office_words, "Trefnydd", "Counsel")
    parties: ClassVar[tuple[str, ...]] = (
        *Commons.parties, r"Plaid\s+Cymru", r"Welsh\s+Labour", r"Welsh\s+Conservatives?",
        r"Welsh\s+Liberal\s+Democrats?", r"Reform\s+UK", "Labour", "Conservative",
    )  # fmt: skip

    # --- lines of the record ---------------------------------------------------------------
    procedure: ClassVar[tuple[str, ...]] = (
        *Commons.procedure,
        r"The\s+Senedd\s+(?:met|adjourned|divided|resumed)",
        r"Y\s+Cyfarfod\s+Llawn\s*$",
        r"The\s+(?:meeting|session|Plenary)\s+(?:ended|was\s+suspended|resumed|reconvened)",
        r"Plenary\s+was\s+suspended",
        r"Motion\s+(?:agreed|not\s+agreed|withdrawn)",
        r"Amendment\s+\d+\s+(?:agreed|not\s+agreed|withdrawn|not\s+moved)",
        r"The\s+result\s+of\s+the\s+vote\b",
    )
    motion_body: ClassVar[str] = (
        r"(?:To\s+propose\s+that\s+the\s+Senedd|That\s+(?:the\s+Senedd|leave|the\s|an?\s|[A-Z]))"
    )
    unlabelled_question: ClassVar[str] = (
        r"(?P<number>\d{1,2})\.\s+[A-Z].{10,600}?\?\s*" + _QUESTION_REFERENCE
    )
    tabled_question: ClassVar[str] = r"(?:To\s+ask\s+(?:the|my)\s+|\d{1,2}\.\s+.{10,600}?\?\s*" + _QUESTION_REFERENCE + r")"
    chair_words: ClassVar[str] = (
        r"(?:Order[.!,]|I\s+call\b|We\s+come\s+(?:now\s+)?to\b|The\s+next\s+item\b"
        r"|The\s+first\s+(?:item|question)\b|Questions\s+now\s+from\b"
        r"|Good\s+(?:afternoon|morning)(?:\s+and|,)\s+welcome\b)"
    )

    # --- headings ----------------------------------------------------------------------------
    business_headings: ClassVar[tuple[str, ...]] = (
        *Commons.business_headings,
        r"(?:\d{1,2}\.\s+)?Questions\s+to\s+the\b",
        r"(?:\d{1,2}\.\s+)?Business\s+Statement",
        r"(?:\d{1,2}\.\s+)?Topical\s+Questions",
        r"(?:\d{1,2}\.\s+)?90[-\s]Second\s+Statements",
        r"(?:\d{1,2}\.\s+)?Voting\s+Time",
        r"(?:\d{1,2}\.\s+)?Short\s+Debate",
        r"(?:\d{1,2}\.\s+)?Statement\s+by\s+the\b",
        r"(?:\d{1,2}\.\s+)?Debate\s+on\b",
        r"Plenary",
    )
    question_time_heading: ClassVar[str] = r"(?:\d{1,2}\.\s+)?Questions\s+to\s+the\b"
    question_period_heading: ClassVar[str] = r"(?:\d{1,2}\.\s+)?Business\s+Statement(?:\s+and\s+Announcement)?"
    """The business statement: members ask the Trefnydd for statements and debates, and she
    answers each in turn, as in a question period."""
    answering_offices: ClassVar[str] = (
        r"\b(?:Trefnydd|Minister|Cabinet\s+Secretary|Counsel\s+General|Deputy\s+Minister)\b"
    )

    # --- the speaker-less reader ----------------------------------------------------------------
    minister_titles: ClassVar[tuple[str, ...]] = (
        *Commons.minister_titles, "First Minister", "Cabinet Secretary", "Deputy Minister",
        "Trefnydd", "Counsel General",
    )  # fmt: skip
    minister_literals: ClassVar[tuple[str, ...]] = (*Commons.minister_literals, "Trefnydd")
    formulas: ClassVar[tuple[str, ...]] = (
        # a tabled question, numbered and closed by its reference
        r"\d{1,2}\.\s+.{10,600}?\?\s*" + _QUESTION_REFERENCE,
        r".{10,600}?\?\s*" + _QUESTION_REFERENCE + r"\s*$",
    )
    openers: ClassVar[tuple[OpenerCue, ...]] = (
        *Commons.openers,
        # A turn opens by thanking the chair or the minister in Welsh (``Diolch, Llywydd.``).
        OpenerCue(
            r"^Diolch(?: yn fawr)?(?: iawn)?,? (?:(?:Dirprwy )?Lywydd|Llywydd|Presiding Officer"
            r"|Deputy Presiding Officer|First Minister|Trefnydd|Minister|Cabinet Secretary)\b",
            4.0, "", '"Diolch, Llywydd."', "D",
        ),
        OpenerCue(r"^Diolch(?: yn fawr)?(?: iawn)?\b", 2.5, "", '"Diolch"', "D"),
        OpenerCue(
            r"^(?:First Minister|Trefnydd|Cabinet Secretary|Counsel General|(?:Deputy )?Minister),",
            3.0, "Q", "addresses the minister", "FTCDM",
        ),
        OpenerCue(r"^(?:Deputy )?Presiding Officer,|^Llywydd,", 3.0, "", '"Llywydd,"', "DPL"),
    )  # fmt: skip
    chair_cues: ClassVar[tuple[ChairCue, ...]] = (
        *Commons.chair_cues,
        ChairCue(
            r"^(?:The|And the) (?:first|next|final|last) (?:item|question)\b",
            '"The first question is from"', "TA",
        ),
        ChairCue(r"^Questions (?:now )?from the party (?:leaders|spokespeople)\b", '"Questions now from"', "Q"),
        # the Llywydd opens each meeting
        ChairCue(
            r"^(?:Good (?:afternoon|morning)|Prynhawn da|Bore da)(?: and|,) (?:welcome|croeso)\b",
            '"Good afternoon and welcome"', "GPB",
        ),
    )
    house_words: ClassVar[frozenset[str]] = Commons.house_words | frozenset({
        "Senedd", "Llywydd", "Lywydd", "Dirprwy", "Trefnydd", "Welsh", "Wales", "Cymru", "Diolch",
        "Counsel", "Cabinet", "Presiding", "Officer", "Plenary",
    })  # fmt: skip
