"""The Textual browser, driven headless by Textual's own harness (``App.run_test`` and Pilot):
open, search, the next turn by the same speaker, the filter by kind, the speaker index."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from helpers import EXAMPLES

from hansard_parse import Contribution, Document, parse_file

pytest.importorskip("textual", reason="the browser needs the 'browse' extra (textual)")

from textual.pilot import Pilot
from textual.widgets import Static, Tree

from hansard_parse.browse import SittingBrowser
from hansard_parse.viewer import speaker_text

ORAL = EXAMPLES / "oral_questions.print.txt"


def drive(document: Document, script: Callable[[SittingBrowser, Pilot[Any]], Awaitable[None]]) -> None:
    """Run ``script`` against a headless browser on ``document``."""

    async def session() -> None:
        app = SittingBrowser(document, title="oral questions")
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await script(app, pilot)

    asyncio.run(session())


def pane(app: SittingBrowser) -> str:
    return str(app.query_one("#turn", Static).render())


@pytest.fixture(scope="module")
def oral() -> Document:
    return parse_file(ORAL)


def test_opens_on_the_first_turn_with_the_outline_of_sections(oral: Document) -> None:
    async def script(app: SittingBrowser, pilot: Pilot[Any]) -> None:
        first = next(oral.find_all(Contribution))
        assert app.current == first
        assert len(app.turns) == len(list(oral.find_all(Contribution)))
        tree = app.query_one("#outline", Tree)
        sections = [str(node.label) for node in tree.root.children]
        assert sections == ["Business Before Questions", "Justice"]
        shown = pane(app)
        assert "Andrew Western" in shown and "question" in shown
        assert "number  1 [UIN 904342]" in shown
        assert "Justice › Violence against Women and Girls" in shown
        assert "What steps his Department is taking" in shown
        await pilot.press("down")
        await pilot.pause()
        assert app.current is not None and speaker_text(app.current) == "Dominic Raab"
        assert "zero-tolerance approach" in pane(app)

    drive(oral, script)


def test_search_goes_to_the_next_turn_holding_the_words(oral: Document) -> None:
    async def script(app: SittingBrowser, pilot: Pilot[Any]) -> None:
        await pilot.press("slash", *"Running On Empty", "enter")
        assert app.current is not None
        assert speaker_text(app.current) == "Afzal Khan"
        assert "running on empty" in pane(app)
        await pilot.press("slash", *"running on empty", "enter")
        assert speaker_text(app.current) == "Mike Freer"  # the minister quotes him
        assert app.query_one("#outline", Tree).has_focus

    drive(oral, script)


def test_n_jumps_to_the_next_turn_by_the_same_speaker(oral: Document) -> None:
    async def script(app: SittingBrowser, pilot: Pilot[Any]) -> None:
        await pilot.press("slash", *"I call the shadow Minister", "enter")
        chair = app.current
        assert chair is not None and speaker_text(chair) == "Lindsay Hoyle"
        await pilot.press("n")
        after = app.current
        assert after is not None and speaker_text(after) == "Lindsay Hoyle"
        assert "I call the Chair of the Justice Committee." in pane(app)
        turns = app.turns
        between = turns[app.positions[id(chair)] + 1 : app.positions[id(after)]]
        assert between and all(speaker_text(t) != "Lindsay Hoyle" for t in between)
        hoyle = [t for t in turns if speaker_text(t) == "Lindsay Hoyle"]
        for _ in range(len(hoyle) - 1):  # round to the first again
            await pilot.press("n")
        assert app.current is chair

    drive(oral, script)


def test_k_filters_the_outline_by_kind(oral: Document) -> None:
    async def script(app: SittingBrowser, pilot: Pilot[Any]) -> None:
        await pilot.press("k")
        assert app.kind == "answer"
        answers = [c for c in oral.find_all(Contribution) if c.TYPE == "answer"]
        assert app.turns == answers
        assert app.current is not None and app.current.TYPE == "answer"
        await pilot.press("k")
        assert app.kind == "chair" and {t.TYPE for t in app.turns} == {"chair"}
        for _ in range(len(app.kinds) - 2):
            await pilot.press("k")
        assert app.kind is None and len(app.turns) == len(list(oral.find_all(Contribution)))

    drive(oral, script)


def test_speaker_index_lists_counts_and_goes_to_the_first_turn(oral: Document) -> None:
    async def script(app: SittingBrowser, pilot: Pilot[Any]) -> None:
        await pilot.press("s")
        from textual.widgets import OptionList

        index = app.query_one("#speakers", OptionList)
        assert index.has_focus
        first = str(index.get_option_at_index(0).prompt)
        freer = sum(1 for c in oral.find_all(Contribution) if speaker_text(c) == "Mike Freer")
        assert first == f"Mike Freer ({freer})"
        await pilot.press("enter")
        assert app.current is not None and speaker_text(app.current) == "Mike Freer"
        assert app.current.number is None and "zero-tolerance" not in pane(app)
        assert not index.has_class("shown")

    drive(oral, script)


def test_escape_closes_the_search_line(oral: Document) -> None:
    async def script(app: SittingBrowser, pilot: Pilot[Any]) -> None:
        first = app.current
        await pilot.press("slash", *"legal", "escape")
        assert not app.query_one("#search").has_class("shown")
        assert app.query_one("#outline", Tree).has_focus and app.current is first

    drive(oral, script)


def test_footer_shows_the_keys(oral: Document) -> None:
    async def script(app: SittingBrowser, pilot: Pilot[Any]) -> None:
        keys = {
            binding.key: binding.description
            for binding in app.BINDINGS
            if binding.show  # type: ignore[union-attr]
        }
        assert keys == {
            "slash": "Search", "n": "Next by speaker", "k": "Filter kind", "s": "Speakers",
            "q": "Quit",
        }
        from textual.widgets import Footer

        assert app.query_one(Footer).display

    drive(oral, script)


def test_without_textual_browse_says_how_to_install_it() -> None:
    """In a fresh interpreter where ``import textual`` fails, as it does without the extra."""
    blocked = (
        "import sys; sys.modules['textual'] = None; "
        "from hansard_parse.cli import main; sys.exit(main(['browse', sys.argv[1]]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", blocked, str(ORAL)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "needs Textual" in done.stderr and "pip install 'hansard-parse[browse]'" in done.stderr
