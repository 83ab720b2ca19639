"""``import hansard_parse`` loads the parser only: batch machinery (process pools) and the
viewer (Rich) load when first used."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ["concurrent.futures", "multiprocessing", "rich", "hansard_parse.batch", "hansard_parse.viewer"]


def _loaded_after(code: str) -> list[str]:
    program = f"import json, sys\n{code}\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=True
    )
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def test_import_loads_neither_batch_nor_viewer() -> None:
    assert _loaded_after("import hansard_parse as hp; hp.parse('Mr Speaker: Order.\\n')") == []


@pytest.mark.parametrize(
    ("name", "module"), [("run_batch", "hansard_parse.batch"), ("to_rich_tree", "hansard_parse.viewer")]
)
def test_lazy_names_load_their_module_when_used(name: str, module: str) -> None:
    loaded = _loaded_after(f"import hansard_parse as hp; assert callable(hp.{name})")
    assert module in loaded


def test_star_import_still_gives_every_public_name() -> None:
    namespace: dict[str, object] = {}
    exec("from hansard_parse import *", namespace)  # the test is of star imports
    import hansard_parse

    assert set(hansard_parse.__all__) <= set(namespace)
    with pytest.raises(AttributeError, match="no attribute 'nonesuch'"):
        hansard_parse.nonesuch  # type: ignore[attr-defined]  # noqa: B018
