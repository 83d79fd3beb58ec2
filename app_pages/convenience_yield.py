"""Story 1: the dollar kept its privilege, Treasuries lost theirs (convenience yield).

Seven narrative sections (content/<lang>/convenience-yield/s*.md) with four labs
(lib/labs/cy.py): the decomposition of the Treasury premium (``cy_decomp``), the stress
explorer (``cy_stress``), the supply lab (``cy_supply``) and the balance-sheet toy model
(``cy_balance``). Text: strings ``cy.*``; controls: content/labs.toml; episodes:
content/stress.toml.
"""

from lib.ui import story

page = story.Story("convenience-yield", "cy")
page.header()
page.section("s1_what")
page.section("s2_measure")
page.link("home", "cy.home_link")
page.section("s3_connect")
page.lab("cy_decomp")
page.section("s4_divergence")
page.section("s5_stress")
page.lab("cy_stress")
page.section("s6_why")
page.lab("cy_supply")
page.lab("cy_balance")
page.section("s7_meaning")
page.footer()
