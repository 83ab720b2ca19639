"""Paths, readers and tree checks shared by the tests (pytest puts tests/ on ``sys.path``)."""

from __future__ import annotations

import bisect
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from hansard_parse import Document, Leaf, Node

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
ROOT = TESTS.parent
EXAMPLES = ROOT / "examples"

TEXT_FIXTURES = sorted(FIXTURES.glob("*.txt"))
"""Every text fixture; the lossless and JSON tests run over all of them."""

INTERRUPTED_EXCHANGE = (
    "Ferry fares have doubled for my constituents.",
    "Will the Minister cap them?",
    "[Interruption.]",
    "The hon. Gentleman raises a fair point.",
    "We are reviewing fares.",
)
"""A speaker-less question and answer with the benches' call between them."""

_BREAK_RE = re.compile(r"\r\n|\r|\n")


def read_fixture(name: str) -> str:
    """A fixture's text exactly as stored (no newline translation)."""
    return (FIXTURES / name).read_bytes().decode("utf-8")


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts (``\\r\\n``, ``\\r`` and ``\\n`` all end a line)."""
    return [0] + [m.end() for m in _BREAK_RE.finditer(text)]


def line_of(starts: list[int], offset: int) -> int:
    """The 1-based line holding ``offset``."""
    return bisect.bisect_right(starts, offset)


def check_spans(doc: Document, text: str) -> None:
    """Every span is in bounds, ordered among its siblings, and names the lines it covers."""
    starts = line_starts(text)
    assert (doc.span.start, doc.span.end) == (0, len(text))
    stack: list[Node] = [doc]
    while stack:
        node = stack.pop()
        span = node.span
        assert 0 <= span.start <= span.end <= len(text), node
        assert span.start_line <= span.end_line, node
        if span.end > span.start:
            assert span.start_line == line_of(starts, span.start), node
            assert span.end_line == line_of(starts, span.end - 1), node
        previous_end = span.start
        for child in node.child_nodes:
            assert span.start <= child.span.start and child.span.end <= span.end, (node, child)
            assert child.span.start >= previous_end, f"{child!r} overlaps its previous sibling"
            previous_end = child.span.end
            stack.append(child)


def check_leaves(doc: Document, text: str) -> None:
    """The leaves, in order, tile the text exactly, each span covering its own text."""
    position = 0
    for leaf in doc.leaves():
        assert isinstance(leaf, Leaf)
        assert leaf.span.start == position, f"gap or overlap before {leaf!r}"
        assert text[leaf.span.start : leaf.span.end] == leaf.text + leaf.eol, leaf
        position = leaf.span.end
    assert position == len(text)


def check_lossless(doc: Document, text: str) -> None:
    """The document gives back ``text`` exactly, and its spans are sound."""
    assert doc.source_text() == text
    check_leaves(doc, text)
    check_spans(doc, text)


def words(shown: str) -> str:
    """Rendered tree text with the guide lines removed and whitespace folded (wrap-proof)."""
    return " ".join(shown.translate(str.maketrans("", "", "│├└─")).split())


def run_command(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed ``hansard-parse`` console script (beside this interpreter)."""
    installed = shutil.which("hansard-parse", path=str(Path(sys.executable).parent))
    command = [installed] if installed else [sys.executable, "-m", "hansard_parse.cli"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "100"},
        timeout=120,
        check=False,
    )


def lines_run(work: Callable[[], object]) -> int:
    """How many lines of Python ``work()`` executes: a count of work that, unlike a clock,
    does not depend on how busy the machine is (tests compare it across input sizes)."""
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Callable[..., object] | None:
        nonlocal count
        if event == "line":
            count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        work()
    finally:
        sys.settrace(previous)
    return count
