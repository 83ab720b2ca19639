"""Parse many files into an output folder: one output per input, re-runs skip what is done.

The work is one top-level function, :func:`run_file` (:mod:`.work`), that reads, hashes,
parses and writes a single file and reports what happened as a :class:`FileResult` (it never
raises for a bad file). :mod:`.planning` turns files, folders and globs into tasks;
:mod:`.engines` only decides where the work runs (this process, local worker processes, or a
Dask cluster), so every engine writes the same bytes; :mod:`.manifest` keeps
``_manifest.json`` (the content hash each output was made from, so a re-run skips unchanged
inputs) and ``_summary.json`` (counts, timings and every per-file error); :func:`run_batch`
(:mod:`.run`) ties them together.
"""

from __future__ import annotations

from ..errors import BatchError
from .engines import ENGINES
from .manifest import MANIFEST, MANIFEST_SCHEMA, SUMMARY
from .planning import Plan, find_inputs, plan_batch
from .run import BatchReport, run_batch
from .work import FORMATS, FileResult, Settings, Task, run_file, write_document

__all__ = [
    "ENGINES",
    "FORMATS",
    "MANIFEST",
    "MANIFEST_SCHEMA",
    "SUMMARY",
    "BatchError",
    "BatchReport",
    "FileResult",
    "Plan",
    "Settings",
    "Task",
    "find_inputs",
    "plan_batch",
    "run_batch",
    "run_file",
    "write_document",
]
