"""The course kit through the real entry point: every lab alone in every language,
locked controls, hidden narrative, notices for what a link gets wrong, the data-age
banner and the share box's links."""

from datetime import date

import pytest

from lib import content, course, i18n, nav
from lib.labs import LABS
from lib.labs import spec as labspec
from lib.ui import story
from tests.app.conftest import open_app, slider


def page_file(lab: str) -> str:
    return nav.by_key()[labspec.page_of(lab)].file


def texts(at) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [w.value for w in at.warning] + [i.value for i in at.info]
    return "\n".join(parts)


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("lab", list(LABS))
def test_every_lab_alone_in_every_language(lab, lang):
    t = content.translator(lang)
    at = open_app(None, view="lab", lab=lab, lang=lang)
    assert not at.exception
    # the lab's title and its figures or chart; no page title, no section, no quiz
    assert [s.value for s in at.subheader] == [t(f"{LABS[lab].strings}.title")]
    assert not at.title and not at.header
    assert not [r for r in at.radio if r.key and r.key.startswith("quiz_")]
    assert at.metric or at.get("vega_lite_chart")
    # the controls are there and move the lab as on its page
    assert len(at.slider) + len(at.select_slider) + len(at.button_group) >= 1
    # no narrative: none of the page's section files is on screen
    shown = texts(at)
    page = labspec.page_of(lab)
    folder = content.section_path(page, "x", lang).parent
    for md in folder.glob("s*.md"):
        first = content.section(page, md.stem, lang).split("\n")[0][:60]
        assert first not in shown, md.name
    assert t("footer.disclaimer") in shown


def test_lab_alone_works_on_any_page():
    at = open_app("app_pages/glossary.py")
    at = open_app(None, view="lab", lab="div_mix")
    assert at.subheader[0].value == content.translator("en")("div.mix.title")
    # and from another story page's address
    at2 = open_app("app_pages/krw_defence.py", view="lab", lab="home_cip")
    assert not at2.exception


def test_lab_alone_slider_moves_the_figure():
    at = open_app(None, view="lab", lab="krw_forward")
    before = [m.value for m in at.metric]
    c = labspec.control("krw_forward", "kf_usd_rate")
    slider(at, c.key).set_value(c.default + 1.0).run()
    assert [m.value for m in at.metric] != before


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_unknown_lab_shows_the_whole_page_with_a_notice(lang):
    t = content.translator(lang)
    at = open_app(None, view="lab", lab="[x](http://evil.example)", lang=lang)
    assert not at.exception
    assert at.title  # the whole page
    notice = t("notice.bad_lab", value=content.escape_markdown("[x](http://evil.example)"))
    assert notice in [w.value for w in at.warning]


def test_unknown_view_and_lock_keys_get_notices():
    t = content.translator("en")
    at = open_app(None, view="slides", lock="spot,no_such_key")
    warnings = [w.value for w in at.warning]
    assert t("notice.bad_view", value="slides") in warnings
    bad = t("punct.quote", v=content.escape_markdown("no_such_key"))
    assert t("notice.bad_lock", names=bad) in warnings
    assert slider(at, "spot").disabled  # the known key is still locked


@pytest.mark.parametrize("view", ["page", "lab"])
def test_locked_control_is_disabled_at_its_linked_value_and_survives_reset(view):
    params = {"lock": "kf_usd_rate", "kf_usd_rate": "4.5"}
    if view == "lab":
        params.update(view="lab", lab="krw_forward")
    at = open_app("app_pages/krw_defence.py" if view == "page" else None, **params)
    s = slider(at, "kf_usd_rate")
    assert s.disabled and s.value == pytest.approx(4.5)
    assert not slider(at, "kf_spot").disabled
    t = content.translator("en")
    names = t(labspec.control("krw_forward", "kf_usd_rate").label)
    assert t("lab.locked", names=names) in [i.value for i in at.info]
    # a learner cannot move it: state forced back, reset leaves it where the link put it
    at.session_state["kf_usd_rate"] = 1.0
    at.run()
    assert slider(at, "kf_usd_rate").value == pytest.approx(4.5)
    slider(at, "kf_spot").set_value(1500.0).run()
    at.button(key="reset_krw_forward").click().run()
    assert slider(at, "kf_usd_rate").value == pytest.approx(4.5)
    assert slider(at, "kf_spot").value == labspec.control("krw_forward", "kf_spot").default
    # and the lock survives a language switch
    if view == "page":
        at.radio(key="lang").set_value("zh-Hant").run()
        assert slider(at, "kf_usd_rate").disabled
        assert slider(at, "kf_usd_rate").value == pytest.approx(4.5)


