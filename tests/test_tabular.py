"""One row per contribution: what the rows say, and that CSV and Parquet give them back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import FIXTURES

from hansard_parse import Contribution, parse_file
from hansard_parse.tabular import (
    COLUMN_NAMES,
    MissingExtraError,
    arrow_schema,
    contribution_rows,
    to_dataframe,
    write_csv,
    write_parquet,
)

ORAL_PRINT = FIXTURES / "oral_questions.print.txt"
ORAL_WEB = FIXTURES / "oral_questions.web.txt"
STATEMENT = FIXTURES / "statement.print.txt"
PLAIN = FIXTURES / "questions_after_statement.plain.txt"


def test_first_question_row_names_speaker_number_and_section_path() -> None:
    rows = contribution_rows(parse_file(ORAL_PRINT), source="oral.txt")
    first = rows[0]
    assert first["document"] == "oral.txt"
    assert (
        first["section"] == "Justice > Violence against Women and Girls"
    )
    assert first["section_level"] == 3
    assert (first["type"], first["number"], first["uin"]) == ("question", "1", "904342")
    assert first["speaker_name"] == "Andrew Western"
    assert first["speaker_role"] == "member"
    assert first["exchange"] == 0
    assert first["start_line"] == first["end_line"] == 8
    assert first["text"] == (
        "What steps his Department is taking to reform the criminal justice system to help "
        "tackle violence against women and girls."
    ), "the text leaves out the label"
    assert (rows[1]["type"], rows[1]["speaker_name"]) == ("answer", "Dominic Raab")


def test_one_row_per_contribution_in_source_order() -> None:
    document = parse_file(ORAL_PRINT)
    rows = contribution_rows(document)
    turns = list(document.find_all(Contribution))
    assert len(rows) == len(turns) == 50
    assert [r["start"] for r in rows] == [t.span.start for t in turns]
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)


def test_grouped_questions_share_an_exchange() -> None:
    rows = contribution_rows(parse_file(ORAL_PRINT))
    grouped = [r for r in rows if r["number"] in ("2", "17")]
    assert [(r["speaker_name"], r["uin"]) for r in grouped] == [
        ("Bob Blackman", "904343"),
        ("Stephen Metcalfe", "904363"),
    ]
    assert grouped[0]["exchange"] == grouped[1]["exchange"] == 4
    assert grouped[0]["section"].endswith("> Prisoners: Skills Development")


def test_print_and_web_copies_give_the_same_rows_apart_from_spans() -> None:
    content = ("section", "exchange", "type", "number", "uin", "speaker_name", "text")
    web = [{k: r[k] for k in content} for r in contribution_rows(parse_file(ORAL_WEB))]
    printed = [{k: r[k] for k in content} for r in contribution_rows(parse_file(ORAL_PRINT))]
    assert web == printed


def test_paragraphs_are_apart_by_a_blank_line() -> None:
    statement = contribution_rows(parse_file(STATEMENT))[0]
    assert (statement["type"], statement["speaker_name"]) == ("statement", "Johnny Mercer")
    paragraphs = statement["text"].split("\n\n")
    assert len(paragraphs) == 16
    assert paragraphs[0].startswith("It has now been over 18 months since the conclusion")
    assert not statement["text"].startswith("Johnny Mercer")


def test_speaker_less_rows_run_sentences_together_with_their_cue() -> None:
    rows = contribution_rows(parse_file(PLAIN))
    assert {r["speaker_name"] for r in rows} == {None}
    assert all("\n" not in r["text"] for r in rows)
    # Where the segmenter places the turns is its own business (tests/test_plain_segmenter.py);
    # here each row's text starts where a line of the transcript starts, and rows run on.
    lines = [line.strip() for line in PLAIN.read_text(encoding="utf-8").splitlines()]
    assert all(any(r["text"].startswith(line[:40]) for line in lines if line) for r in rows)
    assert sum(r["text"].count(". ") for r in rows) > len(rows), "sentences are run together"
    question = next(r for r in rows if r["type"] == "question")
    assert question["cue"], "an inferred turn says what opened it"
    assert isinstance(question["confidence"], float)


def test_csv_reads_back_as_the_rows(tmp_path: Path) -> None:
    pa_csv = pytest.importorskip("pyarrow.csv")
    rows = contribution_rows(parse_file(STATEMENT), source=str(STATEMENT))
    target = tmp_path / "rows.csv"
    write_csv(rows, target)
    table = pa_csv.read_csv(
        target,
        parse_options=pa_csv.ParseOptions(newlines_in_values=True),
        convert_options=pa_csv.ConvertOptions(
            column_types=arrow_schema(), strings_can_be_null=True
        ),
    )
    assert table.column_names == list(COLUMN_NAMES)
    assert table.to_pylist() == rows


def test_parquet_reads_back_as_the_rows(tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    rows = contribution_rows(parse_file(PLAIN), source="plain.txt")
    target = tmp_path / "rows.parquet"
    write_parquet(rows, target)
    table = parquet.read_table(target)
    assert table.schema.equals(arrow_schema())
    assert table.to_pylist() == rows


def test_parquet_of_no_rows_keeps_the_typed_columns(tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "empty.parquet"
    rows = contribution_rows(parse_file(FIXTURES / "prose_002.txt"))
    assert rows == [], "prose has no contributions"
    write_parquet(rows, target)
    table = parquet.read_table(target)
    assert (table.num_rows, table.schema.equals(arrow_schema())) == (0, True)


def test_dataframe_has_a_row_per_turn_and_every_column() -> None:
    pytest.importorskip("pandas")
    document = parse_file(ORAL_PRINT)
    frame = to_dataframe(document, source="oral")
    assert frame.shape == (50, len(COLUMN_NAMES))
    assert list(frame.columns) == list(COLUMN_NAMES)
    assert frame.loc[0, "speaker_name"] == "Andrew Western"
    assert str(frame["exchange"].dtype) == "Int64"
    numbered = [r["number"] for r in contribution_rows(document) if r["number"] is not None]
    assert frame["number"].dropna().tolist() == numbered
    assert set(frame["type"]) >= {"question", "answer", "supplementary_question", "chair"}


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes ``import pandas`` fail
    with pytest.raises(MissingExtraError, match=r"pip install -e '\.\[tabular\]'"):
        to_dataframe(parse_file(ORAL_PRINT))


def test_missing_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"pip install -e '\.\[tabular\]' in the hansard_parse checkout"):
        write_parquet([], tmp_path / "x.parquet")
