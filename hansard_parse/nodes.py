"""The typed tree: frozen attrs nodes with source spans.

Every node is immutable (``evolve`` to change one), carries a :class:`Span`, and names its JSON
``type`` in the class variable ``TYPE``. Equality and hashing include the span, so two turns
with the same words at different places are different nodes (``list.index``, dict keys and
de-duplication keep them apart); :func:`same_structure` compares content alone. Leaves hold
the exact source text (``text`` plus the line ending ``eol`` that followed it), so
concatenating the leaves in order gives the input back byte for byte; containers hold
``children``, a tuple of nodes (anything else is refused when the node is made).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, TypeVar, cast

from attrs import NOTHING, Factory, field, fields, frozen

if TYPE_CHECKING:
    from .visit import Ancestry

N = TypeVar("N", bound="Node")


class Span(NamedTuple):
    """Where a node sits in the source: character offsets and 1-based inclusive lines.

    A named tuple rather than an attrs class: every node has one, and a tuple is made in
    half the time. It is immutable and compares by value all the same.
    """

    start: int
    end: int
    start_line: int
    end_line: int

    @classmethod
    def cover(cls, first: Span, last: Span) -> Span:
        """The span from the start of ``first`` to the end of ``last``."""
        return make_span((first.start, last.end, first.start_line, last.end_line))


make_span = cast(Callable[[tuple[int, int, int, int]], Span], functools.partial(tuple.__new__, Span))
"""``Span(*values)`` made in C: a named tuple's ``__new__`` is a Python function, and the
builder makes a span for every node of every tree."""


def _node_tuple(value: Iterable[Node]) -> tuple[Node, ...]:
    """Children as a tuple, refusing anything that is not a node.

    A converter rather than an attrs validator: it runs anyway, and one pass over the
    children here costs less than a second call per node. Without it ``children="ab"``
    would make a tree of one-letter strings that breaks every walk later on.
    """
    kind = type(value)
    # A list or tuple (what the builder and the passes hand over) needs no further test;
    # asking the ``Iterable`` ABC costs more than the rest of this check.
    if kind is not list and kind is not tuple and (
        isinstance(value, str | bytes) or not isinstance(value, Iterable)
    ):
        raise TypeError(f"children must be a sequence of nodes, not {kind.__name__}")
    children = tuple(value)
    for child in children:
        if not isinstance(child, Node):
            raise TypeError(f"children must be nodes, not {type(child).__name__}")
    return children


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _diagnostic_tuple(value: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(value)


_INIT_NAMES: dict[type, tuple[tuple[str, str], ...]] = {}
"""Per node class: each field given to ``__init__``, as (attribute, argument name)."""


def _init_names(cls: type) -> tuple[tuple[str, str], ...]:
    found = _INIT_NAMES[cls] = tuple((a.name, a.alias) for a in fields(cls) if a.init)
    return found


T = TypeVar("T")


def changed(instance: T, **changes: Any) -> T:
    """``attrs.evolve(instance, **changes)`` with the class's init fields looked up once per
    class rather than on every call (the passes over a tree copy every turn and speaker)."""
    cls = type(instance)
    names = _INIT_NAMES.get(cls) or _init_names(cls)
    kept = {name: getattr(instance, attribute) for attribute, name in names if name not in changes}
    return cls(**kept, **changes)


class _CopyPlan(NamedTuple):
    """How :func:`rebuilt` copies one node class."""

    names: tuple[str, ...]
    """Every field, in order."""
    name_set: frozenset[str]
    """The same, to test a change's fields against without making a set each time."""
    checked: frozenset[str]
    """Fields whose value ``__init__`` converts (``children`` to a tuple of nodes)."""
    plain: bool
    """Whether ``__init__`` does nothing but convert and store (no validator, no hook)."""

    def stores_as_given(self, changes: Mapping[str, Any]) -> bool:
        """Whether ``__init__`` would store every field of ``changes`` as given (known
        fields, none converted, a class with no validator or hook), so they can be stored
        straight into a node's slots."""
        return self.plain and changes.keys() <= self.name_set and not changes.keys() & self.checked


_COPY_PLANS: dict[type, _CopyPlan] = {}


def _copy_plan(cls: type) -> _CopyPlan:
    found = fields(cls)
    plan = _COPY_PLANS[cls] = _CopyPlan(
        names=tuple(a.name for a in found),
        name_set=frozenset(a.name for a in found),
        checked=frozenset(a.name for a in found if a.converter is not None),
        plain=all(a.init and a.validator is None and a.alias == a.name for a in found)
        and not hasattr(cls, "__attrs_post_init__"),
    )
    return plan


