"""Any web page: the furniture every website has (skip links, share buttons, cookie notices),
for a page copied from a site no module describes.

It is known only by that furniture, so it is chosen only when no other site is
(:attr:`~hansard_parse.sites.base.Site.generic`), and it says nothing about the page's layout:
an article with a cookie notice is still prose.
"""

from __future__ import annotations

from typing import ClassVar

from .base import Site


class WebPage(Site):
    """A web page of no known site."""

    name: ClassVar[str] = "web-page"
    title: ClassVar[str] = "a web page"
    evidence: ClassVar[tuple[str, ...]] = (
        "Skip to main content", "Skip to content", "Accept all cookies", "Reject all cookies",
        "Accept additional cookies", "Cookie settings", "Manage cookies",
    )  # fmt: skip
    """Furniture no transcript holds: a skip link, a cookie banner's buttons."""
    evidence_line: ClassVar[str] = (
        r"Back\s+to\s+top|Share\s+this\s+(?:page|article|debate)|Cookies\s+on\s+this\s+(?:site|website)"
        r"|Print\s+this\s+page"
    )
    """Whole lines of the same kind (a copy that starts below the page's header keeps the
    links at its foot): none is ever a line of the record."""
    generic: ClassVar[bool] = True
    unlabelled_layout: ClassVar[str | None] = None
