"""The Python doors: ``attribute``, ``analyze`` and their streaming forms."""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import engine
from .errors import InputTypeError
from .lexicon import Lexicon
from .models import default_model
from .result import Analysis, Quote
from .settings import Scope, Settings


def _settings(scope: Scope, keep_scare_quotes: bool, lexicon: Lexicon | None) -> Settings:
    if lexicon is None:
        return Settings(scope=scope, keep_scare_quotes=keep_scare_quotes)
    return Settings(scope=scope, keep_scare_quotes=keep_scare_quotes, lexicon=lexicon)


def _check_text(text: object, where: str) -> str:
    if not isinstance(text, str):
        raise InputTypeError.for_value(text, where=where)
    return text


def analyze(
    text: str,
    *,
    nlp: Language | None = None,
    scope: Scope = "statements",
    keep_scare_quotes: bool = False,
    lexicon: Lexicon | None = None,
) -> Analysis:
    """Statements and the document's people in *text*.

    nlp: any spaCy ``Language``; with a parser the trained tier is used, without
        one (``spacy.blank("en")``) the rules-only tier. ``None`` uses the best
        installed trained English pipeline, else the rules-only tier.
    scope, keep_scare_quotes, lexicon: see :class:`quoteattr.settings.Settings`.
    """
    text = _check_text(text, "analyze()")
    settings = _settings(scope, keep_scare_quotes, lexicon)
    return engine.analyze_text(text, nlp or default_model(), settings)


def attribute(
    text: str,
    *,
    nlp: Language | None = None,
    scope: Scope = "statements",
    keep_scare_quotes: bool = False,
    lexicon: Lexicon | None = None,
) -> list[Quote]:
    """Who said what in *text*: its statements in text order.

    >>> from quoteattr import attribute
    >>> [q.speaker.name for q in attribute('“We will win,” Smith said.')]
    ['Smith']
    """
    text = _check_text(text, "attribute()")
    return list(analyze(text, nlp=nlp, scope=scope, keep_scare_quotes=keep_scare_quotes, lexicon=lexicon).quotes)


def analyze_many(
    texts: Iterable[str],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    scope: Scope = "statements",
    keep_scare_quotes: bool = False,
    lexicon: Lexicon | None = None,
) -> Iterator[Analysis]:
    """:func:`analyze` over a stream of texts, one Analysis per text, in order.

    Texts go through ``nlp.pipe`` in batches of *batch_size* over *n_process*
    processes; memory does not grow with the number of texts.
    """
    settings = _settings(scope, keep_scare_quotes, lexicon)
    yield from engine.analyze_stream(
        (_check_text(t, "attribute_many()") for t in texts),
        nlp or default_model(),
        settings,
        batch_size=batch_size,
        n_process=n_process,
    )


def attribute_many(
    texts: Iterable[str],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    scope: Scope = "statements",
    keep_scare_quotes: bool = False,
    lexicon: Lexicon | None = None,
) -> Iterator[list[Quote]]:
    """:func:`attribute` over a stream of texts: a generator of one list per text."""
    for analysis in analyze_many(
        texts, nlp=nlp, batch_size=batch_size, n_process=n_process,
        scope=scope, keep_scare_quotes=keep_scare_quotes, lexicon=lexicon,
    ):
        yield list(analysis.quotes)


def analyze_doc(doc: Doc, *, scope: Scope = "statements", keep_scare_quotes: bool = False,
                lexicon: Lexicon | None = None) -> Analysis:
    """Run quoteattr on a Doc that a spaCy pipeline already made."""
    if not isinstance(doc, Doc):
        raise InputTypeError.for_value(doc, where="analyze_doc()")
    return engine.analyze_doc(doc, _settings(scope, keep_scare_quotes, lexicon))
