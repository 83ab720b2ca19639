"""Properties over generated text: parsing never raises, nothing is lost, JSON and the viewer cope.

Two kinds of input: any text at all (control characters, NUL, NBSP, zero-width characters,
every line ending), and text assembled from Hansard-like lines (labels, numbered questions,
headings, notes, procedure, sentences broken after ``hon.``). Every property holds for the
detected layout and for each forced one. Example counts come from the profile in conftest.py.
"""

from __future__ import annotations

import io

import orjson
import pytest
from helpers import check_lossless
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from hansard_parse import (
    Contribution,
    Document,
    Node,
    Visitor,
    from_json,
    parse,
    to_dict,
    to_json,
    to_rich_tree,
)

LAYOUTS = [None, "print", "web", "plain", "prose"]
LAYOUT_IDS = ["detected", "print", "web", "plain", "prose"]

# --- any text ---------------------------------------------------------------------------------

AWKWARD_CHARS = [
    "\r",
    "\n",
    "\x00",
    "\u00a0",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u2028",
    "\x85",
    "\x0c",
    "\t",
    "[",
    "]",
    "(",
    ")",
    ":",
    "—",
    "?",
    ".",
]
AWKWARD_PIECES = [
    *AWKWARD_CHARS,
    "\r\n",
    "T1.",
    "[904342]",
    "hon.",
    "Mr Speaker:",
    "[Interruption.]",
]
any_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(AWKWARD_CHARS), max_size=300),
    st.lists(st.sampled_from(AWKWARD_PIECES) | st.text(max_size=8), max_size=40).map("".join),
)

# --- Hansard-like lines -------------------------------------------------------------------------

NAMES = [
    "Jane Smith",
    "Mr John Brown",
    "Dominic Raab",
    "Ann McKechin",
    "Mr. Hague",
    "Dame Rosie Winterton",
    "Liz Saville-Roberts",
    "Sir Desmond Swayne",
]
PLACES = ["Anytown North", "Liverpool, West Derby", "Delyn", "Na h-Eileanan an Iar"]
PARTIES = ["Lab", "Con", "LD", "SNP", "Lab/Co-op", "DUP", "PC"]
OFFICES = [
    "The Secretary of State for Justice",
    "The Minister for Roads",
    "The Prime Minister",
    "The Parliamentary Under-Secretary of State for Foreign Affairs",
]
WORDS = [
    "the",
    "Minister",
    "will",
    "my",
    "constituents",
    "Government",
    "agree",
    "that",
    "we",
    "have",
    "invested",
    "£15 million",
    "in",
    "courts",
    "hon. Lady",
    "right hon. Friend",
]

sentence = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
    st.sampled_from([".", "?", "!", "—", ""]),
)
speech = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
name = st.sampled_from(NAMES)
uin = st.integers(min_value=1, max_value=999999).map(lambda n: f"[{n}]")
number = st.integers(min_value=1, max_value=30).map(str) | st.integers(1, 9).map(lambda n: f"T{n}")

print_label = st.one_of(
    st.builds(
        lambda n, p, q, s: f"{n} ({p}) ({q}): {s}",
        name,
        st.sampled_from(PLACES),
        st.sampled_from(PARTIES),
        speech,
    ),
    st.builds(lambda k, u, n, s: f"{k}. {u} {n}: {s}", number, uin, name, speech),
    st.builds(lambda o, n, s: f"{o} ({n}): {s}", st.sampled_from(OFFICES), name, speech),
    st.builds(lambda n, s: f"{n}: {s}", name, speech),
    st.sampled_from(
        [
            "Mr Speaker: Order.",
            "Madam Deputy Speaker (Dame Rosie Winterton): I call Jane Smith.",
            "Hon. Members: Hear, hear!",
            "Several hon. Members rose—",
            "An hon. Member: Shame!",
            "Mr Speaker: Order. [Interruption.] Order.",
        ]
    ),
)
web_label = st.one_of(
    name,
    st.builds(
        lambda n, p, q: f"{n} ({p}) ({q})", name, st.sampled_from(PLACES), st.sampled_from(PARTIES)
    ),
    st.builds(lambda k, u, n: f"{k}. {u} {n}", number, uin, name),
    st.sampled_from(["Mr Speaker", "The Chair", "Several hon. Members"]),
)
heading = st.sampled_from(
    [
        "Oral Answers to Questions",
        "Justice",
        "Prisoners: Skills Development",
        "Legal Aid",
        "Topical Questions",
        "Business without Debate",
        "Bus Services (Consultation)",
        "Royal Family",
        "Syria",
    ]
)
fixed = st.sampled_from(
    [
        "The Secretary of State was asked—",
        "[Interruption.]",
        "[Laughter.]",
        "[Mr Nigel Evans in the Chair]",
        "[Relevant documents: First Report of the Committee]",
        "Question put and agreed to.",
        "Ordered, That the Bill be read a Second time.",
        "Bill read a Second time.",
        "The House divided: Ayes 282, Noes 220.",
        "Division No. 123",
        "12.34 pm",
        "4 pm",
        "19 July 2011 : Column 771",
        "That this House takes note of the Report.",
        "READ MORE: Something else entirely",
        "You may also like",
        "",
        "   ",
    ]
)
broken = st.builds(lambda s: ["My hon.", "Friend " + s[0].lower() + s[1:]], speech)
inline = st.builds(lambda a, b: f"{a} [Interruption.] {b}", sentence, sentence) | st.builds(
    lambda s: f"{s} my hon. Friend the Member for Portsmouth North (Amanda Martin) said so.",
    sentence,
)
line_groups = st.one_of(
    print_label.map(lambda s: [s]),
    st.tuples(web_label, speech).map(list),
    heading.map(lambda s: [s]),
    fixed.map(lambda s: [s]),
    broken,
    inline.map(lambda s: [s]),
    speech.map(lambda s: [s]),
)
hansard_text = st.builds(
    lambda groups, eol, final: eol.join(line for group in groups for line in group) + final,
    st.lists(line_groups, max_size=25),
    st.sampled_from(["\n", "\r\n", "\n", "\r"]),
    st.sampled_from(["\n", "", "\r\n"]),
)


