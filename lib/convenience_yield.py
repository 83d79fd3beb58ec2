"""Covered interest parity and the dollar's convenience yield.

Conventions (see DESIGN.md section 5):

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

import numpy as np
import numpy.typing as npt

from lib.errors import finite, positive

ArrayLike = float | npt.ArrayLike

#: |convenience yield| above this many basis points is far outside the range
#: observed for G10 currencies since 2008 (tens of basis points), so the UI flags it.
IMPLAUSIBLE_BP = 300.0


def _out(x: np.ndarray) -> float | np.ndarray:
    return float(x) if np.ndim(x) == 0 else x


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
    return _out(np.log(f / s) / t)


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
    return _out(r_f - np.asarray(forward_premium(spot, forward, years)))


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
    return _out(np.asarray(synthetic_usd_rate(foreign_rate, spot, forward, years)) - r_usd)


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
    return _out(s * np.exp((r_f - r_usd) * t))


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
