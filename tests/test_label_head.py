"""A label's head taken whole up to its brackets or colon reads every line as the lazy head,
tried one character at a time, reads it (property tests against the lazy patterns)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from hansard_parse import speakers
from hansard_parse.houses import COMMONS

_LAZY_PRINT = re.compile(
    r"^" + speakers._PREFIX + speakers._HEAD + speakers._PARENS + speakers._VIRTUAL + r"\s*::?[ \t]*"
)
_LAZY_WEB = re.compile(r"^" + speakers._PREFIX + speakers._HEAD + speakers._PARENS + speakers._VIRTUAL + r"\s*$")

# The parts of labels and of lines that are not labels: numbers, UINs, names, brackets,
# colons, ``[V]``, runs of spaces and words long enough to reach the head's bound.
_PIECES = st.sampled_from([
    "1.", "T2.", "Q3", "Q12 ", " ", "  ", "\t", "[904342]", "[V]", "[", "]", "(", ")", ":", "::",
    "Mr", "Mr.", "Jane", "Smith", "Mr Speaker", "The Secretary of State for Justice", "(Lab)",
    "(Anytown North)", "(Richmond (Yorks))", "(in the Chair)", "I beg to move.", "x" * 40,
    "a" * 119, "b" * 121, "What steps", "?", "—", "\n",
])  # fmt: skip
_LINES = st.lists(_PIECES, max_size=14).map("".join)


def _reading(pattern: re.Pattern[str], line: str) -> tuple[object, ...] | None:
    """What a label pattern reads from ``line``, as ``_match_label`` takes it."""
    match = pattern.match(line)
    if match is None or len(match["head"]) > speakers.HEAD_MAX:
        return None
    return (*match.group("number", "uin", "head", "parens", "virtual"), match.end())


@given(line=_LINES)
@example(line="1.1.\n1.:")  # a head stops at a line break, which the spaces after it may cross
def test_a_print_label_reads_as_with_the_lazy_head(line: str) -> None:
    assert _reading(speakers.PRINT_LABEL_RE, line) == _reading(_LAZY_PRINT, line)


@given(line=_LINES)
def test_a_web_label_reads_as_with_the_lazy_head(line: str) -> None:
    assert _reading(speakers.WEB_LABEL_RE, line) == _reading(_LAZY_WEB, line)


def test_a_head_beyond_the_bound_is_no_label() -> None:
    long_name = "Ann " + "Very" * 30 + " Smith"
    assert len(long_name) > speakers.HEAD_MAX
    assert speakers.match_print_label(f"{long_name}: I agree.", COMMONS) is None
    assert speakers.match_web_label(long_name, COMMONS) is None
    found = speakers.match_print_label("1. [904342] Jane Smith (Anytown North) (Lab):  What steps?", COMMONS)
    assert found is not None
    assert (found.speaker.name, found.number, found.uin) == ("Jane Smith", "1", "904342")
    assert found.speaker.constituency == "Anytown North"


def test_the_fixtures_lines_read_as_with_the_lazy_head() -> None:
    folder = Path(__file__).parent / "fixtures"
    lines = [
        line
        for path in sorted(folder.rglob("*.txt"))
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    ]
    assert len(lines) > 1000
    labels = 0
    for line in lines:
        read = _reading(speakers.PRINT_LABEL_RE, line[:400])
        assert read == _reading(_LAZY_PRINT, line[:400]), line
        labels += read is not None
        stripped = line.rstrip()
        assert _reading(speakers.WEB_LABEL_RE, stripped) == _reading(_LAZY_WEB, stripped), line
    assert labels > 100
