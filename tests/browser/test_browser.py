"""What a learner sees in a real browser: charts drawn, keyboard sliders, shared links."""

import re

import pytest
from playwright.sync_api import expect

from lib import content, nav
from lib.charts import title_lines
from lib.labs import LABS
from lib.labs import spec as labspec
from lib.ui import state

pytestmark = pytest.mark.browser

EN, ZH = content.translator("en"), content.translator("zh-Hant")
HOME = LABS["home_cip"]
FORWARD = labspec.control("home_cip", "forward")


def home_cy(lang: str = "en", **values) -> str:
    """The home lab's convenience yield as the lab words it for ``values`` (shown units)."""
    return HOME.view(values, lang).metrics[0].value


def forward_after(presses: int) -> float:
    """The forward slider's value after ``presses`` arrow presses from its default."""
    return round(FORWARD.default + presses * FORWARD.step, 2)


def slider(page, label: str):
    return page.get_by_test_id("stSlider").filter(has_text=label).get_by_role("slider")


def metric(page, label: str):
    box = page.get_by_test_id("stMetric").filter(has_text=label)
    return box.get_by_test_id("stMetricValue")


def has_lang(page, lang: str) -> bool:
    """True once ``<html lang>`` is ``lang`` (the app sets it just after rendering)."""
    page.wait_for_function("l => document.documentElement.lang === l", arg=lang, timeout=10_000)
    return True


def charts_drawn(page) -> int:
    """Number of Vega charts that have actually painted (a canvas or svg with size)."""
    page.wait_for_selector(
        '[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg',
        timeout=30_000,
    )
    return page.evaluate(
        """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
            .filter(c => [...c.querySelectorAll('canvas, svg.marks')]
            .some(g => g.getBoundingClientRect().width > 100
                    && g.getBoundingClientRect().height > 100)).length"""
    )


@pytest.mark.parametrize(("lang", "t"), [("en", EN), ("zh-Hant", ZH)])
def test_home_renders_the_chart_in_each_language(make_page, lang, t):
    w = make_page()
    page = w.open(f"/?lang={lang}")
    assert charts_drawn(page) >= 1
    expect(page.get_by_text(t("home.lab.chart_title")).first).to_be_visible()
    # the chart's accessible name, and each bar read as route, part and value
    alt_text = t("lab.chart_alt", title=t("home.lab.chart_title"))
    doc = page.locator('[role="graphics-document"]').first
    expect(doc).to_have_attribute("aria-label", alt_text)
    labels = page.evaluate(
        "() => [...document.querySelectorAll('[data-testid=stVegaLiteChart] path[aria-label]')]"
        ".map(e => e.getAttribute('aria-label'))"
    )
    assert labels and all("order" not in label for label in labels)
    assert metric(page, t("home.lab.m_cy")).inner_text() == home_cy(lang)
    assert has_lang(page, lang)
    assert page.title() == f"{t('page.home.title')} \u00b7 {t('app.name')}"
    expect(page.get_by_text(t("footer.disclaimer"))).to_be_visible()
    w.shot(f"home-{lang}")
    assert w.unexpected_errors() == []


def test_keyboard_moves_the_slider_updates_the_figure_and_the_url(make_page):
    w = make_page()
    page = w.open("/")
    cy_value = metric(page, EN("home.lab.m_cy"))
    before = cy_value.inner_text()
    thumb = slider(page, EN("home.lab.forward"))
    thumb.focus()
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    target = forward_after(3)
    page.wait_for_url(re.compile(rf"forward={re.escape(f'{target:g}')}"), timeout=15_000)
    assert "lang=en" in page.url  # the address bar always carries the language
    page.wait_for_function(
        "([el, text]) => el.innerText === text",
        arg=[cy_value.element_handle(), home_cy(forward=target)],
        timeout=15_000,
    )
    assert cy_value.inner_text() != before
    assert thumb.input_value() == f"{target:g}"
    assert w.unexpected_errors() == []


def test_deep_link_opens_the_page_in_the_language_with_the_value(make_page):
    w = make_page()
    page = w.open("/?lang=zh-Hant&forward=152.5&tenor=6")
    assert slider(page, ZH("home.lab.forward")).input_value() == "152.5"
    shown = home_cy("zh-Hant", forward=152.5, tenor=6)
    assert metric(page, ZH("home.lab.m_cy")).inner_text() == shown
    # the link keeps every parameter, so copying the address bar shares this view
    assert all(p in page.url for p in ("lang=zh-Hant", "forward=152.5", "tenor=6"))
    assert page.get_by_text("Page not found").count() == 0
    assert has_lang(page, "zh-Hant")
    assert w.unexpected_errors() == []


