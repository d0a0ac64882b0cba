"""A passive cue's subject is the first piece of its content ("[Mr. Quiros] was accused of [using …]").

Each row: a text, the cue word, the subject fragment as it must come out and the words the second fragment
starts with (None: the statement keeps one fragment, the subject being the hearer or the passive having its
agent).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from spacy.language import Language

from quoteattr import attribute


class Row(NamedTuple):
    id: str
    text: str
    cue: str
    fragments: tuple[str, str] | None  # (subject, start of the complement); None: no subject piece


ROWS = [
    Row("accused-of-us", "Mr. Quiros was accused of using $50 million for personal expenses.",
        "accused", ("Mr. Quiros", "using $50 million for personal expenses")),
    Row("blamed-for-wire", "GENEVA (AP) — Peacekeepers have been blamed for introducing cholera to Haiti.",
        "blamed", ("Peacekeepers", "introducing cholera to Haiti")),
    Row("expected-to-uk", "The Chancellor's budget is expected to raise taxes on landlords.",
        "expected", ("The Chancellor's budget", "to raise taxes on landlords")),
    Row("adverb-between-au", "Local councils have often been criticised for being slow to act on floods.",
        "criticised", ("Local councils", "being slow to act on floods")),
    Row("sometimes-between-wire", "UNITED NATIONS (Reuters) - Its troops have sometimes been accused of abusing civilians.",
        "accused", ("Its troops", "abusing civilians")),
    Row("subordinate-opener-ca", "Although the pipeline is not thought to be at risk, Ottawa ordered an inspection.",
        "thought", ("the pipeline", "to be at risk")),
    Row("hearer-stays-nz", "Residents were told by police that the road would stay shut.",
        "told", None),
    Row("agent-stays-ca", "Mr Ford was criticized as a bully by Opposition Leader Marit Stiles.",
        "criticized", None),
]


@pytest.mark.parametrize("tier", [pytest.param("rules"), pytest.param("trained", marks=pytest.mark.model)], indirect=True)
@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_passive_subject(row: Row, tier: Language) -> None:
    quotes = [q for q in attribute(row.text, nlp=tier, scope="all") if q.cue is not None and q.cue.text == row.cue]
    if row.fragments is None:
        assert quotes and all(len(q.fragments) == 1 for q in quotes), [q.fragments for q in quotes]
        return
    assert len(quotes) == 1, [q.content.text for q in attribute(row.text, nlp=tier, scope="all")]
    q = quotes[0]
    subject, complement = row.fragments
    assert [f.text for f in q.fragments][:1] == [subject]
    assert len(q.fragments) == 2 and q.fragments[1].text.startswith(complement)  # (the rules tier may run on)
    assert all(row.text[f.start:f.end] == f.text for f in q.fragments)
