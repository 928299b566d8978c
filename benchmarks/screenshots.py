"""Screenshots of the HTML report at a laptop's and a phone's width, for docs/.

Runs the pipeline on ``seeds/`` (or the paths given), renders the HTML and has
headless Chromium photograph the top of the page at 1280 and 390 CSS px (the
phone with its viewport rules, as the browser tests emulate it):

    .venv/bin/python benchmarks/screenshots.py [PATH ...] [--out docs]

Writes ``report-1280.png`` and ``report-390.png``.  The layout itself is
checked by measurement in ``tests/test_browser.py``; these pictures are for
people.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from chromium import Browser, find_chromium  # noqa: E402

from compare import pipeline  # noqa: E402
from compare.render.html import render_html  # noqa: E402

SHOTS = ((1280, 900, 1500), (390, 844, 2600))  # width, screen height, picture height


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    executable = find_chromium()
    if executable is None:
        print("screenshots: Chromium not found (apt-get install chromium)", file=sys.stderr)
        return 2
    report = pipeline.run(args.paths, jobs=1)
    with tempfile.TemporaryDirectory() as tmp, Browser(executable) as browser:
        page = Path(tmp) / "divergence.html"
        page.write_text(render_html(report), encoding="utf-8")
        for width, screen_height, height in SHOTS:
            browser.screen(width, screen_height, mobile=width < 600)
            browser.load(page)
            out = args.out / f"report-{width}.png"
            browser.screenshot(out, height=height)
            print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
