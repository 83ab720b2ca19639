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

from attrs import evolve

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
from .speakers import (
    LabelMatch,
    match_asked_line,
    match_print_label,
    match_rose_line,
    match_unlabelled_question,
    match_web_label,
)


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
    TABLE = "TABLE"
    MEMBER_LIST = "MEMBER_LIST"
    UNPARSED = "UNPARSED"
    # provisional kinds, resolved by context
    WEB_LABEL = "WEB_LABEL"
    TITLE = "TITLE"


# The kinds as module names: on Python 3.11 every ``Kind.X`` goes through EnumType's
# Python-level ``__getattr__`` hook, ten times a module name's cost, and the passes
# below test kinds several times a line.
_BLANK = Kind.BLANK
_BOILERPLATE = Kind.BOILERPLATE
_CHAIR_CHANGE = Kind.CHAIR_CHANGE
_COLUMN = Kind.COLUMN
_DIVISION = Kind.DIVISION
_HEADING = Kind.HEADING
_INTERJECTION = Kind.INTERJECTION
_LANGUAGE = Kind.LANGUAGE
_MEMBER_LIST = Kind.MEMBER_LIST
_NOTE = Kind.NOTE
_PARA = Kind.PARA
_PROCEDURAL = Kind.PROCEDURAL
_SPEAKER = Kind.SPEAKER
_TABLE = Kind.TABLE
_TIME = Kind.TIME
_TITLE = Kind.TITLE
_UNPARSED = Kind.UNPARSED
_WEB_LABEL = Kind.WEB_LABEL

QUIET_KINDS = frozenset({_BLANK, _COLUMN, _TIME, _LANGUAGE, _NOTE, _INTERJECTION})
"""Lines that do not count when asking what follows a line (a heading, a title-like line)."""
_PASSED_OVER = QUIET_KINDS | {_BOILERPLATE}
"""Lines passed over when asking what follows a line, in context: the quiet lines, and a
website's furniture (``Alert me about debates like this`` between a title and a speaker),
which only a site's pass gives a line before context is read."""
_OPENERS = {_SPEAKER, _HEADING, _PROCEDURAL, _CHAIR_CHANGE, _DIVISION, _MEMBER_LIST}
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
    if (house.titles_end_with_stop or text.isupper()) and _is_stopped_title(text):
        # ``Rosyth Dockyard.``, as older volumes print a subject; in capitals (``INDIA—THE
        # FAMINE.``, ``HOUSE OF LORDS.``) in any House's older volumes, as today's never are
        text = text[:-1]
    if not 0 < len(text) <= 200 or text[-1] in TERMINAL_PUNCT or text[0] in "\"“‘'(—–-":
        return False
    if "\t" in text:
        return False  # a row of a table (see ``classify_line``)
    if _FIRST_PERSON_RE.match(text) and _second_word_is_lower(text):
        return False  # speech that stops short (``I beg to move``): a title never says ``I``
    if _TIMETABLE_ROW_RE.match(text):
        return False  # a row of a business programme (``2.15 pm Themed Question Time``)
    if _SOURCE_NOTE_RE.match(text):
        return False  # a table's source or note (``Source: Scottish Government …``)
    if text[-1] == "]" and text[0] != "[" and not _ends_in_title_bracket(text, house):
        return False
    if text[-1] == ")" and _SENTENCE_INSIDE_RE.search(text):
        return False
    return len(text.split()) <= 20 and not house.motion_body_re.match(text)


def _ends_in_title_bracket(text: str, house: House) -> bool:
    """``…Bill [Lords] — [2nd Allocated Day]``: a closing bracket that is part of a title
    (not the mover's name after a motion's full stop, ``…until any hour.—[Mr. Wakeham.]``)."""
    match = _LAST_BRACKET_RE.search(text)
    if match is None:
        return False
    before = text[: match.start()].rstrip(" —–-")
    return bool(before) and before[-1] not in ".?!" and not house.note_words_re.match(match["body"])


