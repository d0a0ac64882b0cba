"""Assembly: quotes and frames of each sentence become statements, in text order.

Sentence by sentence, each direct quote goes through the attachment rules of
``attach.py`` (after, before, interrupted, colon, dash, …; the first that
answers wins), then every frame no quote took with a content becomes a
reported statement: ``indirect``, or ``mixed`` when its content holds a quoted
fragment ("He said the deal was “a disaster”"). Transcript turns
(``transcript.py``) are statements of their own. Where two statements
overlap, the direct one is kept.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..text.marks import QUOTE_CHARS, QuoteRegion
from ..text.shape import TextShape
from .attach import DocumentState, SentenceState, attach, note_colon
from .block import colon_block
from .frame import Frame
from .statement import Statement, char_span, unlink_dropped
from .transcript import transcript_turns

__all__ = ["assemble", "Statement"]


def assemble(
    doc: Doc, shape: TextShape, frames: list[list[Frame]], *, keep_scare_quotes: bool, lexicon: Lexicon
) -> list[Statement]:
    """The statements of a document, in text order, never overlapping.

    *frames* holds the frames of each sentence of *shape*.
    """
    text = shape.text
    d = DocumentState(
        doc, text, lexicon, keep_scare_quotes, shape.paragraphs, shape.paragraph_of, doc.has_annotation("DEP"),
        sentences=shape.sentences,
    )
    regions, turns = _transcript(shape)
    r = 0
    for si, (s_lo, s_hi) in enumerate(shape.sentences):
        sent_regions = []
        while r < len(regions) and regions[r].open < s_hi:
            if regions[r].open >= s_lo:
                sent_regions.append(regions[r])
            r += 1
        s = SentenceState(si, s_lo, s_hi, frames[si], sent_regions)
        block = colon_block(d, si, s_lo) if d.pending_colon is not None else None
        if block is not None:  # "The governor added:" ¶ It’s typical of … (a block quote without marks)
            d.statements.append(block)
        for ri, reg in enumerate(sent_regions):
            attach(d, s, ri, reg)
        opens = [reg.open for reg in sent_regions]
        for fi, f in enumerate(s.frames):
            if fi not in s.used and f.content is not None and not _quote_only(f, lexicon):
                st = _reported(doc, text, f, si, sent_regions, s.extend.get(fi, 0), opens)
                d.statements.append(_past_connective(text, st, s_lo, lexicon))
        note_colon(d, s)
    out = d.statements + turns
    out.sort(key=lambda st: st.start)
    return _drop_overlaps(out, text)


def _past_connective(text: str, st: Statement, s_lo: int, lexicon: Lexicon) -> Statement:
    """A reported content that opens its sentence starts after a ``connective`` that opens it: "But the goal
    is not revenue, according to …", "However, slower growth … is being offset, the IMF said" (the word ties
    the sentence to the one before; it is not what was said)."""
    lo, hi = st.pieces[0]
    if lo != s_lo:
        return st
    word = text[lo:lo + CONNECTIVE_CHARS].split(" ", 1)[0]
    if word.rstrip(",").lower() not in lexicon.words.connective or not word[:1].isupper():
        return st
    start = lo + len(word)
    while start < hi and text[start].isspace():
        start += 1
    if start >= hi or text[start] in QUOTE_CHARS:
        return st
    st.pieces[0] = (start, hi)
    return st


#: a connective opening a content is at most this long, with its comma
CONNECTIVE_CHARS = 12


def _quote_only(f: Frame, lexicon: Lexicon) -> bool:
    """A cue that attributes only the direct quote next to it: "the fighting continued" says nothing."""
    entry = lexicon.cues.get(f.cue.lemma)
    return entry is not None and entry.quote_only


def _transcript(shape: TextShape) -> tuple[list[QuoteRegion], list[Statement]]:
    """The transcript turns as statements, and the quote regions outside them."""
    turns = transcript_turns(shape.text, shape.paragraphs)
    if not turns:
        return shape.regions, []
    in_turn = {n for t in turns for n in t.paragraphs}
    para_starts = [p[0] for p in shape.paragraphs]
    regions = [reg for reg in shape.regions if bisect_right(para_starts, reg.open) - 1 not in in_turn]
    sent_starts = [s for s, _ in shape.sentences]
    statements = [
        Statement("direct", [t.content, *t.more], t.colon, t.label, "transcript",
                  max(0, bisect_right(sent_starts, t.content[0]) - 1))
        for t in turns
    ]
    return regions, statements


def _reported(doc: Doc, text: str, f: Frame, si: int, regions: list[QuoteRegion], extend_to: int,
              opens: list[int]) -> Statement:
    """The indirect (or mixed, when it holds a quoted fragment) statement of a frame with content.

    *opens* are the regions' opening offsets, to find the fragments it holds by bisection.
    """
    c = char_span(doc, f.content)
    assert c is not None  # only frames with a content come here
    c = (c[0], max(c[1], extend_to))
    # the regions opening inside c (regions are in text order): found by bisection, not a scan
    first, past = bisect_left(opens, c[0]), bisect_left(opens, c[1])
    held = past > first
    if held and regions[past - 1].close > c[1]:
        c = (c[0], regions[past - 1].close)  # the quoted fragment's closing mark ends the content
    cue = char_span(doc, (f.cue.start, f.cue.end))
    assert cue is not None
    hole = char_span(doc, f.gap) if f.gap else cue
    return Statement(
        "mixed" if held else "indirect", _around_cue(text, c, hole or cue), cue, char_span(doc, f.source),
        f.pattern, si, f.inherited, f.flags, frame=f,
    )


def _around_cue(text: str, content: tuple[int, int], cue: tuple[int, int]) -> list[tuple[int, int]]:
    """Content pieces without a cue that sits inside them ("The U.S., in his words, will …")."""
    if not (content[0] < cue[0] and cue[1] < content[1]):
        return [content]
    lo, hi = cue
    while lo > content[0] and text[lo - 1] in " ,\u2014\u2013":
        lo -= 1
    while hi < content[1] and text[hi] in " ,\u2014\u2013":
        hi += 1
    return [p for p in ((content[0], lo), (hi, content[1])) if p[0] < p[1]]


def _drop_overlaps(statements: list[Statement], text: str) -> list[Statement]:
    """Keep statements whose content does not overlap an earlier kept one: a direct quote that opens inside a
    reported statement ends it there (:func:`_cut_before`), or replaces it when too little would be left."""
    kept: list[Statement] = []
    for st in statements:
        if kept and st.start < kept[-1].end:
            prev = kept[-1]
            if st.kind == "direct" and prev.kind != "direct":
                if _cut_before(prev, st.start, text):
                    kept.append(st)  # "X said she felt the law was worth examining because “…,” she said"
                else:
                    kept[-1] = st
            continue
        kept.append(st)
    return unlink_dropped(kept)


#: a reported statement cut before a direct quote that opens inside it keeps at least this many characters
CUT_MIN_CHARS = 20


def _cut_before(st: Statement, at: int, text: str) -> bool:
    """End reported statement *st* before offset *at* (where a direct quote with a cue of its own opens inside
    it), when what is left before it is a content of its own; whether it was cut. A mixed statement whose only
    quoted words were that quote's becomes indirect."""
    while at > st.start and (text[at - 1].isspace() or text[at - 1] in QUOTE_CHARS or text[at - 1] in ",:"):
        at -= 1  # (not the mark that opens the quote: "because [“]most people …")
    pieces = [(a, min(b, at)) for a, b in st.pieces if a < at]
    if not pieces or sum(b - a for a, b in pieces) < CUT_MIN_CHARS:
        return False
    st.pieces = pieces
    if st.kind == "mixed" and not any(ch in QUOTE_CHARS for a, b in pieces for ch in text[a:b]):
        st.kind = "indirect"
    return True
