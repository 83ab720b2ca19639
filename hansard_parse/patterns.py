"""The fixed phrases of the record: procedure, times, column markers, bracketed notes.

Kept apart from the classifier so the language of the House can be read (and extended) in one
place. Every pattern is anchored and has no nested unbounded repetition, so it runs in time
linear in the line.
"""

from __future__ import annotations

import datetime
import re

PROCEDURAL_RE = re.compile(
    r"^(?:"
    r"The\s+(?:[\w'’,-]+\s+){0,12}?was\s+asked\s*[—–-]"
    r"|Questions?\s+(?:put|proposed|agreed|accordingly|again|deferred|necessary|That|,)"
    r"|Question,\s+That"
    r"|Main\s+Question"
    r"|Motion\s+(?:made|for\s+leave|by\s+leave|,\s+by\s+leave|withdrawn|accordingly|agreed)"
    r"|(?:Resolved|Ordered)(?:\s*,|\s*\.|\s+That\b|\s*$)"
    r"|(?:Government\s+|Lords\s+)?Amendments?\s+(?:\(\w+\)\s+)?(?:made|proposed|agreed|negatived"
    r"|withdrawn|disagreed|not\s+moved)"
    r"|Amendment,\s+by\s+leave,\s+withdrawn"
    r"|(?:The\s+)?Bill\s+(?:read|accordingly|to\s+be|ordered|as\s+amended|presented|reported)"
    r"|(?:Further\s+)?[Cc]onsideration\s+of\s+(?:Bill|Lords|the\s+Bill)"
    r"|The\s+House\s+(?:divided|proceeded|met|adjourned|being\s+met|having|resumed|went)"
    r"|The\s+Committee\s+divided"
    r"|Division\s+No\.?\s*\d+"
    r"|Ayes\s+\d+\s*,\s*Noes\s+\d+"
    r"|(?:Debate|Proceedings|Sitting)\s+(?:interrupted|suspended|adjourned|resumed)"
    r"|Adjourned\s+at\b"
    r"|(?:The\s+)?(?:Deputy\s+)?Speaker\s+(?:put|declared|forthwith)"
    r"|(?:Queen|King)['’]s\s+(?:and\s+[\w'’\s]+\s+)?consent\s+signified"
    r"|Clauses?\s+[\dA-Z]+(?:\s+to\s+\d+)?\s+(?:ordered|accordingly|agreed|read)"
    r"|Schedules?\s+[\dA-Z]+\s+(?:agreed|ordered)"
    r"|Motion\s+for\s+leave\s+to\s+(?:bring\s+in|introduce)"
    r"|(?:Mr\.?|Mrs|Ms|Dr|Sir)\s+[\w'’.\s-]{1,60}\s+accordingly\s+presented"
    r"|Petition\s+presented"
    r"|Bill\s+presented"
    r"|Presentation\s+and\s+First\s+Reading"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$"
    r")"
)
"""Lines that record procedure rather than speech."""

PROCEDURAL_CONTINUATION_RE = re.compile(r"^That\s+(?:this\s+House|leave|the\s|an?\s|[A-Z])")
"""``That this House…``: the body of a motion, read as procedure when no one is speaking."""

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""Control characters that no transcript holds (NUL, escape…): such a line is left unparsed.
Tabs, form feeds and carriage returns are ordinary white space here."""


def unreadable_reason(text: str) -> str | None:
    """Why a line cannot be read as Hansard text, or None when it can."""
    match = CONTROL_RE.search(text)
    if match is None:
        return None
    return f"control character U+{ord(match.group()):04X} at column {match.start() + 1}"


TIME_RE = re.compile(
    r"^(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}\s+noon|12\s+midnight|Noon|Midnight)$",
    re.IGNORECASE,
)
COLUMN_RE = re.compile(
    r"^(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*:\s*)?Col(?:umn|\.)?\s*(?P<column>\d+[A-Z]{0,3})$"
)
"""``19 July 2011 : Column 771`` (or ``Column 89WS``)."""

NOTE_LINE_RE = re.compile(r"^\[[^\[\]\n]*\]$")
"""A line that is one bracketed note."""
CHAIR_NOTE_RE = re.compile(r"^\[\s*(?P<chair>.{1,120}?)\s+in\s+the\s+Chair\s*\]$")
RELEVANT_DOCS_RE = re.compile(r"^\[\s*Relevant\s+documents?", re.IGNORECASE)

INLINE_NOTE_RE = re.compile(
    r"\[(?P<body>(?:Interruption|Laughter|Applause|Hon\.?\s+Members|An\s+hon\.?\s+Member|Several\s+hon"
    r"|Members|Noise|Shouts|Cheers|Hear,?\s+hear|Mr\.?\s+Speaker|Madam\s+Deputy|The\s+Speaker)"
    r"[^\[\]\n]{0,300}?)\]"
)
"""Bracketed interruptions inside or as a line: ``[Interruption.]``, ``[Hon. Members: "Hear, hear."]``.