@pytest.mark.parametrize("spec", nav.PAGES, ids=lambda s: s.key)
def test_every_page_deep_links_in_chinese_without_page_not_found(make_page, spec):
    w = make_page()
    page = w.open(f"/{spec.url_path}?lang=zh-Hant")
    page.wait_for_timeout(500)
    assert page.get_by_text("Page not found").count() == 0
    expected = ZH("app.name") if spec.key == "home" else ZH(f"page.{spec.key}.title")
    assert page.locator("h1").first.inner_text().strip() == expected
    expect(page.get_by_text(ZH("footer.disclaimer"))).to_be_visible()
    w.shot(f"{spec.key}-zh-Hant")
    assert w.unexpected_errors() == []


def test_glossary_link_with_a_query(make_page):
    w = make_page()
    page = w.open("/glossary?lang=zh-Hant&q=CIP")
    box = page.get_by_test_id("stTextInput").locator("input")
    expect(box).to_have_value("CIP")
    terms = content.glossary("zh-Hant")
    hits = content.search_glossary(terms, "CIP")
    assert 0 < len(hits) < len(terms)
    expected = ZH("glossary.count", n=len(hits), total=len(terms))
    expect(page.get_by_text(expected)).to_be_visible()


def test_switching_language_keeps_the_slider_value(make_page):
    w = make_page()
    page = w.open("/")
    thumb = slider(page, EN("home.lab.forward"))
    thumb.focus()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    target = f"{forward_after(-2):g}"
    page.wait_for_url(re.compile(rf"forward={re.escape(target)}"), timeout=15_000)
    page.get_by_test_id("stSidebar").get_by_text(state.language_names()["zh-Hant"]).click()
    page.get_by_text(ZH("home.lab.chart_title")).first.wait_for(timeout=20_000)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')
    assert slider(page, ZH("home.lab.forward")).input_value() == target
    page.wait_for_url(re.compile("lang=zh-Hant"), timeout=15_000)
    assert f"forward={target}" in page.url
    assert "lang=zh-Hant" in page.url
    assert has_lang(page, "zh-Hant")
    assert w.unexpected_errors() == []


@pytest.mark.parametrize(("locale", "lang"), [("zh-TW", "zh-Hant"), ("zh-CN", "zh-Hans")])
def test_browser_locale_sets_the_default_language(make_page, locale, lang):
    w = make_page(locale=locale)
    page = w.open("/")
    t = content.translator(lang)
    assert page.locator("h1").first.inner_text().strip() == t("app.name")
    assert has_lang(page, lang)
    if lang == "zh-Hans":
        w.shot("home-zh-Hans")


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_an_unknown_page_opens_home_with_a_notice_in_the_readers_language(make_page, lang):
    """Not Streamlit's "Page not found" dialog, which is English on every page."""
    t = content.translator(lang)
    page = make_page().open(f"/no-such-page?lang={lang}")
    expect(page.get_by_text(t("notice.no_page"))).to_be_visible()
    assert page.locator("h1").first.inner_text().strip() == t("app.name")
    assert page.get_by_text("Page not found").count() == 0
    assert page.get_by_role("dialog").count() == 0
    page.wait_for_url(f"**/?lang={lang}", timeout=15_000)  # the address names the page shown
    nav = page.get_by_test_id("stSidebarNav")  # and the menu still works
    nav.get_by_role("link", name=t("page.glossary.title")).click()
    page.get_by_role("heading", name=t("page.glossary.title")).first.wait_for()
    assert page.get_by_text(t("notice.no_page")).count() == 0


def test_unknown_page_and_garbage_values_show_a_notice_not_a_traceback(make_page):
    w = make_page()
    page = w.open("/no-such-page?spot=abc&forward=nan")
    expect(page.get_by_text(EN("notice.no_page"))).to_be_visible()
    assert page.get_by_test_id("stException").count() == 0
    assert page.locator("h1").first.inner_text().strip() == EN("app.name")
    page = w.open("/?spot=abc&forward=nan")
    expect(page.get_by_text("could not be used")).to_be_visible()
    assert metric(page, EN("home.lab.m_cy")).inner_text() == home_cy()
    assert page.get_by_test_id("stException").count() == 0


def test_narrow_screen_still_shows_the_lab(make_page):
    w = make_page(width=420)
    page = w.open("/?lang=zh-Hant")
    assert charts_drawn(page) >= 1
    w.shot("home-zh-Hant-phone")


