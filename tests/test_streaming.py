"""``iter_parse``: a file read in pieces gives the same nodes, at the same places, as a whole."""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

import pytest
from helpers import FIXTURES, TEXT_FIXTURES, check_lossless
from hypothesis import given
from hypothesis import strategies as st

import hansard_parse.streaming as streaming
from hansard_parse import (
    Contribution,
    Document,
    Node,
    Section,
    Span,
    parse,
    parse_file,
    same_structure,
)
from hansard_parse.houses import House
from hansard_parse.parser import parse_tree
from hansard_parse.sites import Site
from hansard_parse.source import DecodeError, split_lines
from hansard_parse.streaming import iter_parse, shift

REPORT = FIXTURES / "official_report_2011.print.txt"
"""A sitting with three level-1 sections (House of Commons, Prayers, Oral Answers)."""


def as_document(nodes: list[Node], text: str) -> Document:
    span = Span(start=0, end=len(text), start_line=1, end_line=max(1, len(split_lines(text))))
    return Document(children=nodes, span=span)


def turns(nodes: list[Node] | tuple[Node, ...]) -> list[tuple[str, int, str | None]]:
    return [
        (c.TYPE, c.span.start_line, c.speaker.name if c.speaker else None)
        for node in nodes
        for c in node.find_all(Contribution)
    ]


@pytest.fixture
def count_pieces(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the text of every piece ``iter_parse`` hands to ``parse_tree``."""
    pieces: list[str] = []

    def recording_parse(
        text: str, *, layout: str | None = None, house: str | House | None = None,
        site: str | Site | None = None,
    ) -> Document:
        pieces.append(text)
        return parse_tree(text, layout=layout, house=house, site=site)

    monkeypatch.setattr(streaming, "parse_tree", recording_parse)
    return pieces


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.name)
def test_streamed_nodes_equal_the_whole_parse(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    nodes = list(iter_parse(path))
    assert "".join(node.source_text() for node in nodes) == text
    assert tuple(nodes) == parse_file(path).children
    assert [n.span for n in nodes] == [n.span for n in parse_file(path).children]


def test_pieces_cut_at_top_level_headings_keep_file_relative_spans(
    count_pieces: list[str],
) -> None:
    text = REPORT.read_text(encoding="utf-8")
    nodes = list(iter_parse(REPORT, layout="print", chunk_size=64))
    assert len(count_pieces) >= 2, "the file was read in more than one piece"
    top_level = {"House of Commons", "Prayers", "Oral Answers to Questions"}
    assert all(piece.split("\n", 1)[0] in top_level for piece in count_pieces[1:])
    assert "".join(count_pieces) == text
    whole = parse(text, layout="print")
    assert turns(nodes) == turns(whole.children)
    assert [(n.TYPE, n.span.start_line, n.span.start) for n in nodes] == [
        (n.TYPE, n.span.start_line, n.span.start) for n in whole.children
    ]
    check_lossless(as_document(nodes, text), text)
    sections = [n for n in nodes if isinstance(n, Section)]
    assert [s.title for s in sections] == [
        "House of Commons",
        "Prayers",
        "Oral Answers to Questions",
    ]


def test_many_pieces_with_crlf_split_across_chunks(tmp_path: Path, count_pieces: list[str]) -> None:
    text = (REPORT.read_text(encoding="utf-8") * 3).replace("\n", "\r\n")
    path = tmp_path / "three.txt"
    path.write_bytes(text.encode("utf-8"))
    nodes = list(iter_parse(path, layout="print", chunk_size=7))
    assert len(count_pieces) >= 4
    assert "".join(count_pieces) == text
    assert tuple(nodes) == parse(text, layout="print").children
    assert [n.span for n in nodes] == [n.span for n in parse(text, layout="print").children]
    check_lossless(as_document(nodes, text), text)


def test_time_stamp_carries_into_later_pieces(tmp_path: Path, count_pieces: list[str]) -> None:
    text = "12.34 pm\n" + REPORT.read_text(encoding="utf-8")
    path = tmp_path / "timed.txt"
    path.write_text(text, encoding="utf-8")
    nodes = list(iter_parse(path, layout="print", chunk_size=64))
    assert len(count_pieces) >= 2
    streamed = [c.time for n in nodes for c in n.find_all(Contribution)]
    assert streamed == [c.time for c in parse(text, layout="print").find_all(Contribution)]
    assert set(streamed) == {"12:34"}


def test_speaker_less_text_is_parsed_whole(count_pieces: list[str]) -> None:
    path = FIXTURES / "questions_after_statement.plain.txt"
    nodes = list(iter_parse(path, chunk_size=100))
    assert len(count_pieces) == 1
    assert turns(nodes) == turns(parse_file(path).children)


def test_utf16_file_with_bom_streams_like_parse_file(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(REPORT.read_text(encoding="utf-8").encode("utf-16"))
    assert tuple(iter_parse(path, layout="print", chunk_size=50)) == parse_file(path).children


BOMS = {
    "none": ("utf-8", b""),
    "utf-8": ("utf-8", codecs.BOM_UTF8),
    "utf-16-le": ("utf-16-le", codecs.BOM_UTF16_LE),
    "utf-16-be": ("utf-16-be", codecs.BOM_UTF16_BE),
    "utf-32-le": ("utf-32-le", codecs.BOM_UTF32_LE),
    "utf-32-be": ("utf-32-be", codecs.BOM_UTF32_BE),
}
"""Each byte-order mark, with the encoding of the bytes after it."""


@given(chunk_size=st.integers(1, 9), bom=st.sampled_from(sorted(BOMS)))
def test_any_chunk_size_reads_a_byte_order_mark_as_parse_file_does(
    chunk_size: int, bom: str
) -> None:
    encoding, mark = BOMS[bom]
    text = (FIXTURES / "objections.print.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "marked.txt"
        path.write_bytes(mark + text.encode(encoding))
        whole = parse_file(path)
        streamed = tuple(iter_parse(path, chunk_size=chunk_size))
    assert whole.source_text() == text
    assert streamed == whole.children
    assert "".join(node.source_text() for node in streamed) == text


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\xff" * 500)
    with pytest.raises(DecodeError, match="PNG data, not text"):
        list(iter_parse(path))


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown layout"):
        list(iter_parse(REPORT, layout="scroll"))


def test_shift_moves_every_span_of_a_subtree() -> None:
    section = parse_file(REPORT).children[-1]
    moved = shift(section, 100, 10)
    pairs = zip(section.walk(), moved.walk(), strict=True)
    assert all(
        (b.span.start, b.span.end, b.span.start_line, b.span.end_line)
        == (a.span.start + 100, a.span.end + 100, a.span.start_line + 10, a.span.end_line + 10)
        for a, b in pairs
    )
    assert moved != section, "spans are part of equality"
    assert same_structure(moved, section), "nothing but the spans changed"


def test_first_nodes_come_before_the_whole_file_is_parsed(
    tmp_path: Path, count_pieces: list[str]
) -> None:
    text = (REPORT.read_text(encoding="utf-8") + "\n") * 40
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    stream = iter_parse(path, layout="print", chunk_size=256)
    first = next(stream)
    assert first.span.start == 0
    assert sum(len(piece) for piece in count_pieces) < len(text) / 10, "bounded, not all at once"
    rest = list(stream)
    assert "".join(piece for piece in count_pieces) == text
    assert (first, *rest) == parse(text, layout="print").children
