"""Cues: the words that say a statement is someone's.

Verb cues come from ``data/cues.tsv`` (said, noted, emphasised, pointed out);
nominal cues from ``data/nominal_cues.tsv`` (according to X, in his words, as
X put it). With a trained pipeline a verb cue is a token whose lemma is in the
lexicon and that the tagger calls a verb; without one (the rules tier) it is a
listed surface form in a verb-like position.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from spacy.tokens import Doc, Token

from ..lexicon import POSSESSIVE_S, Lexicon
from ..parse import children
from ..speakers.subjects import glued_hyphen
from ..text.marks import QUOTE_CHARS
from .cue_time import time_at, timed_particle
from .verb_forms import adjective_pair, base_form_verb, in_headline, plural_before_verb

__all__ = ["Cue", "find_cues", "verb_by_structure"]

#: a ``quote`` cue ("continued", "laughed") has a quote mark at most this many tokens before it
QUOTE_CUE_WINDOW = 8
#: a name with 's before a nominal cue is at most this many words: "in Kassym-Jomart Tokayev's words"
POSSESSOR_MAX_TOKENS = 4
#: the source of "as Smith put it" is at most this many tokens
AS_PUT_IT_MAX_TOKENS = 6


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue: tokens ``start..end`` (exclusive) of the Doc.

    ``nominal`` names the pattern of a nominal cue ("source-follows",
    "possessive", "as-put-it") and is None for a verb; ``slot`` is the token
    span of the source named inside the cue ("his" in "in his words").
    """

    start: int
    end: int
    lemma: str
    cls: str
    nominal: str | None = None
    slot: tuple[int, int] | None = None


def _verb_cue_parsed(tok: Token, lexicon: Lexicon, scope_all: bool) -> str | None:
    """The cue lemma of a token the tagger calls a verb (or that is always one: «…,» said Li Wei)."""
    if tok.lower_ in lexicon.words.always_verb:
        return lexicon.cue_lemma(tok.lower_, scope_all=scope_all)
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
        if not verb_by_structure(tok):
            return None
    lemma = tok.lemma_.lower()
    for child in children(tok):  # phrasal verbs: point out, call for, make clear
        particle = child.dep_ in ("prt", "acomp", "oprd", "prep") or (
            child.dep_ == "advmod" and child.lower_ in lexicon.words.verb_particle  # "shot [back] that …"
        )
        if particle and child.i == tok.i + 1 and not time_at(tok.doc, tok.i + 2, lexicon):
            phrasal = f"{lemma} {child.lower_}"
            if lexicon.is_cue_lemma(phrasal, scope_all=scope_all):
                return phrasal
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.dep_ == "mark" and nxt.head.head.i == tok.i \
            and lexicon.is_cue_lemma(f"{lemma} {nxt.lower_}", scope_all=scope_all):
        return f"{lemma} {nxt.lower_}"  # "called [for] the manager to be sacked": the parser made "for" a mark
    if lexicon.is_cue_lemma(lemma, scope_all=scope_all):
        return lemma
    return lexicon.cue_lemma(tok.lower_, scope_all=scope_all)


def verb_by_structure(tok: Token) -> bool:
    """A word the tagger called a noun that has a subject and a clause of its own is a verb: "documents from his
    1995 tax return [show] he took a loss" ("show" tagged NN after "tax return")."""
    deps = {c.dep_ for c in children(tok)}
    return tok.pos_ == "NOUN" and "nsubj" in deps and "ccomp" in deps


def _misparsed_after_quote(doc: Doc, i: int, start: int, end: int, lexicon: Lexicon) -> str | None:
    """The cue lemma of a past form the parser made a modifier of the noun after it, right after a quote:
    "“We are not going anywhere,” the 71-year-old [told] supporters" (read as "the old told supporters")."""
    tok = doc[i]
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or doc[i - 1].text == "-" \
            or not any(doc[k].text in QUOTE_CHARS for k in range(max(start, i - QUOTE_CUE_WINDOW), i)):
        return None  # (a quote before it, not after: "the so-called “reset”")
    return lexicon.cue_lemma(tok.lower_, scope_all=False)


