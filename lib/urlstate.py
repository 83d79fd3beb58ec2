"""URL state, the pure part: how control values appear in a link and in the address bar.

Every control (lab sliders and choices, the glossary's search, the language) is a URL
parameter with a fixed English name. The page writes the address bar through hidden
markers that one observer applies (lib/ui/page_watch.js); this module decides what a
marker says and what a shared link holds. No Streamlit import. docs/architecture.md,
"URL state", says why markers and not ``bind="query-params"``.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
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
    base: str,
    lang: str,
    values: Mapping[str, object],
    embed: bool = False,
    extra: Mapping[str, str] | Iterable[tuple[str, str]] = (),
    anchor: str | None = None,
) -> str:
    """A link to ``base`` that reproduces this view: language, every control, the
    instructor's parameters (``extra``), embed mode, and ``#anchor`` to open at a lab.

    >>> share_url("http://h/x", "zh-Hant", {"spot": 150.0, "tenor": 6}, embed=True)
    'http://h/x?lang=zh-Hant&spot=150&tenor=6&embed=true'
    >>> share_url("http://h/x", "en", {}, extra={"lock": "a,b"}, anchor="home_cip")
    'http://h/x?lang=en&lock=a%2Cb#home_cip'
    """
    params: dict[str, str] = {LANG_KEY: lang}
    for key, value in values.items():
        params[key] = param(value)
    params.update(extra)
    if embed:
        params["embed"] = "true"
    return f"{base}?{urlencode(params)}" + (f"#{anchor}" if anchor else "")


def iframe(src: str, title: str, height: int) -> str:
    """The ``<iframe>`` snippet for a course page: every attribute escaped, a ``title``
    for screen readers, a height that fits what it shows, loaded only when scrolled to.

    >>> snippet = iframe("http://h/x?a=1&b=2", 'Lab "1" <b>', 640)
    >>> snippet[:72]
    '<iframe src="http://h/x?a=1&amp;b=2" title="Lab &quot;1&quot; &lt;b&gt;"'
    >>> snippet[72:]
    ' width="100%" height="640" loading="lazy" style="border:0"></iframe>'
    """
    return (
        f'<iframe src="{html.escape(src, quote=True)}" title="{html.escape(title, quote=True)}" '
        f'width="100%" height="{int(height)}" loading="lazy" style="border:0"></iframe>'
    )


# ---------------------------------------------------------------------------
# The instructor's parameters: which view, which controls are locked, narrative on/off
# ---------------------------------------------------------------------------

VIEW_KEY = "view"  # ``view=lab``: one lab alone (with ``lab=<id>``)
LAB_KEY = "lab"
LOCK_KEY = "lock"  # ``lock=<key>,<key>``: those controls shown disabled at their values
NARRATIVE_KEY = "narrative"  # ``narrative=off``: a story page without its narrative
#: Parameters a view keeps through a language switch and puts in its share links.
INSTRUCTOR_KEYS = (VIEW_KEY, LAB_KEY, LOCK_KEY, NARRATIVE_KEY)
_MAX_ECHO = 40  # characters of a hand-edited value a notice quotes back
_MAX_LOCKS = 50  # keys of a ``lock=`` list looked at; the rest are ignored


@dataclass(frozen=True)
class Mode:
    """What the instructor's parameters ask of a page, read from its URL.

    ``lab``: the lab shown alone (``view=lab&lab=<id>``), or None for the whole page.
    ``locks``: control keys shown disabled at their linked values. ``narrative``: False
    for ``narrative=off``. The ``bad_*`` fields hold what could not be used, cut to a
    length a notice can quote: an unknown lab id or ``view`` value, unknown lock keys.
    """

    lab: str | None = None
    locks: frozenset[str] = frozenset()
    narrative: bool = True
    bad_lab: str | None = None
    bad_view: str | None = None
    bad_locks: tuple[str, ...] = ()

    @property
    def lab_only(self) -> bool:
        return self.lab is not None

    def params(self, lab: str | None = None) -> dict[str, str]:
        """The parameters a share link carries for this mode: locks and narrative for
        both views, and ``view=lab&lab=<lab>`` when ``lab`` is given.

        >>> Mode(locks=frozenset({"tenor", "spot"}), narrative=False).params("home_cip")
        {'view': 'lab', 'lab': 'home_cip', 'lock': 'spot,tenor', 'narrative': 'off'}
        """
        out: dict[str, str] = {}
        if lab is not None:
            out[VIEW_KEY], out[LAB_KEY] = "lab", lab
        if self.locks:
            out[LOCK_KEY] = ",".join(sorted(self.locks))
        if not self.narrative:
            out[NARRATIVE_KEY] = "off"
        return out


def _echo(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= _MAX_ECHO else value[: _MAX_ECHO - 1] + "\u2026"


def read_mode(
    get: Callable[[str], str | None], labs: Collection[str], control_keys: Collection[str]
) -> Mode:
    """The :class:`Mode` of a URL whose parameter ``key`` has the value ``get(key)``.

    ``labs`` are the lab ids that can be shown alone, ``control_keys`` the controls that
    can be locked. Values are compared without surrounding spaces and case (``View=LAB``
    is not a parameter, but ``view=Lab`` is the lab view); anything else is kept, cut
    short, in a ``bad_*`` field for the notice, and otherwise ignored.

    >>> q = {"view": "lab", "lab": "home_cip", "lock": "spot, nope,spot"}.get
    >>> m = read_mode(q, {"home_cip"}, {"spot", "tenor"})
    >>> m.lab, sorted(m.locks), m.bad_locks, m.narrative
    ('home_cip', ['spot'], ('nope',), True)
    >>> read_mode({"view": "lab", "lab": "x<y>"}.get, {"home_cip"}, set()).bad_lab
    'x<y>'
    """
    lab = bad_lab = bad_view = None
    view = (get(VIEW_KEY) or "").strip()
    if view.lower() == "lab":
        wanted = (get(LAB_KEY) or "").strip()
        if wanted in labs:
            lab = wanted
        else:
            bad_lab = _echo(wanted) or "\u2014"
    elif view and view.lower() != "page":
        bad_view = _echo(view)
    locks: list[str] = []
    bad: list[str] = []
    for key in (get(LOCK_KEY) or "").split(",")[:_MAX_LOCKS]:
        key = key.strip()
        if not key:
            continue
        target = locks if key in control_keys else bad
        if key not in target and _echo(key) not in target:
            target.append(key if target is locks else _echo(key))
    narrative = (get(NARRATIVE_KEY) or "").strip().lower() not in {"off", "false", "0", "no"}
    return Mode(lab, frozenset(locks), narrative, bad_lab, bad_view, tuple(bad))
