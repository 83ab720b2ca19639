"""A sitting as one self-contained web page: no external assets, readable offline and in print.

The page is drawn from the shared walk of :mod:`hansard_parse.view`: each section becomes a
collapsible ``<details>``, each turn an ``<article class="turn …">`` with an ``id`` to link to,
and a speaker index at the top links to every turn. Every piece of text from the source goes
through :func:`html.escape`, so markup in a speech (``<script>``) shows literally.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Iterator

from ._version import __version__
from .nodes import (
    Block,
    Column,
    Contribution,
    Division,
    Document,
    Exchange,
    Interjection,
    Leaf,
    Narrative,
    Node,
    Procedural,
    Reference,
    Section,
    Time,
    Unparsed,
)
from .view import Enter, Leave, More, walk_view
from .viewer import escape_controls, speaker_text

CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4da;
  --accent: #0b5394; --answer: #1e6b34; --chair: #6a3d9a; --note: #8a4b08; }
* { box-sizing: border-box; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: var(--ink); background: #fff;
  max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
header.sitting h1 { font-size: 1.8rem; margin: 0; }
header.sitting .date { font-size: 1.2rem; margin: .2rem 0; }
header.sitting .meta { color: var(--muted); font: .85rem/1.4 system-ui, sans-serif; }
nav.speakers { font: .9rem/1.4 system-ui, sans-serif; border: 1px solid var(--rule);
  border-radius: 6px; padding: .5rem .8rem; margin: 1rem 0; }
nav.speakers ul { columns: 2 16rem; margin: .5rem 0 0; padding-left: 1.2rem; }
nav.speakers .count { color: var(--muted); }
details.section { margin: .4rem 0 .4rem .2rem; padding-left: .8rem;
  border-left: 2px solid var(--rule); }
details.section > summary { cursor: pointer; font: bold 1.05rem/1.4 system-ui, sans-serif;
  color: var(--accent); margin: .6rem 0 .3rem; }
details.level-1 > summary { font-size: 1.3rem; }
.exchange { border-top: 1px dotted var(--rule); padding-top: .3rem; }
article.turn { margin: .6rem 0; }
article.turn > h3 { font: .95rem/1.4 system-ui, sans-serif; margin: 0 0 .2rem; }
article.turn .speaker { font-weight: bold; color: var(--ink); text-decoration: none; }
article.turn .number { font-weight: bold; color: var(--accent); margin-right: .3rem; }
article.turn .office, article.turn .constituency, article.turn .party { color: var(--muted); }
article.turn .kind { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em;
  color: var(--muted); border: 1px solid var(--rule); border-radius: 3px; padding: 0 .3rem;
  margin-left: .4rem; }
article.turn .when { color: var(--muted); margin-left: .4rem; }
article.answer .kind, article.statement .kind { color: var(--answer); }
article.chair { font-size: .95rem; }
article.chair .speaker { color: var(--chair); }
article.turn p { margin: .2rem 0 .5rem; }
.interjection { font-style: italic; color: var(--note); }
.procedural, .chair_change, .division { font-style: italic; color: var(--muted);
  border-left: 3px solid var(--rule); padding-left: .6rem; margin: .5rem 0; }
.time, .column { font: .8rem/1.4 system-ui, sans-serif; color: var(--muted); }
.reference { text-decoration: underline dotted var(--muted); }
.boilerplate { color: var(--muted); text-decoration: line-through; }
.unparsed { white-space: pre-wrap; color: #a50e0e; }
.more { color: var(--muted); }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav.speakers { display: none; }
  details.section { border-left: none; padding-left: 0; }
  details.section > summary { list-style: none; color: #000; }
  article.turn { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""
"""The page's only style sheet, inline: sober on screen, plain black on paper."""


def text(value: str) -> str:
    """Source text made safe for HTML: escaped, control characters written as ``\\x1b``."""
    return html.escape(escape_controls(value, keep="\t\n\r"), quote=True)


def to_html(document: Document, *, title: str | None = None) -> str:
    """The whole page for ``document``; ``title`` (a file name) is shown when the text gives no
    House or date."""
    turns = {id(node): f"turn-{i}" for i, node in enumerate(document.find_all(Contribution), 1)}
    house = getattr(document, "house", None)
    date = getattr(document, "date", None)
    heading = " · ".join(str(part) for part in (house, date) if part) or title or "Hansard"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="hansard_parse {__version__}">',
        f"<title>{text(heading)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        '<header class="sitting">',
        f'<h1 class="house">{text(str(house) if house else title or "Hansard")}</h1>',
    ]
    if date:
        parts.append(f'<p class="date">{text(str(date))}</p>')
    parts.append(
        f'<p class="meta">{text(document.layout)} layout · {len(turns)} turns'
        + (f" · {text(title)}" if title and (house or date) else "")
        + "</p>"
    )
    parts.append("</header>")
    parts.extend(_speaker_index(document, turns))
    parts.append("<main>")
    parts.extend(_body(document, turns))
    parts.append("</main>")
    parts.append("</body>")
    parts.append("</html>")
    return "\n".join(parts)


