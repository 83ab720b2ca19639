"""The line lexer for speaker-attributed text: what each line of a print or web transcript is.

Two passes, both linear. The first looks at each line alone (blank, column marker, time,
bracketed note, procedure, ``Label: text``, a label alone, a title-like line, running text).
The second reads the lines from the end, because a short title-like line is a heading when a
new block follows it (a speaker, procedure, another heading) and a web speaker label when
running text follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from typing import NamedTuple

from .houses import COMMONS, House
from .patterns import (
    CHAIR_NOTE_RE,
    COLUMN_RE,
    CONTROL_RE,
    NOTE_LINE_RE,
    RELEVANT_DOCS_RE,
    TERMINAL_PUNCT,
    TIME_RE,
)
from .source import Line
from .speakers import LabelMatch, match_print_label, match_rose_line, match_web_label


class Kind(StrEnum):
    """What a line is. The values are the grammar's terminal names."""

    BLANK = "BLANK"
    COLUMN = "COLUMN"
    TIME = "TIME"
    LANGUAGE = "LANGUAGE"
    CHAIR_CHANGE = "CHAIR_CHANGE"
    INTERJECTION = "INTERJECTION"
    NOTE = "NOTE"
    PROCEDURAL = "PROCEDURAL"
    HEADING = "HEADING"
    SPEAKER = "SPEAKER"
    PARA = "PARA"
    BOILERPLATE = "BOILERPLATE"
    DIVISION = "DIVISION"
    DIVISION_LINE = "DIVISION_LINE"
    UNPARSED = "UNPARSED"
    # provisional kinds, resolved by context
    WEB_LABEL = "WEB_LABEL"
    TITLE = "TITLE"


QUIET_KINDS = frozenset(
    {Kind.BLANK, Kind.COLUMN, Kind.TIME, Kind.LANGUAGE, Kind.NOTE, Kind.INTERJECTION}
)
"""Lines that do not count when asking what follows a line (a heading, a title-like line)."""
_OPENERS = {Kind.SPEAKER, Kind.HEADING, Kind.PROCEDURAL, Kind.CHAIR_CHANGE, Kind.DIVISION}
"""Lines that open a block: a title-like line before one of these is a heading."""


class ClassifiedLine(NamedTuple):
    """A line with what it is and what the passes over the lines decided about it."""

    line: Line
    kind: Kind
    label: LabelMatch | None = None
    """The speaker label read from a speaker line."""
    turn: str | None = None
    """The kind of turn a speaker line opens (``question``, ``answer`` …), set in context."""
    level: int | None = None
    """A heading's level (1–3), set in context."""


def _is_title_like(text: str, house: House) -> bool:
    """Short, with no sentence punctuation at the end: could be a heading or a web label.

    A line ending in a bracket is title-like only when it is a title with a bracketed
    part (``Green Belt (Review)``), not running text that ends in a note or a mover's name
    (``…people— [Interruption.]``, ``…Committee.—(Mark Tami.)``).
    """
    if not 0 < len(text) <= 200 or text[-1] in TERMINAL_PUNCT or text[0] in "\"“‘'(—–-":
        return False
    if "\t" in text:
        return False  # a row of a table: kept whole with the text around it
    if text[-1] == "]" and text[0] != "[" and not _ends_in_title_bracket(text, house):
        return False
    if text[-1] == ")" and _SENTENCE_INSIDE_RE.search(text):
        return False
    return len(text.split()) <= 20 and not house.motion_body_re.match(text)


def _ends_in_title_bracket(text: str, house: House) -> bool:
    """``…Bill [Lords] — [2nd Allocated Day]``: a closing bracket that is part of a title."""
    match = _LAST_BRACKET_RE.search(text)
    if match is None:
        return False
    before = text[: match.start()].rstrip()
    return bool(before) and before[-1] not in ".?!" and not house.note_words_re.match(match["body"])


