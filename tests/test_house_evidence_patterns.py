"""The Houses' detection patterns, written for speed, find what their plain forms find.

Every House's evidence patterns run over every detection sample, so they are written so
that Python's ``re`` scans fast: a word boundary checked behind the literal it precedes
(``S(?<=\\bS)`` for ``\\bS``), and a line pattern skipped where what all its lines contain
is absent (:attr:`~hansard_parse.houses.base.House.evidence_line_needs`). These property
tests hold each against the plain form it replaces, on generated text.
"""

from __future__ import annotations

import re

from helpers import TEXT_FIXTURES
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse.houses import HOUSES

_PLAIN_PATTERNS = {
    "scotland": r"\bS[1-9][A-Z]{1,2}-\d{3,5}\b",
    "northern_ireland": r"\bAQ[OWTA]\s*\d{1,5}/\d{2}\b",
    "committee": (
        r",\s(?:Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+(?!Speaker\b|Deputy\b|Chairman\b)[A-Z][\w'’-]+(?=[.,!?—;:])"
        r"|\bmove\s+amendment\s+\d+[A-Z]*,\s+in\s+(?:clause|schedule)\b"
    ),
    "historic": r"\d·\d|\b(?:The|THE)\s+(?:[A-Z]{2,}\s+){0,6}[A-Z]{3,}\s+\((?:Mr|Sir|Mrs|Dr|MR|SIR)\.",
}
"""Each rewritten evidence pattern as it read with its word boundaries in front."""

# Pieces of the marks the patterns look for, and what may stand next to them: letters and
# digits that join a word (so a boundary fails), spaces, newlines and punctuation.
_PIECES = st.sampled_from([
    "S", "S3M-", "S4W", "-", "5064", "12", "AQ", "AQO", "AQW ", "/", "10", "x", "_", "é", "9",
    " ", "\n", "\t", ".", ",", ", ", "Mr ", "Sir ", "Key", "Speaker", "?", "The", "THE", "XThe",
    " PRIME ", "MINISTER", " (Mr.", "(SIR.", "move", "amove", " amendment ", "4A", ", in ",
    "clause", "schedule", "·", "17·6", "Q", "Q12", "OQ", "OAQ61074", "TQ", "Q1 Mr Gauke: ", ":",
    "[", "[Sir Gary Streeter", " in the ", "Chair", "Chair]", "]",
    # whole marks, so that generated text holds some
    "S3M-5064", "AQO 187/10", "AQW1234/17", ", Mr Key.", ", Dame Speaker.", "move amendment 4, in clause",
    "The PRIME MINISTER (Mr.", "[Sir Gary Streeter in the Chair]", "Why? OQ61074",
])  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=30).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@given(text=_TEXT)
def test_the_rewritten_evidence_patterns_match_where_the_plain_ones_do(text: str) -> None:
    for name, plain in _PLAIN_PATTERNS.items():
        house = HOUSES[name]
        assert _spans(house.evidence_pattern_re, text) == _spans(re.compile(plain, re.MULTILINE), text), name


@given(text=_TEXT)
def test_every_evidence_line_holds_what_its_house_says_it_needs(text: str) -> None:
    for house in HOUSES.values():
        if not house.evidence_line:
            continue
        for match in house.evidence_line_re.finditer(text):
            assert house.may_hold_evidence_line(match.group()), (house.name, match.group())


def test_a_sample_without_what_evidence_lines_need_is_not_scanned_for_them() -> None:
    wales, committee = HOUSES["wales"], HOUSES["committee"]
    assert not wales.may_hold_evidence_line("Will the Minister answer? Q12 was asked.\n")
    assert wales.may_hold_evidence_line("Will the Minister answer? OQ61074\n")
    assert not committee.may_hold_evidence_line("Questions to the Minister\nQ. Mr Gauke: Yes.\n")
    assert committee.may_hold_evidence_line("Q12 Mr Gauke: Yes.\n")
    hall = HOUSES["westminster-hall"]
    assert not hall.may_hold_evidence_line("[Mr Speaker in the Chair ]\n")
    assert hall.may_hold_evidence_line("[Sir Gary Streeter in the Chair]\n")


def test_the_fixtures_vote_as_the_unskipped_line_patterns_count() -> None:
    for fixture in TEXT_FIXTURES:
        text = fixture.read_bytes().decode("utf-8")
        for house in HOUSES.values():
            if house.evidence_line and not house.may_hold_evidence_line(text):
                assert house.evidence_line_re.search(text) is None, (fixture.name, house.name)


@given(text=_TEXT)
def test_every_house_counts_its_pattern_marks_as_findall_does(text: str) -> None:
    # the historic record skips its decimal branch in a text without a middle dot
    for house in HOUSES.values():
        if house.evidence_pattern:
            plain = re.compile(_PLAIN_PATTERNS.get(house.name, house.evidence_pattern), re.MULTILINE)
            assert house.pattern_marks(text) == len(plain.findall(text)), house.name


def test_the_historic_offices_are_counted_without_a_middle_dot() -> None:
    historic = HOUSES["historic"]
    text = "The PRIME MINISTER (Mr. Wilson): 17·6 per cent.\nTHE CHANCELLOR (Mr. LLOYD GEORGE)"
    assert historic.pattern_marks(text) == 3
    assert historic.pattern_marks(text.replace("·", ".")) == 2
