"""Long texts: split at paragraph boundaries, then put the offsets back.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters by
default). The engine cuts such a text into chunks of at most that many
characters, runs each chunk through the pipeline, and shifts each chunk's
result by where the chunk starts, so every offset still points into the
caller's original string.

A chunk ends at the best boundary found in the last part of its window, in
this order of preference:

1. a blank line (``"...end.\\n\\nNext paragraph"``),
2. a line break (``"...end.\\nNext line"``),
3. a sentence end (``"...end. Next sentence"``),
4. whitespace (``"...word next"``),
5. a hard cut at the window's end (never between a character and the
   combining marks or joiners that follow it, nor inside ``"\\r\\n"``).

The boundary is searched for only in the last three quarters of each window,
so every chunk but the last is at least a quarter of ``max_chars`` long and the
whole split is one backward scan per chunk: linear in the text's length, with
no regular expression.
"""

from __future__ import annotations

import sys
import unicodedata
from typing import Callable

import regex

from spacy.language import Language

from .result import Analysis, Person, Quote, Span, Speaker
from .text.marks import CLOSING_CHARS

#: Largest chunk for a pipeline with components (the trained tier). Measured on en_core_web_sm
#: (benchmarks/speed.py, CPU time per character): tok2vec and the parser cost the same per character
#: from 1,000 to 30,000 characters in one Doc but 1.3× that at 100,000 and 1.66× at 1,000,000, and
#: one 10 MB text in 1 MB Docs peaked at 3.4 GB. No PolNeAR dev article is longer (the longest: 22,068).
TRAINED_CHUNK_CHARS = 30_000
#: Largest chunk for a pipeline without components (the rules tier: the tokenizer only): spaCy's default
#: ``max_length``. The rules tier's time per character is the same in one 1 MB Doc as at 100 KB
#: (docs/growth.md, component door), and one 1 MB Doc took 0.83-0.94x the CPU time of ten 100 KB chunks
#: and their stitching (four shapes of benchmarks.growth), for about 100 MB more peak memory.
RULES_CHUNK_CHARS = 1_000_000


def chunk_chars(nlp: Language) -> int:
    """How many characters of a long text the engine gives *nlp* at a time: the tier's chunk size,
    never more than ``nlp.max_length``."""
    return min(nlp.max_length, TRAINED_CHUNK_CHARS if nlp.pipeline else RULES_CHUNK_CHARS)

#: Characters that end a line (those ``str.splitlines`` splits on).
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")

#: Punctuation that ends a sentence: "It ended. Then" / "Really?! Yes".
SENTENCE_END = frozenset(".!?\u2026\u203c\u2047\u2048\u2049")

#: Marks that may close a sentence after its final punctuation: 'he said."'.
SENTENCE_CLOSERS = CLOSING_CHARS | frozenset(")]}")

#: Characters that belong to the character before them and must stay with it
#: (zero-width joiner, variation selectors, emoji skin-tone modifiers).
_JOINERS = frozenset(
    "\u200d\u034f"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
    + "".join(chr(c) for c in range(0x1F3FB, 0x1F400))
)

#: Every character ``str.isspace`` holds true for, and the line breaks among them, searched backward.
_WHITESPACE = regex.compile(
    "[" + regex.escape("".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())) + "]", regex.REVERSE
)
_LINE_BREAK_CHAR = regex.compile("[" + regex.escape("".join(sorted(LINE_BREAKS))) + "]", regex.REVERSE)

