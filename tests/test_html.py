"""The web page: one self-contained file, a turn per ``<article>`` with an anchor, speakers
indexed, text escaped; loaded in a real headless browser (Debian's ``chromium``)."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import EXAMPLES, FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st

from hansard_parse import Contribution, Document, parse, parse_file
from hansard_parse.cli import main
from hansard_parse.html import to_html

ORAL = EXAMPLES / "oral_questions.print.txt"
MARKUP = FIXTURES / "markup_in_speech.print.txt"
CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium on PATH: install Debian's 'chromium' package (.ci/run does when root)",
)


class Page(HTMLParser):
    """What the tests read from a page: elements by tag and class, ids, links, text."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.title = ""
        self._tag = ""
        self.feed(markup)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._tag = tag

    def handle_endtag(self, tag: str) -> None:
        self._tag = ""

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._tag == "title":
            self.title += data

    def having(self, tag: str, cls: str | None = None) -> list[dict[str, str]]:
        return [
            attrs for name, attrs in self.elements
            if name == tag and (cls is None or cls in attrs.get("class", "").split())
        ]


def browser(*options: str, url: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *options,
         url],
        capture_output=True, text=True, timeout=180, check=True,
    )


@pytest.fixture(scope="module")
def oral() -> Document:
    return parse_file(ORAL)


def test_one_article_per_turn_with_speaker_details_and_anchor(oral: Document) -> None:
    page = Page(to_html(oral, title="oral questions"))
    turns = list(oral.find_all(Contribution))
    articles = page.having("article", "turn")
    assert len(articles) == len(turns)
    assert [a["class"].split()[1] for a in articles] == [t.TYPE for t in turns]
    ids = [a["id"] for a in articles]
    assert len(set(ids)) == len(ids)
    assert [int(a["data-line"]) for a in articles] == [t.span.start_line for t in turns]


def test_speaker_index_links_every_turn_once(oral: Document) -> None:
    page = Page(to_html(oral))
    ids = {a["id"] for a in page.having("article", "turn")}
    links = [a["href"][1:] for a in page.having("a") if a.get("href", "").startswith("#turn-")]
    index_links = links[: len(links) - len(ids)]  # each turn's own speaker link comes after
    assert sorted(index_links) == sorted(ids)
    assert "Mike Freer" in "".join(page.text)


def test_sections_are_collapsible_and_procedure_and_notes_styled_apart() -> None:
    page = Page(to_html(parse_file(MARKUP)))
    sections = page.having("details", "section")
    assert len(sections) == 3 and all("open" in s for s in sections)
    assert len(page.having("div", "procedural")) == 2
    assert page.having("span", "interjection")
    assert page.having("span", "number")
    assert [a["class"] for a in page.having("article")] == [
        "turn question", "turn answer", "turn supplementary_question", "turn answer", "turn speech",
    ]


def test_party_and_constituency_are_shown() -> None:
    doc = parse(
        "Schools\n"
        "1. [900100] Jane Smith (Anytown) (Lab): Will she act on school buildings?\n"
        "The Minister for Schools (Sam Jones): We are acting.\n"
    )
    page = to_html(doc)
    assert '<span class="constituency">(Anytown)</span>' in page
    assert '<span class="party">(Lab)</span>' in page
    assert '<span class="office">The Minister for Schools</span>' in page


def test_markup_in_a_speech_is_escaped_and_controls_written_out() -> None:
    page = to_html(parse_file(MARKUP))
    assert '&lt;script&gt;document.title = &quot;owned&quot;&lt;/script&gt;' in page
    assert "&lt;b&gt;bold&lt;/b&gt; claims &amp;" in page
    assert "<script" not in page and "<img" not in page
    controlled = to_html(parse("Jane Smith (Anytown) (Lab): Bell\x07 and \x9b here.\n"))
    assert "Bell\\x07 and \\x9b here." in controlled


def test_page_is_self_contained_and_print_friendly(oral: Document) -> None:
    page = to_html(oral)
    assert "@media print" in page
    for external in ("<link", "src=", "@import", "url(", "http://", "https://"):
        assert external not in page


def test_html_command_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sitting.html"
    assert main(["html", str(ORAL), "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    written = target.read_text(encoding="utf-8")
    assert written.startswith("<!DOCTYPE html>")
    assert main(["html", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


@needs_chromium
def test_chromium_renders_one_element_per_turn(tmp_path: Path, oral: Document) -> None:
    target = tmp_path / "oral.html"
    assert main(["html", str(ORAL), "-o", str(target)]) == 0
    dom = Page(browser("--dump-dom", url=target.as_uri()).stdout)
    turns = list(oral.find_all(Contribution))
    articles = dom.having("article", "turn")
    assert len(articles) == len(turns)
    assert len({a["id"] for a in articles}) == len(turns)
    targets = {a["href"][1:] for a in dom.having("a") if a.get("href", "").startswith("#")}
    assert targets <= {a["id"] for a in articles}


@needs_chromium
def test_chromium_keeps_a_script_in_a_speech_as_text(tmp_path: Path) -> None:
    target = tmp_path / "markup.html"
    assert main(["html", str(MARKUP), "-o", str(target)]) == 0
    dom = Page(browser("--dump-dom", url=target.as_uri()).stdout)
    assert not dom.having("script") and not dom.having("img") and not dom.having("b")
    shown = "".join(dom.text)
    assert 'run <script>document.title = "owned"</script> in a reader' in shown
    assert dom.title == "commons"  # the page's own title (its House): the script never ran


@needs_chromium
def test_chromium_takes_a_screenshot(tmp_path: Path) -> None:
    target = tmp_path / "oral.html"
    shot = tmp_path / "oral.png"
    assert main(["html", str(ORAL), "-o", str(target)]) == 0
    browser(f"--screenshot={shot}", "--window-size=1000,1400", url=target.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a page of text, not a blank canvas


MARKUP_CHARS = st.text(
    alphabet=st.sampled_from(list("<>&\"'/=ab scrip t\x07\x1b\x85\x9b")), min_size=1, max_size=40
)


@settings(max_examples=40, deadline=None)
@given(words=MARKUP_CHARS)
def test_any_text_in_a_speech_stays_text(words: str) -> None:
    doc = parse(f"Jane Smith (Anytown) (Lab): Before {words} after.\nMr Speaker: Order.\n")
    page = Page(to_html(doc))
    turns = list(doc.find_all(Contribution))
    assert len(page.having("article", "turn")) == len(turns)
    named = sum(1 for turn in turns if turn.speaker is not None)
    assert len(page.having("a")) == 2 * named  # the index's link and the turn's own, no more
    for tag in ("script", "img", "b", "iframe", "style"):
        assert len(page.having(tag)) == (1 if tag == "style" else 0)
