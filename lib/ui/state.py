"""Language and URL state: the app's one mechanism for what the address bar holds.

Every control seeds itself from the URL the first time it renders in a session and
then writes the URL back through a hidden marker (:func:`url_marker`), which the page
watch (page_watch.js) applies after the figures are painted. The language selector,
the glossary's search and every lab control use it; nothing calls ``bind="query-params"``
or writes ``st.query_params``. docs/architecture.md, "URL state", gives the measurements.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path

import streamlit as st

from lib import content, i18n, urlstate
from lib.labs import spec as labspec

LANG_KEY = urlstate.LANG_KEY
PAGE_WATCH = Path(__file__).with_name("page_watch.js")
APP_CSS = Path(__file__).with_name("app.css")


@lru_cache(maxsize=1)
def language_names() -> dict[str, str]:
    """Each language's name in its own script (the selector's labels)."""
    return content.load_toml("languages.toml")["name"]


def query_value(key: str) -> str | None:
    """The raw URL value of ``key`` (the last one if repeated), or None."""
    values = st.query_params.get_all(key)
    return values[-1] if values else None


def url_marker(changed: dict[str, str], unset: list[str]) -> None:
    """A hidden marker asking the page watch to set ``changed`` and drop ``unset``."""
    st.html(
        f'<span class="dollar-lab-url" data-set="{html.escape(json.dumps(changed))}" '
        f'data-unset="{html.escape(json.dumps(unset))}" hidden></span>'
    )


@lru_cache(maxsize=1)
def _app_css() -> str:
    return APP_CSS.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _page_watch_script() -> str:
    return f"<script>{PAGE_WATCH.read_text(encoding='utf-8')}</script>"


def embedded() -> bool:
    """True inside an ``<iframe>`` opened with ``?embed=true`` (Streamlit's embed mode)."""
    try:
        return bool(st.context.is_embedded)
    except (AttributeError, RuntimeError):
        return False


def mode() -> urlstate.Mode:
    """The instructor's parameters of this page's URL (view, lab, lock, narrative)."""
    from lib.labs import LABS  # imported here: lib.labs loads every lab module

    return urlstate.read_mode(query_value, LABS, _control_keys())


@lru_cache(maxsize=1)
def _control_keys() -> frozenset[str]:
    from lib.labs import LABS

    return frozenset(c.key for lab in LABS for c in labspec.controls(lab))


def bare() -> bool:
    """No menu: the lab-only view, or any view inside a course page's iframe."""
    return mode().lab_only or embedded()


def language_selector(sidebar: bool = True) -> str:
    """The one language selector, kept in step with ``?lang=`` in the URL; returns the code.

    Precedence: a language in the URL (short code, region tag such as ``zh-TW``, or a
    language's own name), then the reader's earlier choice this session (a page switch
    drops the old page's parameters), then the browser locale. An unknown value falls
    back and says so. The address bar always carries the short code (``?lang=zh-Hant``),
    so a link copied from it opens in the same language.
    """
    names = language_names()
    by_name = {name: code for code, name in names.items()}
    raw = query_value(LANG_KEY)
    asked = None if raw is None else (i18n.normalise_lang(raw) or by_name.get(raw.strip()))
    # The URL wins when it has changed since the last run to a language other than the
    # one the app last wrote there (a link, Back); otherwise the selector does, since
    # the address bar follows it only once the page is painted.
    changed = raw != st.session_state.get("_lang_raw", "")
    if asked is not None and changed and asked != st.session_state.get("_lang_written"):
        st.session_state[LANG_KEY] = asked
    st.session_state["_lang_raw"] = raw
    if st.session_state.get(LANG_KEY) not in i18n.LANGS:
        st.session_state[LANG_KEY] = i18n.lang_from_locale(st.context.locale)
    if not sidebar:  # embedded: no sidebar at all; the link's language decides
        lang = st.session_state[LANG_KEY]
        st.session_state["_lang_written"] = lang
        if raw is not None and asked is None:
            t = content.translator(lang)
            st.toast(t("notice.bad_lang", value=content.escape_markdown(raw[:40])))
        _document_language(lang)
        return lang
    t = content.translator(st.session_state[LANG_KEY])
    # A radio group rather than a select box: all three choices in view, one click or
    # arrow key to switch, and none of the select box's code to load on every page.
    lang = st.sidebar.radio(
        t("lang.label"),
        options=i18n.LANGS,
        format_func=names.__getitem__,
        key=LANG_KEY,
        help=t("lang.help"),
    )
    st.session_state["_lang_written"] = lang
    t = content.translator(lang)
    st.sidebar.caption(t("footer.short"))
    if raw is not None and asked is None:
        st.toast(t("notice.bad_lang", value=content.escape_markdown(raw[:40])), icon="\u26a0\ufe0f")
    _document_language(lang)
    return lang


def _document_language(lang: str) -> None:
    """The language's marker: ``<html lang>`` for screen readers and translation prompts
    (Streamlit fixes it at ``en``) and ``?lang=`` in the address bar; the CJK face of
    the language's script (``--dollar-lab-cjk``, read by the theme's font in
    .streamlit/config.toml) and the app's few style rules (app.css: visible focus);
    with them, once per tab, the page watch that applies every marker."""
    cjk = i18n.cjk_fonts(lang)
    st.html(
        f"<style>:root{{--dollar-lab-cjk:{cjk}}}\n{_app_css()}</style>"
        f'<span class="dollar-lab-lang dollar-lab-url" data-lang="{lang}" '
        f'data-set="{html.escape(json.dumps({LANG_KEY: lang}))}" data-unset="[]" hidden>'
        f"</span>{_page_watch_script()}",
        unsafe_allow_javascript=True,
    )


def current_lang() -> str:
    """The language chosen in the entry point (English before it has run)."""
    lang = st.session_state.get(LANG_KEY, i18n.DEFAULT_LANG)
    return lang if lang in i18n.LANGS else i18n.DEFAULT_LANG


def tr() -> content.Translator:
    """The translator for the current language."""
    return content.translator(current_lang())


KEPT = "_dollar_lab_kept"  # session key: every control's last value, kept across pages


def _kept() -> dict:
    return st.session_state.setdefault(KEPT, {})


def seed(control: labspec.Control) -> bool:
    """Give a control its first value on this visit to its page.

    A value in the URL wins if it can be used (a shared link, Back); otherwise the
    value the learner left it at earlier in this session (Streamlit forgets a widget's
    value once its page is left, so a visit to the glossary would reset the lab);
    otherwise the default. Runs only while the control has no value, so a slider move
    is never undone by the URL. Returns True when the URL held a value that cannot be
    used.
    """
    if control.key in st.session_state:
        return False
    raw = query_value(control.key)
    from_url = control.parse(raw)
    kept = _kept().get(control.key)  # the widget's own earlier value, so a valid one
    value = from_url if from_url is not None else control.default if kept is None else kept
    # a select slider (Control.signed) can show only a value of its grid
    st.session_state[control.key] = control.snap(value) if control.signed else value
    return raw is not None and from_url is None


def lock(control: labspec.Control) -> None:
    """Hold a locked control (``?lock=<key>``) at its linked value, or its default when the
    link gives none it can use, on every run: a locked control cannot be moved, reset or
    set by a preset, and survives a language switch."""
    value = control.parse(query_value(control.key))
    value = control.default if value is None else value
    st.session_state[control.key] = control.snap(value) if control.signed else value


def seed_text(key: str, max_chars: int) -> None:
    """Seed a text input (the glossary's search) from the URL, or the text left in it
    earlier this session, cut to ``max_chars``."""
    if key not in st.session_state:
        raw = query_value(key)
        st.session_state[key] = (raw if raw is not None else _kept().get(key, ""))[:max_chars]


def text_marker(key: str, value: str) -> None:
    """Keep ``?<key>=`` equal to a text input's value (dropped when empty)."""
    _kept()[key] = value
    url_marker({key: value}, []) if value else url_marker({}, [key])


def lab_marker(lab: str) -> None:
    """Keep the address bar in step with ``lab``'s controls: those away from their
    defaults are set, those at their defaults dropped. The values are also kept for
    the next visit to the page (:func:`seed`)."""
    defaults = labspec.defaults(lab)
    values = {k: st.session_state.get(k, d) for k, d in defaults.items()}
    _kept().update(values)
    url_marker(*urlstate.marker_diff(values, defaults))


def shown_values(lab: str) -> dict[str, float | str]:
    """The controls' current values as displayed (for links), defaults where unset."""
    return {k: st.session_state.get(k, d) for k, d in labspec.defaults(lab).items()}
