"""``hansard-parse batch`` never overwrites an input or its own files, keeps a manifest that
survives damage, kills and a second run, and stops cleanly on SIGTERM, SIGHUP and SIGKILL."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import FIXTURES
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse import parse_file, to_json
from hansard_parse.batch import MANIFEST, MANIFEST_SCHEMA, SUMMARY, run_batch
from hansard_parse.batch.manifest import BOOKKEEPING, JOURNAL, LOCK, load_manifest, record
from hansard_parse.batch.planning import output_name
from hansard_parse.batch.work import FileResult, Settings
from hansard_parse.cli import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, main

PRINT = FIXTURES / "oral_questions.print.txt"
WEB = FIXTURES / "oral_questions.web.txt"
PLAIN = FIXTURES / "questions_after_statement.plain.txt"


def batch(*argv: str) -> int:
    return main(["batch", *argv, "--quiet"])


def statuses(out: Path) -> dict[str, str]:
    summary = json.loads((out / SUMMARY).read_text(encoding="utf-8"))
    return {r["name"]: r["status"] for r in summary["results"]}


def manifest_files(out: Path) -> dict[str, dict[str, object]]:
    data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert data["schema"] == MANIFEST_SCHEMA
    files: dict[str, dict[str, object]] = data["files"]
    return files


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    shutil.copy(PRINT, root / "a.txt")
    shutil.copy(WEB, root / "b.txt")
    return root


def test_inputs_named_like_bookkeeping_files_get_their_own_outputs(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(PRINT, corpus / "_manifest.txt")
    shutil.copy(WEB, corpus / "_summary.txt")
    shutil.copy(PLAIN, corpus / "__summary.txt")
    out = tmp_path / "out"
    assert batch(str(corpus), "-o", str(out)) == EXIT_OK
    assert statuses(out) == {
        "__manifest.json": "parsed",
        "__summary.json": "parsed",
        "___summary.json": "parsed",
    }
    exported = json.loads((out / "__manifest.json").read_text(encoding="utf-8"))
    assert exported["source"]["path"] == str(corpus / "_manifest.txt")
    assert sorted(manifest_files(out)) == ["___summary.json", "__manifest.json", "__summary.json"]
    assert batch(str(corpus), "-o", str(out)) == EXIT_OK
    assert set(statuses(out).values()) == {"skipped"}


_SEGMENT = st.text(st.characters(blacklist_characters="/\x00"), min_size=1, max_size=12).filter(
    lambda part: part not in (".", "..")
)


@given(parts=st.lists(_SEGMENT, min_size=1, max_size=3), fmt=st.sampled_from(["json", "csv"]))
def test_no_input_name_becomes_a_bookkeeping_name(parts: list[str], fmt: str) -> None:
    relative = "/".join(parts)
    name = output_name(relative, relative, fmt)
    assert name not in BOOKKEEPING
    assert name.split("/")[0] not in BOOKKEEPING


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(files=_JSON)
def test_any_manifest_content_loads_without_an_exception(
    tmp_path_factory: pytest.TempPathFactory, files: object
) -> None:
    out = tmp_path_factory.mktemp("out")
    data = {"schema": MANIFEST_SCHEMA, "files": files}
    (out / MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    entries, warnings = load_manifest(out)
    assert all(isinstance(entry["sha256"], str) for entry in entries.values())
    assert all(isinstance(entry["output_size"], int) for entry in entries.values())
    assert len(warnings) <= 1
    if not isinstance(files, dict) or len(entries) < len(files):
        assert warnings


def test_nested_names_starting_with_an_underscore_are_kept(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "_drafts").mkdir(parents=True)
    shutil.copy(PRINT, corpus / "_drafts" / "_summary.txt")
    out = tmp_path / "out"
    assert batch(str(corpus), "-o", str(out)) == EXIT_OK
    assert statuses(out) == {"__drafts/_summary.json": "parsed"}


@pytest.mark.parametrize("how", ["itself", "another input", "hard link"])
def test_an_output_that_would_overwrite_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    victim = folder / "x.json"
    victim.write_bytes(PRINT.read_bytes())
    inputs = [str(victim)]
    if how == "another input":
        (tmp_path / "other").mkdir()
        shutil.copy(PRINT, tmp_path / "other" / "x.txt")
        inputs = [str(victim), str(tmp_path / "other" / "x.txt")]
    elif how == "hard link":
        os.link(victim, tmp_path / "x.txt")
        inputs = [str(tmp_path / "x.txt")]
    assert batch(*inputs, "-o", str(folder)) == EXIT_INPUT
    err = capsys.readouterr().err
    assert f"{folder / 'x.json'} would overwrite the input " in err
    assert err.endswith(": choose another output folder\n")
    assert victim.read_bytes() == PRINT.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["x.json"]


def test_an_input_that_is_a_bookkeeping_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    summary = out / SUMMARY
    summary.write_bytes(PRINT.read_bytes())
    assert batch(str(summary), "-o", str(out)) == EXIT_INPUT
    assert f"{summary} would overwrite the input {summary}" in capsys.readouterr().err
    assert summary.read_bytes() == PRINT.read_bytes()


def test_folders_match_the_pattern_in_any_case(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(PRINT, corpus / "A.TXT")
    shutil.copy(WEB, corpus / "b.txt")
    shutil.copy(PLAIN, corpus / "c.Hansard")
    out = tmp_path / "out"
    assert batch(str(corpus), "-o", str(out)) == EXIT_OK
    assert statuses(out) == {"A.json": "parsed", "b.json": "parsed"}
    other = tmp_path / "other"
    assert batch(str(corpus), "-o", str(other), "--pattern", "*.HANSARD") == EXIT_OK
    assert statuses(other) == {"c.json": "parsed"}


@pytest.mark.parametrize(
    "manifest",
    [
        b'{"schema": "hansard_parse/batch-manifest/1", "files": []}',
        b'{"schema": "hansard_parse/batch-manifest/1", "files": null}',
        b'{"schema": "hansard_parse/batch-manifest/1", "files": {"a.json": "done"}}',
        b'{"schema": "hansard_parse/batch-manifest/1", "files": {"a.json": {"sha256": 5}}}',
        b"null",
        b"\x00garbage",
        b"",
    ],
)
def test_a_damaged_manifest_is_ignored_with_a_warning(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], manifest: bytes
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_bytes(manifest)
    assert batch(str(corpus), "-o", str(out)) == EXIT_OK
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 1
    assert warnings[0].startswith(f"hansard-parse: warning: {out / MANIFEST}")
    assert warnings[0].endswith("parsed again")
    assert statuses(out) == {"a.json": "parsed", "b.json": "parsed"}
    assert sorted(manifest_files(out)) == ["a.json", "b.json"], "rewritten whole"


def test_an_emptied_or_corrupted_output_is_parsed_again(corpus: Path, tmp_path: Path) -> None:
    shutil.copy(PLAIN, corpus / "c.txt")
    out = tmp_path / "out"
    assert batch(str(corpus), "-o", str(out)) == EXIT_OK
    good = (out / "b.json").read_bytes()
    (out / "a.json").write_bytes(b"")
    (out / "b.json").write_bytes(good.replace(b"\"type\"", b"\"tipe\""))  # same size
    assert batch(str(corpus), "-o", str(out)) == EXIT_OK
    assert statuses(out) == {"a.json": "parsed", "b.json": "parsed", "c.json": "skipped"}
    assert (out / "b.json").read_bytes() == good
    assert json.loads((out / "a.json").read_bytes()) == json.loads(
        to_json(parse_file(corpus / "a.txt"), source={
            "path": str(corpus / "a.txt"), "encoding": "utf-8", "layout": "print"})
    )


def test_a_second_run_into_the_same_folder_keeps_the_first_runs_files(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    shutil.copy(PRINT, first / "a.txt")
    shutil.copy(WEB, second / "b.txt")
    out = tmp_path / "out"

    def meanwhile(result: FileResult) -> None:  # another run finishes while this one works
        run_batch([str(second)], out)

    run_batch([str(first)], out, on_result=meanwhile)
    assert sorted(manifest_files(out)) == ["a.json", "b.json"]


def test_journal_appends_wait_for_the_lock(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = FileResult(
        input="a.txt", name="a.json", status="parsed", sha256="0" * 64,
        output_sha256="1" * 64, output_size=3,
    )
    with open(out / LOCK, "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another run in the middle of a save
        writer = threading.Thread(target=record, args=(out, [result], Settings()))
        writer.start()
        writer.join(timeout=0.5)
        assert writer.is_alive(), "the append waits while another run holds the lock"
        assert not (out / JOURNAL).exists()
    writer.join(timeout=60)
    line = json.loads((out / JOURNAL).read_text(encoding="utf-8"))
    assert (line["name"], line["entry"]["output_size"]) == ("a.json", 3)


# Stopping a real run -------------------------------------------------------------------


def _command() -> list[str]:
    script = Path(sys.executable).parent / "hansard-parse"
    if not script.exists():
        pytest.skip("the hansard-parse entry point is not installed beside this interpreter")
    return [str(script)]


FILES = 24


def _big_corpus(root: Path, files: int = FILES) -> Path:
    """Enough work that a run is still going when the test stops it (seconds of parsing)."""
    root.mkdir()
    text = PRINT.read_text(encoding="utf-8") * 10
    for i in range(files):
        (root / f"sitting{i:02}.txt").write_text(text, encoding="utf-8")
    return root


def _start(corpus: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*_command(), "batch", str(corpus), "-o", str(out), "--jobs", "2", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _wait_for(
    condition: Callable[[], bool], what: str, process: subprocess.Popen[bytes] | None = None
) -> None:
    """Poll (bounded) until ``condition()`` holds: a readiness check, not a timed sleep."""
    deadline = time.monotonic() + 120
    while not condition():
        if process is not None and process.poll() is not None:
            assert process.stderr is not None
            pytest.fail(f"the run ended before {what}: {process.stderr.read()!r}")
        if time.monotonic() > deadline:
            if process is not None:
                process.kill()
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


def _journal_started(out: Path) -> bool:
    try:
        return (out / JOURNAL).stat().st_size > 0
    except FileNotFoundError:
        return False


def _children(pid: int) -> list[int]:
    """Live child processes of ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"


