"""Floor 1: the baseline with the home lab's number of inputs (five sliders), nothing else.

Bare Streamlit: five ``st.slider`` (the first drives the figure), one ``st.metric``,
the baseline's Altair chart. It shows what four more sliders cost on their own.
Run by ``bench/run.py --floor``.
"""

import altair as alt
import pandas as pd
import streamlit as st

xs = [
    st.slider(f"x{i}", min_value=0.0, max_value=10.0, value=5.0, step=0.05, key=f"x{i}")
    for i in range(5)
]
x = xs[0]
st.metric("x squared", f"{x * x:,.2f}")

t = [i / 49 * 10 for i in range(50)]
frame = pd.DataFrame({"t": t, "y": [x * v - v * v / 4 for v in t]})
st.altair_chart(alt.Chart(frame).mark_line().encode(x="t:Q", y="y:Q"), width="stretch")
