"""Which gold attributions are speech, chosen independently of quoteattr, for the "speech" view.

PolNeAR annotates every attribution: speech, but also beliefs, intentions,
decrees and evidence. quoteattr's default scope reports statements only, so its
default run is also scored against the gold attributions whose cue is a speech
cue of ``benchmarks/data/speech-cues.txt``: a list written once from the
PolNeAR annotation guidelines' own categories (its header says how), frozen, and
independent of quoteattr's lexicon. Adding a cue to quoteattr therefore never
grows this gold, and dropping a noisy cue costs quoteattr recall here.

A gold attribution is speech when a word of its cue (lower-cased) is an entry
of the list in some regular inflection or a listed irregular form, when the cue
holds a listed phrase in order ("according to"), or when the cue is punctuation
only (the colon or dash of "SMITH: ..."). A gold attribution without a cue is
not speech.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from .gold import GoldDoc, GoldStatement

SPEECH_CUES = Path(__file__).resolve().parent / "data" / "speech-cues.txt"
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class SpeechCues:
    """The frozen list: lemmas, irregular forms (form -> lemma) and phrases (word tuples)."""

    lemmas: frozenset[str]
    forms: dict[str, str]
    phrases: tuple[tuple[str, ...], ...]


@functools.cache
def speech_cues(path: Path = SPEECH_CUES) -> SpeechCues:
    lemmas, forms, phrases = set(), {}, []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("phrase:"):
            phrases.append(tuple(line.split(":", 1)[1].lower().split()))
            continue
        lemma, *irregular = line.lower().split()
        lemmas.add(lemma)
        forms.update({f: lemma for f in irregular})
    return SpeechCues(frozenset(lemmas), forms, tuple(phrases))


def candidate_lemmas(word: str) -> set[str]:
    """The lemmas a lower-cased word form may have under regular English inflection."""
    out = {word}
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("d", ""), ("ing", ""),
                         ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)] + repl
            out.add(stem)
            if suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # admitted -> admit, slamming -> slam
    return out


def _in_order(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))


def is_speech_cue(cue_text: str, cues: SpeechCues | None = None) -> bool:
    """Whether a gold cue text marks speech (see the module doc)."""
    lst = cues or speech_cues()
    if cue_text.strip() and all(not ch.isalnum() for ch in cue_text):
        return True  # "SMITH: ..." / "— Smith": the transcript's colon or dash
    words = [w.lower() for w in _WORD.findall(cue_text)]
    for w in words:
        if w in lst.forms or candidate_lemmas(w) & lst.lemmas:
            return True
    return any(_in_order(words, p) for p in lst.phrases)


def cue_text(text: str, st: GoldStatement) -> str:
    return " ".join(text[s:e] for s, e in st.cue or ())


def speech_only(docs: Iterable[GoldDoc], cues: SpeechCues | None = None) -> list[GoldDoc]:
    """The documents with only their speech attributions (cue-less gold is dropped)."""
    return [
        replace(doc, statements=tuple(
            st for st in doc.statements if st.cue and is_speech_cue(cue_text(doc.text, st), cues)
        ))
        for doc in docs
    ]
