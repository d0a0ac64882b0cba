"""Speed and memory, measured in the same run as the scores.

Words are whitespace-separated words of the input (``len(text.split())``).
Every timing is taken both as wall-clock time and as this process's CPU time
(``time.process_time``); ratios and targets use CPU time, which other work on
a shared machine disturbs far less than the wall clock.
Each throughput is the best of *repeats* timed passes over the corpus after
a warm-up on its first documents; the configurations take turns, round after
round, so that load from elsewhere on the machine hits them alike. Memory is the process's resident
set size (``/proc/self/status``), sampled after each pass while the corpus
streams several times through ``attribute_many``; peak is
``resource.getrusage(...).ru_maxrss``.
"""

from __future__ import annotations

import cProfile
import gc
import io
import pstats
import re
import resource
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from spacy.language import Language

from quoteattr import attribute, attribute_many


BARE = "bare spaCy pipeline (nlp.pipe)"
TRAINED = "quoteattr trained tier (attribute_many, pipeline included)"
RULES = "quoteattr rules tier (attribute_many, load_model(rules_only=True))"
TEXTACY = "textacy direct_quotations (pipeline included)"


def count_words(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)


def rss_mb() -> float:
    """The current resident set size in MB (0.0 where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds and this process's CPU seconds (``time.process_time``)."""

    wall: float
    cpu: float

    def best(self, other: Timing) -> Timing:
        return Timing(min(self.wall, other.wall), min(self.cpu, other.cpu))


NEVER = Timing(float("inf"), float("inf"))


def best_time(fn: Callable[[], object], repeats: int) -> Timing:
    """The best wall time and the best CPU time of *repeats* calls of *fn*."""
    best = NEVER
    for _ in range(max(1, repeats)):
        gc.collect()
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        best = best.best(Timing(time.perf_counter() - w0, time.process_time() - c0))
    return best


def _drain(it: Iterable[object]) -> None:
    for _ in it:
        pass


def run_textacy(nlp: Language, texts: Sequence[str]) -> int:
    """textacy with the pipeline included; returns the number of documents it raised on."""
    from textacy.extract.triples import direct_quotations

    failed = 0
    for doc in nlp.pipe(texts):
        try:
            _drain(direct_quotations(doc))
        except Exception:  # noqa: BLE001 - textacy raises per document
            failed += 1
    return failed


@dataclass
class Throughput:
    name: str
    timing: Timing
    words: int
    #: CPU seconds of every timed round (their spread shows the machine's noise)
    rounds: tuple[float, ...] = ()

    @property
    def spread(self) -> float:
        """(slowest − fastest) / fastest over the rounds' CPU times."""
        return (max(self.rounds) - min(self.rounds)) / min(self.rounds) if self.rounds and min(self.rounds) else 0.0

    @property
    def seconds(self) -> float:
        return self.timing.wall

    @property
    def cpu(self) -> float:
        return self.timing.cpu

    @property
    def wps(self) -> float:
        """Words per wall-clock second."""
        return self.words / self.seconds if self.seconds else float("inf")

    @property
    def wpcs(self) -> float:
        """Words per CPU second of this process (what the ratios use)."""
        return self.words / self.cpu if self.cpu else float("inf")


def throughput(texts: Sequence[str], nlp: Language, rules_nlp: Language, *,
               with_textacy: bool, repeats: int = 3, warmup: int = 5) -> list[Throughput]:
    """Words/s of: the bare pipeline, quoteattr trained (pipeline included), rules tier, textacy.

    After one warm-up of each on the first *warmup* texts, the configurations
    are timed in turn, *repeats* rounds, and each keeps its best time, so a
    burst of load on the machine hits them all alike.
    """
    words = count_words(texts)
    head = list(texts[:warmup])
    configs: list[tuple[str, Callable[[Sequence[str]], object]]] = [
        (BARE, lambda ts: _drain(nlp.pipe(ts))),
        (TRAINED, lambda ts: _drain(attribute_many(ts, nlp=nlp))),
        (RULES, lambda ts: _drain(attribute_many(ts, nlp=rules_nlp))),
    ]
    if with_textacy:
        configs.append((TEXTACY, lambda ts: run_textacy(nlp, ts)))
    for _, fn in configs:
        fn(head)
    best = {name: NEVER for name, _ in configs}
    rounds: dict[str, list[float]] = {name: [] for name, _ in configs}
    for _ in range(max(1, repeats)):
        for name, fn in configs:
            timing = best_time(lambda: fn(texts), 1)
            best[name] = best[name].best(timing)
            rounds[name].append(timing.cpu)
    return [Throughput(name, best[name], words, tuple(rounds[name])) for name, _ in configs]


