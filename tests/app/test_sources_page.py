"""The Sources page as a reader sees it, in every language: documents by outlet, title and
date, links to every primary source with a public address, figures by their labels, and
notes in the page's language. No file name, line number or fact key reaches the screen.
"""

import re

import pytest

from lib import content, i18n
from lib.ui import widgets
from tests.app.conftest import open_app

PAGE = "app_pages/sources.py"
ARTEFACT = re.compile(r"\.txt|lines? \d|[a-z]+_[a-z_]+")
LATIN_RUN = re.compile(r"[A-Za-z][\w'\u2019.\-]*(?:\s+[A-Za-z][\w'\u2019.\-]*){3,}")
LINK = re.compile(r"\[((?:[^\]\\]|\\.)*)\]\(([^)\s]+)\)")
ICON = re.compile(r":material/[a-z_]+:")
ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
PAPER_DOI = "https://doi.org/10.17016/IFDP.2025.1427"


def markdown(at) -> str:
    return "\n".join(md.value for md in at.markdown)


def shown(source: str) -> str:
    """What a reader sees of Markdown source: link words without their addresses,
    no icon names, escapes removed."""
    return ESCAPED.sub(r"\1", ICON.sub("", LINK.sub(r"\1", source)))


def screen_text(at) -> str:
    parts = [markdown(at)]
    parts += [e.value for e in (*at.title, *at.header, *at.subheader, *at.caption)]
    parts += [b.proto.label for b in at.get("download_button")]
    return shown("\n".join(str(p) for p in parts))


def fact_items(at) -> dict[str, str]:
    """Each figure's list item in the Markdown source, by the figure's label as shown."""
    items = {}
    for item in re.split(r"\n(?=- \*\*)", markdown(at)):
        m = re.match(r"- \*\*(.+?)\*\*", item)
        if m:
            items[shown(m.group(1))] = item
    return items


@pytest.fixture(scope="module", params=i18n.LANGS)
def page(request):
    at = open_app(PAGE, lang=request.param)
    assert not at.exception, at.exception
    return request.param, at


def test_no_file_names_line_numbers_or_keys_on_screen(page):
    _lang, at = page
    text = screen_text(at)
    assert not ARTEFACT.findall(text), ARTEFACT.findall(text)
    assert "\u00f7" not in text  # no formula in symbols either


def test_every_fact_is_listed_once_with_its_label_and_value(page):
    lang, at = page
    items = fact_items(at)
    for f in content.facts().values():
        item = items[f.label(lang)]
        assert content.escape_markdown(content.format_fact(f.key, lang)) in item
        if f.note(lang):
            assert content.escape_markdown(f.note(lang)) in item
    assert len(items) == len(content.facts())


def test_every_fact_with_a_url_renders_a_link(page):
    lang, at = page
    items = fact_items(at)
    with_url = {k: content.fact_url(k) for k in content.facts() if content.fact_url(k)}
    assert with_url  # the paper's figures at least
    for key, url in with_url.items():
        links = [target for _, target in LINK.findall(items[content.fact(key).label(lang)])]
        assert url in links, key


def test_primary_sources_link_their_public_addresses(page):
    lang, at = page
    links = {target for _, target in LINK.findall(markdown(at))}
    assert PAPER_DOI in links
    assert content.primaries()["dks2025"]["url"] in links
    for key, prim in content.primaries().items():
        for _words, url in content.primary_links(key, lang):
            assert url in links, key
        assert prim.get("url") or prim.get("doi"), f"{key} has a public address"
    assert all(url.startswith("https://") for url in links)


def test_articles_are_named_by_outlet_title_and_date(page):
    lang, at = page
    text = screen_text(at)
    for key in content.articles():
        words = content.article_words(key, lang)
        assert words["outlet"] in text and words["title"] in text and words["date"] in text


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans"])
def test_chinese_pages_show_chinese_notes(lang):
    at = open_app(PAGE, lang=lang)
    text = screen_text(at)
    notes = [f.note(lang) for f in content.facts().values() if f.note(lang)]
    notes += [content.localised_field(p, "note", lang) for p in content.primaries().values()]
    for note in notes:
        assert note in text
        assert not LATIN_RUN.search(note), note
    # everything but the citations of English-language publications is Chinese
    for prim in content.primaries().values():
        text = text.replace(prim["citation"], "")
    assert not LATIN_RUN.search(text), LATIN_RUN.findall(text)


def test_simplified_page_converts_the_source_descriptors():
    hans, hant = markdown(open_app(PAGE, lang="zh-Hans")), markdown(open_app(PAGE, lang="zh-Hant"))
    assert "\uff08\u8f6c\u8f7d\u8bc4\u8bba\uff09" in hans  # (republished commentary)
    assert "\uff08\u8f49\u8f09\u8a55\u8ad6\uff09" not in hans
    assert "\uff08\u8f49\u8f09\u8a55\u8ad6\uff09" in hant
    for key, art in content.articles().items():
        for written in (art["outlet_zh"], art["title_orig"] or art["title_zh"]):
            converted = i18n.to_hans(written)
            assert converted in shown(hans), key
            if converted != written:
                assert written not in shown(hans), key


def test_csv_download_keeps_every_fact_with_its_key(monkeypatch):
    captured = []
    monkeypatch.setattr(widgets, "csv_download", lambda df, stem, label: captured.append(df))
    at = open_app(PAGE, lang="zh-Hant")
    assert not at.exception
    (table,) = captured
    t = content.translator("zh-Hant")
    assert sorted(table[t("sources.col_id")]) == sorted(content.facts())  # each once
    links = dict(zip(table[t("sources.col_id")], table[t("sources.col_link")], strict=True))
    assert links["ust5y_cy_post2021"] == content.primaries()["dks2025"]["url"]
    assert set(table.columns) >= {t("sources.col_figure"), t("sources.col_note")}
