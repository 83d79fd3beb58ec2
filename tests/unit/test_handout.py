"""The handout (lib/handout.py): every story page and the home page, in every language.

Each handout holds each lab's figures and sentence exactly as the lab's view gives them,
one inline SVG per chart, the citation with the app's version and the link back; it
loads nothing (no script, no address but the link back) and escapes whatever a lab, a
link or a value could put in it.
"""

from __future__ import annotations

import ast
import html
import re
from dataclasses import replace
from datetime import date
from functools import cache
from html.parser import HTMLParser

import pytest

from lib import content, handout, i18n, nav
from lib.errors import InputError
from lib.labs import LABS
from lib.labs import spec as labspec
from lib.labs.view import Metric
from lib.version import app_version
from tests.conftest import ROOT

PAGES = ("home", *nav.STORIES)
ON = date(2026, 1, 5)
CJK = re.compile(r"[\u3400-\u9fff]")


def outline(page: str) -> tuple[str, list[tuple[str, str]]]:
    """(string prefix, outline) of a page, read from its file in app_pages/ the way
    :class:`lib.ui.story.Story` records it: sections, narrative files, headings and labs
    in the order the page draws them."""
    tree = ast.parse(nav.by_key()[page].path.read_text(encoding="utf-8"))
    prefix, blocks = None, []
    calls = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Call)), key=lambda n: n.lineno)
    for call in calls:
        f = call.func
        if not isinstance(f, ast.Attribute) or not call.args:
            continue
        args = [a.value for a in call.args if isinstance(a, ast.Constant)]
        if f.attr == "Story":
            prefix = args[1]
        elif f.attr in ("section", "narrative", "heading", "lab") and args:
            blocks.append((f.attr, args[0]))
    assert prefix, page
    return prefix, blocks


def link(page: str, lang: str) -> str:
    return f"http://127.0.0.1:8501/{nav.url_for(page)}?lang={lang}"


@cache
def built(page: str, lang: str) -> str:
    prefix, blocks = outline(page)
    return handout.build(page, prefix, lang, blocks, link=link(page, lang), cited_on=ON)


