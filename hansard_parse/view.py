"""What a view of the tree shows: one walk shared by the terminal tree, the web page and the
browser, so none of them re-implements the recursion or the filters.

:func:`walk_view` yields :class:`Enter`, :class:`More` and :class:`Leave` steps in source order,
from a :class:`~hansard_parse.visit.Visitor` of the tree toolkit.
It leaves out what no view shows (blank lines, speaker labels already shown on their turn,
runs of plain words, a section's own heading) and member references unless asked; it applies a
:class:`Selection` (speaker, kinds, words, section title) to the *units* of a sitting (the turns,
procedure, notes and divisions that sit in sections and exchanges), keeps the sections and
exchanges that lead to a matching unit, and says how many children it hid (``More``), whether
a filter or the depth limit hid them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from attrs import field, frozen

from .nodes import (
    NODE_TYPES,
    Blank,
    Contribution,
    Document,
    Exchange,
    Heading,
    Label,
    Leaf,
    Node,
    Reference,
    Section,
)
from .visit import Visitor

STRUCTURE = (Document, Section, Exchange)
"""Nodes that hold units; a filter looks through them to the units inside."""


def _fold(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _kinds(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


@frozen(kw_only=True)
class Selection:
    """Which units a view shows; every criterion given must hold (case-insensitive).

    ``speaker`` is part of the speaker's name or label as written (``Raab`` finds ``The
    Secretary of State for Justice (Dominic Raab)``); ``kinds`` are node types (``question``,
    ``procedural``); ``grep`` is part of the unit's text; ``section`` is part of the title of a
    section the unit sits in, at any level.
    """

    speaker: str | None = None
    kinds: frozenset[str] = field(default=frozenset(), converter=_kinds)
    grep: str | None = None
    section: str | None = None
    references: bool = False
    """Show member references inside paragraphs (hidden by default: they repeat the text)."""

    def __attrs_post_init__(self) -> None:
        unknown = sorted(self.kinds - set(NODE_TYPES))
        if unknown:
            raise ValueError(
                f"unknown node type {unknown[0]!r}; expected some of {', '.join(sorted(NODE_TYPES))}"
            )

    @property
    def active(self) -> bool:
        """True when some units may be left out."""
        return bool(self.speaker or self.kinds or self.grep or self.section)

    def matches(self, unit: Node, path: tuple[Section, ...]) -> bool:
        """Whether ``unit``, inside the sections ``path`` (outermost first), is selected."""
        if self.kinds and unit.TYPE not in self.kinds:
            return False
        if self.speaker:
            speaker = unit.speaker if isinstance(unit, Contribution) else None
            wanted = _fold(self.speaker)
            if speaker is None or not any(
                wanted in _fold(name) for name in (speaker.name, speaker.label)
            ):
                return False
        if self.grep and _fold(self.grep) not in _fold(unit.plain_text):
            return False
        return not self.section or any(_fold(self.section) in _fold(s.title) for s in path)

    def selects(self, node: Node, path: tuple[Section, ...] = ()) -> bool:
        """Whether a view keeps ``node``: a matching unit, or a section or exchange holding one."""
        return _ViewVisitor(self, None, path, node, True).selected(node, path)


@frozen
class Enter:
    """A node to show, ``depth`` levels below the root, inside the sections ``path``.

    ``last`` says whether it is the last line among its siblings (a ``More`` line counts).
    """

    node: Node
    depth: int
    path: tuple[Section, ...]
    last: bool


@frozen
class More:
    """``count`` children of the node above were hidden by the depth limit or a filter."""

    count: int
    depth: int


@frozen
class Leave:
    """The end of ``node`` (every step for its subtree has been yielded)."""

    node: Node
    depth: int


Step = Enter | More | Leave


def shown(node: Node, *, references: bool = False) -> bool:
    """Whether a view draws ``node`` at all: not blank lines, not labels (the turn shows its
    speaker), not runs of plain words (their paragraph shows them), references only if asked."""
    if isinstance(node, Blank | Label) or (isinstance(node, Leaf) and node.TYPE == "text"):
        return False
    return references or not isinstance(node, Reference)


def visible_children(node: Node, *, references: bool = False) -> list[Node]:
    """The children a view draws, without a section's own heading (the section line shows it)."""
    children = list(node.child_nodes)
    if isinstance(node, Section) and children and isinstance(children[0], Heading):
        children = children[1:]
    return [child for child in children if shown(child, references=references)]


