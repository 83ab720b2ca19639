"""The speaker-less readers' shortcuts give what the plain code gives (property tests: each
shortcut against the obvious code it replaces, in every House, on sentences joined at random
from the fragments in ``fixtures/cue_fragments.list``)."""

from __future__ import annotations

import re
from re import _parser  # the tests only: reads a pattern's structure
from re._constants import AT, AT_BEGINNING

import pytest
from helpers import FIXTURES
from hypothesis import given
from hypothesis import strategies as st

from hansard_parse.houses import HOUSES, House
from hansard_parse.plain import repair, set_pieces
from hansard_parse.plain.cues import read_all, read_cues
from hansard_parse.plain.openers import opener
from hansard_parse.plain.prefilter import ANY, choice, contains_any
from hansard_parse.plain.repair import should_join
from hansard_parse.plain.set_pieces import chair_cue, is_formula, is_note
from hansard_parse.plain.sides import leans
from hansard_parse.plain.vocabulary import ANSWER, WORD, words_of

_FRAGMENTS = [
    line
    for line in (FIXTURES / "cue_fragments.list").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]
# Sentences: fragments joined by a space (or by nothing, so that words run together),
# sometimes with stray characters between them (odd case-folding letters, a unit separator).
_GLUE = st.sampled_from([" ", " ", " ", "", ", ", "\u017f", "\u0130", "\x1f", "’"])
_SENTENCES = st.lists(
    st.tuples(st.sampled_from(_FRAGMENTS), _GLUE), min_size=1, max_size=6
).map(lambda parts: "".join(fragment + glue for fragment, glue in parts).strip() or ".")
_HOUSES = st.sampled_from(sorted(HOUSES.values(), key=lambda house: house.name))


# --- the straightforward code the shortcuts replace ------------------------------------------


def _plain_opener_choice(text: str, house: House) -> tuple[float, str, str]:
    """Every opener cue in the House's order, the strongest that matches, first among equals."""
    best = (0.0, "", "")
    for cue in house.openers:
        if cue.strength > best[0] and re.search(house.expand(cue.pattern), text):
            best = (cue.strength, cue.side, cue.cue)
    return best


def _plain_chair(text: str, house: House) -> str:
    for cue in house.chair_cues:
        if re.search(house.expand(cue.pattern), text):
            return cue.cue
    return ""


def _plain_leans(text: str, house: House) -> tuple[float, float]:
    answer = question = 0.0
    words = set(WORD.findall(text))
    for cue in house.side_cues:
        if words.isdisjoint(cue.keys.split()):
            continue
        if cue.whole or re.search(house.expand(cue.pattern), text):
            if cue.side == ANSWER:
                answer += cue.weight
            else:
                question += cue.weight
    if re.search(r"\bas I (?:said|have said|mentioned|set out|say)\b", text, re.IGNORECASE):
        answer += 1.5
    return answer, question


# --- the shortcuts --------------------------------------------------------------------------


@given(text=st.text(st.sampled_from([*"aZ09_ .,’—é\t\x1f\n", "ǅ", "½"]), max_size=40))
def test_words_of_splits_as_the_word_pattern_does(text: str) -> None:
    assert words_of(text) == WORD.findall(text)


@pytest.mark.parametrize("house", sorted(HOUSES.values(), key=lambda house: house.name), ids=str)
def test_cues_with_start_characters_are_anchored(house: House) -> None:
    """The shortcuts join the cues that name start characters into one pattern matched at a
    sentence's start: each must match only there (``ANY`` stands for the others)."""
    for cue in (*house.openers, *house.chair_cues):
        if house.expand(cue.starts) != ANY:
            parsed = _parser.parse(house.expand(cue.pattern))
            assert parsed[0] == (AT, AT_BEGINNING), cue.pattern


@given(text=_SENTENCES, house=_HOUSES)
def test_opener_chooses_as_the_plain_loop_does(text: str, house: House) -> None:
    strength, side, cue = opener(text, asks=True, house=house)
    plain = _plain_opener_choice(text, house)
    if not cue.startswith('opens with "I thank'):  # thanks are then told apart by their object
        assert (strength, side, cue) == plain
    else:
        assert cue == plain[2]


@given(text=_SENTENCES, house=_HOUSES)
def test_chair_cue_is_the_first_listed_that_matches(text: str, house: House) -> None:
    assert chair_cue(text, house) == _plain_chair(text, house)


@given(text=_SENTENCES, house=_HOUSES)
def test_leans_sum_the_cues_as_the_plain_loop_does(text: str, house: House) -> None:
    assert leans(text, set(WORD.findall(text)), house) == _plain_leans(text, house)