def check_export(doc: Document) -> None:
    """The export is JSON in the envelope; every node object leads with its type."""
    data = orjson.loads(to_json(doc))
    assert data["schema"] == "hansard_parse/1"
    count = 0
    stack = [data["document"]]
    while stack:
        node = stack.pop()
        assert next(iter(node)) == "type"
        count += 1
        stack.extend(node.get("children", []))
    assert count == sum(1 for _ in doc.walk())


def check_round_trip(doc: Document) -> None:
    """The JSON export reads back into an equal document (equality includes the spans), and
    writes back the same dicts."""
    again = from_json(to_json(doc))
    assert again == doc and to_dict(again) == to_dict(doc)


def check_render(doc: Document) -> None:
    console = Console(record=True, width=100, color_system=None, file=io.StringIO())
    console.print(to_rich_tree(doc))
    shown = console.export_text()
    assert shown.startswith(f"document ({doc.layout} layout, {doc.house}")


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
@given(text=any_text)
def test_any_text_parses_losslessly(layout: str | None, text: str) -> None:
    doc = parse(text, layout=layout)
    check_lossless(doc, text)
    if layout:
        assert doc.layout == layout


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
@given(text=any_text)
def test_any_text_exports_and_renders(layout: str | None, text: str) -> None:
    doc = parse(text, layout=layout)
    check_export(doc)
    check_render(doc)


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
@given(text=any_text)
def test_any_text_json_round_trips(layout: str | None, text: str) -> None:
    check_round_trip(parse(text, layout=layout))


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
@given(text=hansard_text)
def test_hansard_like_text_parses_losslessly(layout: str | None, text: str) -> None:
    doc = parse(text, layout=layout)
    check_lossless(doc, text)


@given(groups=st.lists(line_groups, min_size=1, max_size=25))
def test_sentences_rejoined_across_cr_endings_keep_line_numbers(groups: list[list[str]]) -> None:
    text = "\r".join(line for group in groups for line in group) + "\r"
    doc = parse(text, layout="plain")
    check_lossless(doc, text)


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
@given(text=hansard_text)
def test_hansard_like_text_exports_and_renders(layout: str | None, text: str) -> None:
    doc = parse(text, layout=layout)
    check_export(doc)
    check_render(doc)


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
@given(text=hansard_text)
def test_hansard_like_text_json_round_trips(layout: str | None, text: str) -> None:
    check_round_trip(parse(text, layout=layout))


@given(groups=st.lists(print_label, min_size=2, max_size=12))
def test_print_labels_become_turns_with_their_speakers(groups: list[str]) -> None:
    """Lines made only of ``Label: speech.`` are read as print layout, one turn per line.

    (Each speech ends in ``.`` here: ``Name (Place) (Party): The`` is as much a heading
    with a colon as a turn, and the classifier may read it either way.)
    """
    text = "\n".join(line if line.endswith((".", "?", "!", "—")) else line + "." for line in groups)
    doc = parse(text)
    assert doc.layout == "print"
    turns = list(doc.find_all(Contribution))
    assert len(turns) == len(groups)
    assert all(t.speaker is not None for t in turns)


@given(text=hansard_text)
def test_sitting_passes_hold_on_hansard_like_text(text: str) -> None:
    """Turn ids are unique; every named speaker has a key; a Visitor sees the nodes in the
    order ``walk`` gives; an identity transform returns the very same tree."""
    doc = parse(text)
    turns = list(doc.find_all(Contribution))
    ids = [turn.id for turn in turns]
    assert None not in ids and len(set(ids)) == len(ids)
    assert all(t.speaker.key for t in turns if t.speaker is not None and t.speaker.name)

    class Order(Visitor):
        def __init__(self) -> None:
            self.seen: list[int] = []

        def visit_node(self, node: Node) -> None:
            self.seen.append(id(node))

    order = Order()
    order.visit(doc)
    assert order.seen == [id(node) for node in doc.walk()]
    assert doc.transform(lambda node: node) is doc
