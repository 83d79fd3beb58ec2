"""The Treasury side of lib/convenience_yield.py: the identity, the balance-sheet toy
model and the supply ranges, against hand calculations and their defining properties.

Worked examples (numbers checkable by hand):

1. Decomposition. USD/JPY spot 155.00, 3-month forward 153.55 (rho = -3.75954%),
   SOFR swap 3.80%, Treasury 4.10%, yen swap (TONA OIS) 0.50%, JGB 0.60%.
     dollar CY   = (0.50% + 3.75954%) - 3.80%  = +45.95 bp
     US spread   = 3.80% - 4.10%               = -30 bp
     JP spread   = 0.50% - 0.60%               = -10 bp
     Treasury CY = (0.60% + 3.75954%) - 4.10%  = +25.95 bp = 45.95 - 30 - (-10)

2. Balance sheet that does not bind. K = 10, D_fx = 3, D_ust = 2, k_fx = 1, k_ust = 2:
   capacity used at zero spreads is 1 x 3 + 2 x 2 = 7 <= 10, so lambda = 0.

3. Balance sheet that binds. Same demands, K = 4, s_max = 1% (0.01).
   Both services active while lambda <= 0.01 / 2: used = 7 - lambda x (1 x 3 + 4 x 2) / 0.01
   = 7 - 1100 lambda = 4  =>  lambda = 3 / 1100 = 0.0027273.
     dollar CY = lambda x 1 = 27.27 bp; US swap spread = -lambda x 2 = -54.55 bp;
     Treasury CY (foreign spread 0) = -27.27 bp; q_fx = 3 (1 - 0.27273) = 2.1818.

4. Balance sheet so tight the Treasury service is priced out. K = 1:
   on the first piece lambda = 6 / 1100 = 0.00545 > 0.005 (the Treasury kink), so on
   the second piece only FX is active: used = 3 - lambda x 3 / 0.01 = 1
   => lambda = 0.0066667; q_ust = 0; dollar CY = 66.67 bp.

5. Supply. With the coefficients as stored in facts.toml (read there by the tests):
   US debt-to-GDP +10 pp: -0.86 x 10 = -8.6 bp to -0.37 x 10 = -3.7 bp.
   Adding foreign +5 pp: low = -8.6 + 0.45 = -8.15 bp, high = -3.7 + 1.15 = -2.55 bp.

6. Binding capacity. D_fx = 3, D_ust = 2, k_fx = 1, k_ust = 2: K* = 1 x 3 + 2 x 2 = 7.
"""

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lib import content
from lib import convenience_yield as cy
from lib.errors import InputError

S, F, TAU = 155.0, 153.55, 0.25


def test_decomposition_worked_example():
    dollar = cy.dollar_convenience_yield(0.038, 0.005, S, F, TAU)
    us = cy.swap_spread(0.038, 0.041)
    jp = cy.swap_spread(0.005, 0.006)
    direct = cy.treasury_convenience_yield(0.041, 0.006, S, F, TAU)
    assert dollar * 1e4 == pytest.approx(45.954, abs=1e-3)
    assert us * 1e4 == pytest.approx(-30.0)
    assert jp * 1e4 == pytest.approx(-10.0)
    assert direct * 1e4 == pytest.approx(25.954, abs=1e-3)
    assert cy.treasury_cy_from_parts(dollar, us, jp) == pytest.approx(direct, abs=1e-12)


rate = st.floats(-0.02, 0.12)
fx = st.floats(0.5, 2000.0)


@given(rate, rate, rate, rate, fx, st.floats(0.8, 1.25), st.floats(0.02, 30.0))
def test_identity_holds_for_any_inputs(y_us, swap_us, y_f, swap_f, spot, fwd_ratio, tau):
    forward = spot * fwd_ratio
    direct = cy.treasury_convenience_yield(y_us, y_f, spot, forward, tau)
    parts = cy.treasury_cy_from_parts(
        cy.dollar_convenience_yield(swap_us, swap_f, spot, forward, tau),
        cy.swap_spread(swap_us, y_us),
        cy.swap_spread(swap_f, y_f),
    )
    assert parts == pytest.approx(direct, abs=1e-12)


def test_treasury_cy_accepts_arrays_and_rejects_bad_fx():
    out = cy.treasury_convenience_yield(np.array([0.04, 0.05]), 0.006, S, F, TAU)
    assert out.shape == (2,) and out[0] > out[1]
    with pytest.raises(InputError) as err:
        cy.treasury_convenience_yield(0.04, 0.006, 0.0, F, TAU)
    assert err.value.field == "spot"
    with pytest.raises(ValueError, match="finite"):
        cy.swap_spread(float("nan"), 0.04)


