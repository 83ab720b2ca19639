"""Divisions: ``The House divided:``, the counts, ``Division No. 123]``, the lists and tellers.

A division runs from its opening line over every line that belongs to a division record
(counts, number, time, ``AYES``/``NOES``, surname-first names with ``rh``, constituencies in
brackets on the next line, ``Tellers for the Ayes:`` and the tellers' names) and stops at
the first line that is none of these. This pass runs before headings are decided, because
``AYES`` alone on a line would otherwise look like a heading.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .classify import ClassifiedLine, Kind
from .houses import COMMONS, House

# The kinds as module names: on Python 3.11 every ``Kind.X`` goes through EnumType's
# Python-level ``__getattr__`` hook, ten times a module name's cost, and the passes
# below test kinds several times a line.
_DIVISION, _DIVISION_LINE, _PROCEDURAL, _SPEAKER = (
    Kind.DIVISION, Kind.DIVISION_LINE, Kind.PROCEDURAL, Kind.SPEAKER
)
_LIST_OPENERS = frozenset({Kind.TITLE, Kind.WEB_LABEL, Kind.PARA})
"""The kinds of line a side's word alone on its line is classified as."""

DIVISION_OPEN_RE = re.compile(
    r"^(?:The\s+(?:House|Committee)\s+(?:divided|proceeded\s+to\s+a\s+Division)|Division\s+No\.?\s*\d+)"
)
COUNTS_RE = re.compile(r"Ayes\s+(?P<ayes>\d+)\s*[,;]?\s*Noes\s+(?P<noes>\d+)", re.IGNORECASE)
NUMBER_RE = re.compile(r"Division\s+No\.?\s*(?P<number>\d+)")
TIME_RE = re.compile(r"\[?\s*(?P<time>\d{1,2}[.:·]\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.))\s*\]?", re.I)
TELLERS_RE = re.compile(r"^Tellers?\s+for\s+the\s+(?P<side>Ayes|Noes)\s*:?$", re.IGNORECASE)
_PARTS = (
    r"^(?:"
    r"Ayes\s+\d+\s*[,;]?\s*Noes\s+\d+\.?"
    r"|Division\s+No\.?\s*\d+\]?"
    r"|\[?\s*\d{1,2}[.:·]\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)\s*[\]>]?"
    r"|<SIDES>\.?"
    r"|Tellers?\s+for\s+the\s+(?:Ayes|Noes)\s*:?"
    r"|\([^()\n]{2,80}\)"
    # surname first (``Abbott, Ms Diane``, ``Öpik, Lembit``), as printed or with a slip
    # (``kilfoyle, Peter``, ``Canavan. Dennis``, ``Marek,Dr John``, ``Spellar.John``)
    r"|[^\W\d_][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}[,.]\s*(?:rh\s+)?[\w'’. -]{1,60}(?:\s*\([^()\n]{1,40}\)?){0,2}"
    # a name whose comma the record dropped (``Blunkett David``): two to four name words
    r"|[A-Z][a-z'’][\w'’-]*(?:\s+[A-Z][a-z'’][\w'’.-]*){1,3}"
    r")$"
)
"""A line that can stand in a division record; ``<SIDES>`` stands for the House's side words."""


@functools.cache
def _sides(house: House) -> tuple[str, ...]:
    """The House's side words as printed: as stated, and in capitals (``AYES``)."""
    return tuple(dict.fromkeys((*house.division_sides, *(side.upper() for side in house.division_sides))))


@functools.cache
def _part_re(house: House) -> re.Pattern[str]:
    return re.compile(_PARTS.replace("<SIDES>", "(?:" + "|".join(_sides(house)) + ")"))


@functools.cache
def _side_re(house: House) -> re.Pattern[str]:
    return re.compile(r"^(?P<side>" + "|".join(_sides(house)) + r")\.?$")


_SURNAME_FIRST_RE = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3},\s*[A-Z]")
"""A name as a division list prints it, surname first (``Alexander, Ms Wendy``)."""
_TELLER_NAME_RE = re.compile(r"^(?:[A-Z][\w'’.-]*)(?:\s+[A-Za-z][\w'’.-]*){0,9}(?:\s+and)?$")
"""A teller's name, or both on one line (``Mr. Michael Brown and Mr. Robert C. Hughes.``)."""


def is_division_opening(text: str) -> bool:
    return bool(DIVISION_OPEN_RE.match(text))