def rebuilt(node: N, changes: dict[str, Any], children: tuple[Node, ...] | None = None) -> N:
    """``node.with_changes(**changes)`` with ``children`` (already a tuple of nodes) as its
    children where given: the passes over a parsed tree rebuild every turn and its
    ancestors, so the copy stores the fields straight into a new node instead of running
    ``__init__``, whenever the changed fields need no conversion (the rebuilt children are
    nodes by construction). Otherwise, and for any class whose ``__init__`` does more than
    store, it is ``with_changes``."""
    cls = type(node)
    plan = _COPY_PLANS.get(cls) or _copy_plan(cls)
    if not plan.stores_as_given(changes):
        if children is not None:
            changes = {**changes, "children": children}
        return node.with_changes(**changes)
    copy = object.__new__(cls)
    for name in plan.names:
        if name in changes:
            value = changes[name]
        elif children is not None and name == "children":
            value = children
        else:
            value = getattr(node, name)
        object.__setattr__(copy, name, value)
    return copy


_MAKERS: dict[type, Callable[..., Any]] = {}
_FACTORY: type = Factory  # type: ignore[assignment]  # a class, though typed as a function


def maker(cls: type[N]) -> Callable[..., N]:
    """A constructor for ``cls`` that stores the fields straight into the node's slots, for
    the builder, which makes every node of every tree: the same keyword arguments and
    defaults as ``cls(...)``, but ``children`` (a list or tuple) is stored as a tuple without
    checking that each child is a node, which the builder's children are by construction.

    attrs' ``__init__`` of a frozen class stores each field through a bound
    ``object.__setattr__`` that looks the slot up by name; this calls each slot's own setter,
    about three times faster for a leaf. Made once per class, as attrs makes ``__init__``,
    from the class's fields; a class with any other converter, a validator, a hook or a
    factory default gets its plain constructor.
    """
    found = _MAKERS.get(cls)
    if found is None:
        found = _MAKERS[cls] = _make_maker(cls)
    return found


def _make_maker(cls: type[N]) -> Callable[..., N]:
    found = fields(cls)
    if hasattr(cls, "__attrs_post_init__") or any(
        not a.init or a.validator is not None or a.alias != a.name or isinstance(a.default, _FACTORY)
        or (a.converter is not None and a.converter is not _node_tuple)
        for a in found
    ):
        return cls
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_tuple": tuple}
    params: list[str] = []
    body = ["    node = _new(_cls)"]
    for a in found:
        slot = next(k.__dict__[a.name] for k in cls.__mro__ if a.name in k.__dict__)
        namespace[f"_set_{a.name}"] = slot.__set__
        if a.default is NOTHING:
            params.append(a.name)
        else:
            namespace[f"_default_{a.name}"] = a.default
            params.append(f"{a.name}=_default_{a.name}")
        value = f"_tuple({a.name})" if a.converter is not None else a.name
        body.append(f"    _set_{a.name}(node, {value})")
    source = f"def make(*, {', '.join(params)}):\n" + "\n".join(body) + "\n    return node\n"
    exec(compile(source, f"<maker of {cls.__name__}>", "exec"), namespace)
    made: Callable[..., N] = namespace["make"]
    return made


def store_fields(node: Node, changes: Mapping[str, Any]) -> None:
    """Store ``changes`` into ``node`` itself, for the one caller that may: the parser,
    completing a tree it has just built and nobody else holds yet (see
    :func:`hansard_parse.visit.fill_nodes`). Only fields that ``__init__`` would store as
    given (no converter, validator or hook) can be stored; any other raises TypeError."""
    cls = type(node)
    plan = _COPY_PLANS.get(cls) or _copy_plan(cls)
    if not plan.stores_as_given(changes):
        raise TypeError(f"cannot store {sorted(changes)} into a {cls.__name__} node")
    for name, value in changes.items():
        object.__setattr__(node, name, value)


EMPTY_SPAN = Span(start=0, end=0, start_line=1, end_line=1)


