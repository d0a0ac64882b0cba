"""Long texts, part two: one Analysis from the analyses of overlapping chunks.

``chunking.split_text`` cuts a long text into chunks. The engine analyses each
chunk together with a *context*: the last ``CONTEXT_CHARS`` characters before
it (from a line or sentence start), so that "he" or "the minister" at the start
of a chunk finds the person named just before the cut, with the same bounded
look-backs as inside one Doc. :class:`Stitcher` then puts the pieces together:

* statements: a chunk's statements that end inside its context were already
  reported by the chunk before and are dropped; one that starts in the context
  and runs past the cut (a quote the cut went through) replaces the truncated
  statements of the chunk before that it overlaps, unless one of them starts
  before it (a quote longer than the context: the chunk before keeps its start);
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


#: A person of the whole text as the stitcher keeps it: (name, kind, gender, titles, countries), a tuple
#: of atoms that the garbage collector stops tracking (so does every row below), so the finished
#: chunks of a long text add nothing to what each of its full collections walks.
_Record = tuple[Any, ...]


def _record(p: Person) -> _Record:
    return (p.name, p.kind, p.gender, p.titles, p.countries)


def _joined(old: _Record, p: Person) -> _Record:
    """What a later chunk says of a person, joined: the fullest name, every title and country."""
    name, kind, gender, titles, countries = old
    if p.name and (not name or len(p.name.split()) > len(name.split())):
        name = p.name
    if not set(p.titles) <= set(titles):
        titles = tuple(sorted(set(titles) | set(p.titles)))
    if not set(p.countries) <= set(countries):
        countries = tuple(sorted(set(countries) | set(p.countries)))
    return (name, kind, gender or p.gender, titles, countries)


def _compatible(old: _Record, p: Person) -> bool:
    """Whether *p*, of the same surname, may be the person of *old*: same kind, no clash of first name
    (initials agree) or of gender."""
    name, kind, gender = old[0], old[1], old[2]
    if kind != p.kind or (gender and p.gender and gender != p.gender):
        return False
    x, y = (name or "").split()[:-1], (p.name or "").split()[:-1]
    return not (x and y and x[0][:1].lower() != y[0][:1].lower())


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
        self._people: list[_Record] = []  # by stitched id
        #: (stitched id, the mentions of one chunk flat: start, end, text, start, …)
        self._mentions: list[tuple[int, tuple[Any, ...]]] = []
        #: (start, end, stitched id) of the mentions a later chunk's context may hold, by start
        self._recent: list[tuple[int, int, int]] = []
        self._surnames: dict[str, tuple[int, ...]] = {}  # lower-case surname -> stitched ids, latest last

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
            if q_start < offset:  # the cut went through it: this chunk saw it from q_start on
                if rows and rows[-1][1] < q_start < rows[-1][2]:  # (content start, end)
                    continue  # its beginning lies before the context: the chunk before has that, keep it
                while rows and rows[-1][2] > q_start:
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
            ids: tuple[int, ...] = self._surnames.get(p.name.split()[-1].lower(), ())
            return next((i for i in reversed(ids) if _compatible(self._people[i], p)), None)
        return None

    def _person_id(self, p: Person, offset: int, starts: list[int]) -> int:
        found = self._earlier(p, offset, starts)
        if found is None:
            found = len(self._people)
            self._people.append(_record(p))
        else:
            self._people[found] = _joined(self._people[found], p)
        self._mentions.append((found, tuple(x for m in p.mentions for x in (m.start, m.end, m.text))))
        name = self._people[found][0]
        if name and p.kind != "group":
            key = name.split()[-1].lower()
            ids = self._surnames.get(key, ())
            if found not in ids:
                self._surnames[key] = (*ids, found)[-SURNAME_CANDIDATES:]
        return found

    def result(self) -> Analysis:
        """The whole text's Analysis: speakers named after their stitched person, ids by first mention."""
        spans: list[dict[tuple[int, int], str]] = [{} for _ in self._people]
        for pid, flat in self._mentions:
            for k in range(0, len(flat), 3):
                spans[pid][(flat[k], flat[k + 1])] = flat[k + 2]
        mentions = [tuple(Span(s, e, t) for (s, e), t in sorted(found.items())) for found in spans]
        order = sorted(range(len(mentions)), key=lambda i: (mentions[i][0].start if mentions[i] else 0, i))
        new_id = {old: new for new, old in enumerate(order)}
        people = []
        for new, old in enumerate(order):
            name, kind, gender, titles, countries = self._people[old]
            people.append(Person(new, name, mentions[old], kind, titles, countries, gender))
        return Analysis(tuple(_quote(row, people, new_id) for row in self._rows), tuple(people))
