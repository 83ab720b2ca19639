"""The websites people copy debates from: one module per site, each its pages' shapes as data.

A site is a subclass of :class:`Site` (see ``base.py``) registered here by its ``name``, as
the Houses are in :mod:`hansard_parse.houses`. :func:`detect_site` picks the site whose
evidence (``Alert me about debates like this``) the top of a text holds most often, or None:
Official Report text holds none, and is read exactly as it would be without this package.
:func:`get_site` looks one up (``parse(text, site="theyworkforyou")``, ``--site``). Adding a
site is one new module and one line in :data:`SITES`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..registry import look_up
from .base import EVERYWHERE, LabelShape, Site, SiteFacts
from .everywhere import WebPage
from .hansard_website import HansardWebsite
from .historic_hansard import HistoricHansard
from .liveblog import LiveBlog
from .ni_assembly import NIAssembly
from .nz_news import NZNews
from .openaustralia import OpenAustralia
from .openparliament import OpenParliament
from .parallel_parliament import ParallelParliament
from .parlinfo import ParlInfo
from .publications import Publications
from .scottish_parliament import ScottishParliament
from .senedd import Senedd
from .sovote import SoVote
from .theyworkforyou import TheyWorkForYou

SITES: dict[str, Site] = {
    site.name: site
    for site in (
        TheyWorkForYou(), ParallelParliament(), HansardWebsite(), HistoricHansard(),
        Publications(), ScottishParliament(), Senedd(), NIAssembly(), OpenParliament(), SoVote(),
        ParlInfo(), OpenAustralia(), NZNews(), LiveBlog(),
        WebPage(),
    )
}
"""Every known site by name; a generic site (known only by furniture) last."""

DETECTION_LINES = 200
"""Lines read from the top of a text to detect its site: a page's header says where it is
from, and reading no further keeps detection cheap on a whole sitting."""
EVIDENCE_CHARS = 250
"""The longest line that may carry a site's evidence: evidence is furniture (a link, a
caption, a citation), never a paragraph of speech, so longer lines are not searched."""


def get_site(site: str | Site | None) -> Site | None:
    """The site named ``site`` (a Site is returned as it is; None stays None).

    Raises ValueError naming the known sites for an unknown name.
    """
    if site is None or isinstance(site, Site):
        return site
    return look_up(SITES, site, "site")


def detect_site(texts: Sequence[str]) -> Site | None:
    """The site whose evidence the first lines of ``texts`` hold most often, or None.

    A generic site (furniture every website has) is chosen only when no other site has a
    vote; on a tie the site listed first in :data:`SITES` wins.
    """
    sample = [text.strip() for text in texts[:DETECTION_LINES] if len(text) <= EVIDENCE_CHARS]
    joined = "\n" + "\n".join(sample) + "\n"
    best: Site | None = None
    best_votes = 0
    for site in SITES.values():
        if site.generic and best is not None:
            break
        if not site.has_evidence(joined):
            continue  # one scan of the whole sample finds none of it: no vote to count
        votes = site.votes(sample)
        if votes > best_votes:
            best, best_votes = site, votes
    return best


__all__ = [
    "DETECTION_LINES",
    "EVERYWHERE",
    "EVIDENCE_CHARS",
    "SITES",
    "LabelShape",
    "Site",
    "SiteFacts",
    "detect_site",
    "get_site",
]
