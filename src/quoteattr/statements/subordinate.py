"""Where a cue's content ends before a subordinate clause that reports someone else (read by the surface frames
of ``reported.py``): "Gov. Chris Christie criticized Hillary Clinton on Tuesday [after she said police had a bias
problem]" holds two statements, the second Clinton's."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from .frame import FINITE_WORDS

__all__ = ["subordinate_cut", "SUBORDINATE_SUBJECT_WORDS"]

#: a later cue's subject after a subordinator is at most this many words: "after [the prime minister] said"
SUBORDINATE_SUBJECT_WORDS = 4


def subordinate_cut(doc: Doc, start: int, nxt: int, lexicon: Lexicon) -> int:
    """Where a subordinate clause opens (word list ``subordinator``) whose subject, a pronoun or a capitalised word
    and at most ``SUBORDINATE_SUBJECT_WORDS`` words, stands right before the next cue at *nxt*, a verb of speech of
    the default scope in a tense of its own with something after it ("criticized Hillary Clinton on Tuesday [after
    she said …]": a statement of its own; not "because it would encourage …", "because Mr. Lynch agreed to
    participate", "while police shout at him", "… when she testified."); else ``len(doc)`` (nothing to cut)."""
    j = nxt - 1
    while j > start and nxt - j <= SUBORDINATE_SUBJECT_WORDS and not doc[j].is_punct \
            and doc[j].lower_ not in lexicon.words.subordinator:
        j -= 1
    if nxt + 1 >= len(doc):
        return len(doc)  # (the cue ends the text: nothing of its own to say)
    after = doc[nxt + 1]
    speech = lexicon.cue_lemma(doc[nxt].lower_, scope_all=False) is not None and after.lower_ != "to" \
        and not after.is_punct  # (not "because they felt …", "because X agreed to", "… when she testified.")
    if not (speech and start < j < nxt - 1 and doc[j].lower_ in lexicon.words.subordinator):
        return len(doc)
    verbal = any(doc[k].lower_ in FINITE_WORDS or doc[k].lower_ == "not" for k in range(j + 1, nxt))
    person = doc[j + 1].lower_ in lexicon.pronouns or doc[j + 1].text[:1].isupper()  # (not "while police shout")
    return j if person and not verbal else len(doc)  # (not "because it would encourage investors")
