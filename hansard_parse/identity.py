"""One identity per member within a sitting: every label of a person carries one ``key``.

The record names a member in full the first time they speak (``Mr David Hanson (Delyn)
(Lab)``, ``The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague)``)
and by title and surname after (``Mr Hanson``, ``Mr Hague``). This pass reads the turns in
order, keeps a roster of the people named so far, and gives each turn's speaker the key of
the person its label names, with the office, constituency and party that person was given
earlier (fields the label itself states are kept). A short label that fits two people on
the roster (two members named Smith) gets no identity and a diagnostic: never a guess.

The chair is the chair however written (``Mr Speaker``, ``Mr. Speaker``, ``Mr Speaker
(Lindsay Hoyle)``, or the member's own name when a ``chair`` turn or ``[… in the Chair]``
says they preside): chair titles share one key per office (``speaker``,
``deputy-speaker``), or the person's key once the label or a chair note has named them.

A pass over the built tree, not part of label reading: it needs the whole day's context,
and labels are read one line at a time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from attrs import define, field

from .houses import HOUSES
from .nodes import (
    Chair,
    ChairChange,
    Container,
    Contribution,
    Diagnostic,
    Document,
    Node,
    Paragraph,
    Sentence,
    Speaker,
    changed,
    contributions,
)
from .sitting import Changes, recorder, slug

_TITLES = frozenset(
    [
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness",
        "baron", "viscount", "earl", "rev", "reverend", "professor", "prof", "captain", "major",
        "colonel", "general", "lieutenant", "canon", "rt", "hon", "right",
    ]
)
"""Words of a name that are titles, not names (compared lower case, dots removed)."""
_MALE = frozenset(["mr", "sir", "lord", "baron", "viscount", "earl"])
_FEMALE = frozenset(["mrs", "ms", "miss", "dame", "lady", "baroness", "madam"])
_CHAIR_NOISE = frozenset(["the", "mr", "madam", "madame"])
_CHAIR_WORDS = {"chairman": "chair", "chairwoman": "chair"}
@functools.lru_cache(maxsize=4096)
def _is_chair_title(text: str) -> bool:
    """Whether ``text`` is a chair's title in any House (``Mr Speaker``, ``The Presiding
    Officer``): a title names an office, never one member."""
    return any(house.chair_re.match(text) for house in HOUSES.values())


_IN_THE_CHAIR_RE = re.compile(r"^in\s+the\s+chair$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def name_parts(name: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A person's name split into its titles (lower case) and its other words (cached: a
    sitting repeats its names).

    >>> name_parts("Mr. William Hague")
    (frozenset({'mr'}), ('William', 'Hague'))
    """
    titles: set[str] = set()
    words = name.replace("’", "'").split()
    rest: list[str] = []
    for i, word in enumerate(words):
        bare = word.rstrip(".").lower()
        if not rest and bare in _TITLES and i < len(words) - 1:
            titles.add(bare)
        else:
            rest.append(word.rstrip(",") if word != "." else word)
    return frozenset(titles), tuple(rest)


@functools.lru_cache(maxsize=4096)
def _name_key(words: tuple[str, ...]) -> str:
    """A full name compared without case or the dots of initials (``Jeffrey M. Donaldson``;
    cached: a sitting repeats its names)."""
    return " ".join(word.rstrip(".") for word in words).lower()


@functools.lru_cache(maxsize=1024)
def chair_office(title: str) -> str:
    """The office a chair's title names: ``Mr. Speaker`` and ``The Speaker`` → ``speaker``,
    ``Madam Deputy Speaker`` → ``deputy speaker``, ``Mr Chairman`` → ``chair``."""
    if _IN_THE_CHAIR_RE.match(title.strip()):
        return "chair"
    words = [w.rstrip(".").lower() for w in title.split()]
    words = [_CHAIR_WORDS.get(w, w) for w in words if w not in _CHAIR_NOISE]
    return " ".join(words) or "chair"


def _titles_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """False only when one title is a man's and the other a woman's (``Mr`` and ``Mrs``)."""
    return not ((a & _MALE and b & _FEMALE) or (a & _FEMALE and b & _MALE))


@define(eq=False)
class Person:
    """Someone named in the sitting, with the fullest description read so far."""

    key: str
    name: str
    titles: frozenset[str] = frozenset()
    office: str | None = None
    constituency: str | None = None
    party: str | None = None

    def learn(self, speaker: Speaker) -> None:
        """Take what a full label says (the latest office, constituency and party)."""
        if speaker.office and speaker.office != speaker.name:
            self.office = speaker.office
        self.constituency = speaker.constituency or self.constituency
        self.party = speaker.party or self.party


