"""The House of Lords: what its record says differently from the Commons'.

Peers are labelled by title and territorial designation (``Lord Bach``, ``Baroness Gardner of
Parkes``, ``The Earl of Mar and Kellie``, ``The Lord Bishop of Ripon and Leeds``), the chair is
the Lord Speaker or a Deputy Speaker, speeches open ``My Lords,`` and members are ``the noble
Lord`` and ``the noble Baroness``. Everything not stated here is the Commons'.
"""

from __future__ import annotations

from typing import ClassVar

from .base import OpenerCue
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

    # --- labels ------------------------------------------------------------------------------
    titles: ClassVar[tuple[str, ...]] = (
        *Commons.titles, "LORD", "EARL", "VISCOUNT", "BARON", "BARONESS", "MARQUESS", "DUKE",
        "Marquess", "Duke",
    )  # fmt: skip
    """Titles as the historic record prints peers, in capitals (``EARL GREY:``, ``LORD
    CAIRNS:``), besides today's."""
    label_end: ClassVar[str] = r":|(?<=[A-Z]{2})\s+(?:said|replied),"
    """A colon, or the historic record's reported speech after a name in capitals (``THE EARL
    OF DERBY said, he was glad …``); ``Lord Smith said, …`` is running text."""
    bare_names: ClassVar[bool] = False
    peerages: ClassVar[tuple[str, ...]] = (
        # ``The Earl of Mar and Kellie``, ``The Countess of Mar``, ``The Duke of Montrose``
        r"The\s+(?:Earl|Countess|Duke|Duchess|Marquess|Marchioness)\s+of\s+[A-Z][\w'’-]+"
        r"(?:\s+(?:and|of|upon|on)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+){0,4}",
        # ``The Lord Bishop of Ripon and Leeds``, ``The Archbishop of Canterbury``
        r"The\s+(?:Lord\s+)?(?:Arch)?[Bb]ishop\s+of\s+[A-Z][\w'’-]+"
        r"(?:\s+(?:and|of|upon|on)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+){0,4}",
        # the historic record's capitals: ``THE EARL OF DERBY``, ``THE MARQUESS OF SALISBURY``
        r"THE\s+(?:EARL|COUNTESS|DUKE|DUCHESS|MARQUESS|MARCHIONESS|LORD\s+BISHOP|ARCHBISHOP|BISHOP)"
        r"\s+OF\s+[A-Z][A-Z'’-]+(?:\s+(?:AND|OF|UPON|ON)\s+[A-Z][A-Z'’-]+|\s+[A-Z][A-Z'’-]+){0,4}",
    )
    chair_heads: ClassVar[tuple[str, ...]] = (
        r"The\s+Lord\s+Speaker",
        r"The\s+Deputy\s+Speaker",
        r"The\s+(?:Deputy\s+)?Chairman(?:\s+of\s+Committees)?",
        r"The\s+Principal\s+Deputy\s+Chairman(?:\s+of\s+Committees)?",
        r"The\s+Deputy\s+Chairman\s+of\s+Committees",
        r"The\s+Lord\s+Chancellor",
    )
    collective_heads: ClassVar[tuple[str, ...]] = (
        r"(?:(?:Several|Some|Many|Two|Three|A\s+few)\s+)?[Nn]oble\s+Lords",
        r"A\s+[Nn]oble\s+Lord",
    )
    rose_heads: ClassVar[tuple[str, ...]] = (
        r"(?:(?:Several|Some|Many|Two|Three)\s+)?[Nn]oble\s+Lords",
        r"A\s+[Nn]oble\s+Lord",
        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}",
    )

    # --- lines of the record ---------------------------------------------------------------
    asked_line: ClassVar[str] = r"(?:asked|rose\s+to\s+ask)\s+(?:the|my|Her|His)\s"
    """A question the historic record reports: ``EARL GREY rose to ask the Under Secretary of
    State for India, Whether …``."""
    procedure: ClassVar[tuple[str, ...]] = (
        *Commons.procedure,
        r"(?:THE\s+LORD\s+CHANCELLOR|The\s+Lord\s+Chancellor|The\s+Lord\s+Speaker)\s+(?:took|resumed|left)\s+"
        r"(?:his|her|the)\s+(?:seat|Woolsack|Chair)",
        r"Moved\s+[Bb]y\s+",
        r"Tabled\s+[Bb]y\s+",
        r"Amendments?\s+\d+[A-Z]*(?:\s*(?:,|to|and)\s*\d+[A-Z]*)*\s*$",
        r"Amendments?\s+\d+[A-Z]*(?:\s*(?:,|to|and)\s*\d+[A-Z]*)*\s+(?:not\s+moved|agreed|disagreed"
        r"|withdrawn|negatived)",
        r"\d+[A-Z]*:\s+(?:After|Before|Leave|Clause|Schedule|Page|Insert|Line|In)\b",
        r"Division\s+on\s+Amendment",
        r"Contents\s+\d+\s*;\s*Not-Contents\s+\d+",
        r"(?:Clause|Schedule)\s+\d+[A-Z]*\s+:\s",
        r"\d+(?:st|nd|rd|th)?\s+Report\s+(?:from\s+the\s+)?(?:Joint\s+)?[A-Z]\w*(?:\s+[A-Z]\w*)*"
        r"\s+Committee",
        r"(?:Main\s+Bills?\s+Page|Copy\s+of\s+the\s+Bill|Explanatory\s+[Nn]otes|Amendments)\s*$",
        r"(?:Consideration\s+on\s+Report|House|Debate)\s+(?:adjourned|resumed)",
        r"Bill\s+(?:passed|returned)",
        r"Motion\s+(?:agreed|disagreed|not\s+moved|withdrawn)",
    )
    note_words: ClassVar[tuple[str, ...]] = (
        *Commons.note_words, r"Noble\s+Lords", r"A\s+noble\s+Lord",
    )  # fmt: skip
    collective_note_word: ClassVar[str] = "lords"
    reference: ClassVar[str] = (
        r"\b(?:[Mm]y|[Tt]he|[Hh]er|[Hh]is|[Oo]ur|[Yy]our)\s+noble\s+"
        r"(?:and\s+(?:learned|gallant|right\s+reverend)\s+)?"
        r"(?:Lords?|Baroness|Lady|Earl|Viscount|Countess|Duke|Marquess|[Ff]riends?|Prelate)\b"
        r"(?:,?\s+(?P<name>(?:Lord|Baroness|Lady|Earl|Viscount|Countess)\s+[A-Z][\w'’-]+"
        r"(?:\s+of\s+[A-Z][\w'’-]+)?))?"
    )
    """``the noble Lord``, ``my noble friend Lord Peston``, ``the noble and learned Lord, Lord
    Phillips``: peers are named by peerage, never by seat."""
    reference_anchors: ClassVar[tuple[str, ...]] = ("noble",)

    # --- headings ----------------------------------------------------------------------------
    fixed_headings: ClassVar[tuple[str, ...]] = (
        r"Introduction:\s+\S",
        r".{3,200}\s[—–-]\s(?:Question(?:\s+for\s+Short\s+Debate)?|(?:First|Second|Third)\s+Reading"
        r"|Announcement|Statement|Motion(?:\s+to\s+\w+)?|Private\s+Notice\s+Question)\s*$",
    )
    part_headings: ClassVar[tuple[str, ...]] = (
        *Commons.part_headings,
        r"(?:Report|Committee)(?:\s+Stage)?\s+\(\d+\w*\s+Day\)",
        r"Motion\s+to\s+(?:Approve|Regret|Take\s+Note|Agree|Resolve)\b",
    )
    business_headings: ClassVar[tuple[str, ...]] = (
        *Commons.business_headings,
        r"House\s+of\s+Lords",
        r"Grand\s+Committee",
        r"Arrangement\s+of\s+Business",
    )

    # --- turns ---------------------------------------------------------------------------------
    statement_opening: ClassVar[str] = (
        r"(?:My\s+Lords,\s+)?(?:With\s+(?:the\s+)?(?:leave|permission)|I\s+(?:would\s+like\s+to|wish\s+to"
        r"|will\s+now|will|shall(?:\s+now)?)\s+(?:make|repeat)\s+(?:a|an\s+oral|the)\s+Statement"
        r"|My\s+(?:right\s+)?honourable\s+(?:and\s+learned\s+)?friend\s+.{0,240}?\s+(?:has|have)\s+"
        r"(?:today\s+)?(?:made|issued)\s+the\s+following)"
    )
    tabled_question: ClassVar[str] = r"To\s+ask\s+(?:(?:Her|His)\s+Majesty['’]s\s+Government|the|my)\b"
    chair_words: ClassVar[str] = (
        r"(?:Order[.!,]|I\s+call\b|The\s+(?:Question|original\s+Question)\s+is\b|I\s+must\s+"
        r"(?:inform|remind)\s+the\s+House\b)"
    )

    # --- the speaker-less reader ----------------------------------------------------------------
    hon: ClassVar[str] = r"noble (?:and (?:learned|gallant|right reverend) )?"
    addressees: ClassVar[tuple[str, ...]] = (
        "Lord", "Lords", "Baroness", "Lady", "Earl", "Viscount", "Countess", "Duke", "Marquess",
        "friend", "Friend", "Prelate",
    )  # fmt: skip
    address_literal: ClassVar[str] = "noble "
    formulas: ClassVar[tuple[str, ...]] = (r"To\s+ask\s+(?:Her|His)\s+Majesty['’]s\s+Government\b",)
    openers: ClassVar[tuple[OpenerCue, ...]] = (
        *Commons.openers,
        # Every speech and question in the Chamber opens `My Lords,` (a cut-off `My Lords—`
        # is a member trying to come in).
        OpenerCue(r"^My Lords\b", 3.0, "", '"My Lords"', "M"),
    )
    house_words: ClassVar[frozenset[str]] = Commons.house_words | frozenset({
        "Lords", "Lordships", "Lordship", "Noble", "Earl", "Viscount", "Countess", "Bishop",
        "Prelate", "Her", "Majesty", "Woolsack",
    })  # fmt: skip
