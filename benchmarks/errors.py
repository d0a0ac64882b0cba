"""The error report: every miss and false alarm with its sentence, grouped by a coarse cause.

Causes, in the order they are checked:

misses (a gold statement no prediction covers to 30 %)
  * ``no cue found``: no prediction touches the statement at all;
  * ``wrong span``: a prediction touches it but covers under 30 % (or was paired with another);
found, but
  * ``wrong speaker``: the predicted mention misses the gold source;
  * ``wrong cue``: the speaker is right, the predicted cue misses the gold cue;
  * ``wrong name``: speaker and cue are right, the resolved name is not the gold name;
false alarms (a prediction paired with no gold statement)
  * ``false alarm: span overlaps a gold statement``;
  * ``false alarm: an attribution outside the scope`` (speech view only: the
    prediction overlaps a gold belief/intention/document attribution);
  * ``false alarm with cue`` / ``false alarm without cue``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from spacy.tokens import Doc

from .gold import GoldDoc, GoldStatement, Spans
from .score import DocMatch, Prediction, char_set, gold_kind, name_matches, overlaps

CAUSES = (
    "no cue found",
    "wrong span",
    "wrong speaker",
    "wrong cue",
    "wrong name",
    "false alarm: span overlaps a gold statement",
    "false alarm: an attribution outside the scope",
    "false alarm with cue",
    "false alarm without cue",
)


def _show(text: str, spans: Spans | None, limit: int = 200) -> str:
    if not spans:
        return "—"
    s = " … ".join(text[a:b] for a, b in spans)
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def sentence_of(doc: Doc | None, text: str, spans: Spans, limit: int = 500) -> str:
    """The sentence(s) of *doc* that the spans touch (the text around them without a parse)."""
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    if doc is not None and doc.has_annotation("SENT_START"):
        sents = [s for s in doc.sents if s.start_char < end and start < s.end_char]
        if sents:
            start, end = sents[0].start_char, sents[-1].end_char
    else:  # no parse: from the last sentence end before the span to the next one after it
        start = max((text.rfind(p, 0, start) + len(p) for p in (". ", "? ", "! ", "\n") if text.rfind(p, 0, start) >= 0),
                    default=0)
        ends = [text.find(p, end) + 1 for p in (". ", "? ", "! ", "\n") if text.find(p, end) >= 0]
        end = min(ends, default=len(text))
    s = " ".join(text[start:end].split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


Error = tuple[str, GoldStatement | None, Prediction | None]


def classify(m: DocMatch, out_of_scope: Sequence[GoldStatement] = ()) -> list[Error]:
    """(cause, gold statement or None, prediction or None) for every error in one matched document."""
    doc, text = m.doc, m.doc.text
    found = m.at[0.3]
    p2g = m.pred_to_gold(0.3)
    errors = []
    for gi, st in enumerate(doc.statements):
        gset = m.gold_sets[gi]
        entry = lambda cause, pred=None: (cause, st, pred)  # noqa: E731
        if gi not in found:
            touching = [pi for pi, ps in enumerate(m.pred_sets) if gset & ps]
            errors.append(entry("wrong span" if touching else "no cue found",
                                m.preds[touching[0]] if touching else None))
            continue
        pred = m.preds[found[gi]]
        if st.source and not overlaps(st.source, pred.source):
            errors.append(entry("wrong speaker", pred))
        elif st.cue and not overlaps(st.cue, pred.cue):
            errors.append(entry("wrong cue", pred))
        elif st.speaker_name and not name_matches(st.speaker_name, pred.speaker_name):
            errors.append(entry("wrong name", pred))
    for pi, pred in enumerate(m.preds):
        if pi in p2g:
            continue
        pset = m.pred_sets[pi]
        if any(pset & g for g in m.gold_sets):
            cause = "false alarm: span overlaps a gold statement"
        elif any(pset & char_set(text, o.content) for o in out_of_scope):
            cause = "false alarm: an attribution outside the scope"
        else:
            cause = "false alarm with cue" if pred.cue else "false alarm without cue"
        errors.append((cause, None, pred))
    return errors


def _entry(doc: GoldDoc, st: GoldStatement | None, pred: Prediction | None) -> str:
    text = doc.text
    lines = [f"- `{doc.id}`"]
    if st is not None:
        lines.append(f"  - gold ({gold_kind(text, st)}): {_show(text, st.content)}")
        lines.append(f"    cue: {_show(text, st.cue, 60)} · source: {_show(text, st.source, 80)}"
                     + (f" · name: {st.speaker_name}" if st.speaker_name else ""))
    if pred is not None:
        lines.append(f"  - predicted ({pred.kind}, conf {pred.confidence if pred.confidence is not None else '—'}): "
                     f"{_show(text, pred.content)}")
        lines.append(f"    cue: {_show(text, pred.cue, 60)} · speaker: {_show(text, pred.source, 80)}"
                     f" · name: {pred.speaker_name or '—'}")
    return "\n".join(lines)


def report(title: str, matches: Sequence[DocMatch], docs: Sequence[Doc | None],
           out_of_scope: Sequence[Sequence[GoldStatement]] | None = None) -> str:
    """A markdown section: the errors of one system on one gold view, grouped by cause."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for i, m in enumerate(matches):
        oos = out_of_scope[i] if out_of_scope else ()
        for cause, st, pred in classify(m, oos):
            spans = st.content if st is not None else pred.content if pred is not None else ()
            sentence = sentence_of(docs[i] if i < len(docs) else None, m.doc.text, spans) if spans else ""
            grouped[cause].append(_entry(m.doc, st, pred) + (f"\n  - sentence: {sentence}" if sentence else ""))
    parts = [f"## {title}", ""]
    parts.append("| cause | count |\n|---|---:|")
    parts.extend(f"| {c} | {len(grouped.get(c, []))} |" for c in CAUSES)
    parts.append("")
    for cause in CAUSES:
        if grouped.get(cause):
            parts.append(f"### {cause} ({len(grouped[cause])})\n")
            parts.extend(grouped[cause])
            parts.append("")
    return "\n".join(parts)


def counts(matches: Sequence[DocMatch], out_of_scope: Sequence[Sequence[GoldStatement]] | None = None) -> dict[str, int]:
    """Cause -> number of errors."""
    tally = {c: 0 for c in CAUSES}
    for i, m in enumerate(matches):
        for cause, _, _ in classify(m, out_of_scope[i] if out_of_scope else ()):
            tally[cause] += 1
    return tally
