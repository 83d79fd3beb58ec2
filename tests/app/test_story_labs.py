"""Every slider of every lab on every story page, in every language: moving it changes
at least one of that lab's figures, and nothing on the page reads NaN or infinity."""

import pytest

from lib import i18n, ui
from tests.app import (
    test_ai_dollar_page,
    test_asset_divergence_page,
    test_convenience_yield_page,
    test_krw_defence_page,
)
from tests.app.conftest import metrics_by_lab, moved, open_app
from tests.app.test_pages import BAD_NUMBER, all_text

#: page test module -> slider steps to move (enough to change a figure at the shown precision)
PAGES = {
    test_convenience_yield_page: 5,
    test_ai_dollar_page: 4,
    test_krw_defence_page: 4,
    test_asset_divergence_page: 2,
}
#: Controls that only matter once another has moved: the challenger's part of the share
#: moved away from the US providers matters once some share has moved.
NEEDS = {"ai_challenger": {"ai_shift": "20"}}
CASES = [(m.FILE, m.ORDER, steps, lab) for m, steps in PAGES.items() for lab in m.ORDER]


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize(("page_file", "order", "steps", "lab"), CASES, ids=[c[3] for c in CASES])
def test_every_slider_of_every_lab_changes_a_figure(page_file, order, steps, lab, lang):
    lab_metrics = metrics_by_lab(order)
    for spec in ui.lab_spec(lab):
        at = open_app(page_file, lang=lang, **NEEDS.get(spec.key, {}))
        assert not at.exception
        before = lab_metrics(at, lab)
        assert len(before) == order[lab]
        at.slider(key=spec.key).set_value(moved(spec, steps)).run()
        assert not at.exception
        assert lab_metrics(at, lab) != before, (lab, spec.key)
        assert not BAD_NUMBER.search(all_text(at))
