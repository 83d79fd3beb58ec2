"""The convenience-yield page through AppTest: every lab in every language, moved like a
learner would move it, against lib/convenience_yield.py."""

import pytest
from streamlit.testing.v1 import AppTest

from lib import content, i18n, ui
from lib import convenience_yield as cy
from tests.app.conftest import metrics_by_lab, page_opener

FILE = "app_pages/convenience_yield.py"


open_cy = page_opener(FILE)


#: The labs' metrics in page order (several labels repeat between labs).
ORDER = {"cy_decomp": 4, "cy_supply": 2, "cy_balance": 4}


lab_metrics = metrics_by_lab(ORDER)


def metric(at: AppTest, lang: str, key: str) -> str:
    lab = {"decomp": "cy_decomp", "supply": "cy_supply", "balance": "cy_balance"}[key.split(".")[1]]
    return lab_metrics(at, lab)[content.translator(lang)(key)]


def test_decomposition_shows_the_lib_values_and_the_identity_check():
    at = open_cy()
    v = {s.key: s.default / s.scale for s in ui.lab_spec("cy_decomp")}
    fx = (v["dc_spot"], v["dc_fwd"], v["dc_tenor"])
    dollar = cy.dollar_convenience_yield(v["dc_us_swap"], v["dc_f_swap"], *fx)
    ust = cy.treasury_convenience_yield(v["dc_ust"], v["dc_fgb"], *fx)
    fmt = lambda x: content.format_value(x * 1e4, "bp", "en", 1, signed=True)  # noqa: E731
    assert metric(at, "en", "cy.decomp.m_dollar") == fmt(dollar)
    assert metric(at, "en", "cy.decomp.m_ust") == fmt(ust)
    t = content.translator("en")
    check = t("cy.decomp.check_ok", sum=fmt(ust), direct=fmt(ust))
    assert any(check in c.value for c in at.caption)
    # the default scenario is the 2021-2025 pattern: the privileges split
    assert dollar > 0 > ust
    us_spread = cy.swap_spread(v["dc_us_swap"], v["dc_ust"])
    sentence = t("cy.decomp.split", dollar=fmt(dollar), ust=fmt(ust), us_spread=fmt(us_spread))
    assert any(sentence in m.value for m in at.markdown)


def test_presets_set_every_slider_and_change_the_story():
    at = open_cy()
    t = content.translator("en")
    pre = content.load_toml("labs.toml")["cy_decomp"]["preset"]["pre2008"]
    at.button(key="preset_cy_decomp_pre2008").click().run()
    for spec in ui.lab_spec("cy_decomp"):
        assert at.slider(key=spec.key).value == pytest.approx(pre[spec.key])
    ust = metric(at, "en", "cy.decomp.m_ust")
    assert ust.startswith("+")  # before 2008 Treasuries carried a premium
    assert any(
        m.value.startswith(f":material/insights: **{t('lab.reading')}** Both premiums")
        for m in at.markdown
    )
    at.button(key="preset_cy_decomp_recent").click().run()
    assert metric(at, "en", "cy.decomp.m_ust").startswith("\u2212")


def test_balance_sheet_lab_slack_and_binding():
    at = open_cy()
    t = content.translator("en")
    at.slider(key="bs_capacity").set_value(12.0).run()  # more than 3 + 2 x 3 = 9: slack
    assert metric(at, "en", "cy.balance.m_shadow") == "0.0 bp"
    assert any("both premiums sit at zero" in m.value for m in at.markdown)
    at.slider(key="bs_capacity").set_value(3.0).run()
    eq = cy.balance_sheet_equilibrium(3.0, 3.0, 3.0, 1.0, 2.0, 0.01)
    assert metric(at, "en", "cy.balance.m_dollar") == content.format_value(
        eq.dollar_cy * 1e4, "bp", "en", 1, signed=True
    )
    assert any("two privileges can split" in m.value for m in at.markdown)
    at.slider(key="bs_ratio").set_value(0.5).run()
    assert any(t("cy.balance.together").split("(")[0] in m.value for m in at.markdown)


def test_supply_lab_matches_the_reported_ranges():
    at = open_cy()
    at.slider(key="sup_us").set_value(20).run()
    low, high = cy.supply_effect_range(20, 0)
    assert metric(at, "en", "cy.supply.m_low") == content.format_value(
        low * 1e4, "bp", "en", 1, signed=True
    )
    assert metric(at, "en", "cy.supply.m_high") == content.format_value(
        high * 1e4, "bp", "en", 1, signed=True
    )


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_stress_explorer_sentences_follow_the_episode(lang):
    at = open_cy(lang)
    eps = content.stress_episodes(lang)
    for ep in eps:
        at.segmented_control(key="episode").set_value(ep.key).run()
        assert not at.exception
        text = "\n".join(m.value for m in at.markdown)
        for _series, _direction, sentence in ep.rows:
            assert sentence in text


def test_url_parameters_open_a_scenario_and_bad_ones_fall_back():
    at = open_cy(dc_tenor="2", episode="covid", sup_us="30")
    assert at.slider(key="dc_tenor").value == 2.0
    assert at.slider(key="sup_us").value == 30
    assert at.segmented_control(key="episode").value == "covid"
    at = open_cy(dc_spot="nan", episode="nowhere", bs_ratio="99")
    assert not at.exception
    assert at.slider(key="dc_spot").value == ui.lab_spec("cy_decomp")[4].default
    assert at.segmented_control(key="episode").value == "lehman"
    assert at.warning, "a notice names the controls the URL got wrong"


def test_the_quiz_has_three_questions_with_feedback():
    qs = [q for q in content.quizzes("zh-Hant") if q.page == "convenience-yield"]
    assert len(qs) == 3
    at = open_cy("zh-Hant")
    at.session_state["quiz_cy"] = True
    at.run()
    assert len(at.radio) >= 1 + 3  # the language selector and one per question


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_what_the_controls_mean_lists_every_slider(lang):
    at = open_cy(lang)
    t = content.translator(lang)
    at.session_state["help_cy_balance"] = True
    at.run()
    text = "\n".join(m.value for m in at.markdown)
    for spec in ui.lab_spec("cy_balance"):
        assert t(spec.help) in text
    assert t("lab.reset_help") in text