@frozen(kw_only=True)
class Speaker:
    """Who is speaking, read from a speaker label such as ``Jane Smith (Anytown) (Lab)``."""

    name: str | None = None
    """The person's name (``Mr John Brown``); where the label names no person, the chair's
    title (``Mr Speaker``) or the office (``The Prime Minister``)."""
    label: str = ""
    """The label exactly as written, without question number, UIN or colon."""
    office: str | None = None
    """An office held (``The Secretary of State for Transport``)."""
    constituency: str | None = None
    party: str | None = None
    role: str = "member"
    """``member``, ``chair``, ``collective`` (Hon. Members) or ``unknown``."""
    key: str | None = None
    """Who this is within the document (``william-hague``): every label of one person that
    day, short (``Mr Hague``) or full, carries the same key (see :mod:`hansard_parse.identity`)."""
    person_id: str | None = None
    """The person's id in a members file (``uk.org.publicwhip/person/10001``), where one was
    given and matched (see :mod:`hansard_parse.members`)."""


@frozen(kw_only=True)
class Diagnostic:
    """A note about text the parser could not read as intended (never an exception)."""

    line: int
    column: int
    reason: str
    severity: str = "warning"


@frozen(kw_only=True)
class Node:
    """Base of every node: a span and the navigation API shared by the whole tree."""

    TYPE: ClassVar[str] = "node"
    span: Span = field(default=EMPTY_SPAN, repr=False)
    """Where the node sits in the source; part of equality and the hash."""

    @property
    def child_nodes(self) -> tuple[Node, ...]:
        """The direct children (empty for leaves)."""
        return ()

    def walk(self, prune: Callable[[Node], bool] | None = None) -> Iterator[Node]:
        """Yield this node and every descendant, depth first, in source order.

        ``prune(node)`` returning True yields that node but not its descendants (for example
        ``prune=lambda n: isinstance(n, Contribution)`` stops at the turns).
        """
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            if prune is None or not prune(node):
                stack.extend(reversed(node.child_nodes))

    def find_all(self, *types: type[N]) -> Iterator[N]:
        """Yield every node in this subtree that is an instance of one of ``types``."""
        for node in self.walk():
            if isinstance(node, types):
                yield node

    def find(self, *types: type[N]) -> N | None:
        """The first node of one of ``types`` in this subtree, or None."""
        return next(self.find_all(*types), None)

    def leaves(self) -> Iterator[Leaf]:
        """The leaves of this subtree in source order."""
        for node in self.walk():
            if isinstance(node, Leaf):
                yield node

    def source_text(self) -> str:
        """The exact source text this node covers (the leaves' text, in order)."""
        return "".join(leaf.text + leaf.eol for leaf in self.leaves())

    @property
    def plain_text(self) -> str:
        """The covered text with line breaks folded to single spaces (for display and search)."""
        return " ".join(" ".join(leaf.text.split()) for leaf in self.leaves() if leaf.text.strip())

    def with_changes(self: N, **changes: Any) -> N:
        """A copy of this node with some fields replaced (nodes are immutable).

        What ``attrs.evolve`` does, with the class's fields looked up once per class rather
        than on every call: the passes over a parsed tree rebuild every turn this way.
        """
        return changed(self, **changes)

    def structurally_equal(self, other: object) -> bool:
        """True when ``other`` has the same content as this node, wherever each sits
        (see :func:`same_structure`)."""
        return same_structure(self, other)

    def parents(self) -> Ancestry:
        """The parent of every node in this subtree, built now (nodes keep no parent link):
        ``.parent(n)``, ``.ancestors(n)``, ``.path(n)``, ``.find_ancestor(n, *types)``."""
        from .visit import Ancestry

        return Ancestry(self)

    def transform(self: N, fn: Callable[[Node], Node | None]) -> N:
        """A new tree with ``fn`` applied bottom-up to every node (None drops a node); see
        :func:`hansard_parse.visit.transform`."""
        from .visit import transform

        return transform(self, fn)


@frozen(kw_only=True)
class Leaf(Node):
    """A node that owns source text: ``text`` then the line ending ``eol`` that followed it."""

    TYPE: ClassVar[str] = "leaf"
    text: str
    eol: str = ""


@frozen(kw_only=True)
class Container(Node):
    """A node made of other nodes."""

    TYPE: ClassVar[str] = "container"
    children: tuple[Node, ...] = field(default=(), converter=_node_tuple)

    @property
    def child_nodes(self) -> tuple[Node, ...]:
        return self.children


# --- leaves -----------------------------------------------------------------------------------


@frozen(kw_only=True)
class Text(Leaf):
    """A run of ordinary words inside a paragraph or sentence."""

    TYPE: ClassVar[str] = "text"


