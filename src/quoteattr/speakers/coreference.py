"""Coreference: from "he" and "the Kazakh leader" to the named person, heuristically.

No model: names, titles, role nouns, countries and pronouns from the lexicon,
and named entities where the pipeline has them. Three steps:

1. Names (``names.py``): the document's runs of capitalised words, split into
   titles, countries and the name proper.
2. People (``people.py``): the runs become entities; a name joins a person when
   the surname agrees and the first names do not clash ("Antony Blinken" ~
   "Antony J. Blinken" ~ "Blinken"). Name runs that open a sentence are its subject, a pronoun's
   first candidates; so is the holder of a definite role that opens one ("The president appeared
   cowed", ``role_subjects.py``).
3. Sieves (``sieves.py``): each statement's speaker mention goes through the
   named sieves in order (relative, pronoun, age, apposition, pair, work, name,
   collective, organisation, role, cataphora, group); the first
   that answers resolves it and its name is kept on the :class:`Resolution`.

Then the people who spoke or were named with evidence get ids 0, 1, … in
order of first mention (:meth:`Resolver.number`).
"""

from __future__ import annotations

import dataclasses
from typing import NamedTuple, Protocol, Sequence

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..result import Person, Span, Speaker
from .names import find_names
from .people import SPEAKERS, Entity, People
from .role_subjects import add_role_subjects
from .sieves import mention_of, mention_type, run_sieves

__all__ = ["Resolver", "Resolution", "Attributed", "PREVIOUS_SPEAKER_SENTENCES"]

#: the previous speaker is a candidate for a mention at most this many sentences later
PREVIOUS_SPEAKER_SENTENCES = 3


class Attributed(Protocol):
    """What coreference reads of a statement (``statements.Statement`` has it)."""

    @property
    def source(self) -> tuple[int, int] | None: ...
    @property
    def sentence(self) -> int: ...
    @property
    def inherited(self) -> bool: ...
    @property
    def inherit_from(self) -> Attributed | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Resolution(NamedTuple):
    """A statement's speaker, how it was resolved (``confidence.RESOLUTION``) and by which sieve."""

    speaker: Speaker | None
    path: str
    sieve: str | None = None


class Resolver:
    """Resolves the speaker mentions of one document to its people."""

    def __init__(
        self, doc: Doc, text: str, sentences: list[tuple[int, int]], lexicon: Lexicon,
        words: list[str] | None = None, offsets: list[int] | None = None, lowers: list[str] | None = None,
        paragraphs: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        words = words if words is not None else [t.text for t in doc]
        offsets = offsets if offsets is not None else [t.idx for t in doc]
        names, _ = find_names(doc, lexicon, sentences, words, offsets, lowers, text)
        self.people = People(text, sentences, names, lexicon.words.collective, lexicon.words.work, paragraphs,
                             lexicon.words.surname_first, lexicon.first_names, lexicon.words.generational)
        add_role_subjects(self.people, lexicon)  # "The president appeared cowed. …, he …"

    def resolve(self, statements: Sequence[Attributed]) -> list[Resolution]:
        """The resolution of each statement's speaker, in order."""
        results: list[Resolution] = []
        by_id: dict[int, Resolution] = {}
        prev_entity: Entity | None = None
        prev_sentence: int | None = None
        for st in statements:
            if st.source is None or not self.text[st.source[0] : st.source[1]].strip():  # no words, no mention
                res = self._inherit(st, by_id)
            else:
                close = prev_sentence is not None and st.sentence - prev_sentence <= PREVIOUS_SPEAKER_SENTENCES
                res, speaker = self._resolve_source(st, st.source, prev_entity if close else None)
                if speaker is not None:
                    prev_entity, prev_sentence = speaker, st.sentence
            by_id[id(st)] = res
            results.append(res)
        return results

    @staticmethod
    def _inherit(st: Attributed, by_id: dict[int, Resolution]) -> Resolution:
        """A statement without a mention keeps the speaker of the one it continues, if any."""
        if st.inherit_from is not None and id(st.inherit_from) in by_id:
            sp = by_id[id(st.inherit_from)].speaker
            if sp is not None:
                return Resolution(Speaker(None, sp.name, sp.entity, "none", "inherited"), "inherited", "inherited")
        return Resolution(None, "none")

    def _resolve_source(
        self, st: Attributed, source: tuple[int, int], prev: Entity | None
    ) -> tuple[Resolution, Entity | None]:
        """The resolution of a mention, and its entity when it becomes the previous speaker."""
        s, e = source
        mention = Span.of(self.text, s, e)
        m = mention_of(self.text, s, e, (st.start, st.end), self.lexicon)
        found, sieve = run_sieves(self.people, self.lexicon, m, prev)
        ent = found.entity
        kind = mention_type(m, sieve, self.lexicon)
        if ent is None:
            return Resolution(Speaker(mention, None, None, kind, sieve), "unresolved", sieve), None
        ent.evidence = True
        writer = len(m.low) == 1 and m.low[0] in self.lexicon.pronouns and self.lexicon.pronouns[m.low[0]].person == 1
        if not writer:  # the writer ("I") is never a later "he" or "she"
            self.people.add_salient(SPEAKERS, s, ent)
        ent.mentions.append((s, e))  # duplicates are dropped when people are listed
        name = ent.name if ent.key >= 0 else None
        resolution = Resolution(
            Speaker(mention, name, ent.key, kind, sieve), "inherited" if st.inherited else found.path, sieve
        )
        # "it" or "they" resolved to a group does not become the previous speaker
        return resolution, ent if (ent.person or found.path != "pronoun") and not writer else None

    def number(self, resolved: list[Resolution]) -> tuple[list[Resolution], list[Person]]:
        """Give entities ids 0, 1, … in order of first mention; list the document's people."""
        p = self.people
        ents = [e for e in p.entities if e.person] + [e for e in p.entities if not e.person]
        ents += list(p.role_entities.values())
        speaking = {r.speaker.entity for r in resolved if r.speaker and r.speaker.entity is not None}
        ents = [e for e in ents if (e.key >= 0 and e.evidence) or e.key in speaking]
        ents.sort(key=lambda e: min([m[0] for m in e.mentions] or [e.first]))
        ids = {e.key: n for n, e in enumerate(ents)}
        people = [self._person(ids[e.key], e) for e in ents]
        out = []
        for r in resolved:
            sp = r.speaker
            if sp is not None and sp.entity is not None:
                r = r._replace(speaker=dataclasses.replace(sp, entity=ids.get(sp.entity)))
            out.append(r)
        return out, people

    def _person(self, entity: int, e: Entity) -> Person:
        """The public record of entity *e*."""
        kind = "group" if e.key < 0 or e.members else "person" if e.person else "organisation"
        return Person(
            entity, e.name if e.key >= 0 else None,
            tuple(Span.of(self.text, s, t) for s, t in sorted(set(e.mentions))),
            kind, tuple(sorted(e.titles)), tuple(sorted(e.countries)), e.gender if e.person else None,
        )
