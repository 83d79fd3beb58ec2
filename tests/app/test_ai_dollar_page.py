"""The AI-dollar page through AppTest: every lab in every language, against lib/ai_dollar.py."""

import pytest

from lib import ai_dollar as ai
from lib import content
from tests.app.conftest import metrics_by_lab, page_opener

FILE = "app_pages/ai_dollar.py"
#: The labs' metrics in page order.
ORDER = {"ai_loops": 2, "ai_energy": 4, "ai_stack": 3, "ai_lockin": 4}


open_ai = page_opener(FILE)


lab_metrics = metrics_by_lab(ORDER)


def test_loops_show_the_lib_flows():
    at = open_ai()
    at.slider(key="ai_oil_mbd").set_value(10.0).run()
    shown = lab_metrics(at, "ai_loops")
    t = content.translator("en")
    flow = ai.petrodollar_recycling(10e6, 70, 0.2)
    assert shown[t("ai.loops.m_petro")] == content.format_value(flow, "usd", "en", 1)
    at.slider(key="ai_recycled").set_value(0).run()
    assert any(t("ai.loops.no_petro", ai="US$72 billion") in m.value for m in at.markdown)


def test_energy_lab_compares_with_the_reported_gulf_range():
    at = open_ai()
    t = content.translator("en")
    at.slider(key="ai_price").set_value(0.2).run()
    hour = ai.electricity_cost_per_gpu_hour(700, 1.3, 0.2)
    assert lab_metrics(at, "ai_energy")[t("ai.energy.m_hour")] == content.format_value(
        hour, "usd", "en", 3
    )
    lo, hi = (
        content.fact_value("saudi_power_price_low"),
        content.fact_value("saudi_power_price_high"),
    )
    gulf = lab_metrics(at, "ai_energy")[t("ai.energy.m_hour_gulf")]
    for price in (lo, hi):
        number = content.format_number(ai.electricity_cost_per_gpu_hour(700, 1.3, price), 3)
        assert number in gulf
    at.slider(key="ai_price").set_value(0.04).run()  # below the Gulf range: the other sentence
    assert any("already at or below the Gulf range" in m.value for m in at.markdown)


def test_stack_lab_hhi_and_the_guideline_bands():
    at = open_ai()
    t = content.translator("en")
    shown = lab_metrics(at, "ai_stack")
    assert shown[t("ai.stack.m_hhi")] == "1,674"  # 32^2 + 23^2 + 11^2
    assert shown[t("ai.stack.m_level")] == t("ai.stack.level_moderate")
    at.slider(key="ai_challenger").set_value(0).run()
    at.slider(key="ai_shift").set_value(40).run()
    shares = [s * (1 - 40 / 66) for s in (32, 23, 11)]
    assert lab_metrics(at, "ai_stack")[t("ai.stack.m_hhi")] == content.format_number(
        ai.hhi(shares), 0
    )
    assert lab_metrics(at, "ai_stack")[t("ai.stack.m_level")] == t("ai.stack.level_low")


def test_lockin_lab_verdict_follows_the_half_lives():
    at = open_ai()
    t = content.translator("en")
    assert any(t("ai.lockin.verdict_weaker") in m.value for m in at.markdown)
    at.slider(key="ai_tech_half").set_value(30.0).run()
    at.slider(key="ai_oil_half").set_value(10).run()
    assert any(t("ai.lockin.verdict_stronger") in m.value for m in at.markdown)
    assert lab_metrics(at, "ai_lockin")[t("ai.lockin.m_tech")] == "30.0 years"


def test_a_link_opens_a_scenario_and_garbage_falls_back():
    at = open_ai("zh-Hant", ai_shift="20", ai_price="0.05")
    assert at.slider(key="ai_shift").value == 20
    assert at.slider(key="ai_price").value == pytest.approx(0.05)
    at = open_ai(ai_pue="0.2", ai_swf="lots")
    assert not at.exception and at.warning
    assert at.slider(key="ai_pue").value == pytest.approx(1.3)


def test_the_quiz_has_three_questions_one_telling_fact_from_argument():
    qs = [q for q in content.quizzes("en") if q.page == "ai-dollar"]
    assert len(qs) == 3
    assert any("argument" in " ".join(q.options + q.feedback).lower() for q in qs)
