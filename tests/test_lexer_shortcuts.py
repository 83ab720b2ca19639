"""The lexer's shortcuts give what the plain way gives (property tests: each shortcut against
the obvious code it replaces, on generated inputs)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import read_fixture
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse.classify import _FIRST_PERSON_RE, _SOURCE_NOTE_RE, _TIMETABLE_ROW_RE
from hansard_parse.houses import COMMONS, HOUSES
from hansard_parse.houses.evidence import Evidence
from hansard_parse.nodes import Speaker
from hansard_parse.sites import SITES
from hansard_parse.sites.base import _SPACES, plain_spaces
from hansard_parse.source import Line, split_lines
from hansard_parse.streaming import _read_head, house_of, layout_of, site_of
from hansard_parse.turns import _is_known, _names_member, _speaker_key

_VARIANTS = [house for house in HOUSES.values() if house.variant_of]

# What tells a variant from its parent, and what tells against it: the Committee and the
# Hall addressed, the chair called by name, the Speaker, the House.
_FRAGMENTS = st.sampled_from([
    "the Committee", "under your chairmanship", "Westminster Hall", ", Mr Key.", "the House",
    "Mr Speaker", "Madam Deputy Speaker", "read a Second time", "HON. MEMBERS", "No, Sir.",
    "[Sir Gary Streeter in the Chair]", "4·28 pm", "Question put:—", " ", "\n", "Order.",
])  # fmt: skip


@given(
    lines=st.lists(st.lists(_FRAGMENTS, max_size=8).map("".join), max_size=8),
    above=st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.5, 7.0]),
)
def test_a_margin_bounded_above_is_exact_where_it_exceeds_the_bound(lines: list[str], above: float) -> None:
    """``margin(above=x)`` stops counting contrary marks once the margin cannot exceed
    ``x``: it is the exact margin where that exceeds ``x``, and no greater than ``x`` where
    not, so a variant leads exactly when it did."""
    sample = Evidence(lines)
    for variant in _VARIANTS:
        exact = variant.margin(sample)
        bounded = variant.margin(sample, above=above)
        if exact > above:
            assert bounded == exact, variant.name
        else:
            assert bounded <= above, variant.name


_SPACED = st.text(st.sampled_from([*"ab .—’", *(chr(code) for code in _SPACES)]))
"""Text with the no-break and typographic spaces among plain characters."""


@given(text=_SPACED | st.text())
def test_plain_spaces_gives_what_translate_gives(text: str) -> None:
    assert plain_spaces(text) == text.translate(_SPACES)


_HEADS = [
    "oral_questions.print.txt", "oral_questions.web.txt", "prose_002.txt",
    "questions_after_statement.plain.txt", "shapes/committee_wrapped.txt", "shapes/news_wrapped.txt",
    "sites/hansard_lords_plain.txt", "sites/openparliament_housing.txt",
    "sites/historic_commons_marks.txt", "page_copies/scotparl_body.txt",
]  # fmt: skip


@pytest.mark.parametrize("name", _HEADS)
def test_a_files_head_is_read_once_as_the_three_readers_read_it(name: str) -> None:
    """``iter_parse`` reads the site, House and layout of a file's first chunk in one go
    (cut into lines once, its page read once); each is what its own reader says."""
    text = read_fixture(name)
    site = site_of(text)
    house = house_of(text)
    expected = (site, house, layout_of(text, house, site))
    assert _read_head(text, None, False, None, None) == expected
    forced = next(s for s in SITES.values() if s is not site)
    assert _read_head(text, forced, True, None, None) == (forced, house, layout_of(text, house, forced))
    assert _read_head(text, site, True, HOUSES["lords"], "web") == (site, HOUSES["lords"], "web")


_LINED = [house for house in HOUSES.values() if house.evidence_line]
_EVIDENCE_LINES = st.sampled_from([
    "4·28 pm", "[4·28 p.m.]", "Question put:—", "Q12 Mr Gauke: Yes, it is.", "  Q3 Chair: Thank you.",
    "[Sir Gary Streeter in the Chair]", "Will the Minister answer? OQ61074", "Thursday, 6th July, 1961.",
    "3. Mr. Proctor asked the Minister", "Mr. M'KENNA: I do.", "Ainsworth, Robert (Cov'try NE)",
    "", " ", "\t", "Order.", "a? OQ1 ", "Q1", ":—", "·",
])  # fmt: skip


@given(lines=st.lists(_EVIDENCE_LINES | st.text(st.sampled_from("Q1 :—·?\n\t"), max_size=6), max_size=10))
def test_evidence_lines_led_by_a_newline_count_as_the_line_pattern_does(lines: list[str]) -> None:
    """Each House's evidence lines, counted with the pattern led by the newline before a
    line, are those its ``^…$`` pattern finds (blank lines, spaces and breaks between)."""
    sample = Evidence(lines)
    for house in _LINED:
        expected = len(house.evidence_line_re.findall(sample.text))
        assert len(house.evidence_line_led_re.findall(sample.lined)) == expected, house.name


_CONTRARY_AS_WRITTEN_FIRST = {
    "committee": (
        r"\b(?:the|this)\s+House\b(?!\s+of\b)|\b(?:Mr\.?|Madam)\s+(?:Deputy\s+)?Speaker\b|\bDeputy\s+Speaker\b"
        r"|\bread\s+a\s+(?:Second|Third)\s+time\b|\bmove\s+amendment\s+\d+[A-Z]*,\s+page\b"
        r"|\bWestminster\s+Hall\b"
    ),
    "westminster-hall": (
        r"\bthe\s+Committee\b|\b(?:Mr\.?|Madam)\s+(?:Deputy\s+)?Speaker\b|\bDeputy\s+Speaker\b"
        r"|\bread\s+a\s+(?:Second|Third)\s+time\b|\bmove\s+amendment\s+\d+"
    ),
}  # fmt: skip
"""The variants' contrary marks with the word boundary in front of each branch."""
_CONTRARY_WORDS = st.sampled_from([
    "the", "this", "House", "of", "Mr", "Mr.", "Madam", "Deputy", "Speaker", "read", "a", "Second",
    "time", "move", "amendment", "12A,", "page", "Westminster", "Hall", "Committee", "ba", " ", "\n",
    "x", "-", "’",
])  # fmt: skip


