"""Labs of the div page (being ported)."""

LABS = ()
