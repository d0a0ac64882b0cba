"""The confidence calibration table (src/quoteattr/data/calibration.tsv) and its fit (benchmarks/reliability.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import bench_path  # noqa: F401
from benchmarks import reliability
from quoteattr import analyze, calibration

TEXT = ("“We will reopen the pier by June,” said Mayor Ann Lee. She added that the budget was tight. "
        "Critics argued the plan was rushed, according to a statement. “Nothing works,” a resident said.")


def test_the_shipped_table_has_both_tiers() -> None:
    table = calibration.table()
    assert set(table) == set(calibration.TIERS)
    for knots, values in table.values():
        assert knots[0] == 0.0 and knots[-1] == 1.0 and len(knots) > 3


@pytest.mark.parametrize("tier", calibration.TIERS)
def test_the_mapping_is_strictly_increasing_so_it_never_reorders(tier: str) -> None:
    xs = [i / 200 for i in range(201)]
    ys = [calibration.interpolate(x, *calibration.table()[tier]) for x in xs]
    assert all(a < b for a, b in zip(ys, ys[1:]))
    assert all(0.0 <= y <= 1.0 for y in ys)


def test_parse_table_anchors_and_sorts() -> None:
    text = "# c\ntier\traw\tcalibrated\tn\nrules\t0.8\t0.9\t30\nrules\t0.4\t0.2\t30\n"
    assert calibration.parse_table(text)["rules"] == ((0.0, 0.4, 0.8, 1.0), (0.0, 0.2, 0.9, 1.0))
    assert calibration.interpolate(0.6, *calibration.parse_table(text)["rules"]) == pytest.approx(0.55)


def test_unknown_tier_and_raw_block_leave_the_value_alone() -> None:
    assert calibration.calibrate(0.5, "no such tier") == 0.5
    with calibration.raw_confidence():
        assert calibration.calibrate(0.5, "rules") == 0.5
    assert calibration.calibrate(0.5, "rules") != 0.5


@pytest.mark.parametrize("tier", ["rules", pytest.param("trained", marks=pytest.mark.model)])
def test_the_engine_reports_the_calibrated_raw_confidence(tier: str, request: pytest.FixtureRequest) -> None:
    nlp: Language = request.getfixturevalue("blank_nlp" if tier == "rules" else "trained_nlp")
    with calibration.raw_confidence():
        raw = analyze(TEXT, nlp=nlp).quotes
    final = analyze(TEXT, nlp=nlp).quotes
    assert len(raw) == len(final) > 0
    for r, f in zip(raw, final):
        assert f.confidence == calibration.calibrate(r.confidence, tier)
        assert (r.content, r.speaker) == (f.content, f.speaker)


def test_ece_is_zero_when_confidence_matches_the_share_right() -> None:
    pts = [(0.25, True)] + [(0.25, False)] * 3 + [(0.95, True)] * 19 + [(0.95, False)]
    assert reliability.ece(pts) == pytest.approx(0.0)
    assert reliability.ece([(0.9, False)] * 10) == pytest.approx(0.9)
    assert reliability.ece([]) is None


def test_bands_count_every_prediction_once() -> None:
    pts = [(0.0, False), (0.2, True), (0.55, True), (0.999, False), (1.0, True)]
    assert sum(b.n for b in reliability.bands(pts)) == len(pts)


def test_isotonic_fit_pools_violators_and_small_blocks() -> None:
    pts = [(0.3, False)] * 30 + [(0.5, True)] * 20 + [(0.5, False)] * 20 + [(0.6, False)] * 5 \
        + [(0.7, True)] * 25 + [(0.7, False)] * 15 + [(0.9, True)] * 40
    knots = reliability.fit_isotonic(pts, min_block=10)
    values = [v for _, v, _ in knots]
    assert all(a < b for a, b in zip(values, values[1:]))
    assert sum(n for _, _, n in knots) == len(pts)
    assert all(n >= 10 for _, _, n in knots)
    assert values[0] == reliability.EDGE and values[-1] == 1 - reliability.EDGE
