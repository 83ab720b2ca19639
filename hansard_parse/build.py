"""From parse tree to typed nodes: a Lark Transformer that makes attrs nodes with exact spans."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from lark import Token, Transformer

from .divisions import read_division
from .houses import current_house
from .inline import inline_nodes
from .nodes import (
    CONTRIBUTION_TYPES,
    Blank,
    Boilerplate,
    ChairChange,
    Column,
    Container,
    Division,
    Exchange,
    FloorLanguage,
    Heading,
    Interjection,
    Label,
    MemberList,
    Narrative,
    Node,
    Paragraph,
    Procedural,
    Section,
    Sentence,
    Span,
    Table,
    Time,
    Unparsed,
)
from .patterns import CHAIR_NOTE_RE, COLUMN_RE, clock_time, interjection_kind
from .plain.captions import CAPTION, stamp_length
from .source import Line, lines_span
from .tokens import Piece


def _block_text(lines: Sequence[Line]) -> tuple[str, str]:
    """The exact text of consecutive lines, without the last line ending, and that ending."""
    text = "".join(line.content + line.eol for line in lines[:-1]) + lines[-1].content
    return text, lines[-1].eol


def _paragraph(lines: Sequence[Line], start_col: int = 0) -> Paragraph:
    """A paragraph over one line, or over lines a column marker cut apart (kept inside).

    The first line may start after a speaker label (``start_col``); a later line is either a
    column marker or the paragraph's text carrying on.
    """
    first = lines[0]
    children = inline_nodes(
        first.content[start_col:], first.eol, start=first.start + start_col, line=first.number
    )
    for line in lines[1:]:
        if COLUMN_RE.match(line.content.strip()):
            children.append(_column(Piece("COLUMN", (line,))))
        else:
            children.extend(inline_nodes(line.content, line.eol, start=line.start, line=line.number))
    return Paragraph(children=children, span=_cover_of(children))


def _leaf_text(piece: Piece) -> tuple[str, str, Span]:
    """A line leaf's text, line ending and span: one line's, or those of the source lines of
    a logical line rejoined from hard-wrapped text (:mod:`.wrap`)."""
    lines = piece.lines
    if len(lines) == 1:
        line = lines[0]
        return line.content, line.eol, line.span
    text, eol = _block_text(lines)
    return text, eol, lines_span(lines)


def _folded(text: str) -> str:
    """A leaf's words on one line (a wrapped heading or note read as its logical line)."""
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


def _heading(piece: Piece) -> Node:
    text, eol, span = _leaf_text(piece)
    return Heading(text=text, eol=eol, span=span, level=int(piece.terminal[-1]))


def _blank(piece: Piece) -> Node:
    text, eol = _block_text(piece.lines)
    return Blank(text=text, eol=eol, span=lines_span(piece.lines))


def _table(piece: Piece) -> Node:
    text, eol = _block_text(piece.lines)
    return Table(text=text, eol=eol, span=lines_span(piece.lines))


def _member_list(piece: Piece) -> Node:
    text, eol = _block_text(piece.lines)
    return MemberList(text=text, eol=eol, span=lines_span(piece.lines))


def _boilerplate(piece: Piece) -> Node:
    text, eol, span = _leaf_text(piece)
    return Boilerplate(text=text, eol=eol, span=span)


def _time(piece: Piece) -> Node:
    text, eol, span = _leaf_text(piece)
    return Time(text=text, eol=eol, span=span, value=clock_time(_folded(text).strip()))


def _column(piece: Piece) -> Node:
    text, eol, span = _leaf_text(piece)
    match = COLUMN_RE.match(_folded(text).strip())
    return Column(text=text, eol=eol, span=span, column=match["column"] if match else None)


def _chair_change(piece: Piece) -> Node:
    text, eol, span = _leaf_text(piece)
    match = CHAIR_NOTE_RE.match(_folded(text).strip())
    return ChairChange(text=text, eol=eol, span=span, chair=match["chair"] if match else None)


