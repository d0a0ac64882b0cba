"""Precision tables (issue 11): true and false alarms per cue lemma, and the false alarms left, by cause.

Both read the matches the scorer made (:class:`~benchmarks.score.DocMatch`): a
prediction is a *true alarm* when it is paired with a gold statement at the
≥ 30 % match, a *false alarm* otherwise. The cue lemma is the predicted cue's
words looked up in quoteattr's lexicon (``said`` → ``say``; a transcript colon
is ``(transcript)``, no cue ``(no cue)``), so the next noisy cue shows itself.

The causes of false alarms are issue 11's seven, recognised from the text
around a prediction alone (no parse), checked in this order:

1. ``headline or caption`` — in a first line that reads as a headline, or a caption/credit line;
2. ``section label`` — a transcript label that is no one the text knows;
3. ``scare quote, title, list`` — a direct quote with neither cue nor speaker;
4. ``wrong argument`` — the content is a by-agent, a placeholder ("it"), or the speaker;
5. ``refusal or negated speech`` — a negation or "declined to" just before the cue;
6. ``hearer passive`` — "were told", "was asked" …;
7. ``cue verb in another sense`` — an ambiguous lemma (``data/speech_senses.tsv``) or an object-only content;

and otherwise ``other: a speech cue the gold does not count here`` (often an
attribution PolNeAR left out, or one outside the statements view).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Sequence

from quoteattr.statements.complements import PLACEHOLDERS
from quoteattr.statements.filters import HEARER_VERBS, speech_senses
from quoteattr.statements.layout_rules import naming_words, section_labels
from quoteattr.lexicon import Lexicon, default_lexicon

from .gold import GoldStatement
from .report import table
from .score import DocMatch, Prediction, char_set

FA_CAUSES = (
    "headline or caption",
    "section label",
    "scare quote, title, list",
    "wrong argument",
    "refusal or negated speech",
    "hearer passive",
    "cue verb in another sense",
    "outside the statements view (a gold belief, intention or document)",
    "other: a speech cue the gold does not count here",
)
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_NEG = re.compile(r"\b(?:not|n't|never|no|declined?|declines|declining|refused?|refuses|refusing|cannot|without)\b[^.]{0,20}$",
                  re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def cue_lemma(text: str, pred: Prediction, lexicon: Lexicon | None = None) -> str:
    """The lexicon lemma of a prediction's cue ("(no cue)", "(transcript)" when it has none or a colon)."""
    if not pred.cue:
        return "(no cue)"
    cue = " ".join(text[s:e] for s, e in pred.cue)
    if not any(ch.isalpha() for ch in cue):
        return "(transcript)"
    lex = lexicon or default_lexicon()
    words = [w.lower() for w in _WORD.findall(cue)]
    for form in (" ".join(words), *words):
        lemma = lex.cue_lemma(form, scope_all=True)
        if lemma:
            return lemma
    return " ".join(words) or "(other)"


