"""Long texts: chunks analysed with the end of the chunk before, and stitched into one result."""

from __future__ import annotations

from typing import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from quoteattr import analyze
from quoteattr.chunking import split_text
from quoteattr.result import Analysis, Person, Quote, Span, Speaker
from quoteattr.stitching import CONTEXT_CHARS, Stitcher, context_chars, context_start

_CARRY_TEXT = (
    "Voters went to the polls on Tuesday in the city.\n\n"
    "“We will win this election,” said Mayor John Smith.\n\n"
    "He walked to the podium and waved.\n\n"
    "“We will not stop now,” he said."
)


@pytest.fixture
def small(tier: Language) -> Iterator[Language]:
    """The tier's pipeline, taking at most 160 characters at a time (chunks of 80, context of 80)."""
    saved = tier.max_length
    tier.max_length = 160
    yield tier
    tier.max_length = saved


def _chunks(text: str, nlp: Language) -> list[str]:
    """The chunks the engine cuts *text* into for *nlp* (without their context)."""
    context = context_chars(nlp.max_length)
    return [c for _, c in split_text(text, nlp.max_length - context)]


@pytest.mark.parametrize("tier", ["rules", pytest.param("trained", marks=pytest.mark.model)], indirect=True)
def test_a_speaker_named_in_one_chunk_is_he_in_the_next(small: Language) -> None:
    chunks = _chunks(_CARRY_TEXT, small)
    assert "John Smith" in chunks[1] and chunks[2].startswith("He walked")  # the premise: a cut between
    first, second = analyze(_CARRY_TEXT, nlp=small).quotes
    assert first.speaker is not None and second.speaker is not None
    assert (first.speaker.name, second.speaker.name) == ("John Smith", "John Smith")
    assert second.speaker.mention == Span.of(_CARRY_TEXT, len(_CARRY_TEXT) - 8, len(_CARRY_TEXT) - 6)  # "he"
    assert second.speaker.entity == first.speaker.entity == 0


# British copy: the surname returns long after the context, and a second Smith must stay apart.
_FAR_TEXT = (
    "Chancellor John Smith said on Monday that the budget would balance by 2030.\n\n"
    + "The Treasury published its figures. Markets were calm.\n\n" * 6
    + "Jane Smith, a Labour MP, said the plan was a fantasy.\n\n"
    + "The debate ran late into the night.\n\n" * 4
    + "Smith said the sums were sound, and Mr Smith left the chamber."
)


@pytest.mark.parametrize("tier", ["rules", pytest.param("trained", marks=pytest.mark.model)], indirect=True)
def test_a_surname_in_a_later_chunk_is_the_person_named_before(small: Language) -> None:
    assert len(_chunks(_FAR_TEXT, small)) >= 5
    analysis = analyze(_FAR_TEXT, nlp=small)
    speakers = [(q.speaker.mention.text, q.speaker.name) for q in analysis.quotes if q.speaker and q.speaker.mention]
    assert speakers[0] == ("Chancellor John Smith", "John Smith")
    assert ("Jane Smith", "Jane Smith") in speakers
    assert speakers[-1] == ("Smith", "John Smith")
    ids = {q.speaker.name: q.speaker.entity for q in analysis.quotes if q.speaker}
    assert ids["John Smith"] != ids["Jane Smith"]
    assert [p.entity for p in analysis.people] == list(range(len(analysis.people)))


def test_chunked_and_whole_analyses_agree_on_a_long_text(blank_nlp: Language) -> None:
    unit = (
        "OTTAWA — Finance Minister Anne Roy said on Monday the deficit would shrink. “We have a plan,” she said.\n\n"
        "The opposition leader, Paul Tran, called the plan reckless. He said it would cost jobs.\n\n"
        "According to officials, the vote is set for March.\n\n"
    )
    text = unit * 12
    whole = analyze(text, nlp=blank_nlp)
    saved = blank_nlp.max_length
    blank_nlp.max_length = 2_000  # chunks of 1,000 characters with 1,000 of context
    try:
        assert len(_chunks(text, blank_nlp)) >= 3
        chunked = analyze(text, nlp=blank_nlp)
    finally:
        blank_nlp.max_length = saved

    def rows(a: Analysis) -> list[tuple[int, int, str | None, int | None]]:
        return [(q.content.start, q.content.end, q.speaker and q.speaker.name, q.speaker and q.speaker.entity)
                for q in a.quotes]

    assert rows(chunked) == rows(whole)
    assert [(p.name, p.kind) for p in chunked.people] == [(p.name, p.kind) for p in whole.people]


