"""The learned segmenter's shortcuts give what the plain code gives, bit for bit (property
tests: each shortcut against the obvious code it replaces, on sentences joined at random from
the fragments in ``fixtures/cue_fragments.list`` and on generated scores).

Floating-point sums are compared exactly (``==`` on the floats, and their ``hex``): a shortcut
may leave out a term that is zero or reuse a partial sum, never add in another order."""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Sequence

from helpers import FIXTURES
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse.houses import HOUSES, House
from hansard_parse.patterns import CONTROL_RE, unreadable_reason
from hansard_parse.plain import continuity, features
from hansard_parse.plain.continuity import carries_on
from hansard_parse.plain.cues import SentenceCues, read_all, read_cues
from hansard_parse.plain.features import first_words, last_word, sentence_vectors
from hansard_parse.plain.model import (
    _OPENERS,
    DIMENSIONS,
    LABELS,
    NEG,
    Decoder,
    _exp,
    _shape,
    decoder_for,
)
from hansard_parse.plain.prefilter import led
from hansard_parse.plain.vocabulary import WORD, words_of

_FRAGMENTS = [
    line
    for line in (FIXTURES / "cue_fragments.list").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]
_GLUE = st.sampled_from([" ", " ", " ", "", ", ", "? ", "—", "’", "1984 ", "\u0663", "\u212a"])
_SENTENCES = st.lists(
    st.tuples(st.sampled_from(_FRAGMENTS), _GLUE), min_size=1, max_size=8
).map(lambda parts: "".join(fragment + glue for fragment, glue in parts).strip() or ".")
_HOUSES = st.sampled_from(sorted(HOUSES.values(), key=lambda house: house.name))
# Words, digits (ASCII and not), apostrophes and separators: the tokens `_WORDS` cuts.
_TOKEN_TEXT = st.text(st.sampled_from([*"ab’'1 .,-", "\u0663", "é"]), max_size=260)

_WORDS = re.compile(r"[A-Za-z’']+|\d+")


# --- the straightforward code the shortcuts replace ------------------------------------------


def _plain_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """`features._words` as first written: every word of the head, every phrase tested."""
    lower = text.lower()
    words = _WORDS.findall(lower[:200])
    out = []
    before = []
    if words:
        first = "w1=" + words[0]
        out.append(first)
        before.append(first)
        if len(words) > 1:
            out.append("w12=" + words[0] + "_" + words[1])
    tail = _WORDS.findall(lower[-60:])
    after = ["wlast=" + tail[-1]] if tail else []
    after.append("end=" + (text.rstrip()[-1:] or "-"))
    after.append("len=" + features._length(text.count(" ") + 1))
    out.extend(after)
    asked = features._question_length(text)
    out.extend(asked)
    before.extend(asked)
    groups: dict[str, list[tuple[str, str]]] = {}
    for name, phrase in features._PROFILE:
        groups.setdefault(phrase.split(" ", 1)[0], []).append(("says=" + name, phrase))
    for key, phrases in groups.items():
        if key in lower:
            out.extend(name for name, phrase in phrases if phrase in lower)
    out.extend("pron=" + p for p in sorted(features._PRONOUNS.intersection(words[:12])))
    return tuple(out), tuple(after), tuple(before)


def _plain_vectors(
    texts: Sequence[str],
    cues: Sequence[SentenceCues],
    genre: str,
    house: str,
    tables: tuple[features.Table, features.Table, features.Table],
) -> list[list[float]]:
    """`sentence_vectors` as first written: each part summed on its own, then the five added."""
    table, after_table, before_table = tables
    real, where = features._read(cues, texts)
    zero = (0.0,) * DIMENSIONS

    def plus(base: Sequence[float], names: Sequence[str], table: features.Table) -> Sequence[float]:
        vectors = [v for v in map(table.get, names) if v is not None]
        if not vectors:
            return base
        return [sum(column) for column in zip(base, *vectors, strict=True)]

    def total(names: Sequence[str], table: features.Table) -> Sequence[float]:
        vectors = [v for v in map(table.get, names) if v is not None]
        if not vectors:
            return zero
        if len(vectors) == 1:
            return vectors[0]
        return [sum(column) for column in zip(*vectors, strict=True)]

    mine, after, before = [], [], []
    for i in real:
        names, later, earlier = features._verdicts(cues[i])
        words = _plain_words(texts[i].strip())
        mine.append(plus(total(names, table), words[0], table))
        after.append(plus(total(later, after_table), words[1], after_table))
        before.append(plus(total(earlier, before_table), words[2], before_table))
    setting = total(("genre=" + genre, "house=" + house), table)
    out: list[list[float]] = [list(zero)] * len(cues)
    for k, i in enumerate(real):
        prev = after[k - 1] if k > 0 else total(("first",), table)
        nxt = before[k + 1] if k + 1 < len(real) else total(("last",), table)
        place = total(where[k], table)
        out[i] = [
            a + b + c + d + e
            for a, b, c, d, e in zip(mine[k], setting, place, prev, nxt, strict=True)
        ]
    return out


