"""The systems compared, each turned into the scorer's :class:`~benchmarks.score.Prediction` lists.

* quoteattr, trained tier: ``analyze_doc`` on the Docs the trained pipeline made
  (the same Docs textacy sees);
* quoteattr, rules tier: ``attribute_many`` with ``load_model(rules_only=True)``;
* textacy: ``textacy.extract.triples.direct_quotations`` on the same Docs. It
  raises ``ValueError`` on a whole document for an odd number of quote marks;
  such documents count as predicting nothing and are counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

from quoteattr import analyze_doc, attribute, attribute_many
from quoteattr.result import Quote

from .gold import Spans
from .score import Prediction


@dataclass
class SystemRun:
    """One system's predictions over a corpus, one list per document."""

    name: str
    predictions: list[list[Prediction]]
    failed_docs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def from_quote(q: Quote) -> Prediction:
    """A quoteattr Quote as a Prediction (fragments when the quote was interrupted)."""
    pieces = tuple((f.start, f.end) for f in q.fragments) or ((q.content.start, q.content.end),)
    speaker = q.speaker
    mention = speaker.mention if speaker else None
    return Prediction(
        content=pieces,
        cue=((q.cue.start, q.cue.end),) if q.cue else None,
        source=((mention.start, mention.end),) if mention else None,
        speaker_name=speaker.name if speaker else None,
        kind=q.kind,
        confidence=q.confidence,
    )


def quoteattr_trained(docs: Sequence[Doc], ids: Sequence[str], *, scope: str = "statements") -> SystemRun:
    """quoteattr on Docs that the trained pipeline already made; a document that raises predicts nothing."""
    run = SystemRun("quoteattr trained", [])
    for doc, ident in zip(docs, ids):
        try:
            quotes = analyze_doc(doc, scope=scope).quotes  # type: ignore[arg-type]
        except Exception as err:  # noqa: BLE001 - counted and shown, never hidden
            run.predictions.append([])
            run.failed_docs.append(ident)
            run.errors.append(f"{type(err).__name__}: {err}")
            continue
        run.predictions.append([from_quote(q) for q in quotes])
    return run


def quoteattr_rules(texts: Sequence[str], ids: Sequence[str], nlp: Language, *,
                    scope: str = "statements") -> SystemRun:
    """quoteattr's rules tier (*nlp* is ``load_model(rules_only=True)``) through ``attribute_many``.

    Should the stream raise, the texts are run again one by one with
    ``attribute`` and the ones that raise predict nothing.
    """
    run = SystemRun("quoteattr rules", [])
    try:
        run.predictions = [[from_quote(q) for q in quotes]
                           for quotes in attribute_many(texts, nlp=nlp, scope=scope)]  # type: ignore[arg-type]
        return run
    except Exception:  # noqa: BLE001 - find the documents that raise
        run.predictions = []
    for text, ident in zip(texts, ids):
        try:
            run.predictions.append([from_quote(q) for q in attribute(text, nlp=nlp, scope=scope)])  # type: ignore[arg-type]
        except Exception as err:  # noqa: BLE001
            run.predictions.append([])
            run.failed_docs.append(ident)
            run.errors.append(f"{type(err).__name__}: {err}")
    return run


def token_spans(tokens: Sequence[Token]) -> Spans:
    """Character spans of tokens, neighbouring tokens merged into one span."""
    spans: list[tuple[int, int]] = []
    last_i = None
    for tok in sorted(tokens, key=lambda t: t.i):
        start, end = tok.idx, tok.idx + len(tok.text)
        if spans and last_i is not None and tok.i == last_i + 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        last_i = tok.i
    return tuple(spans)


def textacy_predictions(doc: Doc) -> list[Prediction]:
    """textacy's direct quotations of one Doc (raises what textacy raises)."""
    from textacy.extract.triples import direct_quotations

    out = []
    for triple in direct_quotations(doc):
        content = triple.content
        out.append(Prediction(
            content=((content.start_char, content.end_char),),
            cue=token_spans(triple.cue) or None,
            source=token_spans(triple.speaker) or None,
            speaker_name=" ".join(t.text for t in sorted(triple.speaker, key=lambda t: t.i)) or None,
            kind="direct",
            confidence=None,
        ))
    return out


def textacy_available() -> bool:
    try:
        import textacy.extract.triples  # noqa: F401
    except ImportError:
        return False
    return True


def textacy_run(docs: Sequence[Doc], ids: Sequence[str]) -> SystemRun:
    """textacy over the corpus, catching its per-document exceptions."""
    run = SystemRun("textacy", [])
    for doc, ident in zip(docs, ids):
        try:
            run.predictions.append(textacy_predictions(doc))
        except Exception as err:  # noqa: BLE001 - textacy raises ValueError (and others) per document
            run.predictions.append([])
            run.failed_docs.append(ident)
            run.errors.append(f"{type(err).__name__}: {err}")
    return run