def _verb_cue_surface(doc: Doc, i: int, start: int, lexicon: Lexicon, scope_all: bool) -> tuple[str, int] | None:
    """(lemma, token count) of a surface verb cue at token *i*, or None."""
    tok = doc[i]
    if i > start and tok.is_title and not tok.is_upper and not (scope_all and in_headline(doc, i)):
        return None  # a capitalised word mid-sentence is a name: "the United States" (not "New Poll Shows …")
    low = tok.lower_
    if i + 1 < len(doc):
        two = f"{low} {doc[i + 1].lower_}"
        lemma = lexicon.cue_lemma(two, scope_all=scope_all)
        if lemma is not None and not time_at(doc, i + 2, lexicon):
            return lemma, 2
    lemma = lexicon.cue_lemma(low, scope_all=scope_all)
    if lemma is None:
        return None
    prev = doc[i - 1].lower_ if i > start else ""
    if _noun_before(prev, lexicon) or _after_possessive(doc, i, start, lexicon):
        return None  # "the report", "Netanyahu's remarks came …" ("the so-called reset": ``_compound_end``)
    if adjective_pair(doc, i, start, lexicon):
        return None  # "the undivided and recognized capital": an adjective after another
    if plural_before_verb(doc, i, start, lexicon):
        return None  # "Voting rights advocates say": a plural noun before its verb
    if low in lexicon.words.noun_homograph and not _takes_object(doc, i + 1, lexicon):
        return None  # "in battleground states could", "key posts", "thanks in large part"
    if low == lemma.split()[0] and not base_form_verb(doc, i, start, lexicon):
        return None  # a base form is a verb only after a subject: "they say", "officials say", "Smith and Jones say"
    return lemma, 1


def _anonymity(doc: Doc, i: int, end: int, lexicon: Lexicon) -> bool:
    """ "who asked not to be named", "who declined to be identified", "who declined to give her name": a cue
    whose object is the speaker's own anonymity (an ``anonymity`` word after "(not) to be", or after "to",
    a verb and a possessive) reports nothing, and the "said" after the aside is the statement."""
    j = i + 2 if i + 1 < end and doc[i + 1].lower_ == "not" else i + 1
    if j + 2 >= end or doc[j].lower_ != "to":
        return False
    if doc[j + 1].lower_ == "be":
        return doc[j + 2].lower_ in lexicon.words.anonymity
    # "who declined to give her name", "who refused to reveal his full name"
    k = j + 2
    if doc[k].lower_ not in lexicon.possessives:
        return False
    return any(doc[m].lower_ in lexicon.words.anonymity for m in range(k + 1, min(end, k + 3)))


def _discourse_idiom(doc: Doc, i: int, start: int, end: int) -> bool:
    """ "Having said that, …", "That said, …", "Needless to say, …", "Speaking of taxes, …", "a day of
    reckoning": a cue form in a linking phrase or an idiom that reports nothing."""
    low = doc[i].lower_
    nxt = doc[i + 1].lower_ if i + 1 < end else ""
    prev = doc[i - 1].lower_ if i > start else ""
    if prev == "having" and nxt in ("that", "this", "so") and i + 2 < end and doc[i + 2].text == ",":
        return True
    if prev in ("that", "this") and i - 1 == start and nxt == ",":
        return True
    if low == "speaking" and (i == start and nxt in ("of", "about") or nxt == ","):
        return True  # "Speaking of taxes, …", "Generally speaking, …"
    if low == "reckoning" and prev == "of":
        return True  # "a day of reckoning"
    return low == "say" and prev == "to" and i - 2 >= start and doc[i - 2].lower_ == "needless"


def _takes_object(doc: Doc, j: int, lexicon: Lexicon) -> bool:
    """Does token *j* open what a speech verb takes: a content ("that", "whether", a colon, a quote
    mark), a noun phrase (a determiner, a possessive, an object pronoun) or a name?"""
    if j >= len(doc):
        return False
    tok = doc[j]
    low = tok.lower_
    pronoun = lexicon.pronouns.get(low)
    return (
        low in lexicon.words.content_opener or low in lexicon.determiners or low in lexicon.possessives
        or (pronoun is not None and "obj" in pronoun.cases) or low == ":" or low in QUOTE_CHARS
        or (tok.is_title and not tok.is_upper)
    )