def _second_word_is_lower(text: str) -> bool:
    words = text.split(maxsplit=2)
    return len(words) > 1 and words[1][0].islower()


def _is_stopped_title(text: str) -> bool:
    """A title with a full stop after it (``Summary Jurisdiction Act, 1879.``,
    ``NCB (Enterprise) Ltd.``, ``QUESTIONS.``): one stop, at the end, after capitalised words
    (one word only in capitals); a sentence has lower-case words (``Floods in Ireland`` has
    only short ones), a one-word reply is not in capitals (``Order.``)."""
    if len(text) < 4 or text[-1] != "." or text[-2] in ".?!" or ". " in text:
        return False
    words = [w.strip("(),&") for w in text[:-1].split()]
    if len(words) == 1:
        return len(words[0]) >= 4 and words[0].isupper()  # ``QUESTIONS.``, ``SUPPLY.``; not ``Order.``
    return all(not w or not w[0].isalpha() or w[0].isupper() or len(w) <= 3 for w in words)


_SOURCE_NOTE_RE = re.compile(r"^(?:Sources?|Notes?)\s*:\s")
"""The source or a note under a table or an answer, never a heading."""
_TIMETABLE_ROW_RE = re.compile(r"^\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)\s+\S", re.IGNORECASE)
"""A clock time, then what happens at it: a row of a business programme, never a title."""
_LAST_BRACKET_RE = re.compile(r"\[(?P<body>[^\[\]]{0,200})\]$")
_SENTENCE_INSIDE_RE = re.compile(r"[.?!][”\"’']?\s*[—–-]*\s*\(")
"""A sentence ending before a bracket: ``…Committee.—(Mark Tami.)``."""


def _speech_follows(rest: str) -> bool:
    """After ``Label:``, running speech, not a heading's second half (``Prisoners: Skills``).

    Speech ends a sentence or runs on; or it speaks in the first person, as a heading
    never does, though its first paragraph may stop short (``I beg to move`` with the
    motion on the next line).
    """
    rest = rest.strip()
    if not rest:
        return False
    return rest[-1] in TERMINAL_PUNCT + ")]" or len(rest.split()) >= 8 or bool(_FIRST_PERSON_RE.match(rest))


_FIRST_PERSON_RE = re.compile(r"^(?:I|We)(?:\s|['’](?:m|ve|d|ll)\b)")


_COLUMN_OR_TIME_FIRST = frozenset("0123456789CNnMm")
"""The characters a column marker or a time stamp can start with (a cheap test first)."""


