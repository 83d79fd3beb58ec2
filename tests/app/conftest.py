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
