"""The exercises under a lab's results: a goal, a check against the live model, a hint.

The lab runner (lib/ui/runner.py) calls :func:`exercises` inside its fragment after the
lab's results, with the controls' current values. The exercises, their checks and their
words are pure (lib/exercises.py, content/exercises.toml); this module only draws them.

Cheap on every rerun, since the fragment redraws at each slider move: a lab without
exercises draws nothing; each exercise is a bordered box with its goal, a button and a
hint toggle. The verdict is computed only after the button is pressed, and only while
the controls still hold the values it was checked at: once a control moves, the box
asks for a new check instead of showing a verdict about other values.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from lib import content
from lib import exercises as ex_lib
from lib.ui import state

CHECKED = "_dollar_lab_exercise_checked"  # session key: exercise id -> values checked


def _markdown(text: str) -> str:
    """Content text (ours, with formatted numbers) for ``st.markdown``: a dollar sign
    would open LaTeX ("US$5.2 trillion ... US$72 billion"), so it is escaped."""
    return text.replace("$", "\\$")


def _snapshot(values: Mapping[str, object]) -> tuple:
    return tuple(sorted((k, values[k]) for k in values))


def _checked() -> dict:
    return st.session_state.setdefault(CHECKED, {})


def _one(ex: ex_lib.Exercise, values: Mapping[str, object], lang: str) -> None:
    ui = ex_lib.ui_strings(lang)
    with st.container(border=True, key=f"exercise_box_{ex.id}"):
        st.markdown(f":material/flag: **{ui['heading']}** {_markdown(ex.goal)}")
        with st.container(horizontal=True, gap="small"):
            pressed = st.button(ui["check"], key=f"exercise_{ex.id}", icon=":material/task_alt:")
            hint = st.toggle(ui["hint"], key=f"exercise_hint_{ex.id}")
        if hint:
            st.caption(f":material/lightbulb: {_markdown(ex.hint)}")
        now = _snapshot(values)
        if pressed:
            _checked()[ex.id] = now
        checked = _checked().get(ex.id)
        if checked is None:
            return
        if checked != now:
            st.caption(ui["changed"])
            return
        verdict = ex_lib.check(ex, values, lang)
        # ``why`` quotes values a URL may have set: shown as text, never as Markdown
        why = content.escape_markdown(verdict.why)
        if verdict.met:
            st.success(f"**{ui['met']}** {why}", icon=":material/check_circle:")
            st.markdown(f"**{ui['explanation']}** {_markdown(ex.explanation)}")
        else:
            st.warning(f"**{ui['not_yet']}** {why}", icon=":material/pending:")


def exercises(lab_id: str, values: Mapping[str, object]) -> None:
    """Draw the exercises of lab ``lab_id`` (none for most labs) for ``values``, the
    controls' current values in shown units, as ``controls`` in lib/ui/runner.py returns
    them. Call it inside the lab's fragment, after the results."""
    lang = state.current_lang()
    items = ex_lib.for_lab(lab_id, lang)
    for ex in items:
        _one(ex, values, lang)
