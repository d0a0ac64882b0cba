"""Error types raised by quoteattr.

Each subclasses a built-in exception, so callers can catch either, and each
message says what was wrong and how to fix it.
"""

from __future__ import annotations


class QuoteattrError(Exception):
    """Base class of every error quoteattr raises on purpose."""


class InputTypeError(QuoteattrError, TypeError):
    """The text given to quoteattr is not a ``str``."""

    @classmethod
    def for_value(cls, value: object, *, where: str = "attribute()") -> InputTypeError:
        kind = type(value).__name__
        if isinstance(value, (bytes, bytearray)):
            hint = (
                "decode it first with the encoding it was written in, "
                "e.g. text = data.decode('utf-8')"
            )
        elif value is None:
            hint = "pass the document text as a str ('' for an empty document)"
        elif kind == "Doc":
            hint = "pass the Doc's text (doc.text), or add the 'quoteattr' component to the pipeline and read doc._.quotes"
        else:
            hint = "pass the document text as a str, e.g. str(value) if that is really the text"
        return cls(f"{where} takes a str, but got a {kind}: {hint}.")


class ModelError(QuoteattrError, ValueError):
    """A spaCy pipeline could not be found or is unsuitable."""


class LexiconError(QuoteattrError, ValueError):
    """A word list (lexicon file or user-supplied list) is malformed."""


class OptionError(QuoteattrError, ValueError):
    """An option passed to quoteattr has a value it does not accept."""


__all__ = ["QuoteattrError", "InputTypeError", "ModelError", "LexiconError", "OptionError"]
