"""The page registry: which pages exist, their files, fixed English URL paths and icons.

Titles are not here: each page's title is the UI string ``page.<key>.title``. Only
pages that exist are registered; a page is added here when its file is written, so
the menu never shows a placeholder. Nothing here imports Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    key: str  # string-table key and identifier used by the glossary and quizzes
    file: str  # path relative to the app root
    url_path: str  # fixed English URL path ("" for the home page)
    icon: str  # Material icon name, language-neutral
    section: str  # menu group: "stories" or "reference"


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", "pages/home.py", "", ":material/home:", "start"),
    PageSpec("glossary", "pages/glossary.py", "glossary", ":material/translate:", "reference"),
    PageSpec("sources", "pages/sources.py", "sources", ":material/menu_book:", "reference"),
)

#: Every page key the content may refer to, including topic pages still to be written.
#: Glossary entries and story cards name these; only those in PAGES get links.
KNOWN_KEYS: tuple[str, ...] = (
    "home",
    "convenience-yield",
    "ai-dollar",
    "krw-defence",
    "asset-divergence",
    "glossary",
    "sources",
)

#: The four stories in teaching order, by page key.
STORIES: tuple[str, ...] = ("convenience-yield", "ai-dollar", "krw-defence", "asset-divergence")


def by_key() -> dict[str, PageSpec]:
    return {p.key: p for p in PAGES}


def exists(key: str) -> bool:
    return key in by_key()


def url_for(key: str) -> str:
    """The page's path relative to the app root, e.g. ``"glossary"`` (home is ``""``)."""
    return by_key()[key].url_path
