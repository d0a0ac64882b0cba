"""The ``unrealised`` precision rule (issue 11): speech only planned, required or attempted is no statement
in the default scope ("plans to call on", "federal law requires them to disclose"). PolNeAR counts such
intentions, so ``scope="all"`` keeps them."""

from __future__ import annotations

import functools

from ..parse import children
from .complements import data_lines
from .statement import Statement
from .verdict import Context, Verdict

__all__ = ["UNREALISED_WINDOW", "unrealised", "unrealised_heads"]

#: how many words before "to" are searched (rules tier) for a verb of plan or need ("requires candidates to")
UNREALISED_WINDOW = 3


def unrealised(st: Statement, ctx: Context) -> Verdict | None:
    """Speech only planned, required or attempted ("plans to call on", "federal law requires them to
    disclose", "trying to question"): nothing was said yet. Dropped in the default scope; PolNeAR counts
    such intentions, so ``scope="all"`` keeps them."""
    f = st.frame
    if ctx.scope_all or f is None or f.cue.nominal or st.kind == "direct":
        return None
    doc = ctx.doc
    i = f.cue.start
    if ctx.parsed:
        tok = doc[i]
        if tok.tag_ != "VB" or tok.dep_ != "xcomp" or not any(c.lower_ == "to" for c in children(tok)):
            return None
        head = tok.head.lemma_.lower()
        candidates = [head]
    else:
        if i < 2 or doc[i - 1].lower_ != "to":
            return None
        candidates = []
        for k in range(i - 2, max(-1, i - 2 - UNREALISED_WINDOW), -1):
            if doc[k].is_punct:
                break
            candidates.append(doc[k].lower_)  # "requires candidates to disclose"
    heads = unrealised_heads()
    for head in candidates:
        if head in heads or head.rstrip("s") in heads or (head.endswith(("ed", "ing")) and _stem(head) in heads):
            return Verdict("drop", "unrealised", f"speech that is only {head!r}: nothing was said yet")
    return None


def _stem(form: str) -> str:
    for suffix, repl in (("ied", "y"), ("ing", ""), ("ed", ""), ("ing", "e"), ("ed", "e")):
        if form.endswith(suffix):
            stem = form[: -len(suffix)] + repl
            if stem in unrealised_heads():
                return stem
    return form


@functools.cache
def unrealised_heads() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in data_lines("unrealised_heads.txt"))
