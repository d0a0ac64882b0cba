"""The beat before a floating quote: "She laughed. “It's a secret.”", "The coach was blunt. “We were poor.”".

News copy often sets a quote with no cue of its own right after a sentence that tells what a person did or how
they were: the quote is that person's. ``attach.continued`` asks here for the subject of the sentence before
a quote that opens its sentence, when that sentence is in the same paragraph and holds no statement or quote.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..speakers.mentions import np_left
from ..text.marks import QUOTE_CHARS

__all__ = ["beat_subject", "BEAT_SUBJECT_TOKENS"]

#: the subject of a beat ends within this many tokens of its clause's start: "The Manchester United manager"
BEAT_SUBJECT_TOKENS = 6
#: ... and this many more for a name in apposition: "Her neighbour[, Tom Riley,] agreed"
APPOSITION_TOKENS = 5


def beat_subject(doc: Doc, text: str, lo: int, hi: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The character span of the subject of the sentence lo..hi when it is a beat: "she" in "Asked about her next
    novel, she laughed.", "The coach" in "The coach was blunt."; None when the sentence holds a quote mark or
    its clause opens with no subject before a lower-case word."""
    if any(c in QUOTE_CHARS for c in text[lo:hi]):  # (*text* is ``doc.text``, which spaCy builds anew per call)
        return None
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    start, words = span.start, lexicon.words
    comma = next((t.i for t in span[:BEAT_SUBJECT_TOKENS * 2] if t.text == ","), None)
    opening = doc[start].lower_.endswith(("ed", "ing")) or doc[start].lower_ in words.opener \
        or doc[start].lower_ in words.subordinator or doc[start].lower_ in words.setting_preposition
    clauses = [comma + 1] if opening and comma is not None else [] if opening else [start]
    for clause in clauses:  # "Asked about it, she laughed.": the clause after the opening phrase
        first = doc[clause]
        if _one_person_pronoun(first.lower_, lexicon) and clause + 1 < span.end and doc[clause + 1].is_lower:
            return first.idx, first.idx + len(first.text)
        found = _noun_subject(doc, clause, span.end, lexicon)
        if found is not None:
            return found
    return None


def _noun_subject(doc: Doc, clause: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The character span of a noun phrase that opens the clause at token *clause* and is a person's, before
    the clause's first lower-case word ("The coach | was", "Mr Reed | shook", "Her neighbour, Tom Riley, |
    agreed"); None else."""
    for k in range(clause + 1, min(clause + BEAT_SUBJECT_TOKENS + APPOSITION_TOKENS, end)):
        if not (doc[k].is_lower and doc[k].is_alpha):
            continue
        found = np_left(doc, k, clause, lexicon)  # "The coach | was", "Mr Reed | shook"
        if found is None or found[1] - found[0] == 1 and doc[found[0]].lower_ in lexicon.possessives:
            continue  # ("Her | neighbour, Tom Riley, agreed": a possessive is no subject)
        head = doc[found[1] - 1]
        opens = found[0] == clause and (found[1] == k or found[1] == k - 1 and doc[k - 1].text == ",")
        # ("Her neighbour, Tom Riley, agreed": the phrase ends at the apposition's comma)
        if opens and _person_head(head.text, lexicon):
            return doc[found[0]].idx, head.idx + len(head.text)
        break
    return None


def _person_head(word: str, lexicon: Lexicon) -> bool:
    """A name (capitalised) or a noun for a person or a body (``Lexicon.is_person_noun``: any ``titles.tsv``
    entry — "coach", "minister", "the company" — or "husband"), not a thing ("The weather")."""
    return word[:1].isupper() or lexicon.is_person_noun(word.lower())


def _one_person_pronoun(word: str, lexicon: Lexicon) -> bool:
    """A subject pronoun for one person of a known sex ("he", "she"; a beat about "they" is no one speaker's)."""
    p = lexicon.pronouns.get(word)
    return p is not None and p.person == 3 and p.number == "sg" and p.gender in ("m", "f") and "subj" in p.cases
