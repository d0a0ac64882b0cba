"""Complements: what kind of phrase follows a cue verb, read from a parse or from the words.

The precision rules (:mod:`quoteattr.filters`) ask of a reported statement what its cue
verb takes: a that-clause ("added that the vote was fair"), a wh-clause, a finite clause,
a to-infinitive after an addressee ("asked voters to stay home"), quoted words, content
standing before the cue, a gerund, an object with a predicate ("called him a liar"), a
prepositional phrase, or a noun phrase (headed by a noun of speech, followed by "about",
or other). With a parse the answer comes from the dependencies; without one from a
bounded look at the first words of the content. Each question reads the statement's own
tokens, a few at most on the rules tier.
"""

from __future__ import annotations

import functools
from importlib import resources

from spacy.tokens import Doc, Token

from ..lexicon import POSSESSIVE_S, Lexicon
from ..parse import children
from ..speakers.mentions import ly_adverb
from .frame import FINITE_WORDS
from .statement import Statement

__all__ = ["FINITE_WORDS", "PLACEHOLDERS", "PREPOSITIONS", "SUBJECT_PRONOUNS", "complement_kind", "data_lines",
           "is_passive", "np_denotes", "past_clause", "past_with_object", "speech_nouns"]

#: how many tokens into a content (rules tier) a that-, wh- or to-clause after an addressee is looked for
SURFACE_LOOKAHEAD = 16
#: ... a to-clause within this many ("urged voters in the poorest counties to …"; not "cited the release of
#: political prisoners and Suu Kyi's election to parliament")
TO_AFTER_ADDRESSEE = 8
#: surface forms of "be" and "get" before a passive participle
_PASSIVE_AUX = frozenset("be is are was were been being am get gets got gotten getting 's 're".split())
#: contents that are only a placeholder: "she said it", "he said something" ("said so" and "said that"
#: point back to a claim already made, and stay statements)
PLACEHOLDERS = frozenset("it something anything nothing everything".split())
_WH = frozenset("what why how when where who whom whose which whether if".split())
SUBJECT_PRONOUNS = frozenset("i we you he she they it there this that".split())
PREPOSITIONS = frozenset(
    "about at by for from in into of on to with without as over against after before during through "
    "toward towards upon".split()
)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow week month "
    "year morning afternoon evening night".split()
)
_PERSON_ENTS = frozenset({"PERSON"})
_NUMBER_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_TIME_ENTS = frozenset({"DATE", "TIME", "EVENT"})


def data_lines(name: str) -> list[str]:
    text = (resources.files("quoteattr") / "data" / name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def speech_nouns() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in data_lines("speech_nouns.txt"))


def is_passive(doc: Doc, i: int, parsed: bool) -> bool:
    """Is the cue verb at token *i* a passive participle ("was told", "has been charged")?"""
    tok = doc[i]
    if parsed:
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in children(tok)):
            return True
        return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ in ("be", "get") for c in children(tok))
    if not tok.lower_.endswith(("ed", "en")) and tok.lower_ not in ("told", "said", "held", "written", "thought"):
        return False
    k = i - 1
    while k >= 0 and k >= i - 3 and (doc[k].lower_.endswith("ly") or doc[k].lower_ in ("not", "n't", "also", "first", "never", "since")):
        k -= 1
    return k >= 0 and doc[k].lower_ in _PASSIVE_AUX


def complement_kind(doc: Doc, st: Statement, parsed: bool, lexicon: Lexicon) -> str:
    """The kind of the cue's complement (see ``data/speech_senses.tsv``): that, wh, clause, to-inf,
    quote, before, gerund, naming, np, pp:<preposition> or none."""
    f = st.frame
    if f is None or st.kind in ("direct", "mixed"):
        return "quote"  # (a mixed statement's frame may have no content of its own: "“…,” he added on Twitter. “…”")
    if f.content is None:
        return "none"
    lo, hi = f.content
    if lo < f.cue.start:
        return "before"
    while lo < hi - 1 and ly_adverb(doc[lo], lexicon):
        lo += 1  # "declined [slightly] from 58 percent", "added [quickly] that …": what follows the adverb
    lead = _lead_kind(doc, lo, hi, parsed)
    if lead is not None:
        return lead
    return _parsed_kind(doc, f.cue.start, f.cue.end, lo, hi) if parsed else _surface_kind(doc, lo, hi, lexicon)


