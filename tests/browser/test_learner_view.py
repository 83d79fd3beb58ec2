"""What a learner sees, checked in Chromium: the faces text is set in, figures that are
never cut off, focus that shows, and a learner's settings kept across a page visit."""

import pytest

from lib import content, nav
from lib.labs import LABS
from lib.labs import spec as labspec

pytestmark = pytest.mark.browser

PARAGRAPH = "[data-testid=stMarkdownContainer] p"


def styled(page):
    """Wait for the app's style rules (lib/ui/app.css, in the language marker's
    st.html, which Streamlit may draw a moment after the script has finished)."""
    page.wait_for_function(
        "() => getComputedStyle(document.documentElement)"
        ".getPropertyValue('--dollar-lab-cjk').trim() !== ''",
        timeout=20_000,
    )
    return page


def used_fonts(page, selector: str) -> dict[str, int]:
    """The faces Chromium actually drew the first ``selector`` with: family -> glyphs
    (DevTools' CSS.getPlatformFontsForNode, not the CSS list, which names faces that
    may be missing)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    cdp.detach()
    return {f["familyName"]: f["glyphCount"] for f in fonts}


@pytest.mark.parametrize(
    ("lang", "cjk", "not_cjk"),
    [
        ("zh-Hant", "Noto Sans CJK TC", "Noto Sans CJK SC"),
        ("zh-Hans", "Noto Sans CJK SC", "Noto Sans CJK TC"),
    ],
)
def test_chinese_is_set_in_the_face_of_its_own_script(make_page, lang, cjk, not_cjk):
    page = styled(make_page().open(f"/?lang={lang}"))
    page.wait_for_function("l => document.documentElement.lang === l", arg=lang)
    fonts = used_fonts(page, PARAGRAPH)
    assert fonts.get(cjk, 0) > 0, fonts
    assert not_cjk not in fonts, fonts


def test_english_is_set_in_streamlits_own_latin_face(make_page):
    page = styled(make_page().open("/convenience-yield?lang=en"))
    # a paragraph with curly quotes: they must not fall back to a full-width CJK glyph
    quoted = page.locator("[data-testid=stCaptionContainer] p").filter(has_text="\u201c").first
    quoted.wait_for()
    quoted.evaluate("e => e.setAttribute('data-probe', '1')")
    fonts = used_fonts(page, "[data-probe='1']")
    # only the Chinese characters (the column's outlet is a Chinese name) take a CJK face
    text = quoted.text_content()
    cjk = sum(1 for c in text if "\u2e80" <= c <= "\u9fff")
    assert set(fonts) <= {"SourceSans3VF", "Noto Sans CJK TC"}, fonts
    assert fonts.get("Noto Sans CJK TC", 0) == cjk, (fonts, text)
    assert content.translator("en")("app.name") in page.title()
    body = used_fonts(page, PARAGRAPH)
    assert set(body) == {"SourceSans3VF"}, body


FOCUS_RING = """() => {
  const e = document.activeElement;
  const s = getComputedStyle(e);
  return {tag: e.tagName, testid: e.getAttribute('data-testid') || '',
          style: s.outlineStyle, width: parseFloat(s.outlineWidth)};
}"""


def test_keyboard_focus_is_visible_on_sidebar_and_page_links(make_page):
    """WCAG 2.4.7: tabbing onto a sidebar link or an "Open this story" link draws a
    ring, not only the grey fill the current page also has."""
    page = styled(make_page().open("/?lang=en"))
    seen = set()
    for _ in range(60):
        page.keyboard.press("Tab")
        ring = page.evaluate(FOCUS_RING)
        if ring["testid"] in ("stSidebarNavLink", "stPageLink-NavLink"):
            assert ring["style"] != "none" and ring["width"] >= 2, ring
            seen.add(ring["testid"])
        if len(seen) == 2:
            break
    assert seen == {"stSidebarNavLink", "stPageLink-NavLink"}


def test_sliders_survive_a_visit_to_the_glossary_and_back(make_page):
    """Move a slider, go to the Glossary by the sidebar, come back by the sidebar: the
    slider is where the learner left it, and the address bar says so."""
    t = content.translator("en")
    forward = labspec.control("home_cip", "forward")
    target = f"{round(forward.default - 2 * forward.step, 2):g}"
    page = make_page().open("/?lang=en")
    thumb = page.get_by_test_id("stSlider").filter(has_text=t("home.lab.forward"))
    thumb.get_by_role("slider").focus()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(f"**forward={target}**", timeout=15_000)
    nav = page.get_by_test_id("stSidebarNav")
    nav.get_by_role("link", name=t("page.glossary.title")).click()
    page.get_by_role("heading", name=t("page.glossary.title")).first.wait_for()
    nav.get_by_role("link", name=t("page.home.title")).click()
    page.get_by_text(t("home.lab.chart_title")).first.wait_for(timeout=20_000)
    value = page.get_by_test_id("stSlider").filter(has_text=t("home.lab.forward"))
    value.get_by_role("slider").wait_for()
    assert value.get_by_role("slider").input_value() == target
    page.wait_for_url(f"**forward={target}**", timeout=15_000)  # and the link says so


def test_a_slider_below_zero_shows_the_minus_sign_and_moves_by_keyboard(make_page):
    """The stock-bond correlation slider (-0.6 to 0.6) reads "\u22120.20", as a figure
    would, on the thumb, at the range's end and to a screen reader; an arrow key still
    moves it one step, and the URL follows."""
    c = labspec.control("div_mix", "mx_corr_sb")
    t = content.translator("zh-Hant")
    page = styled(make_page().open(f"/{nav_path('div_mix')}?lang=zh-Hant"))
    box = page.get_by_test_id("stSlider").filter(has_text=t(c.label))
    thumb = box.get_by_role("slider")
    thumb.wait_for()
    value = box.get_by_test_id("stSliderThumbValue")
    assert value.text_content() == c.shown(c.default), value.text_content()
    assert value.text_content().startswith("\u2212")
    assert "-" not in box.text_content(), box.text_content()
    assert c.shown(c.min) in box.text_content()  # the range's end, under the track
    assert "-" not in (thumb.get_attribute("aria-valuetext") or "")
    thumb.focus()
    page.keyboard.press("ArrowRight")
    step = c.grid()[c.grid().index(c.default) + 1]
    page.wait_for_function(
        "([e, want]) => e.textContent === want", arg=[value.element_handle(), c.shown(step)]
    )
    page.wait_for_url(f"**mx_corr_sb={step:g}**", timeout=15_000)


@pytest.mark.parametrize("lab_id", ["krw_household", "div_mix"])
def test_on_a_phone_the_headline_figures_stay_in_view_while_a_control_moves(make_page, lab_id):
    """At 390 px the columns stack: the lab's figures are pinned under Streamlit's
    header while the learner moves the lab's last slider, far below them, and the
    figure changes where she can see it."""
    lab = LABS[lab_id]
    last = [c for c in lab.controls if not c.is_choice][-1]
    t = content.translator("en")
    page = styled(make_page(width=390).open(f"/{nav_path(lab_id)}?lang=en"))
    head = page.locator(f".st-key-dl_head_{lab_id}")
    thumb = page.get_by_test_id("stSlider").filter(has_text=t(last.label)).get_by_role("slider")
    thumb.scroll_into_view_if_needed()
    values = head.get_by_test_id("stMetricValue")
    before = values.all_inner_texts()
    thumb.focus()
    page.keyboard.press("ArrowRight" if last.default < last.max else "ArrowLeft")
    page.wait_for_function(
        "([e, old]) => [...e.querySelectorAll('[data-testid=stMetricValue]')]"
        ".map(v => v.innerText).join('|') !== old",
        arg=[head.element_handle(), "|".join(before)],
        timeout=15_000,
    )
    box, slider, height = head.bounding_box(), thumb.bounding_box(), page.viewport_size["height"]
    assert box["y"] >= 0 and box["y"] + box["height"] <= slider["y"], (box, slider)
    assert box["height"] < 0.3 * height, box  # two figures to a line: the slider stays in view
    assert slider["y"] + slider["height"] <= height, slider


CUT_OFF = """() => [...document.querySelectorAll('[data-testid=stMetric] *')]
  .filter(e => e.textContent.trim() && e.scrollWidth > e.clientWidth + 1)
  .map(e => e.textContent.trim())"""


def nav_path(lab: str) -> str:
    """The URL path of the page a lab is on ("" for the home page)."""
    return nav.by_key()[labspec.page_of(lab)].url_path


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_no_headline_figure_is_cut_off(make_page, width, lang):
    """Every metric label and value of every lab, on every page with labs, fits its box
    (scrollWidth <= clientWidth): nothing ends in an ellipsis, at desktop and phone
    widths, in English and Chinese."""
    w = make_page(width=width)
    pages = sorted({nav_path(lab) for lab in LABS})
    seen = 0
    for path in pages:
        page = styled(w.open(f"/{path}?lang={lang}"))
        page.wait_for_selector("[data-testid=stMetric]")
        page.wait_for_timeout(300)
        assert page.evaluate(CUT_OFF) == [], (path, lang, width)
        seen += page.locator("[data-testid=stMetric]").count()
    assert seen >= sum(1 for lab in LABS.values() if lab.id != "cy_stress")
