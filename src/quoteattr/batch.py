"""One partition function for every engine: records in, one output record per input record out.

Spark, Dask, a multiprocessing pool or a plain loop hand :func:`attribute_records`
the records of one partition (mappings with an id and a text) and get back, in
the same order, one plain ``dict`` per record::

    {"doc_id": 17, "quotes": [...], "people": [...], "error": None,
     "quoteattr_version": "0.1.0", "model": "en_core_web_sm", "model_version": "3.8.0",
     "tier": "trained", "schema_version": "1.1"}

``quotes`` and ``people`` are ``Quote.to_dict()`` and ``Person.to_dict()``
(docs/schema.md). A record that cannot be analysed (no text, a text that is not
a ``str``, a failure inside the engine) gives ``quotes``/``people`` of ``None``
and an ``error`` string, so one bad document never ends a partition of ten
thousand. A model that cannot be loaded is not a bad document: it raises
:class:`~quoteattr.errors.ModelError` before the first record.

The spaCy pipeline is loaded once per process and kept in a cache keyed by the
model name and the options that change the pipeline (``max_length``), so every
partition a worker process runs after the first pays nothing to load it. The
model name is explicit and written on every row: resolve ``model=None`` once
on the driver (:func:`resolve_model`) and ship the name, so that workers with
different pipelines installed cannot silently disagree.

Texts go through :func:`quoteattr.engine.analyze_stream` (``nlp.pipe`` in
batches); a text longer than the pipeline's ``max_length`` is cut into chunks
exactly as :func:`quoteattr.attribute` cuts it. If a batch fails, its texts are
analysed one at a time so that only the culprit becomes an error row.
"""

from __future__ import annotations

import threading
import warnings
from collections import deque
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping

import spacy
from spacy.language import Language

from . import engine
from ._version import __version__
from .errors import InputTypeError, OptionError
from .lexicon import Lexicon
from .models import RULES_ONLY_WARNING, RulesOnlyWarning, installed_model, load_model
from .result import SCHEMA_VERSION, Analysis
from .settings import Scope, Settings


#: The model name that means spaCy's blank English tokenizer: the rules-only tier.
RULES_ONLY = "rules-only"

#: Fields every output record carries besides its id, in order.
OUTPUT_FIELDS: tuple[str, ...] = (
    "quotes", "people", "error", "quoteattr_version", "model", "model_version", "tier", "schema_version",
)

