"""Leave-one-day-out figures of the plain segmenter, and how well its confidence is calibrated.

For every sitting day of CORPUS a model is trained on the other days and segments that day's
speaker-less transcripts; each is scored with the definitions of the shared scorer
(``eval/score.py`` beside the corpus: turn_f1, Pk, side_acc), then averaged per folder and
genre as the scorer does. The calibration table sorts every held-out opening (after a file's
first turn) into deciles of stated confidence and gives the share that were right; below it
come the expected calibration error (the deciles' gaps weighted by their openings) and the
log-loss of the stated confidences, and the same comparison per kind of turn opened, where a
map of the probability alone would be off for each kind while right on their mix.

    python benchmarks/eval_segmenter.py ../shared/corpus [--scorer ../shared/eval/score.py]
    python benchmarks/eval_segmenter.py ../shared/corpus --in-sample   # figures on training data
    python benchmarks/eval_segmenter.py ../shared/corpus \
        --baseline "../main/.venv/bin/hansard-parse json {input}"   # another parser beside it

``--baseline`` runs a command on every file (as the scorer's ``--cmd`` does) and prints its
figures beside the model's, so the hand-set weights of an older checkout and the learned
ones are compared file by file on the same scorer. The hand-set weights have no training
days to hold out: their figures are in-sample wherever they were set on the file.

A script, not a test: it reads the shared corpus only when run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shlex
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from hansard_parse.houses import HOUSES
from hansard_parse.plain.evaluate import HeldOut, held_out, log_loss, tune
from hansard_parse.plain.segment import Turn, segment
from hansard_parse.plain.train import Example, load_corpus, train

METRICS = ("turn_f1", "turn_p", "turn_r", "pk", "side_acc")


def load_scorer(path: Path) -> ModuleType:
    """Import the shared scorer from its file, so the figures use its definitions."""
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def as_parsed(example: Example, turns: Sequence[Turn]) -> dict[str, object]:
    """The turns as the scorer reads a parse: contribution nodes with 1-based line spans."""
    nodes = []
    for turn in turns:
        end = turn.end - 1
        nodes.append(
            {
                "type": turn.kind,
                "span": {"start_line": example.lines[turn.start], "end_line": example.lines[end]},
            }
        )
    return {"type": "document", "layout": "plain", "children": nodes}


def group_of(example: Example) -> str:
    """Folder and gold genre, as the scorer's ``--by-folder`` groups files."""
    folder = example.name.rsplit("/", 1)[0] if "/" in example.name else ""
    genre = example.gold.get("genre")
    return f"{folder}/plain-{genre}" if genre else f"{folder}/plain"