def _lead_kind(doc: Doc, lo: int, hi: int, parsed: bool) -> str | None:
    """that, wh or to-inf when the content's first word says so ("that …", "whether …", "to resign")."""
    low = doc[lo].lower_
    if low == "that" and hi - lo > 2:
        return "that"
    if low in _WH:
        return "wh"
    if low == "to" and lo + 1 < hi:
        nxt = doc[lo + 1]
        if nxt.pos_ in ("VERB", "AUX") if parsed else nxt.is_lower and nxt.is_alpha:
            return "to-inf"
    return None


def _parsed_kind(doc: Doc, cue_start: int, cue_end: int, lo: int, hi: int) -> str:
    """The complement's kind read from the dependency parse around the cue verb."""
    verb = doc[cue_start]
    first = doc[lo]
    deps = {c.dep_ for c in children(verb) if c.i >= cue_end and lo <= c.i < hi}
    if "ccomp" in deps or "parataxis" in deps:
        return "clause"
    if "xcomp" in deps:
        return _xcomp_kind(next(c for c in children(verb) if c.dep_ == "xcomp" and lo <= c.i < hi), "dobj" in deps)
    if "dobj" in deps and ("oprd" in deps or any(c.dep_ == "prep" and c.lower_ == "as" for c in children(verb))):
        return "naming"
    if first.tag_ == "VBG":
        return "gerund"
    if first.pos_ == "ADP" or (first.dep_ == "prep" and first.head.i == verb.i):
        return f"pp:{first.lower_}"
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and lo <= t.head.i < hi
           for t in doc[lo:hi]):
        return "clause"
    return _np_kind(doc, lo, hi, doc[lo:hi].root)


def _xcomp_kind(x: Token, has_object: bool) -> str:
    """An open clausal complement: "denied taking", "urged them to leave", "called it unfair"."""
    if x.tag_ == "VBG":
        return "gerund"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children(x)):
        return "to-inf"
    return "naming" if has_object else "clause"


def _surface_kind(doc: Doc, lo: int, hi: int, lexicon: Lexicon) -> str:
    """The complement's kind from the words alone (the rules-only tier)."""
    first = doc[lo]
    low = first.lower_
    if low in PREPOSITIONS:
        return f"pp:{low}"
    later = _surface_later(doc, lo, hi)
    if later is not None:
        return later
    if low.endswith("ing") and len(low) > 5:
        return "gerund"
    if low in SUBJECT_PRONOUNS - {"that", "this", "it"} or any(t.lower_ in FINITE_WORDS for t in doc[lo:min(hi, lo + 10)]) \
            or past_with_object(doc, lo, hi) or past_clause(doc, lo, hi, lexicon):
        return "clause"
    if any(t.lower_ == "about" for t in doc[lo + 1:min(hi, lo + 6)]):
        return "np-about"
    if hi - lo >= 3 and (low in lexicon.object_pronouns or any(t.lower_ in ("a", "an") for t in doc[lo + 1:min(hi, lo + 8)])
                         or _late_predicate(doc, lo, hi)):
        return "naming"  # "called him a liar", "called the plan a mistake"
    head = next((t for t in doc[lo:hi] if t.lower_ in PREPOSITIONS or t.is_punct), None)
    return _np_kind(doc, lo, hi, doc[head.i - 1] if head is not None and head.i > lo else doc[hi - 1])


