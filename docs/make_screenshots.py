"""Make the README's screenshots from files in examples/ (a script, not a test).

    python docs/make_screenshots.py     # writes docs/browse.png and docs/html.png

The browser is driven headless by Textual's harness and saved as SVG, the page is written by
``to_html``; Debian's ``chromium`` turns both into PNG.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import tempfile
from pathlib import Path

from hansard_parse import parse_file
from hansard_parse.browse import SittingBrowser
from hansard_parse.html import to_html

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
BROWSED = ROOT / "examples" / "official_report_2011.print.txt"
PAGED = ROOT / "examples" / "official_report_2011.print.txt"


def chromium_png(url: str, target: Path, width: int, height: int) -> None:
    """Load ``url`` in headless chromium and save a ``width`` × ``height`` PNG to ``target``."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("needs Debian's chromium: apt-get install chromium")
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--window-size={width},{height}", f"--screenshot={target}", url],
        check=True, capture_output=True, timeout=180,
    )


async def browse_svg(folder: Path) -> Path:
    """The browser on the example, after a search, saved as SVG."""
    app = SittingBrowser(parse_file(BROWSED), title=f"examples/{BROWSED.name}")
    async with app.run_test(size=(118, 30)) as pilot:
        await pilot.press("slash", *"Arab League", "enter")
        await pilot.pause()
        return Path(app.save_screenshot(path=str(folder), filename="browse.svg"))


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        svg = asyncio.run(browse_svg(folder))
        wrapper = folder / "browse.html"  # the SVG at its own size, on a page with no margin
        wrapper.write_text(
            f'<body style="margin:0"><img src="{svg.name}" style="width:1200px"></body>',
            encoding="utf-8",
        )
        chromium_png(wrapper.as_uri(), DOCS / "browse.png", 1200, 700)
        page = folder / "sitting.html"
        page.write_text(to_html(parse_file(PAGED), title=f"examples/{PAGED.name}"), "utf-8")
        chromium_png(page.as_uri(), DOCS / "html.png", 1000, 1100)
    print(f"wrote {DOCS / 'browse.png'} and {DOCS / 'html.png'}")


if __name__ == "__main__":
    main()
