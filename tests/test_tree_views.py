"""The terminal tree of a whole sitting: filters with their section paths, ``… N more``, line
numbers, references on request, exact width, readable styles, and streaming by section."""

from __future__ import annotations

import io
import itertools
import re
from pathlib import Path

import pytest
from helpers import EXAMPLES, FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.style import Style
from rich.text import Text

from hansard_parse import Contribution, Document, parse, parse_file
from hansard_parse.cli import main
from hansard_parse.view import Enter, Leave, More, Selection, walk_view
from hansard_parse.viewer import STYLES, printable, tree_lines

ORAL = str(EXAMPLES / "oral_questions.print.txt")
MARKUP = str(FIXTURES / "markup_in_speech.print.txt")
TURN = re.compile(
    r"(question|supplementary_question|answer|statement|speech|intervention|point_of_order|chair)"
    r" (?:\S+\. )?(.+)$"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def turn_lines(out: str) -> list[tuple[str, str]]:
    """(type, speaker) of every turn line of a printed tree."""
    found = []
    for line in out.splitlines():
        body = line.lstrip(" 0123456789│├└─")
        match = TURN.match(body)
        if match:
            found.append((match.group(1), match.group(2)))
    return found


@pytest.fixture(scope="module")
def oral() -> Document:
    return parse_file(ORAL)


def test_speaker_filter_shows_only_his_turns_with_their_sections(
    capsys: pytest.CaptureFixture[str], oral: Document
) -> None:
    code, out, _ = run(capsys, "tree", "--speaker", "Dominic Raab", ORAL)
    assert code == 0
    turns = turn_lines(out)
    raab = [c for c in oral.find_all(Contribution) if c.speaker and c.speaker.name == "Dominic Raab"]
    assert turns == [("answer", "Dominic Raab")] * len(raab)
    lines = out.splitlines()
    assert lines[1] == "├── section Justice"
    assert lines[2] == "│   ├── section Violence against Women and Girls"
    assert "section Legal Aid" not in out  # he does not answer there
    assert "… 6 more" in out  # Justice's other question topics and its opening line


def test_type_filter_keeps_only_those_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "tree", "--type", "question,chair", ORAL)
    kinds = {kind for kind, _ in turn_lines(out)}
    assert kinds == {"question", "chair"}
    assert "question 1. Andrew Western" in out and "chair Lindsay Hoyle" in out


def test_grep_and_section_filters_combine(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "tree", "--section", "legal aid", "--grep", "RUNNING ON EMPTY", ORAL)
    assert turn_lines(out) == [("supplementary_question", "Afzal Khan"), ("answer", "Mike Freer")]
    assert "section Legal Aid" in out and "section Family Courts" not in out


def test_a_filter_that_matches_nothing_shows_the_header_and_what_it_hid(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "tree", "--speaker", "Nobody Of That Name", ORAL)
    assert code == 0
    assert out.splitlines() == ["document (print layout, commons)", "└── … 2 more"]


def test_unknown_type_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["tree", "--type", "question,speeches", ORAL])
    assert stop.value.code == 2
    assert "unknown type 'speeches'" in capsys.readouterr().err


def test_line_numbers_are_the_source_lines(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "tree", "--lines", ORAL)
    source = Path(ORAL).read_text(encoding="utf-8").splitlines()
    checked = 0
    for line in out.splitlines()[1:]:
        number, _, rest = line.strip().partition(" ")
        match = TURN.match(rest.lstrip(" │├└─"))
        if number.isdigit() and match:
            assert match.group(2).split(" (")[0] in source[int(number) - 1]
            checked += 1
    assert checked > 40


def test_references_are_hidden_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    _, plain, _ = run(capsys, "tree", MARKUP)
    _, with_refs, _ = run(capsys, "tree", "--references", MARKUP)
    assert "reference" not in plain
    assert "reference the hon. Member for Anytown (Jane Smith)" in with_refs


def test_lines_fill_80_columns_exactly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = run(capsys, "tree", ORAL)
    lines = out.splitlines()
    cut = [line for line in lines if line.endswith("…")]
    assert cut and all(Text(line).cell_len == 80 for line in cut)
    assert max(Text(line).cell_len for line in lines) == 80
    # the words shown are the paragraph's own words, up to the last column
    assert "    │   │   │   └── paragraph What steps his Department is taking to reform the…" in lines


