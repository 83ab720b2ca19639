"""The shortcuts taken for speed give what the plain way gives (property tests: each shortcut
against the obvious code it replaces, on generated inputs)."""

from __future__ import annotations

import re
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
    Document,
    Paragraph,
    Span,
    Text,
    parse,
)
from hansard_parse.houses import HOUSES
from hansard_parse.houses.evidence import Evidence, counting_plan
from hansard_parse.nodes import rebuilt
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


def test_the_houses_phrases_are_mostly_counted_together() -> None:
    phrases = tuple(sorted({p for house in HOUSES.values() for p in house.evidence}))
    plan = counting_plan(phrases)
    grouped = [phrase for _, group in plan.together for phrase in group]
    assert sorted([*grouped, *plan.alone]) == list(phrases)
    assert len(plan.together) < len(grouped)
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
