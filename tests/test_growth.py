"""A cubic path must not come back unnoticed: 200 KB of the worst shapes finish within a generous bound.

The only time bound in the suite, and deliberately loose (60 s where a linear
engine takes about a second or two on this machine, and the cubic one took hours);
the growth figures themselves are measured by ``python -m benchmarks.growth``.
"""

from __future__ import annotations

import time

import pytest
import spacy
from spacy.language import Language

import bench_path  # noqa: F401  (makes ``benchmarks`` importable)
from benchmarks.growth import SHAPES
from quoteattr import attribute

BOUND_SECONDS = 60.0
SIZE = 200_000


@pytest.fixture(scope="module")
def component_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    return nlp


@pytest.mark.parametrize("shape", ["one_sentence", "punctuation_runs", "markup", "titled_roles"])
def test_200_kb_of_a_hostile_shape_finishes(blank_nlp: Language, component_nlp: Language, shape: str) -> None:
    text = SHAPES[shape][1](SIZE)
    assert len(text) == SIZE
    for door in (lambda: attribute(text, nlp=blank_nlp), lambda: component_nlp(text)._.quotes):
        started = time.process_time()
        door()
        took = time.process_time() - started
        assert took < BOUND_SECONDS, f"{shape}: {took:.0f} s of CPU time for {SIZE:,} characters"


def test_every_growth_shape_makes_text_of_the_size_asked() -> None:
    for name, (_, make) in SHAPES.items():
        assert len(make(5_000)) == 5_000, name
