"""Worked examples the narrative quotes: ``{calc:<example>.<figure>}``.

A lesson that walks through a calculation shows numbers that a function computes, not
numbers typed into the text, so the prose and the lab can never disagree. Each example
is a pure function over facts (:func:`cy_example`) that calls the same model function
the lab uses, plus the words each figure is shown with (:func:`words`).
:func:`lib.content.fill` resolves the placeholders; :data:`EXAMPLES` names, for each
example, the facts it reads, so a page's as-of line covers them.

Pure: no Streamlit.
"""

from __future__ import annotations

from lib import content
from lib import convenience_yield as cy

BP = 1e4  # basis points per unit of a decimal rate

#: The facts of the dollar convenience-yield example: the home lab's starting values
#: (content/labs.toml, ``[home_cip]``, names each as a slider's default).
CY_FACTS = ("lab_usdjpy_spot", "lab_usdjpy_forward", "lab_usd_rate", "lab_jpy_rate", "lab_tenor")


def cy_example() -> dict[str, float]:
    """The dollar convenience yield at the home lab's starting values, in model units.

    Computed by :func:`lib.convenience_yield.route_breakdown`, the function the home lab
    (``home_cip``) calls. ``rho`` is the forward premium ln(F/S)/tau; ``synthetic`` the
    yen rate minus rho; ``cy`` synthetic minus the dollar rate (decimals a year).

    >>> ex = cy_example()
    >>> round(ex["rho"] * 100, 2), round(ex["synthetic"] * 100, 2), round(ex["cy"] * 1e4, 1)
    (-3.76, 4.26, 26.0)
    """
    spot, forward, usd_rate, jpy_rate, tenor = (content.fact_value(k) for k in CY_FACTS)
    b = cy.route_breakdown(usd_rate, jpy_rate, spot, forward, tenor)
    return {
        "spot": spot,
        "forward": forward,
        "usd_rate": usd_rate,
        "jpy_rate": jpy_rate,
        "tenor": tenor,
        "rho": -b["hedge"],
        "synthetic": b["synthetic"],
        "cy": b["cy"],
    }


def cy_example_words(lang: str) -> dict[str, str]:
    """:func:`cy_example` in the reader's words, formatted as the home lab shows them
    (the convenience yield signed, in basis points with one place)."""
    ex = cy_example()
    return {
        "spot": content.format_value(ex["spot"], "jpy_per_usd", lang, 2),
        "forward": content.format_value(ex["forward"], "jpy_per_usd", lang, 2),
        "usd_rate": content.format_value(ex["usd_rate"], "pct", lang, 2),
        "jpy_rate": content.format_value(ex["jpy_rate"], "pct", lang, 2),
        "tenor": content.format_value(round(ex["tenor"] * 12), "months", lang),
        "rho": content.format_value(ex["rho"], "pct", lang, 2),
        "minus_rho": content.format_value(-ex["rho"], "pct", lang, 2),
        "synthetic": content.format_value(ex["synthetic"], "pct", lang, 2),
        "cy": content.format_value(ex["cy"] * BP, "bp", lang, 1, signed=True),
    }


#: example name -> (the facts it reads, its words in a language)
EXAMPLES = {"cy_example": (CY_FACTS, cy_example_words)}


def words(key: str, lang: str) -> str:
    """The words of one figure, ``key`` = ``"<example>.<figure>"``; an unknown example or
    figure raises :class:`lib.content.ContentError`.

    >>> words("cy_example.cy", "en")
    '+26.0 bp'
    """
    example, _, figure = key.partition(".")
    try:
        return EXAMPLES[example][1](lang)[figure]
    except KeyError:
        raise content.ContentError(f"No worked-example figure {key!r}.") from None


def facts_of(key: str) -> tuple[str, ...]:
    """The facts the example of ``key`` (``"<example>.<figure>"``) reads."""
    example = key.partition(".")[0]
    try:
        return EXAMPLES[example][0]
    except KeyError:
        raise content.ContentError(f"No worked example {example!r}.") from None
