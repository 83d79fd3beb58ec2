"""Every control of every lab, on its page, in every language: the runner draws exactly
what the lab's own ``view`` says (the metrics), moving a control changes a figure on
screen, and nothing on the page reads NaN or infinity.

The target of each move is found from the pure lab (lib.labs): the nearest value, in
slider steps, at which the lab's figures differ from those at the defaults.
"""

import pytest

from lib import i18n, nav
from lib.labs import LABS
from tests.app.conftest import open_app, slider
from tests.app.test_pages import BAD_NUMBER, all_text

FILES = {spec.key: spec.file for spec in nav.PAGES}
CONTROLS = [(lab.id, c) for lab in LABS.values() for c in lab.controls]


def signature(view) -> tuple:
    return view.metrics, view.sentence


def target(lab, control, base: dict):
    """A value for ``control`` that changes the lab's figures from ``base``."""
    before = signature(lab.view(base, "en"))
    if control.is_choice:
        return next(o for o in control.options if o != base.get(control.key, control.default))
    lo, hi, step = control.bounds()
    start = base.get(control.key, control.default)
    for k in range(1, 400):
        for value in (start + k * step, start - k * step):
            value = round(value) if control.integer else round(value, 10)
            if lo <= value <= hi:
                try:
                    if signature(lab.view({**base, control.key: value}, "en")) != before:
                        return value
                except ValueError:
                    continue
    raise AssertionError(f"no value of {control.key} changes {lab.id}")


def lab_metrics(at, lab_id: str) -> list[tuple[str, str]]:
    """The metrics the page shows for ``lab_id``: labs appear in the page's order, each
    with as many metrics as its view has for the values on screen."""
    kinds = ("slider", "select_slider")  # a signed slider is a select slider
    shown = {s.key: s.value for s in at.main if getattr(s, "type", None) in kinds}
    for _lab, c in CONTROLS:
        if c.is_choice and c.key in at.session_state:
            shown[c.key] = at.session_state[c.key]
    order = list(dict.fromkeys(lab for key in shown for lab, c in CONTROLS if c.key == key))
    start = 0
    metrics = list(at.metric)
    for lab in order:
        values = {c.key: shown[c.key] for c in LABS[lab].controls if c.key in shown}
        try:
            n = len(LABS[lab].view(values, at.radio(key="lang").value).metrics)
        except ValueError:
            n = 0
        if lab == lab_id:
            return [(m.label, m.value) for m in metrics[start : start + n]]
        start += n
    raise KeyError(lab_id)


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize(("lab_id", "control"), CONTROLS, ids=[f"{a}-{c.key}" for a, c in CONTROLS])
def test_every_control_of_every_lab_changes_a_figure_on_screen(lab_id, control, lang):
    lab = LABS[lab_id]
    base: dict = {}  # from the defaults: no control is inert there (test_labs_core)
    page = FILES[lab.page]
    at = open_app(
        None if lab.page == "home" else page, lang=lang, **{k: str(v) for k, v in base.items()}
    )
    assert not at.exception
    expected = [(m.label, m.value) for m in lab.view(base, lang).metrics]
    assert lab_metrics(at, lab_id) == expected
    value = target(lab, control, base)
    if control.is_choice:
        at.button_group(key=control.key).set_value(value).run()
    else:
        slider(at, control.key).set_value(value).run()
    assert not at.exception
    view = lab.view({**base, control.key: value}, lang)
    moved = [(m.label, m.value) for m in view.metrics]
    assert lab_metrics(at, lab_id) == moved, (lab_id, control.key, value)
    assert any(view.sentence in md.value for md in at.markdown), view.sentence
    assert not BAD_NUMBER.search(all_text(at))
