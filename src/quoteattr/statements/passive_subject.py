"""The subject of a passive cue as the first piece of its content.

"Mr. Quiros was accused of using $50 million", "Obama's veto is expected to come before Friday",
"Peacekeepers have been blamed for introducing cholera": what was said is said of the subject,
so the content is the subject and the complement ("Mr. Quiros" … "using $50 million"), the cue
and its auxiliaries left out. PolNeAR annotates such contents so. Not for a hearer verb ("Residents
were told to leave": the subject heard it) nor a passive with its agent ("was accused by X of …").

Run after the precision rules, which judge the complement alone; a subject piece is added only
where it overlaps no other statement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..parse import children
from .cues import Cue
from .filters import HEARER_VERBS
from .frame import FINITE_WORDS
from .participles import BE_FORMS, passive_cue
from .statement import Statement, char_span

__all__ = ["with_passive_subjects"]

#: verbs whose passive subject is the hearer, not what is said ("was told", "were urged"), and "call" ("were
#: called to the scene")
_HEARERS = HEARER_VERBS | {"call"}
#: the preposition an ``object_first`` passive takes before its complement: "accused [of]", "blamed [for]"
_LINKS = frozenset({"of", "for", "with"})
#: a subject found without a parse is at most this many tokens long
SURFACE_SUBJECT_TOKENS = 8


def with_passive_subjects(doc: Doc, statements: list[Statement], lexicon: Lexicon, parsed: bool) -> list[Statement]:
    """*statements*, each reported one with a passive cue and no speaker given its subject as a first piece."""
    for n, st in enumerate(statements):
        f = st.frame
        if f is None or f.source is not None or f.content is None or f.cue.nominal or st.kind == "direct" \
                or f.content[0] < f.cue.end or f.cue.lemma.split()[0] in _HEARERS:
            continue
        subject = _parsed_subject(doc, f.cue.start) if parsed else _surface_subject(doc, f.cue, lexicon)
        span = char_span(doc, subject)
        floor = statements[n - 1].end if n else 0
        if span is None or span[0] < floor:
            continue
        pieces = list(st.pieces)
        first = f.content[0]
        if f.cue.lemma in lexicon.words.object_first and doc[first].lower_ in _LINKS and first + 1 < f.content[1]:
            lo = doc[first + 1].idx  # "accused of [using …]": the preposition goes with the cue
            pieces[0] = (lo, pieces[0][1])
        st.pieces = [span, *pieces]
    return statements


def _parsed_subject(doc: Doc, i: int) -> tuple[int, int] | None:
    verb = doc[i]
    if any(c.dep_ == "agent" for c in children(verb)):
        return None
    subject = next((c for c in children(verb) if c.dep_ == "nsubjpass" and c.i < i), None)
    if subject is None or subject.right_edge.i >= i:
        return None
    return subject.left_edge.i, subject.right_edge.i + 1


def _surface_subject(doc: Doc, cue: Cue, lexicon: Lexicon) -> tuple[int, int] | None:
    """Without a parse: the words between a clause's start (a punctuation mark, "that", "and", "but") and the
    form of "be" before the cue, at most ``SURFACE_SUBJECT_TOKENS`` of them."""
    floor = max(0, cue.start - SURFACE_SUBJECT_TOKENS - 4)
    if not passive_cue(doc, cue, floor, lexicon) or any(t.lower_ == "by" for t in doc[cue.end:cue.end + 4]):
        return None
    k = cue.start - 1
    while k > floor and doc[k].lower_ not in BE_FORMS:
        k -= 1
    while k > floor and (doc[k - 1].lower_ in BE_FORMS or doc[k - 1].lower_ in lexicon.words.skip
                         or doc[k - 1].lower_.endswith("ly")):
        k -= 1  # "could [be] expected", "have sometimes [been] accused"
    start = k
    while start > 0 and k - start <= SURFACE_SUBJECT_TOKENS and not _clause_start(doc[start - 1], lexicon):
        start -= 1
    if start == k or k - start > SURFACE_SUBJECT_TOKENS or not (start == 0 or _clause_start(doc[start - 1], lexicon)):
        return None
    if any(t.lower_ in FINITE_WORDS or t.lower_ == "to" for t in doc[start:k]):
        return None  # "Mr. Sanders is far more likely to [be found] …": a clause, not a subject
    return start, k


def _clause_start(tok: Token, lexicon: Lexicon) -> bool:
    low = tok.lower_
    return tok.is_punct or tok.is_space or low in _OPENERS or low in lexicon.words.subordinator


#: words after which a clause and its subject start ("said that [the plan] was …", "Although [North Korea] …")
_OPENERS = frozenset("that and but which while".split())
