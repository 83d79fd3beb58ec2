#!/usr/bin/env python
"""Dollar Lab performance benchmark: every page against a bare Streamlit baseline.

Run from the repository root::

    python bench/run.py                      # all pages, 15 repeats
    python bench/run.py --repeats 5 --pages home sources
    python bench/run.py --skip-browser       # AppTest only

It starts the app (``Home.py``) and the baseline (``bench/baseline.py``) with
``streamlit run`` on free loopback ports and measures, for the baseline and for each
page registered in ``lib/nav.PAGES``:

(a) the AppTest time of a slider-driven rerun;
(b) in Chromium, the time from a slider key press to the recomputed figures on
    screen (timed inside the page, so Playwright round trips do not count); a page
    with several labs gets a row per lab (``page`` in content/labs.toml), pressing that
    lab's first slider; and every lab alone (``?view=lab&lab=<id>``, rows
    ``lab-only:<lab>``, the view a slide embeds; ``--pages lab-only`` for those only);
(c) in Chromium, the time from navigation start to the page drawn (state notRunning,
    content in the main area, every visible chart drawn, every visible dataframe grid
    drawn).

Each figure is the median of ``--repeats`` rounds after a discarded warm-up round. The
rounds are interleaved (one sample of every row per round, in rotating order) so that
drift on a noisy machine hits the baseline and the pages alike, and ratios are taken
against the baseline measured in the same run. It prints a Markdown table and writes
it, with the raw samples, to ``bench/results/`` as JSON. It reports and never gates:
the exit code is 0 unless the benchmark itself could not run. See bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
RESULTS_DIR = BENCH_DIR / "results"
BASELINE_SCRIPT = BENCH_DIR / "baseline.py"
FLOOR_DIR = BENCH_DIR / "floor"  # stripped-down apps that say where the cost comes from
APP_SCRIPT = ROOT / "Home.py"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lib import content, nav  # noqa: E402  (needs ROOT on sys.path)
from tests.browser.chromium import ARGS as CHROMIUM_ARGS  # noqa: E402
from tests.browser.chromium import CHROMIUM  # noqa: E402

VIEWPORT = {"width": 1280, "height": 900}
TARGET_B = 1.25  # (b) key press to figure: at most this many times the baseline
TARGET_C = 1.5  # (c) navigation to drawn: at most this many times the baseline
WAIT_MS = 60_000  # longest wait for any one thing in the browser
SETTLE_S = 0.25  # pause after a rerun before the next press, so reruns never overlap
PRESSES = 3  # timed key presses per page load in (b), after one warm-up press
BASELINE = "baseline"

log = logging.getLogger("bench")


# ---------------------------------------------------------------------------
# What is measured
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One row of the table: the baseline or one page of the app."""

    name: str
    script: Path  # the AppTest entry point
    page_file: str | None  # page to switch to in AppTest (None: the script itself)
    url_path: str  # path after the server's root URL ("" for the home page)
    server: str  # "app" or "baseline"
    slider_key: str | None = None  # the lab's first slider; None: the page's first slider
    query: tuple[tuple[str, str], ...] = ()  # URL parameters (the lab-only view)


def discover_targets(selected: list[str] | None) -> list[Target]:
    """The baseline and every registered page (or the ``selected`` page keys)."""
    targets = [Target(BASELINE, BASELINE_SCRIPT, None, "", "baseline")]
    labs = content.load_toml("labs.toml")
    for spec in nav.PAGES:
        if selected is not None and spec.key not in selected:
            continue
        on_page = [lab for lab, table in labs.items() if table.get("page") == spec.key]
        if len(on_page) <= 1:
            targets.append(Target(spec.key, APP_SCRIPT, spec.file, spec.url_path, "app"))
            continue
        # A page with several labs gets a row per lab: each must answer within the targets.
        for lab in on_page:
            # (b) times a key press on the lab's first slider; a lab of choices only
            # (the stress explorer) has none, and its page is timed by the other rows.
            if not labs[lab].get("slider"):
                continue
            first = next(iter(labs[lab]["slider"]))
            name = f"{spec.key}:{lab}"
            targets.append(Target(name, APP_SCRIPT, spec.file, spec.url_path, "app", first))
    if selected is None or "lab-only" in selected:
        targets += lab_only_targets(labs)
    return targets


