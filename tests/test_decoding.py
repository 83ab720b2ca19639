"""Decoding bytes: UTF-8 first, cp1252 only for the bytes that are not UTF-8, and binary
data refused with one sentence."""

from __future__ import annotations

import codecs
import gzip
import random
import zipfile
from io import BytesIO

import pytest
from helpers import FIXTURES, read_fixture
from hypothesis import given
from hypothesis import strategies as st

import hansard_parse as hp
from hansard_parse.source import DecodeError, decode

STRAY = FIXTURES / "encoding" / "stray_cp1252.txt"


def test_one_cp1252_line_does_not_garble_the_utf8_around_it() -> None:
    text, encoding, diagnostics = decode(STRAY.read_bytes())
    assert encoding == "utf-8"
    lines = text.splitlines()
    assert lines[10].endswith("the cap\u2019s future will be set out in the autumn.")
    assert "costs \u00a37.50 \u2013 more than many can pay" in lines[12]
    assert "caf\u00e9 owners" in lines[14]
    assert "\u00e2\u20ac" not in text, "UTF-8 must not be read as cp1252"
    assert not any("\x80" <= c <= "\x9f" for c in text), "no C1 controls from misread UTF-8"
    [diagnostic] = diagnostics
    assert (diagnostic.line, diagnostic.column) == (13, 62)
    assert diagnostic.reason == "2 bytes not valid UTF-8 read as cp1252 (line 13)"


def test_parse_file_keeps_the_text_and_the_diagnostic() -> None:
    document = hp.parse_file(STRAY)
    assert document.source_text() == decode(STRAY.read_bytes())[0]
    assert document.diagnostics[0].line == 13
    answer = next(c for c in document.find_all(hp.Contribution) if c.TYPE == "answer")
    assert answer.speaker is not None and answer.speaker.name == "Mr Tom Sample"


def test_diagnostic_names_every_line_with_stray_bytes() -> None:
    data = "It\u2019s here.\n".encode() + b"A \x96 B\r\nok\rC \xa3 \x93D\x94\n"
    text, encoding, [diagnostic] = decode(data)
    assert text == "It\u2019s here.\nA \u2013 B\r\nok\rC \u00a3 \u201cD\u201d\n"
    assert encoding == "utf-8"
    assert diagnostic.reason == "4 bytes not valid UTF-8 read as cp1252 (lines 2, 4)"
    assert (diagnostic.line, diagnostic.column) == (2, 3)


def test_many_lines_are_named_briefly() -> None:
    data = "\u2019\n".encode() + b"\x96\n" * 15
    [diagnostic] = decode(data)[2]
    assert diagnostic.reason.endswith("(lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 5 more)")


def test_a_wholly_legacy_file_reports_cp1252() -> None:
    text, encoding, [diagnostic] = decode("Order. \u00a35 \u2013 caf\u00e9.\n".encode("cp1252"))
    assert (text, encoding) == ("Order. \u00a35 \u2013 caf\u00e9.\n", "cp1252")
    assert diagnostic.reason == "not valid UTF-8; decoded as cp1252 (line 1)"


def test_bytes_cp1252_leaves_undefined_are_read_as_latin1() -> None:
    text, _, _ = decode("caf\u00e9 ".encode() + b"\x81\x9d \x80\n")
    assert text == "caf\u00e9 \x81\x9d \u20ac\n"


@pytest.mark.parametrize(
    ("bom", "encoding", "reported"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    ],
)
def test_byte_order_marks_still_choose_the_encoding(bom: bytes, encoding: str, reported: str) -> None:
    text = read_fixture("oral_questions.print.txt")
    assert decode(bom + text.encode(encoding)) == (text, reported, [])


@given(
    st.lists(
        st.one_of(
            st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
            st.sampled_from(["\n", "\r\n", "\r"]),
            st.binary(min_size=1, max_size=3).filter(lambda b: any(x >= 0x80 for x in b)),
        ),
        max_size=30,
    )
)
def test_only_the_bytes_that_are_not_utf8_change_their_reading(
    pieces: list[str | bytes],
) -> None:
    data = b"".join(p.encode() if isinstance(p, str) else p for p in pieces)
    try:
        text, _, diagnostics = decode(data)
    except DecodeError:
        return  # the random bytes made it look binary
    try:
        expected = data.decode("utf-8")
    except UnicodeDecodeError:
        assert len(diagnostics) == 1
        # every valid UTF-8 piece survives intact
        for piece in pieces:
            if isinstance(piece, str) and piece.strip():
                assert piece in text
    else:
        assert (text, diagnostics) == (expected, [])


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda text: gzip.compress(text), "the file is gzip data, not text"),
        (lambda text: _zipped(text), "the file is zip data, not text"),
        (lambda text: b"%PDF-1.7\n" + text, "the file is PDF data, not text"),
        (lambda text: random.Random(7).randbytes(4000), "the file looks binary, not text (it is full of control bytes)"),
        (
            lambda text: text.decode().encode("utf-16-le"),
            "the file looks binary, not text (NUL bytes; UTF-16 text needs a byte-order mark)",
        ),
    ],
    ids=["gzip", "zip", "pdf", "random", "utf16-without-bom"],
)
def test_binary_data_is_refused(make: object, message: str) -> None:
    data = make((FIXTURES / "oral_questions.print.txt").read_bytes())  # type: ignore[operator]
    with pytest.raises(DecodeError) as caught:
        decode(data)
    assert str(caught.value) == message


def _zipped(data: bytes) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("sitting.txt", data)
    return buffer.getvalue()


def test_real_text_with_a_stray_control_character_is_still_text() -> None:
    text = read_fixture("oral_questions.print.txt")
    first, rest = text.split("\n", 1)
    odd = f"{first}\x07\n{rest}\x1a\x00"  # a bell, then DOS's end-of-file mark and a NUL
    decoded, encoding, _ = decode(odd.encode())
    assert (decoded, encoding) == (odd, "utf-8")
    document = hp.parse(decoded)
    assert document.source_text() == odd
