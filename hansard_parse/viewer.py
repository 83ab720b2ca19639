"""The terminal viewer: each node as one styled line, drawn from the shared walk of
:mod:`hansard_parse.view`.

Two ways out: :func:`to_rich_tree` gives a ``rich.tree.Tree`` of a node (a pure function, for
programs), and :func:`tree_lines` gives the same tree as finished lines with their guides, so
the command can print a sitting section by section while later sections are still being parsed.

Every piece of source text goes into ``rich.text.Text`` as plain text, never as markup (Hansard
is full of ``[Interruption.]`` that Rich would read as markup), and control characters are
shown escaped (``\\x1b``), never sent to the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rich.console import Console
from rich.text import Text
from rich.tree import Tree

from .nodes import (
    Block,
    Boilerplate,
    ChairChange,
    Column,
    Contribution,
    Document,
    FloorLanguage,
    Heading,
    Interjection,
    MemberList,
    Node,
    Reference,
    Section,
    Table,
    Time,
    Unparsed,
)
from .view import Enter, Leave, More, Selection, walk_view

STYLES: dict[str, str] = {
    "document": "bold",
    "section": "bold magenta",
    "heading": "bold magenta",
    "exchange": "bold blue",
    "question": "bold cyan",
    "supplementary_question": "cyan",
    "answer": "bold green",
    "statement": "bold green",
    "speech": "bold",
    "intervention": "blue",
    "point_of_order": "bold red",
    "chair": "magenta",
    "procedural": "italic",
    "interjection": "italic magenta",
    "chair_change": "italic",
    "floor_language": "italic",
    "time": "cyan",
    "column": "dim",
    "boilerplate": "dim strike",
    "table": "cyan",
    "member_list": "dim cyan",
    "narrative": "bold",
    "unparsed": "bold red",
    "more": "dim italic",
}
"""Styles by node type. Only bold, italic, dim and the six hue colours, whose shades every
terminal theme picks to read on its own background: no white, black or yellow foregrounds,
which vanish on a light or a dark terminal."""

GUIDES = ("    ", "│   ", "├── ", "└── ")
"""Tree guides as Rich draws them: space, continuing line, branch, last branch."""

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
"""C0 controls, DEL and C1 controls (U+0080–U+009F): shown escaped, never sent to a terminal,
where they could move the cursor, change colours or set the window title."""

_WRAP_CONSOLE = Console(width=80, color_system=None, force_terminal=False, file=None)


def escape_controls(text: str, keep: str = "") -> str:
    """``text`` with each control character (but those in ``keep``) written as ``\\x1b``."""
    return CONTROL.sub(lambda m: m.group() if m.group() in keep else f"\\x{ord(m.group()):02x}", text)


def printable(text: str) -> str:
    """``text`` on one line: control characters escaped (before folding, as Python counts
    some of them, such as U+0085, as whitespace), then line breaks and runs of spaces folded."""
    return " ".join(escape_controls(text, keep="\t\n\r\x0b\x0c").split())


def speaker_text(node: Contribution) -> str:
    """Who speaks in ``node``, as the tree shows it: the name, else the office or label."""
    speaker = node.speaker
    if speaker is None:
        return ""
    return speaker.name or speaker.office or speaker.label


def label(node: Node) -> Text:
    """One line for ``node``: its type, then what identifies it (speaker, title, text)."""
    style = STYLES.get(node.TYPE, "")
    line = Text(node.TYPE, style=style)
    if isinstance(node, Contribution):
        if node.number:
            line.append(f" {printable(node.number)}.", style=style)
        if node.speaker is not None:
            line.append(f" {printable(speaker_text(node))}", style="bold")
            office, name = node.speaker.office, node.speaker.name
            if office and name and office != name:
                line.append(f" ({printable(office)})", style="dim")
        if node.cue:
            line.append(f"  cue: {printable(node.cue)}", style="dim")
        if node.confidence is not None:
            line.append(f" ({node.confidence:.2f})", style="dim")
        if node.continues:
            line.append("  (continues)", style="dim")
    elif isinstance(node, Section):
        line.append(f" {printable(node.title)}", style=style)
    elif isinstance(node, Document):
        details = [
            f"{node.layout} layout", node.house, node.date,
            f"vol {node.volume}" if node.volume else None,
            f"cc {node.columns}" if node.columns else None,
            f"from {node.site}" if node.site else None,
        ]
        line.append(f" ({printable(', '.join(str(d) for d in details if d))})", style="dim")
    elif isinstance(node, Interjection):
        line.append(f" [{node.kind}] ", style="dim")
        line.append(printable(node.text), style=style)
    elif isinstance(node, Time | FloorLanguage | Column | ChairChange | Heading | Boilerplate | Unparsed):
        line.append(" " + printable(node.text), style=style)
    elif isinstance(node, Table | MemberList):
        rows = node.text.count("\n") + 1
        line.append(f" ({rows} lines) " + printable(node.text), style=style)
    elif isinstance(node, Reference):
        line.append(" " + printable(node.text))
    elif isinstance(node, Block):  # its words, column markers left out (as Block.text does)
        line.append(" " + printable(" ".join(x.text for x in node.leaves() if x.TYPE != "column")))
    return line


def more_label(count: int) -> Text:
    """The line that stands for ``count`` children hidden by the depth limit or a filter."""
    return Text(f"… {count} more", style=STYLES["more"])


def fit(line: Text, room: int | None) -> Text:
    """``line`` cut with an ellipsis to ``room`` terminal cells (wide characters count two)."""
    if room is not None and line.cell_len > room:
        line = line.copy()
        line.truncate(max(room, 1), overflow="ellipsis")
    return line


def to_rich_tree(
    node: Node,
    *,
    width: int | None = 100,
    depth: int | None = None,
    selection: Selection | None = None,
) -> Tree:
    """A Rich tree of ``node``: types styled apart, speakers named, text cut to ``width``.

    ``width`` is the whole line, guides included (``None``: full text, wrapped by Rich);
    ``depth`` limits how many levels below ``node`` appear, and a ``… N more`` line stands for
    what it or ``selection`` hides. Member references are shown only if the selection says so.
    """
    stack: list[Tree] = []
    root: Tree | None = None
    for step in walk_view(node, selection=selection, depth=depth):
        room = None if width is None else width - 4 * step.depth
        if isinstance(step, Enter):
            text = fit(label(step.node), room)
            if stack:
                stack.append(stack[-1].add(text))
            else:
                root = Tree(text, guide_style="dim")
                stack.append(root)
        elif isinstance(step, More):
            stack[-1].add(fit(more_label(step.count), room))
        else:
            stack.pop()
    assert root is not None
    return root


def tree_lines(
    node: Node,
    *,
    width: int | None = None,
    wrap: bool = False,
    depth: int | None = None,
    selection: Selection | None = None,
    numbers: int = 0,
    level: int = 0,
    last: bool = True,
    path: tuple[Section, ...] = (),
) -> Iterator[Text]:
    """The tree of ``node`` as lines ready to print, each fitted to ``width`` cells.

    ``level`` 1 draws ``node`` as a child of a root already printed (the command streams the
    document's sections this way), ``last`` saying whether it is that root's last child, and
    ``path`` the sections around it. ``numbers`` > 0 puts each node's first source line in a
    column that wide. With ``wrap``, long text runs on over several lines under its guide
    instead of being cut.
    """
    lasts: list[bool] = []
    for step in walk_view(node, selection=selection, depth=depth, path=path, last=last):
        if isinstance(step, Leave):
            lasts.pop()
            continue
        at = step.depth + level
        own_last = step.last if isinstance(step, Enter) else True
        # lasts[i] belongs to level + i; level 0 (the root) draws no guide
        guides = "".join(GUIDES[0] if done else GUIDES[1] for done in lasts[max(0, 1 - level) :])
        prefix = guides + ("" if at == 0 else GUIDES[3] if own_last else GUIDES[2])
        if isinstance(step, Enter):
            text = label(step.node)
            where = str(step.node.span.start_line)
        else:
            text, where = more_label(step.count), ""
        column = f"{where:>{numbers}} " if numbers else ""
        head = Text(column, style="dim") + Text(prefix, style="dim")
        room = None if width is None else width - head.cell_len
        if wrap and room is not None and room > 0:
            pieces = list(text.wrap(_WRAP_CONSOLE, room))
            go_on = Text(" " * len(column), style="dim") + Text(
                guides + ("" if at == 0 else GUIDES[0] if own_last else GUIDES[1]), style="dim"
            )
            for i, piece in enumerate(pieces):
                piece.rstrip()
                yield (head if i == 0 else go_on) + piece
        else:
            yield head + fit(text, room)
        if isinstance(step, Enter):
            lasts.append(own_last)


__all__ = [
    "CONTROL",
    "GUIDES",
    "STYLES",
    "escape_controls",
    "label",
    "printable",
    "to_rich_tree",
    "tree_lines",
]
