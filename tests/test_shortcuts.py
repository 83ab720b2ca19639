"""The shortcuts taken for speed give what the plain way gives (property tests: each shortcut
against the obvious code it replaces, on generated inputs)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import attrs
import pytest
from helpers import read_fixture
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse import (
    Container,
    Contribution,
    Diagnostic,
    Division,
    Document,
    Paragraph,
    Span,
    Text,
    parse,
)
from hansard_parse.enrich import enrich, make_context
from hansard_parse.houses import HOUSES, reading
from hansard_parse.houses.evidence import Evidence, anchored_scan, counting_plan
from hansard_parse.inline import _references, cut_inline, inline_nodes
from hansard_parse.nodes import (
    NODE_TYPES,
    Leaf,
    contributions,
    make_span,
    maker,
    rebuilt,
    store_fields,
)
from hansard_parse.parser import parse_tree
from hansard_parse.serialize import to_json
from hansard_parse.sites.base import plain_spaces
from hansard_parse.speakers import _is_name_word, _is_upper_word

# Letters, the spaces and punctuation of the evidence phrases, and characters beyond Latin-1
# (an em dash makes Python store text two bytes a character; a lone surrogate cannot be
# encoded strictly).
_ALPHABET = st.sampled_from([*"ab aé:—’(.\n", "\ud800", "🙂"])
_TEXT = st.text(_ALPHABET, max_size=60)


@given(lines=st.lists(_TEXT, max_size=6), phrase=st.text(_ALPHABET, min_size=1, max_size=4))
def test_evidence_counts_a_phrase_as_str_count_does(lines: list[str], phrase: str) -> None:
    assert Evidence(lines).count(phrase) == "\n".join(lines).count(phrase)


@given(
    lines=st.lists(st.text(st.sampled_from("aAb (\n"), max_size=40), max_size=4),
    phrases=st.lists(st.text(st.sampled_from("aAb ("), min_size=1, max_size=4), max_size=8),
)
def test_phrases_counted_together_count_as_str_count_does(
    lines: list[str], phrases: list[str]
) -> None:
    """Phrases sharing a first character are counted in one scan where none can hide
    another (a tiny alphabet makes prefixes and overlaps common)."""
    evidence = Evidence(lines, phrases)
    text = "\n".join(lines)
    for phrase in phrases:
        assert evidence.count(phrase) == text.count(phrase), phrase


@given(
    text=st.text(st.sampled_from("aAbB (:\n"), max_size=60),
    phrases=st.lists(st.text(st.sampled_from("aAbB (:"), min_size=1, max_size=5), max_size=10),
)
def test_an_anchored_scan_counts_as_str_count_does(text: str, phrases: list[str]) -> None:
    """One scan led by each phrase's rare characters counts every phrase it keeps as
    ``str.count`` does (a tiny alphabet makes phrases meet and overlap often)."""
    scan, left = anchored_scan(phrases)
    assert sorted([*scan.phrases, *left]) == sorted(phrases)
    found = Counter(match.lastindex for match in scan.pattern.finditer(text))
    for group, phrase in enumerate(scan.phrases, start=1):
        assert found[group] == text.count(phrase), phrase


def test_the_houses_phrases_are_mostly_counted_in_one_scan() -> None:
    phrases = tuple(sorted({p for house in HOUSES.values() for p in house.evidence}))
    plan = counting_plan(phrases)
    assert plan.anchored is not None
    grouped = [phrase for _, group in plan.together for phrase in group]
    assert sorted([*plan.anchored.phrases, *grouped, *plan.alone]) == list(phrases)
    assert len(plan.anchored.phrases) > 0.8 * len(phrases)
    text = "\n".join(_fixture_lines())
    evidence = Evidence([text], phrases)
    assert all(evidence.count(phrase) == text.count(phrase) for phrase in phrases)


def test_every_house_votes_the_same_on_shared_evidence() -> None:
    lines = [
        "Lord Bach: My Lords, I thank the noble Lord for his question.",
        "Mr. Speaker: Order. The hon. Member for Anytown (Mr. Smith) — Yes, Sir.",
        "The SPEAKER: Questions without notice.",
        "4·28 pm",
    ]
    shared = Evidence(lines, (phrase for house in HOUSES.values() for phrase in house.evidence))
    for house in HOUSES.values():
        assert house.votes(shared) == house.votes(lines), house.name


def test_turns_before_a_first_marker_inside_a_paragraph_wait_for_it() -> None:
    """The placer meets the first column marker inside a paragraph a marker cut (it enters
    only such paragraphs); what came before is placed in the column before that marker."""
    text = (
        "Prisons\n"
        "Mr Speaker: Order.\n"
        "Jane Smith (Anytown) (Lab): I say that the hypocrisy of the Minister and the\n"
        "9 June 2010 : Column 90\n"
        "leadership is plain.\n"
        "Mr Speaker: Order again.\n"
    )
    document = parse(text)
    turns = list(document.find_all(Contribution))
    assert [turn.column for turn in turns] == ["89", "89", "90"]
    assert [turn.id for turn in turns] == [
        "commons/undated/c89/1", "commons/undated/c89/2", "commons/undated/c90/1",
    ]
    assert [p.column for p in document.find_all(Paragraph)] == ["89", "89", "90"]


_LEAVES = st.builds(Text, text=st.text(max_size=5), eol=st.sampled_from(["", "\n"]))


@given(children=st.lists(_LEAVES, max_size=4), column=st.none() | st.text(max_size=3))
def test_with_changes_gives_what_attrs_evolve_gives(children: list[Text], column: str | None) -> None:
    paragraph = Paragraph(children=(Text(text="Order."),), span=Span(0, 6, 1, 1))
    for changes in ({"children": children}, {"column": column}, {"children": tuple(children)}):
        expected = attrs.evolve(paragraph, **changes)
        changed = paragraph.with_changes(**changes)
        assert changed == expected
        assert type(changed.children) is tuple
    with pytest.raises(TypeError):
        paragraph.with_changes(colour="red")


def test_rebuilt_gives_what_with_changes_gives() -> None:
    """The passes' copy of a node (straight into the slots) equals the checked copy, and
    falls back to it where a changed field needs converting."""
    document = parse(read_fixture("sitting_identity.print.txt"))
    seen: set[type] = set()
    for node in document.walk():
        if type(node) in seen:
            continue
        seen.add(type(node))
        changes: dict[str, object] = {"span": Span(1, 2, 3, 4)}
        if isinstance(node, Contribution):
            changes |= {"id": "x/1", "column": "9"}
        assert rebuilt(node, changes) == node.with_changes(**changes)
        if isinstance(node, Container):
            children = (Text(text="a"),)
            assert rebuilt(node, changes, children) == node.with_changes(**changes, children=children)
            from_list = rebuilt(node, {"children": [Text(text="b")]})
            assert type(from_list.children) is tuple
    assert {Document, Paragraph, Text} <= seen
    with pytest.raises(TypeError):
        rebuilt(document, {"diagnostics": 5})
    assert rebuilt(document, {"diagnostics": [Diagnostic(line=1, column=1, reason="r")]}).diagnostics[0].reason == "r"


_NAME_PUNCTUATION = "'’-."


def _name_word_as_written_first(word: str) -> bool:
    """The name-word test in its first, character-by-character form."""
    if not word[0].isupper():
        return False
    if len(word) == 1 or (len(word) == 2 and word[1] == "."):
        return True
    return (word[1].islower() or word[1] in _NAME_PUNCTUATION) and (
        any(c.islower() for c in word)
        and all(c.isalpha() or c in _NAME_PUNCTUATION for c in word)
        and word[-1] not in "-."
    )


_WORD_CHARACTERS = st.sampled_from([*"HhÓāǅⅧ2 '’-.ßª", "\u0130"]) | st.characters()


@given(word=st.text(_WORD_CHARACTERS, min_size=1, max_size=6))
def test_name_words_are_read_as_before(word: str) -> None:
    assert _is_name_word(word) == _name_word_as_written_first(word)
    upper_before = len(word) > 1 and word.isupper() and all(
        c.isalpha() or c in _NAME_PUNCTUATION for c in word
    )
    assert _is_upper_word(word) == upper_before


def _fixture_lines() -> list[str]:
    """Every line of the project's fixture texts and spec files, stripped as the lexer
    strips a line."""
    folder = Path(__file__).parent / "fixtures"
    found: list[str] = []
    for path in sorted([*folder.rglob("*.txt"), *folder.rglob("*.spec")]):
        text = path.read_bytes().decode("utf-8", errors="replace")
        found.extend(line.strip() for line in text.splitlines() if line.strip())
    return found


def test_one_line_opening_pattern_decides_as_the_four_did() -> None:
    """A House's combined line-opening pattern names the form the separate patterns,
    asked in the lexer's order, would have found first."""
    lines = _fixture_lines()
    assert len(lines) > 1000
    for house in HOUSES.values():
        separate = [
            ("interjecting", re.compile(r"^" + house.interjecting + r"\s*$")),
            ("procedure", house.procedural_re),
            ("member_list", house.member_list_re),
            ("fixed_heading", house.fixed_heading_re),
        ]
        for line in lines:
            first = next((name for name, pattern in separate if pattern.match(line)), None)
            found = house.line_opening_re.match(line)
            assert (found.lastgroup if found else None) == first, (house.name, line)