Written tight against the brackets, as the Official Report prints them; a spaced
``[ Interruption. ]`` is a conversion artefact of some sources and is left as text."""

_PLACE_WORD = r"(?:St\.|[A-Z][\w'’-]*)"
_CONSTITUENCY = (
    rf"{_PLACE_WORD}(?:(?:,\s+|\s+)(?:(?:and|upon|on|under|in|with|of|the|le|de|la)\s+){{0,2}}"
    rf"{_PLACE_WORD}){{0,7}}"
)
REFERENCE_RE = re.compile(
    r"\b(?:[Mm]y|[Tt]he|[Hh]er|[Hh]is|[Oo]ur|[Yy]our)\s+(?:right\s+)?[Hh]on\.?\s+"
    r"(?:and\s+(?:learned|gallant|noble)\s+)?(?:Friends?|Members?|Gentleman|Gentlemen|Lady|Ladies"
    r"|Baronet)\b"
    rf"(?:\s+(?:the\s+Member\s+)?for\s+(?P<constituency>{_CONSTITUENCY}))?"
    r"(?:\s*\((?P<name>[^()\n]{2,60})\))?"
)
"""A member referred to in a speech: ``my hon. Friend the Member for Anytown North (Jane Smith)``,
``the right hon. Member for Somewhere``, ``the hon. Lady``."""

TERMINAL_PUNCT = ".?!,;:—–-\"”'’…"
"""Characters that end a sentence or clause: a line ending in one is running text, not a title."""


def interjection_kind(body: str) -> str:
    """Classify a bracketed note's text into the interjection kinds of the JSON contract."""
    lowered = body.lower()
    if lowered.startswith("interruption"):
        return "interruption"
    if "laughter" in lowered:
        return "laughter"
    if "hear, hear" in lowered or "hear hear" in lowered:
        return "hear_hear"
    if lowered.rstrip(".—– -").endswith("rose") or " rose" in lowered:
        return "rose"
    if "member" in lowered:
        return "collective"
    return "other"


def clock_time(text: str) -> str | None:
    """``4.15 pm`` → ``16:15``; None where the stamp is not a clock time."""
    lowered = text.lower().strip("[] ")
    if "noon" in lowered:
        return "12:00"
    if "midnight" in lowered:
        return "00:00"
    match = re.match(r"(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m", lowered)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[3] == "p" and hour < 12:
        hour += 12
    if match[3] == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_MONTH_YEAR = rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})"
SITTING_DATE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"^{_WEEKDAY},?\s+{_DAY_MONTH_YEAR}\.?$"),
    re.compile(rf"\bdebated\s+on\s+(?:{_WEEKDAY},?\s+)?{_DAY_MONTH_YEAR}"),
    re.compile(rf"\bH[CL]\s+Deb\s+{_DAY_MONTH_YEAR}"),
)
"""How the record states its sitting's date near the top: a line ``Tuesday 19 July 2011``,
the website's ``Volume 730: debated on Tuesday 28 March 2023``, or a citation
``HC Deb 16 January 2001 vol 361 cc300-13``."""
COLUMN_DATE_RE = re.compile(rf"^\s*{_DAY_MONTH_YEAR}\s*:\s*Col")
"""The date a column marker carries: ``19 July 2011 : Column 771``."""
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


def iso_date(match: re.Match[str]) -> str | None:
    """``19``, ``July``, ``2011`` of a date pattern → ``2011-07-19`` (None if no such day)."""
    try:
        day = datetime.date(int(match["year"]), MONTHS.index(match["month"]) + 1, int(match["day"]))
    except ValueError:
        return None
    return day.isoformat()
