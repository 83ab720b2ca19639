"""``hansard-parse batch``: one output per input, the same bytes with any number of jobs,
per-file errors in the summary, and re-runs that skip what is already done."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES

from hansard_parse import parse_file
from hansard_parse.batch import MANIFEST, SUMMARY, Settings, run_batch
from hansard_parse.cli import EXIT_FAILED_FILES, EXIT_INPUT, EXIT_OK, main
from hansard_parse.tabular import contribution_rows

THREE = (
    "oral_questions.print.txt",
    "oral_questions.web.txt",
    "questions_after_statement.plain.txt",
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of three fixture files, one of them in a subfolder."""
    root = tmp_path / "corpus"
    (root / "web").mkdir(parents=True)
    shutil.copy(FIXTURES / THREE[0], root / THREE[0])
    shutil.copy(FIXTURES / THREE[1], root / "web" / THREE[1])
    shutil.copy(FIXTURES / THREE[2], root / THREE[2])
    (root / "notes.md").write_text("not a transcript: only *.txt files are read\n")
    return root


def outputs(folder: Path) -> dict[str, bytes]:
    """The output files of a run by relative path (the manifest and summary left out)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith("_")
    }


def batch(*argv: str) -> int:
    return main(["batch", *argv, "--quiet"])


def summary(folder: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((folder / SUMMARY).read_text(encoding="utf-8"))
    return data


def test_jobs_1_and_jobs_2_write_identical_outputs(corpus: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert batch(str(corpus), "-o", str(one), "--jobs", "1") == EXIT_OK
    assert batch(str(corpus), "-o", str(two), "--jobs", "2") == EXIT_OK
    assert outputs(one) == outputs(two)
    assert sorted(outputs(one)) == [
        "oral_questions.print.json",
        "questions_after_statement.plain.json",
        "web/oral_questions.web.json",
    ]
    assert (summary(one)["parsed"], summary(two)["parsed"]) == (3, 3)


def test_json_output_is_what_the_json_command_prints(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert batch(str(corpus), "-o", str(out)) == EXIT_OK
    source = str(corpus / "web" / THREE[1])
    assert main(["json", source]) == EXIT_OK
    printed = capsys.readouterr().out
    assert (out / "web" / "oral_questions.web.json").read_text(encoding="utf-8") == printed
    assert json.loads(printed)["source"] == {"path": source, "encoding": "utf-8", "layout": "web"}


def test_jsonl_holds_one_row_per_contribution(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(str(corpus / THREE[0]), "-o", str(out), "--format", "jsonl") == EXIT_OK
    lines = (out / "oral_questions.print.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    source = str(corpus / THREE[0])
    assert rows == contribution_rows(parse_file(source), source=source)
    assert (rows[0]["speaker_name"], rows[0]["number"]) == ("Andrew Western", "1")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tabular_formats_read_back_as_rows(corpus: Path, tmp_path: Path, fmt: str) -> None:
    pa_csv = pytest.importorskip("pyarrow.csv")
    parquet = pytest.importorskip("pyarrow.parquet")
    from hansard_parse.tabular import arrow_schema

    out = tmp_path / "out"
    assert batch(str(corpus), "-o", str(out), "--format", fmt, "--jobs", "2") == EXIT_OK
    target = out / "web" / f"oral_questions.web.{fmt}"
    if fmt == "csv":
        table = pa_csv.read_csv(
            target,
            parse_options=pa_csv.ParseOptions(newlines_in_values=True),
            convert_options=pa_csv.ConvertOptions(
                column_types=arrow_schema(), strings_can_be_null=True
            ),
        )
    else:
        table = parquet.read_table(target)
    source = str(corpus / "web" / THREE[1])
    assert table.to_pylist() == contribution_rows(parse_file(source), source=source)


def test_bad_files_are_recorded_and_the_others_still_parse(corpus: Path, tmp_path: Path) -> None:
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\xff" * 500)
    (corpus / "empty.txt").write_bytes(b"  \n\n")
    out = tmp_path / "out"
    assert batch(str(corpus), "-o", str(out), "--jobs", "2") == EXIT_FAILED_FILES
    report = summary(out)
    assert (report["parsed"], report["failed"]) == (3, 2)
    assert report["failures"] == [
        {
            "input": str(corpus / "empty.txt"),
            "error": f"{corpus / 'empty.txt'} is empty: there is no text to parse",
        },
        {
            "input": str(corpus / "image.txt"),
            "error": f"{corpus / 'image.txt'}: the file is PNG data, not text",
        },
    ]
    assert sorted(outputs(out)) == [
        "oral_questions.print.json",
        "questions_after_statement.plain.json",
        "web/oral_questions.web.json",
    ]


def test_a_rerun_skips_every_file_already_done(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(str(corpus), "-o", str(out)) == EXIT_OK
    first = outputs(out)
    times = {p: p.stat().st_mtime_ns for p in out.rglob("*.json") if not p.name.startswith("_")}
    assert batch(str(corpus), "-o", str(out), "--jobs", "2") == EXIT_OK
    assert (summary(out)["parsed"], summary(out)["skipped"]) == (0, 3)
    assert outputs(out) == first
    assert {p: p.stat().st_mtime_ns for p in times} == times, "nothing was rewritten"


def test_a_changed_or_missing_output_is_parsed_again(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(str(corpus), "-o", str(out)) == EXIT_OK
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == sorted(outputs(out))
    with open(corpus / THREE[0], "a", encoding="utf-8") as handle:
        handle.write("Mr Speaker: Order.\n")
    (out / "questions_after_statement.plain.json").unlink()
    report = run_batch([str(corpus)], out)
    status = {r.name: r.status for r in report.results}
    assert status == {
        "oral_questions.print.json": "parsed",
        "questions_after_statement.plain.json": "parsed",
        "web/oral_questions.web.json": "skipped",
    }


def test_globs_and_single_files_name_outputs_from_their_root(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = batch(str(corpus / "**" / "*.web.txt"), str(corpus / THREE[2]), "-o", str(out))
    assert code == EXIT_OK
    assert sorted(outputs(out)) == [
        "questions_after_statement.plain.json",
        "web/oral_questions.web.json",
    ]


def test_inputs_that_name_no_file_are_usage_errors_each_named(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    missing, nomatch = corpus / "missing.txt", corpus / "x" / "*.nomatch"
    code = batch(str(corpus / THREE[0]), str(missing), str(nomatch), "-o", str(out))
    assert code == EXIT_INPUT
    assert capsys.readouterr().err.splitlines() == [
        f"hansard-parse: error: {missing}: no such file",
        f"hansard-parse: error: {nomatch}: no file matches",
    ]
    assert not out.exists(), "nothing is done before the command is right"


def test_no_input_files_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    assert batch(str(tmp_path / "empty"), "-o", str(tmp_path / "out")) == EXIT_INPUT
    assert capsys.readouterr().err == "hansard-parse: error: no input files found\n"


def test_summary_table_is_printed_unless_quiet(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["batch", str(corpus), "-o", str(tmp_path / "out")]) == EXIT_OK
    shown = capsys.readouterr().out
    for column in ("parsed", "skipped", "failed", "MB", "seconds", "MB/s"):
        assert column in shown
    assert "│      3 │       0 │      0 │" in shown


def test_dask_engine_without_the_extra_names_it(
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    assert batch(str(corpus), "-o", str(tmp_path / "out"), "--engine", "dask") == EXIT_INPUT
    assert capsys.readouterr().err == (
        "hansard-parse: error: distributed is not installed:"
        " pip install -e '.[dask]' in the hansard_parse checkout\n"
    )


def test_a_scheduler_without_the_dask_engine_is_refused(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = batch(str(corpus), "-o", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:8786")
    assert code == EXIT_INPUT
    assert "needs the dask engine" in capsys.readouterr().err


def test_house_and_site_are_forced_and_a_change_of_them_parses_again(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    forced = ("--house", "westminster-hall", "--site", "hansard")
    assert batch(str(corpus), "-o", str(out), *forced) == EXIT_OK
    source = str(corpus / THREE[0])
    assert main(["json", *forced, source]) == EXIT_OK
    written = (out / "oral_questions.print.json").read_text(encoding="utf-8")
    assert written == capsys.readouterr().out
    document = json.loads(written)["document"]
    assert (document["house"], document["site"]) == ("westminster-hall", "hansard")
    assert summary(out)["settings"] == {
        "format": "json", "engine": "local", "jobs": 1, "layout": None,
        "house": "westminster-hall", "site": "hansard", "csv_raw": False,
    }
    assert batch(str(corpus), "-o", str(out), *forced) == EXIT_OK
    assert summary(out)["skipped"] == 3
    assert batch(str(corpus), "-o", str(out), "--site", "hansard") == EXIT_OK
    assert summary(out)["parsed"] == 3, "made with another House: parsed again"
    assert json.loads((out / "oral_questions.print.json").read_bytes())["document"]["house"] == "commons"


def test_an_entry_from_before_house_and_site_counts_as_made_with_neither() -> None:
    older = {"layout_option": None, "csv_raw": False}
    assert Settings().made(older)
    assert not Settings(house="lords").made(older)
    assert not Settings(site="hansard").made({**older, "site_option": None})
    assert Settings(site="hansard").made({**older, "site_option": "hansard"})


def test_an_unknown_house_stops_the_batch_before_any_work(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown house 'senate'"):
        run_batch([str(corpus)], tmp_path / "out", house="senate")
    assert not (tmp_path / "out").exists()