def test_locked_control_without_a_linked_value_holds_its_default():
    at = open_app(None, lock="spot")
    s = slider(at, "spot")
    assert s.disabled and s.value == labspec.control("home_cip", "spot").default


def test_presets_leave_locked_controls_alone():
    lab = next(lab for lab in LABS if labspec.presets(lab))
    name = next(iter(labspec.presets(lab)))
    key = next(c.key for c in labspec.controls(lab) if not c.is_choice)
    at = open_app(page_file(lab), lock=key)
    before = slider(at, key).value
    at.button(key=f"preset_{lab}_{name}").click().run()
    assert slider(at, key).value == before


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("page", nav.STORIES)
def test_narrative_off_hides_the_text_and_keeps_labs_and_questions(page, lang):
    t = content.translator(lang)
    spec = nav.by_key()[page]
    full = open_app(spec.file, lang=lang)
    bare = open_app(spec.file, lang=lang, narrative="off")
    assert not bare.exception
    assert full.header and not bare.header  # section headings go with their text
    assert t("notice.no_narrative") in [c.value for c in bare.caption]
    assert [s.value for s in bare.subheader] == [s.value for s in full.subheader]  # the labs
    assert len(bare.metric) == len(full.metric)
    assert len(bare.markdown) < len(full.markdown)
    quiz = [
        e for e in bare.expander if e.label.startswith(t(f"{_prefix(page)}.quiz_heading", n=0)[:4])
    ]
    assert quiz  # the questions stay


def _prefix(page: str) -> str:
    return {
        "convenience-yield": "cy",
        "ai-dollar": "ai",
        "krw-defence": "krw",
        "asset-divergence": "div",
    }[page]


def test_narrative_off_survives_a_language_switch():
    at = open_app("app_pages/ai_dollar.py", narrative="off")
    at.radio(key="lang").set_value("zh-Hant").run()
    assert not at.header
    assert content.translator("zh-Hant")("notice.no_narrative") in [c.value for c in at.caption]


@pytest.mark.parametrize("page", nav.STORIES)
def test_data_age_banner_follows_the_newest_fact(page):
    t = content.translator("en")
    age = course.data_age({content.fact(k).as_of for k in story.page_facts(page)}, date.today())
    at = open_app(nav.by_key()[page].file)
    banner = t(
        "notice.stale",
        date=content.format_date(age.newest, "en"),
        days=content.format_number(age.days, 0),
    )
    assert (banner in [i.value for i in at.info]) is age.stale


def test_share_box_gives_both_views_with_locks_and_a_citation():
    at = open_app("app_pages/krw_defence.py", lang="zh-Hant", kf_spot="1480", lock="kf_tenor")
    at.session_state["share_krw_forward"] = True
    at.run()
    codes = [c.value for c in at.code]
    page_link = next(c for c in codes if c.endswith("#krw_forward"))
    assert "lang=zh-Hant" in page_link and "kf_spot=1480" in page_link
    assert "lock=kf_tenor" in page_link and "/krw-defence?" in page_link
    t = content.translator("zh-Hant")
    plain = [c for c in codes if not c.startswith(("<iframe", t("app.name")))]
    lab_link = next(c for c in plain if "view=lab&lab=krw_forward" in c)
    assert "lock=kf_tenor" in lab_link
    frames = [c for c in codes if c.startswith("<iframe")]
    assert len(frames) == 2
    height = labspec.embed_height("krw_forward")
    assert any(f'height="{height}"' in f and "view=lab" in f for f in frames)
    assert all('loading="lazy"' in f and "&amp;" in f for f in frames)
    assert any(f'title="{t("app.name")}' in f for f in frames)
    cite = next(c for c in codes if c.startswith(t("app.name")))
    assert t("krw.forward.title") in cite and lab_link in cite
    # the instructor adds a lock and hides the narrative: the links follow
    at.multiselect(key="share_lock_krw_forward").select("kf_spot").run()
    at.toggle(key="share_narr_krw_forward").set_value(True).run()
    page_link = next(c.value for c in at.code if c.value.endswith("#krw_forward"))
    assert "lock=kf_spot%2Ckf_tenor" in page_link and "narrative=off" in page_link


@pytest.mark.parametrize("page", ["home", *nav.STORIES])
def test_every_story_page_and_home_offer_the_handout(page):
    at = open_app(nav.by_key()[page].file if page != "home" else None, lang="zh-Hant")
    buttons = [
        b
        for b in at.get("download_button")
        if b.proto.id.endswith("-handout") or "handout" in b.proto.id
    ]
    assert len(buttons) == 1
    assert buttons[0].proto.label == content.translator("zh-Hant")("handout.button")