CY_LABS = [  # (a slider of the lab, a figure of that lab whose label is the first of its kind)
    ("cy.decomp.fwd", "cy.decomp.m_dollar"),
    ("cy.supply.us", "cy.supply.m_low"),
    ("cy.balance.capacity", "cy.balance.m_shadow"),
]


@pytest.mark.parametrize(("lang", "t"), [("en", EN), ("zh-Hant", ZH)])
def test_convenience_yield_page_draws_every_chart_and_each_lab_answers_the_keyboard(
    make_page, lang, t
):
    w = make_page()
    page = w.open(f"/convenience-yield?lang={lang}")
    expect(page.get_by_role("heading", name=t("page.convenience-yield.title"))).to_be_visible()
    for title in ("cy.decomp.chart_title", "cy.supply.chart_title", "cy.balance.chart_title"):
        # the chart draws its title in lines that fit a phone (charts.title_lines)
        page.get_by_text(title_lines(t(title))[0]).first.scroll_into_view_if_needed()
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
             .filter(c => c.querySelector('canvas, svg.marks')).length >= 4""",
        timeout=30_000,
    )
    assert charts_drawn(page) >= 4  # decomposition, stress explorer, supply, balance sheet
    for slider_key, metric_key in CY_LABS:
        value = metric(page, t(metric_key)).first
        before = value.inner_text()
        thumb = slider(page, t(slider_key))
        thumb.focus()
        for _ in range(5):
            page.keyboard.press("ArrowLeft")
        page.wait_for_function(
            "([el, text]) => el.innerText !== text",
            arg=[value.element_handle(), before],
            timeout=15_000,
        )
    # the stress explorer: another episode, other sentences
    page.get_by_test_id("stButtonGroup").get_by_text(t("cy.stress.covid"), exact=True).click()
    covid = content.stress_episodes(lang)[1]
    expect(page.get_by_text(covid.rows[2][2])).to_be_visible()
    page.wait_for_url(re.compile(r"episode=covid"), timeout=15_000)
    assert has_lang(page, lang)
    w.shot(f"convenience-yield-{lang}")
    assert w.unexpected_errors() == []


STORY_LABS = [  # (page, language, a slider of the lab, a figure it moves, key to press)
    ("ai-dollar", "en", "ai_oil_mbd", "ai.loops.m_petro", "ArrowRight"),
    ("ai-dollar", "en", "ai_price", "ai.energy.m_hour", "ArrowRight"),
    ("ai-dollar", "en", "ai_shift", "ai.stack.m_hhi", "ArrowRight"),
    ("ai-dollar", "en", "ai_oil_half", "ai.lockin.m_oil", "ArrowRight"),
    ("krw-defence", "zh-Hant", "kf_spot", "krw.forward.m_forward", "ArrowRight"),
    ("krw-defence", "zh-Hant", "kp_hedge", "krw.pension.m_with", "ArrowRight"),
    ("krw-defence", "zh-Hant", "kh_to", "krw.household.m_fall", "ArrowRight"),
    ("asset-divergence", "en", "dv_peak", "div.recovery.m_ratio", "ArrowRight"),
    ("asset-divergence", "en", "cr_close", "div.carry.m_pnl", "ArrowLeft"),
    ("asset-divergence", "en", "mx_corr_sb", "div.mix.m_vol", "ArrowRight"),
]


@pytest.mark.parametrize(("page_key", "lang", "slider_key", "metric_key", "key"), STORY_LABS)
def test_each_story_lab_answers_the_keyboard(
    make_page, page_key, lang, slider_key, metric_key, key
):
    """A key press on the lab's slider changes its figure and writes the slider to the URL."""
    t = content.translator(lang)
    w = make_page()
    page = w.open(f"/{page_key}?lang={lang}")
    box = page.locator(f".st-key-{slider_key}")
    box.scroll_into_view_if_needed()
    value = metric(page, t(metric_key)).first
    before = value.inner_text()
    box.get_by_role("slider").first.focus()
    for _ in range(4):
        page.keyboard.press(key)
    page.wait_for_function(
        "([el, text]) => el.innerText !== text",
        arg=[value.element_handle(), before],
        timeout=15_000,
    )
    page.wait_for_url(re.compile(rf"{slider_key}="), timeout=15_000)
    assert f"lang={lang}" in page.url
    assert w.unexpected_errors() == []


