"""Bounded reads of the dependency parse (quoteattr.parse)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.parse import CHILD_WINDOW, children, lefts, rights

pytestmark = pytest.mark.model

NEWS = "The minister said on Tuesday that the budget, which was late, would be balanced by 2027."
RUN_ON = "".join(f"“we will win {k},” Ann Lee said, and " for k in range(150)) + "that was all"


def test_a_clause_reads_as_spacy_reads_it(trained_nlp: Language) -> None:
    doc = trained_nlp(NEWS)
    for tok in doc:
        assert list(children(tok)) == list(tok.children)
        assert list(lefts(tok)) == list(tok.lefts)
        assert list(rights(tok)) == list(tok.rights)


def test_a_wide_subtree_is_read_near_the_token_only(trained_nlp: Language) -> None:
    doc = trained_nlp(RUN_ON)
    wide = [t for t in doc if t.right_edge.i - t.left_edge.i > 2 * CHILD_WINDOW]
    assert wide, "the run-on text should give a token whose subtree is wider than the window"
    for tok in wide:
        near = [c for c in tok.children if abs(c.i - tok.i) <= CHILD_WINDOW]
        assert list(children(tok)) == near
        assert list(lefts(tok)) == [c for c in tok.lefts if tok.i - c.i <= CHILD_WINDOW]
        assert list(rights(tok)) == [c for c in tok.rights if c.i - tok.i <= CHILD_WINDOW]
