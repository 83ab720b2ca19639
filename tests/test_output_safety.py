"""Writing outputs never damages what a path already is: devices and FIFOs are written
through, symlinks stay links, a file keeps its mode, inputs are never overwritten, and every
message names the path, escaped so it stays on one line."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT, run_command
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse import cli
from hansard_parse.files import atomic_write, remove_stale_temps, shown

ORAL = FIXTURES / "oral_questions.print.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def umask_027() -> Iterator[None]:
    """A known umask for the test (set here, in the test, never by the package)."""
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def test_a_fifo_is_written_through_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    atomic_write(fifo, lambda temp: temp.write_text("through the pipe\n", encoding="utf-8"))
    reader.join(timeout=60)
    assert received == [b"through the pipe\n"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "still a FIFO"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_dev_null_is_written_through_never_renamed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError(f"os.replace{args}: a device must never be replaced")

    monkeypatch.setattr(os, "replace", refuse)  # keeps /dev/null safe even run as root
    atomic_write(Path(os.devnull), lambda temp: temp.write_text("gone\n", encoding="utf-8"))
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_symlink_stays_a_link_and_its_target_gets_the_output(tmp_path: Path) -> None:
    real = tmp_path / "data" / "real.json"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(Path("data") / "real.json")
    atomic_write(link, lambda temp: temp.write_text("new\n", encoding="utf-8"))
    assert link.is_symlink()
    assert os.readlink(link) == os.path.join("data", "real.json")
    assert real.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.json"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to("made.json")
    atomic_write(link, lambda temp: temp.write_text("made\n", encoding="utf-8"))
    assert link.is_symlink()
    assert (tmp_path / "made.json").read_text(encoding="utf-8") == "made\n"


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    private = tmp_path / "private.json"
    private.write_text("secret\n", encoding="utf-8")
    private.chmod(0o600)
    atomic_write(private, lambda temp: temp.write_text("still secret\n", encoding="utf-8"))
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_text(encoding="utf-8") == "still secret\n"


@pytest.mark.usefixtures("umask_027")
def test_a_new_file_gets_the_umask_mode_without_the_umask_being_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def forbidden(mask: int) -> int:
        raise AssertionError("os.umask changes process state and races with other threads")

    monkeypatch.setattr(os, "umask", forbidden)
    target = tmp_path / "new.json"
    atomic_write(target, lambda temp: temp.write_text("new\n", encoding="utf-8"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_hard_linked_file_is_replaced_and_its_other_name_keeps_the_old_content(
    tmp_path: Path,
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old\n", encoding="utf-8")
    other = tmp_path / "other.json"
    os.link(target, other)
    atomic_write(target, lambda temp: temp.write_text("new\n", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "new\n"
    assert other.read_text(encoding="utf-8") == "old\n", "never half of a write, in any name"
    assert (target.stat().st_nlink, other.stat().st_nlink) == (1, 1)


def test_a_failed_write_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old\n", encoding="utf-8")

    def half_then_fail(temp: Path) -> None:
        temp.write_text("ne", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        atomic_write(target, half_then_fail)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_stale_temporary_files_of_ended_writers_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    gone = _dead_pid()
    stale = tmp_path / f".out.json.{gone}-0123abcd.tmp"
    live = tmp_path / f".out.json.{os.getpid()}-4567cdef.tmp"
    unrelated = tmp_path / f".notes.txt.{gone}-89abcdef.tmp"
    for path in (stale, live, unrelated):
        path.write_text("partial", encoding="utf-8")
    assert remove_stale_temps([target]) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, unrelated.name])


def _dead_pid() -> int:
    """The PID of a process that has ended (and been reaped)."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_output_naming_a_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "json", str(ORAL), "-o", f"{tmp_path / 'newdir'}/")
    assert (code, out) == (cli.EXIT_INPUT, "")
    folder = tmp_path / "newdir"
    assert err == f"hansard-parse: error: {folder}/ is a folder: -o needs a file name\n"
    assert list(tmp_path.iterdir()) == []
    code, _, err = run(capsys, "json", str(ORAL), "-o", str(tmp_path))
    assert code == cli.EXIT_INPUT
    assert err == f"hansard-parse: error: {tmp_path} is a folder: -o needs a file name\n"
    code, _, err = run(capsys, "json", str(ORAL), "-o", "")
    assert code == cli.EXIT_INPUT
    assert err == "hansard-parse: error: -o needs a file name, not an empty one\n"


