"""Story 3: defending the won.

Six narrative sections (content/<lang>/krw-defence/s*.md) with three labs: the
pension fund's hedge in a toy market (``krw_pension``), the forward and the cost of
hedging, the home lab's parity seen from Seoul (``krw_forward``), and what a weaker won
costs households (``krw_household``). Labs: lib/labs/krw.py; text: strings ``krw.*``.
"""

from lib.ui import story

page = story.Story("krw-defence", "krw")
page.header()

page.section("s1_what")
page.section("s2_why")
page.section("s3_line")
page.section("s4_pension")
page.lab("krw_pension")
page.section("s5_effects")
page.lab("krw_forward")
page.lab("krw_household")
page.section("s6_taiwan")

page.footer()
