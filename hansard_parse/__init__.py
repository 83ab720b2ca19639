"""hansard_parse: read Hansard-style parliamentary text into a typed, lossless tree.

>>> doc = parse("Mr Speaker: Order.\\nJane Smith (Anytown) (Lab): Will the Minister agree?\\n")
>>> [c.speaker.name for c in doc.find_all(Contribution)]
['Mr Speaker', 'Jane Smith']
>>> doc.source_text() == "Mr Speaker: Order.\\nJane Smith (Anytown) (Lab): Will the Minister agree?\\n"
True
"""

from ._version import __version__
from .batch import run_batch
from .errors import HansardError, HansardSyntaxError
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
    Heading,
    Interjection,
    Intervention,
    Label,
    Leaf,
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
    Text,
    Time,
    Unparsed,
)
from .parser import parse, parse_file
from .rows import division_rows, vote_rows
from .serialize import from_json, to_dict, to_json
from .speakers import parse_label
from .streaming import iter_parse
from .tabular import contribution_rows, to_dataframe, write_csv, write_parquet
from .viewer import to_rich_tree
from .visit import Ancestry, Visitor, find_ancestor, node_path, transform

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
    "Diagnostic",
    "Division",
    "Document",
    "Exchange",
    "HansardError",
    "HansardSyntaxError",
    "Heading",
    "Interjection",
    "Intervention",
    "Label",
    "Leaf",
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
    "to_dataframe",
    "to_dict",
    "to_json",
    "to_rich_tree",
    "transform",
    "vote_rows",
    "write_csv",
    "write_parquet",
]
