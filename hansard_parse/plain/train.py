"""Learn the segmenter's weights from transcripts with known turns: ``python -m hansard_parse.plain.train CORPUS``.

The learner is an averaged structured perceptron over the model of `model` (the same states,
rules and Viterbi that parse uses). Gold files give turn starts for every sentence but the
side of a turn only sometimes, so each update compares the best path with the best path
that agrees with the gold (the states the gold leaves open are the model's own guess).
The sitting's genre and the House are features of every sentence, so a House with few
transcripts gets its own priors and borrows the weight of every word from the rest. Each
update covers a few gold turns (a whole debate would be one update), and the path it
corrects is the best one after adding a cost for every missed or invented turn start, so
the weights keep a margin.

The confidence of an opening is the model's forward-backward probability that a turn starts
there, mapped through a small logistic model of that probability and the opening's traits
(`confidence`), fitted to how often such openings were right on sitting days the model had
not seen (one model per held-out day).

The shipped weights are the mean of several perceptrons, each trained over its own fixed
shuffle order (bagging of orders), so that they do not hang on the order one run met the
transcripts in. Everything is deterministic: files and features are read in sorted order,
every shuffle has a fixed seed and floats are summed in a fixed order and rounded, so the
same corpus gives the same file byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from attrs import frozen

from hansard_parse.houses import House, detect_house
from hansard_parse.plain.cues import SentenceCues
from hansard_parse.plain.features import sentence_features
from hansard_parse.plain.model import (
    DIMENSIONS,
    LABELS,
    QUESTION_LABELS,
    Decoder,
    answers_ask,
    emission_slot,
    layer_names,
    opening_slot,
    real_indices,
)
from hansard_parse.plain.model import (
    Path as LabelPath,
)
from hansard_parse.plain.repair import repair_sentences
from hansard_parse.plain.segment import genre_of, read_sentences

__all__ = [
    "Example",
    "Weights",
    "day_of",
    "house_of",
    "load_corpus",
    "load_example",
    "main",
    "train",
]

EPOCHS = 3
SEED = 15
BAGS = 5
"""Perceptrons averaged into the shipped weights, each over its own shuffle order."""
MIN_COUNT = 10
"""A feature seen in fewer training sentences than this gets no weight (it would only
memorise one sitting)."""
_BIG = 1.0e4
"""The pull towards the gold in the oracle path: larger than any path score."""
_QUESTION_SIDE = frozenset(LABELS.index(label) for label in (*QUESTION_LABELS, "F"))
_ANSWER_SIDE = frozenset({LABELS.index("A")})
_SIDE_OF_KIND = {"question": "Q", "supplementary_question": "Q", "answer": "A"}


@frozen
class Example:
    """One transcript with its gold turns, read the way parse reads it."""

    name: str
    day: str
    house: str
    genre: str
    sentences: tuple[str, ...]
    lines: tuple[int, ...]
    """The 1-based first line of each sentence."""
    cues: tuple[SentenceCues, ...]
    real: tuple[int, ...]
    features: tuple[tuple[str, ...], ...]
    """Feature names of each real sentence."""
    gold_open: tuple[bool, ...]
    """Whether a gold turn starts at each real sentence."""
    gold_side: tuple[str, ...]
    """"Q", "A" or "" (unknown) for each real sentence."""
    gold: Mapping[str, object]
    n_lines: int


def day_of(name: str) -> str:
    """The sitting day a file belongs to, from its name (sittings of one day go together).

    `commons-2009-10-27.plain01.txt` → `commons-2009-10-27`;
    `standing2009-10-20_CHILDPOV_05-0_2009-10-27a.plain01.txt` → the committee on 2009-10-27.
    """
    stem = name.split(".", 1)[0]
    return re.sub(r"_\d\d-\d_", "_", stem)


def house_of(lines: Sequence[str]) -> House:
    """The House a transcript is read in: the one parse detects from its first lines, so
    training sees the very cues and House feature that parsing the file would."""
    return detect_house(lines)


def _lines_of(text: str) -> list[str]:
    """The file's lines as the parser numbers them."""
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return [line.rstrip("\r") for line in lines]


