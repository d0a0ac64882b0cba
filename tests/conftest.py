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


@pytest.fixture
def tier(request: pytest.FixtureRequest) -> Language:
    """The pipeline of one tier, named by the test's parameter: ``blank_nlp`` (rules) or ``trained_nlp``."""
    return request.getfixturevalue("blank_nlp" if request.param == "rules" else "trained_nlp")
