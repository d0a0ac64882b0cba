"""Speakers with no determiner before them (rules tier): a bare plural ("Demonstrators chanted", "…, but state
regulators said", "Voting rights advocates say"), a share of people ("63 percent said", "Another 19 per cent
say") and a word that stands for people ("Many say", "No one said"). With a determiner
(``mentions._common_noun_phrase``) or a title (``titles.tsv``) the phrase is found there."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from .phrase_parts import hyphen_number

__all__ = ["bare_plural_phrase", "postmodified_phrase", "BOUNDARY_WORDS", "MODIFIER_WORDS", "POSTMODIFIER_TOKENS"]

#: words a bare plural speaker phrase may follow: "…, but economists said", "…, while critics say"
BOUNDARY_WORDS = frozenset({",", ";", ":", "—", "–", "--", "and", "but", "while", "as", "though", "although", "because"})
#: a bare plural takes in at most this many modifiers before it: "high school administrators", "White House and
#: Pentagon spokesmen"
MODIFIER_WORDS = 5


def bare_plural_phrase(doc: Doc, j: int, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The speaker phrase headed by token *j* when it is a bare plural noun or a share ("percent", "half")
    opening its clause: it starts the sentence or follows ``BOUNDARY_WORDS``; None else ("Officials in both
    countries said" is no "countries": :func:`postmodified_phrase` finds "Officials in both countries")."""
    head = doc[j]
    if head.lower_ in ("percent", "cent"):
        return _share(doc, j, start, lexicon)
    if head.lower_ in lexicon.words.share_word:
        return _share_word(doc, j, start, lexicon)
    if head.lower_ in lexicon.words.people_word or head.lower_ == "one" and j > start and doc[j - 1].lower_ == "no":
        k = j - 1 if j > start and doc[j - 1].lower_ in ("no", "not") else j  # "No one", "Not everyone"
        return (k, j + 1) if k == start or doc[k - 1].lower_ in BOUNDARY_WORDS else None
    if not _plural_noun(head, j == start, lexicon):
        return None
    k = j
    while k - 1 >= start and j - (k - 1) <= MODIFIER_WORDS and _modifier(doc, k - 1, j, start, lexicon):
        k -= 1
    while k < j and doc[k].lower_ == "and":
        k += 1  # (not "and" first: "…, and economists said")
    return (k, j + 1) if k == start or doc[k - 1].lower_ in BOUNDARY_WORDS else None


#: the most tokens of a postmodifier after a bare plural or a share: "Officials [in both countries] said"
POSTMODIFIER_TOKENS = 5


def postmodified_phrase(doc: Doc, j: int, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The speaker phrase that ends at token *j* in a short ``postmodifier`` phrase after a bare plural or a
    share that opens its clause: "Officials in both countries said", "Aides to Clinton say", "Residents of the
    town say", "Half of respondents said", "Majorities in all five say"; None else. The postmodifier has at
    most ``POSTMODIFIER_TOKENS`` tokens, all words or numbers, none a cue form or a relative pronoun except
    right after the preposition ("Economists at the bank said", "many of whom say"; not "Officials in Ottawa,
    citing …", "A majority of those who said")."""
    k = j
    while k > start and j - k < POSTMODIFIER_TOKENS:
        tok = doc[k]
        if tok.lower_ in lexicon.words.postmodifier:
            head = bare_plural_phrase(doc, k - 1, start, lexicon) if k < j else None
            return None if head is None else (head[0], j + 1)
        if not (tok.is_alpha or tok.like_num) or tok.lower_ in lexicon.cue_forms \
                or tok.lower_ in lexicon.words.relative and doc[k - 1].lower_ not in lexicon.words.postmodifier:
            return None  # (a relative ends the phrase: "A majority of those [who] said"; not "most of whom")
        k -= 1
    return None


def _plural_noun(tok: Token, first: bool, lexicon: Lexicon) -> bool:
    low = tok.lower_
    if low in lexicon.words.irregular_plural:
        return tok.is_lower or first  # "local people say", "Women say"
    if low.endswith("men") and len(low) > 5 and tok.is_alpha and (tok.is_lower or first):
        return True  # "spokesmen", "congressmen", "businessmen"
    return tok.is_alpha and (tok.is_lower or first) and low.endswith("s") and not low.endswith(("ss", "us", "is")) \
        and not tok.is_stop and low not in lexicon.cue_forms and low not in lexicon.words.time and len(low) > 3 \
        and low not in lexicon.words.no_plural


def _modifier(doc: Doc, k: int, head: int, start: int, lexicon: Lexicon) -> bool:
    """Whether token *k* may modify the bare plural at token *head*: a word in lower case, a capitalised word before
    another, "and" or the head ("Rival Republican candidates", "White House and Pentagon spokesmen"; not "Ivana
    Trump filed legal papers"), "and" between two modifiers ("progressive and Muslim organizations"), a number, a
    quantifier or a ``modifier`` word ("Other news organizations", "Eleven progressive and Muslim
    organizations"); no other stop word."""
    tok = doc[k]
    low = tok.lower_
    if not tok.is_alpha:
        return False
    if low in lexicon.words.quantifier or low in lexicon.words.modifier or tok.like_num:
        return True
    if tok.is_stop:
        return low == "and" and k > start and doc[k - 1].is_alpha and not doc[k - 1].is_stop
    if tok.is_lower or k == start:
        return True
    nxt = doc[k + 1]  # a capitalised word only before another, "and" or the head: not "Ivana Trump filed legal papers"
    return tok.is_title and (k + 1 == head or nxt.is_title or nxt.lower_ == "and")


def _share(doc: Doc, j: int, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """ "63 percent", "Twelve percent", "Sixty-six percent", "Another 19 per cent": a number (and a
    ``share_adverb``) before the word."""
    k = j - 1 if doc[j].lower_ == "percent" else j - 2
    if k < start or (doc[j].lower_ == "cent" and doc[j - 1].lower_ != "per") or not doc[k].like_num:
        return None
    if k - 2 >= start and hyphen_number(doc, k - 1):
        k -= 2  # "Sixty-six"
    return _opening(doc, _past_share_adverb(doc, k, start, lexicon), j, start)


def _share_word(doc: Doc, j: int, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """ "Nearly half", "Majorities", "Two-thirds", "About a third": a ``share_word`` after a number, "a" or
    nothing, and a ``share_adverb``."""
    k = j
    if k - 2 >= start and hyphen_number(doc, k - 1):
        k -= 2  # "Two-thirds"
    elif k - 1 >= start and (doc[k - 1].like_num or doc[k - 1].lower_ == "a"):
        k -= 1  # "a third", "three quarters"
    return _opening(doc, _past_share_adverb(doc, k, start, lexicon), j, start)


def _past_share_adverb(doc: Doc, k: int, start: int, lexicon: Lexicon) -> int:
    return k - 1 if k - 1 >= start and doc[k - 1].lower_ in lexicon.words.share_adverb else k


def _opening(doc: Doc, k: int, j: int, start: int) -> tuple[int, int] | None:
    """Tokens *k* to *j* as a speaker phrase when they open their clause (the sentence's start or after
    ``BOUNDARY_WORDS``), else None."""
    return (k, j + 1) if k == start or doc[k - 1].lower_ in BOUNDARY_WORDS else None