def load_example(
    text: str, gold: Mapping[str, object], name: str, house: House | None = None
) -> Example:
    """Read one transcript and align its gold turns to the sentences parse will see (in the
    words of ``house``; by default the House parse would detect)."""
    lines = _lines_of(text)
    house = house or house_of(lines)
    groups = repair_sentences(lines, house)
    spoken = [g for g in groups if g.text.strip()]
    sentences = tuple(g.text for g in spoken)
    cues = read_sentences(sentences, house)
    real = real_indices(cues)
    genre = genre_of(cues)
    feats = sentence_features(sentences, cues, genre, house.name)
    turns = gold.get("turns", [])
    assert isinstance(turns, list)
    starts = sorted((int(t["line"]), str(t.get("kind") or "")) for t in turns)
    start_lines = {line for line, _ in starts}
    gold_open: list[bool] = []
    gold_side: list[str] = []
    k = 0
    for i in real:
        g = spoken[i]
        gold_open.append(any(line in start_lines for line in range(g.first + 1, g.last + 2)))
        while k + 1 < len(starts) and starts[k + 1][0] <= g.last + 1:
            k += 1
        kind = starts[k][1] if starts and starts[k][0] <= g.last + 1 else ""
        gold_side.append(_SIDE_OF_KIND.get(kind, ""))
    return Example(
        name=name,
        day=day_of(name.rsplit("/", 1)[-1]),
        house=house.name,
        genre=genre,
        sentences=sentences,
        lines=tuple(g.first + 1 for g in spoken),
        cues=tuple(cues),
        real=tuple(real),
        features=tuple(tuple(feats[i]) for i in real),
        gold_open=tuple(gold_open),
        gold_side=tuple(gold_side),
        gold=gold,
        n_lines=len(lines),
    )