def classify_line(line: Line, house: House = COMMONS) -> ClassifiedLine:
    """Classify one line by itself, before context is known, in the words of ``house``."""
    text = line.content.strip()
    if not text:
        return ClassifiedLine(line, _BLANK)
    if not text.isprintable() and CONTROL_RE.search(text):
        return ClassifiedLine(line, _UNPARSED)
    first = text[0]
    if first == "(" and house.clock_stamp_re.match(text):
        return ClassifiedLine(line, _TIME)
    if first == "[" and house.floor_language_re.match(text):
        return ClassifiedLine(line, _LANGUAGE)
    opening = house.line_opening_re.match(text)
    opens = opening.lastgroup if opening else None  # interjecting, procedure, member_list …
    if opens == "interjecting":
        return ClassifiedLine(line, _INTERJECTION)
    if first in _COLUMN_OR_TIME_FIRST:
        if COLUMN_RE.match(text):
            return ClassifiedLine(line, _COLUMN)
        if TIME_RE.match(text):
            return ClassifiedLine(line, _TIME)
    if first == "[" and NOTE_LINE_RE.match(text):
        if CHAIR_NOTE_RE.match(text):
            return ClassifiedLine(line, _CHAIR_CHANGE)
        if RELEVANT_DOCS_RE.match(text):
            return ClassifiedLine(line, _PROCEDURAL)
        if house.inline_note_re.fullmatch(text):
            return ClassifiedLine(line, _INTERJECTION)
        return ClassifiedLine(line, _NOTE)
    if opens == "procedure":
        return ClassifiedLine(line, _PROCEDURAL)
    if opens == "member_list":
        return ClassifiedLine(line, _MEMBER_LIST)
    if opens == "fixed_heading":
        return ClassifiedLine(line, _HEADING)
    label = match_print_label(line.content, house)
    if label and house.voices_interject and label.speaker.role == "collective":
        return ClassifiedLine(line, _INTERJECTION)  # ``Some hon. members: Agreed.``
    if label and _speech_follows(line.content[label.end :]):
        return ClassifiedLine(line, _SPEAKER, label)
    if label and label.strong and not line.content[label.end :].strip():
        # ``The Chairperson (Mrs Hargan):`` or ``Mr Lunn:`` alone, the speech below, as the
        # Northern Ireland Assembly's pages and other sites set a label: a web label. Only a
        # label that can be nothing else: ``Witnesses:`` or ``Contents:`` names no member.
        # One such line is no evidence of a debate (an article may introduce a quote so):
        # it counts as a weak label, so that layout detection needs two.
        return ClassifiedLine(line, _WEB_LABEL, evolve(label, strong=False))
    rose = match_rose_line(line.content, house)
    if rose is not None:
        return ClassifiedLine(line, _SPEAKER, rose)
    asked = match_asked_line(line.content, house)
    if asked is not None:
        return ClassifiedLine(line, _SPEAKER, asked)
    unlabelled = match_unlabelled_question(text, house)
    if unlabelled is not None:
        return ClassifiedLine(line, _SPEAKER, unlabelled)
    if "\t" in text:
        return ClassifiedLine(line, _TABLE)  # cells apart by tabs: a row of a table
    if _is_title_like(text, house):
        web = match_web_label(line.content, house)
        if web:
            return ClassifiedLine(line, _WEB_LABEL, web)
        return ClassifiedLine(line, _TITLE)
    return ClassifiedLine(line, _PARA)


def classify_lines(lines: Sequence[Line], house: House = COMMONS) -> list[ClassifiedLine]:
    """Classify every line by itself (the first pass)."""
    return [classify_line(line, house) for line in lines]


def count_layout_evidence(items: Sequence[ClassifiedLine]) -> tuple[int, int, bool]:
    """How many lines read as print labels, how many as web labels above running text, and
    whether any of them could be nothing but a label (a number, brackets, an office)."""
    n_print = n_web = 0
    strong = False
    following = _BLANK
    for item in reversed(items):
        if item.kind is _SPEAKER and not (item.label and item.label.reported):
            n_print += 1
            strong = strong or bool(item.label and item.label.strong)
        elif item.kind is _WEB_LABEL and following is _PARA:
            n_web += 1
            strong = strong or bool(item.label and item.label.strong)
        if item.kind not in _PASSED_OVER:
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
        if item.kind in (_WEB_LABEL, _TITLE):
            if _in_table(resolved, i, following):
                item = item._replace(kind=_TABLE, label=None)
            elif web and _voices_interjection(item, resolved[i + 1] if i + 1 < len(resolved) else None):
                item = item._replace(kind=_SPEAKER)
            else:
                item = _resolve_title(item, following, web=web, house=house)
            resolved[i] = item
        if item.kind not in _PASSED_OVER:
            following = item
    _promote_motions(resolved, house)
    _ask_under_label(resolved)
    _mark_page_chrome(resolved)
    return resolved


def _unlabelled_question(item: ClassifiedLine) -> bool:
    """A question the record prints without its asker (``1. What …? OQ61074``)."""
    label = item.label
    return item.kind is Kind.SPEAKER and label is not None and label.reported and label.speaker.role == "unknown"


