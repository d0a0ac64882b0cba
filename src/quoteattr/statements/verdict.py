"""Verdicts of the precision rules and what the rules read (``filters.py``, ``layout_rules.py``)."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Literal, Sequence

from spacy.tokens import Doc

from ..lexicon import Lexicon
from .statement import Statement

__all__ = ["Action", "Context", "Rule", "Verdict"]

Action = Literal["keep", "drop", "flag"]
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a rule says about a statement: the action, the rule's name and why."""

    action: Action
    rule: str
    reason: str


@dataclass(frozen=True)
class Context:
    """What the rules read besides the statement: the Doc, its text and paragraphs, the options."""

    doc: Doc
    text: str
    paras: Sequence[tuple[int, int]]
    lexicon: Lexicon
    parsed: bool
    scope_all: bool
    keep_scare_quotes: bool
    cue_tokens: Sequence[int] = ()  # the cue tokens of every assembled statement, sorted

    @functools.cached_property
    def para_starts(self) -> list[int]:
        return [p[0] for p in self.paras]

    @functools.cached_property
    def word_counts(self) -> Counter[str]:
        """How often each word occurs in the text (read once, for the section-label rule)."""
        return Counter(_WORD.findall(self.text))

    def paragraph(self, pos: int) -> tuple[int, int]:
        k = max(0, bisect_right(self.para_starts, pos) - 1)
        return self.paras[k] if self.paras else (0, len(self.text))

    def has_cue_within(self, lo: int, hi: int) -> bool:
        k = bisect_left(self.cue_tokens, lo)
        return k < len(self.cue_tokens) and self.cue_tokens[k] < hi

    @functools.cached_property
    def headline(self) -> tuple[int, int] | None:
        from .layout_rules import first_paragraph_headline

        return first_paragraph_headline(self)

    @functools.cached_property
    def body_lower(self) -> str:
        head = self.headline
        return self.text[head[1]:].lower() if head else ""


Rule = Callable[[Statement, Context], "Verdict | None"]
