"""The Streamlit layer: the only code in lib/ that imports streamlit.

* :mod:`lib.ui.state`: the language and URL state (one mechanism, lib/ui/page_watch.js);
* :mod:`lib.ui.widgets`: the elements every page uses (metrics, chart, tables, quiz);
* :mod:`lib.ui.runner`: the one fragment that renders any lab of ``lib.labs.LABS``;
* :mod:`lib.ui.story`: the frame and templates pages are built from (navigation,
  headers, sections, labs in their frames, questions, footers).

See docs/architecture.md.
"""
