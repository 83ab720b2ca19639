"""How deep each heading sits: sections nest by level, not as a flat list.

Level 1 is the business of the House (``Oral Answers to Questions``, ``Westminster Hall``,
``Opposition Day``, a heading set in capitals); level 2 is a department in Question Time
(the heading before ``The Secretary of State was asked—``) or a debate's title; level 3 is a
question topic, or a part of a Bill's debate (``Clause 2 — General objective``). A heading
that directly precedes another heading of the same or a deeper level is that heading's parent.
"""

from __future__ import annotations

from collections.abc import Sequence

from .classify import QUIET_KINDS, ClassifiedLine, Kind
from .houses import COMMONS, House
from .turns import next_speaker_numbered

# The kinds as module names: on Python 3.11 every ``Kind.X`` goes through EnumType's
# Python-level ``__getattr__`` hook, ten times a module name's cost, and the passes
# below test kinds several times a line.
_HEADING, _PROCEDURAL = Kind.HEADING, Kind.PROCEDURAL


def _is_business_heading(text: str, house: House) -> bool:
    """A heading of the House's business (``Opposition Day``, one in capitals) that holds others."""
    letters = [c for c in text if c.isalpha()]
    return bool(house.business_heading_re.match(text)) or (
        len(letters) > 3 and all(c.isupper() for c in letters)
    )


def _own_level(text: str, house: House, *, department: bool, topic: bool) -> int:
    if house.business_heading_re.match(text):
        return 1
    if department:
        return 2
    if topic or house.part_heading_re.match(text):
        return 3
    return 1 if _is_business_heading(text, house) else 2


def heading_levels(items: Sequence[ClassifiedLine], house: House = COMMONS) -> list[ClassifiedLine]:
    """``items`` with the level (1–3) of every heading line written into it (``level``)."""
    levels = _levels(items, house)
    return [item._replace(level=levels[i]) if i in levels else item for i, item in enumerate(items)]


def _levels(items: Sequence[ClassifiedLine], house: House) -> dict[int, int]:
    positions = [i for i, item in enumerate(items) if item.kind is _HEADING]
    if not positions:
        return {}
    levels: dict[int, int] = {}
    numbered_next = next_speaker_numbered(items)
    in_question_time = False
    oral_answers_open = False
    question_time_open = False
    container_open = False
    for i in positions:
        text = items[i].line.content.strip()
        following = _next_significant(items, i)
        department = following is not None and items[following].kind is _PROCEDURAL and bool(
            house.asked_re.match(items[following].line.content.strip())
        )
        topic = in_question_time and numbered_next[i] and not department
        levels[i] = _own_level(text, house, department=department, topic=topic)
        if department and not oral_answers_open:
            levels[i] = 1  # no "Oral Answers" heading above it: the department leads
        elif levels[i] == 2 and not department and (question_time_open or not container_open):
            # Business after Question Time, or after a debate of its own, is not inside it:
            # only a heading of the House's business (``Opposition Day``) holds debates.
            levels[i] = 1
        if levels[i] == 1:
            oral_answers_open = bool(house.question_time_heading_re.match(text))
            question_time_open = department
            container_open = not department and _is_business_heading(text, house)
        elif department:
            question_time_open = True
        if department:
            in_question_time = True
        elif levels[i] == 1 or not numbered_next[i]:
            in_question_time = False
    oral_answers_open = False
    question_time_open = False
    container_open = False
    for i in reversed(positions):
        following = _next_significant(items, i)
        if following is not None and following in levels and levels[following] <= levels[i]:
            levels[i] = max(1, levels[following] - 1)
    return levels


def _next_significant(items: Sequence[ClassifiedLine], i: int) -> int | None:
    """Index of the next line after ``i`` that is not blank, a marker or a note (a few ahead)."""
    for j in range(i + 1, min(len(items), i + 8)):
        if items[j].kind not in QUIET_KINDS:
            return j
    return None
