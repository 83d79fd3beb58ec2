"""Story 2: the AI dollar, from petrodollar to compute dollar.

Nine narrative sections (content/<lang>/ai-dollar/s*.md) that keep reported facts,
the authors' arguments and the app's assumptions apart, with four labs
(lib/labs/ai.py): two recycling loops (``ai_loops``), energy to compute
(``ai_energy``), who holds the stack, by HHI (``ai_stack``), and how long a lock-in
lasts (``ai_lockin``). Computations: lib/ai_dollar.py; text: strings ``ai.*``;
controls: content/labs.toml.
"""

from lib.ui import story

page = story.Story("ai-dollar", "ai")
page.header()
page.section("s1_meaning")
page.section("s2_origins")
page.section("s3_petrodollar")
page.lab("ai_loops")
page.section("s4_policy")
page.link("convenience-yield", "ai.cy_link")
page.section("s5_gulf")
page.lab("ai_energy")
page.section("s6_binding")
page.section("s7_motives")
page.section("s8_chokepoints")
page.lab("ai_stack")
page.section("s9_limits")
page.lab("ai_lockin")
page.footer()