_LAST_BRACKET_RE = re.compile(r"\[(?P<body>[^\[\]]{0,200})\]$")
_SENTENCE_INSIDE_RE = re.compile(r"[.?!][”\"’']?\s*[—–-]*\s*\(")
"""A sentence ending before a bracket: ``…Committee.—(Mark Tami.)``."""


def _speech_follows(rest: str) -> bool:
    """After ``Label:``, running speech, not a heading's second half (``Prisoners: Skills``)."""
    rest = rest.strip()
    if not rest:
        return False
    return rest[-1] in TERMINAL_PUNCT + ")]" or len(rest.split()) >= 8


_COLUMN_OR_TIME_FIRST = frozenset("0123456789CNnMm")
"""The characters a column marker or a time stamp can start with (a cheap test first)."""


def classify_line(line: Line, house: House = COMMONS) -> ClassifiedLine:
    """Classify one line by itself, before context is known, in the words of ``house``."""
    text = line.content.strip()
    if not text:
        return ClassifiedLine(line, Kind.BLANK)
    if not text.isprintable() and CONTROL_RE.search(text):
        return ClassifiedLine(line, Kind.UNPARSED)
    first = text[0]
    if first == "(" and house.clock_stamp_re.match(text):
        return ClassifiedLine(line, Kind.TIME)
    if first == "[" and house.floor_language_re.match(text):
        return ClassifiedLine(line, Kind.LANGUAGE)
    if house.interjecting_re.match(text):
        return ClassifiedLine(line, Kind.INTERJECTION)
    if first in _COLUMN_OR_TIME_FIRST:
        if COLUMN_RE.match(text):
            return ClassifiedLine(line, Kind.COLUMN)
        if TIME_RE.match(text):
            return ClassifiedLine(line, Kind.TIME)
    if first == "[" and NOTE_LINE_RE.match(text):
        if CHAIR_NOTE_RE.match(text):
            return ClassifiedLine(line, Kind.CHAIR_CHANGE)
        if RELEVANT_DOCS_RE.match(text):
            return ClassifiedLine(line, Kind.PROCEDURAL)
        if house.inline_note_re.fullmatch(text):
            return ClassifiedLine(line, Kind.INTERJECTION)
        return ClassifiedLine(line, Kind.NOTE)
    if house.procedural_re.match(text):
        return ClassifiedLine(line, Kind.PROCEDURAL)
    if house.fixed_heading_re.match(text):
        return ClassifiedLine(line, Kind.HEADING)
    label = match_print_label(line.content, house)
    if label and house.voices_interject and label.speaker.role == "collective":
        return ClassifiedLine(line, Kind.INTERJECTION)  # ``Some hon. members: Agreed.``
    if label and _speech_follows(line.content[label.end :]):
        return ClassifiedLine(line, Kind.SPEAKER, label)
    rose = match_rose_line(line.content, house)
    if rose is not None:
        return ClassifiedLine(line, Kind.SPEAKER, rose)
    if _is_title_like(text, house):
        web = match_web_label(line.content, house)
        if web:
            return ClassifiedLine(line, Kind.WEB_LABEL, web)
        return ClassifiedLine(line, Kind.TITLE)
    return ClassifiedLine(line, Kind.PARA)


def classify_lines(lines: Sequence[Line], house: House = COMMONS) -> list[ClassifiedLine]:
    """Classify every line by itself (the first pass)."""
    return [classify_line(line, house) for line in lines]


def count_layout_evidence(items: Sequence[ClassifiedLine]) -> tuple[int, int, bool]:
    """How many lines read as print labels, how many as web labels above running text, and
    whether any of them could be nothing but a label (a number, brackets, an office)."""
    n_print = n_web = 0
    strong = False
    following = Kind.BLANK
    for item in reversed(items):
        if item.kind is Kind.SPEAKER:
            n_print += 1
            strong = strong or bool(item.label and item.label.strong)
        elif item.kind is Kind.WEB_LABEL and following is Kind.PARA:
            n_web += 1
            strong = strong or bool(item.label and item.label.strong)
        if item.kind not in QUIET_KINDS:
            following = item.kind
    return n_print, n_web, strong


