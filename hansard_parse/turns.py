"""What kind of turn each speaker label opens, decided from the context of the sitting.

The grammar cannot see who spoke before or which minister is answering, so this pass reads
the classified lines once, front to back, and names each turn: a numbered question opens an
exchange and the next member to speak answers it; in Question Time the answering ministers
are remembered, so later turns are answers when they speak and supplementaries when anyone
else does; a ministerial statement is followed by questions on it; in a debate every turn is
a speech, except short interruptions of another member's speech (interventions) and points
of order. The chair's turns are the chair's, whoever holds it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from attrs import define, field

from .classify import ClassifiedLine, Kind
from .houses import COMMONS, House
from .nodes import Speaker

# The kinds as module names: on Python 3.11 every ``Kind.X`` goes through EnumType's
# Python-level ``__getattr__`` hook, ten times a module name's cost, and the passes
# below test kinds several times a line.
_HEADING, _PARA, _PROCEDURAL, _SPEAKER = Kind.HEADING, Kind.PARA, Kind.PROCEDURAL, Kind.SPEAKER


@define
class _Turn:
    index: int
    """Position in the classified lines."""
    speaker: Speaker
    number: str | None
    text: str
    """The turn's opening words (after the label)."""
    length: int
    """Characters of running text in the turn."""
    kind: str = "speech"
    chair: bool = False


@define
class _Section:
    turns: list[_Turn] = field(factory=list)
    questions: bool = False
    new_department: bool = False
    """Opened by ``The Secretary of State was asked—``: a new set of answering ministers."""
    heading: str = ""
    """The heading that opens the section (empty before the first)."""


def _speaker_key(speaker: Speaker, house: House) -> str:
    """The speaker's name, lowercased and without titles (``Mr. Hague`` → ``hague``)."""
    return _name_key(speaker.name or speaker.office or speaker.label, house)


@functools.lru_cache(maxsize=4096)
def _name_key(name: str, house: House) -> str:
    # cached: the typer compares each turn's speaker with several others, and names repeat
    return " ".join(house.leading_titles_re.sub("", name).lower().replace(".", " ").split())


def clear_name_cache() -> None:
    """Forget the speaker names compared so far (see :func:`hansard_parse.parser.clear_caches`)."""
    _name_key.cache_clear()


def _names_member(key: str, known: str) -> bool:
    """Whether name key ``key`` names the member ``known``: the same key, or a surname alone
    that the full name ends with (``hague`` names ``william hague``)."""
    return key == known or (bool(key) and " " not in key and known.endswith(" " + key))


def _is_known(speaker: Speaker, keys: set[str], house: House) -> bool:
    """Whether ``speaker`` is among ``keys``; ``Mr Hague`` matches ``william hague``."""
    key = _speaker_key(speaker, house)
    return key in keys or any(_names_member(key, known) for known in keys)


def _same_speaker(first: Speaker, second: Speaker, house: House) -> bool:
    """Whether two labels name one member: the same name, a surname alone and a full name
    ending in it (the record gives ``Mr William Hague`` once, then ``Mr Hague``), or one
    office where a label gives no name (``The Prime Minister (Rishi Sunak)``, then
    ``The Prime Minister``)."""
    if (
        first.office
        and second.office
        and (first.name in (None, first.office) or second.name in (None, second.office))
        and _name_key(first.office, house) == _name_key(second.office, house)
    ):
        return True
    first_key, second_key = _speaker_key(first, house), _speaker_key(second, house)
    return _names_member(first_key, second_key) or _names_member(second_key, first_key)


def _collect_sections(items: Sequence[ClassifiedLine], house: House) -> list[_Section]:
    sections: list[_Section] = [_Section()]
    numbered_next = next_speaker_numbered(items)
    current: _Turn | None = None
    for i, item in enumerate(items):
        kind = item.kind
        if kind is _HEADING:
            sections.append(_Section(questions=numbered_next[i], heading=item.line.content.strip()))
            current = None
        elif kind is _PROCEDURAL and house.asked_re.match(item.line.content.strip()):
            sections.append(_Section(questions=True, new_department=True))
            current = None
        elif kind is _SPEAKER and item.label is not None:
            rest = item.line.content[item.label.end :].strip()
            current = _Turn(i, item.label.speaker, item.label.number, rest, len(rest))
            sections[-1].turns.append(current)
        elif kind is _PARA and current is not None:
            if not current.text:
                current.text = item.line.content.strip()
            current.length += len(item.line.content)
        elif kind is _PROCEDURAL:
            current = None
    return sections


