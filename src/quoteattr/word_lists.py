"""The smaller word lists the rules read (``data/word_lists.tsv``): one field of :class:`WordLists` per list.

Read through :class:`quoteattr.lexicon.Lexicon` (``Lexicon.default().words``), which re-exports the class.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Iterable

from .errors import LexiconError

__all__ = ["WordLists", "rows"]


@dataclass(frozen=True, slots=True)
class WordLists:
    """The lists of ``data/word_lists.tsv``, one field per list (the file says what each is for)."""

    article: frozenset[str]
    demonstrative: frozenset[str]
    quantifier: frozenset[str]
    relative: frozenset[str]
    noun_before: frozenset[str]
    verb_before: frozenset[str]
    object_before_verb: frozenset[str]
    adverb_before_cue: frozenset[str]
    people_word: frozenset[str]
    no_plural: frozenset[str]
    always_verb: frozenset[str]
    noun_homograph: frozenset[str]
    content_opener: frozenset[str]
    skip: frozenset[str]
    time: frozenset[str]
    time_before: frozenset[str]
    modifier: frozenset[str]
    title_modifier: frozenset[str]
    source_adjective: frozenset[str]
    vague_noun: frozenset[str]
    surname_first: frozenset[str]
    name_joiner: frozenset[str]
    name_link: frozenset[str]
    org_link: frozenset[str]
    name_particle: frozenset[str]
    portfolio_link: frozenset[str]
    title_suffix: frozenset[str]
    male_noun: frozenset[str]
    female_noun: frozenset[str]
    ly_noun: frozenset[str]
    proxy_role: frozenset[str]
    descriptor_role: frozenset[str]
    past_role: frozenset[str]
    postnominal: frozenset[str]
    relation_noun: frozenset[str]
    verb_particle: frozenset[str]
    verb_prefix: frozenset[str]
    share_word: frozenset[str]
    share_adverb: frozenset[str]
    opener: frozenset[str]
    coordinator: frozenset[str]
    connective: frozenset[str]
    head_end: frozenset[str]
    postmodifier: frozenset[str]
    collective: frozenset[str]
    work: frozenset[str]
    work_title: frozenset[str]
    utterance: frozenset[str]
    indefinite: frozenset[str]
    affiliation: frozenset[str]
    party_name: frozenset[str]
    organisation: frozenset[str]
    public_body: frozenset[str]
    business_noun: frozenset[str]
    shareholding: frozenset[str]
    place: frozenset[str]
    place_surname: frozenset[str]
    place_name: frozenset[str]
    state_abbreviation: frozenset[str]
    hearer_verb: frozenset[str]
    object_first: frozenset[str]
    greeting: frozenset[str]
    setting_preposition: frozenset[str]
    setting_adverb: frozenset[str]
    object_preposition: frozenset[str]
    aside_opener: frozenset[str]
    anonymity: frozenset[str]
    subordinator: frozenset[str]
    negation: frozenset[str]
    modal: frozenset[str]
    clause_break: frozenset[str]
    catenative: frozenset[str]
    irregular_past: frozenset[str]
    tagline_verb: frozenset[str]
    generational: frozenset[str]
    newspaper_demonym: frozenset[str]
    sport_family: frozenset[str]
    reflexive: frozenset[str]
    source_opener: frozenset[str]
    subordinate_rank: frozenset[str]
    entourage: frozenset[str]
    supranational: frozenset[str]
    irregular_plural: frozenset[str]
    body_modifier: frozenset[str]
    cue_preposition: frozenset[str]

    @classmethod
    def from_text(cls, text: str, source: str = "word_lists.tsv") -> WordLists:
        """Read the lists from the text of a ``word_lists.tsv`` file."""
        names = [f.name for f in fields(cls)]
        found: dict[str, set[str]] = {}
        for cols in rows(text, source, 2):
            name = cols[0].strip()
            if name not in names:
                raise LexiconError(f"{source}: {name!r} is not a known list; the lists are {', '.join(names)}.")
            found.setdefault(name, set()).update(cols[1].lower().split())
        missing = [n for n in names if n not in found]
        if missing:
            raise LexiconError(f"{source}: the lists {', '.join(missing)} are missing (copy them from quoteattr/data).")
        return cls(**{n: frozenset(found[n]) for n in names})


def rows(text: str, source: str, min_cols: int) -> Iterable[list[str]]:
    """The tab-separated columns of each line of a data file's *text* that is no comment or blank line; a line
    with fewer than *min_cols* columns raises :class:`LexiconError` naming the file (*source*) and the line."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < min_cols:
            raise LexiconError(
                f"{source}, line {n}: expected at least {min_cols} tab-separated columns, "
                f"got {len(cols)} in {line!r}. Separate columns with one TAB character."
            )
        yield cols
