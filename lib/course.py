"""The course kit, pure: what a citation says and how old a page's figures are.

No Streamlit import; the share box (lib/ui/widgets.py), the lab-only view and the
handout use these. docs/architecture.md, "The course kit".
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lib import content
from lib.version import app_version

#: Figures older than this many days get the data-age banner (the one place it is set).
STALE_AFTER_DAYS = 180


def citation(lang: str, page_title: str, lab_title: str | None, link: str, on: date) -> str:
    """ "Cite this view": app name, version, page and lab title, the date, the link, in
    ``lang``. Plain text: the share box shows it in a code block, the handout escapes it.

    >>> citation("en", "Defending the won", "The forward", "http://h/x", date(2026, 1, 5))
    'Dollar Lab (version 0.1.0), “Defending the won: The forward”. Viewed 5 January 2026. http://h/x'
    """
    t = content.translator(lang)
    title = t("cite.title", page=page_title, lab=lab_title) if lab_title else page_title
    return t(
        "cite.view",
        app=t("app.name"),
        version=app_version(),
        title=title,
        date=content.format_date(on.isoformat(), lang),
        link=link,
    )


def _last_day(iso: str) -> date:
    """The last day an as-of date covers: ``2025-12`` -> 31 December 2025."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return date(*parts)
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class DataAge:
    """The newest as-of date of a set of facts, and whether it is past the threshold."""

    newest: str  # ISO, as in facts.toml (a month or a day)
    days: int  # from the last day ``newest`` covers to ``today``
    stale: bool


def data_age(as_of: Iterable[str], today: date, threshold: int = STALE_AFTER_DAYS):
    """How old the newest of ``as_of`` (ISO dates or months) is on ``today``; None for none.

    A month counts from its last day, so a figure is never called older than it is.

    >>> data_age(["2025-11", "2025-12-12"], date(2026, 7, 1))
    DataAge(newest='2025-12-12', days=201, stale=True)
    >>> data_age(["2025-12"], date(2026, 6, 29)).stale
    False
    """
    dates = sorted(set(as_of), key=_last_day)
    if not dates:
        return None
    newest = dates[-1]
    days = (today - _last_day(newest)).days
    return DataAge(newest, days, days > threshold)