@define
class Roster:
    """The people of one sitting so far (carried from piece to piece of a long file)."""

    by_name: dict[str, Person] = field(factory=dict)
    """Full names (first names and surname, lower case, no titles)."""
    by_surname: dict[str, list[Person]] = field(factory=dict)
    by_office: dict[str, Person] = field(factory=dict)
    by_short: dict[str, Person] = field(factory=dict)
    """Title-and-surname labels that named no one known (``Mr Hague`` with no full label)."""
    chairs: dict[str, Person] = field(factory=dict)
    """Chair offices (``speaker``) → who was last named holding them, or the office itself."""
    presiding: str | None = None
    """The full name of the person a ``[… in the Chair]`` note put in the chair."""
    keys: set[str] = field(factory=set)

    def new_person(self, base: str, name: str, titles: frozenset[str] = frozenset()) -> Person:
        """A person with a key not yet used in the document (``smith``, ``smith-2``)."""
        key = base or "member"
        n = 1
        while key in self.keys:
            n += 1
            key = f"{base}-{n}"
        self.keys.add(key)
        return Person(key=key, name=name, titles=titles)

    def named(self, words: tuple[str, ...], titles: frozenset[str], name: str) -> Person:
        """The person with this full name, added to the roster the first time."""
        full = _name_key(words)
        person = self.by_name.get(full)
        if person is None:
            person = self.by_name[full] = self.new_person(slug(full), name, titles)
            self.by_surname.setdefault(words[-1].lower(), []).append(person)
        if not titles <= person.titles:
            person.titles = person.titles | titles
        return person


@define
class Resolution:
    """What the pass decided: new speakers by turn identity, and the ambiguities it saw."""

    changes: Changes = field(factory=dict)
    diagnostics: list[Diagnostic] = field(factory=list)


def resolve_speakers(
    document: Document, roster: Roster | None = None, *, into_tree: bool = False
) -> Resolution:
    """Give every turn's speaker a ``key`` and what earlier labels said of the same person.

    With ``into_tree``, for the parser's own tree that nobody holds yet (see
    :func:`~hansard_parse.enrich.enrich`), each new speaker is stored into its turn as it is
    decided and the resolution holds no changes: no second walk finds the turns again.
    The reader reads each turn's speaker once, before its own is stored."""
    said = turns_and_chair_notes(document)
    reader = _Reader(
        roster or Roster(), _named_chairs(node for node in said if isinstance(node, Contribution)), into_tree
    )
    for node in said:
        if isinstance(node, Contribution):
            reader.visit_contribution(node)
        else:
            reader.visit_chair_change(node)
    return reader.resolution


def turns_and_chair_notes(document: Node) -> list[Contribution | ChairChange]:
    """The turns and the chair notes (``[Mr Nigel Evans in the Chair]``) outside them, in
    source order: what this pass reads, found in one walk that enters no turn and no block
    (a paragraph's leaves are words, never a turn nor a chair note, a line of its own)."""
    found: list[Contribution | ChairChange] = []
    stack: list[Node] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, _SAID):
            found.append(node)
        elif isinstance(node, Container) and not isinstance(node, _BLOCKS):
            stack.extend(reversed(node.children))
    return found


_SAID = (Contribution, ChairChange)
_BLOCKS = (Paragraph, Sentence)
"""The classes the walk asks for, as tuples: ``A | B`` makes a new union object each time
it is evaluated, once a node here."""


