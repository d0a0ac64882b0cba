"""The per-document token table and the engine's stage clock."""

from __future__ import annotations

import spacy
from hypothesis import given, settings

from quoteattr import analyze, profiling
from quoteattr.engine import tokenizable
from quoteattr.tokens import TokenTable

from strategies import any_text

_NLP = spacy.blank("en")


def _check(text: str) -> None:
    doc = _NLP(tokenizable(text))
    for table in (TokenTable(doc), TokenTable(doc, doc.text)):
        assert table.words == [t.text for t in doc]
        assert table.lowers == [t.lower_ for t in doc]
        assert table.idx == [t.idx for t in doc]
        assert table.is_stop == [int(t.is_stop) for t in doc]
        assert [table.space_after(i) for i in range(len(doc))] == [bool(t.whitespace_) for t in doc]
        assert [w.isupper() for w in table.words] == [t.is_upper for t in doc]
        assert [w.isalpha() for w in table.words] == [t.is_alpha for t in doc]


@settings(max_examples=150, deadline=None)
@given(any_text())
def test_token_table_matches_the_tokens(text: str) -> None:
    _check(text)


def test_token_table_of_an_empty_doc_and_odd_spacing() -> None:
    for text in ("", "  ", "a  -b\n\n“Yes,” he said. ", "Smith-Jones said\u00a0no."):
        _check(text)


def test_stage_clock_measures_only_inside_the_block(blank_nlp) -> None:
    assert profiling.clock() is None
    with profiling.measuring() as clock:
        analyze("“We will win,” Smith said.\n\nHe left.", nlp=blank_nlp)
    assert profiling.clock() is None
    assert {"marks and sentences", "token arrays", "cues", "statements", "names", "speakers", "result"} <= set(clock.seconds)
    assert all(s >= 0 for s in clock.seconds.values())