_INLINE_WORDS = st.sampled_from(
    ["a", " ", "\n", "\r", "hon", "Hon", ".", "[", "]", "Interruption.", "noble", "Friend",
     "my hon. Friend the Member for Anytown (Jane Smith)", "the noble Lord, Lord Smith,"]
)


@given(
    words=st.lists(_INLINE_WORDS, max_size=12),
    eol=st.sampled_from(["", "\n", "\r\n"]),
    house=st.sampled_from(["commons", "lords"]),
)
def test_inline_nodes_cut_as_the_whole_cut_does(words: list[str], eol: str, house: str) -> None:
    """The one-leaf shortcut for text with no bracket and no reference anchor gives what the
    whole cut gives, in either House's words."""
    chosen = HOUSES[house]
    text = "".join(words)
    with reading(chosen):
        fast = inline_nodes(text, eol, start=7, line=3)
    assert fast == cut_inline(text, eol, 7, 3, chosen)
    assert "".join(leaf.text + leaf.eol for leaf in fast if isinstance(leaf, Leaf)) == text + eol


_FILLED_FIXTURES = [
    "sitting_identity.print.txt", "official_report_2011.print.txt", "oral_questions.web.txt",
    "debate.print.txt", "questions_after_statement.plain.txt", "division.print.txt",
]


