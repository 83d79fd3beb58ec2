"""Where Debian's Chromium is and the flags it runs with here (docs/architecture.md, "Tests").

Shared by the browser tests and bench/run.py. The background-networking flags matter:
without them Chromium keeps trying to reach Google's hosts, which this machine refuses.
"""

import os
import shutil

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
