"""Confidence (``quoteattr.confidence``): one formula from named factors, used by every door."""

from __future__ import annotations

from spacy.language import Language

import quoteattr
from quoteattr import confidence


def test_the_formula_is_pattern_times_unclosed_times_resolution() -> None:
    assert confidence.score("after", unclosed=False, resolution="name") == 0.95
    assert confidence.score("after", unclosed=True, resolution="name") == round(0.95 * confidence.UNCLOSED, 3)
    assert confidence.score("before", unclosed=False, resolution="pronoun") == round(0.9 * 0.88, 3)


def test_unknown_names_get_the_documented_defaults() -> None:
    assert confidence.pattern_factor("a-pattern-added-later") == confidence.DEFAULT_PATTERN
    assert confidence.score("after", unclosed=False, resolution="?") == round(0.95 * confidence.DEFAULT_RESOLUTION, 3)


def test_every_rule_and_sieve_path_has_a_factor() -> None:
    from quoteattr.statements.attach import RULES

    made = {"after", "before", "colon", "dash", "scare", "continued", "none", "transcript"}
    assert made <= set(confidence.PATTERN)
    assert len(RULES) == 12
    assert {"name", "role", "pronoun", "group", "inherited", "unresolved", "none"} <= set(confidence.RESOLUTION)


def test_results_carry_the_score(blank_nlp: Language) -> None:
    (q,) = quoteattr.attribute("“We will win,” Anna Smith said.", nlp=blank_nlp)
    assert q.confidence == confidence.final("after", unclosed=False, resolution="name", tier="rules")
    (u,) = quoteattr.attribute("Anna Smith said: “We will win this time", nlp=blank_nlp)
    assert u.flags == ("unclosed",)
    assert u.confidence == confidence.final("before", unclosed=True, resolution="name", tier="rules")
