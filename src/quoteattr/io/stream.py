"""Analysing a stream of :class:`~quoteattr.io.readers.Document` s, one result per document, in order."""

from __future__ import annotations

from collections import deque
from typing import Iterable, Iterator

from spacy.language import Language

from ..api import analyze, analyze_many
from ..lexicon import Lexicon
from ..result import Analysis
from ..settings import Scope
from .readers import Document


def analyze_documents(docs: Iterable[Document], nlp: Language, *, batch_size: int = 32, n_process: int = 1,
                      scope: Scope = "statements", keep_scare_quotes: bool = False,
                      lexicon: Lexicon | None = None) -> Iterator[tuple[Document, Analysis | None]]:
    """``(document, analysis)`` for every document, in order; ``None`` for a failed one (its ``error`` says why).

    Good documents stream through :func:`quoteattr.analyze_many` in batches. If
    a batch fails, its documents are analysed one by one, so that one bad
    document turns into an error record and does not take the others with it.
    """
    source = iter(docs)
    pending: deque[Document] = deque()

    def texts() -> Iterator[str]:
        for doc in source:
            pending.append(doc)
            if doc.error is None and doc.text is not None:
                yield doc.text

    def failed(doc: Document) -> bool:
        return doc.error is not None or doc.text is None

    while True:
        try:
            for analysis in analyze_many(texts(), nlp=nlp, batch_size=batch_size, n_process=n_process, scope=scope,
                                         keep_scare_quotes=keep_scare_quotes, lexicon=lexicon):
                while failed(pending[0]):
                    yield pending.popleft(), None
                yield pending.popleft(), analysis
            while pending:
                yield pending.popleft(), None
            return
        except Exception:  # noqa: BLE001 - one bad document must not end the run
            if not pending:
                raise
        while pending:  # salvage the documents of the failed batch, one at a time
            doc = pending.popleft()
            if doc.error is not None or doc.text is None:
                yield doc, None
                continue
            try:
                yield doc, analyze(doc.text, nlp=nlp, scope=scope, keep_scare_quotes=keep_scare_quotes,
                                   lexicon=lexicon)
            except Exception as err:  # noqa: BLE001
                doc.error = f"analysis failed: {type(err).__name__}: {err}"
                yield doc, None


__all__ = ["analyze_documents"]
