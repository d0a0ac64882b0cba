"""The token attributes of one Doc, read once: the stages index lists instead of making Tokens.

``doc[i]`` builds a new ``Token`` object on every call (with a bounds check),
and the engine's scans over every token (names, cues) used to make several per
token. A :class:`TokenTable` is made once per document by the engine: one pass
over the tokens for their texts and one ``Doc.to_array`` for the flags and
offsets, linear in the Doc's length. Stages that look at a token again only
where it matters (a cue, a name) still use ``doc[i]`` there.
"""

from __future__ import annotations

from spacy.attrs import IDX, IS_STOP, LENGTH, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc

from .lexicon import Lexicon


class TokenTable:
    """Per-token lists of one Doc, index ``i`` for token ``doc[i]``.

    words, lowers: ``token.text`` and its ``str.lower()`` (spaCy's ``lower_``);
    idx: ``token.idx``; is_stop: spaCy's stop-word flag (0 or 1); pos: the
    coarse part-of-speech symbol (all 0 without a tagger). ``str.isupper()``
    and ``str.isalpha()`` of a word are spaCy's ``is_upper`` and ``is_alpha``;
    a token is followed by white space when the next one does not start where
    it ends (:meth:`space_after`).

    *text* is the string the Doc was made from, when the caller knows it is
    exactly that (``doc.text``): words are then cut from it, which is cheaper
    than asking each token.
    """

    __slots__ = ("doc", "words", "lowers", "idx", "is_stop", "pos", "_end")

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        parsed = doc.has_annotation("TAG")
        attrs = [IDX, LENGTH, IS_STOP, POS] if parsed else [IDX, LENGTH, IS_STOP]
        cols = doc.to_array(attrs).T.tolist() if len(doc) else [[] for _ in attrs]
        self.idx: list[int] = cols[0]
        if text is not None:
            self.words: list[str] = [text[s:s + n] for s, n in zip(cols[0], cols[1])]
        else:
            self.words = [t.text for t in doc]
        self.lowers: list[str] = [w.lower() for w in self.words]
        self.is_stop: list[int] = cols[2]
        self.pos: list[int] = cols[3] if parsed else [0] * len(doc)
        self._end = self.idx[-1] + len(self.words[-1]) + len(doc[-1].whitespace_) if len(doc) else 0

    def __len__(self) -> int:
        return len(self.words)

    def space_after(self, i: int) -> bool:
        """Whether token *i* is followed by white space (spaCy's ``whitespace_`` or a space token)."""
        end = self.idx[i] + len(self.words[i])
        return end < (self.idx[i + 1] if i + 1 < len(self.idx) else self._end)


#: coarse tags a cue verb of the trained tier can have (``cues._verb_cue_parsed``)
_VERB_POS = frozenset({VERB, AUX})

_first_words: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def cue_first_words(lexicon: Lexicon) -> frozenset[str]:
    """The first words of every cue form and nominal cue of *lexicon* (cached per lexicon)."""
    hit = _first_words.get(id(lexicon))
    if hit is not None and hit[0] is lexicon:
        return hit[1]
    words = frozenset(f.split()[0] for f in lexicon.cue_forms) | frozenset(lexicon.nominal_index)
    if len(_first_words) > 16:
        _first_words.clear()
    _first_words[id(lexicon)] = (lexicon, words)
    return words


def cue_candidates(table: TokenTable, lexicon: Lexicon, *, parsed: bool, always: frozenset[str]) -> list[int]:
    """Sorted positions of the tokens ``cues.find_cues`` needs to look at: without a parse, those
    whose form starts a listed cue; with one, also every verb and auxiliary, and the *always* forms."""
    first = cue_first_words(lexicon)
    lowers = table.lowers
    if not parsed:
        return [i for i, low in enumerate(lowers) if low in first]
    pos = table.pos
    return [i for i, low in enumerate(lowers) if pos[i] in _VERB_POS or low in first or low in always]


__all__ = ["TokenTable", "cue_candidates", "cue_first_words"]
