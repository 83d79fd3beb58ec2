// Dollar Lab's page watch: the app's one URL-state mechanism, and the html lang attribute.
//
// Each run of a page renders hidden markers (lib/ui/state.py, url_marker):
//   span.dollar-lab-url with data-set='{"forward": "152.5"}' data-unset='["spot"]'
// This observer, installed once per browser tab, keeps the address bar equal to what
// the current markers say, with history.replaceState, after the new figures are
// painted. A parameter a marker once set and no current marker names (a control of
// the page just left) is dropped, so the address bar holds only the current page's
// controls, the language and Streamlit's own embed parameters.
// Markers inside elements Streamlit has marked stale (the page being left) are ignored.
//
// Loaded inside a script element by st.html, whose sanitiser drops any script whose text has
// "<" followed by a letter: this file never uses the less-than sign.
if (!window.dollarLabWatch) {
  const root = document.documentElement;
  const owned = new Set();
  let queued = false;
  const live = (sel) =>
    Array.from(document.querySelectorAll(sel)).filter((m) => !m.closest("[data-stale='true']"));
  const applyLang = () => {
    const marks = live(".dollar-lab-lang");
    const want = marks.length ? marks[marks.length - 1].dataset.lang : null;
    if (want && root.lang !== want) root.lang = want;
  };
  const applyUrl = () => {
    const marks = live(".dollar-lab-url");
    if (!marks.length) return;
    const url = new URL(window.location.href);
    const named = new Set();
    for (const m of marks) {
      const set = JSON.parse(m.dataset.set || "{}");
      for (const [k, v] of Object.entries(set)) {
        url.searchParams.set(k, v);
        owned.add(k);
        named.add(k);
      }
      for (const k of JSON.parse(m.dataset.unset || "[]")) {
        url.searchParams.delete(k);
        owned.add(k);
        named.add(k);
      }
    }
    for (const k of owned) if (!named.has(k)) url.searchParams.delete(k);
    if (url.search !== window.location.search) {
      window.history.replaceState(window.history.state, "", url);
    }
  };
  // At most one check per frame however many nodes a rerun changes, and the address
  // bar only after that frame is painted, so a new figure is never kept waiting.
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      applyLang();
      setTimeout(applyUrl, 0);
    });
  };
  window.dollarLabWatch = new MutationObserver(schedule);
  window.dollarLabWatch.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["lang", "data-lang", "data-set", "data-unset", "data-stale"],
  });
  applyLang();
  applyUrl();
}