def _hex(rows: Sequence[Sequence[float]]) -> list[list[str]]:
    return [[float(x).hex() for x in row] for row in rows]


# --- the shortcuts -------------------------------------------------------------------------


@given(_TOKEN_TEXT)
def test_first_words_are_the_first_twelve_of_the_head(text: str) -> None:
    assert first_words(text) == _WORDS.findall(text[:200])[:12]


@given(_TOKEN_TEXT)
def test_last_word_is_the_last_of_the_tail(text: str) -> None:
    assert last_word(text) == ["", *_WORDS.findall(text[-60:])][-1]


def test_a_word_cut_by_the_tail_window_is_kept_cut() -> None:
    assert last_word("x" * 70) == "x" * 60
    assert last_word("we spent 1984 pounds") == "pounds" and last_word("in 1984.") == "1984"


@given(_SENTENCES)
def test_word_features_are_those_of_the_plain_code(sentence: str) -> None:
    assert features._words(sentence) == _plain_words(sentence)


@given(st.lists(_SENTENCES, min_size=1, max_size=12), _HOUSES, st.sampled_from(["questions", "debate"]))
def test_sentence_sums_are_those_of_the_plain_code_bit_for_bit(
    sentences: list[str], house: House, genre: str
) -> None:
    cues = read_all(sentences, house)
    tables = decoder_for(genre, house.name).tables
    fast = sentence_vectors(sentences, cues, genre, house.name, tables, DIMENSIONS)
    assert _hex(fast) == _hex(_plain_vectors(sentences, cues, genre, house.name, tables))


def _plain_marginals(
    decoder: Decoder,
    cues: Sequence[SentenceCues],
    emit: Sequence[Sequence[float]],
    opening: Sequence[Sequence[float]],
    t: float,
) -> list[float]:
    """`Decoder.boundary_marginals` as first written: every cell of every step visited."""
    n, k = len(cues), len(LABELS)
    live = NEG / 2
    texp = [[_exp(x / t) if x > live else 0.0 for x in row] for row in decoder.transition]
    tcol = [[row[j] for row in texp] for j in range(k)]
    cexp = [[_exp(x / t) for x in row] for row in decoder.carry]
    e_exp = []
    o_exp = []
    for i in range(n):
        top = max(emit[i])
        e_exp.append([math.exp((x - top) / t) if x > live else 0.0 for x in emit[i]])
        o_exp.append([(j, _exp(opening[i][j] / t)) for j in _OPENERS if opening[i][j] > live])
    open_part, scale, prev = [], [], []
    for i in range(n):
        raw, opened = [0.0] * k, [0.0] * k
        if i > 0:
            for s, d in _shape(cues[i])[2]:
                if prev[s]:
                    raw[d] += prev[s] * cexp[s][d]
            for j, oj in o_exp[i]:
                opened[j] = oj * sum(map(operator.mul, prev, tcol[j]))
        else:
            for j, oj in o_exp[0]:
                opened[j] = oj
        raw = [(r + o) * x for r, o, x in zip(raw, opened, e_exp[i], strict=True)]
        total = sum(raw) or 1.0
        prev = [x / total for x in raw]
        open_part.append([o * x / total for o, x in zip(opened, e_exp[i], strict=True)])
        scale.append(total)
    beta = [1.0] * k
    out = [0.0] * n
    for i in range(n - 1, -1, -1):
        out[i] = min(1.0, sum(map(operator.mul, open_part[i], beta)))
        if i == 0:
            break
        nxt = [b * x / scale[i] for b, x in zip(beta, e_exp[i], strict=True)]
        new = [0.0] * k
        for j, v in [(j, oj * nxt[j]) for j, oj in o_exp[i]]:
            new = [a + b * v for a, b in zip(new, tcol[j], strict=True)]
        for s, d in _shape(cues[i])[2]:
            new[s] += cexp[s][d] * nxt[d]
        beta = new
    return out


_WEIGHT = st.floats(min_value=-8.0, max_value=8.0, allow_nan=False)


@given(
    st.lists(_SENTENCES, min_size=1, max_size=10),
    st.sampled_from(["questions", "debate"]),
    st.lists(st.lists(_WEIGHT, min_size=DIMENSIONS, max_size=DIMENSIONS), min_size=10, max_size=10),
    st.sampled_from([0.5, 1.0, 1.7, 3.0]),
)
def test_marginals_are_those_of_the_plain_forward_backward_bit_for_bit(
    sentences: list[str], genre: str, vectors: list[list[float]], temperature: float
) -> None:
    decoder = decoder_for(genre)
    cues = read_all(sentences)
    emit, opening = decoder.vector_scores(cues, vectors[: len(cues)])
    fast = decoder.boundary_marginals(cues, emit, opening, temperature)
    plain = _plain_marginals(decoder, cues, emit, opening, temperature)
    assert [p.hex() for p in fast] == [p.hex() for p in plain]