def _temps(out: Path) -> list[str]:
    return sorted(p.name for p in out.rglob("*.tmp"))


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


@needs_proc
@pytest.mark.parametrize(
    ("signum", "code"),
    [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, EXIT_INTERRUPTED)],
)
def test_a_stopped_run_cleans_up_and_the_next_run_resumes(
    tmp_path: Path, signum: int, code: int
) -> None:
    corpus, out = _big_corpus(tmp_path / "corpus"), tmp_path / "out"
    process = _start(corpus, out)
    _wait_for(lambda: _journal_started(out), "the first file was recorded", process)
    workers = _children(process.pid)
    process.send_signal(signum)
    _, err = process.communicate(timeout=120)
    if process.returncode == EXIT_OK:
        pytest.skip("the run finished before the signal arrived")
    assert process.returncode == code
    name = signal.Signals(signum).name
    expected = "interrupted" if signum == signal.SIGINT else f"stopped by {name}"
    assert err.decode() == f"hansard-parse: {expected}\n"
    assert _temps(out) == []
    assert not (out / JOURNAL).exists(), "folded into the manifest"
    done = manifest_files(out)
    assert done and all((out / n).stat().st_size == e["output_size"] for n, e in done.items())
    _wait_for(lambda: all(_gone(w) for w in workers), "the workers ended")
    if signum != signal.SIGTERM:
        return  # resuming is the same whatever stopped the run: checked once, for SIGTERM
    report = run_batch([str(corpus)], out, jobs=2)
    skipped = {r.name for r in report.results if r.status == "skipped"}
    assert skipped == set(done)
    assert report.count("parsed") == FILES - len(done)