def test_balance_sheet_not_binding():
    eq = cy.balance_sheet_equilibrium(10.0, 3.0, 2.0)
    assert eq.shadow_cost == 0.0
    assert (eq.fx_quantity, eq.ust_quantity) == (3.0, 2.0)
    assert eq.dollar_cy == eq.us_swap_spread == eq.treasury_cy == 0.0


def test_balance_sheet_binding_worked_example():
    eq = cy.balance_sheet_equilibrium(4.0, 3.0, 2.0, choke_spread=0.01)
    assert eq.shadow_cost == pytest.approx(3 / 1100)
    assert eq.dollar_cy * 1e4 == pytest.approx(27.2727, abs=1e-3)
    assert eq.us_swap_spread * 1e4 == pytest.approx(-54.5454, abs=1e-3)
    assert eq.treasury_cy * 1e4 == pytest.approx(-27.2727, abs=1e-3)
    assert eq.fx_quantity == pytest.approx(3 * (1 - 0.272727), abs=1e-5)
    # capacity is used exactly
    assert 1 * eq.fx_quantity + 2 * eq.ust_quantity == pytest.approx(4.0)


def test_balance_sheet_treasury_priced_out():
    eq = cy.balance_sheet_equilibrium(1.0, 3.0, 2.0, choke_spread=0.01)
    assert eq.shadow_cost == pytest.approx(0.02 / 3)
    assert eq.ust_quantity == 0.0
    assert eq.fx_quantity == pytest.approx(1.0)
    assert eq.dollar_cy * 1e4 == pytest.approx(66.667, abs=1e-3)


def test_balance_sheet_zero_capacity_prices_everything_out():
    eq = cy.balance_sheet_equilibrium(0.0, 3.0, 2.0, choke_spread=0.01)
    assert eq.fx_quantity == pytest.approx(0.0) and eq.ust_quantity == pytest.approx(0.0)
    assert eq.shadow_cost == pytest.approx(0.01)  # the smallest lambda that empties both


def test_balance_sheet_foreign_spread_and_arrays():
    caps = np.array([10.0, 4.0, 1.0])
    eq = cy.balance_sheet_equilibrium(caps, 3.0, 2.0, foreign_swap_spread=0.0005)
    assert eq.shadow_cost.shape == (3,)
    assert eq.treasury_cy[0] == pytest.approx(-0.0005)
    assert eq.treasury_cy[1] * 1e4 == pytest.approx(-27.2727 - 5, abs=1e-3)


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"capacity": -1.0}, "capacity"),
        ({"fx_demand": -1.0}, "fx_demand"),
        ({"ust_weight": 0.0}, "ust_weight"),
        ({"choke_spread": 0.0}, "choke_spread"),
        ({"capacity": float("inf")}, "capacity"),
    ],
)
def test_balance_sheet_rejects_impossible_input(kwargs, field):
    args = {"capacity": 4.0, "fx_demand": 3.0, "ust_demand": 2.0, **kwargs}
    with pytest.raises(InputError) as err:
        cy.balance_sheet_equilibrium(**args)
    assert err.value.field == field


def test_binding_capacity_worked_example_and_bad_input():
    assert cy.binding_capacity(3.0, 2.0) == 7.0  # 1 x 3 + 2 x 2
    assert cy.binding_capacity(3.0, 2.0, 0.5, 4.0) == 9.5  # 0.5 x 3 + 4 x 2
    caps = cy.binding_capacity(np.array([0.0, 1.0]), 2.0)
    assert caps.tolist() == [4.0, 5.0]
    with pytest.raises(InputError) as err:
        cy.binding_capacity(3.0, -1.0)
    assert err.value.field == "ust_demand"
    with pytest.raises(InputError):
        cy.binding_capacity(3.0, 2.0, 1.0, 0.0)


pos = st.floats(0.1, 20.0)
weight = st.floats(0.2, 5.0)


@given(pos, pos, weight, weight, st.floats(0.001, 0.05))
def test_balance_sheet_binds_exactly_below_the_binding_capacity(d_fx, d_ust, w_fx, w_ust, choke):
    k_star = cy.binding_capacity(d_fx, d_ust, w_fx, w_ust)
    at = cy.balance_sheet_equilibrium(k_star, d_fx, d_ust, w_fx, w_ust, choke)
    below = cy.balance_sheet_equilibrium(k_star * 0.99, d_fx, d_ust, w_fx, w_ust, choke)
    assert at.shadow_cost == 0.0
    assert below.shadow_cost > 0.0


