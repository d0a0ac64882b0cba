"""Per-cue-lemma and per-pattern precision (benchmarks/breakdown.py) and the fixed article lists (heldout.py)."""

from __future__ import annotations

import bench_path
from benchmarks import breakdown, heldout
from benchmarks.gold import GoldDoc, GoldStatement
from benchmarks.score import Prediction, match_doc

TEXT = "“We will win,” Smith said. Jones insisted that taxes would rise. The band played “Jump” all night."


def sp(piece: str) -> tuple[int, int]:
    at = TEXT.index(piece)
    return (at, at + len(piece))


def test_cue_lemma_and_pattern_of_predictions() -> None:
    said = Prediction((sp("We will win"),), (sp("said"),), (sp("Smith"),), None, "direct", 0.9)
    insisted = Prediction((sp("taxes would rise"),), (sp("insisted"),), (sp("Jones"),), None, "indirect", 0.8)
    scare = Prediction((sp("Jump"),), None, None, None, "direct", 0.2)
    assert breakdown.cue_lemma(TEXT, said) == "say" and breakdown.pattern(said) == "direct, cue after"
    assert breakdown.cue_lemma(TEXT, insisted) == "insist" and breakdown.pattern(insisted) == "indirect, cue before"
    assert breakdown.cue_lemma(TEXT, scare) == "(no cue)" and breakdown.pattern(scare) == "direct, no cue"
    doc = GoldDoc("d", TEXT, (GoldStatement((sp("“We will win,”"),), (sp("said"),), (sp("Smith"),)),
                              GoldStatement((sp("that taxes would rise"),), (sp("insisted"),), (sp("Jones"),))))
    m = match_doc(doc, [said, insisted, scare])
    assert breakdown.alarms([m]) == {"(no cue)": [0, 1], "insist": [1, 0], "say": [1, 0]}
    assert breakdown.alarms([m], "pattern")["direct, no cue"] == [0, 1]


def test_the_committed_lists_are_the_seeded_draws() -> None:
    root = bench_path.require_polnear()
    assert heldout.read_ids(heldout.SLICE_FILE) == heldout.draw_slice(root)
    assert heldout.read_ids(heldout.GATE_FILE) == heldout.draw_gate(root)
    slice_ids = heldout.read_ids(heldout.SLICE_FILE)
    assert len(slice_ids) == 147 and not set(slice_ids) & set(heldout.read_ids(heldout.GATE_FILE))
    assert all(len([i for i in slice_ids if i.startswith(p + "_")]) == 21 for p in heldout.publishers(root, "train"))
