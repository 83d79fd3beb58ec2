"""The won page through AppTest: every lab in every language, against lib/fx_defence.py."""

import pytest

from lib import content
from lib import fx_defence as fx
from tests.app.conftest import metrics_by_lab, page_opener

FILE = "app_pages/krw_defence.py"
#: The labs' metrics in page order.
ORDER = {"krw_pension": 3, "krw_forward": 3, "krw_household": 4}


open_krw = page_opener(FILE)


lab_metrics = metrics_by_lab(ORDER)


def test_forward_lab_shows_the_lib_forward_and_the_cost_of_hedging():
    at = open_krw()
    t = content.translator("en")
    at.slider(key="kf_tenor").set_value(12).run()
    f = fx.forward_rate(1470, 0.025, 0.045, 1.0)
    shown = lab_metrics(at, "krw_forward")
    assert shown[t("krw.forward.m_forward")] == content.format_number(f, 2)
    assert shown[t("krw.forward.m_return")] == content.format_value(
        fx.hedge_return(1470, f, 1.0), "pct", "en", 2, signed=True
    )
    assert any("costs a won-based investor" in m.value for m in at.markdown)
    at.slider(key="kf_krw_rate").set_value(4.5).run()  # no gap: forward = spot
    assert lab_metrics(at, "krw_forward")[t("krw.forward.m_forward")] == "1,470.00"


def test_pension_lab_hedge_pulls_the_toy_rate_back_from_the_line():
    at = open_krw()
    t = content.translator("en")
    at.slider(key="kp_hedge").set_value(0.0).run()
    shown = lab_metrics(at, "krw_pension")
    assert shown[t("krw.pension.m_with")] == shown[t("krw.pension.m_without")] == "1,514"
    assert any(t("krw.pension.verdict_above") in m.value for m in at.markdown)
    at.slider(key="kp_hedge").set_value(15.0).run()
    rate = fx.toy_exchange_rate(1470, 30e9, fx.hedge_supply_usd(545e9, 0.15), 10e9)
    assert lab_metrics(at, "krw_pension")[t("krw.pension.m_with")] == content.format_number(rate, 0)
    assert any(t("krw.pension.verdict_below") in m.value for m in at.markdown)


def test_household_lab_pass_through_and_a_stronger_won():
    at = open_krw("zh-Hant")
    t = content.translator("zh-Hant")
    at.slider(key="kh_from").set_value(1400).run()
    at.slider(key="kh_to").set_value(1540).run()  # 10% weaker
    at.slider(key="kh_pass").set_value(0.1).run()
    assert lab_metrics(at, "krw_household")[t("krw.household.m_prices")] == "+1.00%"
    at.slider(key="kh_to").set_value(1260).run()  # stronger
    assert lab_metrics(at, "krw_household")[t("krw.household.m_prices")].startswith("\u2212")


def test_a_link_opens_a_scenario_and_garbage_falls_back():
    at = open_krw(kp_hedge="10", kf_tenor="6")
    assert at.slider(key="kp_hedge").value == pytest.approx(10.0)
    assert at.slider(key="kf_tenor").value == 6
    at = open_krw(kf_spot="inf", kh_pass="-3")
    assert not at.exception and at.warning
    assert at.slider(key="kf_spot").value == 1470


def test_the_quiz_has_three_questions():
    assert len([q for q in content.quizzes("en") if q.page == "krw-defence"]) == 3
