"""The Sources page fits the screen: on a phone (390 px) and a laptop (1280 px) no
element of the page reaches past the right edge, so nothing is clipped or needs a
sideways scroll (the figures were once a seven-column table 1,017 px wide)."""

import pytest

pytestmark = pytest.mark.browser

OVERFLOW = """() => [...document.querySelectorAll('[data-testid=stMain] *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
  .map(e => e.tagName + ' ' + Math.round(e.getBoundingClientRect().right))"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_sources_page_fits_phone_and_laptop_widths(make_page, width, lang):
    watched = make_page(width=width)
    page = watched.open(f"/sources?lang={lang}")
    page.get_by_role("link", name="DOI", exact=False).first.wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate(OVERFLOW) == []
    # the figures are text with their links, not a grid that clips its last column
    assert page.locator("[data-testid=stMain] table").count() == 0
    assert not watched.unexpected_errors()
