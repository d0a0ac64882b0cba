"""A short fixed-seed run of the grammar/mutation fuzzer (``python -m benchmarks.fuzz`` runs it for longer).

Every input must keep every property: no exception, spans slice the input, no
overlap, the same output twice, ``from_dict(to_dict())`` and JSON round trips,
confidence in [0, 1].
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from spacy.language import Language

import bench_path  # noqa: F401  (makes ``benchmarks`` importable)
from benchmarks import fuzzgen
from benchmarks.fuzz import check_all, grammar_input

SEED_ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed-article.txt"


def _seeds() -> list[str]:
    return [SEED_ARTICLE.read_text(encoding="utf-8")] if SEED_ARTICLE.is_file() else []


@pytest.mark.parametrize("seed", range(6))
def test_grammar_and_mutation_inputs_keep_every_property(blank_nlp: Language, seed: int) -> None:
    seeds = _seeds()
    for k in range(15):
        text = grammar_input(random.Random(seed * 1_000_003 + k), seeds)
        check_all(text, blank_nlp)


@pytest.mark.model
def test_grammar_inputs_keep_every_property_trained(trained_nlp: Language) -> None:
    for k in range(12):
        check_all(grammar_input(random.Random(99_000 + k), []), trained_nlp)


def test_the_generator_covers_the_hostile_kinds() -> None:
    rng = random.Random(5)
    texts = "".join(fuzzgen.mutate(rng, fuzzgen.news(rng), edits=6) for _ in range(300))
    for kind in (["\u00a0", "\u3000", "\u200b"], ["<p>", "<br/>", "<b>"], ["—", "–"], ["“", "«", "「", "„"],
                 ["\x00", "\x1b", "\ufeff"], ["\ud800", "\udfff"], ["WASHINGTON", "LONDON", "(CNN)"]):
        assert any(mark in texts for mark in kind), kind


def test_the_same_seed_gives_the_same_input() -> None:
    assert grammar_input(random.Random(3), []) == grammar_input(random.Random(3), [])


def test_shrink_finds_a_minimal_failing_input() -> None:
    text = fuzzgen.news(random.Random(1)) + " BOOM " + fuzzgen.news(random.Random(2))
    small = fuzzgen.shrink(text, lambda t: "BOOM" in t)
    assert small == "BOOM"


def test_shrink_keeps_an_input_that_cannot_shrink() -> None:
    assert fuzzgen.shrink("ab", lambda t: t == "ab") == "ab"
