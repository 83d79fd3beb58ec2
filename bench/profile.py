"""Where the browser spends its time when a slider moves: a CPU profile by code chunk.

Starts the app and the baseline (like run.py), moves the first slider of a page back
and forth with the keyboard while Chromium's sampling profiler runs, and prints the
busy milliseconds per move by script file. Streamlit splits its frontend into one
chunk per element type (Slider, Metric, ArrowVegaLiteChart, StreamlitMarkdown, ...),
so the table shows which elements cost what. Not a test.

usage: python bench/profile.py [--page home] [--moves 10]
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from playwright.sync_api import sync_playwright  # noqa: E402
from run import APP_SCRIPT, BASELINE_SCRIPT, Server  # noqa: E402

from lib import nav  # noqa: E402
from tests.browser.chromium import ARGS, CHROMIUM  # noqa: E402

READY = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def profile(browser, url: str, moves: int) -> tuple[float, list[tuple[str, float]]]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    page.wait_for_selector(READY, timeout=60_000)
    page.wait_for_timeout(1500)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Profiler.enable")
    cdp.send("Profiler.setSamplingInterval", {"interval": 100})
    cdp.send("Profiler.start")
    page.get_by_test_id("stSlider").first.get_by_role("slider").focus()
    for i in range(moves):
        page.keyboard.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
        page.wait_for_timeout(300)
    prof = cdp.send("Profiler.stop")["profile"]
    page.close()
    nodes = {n["id"]: n["callFrame"] for n in prof["nodes"]}
    by_file: collections.Counter = collections.Counter()
    for sample, delta in zip(prof["samples"], prof["timeDeltas"], strict=False):
        frame = nodes[sample]
        name = frame["url"].rsplit("/", 1)[-1] or frame["functionName"] or "(native)"
        by_file[name] += delta / 1000 / moves
    busy = sum(v for k, v in by_file.items() if k not in ("(idle)", "(program)"))
    rows = [(k, v) for k, v in by_file.most_common() if k not in ("(idle)",)]
    return busy, rows[:15]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--page", default="home", choices=[p.key for p in nav.PAGES])
    ap.add_argument("--moves", type=int, default=10)
    a = ap.parse_args()
    path = nav.by_key()[a.page].url_path
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    base = Server("baseline", BASELINE_SCRIPT, env)
    app = Server("app", APP_SCRIPT, env)
    try:
        base.wait_healthy()
        app.wait_healthy()
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for label, url in (("baseline", base.url + "/"), (a.page, f"{app.url}/{path}?lang=en")):
                busy, rows = profile(browser, url, a.moves)
                print(f"\n{label}: {busy:.1f} ms busy per slider move")
                for name, ms in rows:
                    print(f"  {name:48s} {ms:6.1f}")
            browser.close()
    finally:
        base.stop()
        app.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
