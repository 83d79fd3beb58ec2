"""The one lab runner: a fragment that renders any lab of ``lib.labs.LABS``.

For the lab's id it draws, in order (docs/architecture.md, "What a lab is"):

1. presets, the controls (sliders and choices, each seeded from the URL, a notice for a
   URL value that cannot be used), a reset button and "What the controls mean";
2. ``lab.view(values, lang)``: the lab's compute and present, pure and unit-tested;
3. the message in place of figures on impossible input, or the metrics, warnings, chart,
   sentence, notes and list;
4. the exercises the live model checks (lib/ui/exercises.py), the chart's data with a
   CSV download, and the share box: links, embed snippets and a citation for this view.

It is an ``@st.fragment``, so moving a control reruns only the lab.
"""

from __future__ import annotations

from functools import lru_cache

import streamlit as st

from lib.labs import LABS
from lib.labs import spec as labspec
from lib.ui import state, widgets
from lib.ui.exercises import exercises


@lru_cache(maxsize=256)
def _shown_values(c: labspec.Control, unit: str | None) -> dict[float, str]:
    """Each value of a signed slider's grid as it is shown (per control and language)."""
    return {v: c.shown(v, unit) for v in c.grid()}


def _reset(lab: str) -> None:
    locked = state.mode().locks
    for c in labspec.controls(lab):
        if c.key not in locked:
            st.session_state[c.key] = c.default


def _apply_preset(lab: str, name: str) -> None:
    locked = state.mode().locks
    values = labspec.preset_values(lab, name)
    st.session_state.update({k: v for k, v in values.items() if k not in locked})


def _presets(lab: str, root: str) -> None:
    table = labspec.presets(lab)
    if not table:
        return
    t = state.tr()
    st.caption(t(f"{root}.presets"))
    with st.container(horizontal=True, gap="small"):
        for name, preset in table.items():
            st.button(
                t(preset["label"]),
                key=f"preset_{lab}_{name}",
                on_click=_apply_preset,
                args=(lab, name),
                help=t(f"{root}.presets_help"),
            )


def _controls_help(lab: str) -> None:
    """What each control means, in one list behind a lazy expander: one list a keyboard
    or screen-reader user can open and read through, and no hover tooltip redrawn on
    every move (about 1 ms each, bench/README.md)."""
    t = state.tr()
    box = widgets.lazy_expander(t("lab.controls_help"), f"help_{lab}", ":material/help:")
    if box is None:
        return
    pairs = [(t(c.label), t(c.help)) for c in labspec.controls(lab) if c.help]
    pairs.append((t("lab.reset"), t("lab.reset_help")))
    with box:
        st.markdown("\n".join("- " + t("lab.controls_item", label=a, help=b) for a, b in pairs))


def _choice(c: labspec.Control, root: str, disabled: bool = False):
    t = state.tr()
    value = st.segmented_control(
        t(c.label),
        c.options,
        key=c.key,
        format_func=lambda k: t(f"{root}.{k}"),
        required=True,
        disabled=disabled,
    )
    return value if value in c.options else c.default


def controls(lab: str, root: str) -> dict[str, float | str]:
    """The lab's controls; returns their values in shown units.

    Each control's key is its URL parameter: ``?forward=152.5`` opens the lab at that
    value and the address bar follows the controls. Values a hand-edited URL gets wrong
    (not a number, NaN, out of range, unknown option) are replaced by the default with
    a notice naming the control, never an error.
    """
    t = state.tr()
    specs = labspec.controls(lab)
    locked = state.mode().locks
    bad = [c for c in specs if state.seed(c)]
    if bad:
        names = t("punct.list_sep").join(t(c.label) for c in bad)
        st.warning(t("notice.bad_param", names=names), icon=":material/link_off:")
    held = [c for c in specs if c.key in locked]
    for c in held:
        state.lock(c)
    if held:
        names = t("punct.list_sep").join(t(c.label) for c in held)
        st.info(t("lab.locked", names=names), icon=":material/lock:")
    values: dict[str, float | str] = {}
    sliders = [c for c in specs if not c.is_choice]
    for c in specs:
        off = c.key in locked
        if c.is_choice:
            values[c.key] = _choice(c, root, off)
            continue
        lo, hi, step = c.bounds()
        unit = t(f"unit.{c.unit}", v="{v}") if c.unit else None
        if c.signed:  # the minus sign: written here, as sprintf cannot (Control.signed)
            values[c.key] = st.select_slider(
                t(c.label),
                options=c.grid(),
                format_func=_shown_values(c, unit).__getitem__,
                key=c.key,
                disabled=off,
            )
            continue
        values[c.key] = st.slider(
            t(c.label),
            min_value=lo,
            max_value=hi,
            step=step,
            format=c.slider_format(unit),
            key=c.key,
            disabled=off,
        )
    if any(c.key not in locked for c in sliders):
        st.button(
            t("lab.reset"),
            key=f"reset_{lab}",
            on_click=_reset,
            args=(lab,),
            icon=":material/restart_alt:",
        )
        _controls_help(lab)
    state.lab_marker(lab)
    return values


def _results(view, head) -> None:
    with head:
        widgets.metric_row(view.metrics)
    for text in view.warnings:
        st.warning(text, icon=":material/warning:")
    if view.items:
        left, right = st.columns([3, 2], gap="large")
        with left:
            widgets.chart(view.chart, view.chart_title)
        right.markdown("\n".join(f"- {item}" for item in view.items))
    else:
        widgets.chart(view.chart, view.chart_title)
    widgets.describe(view.sentence)
    for text in view.notes:
        st.caption(text)
    if view.link_home:
        widgets.page_link("home", view.link_home, icon=":material/science:")


@st.fragment
def run_lab(lab_id: str) -> None:
    """Render lab ``lab_id`` from its definition (one fragment per lab on a page)."""
    lab = LABS[lab_id]
    root = lab.strings
    choice_only = all(c.is_choice for c in lab.controls)
    if choice_only:  # the stress explorer: the choice above, results across the width
        values = controls(lab_id, root)
        results = head = st.container()
    else:
        # The headline figures first, across the lab: on a phone, where the columns
        # stack, they stay pinned in view while the learner moves a control below them
        # (app.css, "dl_head_"); on a wide screen they head the controls and the chart.
        head = st.container(key=f"dl_head_{lab_id}")
        left, results = st.columns([2, 3], gap="large")
        with left:
            _presets(lab_id, root)
            values = controls(lab_id, root)
    try:
        view = lab.view(values, state.current_lang())
    except ValueError as err:
        with results:
            widgets.input_error(err)
        exercises(lab_id, values)
        return
    with results:
        _results(view, head)
    exercises(lab_id, values)
    if view.table.rows:
        widgets.data_table(view.table)
    widgets.share(lab_id, state.shown_values(lab_id))
