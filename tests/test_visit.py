"""The tree toolkit: pruned walks, ancestors, bottom-up transforms and the visitor."""

from __future__ import annotations

from helpers import read_fixture

from hansard_parse import (
    Answer,
    Column,
    Contribution,
    Document,
    Exchange,
    Node,
    Paragraph,
    Question,
    Section,
    Visitor,
    find_ancestor,
    node_path,
    parse,
)

DOC = parse(read_fixture("official_report_2011.print.txt"))


def test_walk_prune_stops_descent_but_yields_the_pruned_node() -> None:
    turns = [n for n in DOC.walk(prune=lambda n: isinstance(n, Contribution))]
    assert any(isinstance(n, Question) for n in turns)
    parents = DOC.parents()
    paragraphs = [n for n in turns if isinstance(n, Paragraph)]
    assert paragraphs  # the procedure's paragraphs are outside any turn, so they are reached
    assert all(parents.find_ancestor(p, Contribution) is None for p in paragraphs)
    assert [n for n in turns if isinstance(n, Contribution)] == list(DOC.find_all(Contribution))


def test_ancestors_lead_from_a_question_up_to_its_sections() -> None:
    question = DOC.find(Question)
    assert question is not None
    parents = DOC.parents()
    path = parents.path(question)
    assert path[0] is DOC and path[-1] is question
    assert [n.TYPE for n in path] == ["document", "section", "section", "section", "exchange", "question"]
    section = parents.find_ancestor(question, Section)
    assert section is not None and section.title == "Syria"
    assert parents.parent(DOC) is None
    assert node_path(DOC, question) == path
    assert find_ancestor(DOC, question, Exchange) is path[-2]


def test_ancestors_tell_equal_nodes_apart_by_place() -> None:
    text = "Syria\nMr Hague: Yes.\nLibya\nMr Hague: Yes.\n"
    doc = parse(text)
    first, second = [turn.children[-1] for turn in doc.find_all(Contribution)]
    assert first.structurally_equal(second) and first != second  # same words, other places
    parents = doc.parents()
    titles = [parents.find_ancestor(node, Section) for node in (first, second)]
    assert [s.title for s in titles if s is not None] == ["Syria", "Libya"]


def test_transform_rebuilds_bottom_up_and_shares_untouched_subtrees() -> None:
    def shout(node: Node) -> Node | None:
        if isinstance(node, Column):
            return None
        if isinstance(node, Section):
            return node.with_changes(title=node.title.upper())
        return node

    changed = DOC.transform(shout)
    assert isinstance(changed, Document)
    assert changed.find(Column) is None and DOC.find(Column) is not None
    assert [s.title for s in changed.find_all(Section)][:2] == ["HOUSE OF COMMONS", "PRAYERS"]
    untouched = DOC.children[0]
    assert changed.children[0] is untouched


def test_transform_keeps_the_tree_when_fn_is_identity() -> None:
    assert DOC.transform(lambda n: n) is DOC


class _Counter(Visitor):
    """Counts turns by family, skips exchanges' insides, and records leave order."""

    def __init__(self) -> None:
        self.events: list[str] = []

    def visit_section(self, node: Section) -> None:
        self.events.append(f"enter {node.title}")

    def leave_section(self, node: Section) -> None:
        self.events.append(f"leave {node.title}")

    def visit_answer(self, node: Answer) -> bool:
        self.events.append("answer")
        return False

    def visit_contribution(self, node: Contribution) -> bool:
        self.events.append(node.TYPE)
        return False

    def visit_paragraph(self, node: Paragraph) -> None:
        self.events.append("paragraph")


def test_visitor_dispatches_by_type_then_family_and_can_skip_children() -> None:
    doc = parse("Syria\n1. Jane Smith (Anytown) (Lab): Will he act?\nMr Hague: I will.\n")
    counter = _Counter()
    counter.visit(doc)
    assert counter.events == ["enter Syria", "question", "answer", "leave Syria"]
