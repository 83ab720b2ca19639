"""The Scottish Parliament: what its Official Report says differently from the Commons'.

The chair is the Presiding Officer, labelled with the office and the person in brackets
(``The Presiding Officer (Alex Fergusson):``) and then by the office alone; a committee's
chair is its convener. Members are labelled by name, seat and party as in the Commons
(``Claire Baker (Mid Scotland and Fife) (Lab):``); written questions are tabled ``To ask the
Scottish Executive …``; interruptions are written with spaces inside the brackets
(``[ Interruption. ]``, a note on a line of its own). Everything not stated here is the Commons'.
"""

from __future__ import annotations

from typing import ClassVar

from .base import ChairCue, OpenerCue
from .commons import Commons


class Scotland(Commons):
    """The Scottish Parliament (its Chamber, committees and written answers)."""

    name: ClassVar[str] = "scotland"
    title: ClassVar[str] = "Scottish Parliament"

    evidence: ClassVar[tuple[str, ...]] = (
        "Presiding Officer", "To ask the Scottish Executive", "To ask the Scottish Government",
        "the Scottish Government", "Scottish Executive", "cabinet secretary",
        "Scottish Parliament", "(SNP)", "That the Parliament", "Parliamentary Bureau",
        "Decision Time", "Members' Business", "Members’ Business", "Time for Reflection",
        "General Question Time", "First Minister's Question Time", "First Minister’s Question Time",
    )  # fmt: skip
    evidence_pattern: ClassVar[str] = r"S(?<=\bS)[1-9][A-Z]{1,2}-\d{3,5}\b"
    """The Parliament's references to motions and questions (``S3M-5064``, ``S3O-812``,
    ``S4W-12345``, ``S3F-1990``): session, kind, number. The word boundary is checked behind
    the ``S`` so that the pattern opens with a literal, which Python's ``re`` scans for fast
    (every House's pattern runs over every sample)."""
    question_reference: ClassVar[str] = r"\((?P<uin>S[1-9][A-Z]{1,2}-\d{3,5})\)"
    """A question's reference after it (``… modern apprenticeships? (S3W-28168)``)."""

    chair_heads: ClassVar[tuple[str, ...]] = (
        *Commons.chair_heads,
        r"The\s+(?:Deputy\s+)?Presiding\s+Officer",
        r"The\s+(?:Deputy\s+)?Convener",
    )
    office_words: ClassVar[tuple[str, ...]] = (*Commons.office_words, "Convener")

    procedure: ClassVar[tuple[str, ...]] = (
        *Commons.procedure,
        # the masthead of each day's report
        r"(?:The\s+)?Scottish\s+Parliament\s*$",
        r"Motions?\s+(?:moved|agreed|disagreed|withdrawn)",
        r"Amendments?\s+(?:moved|agreed|disagreed|withdrawn)",
        r"The\s+Parliament\s+(?:divided|resumed|adjourned)",
    )
    division_sides: ClassVar[tuple[str, ...]] = ("For", "Against", "Abstentions")
    note_padding: ClassVar[str] = " ?"
    motion_body: ClassVar[str] = r"That\s+(?:the\s+Parliament|this\s+Parliament|leave|the\s|an?\s|[A-Z])"
    business_headings: ClassVar[tuple[str, ...]] = (
        *Commons.business_headings,
        r"Decision\s+Time",
        r"Time\s+for\s+Reflection",
        r"Business\s+Motions?",
        r"Parliamentary\s+Bureau\s+Motions?",
        r"(?:General|Themed|First\s+Minister['’]s)\s+Question\s+Time",
        r"Members['’]\s+Business",
    )

    tabled_question: ClassVar[str] = r"To\s+ask\s+(?:the\s+Scottish\s+(?:Executive|Government)|the|my)\b"
    chair_words: ClassVar[str] = (
        r"(?:Order[.!,]|I\s+call\b|We\s+come\s+(?:now\s+)?to\b|The\s+next\s+item\s+of\s+business\b"
        r"|The\s+question\s+is\b)"
    )

    chair_cues: ClassVar[tuple[ChairCue, ...]] = (
        *Commons.chair_cues,
        # The Presiding Officer moves the Chamber on (``The next item of business is a debate
        # on motion S3M-4641 …``, ``The debate will be concluded without any question being put.``).
        ChairCue(
            r"^The (?:next|final|last|first) items? of business (?:is|are)\b",
            '"The next item of business"', "T", ("item",),
        ),
        ChairCue(
            r"^The debate will be concluded without any question being put\b",
            '"The debate will be concluded"', "T", ("concluded",),
        ),
        # … and keeps the time of the speeches it calls (``You may have no more than eight
        # minutes, Dr Simpson.``).
        ChairCue(
            r"^You (?:may |can )?have (?:absolutely )?(?:no more than |up to |about |around |only |just )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:minutes?|seconds)\b",
            '"You may have … minutes"', "Y", ("minute", "second"),
        ),
        # … and tells a speech that has run its time to end (``You must close now, Mr Brown.``,
        # ``The member must close now.``, ``Mr Finnie should finish now.``, ``I must ask you
        # to close, minister.``: the verb ends the order, never `You must close the loophole`);
        # the speech goes on after it, in a turn of its own.
        ChairCue(
            r"^(?:You|The (?:member|minister|cabinet secretary)|(?:Mr|Mrs|Ms|Miss|Dr) [A-Z][\w’'-]+)"
            r" (?:must|should|will have to|need to|have to) (?:now )?"
            r"(?:close|finish|conclude|wind up|be (?:closing|finishing|concluding|winding up))"
            r"(?: now| please){0,2}[,.!]",
            '"You must close now"', "YTM", ("must", "should", "have to", "need to"),
        ),
        ChairCue(
            r"^I must (?:now )?ask (?:you|the member|the minister|the cabinet secretary) to"
            r" (?:close|finish|conclude|wind up)(?: now| please){0,2}[,.!]",
            '"You must close now"', "I", ("must",),
        ),
        # … moves the debate on (``I am sorry, Mr McNulty, but we must move to the closing
        # speeches.``) and opens questions on a statement (``The cabinet secretary will now take
        # questions on the issues raised in her statement.``).
        ChairCue(
            r"^(?:I am sorry, [^,]{1,40}, but we|We) must (?:now )?move (?:on )?to\b",
            '"We must move to"', "IW", ("must",),
        ),
        ChairCue(
            r"^The (?:cabinet secretary|minister|First Minister) will now take questions\b",
            '"… will now take questions"', "T", ("take questions",),
        ),
    )
    openers: ClassVar[tuple[OpenerCue, ...]] = (
        *Commons.openers,
        # A speech or question in the Chamber often opens by addressing the chair.
        OpenerCue(
            r"^(?:(?:Mr|Madam) )?(?:Deputy )?Presiding Officer,", 3.0, "", '"Presiding Officer,"', "MDP"
        ),
        OpenerCue(r"^(?:Convener|Deputy Convener),", 3.0, "", '"Convener,"', "CD"),
    )
    house_words: ClassVar[frozenset[str]] = Commons.house_words | frozenset({
        "Parliament", "Presiding", "Officer", "Convener", "Scottish", "Executive", "Government",
    })  # fmt: skip
