"""The benchmark's floor: the smallest app with the lab pattern (slider, figure, chart).

One slider, one figure computed from it and shown with ``st.metric``, and one small
Altair line chart that depends on the slider. No fragment, no navigation, nothing
else: whatever Dollar Lab costs above this is the cost of Dollar Lab itself.
Run by ``bench/run.py``; ``streamlit run bench/baseline.py`` to look at it.
"""

import altair as alt
import pandas as pd
import streamlit as st

x = st.slider("x", min_value=0.0, max_value=10.0, value=5.0, step=0.05, key="x")
st.metric("x squared", f"{x * x:,.2f}")

t = [i / 49 * 10 for i in range(50)]
frame = pd.DataFrame({"t": t, "y": [x * v - v * v / 4 for v in t]})
st.altair_chart(alt.Chart(frame).mark_line().encode(x="t:Q", y="y:Q"), width="stretch")
