"""Time words next to a cue verb: "called on Thursday night to say …" is the cue "call", not "call on"
(:func:`time_at`); "called [on Tuesday] for an inquiry" is the phrasal cue "call for" with a time phrase
inside it (:func:`timed_particle`)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon

__all__ = ["TIME_GAP_WORDS", "TIME_PREPOSITIONS", "time_at", "timed_particle"]


def time_at(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """Whether token *k* is a time word: the particle before it is a preposition of time, not part of a
    phrasal cue ("called on Thursday night to say …" is "call", not "call on")."""
    return k < len(doc) and doc[k - 1].lower_ in TIME_PREPOSITIONS and doc[k].lower_ in lexicon.words.time


#: a phrasal cue's verb and particle stand at most this many time words apart: "called [on Tuesday] for"
TIME_GAP_WORDS = 4


def timed_particle(doc: Doc, i: int, end: int, lemma: str, lexicon: Lexicon, scope_all: bool) -> tuple[str, int] | None:
    """(lemma, token count) of a cue verb at *i* that a time phrase parts from its particle: the phrasal lemma
    over verb, time and particle ("called [on Tuesday] for an inquiry", "Labour called [last night] for …"), or
    the verb's own lemma over verb and time when the particle is a ``cue_preposition`` that joins the cue later
    ("warned [on Thursday] of a slowdown"); None without a time word there."""
    words = lexicon.words
    j = i + 1
    while j < end and j - i <= TIME_GAP_WORDS and (
            doc[j].lower_ in words.time or doc[j].lower_ in words.time_before or doc[j].lower_ in words.setting_adverb
            or doc[j].is_digit):
        j += 1
    if j >= end or not any(doc[k].lower_ in words.time or doc[k].lower_ in words.setting_adverb for k in range(i + 1, j)):
        return None  # (a time word, not only a number: "said [four] of his kids …", "wrote in 2014 for …")
    particle = doc[j].lower_
    phrasal = f"{lemma} {particle}"
    if lexicon.is_cue_lemma(phrasal, scope_all=scope_all):
        return phrasal, j - i + 1
    if particle in words.cue_preposition and particle not in words.setting_preposition and particle != "with":
        return lemma, j - i  # "warned [on Thursday] of a slowdown": the preposition joins later (cue_prepositions.py)
    return None


#: prepositions that, before a time word, say when and are no particle of a phrasal cue
TIME_PREPOSITIONS = ("on", "in", "at")
