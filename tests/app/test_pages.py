"""Every page in every language through AppTest, driven like a learner would.

AppTest does not write bound widgets back to the URL; tests/browser covers that.
"""

import math
import re

import pytest
from streamlit.testing.v1 import AppTest

from lib import content, i18n, nav
from lib import convenience_yield as cy
from lib.labs import LABS
from lib.labs import spec as labspec
from lib.ui import state
from tests.app.conftest import TIMEOUT, open_app, slider

PAGES = [(spec.key, spec.file) for spec in nav.PAGES]
HOME = LABS["home_cip"]
HOME_SLIDERS = [c.key for c in HOME.controls]
BAD_NUMBER = re.compile(r"\b(nan|inf|infinity)\b", re.I)


def figures(at: AppTest) -> list[str]:
    return [m.value for m in at.metric]


def all_text(at: AppTest) -> str:
    parts = [m.value for m in at.metric] + [md.value for md in at.markdown]
    parts += [c.value for c in at.caption] + [w.value for w in at.warning]
    return "\n".join(str(p) for p in parts)


def default_cy() -> str:
    """The home lab's convenience yield at the sourced defaults, as the lab words it."""
    return HOME.view({}, "en").metrics[0].value


def rates() -> dict[str, float]:
    """The home lab's defaults in model units (decimals a year, years), from facts.toml."""
    return labspec.model_values("home_cip", labspec.defaults("home_cip"))


def cy_metric(at: AppTest) -> str:
    label = content.translator(at.radio(key="lang").value)("home.lab.m_cy")
    return next(m.value for m in at.metric if m.label == label)


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize(("key", "file"), PAGES)
def test_every_page_renders_in_every_language(key, file, lang):
    at = open_app(file if key != "home" else None, lang=lang)
    assert not at.exception, at.exception
    t = content.translator(lang)
    expected = t("app.name") if key == "home" else t(f"page.{key}.title")
    assert at.title[0].value == expected
    assert not BAD_NUMBER.search(all_text(at))
    # the not-advice notice is on every page (the full footer is checked in the browser)
    assert any(t("footer.short") == c.value for c in at.sidebar.caption)


def test_simplified_chinese_is_generated_from_traditional():
    hans = open_app(lang="zh-Hans")
    hant = open_app(lang="zh-Hant")
    assert hans.title[0].value == content.translator("zh-Hans")("app.name")
    assert hans.title[0].value != hant.title[0].value
    assert hans.title[0].value == i18n.to_hans(hant.title[0].value)


@pytest.mark.parametrize("code", ["en", "zh-Hant", "zh-Hans", "zh-TW", "ZH-HANS"])
def test_short_codes_in_links_choose_the_language(code):
    at = open_app(lang=code)
    expected = i18n.normalise_lang(code)
    assert at.radio(key="lang").value == expected
    assert at.title[0].value == content.translator(expected)("app.name")


def test_language_display_name_in_url_works_too():
    # A bound selector writes each language's own name to the URL; links copied from
    # the address bar carry that form.
    name = state.language_names()["zh-Hant"]
    at = open_app(lang=name)
    assert at.radio(key="lang").value == "zh-Hant"
    assert not at.toast


@pytest.mark.parametrize("bad", ["fr", "klingon", "", "<script>alert(1)</script>"])
def test_unknown_language_falls_back_with_a_notice(bad):
    at = open_app(lang=bad)
    assert not at.exception
    assert at.radio(key="lang").value == "en"
    if bad:
        assert at.toast and "doesn't offer" in at.toast[0].value


@pytest.mark.parametrize("key", HOME_SLIDERS)
def test_moving_each_home_slider_changes_a_shown_figure(key):
    at = open_app()
    before = figures(at)
    widget = slider(at, key)
    lo, hi, _ = labspec.control("home_cip", key).bounds()
    target = hi if widget.value != hi else lo
    widget.set_value(target).run()
    assert not at.exception
    assert figures(at) != before, key


def test_forward_slider_gives_the_lib_value_on_screen():
    at = open_app()
    slider(at, "forward").set_value(153.0).run()
    v = rates()
    expected = cy.dollar_convenience_yield(
        v["usd_rate"], v["jpy_rate"], v["spot"], 153.0, v["tenor"]
    )
    assert cy_metric(at) == f"+{expected * 1e4:.1f} bp"
    # the sentence under the chart follows the sign
    assert any("more than cash dollars" in md.value for md in at.markdown)