def engine_seconds(docs: Sequence[object], repeats: int = 3) -> Timing:
    """Best time of quoteattr's own work on Docs the pipeline already made (``analyze_doc``)."""
    from quoteattr import analyze_doc

    return best_time(lambda: [analyze_doc(d) for d in docs], repeats)  # type: ignore[arg-type]


@dataclass
class MemoryTrace:
    passes: int
    rss_after_pass: list[float] = field(default_factory=list)
    rss_before: float = 0.0
    peak: float = 0.0


def stream_memory(texts: Sequence[str], nlp: Language, passes: int = 4) -> MemoryTrace:
    """RSS after each of *passes* passes of the corpus through one ``attribute_many`` stream."""
    trace = MemoryTrace(passes, rss_before=rss_mb())
    n = len(texts)

    def stream() -> Iterable[str]:
        for _ in range(passes):
            yield from texts

    for i, _ in enumerate(attribute_many(stream(), nlp=nlp), 1):
        if i % n == 0:
            trace.rss_after_pass.append(rss_mb())
    trace.peak = peak_rss_mb()
    return trace


def sized_text(base: str, chars: int) -> str:
    """*base* repeated (paragraph-separated) and cut at a paragraph boundary near *chars* characters."""
    parts, total = [], 0
    while total < chars:
        parts.append(base)
        total += len(base) + 2
    text = "\n\n".join(parts)
    if len(text) > chars:
        cut = text.rfind("\n\n", 0, chars)
        text = text[:cut] if cut > chars // 2 else text[:chars]
    return text


@dataclass
class GrowthRow:
    tier: str
    chars: int
    timing: Timing

    @property
    def seconds(self) -> float:
        """CPU seconds (the ratios use CPU time; see module doc)."""
        return self.timing.cpu


def growth(base: str, sizes: Sequence[int], tiers: Sequence[tuple[str, Language, int]]) -> list[GrowthRow]:
    """Seconds of ``attribute(text, nlp=...)`` for texts of each size; each tier is (name, nlp, max chars).

    The bare pipeline is timed as the tier named "bare spaCy pipeline" when its
    nlp is given with a name starting with "bare".
    """
    rows = []
    for name, nlp, cap in tiers:
        nlp.max_length = max(nlp.max_length, max(sizes) + 1)
        bare = name.startswith("bare")
        small = sized_text(base, min(sizes))
        (nlp(small) if bare else attribute(small, nlp=nlp))  # warm-up
        for size in sizes:
            if size > cap:
                continue
            text = sized_text(base, size)
            fn = (lambda t=text: nlp(t)) if bare else (lambda t=text: attribute(t, nlp=nlp))
            rows.append(GrowthRow(name, len(text), best_time(fn, 3 if size <= 20_000 else 1)))
    return rows


def profile_top(fn: Callable[[], object], n: int = 12) -> str:
    """Where *fn* spends its time (cProfile): the top *n* functions by own time, then
    quoteattr's own functions by cumulative time."""
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    parts = []
    for sort, restriction, title in (("tottime", (), "by own time"),
                                     ("cumulative", ("quoteattr",), "quoteattr's functions by cumulative time")):
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf)
        stats.sort_stats(sort).print_stats(*restriction, n)
        text = buf.getvalue()
        start = text.find("ncalls")
        body = text[start:].rstrip() if start >= 0 else text.strip()
        body = re.sub(r"[^\s]*/((?:quoteattr|spacy|thinc|textacy)/)", r"\1", body)
        parts.append(f"# {title}\n{body}")
    return "\n\n".join(parts)


def drain_quoteattr(texts: Sequence[str], nlp: Language) -> Callable[[], None]:
    return lambda: _drain(attribute_many(texts, nlp=nlp))


# ---------------------------------------------------------------- per-stage profile (issue 13)

#: the quoteattr stages as the engine laps them (quoteattr.profiling), in pipeline order
ENGINE_STAGES = ("prepare", "marks", "sentences", "token arrays", "cues", "frames", "statements", "names",
                 "speakers", "result")


