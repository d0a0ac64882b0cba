"""A preposition that opens a content right after its cue belongs to the cue: "warned [against] potential
hackers", "apologised [for] his remarks", "spoke [about] the deal" give the cue "warned against" and the
content "potential hackers …", as PolNeAR annotates them (its dev split puts "about", "for", "of", "on" and
"against" in the cue some 180 times, in the content 13). "to" stays with its infinitive ("urged them [to]
act") and "as" with what follows ("described it [as] a mistake").

Run after the precision rules, which read the preposition to judge a cue's sense ("pp:about").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from .statement import Statement

__all__ = ["with_cue_prepositions"]

#: dependency labels of a "preposition" that is none: "[about] 20 people"
_NO_PREPOSITION = frozenset({"advmod", "quantmod", "npadvmod"})


def with_cue_prepositions(doc: Doc, statements: list[Statement], lexicon: Lexicon) -> list[Statement]:
    """*statements*, each reported one whose content starts with a ``cue_preposition`` right after its verb
    cue with the preposition moved into the cue."""
    words = lexicon.words.cue_preposition
    for st in statements:
        f = st.frame
        if f is None or f.content is None or f.cue.nominal or st.kind == "direct" or st.cue is None:
            continue
        lo, hi = f.content
        if lo != f.cue.end or hi - lo < 2 or doc[lo].lower_ not in words \
                or doc[lo + 1].is_punct and not doc[lo + 1].is_quote:  # ("warned against “short-termism”")
            continue
        prep, nxt = doc[lo], doc[lo + 1]
        if nxt.like_num or prep.dep_ in _NO_PREPOSITION:
            continue  # "said [about 20] people had …": a number's "about", no preposition
        first = st.pieces[0]
        if first[0] != prep.idx or nxt.idx >= first[1]:
            continue
        st.pieces[0] = (nxt.idx, first[1])
        st.cue = (st.cue[0], prep.idx + len(prep.text))
    return statements
