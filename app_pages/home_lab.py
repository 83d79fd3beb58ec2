"""The home page's lab, "Cash dollars and synthetic dollars", as a fragment.

It computes the dollar convenience yield from spot and forward USD/JPY, the two
risk-free rates and the tenor (lib/convenience_yield.py). Imported by app_pages/home.py
and, without the rest of the page, by bench/floor/ (what the lab alone costs).
Text: strings ``home.lab.*``; sliders: content/labs.toml ``[home_cip]``.
"""

import streamlit as st

from lib import charts, content, ui
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
