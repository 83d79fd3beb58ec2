"""Labs of the cy page (being ported)."""

LABS = ()
