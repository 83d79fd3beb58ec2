"""The AI-dollar story in numbers: recycling loops, energy to compute, concentration, lock-in.

Units (see docs/architecture.md, section 5):

* Money in US dollars; flows in dollars per year.
* Oil in barrels a day; prices in dollars per barrel.
* Power in watts (a GPU) or megawatts (a campus); electricity in dollars per kWh.
* Shares: ``recycled_share`` and friends are fractions (0.3 = 30%); market shares
  passed to :func:`hhi` are in percent (32 = 32%), as the Herfindahl-Hirschman index
  is conventionally computed.
* Time in years.

Every function accepts scalars or numpy arrays (broadcast together) unless it says
otherwise, and raises ``lib.errors.InputError`` (a ``ValueError``) naming the field
when an input is impossible.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from lib.errors import InputError, as_output, finite, non_negative, positive, share

ArrayLike = float | npt.ArrayLike

DAYS_PER_YEAR = 365
HOURS_PER_YEAR = 8760


def petrodollar_recycling(
    barrels_per_day: ArrayLike, price_per_barrel: ArrayLike, recycled_share: ArrayLike
) -> float | np.ndarray:
    """Dollars a year an oil exporter recycles into US assets.

    flow = barrels a day x price x 365 x share recycled.

    Parameters
    ----------
    barrels_per_day : oil exports, barrels a day (>= 0); 7 million b/d is 7e6.
    price_per_barrel : US dollars a barrel (>= 0).
    recycled_share : fraction of the export revenue placed in US assets (0 to 1).

    Returns
    -------
    US dollars a year.

    Example
    -------
    7 million barrels a day at 70 dollars, a fifth recycled:
    7e6 x 70 x 365 x 0.2 = 35.77 billion dollars a year.

    >>> petrodollar_recycling(7e6, 70.0, 0.2) / 1e9
    35.77
    """
    bpd = non_negative("barrels_per_day", barrels_per_day, "Oil exports")
    price = non_negative("price_per_barrel", price_per_barrel, "The oil price")
    frac = share("recycled_share", recycled_share, "The recycled share")
    return as_output(bpd * price * DAYS_PER_YEAR * frac)


def ai_dollar_flow(
    sovereign_wealth: ArrayLike, us_ai_share_per_year: ArrayLike, compute_purchases: ArrayLike
) -> float | np.ndarray:
    """Dollars a year the "AI-dollar loop" sends to US-controlled compute.

    flow = sovereign wealth x share of it placed in US AI infrastructure each year
    + purchases of compute settled in dollars or dollar stablecoins.

    Parameters
    ----------
    sovereign_wealth : assets of the sovereign funds, US dollars (>= 0).
    us_ai_share_per_year : fraction of those assets placed each year (0 to 1).
    compute_purchases : chips and cloud services bought a year, US dollars (>= 0).

    Example
    -------
    5.2 trillion dollars of sovereign wealth, 1% a year into US AI, plus 20 billion of
    compute bought: 52 + 20 = 72 billion dollars a year.

    >>> ai_dollar_flow(5.2e12, 0.01, 20e9) / 1e9
    72.0
    """
    wealth = non_negative("sovereign_wealth", sovereign_wealth, "Sovereign wealth")
    frac = share("us_ai_share_per_year", us_ai_share_per_year, "The share placed in US AI")
    buys = non_negative("compute_purchases", compute_purchases, "Compute purchases")
    return as_output(wealth * frac + buys)


def ai_dollar_parts(
    sovereign_wealth: float, us_ai_share_per_year: float, compute_purchases: float
) -> dict[str, float]:
    """The two parts of :func:`ai_dollar_flow` and their sum, US dollars a year (scalars).

    ``wealth`` = sovereign wealth x share placed in US AI each year; ``compute`` = the
    compute bought in dollars; ``total`` = wealth + compute (= :func:`ai_dollar_flow`).
    Same units and checks as :func:`ai_dollar_flow`.

    Example
    -------
    5.2 trillion dollars at 1% a year is 52 billion, plus 20 billion of compute:

    >>> {k: v / 1e9 for k, v in ai_dollar_parts(5.2e12, 0.01, 20e9).items()}
    {'wealth': 52.0, 'compute': 20.0, 'total': 72.0}
    """
    total = float(ai_dollar_flow(sovereign_wealth, us_ai_share_per_year, compute_purchases))
    wealth = float(sovereign_wealth) * float(us_ai_share_per_year)
    return {"wealth": wealth, "compute": float(compute_purchases), "total": total}


def electricity_cost_per_gpu_hour(
    gpu_watts: ArrayLike, pue: ArrayLike, price_per_kwh: ArrayLike
) -> float | np.ndarray:
    """Electricity cost, in US dollars, of running one GPU for one hour in a data centre.

    cost = GPU power in kW x PUE x price per kWh. PUE (power usage effectiveness) is
    the data centre's total power over the power that reaches the computers: 1.0 is
    the ideal, cooling and losses push it higher.

    Parameters
    ----------
    gpu_watts : the GPU's power draw in watts (> 0).
    pue : >= 1.
    price_per_kwh : US dollars per kWh (>= 0).

    Example
    -------
    A 700 W accelerator in a data centre with PUE 1.3, power at 0.05 dollars a kWh:
    0.7 x 1.3 x 0.05 = 0.0455 dollars an hour.

    >>> round(electricity_cost_per_gpu_hour(700, 1.3, 0.05), 4)
    0.0455
    """
    watts = positive("gpu_watts", gpu_watts, "The GPU's power")
    p = finite("pue", pue, "The PUE")
    if np.any(p < 1):
        raise InputError("pue", "pue_below_one", "The PUE cannot be below 1.")
    price = non_negative("price_per_kwh", price_per_kwh, "The electricity price")
    return as_output(watts / 1000 * p * price)


def campus_electricity_cost_per_year(
    it_megawatts: ArrayLike, pue: ArrayLike, price_per_kwh: ArrayLike
) -> float | np.ndarray:
    """Electricity bill, US dollars a year, of a campus drawing ``it_megawatts`` for its
    computers around the clock: MW x 1,000 x PUE x 8,760 hours x price per kWh.

    >>> campus_electricity_cost_per_year(100, 1.3, 0.05) / 1e6
    56.94
    """
    mw = non_negative("it_megawatts", it_megawatts, "The campus size")
    return as_output(
        mw
        * 1000
        * HOURS_PER_YEAR
        * np.asarray(electricity_cost_per_gpu_hour(1000, pue, price_per_kwh))
    )


def hhi(shares_percent: Sequence[float] | npt.ArrayLike) -> float:
    """Herfindahl-Hirschman index of a market: the sum of squared shares in percent.

    From 0 (many tiny firms) to 10,000 (one firm with 100%). Shares that do not add up
    to 100 are fine (the rest of the market is taken as atomised and adds nothing);
    shares that add up to more than 100, or a negative share, raise ``ValueError``.

    Parameters
    ----------
    shares_percent : one share per firm, in percent (a 1-D sequence).

    Example
    -------
    Cloud shares 32, 23 and 11 (the rest in small firms):
    32^2 + 23^2 + 11^2 = 1,024 + 529 + 121 = 1,674.

    >>> hhi([32, 23, 11])
    1674.0
    """
    s = non_negative("shares", shares_percent, "A market share")
    if s.ndim != 1:
        raise InputError("shares", "not_a_list", "Market shares must be a flat list of numbers.")
    if s.sum() > 100 + 1e-9:
        raise InputError(
            "shares", "above_hundred", "Market shares cannot add up to more than 100%."
        )
    return float(np.sum(s**2))


def lockin_strength(years: ArrayLike, half_life_years: ArrayLike) -> float | np.ndarray:
    """Fraction of an initial lock-in left after ``years``, halving every half-life.

    strength = 0.5 ** (years / half_life). The app's picture of the article's
    argument (a resource-based lock-in decays slowly, a technology lead fast), not an
    estimate.

    Parameters
    ----------
    years : time elapsed, >= 0.
    half_life_years : > 0.

    >>> lockin_strength(10, 5)
    0.25
    """
    t = non_negative("years", years, "The time elapsed")
    h = positive("half_life_years", half_life_years, "The half-life")
    return as_output(0.5 ** (t / h))


def years_until(fraction_left: ArrayLike, half_life_years: ArrayLike) -> float | np.ndarray:
    """Years until a lock-in with this half-life falls to ``fraction_left`` (0 to 1).

    half_life x log2(1 / fraction); for one half it is the half-life itself.

    >>> years_until(0.5, 7), years_until(0.25, 7)
    (7.0, 14.0)
    """
    f = share("fraction_left", fraction_left, "The fraction left")
    if np.any(f == 0):
        raise InputError("fraction_left", "not_positive", "The fraction left must be above zero.")
    h = positive("half_life_years", half_life_years, "The half-life")
    return as_output(h * np.log2(1 / f))


def shift_shares(
    shares_percent: Sequence[float], moved_pp: float, to_one_rival: float
) -> tuple[list[float], float]:
    """Market shares after ``moved_pp`` percentage points leave the firms in
    ``shares_percent`` (taken in proportion to their shares, at most all of them) and
    ``to_one_rival`` (0 to 1) of it goes to a single new rival; the rest goes to many
    small firms, which add nothing to :func:`hhi`.

    Returns the shares (the given firms', then the rival's) and the given firms' total.

    >>> shift_shares([32, 23, 11], 33, 1.0)
    ([16.0, 11.5, 5.5, 33.0], 33.0)
    """
    base = non_negative("shares", shares_percent, "A market share")
    moved = float(non_negative("moved", moved_pp, "The share moved"))
    rival = float(share("to_one_rival", to_one_rival, "The rival's part"))
    total = float(base.sum())
    moved = min(moved, total)
    kept = [float(s) * (1 - moved / total) for s in base] if total > 0 else [0.0] * len(base)
    return [*kept, moved * rival], sum(kept)
