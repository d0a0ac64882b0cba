"""Properties that hold for every text: no crash, valid offsets, no overlap,
entity ids that refer to people, determinism, offsets that only shift when unrelated paragraphs come first, and
lossless serialisation.

The checks are plain functions so ``benchmarks/fuzz.py`` runs the very same
ones for longer. The rules-only tier runs many examples; the trained tier
(``-m model``) a few.
"""

from __future__ import annotations

import json
from typing import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from quoteattr import analyze
from quoteattr.result import Analysis, Person, Quote, Span
from strategies import any_text, hostile_text, neutral_paragraph, news_text

# Derandomized so the suite gives the same verdict on every run; the random,
# longer exploration is ``python -m benchmarks.fuzz``.
FAST = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
MODEL = settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def spans_of(analysis: Analysis) -> Iterator[tuple[str, Span]]:
    """Every Span in a result, with a label saying where it was found."""
    for i, quote in enumerate(analysis.quotes):
        yield f"quotes[{i}].content", quote.content
        for j, fragment in enumerate(quote.fragments):
            yield f"quotes[{i}].fragments[{j}]", fragment
        if quote.cue is not None:
            yield f"quotes[{i}].cue", quote.cue
        if quote.speaker is not None and quote.speaker.mention is not None:
            yield f"quotes[{i}].speaker.mention", quote.speaker.mention
    for i, person in enumerate(analysis.people):
        for j, mention in enumerate(person.mentions):
            yield f"people[{i}].mentions[{j}]", mention


def check_offsets(text: str, analysis: Analysis) -> None:
    """Every span slices the input to its own text."""
    for where, span in spans_of(analysis):
        assert 0 <= span.start <= span.end <= len(text), f"{where} out of range: {span}"
        assert text[span.start : span.end] == span.text, (
            f"{where} = {span} but the text there is {text[span.start:span.end]!r}"
        )


def check_no_overlap(analysis: Analysis) -> None:
    """Statements' contents never overlap one another."""
    contents = sorted((q.content for q in analysis.quotes), key=lambda s: (s.start, s.end))
    for before, after in zip(contents, contents[1:]):
        assert before.end <= after.start, f"overlapping statements: {before} and {after}"


def check_entities(analysis: Analysis) -> None:
    """People have distinct entity ids, and every speaker's entity is one of them."""
    ids = [p.entity for p in analysis.people]
    assert len(ids) == len(set(ids)), f"entity ids repeat: {ids}"
    for i, quote in enumerate(analysis.quotes):
        if quote.speaker is not None and quote.speaker.entity is not None:
            assert quote.speaker.entity in ids, f"quotes[{i}] speaker entity {quote.speaker.entity} is nobody in {ids}"


def check_round_trip(analysis: Analysis) -> None:
    """to_dict/from_dict and JSON give back the same objects."""
    for quote in analysis.quotes:
        assert Quote.from_dict(quote.to_dict()) == quote, f"to_dict round trip changed {quote}"
        assert Quote.from_dict(json.loads(json.dumps(quote.to_dict()))) == quote, f"JSON round trip changed {quote}"
    for person in analysis.people:
        assert Person.from_dict(json.loads(json.dumps(person.to_dict()))) == person, f"JSON round trip changed {person}"
    assert Analysis.from_dict(json.loads(json.dumps(analysis.to_dict()))) == analysis, "JSON round trip changed the analysis"


def statement_keys(analysis: Analysis, shift: int = 0) -> list[tuple]:
    """What must not change when unrelated text comes first, with offsets moved by *shift*."""
    return [
        (
            q.kind,
            q.content.start + shift,
            q.content.end + shift,
            q.content.text,
            tuple((f.start + shift, f.end + shift) for f in q.fragments),
            None if q.cue is None else (q.cue.start + shift, q.cue.text),
        )
        for q in analysis.quotes
    ]


def check_text(text: str, nlp: Language) -> Analysis:
    """Every single-text property; returns the analysis for further checks."""
    analysis = analyze(text, nlp=nlp)
    check_offsets(text, analysis)
    check_no_overlap(analysis)
    check_entities(analysis)
    assert analyze(text, nlp=nlp) == analysis, "same input gave a different output"
    check_round_trip(analysis)
    return analysis


def check_prefix_shift(text: str, prefix_paragraphs: list[str], nlp: Language) -> None:
    """Unrelated paragraphs before *text* only shift its statements."""
    prefix = "".join(p + "\n\n" for p in prefix_paragraphs)
    alone = analyze(text, nlp=nlp)
    after = analyze(prefix + text, nlp=nlp)
    check_offsets(prefix + text, after)
    assert statement_keys(after) == statement_keys(alone, len(prefix)), (
        f"unrelated paragraphs before the text changed its statements: "
        f"{statement_keys(alone, len(prefix))} became {statement_keys(after)}"
    )


# --- rules-only tier -----------------------------------------------------------


@FAST
@given(text=any_text())
def test_any_text_keeps_every_property(blank_nlp: Language, text: str) -> None:
    check_text(text, blank_nlp)


@FAST
@given(text=hostile_text())
def test_hostile_news_keeps_every_property(blank_nlp: Language, text: str) -> None:
    check_text(text, blank_nlp)


@FAST
@given(text=news_text(), prefix=st.lists(neutral_paragraph(), min_size=1, max_size=3))
def test_unrelated_paragraphs_before_only_shift_offsets(
    blank_nlp: Language, text: str, prefix: list[str]
) -> None:
    check_prefix_shift(text, prefix, blank_nlp)


# --- trained tier -------------------------------------------------------------


@pytest.mark.model
@MODEL
@given(text=hostile_text(max_paragraphs=3))
def test_trained_tier_keeps_every_property(trained_nlp: Language, text: str) -> None:
    check_text(text, trained_nlp)


@pytest.mark.model
@MODEL
@given(text=news_text(max_paragraphs=3), prefix=st.lists(neutral_paragraph(), min_size=1, max_size=2))
def test_trained_tier_unrelated_paragraphs_only_shift(
    trained_nlp: Language, text: str, prefix: list[str]
) -> None:
    check_prefix_shift(text, prefix, trained_nlp)
