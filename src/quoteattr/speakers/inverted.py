"""The speaker phrase after its cue: "“…,” said Smith", "“…,” she said at a news conference".

Without a parse (and for inverted sources with one), the noun phrase right after a cue is its source
when it ends at punctuation, a quote or a preposition: "said Henrik Dahl of the Carnegie Institute",
not "said he would order …" (a subject of the content).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import POSSESSIVE_S, Lexicon
from .mentions import np_token
from .phrase_parts import LOWERCASE_BUDGET, age_at

__all__ = ["np_right"]

#: marks that close the clause an inverted source phrase ends ("said one resident.", "said a shopper, who …")
CLAUSE_CLOSERS = (",", ".", ";", "!", "?")


def _modifier(tok: Token, lexicon: Lexicon) -> bool:
    """A word that may modify a name after a cue: lower case and no stop word ("longtime", "widow") or of
    ``past_role`` ("former", a stop word to spaCy), or with a digit ("9/11")."""
    return (tok.is_alpha and tok.is_lower and (not tok.is_stop or tok.lower_ in lexicon.words.past_role)) or (
        any(c.isdigit() for c in tok.text) and not tok.is_punct and tok.text[:1].isalnum()
    )


def np_right(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The speaker noun phrase starting at token *start* ("said Smith", "said the minister")."""
    i = start
    if i >= end:
        return None
    if doc[i].lower_ in lexicon.speaker_pronouns:
        return _pronoun_right(doc, i, end, lexicon)
    if doc[i].lower_ in lexicon.speaker_determiners:
        i += 1
    if i < end and doc[i].lower_ in lexicon.words.time:
        return None  # "said Tuesday", "called Friday for …": when, not who
    j = _phrase_right(doc, i, end, lexicon)
    if j == i and (doc[start].lower_ in lexicon.words.article or doc[start].lower_ in lexicon.words.quantifier):
        j = _common_right(doc, i, end, lexicon)  # "said one resident", "said a shopper, who …" (not "saying that …")
    if j == i:
        return None
    j = _past_possessed(doc, j, end, lexicon)  # "said Ms Sturgeon's successor, John Swinney"
    j = _past_person_noun(doc, j, end, lexicon)  # "wrote one Sanders supporter"
    if j < end and doc[j].lower_ in lexicon.words.source_adjective:
        close = _close_to_right(doc, j + 1, end, lexicon)  # "said a source close to the campaign"
        j = close if close > j + 1 else j
    ends = (",", ".", ";", ":", "!", "?", "(", "\u2014")
    if j < end and doc[j].text not in ends and not doc[j].is_quote and doc[j].lower_ not in lexicon.words.head_end \
            and doc[j].lower_ not in lexicon.words.setting_preposition:
        return None  # "said he would order …": a subject of the content, not an inverted source
    # (a preposition may follow: "said Henrik Dahl of the Carnegie Institute", "said Ann Lee after the match")
    return start, j


def _past_possessed(doc: Doc, j: int, end: int, lexicon: Lexicon) -> int:
    """Where the person noun that a name possesses ends, when the name's phrase stops at "'s" before up to
    ``LOWERCASE_BUDGET`` lower-case words ending in a title, role or ``relation_noun`` ("Sturgeon's
    [successor]", "Trump's [campaign manager]"; not "described Trump's approach"); *j* else."""
    if j >= end or doc[j].lower_ not in POSSESSIVE_S:
        return j
    k = j + 1
    while k < end and k - j <= LOWERCASE_BUDGET and doc[k].is_alpha and doc[k].is_lower and not doc[k].is_stop:
        k += 1
    return k if k > j + 1 and lexicon.is_person_noun(doc[k - 1].lower_) else j


def _past_person_noun(doc: Doc, j: int, end: int, lexicon: Lexicon) -> int:
    """Where a name that modifies a person noun in lower case ends its phrase with it, up to
    ``LOWERCASE_BUDGET`` words, before the clause ends ("one Sanders supporter.", "a Trump campaign
    spokesman,"); *j* else."""
    k = j
    while k < end and k - j < LOWERCASE_BUDGET and doc[k].is_alpha and doc[k].is_lower and not doc[k].is_stop:
        k += 1
    closes = k == end or doc[k].text in CLAUSE_CLOSERS
    return k if k > j and closes and lexicon.is_person_noun(doc[k - 1].lower_) else j