@frozen(kw_only=True)
class Label(Leaf):
    """A speaker label as written, with any question number, UIN and the colon after it."""

    TYPE: ClassVar[str] = "label"


@frozen(kw_only=True)
class Heading(Leaf):
    """A line that opens a section; ``level`` 1 is the outermost."""

    TYPE: ClassVar[str] = "heading"
    level: int = 1


@frozen(kw_only=True)
class Interjection(Leaf):
    """A bracketed note such as ``[Interruption.]``, on its own line or inside a paragraph."""

    TYPE: ClassVar[str] = "interjection"
    kind: str = "other"
    """interruption, hear_hear, laughter, rose, collective, note or other."""


@frozen(kw_only=True)
class ChairChange(Leaf):
    """``[Mr Speaker in the Chair]``: who takes the chair from here on."""

    TYPE: ClassVar[str] = "chair_change"
    chair: str | None = None


@frozen(kw_only=True)
class FloorLanguage(Leaf):
    """``[Translation]``, ``[English]``: the language the floor speaks from here on, as a
    bilingual record marks it on a line of its own (a marker, not speech)."""

    TYPE: ClassVar[str] = "floor_language"
    language: str | None = None
    """The marker's word (``English``, ``Translation``)."""


@frozen(kw_only=True)
class Time(Leaf):
    """A time stamp line such as ``4.15 pm``."""

    TYPE: ClassVar[str] = "time"
    value: str | None = None
    """The time as 24-hour ``HH:MM`` where it could be read."""


@frozen(kw_only=True)
class Column(Leaf):
    """A column marker of the printed report (``3 May 2012 : Column 456``)."""

    TYPE: ClassVar[str] = "column"
    column: str | None = None


@frozen(kw_only=True)
class Reference(Leaf):
    """A member referred to inside a speech (``my hon. Friend the Member for X (Jane Smith)``)."""

    TYPE: ClassVar[str] = "reference"
    name: str | None = None
    constituency: str | None = None


@frozen(kw_only=True)
class Blank(Leaf):
    """An empty or whitespace-only line."""

    TYPE: ClassVar[str] = "blank"


@frozen(kw_only=True)
class Boilerplate(Leaf):
    """Web clutter that is not part of the text (``READ MORE: …``, ``You may also like``)."""

    TYPE: ClassVar[str] = "boilerplate"


@frozen(kw_only=True)
class Table(Leaf):
    """The rows of a table (``2009-10\t£32,500,000\t1,550,000``), with its caption and the
    band names between rows, kept whole as the record prints them: one leaf of whole lines,
    because a row is neither a heading nor a sentence."""

    TYPE: ClassVar[str] = "table"


@frozen(kw_only=True)
class MemberList(Leaf):
    """A list of members, one a line, as a committee's report opens
    (``† Baron, Mr. John (Billericay) (Con)``, ``Chairmen: …``): one leaf of whole lines,
    so no name in it is taken for a heading or a speaker."""

    TYPE: ClassVar[str] = "member_list"


@frozen(kw_only=True)
class Unparsed(Leaf):
    """Text that fits no rule; ``diagnostic`` says why. Kept so nothing is lost."""

    TYPE: ClassVar[str] = "unparsed"
    diagnostic: str = ""


# --- blocks of running text ---------------------------------------------------------------------


@frozen(kw_only=True)
class Block(Container):
    """A run of text made of inline nodes (text, interjections, references)."""

    @property
    def text(self) -> str:
        """The block's words with line breaks folded (interjections included as written,
        column markers and subtitles' time stamps left out)."""
        return " ".join(
            " ".join(leaf.text.split())
            for leaf in self.leaves()
            if leaf.text.strip() and leaf.TYPE not in ("column", "time")
        )


@frozen(kw_only=True)
class Paragraph(Block):
    """One paragraph of a speech or of the record."""

    TYPE: ClassVar[str] = "paragraph"
    column: str | None = None
    """The printed column where the paragraph starts (``771``, ``89WS``), from column markers."""


@frozen(kw_only=True)
class Sentence(Block):
    """One sentence of a speaker-less transcript; ``repaired`` when rejoined across lines."""

    TYPE: ClassVar[str] = "sentence"
    repaired: bool = False


# --- structure ----------------------------------------------------------------------------------


