"""Labs of the ai page (being ported)."""

LABS = ()
