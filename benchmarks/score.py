"""The scorer: pure functions from gold documents and predictions to counts and rates.

Content spans are compared as sets of character positions after
:func:`normalize` has stripped, from both ends of every piece, whitespace,
quote marks and outer punctuation (so “We will win,” and We will win compare
equal), and widened a piece that starts or ends inside a word to the whole word. Three views of statement detection:

* exact: the normalized character sets are equal;
* overlap@t: a gold statement is found when one prediction covers at least
  *t* of its (normalized) characters; gold and predictions are paired one to
  one, greedily, best coverage first; a prediction is correct when paired;
* character F1: all predicted characters against all gold characters.

Among statements found at 30 %: cue accuracy (the predicted cue overlaps the
gold cue), speaker-mention accuracy (the predicted mention overlaps the gold
source) and speaker-name accuracy where the gold gives a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .gold import GoldDoc, GoldStatement, Spans

#: Characters that open or close a quotation in news text.
QUOTE_MARKS = frozenset("\"'“”„‟«»‹›‘’‚`「」『』")
DOUBLE_MARKS = frozenset("\"“”„‟«»「」『』")
OPENERS = frozenset("\"'“„‟«»‹›‘‚「『")
CLOSERS = frozenset("\"'”“»«›‹’‘」』")
#: Stripped from both ends of a content piece besides quote marks and whitespace.
OUTER_PUNCT = frozenset(".,;:!?…—–-()[]{}")
THRESHOLDS = (0.3, 0.8)
BUCKETS = ((0.0, 0.5, "< 0.5"), (0.5, 0.8, "0.5–0.8"), (0.8, 1.01, "> 0.8"))


@dataclass(frozen=True)
class Prediction:
    """One system's statement, in the scorer's terms (offsets into the document text)."""

    content: Spans
    cue: Spans | None = None
    source: Spans | None = None
    speaker_name: str | None = None
    kind: str | None = None
    confidence: float | None = None


# --- spans ---------------------------------------------------------------------------------


def _strippable(ch: str) -> bool:
    return ch.isspace() or ch in QUOTE_MARKS or ch in OUTER_PUNCT


def normalize(text: str, spans: Iterable[tuple[int, int]]) -> Spans:
    """Each piece trimmed of whitespace, quote marks and outer punctuation, and widened to whole words.

    A piece that begins or ends inside a word takes in the rest of the word
    (PolNeAR has a few off-by-one offsets such as "ays neither"). Empty pieces
    are dropped.
    """
    out = []
    n = len(text)
    for start, end in spans:
        while start < end and _strippable(text[start]):
            start += 1
        while end > start and _strippable(text[end - 1]):
            end -= 1
        if start >= end:
            continue
        while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
        while end < n and text[end].isalnum() and text[end - 1].isalnum():
            end += 1
        out.append((start, end))
    return tuple(out)


def char_set(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """The positions of the normalized pieces."""
    return frozenset(i for s, e in normalize(text, spans) for i in range(s, e))


def overlaps(a: Spans | None, b: Spans | None) -> bool:
    """Whether two (possibly discontinuous) spans share at least one character."""
    if not a or not b:
        return False
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _has_mark(piece: str) -> bool:
    for i, ch in enumerate(piece):
        if ch in DOUBLE_MARKS or ch in "‘‹‚":
            return True
        if ch == "'" and (i == 0 or not piece[i - 1].isalnum()) and piece[i + 1 : i + 2].isalpha():
            return True  # 'opening' straight single quote, not an apostrophe
    return False


def _enclosed(piece: str) -> bool:
    t = piece.strip().rstrip(".,;:!? ").lstrip()
    if len(t) < 2 or t[0] not in OPENERS or t[-1] not in CLOSERS:
        # punctuation after the closing mark: “…”. is still enclosed
        return False
    return not any(ch in DOUBLE_MARKS for ch in t[1:-1])


def classify_kind(text: str, content: Spans) -> str:
    """direct (every piece fully enclosed in quote marks), mixed (some marks), else indirect."""
    pieces = [text[s:e] for s, e in content]
    if pieces and all(_enclosed(p) for p in pieces):
        return "direct"
    if any(_has_mark(p) for p in pieces):
        return "mixed"
    return "indirect"


def gold_kind(text: str, st: GoldStatement) -> str:
    """The gold statement's kind: as annotated, else classified by its quote marks."""
    return st.kind or classify_kind(text, st.content)


def name_matches(gold: str, predicted: str | None) -> bool:
    """Case-insensitive equality; a one-word gold name also matches the predicted name's last word."""
    if not predicted:
        return False
    g, p = " ".join(gold.lower().split()), " ".join(predicted.lower().split())
    if g == p:
        return True
    return len(g.split()) == 1 and p.split()[-1] == g


# --- matching ------------------------------------------------------------------------------


def coverage(gold: frozenset[int], pred: frozenset[int]) -> float:
    """The share of the gold characters that the prediction covers."""
    return len(gold & pred) / len(gold) if gold else 0.0


def greedy_match(golds: Sequence[frozenset[int]], preds: Sequence[frozenset[int]],
                 threshold: float) -> dict[int, int]:
    """Gold index -> prediction index, one to one, best coverage first (ties: text order)."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            c = coverage(g, p)
            if c >= threshold and c > 0:
                pairs.append((-c, gi, pi))
    pairs.sort()
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


def exact_match(golds: Sequence[frozenset[int]], preds: Sequence[frozenset[int]]) -> dict[int, int]:
    """Gold index -> prediction index with identical normalized characters."""
    matched: dict[int, int] = {}
    used: set[int] = set()
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if pi not in used and g and g == p:
                matched[gi] = pi
                used.add(pi)
                break
    return matched


@dataclass
class DocMatch:
    """How one document's predictions met its gold statements."""

    doc: GoldDoc
    preds: list[Prediction]
    gold_sets: list[frozenset[int]]
    pred_sets: list[frozenset[int]]
    exact: dict[int, int]
    at: dict[float, dict[int, int]]

    def pred_to_gold(self, threshold: float = 0.3) -> dict[int, int]:
        return {p: g for g, p in self.at[threshold].items()}