def calibration_table(points: Sequence[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    """(decile, count, mean confidence, share right) for every decile of stated confidence."""
    rows = []
    for d in range(10):
        low, high = d / 10, (d + 1) / 10
        inside = [(p, r) for p, r in points if low <= p < high or (d == 9 and p == 1.0)]
        if inside:
            mean = sum(p for p, _ in inside) / len(inside)
            share = sum(r for _, r in inside) / len(inside)
            rows.append((f"{low:.1f}-{high:.1f}", len(inside), mean, share))
    return rows


def calibration_error(points: Sequence[tuple[float, bool]]) -> float:
    """Expected calibration error: each decile's gap between stated and right, weighted by
    its share of the openings."""
    rows = calibration_table(points)
    return sum(count * abs(mean - share) for _, count, mean, share in rows) / len(points)


def by_kind(
    points: Sequence[tuple[float, bool]], kinds: Sequence[str]
) -> list[tuple[str, int, float, float]]:
    """(kind of turn, count, mean confidence, share right) for every kind opened."""
    rows = []
    for kind in sorted(set(kinds)):
        inside = [pr for pr, k in zip(points, kinds, strict=True) if k == kind]
        mean = sum(p for p, _ in inside) / len(inside)
        rows.append((kind, len(inside), mean, sum(r for _, r in inside) / len(inside)))
    return rows


def cross_tuned(
    runs: Sequence[HeldOut],
) -> tuple[dict[str, list[Turn]], list[tuple[float, bool]], list[str]]:
    """Turns of every held-out run, (confidence, right) of every opening after the first,
    and the kind of turn each opens.

    The opening offset, temperature and calibration table for a day are tuned on the other
    days' held-out runs of the same genre, as training tunes them for the shipped file.
    """
    turns: dict[str, list[Turn]] = {}
    points: list[tuple[float, bool]] = []
    kinds: list[str] = []
    for run in runs:
        e = run.example
        others = [r for r in runs if r.example.day != e.day and r.example.genre == e.genre]
        tuning = tune(others)
        document = dict(run.document)
        document["open_bias"] = {e.genre: tuning.open_bias}
        document["temperature"] = {e.genre: tuning.temperature}
        document["calibration"] = {e.genre: tuning.calibration.as_data()}
        found = segment(e.sentences, house=HOUSES[run.house], weights=document)
        turns[e.name] = found
        starts = {int(t["line"]) for t in e.gold["turns"]}  # type: ignore[attr-defined]
        points.extend((t.confidence, e.lines[t.start] in starts) for t in found[1:])
        kinds.extend(t.kind for t in found[1:])
    return turns, points, kinds


def run_baseline(command: str, path: Path) -> dict[str, object]:
    """The JSON document a parser command prints for one file (its ``document``)."""
    args = [part.replace("{input}", str(path)) for part in shlex.split(command)]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    data: dict[str, object] = json.loads(out)
    document = data.get("document", data)
    assert isinstance(document, dict)
    return document


def aggregate(rows: Sequence[dict[str, float]]) -> dict[str, float]:
    """Mean of every metric over the files of a group (as the scorer's ``--by-folder``)."""
    agg = {}
    for k in METRICS:
        values = [r[k] for r in rows if k in r]
        if values:
            agg[k] = round(sum(values) / len(values), 4)
    return agg


def main(argv: Sequence[str] | None = None) -> int:
    """Print per-file and per-group figures and the calibration table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--scorer", type=Path, help="default: CORPUS/../eval/score.py")
    parser.add_argument("--in-sample", action="store_true", help="train on every day, test on it")
    parser.add_argument(
        "--house", help="decode every file with this House's weights (default: the file's own)"
    )
    parser.add_argument(
        "--baseline",
        metavar="CMD",
        help='a parser command scored beside the model, e.g. "hansard-parse json {input}"',
    )
    args = parser.parse_args(argv)
    scorer = load_scorer(args.scorer or args.corpus.resolve().parent / "eval" / "score.py")
    examples = load_corpus(args.corpus)
    points: list[tuple[float, bool]] = []
    kinds: list[str] = []
    if args.in_sample:
        document = train(examples)
        segmented: Callable[[Example], list[Turn]] = lambda e: segment(  # noqa: E731
            e.sentences, house=HOUSES[args.house or e.house], weights=document
        )
        turns = {e.name: segmented(e) for e in examples}
    else:
        runs = held_out(examples, house=args.house)
        turns, points, kinds = cross_tuned(runs)
        for e in examples:  # a statement is one turn by rule: no model to hold out
            if e.name not in turns:
                turns[e.name] = segment(e.sentences, house=HOUSES[args.house or e.house])
    groups: dict[str, list[dict[str, float]]] = {}
    base_groups: dict[str, list[dict[str, float]]] = {}
    for example in examples:
        found = turns[example.name]
        result = scorer.score_pair(as_parsed(example, found), example.gold, example.n_lines)
        groups.setdefault(group_of(example), []).append(result)
        figures = " ".join(f"{k}={result[k]:.3f}" for k in METRICS if k in result)
        if args.baseline:
            parsed = run_baseline(args.baseline, args.corpus / example.name)
            base = scorer.score_pair(parsed, example.gold, example.n_lines)
            base_groups.setdefault(group_of(example), []).append(base)
            figures += " | baseline " + " ".join(
                f"{k}={base[k]:.3f}" for k in ("turn_f1", "side_acc") if k in base
            )
        print(f"{example.name:70s} {group_of(example):40s} {figures}")
    summary = {}
    print()
    for group in sorted(groups):
        agg = summary[group] = aggregate(groups[group])
        line = f"{group:45s} files={len(groups[group]):2d} "
        line += " ".join(f"{k}={v:.3f}" for k, v in agg.items())
        if group in base_groups:
            base_agg = aggregate(base_groups[group])
            summary[group + " (baseline)"] = base_agg
            line += " | baseline " + " ".join(
                f"{k}={base_agg[k]:.3f}" for k in ("turn_f1", "pk", "side_acc") if k in base_agg
            )
        print(line)
    if points:
        print("\nconfidence   turns  stated  right   (held-out, calibrated without the day)")
        for decile, count, mean, share in calibration_table(points):
            flag = "" if count < 30 or abs(mean - share) <= 0.10 else "  (off by more than 0.10)"
            print(f"{decile:10s} {count:6d}  {mean:6.3f} {share:6.3f}{flag}")
        error, loss = calibration_error(points), log_loss(points)
        print(f"openings={len(points)} calibration_error={error:.4f} log_loss={loss:.4f}")
        print("\nkind opened             turns  stated  right")
        for kind, count, mean, share in by_kind(points, kinds):
            print(f"{kind:22s} {count:6d}  {mean:6.3f} {share:6.3f}")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
