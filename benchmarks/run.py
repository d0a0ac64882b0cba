"""One command: score quoteattr (both tiers) and textacy, time them, regenerate docs/benchmarks.md.

    python -m benchmarks.run --polnear ../shared/data/polnear --split dev

Without ``--polnear`` only the project's hand-annotated set is scored. Writes
``docs/benchmarks.md`` (``--doc``), and into ``--out`` (default
``benchmarks/out/``): ``errors-<split>.md`` (every miss and false alarm) and
``results-<split>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import spacy
from spacy.language import Language

import quoteattr
from quoteattr import load_model

from . import errors, polnear, report, speed, systems
from .gold import GoldDoc, read_jsonl
from .report import Row
from .score import DocMatch, Scores, evaluate
from .scope import statements_only

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HANDSET = HERE / "data" / "handset.jsonl"

ALL, STATEMENTS = "all attributions", "statements only"
TRAINED, RULES, TEXTACY = "quoteattr trained", "quoteattr rules", "textacy"

#: Targets from issue 7.
OVERHEAD_TARGET = 0.10
RULES_VS_TEXTACY_TARGET = 20.0
LINEAR_SLACK = 1.5  # time ratio / length ratio above this counts as super-linear


@dataclass
class CorpusResult:
    name: str
    docs: list[GoldDoc]
    rows: list[Row] = field(default_factory=list)
    matches: dict[tuple[str, str], list[DocMatch]] = field(default_factory=dict)
    parsed: list = field(default_factory=list)
    textacy_errors: list[str] = field(default_factory=list)


def log(message: str, _start: list[float] = []) -> None:  # noqa: B006 - the run's start time
    """Progress on stderr, with seconds since the first message."""
    if not _start:
        _start.append(time.perf_counter())
    print(f"[{time.perf_counter() - _start[0]:6.0f} s] {message}", file=sys.stderr, flush=True)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--polnear", help="PolNeAR folder (holding dev/ or data/dev/)")
    p.add_argument("--split", default="dev", choices=polnear.SPLITS)
    p.add_argument("--handset", default=str(HANDSET), help="gold JSONL of the hand-annotated set")
    p.add_argument("--limit", type=int, help="score only the first N PolNeAR documents")
    p.add_argument("--model", help="trained spaCy pipeline (default: the best installed)")
    p.add_argument("--skip-speed", action="store_true", help="no speed, growth or memory measurements")
    p.add_argument("--skip-textacy", action="store_true", help="leave textacy out")
    p.add_argument("--speed-words", type=int, default=25_000,
                   help="time throughput and memory on the corpus's first documents up to this many words (0: all)")
    p.add_argument("--repeats", type=int, default=3, help="timed rounds per throughput (best is kept)")
    p.add_argument("--stream-passes", type=int, default=4, help="passes of the corpus in the memory test")
    p.add_argument("--growth-sizes", default="10000,100000,1000000",
                   help="comma-separated text sizes in characters for the growth table")
    p.add_argument("--growth-cap-trained", type=int, default=100_000,
                   help="largest text (characters) timed with the trained pipeline")
    p.add_argument("--doc", default=str(ROOT / "docs" / "benchmarks.md"), help="markdown page to write")
    p.add_argument("--out", default=str(HERE / "out"), help="folder for the error report and JSON results")
    return p.parse_args(argv)


def score_corpus(name: str, docs: list[GoldDoc], nlp: Language, rules_nlp: Language, *,
                 with_textacy: bool, views: Sequence[str], restrict: bool = True) -> CorpusResult:
    """Every system on every gold view of one corpus.

    restrict: derive the statements-only gold from the attributions (PolNeAR);
    False when the gold holds statements only already (the handset).
    """
    res = CorpusResult(name, docs)
    texts = [d.text for d in docs]
    res.parsed = list(nlp.pipe(texts))
    golds = {ALL: docs, STATEMENTS: statements_only(docs) if restrict else docs}
    runs: dict[tuple[str, str], list] = {}
    for view in views:
        scope = "all" if view == ALL else "statements"
        runs[(TRAINED, view)] = systems.quoteattr_trained(res.parsed, scope=scope)
        runs[(RULES, view)] = systems.quoteattr_rules(texts, rules_nlp, scope=scope)
    failed = None
    if with_textacy:
        t = systems.textacy_run(res.parsed, [d.id for d in docs])
        failed = len(t.failed_docs)
        res.textacy_errors = t.errors
        for view in views:
            runs[(TEXTACY, view)] = t.predictions
    for view in views:
        for system in (TRAINED, RULES, TEXTACY):
            if (system, view) not in runs:
                continue
            scores, matches = evaluate(golds[view], runs[(system, view)])
            res.rows.append(Row(system, view, scores, failed if system == TEXTACY else None))
            res.matches[(system, view)] = matches
    return res


def out_of_scope(all_docs: Sequence[GoldDoc], st_docs: Sequence[GoldDoc]) -> list[list]:
    return [[s for s in a.statements if s not in set(b.statements)] for a, b in zip(all_docs, st_docs)]


def write_errors(res: CorpusResult, path: Path, split: str) -> None:
    st_docs = [m.doc for m in res.matches[(TRAINED, STATEMENTS)]]
    parts = [f"# Errors of quoteattr (trained tier) on {res.name}", "",
             "Generated by `python -m benchmarks.run`; see benchmarks/errors.py for the causes.", ""]
    parts.append(errors.report(f"{TRAINED}, default scope, against {STATEMENTS}",
                               res.matches[(TRAINED, STATEMENTS)], res.parsed, out_of_scope(res.docs, st_docs)))
    if (TRAINED, ALL) in res.matches:
        parts.append(errors.report(f"{TRAINED}, scope='all', against {ALL}", res.matches[(TRAINED, ALL)], res.parsed))
    path.write_text("\n".join(parts), encoding="utf-8")


def _model_meta(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"


def _scores_json(s: Scores) -> dict:
    return {
        "n_gold": s.n_gold, "n_pred": s.n_pred,
        "exact": s.exact_prf(), "overlap_0.3": s.overlap_prf(0.3), "overlap_0.8": s.overlap_prf(0.8),
        "char": s.char_prf(), "cue": [s.cue_ok, s.cue_n], "speaker": [s.speaker_ok, s.speaker_n],
        "name": [s.name_ok, s.name_n], "by_gold_kind": s.by_gold_kind, "by_pred_kind": s.by_pred_kind,
        "confidence": s.confidence,
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    warnings.simplefilter("ignore", quoteattr.RulesOnlyWarning)
    nlp = load_model(args.model)
    rules_nlp = load_model(rules_only=True)
    if not nlp.has_pipe("parser"):
        print("warning: no trained pipeline installed; the 'trained' rows use the rules tier", file=sys.stderr)
    with_textacy = not args.skip_textacy and systems.textacy_available()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    results: list[CorpusResult] = []
    if args.polnear:
        docs = polnear.read_split(args.polnear, args.split, limit=args.limit)
        name = f"PolNeAR {args.split} ({len(docs)} articles)"
        log(f"scoring {name} ...")
        results.append(score_corpus(name, docs, nlp, rules_nlp, with_textacy=with_textacy, views=(ALL, STATEMENTS)))
    handset = read_jsonl(args.handset)
    log(f"scoring the handset ({len(handset)} texts) ...")
    hand = score_corpus(f"handset ({len(handset)} texts)", handset, nlp, rules_nlp,
                        with_textacy=with_textacy, views=(STATEMENTS,), restrict=False)
    main_res = results[0] if results else hand
    split = args.split if args.polnear else "handset"
    errors_path = out / f"errors-{split}.md"
    write_errors(main_res, errors_path, split)

    speed_md = ""
    if not args.skip_speed:
        log("measuring speed ...")
        speed_md = speed_section(args, main_res, hand, nlp, rules_nlp, with_textacy)

    elapsed = time.perf_counter() - started
    page = render(args, argv, results, hand, nlp, with_textacy, speed_md, elapsed, errors_path)
    Path(args.doc).parent.mkdir(parents=True, exist_ok=True)
    Path(args.doc).write_text(page, encoding="utf-8")
    (out / f"results-{split}.json").write_text(json.dumps({
        f"{r.system} | {r.view} | {res.name}": _scores_json(r.scores)
        for res in [*results, hand] for r in res.rows
    }, indent=1, default=str), encoding="utf-8")
    log(f"wrote {args.doc} and {errors_path}")
    return 0


def speed_section(args: argparse.Namespace, res: CorpusResult, hand: CorpusResult,
                  nlp: Language, rules_nlp: Language, with_textacy: bool) -> str:
    texts, words = [], 0
    for d in res.docs:
        if args.speed_words and words >= args.speed_words:
            break
        texts.append(d.text)
        words += len(d.text.split())
    corpus = res.name if len(texts) == len(res.docs) else f"the first {len(texts)} documents of {res.name}"
    parsed = res.parsed[: len(texts)]
    runs = speed.throughput(texts, nlp, rules_nlp, with_textacy=with_textacy, repeats=args.repeats)
    bare, trained, rules = runs[0], runs[1], runs[2]
    overhead = (trained.seconds - bare.seconds) / bare.seconds
    engine = speed.engine_seconds(parsed, args.repeats)
    log("throughput done; growth ...")
    lines = ["## Speed", "",
             f"Corpus: {corpus}, {bare.words:,} words (`--speed-words`); one process; best of {args.repeats} timed rounds "
             "after a warm-up (the configurations take turns in each round).", "", report.speed_table(runs), ""]
    direct = engine / bare.seconds
    verdicts = [
        f"- quoteattr's own overhead on top of the trained pipeline, measured directly: `analyze_doc` on the "
        f"already parsed Docs takes {engine:.2f} s, **{100 * direct:.1f} %** of the bare pipeline's time "
        f"(target ≤ {100 * OVERHEAD_TARGET:.0f} %: "
        + ("met" if direct <= OVERHEAD_TARGET else f"missed by {100 * (direct - OVERHEAD_TARGET):.1f} points")
        + f"). End to end, (trained − bare) / bare = {100 * overhead:+.1f} %"
        + (f": it is the difference of two timings of about {bare.seconds:.0f} s each, so on a busy machine "
           "its noise is larger than the overhead itself; the direct measure avoids that and decides the target."
           if abs(overhead - direct) > 0.05 else ".")
    ]
    overhead = direct
    profiles = []
    if overhead > OVERHEAD_TARGET:
        profiles.append(("quoteattr's engine on the parsed corpus (trained tier, pipeline excluded)",
                         speed.profile_top(lambda: systems.quoteattr_trained(parsed))))
    if with_textacy:
        textacy = runs[3]
        ratio = rules.wps / textacy.wps
        verdicts.append(f"- rules tier vs textacy with the trained pipeline: **{ratio:.1f}×** faster "
                        f"(target ≥ {RULES_VS_TEXTACY_TARGET:.0f}×: "
                        + ("met" if ratio >= RULES_VS_TEXTACY_TARGET else
                           f"missed: {ratio:.1f}× is {RULES_VS_TEXTACY_TARGET / ratio:.1f}× short") + ").")
        if ratio < RULES_VS_TEXTACY_TARGET:
            profiles.append(("the rules tier (attribute_many with spacy.blank('en'))",
                             speed.profile_top(speed.drain_quoteattr(texts, rules_nlp))))
    lines += verdicts + [""]

    sizes = [int(s) for s in args.growth_sizes.split(",") if s.strip()]
    base = "\n\n".join(d.text for d in hand.docs)
    grows = speed.growth(base, sizes, [
        ("bare spaCy pipeline", nlp, args.growth_cap_trained),
        ("quoteattr trained", nlp, args.growth_cap_trained),
        ("quoteattr rules", rules_nlp, max(sizes)),
    ])
    lines += ["## Growth with document length", "",
              "One document made of the handset texts repeated (paragraph-separated) to each size, through "
              "`attribute(text, nlp=...)` (the bare pipeline: `nlp(text)`). Linear growth means time ratio ≈ "
              f"length ratio; a last column above {LINEAR_SLACK} counts as super-linear.", "",
              report.growth_table(grows), ""]
    if max(sizes) > args.growth_cap_trained:
        lines += [f"The trained pipeline was timed up to {args.growth_cap_trained:,} characters "
                  "(`--growth-cap-trained`; one 1 MB document takes minutes through it on this machine).", ""]
    worst = _worst_growth(grows)
    if worst:
        tier, factor = worst
        lines += [f"- Super-linear: {tier} takes {factor:.2f}× longer per character at the largest size than "
                  f"at the smallest (target: linear, ≤ {LINEAR_SLACK}); the profile below shows where the time goes.",
                  ""]
        if tier.startswith("quoteattr"):
            big = speed.sized_text(base, max(s for s in sizes if tier != TRAINED or s <= args.growth_cap_trained))
            model = rules_nlp if tier == RULES else nlp
            profiles.append((f"{tier} on one {len(big):,}-character text",
                             speed.profile_top(lambda: quoteattr.attribute(big, nlp=model))))
    else:
        lines += ["- Growth is linear for both quoteattr tiers (time ratio / length ratio ≤ "
                  f"{LINEAR_SLACK} at every size).", ""]

    log("growth done; memory ...")
    trace = speed.stream_memory(texts, nlp, passes=args.stream_passes)
    log("memory done; profiles ...")
    lines += ["## Memory", "", report.memory_text(trace, corpus), ""]
    for title, prof in profiles:
        lines += [f"### Profile: {title}", "", "cProfile, top functions by own time:", "", "```", prof, "```", ""]
    return "\n".join(lines)


def _worst_growth(rows: Sequence[speed.GrowthRow]) -> tuple[str, float] | None:
    firsts: dict[str, speed.GrowthRow] = {}
    worst: tuple[str, float] | None = None
    for r in rows:
        first = firsts.setdefault(r.tier, r)
        if r is first or not first.seconds or not r.tier.startswith("quoteattr"):
            continue
        factor = (r.seconds / first.seconds) / (r.chars / first.chars)
        if factor > LINEAR_SLACK and (worst is None or factor > worst[1]):
            worst = (r.tier, factor)
    return worst


def summary(res: CorpusResult) -> list[str]:
    """The headline: F1 at 30 % overlap and exact, per system and view."""
    body = []
    for system in (TRAINED, RULES, TEXTACY):
        by_view = {r.view: r.scores for r in res.rows if r.system == system}
        if not by_view:
            continue
        line: list[object] = [system]
        for view in (ALL, STATEMENTS):
            sc = by_view[view]
            line += [report.pct(sc.overlap_prf(0.3)[2]), report.pct(sc.exact_prf()[2]),
                     report.pct(sc.speaker_ok / sc.speaker_n if sc.speaker_n else None)]
        body.append(line)
    header = ["system", "all: F1 ≥30 %", "all: exact F1", "all: speaker acc.",
              "statements: F1 ≥30 %", "statements: exact F1", "statements: speaker acc."]
    return [f"## Summary: {res.name}", "", report.table(header, body), ""]


def render(args: argparse.Namespace, argv: Sequence[str] | None, results: list[CorpusResult], hand: CorpusResult,
           nlp: Language, with_textacy: bool, speed_md: str, elapsed: float, errors_path: Path) -> str:
    command = "python -m benchmarks.run " + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
    textacy_version = "not installed"
    if with_textacy:
        import textacy
        textacy_version = textacy.__version__
    lines = [
        "# Benchmarks", "",
        "<!-- Generated by `python -m benchmarks.run`; do not edit by hand. -->", "",
        f"Regenerate with (from the project root): `{command}`", "",
        "| | |", "|---|---|",
        f"| date (UTC) | {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M')} |",
        f"| quoteattr | {quoteattr.__version__} |",
        f"| spaCy | {spacy.__version__} |",
        f"| trained pipeline | {_model_meta(nlp)} |",
        f"| textacy | {textacy_version} |",
        f"| Python | {platform.python_version()} |",
        f"| CPU cores | {os.cpu_count()} |",
        f"| load average at the end (1, 5, 15 min) | {', '.join(f'{x:.1f}' for x in os.getloadavg())} |",
        f"| run time | {elapsed:.0f} s |", "",
        "How to read the tables: P / R / F1 in percent. *exact*: same characters once quote marks, "
        "whitespace and outer punctuation are stripped; *≥30 %* / *≥80 %*: a gold statement is found when "
        "one prediction covers that share of its characters (one-to-one, greedy); *char*: character "
        "overlap. *cue acc.* / *speaker acc.*: among statements found at 30 %, the predicted cue / speaker "
        "mention overlaps the gold one. *name acc.*: the predicted speaker name equals the gold name "
        "(case-insensitive; a one-word gold name matches the last word). *docs raised*: documents on "
        "which textacy raised (scored as predicting nothing). Scoring rules: `benchmarks/score.py`; gold "
        "format: `docs/gold-format.md`.", "",
    ]
    if results:
        lines += summary(results[0])
    for res in results:
        lines += [f"## Accuracy on {res.name}", "",
                  "PolNeAR annotates every attribution (speech, but also beliefs, intentions, documents and polls "
                  "as sources). *All attributions*: quoteattr run with `scope=\"all\"` against all of them. "
                  "*Statements only*: quoteattr's default scope against the gold attributions whose cue is a "
                  "statement cue of quoteattr's lexicon (`benchmarks/scope.py`). textacy finds only direct "
                  "quotes and is the same run in both views. Articles with several annotators are read from "
                  "the lexicographically first annotator id.", ""]
        for view in (ALL, STATEMENTS):
            rows = [r for r in res.rows if r.view == view]
            lines += [f"### {view.capitalize()}", "", report.accuracy_table(rows), ""]
        lines += ["### By kind", "",
                  "Gold kind by the quote marks in the gold content: fully enclosed → direct, some marks → "
                  "mixed, none → indirect. Recall per gold kind; precision per predicted kind.", "",
                  report.kind_table(res.rows), ""]
        if res.textacy_errors:
            lines += [f"textacy raised on {len(res.textacy_errors)} of {len(res.docs)} articles, e.g. "
                      f"`{res.textacy_errors[0][:120]}`.", ""]
    lines += [f"## The hand-annotated set ({len(hand.docs)} texts)", "",
              "`benchmarks/data/handset.jsonl`: short news-style texts written for the project, one per pattern "
              "quoteattr handles (generated by `benchmarks/make_handset.py`). Default scope; every gold "
              "statement has its speaker's full name.", "",
              report.accuracy_table(hand.rows, names=True), "", report.kind_table(hand.rows), ""]
    conf_rows = [r for r in (results[0] if results else hand).rows if r.system != TEXTACY]
    lines += ["## Confidence", "",
              "Among quoteattr's predictions, by confidence: how many there are and how often one is right "
              "(it covers ≥ 30 % of a gold statement, one-to-one, and its speaker mention overlaps the gold "
              "source; a gold attribution without source wants no mention).", "",
              report.confidence_table(conf_rows), ""]
    if speed_md:
        lines += [speed_md]
    else:
        lines += ["Speed was not measured in this run (`--skip-speed`).", ""]
    lines += ["## Error analysis", "",
              f"The run writes every miss and false alarm with its sentence to `benchmarks/out/{errors_path.name}` "
              "(not committed: it quotes the corpus). Counts by cause, quoteattr trained tier:", ""]
    res0 = results[0] if results else hand
    for key in [(TRAINED, STATEMENTS), (TRAINED, ALL)]:
        if key in res0.matches:
            oos = None
            if key[1] == STATEMENTS and results:
                oos = out_of_scope(res0.docs, [m.doc for m in res0.matches[key]])
            tally = errors.counts(res0.matches[key], oos)
            lines += [f"*{key[1]}*:", "", report.table(["cause", "count"], list(tally.items())), ""]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