def _plain_is_formula(text: str) -> bool:
    """`is_formula` as it read every sentence (a House without formulas of its own)."""
    stripped = text.strip()
    if not stripped.endswith(".") or "?" in stripped:
        return False
    words = stripped.rstrip(".").split()
    if len(words) < 6 or words[0] not in set_pieces._FORMULA_HEAD:
        return False
    if any(w.strip(",;:—’'") in set_pieces._FIRST_PERSON for w in words):
        return False
    if words[0] == "If":
        return words[1] in set_pieces._FORMULA_PRONOUNS and words[2] == "will"
    if words[0] == "When":
        return words[1] in set_pieces._FORMULA_PRONOUNS
    second = words[1].strip(",")
    return second not in set_pieces._NOT_FORMULA_SECOND and not second[:1].isupper()


@given(text=_SENTENCES, ending=st.sampled_from(["", ".", " .", ". .", "..", "?."]))
def test_formula_is_read_as_the_plain_code_reads_it(text: str, ending: str) -> None:
    """The first word rejects most sentences before the whole one is cut into words."""
    candidate = text + ending
    assert is_formula(candidate, HOUSES["commons"]) == _plain_is_formula(candidate)


@given(texts=st.lists(_SENTENCES, max_size=8), house=_HOUSES)
def test_read_all_reads_each_sentence_as_read_cues_does(texts: list[str], house: House) -> None:
    """Equal records are shared across the sentences of one reading, never changed."""
    assert read_all(texts, house) == [read_cues(text, house) for text in texts]


def test_cue_weights_are_floats_so_equal_records_are_equal_in_type() -> None:
    """`read_all` gives back an equal record read before; equal numbers of two types (4 and
    4.0) would compare equal and be swapped."""
    for house in HOUSES.values():
        assert all(type(cue.strength) is float for cue in house.openers)
        assert all(type(cue.weight) is float for cue in house.side_cues)


def test_choice_takes_the_best_ranked_of_anchored_and_loose_patterns() -> None:
    ranked = choice(
        [
            (r"^I thank\b", True, ()),
            (r"\bgive way\?", False, ("give way?",)),
            (r"(?i)^i\b", True, ()),
            (r"\bway\b", False, ()),
        ]
    )
    assert ranked.first("I thank him; will he give way?") == 0
    assert ranked.first("Will he give way?") == 1
    assert ranked.first("i said so") == 2
    assert ranked.first("I said the way is shut") == 2
    assert ranked.first("The way is shut") == 3
    assert ranked.first("Nothing here") == -1
    assert contains_any("give way?", ())


def _plain_should_join(line: str, following: str) -> bool:
    """`should_join` reading the end patterns over the whole line (the Commons' words)."""
    left, right = line.rstrip(), following.lstrip()
    if not left or not right or is_note(left) or is_note(right) or repair._ROSE.match(right):
        return False
    if repair._HON_END.search(left):
        after_hon = re.compile(HOUSES["commons"].after_hon)
        return bool(after_hon.match(right) or repair._STARTS_LOWER.match(right))
    if repair._TITLE.search(left):
        return bool(repair._STARTS_UPPER_WORD.match(right))
    if repair._ALWAYS.search(left):
        return True
    if repair._NUMBERED.search(left):
        return bool(repair._STARTS_DIGIT.match(right))
    if repair._ETC_END.search(left):
        return bool(repair._STARTS_LOWER.match(right))
    return False


_ABBREVIATIONS = [end.rstrip(".") for end in repair._ABBREV_ENDS] + ["Mr", "Hon", "No", "E.G"]


@given(
    head=_SENTENCES,
    glue=st.sampled_from(["", " ", "(", "[", "“", '"', "—", "-", "x", "\u017f", "\t"]),
    abbreviation=st.sampled_from(_ABBREVIATIONS),
    ending=st.sampled_from([".", ". ", "", ".."]),
    following=st.sampled_from(["Friend is right.", "1 issue.", "the end.", "Speaker.", "[Laughter.]", "rose—", ""]),
)
def test_should_join_reads_the_line_end_as_the_whole_line(
    head: str, glue: str, abbreviation: str, ending: str, following: str
) -> None:
    """The end patterns read a short window at the line's end; a line of nothing but the
    abbreviation (where ``^`` matches) is tried too."""
    for line in (head + glue + abbreviation + ending, glue + abbreviation + ending, abbreviation + ending):
        assert should_join(line, following) == _plain_should_join(line, following), line
