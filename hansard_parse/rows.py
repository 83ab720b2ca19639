"""Rows for analysis beyond the turns: divisions and votes, and writers that stream rows of
many files into one CSV, JSON Lines or Parquet output (``hansard-parse rows``).

:mod:`.tabular` gives one row per turn; a division is not a turn, so it gets its own table
(one row per division, with counts and the names joined) and its votes a long table (one row
per member and lobby), both keyed by a ``division_id`` made like a turn id.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from .nodes import Division, Document, Section
from .sitting import Sitting, slug
from .tabular import COLUMNS, SECTION_SEPARATOR, Row, contribution_rows, document_house, require
from .visit import Visitor

DIVISION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("document", "string"),
    ("date", "string"),
    ("house", "string"),
    ("section", "string"),
    ("division_id", "string"),
    ("number", "string"),
    ("time", "string"),
    ("ayes", "int64"),
    ("noes", "int64"),
    ("ayes_names", "string"),
    ("noes_names", "string"),
    ("ayes_tellers", "string"),
    ("noes_tellers", "string"),
    ("start_line", "int64"),
    ("end_line", "int64"),
)
"""One row per division; the name lists are joined by ``; `` (names hold commas)."""
VOTE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("document", "string"),
    ("date", "string"),
    ("house", "string"),
    ("division_id", "string"),
    ("vote", "string"),
    ("name", "string"),
    ("teller", "bool"),
)
"""One row per member and lobby of each division (``vote`` is ``aye`` or ``no``)."""
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "turns": COLUMNS,
    "divisions": DIVISION_COLUMNS,
    "votes": VOTE_COLUMNS,
}
"""The tables ``hansard-parse rows --table`` writes, with their columns."""
ROW_FORMATS = ("csv", "jsonl", "parquet")
NAME_SEPARATOR = "; "


def division_rows(document: Document, *, source: str | None = None) -> list[Row]:
    """One row per division of ``document`` (see :data:`DIVISION_COLUMNS`)."""
    finder = _Divisions()
    finder.visit(document)
    house = document_house(document)
    rows: list[Row] = []
    for division, sections, division_id in finder.found:
        rows.append(
            {
                "document": source,
                "date": document.date,
                "house": house,
                "section": SECTION_SEPARATOR.join(sections) if sections else None,
                "division_id": division_id,
                "number": division.number,
                "time": division.time,
                "ayes": division.ayes,
                "noes": division.noes,
                "ayes_names": NAME_SEPARATOR.join(division.ayes_names),
                "noes_names": NAME_SEPARATOR.join(division.noes_names),
                "ayes_tellers": NAME_SEPARATOR.join(division.ayes_tellers),
                "noes_tellers": NAME_SEPARATOR.join(division.noes_tellers),
                "start_line": division.span.start_line,
                "end_line": division.span.end_line,
            }
        )
    return rows


def vote_rows(document: Document, *, source: str | None = None) -> list[Row]:
    """One row per member and lobby of every division (see :data:`VOTE_COLUMNS`)."""
    finder = _Divisions()
    finder.visit(document)
    house = document_house(document)
    rows: list[Row] = []
    for division, _sections, division_id in finder.found:
        lobbies = (
            ("aye", division.ayes_names, False),
            ("aye", division.ayes_tellers, True),
            ("no", division.noes_names, False),
            ("no", division.noes_tellers, True),
        )
        for vote, names, teller in lobbies:
            rows.extend(
                {
                    "document": source,
                    "date": document.date,
                    "house": house,
                    "division_id": division_id,
                    "vote": vote,
                    "name": name,
                    "teller": teller,
                }
                for name in names
            )
    return rows


class _Divisions(Visitor):
    """Divisions with their section path and an id: House, date, then the division number
    (or the position among the day's divisions where none is printed)."""

    def __init__(self) -> None:
        self.found: list[tuple[Division, tuple[str, ...], str]] = []
        self._sections: list[str] = []
        self._document: Document | None = None

    def visit_document(self, node: Document) -> None:
        self._document = node

    def visit_section(self, node: Section) -> None:
        self._sections.append(node.title)

    def leave_section(self, node: Section) -> None:
        self._sections.pop()

    def visit_division(self, node: Division) -> bool:
        document = self._document
        sitting = Sitting(
            date=document.date if document else None,
            house=document_house(document) if document else None,
        )
        anchor = f"division-{slug(node.number)}" if node.number else f"division@{len(self.found) + 1}"
        division_id = f"{sitting.house or 'house'}/{sitting.date or 'undated'}/{anchor}"
        self.found.append((node, tuple(self._sections), division_id))
        return False


def table_rows(table: str, document: Document, *, source: str | None = None) -> list[Row]:
    """The rows of one of :data:`TABLES` for ``document``."""
    if table == "turns":
        return contribution_rows(document, source=source)
    if table == "divisions":
        return division_rows(document, source=source)
    if table == "votes":
        return vote_rows(document, source=source)
    raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")


class RowWriter:
    """Writes rows of one table, file after file, to one output in CSV, JSON Lines or Parquet.

    Rows are written as each file is parsed (a Parquet row group per file), so a folder of
    sittings never sits in memory at once. CSV and JSON Lines go to a text stream; Parquet
    needs a path (it is written at the end of the file, after the data).
    """

    def __init__(self, fmt: str, columns: tuple[tuple[str, str], ...], out: IO[str] | str) -> None:
        if fmt not in ROW_FORMATS:
            raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(ROW_FORMATS)}")
        self.fmt = fmt
        self.columns = columns
        self.names = [name for name, _ in columns]
        self._parquet: Any = None
        self._csv: csv.DictWriter[str] | None = None
        if fmt == "parquet":
            if not isinstance(out, str):
                raise ValueError("Parquet output needs a file: give -o FILE")
            pa = require("pyarrow", "tabular")
            parquet = require("pyarrow.parquet", "tabular")
            types = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64(),
                     "bool": pa.bool_()}
            self._schema = pa.schema([(name, types[kind]) for name, kind in columns])
            self._parquet = parquet.ParquetWriter(out, self._schema)
            self._pa = pa
        else:
            if isinstance(out, str):
                raise ValueError("CSV and JSON Lines are written to a text stream")
            self._out = out
            if fmt == "csv":
                self._csv = csv.DictWriter(out, fieldnames=self.names, lineterminator="\n")
                self._csv.writeheader()

    def write(self, rows: Iterable[Row]) -> None:
        """Write one file's rows."""
        batch = list(rows)
        if self._parquet is not None:
            table = self._pa.Table.from_pylist(batch, schema=self._schema)
            self._parquet.write_table(table)
        elif self._csv is not None:
            self._csv.writerows(batch)
        else:
            for row in batch:
                self._out.write(orjson.dumps(row).decode())
                self._out.write("\n")

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        else:
            self._out.flush()


def write_rows(
    documents: Iterable[tuple[str, Document]],
    table: str,
    fmt: str,
    out: IO[str] | str,
) -> int:
    """Write the ``table`` rows of each (source, document) in turn to ``out`` (a text stream,
    or a path for Parquet); returns the row count."""
    writer = RowWriter(fmt, TABLES[table], out)
    count = 0
    try:
        for source, document in documents:
            rows = table_rows(table, document, source=source)
            writer.write(rows)
            count += len(rows)
    finally:
        writer.close()
    return count


def iter_files(paths: Iterable[str]) -> Iterator[Path]:
    """The files of ``paths`` in order: a file as given, a folder's ``*.txt`` (recursively)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


__all__ = [
    "DIVISION_COLUMNS",
    "ROW_FORMATS",
    "TABLES",
    "VOTE_COLUMNS",
    "RowWriter",
    "division_rows",
    "iter_files",
    "table_rows",
    "vote_rows",
    "write_rows",
]
