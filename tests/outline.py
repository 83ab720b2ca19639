"""A compact, readable outline of a parsed tree, for spec-style fixture tests.

One line per structural node, indented by depth: sections with level and title, exchanges,
turns with number and speaker, procedure, divisions with counts, notes, times, columns and
references with what they name. Paragraph text is left out: the outline pins structure.
"""

from __future__ import annotations

from hansard_parse import (
    ChairChange,
    Column,
    Contribution,
    Division,
    Exchange,
    FloorLanguage,
    Interjection,
    Node,
    Procedural,
    Reference,
    Section,
    Time,
    Visitor,
)


def describe(node: Node) -> str | None:
    """The outline line of one node, or None for nodes the outline leaves out."""
    if isinstance(node, Section):
        return f"section{node.level} {node.title}"
    if isinstance(node, Exchange):
        return "exchange"
    if isinstance(node, Contribution):
        parts = [node.TYPE]
        if node.number:
            parts.append(f"#{node.number}")
        if node.uin:
            parts.append(f"[{node.uin}]")
        if node.speaker is not None:
            parts.append(node.speaker.name or node.speaker.office or "?")
            if node.speaker.role != "member":
                parts.append(f"({node.speaker.role})")
        if node.time:
            parts.append(f"@{node.time}")
        return " ".join(parts)
    if isinstance(node, Procedural):
        return "procedural"
    if isinstance(node, Division):
        return f"division no={node.number} ayes={node.ayes} noes={node.noes}"
    if isinstance(node, Interjection):
        return f"interjection {node.kind}"
    if isinstance(node, ChairChange):
        return f"chair_change {node.chair}"
    if isinstance(node, FloorLanguage):
        return f"floor_language {node.language}"
    if isinstance(node, Time):
        return f"time {node.value}"
    if isinstance(node, Column):
        return f"column {node.column}"
    if isinstance(node, Reference):
        return f"reference name={node.name} constituency={node.constituency}"
    return None


class _Outliner(Visitor):
    """Writes the outline lines, one level deeper under each node that has a line."""

    def __init__(self, root: Node) -> None:
        self.root = root
        self.lines: list[str] = []
        self._depth = 0
        self._indented: list[bool] = []

    def visit_node(self, node: Node) -> None:
        text = None if node is self.root else describe(node)
        if text is not None:
            self.lines.append("  " * self._depth + text)
            self._depth += 1
        self._indented.append(text is not None)

    def leave_node(self, node: Node) -> None:
        if self._indented.pop():
            self._depth -= 1


def outline(node: Node) -> str:
    """The outline of ``node``'s subtree (without the node itself)."""
    outliner = _Outliner(node)
    outliner.visit(node)
    return "\n".join(outliner.lines)
