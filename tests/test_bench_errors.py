"""The error report's causes and the report tables, on hand-built matches."""

from __future__ import annotations

import bench_path  # noqa: F401
from benchmarks import errors, report
from benchmarks.gold import GoldDoc, GoldStatement
from benchmarks.report import Row
from benchmarks.score import Prediction, evaluate
from benchmarks.speed import GrowthRow, MemoryTrace, Timing

TEXT = "Smith said the plan failed. Jones said taxes will rise. Lee thinks rain is coming. Nobody knows."


def sp(piece: str) -> tuple[int, int]:
    at = TEXT.index(piece)
    return (at, at + len(piece))


def test_causes() -> None:
    gold = GoldDoc("d", TEXT, (
        GoldStatement((sp("the plan failed"),), (sp("said"),), (sp("Smith"),), "Al Smith"),
        GoldStatement((sp("taxes will rise"),), (sp("said taxes"),), (sp("Jones"),)),
    ))
    out_of_scope = [GoldStatement((sp("rain is coming"),), (sp("thinks"),), (sp("Lee"),))]
    preds = [
        Prediction((sp("the plan failed"),), (sp("said"),), (sp("Smith"),), "Bo Smith", "indirect", 0.9),
        Prediction((sp("rain is coming"),), (sp("thinks"),), (sp("Lee"),), "Lee", "indirect", 0.5),
        Prediction((sp("Nobody knows"),), None, None, None, "direct", 0.1),
    ]
    _, (m,) = evaluate([gold], [preds])
    causes = [c for c, _, _ in errors.classify(m, out_of_scope)]
    assert causes == ["wrong name", "no cue found", "false alarm: an attribution outside the scope",
                      "false alarm without cue"]
    md = errors.report("t", [m], [None], [out_of_scope])
    assert "### no cue found (1)" in md and "sentence: Jones said taxes will rise." in md
    assert errors.counts([m], [out_of_scope])["wrong name"] == 1


def test_tables_render() -> None:
    gold = GoldDoc("d", TEXT, (GoldStatement((sp("the plan failed"),), (sp("said"),), (sp("Smith"),), "Smith"),))
    scores, _ = evaluate([gold], [[Prediction((sp("the plan failed"),), None, (sp("Smith"),), "Al Smith", "indirect", 0.7)]])
    rows = [Row("quoteattr trained", "statements only", scores)]
    table = report.accuracy_table(rows, names=True)
    assert "100.0 / 100.0 / 100.0" in table and "100.0 (1/1)" in table
    assert "indirect" in report.kind_table(rows).splitlines()[0]
    assert "1 · 100.0" in report.confidence_table(rows)
    growth = report.growth_table([GrowthRow("rules", 1000, Timing(0.02, 0.01)), GrowthRow("rules", 10000, Timing(0.2, 0.1))])
    assert "10×" in growth
    assert "flat" in report.memory_text(MemoryTrace(3, [100.0, 101.0, 100.5], 90.0, 120.0), "c")
