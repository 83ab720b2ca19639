"""The constructs of the Official Report, pinned by the spec in fixtures/constructs.spec."""

from __future__ import annotations

from pathlib import Path

import pytest
from outline import outline

from hansard_parse import parse

SPEC = Path(__file__).parent / "fixtures" / "constructs.spec"


def _cases() -> list[tuple[str, str | None, str, str]]:
    cases = []
    for block in SPEC.read_text(encoding="utf-8").split("\n=== ")[1:]:
        header, rest = block.split("\n--- input\n", 1)
        text, expected = rest.split("--- outline\n", 1)
        name, *options = header.splitlines()
        layout = next((o.split(":", 1)[1].strip() for o in options if o.startswith("layout:")), None)
        cases.append((name.strip(), layout, text, expected.strip("\n")))
    return cases


CASES = _cases()


@pytest.mark.parametrize(("name", "layout", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_construct_outline(name: str, layout: str | None, text: str, expected: str) -> None:
    document = parse(text, layout=layout)
    assert outline(document) == expected
    assert document.source_text() == text


def test_spec_has_every_construct() -> None:
    assert len(CASES) >= 12
