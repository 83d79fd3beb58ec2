"""The registry of every lab: ``LABS`` maps each lab id of ``content/labs.toml`` to its
:class:`lib.labs.base.Lab` (``controls``, ``compute``, ``present``).

Pure (no Streamlit). One module per page holds that page's definitions; a new lab is
declared in labs.toml, defined in its page's module and listed in that module's
``LABS``. See docs/architecture.md.
"""

from __future__ import annotations

from lib.labs import ai, cy, div, home, krw
from lib.labs.base import Lab, Solution
from lib.labs.view import Metric, Table, View

_MODULES = (home, cy, ai, krw, div)

LABS: dict[str, Lab] = {lab.id: lab for module in _MODULES for lab in module.LABS}

__all__ = ["LABS", "Lab", "Metric", "Solution", "Table", "View"]
