"""The Rich viewer: speakers named, source text shown literally (never read as markup), depth."""

from __future__ import annotations

import io

import pytest
from helpers import FIXTURES, words
from rich.console import Console

from hansard_parse import Document, Node, parse, parse_file, to_rich_tree


def render(node: Node, **options: int | None) -> str:
    console = Console(record=True, width=100, color_system=None, file=io.StringIO())
    console.print(to_rich_tree(node, **options))  # type: ignore[arg-type]
    return console.export_text()


@pytest.fixture(scope="module")
def topical() -> Document:
    return parse_file(FIXTURES / "topical_questions.print.txt")


def test_tree_names_the_document_layout_and_speakers(topical: Document) -> None:
    shown = render(topical)
    assert shown.splitlines()[0] == "document (print layout, commons)"
    assert "question T1. Neil Hudson" in shown
    assert "answer Dominic Raab" in shown
    assert "chair Lindsay Hoyle" in shown
    assert "section Topical Questions" in shown


def test_interruption_is_shown_literally(topical: Document) -> None:
    shown = render(topical)
    assert "interjection [interruption] [Interruption.]" in shown


def test_markup_in_the_source_is_not_interpreted() -> None:
    doc = parse(
        "Jane Smith (Anytown) (Lab): I say [bold red]this[/bold red] and [link=x]that[/link].\n"
        "Mr Speaker: Order. [Interruption.] Order.\n"
    )
    shown = render(doc)
    assert "[bold red]this[/bold red]" in shown
    assert "[link=x]that[/link]" in shown
    assert "[Interruption.]" in shown
    assert "speech Jane Smith" in shown and "chair Mr Speaker" in shown


def test_markup_in_a_speaker_name_or_heading_is_not_interpreted() -> None:
    doc = parse(
        "Prisoners [bold]Skills[/bold]\nMr Speaker: Order.\nJane Smith (Anytown) (Lab): Agreed.\n"
    )
    shown = render(doc)
    assert "[bold]Skills[/bold]" in shown


def test_depth_limits_levels(topical: Document) -> None:
    full = render(topical)
    one = render(topical, depth=1)
    two = render(topical, depth=2)
    assert one.splitlines() == [
        "document (print layout, commons)",
        "└── section Topical Questions",
        "    └── … 21 more",  # the fixture's 21 exchanges
    ]
    assert "exchange" in two and "Neil Hudson" not in two
    assert "Neil Hudson" in full
    assert len(one.splitlines()) < len(two.splitlines()) < len(full.splitlines())


def test_depth_zero_shows_the_root_and_how_much_it_hides(topical: Document) -> None:
    assert render(topical, depth=0).splitlines() == ["document (print layout, commons)", "└── … 1 more"]


def test_width_shortens_text_and_none_shows_it_all(topical: Document) -> None:
    short = render(topical, width=40)
    full = render(topical, width=None)
    assert "…" in short
    assert "reduce the harms of tobacco smoking" not in short
    assert "reduce the harms of tobacco smoking" in words(full)


def test_a_subtree_renders_on_its_own(topical: Document) -> None:
    from hansard_parse import Exchange

    exchange = topical.find(Exchange)
    assert exchange is not None
    shown = render(exchange)
    assert shown.splitlines()[0] == "exchange"
    assert "question T1. Neil Hudson" in shown and "answer Dominic Raab" in shown


def test_prose_shows_boilerplate() -> None:
    shown = render(parse_file(FIXTURES / "prose_002.txt"))
    assert shown.splitlines()[0] == "document (prose layout, commons)"
    assert "boilerplate READ MORE: Major change to football ticket laws" in shown
    assert "question" not in shown


def test_floor_language_and_time_markers_are_shown() -> None:
    text = (
        "Ms. Hana Kowalski (Lakeview North, NDP): Mr. Speaker, the wharf is falling apart.\n"
        "(1425)\n[Translation]\n"
        "Mr. Paul Okafor (Riverbend, Lib.): Mr. Speaker, it will be repaired.\n"
    )
    shown = render(parse(text, house="canada"))
    assert "floor_language [Translation]" in shown
    assert "time (1425)" in shown