@settings(max_examples=40, deadline=None)
@given(max_length=st.integers(min_value=20, max_value=400), repeat=st.integers(min_value=1, max_value=4))
def test_stitched_results_keep_the_invariants(blank_nlp: Language, max_length: int, repeat: int) -> None:
    text = (_CARRY_TEXT + "\n\n" + _FAR_TEXT + "\n\n") * repeat
    saved = blank_nlp.max_length
    blank_nlp.max_length = max_length
    try:
        analysis = analyze(text, nlp=blank_nlp)
    finally:
        blank_nlp.max_length = saved
    contents = [q.content for q in analysis.quotes]
    for q in analysis.quotes:
        for span in (q.content, *q.fragments, q.cue, q.speaker and q.speaker.mention):
            assert span is None or text[span.start : span.end] == span.text
    assert all(a.end <= b.start for a, b in zip(contents, contents[1:], strict=False))  # in order, no overlap
    assert [p.entity for p in analysis.people] == list(range(len(analysis.people)))
    people = {p.entity: p for p in analysis.people}
    for q in analysis.quotes:
        if q.speaker is not None and q.speaker.entity is not None:
            assert people[q.speaker.entity].name == q.speaker.name or q.speaker.name is None


def test_context_starts_after_a_line_break_then_a_sentence_end_then_a_space() -> None:
    text = "x" * 10 + "\nOne. Two three " + "y" * 40
    assert context_start(text, 60, 50) == 11  # after the line break
    text = "x" * 10 + " One. Two three " + "y" * 40
    assert context_start(text, 60, 50) == 16  # after "One. "
    text = "x" * 10 + " " + "y" * 50
    assert context_start(text, 61, 51) == 11
    assert context_start("z" * 100, 100, 30) == 70  # no boundary: the window's start
    assert context_start("abc", 0, 30) == 0
    assert context_chars(1_000_000) == CONTEXT_CHARS and context_chars(160) == 80


def _quote(start: int, end: int, text: str, speaker: Speaker | None = None) -> Quote:
    return Quote("direct", Span(start, end, text), (Span(start, end, text),), None, speaker, 0.9)


def test_stitcher_drops_the_context_and_keeps_a_quote_cut_in_two_once() -> None:
    stitcher = Stitcher()
    smith = Person(0, "John Smith", (Span(5, 15, "John Smith"),))
    stitcher.add(Analysis((_quote(20, 30, "a" * 10, Speaker(Span(5, 15, "John Smith"), "John Smith", 0)),
                           _quote(40, 50, "b" * 10)), (smith,)), 0, 0, 50)
    # the second chunk starts at 50 with context from 5 (its offsets are from there): the first quote
    # again (dropped), and the quote the cut at 50 went through, now whole (it replaces the truncated one)
    he = Person(3, "John Smith", (Span(0, 10, "John Smith"), Span(55, 57, "he")))
    stitcher.add(Analysis((_quote(15, 25, "a" * 10), _quote(35, 50, "b" * 15, Speaker(Span(55, 57, "he"), "John Smith", 3))),
                          (he,)), 5, 50, 100)
    result = stitcher.result()
    assert [(q.content.start, q.content.end) for q in result.quotes] == [(20, 30), (40, 55)]
    assert [q.speaker.entity for q in result.quotes if q.speaker] == [0, 0]
    assert result.people == (Person(0, "John Smith", (Span(5, 15, "John Smith"), Span(60, 62, "he"))),)


def test_stitcher_joins_surnames_by_first_name_and_gender_and_numbers_by_first_mention() -> None:
    stitcher = Stitcher()
    stitcher.add(Analysis((), (Person(0, "John Smith", (Span(10, 20, "John Smith"),), gender="m"),
                               Person(1, "Ann Lee", (Span(30, 37, "Ann Lee"),)))), 0, 0, 4_000)
    stitcher.add(Analysis((), (Person(0, "Jane Smith", (Span(5_000, 5_010, "Jane Smith"),), gender="f"),
                               Person(1, "Smith", (Span(6_000, 6_005, "Smith"),), gender="m"),
                               Person(2, "Lee", (Span(6_100, 6_103, "Lee"),), kind="organisation"))), 0, 4_000, 8_000)
    people = stitcher.result().people
    assert [(p.entity, p.name, len(p.mentions)) for p in people] == [
        (0, "John Smith", 2), (1, "Ann Lee", 1), (2, "Jane Smith", 1), (3, "Lee", 1)]


def test_stitcher_keeps_the_start_of_a_quote_longer_than_the_context() -> None:
    stitcher = Stitcher()
    stitcher.add(Analysis((_quote(20, 50, "a" * 30),), ()), 0, 0, 50)
    # the next chunk's context starts at 30, inside that quote: it sees only its tail, 30..70
    stitcher.add(Analysis((_quote(0, 40, "a" * 40),), ()), 30, 50, 100)
    assert [(q.content.start, q.content.end) for q in stitcher.result().quotes] == [(20, 50)]