def resolve_context(
    items: Sequence[ClassifiedLine], *, web: bool, house: House = COMMONS
) -> list[ClassifiedLine]:
    """Second pass: decide headings, web labels and procedure by what surrounds each line."""
    resolved = list(items)
    following: ClassifiedLine | None = None
    for i in range(len(resolved) - 1, -1, -1):
        item = resolved[i]
        if item.kind in (Kind.WEB_LABEL, Kind.TITLE):
            if _in_table(resolved, i, following):
                item = item._replace(kind=Kind.PARA, label=None)
            else:
                item = _resolve_title(item, following, web=web, house=house)
            resolved[i] = item
        if item.kind not in QUIET_KINDS:
            following = item
    _promote_motions(resolved, house)
    _mark_page_chrome(resolved)
    return resolved


def _is_table_row(item: ClassifiedLine | None) -> bool:
    """A line of running text with a tab inside: a row of a table (``2009-10\t£32,500,000``)."""
    return item is not None and item.kind is Kind.PARA and "\t" in item.line.content.strip()


def _in_table(items: Sequence[ClassifiedLine], i: int, following: ClassifiedLine | None) -> bool:
    """A short line next to a table row (its caption, a band name between rows) is part of
    the table, never a heading or a label: tables are kept whole. (A title after a table and
    before a speaker or another block is the next heading.)"""
    if _is_table_row(following):
        return True
    if following is not None and following.kind in _OPENERS:
        return False
    for j in range(i - 1, max(-1, i - 3), -1):
        if items[j].kind is not Kind.BLANK:
            return _is_table_row(items[j])
    return False


def _resolve_title(
    item: ClassifiedLine, following: ClassifiedLine | None, *, web: bool, house: House
) -> ClassifiedLine:
    next_kind = following.kind if following else None
    next_text = following.line.content.strip() if following else ""
    motion_follows = next_kind is Kind.PARA and house.motion_body_re.match(next_text)
    if (
        web
        and item.kind is Kind.WEB_LABEL
        and next_kind is Kind.PARA
        and item.label is not None
        and (item.label.strong or not motion_follows)
    ):
        return item._replace(kind=Kind.SPEAKER)
    if next_kind is None or next_kind in _OPENERS or motion_follows:
        return item._replace(kind=Kind.HEADING, label=None)
    return item._replace(kind=Kind.PARA, label=None)


def _promote_motions(items: list[ClassifiedLine], house: House) -> None:
    """``That this House…`` straight after a heading is the motion itself: procedure."""
    previous: Kind | None = None
    for i, item in enumerate(items):
        if (
            item.kind is Kind.PARA
            and previous is Kind.HEADING
            and house.motion_body_re.match(item.line.content.strip())
        ):
            items[i] = item._replace(kind=Kind.PROCEDURAL)
        if item.kind not in QUIET_KINDS:
            previous = items[i].kind


def page_chrome_end(items: Sequence[ClassifiedLine]) -> int | None:
    """Where the page chrome above the first column marker ends, or None if there is none.

    A browser copy puts navigation (``Index``, ``Home Page``) before the page's first column
    marker; it is chrome only when nothing but titles, text and blank lines precede a marker
    within the first lines. Real text before it means a marker mid-page, not a page top.
    """
    for i, item in enumerate(items[:12]):
        if item.kind is Kind.COLUMN:
            return i
        if item.kind not in (Kind.HEADING, Kind.PARA, Kind.BLANK):
            return None
    return None


def _mark_page_chrome(items: list[ClassifiedLine]) -> None:
    """Mark the navigation text above the first column marker as boilerplate."""
    end = page_chrome_end(items)
    for i in range(end or 0):
        if items[i].kind in (Kind.HEADING, Kind.PARA):
            items[i] = items[i]._replace(kind=Kind.BOILERPLATE, label=None)
