"""Speaker mentions from the dependency parse (the trained tier): the subject of the cue verb, cut to its
noun phrase ("David Okafor, who leads the association," -> "David Okafor"). Without a parse,
``mentions.py`` reads the noun phrase next to the cue."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..parse import children, lefts, rights

__all__ = ["subject_of", "noun_phrase", "glued_hyphen"]

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
#: dependents that are not part of a speaker's name or role
_DROP_DEPS = frozenset({"relcl", "appos", "acl", "punct", "advcl", "cc", "conj", "parataxis", "case"})


def subject_of(verb: Token) -> tuple[Token, bool] | None:
    """The subject token of a cue verb, climbing through coordination and participles.

    Returns (subject, inherited): inherited is True when the subject belongs
    to another verb ("welcomed … and emphasised …", "…, expressing gratitude").
    """
    v = verb
    for hops in range(4):
        own = _own_subject(v, passive_source=hops > 0)
        if isinstance(own, Token):
            return own, hops > 0
        if own is _NOBODY:
            return None
        if v.dep_ == "agent":
            break
        if v.dep_ == "acl" and v.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(v)):
            noun_verb = _past_noun(v.head)  # "He never missed an opportunity to remind …": not the noun
            if not isinstance(noun_verb, tuple):
                return None if noun_verb is None else (noun_verb, True)
            v = noun_verb[0]
            continue
        if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return v.head, True
        if v.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "prep", "dep", "acomp") or v.head is v:
            break
        if v.dep_ == "conj" and v.head.dep_ == "ccomp" and v.head.head.pos_ == "VERB":
            # "Okonkwo said the talks had been productive and added that …": the parser hung
            # "added" under the reported clause; it is the speaker's second verb
            v = v.head.head
            continue
        v = v.head
    return None


#: what ``_own_subject`` answers for "It was announced that …" and "There were calls …": no one is named
_NOBODY = object()


def _own_subject(v: Token, passive_source: bool = True) -> Token | object | None:
    """The subject of *v* itself, or the agent of its passive; ``_NOBODY`` for an impersonal "it" or
    "there"; None when it has none (then look at the verb it hangs from). Without *passive_source* the
    passive subject of the cue verb itself is no source: "Mr Smith was described as a bully" names who was
    described (``_NOBODY`` without a by-agent), but "He was heard saying" is his."""
    found = None
    for child in children(v):
        if child.dep_ == "nsubjpass" and not passive_source:
            return _agent(v) or _NOBODY
        if child.dep_ in _SUBJECT_DEPS and not child.is_punct:
            if child.lower_ == "it" and any(c.dep_ == "auxpass" for c in children(v)):
                return _NOBODY  # "It was announced that …": no one is named
            if found is None or abs(child.i - v.i) < abs(found.i - v.i):
                found = child  # two subjects: a headline line parsed into the lede; the nearer one
        elif child.dep_ == "expl" and found is None:
            return _NOBODY
    if found is not None:
        return found
    if v.dep_ == "agent":
        return None
    return _agent(v)


def _agent(v: Token) -> Token | None:
    """The object of the by-agent of passive *v*, if any."""
    for child in children(v):
        if child.dep_ == "agent":
            for grand in children(child):
                if grand.dep_ == "pobj":
                    return grand
    return None


def _past_noun(noun: Token) -> Token | tuple[Token] | None:
    """For a cue in an infinitive after *noun*: the noun's possessor ("Trump's effort to reassure …"), or
    the verb the noun depends on, in a 1-tuple, to climb on from ("missed an opportunity to remind …",
    "in a bid to reassure …"); None when neither is there."""
    owner = next((c for c in children(noun) if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if noun.dep_ not in ("dobj", "attr", "pobj") or noun.head is noun:
        return None
    return (noun.head.head if noun.dep_ == "pobj" else noun.head,)


#: determiners taken in before a hyphenated noun the parser split: "The vice-president", "his co-founder"
HYPHEN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})


def glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token *i* is a hyphen inside one word ("co-founder", "vice-president"), a word before it."""
    return i >= 1 and doc[i].text == "-" and doc[i - 1].is_alpha and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def _past_hyphens(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """Span left..right grown over a hyphenated word the parser split: "His co-founder" (headed by "co"), "The
    vice-president" (headed by "president", the determiner taken in too)."""
    while right + 1 < len(doc) and glued_hyphen(doc, right) and doc[right + 1].is_alpha:
        right += 2
    if left >= 2 and glued_hyphen(doc, left - 1):
        left -= 2
        if left >= 1 and doc[left - 1].lower_ in HYPHEN_DETERMINERS:
            left -= 1
    return left, right


def noun_phrase(tok: Token) -> tuple[int, int]:
    """Token span of the noun phrase headed by *tok*, without clauses and appositions."""
    left = tok.i
    right = tok.i + 1
    for child in lefts(tok):
        if child.dep_ in _DROP_DEPS:
            continue
        left = min(left, child.left_edge.i)
    for child in rights(tok):
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == right:
            right = child.right_edge.i + 1  # "the Labour leader Keir Starmer": a name right after its role
            continue
        if child.dep_ in _DROP_DEPS:
            break
        if child.dep_ == "prep" and child.lower_ not in ("of", "for"):
            break
        right = max(right, child.right_edge.i + 1)
    left, right = _past_hyphens(tok.doc, left, right)
    while right - 1 > left and tok.doc[right - 1].is_space:
        right -= 1
    while left < right - 1 and tok.doc[left].is_space:
        left += 1
    # never run across a comma (an apposition or a clause the parser attached)
    for i in range(tok.i + 1, right):
        if tok.doc[i].text in (",", ";", "(", "\u2014") or tok.doc[i].is_quote:
            right = i
            break
    for i in range(tok.i - 1, left - 1, -1):
        if tok.doc[i].text in (",", ";", ")", "\u2014") or tok.doc[i].is_quote:
            left = i + 1
            break
    return left, _and_name(tok, right)


def _and_name(tok: Token, right: int) -> int:
    """*right*, moved past "and NAME" when a name heads the phrase: "Mr. Grassley and Mr. Leahy", "Procter & Gamble"."""
    if tok.pos_ != "PROPN" or right >= len(tok.doc) or tok.doc[right].lower_ not in ("and", "&"):
        return right
    conj = next((c for c in rights(tok) if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > right), None)
    if conj is None:
        return right
    lo, hi = noun_phrase(conj)
    return hi if lo == right + 1 else right
