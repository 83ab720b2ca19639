"""The constructs of the Official Report, pinned by the specs in fixtures: constructs.spec
(the Commons) and one spec per other House (lords.spec)."""

from __future__ import annotations

from pathlib import Path

import pytest
from outline import outline

from hansard_parse import parse

FIXTURES = Path(__file__).parent / "fixtures"
SPEC = FIXTURES / "constructs.spec"
HOUSE_SPECS = {
    "commons": SPEC,
    "lords": FIXTURES / "lords.spec",
    "canada": FIXTURES / "canada.spec",
    "australia": FIXTURES / "australia.spec",
    "new-zealand": FIXTURES / "new_zealand.spec",
    "westminster-hall": FIXTURES / "westminster_hall.spec",
    "wales": FIXTURES / "wales.spec",
}


def _option(options: list[str], key: str) -> str | None:
    return next((o.split(":", 1)[1].strip() for o in options if o.startswith(f"{key}:")), None)


def _cases(spec: Path = SPEC) -> list[tuple[str, str | None, str | None, str, str]]:
    """(name, layout, house, input, outline) of every case of a spec file."""
    cases = []
    for block in spec.read_text(encoding="utf-8").split("\n=== ")[1:]:
        header, rest = block.split("\n--- input\n", 1)
        text, expected = rest.split("--- outline\n", 1)
        name, *options = header.splitlines()
        layout, house = _option(options, "layout"), _option(options, "house")
        cases.append((name.strip(), layout, house, text, expected.strip("\n")))
    return cases


CASES = [case for spec in HOUSE_SPECS.values() for case in _cases(spec)]


@pytest.mark.parametrize(
    ("name", "layout", "house", "text", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_construct_outline(
    name: str, layout: str | None, house: str | None, text: str, expected: str
) -> None:
    document = parse(text, layout=layout)
    assert outline(document) == expected
    assert document.source_text() == text
    assert document.house == (house or "commons")  # detected from the text, never forced


@pytest.mark.parametrize(("house", "spec"), HOUSE_SPECS.items())
def test_each_house_has_a_spec(house: str, spec: Path) -> None:
    assert len(_cases(spec)) >= (12 if house == "commons" else 6)
