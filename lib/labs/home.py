"""The home page's lab, "Cash dollars and synthetic dollars" (``home_cip``).

Spot and forward USD/JPY, the two risk-free rates and the tenor give the dollar
convenience yield: the synthetic dollar rate (yen lent and swapped into dollars) minus
the direct one (lib/convenience_yield.py, ``route_breakdown``). Controls:
content/labs.toml ``[home_cip]``; text: strings ``home.lab.*``.
"""

from __future__ import annotations

from lib import charts, content
from lib import convenience_yield as cy
from lib.labs.base import Lab, Solution
from lib.labs.fmt import BP, bp
from lib.labs.view import Metric, Table, View


def model(v) -> Solution:
    b = cy.route_breakdown(v["usd_rate"], v["jpy_rate"], v["spot"], v["forward"], v["tenor"])
    return Solution(
        figures={"cy": b["cy"], "parity_forward": b["parity_forward"]}, detail={"routes": b}
    )


def present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    b = s.detail["routes"]
    cy_bp = b["cy"] * BP
    gap = bp(abs(b["cy"]), lang, signed=False)
    parity = content.format_value(b["parity_forward"], "jpy_per_usd", lang, 2)
    rows = charts.two_routes_data(
        b,
        (t("home.lab.route_direct"), t("home.lab.route_synthetic")),
        (t("home.lab.part_cash"), t("home.lab.part_foreign"), t("home.lab.part_hedge")),
    )
    title = t("home.lab.chart_title")
    implausible = abs(cy_bp) > cy.IMPLAUSIBLE_BP
    return View(
        metrics=(
            Metric(
                t("home.lab.m_cy"),
                bp(b["cy"], lang),
                t("home.lab.m_cy_help"),
            ),
            Metric(
                t("home.lab.m_parity"),
                content.format_number(b["parity_forward"], 2),
                t("home.lab.m_parity_help"),
            ),
        ),
        warnings=(t("home.lab.implausible", gap=gap, parity=parity),) if implausible else (),
        chart=charts.two_routes(
            rows,
            title=title,
            axis_label=t("home.lab.axis"),
            tooltip_titles=(t("home.lab.tt_route"), t("home.lab.tt_part"), t("home.lab.tt_value")),
        ),
        chart_title=title,
        sentence=t(f"home.lab.{cy.cy_regime(cy_bp)}", gap=gap, parity=parity),
        table=Table(
            rows,
            {
                "route": t("home.lab.col_route"),
                "part": t("home.lab.col_part"),
                "value": t("home.lab.col_value"),
            },
            "cash-vs-synthetic-dollars",
        ),
    )


LABS = (Lab("home_cip", model, present),)
