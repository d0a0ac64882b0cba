"""Bounded reads of the dependency parse: a token's children, never a scan of its whole subtree.

spaCy finds a token's children (``Token.children``, ``.lefts``, ``.rights``) by walking every
token between the edges of its subtree. In news the subtree is a clause, but a parse of one
run-on sentence of a megabyte can hang thousands of clauses on one root, and every cue that
climbs to that root would walk them all: quadratic in the text. These helpers read the children
the same way when the subtree is at most ``2 * CHILD_WINDOW + 1`` tokens wide, and otherwise only
among the ``CHILD_WINDOW`` tokens on each side of the token, where a verb's subject, objects
and clauses stand.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

__all__ = ["CHILD_WINDOW", "children", "lefts", "rights"]

#: a child is looked for at most this many tokens away from its head when the head's subtree is wider
CHILD_WINDOW = 64


def children(tok: Token) -> Iterable[Token]:
    """The syntactic children of *tok*, in text order (``Token.children``, bounded)."""
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if hi - lo <= 2 * CHILD_WINDOW:
        return tok.children
    return _near(tok, max(lo, tok.i - CHILD_WINDOW), min(hi, tok.i + CHILD_WINDOW))


def lefts(tok: Token) -> Iterable[Token]:
    """The children of *tok* before it, in text order (``Token.lefts``, bounded)."""
    lo = tok.left_edge.i
    if tok.i - lo <= CHILD_WINDOW:
        return tok.lefts
    return _near(tok, tok.i - CHILD_WINDOW, tok.i - 1)


def rights(tok: Token) -> Iterable[Token]:
    """The children of *tok* after it, in text order (``Token.rights``, bounded)."""
    hi = tok.right_edge.i
    if hi - tok.i <= CHILD_WINDOW:
        return tok.rights
    return _near(tok, tok.i + 1, tok.i + CHILD_WINDOW)


def _near(tok: Token, lo: int, hi: int) -> list[Token]:
    doc, i = tok.doc, tok.i
    return [doc[k] for k in range(lo, hi + 1) if k != i and doc[k].head.i == i]