#: a naming predicate ("a …") after a long object stands within this many words of the content's start
PREDICATE_WORDS = 16


def _late_predicate(doc: Doc, lo: int, hi: int) -> bool:
    """Whether "a"/"an" right after a noun of a long object opens a naming predicate: "called [the contempt
    citation and the demand for Pagliano's public appearance] a transparent ploy" (no punctuation or "to"
    before it, not after a preposition: "called the police after a crash", "called Smith to ask a favour")."""
    for j in range(lo + 1, min(hi - 1, lo + PREDICATE_WORDS)):
        tok = doc[j]
        if tok.is_punct or tok.lower_ == "to":
            return False
        if tok.lower_ in ("a", "an"):
            prev = doc[j - 1]
            return prev.is_lower and prev.is_alpha and prev.lower_ not in PREPOSITIONS and not prev.lower_.endswith("ing")
    return False


#: the object of a past verb in -ed that makes a clause without a parse: "the party needed [a] new leader"
_OBJECT_OPENERS = frozenset("a an the his her its their our my no to".split())


def past_with_object(doc: Doc, lo: int, hi: int) -> bool:
    """Whether a word in -ed follows a noun in the first words of content lo..hi and an object follows it:
    "told reporters [the party needed a new leader]", "[the Treasury wanted a deal]" are clauses, not "the
    plan outlined in May"."""
    for j in range(lo + 2, min(hi - 1, lo + 4)):
        low, prev = doc[j].lower_, doc[j - 1]
        nxt = doc[j + 1]
        if len(low) > 4 and low.endswith("ed") and doc[j].is_lower and prev.is_alpha \
                and prev.lower_ not in _OBJECT_OPENERS and (nxt.lower_ in _OBJECT_OPENERS or nxt.like_num):
            return True
    return False


#: the past tense of a clause stands within this many words of its start ("the former Wallabies captain lacked")
PAST_CLAUSE_WORDS = 7


def past_clause(doc: Doc, start: int, stop: int, lexicon: Lexicon) -> bool:
    """Whether a past tense follows a word in tokens start..stop, not before a preposition: "told reporters [the
    team lost]", "[the team lacked leadership]" are clauses, no addressee or noun phrase (a word in -ed or of
    ``irregular_past`` after a lower-case word that is no determiner, possessive or preposition; not "[the plan
    outlined in May]", nor "A company called [Harmony Enterprises gave …]")."""
    for j in range(start + 1, min(stop, start + PAST_CLAUSE_WORDS)):
        tok, prev = doc[j], doc[j - 1].lower_
        low = tok.lower_
        if tok.is_punct or low in ("and", "or", "but"):
            return False  # "charged the officer with murder [and Emanuel fired …]": another clause
        if tok.is_lower and (len(low) > 4 and low.endswith("ed") or low in lexicon.words.irregular_past) \
                and doc[j - 1].is_alpha and doc[j - 1].is_lower and prev not in lexicon.determiners \
                and prev not in lexicon.possessives and prev not in PREPOSITIONS and (j + 1 >= stop or doc[j + 1].lower_ not in PREPOSITIONS):
            return True
    return False


def _surface_later(doc: Doc, lo: int, hi: int) -> str | None:
    """Without a parse: a that-, wh- or to-clause a few words into the content, after an addressee
    or a setting ("told a meeting of leaders that …", "asked the candidates to discuss …")."""
    # an addressee, and no setting ("on Thursday night") between it and a to-clause;
    # "an emergency meeting to discuss …" is no addressee
    addressee_only = doc[lo].lower_ not in ("a", "an")
    for j in range(lo + 1, min(hi - 1, lo + SURFACE_LOOKAHEAD)):
        w = doc[j].lower_
        if doc[j].is_punct and doc[j].text != "," and doc[j].text not in POSSESSIVE_S:
            return None
        if w == "that" and doc[j + 1].is_lower:
            return "that"
        if w in _WH and doc[j - 1].lower_ not in (",", "and", "or") and doc[j + 1].is_alpha:
            return "wh"
        if w in SUBJECT_PRONOUNS - {"that", "this", "it"} and j - lo <= 2:
            return "clause"  # "told Cable she loved him"
        if w in PREPOSITIONS and w not in ("to", "of"):
            addressee_only = False
        if w == "to" and addressee_only and j - lo <= TO_AFTER_ADDRESSEE and doc[j + 1].is_lower and doc[j + 1].is_alpha \
                and doc[j + 1].lower_ not in _OBJECT_OPENERS:  # (not "goodbye to its players")
            return "to-inf"
    return None


