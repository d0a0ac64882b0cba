"""The accuracy gate: the 20 dev articles of ``benchmarks/data/gate-dev.txt`` scored by the project's scorer.

``tests/test_accuracy_floor.py`` asserts floors under these figures, so a change
that loses accuracy fails CI. Print today's figures (to move a floor, with a
reason in the commit message)::

    python -m benchmarks.gate --polnear ../shared/data/polnear
"""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path
from typing import Sequence

from spacy.language import Language

from . import heldout, systems
from .evaluation import ALL, DEFAULT_ALL
from .gold import GoldDoc
from .reliability import ece, points
from .score import evaluate

#: hook for issue 12's name layer: a module ``benchmarks/names.py`` with
#: ``name_accuracy(docs, runs) -> float | None`` (resolved-name accuracy on the
#: gate's articles). Until it exists the name figure is None and its floor is not checked.
NAMES_MODULE = "benchmarks.names"


def gate_docs(polnear_root: str | Path) -> list[GoldDoc]:
    return heldout.read_listed(polnear_root, "dev", heldout.GATE_FILE)


def figures(docs: Sequence[GoldDoc], nlp: Language, tier: str,
            polnear_root: str | Path | None = None) -> dict[str, float | None]:
    """F1 at 30 %, exact F1 and speaker accuracy (scope="all" vs all attributions), the default scope's
    precision at 30 % against all attributions and the calibration error of its reported confidence,
    and resolved-name accuracy when the name layer exists."""
    texts, ids = [d.text for d in docs], [d.id for d in docs]
    out: dict[str, float | None] = {}
    runs = {}
    parsed = list(nlp.pipe(texts)) if tier == "trained" else []
    for view, scope in ((ALL, "all"), (DEFAULT_ALL, "statements")):
        if tier == "trained":
            run = systems.quoteattr_trained(parsed, ids, scope=scope)
        else:
            run = systems.quoteattr_rules(texts, ids, nlp, scope=scope)
        runs[view] = run
        scores, matches = evaluate(docs, run.predictions)
        if view == ALL:
            out["f1"] = scores.overlap_prf(0.3)[2]
            out["exact_f1"] = scores.exact_prf()[2]
            out["speaker_acc"] = scores.speaker_ok / scores.speaker_n if scores.speaker_n else 0.0
        else:
            out["default_precision"] = scores.overlap_prf(0.3)[0]
            out["ece"] = ece(points(matches))  # of the confidence quoteattr reports (calibrated)
    out["name_acc"] = _name_accuracy(docs, runs, polnear_root) if polnear_root is not None else None
    return out


def _name_accuracy(docs: Sequence[GoldDoc], runs: dict, root: str | Path) -> float | None:  # type: ignore[type-arg]
    import importlib
    import importlib.util

    if importlib.util.find_spec(NAMES_MODULE) is None:
        return None
    names = importlib.import_module(NAMES_MODULE)
    fn = getattr(names, "name_accuracy", None)
    return fn(docs, runs, root) if fn is not None else None


def main(argv: Sequence[str] | None = None) -> int:
    import quoteattr
    from quoteattr import load_model

    p = argparse.ArgumentParser(prog="python -m benchmarks.gate", description=__doc__.split("\n\n")[0])
    p.add_argument("--polnear", required=True, help="PolNeAR folder (holding dev/ or data/dev/)")
    args = p.parse_args(argv)
    warnings.simplefilter("ignore", quoteattr.RulesOnlyWarning)
    docs = gate_docs(args.polnear)
    for tier, nlp in (("trained", load_model()), ("rules", load_model(rules_only=True))):
        figs = figures(docs, nlp, tier, args.polnear)
        print(tier, " ".join(f"{k}={'—' if v is None else f'{100 * v:.1f}'}" for k, v in figs.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
