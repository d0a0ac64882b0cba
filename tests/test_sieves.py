"""Resolution sieves (``quoteattr.speakers.sieves``): tried in order, the one that fired is named
on the resolution (rules tier)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.lexicon import Lexicon
from quoteattr.result import Person
from quoteattr.speakers.coreference import Resolution, Resolver
from quoteattr.speakers.sieves import SIEVES
from quoteattr.text.shape import shape_of
from test_attach import statements


def resolve(nlp: Language, text: str) -> tuple[list[Resolution], list[Person]]:
    lexicon = Lexicon.default()
    resolver = Resolver(nlp(text), text, shape_of(text, lexicon).sentences, lexicon)
    return resolver.number(resolver.resolve(statements(nlp, text)))


def test_sieves_run_in_the_documented_order() -> None:
    assert [name for name, _ in SIEVES] == [
        "relative", "pronoun", "age", "demonym", "apposition", "pair", "work", "name", "collective", "organisation", "role",
        "cataphora", "body", "group",
    ]


CASES = [
    ("Anna Smith said the vote was close. Later she said it was over.", [("name", "name"), ("pronoun", "pronoun")]),
    ("Brightwater Energy Corp opened a plant. The company said it was proud.", [("organisation", "role")]),
    ("President Kassym-Jomart Tokayev met the press. The president said the talks were good.", [("role", "role")]),
    ("Officials said the road was closed.", [("group", "group")]),
    ("Max Verstappen won in Brazil. The Dutchman said the car was perfect.", [("demonym", "pronoun")]),
    ("The state's attorney general, Paul Brennan, said his office would appeal.", [("apposition", "name")]),
    ("Jane Kemp, 34, was cleared. The 34-year-old said she was relieved.", [("age", "pronoun")]),
    ("The officer was placed on leave, Tulsa police said.", [("body", "name")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_sieve_that_fired_is_recorded(blank_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    resolved, _ = resolve(blank_nlp, text)
    assert [(r.sieve, r.path) for r in resolved] == expected


def test_a_continued_quote_inherits_without_a_sieve(blank_nlp: Language) -> None:
    resolved, people = resolve(blank_nlp, "“We will win,” Anna Smith said.\n“And we will not stop there.”")
    assert [(r.sieve, r.path) for r in resolved] == [("name", "name"), ("inherited", "inherited")]
    assert resolved[1].speaker is not None and resolved[1].speaker.name == "Anna Smith"
    assert [p.name for p in people] == ["Anna Smith"]
