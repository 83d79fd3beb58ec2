"""Defending the won: the forward, the cost of hedging, the pension fund's hedge, pass-through.

Conventions (see docs/architecture.md, section 5):

* Exchange rates are won per US dollar (USD/KRW 1,470 means 1,470 won buy a dollar);
  a *higher* number is a *weaker* won.
* Interest rates are decimals per year, simple (money-market) interest over the tenor:
  the forward here is the textbook money-market forward, not the continuously
  compounded one of ``lib.convenience_yield`` (for three months they differ by a few
  hundredths of a won).
* Tenors in years; money in US dollars; shares and ratios as decimals.

Every function accepts scalars or numpy arrays (broadcast together) and raises
``lib.errors.InputError`` (a ``ValueError``) naming the field on impossible input.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from lib.errors import InputError, as_output, finite, non_negative, positive, share

ArrayLike = float | npt.ArrayLike


def _rate(field: str, value, what: str) -> np.ndarray:
    r = finite(field, value, what)
    if np.any(r <= -1):
        raise InputError(field, "rate_below_minus_one", f"{what} must be above -100%.")
    return r


def forward_rate(
    spot: ArrayLike, krw_rate: ArrayLike, usd_rate: ArrayLike, years: ArrayLike
) -> float | np.ndarray:
    """Money-market forward USD/KRW: spot x (1 + r_KRW x tau) / (1 + r_USD x tau).

    Covered interest parity with simple interest: a won deposit and a dollar deposit
    swapped back at the forward pay the same. When won rates are below dollar rates
    the forward is below spot (fewer won per dollar in the future).

    Parameters
    ----------
    spot : won per US dollar, > 0.
    krw_rate, usd_rate : decimals per year (> -1).
    years : tenor, > 0.

    Example
    -------
    Spot 1,470, won rate 2.50%, dollar rate 4.50% (a gap of 2 percentage points),
    one year: 1,470 x 1.025 / 1.045 = 1,441.87 won per dollar, 28.13 won below spot.

    >>> round(forward_rate(1470.0, 0.025, 0.045, 1.0), 2)
    1441.87
    """
    s = positive("spot", spot, "The spot exchange rate")
    t = positive("tenor", years, "The tenor")
    r_k = _rate("krw_rate", krw_rate, "The won interest rate")
    r_u = _rate("usd_rate", usd_rate, "The dollar interest rate")
    return as_output(s * (1 + r_k * t) / (1 + r_u * t))


def forward_points(spot: ArrayLike, forward: ArrayLike) -> float | np.ndarray:
    """Forward points in won: forward - spot (negative when the forward is below spot).

    >>> round(forward_points(1470.0, 1441.87), 2)
    -28.13
    """
    s = positive("spot", spot, "The spot exchange rate")
    f = positive("forward", forward, "The forward exchange rate")
    return as_output(f - s)


def hedge_return(spot: ArrayLike, forward: ArrayLike, years: ArrayLike) -> float | np.ndarray:
    """Annualised gain of selling dollars forward for a won-based holder of dollar assets.

    (forward / spot - 1) / tau: the holder converts dollars back into won at the
    forward instead of at today's spot. Negative is a cost: with won rates below
    dollar rates the forward is below spot, so hedging gives up about the rate gap.

    Example
    -------
    Spot 1,470, one-year forward 1,441.87: (1,441.87 / 1,470 - 1) / 1 = -1.91% a year,
    close to the 2-point rate gap (exactly (r_KRW - r_USD) / (1 + r_USD x tau)).

    >>> round(hedge_return(1470.0, 1441.87, 1.0) * 100, 2)
    -1.91
    """
    s = positive("spot", spot, "The spot exchange rate")
    f = positive("forward", forward, "The forward exchange rate")
    t = positive("tenor", years, "The tenor")
    return as_output((f / s - 1) / t)


def hedge_supply_usd(overseas_assets_usd: ArrayLike, hedge_ratio: ArrayLike) -> float | np.ndarray:
    """US dollars a fund sells forward to hedge ``hedge_ratio`` of its overseas assets.

    Example
    -------
    545 billion dollars of overseas assets, 5% hedged: 27.25 billion dollars.

    >>> hedge_supply_usd(545e9, 0.05) / 1e9
    27.25
    """
    a = non_negative("overseas_assets", overseas_assets_usd, "The overseas assets")
    h = share("hedge_ratio", hedge_ratio, "The hedge ratio")
    return as_output(a * h)


def toy_exchange_rate(
    start: ArrayLike,
    outflow_usd: ArrayLike,
    hedge_usd: ArrayLike,
    depth_usd_per_pct: ArrayLike,
) -> float | np.ndarray:
    """The pension-fund lab's toy USD/KRW: net dollar demand moves the rate along a
    market of constant depth.

    rate = start x (1 + (outflow - hedge) / depth / 100): every ``depth`` dollars of
    net demand for dollars weakens the won by 1%; dollars sold forward by the fund
    (which the banks on the other side cover by selling dollars spot) count as supply.
    Both are flows over the same period, the one in which the fund puts the hedges on
    (say a quarter): ``outflow`` is the net demand of that period and ``hedge`` the
    hedges added in it, counted from none. A smaller ``hedge`` is the fund taking hedges
    off: the supply goes and the rate rises. The app's assumption, not an estimate.

    >>> round(toy_exchange_rate(1470.0, 30e9, 0.0, 10e9), 1)
    1514.1
    >>> round(toy_exchange_rate(1470.0, 30e9, 27.25e9, 10e9), 1)
    1474.0
    """
    s = positive("spot", start, "The starting exchange rate")
    out = finite("outflow", outflow_usd, "The outflow")
    h = finite("hedge", hedge_usd, "The hedge")
    d = positive("depth", depth_usd_per_pct, "The market depth")
    rate = s * (1 + (out - h) / d / 100)
    if np.any(rate <= 0):
        raise InputError("depth", "not_positive", "The market is too thin for this flow.")
    return as_output(rate)


def depreciation(before: ArrayLike, now: ArrayLike) -> float | np.ndarray:
    """The dollar's rise in the local currency: the rise in units per dollar over the
    start, now / before - 1 (negative: the dollar got cheaper). It is how much more a
    dollar-priced good costs in won, what a pass-through acts on.

    It is *not* the won's own fall, which is :func:`won_change`, before / now - 1: the
    same move is a different percentage seen from each side, because each divides by
    its own starting value.

    Example
    -------
    USD/KRW from 1,350 to 1,470 won per dollar: the dollar rises 1,470 / 1,350 - 1 =
    +8.9% (a dollar costs 120 won more on 1,350), while the won loses 1,350 / 1,470 - 1
    = -8.2% of its dollar value (a won buys 1/1,470 of a dollar instead of 1/1,350).

    >>> round(depreciation(1350.0, 1470.0), 4), round(won_change(1350.0, 1470.0), 4)
    (0.0889, -0.0816)
    """
    b = positive("before", before, "The starting exchange rate")
    n = positive("now", now, "The exchange rate now")
    return as_output(n / b - 1)


def won_change(before: ArrayLike, now: ArrayLike) -> float | np.ndarray:
    """The local currency's own change, in dollars per unit: before / now - 1 (negative:
    it got weaker, positive: stronger). It is also the change in what a local income
    buys in dollars. 1,350 -> 1,470 won per dollar: 1,350 / 1,470 - 1 = -8.2%; 1,350 ->
    1,800: -25%; 1,470 -> 1,200: +22.5%.

    >>> [round(won_change(1350.0, r), 4) for r in (1470.0, 1800.0)]
    [-0.0816, -0.25]
    """
    b = positive("before", before, "The starting exchange rate")
    n = positive("now", now, "The exchange rate now")
    return as_output(b / n - 1)


def pass_through_inflation(depreciation: ArrayLike, coefficient: ArrayLike) -> float | np.ndarray:
    """Rise in the consumer price level from a fall in the currency (decimals).

    depreciation x coefficient: dollar-priced goods 10% dearer in won (0.10) with a
    pass-through of 0.1 raise consumer prices by 1% (0.01). ``depreciation`` is the
    rise in won per dollar as a fraction of the starting rate (:func:`depreciation`;
    negative: the won got stronger).

    >>> round(pass_through_inflation(0.10, 0.1), 4)
    0.01
    """
    d = finite("depreciation", depreciation, "The depreciation")
    c = share("coefficient", coefficient, "The pass-through coefficient")
    return as_output(d * c)


def income_in_dollars(income_local: ArrayLike, rate_local_per_usd: ArrayLike) -> float | np.ndarray:
    """What an income in local currency buys in US dollars at an exchange rate.

    income / rate: ``income_local`` in won (or any local currency), ``rate_local_per_usd``
    in won per dollar, the result in US dollars. A higher rate (a weaker won) buys fewer
    dollars of dollar-priced goods.

    Example
    -------
    A monthly income of 3,000,000 won buys 3,000,000 / 1,350 = 2,222.22 dollars at
    1,350 won per dollar, and 3,000,000 / 1,470 = 2,040.82 at 1,470.

    >>> [round(income_in_dollars(3_000_000.0, rate), 2) for rate in (1350.0, 1470.0)]
    [2222.22, 2040.82]
    """
    i = non_negative("income", income_local, "The income")
    r = positive("rate", rate_local_per_usd, "The exchange rate")
    return as_output(i / r)


def exporter_margin(
    price_usd: ArrayLike, cost_local: ArrayLike, rate_local_per_usd: ArrayLike
) -> float | np.ndarray:
    """Operating margin of an exporter selling in dollars with costs in local currency.

    margin = 1 - cost / (price x rate). A stronger local currency (a lower rate)
    squeezes it. Used for the Taiwan contrast case.

    >>> [round(exporter_margin(100.0, 2700.0, rate), 3) for rate in (30.0, 29.0)]
    [0.1, 0.069]
    """
    p = positive("price", price_usd, "The dollar price")
    c = finite("cost", cost_local, "The local cost")
    r = positive("rate", rate_local_per_usd, "The exchange rate")
    return as_output(1 - c / (p * r))
