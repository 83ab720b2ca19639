"""The two files a batch keeps in its output folder.

``_manifest.json`` records the content hash each output was made from, so a re-run skips
unchanged inputs; ``_summary.json`` holds counts, timings and every per-file error.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from ..files import atomic_write
from ..serialize import GENERATOR, dumps, loads
from .work import FileResult

MANIFEST = "_manifest.json"
SUMMARY = "_summary.json"
MANIFEST_SCHEMA = "hansard_parse/batch-manifest/1"


def load_manifest(out: Path) -> dict[str, Any]:
    """The manifest of earlier runs; a missing or unreadable one means nothing is done."""
    try:
        data = loads((out / MANIFEST).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    if not isinstance(data, dict) or data.get("schema") != MANIFEST_SCHEMA:
        return {}
    return data


def save_manifest(
    out: Path, done: Sequence[FileResult], layout: str | None, *, csv_raw: bool = False
) -> None:
    files: dict[str, Any] = load_manifest(out).get("files", {})
    for result in done:
        if result.status == "failed":
            files.pop(result.name, None)  # its old output may be stale: try again next time
        elif result.status == "parsed":
            files[result.name] = {
                "input": result.input,
                "sha256": result.sha256,
                "generator": GENERATOR,
                "layout_option": layout,
                "csv_raw": csv_raw,
            }
    write_json(out / MANIFEST, {"schema": MANIFEST_SCHEMA, "files": dict(sorted(files.items()))})


def write_json(target: Path, data: Any) -> None:
    text = (dumps(data, indent=2) + "\n").encode()  # dumps: input names may not be UTF-8
    atomic_write(target, lambda temp: temp.write_bytes(text))