def _np_kind(doc: Doc, lo: int, hi: int, head: Token) -> str:
    """np-speech (headed by a noun of speech), np-about (followed by "about") or np."""
    if head.lower_ in speech_nouns() or (head.lemma_ or "").lower() in speech_nouns():
        return "np-speech"
    if any(t.lower_ == "about" for t in doc[lo + 1:hi]):
        return "np-about"
    return "np"


def np_denotes(doc: Doc, lo: int, hi: int, lexicon: Lexicon, parsed: bool, entities: bool) -> str | None:
    """'person', 'number' or 'time' when the noun phrase tokens lo..hi denote one, else None.

    With a parse and entity labels the labels decide; with a parse but no recogniser (the default
    trained tier) a pronoun is read from the parse and the rest from the surface, as without a parse.
    *entities*: the Doc has entity labels (asked once per Doc by the caller: the question scans the Doc).
    """
    toks = [t for t in doc[lo:hi] if not (t.is_punct or t.is_space)]
    if not toks:
        return None
    if _is_amount(toks):
        return "number"
    if not parsed:
        return _surface_denotes(toks, lexicon)
    root = doc[lo:hi].root
    if entities:
        return _entity_denotes(root, toks, lexicon)
    if root.pos_ == "PRON" and root.lower_ not in PLACEHOLDERS and len(toks) == 1:
        return "person"
    return _surface_denotes(toks, lexicon)


def _is_amount(toks: list[Token]) -> bool:
    """"$50,000", "about 300 people", "more than 20": a number leads the phrase."""
    first = toks[0]
    if first.like_num or first.text[:1] in "$£€¥" or first.lower_ in ("about", "nearly", "some", "more", "less", "over", "almost"):
        return any(t.like_num or t.text[:1] in "$£€¥" for t in toks[:3])
    return False


def _entity_denotes(root: Token, toks: list[Token], lexicon: Lexicon) -> str | None:
    """What the recogniser's labels (and the parse) say the phrase denotes."""
    if root.ent_type_ in _PERSON_ENTS and all(
        t.ent_type_ in _PERSON_ENTS or t.lower_ in lexicon.titles or t.pos_ == "DET" for t in toks
    ):
        return "person"
    if root.ent_type_ in _NUMBER_ENTS:
        return "number"
    if root.ent_type_ in _TIME_ENTS or root.lower_ in _TIME_WORDS:
        return "time"
    if root.pos_ == "PRON" and root.lower_ not in PLACEHOLDERS and len(toks) == 1:
        return "person"
    return None


def _surface_denotes(toks: list[Token], lexicon: Lexicon) -> str | None:
    """What the words alone say the phrase denotes: a pronoun or a short titled name is a person."""
    first = toks[0]
    if len(toks) == 1 and first.lower_ in lexicon.pronouns and first.lower_ not in PLACEHOLDERS:
        return "person"
    if len(toks) <= 4 and all(t.is_title or t.lower_ in lexicon.titles or t.text in (".",) for t in toks) \
            and not any(t.lower_ in lexicon.countries for t in toks):
        return "person"
    if all(t.lower_ in _TIME_WORDS or t.is_title and t.lower_ in _TIME_WORDS for t in toks[:2]):
        return "time"
    return None
