"""Speakers that no name run covers: a transcript label in capitals, a country speaking by itself.

The name finder reads an all-capitals word at a line start as a dateline ("WASHINGTON —") and keeps
countries out of its runs ("U.S. Secretary of State"); the ``name`` sieve asks here when a mention
holds no run: "PENCE: …" is the Pence named in the text, "Even China said" is China; and first, for a label
in capitals ("JIM CHALMERS: …"), whatever runs it holds.
"""

from __future__ import annotations

from typing import Sequence

from ..lexicon import Lexicon
from .people import Entity, People

__all__ = ["COUNTRY_MENTION_MAX_WORDS", "SHOUTED_NAME_MAX_WORDS", "shouted_name", "shouted_surname", "country_speaking",
           "is_country"]

#: a mention longer than this is not a country by itself ("Even China", "The United States")
COUNTRY_MENTION_MAX_WORDS = 3


def shouted_surname(people: People, words: Sequence[str]) -> Entity | None:
    """ "PENCE: …", "WALLACE: …": a one-word mention in capitals that is the surname of a person named in
    the text, that person; else None."""
    if len(words) != 1 or not words[0].isupper() or not words[0].isalpha():
        return None
    ent = people.match([words[0].lower()])
    return ent if ent is not None and ent.person and ent.key >= 0 else None


def shouted_name(people: People, words: Sequence[str], start: int, end: int) -> Entity | None:
    """ "JIM CHALMERS: …", "SARAH FERGUSON: …": a transcript label (a line's start, then a colon) of two or three
    words in capitals is that person: the one named in the text ("7.30's Sarah Ferguson"), else, when it opens
    with a first name, a person of that name; None for any other mention ("EXPERTS DOWNPLAY …")."""
    bare = [w.rstrip(":") for w in words]
    if not 2 <= len(bare) <= SHOUTED_NAME_MAX_WORDS or not all(w.isupper() and w.isalpha() for w in bare):
        return None
    text = people.text
    if text[end:end + 3].strip()[:1] != ":" or (start > 0 and text[start - 1] != "\n"):
        return None
    ent = people.match([w.lower() for w in bare])
    if ent is not None and ent.person and ent.key >= 0:
        return ent
    if bare[0].lower() not in people.first_names:
        return None
    return people.organisation(" ".join(w.title() for w in bare), start, person=True)


#: a transcript label names a person in at most this many words: "JIM CHALMERS", "MARY LOU MCDONALD"
SHOUTED_NAME_MAX_WORDS = 3


def is_country(text: str, lexicon: Lexicon) -> bool:
    """Whether *text* names a country (``demonyms.tsv``), not a union of them (``supranational``: "The
    European Union … The bloc said" is the Union's)."""
    return text in lexicon.countries and lexicon.countries[text].lower().replace(" ", "_") not in lexicon.words.supranational


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