def full_pipeline(nlp: Language) -> Language:
    """The bare full pipeline of the package *nlp* was loaded from: ``spacy.load(name)``, every component."""
    import spacy

    meta = nlp.meta
    name = f"{meta.get('lang', 'en')}_{meta.get('name', '')}"
    try:
        return spacy.load(name)
    except OSError:
        return nlp


def _cpu(fn: Callable[[], object]) -> tuple[float, object]:
    c0 = time.process_time()
    out = fn()
    return time.process_time() - c0, out


def stage_seconds(texts: Sequence[str], nlp: Language, *, engine: bool) -> dict[str, float]:
    """CPU seconds of each stage over *texts*: ``prepare`` (quoteattr's input hygiene, when *engine*),
    the tokenizer, each pipeline component (its ``pipe`` over all the Docs, as ``nlp.pipe`` runs it),
    then quoteattr's stages (``analyze_doc`` with :mod:`quoteattr.profiling` measuring), when *engine*."""
    from quoteattr import engine as qa_engine, profiling
    from quoteattr.settings import Settings

    out: dict[str, float] = {}
    if engine:
        out["prepare"], prepared = _cpu(lambda: [qa_engine.tokenizable(t) for t in texts])
        texts = prepared  # type: ignore[assignment]
    out["tokenizer"], docs = _cpu(lambda: [nlp.make_doc(t) for t in texts])
    for name, proc in nlp.pipeline:
        run = (lambda p=proc, ds=docs: list(p.pipe(ds))) if hasattr(proc, "pipe") else \
            (lambda p=proc, ds=docs: [p(d) for d in ds])
        out[f"spaCy {name}"], docs = _cpu(run)  # type: ignore[assignment]
    if engine:
        settings = Settings()
        gc.collect()
        with profiling.measuring() as clock:
            for doc, text in zip(docs, texts):  # type: ignore[call-overload]
                qa_engine.analyze_doc(doc, settings, text)
        for stage in ENGINE_STAGES[1:]:
            out[stage] = clock.seconds.get(stage, 0.0)
    return out


@dataclass
class StageProfile:
    """Best CPU seconds per stage of each configuration (name -> stage -> seconds)."""

    configs: dict[str, dict[str, float]]
    rounds: int

    def total(self, config: str) -> float:
        return sum(self.configs[config].values())

    def engine(self, config: str) -> float:
        """quoteattr's own stages (prepare and the engine), pipeline excluded."""
        return sum(s for k, s in self.configs[config].items() if k in ENGINE_STAGES)


def stage_profile(texts: Sequence[str], configs: Sequence[tuple[str, Language, bool]], rounds: int = 3) -> StageProfile:
    """Per-stage CPU time of each (name, nlp, runs the engine) configuration, best of *rounds*
    interleaved rounds (each stage keeps its own best)."""
    head = list(texts[:3])
    for _, nlp, eng in configs:
        stage_seconds(head, nlp, engine=eng)  # warm-up
    best: dict[str, dict[str, float]] = {name: {} for name, _, _ in configs}
    for _ in range(max(1, rounds)):
        for name, nlp, eng in configs:
            gc.collect()
            for stage, sec in stage_seconds(texts, nlp, engine=eng).items():
                best[name][stage] = min(sec, best[name].get(stage, float("inf")))
    return StageProfile(best, max(1, rounds))


def stage_table(profile: StageProfile) -> str:
    """Markdown: one row per stage, CPU seconds and share of each configuration's total."""
    names = list(profile.configs)
    stages: list[str] = []
    for cfg in profile.configs.values():
        stages += [s for s in cfg if s not in stages and s not in ENGINE_STAGES]
    stages += [s for s in ENGINE_STAGES if any(s in cfg for cfg in profile.configs.values())]
    header = ["stage"] + [h for n in names for h in (f"{n}: CPU s", "share")]
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (2 * len(names))]
    for stage in stages:
        cells = [("quoteattr " if stage in ENGINE_STAGES else "") + stage]
        for n in names:
            sec = profile.configs[n].get(stage)
            total = profile.total(n)
            cells += ["", ""] if sec is None else [f"{sec:.3f}", f"{100 * sec / total:.1f} %" if total else "—"]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("| **total** | " + " | ".join(f"**{profile.total(n):.3f}** | 100 %" for n in names) + " |")
    return "\n".join(lines)