@frozen(kw_only=True)
class Document(Container):
    """The whole input: its layout, its House and what the parser had to say about it."""

    TYPE: ClassVar[str] = "document"
    layout: str = "print"
    house: str = "commons"
    """The House whose words the text was read in (``commons``, ``lords``; see ``houses``)."""
    date: str | None = None
    """The sitting's date as ``YYYY-MM-DD``, read from the text or given to ``parse``."""
    site: str | None = None
    """The website the text was copied from (``theyworkforyou``; see ``sites``), or None."""
    volume: str | None = None
    """The volume of the printed record, where the page states it (``vol 345``)."""
    columns: str | None = None
    """The columns of the printed record the text covers, where the page states them
    (``cc835-7`` → ``835-7``)."""
    diagnostics: tuple[Diagnostic, ...] = field(default=(), converter=_diagnostic_tuple)
    path: str | None = field(default=None, eq=False, metadata={"envelope": True})
    """The file the text was read from (``parse_file``), None for text given directly.
    Where the text came from, not what it says: left out of equality, and written to the
    export's ``"source"`` rather than into the document node."""
    encoding: str | None = field(default=None, eq=False, metadata={"envelope": True})
    """The encoding the file was decoded from (``parse_file``, ``parse`` of bytes)."""


@frozen(kw_only=True)
class Section(Container):
    """A heading and everything under it, down to the next heading of the same or higher level."""

    TYPE: ClassVar[str] = "section"
    title: str = ""
    level: int = 1


@frozen(kw_only=True)
class Exchange(Container):
    """A question (or questions answered together) with its answers."""

    TYPE: ClassVar[str] = "exchange"


@frozen(kw_only=True)
class Procedural(Container):
    """Procedure of the House: ``Question put and agreed to.``, ``Ordered,`` and what follows."""

    TYPE: ClassVar[str] = "procedural"


@frozen(kw_only=True)
class Division(Container):
    """A division of the House: counts, number, time, and who voted which way."""

    TYPE: ClassVar[str] = "division"
    number: str | None = None
    """``Division No. 123`` → ``123``."""
    time: str | None = None
    ayes: int | None = None
    noes: int | None = None
    ayes_names: tuple[str, ...] = field(default=(), converter=_str_tuple)
    """Members voting Aye, as printed (surname first), constituency appended in brackets."""
    noes_names: tuple[str, ...] = field(default=(), converter=_str_tuple)
    ayes_tellers: tuple[str, ...] = field(default=(), converter=_str_tuple)
    noes_tellers: tuple[str, ...] = field(default=(), converter=_str_tuple)


@frozen(kw_only=True)
class Narrative(Container):
    """Prose that is not a debate (a news piece, an op-ed)."""

    TYPE: ClassVar[str] = "narrative"


@frozen(kw_only=True)
class Contribution(Container):
    """One speaker's turn. The subclass says what kind of turn it is."""

    TYPE: ClassVar[str] = "contribution"
    speaker: Speaker | None = None
    number: str | None = None
    """Question number as printed (``1``, topical ``T1``, Prime Minister's ``Q1``)."""
    uin: str | None = None
    """The question's unique identification number (``904342``)."""
    cue: str | None = None
    """For inferred turns: the evidence that opened the turn."""
    confidence: float | None = None
    continues: bool = False
    """True when the turn began before the text does (the text opens mid-turn)."""
    time: str | None = None
    """The latest time stamp of the sitting before this turn began (``16:15``)."""
    column: str | None = None
    """The printed column where the turn starts (``771``), from column markers."""
    id: str | None = None
    """A stable id: House, date, column (or section) and position there
    (``commons/2011-07-19/771/3``); see :mod:`hansard_parse.sitting`."""

    @property
    def text(self) -> str:
        """The spoken words only: no label, column markers or page clutter; references read
        as words and inline interjections kept (:meth:`words` can drop them)."""
        return self.words()

    def words(self, *, interjections: bool = True) -> str:
        """The turn's words, paragraphs apart by a blank line; ``interjections=False`` drops
        inline notes such as ``[Interruption.]``."""
        from .words import turn_words

        return turn_words(self, interjections=interjections)


@frozen(kw_only=True)
class Question(Contribution):
    """A speaker's turn: a question on the order paper (with its number and UIN)."""

    TYPE: ClassVar[str] = "question"


@frozen(kw_only=True)
class SupplementaryQuestion(Contribution):
    """A speaker's turn: a follow-up question, or a question on a statement."""

    TYPE: ClassVar[str] = "supplementary_question"


