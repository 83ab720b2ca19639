"""Rows for analysis: turn rows with the sitting, divisions and votes, ``rows`` and ``json --lines``."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from helpers import FIXTURES, read_fixture

from hansard_parse import Contribution, parse, parse_file
from hansard_parse.cli import EXIT_INPUT, EXIT_OK, main
from hansard_parse.rows import division_rows, vote_rows
from hansard_parse.serialize import to_dict
from hansard_parse.tabular import COLUMN_NAMES, contribution_rows

REPORT = FIXTURES / "official_report_2011.print.txt"
DIVISION = FIXTURES / "division.print.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_turn_rows_carry_the_sitting_ids_and_identity() -> None:
    rows = contribution_rows(parse_file(REPORT, members=FIXTURES / "people.json"))
    assert {r["date"] for r in rows} == {"2011-07-19"}
    assert [r["column"] for r in rows][:7] == ["771"] * 6 + ["772"]
    hague = [r for r in rows if r["speaker_key"] == "william-hague"]
    assert {r["speaker_label"] for r in hague} >= {"Mr Hague"}
    assert {r["speaker_party"] for r in hague} == {"Conservative"}
    assert {r["person_id"] for r in hague} == {"uk.org.publicwhip/person/10240"}
    assert rows[0]["turn_id"] == f"{rows[0]['house'] or 'house'}/2011-07-19/c771/1"
    assert rows[0]["exchange_id"] == rows[0]["turn_id"], "an exchange is named by its first turn"
    assert rows[1]["exchange_id"] == rows[0]["turn_id"], "the answer is in the same exchange"


def test_division_rows_hold_counts_and_names() -> None:
    (row,) = division_rows(parse_file(DIVISION), source="division.print.txt")
    assert (row["number"], row["ayes"], row["noes"], row["date"]) == ("271", 3, 2, "2011-05-04")
    assert row["ayes_names"] == "Abbott, Ms Diane; Bryant, Chris; Clwyd, rh Ann"
    assert row["noes_tellers"] == "Mark Hunter; Stephen Crabb"
    assert row["division_id"] == f"{row['house'] or 'house'}/2011-05-04/division-271"


def test_vote_rows_are_one_per_member_and_lobby() -> None:
    votes = vote_rows(parse_file(DIVISION))
    assert len(votes) == 9
    assert [(v["vote"], v["name"], v["teller"]) for v in votes if v["vote"] == "no"] == [
        ("no", "Davies, Philip", False),
        ("no", "Evans, Graham", False),
        ("no", "Mark Hunter", True),
        ("no", "Stephen Crabb", True),
    ]


def test_rows_of_a_folder_load_into_pandas_one_row_per_turn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pd = pytest.importorskip("pandas")
    folder = tmp_path / "sittings"
    folder.mkdir()
    for name in ("official_report_2011.print.txt", "division.print.txt", "statement.print.txt"):
        shutil.copy(FIXTURES / name, folder / name)
    code, out, err = run(capsys, "rows", str(folder))
    assert (code, err) == (EXIT_OK, "")
    frame = pd.read_csv(io.StringIO(out))
    turns = sum(len(list(parse_file(p).find_all(Contribution))) for p in folder.glob("*.txt"))
    assert list(frame.columns) == list(COLUMN_NAMES)
    assert len(frame) == turns
    assert frame.groupby("document")["turn_id"].apply(lambda ids: ids.is_unique).all()
    assert set(frame["date"].dropna()) == {"2011-07-19", "2011-05-04"}


def test_rows_write_jsonl_and_parquet_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "divisions.jsonl"
    code, _, _ = run(capsys, "rows", str(DIVISION), "--table", "divisions", "--format", "jsonl", "-o", str(target))
    assert code == EXIT_OK
    (line,) = target.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["ayes"] == 3
    pq = pytest.importorskip("pyarrow.parquet")
    parquet = tmp_path / "votes.parquet"
    code, _, _ = run(capsys, "rows", str(DIVISION), "--table", "votes", "--format", "parquet", "-o", str(parquet))
    assert code == EXIT_OK
    assert pq.read_table(parquet).num_rows == 9


def test_parquet_to_standard_output_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rows", str(DIVISION), "--format", "parquet")
    assert (code, out) == (EXIT_INPUT, "")
    assert err == "hansard-parse: error: Parquet output needs a file: give -o FILE\n"


def test_json_lines_streams_one_top_level_node_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "json", "--lines", str(REPORT))
    assert (code, err) == (EXIT_OK, "")
    lines = [json.loads(line) for line in out.splitlines()]
    whole = parse(read_fixture("official_report_2011.print.txt"))
    assert lines == [to_dict(node) for node in whole.children]


def test_a_bad_date_or_members_file_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["json", "--date", "19/07/2011", str(REPORT)])
    assert stop.value.code == EXIT_INPUT
    assert "is not a date as YYYY-MM-DD" in capsys.readouterr().err
    code, _, err = run(capsys, "rows", str(REPORT), "--members", str(tmp_path / "none.json"))
    assert code == EXIT_INPUT
    assert err == f"hansard-parse: error: {tmp_path / 'none.json'}: no such members file\n"


def test_rows_take_the_date_and_members_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    statement = FIXTURES / "statement.print.txt"
    code, out, err = run(
        capsys, "rows", str(REPORT), str(statement), "--format", "jsonl",
        "--members", str(FIXTURES / "people.json"), "--date", "2023-03-28",
    )
    assert (code, err) == (EXIT_OK, "")
    rows = [json.loads(line) for line in out.splitlines()]
    by_file = {r["document"]: r["date"] for r in rows}
    assert by_file == {str(REPORT): "2023-03-28", str(statement): "2023-03-28"}
    hague = {r["person_id"] for r in rows if r["speaker_key"] == "william-hague"}
    assert hague == {None}, "Hague's seat in people.json ends in 2015, before the date given"


def test_rows_force_the_site_as_json_does(capsys: pytest.CaptureFixture[str]) -> None:
    page = FIXTURES / "sites" / "hansard_commons_plain.txt"
    forced = parse(page.read_text(encoding="utf-8"), site="theyworkforyou")
    code, out, err = run(capsys, "rows", str(page), "--format", "jsonl", "--site", "theyworkforyou")
    assert (code, err) == (EXIT_OK, "")
    names = [json.loads(line)["speaker_name"] for line in out.splitlines()]
    assert names == [row["speaker_name"] for row in contribution_rows(forced)]
    _, detected, _ = run(capsys, "rows", str(page), "--format", "jsonl")
    assert len(detected.splitlines()) == 5 != len(names), "read as hansard.parliament.uk's page"
