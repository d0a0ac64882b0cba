"""Growth over hostile shapes: does the time stay linear in the length, whatever the text's shape?

    python -m benchmarks.growth                          # rules tier, both doors, 1 KB -> 1 MB
    python -m benchmarks.growth --tier both --cap-trained 100000
    python -m benchmarks.growth --shapes one_sentence,markup --sizes 1000,10000,100000

Each shape is a text made to a given length (characters) from a repeated unit
that is hostile in one way: one long sentence, one paragraph, no punctuation,
runs of punctuation, all quote marks, all names, all markup, many titled
people followed by role nouns, pronoun-resolved quotes, many one-line
paragraphs. Each is timed through two doors: ``attribute(text, nlp=...)`` and
the spaCy component (``nlp.add_pipe("quoteattr")``, then ``nlp(text)``; in the
trained tier the component alone, on the Doc the rest of the pipeline made:
see ``_doors``), in the rules tier (``spacy.blank("en")``) and the trained tier.

Times are this process's CPU time (``time.process_time``), which other work on
a shared machine disturbs less than the wall clock; each size is timed once
after a warm-up on the smallest size, as the best of ``--repeats`` runs
(default 3: one run on a shared machine is noisy by a third). *Growth* between two sizes is
``(time ratio) / (length ratio)``: 1.0 is linear, 2.0 at a tenfold step is
what a quadratic step looks like once it dominates. The table reports the
growth of the last step (e.g. 100 KB -> 1 MB) and the worst step whose
smaller time is at least ``MIN_SECONDS`` (below that, fixed costs dominate and
the ratio says nothing). A size whose time passes ``--budget`` seconds ends
that shape: later sizes are not timed and the growth is shown as a lower
bound (``>``). A run still going after ``--timeout`` wall-clock seconds is
stopped (by an alarm) and counts as taking that long: its growth is a lower
bound too.
"""

from __future__ import annotations

import argparse
import gc
import json
import signal
import sys
import time
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable

import spacy

from quoteattr import attribute
from quoteattr.models import installed_model, load_model

#: Below this many CPU seconds a step's growth is dominated by fixed costs and not reported as the worst.
MIN_SECONDS = 0.05

#: The target on every shape (the issue's): time ratio / length ratio at most this.
TARGET = 1.2


