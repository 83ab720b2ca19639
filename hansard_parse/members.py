"""Members files: who a speaker is beyond the sitting, as a ``person_id`` on each speaker.

Two formats are read. A Popolo ``people.json`` as TheyWorkForYou and EveryPolitician publish
it: ``persons`` (with ``name`` or ``given_name``/``family_name`` and ``other_names`` valid
between ``start_date`` and ``end_date``), ``memberships`` (``person_id``, ``start_date``,
``end_date``, the House through ``organization_id`` or the post's, the party through
``on_behalf_of_id``), ``posts`` (the seat's ``area``) and ``organizations``. Or a CSV with the
columns ``id, name, aliases, house, start, end`` (aliases separated by ``;``; optional
``constituency`` and ``party``).

A speaker is matched by the fullest name the sitting gave their ``key`` (so ``Mr Hague``
matches as ``Mr William Hague``), among the members of the sitting's House on its date under a
name they bore on that date, and by constituency where the label gives one. Several people
still left is a diagnostic, never a guess.
"""

from __future__ import annotations

import csv
import datetime
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import orjson
from attrs import evolve, field, frozen

from .identity import name_parts
from .nodes import Diagnostic, Document, Speaker, contributions
from .sitting import Changes, fold_accents


class MembersFileError(ValueError):
    """A members file that cannot be read (not JSON or CSV of the expected shape)."""


@frozen(kw_only=True)
class Membership:
    """One person's seat in one House for a period, under the names they bore then."""

    person_id: str
    house: str | None = None
    start: str | None = None
    """First day, ``YYYY-MM-DD`` (None: since ever)."""
    end: str | None = None
    """Last day, ``YYYY-MM-DD`` (None: still serving)."""
    constituency: str | None = None
    party: str | None = None

    def covers(self, house: str | None, date: str | None) -> bool:
        """True when the seat is in ``house`` on ``date`` (an unknown one matches all)."""
        if house and self.house and self.house != house:
            return False
        return within(date, self.start, self.end)


@frozen(kw_only=True)
class Name:
    """A name a person bore, and when (``None``: always)."""

    person_id: str
    name: str
    start: str | None = None
    end: str | None = None

    def covers(self, date: str | None) -> bool:
        return within(date, self.start, self.end)


def within(date: str | None, start: str | None, end: str | None) -> bool:
    """True when ``date`` falls from ``start`` to ``end`` inclusive (None: open-ended; a bare
    year or year-month end covers the whole of it)."""
    if date is None:
        return True
    if start and date < start:
        return False
    return not end or date[: len(end)] <= end


