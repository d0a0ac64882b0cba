"""Fit the confidence calibration table on the PolNeAR development split and write it as package data.

    python -m benchmarks.calibrate --polnear ../shared/data/polnear

Runs both tiers in the default scope on every dev article with raw confidences,
pairs their statements with all gold attributions (``benchmarks/reliability.py``
says what counts as right), fits one increasing mapping per tier and writes
``src/quoteattr/data/calibration.tsv``. Fitted on dev only: the held-out train
slice is never read here. Refit after a change to the engine's confidence
factors, and regenerate the benchmark page, which shows the calibration error
on the slice before and after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import warnings
from pathlib import Path
from typing import Sequence

import quoteattr
from quoteattr import load_model

from . import polnear, reliability
from .evaluation import DEFAULT_ALL, RULES, TIER, TRAINED, log, score_corpus

TABLE = Path(quoteattr.__file__).resolve().parent / "data" / "calibration.tsv"


def render_table(knots: dict[str, list[tuple[float, float, int]]], source: str, model: str) -> str:
    lines = [
        "# Confidence calibration: raw confidence -> share of statements found right, per tier.",
        "# Fitted by `python -m benchmarks.calibrate` (benchmarks/reliability.py: isotonic regression,",
        f"# blocks of at least {reliability.MIN_BLOCK} statements) on {source}, quoteattr's default scope",
        "# scored against all gold attributions; right = covers >= 30 % of a gold attribution and the",
        "# speaker mention overlaps its source. Read by quoteattr/calibration.py, which interpolates",
        "# linearly between rows, anchored at (0, 0) and (1, 1).",
        f"# Fitted {dt.date.today().isoformat()} with quoteattr {quoteattr.__version__} and {model}.",
        "# Columns: tier, mean raw confidence of the block, share right, statements in the block.",
        "tier\traw\tcalibrated\tn",
    ]
    for tier, rows in knots.items():
        lines += [f"{tier}\t{raw:.4f}\t{value:.4f}\t{n}" for raw, value, n in rows]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.calibrate", description=__doc__.split("\n\n")[0])
    p.add_argument("--polnear", required=True, help="PolNeAR folder (holding dev/ or data/dev/)")
    p.add_argument("--model", help="trained spaCy pipeline (default: the best installed)")
    p.add_argument("--out", default=str(TABLE), help="where to write the table")
    args = p.parse_args(argv)
    warnings.simplefilter("ignore", quoteattr.RulesOnlyWarning)
    nlp, rules_nlp = load_model(args.model), load_model(rules_only=True)
    docs = polnear.read_split(args.polnear, "dev")
    log(f"fitting on PolNeAR dev ({len(docs)} articles) ...")
    res = score_corpus("dev", docs, nlp, rules_nlp, with_textacy=False, views=(DEFAULT_ALL,))
    knots = {}
    for system in (TRAINED, RULES):
        pts = reliability.points(res.matches[(system, DEFAULT_ALL)])
        knots[TIER[system]] = reliability.fit_isotonic(pts)
        fitted = [(reliability.apply_knots(c, knots[TIER[system]]), ok) for c, ok in pts]
        log(f"{system}: {len(pts)} statements, ECE on dev {reliability.ece(pts):.3f} raw -> "
            f"{reliability.ece(fitted):.3f} fitted (in-sample), {len(knots[TIER[system]])} blocks")
    meta = nlp.meta
    model = f"{meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"
    Path(args.out).write_text(render_table(knots, f"PolNeAR dev ({len(docs)} articles)", model), encoding="utf-8")
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
