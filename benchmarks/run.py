"""One command: score quoteattr (both tiers) and textacy, time them, regenerate docs/benchmarks.md.

    python -m benchmarks.run --polnear ../shared/data/polnear --split dev

Scores the PolNeAR development split and the held-out slice of train
(``benchmarks/data/train-slice.txt``; ``--no-slice`` leaves it out). Without
``--polnear`` only the hand-written fixture is scored. Writes
``docs/benchmarks.md`` (``--doc``), and into ``--out`` (default
``benchmarks/out/``): ``errors-<split>.md`` (every miss and false alarm on the
development split; none is written for the held-out slice),
``errors-handset.md`` and ``results-<split>.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path
from typing import Sequence

import quoteattr
from quoteattr import load_model

from . import breakdown, heldout, page, polnear, systems
from .evaluation import (
    ALL, DEFAULT_ALL, HANDSET, RULES, SPEECH, TRAINED, CorpusResult, log, score_corpus, scores_json, write_errors,
)
from .gold import read_jsonl

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HANDSET_FILE = HERE / "data" / "handset.jsonl"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--polnear", help="PolNeAR folder (holding dev/ or data/dev/)")
    p.add_argument("--split", default="dev", choices=polnear.SPLITS)
    p.add_argument("--handset", default=str(HANDSET_FILE), help="gold JSONL of the hand-annotated set")
    p.add_argument("--limit", type=int, help="score only the first N PolNeAR documents (of each corpus)")
    p.add_argument("--no-slice", action="store_true", help="leave out the held-out slice of PolNeAR train")
    p.add_argument("--model", help="trained spaCy pipeline (default: the best installed)")
    p.add_argument("--skip-speed", action="store_true", help="no speed, growth or memory measurements")
    p.add_argument("--skip-textacy", action="store_true", help="leave textacy out")
    p.add_argument("--speed-words", type=int, default=25_000,
                   help="time throughput and memory on the corpus's first documents up to this many words (0: all)")
    p.add_argument("--repeats", type=int, default=5, help="timed rounds per throughput (best is kept)")
    p.add_argument("--stream-passes", type=int, default=4, help="passes of the corpus in the memory test")
    p.add_argument("--growth-sizes", default="10000,100000,1000000",
                   help="comma-separated text sizes in characters for the growth table")
    p.add_argument("--growth-cap-trained", type=int, default=100_000,
                   help="largest text (characters) timed with the trained pipeline")
    p.add_argument("--profile-rounds", type=int, default=3, help="interleaved rounds of the per-stage profile")
    p.add_argument("--linear-sizes", default="1000,10000,100000,1000000",
                   help="comma-separated text sizes (characters) for the growth targets of both tiers")
    p.add_argument("--big-text-chars", type=int, default=10_000_000,
                   help="peak memory of the trained tier on one text this long, in a subprocess (0: skip)")
    p.add_argument("--doc", default=str(ROOT / "docs" / "benchmarks.md"), help="markdown page to write")
    p.add_argument("--out", default=str(HERE / "out"), help="folder for the error report and JSON results")
    return p.parse_args(argv)


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
    views = (ALL, SPEECH, DEFAULT_ALL)
    if args.polnear:
        docs = polnear.read_split(args.polnear, args.split, limit=args.limit)
        label = "development split" if args.split == "dev" else "split"
        name = f"PolNeAR {args.split}, {label} ({len(docs)} articles)"
        log(f"scoring {name} ...")
        results.append(score_corpus(name, docs, nlp, rules_nlp, with_textacy=with_textacy, views=views))
        if not args.no_slice and args.split == "dev":
            held = heldout.read_listed(args.polnear, "train", heldout.SLICE_FILE)[: args.limit]
            name = f"PolNeAR train, held-out slice ({len(held)} articles)"
            log(f"scoring {name} ...")
            results.append(score_corpus(name, held, nlp, rules_nlp, with_textacy=with_textacy, views=views))
    handset = read_jsonl(args.handset)
    log(f"scoring the fixture ({len(handset)} texts) ...")
    hand = score_corpus(f"fixture ({len(handset)} texts)", handset, nlp, rules_nlp,
                        with_textacy=with_textacy, views=(HANDSET,))
    main_res = results[0] if results else hand
    split = args.split if args.polnear else "handset"
    errors_path = out / f"errors-{split}.md"
    write_errors(main_res, errors_path)
    if results:
        write_errors(hand, out / "errors-handset.md")
    name_lines: list[str] = []
    if args.polnear and args.split == "dev":  # resolved-name accuracy against the name layer (issue 12)
        from .names import section_from_result
        name_lines = section_from_result(results[0], args.polnear)
        (out / "names.md").write_text("\n".join(name_lines), encoding="utf-8")

    speed_md = ""
    if not args.skip_speed:
        log("measuring speed ...")
        speed_md = page.speed_section(args, main_res, hand, nlp, rules_nlp, with_textacy)

    elapsed = time.perf_counter() - started
    text = page.render(page.Page(args, argv, results, hand, nlp, with_textacy, speed_md, elapsed, errors_path,
                                 extra={"names": name_lines} if name_lines else {}))
    Path(args.doc).parent.mkdir(parents=True, exist_ok=True)
    Path(args.doc).write_text(text, encoding="utf-8")
    data: dict[str, object] = {
        f"{r.system} | {r.view} | {res.name}": scores_json(r.scores) for res in [*results, hand] for r in res.rows
    }
    if results and (TRAINED, DEFAULT_ALL) in results[0].matches:
        for system in (TRAINED, RULES):
            for key in ("cue", "pattern"):
                data[f"{system} | alarms by {key} | {results[0].name}"] = breakdown.alarms(
                    results[0].matches[(system, DEFAULT_ALL)], key)
    (out / f"results-{split}.json").write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")
    log(f"wrote {args.doc} and {errors_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
