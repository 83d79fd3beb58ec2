"""Labs of the krw page (being ported)."""

LABS = ()
