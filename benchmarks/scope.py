"""Which gold attributions are statements (what someone said or wrote), for the "statements only" scores.

PolNeAR annotates every attribution: speech, but also beliefs, intentions and
documents as sources. quoteattr's default scope reports statements only, so
its default run is scored against the gold attributions whose cue is a
statement cue: some word of the gold cue (lower-cased) is a cue verb that
quoteattr's lexicon keeps in the statements scope
(``Lexicon.cue_lemma(word, scope_all=False)``), or the cue contains a nominal
cue's fixed words ("according to", "in his words", "as ... put it"), or the
cue is only punctuation (the colon or dash of a transcript: "WALLACE: ...").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from quoteattr.lexicon import Lexicon, default_lexicon

from .gold import GoldDoc, GoldStatement

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def _nominal_keys(lexicon: Lexicon) -> list[tuple[str, ...]]:
    """The telling words of each nominal cue phrase ("in {poss} words" -> ("words",))."""
    keys = []
    for phrase in lexicon.nominal_cues:
        words = tuple(w for w in phrase.lower().split() if not w.startswith("{") and w not in ("as", "in"))
        if words:
            keys.append(words)
    return keys


def _contains_in_order(words: list[str], key: tuple[str, ...]) -> bool:
    it = iter(words)
    return all(any(w == k for w in it) for k in key)


def is_statement_cue(cue_text: str, lexicon: Lexicon | None = None) -> bool:
    """Whether a gold cue text marks a statement (see module doc)."""
    lex = lexicon or default_lexicon()
    if cue_text.strip() and all(not ch.isalnum() for ch in cue_text):
        return True  # "SMITH: ..." / "― Smith": the transcript's colon or dash
    words = [w.lower() for w in _WORD.findall(cue_text)]
    if any(lex.cue_lemma(w, scope_all=False) for w in words):
        return True
    joined = " ".join(words)
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + getattr(lex, "max_cue_words", 4)) + 1):
            if lex.cue_lemma(" ".join(words[i:j]), scope_all=False):
                return True
    return "according to" in joined or any(_contains_in_order(words, key) for key in _nominal_keys(lex))


def cue_text(text: str, st: GoldStatement) -> str:
    return " ".join(text[s:e] for s, e in st.cue or ())


def statements_only(docs: Iterable[GoldDoc], lexicon: Lexicon | None = None) -> list[GoldDoc]:
    """The documents with only their statement attributions (cue-less gold is dropped)."""
    return [
        replace(doc, statements=tuple(
            st for st in doc.statements if st.cue and is_statement_cue(cue_text(doc.text, st), lexicon)
        ))
        for doc in docs
    ]
