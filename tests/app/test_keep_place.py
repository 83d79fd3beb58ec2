"""A learner's settings survive a visit to another page within the session: Streamlit
forgets a widget's value once its page is left, and the app keeps it (lib/ui/state.py,
``seed``). A value in the URL (a shared link, Back) still wins."""

from lib.labs import spec as labspec
from tests.app.conftest import open_app, slider

KRW = "app_pages/krw_defence.py"
GLOSSARY = "app_pages/glossary.py"
HEDGE = labspec.control("krw_pension", "kp_hedge")


def moved() -> float:
    return HEDGE.default + 2 * HEDGE.step


def test_a_slider_keeps_its_value_after_a_visit_to_the_glossary():
    at = open_app(KRW)
    slider(at, "kp_hedge").set_value(moved()).run()
    at.switch_page(GLOSSARY).run()
    assert not at.slider  # the lab is gone from the screen...
    at.switch_page(KRW).run()
    assert slider(at, "kp_hedge").value == moved()  # ...and back as the learner left it
    assert not at.exception


def test_a_value_in_the_url_wins_over_the_kept_one():
    at = open_app(KRW)
    slider(at, "kp_hedge").set_value(moved()).run()
    at.switch_page(GLOSSARY).run()
    at.query_params["kp_hedge"] = str(HEDGE.min)
    at.switch_page(KRW).run()
    assert slider(at, "kp_hedge").value == HEDGE.min


def test_reset_is_kept_too():
    at = open_app(KRW)
    slider(at, "kp_hedge").set_value(moved()).run()
    reset = next(b for b in at.button if b.key == "reset_krw_pension")
    reset.click().run()
    at.switch_page(GLOSSARY).run()
    at.switch_page(KRW).run()
    assert slider(at, "kp_hedge").value == HEDGE.default


def test_the_glossary_search_is_kept_across_a_visit():
    at = open_app(GLOSSARY)
    at.text_input[0].input("carry").run()
    at.switch_page(KRW).run()
    at.switch_page(GLOSSARY).run()
    assert at.text_input[0].value == "carry"
