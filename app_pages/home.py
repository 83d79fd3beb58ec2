"""Overview: what Dollar Lab is for, the four stories, how to use it, and a first lab.

The lab "Cash dollars and synthetic dollars" computes the dollar convenience yield
from spot and forward USD/JPY, the two risk-free rates and the tenor
(lib/convenience_yield.py). Text: content/<lang>/home/*.md and strings ``home.*``.
"""

import streamlit as st

from lib import charts, content, nav, ui
from lib import convenience_yield as cy

LAB = "home_cip"


@st.fragment
def cip_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(LAB)
    try:
        b = cy.route_breakdown(v["usd_rate"], v["jpy_rate"], v["spot"], v["forward"], v["tenor"])
    except ValueError as err:
        with results:
            ui.input_error(err)
        return
    cy_bp = b["cy"] * 1e4
    gap = content.format_value(abs(cy_bp), "bp", lang, 1)
    parity = content.format_value(b["parity_forward"], "jpy_per_usd", lang, 2)
    sentence = t(f"home.lab.{cy.cy_regime(cy_bp)}", gap=gap, parity=parity)
    rows = charts.two_routes_data(
        b,
        (t("home.lab.route_direct"), t("home.lab.route_synthetic")),
        (t("home.lab.part_cash"), t("home.lab.part_foreign"), t("home.lab.part_hedge")),
    )
    with results:
        ui.metric_row(
            [
                ui.Metric(
                    t("home.lab.m_cy"),
                    content.format_value(cy_bp, "bp", lang, 1, signed=True),
                    t("home.lab.m_cy_help"),
                ),
                ui.Metric(
                    t("home.lab.m_parity"),
                    content.format_number(b["parity_forward"], 2),
                    t("home.lab.m_parity_help"),
                ),
            ]
        )
        if abs(cy_bp) > cy.IMPLAUSIBLE_BP:
            st.warning(t("home.lab.implausible", gap=gap, parity=parity), icon=":material/warning:")
        ui.chart(
            charts.two_routes(
                rows,
                title=t("home.lab.chart_title"),
                axis_label=t("home.lab.axis"),
                tooltip_titles=(
                    t("home.lab.tt_route"),
                    t("home.lab.tt_part"),
                    t("home.lab.tt_value"),
                ),
            ),
            t("home.lab.chart_title"),
        )
        ui.describe(sentence)
    ui.data_table(
        rows,
        {
            "route": t("home.lab.col_route"),
            "part": t("home.lab.col_part"),
            "value": t("home.lab.col_value"),
        },
        "cash-vs-synthetic-dollars",
    )
    ui.share(LAB)


t = ui.tr()
lang = ui.current_lang()

st.title(t("app.name"))
st.caption(t("app.tagline"))
ui.narrative("home", "intro")

st.header(t("home.stories_heading"), divider="gray")
teasers = {key: t(f"home.story.{key}.teaser") for key in nav.STORIES}  # with placeholders
for i, key in enumerate(nav.STORIES):
    if i % 2 == 0:
        cols = st.columns(2)  # a row per pair, so narrow screens stack them 1, 2, 3, 4
    with cols[i % 2], st.container(border=True, height="stretch"):
        st.markdown(f"##### {i + 1}. {t(f'home.story.{key}.title')}")
        st.markdown(content.fill(teasers[key], lang))
        ui.page_link(key, t("home.open_story"), icon=":material/arrow_forward:")

st.header(t("home.lab_heading"), divider="gray")
ui.narrative("home", "lab_intro")
with ui.lab_frame(t("home.lab.title")):
    cip_lab()
questions = [q for q in content.quizzes(lang) if q.page == "home"]
box = ui.lazy_expander(t("home.quiz_heading", n=len(questions)), "quiz_home", ":material/quiz:")
if box is not None:
    with box:
        for q in questions:
            ui.quiz(q)

box = ui.lazy_expander(t("home.how_heading"), "how_home", ":material/help:")
if box is not None:
    with box:
        ui.narrative("home", "how")
ui.kind_legend()
# The as-of line covers the facts the story cards quote and those the lab starts from.
ui.as_of_line([*content.fact_keys(*teasers.values()), *(s.default_fact for s in ui.lab_spec(LAB))])
