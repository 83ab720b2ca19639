"""Bad and hostile input: strict mode, decoding, and CLI faults (no permission, a broken
pipe, Ctrl-C), each with its message and exit code."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import hansard_parse as hp
from hansard_parse import cli, files

FIXTURES = Path(__file__).parent / "fixtures"
PRINT = FIXTURES / "oral_questions.print.txt"


def test_control_characters_become_an_unparsed_node_with_a_diagnostic() -> None:
    text = "Mr Speaker: Order.\nJane Smith: Hello \x00 there.\nMr Speaker: Order.\n"
    document = hp.parse(text)
    unparsed = list(document.find_all(hp.Unparsed))
    assert [node.span.start_line for node in unparsed] == [2]
    assert "U+0000" in unparsed[0].diagnostic
    assert [(d.line, d.column) for d in document.diagnostics] == [(2, 19)]
    assert document.source_text() == text


def test_strict_mode_raises_with_line_column_and_caret() -> None:
    text = "Mr Speaker: Order.\nJane Smith: Hello \x1b there.\n"
    with pytest.raises(hp.HansardSyntaxError) as caught:
        hp.parse(text, strict=True)
    error = caught.value
    assert (error.line, error.column) == (2, 19)
    source_line, caret_line = error.context.splitlines()
    assert source_line == "Jane Smith: Hello \\x1b there."
    assert caret_line.index("^") == source_line.index("\\x1b")


def test_strict_mode_accepts_clean_text() -> None:
    assert hp.parse(PRINT.read_text(encoding="utf-8"), strict=True).diagnostics == ()


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8-sig", b""), ("utf-16", b"")],
)
def test_parse_file_decodes_unicode_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = PRINT.read_text(encoding="utf-8")
    path = tmp_path / "sitting.txt"
    path.write_bytes(prefix + text.encode(encoding))
    document = hp.parse_file(path)
    assert document.source_text() == text
    assert document.diagnostics == ()


def test_legacy_bytes_are_read_as_cp1252_with_a_diagnostic(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Mr Speaker: Order.\nJane Smith: It costs £5 – café.\n".encode("cp1252"))
    document = hp.parse_file(path)
    assert "£5 – café" in document.source_text()
    assert any("cp1252" in d.reason for d in document.diagnostics)


def test_nbsp_zero_width_and_form_feed_are_kept() -> None:
    text = "Mr\u00a0Speaker: Order.\f\n\u200bJane Smith: Yes.\n"
    assert hp.parse(text).source_text() == text


def test_unreadable_file_is_one_error_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "open", refuse, raising=False)
    code = cli.main(["json", str(PRINT)])
    captured = capsys.readouterr()
    assert code == cli.EXIT_INPUT == 2
    assert captured.out == ""
    assert captured.err == f"hansard-parse: error: {PRINT}: permission denied\n"


def test_ctrl_c_is_one_line_and_exit_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> hp.Document:
        raise KeyboardInterrupt

    monkeypatch.setattr(files, "parse", interrupted)
    code = cli.main(["json", str(PRINT)])
    captured = capsys.readouterr()
    assert code == cli.EXIT_INTERRUPTED == 130
    assert captured.err == "hansard-parse: interrupted\n"
    assert captured.out == ""


def _command() -> list[str]:
    """The installed console script, beside the interpreter running the tests."""
    script = Path(sys.executable).parent / "hansard-parse"
    if not script.exists():
        pytest.skip("the hansard-parse entry point is not installed beside this interpreter")
    return [str(script)]


def test_sigint_while_waiting_for_input_exits_130_without_traceback() -> None:
    process = subprocess.Popen(
        [*_command(), "json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    # The handshake: a pipe holds at most 1 MiB, so once 4 MiB are written the command has
    # read some of it, which it does only inside its main loop with the Ctrl-C handling in
    # place; then it waits for more. (A fixed sleep raced the command's start under load.)
    feeding = threading.Thread(target=process.stdin.write, args=(b"Mr Speaker: Order.\n" * 220_000,))
    feeding.start()
    feeding.join(timeout=120)
    assert not feeding.is_alive(), "the command never read its standard input"
    process.stdin.flush()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert out == b""
    assert err.decode() == "hansard-parse: interrupted\n"


def test_broken_pipe_stops_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(PRINT.read_text(encoding="utf-8") * 40, encoding="utf-8")
    shell = f"{' '.join(_command())} json --indent 2 {big} | head -c 100"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell],
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONUNBUFFERED": "0"},
    )
    assert len(result.stdout) == 100
    assert result.stderr == b""
    assert result.returncode == 0


def test_output_file_is_not_left_half_written_when_export_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old\n", encoding="utf-8")

    def failing(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "to_json", failing)
    assert cli.main(["json", str(PRINT), "-o", str(target)]) == 130
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
