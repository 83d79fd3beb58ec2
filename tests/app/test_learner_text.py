"""What every page says, in every language, checked in AppTest: no internal file names,
fact keys or code on screen, and no English sentence left on a Chinese page."""

import re

import pytest

from lib import content, nav
from lib.labs import LABS
from lib.labs import spec as labspec
from tests.app.conftest import open_app

#: file names, line references and snake_case keys (fact keys, lab ids, control keys)
INTERNAL = re.compile(r"\b\w+\.(txt|toml|py|md|bib)\b|\blines? \d|\b[a-z]+_[a-z0-9_]+\b")
#: four Latin words in a row: an English phrase (names such as "Board of Governors of the
#: Federal Reserve System" in a citation are allowed where the page cites in English)
ENGLISH_RUN = re.compile(r"\b[A-Za-z]{2,}(?:[ ,;:]+[A-Za-z]{2,}){3,}\b")


def screen_text(at) -> list[str]:
    """Every text element a reader sees (links and icon names stripped)."""
    parts = [m.label for m in at.metric] + [m.value for m in at.metric]
    parts += [
        e.value
        for kind in ("markdown", "caption", "warning", "info", "error")
        for e in getattr(at, kind)
    ]
    parts += (
        [e.value for e in at.title] + [e.value for e in at.header] + [e.value for e in at.subheader]
    )
    parts += [s.label for s in at.slider] + [s.label for s in at.select_slider]
    out = []
    for p in parts:
        text = re.sub(r"\]\([^)]*\)", "]", str(p))  # a link's address is not on screen
        text = re.sub(r":material/[a-z_]+:", "", text)
        text = re.sub(r"<[^>]+>", "", text)  # the language marker's hidden span
        # code the reader is meant to copy (the Instructors page's URL parameters and
        # server settings) is set as code, so it is not an internal name leaking out
        text = re.sub(r"`[^`\n]+`", "", text)
        out.append(text)
    return out


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
@pytest.mark.parametrize("spec", nav.PAGES, ids=[p.key for p in nav.PAGES])
def test_no_internal_names_on_screen(spec, lang):
    at = open_app(None if spec.key == "home" else spec.file, lang=lang)
    assert not at.exception
    found = [(m.group(0), t[:80]) for t in screen_text(at) for m in INTERNAL.finditer(t)]
    assert found == [], found


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans"])
@pytest.mark.parametrize("spec", [p for p in nav.PAGES if p.key != "sources"], ids=lambda p: p.key)
def test_no_english_sentences_on_a_chinese_page(spec, lang):
    """The Sources page cites English publications in English; test_sources_page checks
    its notes. Everywhere else a Chinese page reads in Chinese."""
    at = open_app(None if spec.key == "home" else spec.file, lang=lang)
    found = [
        (m.group(0), t[:80]) for t in screen_text(at) for m in ENGLISH_RUN.finditer(chinese(t))
    ]
    assert found == [], found


def chinese(text: str) -> str:
    """``text`` without what a Chinese page rightly keeps in English: the citation of an
    English publication, a name's original after it in brackets (the CHIPS and Science
    Act after its Chinese name), a glossary term's English name after " · "."""
    for p in content.primaries().values():
        text = text.replace(p["citation"], "")
    text = re.sub("[\uff08(][^\uff09)]*[\uff09)]", "", text)  # full-width or ASCII brackets
    return re.sub(r" · [^\n]*", "", text)


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_sliders_below_zero_show_the_minus_sign_of_the_figures(lang):
    """A slider reaching below zero is drawn with every value written by the app
    (Control.shown): the page's slider reads "\u22120.20", as the figures do, not
    Streamlit's "-0.20", and shows its current value."""
    t = content.translator(lang)
    pages = {labspec.page_of(lab) for lab in LABS for c in LABS[lab].controls if c.signed}
    files = {p.key: p.file for p in nav.PAGES}
    for page in sorted(pages):
        at = open_app(None if page == "home" else files[page], lang=lang)
        signed = [c for lab in LABS if labspec.page_of(lab) == page for c in LABS[lab].controls]
        signed = [c for c in signed if c.signed]
        for c in signed:
            widget = at.select_slider(key=c.key)
            unit = t(f"unit.{c.unit}", v="{v}") if c.unit else None
            assert not any("-" in o for o in widget.options), (c.key, widget.options[:3])
            assert widget.options[0] == c.shown(c.min, unit)
            assert widget.options[0].startswith("\u2212"), widget.options[0]
            assert widget.value == c.default
