"""A block quote set without quote marks: a paragraph that ends in a speaker, a cue and a colon ("The governor
added:") and the next paragraph, which opens with no quote mark, is what was said ("It’s typical of Hillary
Clinton. She knows nothing …"). Web copy sets long quotes this way, indented, with the marks left out.

Only for a cue the default scope reports ("added", "said", "wrote"): "Here is what we know:" ¶ is no speech.
One paragraph: what follows it is the writer's again.
"""

from __future__ import annotations

from ..text.marks import QUOTE_CHARS
from .attach import DocumentState
from .statement import Statement, char_span

__all__ = ["colon_block"]


def colon_block(d: DocumentState, si: int, s_lo: int) -> Statement | None:
    """The block statement opening at sentence *si* (starting at offset *s_lo*), when the paragraph before it
    ended in "SOURCE CUE:" (``DocumentState.pending_colon``) and this sentence opens a paragraph with no quote
    mark; the pending colon is then used up. A colon from further up is dropped at a paragraph's start: "He
    added:" waits for the next paragraph only."""
    f = d.pending_colon
    if f is None or f.source is None or not d.paragraph_of or not d.lexicon.is_cue_lemma(f.cue.lemma, scope_all=False):
        return None
    n = d.paragraph_of[si]
    para = d.paragraphs[n]
    if para[0] != s_lo or n == 0:
        return None
    cue = char_span(d.doc, (f.cue.start, f.cue.end))
    if cue is None or not d.paragraphs[n - 1][0] <= cue[0] < d.paragraphs[n - 1][1]:
        d.pending_colon = None  # a colon two paragraphs up waits no longer
        return None
    if d.text[s_lo:s_lo + 1] in QUOTE_CHARS:
        return None  # (“…” after "He added:": the colon_carried rule's)
    d.pending_colon = None
    return Statement("direct", [para], cue, char_span(d.doc, f.source), "colon", si, inherited=f.inherited,
                     flags=f.flags, frame=f)
