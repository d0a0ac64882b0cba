"""The engine: marks -> sentences -> quotes -> cues -> speakers -> coreference -> result.

Every door (``attribute``, the spaCy component, the CLI, the benchmarks) calls
these functions; none re-implements a step.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .result import Analysis
from .settings import Settings


def analyze_doc(doc: Doc, settings: Settings) -> Analysis:
    """Statements and people of one Doc (offsets into ``doc.text``)."""
    return Analysis((), ())


def analyze_text(text: str, nlp: Language, settings: Settings) -> Analysis:
    return analyze_doc(nlp(text), settings)


def analyze_stream(texts: Iterable[str], nlp: Language, settings: Settings, *,
                   batch_size: int, n_process: int) -> Iterator[Analysis]:
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        yield analyze_doc(doc, settings)
