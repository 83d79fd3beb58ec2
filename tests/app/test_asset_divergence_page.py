"""The asset-divergence page through AppTest: every lab in every language, against
lib/divergence.py, and the impossible combinations each lab must refuse cleanly."""

import pytest
from streamlit.testing.v1 import AppTest

from lib import content, i18n, ui
from lib import divergence as dv
from tests.app.test_pages import BAD_NUMBER, all_text

FILE = "app_pages/asset_divergence.py"
#: The labs' metrics in page order.
ORDER = {"div_recovery": 3, "div_carry": 3, "div_mix": 4}


def open_div(lang: str = "en", **params: str) -> AppTest:
    from tests.app.conftest import open_app

    return open_app(FILE, lang=lang, **params)


def lab_metrics(at: AppTest, lab: str) -> dict[str, str]:
    start = 0
    for name, n in ORDER.items():
        if name == lab:
            return {m.label: m.value for m in list(at.metric)[start : start + n]}
        start += n
    raise KeyError(lab)


def moved(spec: ui.SliderSpec) -> float:
    _lo, hi, step = spec.bounds()
    value = spec.default + 2 * step
    if value > hi:
        value = spec.default - 2 * step
    return round(value) if spec.integer else round(value, 10)


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("lab", list(ORDER))
def test_every_slider_of_every_lab_changes_a_figure(lab, lang):
    for spec in ui.lab_spec(lab):
        at = open_div(lang)
        assert not at.exception
        before = lab_metrics(at, lab)
        assert len(before) == ORDER[lab]
        at.slider(key=spec.key).set_value(moved(spec)).run()
        assert not at.exception
        after = lab_metrics(at, lab)
        assert after != before, (lab, spec.key)
        assert not BAD_NUMBER.search(all_text(at))


def test_recovery_calculator_and_an_impossible_trough():
    at = open_div()
    t = content.translator("en")
    shown = lab_metrics(at, "div_recovery")
    assert shown[t("div.recovery.m_ratio")] == "25%"  # (70 - 60) / (100 - 60)
    assert shown[t("div.recovery.m_needed")] == "42.9%"
    at.slider(key="dv_trough").set_value(120).run()  # trough above the peak
    assert not at.exception
    message = t("error.peak_not_above_trough", field=t("field.peak"))
    assert any(message in e.value for e in at.error), "the lab says why, in the reader's language"
    assert len(at.metric) == ORDER["div_carry"] + ORDER["div_mix"]


def test_carry_lab_breakeven_and_a_boj_hike():
    at = open_div()
    t = content.translator("en")
    be = dv.carry_breakeven(155.0, 0.005, 0.04, 1.0)
    assert lab_metrics(at, "div_carry")[t("div.carry.m_breakeven")] == content.format_number(be, 2)
    at.slider(key="cr_boj_hike").set_value(0.5).run()
    be2 = dv.carry_breakeven(155.0, 0.01, 0.04, 1.0)
    assert be2 > be
    assert lab_metrics(at, "div_carry")[t("div.carry.m_breakeven")] == content.format_number(be2, 2)
    at.slider(key="cr_close").set_value(140.0).run()
    assert lab_metrics(at, "div_carry")[t("div.carry.m_pnl")].startswith("\u2212")


def test_mix_lab_volatility_and_weights_over_a_hundred():
    at = open_div("zh-Hant")
    t = content.translator("zh-Hant")
    vol = dv.portfolio_volatility(
        [0.6, 0.3, 0.1], [0.16, 0.06, 0.15], [[1, -0.2, 0], [-0.2, 1, 0.2], [0, 0.2, 1]]
    )
    assert lab_metrics(at, "div_mix")[t("div.mix.m_vol")] == content.format_value(
        vol, "pct", "zh-Hant", 2
    )
    at.slider(key="mx_w_bonds").set_value(60).run()  # 60 + 60 > 100
    assert not at.exception
    assert any(t("div.mix.too_much", total="120%") == w.value for w in at.warning)


def test_a_link_opens_a_scenario():
    at = open_div(cr_close="140", mx_corr_sb="0.5")
    assert at.slider(key="cr_close").value == 140.0
    assert at.slider(key="mx_corr_sb").value == pytest.approx(0.5)


def test_the_quiz_has_three_questions_one_about_a_doubtful_figure():
    qs = [q for q in content.quizzes("en") if q.page == "asset-divergence"]
    assert len(qs) == 3