def _pronoun_right(doc: Doc, i: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A pronoun source after its cue: "…,” she said." and "…,” she said at a news conference / on
    Tuesday", not "said he would …"."""
    nxt = doc[i + 1] if i + 1 < end else None
    setting = nxt is not None and (nxt.lower_ in lexicon.words.setting_preposition or nxt.lower_ in lexicon.words.time)
    return (i, i + 1) if nxt is None or nxt.is_punct or setting else None


def _phrase_right(doc: Doc, i: int, end: int, lexicon: Lexicon) -> int:
    """Where the name or role phrase that starts at token *i* ends: capitalised words and joiners, with up
    to ``LOWERCASE_BUDGET`` modifiers before a name ("longtime GOP strategist", "9/11 widow")."""
    lowercase_budget = LOWERCASE_BUDGET
    j = i
    while j < end:
        tok = doc[j]
        if np_token(tok, lexicon) or (tok.lower_ in lexicon.words.name_joiner and j + 1 < end and np_token(doc[j + 1], lexicon)):
            j += 1
            continue
        look = j
        while look < end and look - j < lowercase_budget and _modifier(doc[look], lexicon):
            look += 1
        if look > j and look < end and np_token(doc[look], lexicon):
            lowercase_budget -= look - j
            j = look
            continue
        break
    return j


#: a speaker phrase of common nouns after a determiner ("said a local resident") is at most this many words
COMMON_RIGHT_MAX_WORDS = 3


def _common_right(doc: Doc, i: int, end: int, lexicon: Lexicon) -> int:
    """Where a phrase of lower-case words after a determiner ends when it closes the clause ("“…,” said one
    resident.", "said a shopper, who …", "said a resident who …"): at most COMMON_RIGHT_MAX_WORDS content words,
    not a time or a ``vague_noun`` ("the other day"); *i* itself when the phrase goes on ("said a statement
    released by …")."""
    k = i
    if i + 5 <= end and age_at(doc, i):
        k = i + 5  # "said the 33-year-old", "said the 52-year-old woman"
    limit = k + COMMON_RIGHT_MAX_WORDS
    while k < end and k < limit and doc[k].is_alpha and doc[k].is_lower and not doc[k].is_stop:
        k += 1
    if k == i or doc[k - 1].lower_ in lexicon.words.time or doc[k - 1].lower_ in lexicon.words.vague_noun:
        return i
    if k - i > 1 and (doc[k - 1].lower_ in lexicon.words.irregular_past or doc[k - 1].lower_ in lexicon.cue_forms):
        return i  # "A new book, published this week, claims the palace knew": a clause, no inverted source
    k = _close_to_right(doc, k, end, lexicon)  # "said a source close to the campaign"
    return k if k == end or doc[k].text in CLAUSE_CLOSERS or doc[k].lower_ in lexicon.words.relative else i


#: the most words of the noun phrase after "close to" / "familiar with" in an inverted source
CLOSE_TO_MAX_WORDS = 4


def _close_to_right(doc: Doc, k: int, end: int, lexicon: Lexicon) -> int:
    """Token *k* moved past "to"/"with" and a short noun phrase after a ``source_adjective`` that ends the phrase
    before *k* ("said a source close to the campaign", "said people familiar with the matter"), when the noun
    phrase closes the clause; *k* else."""
    if k + 1 >= end or doc[k - 1].lower_ not in lexicon.words.source_adjective or doc[k].lower_ not in ("to", "with"):
        return k
    m = k + 1
    while m < end and m - k <= CLOSE_TO_MAX_WORDS and (doc[m].is_alpha or doc[m].lower_ in POSSESSIVE_S):
        m += 1
    return m if m > k + 1 and (m == end or doc[m].text in CLAUSE_CLOSERS) else k
