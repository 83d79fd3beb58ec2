"""lib/convenience_yield.py against hand calculations and its defining properties.

Worked example (shown here so the expected numbers can be checked by hand):
USD/JPY spot S = 155.00, three-month forward F = 153.55, tau = 0.25 years,
dollar rate 4.00%, yen rate 0.50%.
    F/S = 0.990645161...,  ln(F/S) = -0.00939886...
    rho = ln(F/S)/tau = -0.0375954...           (-3.76% a year)
    synthetic dollar rate = 0.005 + 0.0375954 = 0.0425954   (4.26%)
    convenience yield = 0.0425954 - 0.04 = 0.0025954        (+25.95 bp)
    parity forward = 155 * exp((0.005 - 0.04) * 0.25) = 153.6497...
"""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lib import convenience_yield as cy
from lib.errors import InputError

S, F, TAU, R_USD, R_JPY = 155.0, 153.55, 0.25, 0.04, 0.005


def test_forward_premium_worked_example():
    assert cy.forward_premium(S, F, TAU) == pytest.approx(math.log(153.55 / 155) / 0.25)
    assert cy.forward_premium(S, F, TAU) == pytest.approx(-0.0375954, abs=1e-7)


def test_synthetic_rate_worked_example():
    assert cy.synthetic_usd_rate(R_JPY, S, F, TAU) == pytest.approx(0.0425954, abs=1e-7)


def test_dollar_cy_worked_example_in_bp():
    assert cy.dollar_convenience_yield(R_USD, R_JPY, S, F, TAU) * 1e4 == pytest.approx(
        25.954, abs=1e-3
    )


def test_parity_forward_worked_example():
    assert cy.parity_forward(S, R_USD, R_JPY, TAU) == pytest.approx(153.6497, abs=1e-4)


def test_forward_equal_to_spot_means_no_premium():
    # With F = S, rho = 0 and the synthetic rate is just the foreign rate.
    assert cy.forward_premium(150, 150, 1.0) == 0.0
    assert cy.dollar_convenience_yield(0.03, 0.01, 150, 150, 1.0) == pytest.approx(-0.02)


def test_arrays_broadcast():
    forwards = np.array([153.0, 153.55, 154.0])
    out = cy.dollar_convenience_yield(R_USD, R_JPY, S, forwards, TAU)
    assert out.shape == (3,)
    assert out[1] == pytest.approx(0.0025954, abs=1e-7)
    assert np.all(np.diff(out) < 0)  # a higher forward lowers the yield


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((R_USD, R_JPY, 0.0, F, TAU), "spot"),
        ((R_USD, R_JPY, -1.0, F, TAU), "spot"),
        ((R_USD, R_JPY, S, 0.0, TAU), "forward"),
        ((R_USD, R_JPY, S, F, 0.0), "tenor"),
        ((R_USD, R_JPY, S, F, -0.5), "tenor"),
        ((float("nan"), R_JPY, S, F, TAU), "usd_rate"),
        ((R_USD, float("inf"), S, F, TAU), "foreign_rate"),
        ((R_USD, R_JPY, float("nan"), F, TAU), "spot"),
    ],
)
def test_impossible_input_raises_value_error_naming_the_field(args, field):
    with pytest.raises(ValueError) as info:
        cy.dollar_convenience_yield(*args)
    assert isinstance(info.value, InputError)
    assert info.value.field == field
    assert str(info.value)  # a message a person can read


def test_regime_classification():
    assert cy.cy_regime(25.9) == "premium"
    assert cy.cy_regime(-3.0) == "discount"
    assert cy.cy_regime(0.5) == "parity"
    with pytest.raises(ValueError):
        cy.cy_regime(float("nan"))


def test_route_breakdown_worked_example():
    # The module docstring's example, by hand: the FX swap adds -rho = +3.75954% a
    # year to the 0.5% yen rate, so the synthetic route pays 4.25954% against 4%.
    b = cy.route_breakdown(R_USD, R_JPY, S, F, TAU)
    assert b["direct"] == 0.04
    assert b["foreign_rate"] == 0.005
    assert b["hedge"] == pytest.approx(0.0375954, abs=1e-7)
    assert b["synthetic"] == pytest.approx(0.0425954, abs=1e-7)
    assert b["cy"] == pytest.approx(0.0025954, abs=1e-7)
    assert b["parity_forward"] == pytest.approx(155 * math.exp(-0.035 * 0.25))
    assert b["parity_forward"] == pytest.approx(153.6497, abs=1e-4)


# Property tests over the home lab's slider ranges (content/labs.toml).
spot_s = st.floats(120, 180)
rate_s = st.floats(-0.01, 0.08)
tenor_s = st.integers(1, 24).map(lambda m: m / 12)


@given(spot=spot_s, r_usd=rate_s, r_f=rate_s, tau=tenor_s)
def test_cy_is_zero_at_the_parity_forward(spot, r_usd, r_f, tau):
    f_star = cy.parity_forward(spot, r_usd, r_f, tau)
    assert cy.dollar_convenience_yield(r_usd, r_f, spot, f_star, tau) == pytest.approx(
        0.0, abs=1e-12
    )


@given(spot=spot_s, fwd=spot_s, r_usd=rate_s, r_f=rate_s, tau=tenor_s)
def test_cy_finite_over_slider_ranges(spot, fwd, r_usd, r_f, tau):
    assert math.isfinite(cy.dollar_convenience_yield(r_usd, r_f, spot, fwd, tau))


@given(spot=spot_s, fwd=spot_s, r_usd=rate_s, r_f=rate_s, tau=tenor_s, bump=st.floats(0.01, 5))
def test_cy_falls_as_the_forward_rises_and_as_the_dollar_rate_rises(
    spot, fwd, r_usd, r_f, tau, bump
):
    base = cy.dollar_convenience_yield(r_usd, r_f, spot, fwd, tau)
    assert cy.dollar_convenience_yield(r_usd, r_f, spot, fwd + bump, tau) < base
    assert cy.dollar_convenience_yield(r_usd + bump / 100, r_f, spot, fwd, tau) < base
    assert cy.dollar_convenience_yield(r_usd, r_f + bump / 100, spot, fwd, tau) > base
