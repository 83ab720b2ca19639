"""hansard_parse: read Hansard-style parliamentary text into a typed, lossless tree.

>>> doc = parse("Mr Speaker: Order.\\nJane Smith (Anytown) (Lab): Will the Minister agree?\\n")
>>> [c.speaker.name for c in doc.find_all(Contribution)]
['Mr Speaker', 'Jane Smith']
>>> doc.source_text() == "Mr Speaker: Order.\\nJane Smith (Anytown) (Lab): Will the Minister agree?\\n"
True
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import DecodeError, HansardError, HansardSyntaxError, JSONFormatError
from .members import Members
from .nodes import (
    Answer,
    Blank,
    Block,
    Boilerplate,
    Chair,
    ChairChange,
    Column,
    Container,
    Contribution,
    Diagnostic,
    Division,
    Document,
    Exchange,
    FloorLanguage,
    Heading,
    Interjection,
    Intervention,
    Label,
    Leaf,
    MemberList,
    Narrative,
    Node,
    Paragraph,
    PointOfOrder,
    Procedural,
    Question,
    Reference,
    Section,
    Sentence,
    Span,
    Speaker,
    Speech,
    Statement,
    SupplementaryQuestion,
    Table,
    Text,
    Time,
    Unparsed,
    same_structure,
)
from .parser import parse, parse_file
from .rows import division_rows, vote_rows
from .serialize import from_json, to_dict, to_json
from .speakers import parse_label
from .streaming import iter_parse
from .tabular import contribution_rows, to_dataframe, write_csv, write_parquet
from .visit import Ancestry, Visitor, find_ancestor, node_path, transform

if TYPE_CHECKING:
    from .batch import run_batch
    from .viewer import to_rich_tree

_LAZY = {"run_batch": "batch", "to_rich_tree": "viewer"}
"""Public names whose modules load only when first used: batch runs pull in process pools
and the viewer pulls in Rich, which a script that only parses should not pay for."""


def __getattr__(name: str) -> Any:
    """Import :data:`_LAZY` names on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "Ancestry",
    "Answer",
    "Blank",
    "Block",
    "Boilerplate",
    "Chair",
    "ChairChange",
    "Column",
    "Container",
    "Contribution",
    "DecodeError",
    "Diagnostic",
    "Division",
    "Document",
    "Exchange",
    "FloorLanguage",
    "HansardError",
    "HansardSyntaxError",
    "Heading",
    "Interjection",
    "Intervention",
    "JSONFormatError",
    "Label",
    "Leaf",
    "MemberList",
    "Members",
    "Narrative",
    "Node",
    "Paragraph",
    "PointOfOrder",
    "Procedural",
    "Question",
    "Reference",
    "Section",
    "Sentence",
    "Span",
    "Speaker",
    "Speech",
    "Statement",
    "SupplementaryQuestion",
    "Table",
    "Text",
    "Time",
    "Unparsed",
    "Visitor",
    "__version__",
    "contribution_rows",
    "division_rows",
    "find_ancestor",
    "from_json",
    "iter_parse",
    "node_path",
    "parse",
    "parse_file",
    "parse_label",
    "run_batch",
    "same_structure",
    "to_dataframe",
    "to_dict",
    "to_json",
    "to_rich_tree",
    "transform",
    "vote_rows",
    "write_csv",
    "write_parquet",
]
