"""The shape of one text: paragraphs, quote regions and sentences, found once per text."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..lexicon import Lexicon
from .marks import QuoteRegion, find_regions, paragraphs
from .sentences import split_sentences

__all__ = ["TextShape", "shape_of"]


@dataclass(frozen=True)
class TextShape:
    """Paragraphs, quote regions and sentences of *text*, in character offsets and text order."""

    text: str
    paragraphs: list[tuple[int, int]]
    regions: list[QuoteRegion]
    sentences: list[tuple[int, int]]
    #: the paragraph index of each sentence
    paragraph_of: list[int]
    #: the offset of each region's opening mark (for ``quoted``)
    region_opens: list[int]

    def quoted(self, pos: int) -> bool:
        """Is offset *pos* inside a quote (between its marks)?"""
        k = bisect_right(self.region_opens, pos) - 1
        return k >= 0 and self.regions[k].open < pos < self.regions[k].close


def shape_of(text: str, lexicon: Lexicon) -> TextShape:
    """Paragraphs, then quote regions, then sentences (which read the lexicon, see ``sentences.py``)."""
    paras = paragraphs(text)
    regions = find_regions(text, paras)
    sentences = split_sentences(text, paras, regions, lexicon)
    para_starts = [p[0] for p in paras]
    paragraph_of = [max(0, bisect_right(para_starts, s) - 1) for s, _ in sentences]
    return TextShape(text, paras, regions, sentences, paragraph_of, [r.open for r in regions])