def test_url_parameters_seed_a_scenario():
    at = open_app(forward="156", usd_rate="3.5", tenor="6")
    assert slider(at, "forward").value == 156.0
    assert slider(at, "tenor").value == 6
    v = rates()
    expected = cy.dollar_convenience_yield(0.035, v["jpy_rate"], v["spot"], 156.0, 0.5) * 1e4
    assert expected < 0
    assert cy_metric(at) == f"\u2212{abs(expected):.1f} bp"
    assert any("less than cash dollars" in md.value for md in at.markdown)


@pytest.mark.parametrize(
    "params",
    [
        {"spot": "abc"},
        {"spot": "nan"},
        {"forward": "inf"},
        {"spot": "9999"},
        {"tenor": "-3"},
        {"usd_rate": "1e400"},
        {"spot": "abc", "forward": "NaN", "tenor": "zero"},
    ],
)
def test_garbage_in_the_url_gives_defaults_and_a_notice(params):
    at = open_app(**params)
    assert not at.exception
    for key in params:
        default = labspec.control("home_cip", key).default
        assert slider(at, key).value == pytest.approx(default)
    assert cy_metric(at) == default_cy()
    notice = [w.value for w in at.warning]
    assert notice and "could not be used" in notice[0]
    assert not BAD_NUMBER.search(all_text(at))


def test_impossible_combination_is_flagged_not_broken():
    at = open_app(spot="120", forward="180", tenor="1")
    assert not at.exception
    value = cy_metric(at)
    number = float(value.replace("\u2212", "-").replace(",", "").split()[0])
    assert math.isfinite(number) and abs(number) > cy.IMPLAUSIBLE_BP
    assert any("far beyond" in w.value for w in at.warning)
    assert not BAD_NUMBER.search(all_text(at))


@pytest.mark.parametrize("corner", ["min", "max"])
def test_slider_extremes_give_finite_figures(corner):
    at = open_app()
    for c in HOME.controls:
        lo, hi, _ = c.bounds()
        slider(at, c.key).set_value(lo if corner == "min" else hi)
    at.run()
    assert not at.exception
    assert not BAD_NUMBER.search(all_text(at))


def test_switching_language_keeps_every_slider_value():
    at = open_app()
    moved = {"forward": 152.5, "tenor": 12, "usd_rate": 3.25}
    for key, value in moved.items():
        slider(at, key).set_value(value)
    at.run()
    at.radio(key="lang").set_value("zh-Hant").run()
    assert not at.exception
    for key, value in moved.items():
        assert slider(at, key).value == value
    zh = content.translator("zh-Hant")
    assert slider(at, "forward").label == zh("home.lab.forward")
    assert at.title[0].value == zh("app.name")


def test_reset_puts_sliders_back_to_source_values():
    at = open_app()
    slider(at, "forward").set_value(150.0).run()
    assert cy_metric(at) != default_cy()
    at.button(key="reset_home_cip").click().run()
    forward = content.fact_value(labspec.control("home_cip", "forward").default_fact)
    assert slider(at, "forward").value == pytest.approx(forward)
    assert cy_metric(at) == default_cy()


def test_quiz_gives_feedback_for_the_option_chosen():
    at = open_app()
    assert len(at.radio) == 1  # only the language radio: the questions are built on open
    at.session_state["quiz_home"] = True
    at.run()
    quiz = content.quizzes("en")[0]
    t = content.translator("en")
    radio = at.radio(key=f"quiz_{quiz.id}")
    assert [o.split(". ", 1)[0] for o in radio.options] == list(content.QUIZ_LETTERS)
    # pick by the correct flag, not by a position: the options are shuffled
    wrong = quiz.correct.index(False)
    right = quiz.correct.index(True)
    at.radio(key=f"quiz_{quiz.id}").set_value(wrong).run()
    # one verdict, then the option's own feedback ("Not quite. ...", never doubled)
    assert f"**{t('quiz.wrong')}** {quiz.feedback[wrong]}" in [w.value for w in at.warning]
    at.radio(key=f"quiz_{quiz.id}").set_value(right).run()
    assert f"**{t('quiz.right')}** {quiz.feedback[right]}" in [s.value for s in at.success]


def test_share_link_carries_language_and_every_value():
    at = open_app(lang="zh-Hant", forward="152")
    assert not at.code  # nothing is built while the expander is closed
    at.session_state["share_home_cip"] = True  # the learner opens "Link or embed"
    at.run()
    links = [c.value for c in at.code if "forward=152" in c.value]
    assert links, [c.value for c in at.code]
    assert "lang=zh-Hant" in links[0]
    assert any("embed=true" in c.value and "<iframe" in c.value for c in at.code)


