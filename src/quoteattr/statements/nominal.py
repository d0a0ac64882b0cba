"""Frames of nominal cues: "according to officials", "in his words", "as Smith put it",
"Trump's claim that …" (the patterns of ``data/nominal_cues.tsv``), on both tiers."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import POSSESSIVE_S, Lexicon
from ..speakers.inverted import np_right
from ..speakers.mentions import np_left
from .cues import Cue
from .frame import Frame, trim, words_after

__all__ = ["nominal_frame"]

#: "according to the latest figures": a source that is no name runs at most this many tokens
SOURCE_MAX_TOKENS = 12


def _clause_stop(doc: Doc, j: int, s_end: int) -> int:
    """The first comma, semicolon or full stop at or after token *j*, within SOURCE_MAX_TOKENS tokens (else
    where the search ended): where a source after "according to" ends."""
    k = j
    while k < s_end and k - j < SOURCE_MAX_TOKENS and doc[k].text not in (",", ";", "."):
        k += 1
    return k


def _according_frame(doc: Doc, cue: Cue, sent: tuple[int, int], lexicon: Lexicon) -> Frame:
    """ "According to officials, …", "…, according to a statement from the ministry.": the source after the cue."""
    s_start, s_end = sent
    src = np_right(doc, cue.end, s_end, lexicon)
    if src is None and cue.end < s_end:
        j = _clause_stop(doc, cue.end, s_end)  # "according to the latest figures": up to the next comma
        src = (cue.end, j) if j > cue.end else None
    elif src is not None and src[1] < s_end and doc[src[1]].lower_ in lexicon.words.head_end:
        j = _clause_stop(doc, src[1], s_end)  # "according to a statement from the ministry,"
        src = (src[0], j) if j < s_end and doc[j].text == "," else src
    if src is not None and src[1] + 2 < s_end and doc[src[1]].text == "(" and doc[src[1] + 2].text == ")" \
            and doc[src[1] + 1].text.isupper():
        src = (src[0], src[1] + 3)  # "According to the Office for National Statistics (ONS), …": its acronym too
    src_end = src[1] if src else cue.end
    tail = words_after(doc, src_end, s_end, 1)
    if cue.start > s_start and (doc[cue.start - 1].text in (",", "\u2014", "\u2013", "-") or not tail):
        content = (s_start, cue.start - 1)  # "…, according to officials."
    else:
        content = (src_end, s_end)  # "According to officials, …"
    return Frame(cue, src, trim(doc, content), "according-to")


def nominal_frame(doc: Doc, cue: Cue, sent: tuple[int, int], lexicon: Lexicon, *, parsed: bool) -> Frame:
    """The frame of a nominal cue; *parsed*: the Doc has a dependency parse (asked once per Doc, not here)."""
    s_start, s_end = sent
    if cue.nominal == "source-follows":
        return _according_frame(doc, cue, sent, lexicon)
    if cue.nominal in ("noun-that", "belief-noun-that"):
        # "Trump's claim that the election is rigged", "a New York Times report that …"
        noun = Cue(cue.start, cue.end - 1, cue.lemma, cue.cls, cue.nominal)
        prev = doc[cue.start - 1] if cue.start > s_start else None
        src: tuple[int, int] | None
        if prev is not None and prev.lower_ in lexicon.possessives:
            src = (prev.i, prev.i + 1)
        elif prev is not None and prev.lower_ in POSSESSIVE_S:
            src = np_left(doc, prev.i, s_start, lexicon)
        else:
            src = np_left(doc, cue.start, s_start, lexicon)
        end = s_end
        if parsed:
            that = doc[cue.end - 1]
            clause = that.head if that.head.i != that.i else None
            if clause is not None and clause.head.i == cue.start and clause.dep_ in ("acl", "ccomp", "relcl", "appos"):
                end = min(s_end, clause.right_edge.i + 1)
        return Frame(noun, src, trim(doc, (cue.end - 1, end)), "noun-that")
    if cue.nominal == "possessive":
        # "The U.S., in his words, will stay committed …": the sentence around the cue
        lo, hi = s_start, s_end
        return Frame(cue, cue.slot, trim(doc, (lo, hi)), "possessive", flags=("parenthetical",))
    # as-put-it: "…, as Smith put it, …"
    return Frame(cue, cue.slot, trim(doc, (s_start, cue.start)), "as-put-it")
