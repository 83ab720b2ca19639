"""One row per contribution: the tree flattened for analysis in pandas, Arrow, SQL or a spreadsheet.

A row says where a turn sits (source, section path, exchange), who spoke (the speaker's
fields spread into columns), what kind of turn it is, its words and its span, so a corpus of
many sittings becomes one table. Rows are plain dicts with the same keys in :data:`COLUMNS`
order; CSV needs only the standard library, while pandas and pyarrow are optional
(``pip install -e '.[tabular]'`` in the checkout) and imported only when used.
"""

from __future__ import annotations

import csv
import importlib
import itertools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .nodes import Contribution, Document, Exchange, Section
from .visit import Visitor

if TYPE_CHECKING:  # pandas is an optional extra: imported for the type only
    import pandas as pd

Row = dict[str, Any]

COLUMNS: tuple[tuple[str, str], ...] = (
    ("document", "string"),
    ("date", "string"),
    ("house", "string"),
    ("section", "string"),
    ("section_level", "int64"),
    ("exchange", "int64"),
    ("exchange_id", "string"),
    ("turn_id", "string"),
    ("type", "string"),
    ("number", "string"),
    ("uin", "string"),
    ("speaker_key", "string"),
    ("person_id", "string"),
    ("speaker_name", "string"),
    ("speaker_office", "string"),
    ("speaker_constituency", "string"),
    ("speaker_party", "string"),
    ("speaker_role", "string"),
    ("speaker_label", "string"),
    ("column", "string"),
    ("time", "string"),
    ("text", "string"),
    ("cue", "string"),
    ("confidence", "double"),
    ("start", "int64"),
    ("end", "int64"),
    ("start_line", "int64"),
    ("end_line", "int64"),
)
"""Column names and their Arrow types, in row order (fixed, so files of a corpus concatenate)."""

COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in COLUMNS)
SECTION_SEPARATOR = " > "


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message names the extra that provides it."""

    @classmethod
    def for_module(cls, module: str, extra: str) -> MissingExtraError:
        return cls(
            f"{module} is not installed: pip install -e '.[{extra}]' in the hansard_parse checkout"
        )


def contribution_rows(document: Document, *, source: str | None = None) -> list[Row]:
    """One row per contribution of ``document``, in source order (see :data:`COLUMNS`).

    ``source`` fills the ``document`` column (a path or any name), so rows of many files can
    share one table. ``section`` is the titles of the enclosing sections joined by `` > ``
    (None outside any section); ``exchange`` numbers the document's exchanges from 0 and
    ``exchange_id`` is the id of the exchange's first turn (stable across edits elsewhere);
    ``date``, ``house``, ``turn_id``, ``column`` and ``speaker_key`` come from the sitting
    passes (:mod:`.enrich`), ``person_id`` from a members file where one was given.

    >>> from hansard_parse import parse
    >>> text = "Prisons\\nJane Smith (Anytown) (Lab): Will he act?\\nMr Speaker: Order.\\n"
    >>> row = contribution_rows(parse(text), source="day.txt")[0]
    >>> row["section"], row["speaker_name"], row["speaker_party"], row["text"]
    ('Prisons', 'Jane Smith', 'Lab', 'Will he act?')
    """
    turns = _Turns()
    turns.visit(document)
    sitting = {"date": document.date, "house": document_house(document)}
    return [
        _row(turn, sections, exchange, source, sitting)
        for turn, sections, exchange in turns.found
    ]


def document_house(document: Document) -> str | None:
    """The House the parser read for ``document``, where it reads one (``Document.house``)."""
    house = getattr(document, "house", None)
    return house if isinstance(house, str) else None


_Exchange = tuple[int | None, str | None]
"""An exchange's number in the document and its id (its first turn's id)."""


class _Turns(Visitor):
    """Collects each contribution with its enclosing sections and exchange number.

    A visitor rather than ``walk()``: a row needs its ancestors, which the visitor's
    ``visit_``/``leave_`` pairs keep as stacks while it descends.
    """

    def __init__(self) -> None:
        self.found: list[tuple[Contribution, tuple[Section, ...], _Exchange]] = []
        self._sections: list[Section] = []
        self._exchanges: list[_Exchange] = [(None, None)]
        self._numbers = itertools.count()

    def visit_section(self, node: Section) -> None:
        self._sections.append(node)

    def leave_section(self, node: Section) -> None:
        self._sections.pop()

    def visit_exchange(self, node: Exchange) -> None:
        first = node.find(Contribution)
        self._exchanges.append((next(self._numbers), first.id if first else None))

    def leave_exchange(self, node: Exchange) -> None:
        self._exchanges.pop()

    def visit_contribution(self, node: Contribution) -> bool:
        self.found.append((node, tuple(self._sections), self._exchanges[-1]))
        return False


def _row(
    turn: Contribution,
    sections: tuple[Section, ...],
    exchange: _Exchange,
    source: str | None,
    sitting: dict[str, str | None],
) -> Row:
    speaker = turn.speaker
    return {
        "document": source,
        "date": sitting["date"],
        "house": sitting["house"],
        "section": SECTION_SEPARATOR.join(s.title for s in sections) if sections else None,
        "section_level": sections[-1].level if sections else None,
        "exchange": exchange[0],
        "exchange_id": exchange[1],
        "turn_id": turn.id,
        "type": turn.TYPE,
        "number": turn.number,
        "uin": turn.uin,
        "speaker_key": speaker.key if speaker else None,
        "person_id": speaker.person_id if speaker else None,
        "speaker_name": speaker.name if speaker else None,
        "speaker_office": speaker.office if speaker else None,
        "speaker_constituency": speaker.constituency if speaker else None,
        "speaker_party": speaker.party if speaker else None,
        "speaker_role": speaker.role if speaker else None,
        "speaker_label": speaker.label if speaker else None,
        "column": turn.column,
        "time": turn.time,
        "text": contribution_text(turn),
        "cue": turn.cue,
        "confidence": turn.confidence,
        "start": turn.span.start,
        "end": turn.span.end,
        "start_line": turn.span.start_line,
        "end_line": turn.span.end_line,
    }


def contribution_text(turn: Contribution) -> str:
    """The turn's words without its label (:attr:`Contribution.text`)."""
    return turn.text


