"""Word-shape helpers the name finder and the sieves share."""

from __future__ import annotations

__all__ = ["plural_looking", "party_of"]


def plural_looking(word: str) -> bool:
    """A (lower-case) word in -s but not -ss: "delegates", "warriors" (and, alas, "jones")."""
    return word.endswith("s") and not word.endswith("ss")


def party_of(word: str) -> str:
    """One key for a party word of ``affiliation``: "Democratic" and "Democrat" are "democrat"."""
    return word[:-2] if word.endswith("tic") else word