@frozen(kw_only=True)
class Answer(Contribution):
    """A speaker's turn: a minister's answer."""

    TYPE: ClassVar[str] = "answer"


@frozen(kw_only=True)
class Statement(Contribution):
    """A speaker's turn: a ministerial statement."""

    TYPE: ClassVar[str] = "statement"


@frozen(kw_only=True)
class Speech(Contribution):
    """A speaker's turn in a debate."""

    TYPE: ClassVar[str] = "speech"


@frozen(kw_only=True)
class Intervention(Contribution):
    """A speaker's turn: a short intervention in another member's speech."""

    TYPE: ClassVar[str] = "intervention"


@frozen(kw_only=True)
class PointOfOrder(Contribution):
    """A speaker's turn: a point of order."""

    TYPE: ClassVar[str] = "point_of_order"


@frozen(kw_only=True)
class Chair(Contribution):
    """A speaker's turn by the chair (Speaker, Deputy Speaker, Chair)."""

    TYPE: ClassVar[str] = "chair"


CONTRIBUTION_TYPES: dict[str, type[Contribution]] = {
    cls.TYPE: cls
    for cls in (
        Question,
        SupplementaryQuestion,
        Answer,
        Statement,
        Speech,
        Intervention,
        PointOfOrder,
        Chair,
    )
}
"""Contribution classes by their JSON type name."""


_CONTENT_FIELDS: dict[type, tuple[str, ...]] = {}


def contributions(node: Node) -> Iterator[Contribution]:
    """Every turn under ``node`` in source order, without walking inside the turns (turns
    never nest, so this finds what ``find_all(Contribution)`` finds in a fraction of the
    steps: a sitting's paragraphs and words are most of its nodes)."""
    for found in node.walk(prune=_is_contribution):
        if isinstance(found, Contribution):
            yield found


def _is_contribution(node: Node) -> bool:
    return isinstance(node, Contribution)


_PLACE_FIELDS = frozenset({"span", "children", "id", "column"})
"""Fields that say where a node is (its span, the turn id and printed column derived from
it), not what it says; :func:`same_structure` leaves them out."""


def _content_fields(cls: type[Node]) -> tuple[str, ...]:
    """The fields of a node class other than :data:`_PLACE_FIELDS` (cached per class)."""
    found = _CONTENT_FIELDS.get(cls)
    if found is None:
        found = tuple(f.name for f in fields(cls) if f.name not in _PLACE_FIELDS)
        _CONTENT_FIELDS[cls] = found
    return found


def same_structure(a: object, b: object) -> bool:
    """True when two nodes have the same type, fields and children, their places aside (the
    span, and the turn id and printed column that follow from it).

    ``==`` includes spans, so it tells apart two identical turns at different places; this
    asks whether two trees say the same thing (a fragment parsed on its own against the same
    text inside a whole sitting, a tree before and after an edit that moved it). Walks with
    an explicit stack, so a deep tree needs no deep recursion.

    >>> from hansard_parse import parse
    >>> text = "Jo Bell (Lab): Hear, hear.\\nMr Speaker: Order.\\nJo Bell (Lab): Hear, hear.\\n"
    >>> first, _, second = parse(text).find_all(Contribution)
    >>> first == second, same_structure(first, second)
    (False, True)
    """
    if not isinstance(a, Node) or not isinstance(b, Node):
        return a == b
    stack: list[tuple[Node, Node]] = [(a, b)]
    while stack:
        left, right = stack.pop()
        if type(left) is not type(right):
            return False
        for name in _content_fields(type(left)):
            if getattr(left, name) != getattr(right, name):
                return False
        left_children, right_children = left.child_nodes, right.child_nodes
        if len(left_children) != len(right_children):
            return False
        stack.extend(zip(left_children, right_children, strict=True))
    return True


def _all_node_classes() -> dict[str, type[Node]]:
    """The concrete node classes of this module, by type name.

    Read from the module's names, not ``Node.__subclasses__()``: attrs makes a new class for
    ``slots=True`` and the superseded one can linger among the subclasses.
    """
    abstract = {"node", "leaf", "container", "contribution"}
    return {
        value.TYPE: value
        for value in globals().values()
        if isinstance(value, type)
        and issubclass(value, Node)
        and value.TYPE not in abstract
        and value is not Block
    }


NODE_TYPES: dict[str, type[Node]] = _all_node_classes()
"""Every concrete node class by its JSON type name."""
