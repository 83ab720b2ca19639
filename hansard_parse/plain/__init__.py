"""Speaker-less ("plain") transcript reading: sentence repair and turn segmentation.

A plain transcript is one sentence per line with the speaker labels stripped. `repair`
rejoins lines a naive splitter broke after abbreviations (`My hon.` / `Friend …`);
`segment` decides where each speaker turn starts and what kind of turn it is.
"""

from __future__ import annotations
