"""The Python doors: ``attribute``, ``analyze`` and their streaming forms."""

from __future__ import annotations

import functools
from collections.abc import Iterable as _Iterable
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import engine
from .errors import InputTypeError, ModelError, OptionError
from .lexicon import Lexicon
from .models import default_model, load_model
from .result import Analysis, Quote
from .settings import Scope, Settings


def _settings(scope: Scope, keep_scare_quotes: bool, lexicon: Lexicon | None) -> Settings:
    if lexicon is None:
        return Settings(scope=scope, keep_scare_quotes=keep_scare_quotes)
    return Settings(scope=scope, keep_scare_quotes=keep_scare_quotes, lexicon=lexicon)


def _check_text(text: object, where: str) -> str:
    if not isinstance(text, str):
        raise InputTypeError.for_value(text, where=where)
    if type(text) is not str:  # a str subclass: spaCy's tokenizer takes only str itself
        return str.__str__(text)
    return text


def _check_texts(texts: object, where: str) -> Iterable[str]:
    if isinstance(texts, (str, bytes, bytearray)) or not isinstance(texts, _Iterable):
        kind = type(texts).__name__
        hint = ("a single text: use attribute(text), or pass [text]" if isinstance(texts, str)
                else "pass a list or a generator of str")
        raise InputTypeError(f"{where} takes an iterable of texts (str), but got a {kind}: {hint}.")
    return texts


def _check_count(name: str, value: object, *, allow_minus_one: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not (value >= 1 or (allow_minus_one and value == -1)):
        raise OptionError.not_count(name, value, allow_minus_one=allow_minus_one)


@functools.lru_cache(maxsize=4)
def _named_pipeline(name: str) -> Language:
    return load_model(name)


def check_language(nlp: Language, where: str) -> None:
    """Refuse a pipeline quoteattr cannot use: not a spaCy Language, not English, or a bad ``max_length``."""
    if not isinstance(nlp, Language):
        raise ModelError(
            f"{where}: nlp must be a spaCy Language (e.g. spacy.load('en_core_web_sm')) or the name of an "
            f"installed pipeline, not a {type(nlp).__name__}."
        )
    if nlp.lang != "en":
        raise ModelError(
            f"{where}: the pipeline is for language {nlp.lang!r}, but quoteattr's cues, titles and pronouns are "
            "English: use an English pipeline (spacy.blank('en'), en_core_web_sm, ...)."
        )
    length = nlp.max_length
    if isinstance(length, bool) or not isinstance(length, int) or length < 1:
        raise ModelError(
            f"{where}: nlp.max_length is {length!r}; it must be a whole number of at least 1 (spaCy's default is "
            "1,000,000; quoteattr cuts longer texts into chunks of that size)."
        )


def _pipeline(nlp: Language | str | None, where: str) -> Language:
    """The pipeline a door runs: *nlp*, the installed pipeline named *nlp*, or the default one."""
    if nlp is None:
        nlp = default_model()
    elif isinstance(nlp, str):
        nlp = _named_pipeline(nlp)
    check_language(nlp, where)
    return nlp


def analyze(
    text: str,
    *,
    nlp: Language | str | None = None,
    scope: Scope = "statements",
    keep_scare_quotes: bool = False,
    lexicon: Lexicon | None = None,
) -> Analysis:
    """Statements and the document's people in *text*.

    nlp: any English spaCy ``Language``, or the name of an installed pipeline
        (``"en_core_web_sm"``, loaded once and kept); with a parser the trained
        tier is used, without one (``spacy.blank("en")``) the rules-only tier.
        ``None`` uses the best installed trained English pipeline, else the
        rules-only tier.
    scope, keep_scare_quotes, lexicon: see :class:`quoteattr.settings.Settings`.
    """
    text = _check_text(text, "analyze()")
    settings = _settings(scope, keep_scare_quotes, lexicon)
    return engine.analyze_text(text, _pipeline(nlp, "analyze()"), settings)


def attribute(
    text: str,
    *,
    nlp: Language | str | None = None,
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
    nlp: Language | str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    scope: Scope = "statements",
    keep_scare_quotes: bool = False,
    lexicon: Lexicon | None = None,
) -> Iterator[Analysis]:
    """:func:`analyze` over a stream of texts, one Analysis per text, in order.

    Texts go through ``nlp.pipe`` in batches of *batch_size* over *n_process*
    processes; memory does not grow with the number of texts. The arguments
    are checked when it is called; the texts are read as the results are.
    """
    texts = _check_texts(texts, "attribute_many()")
    _check_count("batch_size", batch_size)
    _check_count("n_process", n_process, allow_minus_one=True)
    settings = _settings(scope, keep_scare_quotes, lexicon)
    pipeline = _pipeline(nlp, "attribute_many()")
    return engine.analyze_stream(
        (_check_text(t, "attribute_many()") for t in texts),
        pipeline,
        settings,
        batch_size=batch_size,
        n_process=n_process,
    )


def attribute_many(
    texts: Iterable[str],
    *,
    nlp: Language | str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    scope: Scope = "statements",
    keep_scare_quotes: bool = False,
    lexicon: Lexicon | None = None,
) -> Iterator[list[Quote]]:
    """:func:`attribute` over a stream of texts: a generator of one list per text."""
    analyses = analyze_many(
        texts, nlp=nlp, batch_size=batch_size, n_process=n_process,
        scope=scope, keep_scare_quotes=keep_scare_quotes, lexicon=lexicon,
    )
    return (list(analysis.quotes) for analysis in analyses)


def analyze_doc(doc: Doc, *, scope: Scope = "statements", keep_scare_quotes: bool = False,
                lexicon: Lexicon | None = None) -> Analysis:
    """Run quoteattr on a Doc that a spaCy pipeline already made.

    The Doc is read as its tokenizer made it: to give it the same input
    clean-up as :func:`analyze`, make it with a guarded tokenizer
    (:func:`quoteattr.hygiene.guard_tokenizer`, which the component installs).
    """
    if not isinstance(doc, Doc):
        raise InputTypeError.for_value(doc, where="analyze_doc()")
    return engine.analyze_made_doc(doc, _settings(scope, keep_scare_quotes, lexicon))
