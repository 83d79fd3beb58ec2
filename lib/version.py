"""The app's version, kept in one place: ``[project] version`` in pyproject.toml.

Citations and handouts quote it, so a reader can tell which release a figure came from.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

from lib.nav import APP_ROOT


@lru_cache(maxsize=1)
def app_version() -> str:
    """The version string of pyproject.toml, e.g. ``"0.1.0"``.

    >>> app_version().count(".") >= 1
    True
    """
    with open(APP_ROOT / "pyproject.toml", "rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])
