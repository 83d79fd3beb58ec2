"""What a lab shows, as plain data: the output of a lab's ``present``.

Pure (no Streamlit). The runner (lib/ui/runner.py) turns a :class:`View` into
Streamlit elements; everything in it is already translated and formatted, so what a
learner reads can be tested without a browser or AppTest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from lib.content import format_number

METRIC_WIDTH = 205  # px: the narrowest metric box (two fit side by side in a results column)
METRIC_MAX = 440  # px: one results column


@dataclass(frozen=True)
class Metric:
    """A headline figure: translated label, formatted value, what it means."""

    label: str
    value: str
    help: str | None = None


@dataclass(frozen=True)
class Table:
    """The chart's data: ``rows`` (dicts), ``columns`` (row key -> translated heading, in
    order) and ``file_stem``, the CSV's name before ``-<lang>.csv``."""

    rows: list[dict]
    columns: dict[str, str]
    file_stem: str


@dataclass(frozen=True)
class View:
    """Everything one state of a lab shows, in the reader's language.

    ``warnings`` appear under the metrics (a result that is possible but implausible),
    ``notes`` under the sentence (caveats), ``items`` as a list beside the chart (the
    stress explorer's sentence per series). ``sentence`` says in words what the chart
    shows now; the chart's text alternative points to it.
    """

    metrics: tuple[Metric, ...]
    chart: dict
    chart_title: str
    sentence: str
    table: Table
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    items: tuple[str, ...] = field(default=())
    link_home: str | None = None  # label of a link to the home lab, if the lab has one


def _text_width(text: str, px: float) -> float:
    """Rough width of ``text`` in pixels at ``px`` per Latin character (CJK about 1.8x)."""
    return sum(px * (1.8 if ord(c) > 0x2E80 else 1) for c in text)


def metric_width(m: Metric) -> int:
    """A metric box wide enough for its value and label (never cut off with an
    ellipsis), at least :data:`METRIC_WIDTH`, at most one results column.

    >>> metric_width(Metric("Gap", "+1.0 bp"))
    205
    """
    need = max(_text_width(m.value, 19) + 40, _text_width(m.label, 6.8) + 50)
    return int(min(max(METRIC_WIDTH, need), METRIC_MAX))


def column_decimals(values) -> int:
    """Decimal places for a table column: three significant figures for its largest
    number, at most four places (1512.0971 -> 0 places; 0.04213 -> 4).

    >>> column_decimals([1512.0971, 1400.0]), column_decimals([0.04213, -0.01])
    (0, 4)
    """
    numbers = [abs(v) for v in values if isinstance(v, int | float) and math.isfinite(v)]
    top = max(numbers, default=0)
    if top == 0:
        return 0
    return int(min(4, max(0, 2 - math.floor(math.log10(top)))))


def shown_rows(table: Table) -> list[dict]:
    """The table's rows as a learner reads them: numbers through the same formatter as
    the text (thousands separators, a real minus sign), each column at one precision;
    headings translated. The CSV keeps the raw numbers.

    >>> t = Table([{"x": 1512.0971, "y": -0.5}], {"x": "rate", "y": "gap"}, "t")
    >>> shown_rows(t)
    [{'rate': '1,512', 'gap': '\u22120.500'}]
    """
    places = {k: column_decimals([r.get(k) for r in table.rows]) for k in table.columns}
    out = []
    for r in table.rows:
        row = {}
        for key, heading in table.columns.items():
            v = r.get(key)
            if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v):
                row[heading] = format_number(v, places[key])
            else:
                row[heading] = "" if v is None else str(v)
        out.append(row)
    return out
