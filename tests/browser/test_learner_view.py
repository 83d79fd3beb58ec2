"""What a learner sees, checked in Chromium: the faces text is set in, figures that are
never cut off, focus that shows, and a learner's settings kept across a page visit."""

import pytest

from lib import content

pytestmark = pytest.mark.browser

PARAGRAPH = "[data-testid=stMarkdownContainer] p"


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
    page = make_page().open(f"/?lang={lang}")
    page.wait_for_function("l => document.documentElement.lang === l", arg=lang)
    fonts = used_fonts(page, PARAGRAPH)
    assert fonts.get(cjk, 0) > 0, fonts
    assert not_cjk not in fonts, fonts


def test_english_is_set_in_streamlits_own_latin_face(make_page):
    page = make_page().open("/convenience-yield?lang=en")
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
    page = make_page().open("/?lang=en")
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
