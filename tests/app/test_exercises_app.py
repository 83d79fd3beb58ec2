"""The exercise widget (lib/ui/exercises.py) in AppTest, on a tiny script that draws one
lab's exercises for the values in session state, as the lab runner passes them."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from lib import content, exercises
from lib.labs import spec
from lib.ui.state import LANG_KEY
from tests.app.conftest import TIMEOUT

LAB = "krw_forward"
EXERCISE = "krw_free_hedge"


def _script():
    import streamlit as st

    from lib.labs import spec
    from lib.ui.exercises import exercises

    lab = "krw_forward"
    values = {c.key: st.session_state.get(c.key, c.default) for c in spec.controls(lab)}
    exercises(lab, values)


def _app(lang: str = "en") -> AppTest:
    at = AppTest.from_function(_script, default_timeout=TIMEOUT)
    at.session_state[LANG_KEY] = lang
    return at.run()


def _ui(lang: str) -> dict[str, str]:
    return exercises.ui_strings(lang)


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_checking_at_the_defaults_then_at_an_answer_changes_the_verdict(lang):
    at = _app(lang)
    assert not at.exception
    ex = exercises.by_id(EXERCISE, lang)
    assert any(ex.goal in m.value for m in at.markdown)
    assert not at.success and not at.warning  # no verdict before a check

    at.button(key=f"exercise_{EXERCISE}").click().run()
    assert len(at.warning) == 1 and not at.success
    assert at.warning[0].value.startswith(f"**{_ui(lang)['not_yet']}**")
    assert content.escape_markdown("\u22121.24%") in at.warning[0].value

    at.session_state["kf_krw_rate"] = 3.75  # equal to the dollar rate: no hedging cost
    at.run()
    assert not at.warning and not at.success  # the values moved: the old verdict is gone
    assert any(_ui(lang)["changed"] in c.value for c in at.caption)

    at.button(key=f"exercise_{EXERCISE}").click().run()
    assert len(at.success) == 1 and not at.warning
    assert at.success[0].value.startswith(f"**{_ui(lang)['met']}**")
    assert any(_ui(lang)["explanation"] in m.value for m in at.markdown)


def test_the_hint_shows_only_when_asked():
    at = _app()
    ex = exercises.by_id(EXERCISE, "en")
    assert not any(ex.hint in c.value for c in at.caption)
    at.toggle(key=f"exercise_hint_{EXERCISE}").set_value(True).run()
    assert any(ex.hint in c.value for c in at.caption)


def test_every_exercise_of_the_lab_has_its_own_box_and_button():
    at = _app()
    ids = [ex.id for ex in exercises.for_lab(LAB, "en")]
    keys = {b.key for b in at.button}
    assert {f"exercise_{i}" for i in ids} <= keys
    assert spec.lab_ids()  # the script's lab is declared