def walk_view(
    root: Node,
    *,
    selection: Selection | None = None,
    depth: int | None = None,
    path: tuple[Section, ...] = (),
    last: bool = True,
) -> Iterator[Step]:
    """The steps to draw ``root`` and what it shows below it, at most ``depth`` levels down.

    ``path`` holds the sections around ``root`` when it is not the top of the tree, so that a
    section filter sees them (the ``tree`` command passes it for streamed sections). The steps
    of one call are gathered before the first is yielded: the command calls this once per
    top-level section, so that is one section's worth.
    """
    visitor = _ViewVisitor(selection or Selection(), depth, path, root, last)
    visitor.visit(root)
    yield from visitor.steps


class _ViewVisitor(Visitor):
    """The toolkit's :class:`~hansard_parse.visit.Visitor`, deciding on the way down which
    children of each node are drawn (shown at all, within the depth, kept by the selection)
    and recording the steps; children it did not keep are skipped whole."""

    def __init__(
        self,
        selection: Selection,
        depth: int | None,
        path: tuple[Section, ...],
        root: Node,
        last: bool,
    ) -> None:
        self.selection = selection
        self.depth = depth
        self.steps: list[Step] = []
        self._level = -1
        self._paths = [path]
        self._kept: dict[int, bool] = {id(root): last}
        """Nodes to draw (by identity), each with whether it is the last line of its siblings."""
        self._hidden: list[int] = []
        self._holds: dict[int, bool] = {}

    def on_visit(self, node: Node) -> bool:
        if id(node) not in self._kept:
            return False
        self._level += 1
        path = self._paths[-1]
        self.steps.append(Enter(node, self._level, path, self._kept.pop(id(node))))
        inner = (*path, node) if isinstance(node, Section) else path
        self._paths.append(inner)
        children = visible_children(node, references=self.selection.references)
        if self.depth is not None and self._level >= self.depth:
            kept: list[Node] = []
        elif isinstance(node, STRUCTURE):
            kept = [child for child in children if self.selected(child, inner)]
        else:
            kept = children  # inside a unit everything is shown
        hidden = len(children) - len(kept)
        for i, child in enumerate(kept):
            self._kept[id(child)] = i == len(kept) - 1 and not hidden
        self._hidden.append(hidden)
        return True

    def on_leave(self, node: Node) -> None:
        hidden = self._hidden.pop()
        if hidden:
            self.steps.append(More(hidden, self._level + 1))
        self.steps.append(Leave(node, self._level))
        self._paths.pop()
        self._level -= 1

    def selected(self, node: Node, path: tuple[Section, ...]) -> bool:
        """A unit that matches, or a section or exchange that holds one (remembered)."""
        if not self.selection.active:
            return True
        if not isinstance(node, STRUCTURE):
            return self.selection.matches(node, path)
        key = id(node)
        if key not in self._holds:
            inner = (*path, node) if isinstance(node, Section) else path
            self._holds[key] = any(
                self.selected(child, inner)
                for child in visible_children(node, references=self.selection.references)
            )
        return self._holds[key]


def section_path(path: tuple[Section, ...]) -> str:
    """Section titles joined for display: ``Justice › Legal Aid``."""
    return " › ".join(" ".join(s.title.split()) for s in path)


__all__ = [
    "STRUCTURE",
    "Enter",
    "Leave",
    "More",
    "Selection",
    "Step",
    "section_path",
    "shown",
    "visible_children",
    "walk_view",
]
