"""Asset divergence: recovery from a peak, the yen carry trade, one bet or many.

Conventions (see docs/architecture.md, section 5):

* Prices in any one currency, > 0. Returns, rates and volatilities are decimals
  (0.2 = 20%); rates are per year, simple interest over the holding period.
* FX quotes are yen per US dollar (USD/JPY 155 means 155 yen buy a dollar); a
  *lower* number is a *stronger* yen.
* Weights are fractions of the portfolio and sum to 1.

Every function accepts scalars or numpy arrays where the argument is a number and
raises ``lib.errors.InputError`` (a ``ValueError``) naming the field on impossible
input.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from lib import fx_defence
from lib.errors import InputError, as_output, finite, non_negative, positive

ArrayLike = float | npt.ArrayLike


def recovery_ratio(peak: ArrayLike, trough: ArrayLike, current: ArrayLike) -> float | np.ndarray:
    """Share of the fall from ``peak`` to ``trough`` that ``current`` has recovered.

    (current - trough) / (peak - trough): 0 at the trough, 1 back at the peak, above 1
    past it, below 0 under the trough.

    Example
    -------
    Peak 100, trough 60, now 70: (70 - 60) / (100 - 60) = 0.25, a quarter of the fall.

    >>> recovery_ratio(100.0, 60.0, 70.0)
    0.25
    """
    p = positive("peak", peak, "The peak price")
    t = positive("trough", trough, "The trough price")
    c = positive("current", current, "The current price")
    if np.any(p <= t):
        raise InputError("peak", "peak_not_above_trough", "The peak must be above the trough.")
    return as_output((c - t) / (p - t))


def drawdown(peak: ArrayLike, price: ArrayLike) -> float | np.ndarray:
    """Fall from ``peak`` to ``price`` as a share of the peak (0.4 = 40% below).

    >>> drawdown(100.0, 60.0)
    0.4
    """
    p = positive("peak", peak, "The peak price")
    c = positive("current", price, "The price")
    return as_output(1 - c / p)


def required_gain(peak: ArrayLike, current: ArrayLike) -> float | np.ndarray:
    """Gain still needed to get back to the peak: peak / current - 1.

    A 40% fall needs a 66.7% gain; after recovering to 70, 100 / 70 - 1 = 42.9%.

    >>> round(required_gain(100.0, 60.0), 4), round(required_gain(100.0, 70.0), 4)
    (0.6667, 0.4286)
    """
    p = positive("peak", peak, "The peak price")
    c = positive("current", current, "The current price")
    return as_output(p / c - 1)


def carry_trade_pnl(
    notional_jpy: ArrayLike,
    spot_open: ArrayLike,
    spot_close: ArrayLike,
    jpy_rate: ArrayLike,
    usd_rate: ArrayLike,
    years: ArrayLike,
) -> float | np.ndarray:
    """Profit in yen of a yen carry trade, simple interest.

    Borrow ``notional_jpy`` yen at ``jpy_rate``, change it into dollars at
    ``spot_open`` (yen per dollar), earn ``usd_rate`` on the dollars for ``years``,
    change back at ``spot_close`` and repay the loan with interest:

        N / S_open x (1 + r_USD x tau) x S_close - N x (1 + r_JPY x tau)

    Example
    -------
    Borrow 100 million yen at 0.5%, change at 155 into 645,161 dollars, earn 4% for a
    year (670,968 dollars), change back at 150: 100,645,161 yen; repay 100,500,000:
    profit 145,161 yen. At 145 the same trade loses 3,209,677 yen.

    >>> round(carry_trade_pnl(100e6, 155.0, 150.0, 0.005, 0.04, 1.0))
    145161
    >>> round(carry_trade_pnl(100e6, 155.0, 145.0, 0.005, 0.04, 1.0))
    -3209677
    """
    n = non_negative("notional", notional_jpy, "The amount borrowed")
    s0 = positive("spot_open", spot_open, "The opening exchange rate")
    s1 = positive("spot_close", spot_close, "The closing exchange rate")
    r_j = finite("jpy_rate", jpy_rate, "The yen interest rate")
    r_u = finite("usd_rate", usd_rate, "The dollar interest rate")
    t = positive("years", years, "The holding period")
    return as_output(n / s0 * (1 + r_u * t) * s1 - n * (1 + r_j * t))


def carry_breakeven(
    spot_open: ArrayLike, jpy_rate: ArrayLike, usd_rate: ArrayLike, years: ArrayLike
) -> float | np.ndarray:
    """Closing USD/JPY at which :func:`carry_trade_pnl` is zero.

    S_open x (1 + r_JPY x tau) / (1 + r_USD x tau): the yen can strengthen this far
    (the rate can fall this low) before the interest earned is used up. This is the
    money-market forward of covered interest parity, so it is computed by
    :func:`lib.fx_defence.forward_rate` (yen in place of won): the trade breaks even
    exactly when the exit rate equals the forward at the start.

    Parameters
    ----------
    spot_open : yen per US dollar at the start, > 0.
    jpy_rate, usd_rate : decimals per year, > -1, with 1 + r_USD x tau > 0.
    years : holding period tau, > 0.

    >>> round(carry_breakeven(155.0, 0.005, 0.04, 1.0), 2)
    149.78
    """
    s0 = positive("spot_open", spot_open, "The opening exchange rate")
    r_j = finite("jpy_rate", jpy_rate, "The yen interest rate")
    r_u = finite("usd_rate", usd_rate, "The dollar interest rate")
    t = positive("years", years, "The holding period")
    if np.any(r_j <= -1):
        raise InputError("jpy_rate", "rate_below_minus_one", "The yen rate is too negative.")
    if np.any((r_u <= -1) | (1 + r_u * t <= 0)):
        raise InputError("usd_rate", "rate_below_minus_one", "The dollar rate is too negative.")
    return fx_defence.forward_rate(s0, r_j, r_u, t)


def return_on_equity(
    pnl: ArrayLike, notional: ArrayLike, leverage: ArrayLike
) -> float | np.ndarray:
    """Profit over the own capital behind a leveraged position (notional / leverage).

    >>> return_on_equity(145161.0, 100e6, 5)
    0.00725805
    """
    p = finite("pnl", pnl, "The profit")
    n = positive("notional", notional, "The amount borrowed")
    lev = positive("leverage", leverage, "The leverage")
    return as_output(p / (n / lev))


def in_home_currency(return_usd: ArrayLike, dollar_change: ArrayLike) -> float | np.ndarray:
    """A dollar return seen by an investor whose home currency moved against the dollar:
    (1 + r) x (1 + dollar change) - 1. A 7% loss while the dollar falls 5% is an
    11.65% loss at home.

    >>> round(in_home_currency(-0.07, -0.05), 4)
    -0.1165
    """
    r = finite("return_usd", return_usd, "The dollar return")
    d = finite("dollar_change", dollar_change, "The dollar's move")
    return as_output((1 + r) * (1 + d) - 1)


def _corr_matrix(corr) -> np.ndarray:
    c = finite("corr", corr, "A correlation")
    if c.ndim != 2 or c.shape[0] != c.shape[1]:
        raise InputError("corr", "not_square", "The correlation matrix must be square.")
    if not np.allclose(c, c.T, atol=1e-12):
        raise InputError("corr", "not_symmetric", "The correlation matrix must be symmetric.")
    if not np.allclose(np.diag(c), 1.0, atol=1e-12):
        raise InputError("corr", "diagonal", "Each asset's correlation with itself must be 1.")
    if np.linalg.eigvalsh(c).min() < -1e-10:
        raise InputError(
            "corr",
            "not_psd",
            "These correlations cannot all hold at once (not positive semi-definite).",
        )
    return c


def portfolio_volatility(weights, vols, corr) -> float:
    """Volatility of a portfolio: sqrt(w' Sigma w), Sigma = diag(vols) corr diag(vols).

    Parameters
    ----------
    weights : fractions, one per asset, summing to 1 (shorts allowed).
    vols : each asset's volatility, decimals per year, >= 0.
    corr : the correlation matrix: square, symmetric, ones on the diagonal,
        eigenvalues >= 0 (else ``ValueError``).

    Example
    -------
    60% stocks (vol 16%), 40% bonds (vol 6%), correlation -0.2:
    variance = 0.6^2 x 0.16^2 + 0.4^2 x 0.06^2 + 2 x 0.6 x 0.4 x (-0.2) x 0.16 x 0.06
             = 0.009216 + 0.000576 - 0.00092160 = 0.0088704; volatility 9.42%.

    >>> round(portfolio_volatility([0.6, 0.4], [0.16, 0.06], [[1, -0.2], [-0.2, 1]]), 4)
    0.0942
    """
    w = finite("weights", weights, "A weight")
    v = non_negative("vols", vols, "A volatility")
    if w.ndim != 1 or v.shape != w.shape:
        raise InputError("weights", "shape", "Give one weight and one volatility per asset.")
    if abs(w.sum() - 1) > 1e-9:
        raise InputError("weights", "not_one", "The weights must add up to 100%.")
    c = _corr_matrix(corr)
    if c.shape[0] != w.shape[0]:
        raise InputError("corr", "shape", "The correlation matrix must have one row per asset.")
    sigma = np.outer(v, v) * c
    return float(np.sqrt(max(float(w @ sigma @ w), 0.0)))


def stress_loss(weights, shocks) -> float:
    """Portfolio return in a scenario: the weighted sum of each asset's shock (decimals).

    >>> round(stress_loss([0.6, 0.3, 0.1], [-0.10, -0.05, 0.02]), 4)
    -0.073
    """
    w = finite("weights", weights, "A weight")
    s = finite("shocks", shocks, "A shock")
    if s.shape != w.shape:
        raise InputError("shocks", "shape", "Give one shock per asset.")
    return float(w @ s)