class _Reader:
    """Reads the turns and chair notes in order (see :func:`turns_and_chair_notes`)."""

    def __init__(self, roster: Roster, chairs: dict[str, list[str]], into_tree: bool = False) -> None:
        self.roster = roster
        self.named_chairs = chairs
        self.resolution = Resolution()
        self._record = recorder(self.resolution.changes, into_tree)
        self._inherited: dict[tuple[object, ...], Speaker] = {}

    def visit_chair_change(self, node: ChairChange) -> None:
        if not node.chair:
            return
        _titles, words = name_parts(node.chair)
        if _is_chair_title(node.chair) or len(words) < 2:
            self.roster.presiding = None
        else:
            self.roster.presiding = _name_key(words)

    def visit_contribution(self, node: Contribution) -> None:
        speaker = node.speaker
        if speaker is not None:
            resolved = self.resolve(speaker, node)
            # a new key settles it without comparing every field (most turns' speakers)
            if resolved.key != speaker.key or resolved != speaker:
                self._record(node, {"speaker": resolved})

    def resolve(self, speaker: Speaker, turn: Contribution) -> Speaker:
        if speaker.role in ("collective", "unknown"):
            return changed(speaker, key=slug(speaker.name or speaker.label) or None)
        if speaker.role == "chair" or isinstance(turn, Chair):
            return self.chair(speaker)
        name = speaker.name or ""
        titles, words = name_parts(name)
        if self.roster.presiding and words and _name_key(words) == self.roster.presiding:
            return self.chair(speaker)
        if speaker.office and speaker.office == name:
            return self.office_only(speaker)
        if len(words) >= 2:
            person = self.roster.named(words, titles, name)
        elif words:
            found = self.short(speaker, titles, words[0], turn)
            if found is None:
                return changed(speaker, key=slug(name) or None)
            person = found
        else:
            return speaker
        person.learn(speaker)
        if speaker.office and speaker.office != name:
            self.roster.by_office[speaker.office.lower()] = person
        return self.inherit(speaker, person)

    def inherit(self, speaker: Speaker, person: Person) -> Speaker:
        fields = (
            person.key,
            speaker.office or person.office,
            speaker.constituency or person.constituency,
            speaker.party or person.party,
        )
        memo = (speaker, *fields)
        found = self._inherited.get(memo)
        if found is None:  # a sitting repeats its labels: one new speaker per label and person
            key, office, constituency, party = fields
            found = self._inherited[memo] = changed(
                speaker, key=key, office=office, constituency=constituency, party=party
            )
        return found

    def short(
        self, speaker: Speaker, titles: frozenset[str], surname: str, turn: Contribution
    ) -> Person | None:
        """The one person a title-and-surname label can name; None (and a diagnostic) when
        several can."""
        roster = self.roster
        candidates = [
            person
            for person in roster.by_surname.get(surname.lower(), [])
            if _titles_agree(titles, person.titles)
            and (speaker.constituency is None or person.constituency in (None, speaker.constituency))
        ]
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            names = ", ".join(sorted(person.name for person in candidates))
            self.resolution.diagnostics.append(
                Diagnostic(
                    line=turn.span.start_line,
                    column=1,
                    reason=f"speaker {speaker.name!r} could be any of {names}: no identity given",
                    severity="info",
                )
            )
            return None
        short_key = " ".join(sorted(titles)) + " " + surname.lower()
        person = roster.by_short.get(short_key)
        if person is None:
            person = roster.by_short[short_key] = roster.new_person(
                slug(speaker.name or surname), speaker.name or surname, titles
            )
        return person

    def office_only(self, speaker: Speaker) -> Speaker:
        """``The Prime Minister:``: whoever was last named holding the office (or the one
        office named so far that it shortens), else the office itself."""
        office = (speaker.office or "").lower()
        person = self.roster.by_office.get(office)
        if person is None:
            # ``The Secretary of State:`` after ``The Secretary of State for Energy and Climate
            # Change (Chris Huhne):`` is the one office it shortens, if only one fits.
            fits = {p.key: p for o, p in self.roster.by_office.items() if o.startswith(office + " ")}
            person = next(iter(fits.values())) if len(fits) == 1 else None
        if person is None:
            person = self.roster.by_office[office] = self.roster.new_person(
                slug(office), speaker.office or ""
            )
            person.office = speaker.office
        fuller = person.office if person.office and person.office.lower().startswith(office) else None
        return self.inherit(changed(speaker, office=fuller or speaker.office), person)

    def chair(self, speaker: Speaker) -> Speaker:
        """The chair's key: the person the label names, else the holder of that office last
        named (or, before any, the first named later that day) whose title agrees, else the
        office's own entry."""
        roster = self.roster
        title = speaker.office or speaker.name or speaker.label
        office = chair_office(title)
        name = speaker.name or ""
        titles, words = name_parts(name)
        if name and name != speaker.office and not _is_chair_title(name) and len(words) >= 2:
            person = roster.named(words, titles, name)
            roster.chairs[office] = person
        else:
            person = self._holder(office, _gender_words(title))
        memo = (speaker, person.key)
        found = self._inherited.get(memo)
        if found is None:  # the chair speaks often, under few labels
            found = self._inherited[memo] = changed(speaker, role="chair", key=person.key)
        return found

    def _holder(self, office: str, titles: frozenset[str]) -> Person:
        roster = self.roster
        recent = roster.chairs.get(office)
        if recent is not None and _titles_agree(titles, recent.titles):
            return recent
        if office == "chair" and roster.presiding is not None:
            presiding = roster.by_name.get(roster.presiding)
            if presiding is not None:
                return presiding
        for name in self.named_chairs.get(office, ()):
            later_titles, later_words = name_parts(name)
            if _titles_agree(titles, later_titles):
                return roster.named(later_words, later_titles, name)
        # No one named: the office itself, one entry per holder's sex where the title says it
        # (``Mr Deputy Speaker`` and ``Madam Deputy Speaker`` are two people).
        entry_key = f"office:{office}:{' '.join(sorted(titles))}"
        entry = roster.chairs.get(entry_key)
        if entry is None:
            entry = roster.new_person(slug(office), office, titles)
            roster.chairs[entry_key] = entry
        return entry


@functools.lru_cache(maxsize=1024)
def _gender_words(title: str) -> frozenset[str]:
    """The words of a chair's title that say whether a man or a woman holds it (``madam``)."""
    words = {w.rstrip(".").lower() for w in title.split()}
    return frozenset(words & (_MALE | _FEMALE))


def named_chairs(document: Document) -> dict[str, list[str]]:
    """Chair offices and the people labels name holding them that day, in order."""
    return _named_chairs(contributions(document))


def _named_chairs(turns: Iterable[Contribution]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for turn in turns:
        speaker = turn.speaker
        if speaker is None or speaker.role != "chair" or not speaker.name:
            continue
        if speaker.name == speaker.office or _is_chair_title(speaker.name):
            continue
        office = chair_office(speaker.office or speaker.name)
        names = found.setdefault(office, [])
        if speaker.name not in names:
            names.append(speaker.name)
    return found


__all__ = ["Person", "Resolution", "Roster", "chair_office", "name_parts", "resolve_speakers"]
