"""lib/ai_dollar.py against hand calculations and its defining properties.

Worked examples:
1. Petrodollar loop: 7 million barrels a day x 70 dollars x 365 days = 178.85 billion
   dollars of exports a year; recycling a fifth of it sends 35.77 billion to US assets.
2. AI-dollar loop: 5.2 trillion dollars of sovereign wealth x 1% a year = 52 billion,
   plus 20 billion of compute bought in dollars = 72 billion a year.
3. Energy: a 700 W GPU in a PUE 1.3 data centre draws 0.7 x 1.3 = 0.91 kW from the
   grid; at 0.05 dollars a kWh that is 0.0455 dollars an hour, 398.58 dollars a year.
   A 100 MW campus: 100,000 kW x 1.3 x 8,760 h x 0.05 = 56.94 million dollars a year.
4. Concentration: cloud shares 32, 23, 11 -> 1,024 + 529 + 121 = 1,674; moving 10
   points from the first to a fourth firm: 22^2 + 23^2 + 11^2 + 10^2 = 1,234.
5. Lock-in: with a 5-year half-life, 10 years leave 0.5^2 = 25%.
"""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lib import ai_dollar as ai
from lib.errors import InputError


def test_petrodollar_worked_example():
    assert ai.petrodollar_recycling(7e6, 70.0, 1.0) == pytest.approx(178.85e9)
    assert ai.petrodollar_recycling(7e6, 70.0, 0.2) == pytest.approx(35.77e9)


def test_ai_dollar_flow_worked_example():
    assert ai.ai_dollar_flow(5.2e12, 0.01, 20e9) == pytest.approx(72e9)


def test_ai_dollar_parts_split_the_flow():
    parts = ai.ai_dollar_parts(5.2e12, 0.01, 20e9)
    assert parts["wealth"] == pytest.approx(52e9)  # 5.2 trillion x 1%
    assert parts["compute"] == pytest.approx(20e9)
    assert parts["total"] == pytest.approx(72e9)
    with pytest.raises(InputError):
        ai.ai_dollar_parts(5.2e12, 1.5, 20e9)  # more than all of the funds a year


def test_energy_worked_examples():
    per_hour = ai.electricity_cost_per_gpu_hour(700, 1.3, 0.05)
    assert per_hour == pytest.approx(0.0455)
    assert per_hour * 8760 == pytest.approx(398.58)
    assert ai.campus_electricity_cost_per_year(100, 1.3, 0.05) == pytest.approx(56.94e6)


def test_hhi_worked_examples():
    assert ai.hhi([32, 23, 11]) == 1674.0
    assert ai.hhi([22, 23, 11, 10]) == 1234.0
    assert ai.hhi([100]) == 10_000.0
    assert ai.hhi([]) == 0.0


@pytest.mark.parametrize("bad", [[60, 50], [-1, 20], [[10, 20]], [float("nan")]])
def test_hhi_rejects_impossible_shares(bad):
    with pytest.raises(ValueError):
        ai.hhi(bad)


@given(st.integers(1, 200))
def test_hhi_of_n_equal_shares_is_ten_thousand_over_n(n):
    assert ai.hhi([100 / n] * n) == pytest.approx(10_000 / n)


@given(st.floats(100, 2000), st.floats(1.0, 3.0), st.floats(0, 1), st.floats(0, 1))
def test_cost_is_linear_in_price(watts, pue, p1, p2):
    c = lambda p: ai.electricity_cost_per_gpu_hour(watts, pue, p)  # noqa: E731
    assert c(p1 + p2) == pytest.approx(c(p1) + c(p2), rel=1e-12, abs=1e-15)
    assert c(0.0) == 0.0


@given(st.floats(0.1, 100))
def test_lockin_halves_at_the_half_life(h):
    assert ai.lockin_strength(h, h) == pytest.approx(0.5)
    assert ai.lockin_strength(2 * h, h) == pytest.approx(0.25)
    assert ai.lockin_strength(0, h) == 1.0
    assert ai.years_until(0.5, h) == pytest.approx(h)


def test_lockin_accepts_arrays_and_decreases():
    s = ai.lockin_strength(np.arange(0, 30), 7.0)
    assert s.shape == (30,) and np.all(np.diff(s) < 0)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: ai.petrodollar_recycling(-1, 70, 0.2), "barrels_per_day"),
        (lambda: ai.petrodollar_recycling(7e6, 70, 1.2), "recycled_share"),
        (lambda: ai.electricity_cost_per_gpu_hour(700, 0.9, 0.05), "pue"),
        (lambda: ai.electricity_cost_per_gpu_hour(0, 1.3, 0.05), "gpu_watts"),
        (lambda: ai.lockin_strength(5, 0), "half_life_years"),
        (lambda: ai.years_until(0, 5), "fraction_left"),
    ],
)
def test_impossible_input_names_the_field(call, field):
    with pytest.raises(InputError) as err:
        call()
    assert err.value.field == field


def test_shift_shares_moves_share_in_proportion():
    # 33 of the US providers' 66 points move: each keeps half; one rival takes 33.
    shares, us = ai.shift_shares([32, 23, 11], 33, 1.0)
    assert shares == pytest.approx([16.0, 11.5, 5.5, 33.0]) and us == pytest.approx(33.0)
    spread, _ = ai.shift_shares([32, 23, 11], 33, 0.0)  # to many small firms
    assert ai.hhi(spread) == pytest.approx(16**2 + 11.5**2 + 5.5**2)
    everything, us = ai.shift_shares([32, 23, 11], 90, 1.0)  # at most all of it moves
    assert us == 0.0 and everything[-1] == pytest.approx(66.0)