def _speaker_index(document: Document, turns: dict[int, str]) -> Iterator[str]:
    """A ``<nav>`` listing every speaker, most turns first, each turn a numbered link."""
    links: defaultdict[str, list[str]] = defaultdict(list)
    counts: Counter[str] = Counter()
    for node in document.find_all(Contribution):
        who = speaker_text(node)
        if who:
            counts[who] += 1
            links[who].append(turns[id(node)])
    if not counts:
        return
    yield '<nav class="speakers">'
    yield f"<details><summary>Speakers ({len(counts)})</summary><ul>"
    for who, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        anchors = " ".join(
            f'<a href="#{anchor}">{i}</a>' for i, anchor in enumerate(links[who], 1)
        )
        yield (
            f'<li><span class="name">{text(who)}</span> <span class="count">({count})</span> '
            f"{anchors}</li>"
        )
    yield "</ul></details>"
    yield "</nav>"


def _body(document: Document, turns: dict[int, str]) -> Iterator[str]:
    """The page body from the walk: containers open on Enter and close on Leave."""
    inside_block = 0
    for step in walk_view(document):
        if isinstance(step, More):
            yield f'<p class="more">… {step.count} more</p>'
            continue
        node = step.node
        if inside_block:  # a paragraph's inline nodes are drawn with the paragraph
            if isinstance(node, Block):
                inside_block += 1 if isinstance(step, Enter) else -1
            continue
        if isinstance(step, Leave):
            if isinstance(node, Block):
                continue
            closing = _close(node)
            if closing:
                yield closing
            continue
        if isinstance(node, Block):
            inside_block = 1
            yield _paragraph(node)
        else:
            yield _open(node, turns)


def _open(node: Node, turns: dict[int, str]) -> str:
    """The opening markup of ``node`` (a leaf's whole element)."""
    if isinstance(node, Document):
        return ""
    if isinstance(node, Section):
        anchor = f"section-{node.span.start_line}"
        return (
            f'<details class="section level-{node.level}" id="{anchor}" open>'
            f"<summary>{text(' '.join(node.title.split()))}</summary>"
        )
    if isinstance(node, Exchange):
        return '<div class="exchange">'
    if isinstance(node, Contribution):
        return _turn_head(node, turns[id(node)])
    if isinstance(node, Procedural | Division | Narrative):
        return f'<div class="{node.TYPE}">'
    if isinstance(node, Unparsed):
        return f'<pre class="unparsed" title="{text(node.diagnostic)}">{text(node.text)}</pre>'
    if isinstance(node, Interjection):
        return f'<p class="interjection" data-kind="{text(node.kind)}">{text(node.text)}</p>'
    if isinstance(node, Leaf):  # time, column, chair change, heading, boilerplate
        return f'<p class="{node.TYPE}">{text(" ".join(node.text.split()))}</p>'
    return f'<div class="{node.TYPE}">'


def _close(node: Node) -> str:
    if isinstance(node, Document | Leaf):
        return ""
    if isinstance(node, Section):
        return "</details>"
    if isinstance(node, Contribution):
        return "</article>"
    return "</div>"


def _turn_head(node: Contribution, anchor: str) -> str:
    """``<article>`` and its heading line: number, speaker, office, constituency, party, kind."""
    parts = [
        f'<article class="turn {node.TYPE}" id="{anchor}" data-line="{node.span.start_line}">',
        "<h3>",
    ]
    if node.number:
        parts.append(f'<span class="number">{text(node.number)}.</span>')
    speaker = node.speaker
    if speaker is not None:
        parts.append(f'<a class="speaker" href="#{anchor}">{text(speaker_text(node))}</a>')
        if speaker.office and speaker.name and speaker.office != speaker.name:
            parts.append(f' <span class="office">{text(speaker.office)}</span>')
        if speaker.constituency:
            parts.append(f' <span class="constituency">({text(speaker.constituency)})</span>')
        if speaker.party:
            parts.append(f' <span class="party">({text(speaker.party)})</span>')
    parts.append(f'<span class="kind">{text(node.TYPE.replace("_", " "))}</span>')
    if node.time:
        parts.append(f'<time class="when">{text(node.time)}</time>')
    parts.append("</h3>")
    return "".join(parts)


def _paragraph(block: Block) -> str:
    """A paragraph with its inline interjections, references, times and column markers."""
    pieces = []
    for leaf in block.leaves():
        words = text(leaf.text)
        if isinstance(leaf, Interjection):
            words = f'<span class="interjection">{words}</span>'
        elif isinstance(leaf, Reference):
            words = f'<span class="reference">{words}</span>'
        elif isinstance(leaf, Time | Column):
            words = f'<span class="{leaf.TYPE}">{words}</span>'
        pieces.append(words + (" " if leaf.eol else ""))
    return f'<p class="{block.TYPE}">{"".join(pieces).strip()}</p>'


__all__ = ["CSS", "text", "to_html"]
