"""The page registry: which pages exist, their files, fixed English URL paths and icons.

Page files live in ``app_pages/``, not ``pages/``: with a folder named ``pages`` beside
the entry point, Streamlit 1.67 still wraps every run in its legacy auto-discovery
(``PagesManager.uses_pages_directory``), and a request for one of those pages can run
the page file without the entry point (no language selector, no menu, no footer).

Titles are not here: each page's title is the UI string ``page.<key>.title``. Only
pages that exist are registered; a page is added here when its file is written, so
the menu never shows a placeholder. Nothing here imports Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class PageSpec:
    key: str  # string-table key and identifier used by the glossary and quizzes
    file: str  # path relative to the app root
    url_path: str  # fixed English URL path ("" for the home page)
    icon: str  # Material icon name, language-neutral
    section: str  # menu group: "start", "stories" or "reference"

    @property
    def path(self) -> Path:
        """Absolute path of the page file, so the app runs from any working directory."""
        return APP_ROOT / self.file


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", "app_pages/home.py", "", ":material/home:", "start"),
    PageSpec(
        "convenience-yield",
        "app_pages/convenience_yield.py",
        "convenience-yield",
        ":material/account_balance:",
        "stories",
    ),
    PageSpec("ai-dollar", "app_pages/ai_dollar.py", "ai-dollar", ":material/memory:", "stories"),
    PageSpec(
        "krw-defence", "app_pages/krw_defence.py", "krw-defence", ":material/shield:", "stories"
    ),
    PageSpec(
        "asset-divergence",
        "app_pages/asset_divergence.py",
        "asset-divergence",
        ":material/stacked_line_chart:",
        "stories",
    ),
    PageSpec("glossary", "app_pages/glossary.py", "glossary", ":material/translate:", "reference"),
    PageSpec("sources", "app_pages/sources.py", "sources", ":material/menu_book:", "reference"),
    PageSpec(
        "instructors", "app_pages/instructors.py", "instructors", ":material/school:", "reference"
    ),
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
    "instructors",
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