def load_corpus(root: Path) -> list[Example]:
    """Every speaker-less transcript (``*.txt`` whose gold says layout "plain") under ``root``."""
    out = []
    for gold_path in sorted(root.rglob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold.get("layout") != "plain":
            continue
        txt = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if not txt.exists():
            continue
        rel = txt.relative_to(root).as_posix()
        text = txt.read_text(encoding="utf-8")
        out.append(load_example(text, gold, rel))
    return out


class Weights:
    """Weights being learned, flat: ``layer\\tfeature`` → vector, ``layer\\tkey`` → scalar.

    Averaging is lazy (Daumé's trick): ``total`` holds each update times the step it came at,
    so the average is ``w - total / step`` without summing every weight at every step.
    """

    def __init__(self) -> None:
        self.features: dict[str, list[float]] = {}
        self.feature_totals: dict[str, list[float]] = {}
        self.structure: dict[str, float] = {}
        self.structure_totals: dict[str, float] = {}
        self.step = 1

    def decoder(self, layers: Sequence[str], genre: str) -> Decoder:
        """A decoder over the current weights of ``layers`` (features keep their layer prefix)
        with the rules of ``genre``."""
        structure: dict[str, float] = {}
        for layer in layers:
            prefix = layer + "\t"
            for key, value in self.structure.items():
                if key.startswith(prefix):
                    short = key[len(prefix) :]
                    structure[short] = structure.get(short, 0.0) + value
        return Decoder(self.features, structure, answers_ask=answers_ask(genre))

    def update(self, counts: Mapping[tuple[str, int], float], scalars: Mapping[str, float]) -> None:
        """Add a difference of feature counts (gold minus predicted)."""
        for (key, slot), delta in counts.items():
            if not delta:
                continue
            row = self.features.setdefault(key, [0.0] * DIMENSIONS)
            total = self.feature_totals.setdefault(key, [0.0] * DIMENSIONS)
            row[slot] += delta
            total[slot] += self.step * delta
        for key, delta in scalars.items():
            if not delta:
                continue
            self.structure[key] = self.structure.get(key, 0.0) + delta
            self.structure_totals[key] = self.structure_totals.get(key, 0.0) + self.step * delta

    def averaged(self) -> tuple[dict[str, list[float]], dict[str, float]]:
        """The averaged weights, flat and unrounded: (features, structure)."""
        features = {
            key: [w - t / self.step for w, t in zip(row, self.feature_totals[key], strict=True)]
            for key, row in self.features.items()
        }
        structure = {
            key: value - self.structure_totals[key] / self.step
            for key, value in self.structure.items()
        }
        return features, structure


def _document(
    runs: Sequence[tuple[Mapping[str, Sequence[float]], Mapping[str, float]]],
) -> dict[str, object]:
    """The mean of several runs' averaged weights as a weights document: layers of rounded,
    non-zero weights. Runs are summed in the order given and keys in sorted order, so the
    same runs always give the same file."""
    n = len(runs)
    features: dict[str, dict[str, list[float]]] = {}
    for key in sorted({key for run in runs for key in run[0]}):
        total = [0.0] * DIMENSIONS
        for run in runs:
            for slot, value in enumerate(run[0].get(key, ())):
                total[slot] += value
        vector = [round(value / n, 4) + 0.0 for value in total]
        if any(vector):
            layer, name = key.split("\t", 1)
            features.setdefault(layer, {})[name] = vector
    structure: dict[str, dict[str, float]] = {}
    for key in sorted({key for run in runs for key in run[1]}):
        value = round(sum(run[1].get(key, 0.0) for run in runs) / n, 4) + 0.0
        if value:
            layer, name = key.split("\t", 1)
            structure.setdefault(layer, {})[name] = value
    return {"features": features, "structure": structure}


def _expanded(example: Example, keep: frozenset[str] | None) -> list[list[str]]:
    """Each real sentence's features, one copy per weight layer, rare ones dropped."""
    layers = layer_names(example.genre)
    out = []
    for names in example.features:
        row = [layer + "\t" + f for layer in layers for f in names]
        out.append([f for f in row if keep is None or f in keep])
    return out


def _path_difference(
    want: LabelPath, have: LabelPath, feats: Sequence[Sequence[str]], layers: Sequence[str]
) -> tuple[Counter[tuple[str, int]], Counter[str]]:
    """How much more often ``want`` than ``have`` uses each (feature, slot) and each structure
    weight: the perceptron's update. Only sentences where the paths differ are read (they
    agree on most), which makes the update cheap without changing it."""
    counts: Counter[tuple[str, int]] = Counter()
    scalars: Counter[str] = Counter()
    for path, sign in ((want, 1), (have, -1)):
        other = have if sign == 1 else want
        previous = ""
        other_previous = ""
        for i, (label, opens) in enumerate(zip(path.labels, path.opens, strict=True)):
            other_label, other_opens = other.labels[i], other.opens[i]
            if label != other_label or opens != other_opens:
                slot = emission_slot(label)
                for f in feats[i]:
                    if slot >= 0:
                        counts[(f, slot)] += sign
                    if opens:
                        counts[(f, opening_slot(label))] += sign
            if i > 0 and (
                label != other_label or opens != other_opens or previous != other_previous
            ):
                key = ("t:" if opens else "c:") + previous + ">" + label
                for layer in layers:
                    scalars[layer + "\t" + key] += sign
            previous, other_previous = label, other_label
    return counts, scalars


def _oracle(
    decoder: Decoder,
    piece: _Piece,
    emit: list[list[float]],
    opening: list[list[float]],
) -> LabelPath:
    """The best path that agrees with the gold: its turn starts and, where known, its sides."""
    emit = [list(row) for row in emit]
    opening = [list(row) for row in opening]
    for i, (opens, side) in enumerate(zip(piece.gold_open, piece.gold_side, strict=True)):
        pull = _BIG if opens else -_BIG
        opening[i] = [o + pull if o > -_BIG else o for o in opening[i]]
        allowed = _QUESTION_SIDE if side == "Q" else _ANSWER_SIDE if side == "A" else None
        if allowed is not None:
            emit[i] = [e + _BIG if j in allowed and e > -_BIG else e for j, e in enumerate(emit[i])]
    return decoder.viterbi(piece.cues, emit, opening)


MISS_COST = 12.0
FALSE_COST = 0.5
"""What a missed turn start costs in training, against 1 for an invented one: the guess each
update corrects is the best path after adding these costs, so the learned weights keep a
margin, wider against missing a turn (the rarer, costlier error: most sentences open none)."""


def _cost_augmented(piece: _Piece, opening: list[list[float]]) -> list[list[float]]:
    """Opening scores tilted towards the gold's mistakes (cost-augmented decoding)."""
    out = []
    for opens, row in zip(piece.gold_open, opening, strict=True):
        tilt = -MISS_COST if opens else FALSE_COST
        out.append([o + tilt if o > -_BIG else o for o in row])
    return out


@frozen
class _Piece:
    """A run of whole gold turns of one transcript: the unit of one perceptron update."""

    cues: tuple[SentenceCues, ...]
    features: tuple[tuple[str, ...], ...]
    gold_open: tuple[bool, ...]
    gold_side: tuple[str, ...]
    layers: tuple[str, ...]
    genre: str


CHUNK_TURNS = 2
"""Gold turns each update starts: one update per transcript would be far too few (a debate is
one sequence of a thousand sentences). Each piece starts where a gold turn starts, so it
decodes like a transcript of its own, and runs on over the next piece's first turn, so every
hand-over between turns is inside some piece and its weight is learned."""


def _pieces(example: Example, keep: frozenset[str]) -> list[_Piece]:
    """Cut a transcript into overlapping runs of gold turns (features keep their context)."""
    feats = _expanded(example, keep)
    cues = [example.cues[i] for i in example.real]
    opens = [k for k, o in enumerate(example.gold_open) if o or k == 0]
    ends = [*opens, len(cues)]
    spans = [
        (ends[m], ends[min(m + CHUNK_TURNS + 1, len(opens))])
        for m in range(0, len(opens), CHUNK_TURNS)
    ]
    layers = layer_names(example.genre)
    return [
        _Piece(
            cues=tuple(cues[a:b]),
            features=tuple(tuple(row) for row in feats[a:b]),
            gold_open=example.gold_open[a:b],
            gold_side=example.gold_side[a:b],
            layers=layers,
            genre=example.genre,
        )
        for a, b in spans
        if b > a
    ]


def trainable(examples: Iterable[Example]) -> list[Example]:
    """The examples with turns to learn from (a statement is one turn by rule)."""
    return [e for e in examples if e.genre != "statement" and len(e.real) > 1]


def train(
    examples: Sequence[Example],
    epochs: int = EPOCHS,
    seed: int = SEED,
    min_count: int = MIN_COUNT,
    bags: int = BAGS,
) -> dict[str, object]:
    """Learn weights from ``examples``; returns the weights document (without calibration).

    ``bags`` perceptrons are trained, each over its own fixed shuffle order (seeds ``seed``,
    ``seed + 1``, …), and their averaged weights are averaged again: one perceptron's weights
    depend on the order it met the transcripts in, and a figure that moves by a tenth when
    only that order changes measures the order, not the model.
    """
    examples = trainable(examples)
    counts: Counter[str] = Counter()
    for example in examples:
        for row in _expanded(example, None):
            counts.update(set(row))
    keep = frozenset(f for f, n in counts.items() if n >= min_count)
    pieces = [piece for example in examples for piece in _pieces(example, keep)]
    return _document([_perceptron(pieces, epochs, seed + bag) for bag in range(bags)])


def _perceptron(
    pieces: Sequence[_Piece], epochs: int, seed: int
) -> tuple[dict[str, list[float]], dict[str, float]]:
    """One averaged perceptron over ``pieces``, met in the shuffle order of ``seed``."""
    weights = Weights()
    order = list(range(len(pieces)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for n in order:
            piece = pieces[n]
            decoder = weights.decoder(piece.layers, piece.genre)
            emit, opening = decoder.scores(piece.cues, piece.features)
            guess = decoder.viterbi(piece.cues, emit, _cost_augmented(piece, opening))
            gold = _oracle(decoder, piece, emit, opening)
            if guess != gold:
                weights.update(*_path_difference(gold, guess, piece.features, piece.layers))
            weights.step += 1
    return weights.averaged()


def main(argv: Sequence[str] | None = None) -> int:
    """Train on every plain transcript of CORPUS and write the weights file."""
    from hansard_parse.plain.evaluate import held_out, tune

    parser = argparse.ArgumentParser(
        prog="python -m hansard_parse.plain.train",
        description="Learn the plain segmenter's weights from a corpus of TXT + GOLD.json pairs.",
    )
    parser.add_argument("corpus", type=Path, help="folder searched for *.gold.json with layout plain")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).with_name("weights.json"),
        help="where to write the weights (default: the file shipped in the package)",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: {args.corpus} is not a folder", file=sys.stderr)
        return 2
    examples = load_corpus(args.corpus)
    if not trainable(examples):
        print(f"error: no speaker-less transcripts with gold under {args.corpus}", file=sys.stderr)
        return 2
    document = train(examples)
    runs = held_out(examples)
    tunings = {
        genre: tune([run for run in runs if run.example.genre == genre])
        for genre in sorted({run.example.genre for run in runs})
    }
    document["open_bias"] = {genre: t.open_bias for genre, t in tunings.items()}
    document["temperature"] = {genre: t.temperature for genre, t in tunings.items()}
    document["calibration"] = {genre: t.calibration.as_data() for genre, t in tunings.items()}
    document["format"] = "hansard_parse/segmenter-weights/2"
    document["trained_on"] = sorted({e.day for e in trainable(examples)})
    args.out.write_text(json.dumps(document, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} from {len(trainable(examples))} transcripts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
