"""With a parse: a second bare infinitive the parser hung on the wrong verb ("promising to meet and in some cases
exceed his goals": "exceed" made a conjunct of the main verb) is more of the content "to meet …"."""

from __future__ import annotations

from spacy.tokens import Doc

from ..parse import children

__all__ = ["second_infinitive_end", "SECOND_INFINITIVE_TOKENS"]


#: a bare infinitive coordinated with the content's own stands at most this many tokens after the "and"
SECOND_INFINITIVE_TOKENS = 5


def second_infinitive_end(doc: Doc, lo: int, hi: int, stop: int) -> int:
    """Where a content "to VERB …" ends when the parser hung a second bare infinitive (no subject of its own; the
    tagger may call it VBP) after "and" elsewhere:
    "promising [to meet and in some cases exceed his goals]" (the parse made "exceed" a conjunct of the main
    verb); *hi* when no such infinitive follows."""
    if hi >= stop or doc[lo].lower_ != "to" or doc[hi].lower_ not in ("and", "or"):
        return hi
    for k in range(hi + 1, min(stop, hi + 1 + SECOND_INFINITIVE_TOKENS)):
        tok = doc[k]
        if tok.tag_ in ("VB", "VBP") and tok.dep_ == "conj" and tok.lower_ == tok.lemma_.lower() \
                and not lo <= tok.head.i < hi and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(tok)):
            return min(stop, tok.right_edge.i + 1)
        if tok.is_punct and tok.text != ",":
            break
    return hi
