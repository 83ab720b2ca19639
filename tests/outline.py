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


def outline(node: Node) -> str:
    """The outline of ``node``'s subtree (without the node itself)."""
    lines: list[str] = []

    def visit(current: Node, depth: int) -> None:
        for child in current.child_nodes:
            text = describe(child)
            if text is not None:
                lines.append("  " * depth + text)
                visit(child, depth + 1)
            else:
                visit(child, depth)

    visit(node, 0)
    return "\n".join(lines)
