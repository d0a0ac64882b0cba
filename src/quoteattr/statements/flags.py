"""Negation and modality of a verb cue: "did not say", "No one said", "would argue" (the ``negated`` and
``modal`` flags of a statement), from the parse or from the few words before the cue."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..parse import children
from ..speakers.phrase_parts import numbered

__all__ = ["FLAG_WINDOW", "parse_flags", "surface_flags"]


#: negation and modality are looked for this many words before a surface cue: "did not say"
FLAG_WINDOW = 3


def surface_flags(doc: Doc, cue: int, start: int, lexicon: Lexicon) -> tuple[str, ...]:
    """Negation and modality from the three words before a cue: "did not say", "would argue"."""
    flags = []
    for tok in doc[max(start, cue - FLAG_WINDOW):cue]:
        if tok.lower_ in lexicon.words.negation and not numbered(tok):
            flags.append("negated")
        elif tok.lower_ in lexicon.words.modal and (tok.is_lower or tok.i == start):
            flags.append("modal")  # (not "Mayor Will Nemesh said", "Theresa May said")
    return tuple(dict.fromkeys(flags))


def parse_flags(verb: Token) -> tuple[str, ...]:
    """Negation and modality from the cue verb's dependents: a "neg", a subject "nobody" or "no one", a modal."""
    flags = []
    for child in children(verb):
        if child.dep_ == "neg" or child.dep_ == "nsubj" and (child.lower_ in ("nobody", "none") or any(
                t.dep_ == "det" and t.lower_ == "no" and not numbered(t) for t in children(child))):
            flags.append("negated")  # "did not say", "No one said", "Nobody said"
        elif child.dep_ == "aux" and child.tag_ == "MD":
            flags.append("modal")
    return tuple(dict.fromkeys(flags))
