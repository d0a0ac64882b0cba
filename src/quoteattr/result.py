"""The result model: what every door of quoteattr returns.

All offsets are character offsets into the caller's original string, so that
``text[span.start:span.end] == span.text`` holds for every span quoteattr
returns. The classes are frozen dataclasses and convert to and from plain JSON
data with ``to_dict`` / ``from_dict`` (the schema is documented in
``docs/schema.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from .errors import schema_errors

#: The version of the result schema (docs/schema.md) that every output record carries as ``schema_version``:
#: the JSON lines of the CLI and quoteattr.io, and the rows of quoteattr.batch, Spark and Dask. The major
#: number changes when a field changes meaning or goes; the minor one when a field is added.
SCHEMA_VERSION = "1.1"

QuoteKind = Literal["direct", "indirect", "mixed"]
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
#: how a speaker is referred to at a statement (``Speaker.mention_type``)
MENTION_TYPES: tuple[str, ...] = ("name", "pronoun", "role", "title", "none")
#: what a person of ``Analysis.people`` is (``Person.kind``)
PERSON_KINDS: tuple[str, ...] = ("person", "organisation", "group")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the input text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of *source* between *start* and *end*."""
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    @schema_errors("Span")
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who made a statement.

    ``mention`` is where the speaker is referred to at this statement ("he",
    "the Head of State"); ``name`` is the person or organisation it resolves to
    (``None`` when it resolves to nobody); ``entity`` is an id shared by all
    statements of the same speaker in the document. ``mention_type`` says how
    the mention refers (one of ``MENTION_TYPES``: a ``name``, a ``pronoun``, a
    ``role`` noun phrase, a bare ``title`` such as "the president", or
    ``none``: no mention, or one that names no one, such as "officials"), and
    ``sieve`` names the coreference rule that resolved it (``docs/pipeline.md``
    lists them; ``inherited`` for a quote that continues an earlier one). Both
    are ``None`` in results written before schema 1.1.
    """

    mention: Span | None
    name: str | None
    entity: int | None
    mention_type: str | None = None
    sieve: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "mention": self.mention.to_dict() if self.mention else None,
            "name": self.name,
            "entity": self.entity,
            "mention_type": self.mention_type,
            "sieve": self.sieve,
        }

    @classmethod
    @schema_errors("Speaker")
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        mention = data.get("mention")
        entity = data.get("entity")
        return cls(
            Span.from_dict(mention) if mention else None,
            data.get("name"),
            int(entity) if entity is not None else None,
            data.get("mention_type"),
            data.get("sieve"),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """One statement and who made it.

    ``content`` is the words attributed, without enclosing quote marks. An
    interrupted quote (“We will,” he said, “win.”) is one Quote whose
    ``fragments`` are its pieces and whose ``content`` runs from the first
    fragment's start to the last one's end. ``flags`` keeps negation and
    modality of the cue visible ("negated", "modal"), and ``unclosed`` for a
    quote mark that was never closed.
    """

    kind: QuoteKind
    content: Span
    fragments: tuple[Span, ...]
    cue: Span | None
    speaker: Speaker | None
    confidence: float
    flags: tuple[str, ...] = ()

    #: What joins the fragments of an interrupted quote in :attr:`text`.
    JOINER = " … "

    @property
    def text(self) -> str:
        """The words attributed, without the attribution in between: the fragments joined by " … ".

        For an interrupted quote (“We will,” he said, “win.”) ``content.text``
        runs over the attribution (``We will,” he said, “win.``); ``text`` is
        ``We will, … win.`` — the words to count, show or search.
        """
        if len(self.fragments) > 1:
            return self.JOINER.join(f.text for f in self.fragments)
        return self.content.text

    @property
    def speaker_name(self) -> str | None:
        """The speaker's resolved name, or None when the statement has no speaker or it resolves to nobody."""
        return self.speaker.name if self.speaker is not None else None

    def split(self) -> tuple[Quote, ...]:
        """One Quote per quoted passage, the way CoreNLP and the Gender Gap Tracker count quotes.

        A direct quote with several fragments becomes one direct quote per
        fragment, each with the whole statement's cue, speaker (so later pieces
        keep the speaker's name), confidence and flags. Any other statement is
        returned as it is, alone.
        """
        if self.kind != "direct" or len(self.fragments) < 2:
            return (self,)
        return tuple(replace(self, content=f, fragments=(f,)) for f in self.fragments)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "content": self.content.to_dict(),
            "fragments": [[f.start, f.end] for f in self.fragments],
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "confidence": self.confidence,
            "flags": list(self.flags),
        }

    @classmethod
    @schema_errors("Quote")
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        content = Span.from_dict(data["content"])
        # Fragments are stored as offsets only; their text is a slice of the
        # content, which always contains them.
        fragments = tuple(
            Span(
                int(s),
                int(e),
                content.text[int(s) - content.start : int(e) - content.start],
            )
            for s, e in data["fragments"]
        )
        cue = data.get("cue")
        speaker = data.get("speaker")
        return cls(
            kind=data["kind"],
            content=content,
            fragments=fragments,
            cue=Span.from_dict(cue) if cue else None,
            speaker=Speaker.from_dict(speaker) if speaker else None,
            confidence=float(data["confidence"]),
            flags=tuple(data.get("flags", ())),
        )


@dataclass(frozen=True, slots=True)
class Person:
    """A speaker candidate of the document: every mention that refers to it.

    ``name`` is the fullest form the text gives (``None`` for a group such as
    "officials"; "A and B" for two people named together that "they" refers
    back to, a group too); ``kind`` is one of ``PERSON_KINDS``; ``titles`` and
    ``countries`` are what the text says of the person ("president",
    "Kazakhstan"), lower-case and sorted; ``gender`` is ``"m"``, ``"f"`` or
    ``None`` (unknown), from honorifics, gendered titles and pronouns resolved
    to the person, else from a first name of the 1990 US Census lists.
    """

    entity: int
    name: str | None
    mentions: tuple[Span, ...]
    kind: str = "person"
    titles: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    gender: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "name": self.name,
            "mentions": [m.to_dict() for m in self.mentions],
            "kind": self.kind,
            "titles": list(self.titles),
            "countries": list(self.countries),
            "gender": self.gender,
        }

    @classmethod
    @schema_errors("Person")
    def from_dict(cls, data: dict[str, Any]) -> Person:
        return cls(
            int(data["entity"]),
            data.get("name"),
            tuple(Span.from_dict(m) for m in data["mentions"]),
            str(data.get("kind", "person")),
            tuple(str(t) for t in data.get("titles", ())),
            tuple(str(c) for c in data.get("countries", ())),
            data.get("gender"),
        )


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything quoteattr found in one text: statements and people."""

    quotes: tuple[Quote, ...]
    people: tuple[Person, ...]

    def split(self) -> Analysis:
        """The same analysis with every direct quote split into its passages (:meth:`Quote.split`)."""
        return Analysis(tuple(p for q in self.quotes for p in q.split()), self.people)

    def to_dict(self) -> dict[str, Any]:
        return {
            "quotes": [q.to_dict() for q in self.quotes],
            "people": [p.to_dict() for p in self.people],
        }

    @classmethod
    @schema_errors("Analysis")
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            tuple(Quote.from_dict(q) for q in data["quotes"]),
            tuple(Person.from_dict(p) for p in data["people"]),
        )