def next_speaker_numbered(items: Sequence[ClassifiedLine]) -> list[bool]:
    """For each line: does the next speaker from here on ask a numbered question?

    Read backwards once, so a file of headings with no speakers stays linear.
    """
    result = [False] * len(items)
    numbered = False
    for i in range(len(items) - 1, -1, -1):
        result[i] = numbered
        label = items[i].label
        if items[i].kind is _SPEAKER and label is not None:
            numbered = label.number is not None
    return result


def _says_chair_words(turn: _Turn, house: House) -> bool:
    return bool(house.chair_words_re.match(turn.text)) and turn.length < 300


def _mark_chairs(sections: Sequence[_Section], house: House) -> None:
    """Find who is in the chair: chair labels, and members who say ``I call…`` or ``Order.``.

    Web and print copies of recent sittings label the Speaker by name (``Lindsay Hoyle``),
    so the chair is recognised by what the chair alone says, then in all of their turns.
    """
    turns = [turn for section in sections for turn in section.turns]
    chairs = {_speaker_key(t.speaker, house) for t in turns if _says_chair_words(t, house)}
    for turn in turns:
        turn.chair = (
            turn.speaker.role == "chair"
            or _says_chair_words(turn, house)
            or _is_known(turn.speaker, chairs, house)
        )


def _kind_by_voice(turn: _Turn) -> str | None:
    """The kind fixed by who speaks, whatever the section: the chair's, or a collective voice."""
    if turn.chair:
        return "chair"
    if turn.speaker.role == "collective":
        return "speech"
    return None


def _type_questions(section: _Section, ministers: set[str], house: House) -> None:
    asked = False
    for turn in section.turns:
        key = _speaker_key(turn.speaker, house)
        if turn.number is not None and turn.speaker.role == "chair":
            # a committee's chair puts numbered questions to witnesses (``Q12 Chair: …``)
            turn.kind = "question"
            asked = True
        elif by_voice := _kind_by_voice(turn):
            turn.kind = by_voice
        elif turn.number is None and house.point_of_order_re.match(turn.text):
            turn.kind = "point_of_order"  # between question and answer, answering neither
        elif turn.number is not None:
            turn.kind = "question"
            asked = True
        elif asked or _is_known(turn.speaker, ministers, house):
            turn.kind = "answer"
            ministers.add(key)
            if turn.speaker.office:
                # ``The First Minister (Vaughan Gething)``, then ``The First Minister``
                ministers.add(_name_key(turn.speaker.office, house))
            asked = False
        else:
            turn.kind = "supplementary_question"
            asked = True


def _is_statement(section: _Section, house: House) -> bool:
    members = [t for t in section.turns if _kind_by_voice(t) is None]
    if len(members) < 3:
        return bool(members) and bool(house.statement_opening_re.match(members[0].text))
    if house.statement_opening_re.match(members[0].text):
        return True
    maker = members[0].speaker
    rest = members[1:]
    by_maker = [t for t in rest if _same_speaker(t.speaker, maker, house)]
    others = [t for t in rest if not _same_speaker(t.speaker, maker, house)]
    asking = [t for t in others if "?" in t.text or t.length > 200]
    return len(by_maker) >= 0.4 * len(rest) and len(asking) >= 0.6 * max(1, len(others)) and (
        len({_speaker_key(t.speaker, house) for t in others}) >= 3
    )


def _is_urgent_question(section: _Section, house: House) -> bool:
    members = [t for t in section.turns if _kind_by_voice(t) is None]
    return bool(members) and bool(house.tabled_question_re.match(members[0].text))


def _type_opened(section: _Section, opening: str, house: House) -> None:
    """A statement or a tabled question, then members' supplementary questions on it.

    The statement's maker answers them; after a tabled question (an urgent question, a Lords
    oral or written question), the first other member to speak (the minister) answers it and
    them. Another tabled question under the same heading starts over.
    """
    opener: Speaker | None = None
    respondent: Speaker | None = None
    for turn in section.turns:
        if by_voice := _kind_by_voice(turn):
            turn.kind = by_voice
        elif opener is None or (opening == "question" and house.tabled_question_re.match(turn.text)):
            # Written answers group several tabled questions under one heading, each answered.
            turn.kind = opening
            opener = turn.speaker
            respondent = opener if opening == "statement" else None
        elif respondent is None and not _same_speaker(turn.speaker, opener, house):
            turn.kind = "answer"
            respondent = turn.speaker
        elif respondent is not None and _same_speaker(turn.speaker, respondent, house):
            turn.kind = "answer"
        else:
            turn.kind = "supplementary_question"


