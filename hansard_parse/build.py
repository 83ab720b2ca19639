"""From parse tree to typed nodes: a Lark Transformer that makes attrs nodes with exact spans."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from lark import Token, Transformer

from .inline import inline_nodes
from .nodes import (
    CONTRIBUTION_TYPES,
    Blank,
    Boilerplate,
    ChairChange,
    Column,
    Container,
    Exchange,
    Heading,
    Interjection,
    Label,
    Narrative,
    Node,
    Paragraph,
    Procedural,
    Section,
    Sentence,
    Span,
    Time,
    Unparsed,
)
from .patterns import CHAIR_NOTE_RE, COLUMN_RE, INLINE_NOTE_RE, TIME_RE, interjection_kind
from .source import Line, lines_span
from .tokens import Piece


def _leaf_span(line: Line) -> Span:
    return line.span


def _time_value(text: str) -> str | None:
    """``4.15 pm`` → ``16:15``; None where the stamp is not a clock time."""
    lowered = text.lower().replace(".", ":", 1)
    digits = lowered.split()[0].rstrip("apm.")
    hour_text, _, minute_text = digits.partition(":")
    if not hour_text.isdigit():
        return "12:00" if "noon" in lowered else ("00:00" if "midnight" in lowered else None)
    hour, minute = int(hour_text), int(minute_text or 0) if minute_text.isdigit() else 0
    if "pm" in lowered.replace(".", "") and hour < 12:
        hour += 12
    if "am" in lowered.replace(".", "") and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _block_text(lines: Sequence[Line]) -> tuple[str, str]:
    """The exact text of consecutive lines, without the last line ending, and that ending."""
    text = "".join(line.content + line.eol for line in lines[:-1]) + lines[-1].content
    return text, lines[-1].eol


def _paragraph(lines: Sequence[Line], start_col: int = 0) -> Paragraph:
    text, eol = _block_text(lines)
    text = text[start_col:]
    start = lines[0].start + start_col
    children = inline_nodes(text, eol, start=start, line=lines[0].number)
    return Paragraph(children=children, span=Span.cover(children[0].span, children[-1].span))


def _line_leaf(piece: Piece) -> Node:
    line = piece.lines[0]
    text, span = line.content, line.span
    terminal = piece.terminal
    stripped = text.strip()
    if terminal == "HEADING":
        return Heading(text=text, eol=line.eol, span=span, level=1)
    if terminal == "BLANK":
        return Blank(text=text, eol=line.eol, span=span)
    if terminal == "BOILERPLATE":
        return Boilerplate(text=text, eol=line.eol, span=span)
    if terminal == "TIME":
        return Time(text=text, eol=line.eol, span=span, value=_time_value(stripped))
    if terminal == "COLUMN":
        match = COLUMN_RE.match(stripped)
        return Column(text=text, eol=line.eol, span=span, column=match["column"] if match else None)
    if terminal == "CHAIR_CHANGE":
        match = CHAIR_NOTE_RE.match(stripped)
        return ChairChange(text=text, eol=line.eol, span=span, chair=match["chair"] if match else None)
    if terminal == "INTERJECTION":
        match = INLINE_NOTE_RE.search(stripped)
        kind = interjection_kind(match["body"]) if match else "other"
        return Interjection(text=text, eol=line.eol, span=span, kind=kind)
    if terminal == "UNPARSED":
        return Unparsed(text=text, eol=line.eol, span=span, diagnostic=piece.detail or "")
    if terminal == "SENTENCE":
        sentence_text, eol = _block_text(piece.lines)
        children = inline_nodes(sentence_text, eol, start=line.start, line=line.number)
        return Sentence(children=children, repaired=piece.repaired, span=lines_span(piece.lines))
    return _paragraph(piece.lines)


def _turn_opening(piece: Piece) -> list[Node]:
    """The label leaf and the first paragraph that a turn token stands for."""
    if not piece.lines:
        return []
    line = piece.lines[0]
    label = piece.label
    rest = line.content[label.end :] if label else line.content
    if label is None or not rest.strip():
        return [Label(text=line.content, eol=line.eol, span=line.span)]
    label_span = Span(
        start=line.start, end=line.start + label.end, start_line=line.number, end_line=line.number
    )
    return [Label(text=line.content[: label.end], span=label_span), _paragraph([line], label.end)]


def piece_nodes(piece: Piece) -> list[Node]:
    """The nodes a token's piece becomes."""
    if piece.terminal.startswith("TURN_"):
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

    def section(self, children: list[Any]) -> Node:
        heading = children[0].value
        return self._container(Section, children, title=heading.lines[0].content.strip(), level=1)

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
