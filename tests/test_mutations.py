"""Mutations of real sitting text: lines deleted, duplicated and swapped, bytes flipped.

Whatever is done to a transcript, parsing never raises, loses nothing, round-trips through
JSON and renders as a tree.
"""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

import hansard_parse as hp
from hansard_parse.source import decode

FIXTURES = Path(__file__).parent / "fixtures"
SOURCES = sorted(p for p in FIXTURES.glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8").splitlines(keepends=True)[:80] for p in SOURCES]


@st.composite
def mutated_lines(draw: st.DrawFn) -> str:
    """A fixture's lines with some deleted, duplicated and swapped."""
    lines = list(draw(st.sampled_from(TEXTS)))
    for _ in range(draw(st.integers(0, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap"]))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        else:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines)


@st.composite
def flipped_bytes(draw: st.DrawFn) -> bytes:
    """A fixture's bytes with a few bytes replaced by arbitrary ones."""
    data = bytearray("".join(draw(st.sampled_from(TEXTS))).encode("utf-8"))
    for _ in range(draw(st.integers(1, 8))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


def _check(text: str) -> None:
    document = hp.parse(text)
    assert document.source_text() == text
    assert hp.from_json(hp.to_json(document)) == document
    console = Console(file=io.StringIO(), record=True, width=100, color_system=None)
    console.print(hp.to_rich_tree(document))
    assert console.export_text().startswith("document")


@given(mutated_lines())
def test_lines_deleted_duplicated_and_swapped(text: str) -> None:
    _check(text)


@given(flipped_bytes())
def test_flipped_bytes_decode_and_parse(data: bytes) -> None:
    try:
        text, _, _ = decode(data)
    except ValueError:
        return  # refused as binary, with a clear error: nothing to parse
    _check(text)
