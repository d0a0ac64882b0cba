"""Confidence that means what it says: reliability tables, calibration error, and the fitted mapping.

A prediction is *right* when it covers at least 30 % of a gold attribution
(one-to-one, as the scorer pairs them) and its speaker mention overlaps the gold
source (a gold attribution without source wants no mention). The runs record
the engine's raw confidence; the calibrated confidence is
``quoteattr.calibration.calibrate(raw, tier)``, the one function the engine
itself applies, so both are measured from one run.

The mapping is fitted on the development split only (``python -m
benchmarks.calibrate``) and its calibration error is reported on the held-out
train slice, which the fit never sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from quoteattr.calibration import calibrate, interpolate

from .score import DocMatch, speaker_right

#: reliability bands of predicted confidence (lower bound inclusive)
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
#: equal-width bins of the expected calibration error
ECE_BINS = 10
#: smallest block of the isotonic fit: fewer statements give a share too noisy to ship
MIN_BLOCK = 25
#: fitted values stay inside (EDGE, 1 - EDGE): no statement is certain either way
EDGE = 0.01


def points(matches: Iterable[DocMatch]) -> list[tuple[float, bool]]:
    """(raw confidence, right) for every prediction that has a confidence."""
    out = []
    for m in matches:
        p2g = m.pred_to_gold(0.3)
        for pi, pred in enumerate(m.preds):
            if pred.confidence is None:
                continue
            right = pi in p2g and speaker_right(m.doc.statements[p2g[pi]], pred)
            out.append((pred.confidence, right))
    return out


def calibrated(pts: Sequence[tuple[float, bool]], tier: str) -> list[tuple[float, bool]]:
    return [(calibrate(c, tier), ok) for c, ok in pts]


@dataclass
class Band:
    low: float
    high: float
    n: int
    mean_confidence: float | None
    share_right: float | None


def bands(pts: Sequence[tuple[float, bool]], edges: Sequence[float] = BANDS) -> list[Band]:
    """Predictions grouped by confidence band: how many, their mean confidence, the share right."""
    out = []
    for k, (low, high) in enumerate(zip(edges, edges[1:])):
        last = k == len(edges) - 2
        inside = [(c, ok) for c, ok in pts if low <= c < high or (last and c == high)]
        n = len(inside)
        out.append(Band(low, high, n, sum(c for c, _ in inside) / n if n else None,
                        sum(ok for _, ok in inside) / n if n else None))
    return out


def ece(pts: Sequence[tuple[float, bool]], bins: int = ECE_BINS) -> float | None:
    """Expected calibration error: sum over equal-width bins of (share of predictions) × |share right − mean confidence|."""
    if not pts:
        return None
    edges = [i / bins for i in range(bins + 1)]
    return sum(b.n / len(pts) * abs(b.share_right - b.mean_confidence)
               for b in bands(pts, edges) if b.n)


def fit_isotonic(pts: Sequence[tuple[float, bool]], min_block: int = MIN_BLOCK) -> list[tuple[float, float, int]]:
    """Knots (mean raw confidence, share right, n) of an increasing step fit (pool adjacent violators).

    Predictions with equal raw confidence start in one block; a block whose share
    right is not above its left neighbour's is pooled with it, and so is a block
    under *min_block* predictions. Values are then kept strictly increasing inside
    (EDGE, 1 - EDGE), so the interpolated mapping never reorders two predictions.
    """
    blocks: list[list[float]] = []  # [sum raw, sum right, n]
    last = None
    for c, ok in sorted(pts):
        if blocks and c == last:
            blocks[-1][0] += c
            blocks[-1][1] += ok
            blocks[-1][2] += 1
        else:
            blocks.append([c, float(ok), 1])
        last = c
    changed = True
    while changed and len(blocks) > 1:
        changed = False
        for i in range(len(blocks) - 1):
            a, b = blocks[i], blocks[i + 1]
            small = a[2] < min_block or b[2] < min_block
            if a[1] / a[2] >= b[1] / b[2] or small:
                blocks[i:i + 2] = [[a[0] + b[0], a[1] + b[1], a[2] + b[2]]]
                changed = True
                break
    knots = []
    floor = EDGE
    for s_raw, s_ok, n in blocks:
        value = min(1 - EDGE, max(floor, s_ok / n))
        knots.append((s_raw / n, value, int(n)))
        floor = value + 0.001
    return knots


def apply_knots(raw: float, knots: Sequence[tuple[float, float, int]]) -> float:
    """The mapping the shipped table defines (for checking a fit before it is written)."""
    pts = [(0.0, 0.0)] + [(x, y) for x, y, _ in knots if 0.0 < x < 1.0] + [(1.0, 1.0)]
    return interpolate(raw, tuple(p[0] for p in pts), tuple(p[1] for p in pts))
