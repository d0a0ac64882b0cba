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
               with_textacy: bool, repeats: int = 3, warmup: int = 5,
               bare_nlp: Language | None = None) -> list[Throughput]:
    """Words/s of: the bare pipeline, quoteattr trained (pipeline included), rules tier, textacy.

    *bare_nlp* is the bare pipeline (and textacy's), by default *nlp*; the
    benchmark passes the full ``spacy.load(model)`` (:func:`full_pipeline`),
    every component included, while *nlp* is quoteattr's own load of it.
    After one warm-up of each on the first *warmup* texts, the configurations
    are timed in turn, *repeats* rounds, and each keeps its best time, so a
    burst of load on the machine hits them all alike.
    """
    words = count_words(texts)
    head = list(texts[:warmup])
    bare = bare_nlp or nlp
    configs: list[tuple[str, Callable[[Sequence[str]], object]]] = [
        (BARE, lambda ts: _drain(bare.pipe(ts))),
        (TRAINED, lambda ts: _drain(attribute_many(ts, nlp=nlp))),
        (RULES, lambda ts: _drain(attribute_many(ts, nlp=rules_nlp))),
    ]
    if with_textacy:
        configs.append((TEXTACY, lambda ts: run_textacy(bare, ts)))
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
            # best of 3 up to 200,000 characters: one sample of a 100 KB text read 1.6x on a busy machine
            rows.append(GrowthRow(name, len(text), best_time(fn, 3 if size <= 200_000 else 1)))
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
ENGINE_STAGES = ("prepare", "marks and sentences", "token arrays", "cues", "frames", "statements", "names",
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


# ---------------------------------------------------------------- issue 13: targets, growth, big-text memory

#: Targets of issue 13 (ratios in one run, CPU time).
TRAINED_VS_FULL_TARGET = 0.60  # default trained tier, pipeline included, ÷ bare full spacy.load(model)
RULES_VS_TEXTACY_TARGET = 40.0  # rules tier ÷ textacy with the full pipeline (speed-up)
RULES_OWN_VS_TOKENIZER_TARGET = 0.5  # the rules tier's own work ÷ spaCy's tokenizer
GROWTH_TARGET = 1.15  # time ratio ÷ length ratio from the smallest size to the largest
PEAK_MB_TARGET = 1024.0  # peak resident memory on one 10 MB text, trained tier


def best_cpu(fn: Callable[[], object], min_seconds: float = 0.3, samples: int = 3) -> Timing:
    """Time of one call of *fn*: the best of *samples* samples, each of as many calls in a row as
    take at least *min_seconds* of CPU time, divided by that count. Every size gets the same
    number of samples, so a short call is not favoured by a best-of-many minimum."""
    first = best_time(fn, 1)
    inner = max(1, int(min_seconds / max(first.cpu, 1e-6)) + 1) if first.cpu < min_seconds else 1
    best = first if inner == 1 else NEVER
    if inner == 1 and first.cpu >= 10 * min_seconds:
        samples = min(samples, 2)  # a call of several seconds varies little; two samples do
    for _ in range(samples - (1 if inner == 1 else 0)):
        t = best_time(lambda: [fn() for _ in range(inner)], 1)
        best = best.best(Timing(t.wall / inner, t.cpu / inner))
    return best


def linear_growth(base: str, sizes: Sequence[int], tiers: Sequence[tuple[str, Language]]) -> list[GrowthRow]:
    """CPU time of ``attribute(text, nlp=...)`` on one text of each size, per tier; sizes taken in
    turn across the tiers so the machine's load hits them alike."""
    from quoteattr import attribute

    texts = {size: sized_text(base, size) for size in sizes}
    for _, nlp in tiers:
        attribute(texts[min(sizes)], nlp=nlp)  # warm-up
    rows: dict[tuple[str, int], GrowthRow] = {}
    for size in sizes:
        for name, nlp in tiers:
            t = texts[size]
            rows[(name, size)] = GrowthRow(name, len(t), best_cpu(lambda t=t, nlp=nlp: attribute(t, nlp=nlp)))
    return [rows[(name, size)] for name, _ in tiers for size in sizes]


_GROWTH_SCRIPT = """
import json, sys, warnings
warnings.simplefilter("ignore")
from benchmarks.speed import linear_growth
from quoteattr import load_model
base = open(sys.argv[1], encoding="utf-8").read()
sizes = [int(s) for s in sys.argv[2].split(",")]
tiers = [("quoteattr trained", load_model()), ("quoteattr rules", load_model(rules_only=True))]
print(json.dumps([[r.tier, r.chars, r.timing.wall, r.timing.cpu] for r in linear_growth(base, sizes, tiers)]))
"""


def _in_fresh_process(script: str, base: str, *args: str) -> str:
    """The standard output of ``python -c script BASE_FILE *args`` run from the project root in a new
    process, *base* written to a temporary file whose name is the script's first argument."""
    import os
    import subprocess
    import sys
    import tempfile

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(base)
    try:
        return subprocess.run([sys.executable, "-c", script, fh.name, *args], cwd=root,
                              capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(fh.name)


def growth_in_fresh_process(base: str, sizes: Sequence[int]) -> list[GrowthRow]:
    """:func:`linear_growth` of quoteattr's two default tiers, run in a fresh Python process.

    A 1 MB call allocates enough for Python's garbage collector to run full collections, and each
    of those walks every object of the process: in the benchmark's own process that includes the
    corpora's results, which made the 1 MB step look slower than quoteattr makes it. A fresh process
    holds only the pipelines and the text, as a command-line run does.
    """
    import json

    out = _in_fresh_process(_GROWTH_SCRIPT, base, ",".join(map(str, sizes)))
    rows = json.loads(out.strip().splitlines()[-1])
    return [GrowthRow(tier, int(chars), Timing(float(wall), float(cpu))) for tier, chars, wall, cpu in rows]


def growth_factor(rows: Sequence[GrowthRow], tier: str) -> float:
    """Time ratio ÷ length ratio of the largest size to the smallest, for *tier*."""
    mine = [r for r in rows if r.tier == tier]
    first, last = mine[0], mine[-1]
    return (last.seconds / first.seconds) / (last.chars / first.chars) if first.seconds else float("nan")


# The peak is the process's own high-water mark (VmHWM). Not ru_maxrss: Linux carries that across
# fork and exec, so a child of a big benchmark process reported the parent's size (2.6 GB) as its own.
_PEAK_SCRIPT = """
import sys, time, warnings
warnings.simplefilter("ignore")
from benchmarks.speed import high_water_mb, sized_text
from quoteattr import analyze, load_model
base = open(sys.argv[1], encoding="utf-8").read()
text = sized_text(base, int(sys.argv[2]))
nlp = load_model(rules_only=sys.argv[3] == "rules")
before = high_water_mb()
c0 = time.process_time()
analysis = analyze(text, nlp=nlp)
cpu = time.process_time() - c0
peak = high_water_mb()
print(len(text), before, peak, cpu, len(analysis.quotes), len(analysis.people))
"""


def high_water_mb() -> float:
    """This process's peak resident memory in MB: ``VmHWM`` of ``/proc/self/status`` (Linux), which
    starts afresh at exec; elsewhere ``ru_maxrss``."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return peak_rss_mb()


@dataclass
class PeakMemory:
    tier: str
    chars: int
    rss_loaded_mb: float  # peak before the text was analysed (pipeline loaded, text built)
    peak_mb: float
    cpu: float
    quotes: int
    people: int


def peak_memory(base: str, chars: int, tier: str = "trained") -> PeakMemory:
    """Peak resident memory of a fresh process that loads quoteattr's default pipeline for *tier*
    ("trained" or "rules") and analyses one text of *chars* characters (``analyze``)."""
    out = _in_fresh_process(_PEAK_SCRIPT, base, str(chars), tier).split()
    n, before, peak, cpu, quotes, people = out[-6:]
    return PeakMemory(tier, int(n), float(before), float(peak), float(cpu), int(quotes), int(people))


def _verdict(ok: bool) -> str:
    return "**met**" if ok else "**missed**"


def targets_section(runs: Sequence[Throughput], profile: StageProfile, grows: Sequence[GrowthRow],
                    peak: PeakMemory | None, *, trained: str = "trained tier", rules: str = "rules tier") -> str:
    """Markdown: the issue-13 targets with this run's figures, the per-stage profile and the growth table."""
    from . import report

    by_name = {t.name: t for t in runs}
    rows: list[list[object]] = []
    if BARE in by_name and TRAINED in by_name:
        r = by_name[TRAINED].cpu / by_name[BARE].cpu
        rows.append(["default trained tier (`attribute_many`, pipeline included) ÷ bare full `spacy.load(model)`",
                     f"{r:.2f}×", f"≤ {TRAINED_VS_FULL_TARGET:.2f}×", _verdict(r <= TRAINED_VS_FULL_TARGET)])
    if RULES in by_name and TEXTACY in by_name:
        r = by_name[TEXTACY].cpu / by_name[RULES].cpu
        rows.append(["rules tier speed-up over textacy with the full pipeline", f"{r:.1f}×",
                     f"≥ {RULES_VS_TEXTACY_TARGET:.0f}×", _verdict(r >= RULES_VS_TEXTACY_TARGET)])
    if rules in profile.configs:
        own = profile.engine(rules) / profile.configs[rules]["tokenizer"]
        rows.append(["rules tier: quoteattr's own work ÷ spaCy's tokenizer (stage profile)", f"{own:.2f}×",
                     f"≤ {RULES_OWN_VS_TOKENIZER_TARGET:.2f}×", _verdict(own <= RULES_OWN_VS_TOKENIZER_TARGET)])
    tiers = list(dict.fromkeys(r.tier for r in grows))
    for tier in tiers:
        mine = [r for r in grows if r.tier == tier]
        g = growth_factor(grows, tier)
        rows.append([f"growth {mine[0].chars:,} → {mine[-1].chars:,} characters, {tier} (time ratio ÷ length ratio)",
                     f"{g:.2f}", f"≤ {GROWTH_TARGET:.2f}", _verdict(g <= GROWTH_TARGET)])
    if peak is not None:
        rows.append([f"peak resident memory, one {peak.chars / 1e6:.0f} MB text, {peak.tier} tier (fresh process)",
                     f"{peak.peak_mb:,.0f} MB", f"≤ {PEAK_MB_TARGET:,.0f} MB", _verdict(peak.peak_mb <= PEAK_MB_TARGET)])
    lines = ["## Speed targets and per-stage profile", "",
             "CPU time, ratios measured in this run. The bare pipeline is the full `spacy.load(model)` (every "
             "component, the named-entity recogniser included); quoteattr's default trained tier loads the same "
             "package without the recogniser (`quoteattr.models.EXCLUDED_COMPONENTS`) and chunks long texts at "
             "paragraph boundaries (`quoteattr.chunking.chunk_chars`).", "",
             report.table(["target", "this run", "target", ""], rows, "lrrl"), ""]
    if peak is not None:
        lines += [f"The {peak.chars:,}-character text (the handset repeated) took {peak.cpu:.0f} CPU s and gave "
                  f"{peak.quotes:,} statements and {peak.people:,} people; the process held {peak.rss_loaded_mb:,.0f} MB "
                  "with the pipeline loaded and the text built, before the analysis.", ""]
    import pathlib

    recorded = pathlib.Path(__file__).resolve().parent / "data" / "issue13-accuracy.md"
    if recorded.is_file():
        body = recorded.read_text(encoding="utf-8").split("-->", 1)[-1].strip()
        lines += ["### Accuracy before and after leaving the recogniser out (recorded)", "", body, ""]
    lines += ["### Per-stage profile", "",
              f"Best of {profile.rounds} interleaved rounds per stage, CPU seconds, over the speed corpus: spaCy's "
              "tokenizer, each pipeline component (its `pipe` over all the Docs), then quoteattr's own stages as "
              "the engine laps them (`quoteattr.profiling`; *prepare* is `engine.tokenizable`, *token arrays* the "
              "per-document offsets, words and lower-cased words).", "",
              stage_table(profile), "",
              "### Growth from 1 KB to 1 MB", "",
              "One text of the handset repeated to each size through `attribute(text, nlp=...)`, in a fresh Python "
              "process that holds only the two default pipelines and the texts (`speed.growth_in_fresh_process`: "
              "the garbage collector's full collections walk every object of a process, and in the benchmark's own "
              "process those include the corpora's results); each size timed "
              "in turn across the tiers, best of 3 samples, each of as many calls in a row as take at least 0.3 CPU s (a 1 MB text: one call).", "",
              report.growth_table(grows), "",
              "The same over eleven hostile shapes (one sentence, no punctuation, punctuation runs, quote marks, names, "
              "markup, …), both tiers, through `attribute` and the spaCy component: [growth.md](growth.md) "
              "(`python -m benchmarks.growth`, issue 17).", ""]
    return "\n".join(lines)


def speed_targets(texts: Sequence[str], runs: Sequence[Throughput], nlp: Language, rules_nlp: Language,
                  full_nlp: Language, base: str, *, rounds: int = 3,
                  sizes: Sequence[int] = (1_000, 10_000, 100_000, 1_000_000),
                  big_chars: int = 10_000_000, log: Callable[[str], None] = lambda _: None) -> str:
    """The page section of issue 13: measure the stage profile, the growth and the big-text memory,
    then render them with the throughput *runs* (measured by the caller with ``bare_nlp=full_nlp``)."""
    log("stage profile ...")
    profile = stage_profile(texts, [("full spacy.load", full_nlp, False), ("trained tier", nlp, True),
                                    ("rules tier", rules_nlp, True)], rounds=rounds)
    log("growth 1 KB → 1 MB ...")
    grows = growth_in_fresh_process(base, sizes)  # quoteattr's default tiers, as load_model() gives them
    peak = None
    if big_chars:
        log(f"peak memory on one {big_chars:,}-character text (subprocess) ...")
        peak = peak_memory(base, big_chars, "trained")
    return targets_section(runs, profile, grows, peak)
