"""lib/fx_defence.py against hand calculations and its defining properties.

Worked examples:
1. The 2-percentage-point gap. Spot 1,470 won per dollar, won rate 2.50%, dollar rate
   4.50%, one year: forward = 1,470 x 1.025 / 1.045 = 1,441.87, forward points -28.13
   won, hedging return (1,441.87 / 1,470 - 1) / 1 = -1.914% a year, i.e. the gap
   divided by 1.045. Three months: 1,470 x 1.00625 / 1.01125 = 1,462.73, -7.27 won,
   an annualised -1.98%.
2. The hedge: 545 billion dollars of overseas assets, 5% hedged -> 27.25 billion
   dollars sold forward; 15% -> 81.75 billion.
3. The toy market: 30 billion dollars of net outflow, 10 billion per 1% -> 3% weaker,
   1,470 -> 1,514.1; with the 27.25 billion hedge the net is 2.75 billion -> 1,474.0.
4. Pass-through: a 10% weaker won, coefficient 0.1 -> prices 1% higher.
"""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lib import fx_defence as fx
from lib.errors import InputError


def test_two_point_gap_one_year():
    f = fx.forward_rate(1470.0, 0.025, 0.045, 1.0)
    assert f == pytest.approx(1441.866, abs=1e-3)
    assert fx.forward_points(1470.0, f) == pytest.approx(-28.134, abs=1e-3)
    assert fx.hedge_return(1470.0, f, 1.0) == pytest.approx(-0.02 / 1.045)


def test_two_point_gap_three_months():
    f = fx.forward_rate(1470.0, 0.025, 0.045, 0.25)
    assert f == pytest.approx(1462.732, abs=1e-3)
    assert fx.hedge_return(1470.0, f, 0.25) == pytest.approx(-0.02 / 1.01125)


def test_hedge_supply_worked_examples():
    assert fx.hedge_supply_usd(545e9, 0.05) == pytest.approx(27.25e9)
    assert fx.hedge_supply_usd(545e9, 0.15) == pytest.approx(81.75e9)


def test_toy_exchange_rate_worked_examples():
    assert fx.toy_exchange_rate(1470.0, 30e9, 0.0, 10e9) == pytest.approx(1514.1)
    assert fx.toy_exchange_rate(1470.0, 30e9, 27.25e9, 10e9) == pytest.approx(1474.0425)


def test_pass_through_worked_example():
    assert fx.pass_through_inflation(0.10, 0.1) == pytest.approx(0.01)
    assert fx.pass_through_inflation(-0.05, 0.2) == pytest.approx(-0.01)


rate = st.floats(-0.01, 0.15)
spot = st.floats(100.0, 3000.0)
tenor = st.floats(0.02, 10.0)


@given(spot, rate, tenor)
def test_zero_gap_gives_spot_and_no_hedging_cost(s, r, t):
    f = fx.forward_rate(s, r, r, t)
    assert f == pytest.approx(s)
    assert fx.hedge_return(s, f, t) == pytest.approx(0.0, abs=1e-12)


@given(spot, rate, rate, tenor)
def test_hedging_costs_exactly_when_won_rates_are_lower(s, r_k, r_u, t):
    ret = fx.hedge_return(s, fx.forward_rate(s, r_k, r_u, t), t)
    assert np.sign(round(ret, 12)) == np.sign(round(r_k - r_u, 12))
    assert ret == pytest.approx((r_k - r_u) / (1 + r_u * t), abs=1e-12)


@given(
    st.floats(500, 2000),
    st.floats(0, 100e9),
    st.floats(0, 0.15),
    st.floats(0, 0.15),
    st.floats(1e9, 50e9),
)
def test_a_larger_hedge_never_weakens_the_won(start, outflow, h1, h2, depth):
    small, large = sorted((h1, h2))
    a = fx.toy_exchange_rate(start, outflow, fx.hedge_supply_usd(545e9, small), depth)
    b = fx.toy_exchange_rate(start, outflow, fx.hedge_supply_usd(545e9, large), depth)
    assert b <= a + 1e-9


def test_arrays_are_accepted():
    f = fx.forward_rate(1470.0, np.array([0.025, 0.045]), 0.045, 1.0)
    assert f.shape == (2,) and f[1] == pytest.approx(1470.0)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: fx.forward_rate(0, 0.02, 0.04, 1), "spot"),
        (lambda: fx.forward_rate(1470, 0.02, 0.04, 0), "tenor"),
        (lambda: fx.forward_rate(1470, float("nan"), 0.04, 1), "krw_rate"),
        (lambda: fx.hedge_supply_usd(545e9, 1.5), "hedge_ratio"),
        (lambda: fx.pass_through_inflation(0.1, 2.0), "coefficient"),
        (lambda: fx.toy_exchange_rate(1470, -500e9, 0, 1e9), "depth"),
    ],
)
def test_impossible_input_names_the_field(call, field):
    with pytest.raises(InputError) as err:
        call()
    assert err.value.field == field


def test_income_in_dollars_worked_example():
    # 3,000,000 won at 1,350 won per dollar: 3,000,000 / 1,350 = 2,222.22 dollars.
    assert fx.income_in_dollars(3_000_000.0, 1350.0) == pytest.approx(2222.2222, abs=1e-4)
    assert fx.income_in_dollars(0.0, 1470.0) == 0.0
    out = fx.income_in_dollars(1470.0, np.array([1470.0, 735.0]))
    assert out.tolist() == pytest.approx([1.0, 2.0])
    with pytest.raises(InputError) as err:
        fx.income_in_dollars(1e6, 0.0)
    assert err.value.field == "rate"
    with pytest.raises(InputError) as err:
        fx.income_in_dollars(-1.0, 1470.0)
    assert err.value.field == "income"


def test_depreciation_worked_example():
    assert fx.depreciation(1350.0, 1470.0) == pytest.approx(120 / 1350)
    assert fx.depreciation(1400.0, 1260.0) == pytest.approx(-0.10)
