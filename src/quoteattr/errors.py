"""Error types raised by quoteattr.

Every one is a ``ValueError`` (``QuoteattrError`` subclasses it), so one
``except ValueError`` catches them all; ``InputTypeError`` is a ``TypeError``
too. Each message says what was wrong and how to fix it. Errors from spaCy or
Python that a wrong argument would cause are turned into these at the doors.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar


class QuoteattrError(ValueError):
    """Base class of every error quoteattr raises on purpose."""


class InputTypeError(QuoteattrError, TypeError):
    """The text given to quoteattr is not a ``str`` (or not a stream of them)."""

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
        elif where.startswith("analyze_doc"):
            return cls(
                f"{where} takes a spaCy Doc, but got a {kind}: use analyze(text) for a str, or make the Doc "
                "first with doc = nlp(text)."
            )
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

    @classmethod
    def not_bool(cls, name: str, value: object) -> OptionError:
        return cls(f"{name} must be True or False, not {value!r} ({type(value).__name__}): "
                   f"pass a bool, e.g. {name}=True.")

    @classmethod
    def not_count(cls, name: str, value: object, *, allow_minus_one: bool = False) -> OptionError:
        also = " (or -1 for one per CPU)" if allow_minus_one else ""
        return cls(f"{name} must be a whole number of at least 1{also}, not {value!r}: e.g. {name}=1.")


class SchemaError(QuoteattrError, ValueError):
    """A record handed to ``from_dict`` (or ``render_html``) is not in the documented schema."""


_F = TypeVar("_F", bound=Callable[..., Any])


def schema_errors(what: str) -> Callable[[_F], _F]:
    """Decorate a ``from_dict``: a missing key or a wrong value becomes a :class:`SchemaError` naming *what*."""

    def wrap(from_dict: _F) -> _F:
        @functools.wraps(from_dict)
        def checked(cls: type, data: Any) -> Any:
            try:
                return from_dict(cls, data)
            except SchemaError:
                raise
            except KeyError as err:
                raise SchemaError(
                    f"not a {what} in quoteattr's schema: the key {err.args[0]!r} is missing from "
                    f"{_head(data)}. Pass what {what}.to_dict() returned (see docs/schema.md)."
                ) from None
            except (TypeError, ValueError, AttributeError, IndexError) as err:
                raise SchemaError(
                    f"not a {what} in quoteattr's schema ({err}): {_head(data)}. Pass what "
                    f"{what}.to_dict() returned (see docs/schema.md)."
                ) from None

        return checked  # type: ignore[return-value]

    return wrap


def encoding_hint(data: bytes) -> str:
    """A command that converts *data* (bytes that are not UTF-8) to UTF-8, guessing the encoding.

    UTF-32 and UTF-16 are told apart by their byte-order mark or, without one,
    by NUL bytes in every other position (English text in UTF-16); anything
    else is most likely Windows-1252, which also decodes Latin-1 text correctly.
    """
    head = data[:4096]
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        encoding = "utf-32"
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif len(head) >= 4 and head[1::2].count(0) > len(head) // 4:
        encoding = "utf-16le"
    elif len(head) >= 4 and head[0::2].count(0) > len(head) // 4:
        encoding = "utf-16be"
    else:
        encoding = "cp1252"
    return f"iconv -f {encoding} -t utf-8"


def _head(data: Any) -> str:
    shown = repr(data)
    return shown if len(shown) <= 120 else shown[:117] + "..."


__all__ = ["QuoteattrError", "InputTypeError", "ModelError", "LexiconError", "OptionError", "SchemaError",
           "encoding_hint"]
