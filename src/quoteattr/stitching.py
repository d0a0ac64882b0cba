"""Long texts, part two: one Analysis from the analyses of overlapping chunks.

``chunking.split_text`` cuts a long text into chunks. The engine analyses each
chunk together with a *context*: the last ``CONTEXT_CHARS`` characters before
it (from a line or sentence start), so that "he" or "the minister" at the start
of a chunk finds the person named just before the cut, with the same bounded
look-backs as inside one Doc. :class:`Stitcher` then puts the pieces together:

* statements: a chunk's statements that end inside its context were already
  reported by the chunk before and are dropped; one that starts in the context
  and runs past the cut (a quote the cut went through) replaces the truncated
  statements of the chunk before that it overlaps;
* people: a person of a chunk is the person of an earlier chunk that has a
  mention at the same place (in the context), else one with the same surname and
  compatible first names ("Smith" is "John Smith", not "Jane Smith"), else new.
  Their mentions, titles and countries are joined and the fullest name is kept;
* at the end every statement's speaker gets the name and id of its merged
  person, and ids are 0, 1, … in order of first mention, as in one Doc.

Every step is linear in the number of statements and people: the name lookup
keeps, per surname, the last ``SURNAME_CANDIDATES`` people only.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from .chunking import shift_person, shift_quote
from .result import Analysis, Person, Quote, Speaker
from .text.marks import LINE_BREAKS

__all__ = ["CONTEXT_CHARS", "SURNAME_CANDIDATES", "Stitcher", "context_chars", "context_start"]

#: How much of the text before a chunk is analysed with it: about 20 news sentences, the widest
#: look-back of coreference (``speakers.lookback.ROLE_SALIENCE_WINDOW``).
CONTEXT_CHARS = 3_000
#: The longest speaker mention looked for when matching mentions across a cut ("the former
#: deputy minister of foreign affairs of the Republic of Kazakhstan" and more).
MENTION_MAX_CHARS = 300
#: A name of a later chunk is matched against at most this many earlier people of its surname.
SURNAME_CANDIDATES = 16

#: Characters after which a context may start: the end of a line, then the end of a sentence.
_SENTENCE_END = frozenset(".!?\u2026")


def context_chars(max_length: int) -> int:
    """How much context a chunk gets when a pipeline takes at most *max_length* characters at a
    time: ``CONTEXT_CHARS``, or half of *max_length* when that is less (the chunks are cut
    ``max_length - context_chars(max_length)`` long, so a chunk and its context fit)."""
    return min(CONTEXT_CHARS, max_length // 2)


def context_start(text: str, offset: int, size: int = CONTEXT_CHARS) -> int:
    """Where the context of the chunk that starts at *offset* begins.

    At most *size* characters before *offset*: just after the first line break
    in the first half of that window, else after its first sentence end followed
    by a space, else after its first space, else at the window's start.
    """
    lo = max(0, offset - size)
    half = lo + (offset - lo) // 2  # a boundary in the first half of the window keeps most of it
    for i in range(lo, half):
        if text[i] in LINE_BREAKS:
            return i + 1
    for i in range(lo, half):
        if text[i] in _SENTENCE_END and text[i + 1 : i + 2].isspace():
            return i + 2
    for i in range(lo, half):
        if text[i].isspace():
            return i + 1
    return lo


def _first(person: Person) -> int:
    return min(m.start for m in person.mentions) if person.mentions else 0


def _compatible(a: Person, b: Person) -> bool:
    """Whether two named people of the same surname may be one: same kind, no clash of first
    name (initials agree) or of gender."""
    if a.kind != b.kind or (a.gender and b.gender and a.gender != b.gender):
        return False
    x, y = (a.name or "").split()[:-1], (b.name or "").split()[:-1]
    return not (x and y and x[0][:1].lower() != y[0][:1].lower())


def _merged(old: Person, new: Person) -> Person:
    """One person seen in two chunks: every mention once, in text order; the fullest name."""
    seen = {(m.start, m.end) for m in old.mentions}
    mentions = old.mentions + tuple(m for m in new.mentions if (m.start, m.end) not in seen)
    names = [n for n in (old.name, new.name) if n]
    return dataclasses.replace(
        old,
        name=max(names, key=lambda n: len(n.split())) if names else None,
        mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
        titles=tuple(sorted(set(old.titles) | set(new.titles))),
        countries=tuple(sorted(set(old.countries) | set(new.countries))),
        gender=old.gender or new.gender,
    )


class Stitcher:
    """Collects the analyses of a long text's chunks, in order, and returns the whole text's."""

    def __init__(self) -> None:
        self._quotes: list[Quote] = []
        self._people: list[Person] = []  # by stitched id
        #: (start, end, stitched id) of the mentions a later chunk's context may hold, by start
        self._recent: list[tuple[int, int, int]] = []
        self._surnames: dict[str, list[int]] = {}  # lower-case surname -> stitched ids, latest last

    def add(self, part: Analysis, start: int, offset: int, end: int, context: int = CONTEXT_CHARS) -> None:
        """Add the analysis of one chunk and its context, a piece of the whole text that starts at
        *start* (its offsets are into that piece); the chunk's own text is ``offset..end``, so the
        context is ``start..offset``; the next chunk's context is at most *context* characters."""
        people = [shift_person(p, start, p.entity) for p in part.people]
        starts = [r[0] for r in self._recent]
        ids = {p.entity: self._person_id(p, offset, starts) for p in people}
        for q in part.quotes:
            if q.content.end + start <= offset:
                continue  # reported by the chunk before
            if q.content.start + start < offset:  # the cut went through it: this chunk saw it whole
                while self._quotes and self._quotes[-1].content.end > q.content.start + start:
                    self._quotes.pop()
            self._quotes.append(shift_quote(q, start, ids.__getitem__))
        # what the next chunk's context can hold: mentions that end after end - context
        floor = end - context
        self._recent = sorted({(m.start, m.end, ids[p.entity]) for p in people for m in p.mentions if m.end > floor})

    def _earlier(self, p: Person, offset: int, starts: list[int]) -> int | None:
        """The stitched id of an earlier chunk's person that *p* is: a mention of *p* in the
        context overlaps one of theirs (*starts*: the starts of ``_recent``), else a compatible
        person of the same surname."""
        for m in p.mentions:
            if m.start >= offset:
                break
            k = bisect_left(starts, m.end) - 1
            while k >= 0 and self._recent[k][0] >= m.start - MENTION_MAX_CHARS:
                if self._recent[k][1] > m.start:  # overlaps
                    return self._recent[k][2]
                k -= 1
        if p.name and p.kind != "group":
            ids = self._surnames.get(p.name.split()[-1].lower(), [])
            return next((i for i in reversed(ids) if _compatible(self._people[i], p)), None)
        return None

    def _person_id(self, p: Person, offset: int, starts: list[int]) -> int:
        found = self._earlier(p, offset, starts)
        if found is None:
            found = len(self._people)
            self._people.append(dataclasses.replace(p, entity=found))
        else:
            self._people[found] = _merged(self._people[found], p)
        name = self._people[found].name
        if name and p.kind != "group":
            ids = self._surnames.setdefault(name.split()[-1].lower(), [])
            if found not in ids:
                ids.append(found)
                del ids[:-SURNAME_CANDIDATES]
        return found

    def result(self) -> Analysis:
        """The whole text's Analysis: speakers named after their stitched person, ids by first mention."""
        order = sorted(range(len(self._people)), key=lambda i: (_first(self._people[i]), i))
        new_id = {old: new for new, old in enumerate(order)}
        people = tuple(dataclasses.replace(self._people[old], entity=new) for new, old in enumerate(order))
        quotes = []
        for q in self._quotes:
            sp = q.speaker
            if sp is not None and sp.entity is not None:
                person = people[new_id[sp.entity]]
                name = person.name if sp.name is not None else None
                if (person.entity, name) != (sp.entity, sp.name):
                    q = dataclasses.replace(q, speaker=Speaker(sp.mention, name, person.entity, sp.mention_type, sp.sieve))
            quotes.append(q)
        return Analysis(tuple(quotes), people)

