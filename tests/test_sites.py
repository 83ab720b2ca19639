"""Websites: each site's page furniture, label shapes and sitting facts, read from its pages.

Every page under ``tests/fixtures/sites/`` (written in the project's own words, in the shapes
the sites give a reader who copies a debate) has a ``.expected.json`` beside it: the site,
layout, House and date the parser must find, every turn's speaker in order, and every line
that is page furniture. One table-driven test reads them all.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hansard_parse as hp
from hansard_parse.nodes import Boilerplate, Contribution, Heading, Sentence
from hansard_parse.sites import SITES, detect_site, get_site
from hansard_parse.source import split_lines

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "sites"
SITE_PAGES = sorted(p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json"))
"""Every site page with its expected reading."""


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return data


def _page(name: str) -> hp.Document:
    return hp.parse_file(PAGES / f"{name}.txt")


@pytest.mark.parametrize("name", SITE_PAGES)
def test_site_page_reads_as_expected(name: str) -> None:
    """The page's site, layout, House and date; every turn's speaker, in order; and exactly
    the furniture lines as boilerplate."""
    expected = _expected(name)
    document = _page(name)
    assert document.site == expected["site"]
    assert document.layout == expected["layout"]
    assert document.house == expected["house"]
    assert document.date == expected.get("date")
    assert document.volume == expected.get("volume")
    assert document.columns == expected.get("columns")
    turns = list(document.find_all(Contribution))
    if expected["turns"] == "speakerless":  # a page with no names: turns the segmenter infers
        assert turns and all(turn.speaker is None for turn in turns)
        expected["turns"] = []
        turns = []
    assert len(turns) == len(expected["turns"]), [t.speaker for t in turns]
    for turn, want in zip(turns, expected["turns"], strict=True):
        speaker = turn.speaker
        got = {} if speaker is None else {
            "name": speaker.name, "office": speaker.office, "party": speaker.party,
            "constituency": speaker.constituency, "role": speaker.role,
        }
        for key in ("name", "office", "party", "constituency"):
            assert got.get(key) == want.get(key), (key, got, want)
        assert got.get("role", "member") == want.get("role", "member"), (got, want)
        if "time" in want:
            assert turn.time == want["time"]
        if "number" in want:
            assert getattr(turn, "number", None) == want["number"]
    assert [b.text.strip() for b in document.find_all(Boilerplate)] == expected["boilerplate"]
    if "headings" in expected:
        assert [h.text.strip() for h in document.find_all(Heading)] == expected["headings"]


@pytest.mark.parametrize("name", SITE_PAGES)
def test_site_page_is_lossless_and_round_trips(name: str) -> None:
    text = (PAGES / f"{name}.txt").read_bytes().decode("utf-8")
    document = hp.parse(text)
    assert document.source_text() == text
    assert hp.from_json(hp.to_json(document)) == document


@pytest.mark.parametrize(
    "path", sorted([*FIXTURES.glob("*.txt"), *(FIXTURES / "uk").glob("*.txt")]), ids=lambda p: p.name
)
def test_official_report_text_is_from_no_site(path: Path) -> None:
    """The record's own text shows no site's furniture: it is read as it always was."""
    lines = [line.content for line in split_lines(path.read_bytes().decode("utf-8", "replace"))]
    assert detect_site(lines) is None
    assert hp.parse_file(path).site is None


def test_registry_knows_each_site_by_name() -> None:
    assert get_site("TheyWorkForYou") is SITES["theyworkforyou"]
    assert get_site(None) is None
    assert list(SITES)[-1] == "web-page"  # the generic page is chosen last


def test_unknown_site_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="theyworkforyou"):
        get_site("hansard-dot-com")


def test_forced_site_reads_shapes_detection_would_miss() -> None:
    """A page with none of the site's evidence near the top is read as the site's when the
    caller says so."""
    text = "Roger Gale Portrait Mr Deputy Speaker\nOrder. I call the Minister to reply.\n"
    assert hp.parse(text).site is None
    forced = hp.parse(text, site="parallelparliament")
    assert forced.site == "parallelparliament"
    turn = forced.find(Contribution)
    assert turn is not None and turn.speaker is not None
    assert (turn.speaker.name, turn.speaker.role) == ("Mr Deputy Speaker", "chair")


def test_photo_caption_run_into_the_name_tells_theyworkforyou() -> None:
    text = "Photo of Jane Doe Jane Doe Labour, Anytown\nI rise to support the motion before us today.\nIn context\n"
    document = hp.parse(text)
    assert document.site == "theyworkforyou"
    turn = document.find(Contribution)
    assert turn is not None and turn.speaker is not None
    assert (turn.speaker.name, turn.speaker.party, turn.speaker.constituency) == ("Jane Doe", "Labour", "Anytown")
    assert [b.text for b in document.find_all(Boilerplate)] == ["In context"]


def test_furniture_of_a_speakerless_page_is_never_a_sentence() -> None:
    """A page with no names is a transcript; its furniture stays out of the sentences the
    segmenter reads."""
    text = (
        "Skip to main content\nAccept all cookies\nWhat steps is the Minister taking on flooding?\n"
        "We are investing record sums in flood defences.\nShare\nWill he meet me to discuss it?\n"
        "I will gladly meet my hon. Friend.\n"
    )
    document = hp.parse(text, layout="plain")
    assert document.site == "web-page"
    assert [b.text for b in document.find_all(Boilerplate)] == ["Skip to main content", "Accept all cookies", "Share"]
    sentences = [s.text for s in document.find_all(Sentence)]
    assert "Share" not in sentences and len(sentences) == 4
    assert document.source_text() == text


def test_cookie_lines_on_an_article_are_boilerplate_and_invent_no_speaker() -> None:
    text = (
        "Skip to main content\nWe use cookies to make this site work. Accept all cookies\n"
        "Accept all cookies\n\nThe minister said on Tuesday that the plan would go ahead. "
        "Critics said it was too little, too late.\n\nShare\n"
    )
    document = hp.parse(text)
    assert document.layout == "prose"
    assert document.find(Contribution) is None
    assert len(list(document.find_all(Boilerplate))) == 4


def test_cli_forces_a_site_and_refuses_an_unknown_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from hansard_parse.cli import main

    page = tmp_path / "page.txt"
    page.write_text("Photo of Jane Doe Jane Doe Labour, Anytown\nI rise to support the motion.\n", encoding="utf-8")
    assert main(["json", "--site", "theyworkforyou", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["document"]["site"] == "theyworkforyou"
    with pytest.raises(SystemExit) as exit_info:
        main(["json", "--site", "nowhere", str(page)])
    assert exit_info.value.code == 2


def test_a_title_on_one_side_of_the_photo_caption_still_names_the_speaker() -> None:
    """``Photo of Sir Lindsay Hoyle Lindsay Hoyle …``: the name is what caption and name share."""
    text = (
        "Photo of Sir Lindsay Hoyle Lindsay Hoyle Speaker of the House of Commons\n"
        "Order. Let us hear the Minister.\n"
        "Photo of Edward Leigh Sir Edward Leigh Conservative, Gainsborough\n"
        "Will the Minister give way?\n"
    )
    document = hp.parse(text)
    assert document.site == "theyworkforyou"
    speakers = [turn.speaker for turn in document.find_all(Contribution)]
    assert [(s.name, s.office, s.party, s.role) for s in speakers if s is not None] == [
        ("Lindsay Hoyle", "Speaker of the House of Commons", None, "chair"),
        ("Edward Leigh", None, "Conservative", "member"),
    ]


@pytest.mark.parametrize("name", SITE_PAGES)
def test_streamed_site_page_equals_the_whole_parse(name: str) -> None:
    """``iter_parse`` (``tree`` and ``json --lines`` on a file) reads the page as copied from
    the same site as ``parse_file`` does."""
    path = PAGES / f"{name}.txt"
    assert list(hp.iter_parse(path)) == list(hp.parse_file(path).children)


def test_theyworkforyou_turn_time_on_the_line_under_the_label() -> None:
    text = (
        "Alert me about debates like this\n"
        "Photo of Jane Doe Jane Doe Labour, Anytown\n"
        "2:15 pm, 3rd May 2016\n"
        "I rise to support the motion before us today.\n"
    )
    document = hp.parse(text)
    turn = document.find(Contribution)
    assert turn is not None and turn.speaker is not None
    assert (turn.speaker.name, turn.speaker.party, turn.time) == ("Jane Doe", "Labour", "14:15")
    assert [b.text for b in document.find_all(Boilerplate)] == [
        "Alert me about debates like this", "2:15 pm, 3rd May 2016",
    ]


def test_parallelparliament_label_with_its_links_on_the_same_line() -> None:
    text = (
        "Read Full debate\n"
        "Roger Gale Portrait Mr Deputy Speaker - Hansard - - - Excerpts\n"
        "Order. I call the Minister to reply.\n"
    )
    turn = hp.parse(text).find(Contribution)
    assert turn is not None and turn.speaker is not None
    assert (turn.speaker.name, turn.speaker.role) == ("Mr Deputy Speaker", "chair")


_PAGE_LINES = (
    "Skip to main content", "Share", "Alert me about debates like this", "",
    "– in the House of Lords at 3:07 pm on 5 May 2021.", "Photo of Jane Doe Jane Doe Labour, Anytown",
    "Douglas Ross", "Conservative", "Roger Gale Portrait Mr Deputy Speaker", "- Hansard - - - Excerpts",
    "Volume 467: debated on Thursday 15 November 2007", "HC Deb 06 March 2000 vol 345 cc835-7",
    "§ Mr. Hanson", "Previous Section | Index | Home Page |", "  Q1 Chairman: Good morning.",
    "[ Applause .]", "[hear, hear]", "Mr Speaker:: Order.", "Rt Hon CHRISTOP", "Energy Prices",
    "I thank the Minister for her answer. Will she meet me?", "My Lords, I agree.",
)


@given(
    lines=st.lists(st.sampled_from(_PAGE_LINES), max_size=25),
    site=st.sampled_from([None, *SITES]),
    eol=st.sampled_from(["\n", "\r\n"]),
)
def test_any_mix_of_site_shapes_is_lossless_and_round_trips(lines: list[str], site: str | None, eol: str) -> None:
    """Whatever a page's lines and whichever site reads them: every character is kept and the
    JSON loads back to the same tree."""
    text = eol.join(lines)
    document = hp.parse(text, site=site)
    assert document.source_text() == text
    assert hp.from_json(hp.to_json(document)) == document


_LIVE_PIECES = st.sampled_from([
    "Key", " events", "Live", " updates", "LIVE", "Politics live", ": ", "live :", "x", " ",
    "as it happened", " – ", "—", "Updated at", " 10.30am", "Updated 9:05 pm BST", "give", ":",
    "happened", "\n",
])  # fmt: skip


@given(lines=st.lists(st.lists(_LIVE_PIECES, max_size=8).map("".join), max_size=5))
def test_a_site_s_line_prefilter_never_hides_an_evidence_line(lines: list[str]) -> None:
    """A site whose evidence lines all hold one of a few literals looks for the line pattern
    only where one stands: it finds what the pattern alone finds."""
    joined = "\n" + "\n".join(lines) + "\n"
    prefiltered = [site for site in SITES.values() if site.evidence_line_needs]
    assert prefiltered
    for site in prefiltered:
        line_re = site.evidence_line_anywhere_re
        assert line_re is not None
        plain = any(phrase in joined for phrase in site.evidence) or line_re.search(joined) is not None
        assert site.has_evidence(joined) == plain, site.name
