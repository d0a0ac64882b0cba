"""Speakers that no name run covers: a transcript label in capitals, a country speaking by itself.

The name finder reads an all-capitals word at a line start as a dateline ("WASHINGTON —") and keeps
countries out of its runs ("U.S. Secretary of State"); the ``name`` sieve asks here when a mention
holds no run: "PENCE: …" is the Pence named in the text, "Even China said" is China.
"""

from __future__ import annotations

from typing import Sequence

from ..lexicon import Lexicon
from .people import Entity, People

__all__ = ["COUNTRY_MENTION_MAX_WORDS", "shouted_surname", "country_speaking"]

#: a mention longer than this is not a country by itself ("Even China", "The United States")
COUNTRY_MENTION_MAX_WORDS = 3


def shouted_surname(people: People, words: Sequence[str]) -> Entity | None:
    """ "PENCE: …", "WALLACE: …": a one-word mention in capitals that is the surname of a person named in
    the text, that person; else None."""
    if len(words) != 1 or not words[0].isupper() or not words[0].isalpha():
        return None
    ent = people.match([words[0].lower()])
    return ent if ent is not None and ent.person and ent.key >= 0 else None


def country_speaking(people: People, lexicon: Lexicon, words: Sequence[str], pos: int) -> Entity | None:
    """ "China said", "Even Mexico said", "The United States says": a mention that ends in a country,
    after capitalised words only, as an organisation named as written; else None."""
    bare = [w.rstrip(",") for w in words]
    if len(bare) > COUNTRY_MENTION_MAX_WORDS:
        return None
    for i in range(len(bare)):
        tail = " ".join(bare[i:])
        if tail in lexicon.countries:
            return people.organisation(tail, pos)
        if bare[i][:1].islower():
            return None
    return None