@frozen(kw_only=True)
class Members:
    """The people of a members file, indexed by normalised name."""

    names: dict[str, tuple[Name, ...]] = field(factory=dict)
    memberships: dict[str, tuple[Membership, ...]] = field(factory=dict)

    @classmethod
    def from_records(cls, names: Iterable[Name], memberships: Iterable[Membership]) -> Members:
        by_name: dict[str, list[Name]] = {}
        for name in names:
            by_name.setdefault(name_key(name.name), []).append(name)
        by_person: dict[str, list[Membership]] = {}
        for membership in memberships:
            by_person.setdefault(membership.person_id, []).append(membership)
        return cls(
            names={k: tuple(v) for k, v in by_name.items()},
            memberships={k: tuple(v) for k, v in by_person.items()},
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Members:
        """Read a Popolo ``.json`` or a ``.csv`` members file (by its content)."""
        data = Path(path).read_bytes()
        if data.lstrip()[:1] in (b"{", b"["):
            try:
                return cls.from_popolo(orjson.loads(data))
            except orjson.JSONDecodeError as exc:
                raise MembersFileError(f"{os.fspath(path)}: not valid JSON ({exc})") from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise MembersFileError(f"{os.fspath(path)}: not UTF-8 text") from None
        return cls.from_csv(text.splitlines(), where=os.fspath(path))

    @classmethod
    def from_csv(cls, lines: Iterable[str], *, where: str = "members file") -> Members:
        reader = csv.DictReader(lines)
        fields = set(reader.fieldnames or ())
        missing = {"id", "name"} - fields
        if missing:
            raise MembersFileError(f"{where}: a members CSV needs the columns id and name")
        names: list[Name] = []
        memberships: list[Membership] = []
        for row in reader:
            person = (row.get("id") or "").strip()
            if not person:
                continue
            start, end = _date(row.get("start")), _date(row.get("end"))
            aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
            for name in [(row.get("name") or "").strip(), *aliases]:
                if name:
                    names.append(Name(person_id=person, name=name, start=start, end=end))
            memberships.append(
                Membership(
                    person_id=person,
                    house=_house(row.get("house")),
                    start=start,
                    end=end,
                    constituency=(row.get("constituency") or "").strip() or None,
                    party=(row.get("party") or "").strip() or None,
                )
            )
        return cls.from_records(names, memberships)

    @classmethod
    def from_popolo(cls, data: Any) -> Members:
        if not isinstance(data, dict) or not isinstance(data.get("persons"), list):
            raise MembersFileError("a Popolo members file needs a 'persons' list")
        posts = {p.get("id"): p for p in data.get("posts", []) if isinstance(p, dict)}
        orgs = {o.get("id"): o for o in data.get("organizations", []) if isinstance(o, dict)}
        names: list[Name] = []
        for person in data["persons"]:
            if not isinstance(person, dict) or not person.get("id"):
                continue
            pid = str(person["id"])
            for entry in [person, *person.get("other_names", [])]:
                if isinstance(entry, dict):
                    name = _popolo_name(entry)
                    if name:
                        start = _date(entry.get("start_date"))
                        end = _date(entry.get("end_date"))
                        names.append(Name(person_id=pid, name=name, start=start, end=end))
        memberships: list[Membership] = []
        for item in data.get("memberships", []):
            if not isinstance(item, dict) or not item.get("person_id"):
                continue
            post = posts.get(item.get("post_id"), {})
            area = item.get("area") or post.get("area") or {}
            party = orgs.get(item.get("on_behalf_of_id"), {})
            memberships.append(
                Membership(
                    person_id=str(item["person_id"]),
                    house=_house(item.get("organization_id") or post.get("organization_id")),
                    start=_date(item.get("start_date")),
                    end=_date(item.get("end_date")),
                    constituency=area.get("name") if isinstance(area, dict) else None,
                    party=party.get("name") if isinstance(party, dict) else None,
                )
            )
        return cls.from_records(names, memberships)

    def find(
        self, name: str, *, house: str | None, date: str | None, constituency: str | None = None
    ) -> list[tuple[str, Membership | None]]:
        """The people who bore ``name`` on ``date`` and sat in ``house`` then (with that seat),
        narrowed by ``constituency`` where it tells them apart."""
        found: dict[str, Membership | None] = {}
        for entry in self.names.get(name_key(name), ()):
            if not entry.covers(date):
                continue
            seats = self.memberships.get(entry.person_id)
            if seats is None:
                found.setdefault(entry.person_id, None)
                continue
            for seat in seats:
                if seat.covers(house, date):
                    found[entry.person_id] = seat
        people = list(found.items())
        if len(people) > 1 and constituency:
            same_seat = [p for p in people if p[1] is not None and p[1].constituency == constituency]
            people = same_seat or people
        return people


def name_key(name: str) -> str:
    """A name compared without titles, case, dots or accents (``Mr. William Hague`` →
    ``william hague``; ``Stéphane Dion`` and ``Stephane Dion`` alike)."""
    _titles, words = name_parts(name)
    return fold_accents(" ".join(word.rstrip(".") for word in words)).lower()


def _popolo_name(entry: Mapping[str, Any]) -> str | None:
    name = entry.get("name")
    if isinstance(name, str) and name.strip():
        return name.strip()
    given, family = entry.get("given_name"), entry.get("family_name")
    if isinstance(given, str) and isinstance(family, str):
        return f"{given} {family}".strip()
    return None


def _date(value: object) -> str | None:
    """A Popolo or CSV date (``2010-05-06``; a bare year or year-month is widened) or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if len(text) in (4, 7):
        return text
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise MembersFileError(f"{value!r} is not a date as YYYY-MM-DD") from None


def _house(value: object) -> str | None:
    """``house-of-commons``, ``uk.parliament.commons``, ``Commons`` → ``commons``."""
    if not isinstance(value, str) or not value.strip():
        return None
    lowered = value.strip().lower()
    for house in ("commons", "lords"):
        if house in lowered:
            return house
    return lowered


def match_members(
    document: Document,
    members: Members,
    *,
    house: str | None,
    date: str | None,
    fullest: dict[str, tuple[str, str | None]] | None = None,
) -> tuple[Changes, list[Diagnostic]]:
    """``person_id`` (and a missing party or constituency) for each turn's speaker, as changes.

    ``fullest`` holds the fullest name seen for each key in earlier pieces of the same sitting
    (:func:`~hansard_parse.iter_parse`), and is updated with this document's.
    """
    fullest = _fullest_names(document, {} if fullest is None else fullest)
    people: dict[str, tuple[str, Membership | None] | None] = {}
    diagnostics: list[Diagnostic] = []
    changes: Changes = {}
    for turn in contributions(document):
        speaker = turn.speaker
        if speaker is None or speaker.key is None or speaker.role == "collective":
            continue
        if speaker.key not in people:
            name, constituency = fullest.get(speaker.key, (speaker.name or "", None))
            found = members.find(name, house=house, date=date, constituency=constituency)
            people[speaker.key] = found[0] if len(found) == 1 else None
            if len(found) > 1:
                ids = ", ".join(sorted(pid for pid, _ in found))
                diagnostics.append(
                    Diagnostic(
                        line=turn.span.start_line,
                        column=1,
                        reason=f"speaker {name!r} matches several members ({ids}): no person_id",
                        severity="info",
                    )
                )
        match = people[speaker.key]
        if match is not None:
            changes[id(turn)] = {"speaker": _with_person(speaker, *match)}
    return changes, diagnostics


def _with_person(speaker: Speaker, person_id: str, seat: Membership | None) -> Speaker:
    return evolve(
        speaker,
        person_id=person_id,
        party=speaker.party or (seat.party if seat else None),
        constituency=speaker.constituency or (seat.constituency if seat else None),
    )


def _fullest_names(
    document: Document, best: dict[str, tuple[str, str | None]]
) -> dict[str, tuple[str, str | None]]:
    """For each speaker key, the name with the most words given that day, and a constituency
    (added to ``best``, which may hold what earlier pieces gave)."""
    for turn in contributions(document):
        speaker = turn.speaker
        if speaker is None or speaker.key is None or not speaker.name:
            continue
        name, constituency = best.get(speaker.key, ("", None))
        if len(name_parts(speaker.name)[1]) > len(name_parts(name)[1]):
            name = speaker.name
        best[speaker.key] = (name, constituency or speaker.constituency)
    return best


__all__ = ["Members", "MembersFileError", "Membership", "Name", "match_members", "name_key"]