def test_text_option_wraps_under_the_guides(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    _, out, _ = run(capsys, "tree", "--text", "--speaker", "Afzal Khan", ORAL)
    lines = out.splitlines()
    assert all(Text(line).cell_len <= 60 for line in lines)
    assert "│   │   │   │       our criminal justice system, and it is" in lines
    joined = " ".join(line.lstrip(" │├└─") for line in lines)
    assert "When will the Lord Chancellor meet Bellamy’s recommendations in full?" in joined


def test_no_color_prints_no_escape_codes_and_color_does(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, coloured, _ = run(capsys, "tree", ORAL)
    _, plain, _ = run(capsys, "tree", "--no-color", ORAL)
    assert "\x1b[" in coloured
    assert "\x1b" not in plain
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_styles_read_on_light_and_dark_terminals() -> None:
    unreadable = {"white", "bright_white", "black", "bright_black", "yellow", "bright_yellow"}
    for kind, style in STYLES.items():
        colour = Style.parse(style).color
        assert colour is None or colour.name not in unreadable, kind


def test_control_characters_are_escaped_c0_del_and_c1() -> None:
    assert printable("a\x1b[2Jb\x07c\x7fd\x85e\x9bf") == "a\\x1b[2Jb\\x07c\\x7fd\\x85e\\x9bf"
    doc = parse("Jane Smith (Anytown) (Lab): Look \x1b]0;title\x07 here\x9b31m now.\n")
    shown = "\n".join(line.plain for line in tree_lines(doc))
    assert "Look \\x1b]0;title\\x07 here\\x9b31m now." in shown
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", shown)


def test_header_shows_layout_and_any_house_and_date(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "tree", "--depth", "1", ORAL)
    header = out.splitlines()[0]
    doc = parse_file(ORAL)
    details = ("print layout", doc.house, getattr(doc, "date", None))
    expected = f"document ({', '.join(str(value) for value in details if value)})"
    assert header == expected


def test_streamed_tree_equals_the_tree_of_the_whole_parse(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    """A file is shown piece by piece (small pieces here); standard input is parsed whole."""
    import sys

    from hansard_parse import cli_views

    text = (FIXTURES / "official_report_2011.print.txt").read_text(encoding="utf-8")
    text += (EXAMPLES / "oral_questions.print.txt").read_text(encoding="utf-8")
    path = Path(str(tmp_path)) / "two_sittings.print.txt"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(cli_views, "STREAM_CHUNK", 2048)
    _, streamed, _ = run(capsys, "tree", "--lines", str(path))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    _, whole, _ = run(capsys, "tree", "--lines", "-")
    assert streamed == whole
    assert len(re.findall(r"^ +\d+ [├└]── section", streamed, flags=re.MULTILINE)) >= 4


def test_missing_and_empty_files_are_clear_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    code, _, err = run(capsys, "tree", str(Path(str(tmp_path)) / "nope.txt"))
    assert code == 2 and "no such file" in err
    empty = Path(str(tmp_path)) / "blank.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    code, _, err = run(capsys, "tree", str(empty))
    assert code == 2 and "is empty" in err


SPEAKERS = sorted(
    {c.speaker.name for c in parse_file(ORAL).find_all(Contribution) if c.speaker and c.speaker.name}
)


@settings(max_examples=25, deadline=None)
@given(
    name=st.sampled_from(SPEAKERS),
    depth=st.one_of(st.none(), st.integers(min_value=0, max_value=6)),
)
def test_walk_shows_exactly_the_matching_turns_and_counts_the_rest(
    name: str, depth: int | None
) -> None:
    doc = parse_file(ORAL)
    steps = list(walk_view(doc, selection=Selection(speaker=name), depth=depth))
    shown = [s.node for s in steps if isinstance(s, Enter) and isinstance(s.node, Contribution)]
    if depth is None:
        wanted = [c for c in doc.find_all(Contribution) if c.speaker and name in c.speaker.label]
        assert shown == wanted
    assert all(c.speaker is not None and name in c.speaker.label for c in shown)
    # every Enter is balanced by a Leave, and a More line is always the last of its siblings
    assert sum(isinstance(s, Enter) for s in steps) == sum(isinstance(s, Leave) for s in steps)
    for before, after in itertools.pairwise(steps):
        if isinstance(before, More):
            assert not isinstance(after, Enter) or after.depth < before.depth


def test_rich_tree_and_streamed_lines_draw_the_same_tree(oral: Document) -> None:
    from hansard_parse import to_rich_tree

    console = Console(record=True, width=90, color_system=None, file=io.StringIO())
    selection = Selection(kinds={"question"})
    console.print(to_rich_tree(oral, width=90, selection=selection))
    drawn = console.export_text().splitlines()
    assert drawn == [line.plain for line in tree_lines(oral, width=90, selection=selection)]


@settings(max_examples=30, deadline=None)
@given(width=st.integers(min_value=40, max_value=160), numbers=st.sampled_from([0, 5]))
def test_every_line_fits_the_width_and_cut_lines_fill_it(width: int, numbers: int) -> None:
    lines = list(tree_lines(parse_file(ORAL), width=width, numbers=numbers))
    assert all(line.cell_len <= width for line in lines)
    assert all(line.cell_len == width for line in lines if line.plain.endswith("…"))
