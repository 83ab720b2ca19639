"""The terminal viewer: a pure function from a node to a ``rich.tree.Tree``.

Every piece of source text goes into ``rich.text.Text`` as plain text, never as markup,
because Hansard is full of ``[Interruption.]`` that Rich would otherwise read as markup.
"""

from __future__ import annotations

from rich.text import Text
from rich.tree import Tree

from .nodes import (
    Blank,
    Block,
    Boilerplate,
    ChairChange,
    Column,
    Container,
    Contribution,
    Document,
    FloorLanguage,
    Heading,
    Interjection,
    Label,
    Leaf,
    Node,
    Reference,
    Section,
    Time,
)

STYLES: dict[str, str] = {
    "document": "bold",
    "section": "bold magenta",
    "heading": "bold magenta",
    "exchange": "bold blue",
    "question": "bold cyan",
    "supplementary_question": "cyan",
    "answer": "green",
    "statement": "bold green",
    "speech": "white",
    "intervention": "yellow",
    "point_of_order": "red",
    "chair": "dim",
    "procedural": "dim italic",
    "interjection": "italic yellow",
    "chair_change": "dim italic",
    "floor_language": "dim italic",
    "time": "dim",
    "column": "dim",
    "boilerplate": "dim strike",
    "narrative": "white",
    "unparsed": "bold red",
}


def _shorten(text: str, limit: int | None) -> str:
    text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        return text[: max(0, limit - 1)] + "…"
    return text


def _label(node: Node, width: int | None, level: int = 0) -> Text:
    """One tree line for ``node``; text is cut so the line fits ``width`` at this depth."""
    style = STYLES.get(node.TYPE, "")
    label = Text(node.TYPE, style=style)
    limit = None if width is None else max(10, width - 4 * level - len(node.TYPE) - 2)
    if isinstance(node, Contribution):
        if node.number:
            label.append(f" {node.number}.", style=style)
        if node.speaker is not None:
            who = node.speaker.name or node.speaker.office or node.speaker.label
            label.append(f" {who}", style="bold")
            if node.speaker.office and node.speaker.name and node.speaker.office != node.speaker.name:
                label.append(f" ({node.speaker.office})", style="dim")
        if node.cue:
            label.append(f"  cue: {node.cue}", style="dim")
        if node.confidence is not None:
            label.append(f" ({node.confidence:.2f})", style="dim")
        if node.continues:
            label.append("  (continues)", style="dim")
    elif isinstance(node, Section):
        label.append(f" {node.title}", style=style)
    elif isinstance(node, Document):
        label.append(f" ({node.layout} layout, {node.house})", style="dim")
    elif isinstance(node, Interjection):
        label.append(f" [{node.kind}] ", style="dim")
        label.append(_shorten(node.text, limit), style=style)
    elif isinstance(node, Time | FloorLanguage | Column | ChairChange | Heading | Boilerplate):
        label.append(" " + _shorten(node.text, limit), style=style)
    elif isinstance(node, (Reference, Block)):
        label.append(" " + _shorten(node.text, limit))
    return label


def _hidden(node: Node) -> bool:
    """Nodes the tree does not show: blank lines, labels (shown on the turn), plain text runs."""
    return isinstance(node, Blank | Label) or (isinstance(node, Leaf) and node.TYPE == "text")


def to_rich_tree(node: Node, *, width: int | None = 100, depth: int | None = None) -> Tree:
    """A Rich tree of ``node``: types styled apart, speakers named, text cut to ``width``.

    ``width=None`` shows full text; ``depth`` limits how many levels below ``node`` appear.
    Paragraphs show their text on one line, with interjections inside them as children.
    """
    tree = Tree(_label(node, width), guide_style="dim")
    _add_children(tree, node, width, depth, 1)
    return tree


def _add_children(
    tree: Tree, node: Node, width: int | None, depth: int | None, level: int
) -> None:
    if depth is not None and depth <= 0:
        return
    next_depth = None if depth is None else depth - 1
    children = node.child_nodes
    if isinstance(node, Section) and children and isinstance(children[0], Heading):
        children = children[1:]  # the section's own line already shows its heading
    for child in children:
        if _hidden(child):
            continue
        branch = tree.add(_label(child, width, level))
        if isinstance(child, Container):
            _add_children(branch, child, width, next_depth, level + 1)


__all__ = ["STYLES", "to_rich_tree"]