@given(st.text(st.sampled_from([*"aZ’'1 .\x01\x1f-", "\u0663", "é", "\u212a"]), max_size=90))
def test_words_are_cut_as_the_regex_cuts_them(text: str) -> None:
    assert features.words_in(text) == _WORDS.findall(text)


def _house_patterns() -> list[re.Pattern[str]]:
    """Every side cue and hand-over pattern the readers search, in every House, and a few made
    to try the splitting (a top-level alternation, lookbehinds, a class holding a bracket)."""
    found = {
        re.compile(house.expand(source))
        for house in HOUSES.values()
        for source in (
            *(cue.pattern for cue in house.side_cues),
            house.closes,
            house.plain_give_way,
            house.commends_statement,
            house.address_anywhere,
            house.asker_thanks,
            house.minister_thanks,
            house.topical,
        )
    }
    made = [
        r"\bhe|she",
        r"(?<!my )\b(?:hon\.|noble) (?:Friend|Lord)\b",
        r"(?<=[(])\b[a-z]\)",
        r"\b(?:we|I)\b(?! said)",
        r"(?i)\bas I said\b",
    ]
    return sorted(found, key=lambda p: p.pattern) + [re.compile(p) for p in made]


_PATTERNS = _house_patterns()


@given(st.sampled_from(_PATTERNS), _SENTENCES)
def test_a_pattern_searched_by_its_body_finds_the_same_match(
    pattern: re.Pattern[str], sentence: str
) -> None:
    fast, plain = led(pattern).search(sentence), pattern.search(sentence)
    assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups()))


def test_only_assertions_that_open_the_whole_pattern_are_split_off() -> None:
    assert led(re.compile(r"\bwe are\b")).body == re.compile(r"we are\b")
    assert led(re.compile(r"(?<!Friend )\b[Tt]he Minister")).body == re.compile(r"[Tt]he Minister")
    assert led(re.compile(r"(?<![(])\bx[)]")).body == re.compile(r"x[)]")
    assert led(re.compile(r"\bhe|she")).body is None, "the assertion binds only the first branch"
    assert led(re.compile(r"^I give way")).body is None
    assert led(re.compile(r"\b")).body is None
    assert led(re.compile(r"\bmy", re.IGNORECASE)).body == re.compile(r"my", re.IGNORECASE)
    # A match of the body where the assertion fails is passed over for the next.
    found = led(re.compile(r"\bwe\b")).search("awe and we")
    assert found is not None and found.span() == (8, 10)


@given(st.text(st.sampled_from([*"aZ09_ .’‘“”—–…£€•·", "é", "ǅ", "\x1f"]), max_size=50))
def test_typographic_marks_cut_words_as_the_word_pattern_does(text: str) -> None:
    assert words_of(text) == WORD.findall(text)


@given(st.lists(st.sampled_from([*range(12), 98, 99, 250]), min_size=1, max_size=3))
def test_place_features_are_named_by_their_band(distances: list[int]) -> None:
    for n in distances:
        at = min(n, features._FAR)
        assert features._SINCE[at] == "since_q=" + features._bucket(n)
        assert features._UNTIL_A[at] == "until_a=" + features._bucket(n)
        assert features._UNTIL_Q[at] == "until_q=" + features._bucket(n)


@given(st.one_of(_SENTENCES, st.text(st.sampled_from([*"aZ(1) ‘'“\"é"]), max_size=8)))
def test_a_sentence_carries_on_as_the_pattern_says(sentence: str) -> None:
    assert carries_on(sentence) == bool(re.match(r"[a-z]|[‘'“\"]|\([a-z0-9]{1,4}\) ", sentence))


@given(st.sampled_from(["Thank you.", "Thank you", "Thank you. ", "Thank you.\n", "Thank you.."]))
def test_thanks_alone_are_the_chairs(sentence: str) -> None:
    """The comparison with the text matches what the pattern it replaced matched."""
    assert (read_cues(sentence).chair == '"Thank you."') == bool(
        re.match(r"^Thank you\.$", sentence.strip())
    )


@given(st.one_of(_SENTENCES, st.sampled_from(["That week, we met.", "Thereby hangs a tale.", "Its", "So"])))
def test_anaphora_tested_by_first_words_reads_as_the_patterns_alone(sentence: str) -> None:
    head = [w.strip(",;:—") for w in sentence.split(None, 8)[1:8]]
    if continuity._CONNECTIVE.match(sentence) or not continuity._CONNECTIVES.isdisjoint(head):
        plain = continuity._CONNECTIVE_ANAPHORA
    elif continuity._ANAPHORIC.match(sentence):
        plain = 1.0
    else:
        plain = 0.0 if continuity._BACK_PRONOUNS.isdisjoint(head[:5]) else 0.5
    assert continuity.anaphora(sentence) == plain


@given(st.text(st.sampled_from([*"a .\t\x00\x07\x0b\x1f\x7f\x85\u2028", "é"]), max_size=20))
def test_unreadable_lines_are_those_the_control_pattern_finds(line: str) -> None:
    found = CONTROL_RE.search(line)
    assert (unreadable_reason(line) is None) == (found is None)
