"""Without a parse: verb cues that stand inside another cue's content ("said the country would formally declare
…"), so they neither end that content before a coordinated cue nor lend that cue their source."""

from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..speakers.phrase_parts import before_ly_adverbs
from .cues import Cue
from .frame import FINITE_WORDS, Frame

__all__ = ["inside_content", "next_statement"]


#: at most this many embedded cues are passed over to find the next statement's cue: a run-on sentence of thousands
#: of "to say"s must not make every cue read them all
EMBEDDED_SKIP = 8
#: negations between an auxiliary and its verb: "would not say"
NEGATIONS = frozenset({"not", "n't"})


def next_statement(
    doc: Doc, cue: Cue, verb_cues: list[Cue], verb_starts: list[int], sent: tuple[int, int], lexicon: Lexicon
) -> int:
    """Where the next verb cue after *cue* that may start a statement of its own stands (the sentence end if
    none): not one :func:`_embedded` in *cue*'s content ("said the country would formally declare …, and
    suggested": the next is "suggested"), nor a base form coordinated with one ("said he would be glad to
    call and talk about …")."""
    s_start, s_end = sent
    k = first = bisect_right(verb_starts, cue.start)
    while k + 1 < len(verb_starts) and k - first < EMBEDDED_SKIP and (
        _embedded(doc, verb_starts[k], s_start, lexicon)
        or k > 0 and verb_starts[k - 1] > cue.start and _base_after_coordinator(doc, verb_cues[k], lexicon)
    ):
        k += 1
    return verb_starts[k] if k < len(verb_starts) else s_end


def _embedded(doc: Doc, i: int, s_start: int, lexicon: Lexicon) -> bool:
    """Whether the verb cue at token *i* stands inside another's content: after "to" or a finite auxiliary
    that no coordinator or comma precedes ("said it was too early to discuss …", "said the country would
    formally declare …"; not "… and would say", "…, to add")."""
    k = before_ly_adverbs(doc, i - 1, s_start, lexicon, NEGATIONS)
    if k <= s_start or not (doc[k].lower_ == "to" or doc[k].lower_ in FINITE_WORDS):
        return False
    return doc[k - 1].lower_ not in lexicon.words.coordinator and doc[k - 1].text != ","


def inside_content(doc: Doc, f: Frame, frames: Sequence[Frame], s_start: int, lexicon: Lexicon) -> bool:
    """Whether *f*'s cue is :func:`_embedded` in the content that follows the cue of one of *frames*."""
    return _embedded(doc, f.cue.start, s_start, lexicon) and any(
        g.content is not None and g.cue.end <= g.content[0] <= f.cue.start < g.content[1] for g in frames)


def _base_after_coordinator(doc: Doc, cue: Cue, lexicon: Lexicon) -> bool:
    """Whether *cue* is a base form right after a coordinator ("… to call and talk about …")."""
    return doc[cue.start].lower_ == cue.lemma.split()[0] and doc[cue.start - 1].lower_ in lexicon.words.coordinator