def to_dataframe(document: Document, *, source: str | None = None) -> pd.DataFrame:
    """The rows of :func:`contribution_rows` as a ``pandas.DataFrame`` (needs the ``tabular``
    extra).

    Columns use pandas' nullable dtypes (``string``, ``Int64``, ``Float64``), so a missing
    question number is ``<NA>`` and an exchange index stays an integer.
    """
    pandas = require("pandas", "tabular")
    frame = pandas.DataFrame(contribution_rows(document, source=source), columns=list(COLUMN_NAMES))
    dtypes = {"string": "string", "int64": "Int64", "double": "Float64"}
    typed: pd.DataFrame = frame.astype({name: dtypes[kind] for name, kind in COLUMNS})
    return typed


def arrow_schema() -> Any:
    """The ``pyarrow.Schema`` of the rows (typed explicitly: a column that is all None stays
    typed, so the files of a corpus concatenate)."""
    pa = require("pyarrow", "tabular")
    types = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def write_parquet(rows: Sequence[Row], path: str | os.PathLike[str]) -> None:
    """Write rows to a Parquet file with :func:`arrow_schema` (needs the ``tabular`` extra)."""
    pa = require("pyarrow", "tabular")
    parquet = require("pyarrow.parquet", "tabular")
    parquet.write_table(pa.Table.from_pylist(list(rows), schema=arrow_schema()), Path(path))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection)."""


def write_csv(
    rows: Sequence[Row], path: str | os.PathLike[str], *, escape_formulas: bool = True
) -> None:
    """Write rows to a UTF-8 CSV file with a header (standard library only).

    A missing value is an empty field, as pandas and pyarrow read it; CSV cannot tell it from
    an empty string (Python 3.11's ``csv`` has no ``QUOTE_NOTNULL``), so use Parquet where
    that matters. Fields are quoted only where needed (texts with commas, quotes, newlines).

    CSV files are opened in spreadsheets, which run a cell that starts like a formula
    (``=HYPERLINK(...)`` quoted in a speech); so by default a text cell starting with one of
    :data:`FORMULA_STARTS` gets a ``'`` in front, which spreadsheets show as text.
    ``escape_formulas=False`` writes every cell as it is (Parquet and JSON Lines always do).
    """
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMN_NAMES, lineterminator="\n")
        writer.writeheader()
        writer.writerows(map(neutralise_formulas, rows) if escape_formulas else rows)


def neutralise_formulas(row: Row) -> Row:
    """``row`` with a ``'`` before every text cell a spreadsheet would read as a formula.

    >>> neutralise_formulas({"text": "=1+1", "speaker_name": "Jane Smith", "start": -1})
    {'text': "'=1+1", 'speaker_name': 'Jane Smith', 'start': -1}
    """
    return {
        name: "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
        for name, value in row.items()
    }


def require(module: str, extra: str) -> Any:
    """Import an optional dependency, or raise :class:`MissingExtraError` naming its extra.

    Imported by name (and typed ``Any``): pandas and pyarrow stay optional, and mypy needs
    no stubs for them.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError.for_module(module, extra) from exc


__all__ = [
    "COLUMNS",
    "COLUMN_NAMES",
    "FORMULA_STARTS",
    "MissingExtraError",
    "arrow_schema",
    "contribution_rows",
    "contribution_text",
    "neutralise_formulas",
    "require",
    "to_dataframe",
    "write_csv",
    "write_parquet",
]
