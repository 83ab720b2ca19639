"""The sitting: its date, the printed column of every turn and paragraph, and stable turn ids.

A citation of the record names a House, a day and a column (``HC Deb 19 July 2011, c771``),
so those are what a turn's id is made of: ``commons/2011-07-19/c771/3`` is the third turn
that starts in column 771. An id counts only within its column, so text added or removed in
another column leaves it unchanged. Text with no column markers (the website's copy) counts
within its innermost section instead (``commons/2023-03-28/prisons/2``).

The date is read from the text (a ``Tuesday 19 July 2011`` line or the website's
``debated on`` line before the first turn, an ``HC Deb`` citation, else the date of a column
marker) unless the caller gives it. The House is the document's own (``Document.house``,
where the parser reads it) or the caller's.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from attrs import define, field

from .nodes import (
    Block,
    Column,
    Container,
    Contribution,
    Document,
    Leaf,
    Node,
    Paragraph,
    Section,
    store_fields,
)
from .patterns import COLUMN_DATE_RE, SITTING_DATE_RES, iso_date

Changes = dict[int, dict[str, Any]]
"""Fields to change, by the ``id()`` of the node they belong to (see ``evolve_nodes``)."""

_COLUMN_NUMBER_RE = re.compile(r"^(?P<number>\d+)(?P<suffix>[A-Z]*)$")
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_UNDECOMPOSED = str.maketrans({
    "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss", "Æ": "AE",
    "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i",
})  # fmt: skip
"""Letters whose accent is part of the letter itself, so Unicode has no decomposition."""


@define
class Sitting:
    """What one sitting's passes share, and carry from piece to piece when a file is read in
    pieces (:func:`hansard_parse.iter_parse`): the date and House, the column in force and how
    many turns each column (or section) has had so far."""

    date: str | None = None
    house: str | None = None
    column: str | None = None
    counts: dict[str, int] = field(factory=dict)
    seen_column: bool = False
    """True once a column marker has been read (before it, the column is the one before)."""


def normalise_date(value: str | datetime.date) -> str:
    """A date given by the caller as ``YYYY-MM-DD`` text or a ``date``; ValueError otherwise."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not a date as YYYY-MM-DD") from None


def read_date(document: Node) -> str | None:
    """The sitting's date as the text states it (see the module docstring), or None."""
    marker_date: str | None = None
    before_turns = True
    for node in document.walk(prune=lambda n: isinstance(n, Contribution)):
        if isinstance(node, Contribution):
            before_turns = False
            if marker_date:
                break
        elif isinstance(node, Column) and marker_date is None:
            match = COLUMN_DATE_RE.match(node.text)
            marker_date = iso_date(match) if match else None
        elif before_turns and isinstance(node, Leaf):
            found = _stated_date(node.text.strip())
            if found:
                return found
    return marker_date


def _stated_date(line: str) -> str | None:
    if len(line) > 200 or not any(ch.isdigit() for ch in line):
        return None
    for pattern in SITTING_DATE_RES:
        match = pattern.search(line)
        if match:
            found = iso_date(match)
            if found:
                return found
    return None


def column_before(column: str) -> str | None:
    """The column before ``column`` (``772`` → ``771``, ``90WS`` → ``89WS``): text above the
    first marker of a piece was printed in the column before it."""
    match = _COLUMN_NUMBER_RE.match(column)
    if match is None or int(match["number"]) <= 1:
        return None
    return f"{int(match['number']) - 1}{match['suffix']}"


@functools.lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """Lower-case words joined by hyphens (``Mr William Hague`` → ``mr-william-hague``), with
    accents folded (``Stéphane Dion`` → ``stephane-dion``), so a key or id is readable ASCII
    rather than a name with its accented letters cut out."""
    return _SLUG_RE.sub("-", fold_accents(text).lower()).strip("-")


def fold_accents(text: str) -> str:
    """``text`` without its letters' accents (``Gagné`` → ``Gagne``, ``Ní`` → ``Ni``): names
    are written both ways, by people and by sites that drop them."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def recorder(changes: Changes, into_tree: bool) -> Callable[[Node, dict[str, Any]], None]:
    """Where an enrich pass puts the fields it decides for a node: stored into the node
    itself on the parser's own tree, which nobody holds yet (``into_tree``), else noted in
    ``changes`` under the node's id, for the tree to be rebuilt with them once."""
    if into_tree:
        return store_fields

    def note(node: Node, fields: dict[str, Any]) -> None:
        changes[id(node)] = fields

    return note


def place_turns(document: Document, sitting: Sitting, *, into_tree: bool = False) -> Changes:
    """The column of every turn and paragraph and the id of every turn, as changes to apply.

    Reads ``sitting`` (date, House, the column in force) and updates it as it goes, so the
    next piece of the same file goes on counting where this one stopped. With
    ``into_tree``, for the parser's own tree that nobody holds yet (see
    :func:`~hansard_parse.enrich.enrich`), each node's fields are stored into it as they are
    decided, and no changes are returned: no second walk finds the nodes again.
    """
    placer = _Placer(sitting, into_tree)
    placer.walk(document)
    placer.place_waiting()
    return placer.changes


