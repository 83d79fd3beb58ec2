"""lib/content.py and lib/i18n.py: number formatting, language resolution, conversion."""

import pytest

from lib import content, i18n

MINUS = "\u2212"


@pytest.mark.parametrize(
    ("value", "decimals", "signed", "expected"),
    [
        (-26, 0, False, f"{MINUS}26"),
        (1479.0, 0, False, "1,479"),
        (25.954, 1, True, "+26.0"),
        (-0.04, 1, True, "0.0"),  # rounds to zero: no sign at all
        (0.0, 2, True, "0.00"),
        (1234567.891, 2, False, "1,234,567.89"),
    ],
)
def test_format_number(value, decimals, signed, expected):
    assert content.format_number(value, decimals, signed=signed) == expected


def test_format_number_refuses_nan_and_infinity():
    for bad in (float("nan"), float("inf"), float("-inf")):
        with pytest.raises(ValueError):
            content.format_number(bad)


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (5.2e12, "en", "5.2 trillion"),
        (545e9, "en", "545 billion"),
        (1.5e9, "en", "1.5 billion"),
        # Chinese counts in 10**8 and 10**12: 545e9 = 5,450 x 10**8.
        (545e9, "zh-Hant", "5,450\u5104"),
        (5.2e12, "zh-Hant", "5.2\u5146"),
        (5.2e12, "zh-Hans", "5.2\u4e07\u4ebf"),
        (1.5e9, "zh-Hans", "15\u4ebf"),
    ],
)
def test_format_amount_uses_each_languages_magnitudes(value, lang, expected):
    assert content.format_amount(value, lang) == expected


def test_format_value_units():
    assert content.format_value(0.0425954, "pct", "en", 2) == "4.26%"
    assert content.format_value(-26, "bp", "en") == f"{MINUS}26 bp"
    assert content.format_value(5.2e12, "usd", "en", 1) == "US$5.2 trillion"
    assert content.format_value(1479, "krw_per_usd", "en") == "1,479 won per dollar"
    assert content.format_value(2012, "year", "en") == "2012"
    zh = content.format_value(-26, "bp", "zh-Hant")
    assert zh.startswith(f"{MINUS}26") and zh != f"{MINUS}26 bp"


def test_format_date_per_language():
    assert content.format_date("2025-12-12", "en") == "12 December 2025"
    assert content.format_date("2025-12", "en") == "December 2025"
    zh = content.format_date("2025-12-12", "zh-Hant")
    assert "2025" in zh and "12" in zh and zh != "12 December 2025"


def test_fill_resolves_each_kind_of_placeholder():
    text = "{fact:krw_intraday_low} on {asof:krw_intraday_low} {kind:reported} {str:app.name}"
    out = content.fill(text, "en")
    assert out.startswith("1,479 won per dollar on 12 December 2025 ")
    assert "Reported" in out and out.endswith("Dollar Lab")


def test_fill_raises_on_unknown_keys():
    with pytest.raises(content.ContentError):
        content.fill("{fact:no_such_fact}", "en")
    with pytest.raises(content.ContentError):
        content.fill("{kind:rumour}", "en")


def test_fill_names_another_fact_by_its_quoted_label():
    label = content.fact("jp_overseas_jpy").label
    assert content.fill("{label:jp_overseas_jpy}", "en") == f"\u201c{label('en')}\u201d"
    # Traditional quotes with corner brackets; mainland text with quotation marks
    assert content.fill("{label:jp_overseas_jpy}", "zh-Hant") == f"\u300c{label('zh-Hant')}\u300d"
    assert content.fill("{label:jp_overseas_jpy}", "zh-Hans") == f"\u201c{label('zh-Hans')}\u201d"
    note = content.fact("jp_overseas_implied_usdjpy").note("en")
    assert label("en") in note and "jp_overseas" not in note


def test_markdown_link_escapes_words_and_accepts_only_https():
    assert content.markdown_link("a [b]", "https://x.org/p(1)") == (
        "[a \\[b\\]](https://x.org/p%281%29)"
    )
    for bad in ("javascript:alert(1)", "http://x.org/", "https://x.org/a b", "//x.org/"):
        with pytest.raises(content.ContentError):
            content.markdown_link("x", bad)


def test_article_words_are_localised_for_simplified_readers():
    hant = content.article_words("ai_dollar_origins", "zh-Hant")
    hans = content.article_words("ai_dollar_origins", "zh-Hans")
    assert hans["outlet"] == i18n.to_hans(hant["outlet"]) != hant["outlet"]
    assert hans["title"] == i18n.to_hans(hant["title"]) != hant["title"]
    assert content.article_words("taiwan_note", "zh-Hant")["title"]  # untitled: its Chinese name


def test_translator_raises_on_missing_key():
    with pytest.raises(content.ContentError):
        content.translator("en")("no.such.key")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("en", "en"),
        ("zh-Hant", "zh-Hant"),
        ("zh-hant", "zh-Hant"),
        ("ZH_TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-Hans", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("zh-Hant-CN", "zh-Hant"),
        ("fr", None),
        ("", None),
        (None, None),
        ("<script>", None),
    ],
)
def test_normalise_lang(raw, expected):
    assert i18n.normalise_lang(raw) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh-TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-CN", "zh-Hans"),
        ("zh-SG", "zh-Hans"),
        ("en-GB", "en"),
        ("ko-KR", "en"),
        (None, "en"),
        ("", "en"),
    ],
)
def test_lang_from_locale(locale, expected):
    assert i18n.lang_from_locale(locale) == expected


def test_simplified_conversion_changes_script_and_vocabulary():
    # Traditional "data" and "Nvidia" become the mainland words, not just simpler glyphs.
    assert i18n.to_hans("\u8cc7\u6599") == "\u6570\u636e"
    assert i18n.to_hans("\u8f1d\u9054") == "\u82f1\u4f1f\u8fbe"
    # The project phrase table: Taiwan "yen" becomes the mainland word.
    assert i18n.to_hans("\u65e5\u5713") == "\u65e5\u5143"


def test_simplified_app_name_is_converted():
    assert content.translator("zh-Hans")("app.name") == "\u7f8e\u5143\u5b9e\u9a8c\u5ba4"
    assert content.translator("zh-Hant")("app.name") == "\u7f8e\u5143\u5be6\u9a57\u5ba4"


def test_glossary_search_matches_both_languages_and_abbreviations():
    terms = content.glossary("en")
    assert any(t.id == "covered_interest_parity" for t in content.search_glossary(terms, "cip"))
    zh_terms = content.glossary("zh-Hant")
    # Traditional query for "convenience yield" matches; so does the Simplified spelling.
    hits = content.search_glossary(zh_terms, "\u4fbf\u5229\u6536\u76ca")
    assert any(t.id == "convenience_yield" for t in hits)
    hans_hits = content.search_glossary(zh_terms, "\u6c47\u7387")  # Simplified "exchange rate"
    assert hans_hits
    assert len(content.search_glossary(terms, "")) == len(terms)
    assert content.search_glossary(terms, "zzzz-no-term") == []


def test_page_watch_script_survives_streamlits_html_sanitiser():
    """DOMPurify drops a <script> whose text has '<' followed by a letter or '/', even in
    a comment; then neither <html lang> nor the address bar would follow the page."""
    import re

    from lib.ui import state

    body = state.PAGE_WATCH.read_text(encoding="utf-8")
    assert "dollar-lab-url" in body and "replaceState" in body
    assert not re.search(r"<[/\w]", body)
