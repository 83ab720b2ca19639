"""What the command reads and writes at its edges: every diagnostic reaches the user, names
and text that are not UTF-8, any locale, devices and endless input."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES

import hansard_parse as hp
from hansard_parse import cli
from hansard_parse.batch import SUMMARY, run_batch

STRAY = FIXTURES / "encoding" / "stray_cp1252.txt"
ORAL = FIXTURES / "oral_questions.print.txt"
WARNING = "line 13, column 62: 2 bytes not valid UTF-8 read as cp1252 (line 13)"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_keeps_the_decoding_diagnostic(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "json", str(STRAY))
    assert code == cli.EXIT_OK
    assert hp.from_json(out) == hp.parse_file(STRAY)
    assert json.loads(out)["document"]["diagnostics"][0]["line"] == 13
    assert err == f"hansard-parse: warning: {STRAY}: {WARNING}\n"


def test_every_diagnostic_is_a_warning_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(STRAY.read_bytes() + b"Mr Sample: The cost \x00 is high.\n")
    code, _, err = run(capsys, "tree", str(path))
    assert code == cli.EXIT_OK
    lines = err.splitlines()
    assert lines[0] == f"hansard-parse: warning: {path}: {WARNING}"
    assert lines[1].startswith(f"hansard-parse: warning: {path}: line 16, column 21: ")
    assert "U+0000" in lines[1]
    assert len(lines) == 2


def test_batch_summary_lists_each_files_diagnostics(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(STRAY, folder / "stray.txt")
    shutil.copy(ORAL, folder / "clean.txt")
    run_batch([str(folder)], tmp_path / "out")
    summary = json.loads((tmp_path / "out" / SUMMARY).read_text(encoding="utf-8"))
    found = {Path(r["input"]).name: r["diagnostics"] for r in summary["results"]}
    assert found["clean.txt"] == []
    assert found["stray.txt"] == [
        {"line": 13, "column": 62, "reason": WARNING.split(": ", 1)[1], "severity": "info"}
    ]


# --- lone surrogates: file names that are not UTF-8, text given to the API ------------------

NOT_UTF8_NAME = os.fsdecode(b"caf\xe9.txt")


def _not_utf8_name_allowed(folder: Path) -> bool:
    try:
        (folder / NOT_UTF8_NAME).write_bytes(b"")
    except (OSError, UnicodeEncodeError):
        return False
    (folder / NOT_UTF8_NAME).unlink()
    return True


def test_to_json_writes_lone_surrogates_as_escapes_that_read_back() -> None:
    document = hp.parse("Mr Speaker: caf\udce9.\n")
    text = hp.to_json(document, source={"path": NOT_UTF8_NAME})
    text.encode("utf-8")  # valid UTF-8: the surrogate is an escape, not a raw code point
    assert "caf\\udce9" in text
    assert hp.from_json(text) == document
    assert hp.from_json(text).source_text() == "Mr Speaker: caf\udce9.\n"
    assert json.loads(text)["source"]["path"] == NOT_UTF8_NAME
    assert json.loads(hp.to_json(document, indent=4))["document"] == json.loads(text)["document"]


def test_json_of_a_file_whose_name_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not _not_utf8_name_allowed(tmp_path):
        pytest.skip("this file system refuses names that are not UTF-8")
    path = tmp_path / NOT_UTF8_NAME
    shutil.copy(ORAL, path)
    code, out, err = run(capsys, "json", str(path))
    assert (code, err) == (cli.EXIT_OK, "")
    assert json.loads(out)["source"]["path"] == str(path)
    assert os.fsencode(json.loads(out)["source"]["path"]).endswith(b"caf\xe9.txt")
    assert hp.from_json(out) == hp.parse_file(ORAL)


def test_batch_of_a_file_whose_name_is_not_utf8_writes_its_summary(tmp_path: Path) -> None:
    if not _not_utf8_name_allowed(tmp_path):
        pytest.skip("this file system refuses names that are not UTF-8")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ORAL, folder / NOT_UTF8_NAME)
    out = tmp_path / "out"
    report = run_batch([str(folder)], out)
    assert report.count("parsed") == 1
    summary = json.loads((out / SUMMARY).read_text(encoding="utf-8"))
    assert [Path(r["input"]).name for r in summary["results"]] == [NOT_UTF8_NAME]
    assert run_batch([str(folder)], out).count("skipped") == 1, "the manifest reads back"


# --- the locale does not decide the bytes ---------------------------------------------------


def _run_with_locale(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONIOENCODING": "cp1252", "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "hansard_parse.cli", *args],
        input=stdin, capture_output=True, env=environment, timeout=120, check=False,
    )


WELSH = "Mr Speaker: Order.\nSiân Gwenllian (Arfon) (PC): Bore da, Gymru; ŵyr a ŷd.\n"


def test_json_is_utf8_bytes_whatever_the_locale() -> None:
    result = _run_with_locale("json", "-", stdin=WELSH.encode())
    assert result.returncode == cli.EXIT_OK, result.stderr.decode()
    assert hp.from_json(result.stdout).source_text() == WELSH
    assert "ŵyr a ŷd".encode() in result.stdout


def test_tree_shows_what_the_locale_cannot(tmp_path: Path) -> None:
    result = _run_with_locale("tree", "--text", "-", stdin=WELSH.encode())
    assert result.returncode == cli.EXIT_OK, result.stderr.decode()
    shown = result.stdout.decode("cp1252")
    assert "Siân Gwenllian" in shown
    assert "Bore da, Gymru; ?yr a ?d." in shown


# --- devices and endless input ---------------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_is_not_a_text_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "json", "/dev/zero")
    assert (code, out) == (cli.EXIT_INPUT, "")
    assert err == "hansard-parse: error: /dev/zero is a device, not a text file\n"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_standard_input_from_a_device_is_refused() -> None:
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run(
            [sys.executable, "-m", "hansard_parse.cli", "json", "-"],
            stdin=zero, capture_output=True, timeout=120, check=False,
        )
    assert (result.returncode, result.stdout) == (cli.EXIT_INPUT, b"")
    assert result.stderr == b"hansard-parse: error: standard input is a device, not a text file\n"


def test_names_with_control_characters_stay_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "json", "no\nsuch\x1b[31m" + NOT_UTF8_NAME)
    assert code == cli.EXIT_INPUT
    assert err == "hansard-parse: error: no\\nsuch\\x1b[31mcaf\\udce9.txt: no such file\n"


class _Endless(io.RawIOBase):
    """Standard input that never ends (``hansard-parse json - < /dev/zero``); counts reads."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        self.given += len(buffer)
        buffer[:] = b"a" * len(buffer)
        return len(buffer)


def test_endless_standard_input_stops_at_the_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    endless = _Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    code, out, err = run(capsys, "json", "--max-bytes", "5000000", "-")
    assert (code, out) == (cli.EXIT_INPUT, "")
    assert err == (
        "hansard-parse: error: standard input is larger than the input limit of 5000000 bytes"
        " (--max-bytes raises it)\n"
    )
    assert endless.given < 5000000 + 2 * (1 << 20), "reading stopped soon after the limit"


def test_a_file_over_the_limit_is_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "json", "--max-bytes", "100", str(ORAL))
    assert code == cli.EXIT_INPUT
    assert err == (
        f"hansard-parse: error: {ORAL} is larger than the input limit of 100 bytes"
        " (--max-bytes raises it)\n"
    )
    assert run(capsys, "json", "--max-bytes", str(ORAL.stat().st_size), str(ORAL))[0] == 0


@pytest.mark.parametrize("value", ["0", "-5", "lots"])
def test_max_bytes_must_be_a_positive_number(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["json", "--max-bytes", value, str(ORAL)])
    assert caught.value.code == 2
    assert "--max-bytes" in capsys.readouterr().err
