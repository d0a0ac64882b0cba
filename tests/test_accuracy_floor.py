"""Accuracy floors: a change that loses accuracy on real news fails CI instead of slipping through.

The 20 PolNeAR dev articles of ``benchmarks/data/gate-dev.txt`` (drawn once by
``benchmarks/heldout.py``) are scored by the project's scorer on both tiers
(``benchmarks/gate.py``). Each floor sits about two points under the figure
measured when it was set (in the comment beside it); raise a floor when
accuracy rises, and lower one only with the reason in the commit message.
Print today's figures with ``python -m benchmarks.gate --polnear ../shared/data/polnear``.

The corpus is found through ``tests/bench_path.py`` (``$QUOTEATTR_SHARED`` or
``../shared``): the tests skip without it, and fail without it under CI.
No timing is asserted.
"""

from __future__ import annotations

import warnings

import pytest
from spacy.language import Language

import bench_path
import quoteattr
from benchmarks import gate

#: tier -> figure -> floor (percent), about two points under the figures measured on 2026-12-03 after
#: the precision stage (issue 11) and the recogniser-free default load (issue 13); at 41b3f1f they were
#: trained 78.5 / 51.7 / 84.4 / 86.4 and rules 77.9 / 44.7 / 65.6 / 87.1.
FLOORS: dict[str, dict[str, float]] = {
    # scope="all" vs all attributions: F1 ≥30 % 79.5, exact F1 53.2, speaker 86.0; default-scope P 92.0
    # (after the sixth session of 2026-12-04, 878c12d: F1 79.7, exact F1 53.8, speaker 88.3, P 92.6; after the
    # seventh, 1bf0ade: F1 79.7, exact F1 53.8, speaker 88.3, P 92.3; after the eighth, d03c150: F1 79.5,
    # exact F1 54.0, speaker 89.2, P 92.5; after the ninth, 65f4bf1: F1 79.6, exact F1 54.4, speaker 89.2, P 92.5;
    # after the tenth, ecf0b85: F1 79.7, exact F1 54.9, speaker 89.5, P 92.8; the twelfth, 4dece69, and the
    # thirteenth, 461cbaf: the same)
    "trained": {"f1": 77.5, "exact_f1": 52.5, "speaker_acc": 87.5, "default_precision": 90.5},
    # F1 77.2, exact F1 45.7, speaker 67.5 (72.1 on 2026-12-04 after the opening-subject rule, 74.8 after the
    # third session's speaker rules, 75.6 after the fourth's); default-scope P 90.9 (90.4 at 664228e, 90.6 in
    # the fourth session); after the fifth session (06552d2): exact F1 46.5, speaker 76.2, P 91.5; after the
    # sixth (878c12d): F1 77.1, exact F1 46.5, speaker 77.2, P 91.5; after the seventh (1bf0ade): F1 77.0,
    # exact F1 47.0, speaker 77.2, P 91.5; after the eighth (d03c150): F1 76.8, exact F1 47.0, speaker 77.7, P 91.8;
    # after the ninth (65f4bf1): F1 77.5, exact F1 49.1, speaker 79.0, P 91.9; after the tenth (ecf0b85): F1 77.6,
    # exact F1 49.6, speaker 79.3, P 92.2; after the twelfth (4dece69): F1 77.8, exact F1 50.0, speaker 79.0, P 92.2;
    # after the thirteenth (461cbaf): F1 77.7, exact F1 50.3, speaker 79.9, P 92.5
    "rules": {"f1": 75.8, "exact_f1": 48.3, "speaker_acc": 77.9, "default_precision": 90.5},
}
#: Ceiling on the calibration error (ECE, percent) of the confidence quoteattr reports, default scope,
#: on the gate's articles: 3.4 trained, 4.3 rules when set (raw, uncalibrated: 9.6 and 17.1). A change to
#: the engine's confidence factors that leaves the table stale fails here: refit it with
#: ``python -m benchmarks.calibrate --polnear ../shared/data/polnear`` (development split only).
ECE_CEILING = 8.0
#: Resolved-name accuracy floors (benchmarks/names.py against the name layer, default scope): 87.9
#: trained, 82.7 rules after the thirteenth session (461cbaf);
#: 87.9 trained, 82.5 rules on the gate's articles after the tenth session (ecf0b85); 87.4 / 83.0 after the
#: ninth (65f4bf1); 87.4 / 82.5 after the
#: eighth session of 2026-12-04 (d03c150; this test's
#: trained pipeline: 87.4 too); 86.0 / 81.6 after the sixth (878c12d; test pipeline 85.5); 84.5 / 80.0 after the fifth (06552d2; test pipeline 83.5); 83.5 / 79.5 after the fourth (test pipeline 81.5); 82.1 / 78.0 at 664228e (third session); 80.1 / 72.8 after the
#: second session (opening subjects, opening phrases, pairs, collectives); 78.1 / 69.1 after the first
#: issue-12 sieves, 69.2 / 64.7 before them. The trained floor is for this test's pipeline (conftest's bare
#: full spacy.load, with the recogniser and without quoteattr_paragraphs), which scores 80.1 there.
NAME_FLOORS: dict[str, float | None] = {"trained": 85.0, "rules": 81.0}


@pytest.fixture(scope="module")
def gate_docs():  # type: ignore[no-untyped-def]
    return gate.gate_docs(bench_path.require_polnear())


@pytest.mark.parametrize("tier", [pytest.param("trained", marks=pytest.mark.model), "rules"])
def test_accuracy_stays_above_its_floors(tier: str, gate_docs, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    nlp: Language = request.getfixturevalue("trained_nlp" if tier == "trained" else "blank_nlp")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", quoteattr.RulesOnlyWarning)
        figs = gate.figures(gate_docs, nlp, tier, bench_path.require_polnear())
    shown = ", ".join(f"{k} {100 * v:.1f}" for k, v in figs.items() if v is not None)
    below = [f"{k} {figs[k]} < floor {floor}" for k, floor in FLOORS[tier].items()
             if figs[k] is None or 100 * figs[k] < floor]  # type: ignore[operator]
    if figs["ece"] is None or 100 * figs["ece"] > ECE_CEILING:
        below.append(f"calibration error {figs['ece']} > ceiling {ECE_CEILING} % (refit: python -m benchmarks.calibrate)")
    name_floor = NAME_FLOORS[tier]
    if name_floor is not None:
        name = figs["name_acc"]
        if name is None or 100 * name < name_floor:
            below.append(f"name_acc {name} < floor {name_floor}")
    assert not below, f"{tier} tier on the 20-article gate: {'; '.join(below)} (all: {shown})"


def test_the_gate_list_is_twenty_dev_articles_of_every_publisher() -> None:
    from benchmarks import heldout

    ids = heldout.read_ids(heldout.GATE_FILE)
    assert len(ids) == 20 and len(set(ids)) == 20
    assert {i.split("_")[0] for i in ids} == {"breitbart", "huff-post", "nyt", "politico", "usa-today",
                                               "wash-post", "west-journal"}
