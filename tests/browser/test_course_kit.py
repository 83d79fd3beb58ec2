"""The course kit in Chromium: a lab alone inside a course page served from another
origin, embed mode without a menu, a share link opening at its lab, and iframe heights
that fit (content/labs.toml, ``embed_height``)."""

import contextlib
import functools
import http.server
import socket
import threading

import pytest

from lib import content, urlstate
from lib.labs import LABS
from lib.labs import spec as labspec
from tests.browser.conftest import READY

COURSE_HOST = "127.0.0.2"  # another origin than the app's 127.0.0.1, as an LMS would be
HEIGHT_JS = (
    "Math.max(...[...document.querySelectorAll('[data-testid=stMain], section')]"
    ".map(e => e.scrollHeight))"
)


@contextlib.contextmanager
def course_page(html: str, tmp_path):
    """A plain static site on 127.0.0.2 with ``index.html`` = ``html``; yields its URL."""
    (tmp_path / "index.html").write_text(html, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    with socket.socket() as s:
        s.bind((COURSE_HOST, 0))
        port = s.getsockname()[1]
    httpd = http.server.ThreadingHTTPServer((COURSE_HOST, port), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{COURSE_HOST}:{port}/index.html"
    finally:
        httpd.shutdown()
        httpd.server_close()


def metric_values(frame) -> list[str]:
    return frame.locator("[data-testid=stMetricValue]").all_inner_texts()


def test_lab_alone_in_a_course_page_from_another_origin(make_page, server, tmp_path):
    lab = "krw_forward"
    values = labspec.defaults(lab)
    mode = urlstate.Mode(locks=frozenset({"kf_tenor"}))
    src = urlstate.share_url(f"{server}/krw-defence", "zh-Hant", values, True, mode.params(lab))
    snippet = urlstate.iframe(src, "Dollar Lab", labspec.embed_height(lab))
    html = f"<!doctype html><html lang='en'><body><h1>Week 3</h1>{snippet}</body></html>"
    with course_page(html, tmp_path) as url:
        watched = make_page()
        page = watched.page
        page.goto(url)
        frame = page.frame_locator("iframe")
        frame.locator(READY).wait_for(timeout=60_000)
        frame.locator("[data-testid=stMetricValue]").first.wait_for(timeout=60_000)
        # no menu and no sidebar in the frame; the lab's title in the link's language
        assert frame.locator("[data-testid=stSidebarNav]").count() == 0
        assert frame.locator("[data-testid=stSidebar]").count() == 0
        title = content.translator("zh-Hant")("krw.forward.title")
        assert frame.get_by_role("heading", name=title).count() == 1
        # the locked control is disabled, the others move with the keyboard
        tenor = frame.locator(".st-key-kf_tenor").get_by_role("slider")
        assert tenor.is_disabled()
        before = metric_values(frame)
        thumb = frame.locator(".st-key-kf_usd_rate").get_by_role("slider")
        thumb.focus()
        page.keyboard.press("ArrowRight")
        inside = next(f for f in page.frames if "view=lab" in f.url)
        assert inside.url.startswith(server)  # the app's origin, not the course page's
        inside.wait_for_function(
            """(old) => { const v = [...document.querySelectorAll(
                '[data-testid=stMetricValue]')].map(e => e.innerText);
              return v.length && v.join('|') !== old; }""",
            arg="|".join(before),
            timeout=30_000,
        )
        assert metric_values(frame) != before
        # the frame shows the whole lab without its own scroll bar
        inner = frame.locator("[data-testid=stMain]").evaluate("e => e.scrollHeight")
        assert inner <= labspec.embed_height(lab)


def test_embedded_page_has_no_menu(make_page):
    watched = make_page()
    page = watched.open("/krw-defence?embed=true&lang=en")
    page.wait_for_selector("[data-testid=stMetricValue]")
    assert page.locator("[data-testid=stSidebar]").count() == 0
    assert page.locator("[data-testid=stSidebarNav]").count() == 0
    assert page.locator("h1").count() >= 1  # the whole page, narrative and all


def test_lab_alone_without_embed_keeps_the_language_but_not_the_menu(make_page):
    watched = make_page()
    page = watched.open("/?view=lab&lab=div_mix&lang=en")
    page.wait_for_selector("[data-testid=stMetricValue]")
    assert page.locator("[data-testid=stSidebarNav]").count() == 0
    page.get_by_text("繁體中文").click()
    page.wait_for_function("() => document.documentElement.lang === 'zh-Hant'")
    page.wait_for_selector(READY)
    assert "view=lab" in page.url and "lab=div_mix" in page.url
    assert page.locator("[data-testid=stSidebarNav]").count() == 0


def test_share_link_opens_the_page_at_its_lab(make_page):
    watched = make_page()
    page = watched.open("/krw-defence?lang=en#krw_household")
    page.wait_for_selector("[data-testid=stMetricValue]")
    page.wait_for_timeout(1500)  # Streamlit scrolls to the anchor once it is drawn
    top = page.evaluate("document.getElementById('krw_household').getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"] / 2, top
    assert page.url.endswith("#krw_household")  # the address bar keeps the anchor


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_every_lab_fits_its_embed_height(make_page, lang):
    watched = make_page(width=800)
    page = watched.page
    too_tall = {}
    for lab in LABS:
        watched.open(f"/?view=lab&lab={lab}&embed=true&lang={lang}")
        page.wait_for_selector("[data-testid=stMetric], [data-testid=stVegaLiteChart]")
        page.wait_for_timeout(800)
        height = page.evaluate(HEIGHT_JS)
        if height > labspec.embed_height(lab):
            too_tall[lab] = (height, labspec.embed_height(lab))
    assert not too_tall, f"re-measure: python3 scripts/embed_heights.py --write {too_tall}"
