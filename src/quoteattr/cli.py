"""The ``quoteattr`` command line (minimal; the full corpus CLI is issue #6)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from .api import analyze
from .models import load_model


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="quoteattr", description="Who said what in English news text.")
    parser.add_argument("paths", nargs="*", help="text files ('-' or none: standard input)")
    parser.add_argument("--format", choices=("jsonl", "text"), default="jsonl")
    parser.add_argument("--model", default=None)
    parser.add_argument("--rules-only", action="store_true")
    args = parser.parse_args(argv)
    nlp = load_model(args.model, rules_only=args.rules_only)
    for path in args.paths or ["-"]:
        text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
        analysis = analyze(text, nlp=nlp)
        if args.format == "jsonl":
            print(json.dumps({"id": path, **analysis.to_dict()}, ensure_ascii=False))
            continue
        for q in analysis.quotes:
            who = (q.speaker.name or q.speaker.mention.text) if q.speaker and (q.speaker.name or q.speaker.mention) else "?"
            cue = q.cue.text if q.cue else "-"
            print(f"{who} [{q.kind}, {cue}, {q.confidence:.2f}]: {q.content.text}")
    return 0
