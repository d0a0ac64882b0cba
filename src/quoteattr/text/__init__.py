"""The shape of the text: quote marks and their pairing, paragraphs, sentences.

The first stage of the engine. It works on the string alone (no tokens), so both
tiers see the same quotes and sentences.
"""

from .marks import PAIRS, QUOTE_CHARS, QuoteRegion, find_regions, paragraphs, strip_span
from .sentences import split_sentences

__all__ = ["PAIRS", "QUOTE_CHARS", "QuoteRegion", "find_regions", "paragraphs", "strip_span", "split_sentences"]
