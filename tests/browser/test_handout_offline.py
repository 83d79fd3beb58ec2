"""The handout opens offline in Chromium (lib/handout.py).

The file is opened from ``file://`` with every request but ``file:`` ones aborted; the
page must not even try one besides the file itself: no font, style sheet, script or
image. Its charts are drawn (inline SVG with a size), its Chinese text is there in the
CJK face of the reader's script, and in print each chart is kept whole. Screenshots:
/tmp/handout-<lang>.png.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from lib import content, handout
from tests.unit.test_handout import outline

pytestmark = pytest.mark.browser

PAGE = "convenience-yield"  # four labs, the most charts of any page


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans", "en"])
def test_the_handout_opens_offline_with_its_charts_and_chinese_text(browser, tmp_path, lang):
    prefix, blocks = outline(PAGE)
    doc = handout.build(
        PAGE,
        prefix,
        lang,
        blocks,
        link=f"http://127.0.0.1:8501/{PAGE}?lang={lang}",
        cited_on=date(2026, 1, 5),
    )
    path = tmp_path / handout.file_name(PAGE, lang)
    path.write_text(doc, encoding="utf-8")
    url = path.as_uri()

    ctx = browser.new_context(locale=lang, viewport={"width": 900, "height": 1000})
    requested: list[str] = []
    ctx.on("request", lambda r: requested.append(r.url))

    def only_files(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            route.abort()

    ctx.route("**/*", only_files)
    try:
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url, wait_until="load")
        page.wait_for_timeout(300)
        assert requested == [url], "the handout asked for nothing but itself"
        assert not errors

        sizes = page.eval_on_selector_all(
            "figure.chart svg",
            "els => els.map(e => { const r = e.getBoundingClientRect();"
            " return [r.width, r.height, e.querySelectorAll('text').length]; })",
        )
        labs = [b for b in blocks if b[0] == "lab"]
        assert len(sizes) == len(labs)
        for width, height, texts in sizes:
            assert width > 200 and height > 100 and texts > 3

        t = content.translator(lang)
        assert page.inner_text("h1") == t(f"page.{PAGE}.title")
        assert page.evaluate("document.documentElement.lang") == lang
        body = page.inner_text("body")
        assert t("handout.figures") in body and t("lab.reading") in body
        if lang != "en":
            assert len(re.findall(r"[\u3400-\u9fff]", body)) > 1000
            font = page.evaluate("getComputedStyle(document.body).fontFamily")
            script = "SC" if lang == "zh-Hans" else "TC"
            assert f"Noto Sans CJK {script}" in font
            # a CJK face is on this machine (fonts-noto-cjk): the glyphs are not tofu
            assert page.evaluate(f"document.fonts.check('16px \"Noto Sans CJK {script}\"', '美元')")

        page.screenshot(path=f"/tmp/handout-{lang}.png", full_page=True)

        page.emulate_media(media="print")
        keep = page.eval_on_selector_all(
            "figure.chart", "els => els.map(e => getComputedStyle(e).breakInside)"
        )
        assert set(keep) == {"avoid"}
        printed = page.evaluate(
            "[...document.querySelectorAll('a[href]')].map(a =>"
            " [a.className, getComputedStyle(a, '::after').content])"
        )
        assert printed == [["url", "none"]], "the link back shows its address once"
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF")
        pdf_letter = page.pdf(format="Letter")
        assert pdf_letter.startswith(b"%PDF")
    finally:
        ctx.close()
