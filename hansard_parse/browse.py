"""An interactive browser for a sitting, on Textual (the optional ``browse`` extra).

The outline of sections and turns on the left comes from the shared walk of
:mod:`hansard_parse.view`; the turn under the cursor is shown whole on the right with its
speaker, party, constituency, question number and time. Keys: ``/`` search, ``n`` the next turn
by the same speaker, ``k`` filter by kind (cycles through the kinds present), ``s`` the speaker
index with counts, ``q`` quit, Escape closes the search line or the index; the footer lists them.
"""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Input, OptionList, Static, Tree
from textual.widgets.option_list import Option
from textual.widgets.tree import TreeNode

from .nodes import Contribution, Document, Node, Section
from .view import Enter, Leave, Selection, section_path, walk_view
from .viewer import label, printable, speaker_text


def turn_text(turn: Contribution, path: tuple[Section, ...]) -> Text:
    """The right-hand pane: who speaks (name, office, constituency, party), the question
    number and time, where in the sitting, then every paragraph in full."""
    shown = Text()
    speaker = turn.speaker
    shown.append(printable(speaker_text(turn)) or "(no speaker)", style="bold")
    shown.append(f"  {turn.TYPE.replace('_', ' ')}\n", style="italic")
    facts = []
    if speaker is not None:
        for name, value in (
            ("office", speaker.office), ("constituency", speaker.constituency),
            ("party", speaker.party),
        ):
            if value and value != speaker.name:
                facts.append((name, value))
        if speaker.label and speaker.label != speaker.name:
            facts.append(("label", speaker.label))
    if turn.number:
        facts.append(("number", turn.number + (f"  [UIN {turn.uin}]" if turn.uin else "")))
    if turn.time:
        facts.append(("time", turn.time))
    facts.append(("lines", f"{turn.span.start_line}–{turn.span.end_line}"))
    if path:
        facts.append(("section", section_path(path)))
    for name, value in facts:
        shown.append(f"{name:>12}  ", style="dim")
        shown.append(printable(value) + "\n")
    for block in turn.children:
        words = printable(" ".join(leaf.text for leaf in block.leaves() if leaf.TYPE != "column"))
        if words and block.TYPE not in ("label", "blank"):
            shown.append("\n" + words + "\n")
    return shown