def _ask_under_label(items: list[ClassifiedLine]) -> None:
    """A question printed without its asker (``1. What …? OQ61074``) straight under a label
    alone on its line is that member's question: the label takes its number, the line is the
    turn's text (a web copy names the asker the record leaves out)."""
    previous: int | None = None
    for i, item in enumerate(items):
        label = item.label
        if label is not None and _unlabelled_question(item):
            before = items[previous] if previous is not None else None
            if (
                previous is not None
                and before is not None
                and before.kind is Kind.SPEAKER
                and before.label is not None
                and before.label.number is None
                and before.label.end >= len(before.line.content.rstrip())
            ):
                items[previous] = before._replace(label=evolve(before.label, number=label.number))
                items[i] = item._replace(kind=Kind.PARA, label=None)
        if items[i].kind not in _PASSED_OVER:
            previous = i


def _voices_interjection(item: ClassifiedLine, following: ClassifiedLine | None) -> bool:
    """A collective's label alone (``A Member``) straight above an interruption
    (``[Interruption.]``): the collective's turn, which is nothing but that interruption."""
    return (
        item.kind is _WEB_LABEL
        and item.label is not None
        and item.label.speaker.role == "collective"
        and following is not None
        and following.kind is _INTERJECTION
    )


def _is_table_row(item: ClassifiedLine | None) -> bool:
    """A row of a table (``2009-10\t£32,500,000``), or a line kept with one."""
    return item is not None and item.kind is _TABLE


def _in_table(items: Sequence[ClassifiedLine], i: int, following: ClassifiedLine | None) -> bool:
    """A short line next to a table row (its caption, a band name between rows) is part of
    the table, never a heading or a label: tables are kept whole. (A title after a table and
    before a speaker or another block is the next heading.)"""
    if _is_table_row(following):
        return True
    if following is not None and following.kind in _OPENERS:
        return False
    for j in range(i - 1, max(-1, i - 3), -1):
        if items[j].kind is not _BLANK:
            return _is_table_row(items[j])
    return False


def _resolve_title(
    item: ClassifiedLine, following: ClassifiedLine | None, *, web: bool, house: House
) -> ClassifiedLine:
    next_kind = following.kind if following else None
    if web and following is not None and _unlabelled_question(following):
        next_kind = Kind.PARA  # the asker's question, which the label alone above it names
    next_text = following.line.content.strip() if following else ""
    motion_follows = next_kind is _PARA and house.motion_body_re.match(next_text)
    if (
        web
        and item.kind is _WEB_LABEL
        and next_kind is _PARA
        and item.label is not None
        and (item.label.strong or not motion_follows)
    ):
        return item._replace(kind=_SPEAKER)
    if next_kind is None or next_kind in _OPENERS or motion_follows:
        return item._replace(kind=_HEADING, label=None)
    return item._replace(kind=_PARA, label=None)


def _promote_motions(items: list[ClassifiedLine], house: House) -> None:
    """``That this House…`` straight after a heading is the motion itself: procedure."""
    previous: Kind | None = None
    for i, item in enumerate(items):
        if (
            item.kind is _PARA
            and previous is _HEADING
            and house.motion_body_re.match(item.line.content.strip())
        ):
            items[i] = item._replace(kind=_PROCEDURAL)
        if item.kind not in QUIET_KINDS:
            previous = items[i].kind


def page_chrome_end(items: Sequence[ClassifiedLine]) -> int | None:
    """Where the page chrome above the first column marker ends, or None if there is none.

    A browser copy puts navigation (``Index``, ``Home Page``) before the page's first column
    marker; it is chrome only when nothing but titles, text and blank lines precede a marker
    within the first lines. Real text before it means a marker mid-page, not a page top.
    """
    for i, item in enumerate(items[:12]):
        if item.kind is _COLUMN:
            return i
        if item.kind not in (_HEADING, _PARA, _BLANK):
            return None
    return None


def _mark_page_chrome(items: list[ClassifiedLine]) -> None:
    """Mark the navigation text above the first column marker as boilerplate."""
    end = page_chrome_end(items)
    for i in range(end or 0):
        if items[i].kind in (_HEADING, _PARA):
            items[i] = items[i]._replace(kind=_BOILERPLATE, label=None)
