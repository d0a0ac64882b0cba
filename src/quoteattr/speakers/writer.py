"""The writer a first-person "I" in the running text refers to.

A news report names no writer in its text, but opinion pieces and letters pages do: a letter is signed on a
line of its own ("Michael Pravica." after the letter), an opinion piece ends with a tagline ("Rudy Giuliani is
the former mayor of New York City.", "Jane Roe is a senior lecturer at Monash University."), and a byline may
open the text ("By Jane Roe"). An "I" is the writer of the first signature after it, else of the tagline, else
of the byline; with none of them the writer goes unnamed and "I" resolves to nobody.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..lexicon import Lexicon
from ..text.marks import paragraphs
from .people import Entity, People

__all__ = ["Writers", "writer_at", "SIGNATURE_MAX_WORDS", "TAGLINE_MAX_WORDS", "BYLINE_PARAGRAPHS"]

#: a signature is a paragraph of at most this many words: the name, perhaps a place ("Chris Smith, Leeds.")
SIGNATURE_MAX_WORDS = 6
#: a tagline is the last paragraph, of at most this many words
TAGLINE_MAX_WORDS = 60
#: a byline is one of the first paragraphs: "By Jane Roe"
BYLINE_PARAGRAPHS = 3


class Writers:
    """The signatures (paragraph start, writer) in text order, and the tagline's or byline's writer."""

    def __init__(self, people: People, lexicon: Lexicon) -> None:
        self.starts: list[int] = []
        self.signed: list[Entity] = []
        self.default: Entity | None = None
        paras = people.paragraphs if people.paragraphs is not None else paragraphs(people.text)
        byline = None
        for n, (lo, hi) in enumerate(paras):
            ent, rest = _leading_person(people, lo, hi)
            if ent is None:
                if n < BYLINE_PARAGRAPHS and byline is None:
                    byline = _byline(people, lo, hi)
                continue
            words = people.text[lo:hi].split()
            if len(words) <= SIGNATURE_MAX_WORDS and (rest in ("", ".") or rest.startswith(",")):
                self.starts.append(lo)
                self.signed.append(ent)
            elif n == len(paras) - 1 and len(words) <= TAGLINE_MAX_WORDS and _tagline(rest, lexicon):
                self.default = ent  # "Rudy Giuliani is the former mayor of New York City."
        if self.default is None:
            self.default = byline


def _tagline(rest: str, lexicon: Lexicon) -> bool:
    """Does *rest*, what follows the writer's name, read as a tagline: a ``tagline_verb`` and, after "is" or
    "was", no participle ("is the former mayor of …", "writes for …"; not the news of "is scheduled to …")?"""
    words = rest.lower().split()[:2]
    if not words or words[0] not in lexicon.words.tagline_verb:
        return False
    return not (words[0] in ("is", "was") and len(words) > 1 and words[1].endswith(("ed", "ing")))


def _leading_person(people: People, lo: int, hi: int) -> tuple[Entity | None, str]:
    """The person whose name run opens paragraph text[lo:hi], and the paragraph's text after the run."""
    k = bisect_left(people.name_starts, lo)
    if k >= len(people.names) or people.names[k].start != lo or people.names[k].end > hi or len(people.names[k].tokens) < 2:
        return None, ""  # a first and a last name: not the place line "Henderson, Nev." under a letter
    ent = people.name_entities[k]
    return (ent if ent.person else None), people.text[people.names[k].end:hi].strip()


def _byline(people: People, lo: int, hi: int) -> Entity | None:
    """The person of a byline paragraph, "By Jane Roe" (perhaps with an outlet after a comma)."""
    text = people.text
    if not text.startswith(("By ", "by ", "BY "), lo):
        return None
    ent, rest = _leading_person(people, lo + 3, hi)
    return ent if ent is not None and (rest == "" or rest[0] in ",|—–-") else None


def writer_at(people: People, lexicon: Lexicon, pos: int) -> Entity | None:
    """Who wrote the "I" at offset *pos*: the first signature after it, else the tagline's or byline's writer."""
    writers = people.writers
    if writers is None:
        writers = people.writers = Writers(people, lexicon)
    k = bisect_right(writers.starts, pos)
    return writers.signed[k] if k < len(writers.signed) else writers.default
