"""Confidence: one number per statement, computed here and nowhere else.

A statement's ``confidence`` is the product of named factors, rounded to three
decimals::

    confidence = pattern × unclosed × resolution

- ``pattern``: how sure the rule that made the statement is that it is a
  statement of that source (``PATTERN``: an attachment rule of
  ``statements/attach.py`` or a frame pattern of ``statements/reported.py``);
- ``unclosed``: ``UNCLOSED`` when the quote that started the statement was
  never closed (its extent is a guess), else 1;
- ``resolution``: how sure the speaker sieve that resolved the mention is of
  the person (``RESOLUTION``: a sieve of ``speakers/sieves.py``, or how the
  statement got no speaker).

The values are set by hand, in the order of how often each route is right.
:func:`score` is that raw product; :func:`final` maps it, per tier, onto the share
of such statements found right on the PolNeAR development split
(``calibration.py``, ``data/calibration.tsv``) and is what a ``Quote`` carries.
The reliability tables of ``docs/benchmarks.md`` show how both bear out.
"""

from __future__ import annotations

from .calibration import calibrate

__all__ = [
    "PATTERN", "DEFAULT_PATTERN", "RESOLUTION", "DEFAULT_RESOLUTION", "UNCLOSED", "pattern_factor", "score", "final",
]

#: detection confidence of each attachment rule and frame pattern
PATTERN: dict[str, float] = {
    # direct quotes: the attachment rules
    "after": 0.95, "before": 0.9, "dash": 0.85, "colon": 0.85, "transcript": 0.85,
    "continued": 0.7, "none": 0.45, "scare": 0.2,
    # reported and mixed speech: the frame patterns
    "that-clause": 0.85, "inverted": 0.8, "parenthetical": 0.8, "according-to": 0.8,
    "object": 0.75, "coordinated": 0.75, "possessive": 0.75, "as-put-it": 0.75,
    "participle": 0.7, "noun-that": 0.6,
}
#: a pattern with no entry above (a frame pattern added later) counts as a middling one
DEFAULT_PATTERN = 0.7

#: how sure each resolution path is of the speaker
RESOLUTION: dict[str, float] = {
    "name": 1.0, "role": 0.92, "pronoun": 0.88, "group": 0.85, "inherited": 0.85,
    "unresolved": 0.7,  # a mention that names no one we could find
    "none": 0.6,  # no speaker mention at all
}
#: a path with no entry above counts like an unresolved mention
DEFAULT_RESOLUTION = 0.7

#: a quote mark that never closed: the quote's end is the paragraph's end, a guess
UNCLOSED = 0.6


def pattern_factor(pattern: str) -> float:
    """The ``pattern`` factor of an attachment rule or frame pattern."""
    return PATTERN.get(pattern, DEFAULT_PATTERN)


def score(pattern: str, *, unclosed: bool, resolution: str) -> float:
    """The confidence of a statement made by *pattern* whose speaker was resolved by *resolution*."""
    value = pattern_factor(pattern)
    if unclosed:
        value *= UNCLOSED
    return round(value * RESOLUTION.get(resolution, DEFAULT_RESOLUTION), 3)


def final(pattern: str, *, unclosed: bool, resolution: str, tier: str) -> float:
    """The confidence a statement reports: :func:`score`, calibrated for *tier* ("trained" / "rules")."""
    return calibrate(score(pattern, unclosed=unclosed, resolution=resolution), tier)
