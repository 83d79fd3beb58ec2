"""The convenience-yield page through AppTest: it renders in every language, what the
runner draws is what the labs (lib/labs/cy.py) say, slider moves and presets reach the
screen, and URLs open a scenario or fall back when they carry garbage."""

import pytest
from streamlit.testing.v1 import AppTest

from lib import content, i18n
from lib.labs import LABS
from lib.labs import spec as labspec
from tests.app.conftest import metrics_by_lab, moved, page_opener, slider

FILE = "app_pages/convenience_yield.py"


open_cy = page_opener(FILE)


#: The labs' metrics in page order (several labels repeat between labs; the stress
#: explorer shows none).
ORDER = {"cy_decomp": 4, "cy_stress": 0, "cy_supply": 2, "cy_balance": 4}


lab_metrics = metrics_by_lab(ORDER)


def shown(lab: str, values: dict, lang: str) -> dict[str, str]:
    """The metrics the lab's own view gives for ``values``, by label."""
    return {m.label: m.value for m in LABS[lab].view(values, lang).metrics}


def text(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption])


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_page_renders_every_lab_in_every_language(lang):
    at = open_cy(lang)
    assert not at.exception
    t = content.translator(lang)
    assert at.title[0].value == t("page.convenience-yield.title")
    for lab in ORDER:
        assert lab_metrics(at, lab) == shown(lab, {}, lang), lab
    page = text(at)
    for lab in ORDER:
        assert LABS[lab].view({}, lang).sentence in page, lab
    assert len(at.metric) == sum(ORDER.values())


def test_decomposition_shows_its_direct_route_and_no_identity_check():
    at = open_cy()
    view = LABS["cy_decomp"].view({}, "en")
    assert view.notes[0] in [c.value for c in at.caption]
    assert "Check:" not in text(at)


def test_presets_set_every_slider_and_change_the_story():
    at = open_cy()
    t = content.translator("en")
    pre = labspec.preset_values("cy_decomp", "pre2008")
    at.button(key="preset_cy_decomp_pre2008").click().run()
    for c in labspec.controls("cy_decomp"):
        assert slider(at, c.key).value == pytest.approx(pre[c.key])
    assert lab_metrics(at, "cy_decomp") == shown("cy_decomp", pre, "en")
    assert lab_metrics(at, "cy_decomp")[t("cy.decomp.m_ust")].startswith("+")
    assert any(
        m.value.startswith(f":material/insights: **{t('lab.reading')}** Both convenience yields")
        for m in at.markdown
    )
    at.button(key="preset_cy_decomp_recent").click().run()
    assert lab_metrics(at, "cy_decomp")[t("cy.decomp.m_ust")].startswith("\u2212")


def test_slider_moves_reach_the_screen():
    at = open_cy("zh-Hant")
    us = labspec.control("cy_supply", "sup_us")
    value = moved(us, 5)
    slider(at, "sup_us").set_value(value).run()
    assert lab_metrics(at, "cy_supply") == shown("cy_supply", {"sup_us": value}, "zh-Hant")
    slider(at, "bs_capacity").set_value(12.0).run()  # above the binding capacity: slack
    t = content.translator("zh-Hant")
    assert lab_metrics(at, "cy_balance")[t("cy.balance.m_shadow")] == "0.0 \u57fa\u9ede"
    assert LABS["cy_balance"].view({"bs_capacity": 12.0}, "zh-Hant").sentence in text(at)


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_stress_explorer_sentences_follow_the_episode(lang):
    at = open_cy(lang)
    for ep in content.stress_episodes(lang):
        at.segmented_control(key="episode").set_value(ep.key).run()
        assert not at.exception
        page = text(at)
        for _series, _direction, sentence in ep.rows:
            assert sentence in page
        assert LABS["cy_stress"].view({"episode": ep.key}, lang).sentence in page


def test_url_parameters_open_a_scenario():
    at = open_cy(dc_tenor="2", episode="covid", sup_us="30", bs_fss="-10")
    assert slider(at, "dc_tenor").value == 2.0
    assert slider(at, "sup_us").value == 30
    assert slider(at, "bs_fss").value == -10
    assert at.segmented_control(key="episode").value == "covid"
    assert lab_metrics(at, "cy_decomp") == shown("cy_decomp", {"dc_tenor": 2.0}, "en")
    assert lab_metrics(at, "cy_balance") == shown("cy_balance", {"bs_fss": -10}, "en")
    assert LABS["cy_stress"].view({"episode": "covid"}, "en").sentence in text(at)


def test_garbage_in_the_url_falls_back_with_a_notice():
    at = open_cy(dc_spot="nan", episode="nowhere", bs_ratio="99", sup_us="1e400")
    assert not at.exception
    assert slider(at, "dc_spot").value == labspec.control("cy_decomp", "dc_spot").default
    assert slider(at, "bs_ratio").value == labspec.control("cy_balance", "bs_ratio").default
    assert slider(at, "sup_us").value == labspec.control("cy_supply", "sup_us").default
    episode = labspec.control("cy_stress", "episode")
    assert at.segmented_control(key="episode").value == episode.default
    assert at.warning, "a notice names the controls the URL got wrong"
    for lab in ORDER:
        assert lab_metrics(at, lab) == shown(lab, {}, "en"), lab


def test_the_quiz_has_four_questions_with_feedback():
    qs = [q for q in content.quizzes("zh-Hant") if q.page == "convenience-yield"]
    assert len(qs) == 4
    at = open_cy("zh-Hant")
    at.session_state["quiz_cy"] = True
    at.run()
    assert len(at.radio) >= 1 + 4  # the language selector and one per question
    t = content.translator("zh-Hant")
    for q in qs:
        radio = at.radio(key=f"quiz_{q.id}")
        assert list(radio.options) == [
            t("quiz.option", letter=letter, text=text)
            for letter, text in zip(content.QUIZ_LETTERS, q.options, strict=True)
        ]
    q = qs[-1]  # the right answer picked by its flag, wherever the shuffle put it
    at.radio(key=f"quiz_{q.id}").set_value(q.correct.index(True)).run()
    assert f"**{t('quiz.right')}** {q.feedback[q.answer]}" in [s.value for s in at.success]


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_what_the_controls_mean_lists_every_slider(lang):
    at = open_cy(lang)
    t = content.translator(lang)
    at.session_state["help_cy_balance"] = True
    at.run()
    page = text(at)
    for c in labspec.controls("cy_balance"):
        assert t(c.help) in page
    assert t("lab.reset_help") in page


def test_as_of_line_dates_every_fact_the_labs_read():
    at = open_cy()
    t = content.translator("en")
    prefix = t("facts.as_of", dates="").strip()[:12]
    (line,) = [c.value for c in at.caption if c.value.startswith(prefix)]
    keys = [k for lab in ORDER for k in (*labspec.default_facts(lab), *LABS[lab].facts)]
    assert {"lab_bs_fx_demand", "lab_bs_choke", "us_debt_coef_large"} <= set(keys)
    for key in keys:
        assert content.format_date(content.fact(key).as_of, "en") in line, key