@pytest.mark.parametrize("name", _FILLED_FIXTURES)
def test_parse_fills_its_own_tree_as_the_copying_passes_would(name: str) -> None:
    """``parse`` stores the passes' fields into the tree it has just built; the tree equals
    the one the copying passes give, turn ids, columns and speakers included."""
    text = read_fixture(name)
    tree = parse_tree(text)
    copied = enrich(tree, make_context(date="2011-07-19"))
    filled = parse(text, date="2011-07-19")
    assert filled == copied
    assert to_json(filled) == to_json(copied)
    turns = list(contributions(filled))
    assert turns and all(turn.id for turn in turns)


def test_the_copying_passes_leave_the_given_tree_as_it_was() -> None:
    tree = parse_tree(read_fixture("sitting_identity.print.txt"))
    before = to_json(tree)
    enriched = enrich(tree, make_context())
    assert to_json(tree) == before
    assert all(turn.id is None for turn in contributions(tree))
    assert all(turn.id for turn in contributions(enriched))


def test_fields_that_need_converting_are_never_stored() -> None:
    paragraph = Paragraph(children=(Text(text="Order."),), span=Span(0, 6, 1, 1))
    with pytest.raises(TypeError):
        store_fields(paragraph, {"children": [Text(text="a")]})
    with pytest.raises(TypeError):
        store_fields(paragraph, {"colour": "red"})
    assert paragraph.children == (Text(text="Order."),)


def test_makers_make_what_the_constructors_make() -> None:
    """The builder's makers (fields stored straight into the slots) give the node the class's
    own ``__init__`` gives, children handed over as a list included, and the same defaults."""
    seen: set[type] = set()
    for name in ("sitting_identity.print.txt", "division.print.txt", "oral_questions.web.txt"):
        for node in parse(read_fixture(name)).walk():
            cls = type(node)
            values = {a.name: getattr(node, a.name) for a in attrs.fields(cls) if a.init}
            made = maker(cls)(**values)
            assert made == cls(**values) == node
            assert type(made) is cls
            if isinstance(node, Container):
                from_list = maker(cls)(**{**values, "children": list(node.children)})
                assert from_list == node and type(from_list.children) is tuple
            seen.add(cls)
    assert {Paragraph, Text, Document, Division} <= seen
    for cls in NODE_TYPES.values():
        required = {"text": "a"} if issubclass(cls, Leaf) else {}
        assert maker(cls)(**required) == cls(**required)


@given(words=st.lists(_INLINE_WORDS, max_size=12), house=st.sampled_from(["commons", "lords"]))
def test_references_come_in_order_and_apart_as_sorting_would_leave_them(
    words: list[str], house: str
) -> None:
    """Text without a bracket takes its references as found: already what sorting them
    (earlier, then longer, first) and dropping overlaps would give."""
    text = "".join(words)
    found = _references(text, HOUSES[house])
    ordered = sorted(found, key=lambda m: (m.start(), -m.end()))
    kept, end = [], 0
    for match in ordered:
        if match.start() >= end:
            kept.append(match)
            end = match.end()
    assert found == kept


@given(values=st.tuples(st.integers(), st.integers(), st.integers(), st.integers()))
def test_a_span_made_in_c_is_the_span_the_named_tuple_makes(values: tuple[int, int, int, int]) -> None:
    made = make_span(values)
    assert made == Span(*values) and type(made) is Span
    assert (made.start, made.end, made.start_line, made.end_line) == values
    assert Span.cover(made, Span(*values)) == Span(values[0], values[1], values[2], values[3])


@given(st.text(st.sampled_from([*"a é—", "\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u2002", "\u2003"])))
def test_plain_spaces_gives_what_translating_every_line_gives(text: str) -> None:
    table = str.maketrans(dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003", " "))
    assert plain_spaces(text) == text.translate(table)