@given(words=st.lists(_CONTRARY_WORDS, max_size=16))
def test_contrary_marks_led_by_their_literals_are_those_with_the_boundary_in_front(
    words: list[str],
) -> None:
    texts = ["".join(words), " ".join(words)]
    for name, written in _CONTRARY_AS_WRITTEN_FIRST.items():
        for text in texts:
            assert HOUSES[name].contrary_re.findall(text) == re.findall(written, text, re.MULTILINE)


def test_contrary_marks_in_the_fixtures_are_those_with_the_boundary_in_front() -> None:
    folder = Path(__file__).parent / "fixtures"
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.rglob("*.txt"))]
    assert len(texts) > 50
    for name, written in _CONTRARY_AS_WRITTEN_FIRST.items():
        pattern = re.compile(written, re.MULTILINE)
        found = 0
        for text in texts:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in HOUSES[name].contrary_re.finditer(text)] == expected, name
            found += len(expected)
        assert found > 20, name


def _lines_one_by_one(text: str) -> list[Line]:
    """Text with ``\\n`` endings cut into lines by a loop, as the lexer first did."""
    contents = text.split("\n")
    last = contents.pop()
    lines: list[Line] = []
    offset = 0
    for number, content in enumerate(contents):
        lines.append(Line(number, offset, content, "\n"))
        offset += len(content) + 1
    if last:
        lines.append(Line(len(contents), offset, last, ""))
    return lines


@given(text=st.text(st.sampled_from("ab \n—\t")))
def test_lines_made_in_c_are_the_lines_made_one_by_one(text: str) -> None:
    lines = split_lines(text)
    assert lines == _lines_one_by_one(text)
    assert all(type(line) is Line and line.parts == () for line in lines)


_KEYS = st.text(st.sampled_from("ab "), max_size=5)


@given(key=_KEYS, keys=st.sets(_KEYS, max_size=5))
def test_a_speaker_is_known_as_comparing_with_every_key_says(key: str, keys: set[str]) -> None:
    speaker = Speaker(name=key, label=key)
    read = _speaker_key(speaker, COMMONS)
    expected = read in keys or any(_names_member(read, known) for known in keys)
    assert _is_known(speaker, keys, COMMONS) is expected


@given(text=st.text(st.sampled_from([*"IWeSNoturc 0123.:pamP'’\t", "٣", "²", "ſ"]), min_size=1, max_size=12))
def test_a_title_test_asks_a_pattern_only_where_its_first_character_may_open_it(text: str) -> None:
    """``_is_title_like`` asks each of its patterns only after the first character: each
    pattern matches nothing that opens otherwise."""
    if _FIRST_PERSON_RE.match(text):
        assert text[0] in "IW"
    if _TIMETABLE_ROW_RE.match(text):
        assert text[0].isdigit()
    if _SOURCE_NOTE_RE.match(text):
        assert text[0] in "SN"