class _Placer:
    """Walks the tree in source order, keeping the column in force and the section path.

    Until the sitting's first column marker, the column in force is the one before that
    marker's: the turns and paragraphs met before it wait (with the section they are in)
    and are placed when it is reached, or at the end if it never is. One walk, where
    looking the marker up first would walk the whole tree of a text that has none.
    """

    def __init__(self, sitting: Sitting, into_tree: bool = False) -> None:
        self.sitting = sitting
        self.changes: Changes = {}
        self._record = recorder(self.changes, into_tree)
        self._sections: list[str] = []
        self._waiting: list[tuple[Node, str | None]] | None = (
            [] if not sitting.seen_column and sitting.column is None else None
        )

    def walk(self, root: Node) -> None:
        """Visit ``root``'s subtree in source order: sections (their titles kept while inside
        them), turns, paragraphs and column markers, entering a paragraph or a sentence only
        where it holds a marker (its other leaves are words).

        Its own loop, with the few node classes it reads asked for in turn: a visitor's
        dispatch, run on every turn and paragraph of every parse, costs more than the
        placing (``None`` on the stack marks where a section ends). A container's first
        children that need no walk of their own (a turn's label and its paragraphs, where
        they hold no marker) are met as it opens, in order, rather than stacked one by one:
        they are most of what the walk meets."""
        stack: list[Node | None] = [root]
        while stack:
            node = stack.pop()
            if node is None:
                self._sections.pop()
                continue
            if isinstance(node, Block):  # a paragraph or a sentence
                if isinstance(node, Paragraph):
                    self.visit_paragraph(node)
                if not _holds_column(node):
                    continue
            elif isinstance(node, Contribution):
                self.visit_contribution(node)
            elif isinstance(node, Section):
                self._sections.append(node.title)
                stack.append(None)
            elif isinstance(node, Column):
                self.visit_column(node)
            if isinstance(node, Container):
                children = node.children
                met = self._meet_leading(children)
                stack.extend(reversed(children[met:] if met else children))

    def _meet_leading(self, children: tuple[Node, ...]) -> int:
        """Meet the children up to the first that needs the walk (a container other than a
        block, a column marker, a block that holds one), as the walk would; how many."""
        met = 0
        for child in children:
            if isinstance(child, Block):
                if _holds_column(child):
                    break
                if isinstance(child, Paragraph):
                    self.visit_paragraph(child)
            elif isinstance(child, _WALKED):
                break
            met += 1
        return met

    def visit_column(self, node: Column) -> None:
        if self._waiting is not None:
            if node.column:
                self.sitting.column = column_before(node.column)
            self.place_waiting()
        if node.column:
            self.sitting.column = node.column
            self.sitting.seen_column = True

    def visit_paragraph(self, node: Paragraph) -> None:
        if self._waiting is not None:
            self._waiting.append((node, None))
        else:
            self._place_paragraph(node)

    def visit_contribution(self, node: Contribution) -> None:
        section = self._sections[-1] if self._sections else ""
        if self._waiting is not None:
            self._waiting.append((node, section))
        else:
            self._place_turn(node, section)

    def place_waiting(self) -> None:
        """Place what waited for the first column marker, in order, in the column now in
        force."""
        waiting, self._waiting = self._waiting or [], None
        column = self.sitting.column  # placing turns does not change it
        for node, section in waiting:
            if section is not None:
                self._place_turn(node, section)
            elif column is not None:  # with no column, a paragraph has nothing to place
                self._record(node, {"column": column})

    def _place_paragraph(self, node: Node) -> None:
        if self.sitting.column is not None:
            self._record(node, {"column": self.sitting.column})

    def _place_turn(self, node: Node, section: str) -> None:
        sitting = self.sitting
        anchor = f"c{sitting.column}" if sitting.column is not None else slug(section) or "turns"
        number = sitting.counts[anchor] = sitting.counts.get(anchor, 0) + 1
        house = sitting.house or "house"
        self._record(node, {
            "column": sitting.column,
            "id": f"{house}/{sitting.date or 'undated'}/{anchor}/{number}",
        })


_WALKED = (Container, Column)
"""What the walk must meet itself, as a tuple (``A | B`` would make a union each time)."""


def _holds_column(block: Block) -> bool:
    """Whether a block has a column marker among its leaves (a paragraph that a marker cut
    is rejoined around it): the walk need not enter any other block, whose leaves are words.
    Asked of every paragraph, so the test is mapped in C rather than run by a generator."""
    return any(map(_is_column, block.children))


_is_column = Column.__instancecheck__
"""``isinstance(node, Column)`` as a function of the node alone."""


def merge_changes(*parts: Mapping[int, Mapping[str, Any]]) -> Changes:
    """One change set from several passes (a later pass's field wins)."""
    merged: Changes = {}
    for part in parts:
        for key, fields in part.items():
            merged.setdefault(key, {}).update(fields)
    return merged


__all__ = [
    "Sitting",
    "column_before",
    "merge_changes",
    "normalise_date",
    "place_turns",
    "read_date",
    "slug",
]
