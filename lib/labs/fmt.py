"""The number words the labs' ``present`` functions share: named forms of
:func:`lib.content.format_value` for the units labs compute in (decimals), so no lab
module keeps its own percent or basis-point helper. Pure (no Streamlit).
"""

from __future__ import annotations

from lib import content

BP = 1e4  # basis points per unit of a decimal rate
PCT = 100  # percent per unit of a decimal


def pct(x: float, lang: str, places: int = 2, signed: bool = False) -> str:
    """A decimal as a percentage (0.0415 -> "4.15%"); a value that shows as zero has no
    sign (the formatter's rule).

    >>> pct(0.0415, "en"), pct(-0.00001, "en", 1, signed=True)
    ('4.15%', '0.0%')
    """
    return content.format_value(x, "pct", lang, places, signed=signed)


def bp(x: float, lang: str, places: int = 1, signed: bool = True) -> str:
    """A decimal spread in basis points (0.0015 -> "+15.0 bp").

    >>> bp(0.0015, "en")
    '+15.0 bp'
    """
    return content.format_value(x * BP, "bp", lang, places, signed=signed)


def fine_pct(x: float, lang: str, signed: bool = False) -> str:
    """A percentage with two places, or up to four when two would show a change as 0
    (a price change of 0.003% is not "0.00%").

    >>> fine_pct(0.00003, "en"), fine_pct(0.0123, "en")
    ('0.003%', '1.23%')
    """
    places = 2
    while places < 4 and x != 0 and round(abs(x) * PCT, places) == 0:
        places += 1
    return pct(x, lang, places, signed=signed)
