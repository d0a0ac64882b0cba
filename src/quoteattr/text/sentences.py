"""Sentence segmentation that knows quotes.

Rules, in one linear pass:

- a sentence ends at ``.``, ``!``, ``?`` or ``…`` (and any closing marks or
  brackets after it) followed by white space and an upper-case letter, a
  digit, an opening mark or bracket: "He left. She stayed.";
- not after an abbreviation or an initial: "Mr. Smith", "Antony J. Blinken",
  "the U.S. Secretary of State";
- never inside a quote: “We won. We will win again,” he said. is one sentence;
- never between a closing mark and its attribution: “We won.” Smith said. /
  “We won.” — Smith.;
- every paragraph ends a sentence, unless a quote runs on into the next one.

Both tiers use these sentences.

The split reads the lexicon: its abbreviations (``data/abbreviations.txt``)
and its cue forms, which tell an attribution after a closing mark (“We won.”
Smith said.). So a cue verb added with ``Lexicon.extend(cues=...)`` can join
a closing quote and the short clause after it into one sentence, and so change
what the later stages see.
"""

from __future__ import annotations

import re
from typing import Callable

from ..lexicon import Lexicon
from .marks import DASH_CHARS, OPENING_CHARS, QUOTE_CHARS, QuoteRegion, strip_span

__all__ = ["split_sentences"]

_ENDERS = frozenset(".!?\u2026")
#: a character that may end a sentence (what the scan stops at)
_ENDER = re.compile("[" + re.escape("".join(sorted(_ENDERS))) + "]")
_TRAILERS = QUOTE_CHARS | frozenset(")]}")
_STARTERS = QUOTE_CHARS | DASH_CHARS | frozenset("([{-")
#: an attribution after a closing mark is at most this many words
_ATTRIBUTION_WORDS = 6
#: what may stand before a word without being part of it: "(Mr.", "“Dr."
_WORD_OPENERS = OPENING_CHARS | frozenset("([")
#: what is stripped off a word of an attribution: punctuation, brackets and quote marks
_WORD_EDGES = ".,;:!?\u2026()" + "".join(sorted(QUOTE_CHARS))


#: initials run together, without the last period: "D.K" of "D.K. Shivakumar" (as "U.S" in abbreviations.txt)
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")


def _abbreviation_before(text: str, dot: int, lexicon: Lexicon) -> bool:
    """True when the period at *dot* ends an abbreviation or an initial."""
    s = dot
    while s > 0 and not text[s - 1].isspace() and text[s - 1] not in _WORD_OPENERS:
        s -= 1
    word = text[s:dot]
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper() or _INITIALS.fullmatch(word):
        return True  # an initial: Antony J. Blinken; initials: D.K. Shivakumar, J.R.R. Tolkien
    return word.lower() in lexicon.abbreviations


def _attribution_follows(text: str, pos: int, end: int, lexicon: Lexicon) -> bool:
    """True when text[pos:] starts with a short clause holding a cue verb: ” Smith said."""
    words: list[str] = []
    i = pos
    while i < end and len(words) <= _ATTRIBUTION_WORDS:
        while i < end and text[i].isspace():
            i += 1
        j = i
        while j < end and not text[j].isspace():
            j += 1
        if j == i:
            break
        word = text[i:j]
        stripped = word.strip(_WORD_EDGES).lower()
        words.append(stripped)
        if word[-1:] in _ENDERS or word[-1:] in ",;:":
            break
        i = j
    if not words or len(words) > _ATTRIBUTION_WORDS:
        return False
    if text[j - 1:j] in ",:" and text[j:j + 2].lstrip()[:1] in OPENING_CHARS:
        return False  # “… change.” She adds, “What …”: the clause introduces the next quote
    for k, w in enumerate(words):
        if w in lexicon.cue_forms:
            return True
        if k + 1 < len(words) and f"{w} {words[k + 1]}" in lexicon.cue_forms:
            return True
    return False


def _sentence_end(text: str, i: int, p_hi: int, lexicon: Lexicon, inside: Callable[[int], bool]) -> tuple[int, bool]:
    """(j, cut): the end *j* of the punctuation run starting at the ender at *i*, and whether a
    sentence ends there."""
    ch = text[i]
    j = i + 1
    while j < p_hi and (text[j] in _ENDERS or text[j] in _TRAILERS):
        j += 1
    k = j
    while k < p_hi and text[k].isspace():
        k += 1
    if k == j or k >= p_hi:
        return j, False
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _STARTERS):
        return j, False
    if ch == "." and j == i + 1 and _abbreviation_before(text, i, lexicon):
        return j, False
    if inside(j):
        return j, False
    if text[j - 1] in QUOTE_CHARS and (nxt in DASH_CHARS or _attribution_follows(text, k, p_hi, lexicon)):
        return j, False
    return j, True


def split_sentences(
    text: str,
    paras: list[tuple[int, int]],
    regions: list[QuoteRegion],
    lexicon: Lexicon,
) -> list[tuple[int, int]]:
    """Sentence bounds (start, end) of *text*, in order, trimmed of white space."""
    cuts: list[int] = []
    r = 0  # index of the first region that may still contain a position
    nreg = len(regions)

    def inside(pos: int) -> bool:
        nonlocal r
        while r < nreg and regions[r].close <= pos:
            r += 1
        return r < nreg and regions[r].open < pos < regions[r].close

    for p_lo, p_hi in paras:
        nxt = p_lo  # the first offset past the last punctuation run read
        for found in _ENDER.finditer(text, p_lo, p_hi):
            i = found.start()
            if i < nxt:
                continue
            nxt, ends = _sentence_end(text, i, p_hi, lexicon, inside)
            if ends:
                cuts.append(nxt)
        if not inside(p_hi):
            cuts.append(p_hi)
    if paras and (not cuts or cuts[-1] < paras[-1][1]):
        cuts.append(paras[-1][1])
    out: list[tuple[int, int]] = []
    start = paras[0][0] if paras else 0
    for cut in cuts:
        s, e = strip_span(text, start, cut)
        if s < e:
            out.append((s, e))
        start = cut
    return out
