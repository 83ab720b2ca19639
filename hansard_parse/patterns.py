"""The fixed forms of the record that no House words differently: times, column markers,
bracketed notes, control characters.

The words of a House (procedure, labels, headings, formulas) live in
:mod:`hansard_parse.houses`. Every pattern is anchored and has no nested unbounded
repetition, so it runs in time linear in the line.
"""

from __future__ import annotations

import datetime
import re

from .houses import COMMONS, House

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""Control characters that no transcript holds (NUL, escape…): such a line is left unparsed.
Tabs, form feeds and carriage returns are ordinary white space here."""


def unreadable_reason(text: str) -> str | None:
    """Why a line cannot be read as Hansard text, or None when it can (a printable line holds
    no control character, and ``isprintable`` asks without a regex)."""
    if text.isprintable():
        return None
    match = CONTROL_RE.search(text)
    if match is None:
        return None
    return f"control character U+{ord(match.group()):04X} at column {match.start() + 1}"


TIME_RE = re.compile(
    r"^(?:\d{1,2}(?:[.:·]\d{1,2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}\s+noon|12\s+midnight|Noon|Midnight)$",
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

TERMINAL_PUNCT = ".?!,;:—–-\"”'’…"
"""Characters that end a sentence or clause: a line ending in one is running text, not a title."""


def interjection_kind(body: str, house: House = COMMONS) -> str:
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
    if house.collective_note_word in lowered:
        return "collective"
    if lowered.rstrip(".—– -").endswith("interjecting"):
        return "interruption"  # ``Mr Crean interjecting—``: one member calls out
    return "other"


_STAMP_RE = re.compile(r"^\(([01]\d|2[0-3])([0-5]\d)\)$")
"""A 24-hour stamp in brackets, as Canada's record marks the time: ``(1415)``."""


_DAY_THEN_TIME_RE = re.compile(r"[\s/](\d{1,2})(?:[.:](\d{2}))?(?::\d{2})?\s*([ap])\.?m\.?$")
"""A time after the day it is on, as websites stamp a turn: openparliament.ca's ``march 23rd,
2023 / 10 a.m.``, sovote.ca's ``• feb/20/22 12:39:24 p.m.`` (lowered; seconds dropped)."""
_CLOCK_24_RE = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
"""A 24-hour time alone, as the Scottish Parliament's and the Senedd's records print it: ``14:00``."""


def clock_time(text: str) -> str | None:
    """``4.15 pm`` → ``16:15``, and as older volumes print it, ``4·28 pm`` → ``16:28`` and
    ``8.9 pm`` → ``20:09``; a 24-hour ``14:00`` as it is; None where the stamp is not a
    clock time."""
    lowered = text.lower().strip("[] ")
    if "noon" in lowered:
        return "12:00"
    if "midnight" in lowered:
        return "00:00"
    stamp = _STAMP_RE.match(text.strip()) or _CLOCK_24_RE.match(text.strip())
    if stamp is not None:
        return f"{int(stamp[1]):02d}:{stamp[2]}"
    match = re.match(r"(\d{1,2})(?:[.:·](\d{1,2}))?\s*([ap])\.?m", lowered) or _DAY_THEN_TIME_RE.search(lowered)
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