class _Text(HTMLParser):
    """The text a reader sees (outside <style>), and every address an element names."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.addresses: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag == "style"
        self.addresses += [v or "" for k, v in attrs if k.split(":")[-1] in ("src", "href")]

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        self._skip -= tag == "style"

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def shown_text(doc: str) -> str:
    parser = _Text()
    parser.feed(doc)
    return "".join(parser.parts)


def addresses(doc: str) -> list[str]:
    """Every src and href in ``doc`` (unescaped) but in-document ones (``#id``)."""
    parser = _Text()
    parser.feed(doc)
    return [a for a in parser.addresses if not a.startswith("#")]


def labs_of(page: str) -> list[str]:
    return [b[1] for b in outline(page)[1] if b[0] == "lab"]


def test_the_outlines_cover_every_lab_of_every_page():
    for page in PAGES:
        assert sorted(labs_of(page)) == sorted(lab for lab in LABS if LABS[lab].page == page)


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("page", PAGES)
def test_the_handout_holds_each_lab_s_figures_sentence_and_chart(page, lang):
    doc = built(page, lang)
    seen = shown_text(doc)
    labs = labs_of(page)
    assert labs
    for lab in labs:
        view = LABS[lab].view({}, lang)
        for m in view.metrics:
            assert f"{m.label}{m.help or ''}{m.value}" in seen, (lab, m)
        assert view.sentence in seen, lab
        for text in (*view.notes, *view.warnings):
            assert text in seen, lab
        for item in view.items:
            assert item.replace("**", "") in seen, lab
        assert f'aria-label="{html.escape(view.chart_title)}"' in doc, lab
        t = content.translator(lang)
        for c in labspec.controls(lab):
            assert t(c.label) in seen, (lab, c.key)
    assert doc.count("<svg") == len(labs)
    assert len(re.findall(r'<figure class="chart">\s*<svg', doc)) == len(labs)


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("page", PAGES)
def test_the_handout_loads_nothing_and_says_its_language(page, lang):
    doc = built(page, lang)
    assert doc.startswith("<!DOCTYPE html>")
    assert f'<html lang="{lang}">' in doc
    assert '<meta charset="utf-8">' in doc
    assert "<script" not in doc.lower()
    assert "@import" not in doc and "@font-face" not in doc
    assert not re.search(r"url\(\s*['\"]?(?!#)", doc), "CSS or SVG loads nothing by url()"
    assert addresses(doc) == [link(page, lang)]
    assert "<img" not in doc and "<link" not in doc and "<iframe" not in doc


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("page", PAGES)
def test_the_handout_cites_the_page_with_the_version_and_links_back(page, lang):
    doc = built(page, lang)
    seen = shown_text(doc)
    t = content.translator(lang)
    title = t("app.name") if page == "home" else t(f"page.{page}.title")
    cite = t(
        "handout.cite",
        app=t("app.name"),
        version=app_version(),
        page=title,
        date=content.format_date(ON.isoformat(), lang),
        link=link(page, lang),
    )
    assert app_version() in cite and cite in seen
    assert f'<a class="url" href="{html.escape(link(page, lang))}">' in doc
    assert f"<title>{html.escape(t('handout.doc_title', page=title, app=t('app.name')))}" in doc
    assert t("footer.disclaimer") in seen


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans"])
@pytest.mark.parametrize("page", PAGES)
def test_chinese_handouts_are_in_chinese_and_in_the_reader_s_script(page, lang):
    doc = built(page, lang)
    seen = shown_text(doc)
    _, blocks = outline(page)
    first = next(b[1] for b in blocks if b[0] in ("section", "narrative"))
    paragraph = content.section(page, first, lang).split("\n\n")[0]
    plain = re.sub(r":\w+-badge\[:material/\w+: ([^\]]*)\]", r"\1", paragraph).replace("**", "")
    assert plain.strip() in seen
    assert len(CJK.findall(seen)) > 500
    script = "SC" if lang == "zh-Hans" else "TC"
    fonts = re.search(r"html \{ font-family: ([^;]+);", doc).group(1)
    assert f'"Noto Sans CJK {script}"' in fonts and "Microsoft" in fonts
    assert ("PingFang " + script) in fonts
    if lang == "zh-Hans":
        assert content.translator("zh-Hans")("handout.figures") in seen
        assert "設定" not in seen, "Simplified handouts say 设置"


def test_the_narrative_is_rendered_and_the_badges_become_labels():
    doc = built("krw-defence", "en")
    assert "<h2>1. " in doc and "<strong>" in doc
    assert '<span class="badge blue">Reported</span>' in doc
    assert ":blue-badge" not in doc and ":material/" not in doc


def test_print_style_sets_the_page_keeps_charts_whole_and_prints_addresses():
    doc = built("convenience-yield", "en")
    style = re.search(r"<style>(.*)</style>", doc, re.S).group(1)
    assert re.search(r"@page \{ size: A4; margin: [^}]+\}", style)
    printing = style[style.index("@media print") :]
    assert re.search(
        r"figure, table[^{]*\{ break-inside: avoid; page-break-inside: avoid;", printing
    )
    assert 'a[href]:not(.url)::after { content: " <" attr(href) ">"' in printing
    assert re.search(r"h2, h3[^{]*\{ break-after: avoid", printing)


def test_each_chart_is_the_lab_s_own_spec_drawn_as_svg():
    import vl_convert

    view = LABS["krw_forward"].view({"kf_tenor": 6}, "en")
    svg = handout.chart_svg(view.chart, view.chart_title, "c")
    label = f'<svg role="img" aria-label="{html.escape(view.chart_title)}"'
    assert svg.startswith(label)
    drawn = vl_convert.vegalite_to_svg(handout._paper_spec(view.chart))
    assert svg.replace(label, "<svg", 1) == drawn
    assert view.chart == LABS["krw_forward"].view({"kf_tenor": 6}, "en").chart, "spec untouched"
    assert not re.search(r"(?:src|href)=\"(?!#)", svg)


def test_values_set_the_figures_and_the_link_back():
    values = {"krw_forward": {"kf_tenor": 6, "kf_krw_rate": 2.0}}
    prefix, blocks = outline("krw-defence")
    address = handout.page_address("http://h/krw-defence", "en", values)
    assert address == "http://h/krw-defence?lang=en&kf_krw_rate=2&kf_tenor=6"
    doc = handout.build(
        "krw-defence", prefix, "en", blocks, values=values, link=address, cited_on=ON
    )
    view = LABS["krw_forward"].view(values["krw_forward"], "en")
    seen = shown_text(doc)
    assert view.sentence in seen and view.sentence != LABS["krw_forward"].view({}, "en").sentence
    assert html.escape(address) in doc


def _input_error_values() -> tuple[str, dict]:
    """A lab and values its model refuses (an InputError with a translated message)."""
    for lab in LABS:
        for c in labspec.controls(lab):
            if c.is_choice:
                continue
            for v in (c.min, c.max):
                for other in labspec.controls(lab):
                    if other.is_choice or other.key == c.key:
                        continue
                    for w in (other.min, other.max):
                        values = {c.key: v, other.key: w}
                        try:
                            LABS[lab].view(values, "en")
                        except InputError:
                            return lab, values
    pytest.skip("no lab refuses any pair of extreme values")


def test_impossible_input_shows_the_translated_message_instead_of_figures():
    lab, values = _input_error_values()
    page = LABS[lab].page
    for lang in ("en", "zh-Hant"):
        doc = handout.build(page, "x", lang, [("lab", lab, values)], link="http://h/", cited_on=ON)
        try:
            LABS[lab].view(values, lang)
        except InputError as err:
            message = handout.error_message(err, lang)
        t = content.translator(lang)
        assert t("lab.input_error", message=message) in shown_text(doc)
        assert "<svg" not in doc


def test_everything_a_lab_or_a_link_says_is_escaped(monkeypatch):
    hostile = '<script>alert("x")</script><img src=http://evil.example/x.png>'
    lab = LABS["krw_forward"]

    def present(solution, v, lang):
        view = lab.present(solution, v, lang)
        metric = Metric(hostile, hostile, hostile)
        return replace(
            view,
            sentence=hostile,
            chart_title=hostile,
            metrics=(metric,),
            notes=(hostile,),
            items=(hostile,),
            warnings=(hostile,),
        )

    monkeypatch.setitem(LABS, "krw_forward", replace(lab, present=present))
    blocks = [
        ("lab", "krw_forward"),
        (
            "markdown",
            f"Own text {hostile} [x](javascript:alert(1)) ![y](http://evil.example/y.png)",
        ),
        ("lab", "krw_household", {"kh_to": "<script>1</script>"}),
    ]
    bad_link = 'http://h/?a="><script>alert(1)</script>'
    doc = handout.build("krw-defence", "krw", "en", blocks, link=bad_link, cited_on=ON)
    assert "<script" not in doc.lower() and "<img" not in doc.lower()
    assert 'href="javascript' not in doc
    assert "&lt;script&gt;" in doc
    seen = shown_text(doc)
    assert hostile in seen  # shown as the text it is
    assert bad_link in seen
    assert addresses(doc) == [bad_link]  # the link back only, as an attribute value
    # a link that is not http(s) is printed, never linked
    doc = handout.build("krw-defence", "krw", "en", [], link="javascript:alert(1)", cited_on=ON)
    assert "href=" not in doc and "javascript:alert(1)" in shown_text(doc)


def test_an_unknown_block_is_an_error():
    with pytest.raises(ValueError, match="Unknown handout block"):
        handout.build("home", "home", "en", [("video", "x")], link="http://h/", cited_on=ON)


def test_the_requirements_name_the_libraries_the_handout_uses():
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").lower()
    assert re.search(r"^markdown[>=<~]", lines, re.M)
    assert re.search(r"^vl-convert-python[>=<~]", lines, re.M)
