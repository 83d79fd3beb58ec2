"""The AI-dollar page through AppTest: it renders in every language, what the runner
draws is what the labs (lib/labs/ai.py) say, slider moves reach the screen, and URLs
open a scenario or fall back when they carry garbage. Facts are read, never typed."""

import pytest
from streamlit.testing.v1 import AppTest

from lib import content, i18n
from lib.labs import LABS
from lib.labs import spec as labspec
from tests.app.conftest import metrics_by_lab, moved, page_opener, slider

FILE = "app_pages/ai_dollar.py"
#: The labs' metrics in page order.
ORDER = {"ai_loops": 2, "ai_energy": 4, "ai_stack": 3, "ai_lockin": 4}


open_ai = page_opener(FILE)


lab_metrics = metrics_by_lab(ORDER)


def shown(lab: str, values: dict, lang: str) -> dict[str, str]:
    """The metrics the lab's own view gives for ``values``, by label."""
    return {m.label: m.value for m in LABS[lab].view(values, lang).metrics}


def text(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption])


def fact_of(lab: str, key: str) -> float:
    return content.fact_value(labspec.control(lab, key).default_fact)


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_page_renders_every_lab_in_every_language(lang):
    at = open_ai(lang)
    assert not at.exception
    t = content.translator(lang)
    assert at.title[0].value == t("page.ai-dollar.title")
    headers = [h.value for h in at.header]
    assert [t(f"ai.s{i}") for i in range(1, 10)] == [
        h for h in headers if h.startswith(tuple("123456789"))
    ]
    page = text(at)
    for lab in ORDER:
        assert lab_metrics(at, lab) == shown(lab, {}, lang), lab
        assert LABS[lab].view({}, lang).sentence in page, lab
    assert len(at.metric) == sum(ORDER.values())


def test_a_slider_move_reaches_the_screen():
    at = open_ai()
    t = content.translator("en")
    slider(at, "ai_oil_mbd").set_value(10.0).run()
    # 10 million barrels a day x price x 365 x share recycled
    flow = 10e6 * fact_of("ai_loops", "ai_oil_price") * 365 * fact_of("ai_loops", "ai_recycled")
    petro = lab_metrics(at, "ai_loops")[t("ai.loops.m_petro")]
    assert petro == content.format_value(flow, "usd", "en")
    assert lab_metrics(at, "ai_loops") == shown("ai_loops", {"ai_oil_mbd": 10.0}, "en")
    slider(at, "ai_recycled").set_value(0).run()
    assert LABS["ai_loops"].view({"ai_oil_mbd": 10.0, "ai_recycled": 0}, "en").sentence in text(at)


def test_energy_and_stack_labs_follow_their_sliders_in_chinese():
    at = open_ai("zh-Hant")
    t = content.translator("zh-Hant")
    hi = content.fact_value("saudi_power_price_high")
    price = labspec.control("ai_energy", "ai_price")
    slider(at, "ai_price").set_value(price.min).run()  # below the Gulf range
    assert price.min < hi
    view = LABS["ai_energy"].view({"ai_price": price.min}, "zh-Hant")
    assert view.sentence in text(at)
    assert view.sentence.startswith(t("ai.energy.dearer").split("{")[0])
    shift = labspec.control("ai_stack", "ai_shift")
    value = moved(shift, 20)
    slider(at, "ai_challenger").set_value(0).run()
    slider(at, "ai_shift").set_value(value).run()
    cloud = ("cloud_share_aws", "cloud_share_azure", "cloud_share_google")
    shares = [content.fact_value(k) * 100 for k in cloud]  # reported, in percent
    index = sum((s * (1 - value / sum(shares))) ** 2 for s in shares)  # all to small firms
    assert lab_metrics(at, "ai_stack")[t("ai.stack.m_hhi")] == f"{round(index):,}"
    assert lab_metrics(at, "ai_stack") == shown(
        "ai_stack", {"ai_shift": value, "ai_challenger": 0}, "zh-Hant"
    )


def test_lockin_verdict_follows_the_half_lives():
    at = open_ai()
    t = content.translator("en")
    assert t("ai.lockin.verdict_weaker") in text(at)
    slider(at, "ai_tech_half").set_value(30.0).run()
    slider(at, "ai_oil_half").set_value(10).run()
    assert t("ai.lockin.verdict_stronger") in text(at)
    assert lab_metrics(at, "ai_lockin")[t("ai.lockin.m_tech")] == "30.0 years"


def test_a_link_opens_a_scenario_and_garbage_falls_back():
    at = open_ai("zh-Hant", ai_shift="20", ai_price="0.05")
    assert not at.exception
    assert slider(at, "ai_shift").value == 20
    assert slider(at, "ai_price").value == pytest.approx(0.05)
    assert lab_metrics(at, "ai_stack") == shown("ai_stack", {"ai_shift": 20}, "zh-Hant")
    at = open_ai(ai_pue="0.2", ai_swf="lots")
    assert not at.exception and at.warning
    assert slider(at, "ai_pue").value == pytest.approx(fact_of("ai_energy", "ai_pue"))
    assert slider(at, "ai_swf").value == pytest.approx(
        labspec.control("ai_loops", "ai_swf").default
    )
    assert lab_metrics(at, "ai_loops") == shown("ai_loops", {}, "en")


def test_the_quiz_has_four_questions_two_telling_fact_from_argument():
    qs = [q for q in content.quizzes("en") if q.page == "ai-dollar"]
    assert len(qs) == 4
    assert sum("argument" in q.question for q in qs) == 2
    assert any("argument" in " ".join(q.options + q.feedback).lower() for q in qs)


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_the_page_flags_the_pledge_and_cloud_figures_and_links_to_the_cy_story(lang):
    at = open_ai(lang)
    page = text(at)
    # the article's pledge shown as the article gives it, beside the published figures
    for key in ("us_investment_pledge", "saudi_pledge_may2025", "saudi_pledge_nov2025"):
        assert content.format_fact(key, lang) in page, key
    assert content.format_fact("qatar_pledge_may2025", lang) in page
    # the two cloud figures, and the Oracle share they would imply together
    for key in ("cloud_big4_share", "cloud_big3_sum", "cloud_oracle_implied"):
        assert content.format_fact(key, lang) in page, key
    links = [e.proto.label for e in at.get("page_link")]
    assert content.translator(lang)("ai.cy_link") in links
