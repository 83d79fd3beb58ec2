"""The course kit's pure parts: reading the instructor's URL parameters, the links and
snippets the share box builds, the citation, the data age, the embed heights."""

from datetime import date
from html.parser import HTMLParser

import pytest

from lib import content, course, urlstate
from lib.labs import LABS
from lib.labs import spec as labspec
from lib.version import app_version

KEYS = {"spot", "tenor", "kf_usd_rate"}


def mode(**params):
    return urlstate.read_mode(params.get, set(LABS), KEYS)


def test_lab_view_needs_a_known_lab():
    assert mode(view="lab", lab="krw_forward").lab == "krw_forward"
    assert mode(view=" LAB ", lab=" krw_forward ").lab == "krw_forward"
    m = mode(view="lab", lab="nope")
    assert m.lab is None and not m.lab_only and m.bad_lab == "nope"
    assert mode(view="lab").bad_lab == "\u2014"  # no id at all still gets the notice
    assert mode(lab="krw_forward").lab is None  # lab= alone is not the lab view


def test_unknown_view_is_reported_and_page_view_is_not():
    assert mode(view="slides").bad_view == "slides"
    assert mode(view="page").bad_view is None and mode().bad_view is None


def test_hostile_values_are_cut_for_the_notice():
    m = mode(view="lab", lab="x" * 10_000, lock=",".join(["bad"] * 5000))
    assert len(m.bad_lab) == 40 and m.bad_lab.endswith("\u2026")
    assert m.bad_locks == ("bad",)  # repeated keys reported once, and the list is bounded
    assert len(mode(lock="a\nb " * 100).bad_locks[0]) <= 40


def test_locks_keep_known_keys_once():
    m = mode(lock="spot, tenor,spot,,zzz")
    assert m.locks == {"spot", "tenor"} and m.bad_locks == ("zzz",)


@pytest.mark.parametrize("value", ["off", "OFF", " false ", "0", "no"])
def test_narrative_off(value):
    assert mode(narrative=value).narrative is False


@pytest.mark.parametrize("value", [None, "on", "yes", "<b>"])
def test_narrative_stays_on(value):
    assert mode(**({} if value is None else {"narrative": value})).narrative is True


def test_share_links_carry_mode_language_values_and_anchor():
    m = urlstate.Mode(locks=frozenset({"tenor", "spot"}), narrative=False)
    page = urlstate.share_url(
        "http://h/k", "zh-Hans", {"spot": 1480.0}, extra=m.params(), anchor="krw_forward"
    )
    assert page == "http://h/k?lang=zh-Hans&spot=1480&lock=spot%2Ctenor&narrative=off#krw_forward"
    alone = urlstate.share_url("http://h/k", "en", {"spot": 1480.0}, True, m.params("krw_forward"))
    assert alone.endswith("view=lab&lab=krw_forward&lock=spot%2Ctenor&narrative=off&embed=true")
    # the link read back gives the same mode
    from urllib.parse import parse_qs, urlsplit

    q = {k: v[-1] for k, v in parse_qs(urlsplit(alone).query).items()}
    back = urlstate.read_mode(q.get, {"krw_forward"}, {"spot", "tenor"})
    assert (back.lab, back.locks, back.narrative) == ("krw_forward", m.locks, False)


class _Attrs(HTMLParser):
    def handle_starttag(self, tag, attrs):
        self.tag, self.attrs = tag, dict(attrs)


def test_iframe_escapes_every_attribute():
    src = 'http://h/x?a=1&b="><script>alert(1)</script>'
    snippet = urlstate.iframe(src, 'Lab "one" <b>', 1234)
    assert "<script>" not in snippet
    parsed = _Attrs()
    parsed.feed(snippet)
    assert parsed.tag == "iframe"
    assert parsed.attrs["src"] == src and parsed.attrs["title"] == 'Lab "one" <b>'
    assert parsed.attrs["height"] == "1234" and parsed.attrs["loading"] == "lazy"


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_citation_names_app_version_titles_date_and_link(lang):
    t = content.translator(lang)
    page, lab = t("page.krw-defence.title"), t("krw.forward.title")
    text = course.citation(lang, page, lab, "http://h/krw-defence?x=1", date(2026, 3, 9))
    for part in (t("app.name"), app_version(), page, lab, "http://h/krw-defence?x=1"):
        assert part in text
    assert content.format_date("2026-03-09", lang) in text
    assert course.citation(lang, page, None, "http://h", date(2026, 3, 9)).count(page) == 1


def test_citation_in_english_reads_as_a_reference():
    text = course.citation("en", "Defending the won", "The forward", "L", date(2026, 1, 5))
    version = app_version()
    want = f"Dollar Lab (version {version}), “Defending the won: The forward”."
    want += " Viewed 5 January 2026. L"
    assert text == want


def test_data_age_counts_a_month_from_its_last_day():
    age = course.data_age(["2025-12"], date(2026, 6, 29))
    assert age.days == 180 and age.newest == "2025-12" and not age.stale
    assert course.data_age(["2025-12"], date(2026, 6, 30)).stale  # 181 days
    assert course.data_age(["2025-11-30", "2025-12-12", "2025-10"], date(2025, 12, 12)).days == 0
    assert course.data_age([], date(2026, 1, 1)) is None
    assert course.data_age(["2026-01-01"], date(2026, 3, 1), threshold=30).stale


def test_threshold_is_set_in_one_place():
    import inspect

    assert course.STALE_AFTER_DAYS == 180
    assert inspect.signature(course.data_age).parameters["threshold"].default == 180


def test_every_lab_has_a_measured_embed_height():
    raw = content.load_toml("labs.toml")
    for lab in LABS:
        assert "embed_height" in raw[lab], lab
        assert 600 <= labspec.embed_height(lab) <= 3000, lab
        assert labspec.embed_height(lab) % 20 == 0  # as scripts/embed_heights.py rounds