def _noun_before(word: str, lexicon: Lexicon) -> bool:
    """Is a listed form after *word* a noun: "the report", "a statement", "his note", "whose report"?"""
    return word in lexicon.determiners or word in lexicon.possessives or word in lexicon.words.noun_before


#: words before "'s" that make it "is" or "has", not a possessive: "he's said", "that's claimed"
_CONTRACTION_HOSTS = frozenset("that there what here where".split())


def _after_possessive(doc: Doc, i: int, start: int, lexicon: Lexicon) -> bool:
    """Whether the cue form at *i* follows a possessive "'s" ("Netanyahu's remarks", "the minister's comments"),
    not the "'s" of "he's said" or "that's claimed"."""
    if i - 2 < start or doc[i - 1].lower_ not in POSSESSIVE_S:
        return False
    host = doc[i - 2].lower_
    return host not in lexicon.words.verb_before and host not in _CONTRACTION_HOSTS


#: the nominal pattern whose source must open with a capital or a ``source_opener`` word ("per ESPN")
NAMED = "source-follows-named"


def _named_source_at(doc: Doc, k: int, end: int, lexicon: Lexicon, lowers: Sequence[str]) -> bool:
    return k < end and (doc[k].text[:1].isupper() or lowers[k] in lexicon.words.source_opener)


def _nominal_cues(doc: Doc, start: int, end: int, lexicon: Lexicon, lowers: Sequence[str]) -> list[Cue]:
    by_first = lexicon.nominal_index
    out = []
    i = start
    while i < end:
        for phrase, words, pattern in by_first.get(lowers[i], ()):
            match = _match_phrase(doc, i, end, words, lexicon, lowers)
            if match is not None and pattern == NAMED and not _named_source_at(doc, match[0], end, lexicon, lowers):
                match = None  # "per cent", "per person": no source follows
            if match is not None:
                stop, slot = match
                out.append(Cue(i, stop, phrase, "neutral", "source-follows" if pattern == NAMED else pattern, slot))
                i = stop - 1
                break
        i += 1
    return out


def _match_phrase(
    doc: Doc, i: int, end: int, words: Sequence[str], lexicon: Lexicon, lowers: Sequence[str]
) -> tuple[int, tuple[int, int] | None] | None:
    """Match a nominal cue phrase with an optional {poss} or {source} slot at token *i* (*lowers*: the
    Doc's lower-cased token texts)."""
    j = i
    slot = None
    for k, w in enumerate(words):
        if j >= end:
            return None
        if w == "{poss}":
            if lowers[j] in lexicon.possessives:
                slot = (j, j + 1)
                j += 1
                continue
            s = j  # a name with 's: "in Smith's words"
            while j < end and j - s < POSSESSOR_MAX_TOKENS and doc[j].is_title:
                j += 1
            if j == s or j >= end or lowers[j] not in POSSESSIVE_S:
                return None
            slot = (s, j + 1)
            j += 1
            continue
        if w == "{source}":
            nxt = words[k + 1] if k + 1 < len(words) else None
            s = j
            while j < end and j - s < AS_PUT_IT_MAX_TOKENS and lowers[j] != nxt:
                if doc[j].is_punct:
                    return None  # the source of "as Smith put it" never spans a comma
                j += 1
            if j == s or j >= end:
                return None
            slot = (s, j)
            continue
        if lowers[j] != w:
            return None
        j += 1
    return j, slot


