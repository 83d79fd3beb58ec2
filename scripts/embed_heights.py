"""Measure the height each lab needs alone in an iframe, and write it to labs.toml.

    python3 scripts/embed_heights.py [--base http://127.0.0.1:8501] [--write]

Opens ``?view=lab&lab=<id>&embed=true`` in Chromium at a course page's usual width
(``WIDTH``) in English and Traditional Chinese, takes the taller, adds ``MARGIN`` and
rounds up to 20 px: the ``embed_height`` of ``[<lab>]`` that the share box's snippet
uses (lib/labs/spec.py, ``embed_height``). tests/browser/test_course_kit.py checks the
written heights still fit. Needs a running app.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WIDTH = 800  # CSS px: a course page's content column, or a slide
MARGIN = 40
LANGS = ("en", "zh-Hant")
HEIGHT_JS = (
    "Math.max(...[...document.querySelectorAll('[data-testid=stMain], section')]"
    ".map(e => e.scrollHeight))"
)


def measure(page, base: str, lab: str, lang: str) -> int:
    page.goto(f"{base}/?view=lab&lab={lab}&embed=true&lang={lang}")
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')
    page.wait_for_selector("[data-testid=stMetric], [data-testid=stVegaLiteChart]", timeout=60_000)
    page.wait_for_timeout(1500)  # charts and fonts settle
    return int(page.evaluate(HEIGHT_JS))


def fitted(heights) -> int:
    return int(math.ceil((max(heights) + MARGIN) / 20) * 20)


def main() -> None:
    from playwright.sync_api import sync_playwright

    from lib.labs import LABS
    from tests.browser.chromium import ARGS, CHROMIUM

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="http://127.0.0.1:8501")
    ap.add_argument("--write", action="store_true", help="write embed_height into labs.toml")
    args = ap.parse_args()
    found = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": 700})
        for lab in LABS:
            heights = [measure(page, args.base, lab, lang) for lang in LANGS]
            found[lab] = fitted(heights)
            print(f"{lab}: {heights} -> {found[lab]}")
        browser.close()
    if args.write:
        path = ROOT / "content" / "labs.toml"
        text = path.read_text(encoding="utf-8")
        for lab, height in found.items():
            # the table's own lines up to the blank line after them; an old height goes
            head = rf"(^\[{lab}\]\n(?:(?!\[|embed_height).*\n)*?)"
            block = re.compile(head + r"(embed_height = \d+\n)?(?=\n|\[)", re.M)
            line = f"embed_height = {height}\n"
            text, n = block.subn(lambda m, line=line: m.group(1) + line, text, count=1)
            if n != 1:
                raise SystemExit(f"labs.toml: no [{lab}] table")
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