def _interjection(piece: Piece) -> Node:
    content, eol, span = _leaf_text(piece)
    house = current_house()
    text = _folded(content).strip()
    match = house.inline_note_re.search(text)
    # Unbracketed, the line itself says who calls out (``Some hon. members: Agreed.``,
    # ``Honourable members interjecting—``).
    kind = interjection_kind(match["body"] if match else text, house)
    return Interjection(text=content, eol=eol, span=span, kind=kind)


def _language(piece: Piece) -> Node:
    text, eol, span = _leaf_text(piece)
    language = _folded(text).strip().strip("[]").strip() or None
    return FloorLanguage(text=text, eol=eol, span=span, language=language)


def _unparsed(piece: Piece) -> Node:
    text, eol, span = _leaf_text(piece)
    return Unparsed(text=text, eol=eol, span=span, diagnostic=piece.detail or "")


def _sentence(piece: Piece) -> Node:
    if piece.detail == CAPTION:
        children = _caption_nodes(piece.lines)
    else:
        line = piece.lines[0]
        text, eol = _block_text(piece.lines)
        children = inline_nodes(text, eol, start=line.start, line=line.number)
    return Sentence(children=children, repaired=piece.repaired, span=_cover_of(children))


def _caption_nodes(lines: Sequence[Line]) -> list[Node]:
    """A caption sentence's lines: each line's time stamp a time node (its value left empty:
    it counts from the start of a broadcast, not the clock), then the words said."""
    children: list[Node] = []
    for line in lines:
        cut = stamp_length(line.content)
        said = line.content[cut:]
        if cut:
            eol = "" if said else line.eol
            end = line.start + cut + len(eol)
            span = Span(start=line.start, end=end, start_line=line.number, end_line=line.number)
            children.append(Time(text=line.content[:cut], eol=eol, span=span))
        if said or not cut:
            children.extend(inline_nodes(said, line.eol, start=line.start + cut, line=line.number))
    return children


def _cover_of(children: Sequence[Node]) -> Span:
    """The span of a block over its inline leaves: the leaf's own span when there is one
    (most blocks), so a line of text costs one span, not two."""
    if len(children) == 1:
        return children[0].span
    return Span.cover(children[0].span, children[-1].span)


def _paragraph_piece(piece: Piece) -> Node:
    return _paragraph(piece.lines)


_LEAF_BUILDERS: dict[str, Callable[[Piece], Node]] = {
    "PARA": _paragraph_piece,
    "HEADING1": _heading,
    "HEADING2": _heading,
    "HEADING3": _heading,
    "BLANK": _blank,
    "BOILERPLATE": _boilerplate,
    "TABLE": _table,
    "MEMBER_LIST": _member_list,
    "TIME": _time,
    "COLUMN": _column,
    "CHAIR_CHANGE": _chair_change,
    "INTERJECTION": _interjection,
    "LANGUAGE": _language,
    "UNPARSED": _unparsed,
    "SENTENCE": _sentence,
}
"""The node each line terminal becomes; any other (procedure, notes, division lines) is a
paragraph."""


def _line_leaf(piece: Piece) -> Node:
    return _LEAF_BUILDERS.get(piece.terminal, _paragraph_piece)(piece)


def _turn_opening(piece: Piece) -> list[Node]:
    """The label leaf and the first paragraph that a turn token stands for."""
    if not piece.lines:
        return []
    label = piece.label
    # The label's end is an offset into the logical line: in hard-wrapped text, a label may
    # end on a later source line (``The`` / ``Chairman: …``).
    at, column = _label_end(piece.lines, label.end) if label else (0, len(piece.lines[0].content))
    line = piece.lines[at]
    rest = line.content[column:]
    if label is None or not rest.strip():
        text, eol = _block_text(piece.lines[: at + 1])
        label_leaf = Label(text=text, eol=eol, span=lines_span(piece.lines[: at + 1]))
        if at + 1 < len(piece.lines):
            return [label_leaf, _paragraph(piece.lines[at + 1 :])]
        return [label_leaf]
    if column == 0 and at > 0:  # the label is whole source lines (``… (Ms Hardcastle):`` / ``I am…``)
        text, eol = _block_text(piece.lines[:at])
        return [Label(text=text, eol=eol, span=lines_span(piece.lines[:at])),
                _paragraph(piece.lines[at:])]
    first = piece.lines[0]
    before = "".join(part.content + part.eol for part in piece.lines[:at])
    label_span = Span(
        start=first.start, end=line.start + column, start_line=first.number, end_line=line.number
    )
    return [Label(text=before + line.content[:column], span=label_span),
            _paragraph(piece.lines[at:], column)]


