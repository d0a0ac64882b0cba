"""Where the content of a cue inside a relative aside ends (read by the surface frames of ``reported.py``): "The Bill,
which critics say [will gut environmental protections], passed", "Sunak, who has argued [that taxes must fall],
visited the factory", "Ardern — who has called for [calm] — criticised the plan"."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..speakers.phrase_parts import DASHES
from .frame import FINITE_WORDS

__all__ = ["relative_aside_end", "without_gloss"]


def relative_aside_end(doc: Doc, source: tuple[int, int] | None, start: int, stop: int, lexicon: Lexicon) -> int:
    """Where the content of a cue inside a relative aside ends, *stop* else: when the relative pronoun is the
    cue's source, where the aside closes (:func:`_aside_close`); when it is the content's subject, at the aside's
    closing comma ("The Bill, which critics say [will gut environmental protections], passed its second
    reading")."""
    relative = lexicon.words.relative
    if source is not None and source[1] - source[0] == 1 and source[0] > 0 and doc[source[0]].lower_ in relative:
        return _aside_close(doc, doc[source[0] - 1].text, start, stop, lexicon)  # "Smith, who said …, visited"
    rel = source[0] - 1 if source is not None else 0  # ", which critics say [will …]": the clause has no subject
    if rel < 1 or doc[rel].lower_ not in lexicon.words.relative or doc[rel - 1].text != "," \
            or start >= stop or doc[start].lower_ not in FINITE_WORDS:
        return stop
    return next((j for j in range(start, stop) if doc[j].text == ","), stop)


def _aside_close(doc: Doc, opener: str, start: int, stop: int, lexicon: Lexicon) -> int:
    """Where the content of a cue whose source is a relative pronoun after *opener* ends: at the closing dash of
    a dash aside ("Ardern — who has called for calm — criticised …"), at a comma before the sentence's own
    past-tense verb ("Sunak, who has argued that taxes must fall, visited the factory"); *stop*
    else (the content may hold commas: "who said the plan was fair, cheap and quick")."""
    words = lexicon.words
    for j in range(start, stop - 1):
        if opener in DASHES and doc[j].text in DASHES:
            return j
        nxt = doc[j + 1]
        if opener != "," or doc[j].text != "," or not (nxt.is_lower and nxt.is_alpha):
            continue
        past = nxt.lower_ in words.irregular_past or nxt.lower_.endswith("ed") and nxt.lower_ not in words.skip
        if past and (j + 2 >= stop or doc[j + 2].text != "," and doc[j + 2].lower_ not in words.coordinator):
            return j  # (not a list: "who said the plan was flawed, rushed and unfair")
    return stop


#: a writer's gloss that ends a content is at most this many tokens long ("[, who is 70]")
GLOSS_MAX_TOKENS = 60


def without_gloss(doc: Doc, content: tuple[int, int] | None, cue_end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A content after its cue without the writer's gloss that ends it: a relative clause on a name, from its
    comma to the end ("questioned the health of Donald Trump[, who is 70]", "likened RT to the BBC[, which
    receives some government funding]"). The gloss holds no further comma nor quote mark and lies within the
    content's last ``GLOSS_MAX_TOKENS`` tokens; on a common noun a final relative clause may be what was said, and
    stays ("her proposal, which is to put in place …")."""
    if content is None or content[0] < cue_end:
        return content
    lo, hi = content
    relative = lexicon.words.relative
    for j in range(hi - 2, max(lo + 1, hi - GLOSS_MAX_TOKENS), -1):  # (a bounded look: linear in the text)
        tok = doc[j]
        if tok.text == "," or tok.is_quote or tok.is_space:
            if tok.text != "," or doc[j + 1].lower_ not in relative:
                return content
            name = doc[j - 1]
            capital = name.text[:1].isupper() and name.i > lo and not name.is_sent_start
            return (lo, j) if capital and doc[j - 1].is_alpha else content
    return content