@pytest.mark.parametrize("how", ["same name", "symlink", "hard link"])
def test_output_over_its_own_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    source = tmp_path / "sitting.txt"
    source.write_bytes(ORAL.read_bytes())
    target = source
    if how == "symlink":
        target = tmp_path / "link.txt"
        target.symlink_to(source)
    elif how == "hard link":
        target = tmp_path / "hard.txt"
        os.link(source, target)
    code, out, err = run(capsys, "json", str(source), "-o", str(target))
    assert (code, out) == (cli.EXIT_INPUT, "")
    assert err == (
        f"hansard-parse: error: {target} is the input file {source}: writing it would destroy it\n"
    )
    assert source.read_bytes() == ORAL.read_bytes()


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_and_sighup_stop_like_ctrl_c(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    signum: int,
    code: int,
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old\n", encoding="utf-8")

    def signalled(*args: object, **kwargs: object) -> str:
        os.kill(os.getpid(), signum)  # as ``timeout`` or ``docker stop`` would
        return "never written"

    monkeypatch.setattr(cli, "to_json", signalled)
    before = signal.getsignal(signum)
    assert cli.main(["json", str(ORAL), "-o", str(target)]) == code
    assert capsys.readouterr().err == f"hansard-parse: stopped by {signal.Signals(signum).name}\n"
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
    assert signal.getsignal(signum) == before, "the handler is removed afterwards"


def test_an_output_folder_that_is_a_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "out"
    taken.write_text("mine\n", encoding="utf-8")
    code, _, err = run(capsys, "batch", str(ORAL), "-o", str(taken), "-q")
    assert code == cli.EXIT_INPUT
    assert err == f"hansard-parse: error: {taken} is a file: the output must be a folder\n"
    assert taken.read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tree", "--depth", "-1"], "argument --depth: -1 is below 0: give 0 or more"),
        (["json", "--indent", "-3"], "argument --indent: -3 is below 0: give 0 or more"),
        (["json", "--indent", "100000000"],
         "argument --indent: 100000000 is too deep: give 0 to 16"),
        (["json", "--indent", "two"], "argument --indent: 'two' is not a whole number"),
    ],
)
def test_out_of_range_numbers_are_usage_errors(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main([*argv, str(ORAL)])
    assert stop.value.code == cli.EXIT_INPUT
    assert capsys.readouterr().err.splitlines()[-1].endswith(f"error: {message}")


def test_the_deepest_indent_allowed_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "json", "--indent", str(cli.MAX_INDENT), str(ORAL))
    assert code == cli.EXIT_OK
    assert out.splitlines()[1] == " " * cli.MAX_INDENT + '"schema": "hansard_parse/1",'


@pytest.mark.parametrize("command", ["json", "tree"])
def test_closed_standard_output_is_one_error_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    monkeypatch.setattr("sys.stdout", None)  # what Python sets when started with ``>&-``
    code = cli.main([command, str(ORAL)])
    assert code == cli.EXIT_OUTPUT == 3
    assert capsys.readouterr().err == (
        "hansard-parse: error: cannot write to standard output: it is closed\n"
    )


def test_closed_standard_output_from_a_shell_has_no_traceback() -> None:
    command = " ".join(f"'{part}'" for part in run_command("--version", cwd=ROOT).args[:-1])
    done = subprocess.run(
        ["bash", "-c", f"{command} json '{ORAL}' >&-"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == cli.EXIT_OUTPUT
    assert done.stderr == "hansard-parse: error: cannot write to standard output: it is closed\n"


def test_an_unwritable_output_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "out.json"
    code, out, err = run(capsys, "json", str(ORAL), "-o", str(target))
    assert (code, out) == (cli.EXIT_OUTPUT, "")
    assert err == f"hansard-parse: error: cannot write {target} (No such file or directory)\n"


def test_control_characters_in_file_names_are_escaped_in_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / "evil\nname\x1b[2J\x9b.txt"
    code, _, err = run(capsys, "json", str(name))
    assert code == cli.EXIT_INPUT
    assert err == f"hansard-parse: error: {tmp_path}/evil\\nname\\x1b[2J\\x9b.txt: no such file\n"
    code, _, err = run(capsys, "json", str(ORAL), "-o", str(tmp_path / "no\x1bdir" / "x.json"))
    assert err == (
        f"hansard-parse: error: cannot write {tmp_path}/no\\x1bdir/x.json "
        "(No such file or directory)\n"
    )


@given(st.text())
def test_shown_is_always_one_line_without_control_characters(name: str) -> None:
    visible = shown(name)
    assert visible.isprintable()
    assert len(visible.splitlines()) <= 1


def test_a_symlink_to_a_pipe_is_written_through_like_dev_stdout(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "stdout"
    link.symlink_to(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    atomic_write(link, lambda temp: temp.write_text("to the reader\n", encoding="utf-8"))
    reader.join(timeout=60)
    assert received == [b"to the reader\n"]
    assert link.is_symlink() and stat.S_ISFIFO(os.stat(link).st_mode)


def test_shown_keeps_ordinary_names_and_escapes_undecodable_bytes() -> None:
    assert shown("Débats/2023 – séance.txt") == "Débats/2023 – séance.txt"
    assert shown("caf\udce9.txt") == "caf\\udce9.txt"
    assert shown(Path("a\tb")) == "a\\tb"


@pytest.mark.parametrize("command", ["json", "tree"])
def test_a_reader_that_went_away_stops_quietly(command: str) -> None:
    """``hansard-parse tree FILE | head -1``: the reader closes the pipe, and both commands stop
    with exit 0 and nothing on stderr. The read end is closed before the command starts, so
    its first write fails whatever the machine's speed."""
    installed = run_command("--version", cwd=ROOT).args[:-1]
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [*installed, command, str(ORAL)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (cli.EXIT_OK, "")