def _label_end(lines: Sequence[Line], end: int) -> tuple[int, int]:
    """The source line (index) and column where offset ``end`` of the logical line falls; the
    logical line joins its source lines with one space each."""
    offset = 0
    for index, line in enumerate(lines[:-1]):
        if end <= offset + len(line.content):
            return index, end - offset
        offset += len(line.content) + 1
    return len(lines) - 1, end - offset


def piece_nodes(piece: Piece) -> list[Node]:
    """The nodes a token's piece becomes."""
    terminal = piece.terminal
    if terminal == "BODY":
        return [_line_leaf(part) for part in piece.parts]
    if terminal.startswith("TURN_"):
        return _turn_opening(piece)
    return [_line_leaf(piece)]


def _cover(children: Sequence[Node]) -> Span:
    return Span.cover(children[0].span, children[-1].span)


class TreeBuilder(Transformer[Token, Node]):
    """Turns each grammar rule into its node class; tokens become leaves and paragraphs."""

    def _nodes(self, children: Sequence[Any]) -> list[Node]:
        nodes: list[Node] = []
        for child in children:
            if isinstance(child, Token):
                nodes.extend(piece_nodes(child.value))
            else:
                nodes.append(child)
        return nodes

    def _container(self, cls: Callable[..., Container], children: list[Any], **fields: Any) -> Node:
        nodes = self._nodes(children)
        span = _cover(nodes) if nodes else Span(start=0, end=0, start_line=1, end_line=1)
        return cls(children=nodes, span=span, **fields)

    def document(self, children: list[Any]) -> list[Node]:
        return self._nodes(children)

    def prose(self, children: list[Any]) -> list[Node]:
        return self._nodes(children)

    def _section(self, level: int, children: list[Any]) -> Node:
        heading = children[0].value
        return self._container(
            Section, children, title=" ".join(line.content.strip() for line in heading.lines),
            level=level,
        )

    def section1(self, children: list[Any]) -> Node:
        return self._section(1, children)

    def section2(self, children: list[Any]) -> Node:
        return self._section(2, children)

    def section3(self, children: list[Any]) -> Node:
        return self._section(3, children)

    def division(self, children: list[Any]) -> Node:
        lines = [
            " ".join(line.content for line in child.value.lines)
            for child in children
            if isinstance(child, Token) and child.type in ("DIVISION", "DIVISION_LINE")
        ]
        return self._container(Division, children, **read_division(lines, current_house()))

    def exchange(self, children: list[Any]) -> Node:
        return self._container(Exchange, children)

    def procedural(self, children: list[Any]) -> Node:
        return self._container(Procedural, children)

    def narrative(self, children: list[Any]) -> Node:
        return self._container(Narrative, children)

    def _turn(self, kind: str, children: list[Any]) -> Node:
        opening: Piece = children[0].value
        nodes = self._nodes(children)
        span = _cover(nodes)
        return CONTRIBUTION_TYPES[kind](
            children=nodes,
            span=span,
            speaker=opening.speaker,
            number=opening.number,
            uin=opening.uin,
            cue=opening.cue,
            confidence=opening.confidence,
            continues=opening.continues,
            time=opening.time,
        )

    def question(self, children: list[Any]) -> Node:
        return self._turn("question", children)

    def supplementary_question(self, children: list[Any]) -> Node:
        return self._turn("supplementary_question", children)

    def answer(self, children: list[Any]) -> Node:
        return self._turn("answer", children)

    def statement(self, children: list[Any]) -> Node:
        return self._turn("statement", children)

    def speech(self, children: list[Any]) -> Node:
        return self._turn("speech", children)

    def intervention(self, children: list[Any]) -> Node:
        return self._turn("intervention", children)

    def point_of_order(self, children: list[Any]) -> Node:
        return self._turn("point_of_order", children)

    def chair(self, children: list[Any]) -> Node:
        return self._turn("chair", children)