LAB_ONLY = "lab-only"


def lab_only_targets(labs: dict) -> list[Target]:
    """A row per lab shown alone (``?view=lab&lab=<id>``, the view a slide or a course
    page embeds), on its own page's address; a lab of choices only has no slider to
    press but its load is still timed."""
    out = []
    for lab, table in labs.items():
        spec = nav.by_key()[table["page"]]
        first = next(iter(table.get("slider", {})), None)
        query = (("view", "lab"), ("lab", lab))
        out.append(
            Target(f"{LAB_ONLY}:{lab}", APP_SCRIPT, None, spec.url_path, "app", first, query)
        )
    return out


AGAINST = "before"


def against_targets(targets: list[Target]) -> list[Target]:
    """The app's rows again, served from the ``--against`` checkout (browser only: the
    other checkout's modules cannot be imported beside this one's for AppTest)."""
    return [
        Target(f"{AGAINST}:{t.name}", t.script, t.page_file, t.url_path, AGAINST, t.slider_key)
        for t in targets
        if t.server == "app" and not t.query  # an older checkout may have no lab view
    ]


def floor_targets() -> list[Target]:
    """One row per app in bench/floor/, each on a server of its own (``--floor``)."""
    return [
        Target(f"floor:{p.stem}", p, None, "", f"floor:{p.stem}")
        for p in sorted(FLOOR_DIR.glob("*.py"))
    ]


def lab_slider_steps() -> dict[str, tuple[float, float, float]]:
    """(min, max, step) in shown units of every lab slider in content/labs.toml, by key.

    Read through ``lib.labs.spec.controls`` when it imports (it gives the integer
    sliders their integer bounds); straight from the TOML file otherwise.
    """
    labs = content.load_toml("labs.toml")
    out: dict[str, tuple[float, float, float]] = {}
    try:
        from lib.labs import spec as labspec

        for lab in labs:
            for control in labspec.controls(lab):
                if not control.is_choice:
                    out[control.key] = control.bounds()
    except Exception as err:  # the benchmark still runs on the AppTest element's own bounds
        log.warning("lib.labs.spec failed (%s); reading labs.toml directly", err)
        for lab in labs.values():
            for key, s in lab.get("slider", {}).items():
                out[key] = (s["min"], s["max"], s["step"])
    return out


@dataclass
class Samples:
    """Raw samples of one row, in milliseconds, and what went wrong."""

    apptest: list[float] = field(default_factory=list)
    press: list[float] = field(default_factory=list)  # key presses 2.. after each load
    first_press: list[float] = field(default_factory=list)  # first key press after load
    press_dom: list[float] = field(default_factory=list)  # as press, DOM change not frame
    press_done: list[float] = field(default_factory=list)  # as press, to the rerun's end
    nav: list[float] = field(default_factory=list)
    nav_wall: list[float] = field(default_factory=list)  # goto() to ready, seen by Python
    apptest_slider: str | None = None
    browser_slider: bool | None = None  # None: not measured; False: page has no slider
    errors: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Servers
# ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """``streamlit run <script>`` on a free loopback port, stopped by :meth:`stop`.

    The script is given by absolute path. If the process dies during the run (on a
    shared machine another job may stop Streamlit servers), :meth:`ensure_running`
    starts it again on the same port and says so.
    """

    def __init__(self, name: str, script: Path, env: dict[str, str], cwd: Path = ROOT) -> None:
        self.name = name
        self.cwd = cwd
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.restarts = 0
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        self.log_path = RESULTS_DIR / f"server-{name.replace(':', '-')}.log"
        self._log = open(self.log_path, "w")  # noqa: SIM115  (closed in stop())
        self._env = env
        self._cmd = [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(script),
            "--server.headless",
            "true",
            "--server.port",
            str(self.port),
            "--server.address",
            "127.0.0.1",
            "--server.fileWatcherType",
            "none",
            "--browser.gatherUsageStats",
            "false",
        ]
        self.proc = self._start()

    def _start(self) -> subprocess.Popen:
        # Own session: a Ctrl-C in the terminal reaches this script, which stops the
        # servers itself, rather than killing them in the middle of a measurement.
        return subprocess.Popen(
            self._cmd,
            cwd=self.cwd,
            env=self._env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_healthy(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"{self.name} server exited with {self.proc.returncode}:\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        raise RuntimeError(
            f"{self.name} server not healthy after {timeout:.0f} s:\n{self.log_tail()}"
        )

    def ensure_running(self) -> bool:
        """Start the server again if its process has ended; True if it had to."""
        if self.proc.poll() is None:
            return False
        code = self.proc.returncode
        self.restarts += 1
        if self.restarts > 5:
            raise RuntimeError(f"{self.name} server keeps exiting (last code {code})")
        log.warning("  %s server exited with %s; starting it again", self.name, code)
        self._log.write(f"\n--- bench: exited with {code}, restarting ---\n")
        self._log.flush()
        self.proc = self._start()
        self.wait_healthy()
        return True

    def log_tail(self, lines: int = 20) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._log.close()


# ---------------------------------------------------------------------------
# (a) AppTest
# ---------------------------------------------------------------------------


def rotated(targets: list[Target], round_no: int) -> list[Target]:
    """The targets in a different order each round, so no row always runs first."""
    k = round_no % len(targets)
    return targets[k:] + targets[:k]


def quiet_streamlit_logs() -> None:
    """AppTest runs scripts in this process, without a server: hide its bare-mode warnings."""
    from streamlit import logger as st_logger

    st_logger.set_log_level("error")
    loggers = list(getattr(st_logger, "_loggers", {}).values())
    loggers += [logging.getLogger(n) for n in logging.root.manager.loggerDict if "streamlit" in n]
    for lg in loggers:
        # A filter as well as the level: a logger's cached level check can outlive setLevel.
        lg.setLevel(logging.ERROR)
        lg.addFilter(lambda record: record.levelno >= logging.ERROR)


def _slider(at, key: str):
    """The slider ``key``: an ``st.slider``, or the select slider a signed one is."""
    try:
        return at.slider(key=key)
    except KeyError:
        return at.select_slider(key=key)


def measure_apptest(
    targets: list[Target], repeats: int, samples: dict[str, Samples], steps: dict
) -> None:
    """(a): time ``at.slider(key=...).set_value(v).run()`` with alternating values."""
    from streamlit.testing.v1 import AppTest

    quiet_streamlit_logs()
    runs: dict[str, tuple] = {}
    for t in targets:
        if t.server == AGAINST:
            continue  # browser only (against_targets)
        s = samples[t.name]
        try:
            at = AppTest.from_file(str(t.script), default_timeout=60)
            for key, value in t.query:
                at.query_params[key] = value
            at.run()
            if t.page_file is not None:
                at.switch_page(t.page_file)
                at.run()
            if at.exception:
                raise RuntimeError(f"script raised: {at.exception[0].message}")
        except Exception as err:
            s.errors.append(f"(a) could not load the page in AppTest: {err}")
            continue
        if not at.slider and not at.select_slider:
            continue  # n/a
        # the lab's first slider, or the first slider on the page, as in the browser
        # (a slider reaching below zero is a select slider: lib/labs/spec.py, signed)
        slider = _slider(at, t.slider_key) if t.slider_key else at.slider[0]
        if slider.key is None:
            s.errors.append("(a) the first slider has no key")
            continue
        _lo, hi, step = steps.get(slider.key, (slider.min, slider.max, slider.step))
        start = slider.value
        moved = start + step if start + step <= hi else start - step
        if isinstance(start, float) or isinstance(step, float):
            moved = round(moved, 10)
        s.apptest_slider = slider.key
        runs[t.name] = (at, slider.key, (moved, start))

    for round_no in range(repeats + 1):  # round 0 is the warm-up
        for t in rotated(targets, round_no):
            if t.name not in runs:
                continue
            at, key, values = runs[t.name]
            value = values[round_no % 2]
            try:
                t0 = time.perf_counter()
                _slider(at, key).set_value(value).run()
                elapsed = (time.perf_counter() - t0) * 1000
                if at.exception:
                    raise RuntimeError(f"script raised: {at.exception[0].message}")
                if _slider(at, key).value != value:
                    raise RuntimeError(f"slider {key} is {_slider(at, key).value}, not {value}")
            except Exception as err:
                samples[t.name].errors.append(f"(a) round {round_no}: {err}")
                continue
            if round_no > 0:
                samples[t.name].apptest.append(elapsed)


# ---------------------------------------------------------------------------
# (b) and (c) Chromium
# ---------------------------------------------------------------------------

# Installed in every document before the page's own scripts. Each animation frame it
# checks whether the page is drawn and records performance.now() the first time it is:
# milliseconds since the navigation started (the document's time origin). Drawn means:
# the script run is over (notRunning), the main area has elements and no visible
# skeleton (lazily loaded components all mounted), every visible chart has its SVG or
# canvas, and every visible dataframe its canvas grid.
READY_JS = """
(() => {
  if (window.__benchInstalled) return;
  window.__benchInstalled = true;
  // checkVisibility() is false inside a closed expander, where nothing is drawn.
  const visible = (el) =>
    el.checkVisibility ? el.checkVisibility({ visibilityProperty: true })
                       : el.getClientRects().length > 0;
  const chartDrawn = (chart) => {
    const svg = chart.querySelector('svg.marks');
    if (svg && svg.childElementCount > 0 && svg.getBoundingClientRect().width > 0) return true;
    const canvas = chart.querySelector('canvas');
    return !!canvas && canvas.width > 0 && canvas.height > 0;
  };
  const ready = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    const main = document.querySelector('[data-testid="stMain"]');
    if (!main || !main.querySelector('[data-testid="stElementContainer"]')) return false;
    // Streamlit loads most element components lazily and shows a skeleton meanwhile.
    for (const k of main.querySelectorAll('[data-testid="stSkeleton"]')) {
      if (visible(k)) return false;
    }
    for (const c of main.querySelectorAll('[data-testid="stVegaLiteChart"]')) {
      if (visible(c) && !chartDrawn(c)) return false;
    }
    for (const d of main.querySelectorAll('[data-testid="stDataFrame"]')) {
      if (visible(d) && !d.querySelector('canvas')) return false;
    }
    return true;
  };
  const tick = () => {
    if (location.protocol.startsWith('http') && ready()) {
      const main = document.querySelector('[data-testid="stMain"]');
      window.__benchReady = {
        ms: performance.now(),
        charts: main.querySelectorAll('[data-testid="stVegaLiteChart"]').length,
        frames: main.querySelectorAll('[data-testid="stDataFrame"]').length,
        elements: main.querySelectorAll('[data-testid="stElementContainer"]').length,
      };
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
"""

# Installed just before a key press. Records, on the page's clock: the keydown; the first
# change of any figure on the page (dom) and the next animation frame after it (frame,
# when the new figure can be on screen); and the first "notRunning" after that (done,
# the rerun over, including Streamlit's post-run work).
PRESS_JS = """
() => {
  // Every figure on the page; a press is answered when any of them shows a new value
  // (the figures of one lab change together, in one commit).
  const figures = () => [...document.querySelectorAll(
    '[data-testid="stMain"] [data-testid="stMetricValue"]')].map((e) => e.textContent);
  const app = document.querySelector('[data-testid="stApp"]');
  const start = figures();
  if (!start.length || !app) return null;
  const rec = { start: start.join(" | "), key: null, dom: null, frame: null, done: null };
  window.__benchPress = rec;
  window.addEventListener('keydown', (e) => {
    const now = performance.now();
    rec.key = e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now;
  }, { capture: true, once: true });
  const obs = new MutationObserver(() => {
    if (rec.key === null) return;
    if (rec.dom === null) {
      const now = figures();
      if (now.join(" | ") === rec.start) return;
      rec.dom = performance.now();
      rec.text = now.join(" | ");
      requestAnimationFrame(() => { rec.frame = performance.now(); });
    }
    if (app.getAttribute('data-test-script-state') === 'notRunning') {
      rec.done = performance.now();
      obs.disconnect();
    }
  });
  obs.observe(app, { subtree: true, childList: true, characterData: true,
                     attributes: true, attributeFilter: ['data-test-script-state'] });
  return rec.start;
}
"""

IDLE_JS = """
() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return !!app && app.getAttribute('data-test-script-state') === 'notRunning';
}
"""


def load_page(page, url: str) -> tuple[float, float]:
    """Open ``url`` from a blank page; (in-page ms to drawn, wall ms seen by Python)."""
    page.goto("about:blank")
    t0 = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_function("() => window.__benchReady !== undefined", timeout=WAIT_MS)
    wall = (time.perf_counter() - t0) * 1000
    return page.evaluate("() => window.__benchReady.ms"), wall


def press_once(page, thumb, key: str) -> dict[str, float]:
    """Press ``key`` on the focused slider; ms from the keydown to frame, dom and done."""
    thumb.focus()
    if page.evaluate(PRESS_JS) is None:
        raise RuntimeError("no st.metric on the page to watch")
    page.keyboard.press(key)
    page.wait_for_function(
        "() => { const r = window.__benchPress; return r.frame !== null && r.done !== null; }",
        timeout=WAIT_MS,
    )
    rec = page.evaluate("() => window.__benchPress")
    time.sleep(SETTLE_S)  # let anything the rerun set off settle before the next press
    page.wait_for_function(IDLE_JS, timeout=WAIT_MS)
    return {k: rec[k] - rec["key"] for k in ("frame", "dom", "done")}


def measure_browser(
    targets: list[Target], repeats: int, samples: dict[str, Samples], servers: dict[str, Server]
) -> None:
    """(b) and (c), one load of every row per round, rows in rotating order."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=VIEWPORT, locale="en-US")
            context.add_init_script(READY_JS)
            page = context.new_page()
            page.set_default_timeout(WAIT_MS)
            for round_no in range(repeats + 1):  # round 0 is the warm-up
                for t in rotated(targets, round_no):
                    s = samples[t.name]
                    server = servers[t.server]
                    url = f"{server.url}/{t.url_path}"
                    if t.query:
                        url += "?" + urlencode(t.query)
                    try:
                        if server.ensure_running():
                            s.errors.append(f"(b/c) round {round_no}: {server.name} restarted")
                            load_page(page, url)  # the first load after a start is cold
                        nav_ms, wall_ms = load_page(page, url)
                        if round_no > 0:
                            s.nav.append(nav_ms)
                            s.nav_wall.append(wall_ms)
                        sliders = page.get_by_test_id("stSlider")
                        if sliders.count() == 0:
                            s.browser_slider = False
                            continue
                        s.browser_slider = True
                        if t.slider_key:
                            box = page.locator(f".st-key-{t.slider_key}")
                            thumb = box.get_by_role("slider").first
                        else:
                            thumb = sliders.first.get_by_role("slider").first
                        value, high = thumb.evaluate(
                            "(e) => [Number(e.value ?? e.getAttribute('aria-valuenow')),"
                            " Number(e.max ?? e.getAttribute('aria-valuemax'))]"
                        )
                        # Right and left in turn (left first at the maximum). The first
                        # press after a load is a warm-up; the next PRESSES are samples.
                        keys = ["ArrowRight", "ArrowLeft"]
                        if value >= high:
                            keys.reverse()
                        first = press_once(page, thumb, keys[0])
                        timed = [press_once(page, thumb, keys[(i + 1) % 2]) for i in range(PRESSES)]
                        if round_no > 0:
                            s.first_press.append(first["frame"])
                            s.press += [r["frame"] for r in timed]
                            s.press_dom += [r["dom"] for r in timed]
                            s.press_done += [r["done"] for r in timed]
                    except (PlaywrightError, RuntimeError) as err:
                        msg = str(err).splitlines()[0] if str(err) else type(err).__name__
                        s.errors.append(f"(b/c) round {round_no} {url}: {msg}")
                        # Start the next row from a clean tab, whatever state this one is in.
                        with contextlib.suppress(PlaywrightError):
                            page.close()
                        page = context.new_page()
                        page.set_default_timeout(WAIT_MS)
        finally:
            browser.close()


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def paired_ratio(values: list[float], base: list[float], clean: bool) -> float | None:
    """Median of round-by-round ratios to the baseline: a cross-check on the ratio of medians.

    Only when both rows lost no samples, so that sample i of each is from round i.
    """
    if not clean or not values or len(values) != len(base):
        return None
    return statistics.median(v / b for v, b in zip(values, base, strict=True) if b > 0)


def quartiles(values: list[float]) -> str:
    """``"p25-p75"`` of ``values`` in whole ms, or ``"-"`` with fewer than two."""
    if len(values) < 2:
        return "-"
    q1, _, q3 = statistics.quantiles(values, n=4)
    return f"{q1:.0f}-{q3:.0f}"


def fmt_ms(value: float | None, missing: str) -> str:
    return missing if value is None else f"{value:.1f}"


def fmt_ratio(value: float | None, base: float | None, missing: str) -> str:
    if value is None or base is None or base <= 0:
        return missing
    return f"{value / base:.2f}x"


def build_rows(
    targets: list[Target], samples: dict[str, Samples], ran_apptest: bool, ran_browser: bool
) -> list[dict]:
    base = samples[BASELINE]
    base_a, base_b, base_c = median(base.apptest), median(base.press), median(base.nav)
    rows = []
    for t in targets:
        s = samples[t.name]
        a, b, c = median(s.apptest), median(s.press), median(s.nav)
        clean = not s.errors and not base.errors
        has_slider_a = s.apptest_slider is not None
        miss_a = "skipped" if not ran_apptest else ("error" if has_slider_a else "n/a")
        if not ran_browser:
            miss_b = miss_c = "skipped"
        else:
            miss_b = "n/a" if s.browser_slider is False else "error"
            miss_c = "error"
        ratio_b = b / base_b if b is not None and base_b else None
        ratio_c = c / base_c if c is not None and base_c else None
        fails = []
        if ratio_b is not None and ratio_b > TARGET_B:
            fails.append("(b)")
        if ratio_c is not None and ratio_c > TARGET_C:
            fails.append("(c)")
        if t.name == BASELINE:
            verdict = "reference"
        elif not ran_browser:
            verdict = "skipped"
        elif fails:
            verdict = "FAIL " + ", ".join(fails)
        elif ratio_c is None or (ratio_b is None and s.browser_slider):
            verdict = "incomplete"
        else:
            verdict = "pass"
        rows.append(
            {
                "row": t.name,
                "a_ms": a,
                "a_ratio": a / base_a if a is not None and base_a else None,
                "b_ms": b,
                "b_ratio": ratio_b,
                "b_ratio_paired": paired_ratio(s.press, base.press, clean),
                "b_first_press_ms": median(s.first_press),
                "b_dom_ms": median(s.press_dom),
                "b_rerun_done_ms": median(s.press_done),
                "b_p25_p75_ms": quartiles(s.press),
                "c_p25_p75_ms": quartiles(s.nav),
                "c_ms": c,
                "c_ratio": ratio_c,
                "c_ratio_paired": paired_ratio(s.nav, base.nav, clean),
                "c_wall_ms": median(s.nav_wall),
                "samples": {"a": len(s.apptest), "b": len(s.press), "c": len(s.nav)},
                "verdict": verdict,
                "cells": [
                    t.name,
                    fmt_ms(a, miss_a),
                    fmt_ratio(a, base_a, miss_a),
                    fmt_ms(b, miss_b),
                    fmt_ratio(b, base_b, miss_b),
                    fmt_ms(c, miss_c),
                    fmt_ratio(c, base_c, miss_c),
                    verdict,
                ],
            }
        )
    return rows


HEADER = [
    "row",
    "(a) AppTest rerun ms",
    "(a) vs base",
    "(b) key to figure ms",
    "(b) vs base",
    "(c) nav to drawn ms",
    "(c) vs base",
    f"targets (b) <= {TARGET_B}x, (c) <= {TARGET_C}x",
]


def markdown_table(rows: list[dict]) -> str:
    lines = [
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(HEADER) - 2) + ["---"]) + "|",
    ]
    lines += ["| " + " | ".join(r["cells"]) + " |" for r in rows]
    return "\n".join(lines)


