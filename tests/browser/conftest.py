"""Playwright against the real app, in Debian's Chromium.

The app is started once per session on a free loopback port. Where no Chromium is
installed the tests skip with a reason; under CI=true a missing browser fails.
Screenshots go to screenshots/ (git-ignored).
"""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser.chromium import ARGS, CHROMIUM
from tests.conftest import ROOT

SHOTS = ROOT / "screenshots"
READY = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(log_name: str = "streamlit.log"):
    """``streamlit run Home.py`` on a free loopback port; yields its base URL."""
    port = _free_port()
    SHOTS.mkdir(exist_ok=True)
    log = open(SHOTS / log_name, "w")  # noqa: SIM115 (closed at the end)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "Home.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("the Streamlit app did not start within 60 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def server():
    with running_app() as base:
        yield base


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Chromium not found at {CHROMIUM}: CI must install Debian's chromium")
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium fonts-noto-cjk)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Watched:
    """A page plus what went wrong while it loaded: console errors, failed requests."""

    def __init__(self, page, base):
        self.page = page
        self.base = base
        self.console_errors: list[str] = []
        self.bad_requests: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("pageerror", lambda e: self.console_errors.append(f"pageerror: {e}"))
        page.on("requestfailed", lambda r: self.bad_requests.append(r.url))
        page.on("response", lambda r: r.status >= 400 and self.bad_requests.append(r.url))

    def open(self, path: str = "/"):
        self.page.goto(self.base + path)
        self.page.wait_for_selector(READY, timeout=60_000)
        return self.page

    def shot(self, name: str) -> Path:
        """A full-page screenshot: the viewport is stretched to the content first."""
        page = self.page
        height = page.evaluate(
            "Math.max(...[...document.querySelectorAll('[data-testid=stMain], section')]"
            ".map(e => e.scrollHeight))"
        )
        size = page.viewport_size
        page.set_viewport_size({"width": size["width"], "height": min(height + 60, 12000)})
        page.wait_for_timeout(600)
        path = SHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        page.set_viewport_size(size)
        return path

    def unexpected_errors(self) -> list[str]:
        """Errors other than the network requests Streamlit makes on its own here.

        Allowed: requests to other hosts (this machine has no network), and the
        frontend probing ``<page path>/_stcore/...`` before it finds the server root.
        """

        def expected(url: str) -> bool:
            local = url.startswith(self.base)
            probe = local and "/_stcore/" in url and not url.startswith(self.base + "/_stcore/")
            return not local or probe

        bad = [u for u in self.bad_requests if not expected(u)]
        other = [m for m in self.console_errors if not m.startswith("Failed to load resource")]
        return bad + other


@pytest.fixture
def make_page(browser, server):
    contexts = []

    def make(locale: str = "en-US", width: int = 1280) -> Watched:
        ctx = browser.new_context(locale=locale, viewport={"width": width, "height": 900})
        contexts.append(ctx)
        return Watched(ctx.new_page(), server)

    yield make
    for ctx in contexts:
        ctx.close()
