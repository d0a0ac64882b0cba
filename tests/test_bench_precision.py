"""The precision tables (issue 11) on hand-built matches."""

from __future__ import annotations

import bench_path  # noqa: F401
from benchmarks import precision
from benchmarks.gold import GoldDoc, GoldStatement
from benchmarks.score import Prediction, evaluate

TEXT = ("Budget Rows Again\n\nSmith said the plan failed. Hamilton added a goal. Jones said taxes will rise. "
        "The film “Borat” was shown. The firm declined to comment.")


def sp(piece: str) -> tuple[int, int]:
    at = TEXT.index(piece)
    return (at, at + len(piece))


def test_alarms_by_lemma_and_causes() -> None:
    gold = GoldDoc("d", TEXT, (
        GoldStatement((sp("the plan failed"),), (sp("said"),), (sp("Smith"),)),
        GoldStatement((sp("taxes will rise"),), (sp("said taxes"),), (sp("Jones"),)),
    ))
    preds = [
        Prediction((sp("Rows Again"),), None, None, None, "direct", 0.2),
        Prediction((sp("the plan failed"),), (sp("said"),), (sp("Smith"),), "Smith", "indirect", 0.9),
        Prediction((sp("a goal"),), (sp("added"),), (sp("Hamilton"),), "Hamilton", "indirect", 0.7),
        Prediction((sp("taxes will rise"),), ((sp("said taxes")[0], sp("said taxes")[0] + 4),), (sp("Jones"),),
                   "Jones", "indirect", 0.9),
        Prediction((sp("Borat"),), None, None, None, "direct", 0.2),
        Prediction((sp("to comment"),), (sp("declined"),), (sp("The firm"),), None, "indirect", 0.6),
    ]
    _, matches = evaluate([gold], [preds])
    by_lemma = precision.alarms_by_lemma(matches)
    assert by_lemma["say"] == (2, 0)
    assert by_lemma["add"] == (0, 1)
    assert by_lemma["(no cue)"] == (0, 2)
    causes = precision.false_alarm_causes(matches)
    assert causes["headline or caption"] == 1
    assert causes["cue verb in another sense"] == 1
    assert causes["scare quote, title, list"] == 1
    assert causes["refusal or negated speech"] == 1
    assert sum(causes.values()) == 4
    md = precision.section(matches)
    assert "| say | 2 | 0 | 100 |" in md and "| add | 0 | 1 | 0 |" in md
    listing = precision.listing(matches, [None])
    assert "### cue verb in another sense (1)" in listing and "cue lemma: add" in listing
