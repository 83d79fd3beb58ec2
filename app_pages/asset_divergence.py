"""Story 4: asset divergence: who recovered, who did not, and the yen.

Five narrative sections (content/<lang>/asset-divergence/s*.md), the last of which
checks the column's own numbers, with three labs (lib/labs/div.py): recovery ratios
(reported, plus a calculator) ``div_recovery``, the yen carry trade ``div_carry``, and
one bet or many (portfolio volatility and a stress in which stocks, bonds and the
dollar fall together) ``div_mix``. Text: strings ``div.*``.
"""

from lib.ui import story

page = story.Story("asset-divergence", "div")
page.header()
page.section("s1_week")
page.section("s2_recovery")
page.lab("div_recovery")
page.section("s3_forces")
page.lab("div_carry")
page.lab("div_mix")
page.section("s4_ai")
page.section("s5_checking")
page.footer()