def git_commit() -> str | None:
    with contextlib.suppress(Exception):
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        )
        return out.stdout.strip() or None
    return None


def environment() -> dict:
    import streamlit

    env = {
        "python": platform.python_version(),
        "streamlit": streamlit.__version__,
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "commit": git_commit(),
    }
    with contextlib.suppress(Exception):
        from importlib.metadata import version

        env["playwright"] = version("playwright")
    return env


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    keys = [p.key for p in nav.PAGES] + [LAB_ONLY]
    parser = argparse.ArgumentParser(
        description="Benchmark every Dollar Lab page against a bare Streamlit baseline."
    )
    parser.add_argument(
        "--repeats", type=int, default=15, help="measured rounds after one warm-up (default 15)"
    )
    parser.add_argument(
        "--pages", nargs="+", choices=keys, metavar="PAGE", help=f"pages to run ({', '.join(keys)})"
    )
    parser.add_argument(
        "--skip-browser", action="store_true", help="AppTest only: skip (b) and (c)"
    )
    parser.add_argument(
        "--floor",
        action="store_true",
        help="add the stripped-down apps of bench/floor/ as rows (where the cost comes from)",
    )
    parser.add_argument(
        "--against",
        type=Path,
        metavar="DIR",
        help="another checkout of the app (e.g. a git worktree of an older commit): its "
        "pages join the same rounds as rows 'before:<page>', browser only, so a change "
        "is compared with the machine in the same state",
    )
    args = parser.parse_args(argv)
    if args.against is not None and not (args.against / "Home.py").is_file():
        parser.error(f"--against {args.against}: no Home.py there")
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    return args