def match_doc(doc: GoldDoc, preds: Sequence[Prediction]) -> DocMatch:
    gold_sets = [char_set(doc.text, st.content) for st in doc.statements]
    pred_sets = [char_set(doc.text, p.content) for p in preds]
    return DocMatch(
        doc, list(preds), gold_sets, pred_sets,
        exact_match(gold_sets, pred_sets),
        {t: greedy_match(gold_sets, pred_sets, t) for t in THRESHOLDS},
    )


def speaker_right(st: GoldStatement, pred: Prediction) -> bool:
    """The predicted mention overlaps the gold source (no source in gold: no mention predicted)."""
    if st.source is None:
        return pred.source is None
    return overlaps(st.source, pred.source)


# --- aggregation ---------------------------------------------------------------------------


@dataclass
class Scores:
    """Counts summed over documents; the rates are properties."""

    n_gold: int = 0
    n_pred: int = 0
    exact: int = 0
    found: dict[float, int] = field(default_factory=lambda: {t: 0 for t in THRESHOLDS})
    chars_inter: int = 0
    chars_gold: int = 0
    chars_pred: int = 0
    cue_n: int = 0
    cue_ok: int = 0
    speaker_n: int = 0
    speaker_ok: int = 0
    name_n: int = 0
    name_ok: int = 0
    #: gold kind -> [n, exact, found@0.3, found@0.8]
    by_gold_kind: dict[str, list[int]] = field(default_factory=dict)
    #: predicted kind -> [n, correct@0.3]
    by_pred_kind: dict[str, list[int]] = field(default_factory=dict)
    #: confidence bucket label -> [n, right]
    confidence: dict[str, list[int]] = field(default_factory=lambda: {b[2]: [0, 0] for b in BUCKETS})
    docs_failed: int = 0

    @staticmethod
    def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
        p = tp_pred / n_pred if n_pred else 0.0
        r = tp_gold / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def exact_prf(self) -> tuple[float, float, float]:
        return self.prf(self.exact, self.n_pred, self.exact, self.n_gold)

    def overlap_prf(self, threshold: float) -> tuple[float, float, float]:
        n = self.found[threshold]
        return self.prf(n, self.n_pred, n, self.n_gold)

    def char_prf(self) -> tuple[float, float, float]:
        return self.prf(self.chars_inter, self.chars_pred, self.chars_inter, self.chars_gold)

    @staticmethod
    def rate(ok: int, n: int) -> float | None:
        return ok / n if n else None


def bucket(confidence: float) -> str:
    for low, high, label in BUCKETS:
        if low <= confidence < high:
            return label
    return BUCKETS[-1][2] if confidence >= 1 else BUCKETS[0][2]


def add_doc(scores: Scores, m: DocMatch) -> None:
    """Add one matched document's counts to *scores*."""
    doc, text = m.doc, m.doc.text
    scores.n_gold += len(doc.statements)
    scores.n_pred += len(m.preds)
    scores.exact += len(m.exact)
    for t in THRESHOLDS:
        scores.found[t] += len(m.at[t])
    gold_chars = frozenset().union(*m.gold_sets) if m.gold_sets else frozenset()
    pred_chars = frozenset().union(*m.pred_sets) if m.pred_sets else frozenset()
    scores.chars_inter += len(gold_chars & pred_chars)
    scores.chars_gold += len(gold_chars)
    scores.chars_pred += len(pred_chars)
    for gi, pi in m.at[0.3].items():
        st, pred = doc.statements[gi], m.preds[pi]
        if st.cue:
            scores.cue_n += 1
            scores.cue_ok += overlaps(st.cue, pred.cue)
        if st.source:
            scores.speaker_n += 1
            scores.speaker_ok += overlaps(st.source, pred.source)
        if st.speaker_name:
            scores.name_n += 1
            scores.name_ok += name_matches(st.speaker_name, pred.speaker_name)
    for gi, st in enumerate(doc.statements):
        row = scores.by_gold_kind.setdefault(gold_kind(text, st), [0, 0, 0, 0])
        row[0] += 1
        row[1] += gi in m.exact
        row[2] += gi in m.at[0.3]
        row[3] += gi in m.at[0.8]
    p2g = m.pred_to_gold(0.3)
    for pi, pred in enumerate(m.preds):
        krow = scores.by_pred_kind.setdefault(pred.kind or "?", [0, 0])
        krow[0] += 1
        krow[1] += pi in p2g
        if pred.confidence is not None:
            crow = scores.confidence[bucket(pred.confidence)]
            crow[0] += 1
            crow[1] += pi in p2g and speaker_right(doc.statements[p2g[pi]], pred)


def evaluate(docs: Sequence[GoldDoc], predictions: Sequence[Sequence[Prediction]]) -> tuple[Scores, list[DocMatch]]:
    """Score *predictions* (one list per document, same order) against *docs*."""
    if len(docs) != len(predictions):
        raise ValueError(f"{len(docs)} gold documents but {len(predictions)} prediction lists")
    scores = Scores()
    matches = []
    for doc, preds in zip(docs, predictions):
        m = match_doc(doc, preds)
        add_doc(scores, m)
        matches.append(m)
    return scores, matches
