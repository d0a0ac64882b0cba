"""Word-shape helpers the name finder and the sieves share."""

from __future__ import annotations

from typing import Sequence

from ..lexicon import Lexicon

__all__ = ["plural_looking", "party_of", "title_at", "title_conjunct", "weekday_after_name", "TITLE_MAX_WORDS"]

#: the longest title phrase looked for, in words ("secretary of state for defence")
TITLE_MAX_WORDS = 4


def plural_looking(word: str) -> bool:
    """A (lower-case) word in -s but not -ss: "delegates", "warriors" (and, alas, "jones")."""
    return word.endswith("s") and not word.endswith("ss")


def party_of(word: str) -> str:
    """One key for a party word of ``affiliation``: "Democratic" and "Democrat" are "democrat"."""
    return word[:-2] if word.endswith("tic") else word


def title_at(lowers: Sequence[str], lexicon: Lexicon, k: int, j: int) -> str | None:
    """The longest title phrase (up to ``TITLE_MAX_WORDS`` words, before token *j*) starting at token *k*
    (*lowers*: the Doc's lower-cased token texts)."""
    words = []
    best = None
    for m in range(k, min(k + TITLE_MAX_WORDS, j)):
        words.append(lowers[m])
        phrase = " ".join(words)
        if phrase in lexicon.titles and lexicon.titles[phrase].kind in ("title", "honorific", "role"):
            best = phrase
    return best


def title_conjunct(lowers: Sequence[str], lexicon: Lexicon, k: int, j: int) -> bool:
    """Whether run k..j is a title and no name because another title follows "and": "[Deputy Prime Minister]
    and Foreign Minister Murat Nurtleu", "[Prime Minister] and Minister of Foreign Affairs Sheikh Mohammed" (one
    person, two titles): every word before the last title is a ``title_modifier``, a possessive or a country.
    Not "Angus King and Gov. Janet Mills" ("King" is a surname there), nor "Mr. King and Mr. Schultz" (a name
    follows an honorific: the caller asks only after none)."""
    if j + 1 >= len(lowers) or lowers[j] != "and" or not any(
        lexicon.titles[p].kind == "title" for t in (j + 1, j + 2)  # (a modifier first: "Deputy Premier")
        if (p := title_at(lowers, lexicon, t, len(lowers))) is not None  # (an honorific: "and Mr. King")
    ):
        return False
    for m in range(max(k, j - TITLE_MAX_WORDS), j):
        phrase = title_at(lowers, lexicon, m, j)
        if phrase is not None and m + len(phrase.split()) == j:
            return all(
                lowers[t] in lexicon.words.title_modifier or lowers[t].endswith(("'s", "’s"))
                or lowers[t].capitalize() in lexicon.countries for t in range(k, m)
            )
    return False


def weekday_after_name(words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether word *i* is a day of the week between a capitalised word and a lower-case one: "Freeland
    Wednesday kept the target" (wire copy) ends the name there; "The Sunday Times", "the Mail on Sunday
    said" keep theirs."""
    low = words[i].lower()
    return low in lexicon.words.time and low.endswith("day") and 0 < i < len(words) - 1 \
        and words[i - 1][:1].isupper() and words[i + 1].isalpha() and words[i + 1].islower()
