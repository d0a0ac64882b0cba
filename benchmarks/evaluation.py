"""Scoring the systems on a corpus: every system on every gold view, and the error report file."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from spacy.language import Language

from quoteattr.calibration import raw_confidence

from . import errors, precision, systems
from .gold import GoldDoc
from .report import Row
from .score import DocMatch, Scores, evaluate
from .scope import speech_only

#: The gold views. ALL (the headline): quoteattr with scope="all" against every gold attribution.
#: SPEECH: quoteattr's default scope against the gold attributions whose cue is on the frozen,
#: independent speech-cue list (benchmarks/scope.py). DEFAULT_ALL: the default scope against every
#: gold attribution (its precision says how often a reported statement is a real attribution).
#: HANDSET: the hand-written fixture, whose gold holds statements only.
ALL, SPEECH, DEFAULT_ALL, HANDSET = ("all attributions", "speech (independent cue list)",
                                     "default scope vs all attributions", "fixture")
#: the quoteattr scope each view runs
VIEW_SCOPE = {ALL: "all", SPEECH: "statements", DEFAULT_ALL: "statements", HANDSET: "statements"}
TRAINED, RULES, TEXTACY = "quoteattr trained", "quoteattr rules", "textacy"
#: tier name of each quoteattr system, as quoteattr.calibration names them
TIER = {TRAINED: "trained", RULES: "rules"}


@dataclass
class CorpusResult:
    """Everything scored on one corpus: rows of scores, the matches behind them, the parsed Docs."""

    name: str
    docs: list[GoldDoc]
    rows: list[Row] = field(default_factory=list)
    matches: dict[tuple[str, str], list[DocMatch]] = field(default_factory=dict)
    parsed: list = field(default_factory=list)
    textacy_errors: list[str] = field(default_factory=list)
    #: (system, view) -> the exceptions raised, one per failed document
    errors: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def log(message: str, _start: list[float] = []) -> None:  # noqa: B006 - the run's start time
    """Progress on stderr, with seconds since the first message."""
    if not _start:
        _start.append(time.perf_counter())
    print(f"[{time.perf_counter() - _start[0]:6.0f} s] {message}", file=sys.stderr, flush=True)


def score_corpus(name: str, docs: list[GoldDoc], nlp: Language, rules_nlp: Language, *,
                 with_textacy: bool, views: Sequence[str]) -> CorpusResult:
    """Every system on every gold view of one corpus (each quoteattr scope is run once).

    quoteattr runs with raw confidences (``quoteattr.calibration.raw_confidence``):
    the calibrated value is a fixed function of them (``benchmarks/reliability.py``).
    """
    res = CorpusResult(name, docs)
    texts = [d.text for d in docs]
    res.parsed = list(nlp.pipe(texts))
    golds = {ALL: docs, DEFAULT_ALL: docs, HANDSET: docs}
    if SPEECH in views:
        golds[SPEECH] = speech_only(docs)
    ids = [d.id for d in docs]
    by_scope: dict[tuple[str, str], systems.SystemRun] = {}
    runs: dict[tuple[str, str], systems.SystemRun] = {}
    with raw_confidence():
        for view in views:
            scope = VIEW_SCOPE[view]
            if (TRAINED, scope) not in by_scope:
                by_scope[(TRAINED, scope)] = systems.quoteattr_trained(res.parsed, ids, scope=scope)
                by_scope[(RULES, scope)] = systems.quoteattr_rules(texts, ids, rules_nlp, scope=scope)
            runs[(TRAINED, view)] = by_scope[(TRAINED, scope)]
            runs[(RULES, view)] = by_scope[(RULES, scope)]
    if with_textacy:
        t = systems.textacy_run(res.parsed, ids)
        res.textacy_errors = t.errors
        for view in views:
            runs[(TEXTACY, view)] = t
    for view in views:
        for system in (TRAINED, RULES, TEXTACY):
            run = runs.get((system, view))
            if run is None:
                continue
            scores, matches = evaluate(golds[view], run.predictions)
            res.rows.append(Row(system, view, scores, len(run.failed_docs)))
            res.matches[(system, view)] = matches
            res.errors[(system, view)] = run.errors
    return res


def out_of_scope(all_docs: Sequence[GoldDoc], st_docs: Sequence[GoldDoc]) -> list[list]:
    """Per document: the gold attributions the statements-only view left out."""
    return [[s for s in a.statements if s not in set(b.statements)] for a, b in zip(all_docs, st_docs)]


def error_counts(res: CorpusResult, view: str, system: str = TRAINED) -> dict[str, int]:
    """Cause -> count for one system on one view (the speech view knows the attributions it left out)."""
    matches = res.matches[(system, view)]
    oos = out_of_scope(res.docs, [m.doc for m in matches]) if view == SPEECH else None
    return errors.counts(matches, oos)


def write_errors(res: CorpusResult, path: Path) -> None:
    """The error report of the trained tier, every view scored, into *path*."""
    parts = [f"# Errors of quoteattr (trained tier) on {res.name}", "",
             "Generated by `python -m benchmarks.run`; see benchmarks/errors.py for the causes.", ""]
    for (system, view), matches in res.matches.items():
        if system != TRAINED:
            continue
        oos = out_of_scope(res.docs, [m.doc for m in matches]) if view == SPEECH else None
        parts.append(errors.report(f"{TRAINED}, scope={VIEW_SCOPE[view]!r}, against {view}", matches, res.parsed, oos))
        if view == SPEECH:
            parts.append(precision.listing(matches, res.parsed, oos))  # issue 11: false alarms left, by cause
    path.write_text("\n".join(parts), encoding="utf-8")


def scores_json(s: Scores) -> dict:
    """The scores as plain JSON data (results-<split>.json)."""
    return {
        "n_gold": s.n_gold, "n_pred": s.n_pred,
        "exact": s.exact_prf(), "overlap_0.3": s.overlap_prf(0.3), "overlap_0.8": s.overlap_prf(0.8),
        "char": s.char_prf(), "cue": [s.cue_ok, s.cue_n], "speaker": [s.speaker_ok, s.speaker_n],
        "name": [s.name_ok, s.name_n], "by_gold_kind": s.by_gold_kind, "by_pred_kind": s.by_pred_kind,
        "confidence": s.confidence,
    }
