"""Covered interest parity and the dollar's convenience yield.

Conventions (see docs/architecture.md, section 5):

* Interest rates are decimals per year, continuously comparable with the forward
  premium below (0.045 means 4.5% a year).
* FX quotes are units of the foreign currency per US dollar (USD/JPY 155 means
  155 yen buy one dollar).
* Tenors are in years (three months = 0.25).

The forward premium is rho = ln(F/S) / tau. A dollar bought spot and sold forward
earns the foreign interest rate minus rho in dollar terms: that is the *synthetic*
dollar rate. CIP, covered interest parity, says it equals the *direct* (cash)
dollar rate. The gap, synthetic minus direct, is the dollar convenience yield of
Du, Keerati & Schreger (2025): positive when investors accept a lower return on
cash dollars than on dollars made synthetically, i.e. when the dollar commands a
premium. In Du, Tepper & Verdelhan's (2018) basis notation it is -x, the negative
of the cross-currency basis.

Every function accepts scalars or numpy arrays (broadcast together) and raises
``lib.errors.InputError`` (a ``ValueError``) naming the field when an input is impossible:
a non-positive or non-finite exchange rate, a non-positive tenor.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from lib import content
from lib.errors import as_output, finite, non_negative, positive

ArrayLike = float | npt.ArrayLike

#: |convenience yield| above this many basis points is far outside the range
#: observed for G10 currencies since 2008 (tens of basis points), so the UI flags it.
IMPLAUSIBLE_BP = 300.0


def forward_premium(spot: ArrayLike, forward: ArrayLike, years: ArrayLike) -> float | np.ndarray:
    """Annualised forward premium of the foreign currency quote, rho = ln(F/S) / tau.

    Parameters
    ----------
    spot, forward : foreign currency per US dollar, > 0.
    years : tenor tau in years, > 0.

    Returns
    -------
    rho, a decimal per year. Negative when the forward buys fewer units of foreign
    currency than the spot (the foreign currency trades at a forward premium, as the
    yen does when yen rates are below dollar rates).

    Example
    -------
    USD/JPY spot 155.00, three-month forward 153.55:
    rho = ln(153.55 / 155) / 0.25 = -0.037595, i.e. about -3.76% a year.

    >>> round(forward_premium(155.0, 153.55, 0.25), 6)
    -0.037595
    """
    s = positive("spot", spot, "The spot exchange rate")
    f = positive("forward", forward, "The forward exchange rate")
    t = positive("tenor", years, "The tenor")
    return as_output(np.log(f / s) / t)


def synthetic_usd_rate(
    foreign_rate: ArrayLike, spot: ArrayLike, forward: ArrayLike, years: ArrayLike
) -> float | np.ndarray:
    """Dollar return from investing in the foreign currency with the FX risk hedged.

    Sell one dollar spot for S units of foreign currency, invest them at the foreign
    risk-free rate, and sell the proceeds forward for dollars at F. In continuously
    compounded terms the dollar return is r_foreign - rho, with rho from
    :func:`forward_premium`.

    Parameters
    ----------
    foreign_rate : foreign risk-free rate, decimal per year (may be negative).
    spot, forward : foreign currency per US dollar, > 0.
    years : tenor in years, > 0.

    Returns
    -------
    The synthetic dollar rate, decimal per year.

    Example
    -------
    Yen rate 0.50%, USD/JPY spot 155.00, three-month forward 153.55:
    0.005 - (-0.037595) = 0.042595, i.e. 4.26% a year.

    >>> round(synthetic_usd_rate(0.005, 155.0, 153.55, 0.25), 6)
    0.042595
    """
    r_f = finite("foreign_rate", foreign_rate, "The foreign interest rate")
    return as_output(r_f - np.asarray(forward_premium(spot, forward, years)))


def dollar_convenience_yield(
    usd_rate: ArrayLike,
    foreign_rate: ArrayLike,
    spot: ArrayLike,
    forward: ArrayLike,
    years: ArrayLike,
) -> float | np.ndarray:
    """Dollar convenience yield: synthetic dollar rate minus direct dollar rate.

    CY = (r_foreign - rho) - r_USD, with rho = ln(F/S) / tau.

    Positive: dollars made synthetically through the FX swap market pay more than
    cash dollars, so holders accept a lower return for the real thing: the dollar
    commands a premium (a convenience yield). Zero: covered interest parity holds.
    This is the negative of the cross-currency basis x of Du, Tepper & Verdelhan
    (2018).

    Parameters
    ----------
    usd_rate : direct US dollar risk-free rate (e.g. SOFR-based), decimal per year.
    foreign_rate : foreign risk-free rate, decimal per year.
    spot, forward : foreign currency per US dollar, > 0.
    years : tenor in years, > 0.

    Returns
    -------
    The convenience yield, decimal per year (multiply by 10,000 for basis points).

    Example
    -------
    A hand calculation with round numbers near late-2025 levels: dollar rate 4.00%,
    yen rate 0.50%, USD/JPY spot 155.00, three-month forward 153.55:
    synthetic rate 4.2595%, so CY = 4.2595% - 4.00% = 0.2595%, about 26 bp. (The
    inputs are illustrative, not market quotes; the size is of the order Du, Tepper &
    Verdelhan (2018) document for the yen after 2008: tens of basis points.)

    >>> round(dollar_convenience_yield(0.04, 0.005, 155.0, 153.55, 0.25) * 1e4, 1)
    26.0
    """
    r_usd = finite("usd_rate", usd_rate, "The dollar interest rate")
    return as_output(np.asarray(synthetic_usd_rate(foreign_rate, spot, forward, years)) - r_usd)


def parity_forward(
    spot: ArrayLike, usd_rate: ArrayLike, foreign_rate: ArrayLike, years: ArrayLike
) -> float | np.ndarray:
    """The forward rate at which covered interest parity holds exactly (CY = 0).

    F* = S * exp((r_foreign - r_USD) * tau), the continuously compounded counterpart
    of the money-market forward, consistent with :func:`forward_premium`.

    Parameters and units as in :func:`dollar_convenience_yield`.

    Example
    -------
    >>> round(parity_forward(155.0, 0.04, 0.005, 0.25), 2)
    153.65
    """
    s = positive("spot", spot, "The spot exchange rate")
    t = positive("tenor", years, "The tenor")
    r_usd = finite("usd_rate", usd_rate, "The dollar interest rate")
    r_f = finite("foreign_rate", foreign_rate, "The foreign interest rate")
    return as_output(s * np.exp((r_f - r_usd) * t))


def cy_regime(cy_bp: float, tolerance_bp: float = 1.0) -> str:
    """Classify a convenience yield in basis points for the lab's sentence.

    Returns ``"premium"`` (synthetic dollars dearer, CY > tolerance),
    ``"discount"`` (CY < -tolerance) or ``"parity"`` (within the tolerance).
    The sentences for each regime live in content/, keyed by these names.

    >>> cy_regime(26.0), cy_regime(-3.0), cy_regime(0.4)
    ('premium', 'discount', 'parity')
    """
    if not np.isfinite(cy_bp):
        raise ValueError("The convenience yield is not a finite number.")
    if cy_bp > tolerance_bp:
        return "premium"
    if cy_bp < -tolerance_bp:
        return "discount"
    return "parity"


def route_breakdown(
    usd_rate: float, foreign_rate: float, spot: float, forward: float, years: float
) -> dict[str, float]:
    """The two routes to a dollar return, as the lab's chart draws them (decimals/year).

    Returns ``direct`` (r_USD), ``foreign_rate`` (r_foreign), ``hedge`` (-rho, what the
    FX swap adds or takes away), ``synthetic`` (their sum) and ``cy`` (synthetic minus
    direct), plus ``parity_forward`` (foreign currency per dollar).
    """
    rho = float(forward_premium(spot, forward, years))
    synthetic = float(foreign_rate) - rho
    return {
        "direct": float(usd_rate),
        "foreign_rate": float(foreign_rate),
        "hedge": -rho,
        "synthetic": synthetic,
        "cy": synthetic - float(usd_rate),
        "parity_forward": float(parity_forward(spot, usd_rate, foreign_rate, years)),
    }


# ---------------------------------------------------------------------------
# Treasury convenience yield and swap spreads (Du, Keerati & Schreger 2025)
# ---------------------------------------------------------------------------


def treasury_convenience_yield(
    us_govt_yield: ArrayLike,
    foreign_govt_yield: ArrayLike,
    spot: ArrayLike,
    forward: ArrayLike,
    years: ArrayLike,
) -> float | np.ndarray:
    """Treasury convenience yield: synthetic dollar yield of a foreign government bond
    minus the US Treasury yield of the same tenor.

    CY_UST = (y_foreign - rho) - y_UST, with rho = ln(F/S) / tau.

    Positive: a foreign government bond, hedged into dollars, pays more than a
    Treasury, so investors accept a lower yield for holding Treasuries (the Treasury
    premium). Negative: hedged foreign government bonds pay less than Treasuries:
    Treasuries carry no premium over other G10 government debt, they carry a discount.

    Parameters
    ----------
    us_govt_yield, foreign_govt_yield : government bond yields, decimals per year.
    spot, forward : foreign currency per US dollar, > 0.
    years : tenor in years, > 0.

    Returns
    -------
    Decimal per year (x 10,000 for basis points).

    Example
    -------
    Treasury 4.10%, JGB 0.60%, USD/JPY 155.00 spot, 153.55 three-month forward
    (rho = -3.7595%): the hedged JGB yields 0.60% + 3.7595% = 4.3595% in dollars,
    so CY_UST = 4.3595% - 4.10% = 0.2595%, about +26 bp (illustrative inputs).

    >>> round(treasury_convenience_yield(0.041, 0.006, 155.0, 153.55, 0.25) * 1e4, 1)
    26.0
    """
    y_us = finite("us_govt_yield", us_govt_yield, "The US Treasury yield")
    y_f = finite("foreign_govt_yield", foreign_govt_yield, "The foreign government bond yield")
    return as_output(y_f - np.asarray(forward_premium(spot, forward, years)) - y_us)


def swap_spread(swap_rate: ArrayLike, govt_yield: ArrayLike) -> float | np.ndarray:
    """Swap spread: the risk-free swap rate minus the government bond yield, same tenor.

    Decimals per year. Negative when the government bond yields more than the
    risk-free swap (as US Treasuries have at most tenors since the mid-2010s): the
    bond is then worth less than the risk-free rate suggests.

    >>> round(swap_spread(0.038, 0.041) * 1e4, 1)
    -30.0
    """
    s = finite("swap_rate", swap_rate, "The swap rate")
    y = finite("govt_yield", govt_yield, "The government bond yield")
    return as_output(s - y)


def treasury_cy_from_parts(
    dollar_cy: ArrayLike, us_swap_spread: ArrayLike, foreign_swap_spread: ArrayLike
) -> float | np.ndarray:
    """Treasury CY = dollar CY + US swap spread - foreign swap spread (all decimals).

    The identity of Du, Keerati & Schreger (2025): with the dollar CY measured on
    risk-free (swap) rates and each swap spread = swap rate - government yield of
    the same tenor and country, the three parts add up exactly to
    :func:`treasury_convenience_yield`.

    Example
    -------
    Dollar CY +20 bp, US swap spread -30 bp, foreign swap spread +5 bp:
    20 - 30 - 5 = -15 bp.

    >>> round(treasury_cy_from_parts(0.0020, -0.0030, 0.0005) * 1e4, 1)
    -15.0
    """
    d = finite("dollar_cy", dollar_cy, "The dollar convenience yield")
    us = finite("us_swap_spread", us_swap_spread, "The US swap spread")
    fo = finite("foreign_swap_spread", foreign_swap_spread, "The foreign swap spread")
    return as_output(d + us - fo)


# ---------------------------------------------------------------------------
# The balance-sheet lab: a toy version of the paper's framework
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BalanceSheetEquilibrium:
    """Result of :func:`balance_sheet_equilibrium` (floats, or arrays for array input).

    shadow_cost : lambda >= 0, spread per unit of balance sheet (decimal per year).
    fx_quantity, ust_quantity : FX swaps and Treasury intermediation supplied (units
        of demand, e.g. USD trillion).
    dollar_cy : s_fx = lambda * k_fx (decimal).
    us_swap_spread : -s_ust = -lambda * k_ust (decimal).
    treasury_cy : dollar_cy + us_swap_spread - foreign_swap_spread (decimal).
    """

    shadow_cost: float | np.ndarray
    fx_quantity: float | np.ndarray
    ust_quantity: float | np.ndarray
    dollar_cy: float | np.ndarray
    us_swap_spread: float | np.ndarray
    treasury_cy: float | np.ndarray


def _shadow_cost(capacity: float, demands: tuple, weights: tuple, choke: float) -> float:
    """Smallest lambda >= 0 with sum_j k_j D_j max(0, 1 - lambda k_j / s_max) <= K.

    Capacity used is piecewise linear and decreasing in lambda, with a kink where a
    service's spread reaches the choke spread (lambda = s_max / k_j). Walk the pieces
    in order and solve the linear equation on the piece where used = K.
    """
    if sum(k * d for k, d in zip(weights, demands, strict=True)) <= capacity:
        return 0.0
    kinks = sorted({choke / k for k, d in zip(weights, demands, strict=True) if d > 0})
    low = 0.0
    for kink in kinks:
        active = [
            (k, d) for k, d in zip(weights, demands, strict=True) if d > 0 and choke / k > low
        ]
        level = sum(k * d for k, d in active)  # capacity used at lambda = 0 on this piece
        slope = sum(k * k * d for k, d in active) / choke  # fall in use per unit lambda
        lam = (level - capacity) / slope
        if lam <= kink:
            return max(lam, low)
        low = kink
    return low  # every demand is zero beyond the last kink and capacity >= 0


def balance_sheet_equilibrium(
    capacity: ArrayLike,
    fx_demand: ArrayLike,
    ust_demand: ArrayLike,
    fx_weight: ArrayLike = 1.0,
    ust_weight: ArrayLike = 2.0,
    choke_spread: ArrayLike = 0.01,
    foreign_swap_spread: ArrayLike = 0.0,
) -> BalanceSheetEquilibrium:
    """Competitive global dealers with scarce balance sheet: the app's toy model.

    A simplified version (ours, not the paper's estimated model) of the framework in
    Du, Keerati & Schreger (2025). Dealers with balance-sheet capacity K provide two
    services: FX swaps that lend dollars (capital weight k_fx per unit) and Treasury
    intermediation (k_ust per unit). Demand for service j at spread s_j is
    q_j = D_j * max(0, 1 - s_j / s_max). Competition sets s_j = lambda * k_j, where
    lambda >= 0, the shadow cost of balance sheet, is the smallest value with
    k_fx q_fx + k_ust q_ust <= K (solved exactly, not iteratively). Then

    * dollar CY = s_fx (what lending dollars through swaps earns),
    * US swap spread = -s_ust (Treasuries must yield more than swaps to be held),
    * Treasury CY = dollar CY + US swap spread - foreign swap spread.

    With k_ust > k_fx a tighter balance sheet raises the dollar CY and lowers the
    Treasury CY: the same scarcity that gives the dollar its premium takes the
    Treasury's away.

    Parameters
    ----------
    capacity : K >= 0, balance sheet available (same units as weight x demand).
    fx_demand, ust_demand : D_fx, D_ust >= 0, demand at a zero spread.
    fx_weight, ust_weight : k_fx, k_ust > 0, balance sheet per unit of service.
    choke_spread : s_max > 0, the spread (decimal) at which demand falls to zero.
    foreign_swap_spread : decimal, taken as given.

    Arrays broadcast together; the result's attributes are then arrays.

    Examples
    --------
    Capacity does not bind (K = 10 >= 1 x 3 + 2 x 2 = 7): lambda = 0, every spread 0.

    >>> eq = balance_sheet_equilibrium(10.0, 3.0, 2.0)
    >>> eq.shadow_cost, eq.dollar_cy, eq.treasury_cy
    (0.0, 0.0, 0.0)

    Capacity binds (K = 4): 7 - lambda (1 x 3 + 4 x 2) / 0.01 = 4 gives
    lambda = 0.03 / 11 = 0.002727: dollar CY +27.3 bp, US swap spread -54.5 bp,
    Treasury CY -27.3 bp.

    >>> eq = balance_sheet_equilibrium(4.0, 3.0, 2.0)
    >>> [round(x * 1e4, 1) for x in (eq.dollar_cy, eq.us_swap_spread, eq.treasury_cy)]
    [27.3, -54.5, -27.3]
    """
    k_cap = non_negative("capacity", capacity, "The balance-sheet capacity")
    d_fx = non_negative("fx_demand", fx_demand, "The demand for FX swaps")
    d_ust = non_negative("ust_demand", ust_demand, "The demand for Treasury intermediation")
    k_fx = positive("fx_weight", fx_weight, "The capital weight of FX swaps")
    k_ust = positive("ust_weight", ust_weight, "The capital weight of Treasury intermediation")
    s_max = positive("choke_spread", choke_spread, "The choke spread")
    fss = finite("foreign_swap_spread", foreign_swap_spread, "The foreign swap spread")

    b = np.broadcast_arrays(k_cap, d_fx, d_ust, k_fx, k_ust, s_max, fss)
    lam = np.empty(b[0].shape)
    for idx in np.ndindex(lam.shape):
        cap, dfx, dust, kfx, kust, smax, _ = (float(a[idx]) for a in b)
        lam[idx] = _shadow_cost(cap, (dfx, dust), (kfx, kust), smax)
    s_fx = lam * b[3]
    s_ust = lam * b[4]
    q_fx = b[1] * np.maximum(0.0, 1.0 - s_fx / b[5])
    q_ust = b[2] * np.maximum(0.0, 1.0 - s_ust / b[5])
    return BalanceSheetEquilibrium(
        shadow_cost=as_output(lam),
        fx_quantity=as_output(q_fx),
        ust_quantity=as_output(q_ust),
        dollar_cy=as_output(s_fx),
        us_swap_spread=as_output(-s_ust),
        treasury_cy=as_output(s_fx - s_ust - b[6]),
    )


def binding_capacity(
    fx_demand: ArrayLike,
    ust_demand: ArrayLike,
    fx_weight: ArrayLike = 1.0,
    ust_weight: ArrayLike = 2.0,
) -> float | np.ndarray:
    """The balance-sheet capacity below which it binds in :func:`balance_sheet_equilibrium`.

    K* = k_fx D_fx + k_ust D_ust: the balance sheet both services use at zero spreads.
    With capacity K >= K* the shadow cost is zero and so is every spread; below K* it
    is positive. Units as in :func:`balance_sheet_equilibrium` (weights times demand).

    Example
    -------
    D_fx = 3, D_ust = 2, k_fx = 1, k_ust = 2: K* = 1 x 3 + 2 x 2 = 7.

    >>> binding_capacity(3.0, 2.0)
    7.0
    """
    d_fx = non_negative("fx_demand", fx_demand, "The demand for FX swaps")
    d_ust = non_negative("ust_demand", ust_demand, "The demand for Treasury intermediation")
    k_fx = positive("fx_weight", fx_weight, "The capital weight of FX swaps")
    k_ust = positive("ust_weight", ust_weight, "The capital weight of Treasury intermediation")
    return as_output(k_fx * d_fx + k_ust * d_ust)


# ---------------------------------------------------------------------------
# Relative supply of government debt
# ---------------------------------------------------------------------------

#: The facts (content/facts.toml) holding the reported coefficients: the change in the
#: 5-year Treasury CY, in basis points, per +1 percentage point of debt-to-GDP, as Du,
#: Keerati & Schreger (2025) report them and the column summarises them.
SUPPLY_COEF_FACTS = (
    ("us_debt_coef_small", "us_debt_coef_large"),
    ("foreign_debt_coef_small", "foreign_debt_coef_large"),
)


def supply_coefficients_bp() -> tuple[tuple[float, float], tuple[float, float]]:
    """The reported coefficient ranges, read from content/facts.toml (the one source).

    Returns ``((a_small, a_large), (b_small, b_large))``: a, the change in the 5-year
    Treasury CY in basis points per +1 pp of US debt-to-GDP (negative: more US debt, a
    smaller premium); b, the same per +1 pp of foreign (G10) government debt-to-GDP
    (positive: more foreign debt makes Treasuries relatively scarcer). "Small" and
    "large" are in absolute size, so a_small > a_large.

    Example
    -------
    With the facts as stored (-0.37 and -0.86 bp for US debt, +0.09 and +0.23 bp for
    foreign debt):

    >>> supply_coefficients_bp()
    ((-0.37, -0.86), (0.09, 0.23))
    """
    (us_small, us_large), (f_small, f_large) = SUPPLY_COEF_FACTS
    f = content.fact_value
    return (f(us_small), f(us_large)), (f(f_small), f(f_large))


def supply_effect_range(
    delta_us_debt_gdp_pp: ArrayLike, delta_foreign_debt_gdp_pp: ArrayLike = 0.0
) -> tuple[float | np.ndarray, float | np.ndarray]:
    """Range of the change in the 5-year Treasury CY implied by the reported coefficients.

    effect = a x dUS + b x dForeign, with a and b anywhere in the ranges of
    :func:`supply_coefficients_bp` (facts ``us_debt_coef_*`` and
    ``foreign_debt_coef_*``: a in [-0.86, -0.37] bp and b in [+0.09, +0.23] bp per
    percentage point of debt-to-GDP as stored). The effect is linear in (a, b), so its
    smallest and largest values over the ranges are at their corners.

    Parameters
    ----------
    delta_us_debt_gdp_pp : change in US debt-to-GDP, percentage points (+10 = from
        100% to 110% of GDP).
    delta_foreign_debt_gdp_pp : change in foreign government debt-to-GDP, pp.

    Returns
    -------
    ``(low, high)``, decimals (x 10,000 for basis points), low <= high. These scale
    reported average associations; they are not a forecast.

    Example
    -------
    US debt-to-GDP +10 pp, foreign unchanged: -0.86 x 10 = -8.6 bp to -0.37 x 10 =
    -3.7 bp.

    >>> low, high = supply_effect_range(10.0)
    >>> round(low * 1e4, 2), round(high * 1e4, 2)
    (-8.6, -3.7)
    """
    d_us = finite("delta_us_debt_gdp_pp", delta_us_debt_gdp_pp, "The change in US debt-to-GDP")
    d_fo = finite(
        "delta_foreign_debt_gdp_pp", delta_foreign_debt_gdp_pp, "The change in foreign debt-to-GDP"
    )
    us_coefs, foreign_coefs = supply_coefficients_bp()
    corners = [a * d_us + b * d_fo for a in us_coefs for b in foreign_coefs]
    stacked = np.stack(np.broadcast_arrays(*corners))
    return as_output(stacked.min(axis=0) / 1e4), as_output(stacked.max(axis=0) / 1e4)
