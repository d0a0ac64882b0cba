"""Markdown tables for ``docs/benchmarks.md``: pure functions from scores and timings to text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .score import BUCKETS, Scores
from .speed import GrowthRow, MemoryTrace, Throughput


@dataclass
class Row:
    """One system scored on one gold view."""

    system: str
    view: str
    scores: Scores
    failed_docs: int | None = None


def pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}"


def prf(t: tuple[float, float, float]) -> str:
    return " / ".join(pct(v) for v in t)


def table(header: Sequence[str], rows: Sequence[Sequence[object]], align: str | None = None) -> str:
    align = align or "l" + "r" * (len(header) - 1)
    sep = ["---:" if a == "r" else "---" for a in align]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(sep) + " |"]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def accuracy_table(rows: Sequence[Row], *, names: bool = False) -> str:
    header = ["system", "gold", "pred", "exact P / R / F1", "≥30 % P / R / F1", "≥80 % P / R / F1",
              "char P / R / F1", "cue acc.", "speaker acc."]
    if names:
        header.append("name acc.")
    header.append("docs raised")
    body = []
    for r in rows:
        s = r.scores
        line: list[object] = [
            r.system, s.n_gold, s.n_pred, prf(s.exact_prf()), prf(s.overlap_prf(0.3)), prf(s.overlap_prf(0.8)),
            prf(s.char_prf()), _rate(s.cue_ok, s.cue_n), _rate(s.speaker_ok, s.speaker_n),
        ]
        if names:
            line.append(_rate(s.name_ok, s.name_n))
        line.append("—" if r.failed_docs is None else r.failed_docs)
        body.append(line)
    return table(header, body)


def _rate(ok: int, n: int) -> str:
    return f"{pct(ok / n)} ({ok}/{n})" if n else "—"


def kind_table(rows: Sequence[Row]) -> str:
    """Recall by gold kind (exact, ≥30 %, ≥80 %) and precision (≥30 %) by predicted kind."""
    kinds = ("direct", "indirect", "mixed")
    header = ["system", "view"] + [f"{k}: n · R exact / ≥30 % / ≥80 %" for k in kinds] + \
        [f"P ≥30 % of predicted {k}" for k in kinds]
    body = []
    for r in rows:
        line: list[object] = [r.system, r.view]
        for k in kinds:
            n, ex, f30, f80 = r.scores.by_gold_kind.get(k, [0, 0, 0, 0])
            line.append(f"{n} · {pct(ex / n) if n else '—'} / {pct(f30 / n) if n else '—'} / "
                        f"{pct(f80 / n) if n else '—'}")
        for k in kinds:
            n, ok = r.scores.by_pred_kind.get(k, [0, 0])
            line.append(_rate(ok, n))
        body.append(line)
    return table(header, body, "ll" + "r" * (len(header) - 2))


def confidence_table(rows: Sequence[Row]) -> str:
    header = ["system", "view"] + [f"conf. {b[2]}: n · right" for b in BUCKETS]
    body = []
    for r in rows:
        line: list[object] = [r.system, r.view]
        for _, _, label in BUCKETS:
            n, ok = r.scores.confidence[label]
            line.append(f"{n} · {pct(ok / n) if n else '—'}")
        body.append(line)
    return table(header, body, "ll" + "r" * len(BUCKETS))


def speed_table(runs: Sequence[Throughput]) -> str:
    bare = runs[0].wpcs if runs else 0.0
    body = [[t.name, f"{t.words:,}", f"{t.seconds:.2f}", f"{t.wps:,.0f}", f"{t.cpu:.2f}", f"{t.wpcs:,.0f}",
             f"{t.wpcs / bare:.2f}×"] for t in runs]
    return table(["what", "words", "wall s", "words/s (wall)", "CPU s", "words per CPU s",
                  "speed vs bare pipeline (CPU)"], body)


def growth_table(rows: Sequence[GrowthRow]) -> str:
    body = []
    firsts: dict[str, GrowthRow] = {}
    for r in rows:
        first = firsts.setdefault(r.tier, r)
        length_ratio = r.chars / first.chars
        time_ratio = r.seconds / first.seconds if first.seconds else float("nan")
        body.append([r.tier, f"{r.chars:,}", f"{r.timing.wall:.3f}", f"{r.seconds:.3f}", f"{length_ratio:.0f}×",
                     f"{time_ratio:.1f}×", f"{time_ratio / length_ratio:.2f}"])
    return table(["tier", "characters", "wall s", "CPU s", "length ratio", "time ratio (CPU)",
                  "time ratio / length ratio"], body)


def memory_text(trace: MemoryTrace, corpus: str) -> str:
    after = ", ".join(f"{x:.0f}" for x in trace.rss_after_pass)
    growth = trace.rss_after_pass[-1] - trace.rss_after_pass[0] if len(trace.rss_after_pass) > 1 else 0.0
    verdict = "growing" if growth > max(10.0, 0.05 * trace.rss_after_pass[0]) else "flat"
    return (f"Streaming {corpus} {trace.passes} times through one `attribute_many` call (trained tier): "
            f"resident memory {trace.rss_before:.0f} MB before, {after} MB after each pass "
            f"(change from pass 1 to pass {trace.passes}: {growth:+.0f} MB, **{verdict}**). "
            f"Peak resident memory of the whole benchmark process: {trace.peak:.0f} MB.")
