"""The asset-divergence page through AppTest: every lab in every language, against
lib/divergence.py, and the impossible combinations each lab must refuse cleanly."""

import pytest

from lib import content
from lib import divergence as dv
from tests.app.conftest import metrics_by_lab, page_opener

FILE = "app_pages/asset_divergence.py"
#: The labs' metrics in page order.
ORDER = {"div_recovery": 3, "div_carry": 3, "div_mix": 4}


open_div = page_opener(FILE)


lab_metrics = metrics_by_lab(ORDER)


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