STORY_PAGES = [  # (page, its labs' first sliders, to scroll every chart into view)
    ("ai-dollar", ("ai_oil_mbd", "ai_price", "ai_shift", "ai_oil_half")),
    ("krw-defence", ("kp_hedge", "kf_spot", "kh_to")),
    ("asset-divergence", ("dv_peak", "cr_close", "mx_corr_sb")),
]


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
@pytest.mark.parametrize(("page_key", "sliders"), STORY_PAGES, ids=[p for p, _ in STORY_PAGES])
def test_story_page_draws_a_chart_per_lab(make_page, page_key, sliders, lang):
    t = content.translator(lang)
    w = make_page()
    page = w.open(f"/{page_key}?lang={lang}")
    expect(
        page.get_by_role("heading", name=t(f"page.{page_key}.title"), exact=True)
    ).to_be_visible()
    for key in sliders:
        page.locator(f".st-key-{key}").scroll_into_view_if_needed()
    page.wait_for_function(
        """(n) => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
             .filter(c => c.querySelector('canvas, svg.marks')).length >= n""",
        arg=len(sliders),
        timeout=30_000,
    )
    assert charts_drawn(page) >= len(sliders)
    assert has_lang(page, lang)
    w.shot(f"{page_key}-{lang}")
    assert w.unexpected_errors() == []


def params(url: str) -> dict[str, str]:
    from urllib.parse import parse_qsl, urlsplit

    return dict(parse_qsl(urlsplit(url).query))


def test_after_a_page_switch_the_address_bar_holds_only_the_new_pages_parameters(make_page):
    w = make_page()
    page = w.open("/?lang=zh-Hant")
    slider(page, ZH("home.lab.forward")).focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(r"forward="), timeout=15_000)
    nav_link = page.get_by_test_id("stSidebarNav").get_by_text(ZH("page.krw-defence.title"))
    nav_link.click()
    page.get_by_role("heading", name=ZH("page.krw-defence.title"), exact=True).wait_for()
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')
    box = page.locator(".st-key-kp_hedge")
    box.scroll_into_view_if_needed()
    box.get_by_role("slider").first.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(r"kp_hedge="), timeout=15_000)
    page.wait_for_timeout(500)  # any late write of the old page's markers would land now
    krw = {c.key for lab in LABS.values() if lab.page == "krw-defence" for c in lab.controls}
    got = params(page.url)
    assert got.get("lang") == "zh-Hant"
    assert "forward" not in got
    assert set(got) <= krw | {"lang"}, got
    assert has_lang(page, "zh-Hant")
    assert w.unexpected_errors() == []


def test_back_returns_to_the_lab_as_it_was_left(make_page):
    w = make_page()
    page = w.open("/?lang=en")
    slider(page, EN("home.lab.forward")).focus()
    for _ in range(3):
        page.keyboard.press("ArrowLeft")
    target = forward_after(-3)
    page.wait_for_url(re.compile(rf"forward={re.escape(f'{target:g}')}"), timeout=15_000)
    page.get_by_test_id("stSidebarNav").get_by_text(EN("page.glossary.title")).click()
    page.get_by_role("heading", name=EN("page.glossary.title"), exact=True).wait_for()
    assert "forward" not in params(page.url)
    page.go_back()
    page.get_by_role("heading", name=EN("app.name"), exact=True).wait_for(timeout=20_000)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')
    expect(slider(page, EN("home.lab.forward"))).to_have_value(f"{target:g}", timeout=15_000)
    expect(metric(page, EN("home.lab.m_cy"))).to_have_text(home_cy(forward=target))
    assert params(page.url).get("forward") == f"{target:g}"
    assert w.unexpected_errors() == []


def test_first_deep_link_on_a_fresh_server_opens_the_page(browser):
    """With a pages/ folder, Streamlit 1.67 answers the first deep link of a new process
    with "Page not found" or runs the page without Home.py; app_pages/ avoids both."""
    from tests.browser.conftest import READY, running_app

    with running_app("streamlit-fresh.log") as base:
        ctx = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
        try:
            page = ctx.new_page()
            page.goto(f"{base}/krw-defence?lang=zh-Hant&kp_hedge=10")
            page.wait_for_selector(READY, timeout=60_000)
            heading = page.get_by_role("heading", name=ZH("page.krw-defence.title"), exact=True)
            expect(heading).to_be_visible()
            assert page.get_by_text("Page not found").count() == 0
            # the entry point ran: its language selector and footer are there
            expect(page.get_by_text(ZH("footer.disclaimer"))).to_be_visible()
            value = page.locator(".st-key-kp_hedge").get_by_role("slider").first
            expect(value).to_have_value("10")
        finally:
            ctx.close()