#: Tier names written in the ``tier`` field.
TIERS: tuple[str, ...] = ("trained", "rules-only")


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy pipeline and what every row it produces says about it."""

    nlp: Language
    model: str
    model_version: str
    tier: str

    def stamp(self) -> dict[str, str]:
        """The version fields of every row made with this pipeline."""
        return {
            "quoteattr_version": __version__,
            "model": self.model,
            "model_version": self.model_version,
            "tier": self.tier,
            "schema_version": SCHEMA_VERSION,
        }


def describe(nlp: Language, model: str) -> Pipeline:
    """*nlp* (loaded as *model*) with its version and tier.

    The tier is what the engine will use: ``"trained"`` when the pipeline gives
    a dependency parse, else ``"rules-only"`` (checked on one short sentence).
    For the rules-only tier the version is spaCy's, whose tokenizer it is.
    """
    parsed = nlp("Smith said so.").has_annotation("DEP")
    version = str(nlp.meta.get("version", "")) if parsed else spacy.about.__version__
    return Pipeline(nlp, model, version, TIERS[0] if parsed else TIERS[1])


def resolve_model(model: str | None) -> str:
    """The explicit model name to ship to workers: *model*, or the best one installed here.

    With no trained English pipeline installed, warns (:class:`RulesOnlyWarning`)
    and returns :data:`RULES_ONLY`.
    """
    if model is not None:
        if not isinstance(model, str) or not model:
            raise OptionError(f"model must be a spaCy pipeline name or path (a non-empty str), not {model!r}; "
                              f"use {RULES_ONLY!r} for the rules-only tier.")
        return model
    name = installed_model()
    if name is None:
        warnings.warn(RULES_ONLY_WARNING, RulesOnlyWarning, stacklevel=2)
        return RULES_ONLY
    return name


_PIPELINES: dict[tuple[str, int | None], Pipeline] = {}
_LOCK = threading.Lock()


def pipeline(model: str, *, max_length: int | None = None) -> Pipeline:
    """The pipeline for *model*, loaded on first use in this process and cached.

    max_length: the longest text (in characters) sent to the pipeline in one
        piece; longer texts are analysed in chunks. ``None`` keeps spaCy's
        default (1,000,000). Smaller values bound a worker's memory.
    """
    key = (model, max_length)
    with _LOCK:  # threads of one worker wait for the one load instead of each loading
        found = _PIPELINES.get(key)
        if found is None:
            nlp = load_model(rules_only=True) if model == RULES_ONLY else load_model(model)
            if max_length is not None:
                nlp.max_length = max_length
            found = _PIPELINES[key] = describe(nlp, model)
    return found


def loaded_pipelines() -> list[tuple[str, int | None]]:
    """The ``(model, max_length)`` keys of the pipelines this process has loaded."""
    with _LOCK:
        return list(_PIPELINES)


def _check_options(max_length: int | None, batch_size: int) -> None:
    if max_length is not None and (isinstance(max_length, bool) or not isinstance(max_length, int) or max_length < 1):
        raise OptionError(f"max_length must be a whole number of characters, 1 or more, or None; got {max_length!r}.")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise OptionError(f"batch_size must be a whole number, 1 or more; got {batch_size!r}.")


def settings_for(scope: Scope = "statements", keep_scare_quotes: bool = False,
                 lexicon: Lexicon | None = None) -> Settings:
    """The engine settings for these options (raises OptionError for a bad one)."""
    if lexicon is None:
        return Settings(scope=scope, keep_scare_quotes=keep_scare_quotes)
    return Settings(scope=scope, keep_scare_quotes=keep_scare_quotes, lexicon=lexicon)


def check_options(*, batch_size: int = 32, max_length: int | None = None, scope: Scope = "statements",
                  keep_scare_quotes: bool = False, lexicon: Lexicon | None = None) -> None:
    """Raise OptionError now, on the driver, for options a worker would reject later."""
    _check_options(max_length, batch_size)
    settings_for(scope, keep_scare_quotes, lexicon)


def attribute_records(
    records: Iterable[Any],
    *,
    text_key: str = "text",
    id_key: str = "doc_id",
    model: str | None = None,
    batch_size: int = 32,
    max_length: int | None = None,
    scope: Scope = "statements",
    keep_scare_quotes: bool = False,
    lexicon: Lexicon | None = None,
) -> Iterator[dict[str, Any]]:
    """One output record per record of *records*, in order (see the module docstring).

    records: mappings holding the text under *text_key* and the id under *id_key*
        (a missing id is ``None``); anything else becomes an error row.
    model: a spaCy pipeline name or path, :data:`RULES_ONLY`, or ``None`` for
        the best one installed in this process (see :func:`resolve_model`).
    batch_size: texts per ``nlp.pipe`` batch.
    max_length: see :func:`pipeline`.
    scope, keep_scare_quotes, lexicon: as for :func:`quoteattr.attribute`.

    Options are checked and the pipeline is loaded when this is called; the
    records are read lazily, one batch at a time.
    """
    _check_options(max_length, batch_size)
    settings = settings_for(scope, keep_scare_quotes, lexicon)
    loaded = pipeline(resolve_model(model), max_length=max_length)
    return _run(iter(records), loaded, settings, text_key, id_key, batch_size)


@dataclass
class _Item:
    doc_id: Any
    text: str | None
    error: str | None


class _SourceError(Exception):
    """The records iterable itself raised: not a bad document, so not an error row."""


def _read(record: Any, text_key: str, id_key: str) -> _Item:
    if not isinstance(record, Mapping):
        return _Item(None, None, f"InputTypeError: a record must be a mapping of fields, not a {type(record).__name__}")
    doc_id, text = record.get(id_key), record.get(text_key)
    if isinstance(text, str):
        return _Item(doc_id, text, None)
    if text is None:
        return _Item(doc_id, None, f"InputTypeError: the record has no text: its {text_key!r} field is missing or null")
    return _Item(doc_id, None, f"InputTypeError: {InputTypeError.for_value(text, where=f'the {text_key!r} field')}")


def _row(id_key: str, item: _Item, analysis: Analysis | None, stamp: dict[str, str]) -> dict[str, Any]:
    if analysis is None:
        return {id_key: item.doc_id, "quotes": None, "people": None, "error": item.error, **stamp}
    return {
        id_key: item.doc_id,
        "quotes": [q.to_dict() for q in analysis.quotes],
        "people": [p.to_dict() for p in analysis.people],
        "error": None,
        **stamp,
    }


def record(id_key: str, doc_id: Any, analysis: Analysis | None, error: str | None,
           loaded: Pipeline) -> dict[str, Any]:
    """The output record of one document analysed elsewhere (the CLI's Parquet output)."""
    return _row(id_key, _Item(doc_id, None, error), analysis, loaded.stamp())


def _run(source: Iterator[Any], loaded: Pipeline, settings: Settings, text_key: str, id_key: str,
         batch_size: int) -> Iterator[dict[str, Any]]:
    stamp = loaded.stamp()
    pending: deque[_Item] = deque()

    def texts() -> Iterator[str]:
        while True:
            try:
                item = _read(next(source), text_key, id_key)
            except StopIteration:
                return
            except Exception as err:
                raise _SourceError() from err
            pending.append(item)
            if item.error is None:
                yield item.text  # type: ignore[misc]

    while True:
        try:
            for analysis in engine.analyze_stream(texts(), loaded.nlp, settings, batch_size=batch_size, n_process=1):
                while pending[0].error is not None:
                    yield _row(id_key, pending.popleft(), None, stamp)
                yield _row(id_key, pending.popleft(), analysis, stamp)
            while pending:
                yield _row(id_key, pending.popleft(), None, stamp)
            return
        except _SourceError as err:
            raise err.__cause__ from None  # type: ignore[misc]
        except Exception:  # noqa: BLE001 - a batch failed: find the culprit below
            if not pending:
                raise
        while pending:  # the failed batch's texts, one at a time
            item = pending.popleft()
            if item.error is None:
                try:
                    analysis = engine.analyze_text(item.text, loaded.nlp, settings)  # type: ignore[arg-type]
                except Exception as err:  # noqa: BLE001 - one bad document is an error row
                    item.error = f"analysis failed: {type(err).__name__}: {err}"
                else:
                    yield _row(id_key, item, analysis, stamp)
                    continue
            yield _row(id_key, item, None, stamp)


__all__ = [
    "attribute_records", "resolve_model", "pipeline", "loaded_pipelines", "describe", "record",
    "check_options", "Pipeline", "SCHEMA_VERSION", "RULES_ONLY", "OUTPUT_FIELDS", "TIERS",
]