def mark_divisions(items: Sequence[ClassifiedLine], house: House = COMMONS) -> list[ClassifiedLine]:
    """Mark division openings as DIVISION and the lines of their record as DIVISION_LINE.

    A division opens with ``The House divided:`` (or its number, or one of the House's own
    openings), or, where the record prints no such line (the Scottish Parliament), with a
    side's word alone (``For``) above a name printed surname first. Record lines are
    Westminster's and the House's own (``YEAS``, a name with its riding).
    """
    marked = list(items)
    side_re = _side_re(house)
    i = 0
    while i < len(marked):
        if (marked[i].kind is _PROCEDURAL and _opens_division(marked[i].line.content, house)) or (
            _opens_list(marked, i, side_re)
        ):
            marked[i] = marked[i]._replace(kind=_DIVISION, label=None)
            i = _mark_record(marked, i + 1, house)
        else:
            i += 1
    return marked


def _opens_division(line: str, house: House) -> bool:
    """A procedure line that opens a division (``The House divided:``, the House's own)."""
    text = line.strip()
    return is_division_opening(text) or bool(house.division_opening_re.match(text))


def _opens_list(items: Sequence[ClassifiedLine], i: int, side_re: re.Pattern[str]) -> bool:
    """A side's word alone on its line (``side_re``, the House's sides) with a surname-first
    name on the next."""
    return (
        i + 1 < len(items)
        and items[i].kind in _LIST_OPENERS
        and bool(side_re.match(items[i].line.content.strip()))
        and bool(_SURNAME_FIRST_RE.match(items[i + 1].line.content.strip()))
    )


def _mark_record(items: list[ClassifiedLine], i: int, house: House) -> int:
    """Mark the record's lines from ``i``; return the index of the first line after it."""
    tellers_left = 0
    while i < len(items):
        text = items[i].line.content.strip()
        if not text:
            break
        own_line = house.division_line_re.match(text)
        business = items[i].kind in (_PROCEDURAL, _SPEAKER)
        if business and not (COUNTS_RE.match(text) or NUMBER_RE.match(text) or own_line):
            break  # the House's business again (``Question accordingly negatived.``)
        if tellers_left and _TELLER_NAME_RE.match(text):
            tellers_left -= 1
        elif _part_re(house).match(text) or own_line:
            tellers_left = 2 if TELLERS_RE.match(text) else tellers_left
        else:
            break
        items[i] = items[i]._replace(kind=_DIVISION_LINE, label=None)
        i += 1
    return i


def read_division(lines: Sequence[str], house: House = COMMONS) -> dict[str, object]:
    """The facts of a division record: number, time, counts, names and tellers by side.

    The House's first side is the ayes and its second the noes (``For``, ``Against``);
    names under a third (``Abstentions``) are read as neither.
    """
    facts: dict[str, object] = {"number": None, "time": None, "ayes": None, "noes": None}
    names: dict[str, list[str]] = {"ayes": [], "noes": [], "other": []}
    tellers: dict[str, list[str]] = {"ayes": [], "noes": [], "other": []}
    sides = zip(house.division_sides, ("ayes", "noes"), strict=False)  # a third side is "other"
    side_names = {side.lower(): key for side, key in sides}
    side: str | None = None
    in_tellers = False
    for raw in lines:
        text = raw.strip()
        if (counts := COUNTS_RE.search(text)) and facts["ayes"] is None:
            facts["ayes"], facts["noes"] = int(counts["ayes"]), int(counts["noes"])
        if (number := NUMBER_RE.search(text)) and facts["number"] is None:
            facts["number"] = number["number"]
        if (time := TIME_RE.fullmatch(text)) and facts["time"] is None:
            facts["time"] = " ".join(time["time"].split())
        if is_division_opening(text) or COUNTS_RE.fullmatch(text.rstrip(".")) or NUMBER_RE.match(text):
            continue
        if TIME_RE.fullmatch(text):
            continue
        if match := _side_re(house).match(text):
            side, in_tellers = side_names.get(match["side"].lower(), "other"), False
        elif match := TELLERS_RE.match(text):
            side, in_tellers = match["side"].lower(), True
        elif side is not None:
            target = (tellers if in_tellers else names)[side]
            if text.startswith("(") and target:
                target[-1] = f"{target[-1]} {text}"
            elif in_tellers:
                target.extend(n.strip() for n in re.split(r"\s+and$|\s+and\s+", text) if n.strip())
            else:
                target.append(text)
    facts.update(
        ayes_names=tuple(names["ayes"]),
        noes_names=tuple(names["noes"]),
        ayes_tellers=tuple(tellers["ayes"]),
        noes_tellers=tuple(tellers["noes"]),
    )
    return facts
