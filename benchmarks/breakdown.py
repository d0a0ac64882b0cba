"""Precision broken down: true and false alarms per cue lemma and per pattern.

A prediction is a *true alarm* when the scorer paired it with a gold
attribution at 30 % coverage, else a *false alarm*. The cue lemma is read from
the predicted cue with quoteattr's own lexicon (``Lexicon.cue_lemma``; a
nominal cue such as "according to" is shown as its words; ``(no cue)`` when the
statement has none). quoteattr's result does not name the rule that made a
statement, so the *pattern* is what the result shows: the statement's kind and
where its cue stands (before the content, after it, inside it between two
fragments, or no cue).
"""

from __future__ import annotations

import re
from typing import Iterable

from quoteattr.lexicon import Lexicon, default_lexicon

from .score import DocMatch, Prediction

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def cue_lemma(text: str, pred: Prediction, lexicon: Lexicon | None = None) -> str:
    """The lemma of the predicted cue (see the module doc)."""
    if not pred.cue:
        return "(no cue)"
    lex = lexicon or default_lexicon()
    cue = " ".join(text[s:e] for s, e in pred.cue)
    words = [w.lower() for w in _WORD.findall(cue)]
    for w in words:
        lemma = lex.cue_lemma(w, scope_all=True)
        if lemma:
            return lemma
    return " ".join(words) or cue.strip() or "(punctuation)"


def pattern(pred: Prediction) -> str:
    """``kind, cue position`` (see the module doc)."""
    if not pred.cue:
        where = "no cue"
    else:
        c0, c1 = pred.cue[0][0], pred.cue[-1][1]
        p0, p1 = pred.content[0][0], pred.content[-1][1]
        where = "cue before" if c1 <= p0 else "cue after" if c0 >= p1 else "cue inside"
    return f"{pred.kind or '?'}, {where}"


def alarms(matches: Iterable[DocMatch], key: str = "cue") -> dict[str, list[int]]:
    """Label -> [true alarms, false alarms], by cue lemma (``key="cue"``) or pattern (``key="pattern"``)."""
    lex = default_lexicon()
    out: dict[str, list[int]] = {}
    for m in matches:
        p2g = m.pred_to_gold(0.3)
        for pi, pred in enumerate(m.preds):
            label = cue_lemma(m.doc.text, pred, lex) if key == "cue" else pattern(pred)
            row = out.setdefault(label, [0, 0])
            row[0 if pi in p2g else 1] += 1
    return dict(sorted(out.items(), key=lambda kv: (-(kv[1][0] + kv[1][1]), kv[0])))
