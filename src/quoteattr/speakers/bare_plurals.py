"""Speakers with no determiner before them (rules tier): a bare plural ("Demonstrators chanted", "…, but state
regulators said", "Voting rights advocates say"), a share of people ("63 percent said", "Another 19 per cent
say") and a word that stands for people ("Many say", "No one said"). With a determiner
(``mentions._common_noun_phrase``) or a title (``titles.tsv``) the phrase is found there."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon

__all__ = ["bare_plural_phrase", "BOUNDARY_WORDS", "MODIFIER_WORDS"]

#: words a bare plural speaker phrase may follow: "…, but economists said", "…, while critics say"
BOUNDARY_WORDS = frozenset({",", ";", ":", "—", "–", "--", "and", "but", "while", "as", "though", "although", "because"})
#: a bare plural takes in at most this many modifiers before it: "high school administrators"
MODIFIER_WORDS = 3


def bare_plural_phrase(doc: Doc, j: int, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The speaker phrase headed by token *j* when it is a bare plural noun or a share ("percent") opening its
    clause: it starts the sentence or follows ``BOUNDARY_WORDS``; None else ("Officials in both countries said"
    is no "countries")."""
    head = doc[j]
    if head.lower_ in ("percent", "cent"):
        return _share(doc, j, start)
    if head.lower_ in lexicon.words.people_word or head.lower_ == "one" and j > start and doc[j - 1].lower_ == "no":
        k = j - 1 if j > start and doc[j - 1].lower_ in ("no", "not") else j  # "No one", "Not everyone"
        return (k, j + 1) if k == start or doc[k - 1].lower_ in BOUNDARY_WORDS else None
    if not _plural_noun(head, j == start, lexicon):
        return None
    k = j
    while k - 1 >= start and j - (k - 1) <= MODIFIER_WORDS and _modifier(doc[k - 1], k - 1 == start):
        k -= 1
    return (k, j + 1) if k == start or doc[k - 1].lower_ in BOUNDARY_WORDS else None


def _plural_noun(tok: Token, first: bool, lexicon: Lexicon) -> bool:
    low = tok.lower_
    if low in lexicon.words.irregular_plural:
        return tok.is_lower or first  # "local people say", "Women say"
    return tok.is_alpha and (tok.is_lower or first) and low.endswith("s") and not low.endswith(("ss", "us", "is")) \
        and not tok.is_stop and low not in lexicon.cue_forms and low not in lexicon.words.time and len(low) > 3 \
        and low not in lexicon.words.no_plural


def _modifier(tok: Token, first: bool) -> bool:
    return tok.is_alpha and (tok.is_lower or first) and not tok.is_stop


def _share(doc: Doc, j: int, start: int) -> tuple[int, int] | None:
    """ "63 percent", "Twelve percent", "Another 19 per cent": a number (and "another") before the word."""
    k = j - 1 if doc[j].lower_ == "percent" else j - 2
    if k < start or (doc[j].lower_ == "cent" and doc[j - 1].lower_ != "per") or not doc[k].like_num:
        return None
    if k - 1 >= start and doc[k - 1].lower_ in ("another", "about", "nearly", "almost", "some", "only"):
        k -= 1
    return (k, j + 1) if k == start or doc[k - 1].lower_ in BOUNDARY_WORDS else None
