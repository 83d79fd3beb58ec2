"""lib/divergence.py against hand calculations and its defining properties.

Worked examples:
1. Recovery: peak 100, trough 60, now 70 -> (70 - 60) / (100 - 60) = 25% of the fall
   recovered; drawdown at the trough 40%; gain still needed 100 / 70 - 1 = 42.86%.
2. Carry trade: borrow 100 million yen at 0.5% for a year, change at 155 yen per
   dollar (645,161.29 dollars), earn 4% (670,967.74), change back at 150:
   100,645,161 yen against 100,500,000 owed -> +145,161 yen. At 145: -3,209,677.
   Break-even: 155 x 1.005 / 1.04 = 149.78 yen per dollar.
3. Portfolio: 60% stocks (16% vol), 40% bonds (6% vol), correlation -0.2 ->
   variance 0.0088704, volatility 9.42%; with correlation +0.6 -> 0.0125568: 11.21%.
4. Stress: 60/30/10 with shocks -10%, -5%, +2% -> -7.3%.
"""

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lib import divergence as dv
from lib.errors import InputError


def test_recovery_worked_example():
    assert dv.recovery_ratio(100.0, 60.0, 70.0) == pytest.approx(0.25)
    assert dv.drawdown(100.0, 60.0) == pytest.approx(0.4)
    assert dv.required_gain(100.0, 70.0) == pytest.approx(0.428571, abs=1e-6)
    assert dv.required_gain(100.0, 60.0) == pytest.approx(2 / 3)


@given(st.floats(1.0, 1e5), st.floats(0.01, 0.99))
def test_recovery_is_one_at_the_peak_and_zero_at_the_trough(peak, depth):
    trough = peak * (1 - depth)
    assert dv.recovery_ratio(peak, trough, peak) == pytest.approx(1.0)
    assert dv.recovery_ratio(peak, trough, trough) == pytest.approx(0.0, abs=1e-12)
    assert dv.required_gain(peak, peak) == pytest.approx(0.0, abs=1e-12)


@pytest.mark.parametrize(
    ("peak", "trough", "current"), [(60, 100, 70), (100, 100, 90), (100, -5, 50), (100, 60, 0)]
)
def test_recovery_rejects_impossible_prices(peak, trough, current):
    with pytest.raises(ValueError):
        dv.recovery_ratio(peak, trough, current)


def test_carry_worked_example():
    assert dv.carry_trade_pnl(100e6, 155.0, 150.0, 0.005, 0.04, 1.0) == pytest.approx(
        145161.29, abs=0.01
    )
    assert dv.carry_trade_pnl(100e6, 155.0, 145.0, 0.005, 0.04, 1.0) == pytest.approx(
        -3209677.42, abs=0.01
    )
    assert dv.carry_breakeven(155.0, 0.005, 0.04, 1.0) == pytest.approx(149.7837, abs=1e-4)


@given(
    st.floats(1e6, 1e12),
    st.floats(80, 250),
    st.floats(-0.01, 0.05),
    st.floats(0.0, 0.08),
    st.floats(0.05, 5),
)
def test_carry_profit_is_zero_at_the_breakeven(n, s0, r_j, r_u, t):
    be = dv.carry_breakeven(s0, r_j, r_u, t)
    assert dv.carry_trade_pnl(n, s0, be, r_j, r_u, t) == pytest.approx(0.0, abs=n * 1e-9)
    # a stronger yen than the break-even loses, a weaker one gains
    assert (
        dv.carry_trade_pnl(n, s0, be * 0.99, r_j, r_u, t)
        < 0
        < dv.carry_trade_pnl(n, s0, be * 1.01, r_j, r_u, t)
    )


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((155.0, -1.0, 0.04, 1.0), "jpy_rate"),  # a yen rate of -100%
        ((155.0, 0.005, -1.0, 1.0), "usd_rate"),  # a dollar rate of -100%
        ((155.0, 0.005, -0.5, 2.0), "usd_rate"),  # 1 + r_USD x tau = 0: no finite forward
        ((0.0, 0.005, 0.04, 1.0), "spot_open"),
        ((155.0, 0.005, 0.04, 0.0), "years"),
    ],
)
def test_carry_breakeven_refuses_impossible_input_naming_its_own_fields(args, field):
    with pytest.raises(InputError) as err:
        dv.carry_breakeven(*args)
    assert err.value.field == field


def test_a_boj_hike_raises_the_breakeven():
    assert dv.carry_breakeven(155.0, 0.0075, 0.04, 1.0) > dv.carry_breakeven(
        155.0, 0.005, 0.04, 1.0
    )


def test_portfolio_worked_examples():
    corr = [[1, -0.2], [-0.2, 1]]
    assert dv.portfolio_volatility([0.6, 0.4], [0.16, 0.06], corr) == pytest.approx(
        0.0942, abs=1e-4
    )
    pos = [[1, 0.6], [0.6, 1]]
    assert dv.portfolio_volatility([0.6, 0.4], [0.16, 0.06], pos) == pytest.approx(
        0.11206, abs=1e-4
    )
    assert dv.stress_loss([0.6, 0.3, 0.1], [-0.10, -0.05, 0.02]) == pytest.approx(-0.073)


def corr3(a, b, c):
    return np.array([[1, a, b], [a, 1, c], [b, c, 1]])


@given(
    st.floats(0, 1),
    st.floats(0, 1),
    st.floats(0.01, 0.5),
    st.floats(0.01, 0.5),
    st.floats(0.01, 0.5),
    st.floats(-0.6, 0.6),
    st.floats(-0.6, 0.6),
    st.floats(-0.6, 0.6),
)
def test_diversified_volatility_never_exceeds_the_weighted_sum(w1, w2, v1, v2, v3, a, b, c):
    assume(w1 + w2 <= 1)
    m = corr3(a, b, c)
    assume(np.linalg.eigvalsh(m).min() >= 0)
    w = [w1, w2, 1 - w1 - w2]
    vols = [v1, v2, v3]
    assert dv.portfolio_volatility(w, vols, m) <= float(np.dot(w, vols)) + 1e-12


@pytest.mark.parametrize(
    ("weights", "corr", "code"),
    [
        ([0.5, 0.4], [[1, 0], [0, 1]], "not_one"),
        ([0.5, 0.5], [[1, 0.3], [0.2, 1]], "not_symmetric"),
        ([0.5, 0.5], [[0.9, 0.3], [0.3, 1]], "diagonal"),
        ([0.3, 0.3, 0.4], corr3(0.9, 0.9, -0.9).tolist(), "not_psd"),
    ],
)
def test_portfolio_rejects_impossible_input(weights, corr, code):
    vols = [0.1] * len(weights)
    with pytest.raises(InputError) as err:
        dv.portfolio_volatility(weights, vols, corr)
    assert err.value.code == code


def test_return_on_equity_and_home_currency_worked_examples():
    # 145,161 yen on 100 million borrowed at 5x leverage: 20 million of own capital.
    assert dv.return_on_equity(145161.0, 100e6, 5) == pytest.approx(145161 / 20e6)
    # 7% down in dollars while the dollar falls 5% against the home currency.
    assert dv.in_home_currency(-0.07, -0.05) == pytest.approx(0.93 * 0.95 - 1)
