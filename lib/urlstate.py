"""URL state, the pure part: how control values appear in a link and in the address bar.

Every control (lab sliders and choices, the glossary's search, the language) is a URL
parameter with a fixed English name. The page writes the address bar through hidden
markers that one observer applies (lib/ui/page_watch.js); this module decides what a
marker says and what a shared link holds. No Streamlit import. docs/architecture.md,
"URL state", says why markers and not ``bind="query-params"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import urlencode

LANG_KEY = "lang"  # URL parameter and widget key of the language selector


def param(value: float | int | str) -> str:
    """A value as it appears in a URL: ``153.58``, ``6``, ``-0.25``, ``covid``.

    >>> param(153.58), param(6), param(-0.25), param(1e-7), param("covid")
    ('153.58', '6', '-0.25', '1e-07', 'covid')
    """
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else repr(value)
    return str(value)


def marker_diff(
    values: Mapping[str, object], defaults: Mapping[str, object]
) -> tuple[dict[str, str], list[str]]:
    """(parameters to set, parameters to drop): a control away from its default is set,
    one at its default is dropped, so a link stays as short as the view allows.

    >>> marker_diff({"spot": 150.0, "tenor": 3}, {"spot": 153.58, "tenor": 3})
    ({'spot': '150'}, ['tenor'])
    """
    changed, unset = {}, []
    for key, default in defaults.items():
        value = values.get(key, default)
        if value == default:
            unset.append(key)
        else:
            changed[key] = param(value)
    return changed, unset


def share_url(
    base: str, lang: str, values: Mapping[str, object], embed: bool = False, extra: Iterable = ()
) -> str:
    """A link to ``base`` that reproduces this view: language, every control, embed mode.

    >>> share_url("http://h/x", "zh-Hant", {"spot": 150.0, "tenor": 6}, embed=True)
    'http://h/x?lang=zh-Hant&spot=150&tenor=6&embed=true'
    """
    params: dict[str, str] = {LANG_KEY: lang}
    for key, value in values.items():
        params[key] = param(value)
    params.update(extra)
    if embed:
        params["embed"] = "true"
    return f"{base}?{urlencode(params)}"