def _type_debate(section: _Section, house: House) -> None:
    turns = section.turns
    for i, turn in enumerate(turns):
        if turn.chair:
            turn.kind = "chair"
        elif house.point_of_order_re.match(turn.text):
            turn.kind = "point_of_order"
        elif by_voice := _kind_by_voice(turn):
            turn.kind = by_voice
        elif _is_intervention(turns, i, house):
            turn.kind = "intervention"
        else:
            turn.kind = "speech"


def _is_intervention(turns: Sequence[_Turn], i: int, house: House) -> bool:
    """A short turn inside another member's speech: that member speaks before and after it,
    and it asks something or was let in (``Will the hon. Gentleman give way?``)."""
    if i == 0 or i + 1 >= len(turns) or turns[i].length > 700:
        return False
    before, turn, after = turns[i - 1], turns[i], turns[i + 1]
    if not _same_speaker(before.speaker, after.speaker, house) or _same_speaker(
        before.speaker, turn.speaker, house
    ):
        return False
    if house.gives_way_re.match(turn.text):
        return False
    return "?" in turn.text or bool(house.give_way_re.search(turn.text))


def _in_question_period(sections: Sequence[_Section], house: House) -> list[bool]:
    """For each section: is it inside a question period (Oral Questions, Questions without
    Notice), which runs from its heading to the next heading of the House's business?"""
    inside = False
    result: list[bool] = []
    for section in sections:
        if house.question_period_heading_re.match(section.heading):
            inside = True
        elif section.heading and _is_business_heading(section.heading, house):
            inside = False
        result.append(inside)
    return result


def _is_business_heading(text: str, house: House) -> bool:
    """A heading of the House's business (``Routine Proceedings``, one in capitals)."""
    letters = [c for c in text if c.isalpha()]
    return bool(house.business_heading_re.match(text)) or (
        len(letters) > 3 and all(c.isupper() for c in letters)
    )


def _type_period(section: _Section, answerers: set[str], house: House) -> None:
    """Questions without numbers: who holds an office that answers (``Minister``,
    ``Parliamentary Secretary``), or has answered already, answers; a question opened by
    the House's formula (``My question is to…``) is answered by the next member to speak;
    everyone else asks."""
    asker: Speaker | None = None
    opened = False
    for turn in section.turns:
        office = turn.speaker.office or ""
        if by_voice := _kind_by_voice(turn):
            turn.kind = by_voice
        elif house.point_of_order_re.match(turn.text):
            turn.kind = "point_of_order"  # between question and answer, answering neither
        elif house.supplementary_opening_re.match(turn.text):
            turn.kind = "supplementary_question"
            asker, opened = turn.speaker, False
        elif house.question_opening_re.match(turn.text):
            turn.kind = "question"
            asker, opened = turn.speaker, True
        elif house.answering_office_re.search(office) or _is_known(turn.speaker, answerers, house) or (
            opened and asker is not None and not _same_speaker(turn.speaker, asker, house)
        ):
            turn.kind = "answer"
            answerers.add(_speaker_key(turn.speaker, house))
            opened = False
        else:
            turn.kind = "question"
            asker, opened = turn.speaker, False


def type_turns(items: Sequence[ClassifiedLine], house: House = COMMONS) -> list[ClassifiedLine]:
    """``items`` with the kind of turn each speaker line opens written into it (``turn``)."""
    typed = list(items)
    ministers: set[str] = set()
    answerers: set[str] = set()
    sections = _collect_sections(items, house)
    _mark_chairs(sections, house)
    period = _in_question_period(sections, house)
    for section, in_period in zip(sections, period, strict=True):
        if section.new_department:
            ministers.clear()
        if not section.turns:
            continue
        if in_period and not any(t.number for t in section.turns):
            _type_period(section, answerers, house)
        elif section.questions or any(t.number for t in section.turns):
            _type_questions(section, ministers, house)
        elif _is_urgent_question(section, house):
            _type_opened(section, "question", house)
        elif _is_statement(section, house):
            _type_opened(section, "statement", house)
        else:
            ministers.clear()
            _type_debate(section, house)
        for turn in section.turns:
            typed[turn.index] = typed[turn.index]._replace(turn=turn.kind)
    return typed
