"""Calibration: a statement's raw confidence turned into the share of such statements that were right.

The engine scores a statement by its pattern and its speaker's resolution path
(a product of named factors). Those raw numbers rank statements well but do not
say how often a statement is right. The table in ``data/calibration.tsv`` maps
them, per tier, onto the share of statements found right on the PolNeAR
development split: right means the statement covers at least 30 % of a gold
attribution and its speaker mention overlaps the gold source. The table is
fitted by ``python -m benchmarks.calibrate`` (isotonic regression, pool adjacent
violators, blocks of at least 25 statements); each row is one block: its mean
raw confidence and the share right. Between rows the mapping interpolates
linearly, anchored at (0, 0) and (1, 1), so it is strictly increasing: it never
reorders two statements, it only changes what the numbers mean.

Applied in one place, where the engine produces the final confidence.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import resources
from typing import Iterator

TIERS = ("trained", "rules")
_ENABLED: ContextVar[bool] = ContextVar("quoteattr_calibration", default=True)


def parse_table(text: str) -> dict[str, tuple[tuple[float, ...], tuple[float, ...]]]:
    """Tier -> (raw knots, calibrated values), from the TSV text (``#`` lines are comments)."""
    rows: dict[str, list[tuple[float, float]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("tier\t"):
            continue
        tier, raw, value, *_ = line.split("\t")
        rows.setdefault(tier, []).append((float(raw), float(value)))
    out = {}
    for tier, pts in rows.items():
        pts = [(0.0, 0.0)] + sorted(p for p in pts if 0.0 < p[0] < 1.0) + [(1.0, 1.0)]
        out[tier] = (tuple(p[0] for p in pts), tuple(p[1] for p in pts))
    return out


@functools.cache
def table() -> dict[str, tuple[tuple[float, ...], tuple[float, ...]]]:
    """The shipped table, read once per process."""
    return parse_table((resources.files("quoteattr") / "data" / "calibration.tsv").read_text(encoding="utf-8"))


def interpolate(raw: float, knots: tuple[float, ...], values: tuple[float, ...]) -> float:
    """The piecewise-linear mapping through (knots, values) at *raw* (clamped to [0, 1])."""
    x = min(1.0, max(0.0, raw))
    k = min(max(bisect_right(knots, x) - 1, 0), len(knots) - 2)
    x0, x1, y0, y1 = knots[k], knots[k + 1], values[k], values[k + 1]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def calibrate(raw: float, tier: str) -> float:
    """The calibrated confidence of a statement with raw confidence *raw* on *tier* ("trained" / "rules")."""
    fitted = table().get(tier)
    if not _ENABLED.get() or fitted is None:
        return raw
    return round(interpolate(raw, *fitted), 3)


@contextmanager
def raw_confidence() -> Iterator[None]:
    """Within this block the engine reports raw confidences (for fitting and measuring the table)."""
    token = _ENABLED.set(False)
    try:
        yield
    finally:
        _ENABLED.reset(token)


__all__ = ["calibrate", "raw_confidence", "table", "interpolate", "parse_table", "TIERS"]