def _names(k: int) -> str:
    """A distinct, capitalised pseudo-name for every *k* ('Bado Kef', 'Cedu Lam', ...)."""
    syll = ["ba", "do", "ke", "fu", "li", "mo", "ne", "pa", "ri", "su", "ta", "vo"]
    first = "".join(syll[(k // 12 ** i) % 12] for i in range(3))
    last = "".join(syll[(k // 12 ** i + i) % 12] for i in range(3, 6))
    return f"{first.capitalize()} {last.capitalize()}{k}"


def _repeat(make: Callable[[int], str], size: int) -> str:
    parts: list[str] = []
    total = 0
    k = 0
    while total < size:
        unit = make(k)
        parts.append(unit)
        total += len(unit)
        k += 1
    return "".join(parts)[:size]


PUNCTUATION_RUNS = "!([—=*_?$%…:,;#"

#: shape name -> (what it is, maker of a text of n characters)
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "one_sentence": ("one long sentence of quotes and cues, no sentence end", lambda n: _repeat(
        lambda k: f"“we will win {k},” {_names(k % 50)} said, and ", n)),
    "one_paragraph": ("quote sentences, no line break", lambda n: _repeat(
        lambda k: f"“We will win {k},” {_names(k % 50)} said. The vote is on Tuesday. ", n)),
    "no_punctuation": ("words only", lambda n: _repeat(
        lambda k: f"{_names(k % 50)} said we will win {k} and ", n)),
    "punctuation_runs": ("16 runs of one punctuation character each, n/16 long", lambda n: _repeat(
        lambda k: PUNCTUATION_RUNS[k % len(PUNCTUATION_RUNS)] * max(1, n // 16 - 15) + " Ann said yes. ", n)),
    "quote_marks": ("nothing but quote marks", lambda n: _repeat(
        lambda k: "\"“”‘’'«»„‹›「」"[k % 13], n)),
    "names": ("distinct names, one sentence each", lambda n: _repeat(
        lambda k: f"{_names(k)} met {_names(k + 1)}. ", n)),
    "markup": ("HTML paragraphs on one line", lambda n: _repeat(
        lambda k: f"<p>“Yes {k},” <b>{_names(k % 50)}</b> said.</p> ", n)),
    "titled_roles": ("titled people, then role nouns", lambda n: _repeat(
        lambda k: f"President {_names(k)} said “we will win.” The president said “it is fine.” ", n)),
    "pronoun_quotes": ("quotes resolved through pronouns", lambda n: _repeat(
        lambda k: f"“We will win {k},” {_names(k % 50)} said. “It is fine,” she said. ", n)),
    "one_line_paragraphs": ("many one-line paragraphs", lambda n: _repeat(
        lambda k: f"“Yes {k},” {_names(k % 50)} said.\n", n)),
    "participle_asides": ("reported speech with ', X said, adding that …' in every paragraph", lambda n: _repeat(
        lambda k: f"Prices will rise {k}, {_names(k % 50)} said, adding that wages would follow.\n\n", n)),
}


@dataclass
class Row:
    """The times of one shape through one tier and door."""

    shape: str
    tier: str
    door: str
    seconds: dict[int, float] = field(default_factory=dict)
    stopped: bool = False  # a size passed the budget; larger sizes were not timed

    def steps(self) -> list[tuple[int, int, float]]:
        sizes = sorted(self.seconds)
        return [(a, b, (self.seconds[b] / max(self.seconds[a], 1e-9)) / (b / a)) for a, b in zip(sizes, sizes[1:], strict=False)]

    def last_growth(self) -> float | None:
        steps = self.steps()
        return steps[-1][2] if steps else None

    def worst_growth(self) -> float | None:
        found = [g for a, _, g in self.steps() if self.seconds[a] >= MIN_SECONDS]
        return max(found) if found else self.last_growth()


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def _timed(run: Callable[[Any], object], text: Any, timeout: float) -> tuple[float, bool]:
    """CPU seconds of ``run(text)``, and whether the wall-clock *timeout* stopped it."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    started = time.process_time()
    try:
        run(text)
        return time.process_time() - started, False
    except _Timeout:
        return time.process_time() - started, True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


#: A door: (prepare, run). ``prepare(text)`` is not timed; ``run(prepared)`` is.
Door = tuple[Callable[[str], Any], Callable[[Any], object]]


def _doors(tier: str, cap: int) -> dict[str, Door]:
    """The doors timed for *tier*: ``attribute(text, nlp=...)`` and the spaCy component.

    The component door times ``nlp(text)`` with ``nlp.add_pipe("quoteattr")`` in the rules tier (the
    tokenizer is the component's guarded one). In the trained tier it times the component itself
    on the Doc the rest of the pipeline made (prepared untimed, ``nlp(text, disable=["quoteattr"])``):
    what the tagger and parser cost on one Doc of a megabyte is spaCy's, and the attribute door,
    which chunks, shows what quoteattr makes of it.
    """
    nlp = spacy.blank("en") if tier == "rules" else load_model()
    with_component = spacy.blank("en") if tier == "rules" else load_model()
    component = with_component.add_pipe("quoteattr")
    for pipeline in (nlp, with_component):
        pipeline.max_length = max(pipeline.max_length, cap)
    same = lambda text: text  # noqa: E731
    if tier == "rules":
        door: Door = (same, lambda text: with_component(text)._.quotes)
    else:
        door = (lambda text: with_component(text, disable=["quoteattr"]), lambda doc: component(doc)._.quotes)
    return {"attribute": (same, lambda text: attribute(text, nlp=nlp)), "component": door}


def measure(shapes: list[str], tiers: list[str], sizes: list[int], budget: float, cap_trained: int,
            log: Callable[[str], None] = print, timeout: float = 300.0, repeats: int = 3,
            gc_off: bool = False) -> list[Row]:
    """Time every shape through every door of *tiers*; *gc_off*: with Python's garbage collector
    disabled during each timed call (a diagnostic: what is left is quoteattr's own growth)."""
    rows: list[Row] = []
    for tier in tiers:
        cap = max(sizes) if tier == "rules" else min(max(sizes), cap_trained)
        doors = _doors(tier, cap)
        for shape in shapes:
            make = SHAPES[shape][1]
            for door, (prepare, run) in doors.items():
                run(prepare(make(min(sizes))))  # warm-up
                row = Row(shape, tier, door)
                for size in sizes:
                    if size > cap:
                        break
                    text = prepare(make(size))
                    best, timed_out = float("inf"), False
                    for _ in range(repeats):
                        gc.collect()
                        if gc_off:
                            gc.disable()
                        try:
                            took, timed_out = _timed(run, text, timeout)
                        finally:
                            gc.enable()
                        best = min(best, took)
                        if timed_out or took > budget:
                            break
                    row.seconds[size] = best
                    if timed_out:
                        row.stopped = True
                        break
                    if row.seconds[size] > budget and size != max(sizes):
                        row.stopped = True
                        break
                rows.append(row)
                log(f"  {tier:7} {door:9} {shape:20} " + "  ".join(
                    f"{s:>9,}: {t:7.3f}s" for s, t in row.seconds.items()) + (" (stopped)" if row.stopped else ""))
                sys.stdout.flush()
    return rows


def _fmt(g: float | None, stopped: bool) -> str:
    if g is None:
        return "—"
    return f"{'>' if stopped else ''}{g:.2f}"


def table(rows: list[Row], sizes: list[int]) -> str:
    """A Markdown table: CPU seconds at each size, the last step's growth and the worst step's."""
    head = ["shape", "tier", "door", *(f"{s:,} ch (s)" for s in sizes), "growth, last step", "worst step"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [r.shape, r.tier, r.door, *(f"{r.seconds[s]:.3f}" if s in r.seconds else "—" for s in sizes),
                 _fmt(r.last_growth(), r.stopped), _fmt(r.worst_growth(), r.stopped)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.growth", description=__doc__.split("\n\n")[0])
    parser.add_argument("--tier", choices=("rules", "trained", "both"), default="rules")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated, from: " + ", ".join(SHAPES))
    parser.add_argument("--sizes", default="1000,10000,100000,1000000", help="characters, comma-separated")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="CPU seconds after which a shape's larger sizes are skipped (default 60)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per size, the best kept (default 3)")
    parser.add_argument("--timeout", type=float, default=300.0,
                        help="wall-clock seconds after which one timed run is stopped (default 300)")
    parser.add_argument("--cap-trained", type=int, default=100_000,
                        help="largest size timed through the trained tier (default 100,000: the parser needs "
                             "minutes and gigabytes for 1 MB)")
    parser.add_argument("--gc-off", action="store_true",
                        help="disable Python's garbage collector during each timed call (a diagnostic: the "
                             "collector's full collections walk every live object, more of them the longer the text)")
    parser.add_argument("--json", help="also write the times here")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    shapes = [s for s in args.shapes.split(",") if s]
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        parser.error(f"unknown shape(s) {', '.join(unknown)}: choose from {', '.join(SHAPES)}")
    tiers = ["rules", "trained"] if args.tier == "both" else [args.tier]
    if "trained" in tiers and installed_model() is None:
        parser.error("no trained English pipeline is installed: use --tier rules")
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    rows = measure(shapes, tiers, sizes, args.budget, args.cap_trained, timeout=args.timeout, repeats=args.repeats,
                   gc_off=args.gc_off)
    print()
    print(table(rows, sizes))
    worst = max((r.worst_growth() or 0.0, r.shape, r.tier, r.door) for r in rows)
    print(f"\nworst growth {worst[0]:.2f} ({worst[1]}, {worst[2]} tier, {worst[3]} door); target ≤ {TARGET}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump([{"shape": r.shape, "tier": r.tier, "door": r.door, "stopped": r.stopped,
                        "seconds": {str(k): v for k, v in r.seconds.items()}} for r in rows], fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