@needs_proc
def test_workers_end_when_the_run_is_killed_and_the_next_run_resumes(tmp_path: Path) -> None:
    corpus, out = _big_corpus(tmp_path / "corpus"), tmp_path / "out"
    process = _start(corpus, out)
    _wait_for(lambda: _journal_started(out), "the first file was recorded", process)
    workers = _children(process.pid)
    assert len(workers) == 2
    process.kill()
    process.wait(timeout=60)
    _wait_for(lambda: all(_gone(w) for w in workers), f"orphaned workers {workers} to end")
    recorded = [json.loads(line) for line in (out / JOURNAL).read_bytes().splitlines()]
    assert recorded
    (out / ".sitting00.json.999999999-0123abcd.tmp").write_bytes(b"partial")  # a dead writer's
    report = run_batch([str(corpus)], out)
    assert report.count("skipped") >= len(recorded)
    assert report.count("parsed") + report.count("skipped") == FILES
    assert _temps(out) == []
    assert sorted(manifest_files(out)) == [f"sitting{i:02}.json" for i in range(FILES)]


def test_a_worker_counts_as_orphaned_once_its_parent_or_the_main_process_is_gone() -> None:
    from hansard_parse.stopping import _orphaned

    parent = os.getppid()
    gone = subprocess.Popen(["true"])
    gone.wait()
    assert not _orphaned(parent, os.getpid())
    assert _orphaned(parent, gone.pid), "the main process ended"
    assert _orphaned(parent + 1, os.getpid()), "re-parented: the parent ended"
