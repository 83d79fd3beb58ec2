"""The won page through AppTest: it renders in every language, a slider move reaches
the screen, a URL opens a scenario and garbage in the URL falls back to the defaults.

What each lab computes and says is tested without Streamlit in
tests/unit/test_labs_krw.py; here the page is checked against ``LABS[...].view``.
"""

import pytest

from lib import content, i18n
from lib.labs import LABS
from lib.labs import spec as labspec
from tests.app.conftest import metrics_by_lab, moved, page_opener, slider

FILE = "app_pages/krw_defence.py"
#: The labs' metrics in page order.
ORDER = {"krw_pension": 3, "krw_forward": 3, "krw_household": 4}


open_krw = page_opener(FILE)


lab_metrics = metrics_by_lab(ORDER)


def shown_values(at, lab: str) -> list[str]:
    return list(lab_metrics(at, lab).values())


def expected(lab: str, lang: str, **values) -> list[str]:
    return [m.value for m in LABS[lab].view(values, lang).metrics]


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_page_renders_every_lab_in_each_language(lang):
    at = open_krw(lang)
    assert not at.exception
    t = content.translator(lang)
    assert at.title[0].value == t("page.krw-defence.title")
    for lab in ORDER:
        assert shown_values(at, lab) == expected(lab, lang)
    sentences = [m.value for m in at.markdown]
    for lab in ORDER:
        assert any(LABS[lab].view({}, lang).sentence in s for s in sentences), lab
    assert len(at.metric) == sum(ORDER.values())


def test_a_slider_move_reaches_the_screen():
    at = open_krw()
    t = content.translator("en")
    slider(at, "kf_tenor").set_value(12).run()
    assert shown_values(at, "krw_forward") == expected("krw_forward", "en", kf_tenor=12)
    slider(at, "kf_krw_rate").set_value(slider(at, "kf_usd_rate").value).run()
    assert lab_metrics(at, "krw_forward")[t("krw.forward.m_points")] == "0.00"  # forward = spot
    hedge = labspec.control("krw_pension", "kp_hedge")
    slider(at, "kp_hedge").set_value(moved(hedge, 4)).run()
    assert shown_values(at, "krw_pension") == expected(
        "krw_pension", "en", kp_hedge=moved(hedge, 4)
    )
    slider(at, "kp_hedge").set_value(0.0).run()
    shown = lab_metrics(at, "krw_pension")
    assert shown[t("krw.pension.m_with")] == shown[t("krw.pension.m_without")]


def test_household_lab_moves_in_chinese():
    at = open_krw("zh-Hant")
    t = content.translator("zh-Hant")
    slider(at, "kh_from").set_value(1400).run()
    slider(at, "kh_to").set_value(1540).run()  # 10% weaker
    slider(at, "kh_pass").set_value(0.1).run()
    assert lab_metrics(at, "krw_household")[t("krw.household.m_prices")] == "+1.00%"
    slider(at, "kh_to").set_value(1260).run()  # stronger
    assert lab_metrics(at, "krw_household")[t("krw.household.m_prices")].startswith("\u2212")


def test_a_link_opens_a_scenario_and_garbage_falls_back():
    at = open_krw(kp_hedge="10", kf_tenor="6")
    assert slider(at, "kp_hedge").value == pytest.approx(10.0)
    assert slider(at, "kf_tenor").value == 6
    assert shown_values(at, "krw_pension") == expected("krw_pension", "en", kp_hedge=10.0)
    assert shown_values(at, "krw_forward") == expected("krw_forward", "en", kf_tenor=6)
    at = open_krw(kf_spot="inf", kh_pass="-3", kp_depth="lots")
    assert not at.exception and at.warning
    assert slider(at, "kf_spot").value == labspec.control("krw_forward", "kf_spot").default
    assert slider(at, "kf_spot").value == content.fact_value("krw_dec_avg_level")
    assert slider(at, "kh_pass").value == pytest.approx(content.fact_value("lab_krw_pass"))
    depth = labspec.control("krw_pension", "kp_depth")  # billion dollars per 1%
    assert slider(at, "kp_depth").value == pytest.approx(
        content.fact_value("lab_krw_depth") * depth.scale
    )
    for lab in ORDER:
        assert shown_values(at, lab) == expected(lab, "en")


def test_the_quiz_has_five_questions_one_on_a_hedge_unwind():
    qs = {q.id: q for q in content.quizzes("en") if q.page == "krw-defence"}
    assert len(qs) == 5
    assert "krw_hedge_unwind" in qs and "krw_reported_or_argument" in qs


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_the_page_shows_the_reported_gap_beside_the_published_rates(lang):
    at = open_krw(lang)
    page = "\n".join(m.value for m in at.markdown)
    keys = (
        "policy_rate_gap",  # as the report gives it
        "fed_funds_target_low",
        "fed_funds_target_high",
        "bok_base_rate",
        "policy_rate_gap_published",  # what the published rates give
        "nps_swap_line_limit",
    )
    for key in keys:
        assert content.format_fact(key, lang) in page, key
    # the forward lab starts from the published rates
    usd = labspec.control("krw_forward", "kf_usd_rate")
    assert slider(at, "kf_usd_rate").value == pytest.approx(
        content.fact_value("fed_funds_target_high") * usd.scale
    )
    assert slider(at, "kf_krw_rate").value == pytest.approx(
        content.fact_value("bok_base_rate") * usd.scale
    )
