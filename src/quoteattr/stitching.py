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

from bisect import bisect_left
from typing import Any
from .chunking import shift_person
from .result import Analysis, Person, Quote, Span, Speaker
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


class _Stitched:
    """A person of the whole text, gathered from the chunks that mention them."""

    __slots__ = ("name", "kind", "gender", "titles", "countries", "parts")

    def __init__(self, p: Person) -> None:
        self.name, self.kind, self.gender = p.name, p.kind, p.gender
        self.titles, self.countries = p.titles, p.countries
        #: the mentions of each chunk, flat (start, end, text, start, …): tuples of atoms, which the
        #: garbage collector stops tracking, so a long text's finished chunks cost it nothing
        self.parts: list[tuple[int | str, ...]] = []

    def add(self, p: Person) -> None:
        """Join what a later chunk says of the person: the fullest name, every title and country."""
        if p.name and (not self.name or len(p.name.split()) > len(self.name.split())):
            self.name = p.name
        self.gender = self.gender or p.gender
        if not set(p.titles) <= set(self.titles):
            self.titles = tuple(sorted(set(self.titles) | set(p.titles)))
        if not set(p.countries) <= set(self.countries):
            self.countries = tuple(sorted(set(self.countries) | set(p.countries)))

    def compatible(self, p: Person) -> bool:
        """Whether *p*, of the same surname, may be this person: same kind, no clash of first name
        (initials agree) or of gender."""
        if self.kind != p.kind or (self.gender and p.gender and self.gender != p.gender):
            return False
        x, y = (self.name or "").split()[:-1], (p.name or "").split()[:-1]
        return not (x and y and x[0][:1].lower() != y[0][:1].lower())

    def mentions(self) -> tuple[Span, ...]:
        """Every mention once, in text order."""
        spans = {(flat[k], flat[k + 1]): flat[k + 2] for flat in self.parts for k in range(0, len(flat), 3)}
        return tuple(Span(s, e, t) for (s, e), t in sorted(spans.items()))  # type: ignore[arg-type]


#: A statement as the stitcher keeps it: the fields of ``Quote`` flattened into one tuple of atoms.
_Row = tuple[Any, ...]


def _flat(span: Span | None, by: int) -> tuple[int | str | None, ...]:
    return (None, None, None) if span is None else (span.start + by, span.end + by, span.text)


def _row(q: Quote, by: int, ids: dict[int, int]) -> _Row:
    """*q* moved *by* characters right, its speaker's entity mapped through *ids*, as a row."""
    sp = q.speaker
    speaker = (False,) if sp is None else (
        True, *_flat(sp.mention, by), sp.name, None if sp.entity is None else ids[sp.entity], sp.mention_type, sp.sieve
    )
    fragments = tuple(x for f in q.fragments for x in _flat(f, by))
    return (q.kind, *_flat(q.content, by), *_flat(q.cue, by), q.confidence, q.flags, len(fragments), *fragments, *speaker)


def _span(row: _Row, k: int) -> Span | None:
    return None if row[k] is None else Span(row[k], row[k + 1], row[k + 2])


def _quote(row: _Row, people: list[Person], new_id: dict[int, int]) -> Quote:
    """The Quote of a row; its speaker named after the stitched person."""
    n = row[9]
    fragments = tuple(Span(row[k], row[k + 1], row[k + 2]) for k in range(10, 10 + n, 3))
    speaker = None
    k = 10 + n
    if row[k]:
        entity, name = row[k + 5], row[k + 4]
        if entity is not None:
            person = people[new_id[entity]]
            entity, name = person.entity, person.name if name is not None else None
        speaker = Speaker(_span(row, k + 1), name, entity, row[k + 6], row[k + 7])
    return Quote(row[0], Span(row[1], row[2], row[3]), fragments, _span(row, 4), speaker, row[7], row[8])


class Stitcher:
    """Collects the analyses of a long text's chunks, in order, and returns the whole text's."""

    def __init__(self) -> None:
        self._rows: list[_Row] = []  # the statements kept so far, in text order
        self._people: list[_Stitched] = []  # by stitched id
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
        rows = self._rows
        for q in part.quotes:
            q_start, q_end = q.content.start + start, q.content.end + start
            if q_end <= offset:
                continue  # reported by the chunk before
            if q_start < offset:  # the cut went through it: this chunk saw it whole
                while rows and rows[-1][2] > q_start:  # (the content's end)
                    rows.pop()
            rows.append(_row(q, start, ids))
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
            return next((i for i in reversed(ids) if self._people[i].compatible(p)), None)
        return None

    def _person_id(self, p: Person, offset: int, starts: list[int]) -> int:
        found = self._earlier(p, offset, starts)
        if found is None:
            found = len(self._people)
            self._people.append(_Stitched(p))
        else:
            self._people[found].add(p)
        person = self._people[found]
        person.parts.append(tuple(x for m in p.mentions for x in (m.start, m.end, m.text)))
        if person.name and p.kind != "group":
            ids = self._surnames.setdefault(person.name.split()[-1].lower(), [])
            if found not in ids:
                ids.append(found)
                del ids[:-SURNAME_CANDIDATES]
        return found

    def result(self) -> Analysis:
        """The whole text's Analysis: speakers named after their stitched person, ids by first mention."""
        made = [(st.mentions(), st) for st in self._people]
        order = sorted(range(len(made)), key=lambda i: (made[i][0][0].start if made[i][0] else 0, i))
        new_id = {old: new for new, old in enumerate(order)}
        people = [
            Person(new, st.name, mentions, st.kind, st.titles, st.countries, st.gender)
            for new, (mentions, st) in enumerate(made[old] for old in order)
        ]
        return Analysis(tuple(_quote(row, people, new_id) for row in self._rows), tuple(people))
