"""The passes over a built tree that make it ready for analysis, in order.

1. the sitting (:mod:`.sitting`): its date, every turn's and paragraph's column, turn ids;
2. identity (:mod:`.identity`): one ``key`` per person, short labels given the full one's
   office, constituency and party, the chair recognised however written;
3. members (:mod:`.members`, only with a members file): a ``person_id`` per speaker.

The first two decide in one walk each and the tree is rebuilt once for both (the parser's own
tree has their fields stored into it as they are decided); the third reads their result.
:func:`~hansard_parse.parse` runs them all; :func:`~hansard_parse.iter_parse` runs them per
piece with a :class:`Context` carried from piece to piece.
"""

from __future__ import annotations

import datetime
import os

from attrs import define, field

from .identity import Roster, resolve_speakers
from .members import Members, match_members
from .nodes import Block, Contribution, Document, Node
from .sitting import Sitting, merge_changes, normalise_date, place_turns, read_date
from .visit import evolve_nodes, fill_nodes

MembersSource = Members | str | os.PathLike[str]
"""A loaded members file, or the path of one."""


@define
class Context:
    """What the passes carry across the pieces of one sitting."""

    sitting: Sitting = field(factory=Sitting)
    roster: Roster = field(factory=Roster)
    members: Members | None = None
    fullest: dict[str, tuple[str, str | None]] = field(factory=dict)
    """The fullest name (and a constituency) given so far for each speaker key."""


def make_context(
    *, date: str | datetime.date | None = None, members: MembersSource | None = None
) -> Context:
    """A fresh context; the date (``YYYY-MM-DD``) is checked and a members path is read now."""
    context = Context(members=load_members(members) if members is not None else None)
    if date is not None:
        context.sitting.date = normalise_date(date)
    return context


def load_members(members: MembersSource) -> Members:
    return members if isinstance(members, Members) else Members.load(members)


def _block(node: Node) -> bool:
    return isinstance(node, Block)


def _block_or_turn(node: Node) -> bool:
    return isinstance(node, Block | Contribution)


def enrich(document: Document, context: Context | None = None, *, fresh: bool = False) -> Document:
    """Run the passes over ``document`` (see the module docstring) and return the new tree.

    ``fresh`` is for the parser alone, with a tree it has just built and not yet handed out:
    the passes' fields are then stored into that tree's nodes rather than copied into new
    ones (:func:`~hansard_parse.visit.fill_nodes`). A tree anyone else holds is never
    changed: without ``fresh``, the nodes that change are copied.
    """
    context = context or Context()
    update = fill_nodes if fresh else evolve_nodes
    sitting = context.sitting
    if sitting.date is None:
        # a site's page states its date (see ``sites``); else the text's own lines may
        sitting.date = document.date or read_date(document)
    house = getattr(document, "house", None)  # set by the parser where it reads the House
    sitting.house = house if isinstance(house, str) else sitting.house
    places = place_turns(document, sitting, into_tree=fresh)
    resolution = resolve_speakers(document, context.roster, into_tree=fresh)
    if not fresh:
        # The passes change turns and paragraphs, never the words inside a paragraph; and a
        # paragraph only where a column is in force, which, once a marker is read, stays so:
        # with none by the end, nothing inside a turn has changed either.
        inside = _block if sitting.column is not None else _block_or_turn
        document = evolve_nodes(document, merge_changes(places, resolution.changes), prune=inside)
    diagnostics = list(resolution.diagnostics)
    if context.members is not None:
        changes, found = match_members(
            document, context.members, house=sitting.house, date=sitting.date,
            fullest=context.fullest,
        )
        document = update(document, changes, prune=_block)
        diagnostics.extend(found)
    if diagnostics or document.date != sitting.date:
        document = document.with_changes(
            date=sitting.date, diagnostics=(*document.diagnostics, *diagnostics)
        )
    return document


__all__ = ["Context", "MembersSource", "enrich", "load_members", "make_context"]
