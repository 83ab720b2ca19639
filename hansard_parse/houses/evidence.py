"""The text a House is detected from, read once for every House.

Each House counts its evidence phrases in the same sample (see
:meth:`~hansard_parse.houses.base.House.votes`); a dozen Houses name about a hundred
phrases, several of them in more than one House. Counting each phrase once, over the
sample's UTF-8 bytes, costs a fraction of a count per House over the text: a byte search is
faster than a search of text that holds an em dash, and UTF-8 is self-synchronising, so a
phrase's bytes occur in the text's bytes exactly where the phrase occurs in the text.
"""

from __future__ import annotations

from collections.abc import Sequence


class Evidence:
    """The lines of a sample, with the phrase counts asked of it so far."""

    __slots__ = ("_counts", "_data", "lines", "text")

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.text = "\n".join(lines)
        self._data = self.text.encode("utf-8", "surrogatepass")
        self._counts: dict[str, int] = {}

    def count(self, phrase: str) -> int:
        """How many times ``phrase`` occurs in the sample, without overlaps (``str.count``)."""
        found = self._counts.get(phrase)
        if found is None:
            found = self._counts[phrase] = self._data.count(phrase.encode("utf-8", "surrogatepass"))
        return found


__all__ = ["Evidence"]