def test_data_table_opens_with_the_charts_numbers():
    at = open_app()
    assert not at.dataframe
    at.session_state["data_cash-vs-synthetic-dollars"] = True
    at.run()
    shown = list(at.dataframe[0].value.iloc[:, -1])
    # shown as the text shows numbers: one precision per column, a real minus sign
    assert all(re.fullmatch(r"[+\u2212]?[\d,]+\.\d\d", x) for x in shown), shown
    values = [float(x.replace(",", "").replace("\u2212", "-")) for x in shown]
    v = rates()
    # direct route: the dollar rate in percent; synthetic: yen rate - ln(F/S)/tau
    synthetic = v["jpy_rate"] - math.log(v["forward"] / v["spot"]) / v["tenor"]
    assert values[0] == pytest.approx(v["usd_rate"] * 100, abs=0.005)
    assert sum(values[1:]) == pytest.approx(synthetic * 100, abs=0.015)


def test_glossary_search_filters_and_reports_no_match():
    at = open_app("app_pages/glossary.py")
    total = len(content.glossary("en"))
    assert at.caption[0].value == f"{total} of {total} terms"
    at.text_input(key="q").input("CIP").run()
    n = int(at.caption[0].value.split()[0])
    assert 0 < n < total
    at.text_input(key="q").input("no-such-term-xyz").run()
    assert at.info and content.escape_markdown("no-such-term-xyz") in at.info[0].value


def test_glossary_query_from_a_link_is_echoed_as_text_not_markup():
    bad = "[click](http://evil.example) ![x](http://evil.example/i.png) :red[x]"
    at = open_app("app_pages/glossary.py", q=bad)
    assert not at.exception
    shown = at.info[0].value
    assert not re.search(r"(?<!\\)\]\(", shown)  # no link or image left to render
    assert content.escape_markdown(bad[:60]) in shown  # the box keeps 60 characters


def test_glossary_entries_link_to_existing_pages_that_use_them():
    at = open_app("app_pages/glossary.py", lang="zh-Hant", q="CIP")
    text = "\n".join(md.value for md in at.markdown)
    home = content.translator("zh-Hant")("page.home.title")
    assert f"[{home}](./?lang=zh-Hant)" in text  # CIP is used on the overview
    # every link goes to a registered page, in the reader's language
    links = re.findall(r"\]\(\./([^)?]*)\?lang=([^)]*)\)", text)
    assert links
    assert {path for path, _ in links} <= {spec.url_path for spec in nav.PAGES}
    assert {lang for _, lang in links} == {"zh-Hant"}
    cip = next(term for term in content.glossary("zh-Hant") if term.abbr == "CIP")
    for key in cip.pages:
        title = content.translator("zh-Hant")(f"page.{key}.title")
        assert f"[{title}](./{nav.url_for(key)}?lang=zh-Hant)" in text


def test_glossary_query_from_the_url_in_chinese():
    at = open_app("app_pages/glossary.py", lang="zh-Hant", q="\u4fbf\u5229\u6536\u76ca")
    assert not at.exception
    assert any("\u4fbf\u5229\u6536\u76ca" in md.value for md in at.markdown)


def test_sources_page_lists_every_fact_and_the_paper():
    at = open_app("app_pages/sources.py")
    text = "\n".join(md.value for md in at.markdown)
    esc = content.escape_markdown
    for f in content.facts().values():  # one line per figure, as text (no wide table)
        line = f"- **{esc(f.label('en'))}**{esc(': ')}{esc(content.format_fact(f.key, 'en'))}"
        assert line + esc(" (as of ") in text
    assert esc("Decoupling Dollar and Treasury Privilege") in text
    assert esc("International Finance Discussion Papers 1427") in text
    assert "](https://doi.org/10.17016/IFDP.2025.1427)" in text
    for art in content.articles().values():
        assert esc(art["title_orig"] or art["title_en"]) in text
        assert art["file"] not in text  # documents are named by outlet, title and date


def _error_script():
    import streamlit as st

    from lib.errors import InputError
    from lib.ui import widgets

    st.session_state["lang"] = "zh-Hant"
    widgets.input_error(InputError("tenor", "not_positive", "The tenor must be greater than zero."))


def test_input_errors_are_shown_in_the_readers_language():
    at = AppTest.from_function(_error_script, default_timeout=TIMEOUT).run()
    zh = content.translator("zh-Hant")
    assert at.error and zh("field.tenor") in at.error[0].value
    assert "greater than zero" not in at.error[0].value


def test_no_legacy_pages_folder():
    # A folder named pages/ beside Home.py makes Streamlit run those files without the
    # entry point (see lib/nav.py); the pages live in app_pages/. The browser test
    # test_first_deep_link_on_a_fresh_server_opens_the_page checks the effect.
    from tests.conftest import ROOT

    assert not (ROOT / "pages").exists()
    assert all(spec.path.is_file() for spec in nav.PAGES)
    assert all(spec.file.startswith("app_pages/") for spec in nav.PAGES)
