"""The asset-divergence page through AppTest: it renders in every language, a slider
move reaches the screen, a link opens a scenario, garbage in a link falls back, and the
impossible combinations each lab must refuse are refused in the reader's language.

What each lab computes and says is tested without Streamlit in
tests/unit/test_labs_div.py; here the numbers come from hand calculations on the facts
behind the sliders' defaults (content/facts.toml).
"""

import pytest

from lib import content, i18n
from lib.labs import spec as labspec
from tests.app.conftest import metrics_by_lab, page_opener, slider

FILE = "app_pages/asset_divergence.py"
#: The labs' metrics in page order.
ORDER = {"div_recovery": 3, "div_carry": 3, "div_mix": 4}


open_div = page_opener(FILE)


lab_metrics = metrics_by_lab(ORDER)


def fact_of(lab: str, key: str) -> float:
    return content.fact_value(labspec.control(lab, key).default_fact)


def breakeven(hike: float = 0.0) -> float:
    """S_open (1 + r_JPY tau) / (1 + r_USD tau) at the carry lab's defaults, with a
    further hike (a decimal) on the yen rate."""
    s0 = fact_of("div_carry", "cr_open")
    r_j = fact_of("div_carry", "cr_jpy_rate") + fact_of("div_carry", "cr_boj_hike") + hike
    r_u, tau = fact_of("div_carry", "cr_usd_rate"), fact_of("div_carry", "cr_years")
    return s0 * (1 + r_j * tau) / (1 + r_u * tau)


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_the_page_renders_every_lab_in_every_language(lang):
    at = open_div(lang)
    assert not at.exception, at.exception
    t = content.translator(lang)
    assert at.title[0].value == t("page.asset-divergence.title")
    assert len(at.metric) == sum(ORDER.values())
    headers = [h.value for h in at.header]
    sections = [t(f"div.s{i}") for i in range(1, 6)]
    assert [h for h in headers if h in sections] == sections  # all five, in order
    subheaders = [s.value for s in at.subheader]
    for root in ("div.recovery", "div.carry", "div.mix"):
        assert t(f"{root}.title") in subheaders


def test_recovery_calculator_and_an_impossible_trough():
    at = open_div()
    t = content.translator("en")
    peak, trough, now = (fact_of("div_recovery", k) for k in ("dv_peak", "dv_trough", "dv_now"))
    ratio = (now - trough) / (peak - trough)
    shown = lab_metrics(at, "div_recovery")
    assert shown[t("div.recovery.m_ratio")] == content.format_value(ratio, "pct", "en", 0)
    assert shown[t("div.recovery.m_needed")] == content.format_value(peak / now - 1, "pct", "en", 1)
    slider(at, "dv_trough").set_value(round(peak) + 20).run()  # trough above the peak
    assert not at.exception
    message = t("error.peak_not_above_trough", field=t("field.peak"))
    assert any(message in e.value for e in at.error), "the lab says why, in the reader's language"
    assert len(at.metric) == ORDER["div_carry"] + ORDER["div_mix"]


def test_carry_lab_breakeven_moves_with_a_boj_hike():
    at = open_div()
    t = content.translator("en")
    label = t("div.carry.m_breakeven")
    assert lab_metrics(at, "div_carry")[label] == content.format_number(breakeven(), 2)
    slider(at, "cr_boj_hike").set_value(0.5).run()  # +0.5 percentage points
    assert breakeven(0.005) > breakeven()
    assert lab_metrics(at, "div_carry")[label] == content.format_number(breakeven(0.005), 2)
    slider(at, "cr_close").set_value(140.0).run()  # well past the break-even
    assert lab_metrics(at, "div_carry")[t("div.carry.m_pnl")].startswith("\u2212")


def test_mix_lab_volatility_and_weights_over_a_hundred():
    at = open_div("zh-Hant")
    t = content.translator("zh-Hant")
    w_s, w_b = fact_of("div_mix", "mx_w_stocks"), fact_of("div_mix", "mx_w_bonds")
    w_g = 1 - w_s - w_b
    s_s, s_b, s_g = (fact_of("div_mix", k) for k in ("mx_vol_s", "mx_vol_b", "mx_vol_g"))
    r_sb = fact_of("div_mix", "mx_corr_sb")
    r_sg, r_bg = content.fact_value("lab_div_corr_sg"), content.fact_value("lab_div_corr_bg")
    var = (
        (w_s * s_s) ** 2
        + (w_b * s_b) ** 2
        + (w_g * s_g) ** 2
        + 2 * w_s * w_b * r_sb * s_s * s_b
        + 2 * w_s * w_g * r_sg * s_s * s_g
        + 2 * w_b * w_g * r_bg * s_b * s_g
    )
    assert lab_metrics(at, "div_mix")[t("div.mix.m_vol")] == content.format_value(
        var**0.5, "pct", "zh-Hant", 2
    )
    slider(at, "mx_w_stocks").set_value(60).run()
    slider(at, "mx_w_bonds").set_value(60).run()  # 60 + 60 > 100
    assert not at.exception
    message = t("error.weights_over", field=t("field.weights"), total="120%")
    assert any(message in e.value for e in at.error)
    assert len(at.metric) == ORDER["div_recovery"] + ORDER["div_carry"]


def test_a_link_opens_a_scenario():
    at = open_div(cr_close="140", mx_corr_sb="0.5")
    assert slider(at, "cr_close").value == 140.0
    assert slider(at, "mx_corr_sb").value == pytest.approx(0.5)
    t = content.translator("en")
    assert lab_metrics(at, "div_carry")[t("div.carry.m_pnl")].startswith("\u2212")
    assert any(t("div.mix.note_pos") in md.value for md in at.markdown)


def test_garbage_in_a_link_falls_back_to_the_default_with_a_notice():
    at = open_div(cr_close="abc", mx_w_stocks="nan")
    assert not at.exception
    assert slider(at, "cr_close").value == labspec.control("div_carry", "cr_close").default
    assert slider(at, "mx_w_stocks").value == labspec.control("div_mix", "mx_w_stocks").default
    t = content.translator("en")
    notices = [w.value for w in at.warning]
    assert t("notice.bad_param", names=t("div.carry.close")) in notices
    assert t("notice.bad_param", names=t("div.mix.w_stocks")) in notices
    assert len(at.metric) == sum(ORDER.values())


def test_the_quiz_has_four_questions_one_about_a_doubtful_figure():
    qs = [q for q in content.quizzes("en") if q.page == "asset-divergence"]
    assert len(qs) == 4
    assert any("doubt" in q.question for q in qs)
    assert any("argument rather than reported data" in q.question for q in qs)
