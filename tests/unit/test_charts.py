"""lib/charts.py, tested through the Vega-Lite spec each builder produces."""

import json

import pytest

from lib import charts
from lib import convenience_yield as cy

ROUTES = ("Direct", "Synthetic")
PARTS = ("Dollar rate", "Yen rate", "FX swap")


@pytest.fixture
def frame():
    return charts.two_routes_frame(
        cy.route_breakdown(0.04, 0.005, 155.0, 153.55, 0.25), ROUTES, PARTS
    )


def test_frame_values_are_percent_and_stack_to_the_synthetic_rate(frame):
    assert list(frame["route"]) == ["Direct", "Synthetic", "Synthetic"]
    assert frame.loc[0, "value"] == pytest.approx(4.0)
    synthetic = frame[frame["route"] == "Synthetic"]["value"].sum()
    assert synthetic == pytest.approx(4.25954, abs=1e-4)


def test_two_routes_spec(frame):
    spec = charts.two_routes(
        frame, title="Two routes", axis_label="% a year", tooltip_titles=("r", "p", "v")
    ).to_dict()
    text = json.dumps(spec, ensure_ascii=False)
    assert spec["title"]["text"] == "Two routes"
    assert spec["config"]["font"] == charts.FONT_STACK
    assert "Noto Sans CJK TC" in charts.FONT_STACK
    bars = spec["layer"][0]
    assert bars["mark"]["type"] == "bar"
    assert bars["encoding"]["color"]["scale"]["range"] == list(charts.PALETTE[:3])
    assert bars["encoding"]["y"]["title"] == "% a year"
    # Totals are labelled with a typographic minus sign where negative, percent otherwise.
    assert "4.26%" in text and "4.00%" in text
    rows = sum(len(v) for v in spec["datasets"].values())
    assert rows < 50


def test_translated_labels_reach_the_spec():
    frame = charts.two_routes_frame(
        cy.route_breakdown(0.04, 0.005, 155.0, 153.55, 0.25),
        ("\u76f4\u63a5", "\u5408\u6210"),
        ("\u7f8e\u5143\u5229\u7387", "\u65e5\u5713\u5229\u7387", "\u63db\u532f"),
    )
    spec = charts.two_routes(
        frame, title="\u5169\u689d\u8def", axis_label="%", tooltip_titles=("a", "b", "c")
    ).to_dict()
    text = json.dumps(spec, ensure_ascii=False)
    assert "\u5169\u689d\u8def" in text and "\u65e5\u5713\u5229\u7387" in text


def test_negative_total_label_uses_minus_sign():
    b = cy.route_breakdown(-0.005, -0.01, 150.0, 150.0, 0.25)
    frame = charts.two_routes_frame(b, ROUTES, PARTS)
    spec = charts.two_routes(frame, title="t", axis_label="a", tooltip_titles=("r", "p", "v"))
    assert "\u22121.00%" in json.dumps(spec.to_dict(), ensure_ascii=False)


def test_palette_is_okabe_ito():
    assert charts.PALETTE[:3] == ("#0072B2", "#E69F00", "#009E73")