def alarms_by_lemma(matches: Sequence[DocMatch], lexicon: Lexicon | None = None) -> dict[str, tuple[int, int]]:
    """Cue lemma -> (true alarms, false alarms) at the ≥ 30 % match."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for m in matches:
        paired = m.pred_to_gold(0.3)
        for pi, pred in enumerate(m.preds):
            tally[cue_lemma(m.doc.text, pred, lexicon)][0 if pi in paired else 1] += 1
    return {k: (v[0], v[1]) for k, v in tally.items()}


def lemma_table(matches: Sequence[DocMatch], *, top: int = 30, lexicon: Lexicon | None = None) -> str:
    """Markdown: the cue lemmas with the most false alarms, with their true alarms and precision."""
    tally = alarms_by_lemma(matches, lexicon)
    rows = sorted(tally.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0]))[:top]
    body = [[lemma, t, f, f"{100 * t / (t + f):.0f}"] for lemma, (t, f) in rows]
    return table(["cue lemma", "true alarms", "false alarms", "precision %"], body)


def _first_line_end(text: str) -> int:
    end = text.find("\n")
    return end if end >= 0 else len(text)


def fa_cause(text: str, pred: Prediction, out_of_scope: Sequence[GoldStatement] = ()) -> str:
    """The issue-11 cause of one false alarm, from the text around it (see module doc)."""
    start = min(s for s, _ in pred.content)
    end = max(e for _, e in pred.content)
    line_lo = text.rfind("\n", 0, start) + 1
    line = text[line_lo:text.find("\n", start) if text.find("\n", start) >= 0 else len(text)].strip().lower()
    if start < _first_line_end(text) or line.startswith(("photo:", "(reporting by", "reporting by", "image:")):
        return FA_CAUSES[0]
    lemma = cue_lemma(text, pred)
    if lemma == "(transcript)":
        label = text[line_lo:start].split(":")[0].strip().lower()
        return FA_CAUSES[1] if label in section_labels() or not label else FA_CAUSES[8]
    if pred.kind == "direct" and not pred.cue and not pred.source:
        return FA_CAUSES[2]
    before = " ".join(text[max(0, start - 30):start].lower().split())
    if pred.kind == "direct" and any(before.rstrip(" “\"‘'").endswith(w) for w in naming_words()):
        return FA_CAUSES[2]
    content = " ".join(text[start:end].split()).lower()
    if content.startswith("by ") or content in PLACEHOLDERS or (pred.source and char_set(text, pred.content)
                                                                   <= char_set(text, pred.source)):
        return FA_CAUSES[3]
    cue_start = min(s for s, _ in pred.cue) if pred.cue else start
    left = text[max(0, cue_start - 30):cue_start]
    if pred.cue and (_NEG.search(left) or (lemma in ("decline", "refuse") and content.startswith("to "))):
        return FA_CAUSES[4]
    if pred.cue and lemma in HEARER_VERBS and _PASSIVE.search(left):
        return FA_CAUSES[5]
    if lemma in speech_senses() and not content.startswith(("that ", "whether ", "if ", "what ", "how ", "why ")):
        return FA_CAUSES[6]
    pset = char_set(text, pred.content)
    if any(pset & char_set(text, o.content) for o in out_of_scope):
        return FA_CAUSES[7]
    return FA_CAUSES[8]


def false_alarm_causes(matches: Sequence[DocMatch],
                       out_of_scope: Sequence[Sequence[GoldStatement]] | None = None) -> Counter[str]:
    """Cause -> number of false alarms (predictions paired with no gold statement at ≥ 30 %)."""
    tally: Counter[str] = Counter({c: 0 for c in FA_CAUSES})
    for i, m in enumerate(matches):
        paired = m.pred_to_gold(0.3)
        oos = out_of_scope[i] if out_of_scope else ()
        for pi, pred in enumerate(m.preds):
            if pi not in paired:
                tally[fa_cause(m.doc.text, pred, oos)] += 1
    return tally


def cause_table(matches: Sequence[DocMatch], out_of_scope: Sequence[Sequence[GoldStatement]] | None = None) -> str:
    tally = false_alarm_causes(matches, out_of_scope)
    return table(["cause of the false alarm (issue 11)", "count"], [[c, tally[c]] for c in FA_CAUSES])


def section(matches: Sequence[DocMatch], out_of_scope: Sequence[Sequence[GoldStatement]] | None = None) -> str:
    """The page section: per-lemma alarms and the false alarms left by cause (trained tier, default scope)."""
    return "\n".join([
        "### Precision by cue lemma", "",
        "quoteattr trained tier, default scope, against the statements-only gold, at the ≥ 30 % match: the cue "
        "lemmas with the most false alarms (`benchmarks/precision.py`).", "",
        lemma_table(matches), "",
        "The false alarms left, by the causes of issue 11 (recognised from the text alone, so a rough sort):", "",
        cause_table(matches, out_of_scope), "",
    ])


def listing(matches: Sequence[DocMatch], docs: Sequence[object],
            out_of_scope: Sequence[Sequence[GoldStatement]] | None = None) -> str:
    """Markdown for the error file: every false alarm left, grouped by issue-11 cause, with its sentence."""
    from .errors import _entry, sentence_of

    grouped: dict[str, list[str]] = defaultdict(list)
    for i, m in enumerate(matches):
        paired = m.pred_to_gold(0.3)
        oos = out_of_scope[i] if out_of_scope else ()
        for pi, pred in enumerate(m.preds):
            if pi in paired:
                continue
            doc = docs[i] if i < len(docs) else None
            sentence = sentence_of(doc, m.doc.text, pred.content)  # type: ignore[arg-type]
            grouped[fa_cause(m.doc.text, pred, oos)].append(
                _entry(m.doc, None, pred) + f"\n  - cue lemma: {cue_lemma(m.doc.text, pred)}\n  - sentence: {sentence}")
    parts = ["## False alarms left, by the causes of issue 11", "", cause_table(matches, out_of_scope), ""]
    for cause in FA_CAUSES:
        if grouped.get(cause):
            parts += [f"### {cause} ({len(grouped[cause])})", "", *grouped[cause], ""]
    return "\n".join(parts)
