"""Shared fixtures: the two tiers' pipelines, each loaded once per test session."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from quoteattr.models import installed_model


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """The rules-only tier's pipeline: ``spacy.blank("en")``."""
    return spacy.blank("en")


@pytest.fixture(scope="session")
def trained_nlp() -> Language:
    """The best installed trained English pipeline; skips the test when there is none."""
    name = installed_model()
    if name is None:
        pytest.skip("no trained English spaCy pipeline is installed")
    return spacy.load(name)