def _raise_interrupt(signum, _frame) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    os.chdir(ROOT)
    server_env = dict(os.environ)
    server_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), server_env.get("PYTHONPATH", "")) if p
    )
    # Stop the servers on Ctrl-C and on kill alike (finally: below).
    signal.signal(signal.SIGINT, _raise_interrupt)
    signal.signal(signal.SIGTERM, _raise_interrupt)

    targets = discover_targets(args.pages)
    if args.floor:
        targets += floor_targets()
    if args.against is not None:
        targets += against_targets(targets)
    samples = {t.name: Samples() for t in targets}
    started = datetime.now(UTC)
    servers: list[Server] = []
    try:
        if not args.skip_browser:
            log.info("starting the app and the baseline ...")
            servers = [Server("app", APP_SCRIPT, server_env)]
            servers.append(Server("baseline", BASELINE_SCRIPT, server_env))
            servers += [
                Server(t.server, t.script, server_env)
                for t in targets
                if t.server.startswith("floor:")
            ]
            if args.against is not None:
                before = args.against.resolve()
                env = dict(server_env, PYTHONPATH=str(before))
                servers.append(Server(AGAINST, before / "Home.py", env, cwd=before))
            for server in servers:
                try:
                    server.wait_healthy()
                except RuntimeError:
                    if not server.ensure_running():  # stopped from outside: one more go
                        raise
                log.info("  %s: %s", server.name, server.url)
        log.info("(a) AppTest, %d rounds + warm-up ...", args.repeats)
        measure_apptest(targets, args.repeats, samples, lab_slider_steps())
        if not args.skip_browser:
            log.info("(b), (c) Chromium, %d rounds + warm-up ...", args.repeats)
            measure_browser(targets, args.repeats, samples, {s.name: s for s in servers})
    except KeyboardInterrupt:
        log.error("interrupted")
        return 130
    except Exception as err:
        log.exception("benchmark failed to run: %s", err)
        return 1
    finally:
        for server in servers:
            server.stop()

    rows = build_rows(targets, samples, ran_apptest=True, ran_browser=not args.skip_browser)
    table = markdown_table(rows)
    env = environment()
    print()
    print(
        f"Dollar Lab benchmark: medians over {args.repeats} rounds after 1 warm-up "
        f"({PRESSES} key presses per round in (b)); {env['cpus']} CPUs, "
        f"Streamlit {env['streamlit']}, commit {env['commit']}"
    )
    print()
    print(table)
    print()
    print(
        "(a) AppTest slider rerun. (b) key press to the lab's figures changed on screen.\n"
        "(c) navigation start to page drawn. 'vs base': median over the baseline's median,\n"
        f"same run. Targets: (b) <= {TARGET_B}x, (c) <= {TARGET_C}x; (a) is not a target."
    )
    spread = [f"{t.name} {quartiles(samples[t.name].press)}" for t in targets]
    spread = [x for x in spread if not x.endswith(" -")]
    if spread:
        print("(b) middle half of the samples (p25-p75 ms): " + ", ".join(spread))
    done = [f"{r['row']} {r['b_rerun_done_ms']:.0f} ms" for r in rows if r["b_rerun_done_ms"]]
    if done:
        print("(b) key press to the end of that rerun (incl. post-run work): " + ", ".join(done))
    errors = {name: s.errors for name, s in samples.items() if s.errors}
    for name, errs in errors.items():
        print(f"\n{name}: {len(errs)} problem(s)")
        for e in errs[:5]:
            print(f"  - {e}")

    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = started.strftime("%Y%m%d-%H%M%S")
    report = {
        "started": started.isoformat(),
        "finished": datetime.now(UTC).isoformat(),
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "environment": env,
        "targets": {"b_max_ratio": TARGET_B, "c_max_ratio": TARGET_C},
        "table_markdown": table,
        "rows": [{k: v for k, v in r.items() if k != "cells"} for r in rows],
        "samples_ms": {
            name: {
                "a_apptest_rerun": s.apptest,
                "a_slider_key": s.apptest_slider,
                "b_key_to_figure_frame": s.press,
                "b_key_to_figure_dom": s.press_dom,
                "b_key_to_rerun_done": s.press_done,
                "b_first_press_after_load": s.first_press,
                "c_nav_to_drawn": s.nav,
                "c_goto_to_drawn_wall": s.nav_wall,
                "errors": s.errors,
            }
            for name, s in samples.items()
        },
    }
    out = RESULTS_DIR / f"bench-{stamp}.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    (RESULTS_DIR / "latest.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwritten: {out.relative_to(ROOT)}")

    # Reports, never gates: only a row with no samples at all where it should have
    # some means the benchmark did not run.
    broken = [r["row"] for r in rows if any(c == "error" for c in r["cells"])]
    if broken:
        log.error("no samples for: %s (see errors above)", ", ".join(broken))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
