"""Participles and infinitives next to a cue word that make it no cue of its own, or change its source: a reduced
relative ("In a statement released Friday, Smith said"), a passive after a noun ("A man accused of murder has …"),
"…, going on to say", a passive cue whose subject is no speaker ("The plan is widely seen as …") and the subject of
"for X to argue" (read by the surface frames of ``reported.py``; ``passive_cue`` by ``parse_source.py`` too)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..speakers.mentions import np_left
from .cues import Cue
from .frame import BE_FORMS, past_form

__all__ = [
    "reduced_relative", "opening_participle", "passive_after_noun", "agent_participle", "participle_to", "infinitive_subject", "passive_cue",
    "PASSIVE_PREPOSITIONS", "BE_FORMS",
]


def reduced_relative(doc: Doc, cue: Cue, source: tuple[int, int], s_start: int, lexicon: Lexicon) -> bool:
    """Whether a past participle cue right after noun phrase *source* modifies it: the phrase is the
    object of an ``object_preposition`` that opens the sentence or a comma-closed phrase ("In a
    Facebook message posted Friday, Cruz said …", "…, according to a report released Monday"), so it
    is no subject ("The head of the agency said" is: "of" follows a noun there)."""
    if source[1] != cue.start or not past_form(doc, cue):
        return False
    p = source[0] - 1
    if p < s_start or doc[p].lower_ not in lexicon.words.object_preposition:
        return False
    return p == s_start or doc[p - 1].text == "," or doc[p - 1].lower_ == "according"


def opening_participle(doc: Doc, cue: Cue, source: tuple[int, int] | None, s_start: int, lexicon: Lexicon) -> bool:
    """Whether an -ing cue right after noun phrase *source* stands in the prepositional phrase that opens the
    sentence ("In a statement announcing the pick, the union called …", "In a letter explaining his decision,
    the senator said …"): its content ends at the phrase's comma."""
    if source is None or source[1] != cue.start or not doc[cue.start].lower_.endswith("ing"):
        return False
    p = source[0] - 1
    return p == s_start and doc[p].lower_ in lexicon.words.object_preposition


def passive_after_noun(doc: Doc, cue: Cue, source: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether an ``object_first`` cue's past form between a noun phrase and "of", "with" or "for" is a passive
    participle: "A Sydney man accused of murdering his partner has been refused bail" (active "accused" takes
    its person first: "accused him of")."""
    return source[1] == cue.start and cue.lemma in lexicon.words.object_first and past_form(doc, cue) \
        and cue.end < len(doc) and doc[cue.end].lower_ in PASSIVE_PREPOSITIONS


def agent_participle(doc: Doc, cue: Cue, s_start: int, lexicon: Lexicon) -> bool:
    """Whether a past participle cue with a by-agent and no auxiliary, after a comma or a coordinator, modifies
    the noun before it: "The plan, backed by the Greens, passed", "a coalition led by Saudi Arabia and backed by
    the West" (not "Smith said by phone that …": a subject stands before that "said")."""
    if cue.end >= len(doc) or doc[cue.end].lower_ != "by" or not past_form(doc, cue) or cue.start <= s_start:
        return False
    prev = doc[cue.start - 1]
    return (prev.text == "," or prev.lower_ in ("and", "or")) and doc[cue.start].lower_ not in lexicon.words.always_verb


#: the prepositions after a passive ``object_first`` participle: "accused of", "charged with", "blamed for"
PASSIVE_PREPOSITIONS = frozenset({"of", "with", "for"})


def participle_to(doc: Doc, k: int, s_start: int) -> int | None:
    """The token of an -ing verb before "to" (or "on to") at token *k*, after a comma or "and":
    "…, going on to say", "…, seeking to explain"; else None."""
    if k <= s_start or doc[k].lower_ != "to":
        return None
    m = k - 2 if doc[k - 1].lower_ == "on" else k - 1
    if m - 1 < s_start or not (doc[m].is_lower and doc[m].is_alpha and doc[m].lower_.endswith("ing")):
        return None
    return m if doc[m - 1].text == "," or doc[m - 1].lower_ == "and" else None


def infinitive_subject(doc: Doc, k: int, s_start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The subject of a to-infinitive cue after "for" when token *k* is its "to": "it is hard for Keir Starmer
    to argue that …", "time for the premier to explain why …"; else None."""
    if k <= s_start or doc[k].lower_ != "to":
        return None
    pronoun = lexicon.pronouns.get(doc[k - 1].lower_)
    if pronoun is not None and pronoun.person == 3 and "obj" in pronoun.cases:  # "hard for him to argue"
        return (k - 1, k) if k - 2 >= s_start and doc[k - 2].lower_ == "for" else None
    found = np_left(doc, k, s_start, lexicon)
    if found is None or found[0] <= s_start or doc[found[0] - 1].lower_ != "for":
        return None
    head = doc[found[1] - 1]  # a person or a body, not a thing ("too soon for a metaphor to describe …")
    return found if head.text[:1].isupper() or lexicon.is_person_noun(head.lower_) else None



def passive_cue(doc: Doc, cue: Cue, s_start: int, lexicon: Lexicon) -> bool:
    """Whether a verb cue is a passive participle after a form of "be" (past -ly adverbs and ``skip`` words such
    as "also", "not"): "The plan is widely seen as a compromise", "Mr Smith was described as a bully" — its
    subject is what was said of, not who said it. (``complements.is_passive`` is the precision rules' test: without
    a parse it also reads "'s" as "is", which a source must not: "she's argued" is "she has argued".)"""
    if not past_form(doc, cue) and not doc[cue.start].lower_.endswith("en"):
        return False
    k = cue.start - 1
    while k > s_start and (
        doc[k].lower_ in lexicon.words.skip and doc[k].lower_ not in BE_FORMS or doc[k].lower_.endswith("ly")
    ):
        k -= 1
    return k >= s_start and doc[k].lower_ in BE_FORMS