class SittingBrowser(App[None]):
    """Browse one parsed sitting: outline on the left, the selected turn on the right."""

    TITLE = "hansard-parse browse"
    CSS = """
    #outline { width: 45%; border-right: solid $primary; overflow-x: hidden; }
    #turn-pane { width: 1fr; padding: 0 1; }
    #speakers { width: 40; display: none; border-left: solid $primary; }
    #speakers.shown { display: block; }
    #search { dock: bottom; display: none; }
    #search.shown { display: block; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search"),
        Binding("n", "next_by_speaker", "Next by speaker"),
        Binding("k", "next_kind", "Filter kind"),
        Binding("s", "speakers", "Speakers"),
        Binding("q", "quit", "Quit"),
        Binding("escape", "close_panels", "Close", show=False),
    ]

    def __init__(self, document: Document, *, title: str | None = None) -> None:
        super().__init__()
        self.document = document
        self.source_title = title or "sitting"
        self.turns: list[Contribution] = []
        """The turns in the outline, in order (all of them, or those of the kind filtered)."""
        self.paths: dict[int, tuple[Section, ...]] = {}
        self.tree_nodes: dict[int, TreeNode[Node]] = {}
        self.positions: dict[int, int] = {}
        """Each shown turn's place in ``turns``, by identity: two turns with the same words
        (``I call the shadow Minister.``) are equal nodes, so ``list.index`` would confuse them."""
        self.current: Contribution | None = None
        self.kind: str | None = None
        self.kinds = [None, *sorted({t.TYPE for t in document.find_all(Contribution)})]
        self.speaker_counts = Counter(
            who for who in map(speaker_text, document.find_all(Contribution)) if who
        )

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield Tree(label(self.document), id="outline")
            with VerticalScroll(id="turn-pane"):
                yield Static(id="turn")
            yield OptionList(
                *(
                    Option(f"{who} ({count})", id=who)
                    for who, count in sorted(
                        self.speaker_counts.items(), key=lambda item: (-item[1], item[0])
                    )
                ),
                id="speakers",
                markup=False,
            )
        yield Input(placeholder="search the turns' text and speakers, Enter to go", id="search")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.source_title
        self.build_outline()
        self.query_one("#outline", Tree).focus()

    def build_outline(self) -> None:
        """Fill the outline from the walk: sections as branches, turns as leaves."""
        tree: Tree[Node] = self.query_one("#outline", Tree)
        tree.clear()
        tree.root.data = self.document
        self.turns.clear()
        self.tree_nodes.clear()
        self.positions.clear()
        selection = Selection(kinds={self.kind} if self.kind else frozenset())
        stack: list[TreeNode[Node]] = []
        for step in walk_view(self.document, selection=selection):
            if isinstance(step, Leave):
                if isinstance(step.node, Section | Document):
                    stack.pop()
                continue
            if not isinstance(step, Enter):
                continue
            node = step.node
            if isinstance(node, Document):
                stack.append(tree.root)
            elif isinstance(node, Section):
                stack.append(stack[-1].add(Text(printable(node.title), style="bold"), data=node))
            elif isinstance(node, Contribution):
                self.tree_nodes[id(node)] = stack[-1].add_leaf(label(node), data=node)
                self.paths[id(node)] = step.path
                self.positions[id(node)] = len(self.turns)
                self.turns.append(node)
        tree.root.expand_all()
        self.sub_title = f"{self.source_title} · {len(self.turns)} turns" + (
            f" · kind: {self.kind}" if self.kind else ""
        )
        if self.turns:
            current = self.current
            keep = current if current is not None and id(current) in self.positions else self.turns[0]
            self.go_to(keep)
        else:
            self.current = None
            self.query_one("#turn", Static).update("no turns")

    def go_to(self, turn: Contribution) -> None:
        """Put the cursor on ``turn`` in the outline and show it whole."""
        self.current = turn
        tree: Tree[Node] = self.query_one("#outline", Tree)
        # after the next refresh: a node just added has no line in the tree until then
        self.call_after_refresh(tree.move_cursor, self.tree_nodes[id(turn)])
        self.query_one("#turn", Static).update(turn_text(turn, self.paths.get(id(turn), ())))

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[Node]) -> None:
        node = event.node.data
        if isinstance(node, Contribution) and node is not self.current:
            self.current = node
            self.query_one("#turn", Static).update(turn_text(node, self.paths.get(id(node), ())))

    def _following(self) -> list[Contribution]:
        """The turns after the current one, wrapping round to the start."""
        if self.current is None or id(self.current) not in self.positions:
            return list(self.turns)
        at = self.positions[id(self.current)]
        return self.turns[at + 1 :] + self.turns[: at + 1]

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.add_class("shown")
        search.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.input.remove_class("shown")
        self.query_one("#outline", Tree).focus()
        self.search(event.value)

    def search(self, words: str) -> Contribution | None:
        """Go to the next turn whose text or speaker holds ``words`` (case-insensitive)."""
        wanted = " ".join(words.split()).casefold()
        if not wanted:
            return None
        for turn in self._following():
            if wanted in f"{speaker_text(turn)} {turn.plain_text}".casefold():
                self.go_to(turn)
                return turn
        self.notify(f"no turn holds {words!r}", severity="warning")
        return None

    def action_next_by_speaker(self) -> None:
        if self.current is None:
            return
        who = speaker_text(self.current)
        for turn in self._following():
            if who and speaker_text(turn) == who and turn is not self.current:
                self.go_to(turn)
                return
        self.notify(f"no other turn by {who or 'this speaker'}")

    def action_next_kind(self) -> None:
        self.kind = self.kinds[(self.kinds.index(self.kind) + 1) % len(self.kinds)]
        self.build_outline()

    def action_speakers(self) -> None:
        index = self.query_one("#speakers", OptionList)
        index.toggle_class("shown")
        if index.has_class("shown"):
            index.focus()
        else:
            self.query_one("#outline", Tree).focus()

    def action_close_panels(self) -> None:
        """Escape: close the search line and the speaker index, back to the outline."""
        self.query_one("#search", Input).remove_class("shown")
        self.query_one("#speakers", OptionList).remove_class("shown")
        self.query_one("#outline", Tree).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        who = event.option.id
        event.option_list.remove_class("shown")
        self.query_one("#outline", Tree).focus()
        first = next((t for t in self.turns if speaker_text(t) == who), None)
        if first is None and self.kind:  # not of the kind shown: show every kind again
            self.kind = None
            self.build_outline()
            first = next((t for t in self.turns if speaker_text(t) == who), None)
        if first is not None:
            self.go_to(first)


__all__ = ["SittingBrowser", "turn_text"]
