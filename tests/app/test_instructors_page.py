"""The Instructors page: every story's objectives, scenarios (a link to the page and to
the lab alone, each reproducing the scenario), discussion questions, exercises with
worked answers behind the instructor notes, and the embedding guide, in every language."""

import pytest

from lib import content, exercises, i18n, instructors, nav
from lib.labs import spec as labspec
from tests.app.conftest import open_app, slider

PAGE = "app_pages/instructors.py"


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_every_story_has_its_section_objectives_and_scenarios(lang):
    t = content.translator(lang)
    at = open_app(PAGE, lang=lang)
    assert not at.exception
    headers = [h.value for h in at.header]
    notes = instructors.notes(lang)
    assert [n.page for n in notes] == ["home", *nav.STORIES]
    for n in notes:
        assert t(f"page.{n.page}.title") in headers
    text = "\n".join(m.value for m in at.markdown)
    for n in notes:
        assert all(o in text for o in n.objectives)
        assert all(q in text for q in n.discussion)
        assert all(s.purpose in text for s in n.scenarios)
    # two links per scenario (page, lab alone), plus one per story and the menu's
    links = [p for p in at.get("page_link") if p.proto.label == t("instr.open_lab")]
    assert len(links) == sum(len(n.scenarios) for n in notes)
    assert t("instr.embed_heading") in headers and t("instr.week_heading") in headers


def test_every_scenario_link_opens_its_lab_alone_with_its_values_and_locks():
    for n in instructors.notes("en"):
        for s in n.scenarios:
            params = {"lang": "en", **s.params(lab_only=True)}
            at = open_app(None, **params)
            assert not at.exception, s.name
            assert len(at.subheader) == 1  # the lab alone
            for key, value in s.values.items():
                c = labspec.control(s.lab, key)
                if c.is_choice:
                    continue
                widget = slider(at, key)
                assert widget.value == pytest.approx(value), (s.name, key)
                assert widget.disabled is (key in s.lock), (s.name, key)


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_instructor_notes_give_each_exercise_its_worked_answer(lang):
    at = open_app(PAGE, lang=lang)
    found = exercises.for_page("krw-defence", lang)
    text = "\n".join(m.value for m in at.markdown)
    assert all(e.goal in text for e in found)
    assert not any(e.explanation[:40] in text for e in found)  # behind the expander
    at.session_state["notes_krw-defence"] = True
    at.run()
    text = "\n".join(m.value for m in at.markdown)
    assert all(e.explanation in text for e in found)
