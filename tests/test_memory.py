"""Memory grows by a small constant per line: counted in nodes and spans, never timed.

A tree holds a node per line of text and a span per node; these tests pin how many of each
a line costs, so a change that makes a line dearer (a second span for a one-line sentence,
a node per blank line) fails here rather than in a benchmark nobody runs.
"""

from __future__ import annotations

import orjson
import pytest
from helpers import read_fixture

from hansard_parse import Document, parse, serialize, to_dict, to_json


def _costs(doc: Document) -> tuple[int, int]:
    """(nodes, distinct span objects) of a document."""
    nodes = list(doc.walk())
    return len(nodes), len({id(node.span) for node in nodes})


@pytest.mark.parametrize("layout", ["plain", "prose"])
def test_a_one_line_sentence_shares_its_span_with_its_text(layout: str) -> None:
    lines = 2_000
    nodes, spans = _costs(parse("a\n" * lines, layout=layout))
    assert nodes == 2 * lines + 2, "a block and its text per line, then the document and body"
    assert spans <= lines + 2, "one span per line: the block reuses its only leaf's span"


def test_a_one_line_paragraph_shares_its_span_with_its_text() -> None:
    text = read_fixture("debate.print.txt")
    doc = parse(text)
    paragraphs = [n for n in doc.walk() if n.TYPE == "paragraph" and len(n.child_nodes) == 1]
    assert paragraphs
    assert all(p.span is p.child_nodes[0].span for p in paragraphs)


@pytest.mark.parametrize("layout", [None, "print", "web", "plain", "prose"])
def test_blank_lines_cost_a_constant(layout: str | None) -> None:
    small, large = (_costs(parse("\n" * n, layout=layout))[0] for n in (10, 10_000))
    assert small == large <= 3


@pytest.mark.parametrize("layout", ["print", "web", "plain", "prose"])
def test_nodes_grow_linearly_with_the_text(layout: str) -> None:
    text = read_fixture("objections.print.txt")
    once = _costs(parse(text, layout=layout))[0]
    four_times = _costs(parse(text * 4, layout=layout))[0]
    assert four_times <= 4 * once + 4


def _dicts(data: dict[str, object]) -> list[dict[str, object]]:
    found = [data]
    for child in data.get("children", []):  # type: ignore[attr-defined]
        found.extend(_dicts(child))
    return found


def test_an_export_builds_one_span_dict_per_span() -> None:
    doc = parse("a\n" * 500, layout="plain")
    nodes = _dicts(serialize._node_dict(doc, {}))
    assert len({id(node["span"]) for node in nodes}) == len({id(n.span) for n in doc.walk()})
    assert orjson.loads(to_json(doc))["document"] == to_dict(doc)


def test_to_dict_hands_out_dicts_that_are_safe_to_edit() -> None:
    doc = parse("a\n" * 3, layout="plain")
    sentence = next(n for n in doc.walk() if n.TYPE == "sentence")
    assert sentence.span is sentence.child_nodes[0].span, "one span object for both"
    data = to_dict(sentence)
    data["span"]["start"] = 99
    assert data["children"][0]["span"]["start"] == 0
