"""Attachment rules (``quoteattr.statements.attach``): each rule fires on the text it is for,
and the statement records the rule's name (rules tier, so no model is needed)."""

from __future__ import annotations

from bisect import bisect_left

import pytest
from spacy.language import Language

from quoteattr.lexicon import Lexicon
from quoteattr.statements.assemble import Statement, assemble
from quoteattr.statements.attach import RULES
from quoteattr.statements.cues import find_cues
from quoteattr.statements.reported import frames_from_surface
from quoteattr.text.shape import shape_of


def statements(nlp: Language, text: str, keep_scare_quotes: bool = False) -> list[Statement]:
    lexicon = Lexicon.default()
    doc = nlp(text)
    shape = shape_of(text, lexicon)
    starts = [t.idx for t in doc]
    frames = []
    for s_lo, s_hi in shape.sentences:
        sent = bisect_left(starts, s_lo), bisect_left(starts, s_hi)
        cues = find_cues(doc, *sent, lexicon, parsed=False, scope_all=False, quoted=shape.quoted)
        frames.append(frames_from_surface(doc, cues, sent, lexicon))
    return assemble(doc, shape, frames, keep_scare_quotes=keep_scare_quotes, lexicon=lexicon)


def test_rules_are_tried_in_the_documented_order() -> None:
    assert [r.__name__ for r in RULES] == [
        "empty", "interrupted", "after", "before", "colon_carried", "colon", "dash",
        "in_reported", "extends_reported", "scare", "fragment", "continued",
    ]


CASES = [
    ("“We will win,” Anna Smith said.", [("direct", "after", [])]),
    ("Anna Smith said: “We will win.”", [("direct", "before", [])]),
    ("“We will,” Anna Smith said, “win this.”", [("direct", "after", ["interrupted"])]),
    ("“We will win this time.” — Anna Smith", [("direct", "dash", [])]),
    ("Anna Smith grinned: “We will win this time.”", [("direct", "colon", [])]),
    ("Anna Smith added:\n“We will win this time.”", [("direct", "colon", [])]),
    ("“Here he is,” Anna Smith said. “Donald is here.”", [("direct", "after", ["fragment"])]),
    (
        "“We will win,” Anna Smith said.\n“And we will not stop there.”",
        [("direct", "after", []), ("direct", "continued", [])],
    ),
    ("“We will win this time, whatever they do.”", [("direct", "none", [])]),
    ("She called the vote “a turning point” for the city.", [("mixed", "that-clause", [])]),
    ("The so-called “reset” failed in the end.", []),
    ("“”", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_rule_names_the_statement_it_makes(blank_nlp: Language, text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert [(st.kind, st.pattern, st.joined) for st in statements(blank_nlp, text)] == expected


def test_scare_quotes_are_kept_on_request(blank_nlp: Language) -> None:
    found = statements(blank_nlp, "The so-called “reset” failed in the end.", keep_scare_quotes=True)
    assert [(st.kind, st.pattern) for st in found] == [("direct", "scare")]


def test_an_unclosed_quote_is_marked_where_it_starts(blank_nlp: Language) -> None:
    (st,) = statements(blank_nlp, "Anna Smith said: “We will win this time")
    assert st.started_unclosed and not st.closed