# Preference order of boundary kinds; lower is better.
_BLANK_LINE, _LINE_BREAK, _SENTENCE, _SPACE = range(4)


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Cut *text* into ``(offset, chunk)`` pairs of at most *max_chars* characters.

    ``"".join(chunk for _, chunk in split_text(text, n)) == text`` and each
    ``text[offset:offset + len(chunk)] == chunk``. A text that fits is one
    chunk; the empty text is one empty chunk.

    >>> split_text("One.\\n\\nTwo.", 8)
    [(0, 'One.\\n\\n'), (6, 'Two.')]
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}")
    chunks: list[tuple[int, str]] = []
    start = 0
    length = len(text)
    while length - start > max_chars:
        end = _cut(text, start, start + max_chars, max(1, max_chars // 4))
        chunks.append((start, text[start:end]))
        start = end
    chunks.append((start, text[start:]))
    return chunks


def _cut(text: str, start: int, limit: int, min_chunk: int) -> int:
    """Where the chunk beginning at *start* ends: a position in ``(start, limit]``."""
    lo = max(start + min_chunk - 1, start)
    best: list[int | None] = [None, None, None, None]
    # A boundary at position ``cut`` means the chunk is text[start:cut]; the
    # separator (blank line, line break, space) stays at the end of the chunk.
    # The scan goes backward from white space to white space (found by a regular expression, in C);
    # once a line break or a sentence end is found, only line breaks can still beat it.
    pattern = _WHITESPACE
    pos = limit
    while (m := pattern.search(text, lo, pos)) is not None:
        i = pos = m.start()
        cut = i + 1
        if text[i] in LINE_BREAKS:
            if not _inside_crlf(text, cut):
                if _ends_blank_line(text, i, start):
                    return cut
                if best[_LINE_BREAK] is None:
                    best[_LINE_BREAK] = cut
                pattern = _LINE_BREAK_CHAR
        else:
            if best[_SENTENCE] is None and _after_sentence_end(text, i, start):
                best[_SENTENCE] = cut
                pattern = _LINE_BREAK_CHAR
            if best[_SPACE] is None:
                best[_SPACE] = cut
    for kind in (_LINE_BREAK, _SENTENCE, _SPACE):
        found = best[kind]
        if found is not None and found > start:
            return found
    return _hard_cut(text, start, limit)


def _inside_crlf(text: str, cut: int) -> bool:
    return 0 < cut < len(text) and text[cut - 1] == "\r" and text[cut] == "\n"


def _ends_blank_line(text: str, i: int, start: int) -> bool:
    """Whether the line break at *i* closes a line holding only whitespace."""
    j = i - 1
    if text[i] == "\n" and j >= start and text[j] == "\r":
        j -= 1  # "\r\n" is one line break
    # Bounded: stops at the first non-space, and the caller's scan never
    # revisits more than it skipped here.
    while j >= start and text[j] in " \t\u00a0\u3000":
        j -= 1
    return j >= start and text[j] in LINE_BREAKS


def _after_sentence_end(text: str, i: int, start: int) -> bool:
    """Whether the whitespace at *i* follows a sentence end ('. ', '." ', '?) ')."""
    j = i - 1
    closers = 0
    while j >= start and closers < 3 and text[j] in SENTENCE_CLOSERS:
        j -= 1
        closers += 1
    return j >= start and text[j] in SENTENCE_END


def _hard_cut(text: str, start: int, limit: int) -> int:
    """*limit*, moved back so no combining mark, joiner or ``\\n`` of ``\\r\\n`` starts a chunk."""
    cut = limit
    while cut - 1 > start and (_inside_crlf(text, cut) or _clings(text[cut]) or text[cut - 1] == "\u200d"):
        cut -= 1
        if limit - cut > 32:  # a run of marks longer than any real grapheme: cut anywhere
            return limit
    return cut


def _clings(ch: str) -> bool:
    return ch in _JOINERS or unicodedata.combining(ch) != 0


def shift_span(span: Span, offset: int) -> Span:
    """*span* moved *offset* characters to the right; its text is unchanged."""
    return Span(span.start + offset, span.end + offset, span.text)


def _shift_optional(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset, span.text)


def shift_quote(quote: Quote, offset: int, entity: Callable[[int], int]) -> Quote:
    """*quote* moved *offset* characters right, its speaker's entity id mapped by *entity*.

    Built field by field (not ``dataclasses.replace``): a long text shifts every statement.
    """
    sp = quote.speaker
    if sp is not None:
        sp = Speaker(
            _shift_optional(sp.mention, offset), sp.name, None if sp.entity is None else entity(sp.entity),
            sp.mention_type, sp.sieve,
        )
    return Quote(
        quote.kind, shift_span(quote.content, offset), tuple(shift_span(f, offset) for f in quote.fragments),
        _shift_optional(quote.cue, offset), sp, quote.confidence, quote.flags,
    )


def shift_person(person: Person, offset: int, entity: int) -> Person:
    """*person* moved *offset* characters right, with id *entity*."""
    return Person(
        entity, person.name, tuple(shift_span(m, offset) for m in person.mentions), person.kind,
        person.titles, person.countries, person.gender,
    )


def shift_analysis(analysis: Analysis, offset: int, entity_offset: int) -> Analysis:
    """The result of a chunk that starts at *offset*, as offsets into the whole text.

    Every Span moves *offset* characters right (its text stays the same) and
    every entity id grows by *entity_offset*, so ids of different chunks do
    not collide.
    """
    return Analysis(
        tuple(shift_quote(q, offset, lambda e: e + entity_offset) for q in analysis.quotes),
        tuple(shift_person(p, offset, p.entity + entity_offset) for p in analysis.people),
    )


__all__ = ["chunk_chars", "split_text", "shift_analysis", "shift_person", "shift_quote", "shift_span"]