@given(st.floats(0.0, 40.0), st.floats(0.0, 40.0), pos, pos, weight, weight, st.floats(0.001, 0.05))
def test_shadow_cost_never_rises_with_capacity(k1, k2, d_fx, d_ust, w_fx, w_ust, choke):
    lo, hi = sorted((k1, k2))
    a = cy.balance_sheet_equilibrium(lo, d_fx, d_ust, w_fx, w_ust, choke)
    b = cy.balance_sheet_equilibrium(hi, d_fx, d_ust, w_fx, w_ust, choke)
    assert b.shadow_cost <= a.shadow_cost + 1e-12
    # the equilibrium respects capacity and is the smallest such lambda
    used = w_fx * a.fx_quantity + w_ust * a.ust_quantity
    assert used <= lo + 1e-9
    if a.shadow_cost > 0:
        assert used == pytest.approx(lo, abs=1e-9)


@given(st.floats(0.0, 40.0), st.floats(0.0, 40.0), pos, pos, weight, st.floats(1.05, 4.0))
def test_tighter_balance_sheet_splits_the_privileges(k1, k2, d_fx, d_ust, w_fx, ratio):
    """With k_ust > k_fx, less capacity: dollar CY up (or equal), Treasury CY down."""
    tight, loose = sorted((k1, k2))
    assume(loose - tight > 1e-6)
    w_ust = w_fx * ratio
    a = cy.balance_sheet_equilibrium(tight, d_fx, d_ust, w_fx, w_ust)
    b = cy.balance_sheet_equilibrium(loose, d_fx, d_ust, w_fx, w_ust)
    assert a.dollar_cy >= b.dollar_cy - 1e-12
    assert a.treasury_cy <= b.treasury_cy + 1e-12
    assert a.treasury_cy <= 0.0 <= a.dollar_cy


def coefs() -> tuple[float, float, float, float]:
    """The reported coefficients (bp per pp), read from facts.toml, never typed here."""
    f = content.fact_value
    return (
        f("us_debt_coef_small"),
        f("us_debt_coef_large"),
        f("foreign_debt_coef_small"),
        f("foreign_debt_coef_large"),
    )


def test_supply_coefficients_come_from_the_reported_facts():
    us_small, us_large, f_small, f_large = coefs()
    assert cy.supply_coefficients_bp() == ((us_small, us_large), (f_small, f_large))
    for pair in cy.SUPPLY_COEF_FACTS:
        for key in pair:
            assert content.fact(key).kind == "reported"
            assert content.fact(key).unit == "bp_per_pp"
    # the signs the story relies on: more US debt lowers the premium, foreign debt raises it
    assert us_large < us_small < 0 < f_small < f_large


def test_supply_effect_worked_examples():
    us_small, us_large, f_small, f_large = coefs()
    # +10 pp of US debt: the larger (more negative) coefficient gives the low end
    low, high = cy.supply_effect_range(10.0)
    assert (low * 1e4, high * 1e4) == (pytest.approx(us_large * 10), pytest.approx(us_small * 10))
    # adding +5 pp of foreign debt:
    # low = a_large x 10 + b_small x 5, high = a_small x 10 + b_large x 5
    low, high = cy.supply_effect_range(10.0, 5.0)
    assert low * 1e4 == pytest.approx(us_large * 10 + f_small * 5)
    assert high * 1e4 == pytest.approx(us_small * 10 + f_large * 5)
    low, high = cy.supply_effect_range(-10.0)  # less US debt: a rise
    assert (low * 1e4, high * 1e4) == (pytest.approx(-us_small * 10), pytest.approx(-us_large * 10))


def test_supply_effect_arrays_and_bad_input():
    low, high = cy.supply_effect_range(np.linspace(-20, 20, 5), 2.0)
    assert low.shape == high.shape == (5,) and np.all(low <= high)
    with pytest.raises(InputError):
        cy.supply_effect_range(float("nan"))


@given(st.floats(-50, 50), st.floats(-50, 50))
def test_supply_range_is_ordered_and_brackets_every_coefficient_pair(d_us, d_f):
    low, high = cy.supply_effect_range(d_us, d_f)
    assert low <= high
    us_small, us_large, f_small, f_large = coefs()
    for a in np.linspace(us_small, us_large, 4):
        for b in np.linspace(f_small, f_large, 4):
            assert low - 1e-15 <= (a * d_us + b * d_f) / 1e4 <= high + 1e-15
