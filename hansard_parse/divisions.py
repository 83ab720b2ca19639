"""Divisions: ``The House divided:``, the counts, ``Division No. 123]``, the lists and tellers.

A division runs from its opening line over every line that belongs to a division record
(counts, number, time, ``AYES``/``NOES``, surname-first names with ``rh``, constituencies in
brackets on the next line, ``Tellers for the Ayes:`` and the tellers' names) and stops at
the first line that is none of these. This pass runs before headings are decided, because
``AYES`` alone on a line would otherwise look like a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import ClassifiedLine, Kind
from .houses import COMMONS, House

DIVISION_OPEN_RE = re.compile(
    r"^(?:The\s+(?:House|Committee)\s+(?:divided|proceeded\s+to\s+a\s+Division)|Division\s+No\.?\s*\d+)"
)
COUNTS_RE = re.compile(r"Ayes\s+(?P<ayes>\d+)\s*[,;]?\s*Noes\s+(?P<noes>\d+)", re.IGNORECASE)
NUMBER_RE = re.compile(r"Division\s+No\.?\s*(?P<number>\d+)")
TIME_RE = re.compile(r"\[?\s*(?P<time>\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.))\s*\]?", re.I)
SIDE_RE = re.compile(r"^(?P<side>AYES|NOES|Ayes|Noes)\.?$")
TELLERS_RE = re.compile(r"^Tellers?\s+for\s+the\s+(?P<side>Ayes|Noes)\s*:?$", re.IGNORECASE)
_PART_RE = re.compile(
    r"^(?:"
    r"Ayes\s+\d+\s*[,;]?\s*Noes\s+\d+\.?"
    r"|Division\s+No\.?\s*\d+\]?"
    r"|\[?\s*\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)\s*\]?"
    r"|AYES|NOES|Ayes|Noes"
    r"|Tellers?\s+for\s+the\s+(?:Ayes|Noes)\s*:?"
    r"|\([^()\n]{2,80}\)"
    r"|[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3},\s+(?:rh\s+)?[\w'’. -]{1,60}"
    r")$"
)
"""A line that can stand in a division record."""
_TELLER_NAME_RE = re.compile(r"^(?:[A-Z][\w'’.-]*)(?:\s+[A-Za-z][\w'’.-]*){0,5}(?:\s+and)?$")


def is_division_opening(text: str) -> bool:
    return bool(DIVISION_OPEN_RE.match(text))


def mark_divisions(items: Sequence[ClassifiedLine], house: House = COMMONS) -> list[ClassifiedLine]:
    """Mark division openings as DIVISION and the lines of their record as DIVISION_LINE
    (with the House's own openings and record lines besides Westminster's)."""
    marked = list(items)
    i = 0
    while i < len(marked):
        text = marked[i].line.content.strip()
        if marked[i].kind is Kind.PROCEDURAL and (
            is_division_opening(text) or house.division_opening_re.match(text)
        ):
            marked[i] = marked[i]._replace(kind=Kind.DIVISION, label=None)
            i = _mark_record(marked, i + 1, house)
        else:
            i += 1
    return marked


def _mark_record(items: list[ClassifiedLine], i: int, house: House) -> int:
    """Mark the record's lines from ``i``; return the index of the first line after it."""
    tellers_left = 0
    while i < len(items):
        text = items[i].line.content.strip()
        if not text:
            break
        if _PART_RE.match(text) or house.division_line_re.match(text):
            tellers_left = 2 if TELLERS_RE.match(text) else tellers_left
        elif tellers_left and _TELLER_NAME_RE.match(text):
            tellers_left -= 1
        else:
            break
        items[i] = items[i]._replace(kind=Kind.DIVISION_LINE, label=None)
        i += 1
    return i


def read_division(lines: Sequence[str]) -> dict[str, object]:
    """The facts of a division record: number, time, counts, names and tellers by side."""
    facts: dict[str, object] = {"number": None, "time": None, "ayes": None, "noes": None}
    names: dict[str, list[str]] = {"ayes": [], "noes": []}
    tellers: dict[str, list[str]] = {"ayes": [], "noes": []}
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
        if match := SIDE_RE.match(text):
            side, in_tellers = match["side"].lower(), False
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
