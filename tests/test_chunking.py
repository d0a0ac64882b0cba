"""Splitting long texts at paragraph boundaries, and shifting results back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.chunking import shift_analysis, shift_span, split_text
from quoteattr.result import Analysis, Person, Quote, Span, Speaker


def _check(text: str, chunks: list[tuple[int, str]], max_chars: int) -> None:
    assert "".join(chunk for _, chunk in chunks) == text
    position = 0
    for offset, chunk in chunks:
        assert offset == position
        assert text[offset : offset + len(chunk)] == chunk
        assert len(chunk) <= max_chars
        position += len(chunk)


@pytest.mark.parametrize(
    ("text", "max_chars", "expected"),
    [
        # fits: one chunk, even when empty
        ("", 5, [""]),
        ("short", 5, ["short"]),
        # blank lines win over line breaks, sentence ends and spaces
        ("One. Two\nthree\n\nFour five.", 20, ["One. Two\nthree\n\n", "Four five."]),
        # a blank line holding spaces or tabs, and Windows line ends
        ("Para one.\n \t\nPara two.", 15, ["Para one.\n \t\n", "Para two."]),
        ("Para one.\r\n\r\nPara two.", 15, ["Para one.\r\n\r\n", "Para two."]),
        # lone carriage returns are line breaks too
        ("Para one.\r\rPara two.", 12, ["Para one.\r\r", "Para two."]),
        # no blank line: a line break
        ("aaaa bbbb.\ncccc dddd", 15, ["aaaa bbbb.\n", "cccc dddd"]),
        # no line break: a sentence end, also after a closing quote mark
        ("Aaa bbb. Ccc ddd eee", 15, ["Aaa bbb. ", "Ccc ddd eee"]),
        ("He said “no.” Then ccc dd", 18, ["He said “no.” ", "Then ccc dd"]),
        # no sentence end: whitespace
        ("aaaa bbbb cccc", 12, ["aaaa bbbb ", "cccc"]),
        # nothing at all: a hard cut
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        # the hard cut keeps a combining accent with its letter
        ("abce\u0301fgh", 4, ["abc", "e\u0301fg", "h"]),
        # and never separates "\r" from "\n"
        ("ab\r\ncd", 3, ["ab", "\r\n", "cd"]),
    ],
)
def test_split_text_table(text: str, max_chars: int, expected: list[str]) -> None:
    chunks = split_text(text, max_chars)
    assert [chunk for _, chunk in chunks] == expected
    _check(text, chunks, max_chars)


def test_split_text_prefers_late_paragraph_but_not_a_tiny_chunk() -> None:
    # The only blank line is in the first quarter of the window: taking it
    # would make a tiny chunk, so the split falls back to the last space.
    text = "A.\n\n" + "word " * 10
    chunks = split_text(text, 40)
    _check(text, chunks, 40)
    assert len(chunks[0][1]) > 10


def test_split_text_rejects_a_non_positive_size() -> None:
    with pytest.raises(ValueError):
        split_text("abc", 0)


def test_split_text_is_linear_on_text_without_boundaries() -> None:
    # One backward scan per chunk: this is 2 MB without a single space. The
    # test asserts the result, not a time; it would visibly hang if quadratic.
    text = "x" * 2_000_000
    chunks = split_text(text, 10_000)
    assert len(chunks) == 200
    _check(text, chunks, 10_000)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab .!?\n\r\t\u0301\u200d“”\"")), max_size=300),
    st.integers(min_value=1, max_value=60),
)
def test_split_text_chunks_concatenate_to_the_text(text: str, max_chars: int) -> None:
    _check(text, split_text(text, max_chars), max_chars)


def _analysis(text: str) -> Analysis:
    content = Span.of(text, 1, 15)
    cue = Span.of(text, 18, 22)
    mention = Span.of(text, 23, 28)
    quote = Quote(
        kind="direct",
        content=content,
        fragments=(Span.of(text, 1, 8), Span.of(text, 10, 15)),
        cue=cue,
        speaker=Speaker(mention, "Smith", 0),
        confidence=0.9,
        flags=("unclosed",),
    )
    orphan = Quote("indirect", Span.of(text, 1, 8), (Span.of(text, 1, 8),), None, None, 0.5)
    nameless = Quote("direct", content, (content,), None, Speaker(None, None, None), 0.4)
    person = Person(0, "Smith", (mention,))
    return Analysis((quote, orphan, nameless), (person,))


def test_shift_analysis_moves_every_span_and_entity() -> None:
    chunk = "“We will, we do,” said Smith."
    before = "Unrelated paragraph.\n\n"
    whole = before + chunk
    shifted = shift_analysis(_analysis(chunk), len(before), 7)
    quote, orphan, nameless = shifted.quotes
    spans = [quote.content, *quote.fragments, quote.cue, quote.speaker.mention,
             orphan.content, *shifted.people[0].mentions]
    for span in spans:
        assert whole[span.start : span.end] == span.text
    assert quote.content.text == "We will, we do"
    assert [f.text for f in quote.fragments] == ["We will", "we do"]
    assert quote.cue.text == "said" and quote.speaker.mention.text == "Smith"
    assert quote.speaker.entity == 7 and shifted.people[0].entity == 7
    assert quote.flags == ("unclosed",) and quote.confidence == 0.9
    assert orphan.speaker is None and orphan.cue is None
    assert nameless.speaker == Speaker(None, None, None)


def test_shift_analysis_by_zero_is_identity() -> None:
    analysis = _analysis("“We will, we do,” said Smith.")
    assert shift_analysis(analysis, 0, 0) == analysis
    assert shift_analysis(Analysis((), ()), 100, 3) == Analysis((), ())


def test_shift_span_keeps_text() -> None:
    assert shift_span(Span(1, 3, "ab"), 10) == Span(11, 13, "ab")
