"""AppTest helpers: run the real entry point with URL parameters, on any page."""

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

TIMEOUT = 60  # AppTest's 3 s default is too short for a cold CI machine


def open_app(page: str | None = None, **params: str) -> AppTest:
    """Run Home.py with ``params`` in the URL, then switch to ``page`` if given."""
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=TIMEOUT)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page is not None:
        at.switch_page(page)
        at.run()
    return at


@pytest.fixture
def app():
    return open_app


def page_opener(page_file: str):
    """``open(lang="en", **params)`` for one story page."""

    def open_page(lang: str = "en", **params: str) -> AppTest:
        return open_app(page_file, lang=lang, **params)

    return open_page


def metrics_by_lab(order: dict[str, int]):
    """``lab_metrics(at, lab)``: a lab's figures by label. ``order`` gives each lab's
    number of metrics in page order (labels repeat between labs, positions do not)."""

    def lab_metrics(at: AppTest, lab: str) -> dict[str, str]:
        start = 0
        for name, n in order.items():
            if name == lab:
                return {m.label: m.value for m in list(at.metric)[start : start + n]}
            start += n
        raise KeyError(lab)

    return lab_metrics


def moved(spec, steps: int) -> float:
    """A value ``steps`` slider steps from ``spec``'s default (downwards at the top end)."""
    _lo, hi, step = spec.bounds()
    value = spec.default + steps * step
    if value > hi:
        value = spec.default - steps * step
    return round(value) if spec.integer else round(value, 10)


def slider(at: AppTest, key: str):
    """A lab's slider by key: an ``st.slider``, or the select slider a slider whose range
    reaches below zero is drawn as (lib/labs/spec.py, ``Control.signed``)."""
    try:
        return at.slider(key=key)
    except KeyError:
        return at.select_slider(key=key)
