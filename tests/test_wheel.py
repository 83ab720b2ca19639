"""The wheel ships what the parser needs: built, installed apart, and parsing from that copy.

Part of the normal suite (CI runs it). It needs the ``build`` package (in the ``test`` extra)
and pip. Where hatchling is importable the build runs without isolation (a few seconds, no
network); otherwise ``build`` makes its usual isolated environment, fetching hatchling.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import EXAMPLES, ROOT

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("build") is None,
    reason="building the wheel needs the 'build' package: pip install -e '.[test]'",
)
ISOLATION = ["--no-isolation"] if importlib.util.find_spec("hatchling") else []

CHECK = r"""
import json, sys
from importlib import resources
from pathlib import Path
import hansard_parse
from hansard_parse.parser import grammar_path

package = Path(hansard_parse.__file__).parent
doc = hansard_parse.parse_file(sys.argv[1])
turns = [t.speaker.name for t in doc.find_all(hansard_parse.Contribution) if t.speaker]
print(json.dumps({
    "file": hansard_parse.__file__,
    "grammar": str(grammar_path()),
    "grammar_files": sorted(p.name for p in (package / "grammars").iterdir()),
    "schema": (package / "schema" / "hansard_parse.schema.json").is_file(),
    "typed": (package / "py.typed").is_file(),
    "layout": doc.layout,
    "first": turns[:2],
    "lossless": doc.source_text() == Path(sys.argv[1]).read_text(encoding="utf-8"),
}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel from the source tree and install it into a directory of its own."""
    dist = tmp_path_factory.mktemp("dist")
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", *ISOLATION, "--outdir", str(dist)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=240,
    )
    wheels = list(dist.glob("hansard_parse-*.whl"))
    assert len(wheels) == 1, wheels
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-compile",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(wheels[0]),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return target


def test_installed_copy_has_the_grammar_and_parses(installed: Path) -> None:
    grammar = installed / "hansard_parse" / "grammars" / "hansard.lark"
    assert grammar.is_file()
    assert "document" in grammar.read_text(encoding="utf-8")

    env = {**os.environ, "PYTHONPATH": str(installed)}
    env.pop("PYTHONSAFEPATH", None)
    done = subprocess.run(
        [sys.executable, "-c", CHECK, str(EXAMPLES / "oral_questions.print.txt")],
        cwd=installed.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert Path(found["file"]).is_relative_to(installed), "imported the installed copy"
    assert Path(found["grammar"]).is_relative_to(installed), "grammar read from the installed copy"
    assert "hansard.lark" in found["grammar_files"]
    assert found["schema"] and found["typed"]
    assert found["layout"] == "print"
    assert found["first"] == ["Andrew Western", "Dominic Raab"]
    assert found["lossless"]


def test_wheel_holds_the_package_and_the_command_only(installed: Path) -> None:
    top = {p.name for p in installed.iterdir() if not p.name.endswith(".dist-info")}
    assert top == {"hansard_parse", "bin"}, "no tests/, examples/ or grammars/ at the top"
    assert (installed / "bin" / "hansard-parse").is_file()
