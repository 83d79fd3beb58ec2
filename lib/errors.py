"""The error lib/ functions raise on impossible input, and the checks that raise it.

``InputError`` is a ``ValueError`` (so callers outside the app can catch that) that
also carries a ``code`` and the ``field`` at fault. The English message is for
programmers; the UI shows the string ``error.<code>`` with ``field.<field>`` from
the reader's string table instead, so the message appears in the reader's language.
"""

from __future__ import annotations

import numpy as np


class InputError(ValueError):
    """``field`` and ``code`` name the string ``error.<code>`` the UI shows; ``params``
    are its other placeholders, as numbers the UI formats (``{"total": 1.2}``)."""

    def __init__(self, field: str, code: str, message: str, **params: float):
        super().__init__(message)
        self.field = field
        self.code = code
        self.params = params


def finite(field: str, value, what: str) -> np.ndarray:
    """``value`` as a float array, or :class:`InputError` if any element is NaN or infinite."""
    arr = np.asarray(value, dtype=float)
    if not np.all(np.isfinite(arr)):
        raise InputError(field, "not_finite", f"{what} must be a finite number.")
    return arr


def positive(field: str, value, what: str) -> np.ndarray:
    """``value`` as a float array, or :class:`InputError` unless every element is > 0."""
    arr = finite(field, value, what)
    if np.any(arr <= 0):
        raise InputError(field, "not_positive", f"{what} must be greater than zero.")
    return arr


def non_negative(field: str, value, what: str) -> np.ndarray:
    """``value`` as a float array, or :class:`InputError` if any element is below zero."""
    arr = finite(field, value, what)
    if np.any(arr < 0):
        raise InputError(field, "negative", f"{what} cannot be negative.")
    return arr


def share(field: str, value, what: str) -> np.ndarray:
    """``value`` as a float array of fractions, or :class:`InputError` outside 0 to 1."""
    arr = finite(field, value, what)
    if np.any((arr < 0) | (arr > 1)):
        raise InputError(field, "not_a_share", f"{what} must be between 0 and 100%.")
    return arr


def as_output(x):
    """A float for a 0-d result, the array otherwise: lib/ functions return what they got."""
    return float(x) if np.ndim(x) == 0 else x


def message(error: ValueError, lang: str) -> str:
    """Why no figure can be computed, in ``lang`` where the error has a code: the string
    ``error.<code>`` with ``field.<field>`` and the parameters formatted as percentages.
    The one wording the lab, the exercise checks and the handout all show.

    >>> message(InputError("peak", "not_positive", "x"), "en")
    'The peak price must be greater than zero.'
    """
    from lib import content  # here, not above: lib.content is not needed by the checks

    t = content.translator(lang)
    if isinstance(error, InputError) and t.has(f"error.{error.code}"):
        field = t(f"field.{error.field}") if t.has(f"field.{error.field}") else error.field
        params = {k: content.format_value(v, "pct", lang, 0) for k, v in error.params.items()}
        return t(f"error.{error.code}", field=field, **params)
    return str(error)
