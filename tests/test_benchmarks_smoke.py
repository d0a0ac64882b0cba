"""CI smoke run of the whole benchmark harness on a handful of documents (no timing assertions).

Scores the hand-written fixture, and 2 PolNeAR dev articles and 2 of the
held-out train slice when the corpus is next to the project (always under CI); textacy rows appear only when textacy is installed (it
is the ``bench`` extra, not a CI dependency).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import bench_path
from benchmarks import run

HAS_TEXTACY = importlib.util.find_spec("textacy") is not None


def test_harness_runs_end_to_end(tmp_path: Path) -> None:
    page, out = tmp_path / "benchmarks.md", tmp_path / "out"
    argv = ["--skip-speed", "--doc", str(page), "--out", str(out)]
    root = bench_path.require_polnear() if bench_path.in_ci() else bench_path.polnear_root()
    if root is not None:
        argv += ["--polnear", str(root), "--split", "dev", "--limit", "2"]
    assert run.main(argv) == 0
    md = page.read_text(encoding="utf-8")
    assert "## Fixture: the hand-written texts" in md and "not an evaluation" in md
    assert "| quoteattr trained |" in md and "| quoteattr rules |" in md
    assert ("| textacy |" in md) is HAS_TEXTACY
    assert "## Confidence" in md and "--skip-speed" in md
    split = "dev" if root is not None else "handset"
    assert (out / f"errors-{split}.md").read_text(encoding="utf-8").startswith("# Errors of quoteattr")
    assert (out / f"results-{split}.json").is_file()
    if root is not None:
        assert "## Accuracy on PolNeAR dev, development split (2 articles)" in md
        assert "## Accuracy on PolNeAR train, held-out slice (2 articles)" in md
        assert "### All attributions" in md and "### Speech (independent cue list)" in md
        assert "## Headline: all attributions" in md and "## What was tuned on what" in md
        assert "### By cue lemma" in md and "### Calibration error" in md
        assert "held-out slice" not in (out / "errors-dev.md").read_text(encoding="utf-8")


def test_speed_section_runs_on_tiny_sizes(tmp_path: Path) -> None:
    page = tmp_path / "benchmarks.md"
    argv = ["--doc", str(page), "--out", str(tmp_path / "out"), "--repeats", "1", "--stream-passes", "2",
            "--growth-sizes", "300,3000", "--skip-textacy", "--linear-sizes", "300,3000", "--profile-rounds", "1",
            "--big-text-chars", "20000"]
    assert run.main(argv) == 0
    md = page.read_text(encoding="utf-8")
    for heading in ("## Speed", "## Growth with document length", "## Memory", "## Speed targets and per-stage profile",
                    "### Per-stage profile"):
        assert heading in md
    assert "bare spaCy pipeline" in md and "words/s" in md
    assert "| tokenizer |" in md and "| quoteattr names |" in md and "peak resident memory" in md
