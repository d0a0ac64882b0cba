"""Options that change what quoteattr reports, shared by every door."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .errors import OptionError
from .lexicon import Lexicon, default_lexicon

__all__ = ["Settings", "Scope", "SCOPES"]

Scope = Literal["statements", "all"]
SCOPES: tuple[str, ...] = ("statements", "all")


@dataclass(frozen=True)
class Settings:
    """What to report.

    scope: ``"statements"`` (the default) reports what people and organisations
        said or wrote; ``"all"`` widens it to every attribution PolNeAR
        annotates: beliefs and intentions ("Trump thinks", "she wants") and
        documents or polls as sources ("the report shows").
    keep_scare_quotes: also return quoted words that are not statements
        (scare quotes, titles, nicknames), as ``direct`` quotes with low
        confidence and no speaker.
    lexicon: the word lists (cues, titles, roles, pronouns) to use.
    """

    scope: Scope = "statements"
    keep_scare_quotes: bool = False
    lexicon: Lexicon = field(default_factory=default_lexicon)

    def __post_init__(self) -> None:
        if not isinstance(self.keep_scare_quotes, bool):  # "no" is truthy: refuse it rather than guess
            raise OptionError.not_bool("keep_scare_quotes", self.keep_scare_quotes)
        if self.scope not in SCOPES:
            raise OptionError(
                f"scope={self.scope!r} is not known: use 'statements' (what was said) "
                "or 'all' (also beliefs, intentions and documents as sources)."
            )
        if not isinstance(self.lexicon, Lexicon):
            raise OptionError(
                f"lexicon must be a quoteattr.Lexicon, not {type(self.lexicon).__name__}: "
                "build one with quoteattr.Lexicon.default().extend(...) or Lexicon.from_dir(path)."
            )
