"""Tree toolkit: ancestors on demand, bottom-up transforms and a dispatching visitor.

Nodes are frozen and hold no parent pointer (a parent would tie every subtree to one tree and
make ``with_changes`` rebuild the whole path), so ancestry is a map built on demand by
:class:`Ancestry`, as LibCST's ``ParentNodeProvider`` does. :func:`transform` rebuilds a tree
bottom-up through ``with_changes`` as sqlglot's ``Expression.transform`` does, and
:class:`Visitor` dispatches ``visit_<type>`` / ``leave_<type>`` by the JSON type name.

>>> from hansard_parse import parse, Question, Section
>>> doc = parse("Prisons\\n1. Jane Smith (Anytown) (Lab): Will he act?\\nMr Speaker: Order.\\n")
>>> question = doc.find(Question)
>>> [n.TYPE for n in doc.parents().path(question)]
['document', 'section', 'exchange', 'question']
>>> doc.parents().find_ancestor(question, Section).title
'Prisons'
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

from .nodes import Leaf, Node, rebuilt

N = TypeVar("N", bound=Node)


class Ancestry:
    """The parent of every node of one tree, keyed by identity (nodes compare by value, and
    two equal nodes in different places have different parents).

    Holds the root, so the nodes whose ids are keys stay alive as long as the map does.
    """

    __slots__ = ("_parents", "root")

    def __init__(self, root: Node) -> None:
        self.root = root
        parents: dict[int, Node] = {}
        stack = [root]
        while stack:
            node = stack.pop()
            for child in node.child_nodes:
                parents[id(child)] = node
                stack.append(child)
        self._parents = parents

    def parent(self, node: Node) -> Node | None:
        """The node that holds ``node`` (None for the root or a node of another tree)."""
        return self._parents.get(id(node))

    def ancestors(self, node: Node) -> Iterator[Node]:
        """The parent of ``node``, its parent, and so on up to the root (nearest first)."""
        current = self._parents.get(id(node))
        while current is not None:
            yield current
            current = self._parents.get(id(current))

    def path(self, node: Node) -> tuple[Node, ...]:
        """The nodes from the root down to ``node`` itself (both included)."""
        return (*reversed(tuple(self.ancestors(node))), node)

    def find_ancestor(self, node: Node, *types: type[N]) -> N | None:
        """The nearest ancestor of ``node`` that is an instance of one of ``types``, or None."""
        for ancestor in self.ancestors(node):
            if isinstance(ancestor, types):
                return ancestor
        return None


def node_path(root: Node, node: Node) -> tuple[Node, ...]:
    """The nodes from ``root`` down to ``node`` (one-off; build :class:`Ancestry` for many)."""
    return Ancestry(root).path(node)


def find_ancestor(root: Node, node: Node, *types: type[N]) -> N | None:
    """The nearest ancestor of ``node`` under ``root`` of one of ``types`` (one-off lookup)."""
    return Ancestry(root).find_ancestor(node, *types)


def transform(node: N, fn: Callable[[Node], Node | None]) -> N:
    """A new tree: ``fn`` applied to every node bottom-up (children first, so ``fn`` sees a node
    whose children are already transformed). ``fn`` returns the node to put in its place (the
    same object to keep it) or None to drop it; the root must not be dropped, and a subtree
    ``fn`` leaves untouched is shared, not copied.
    """
    result = _transform(node, fn)
    if result is None:
        raise ValueError("transform dropped the root node")
    return result  # type: ignore[return-value]  # fn keeps the root's type by contract


def _transform(node: Node, fn: Callable[[Node], Node | None]) -> Node | None:
    children = node.child_nodes
    if children:
        new_children = [_transform(child, fn) for child in children]
        kept = tuple(child for child in new_children if child is not None)
        same = len(kept) == len(children) and all(
            a is b for a, b in zip(kept, children, strict=True)
        )
        if not same:
            node = node.with_changes(children=kept)
    return fn(node)


def evolve_nodes(
    root: N,
    changes: Mapping[int, Mapping[str, Any]],
    *,
    prune: Callable[[Node], bool] | None = None,
) -> N:
    """A new tree where each node whose ``id()`` is a key of ``changes`` gets those fields.

    The two-step form of :func:`transform` for passes that decide in source order (a
    :class:`Visitor` records what to change, keyed by the original nodes' identity) but must
    rebuild bottom-up; nodes on no path to a change are shared, not copied. ``prune(node)``
    returning True promises that nothing below ``node`` is in ``changes``, so its subtree is
    not searched (a pass that changes turns and paragraphs need not visit every word).
    """
    if not changes:
        return root
    return _evolve(root, changes, prune)  # type: ignore[return-value]  # a node keeps its class


def _evolve(
    node: Node,
    changes: Mapping[int, Mapping[str, Any]],
    prune: Callable[[Node], bool] | None,
) -> Node:
    own = changes.get(id(node))
    children = node.child_nodes
    new_children: tuple[Node, ...] | None = None
    if children and (prune is None or not prune(node)):
        # a leaf with no change of its own is itself: no call needed to find that out
        evolved = [
            child if isinstance(child, Leaf) and id(child) not in changes
            else _evolve(child, changes, prune)
            for child in children
        ]
        if any(a is not b for a, b in zip(evolved, children, strict=True)):
            new_children = tuple(evolved)
    if own is None and new_children is None:
        return node
    return rebuilt(node, dict(own or {}), new_children)


class Visitor:
    """Walk a tree calling ``visit_<type>(node)`` on the way down and ``leave_<type>(node)`` on
    the way up, where ``<type>`` is the node's JSON type name (``visit_question``).

    A node with no method of its own type falls back to its families' (``visit_contribution``
    for every kind of turn, ``visit_leaf``, ``visit_container``, then ``visit_node``). A
    ``visit_`` method that returns False skips the node's children (and its ``leave_``);
    returning None or True descends. The walk keeps its own stack, so depth is no limit.

    >>> from hansard_parse import parse
    >>> class Speakers(Visitor):
    ...     def __init__(self) -> None:
    ...         self.names: list[str] = []
    ...     def visit_contribution(self, node):
    ...         self.names.append(node.speaker.name)
    ...         return False
    >>> v = Speakers()
    >>> v.visit(parse("Mr Speaker: Order.\\nJane Smith (Anytown) (Lab): Will he act?\\n"))
    >>> v.names
    ['Mr Speaker', 'Jane Smith']
    """

    def visit(self, root: Node) -> None:
        """Walk ``root``'s subtree, root included, in source order."""
        cls = type(self)
        if cls.on_visit is not Visitor.on_visit or cls.on_leave is not Visitor.on_leave:
            self._visit_through_hooks(root)
            return
        # The usual case, kept tight (it runs on every node of every parse): the methods for
        # each node class are looked up once, and a ``leave_`` is queued only if there is one.
        handlers = _handlers(cls)
        stack: list[Any] = [root]
        while stack:
            item = stack.pop()
            if isinstance(item, tuple):
                leave, node = item
                leave(self, node)
                continue
            found = handlers.get(item.__class__)
            if found is None:
                found = handlers[item.__class__] = (
                    _method(cls, item.__class__, "visit_"),
                    _method(cls, item.__class__, "leave_"),
                    # a class that keeps the base's ``child_nodes`` (a leaf) has none to ask for
                    item.__class__.child_nodes is not Node.child_nodes,
                )
            enter, leave, has_children = found
            if enter is not None and enter(self, item) is False:
                continue
            if leave is not None:
                stack.append((leave, item))
            if has_children and (children := item.child_nodes):
                stack.extend(reversed(children))

    def _visit_through_hooks(self, root: Node) -> None:
        """The walk for a subclass that overrides :meth:`on_visit` or :meth:`on_leave`."""
        stack: list[tuple[Node, bool]] = [(root, False)]
        while stack:
            node, leaving = stack.pop()
            if leaving:
                self.on_leave(node)
                continue
            if self.on_visit(node) is False:
                continue
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.child_nodes))

    def on_visit(self, node: Node) -> bool:
        """Dispatch to the ``visit_`` method for ``node`` (override to see every node); False
        means skip the children."""
        method = _method(type(self), type(node), "visit_")
        return method is None or method(self, node) is not False

    def on_leave(self, node: Node) -> None:
        """Dispatch to the ``leave_`` method for ``node``."""
        method = _method(type(self), type(node), "leave_")
        if method is not None:
            method(self, node)


_DISPATCH: dict[tuple[type, type, str], Callable[..., object] | None] = {}
_Handlers = tuple[Callable[..., object] | None, Callable[..., object] | None, bool]
"""A node class's ``visit_`` and ``leave_`` methods, and whether its nodes may have children."""
_HANDLERS: dict[type, dict[type, _Handlers]] = {}


def _handlers(visitor: type) -> dict[type, _Handlers]:
    """The handlers of a visitor class by node class, filled as classes appear."""
    found = _HANDLERS.get(visitor)
    if found is None:
        found = _HANDLERS[visitor] = {}
    return found


def _method(visitor: type, node_type: type, prefix: str) -> Callable[..., object] | None:
    """The visitor's method for the nearest class of ``node_type`` that names a type (cached)."""
    key = (visitor, node_type, prefix)
    if key not in _DISPATCH:
        found = None
        for cls in node_type.__mro__:
            name = cls.__dict__.get("TYPE")
            if isinstance(name, str):
                found = getattr(visitor, prefix + name, None)
                if found is not None:
                    break
        _DISPATCH[key] = found
    return _DISPATCH[key]


__all__ = ["Ancestry", "Visitor", "evolve_nodes", "find_ancestor", "node_path", "transform"]
