"""Nothing is lost: the leaves give back the input, and every span points at its own text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from helpers import (
    FIXTURES,
    TEXT_FIXTURES,
    check_leaves,
    check_lossless,
    check_spans,
    read_fixture,
)

from hansard_parse import Sentence, parse, parse_file

LAYOUTS = ["print", "web", "plain", "prose"]


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.name)
def test_fixture_round_trips(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    doc = parse(text)
    check_lossless(doc, text)
    assert len(list(doc.leaves())) > len(text.splitlines()) // 2


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.name)
def test_fixture_round_trips_in_every_forced_layout(path: Path, layout: str) -> None:
    text = path.read_bytes().decode("utf-8")
    doc = parse(text, layout=layout)
    assert doc.layout == layout
    check_lossless(doc, text)


@pytest.mark.parametrize("eol", ["\r\n", "\r"], ids=["crlf", "cr"])
@pytest.mark.parametrize(
    "name",
    [
        "oral_questions.print.txt",
        "oral_questions.web.txt",
        "questions_after_statement.plain.txt",
        "prose_004.txt",
    ],
)
def test_other_line_endings_round_trip(name: str, eol: str) -> None:
    text = read_fixture(name).replace("\n", eol)
    doc = parse(text)
    assert doc.source_text() == text
    check_leaves(doc, text)
    assert doc.layout == parse(read_fixture(name)).layout
    assert {leaf.eol for leaf in doc.leaves() if leaf.eol} == {eol}
    check_spans(doc, text)


def test_mixed_line_endings_are_kept_as_written() -> None:
    text = "Mr Speaker: Order.\r\nJane Smith (Anytown) (Lab): Will he agree?\rMr Brown: I will.\n"
    doc = parse(text)
    check_lossless(doc, text)
    assert [leaf.eol for leaf in doc.leaves() if leaf.eol] == ["\r\n", "\r", "\n"]


@pytest.mark.parametrize(
    "eol",
    ["\n", "\r\n", "\r"],
    ids=["lf", "crlf", "cr"],
)
def test_repaired_sentence_spans_its_lines(eol: str) -> None:
    """``My hon.`` / ``Friend …`` rejoined: the sentence and its words span both lines."""
    text = eol.join(["Will she act?", "My hon.", "Friend is right.", ""])
    doc = parse(text, layout="plain")
    assert doc.source_text() == text
    repaired = [s for s in doc.find_all(Sentence) if s.repaired]
    assert [(s.span.start_line, s.span.end_line) for s in repaired] == [(2, 3)]
    check_lossless(doc, text)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom"],
)
@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_parse_file_round_trips_encodings(
    tmp_path: Path, encoding: str, bom: bytes, eol: str
) -> None:
    text = read_fixture("official_report_2011.print.txt").replace("\n", eol)
    path = tmp_path / "sitting.txt"
    path.write_bytes(bom + text.encode(encoding))
    doc = parse_file(path)
    assert doc.source_text() == text, "the BOM is not part of the text"
    check_lossless(doc, text)
    assert doc.layout == "print"


def test_parse_file_reads_legacy_cp1252_with_a_diagnostic(tmp_path: Path) -> None:
    text = "Mr Speaker: Order. \u201cHear, hear\u201d \u2014 he said.\n"
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    doc = parse_file(path)
    assert doc.source_text() == text
    assert any("cp1252" in d.reason for d in doc.diagnostics)


def test_text_without_final_newline_round_trips() -> None:
    text = read_fixture("prose_002.txt")
    assert not text.endswith("\n")
    doc = parse(text)
    check_lossless(doc, text)
    assert list(doc.leaves())[-1].eol == ""


def test_fixtures_exist() -> None:
    assert len(TEXT_FIXTURES) >= 10
    assert (FIXTURES / "labels.json").is_file()