def find_cues(
    doc: Doc,
    start: int,
    end: int,
    lexicon: Lexicon,
    *,
    parsed: bool,
    scope_all: bool,
    quoted: Callable[[int], bool],
    lowers: Sequence[str] | None = None,
) -> list[Cue]:
    """The cues among tokens ``start..end`` of *doc*, outside quotes, in order.

    *lowers* are the Doc's lower-cased token texts, when the caller has them:
    without a parse, only tokens whose form is listed are looked at closely.
    """
    cues = _verb_cues(doc, start, end, lexicon, parsed=parsed, scope_all=scope_all, quoted=quoted, lowers=lowers)
    if lowers is not None and not any(lowers[k] in lexicon.nominal_index for k in range(start, end)):
        return cues
    lows = lowers if lowers is not None else [t.lower_ for t in doc]
    nominal = [
        c for c in _nominal_cues(doc, start, end, lexicon, lows)
        if not quoted(doc[c.start].idx) and (scope_all or not (c.nominal or "").startswith("belief"))
    ]
    if nominal:
        taken = {t for c in nominal for t in range(c.start, c.end)}
        cues = [c for c in cues if c.start not in taken] + nominal
        cues.sort(key=lambda c: c.start)
    return cues


def _verb_cues(
    doc: Doc, start: int, end: int, lexicon: Lexicon, *, parsed: bool, scope_all: bool,
    quoted: Callable[[int], bool], lowers: Sequence[str] | None,
) -> list[Cue]:
    """The verb cues among tokens ``start..end``, outside quotes, in order."""
    cues: list[Cue] = []
    forms, firsts = lexicon.cue_forms, lexicon.cue_first_words
    i = start
    while i < end:
        if not parsed and lowers is not None:
            low = lowers[i]
            if low not in forms and (low not in firsts or i + 1 >= end or f"{low} {lowers[i + 1]}" not in forms):
                i += 1
                continue
        if quoted(doc[i].idx):
            i += 1
            continue
        if parsed:
            lemma = _verb_cue_parsed(doc[i], lexicon, scope_all) or _misparsed_after_quote(doc, i, start, end, lexicon)
            width = 2 if lemma and " " in lemma and i + 1 < end and doc[i + 1].lower_ == lemma.split()[1] else 1
        else:
            hit = _verb_cue_surface(doc, i, start, lexicon, scope_all)
            lemma, width = hit if hit else (None, 1)
        if lemma is not None and width == 1:
            lemma, width = timed_particle(doc, i, end, lemma, lexicon, scope_all) or (lemma, width)
        if lemma is not None and _idiom(doc, i, i + width - 1, start, end, lexicon):
            i += 1  # "Having said that,": asked only of a cue, not of every token of a parsed sentence
            continue
        if lemma is not None and not (lexicon.cues[lemma].quote_only and not _by_quote(doc, i, start, end)):
            cues.append(Cue(i, i + width, lemma, lexicon.cues[lemma].cls))
        i += width
    return cues


def _idiom(doc: Doc, i: int, last: int, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the cue words *i..last* are no cue: a discourse idiom, a cue of the speaker's anonymity, or the
    first part of a compound."""
    return _discourse_idiom(doc, i, start, end) or _anonymity(doc, last, end, lexicon) or _compound(doc, last, end) \
        or _compound_end(doc, i, start, lexicon)


def _compound(doc: Doc, i: int, end: int) -> bool:
    """Whether token *i* is glued to a hyphen after it, the first part of a compound: "post-traumatic",
    "a call-up", "long hoped-for", "much sought-after"."""
    return i + 1 < end and doc[i + 1].text == "-" and not doc[i].whitespace_


def _compound_end(doc: Doc, i: int, start: int, lexicon: Lexicon) -> bool:
    """Whether token *i* is glued to a hyphen after a word that is no ``verb_prefix``, the end of a compound
    adjective: "the self-described socialist", "so-called", "the much-anticipated report" (not "re-tweeting")."""
    return i - 2 >= start and glued_hyphen(doc, i - 1) and doc[i - 2].lower_ not in lexicon.words.verb_prefix


def _by_quote(doc: Doc, i: int, start: int, end: int) -> bool:
    """Is a quote mark among the ``QUOTE_CUE_WINDOW`` tokens before token *i* ("“…,” she continued") or
    the two after it ("She continued: “…”")? Only there is a ``quote`` cue of cues.tsv a cue."""
    before = range(max(start, i - QUOTE_CUE_WINDOW), i)
    after = range(i + 1, min(end, i + 3))
    return any(doc[k].text in QUOTE_CHARS for k in (*before, *after))
