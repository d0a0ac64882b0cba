"""The ``relative`` sieve: "said Mr. Kamin, who emphasized …" — a relative pronoun is the name before it.

Its own module so that ``sieves.py`` stays short; ``sieves.SIEVES`` runs it first.
"""

from __future__ import annotations

from bisect import bisect_right

from ..lexicon import Lexicon
from .mention import Found, Mention
from .people import Entity, People

__all__ = ["relative", "RELATIVE_MAX_RUNS", "RELATIVE_ASIDE_WORDS", "RELATIVE_ASIDE_CHARS"]

#: "X, a lawyer for the Y, who …": "who" looks back past at most this many name runs of its sentence
RELATIVE_MAX_RUNS = 3
#: "X, now the Senate majority leader, who …": the aside between a name and its relative pronoun is at
#: most this many words within this many characters
RELATIVE_ASIDE_WORDS = 8
RELATIVE_ASIDE_CHARS = 80


def relative(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "said Mr. Kamin, who emphasized …": a relative pronoun is the name right before it.

    Only a comma, a dash or white space may stand between the name and "who", "which" or "that";
    with no name there ("the study — which notes …") nobody is named.
    """
    if len(m.low) != 1 or m.low[0] not in lexicon.words.relative | {"that"}:
        return None
    k = bisect_right(people.name_starts, m.start - 1) - 1
    if k >= 0 and not _only_between(people.text, people.names[k].end, m.start, " ,\t\n—–-"):
        k = _before_aside(people, k, m)  # "McConnell, now the Senate majority leader, who …"
    if k < 0:
        return Found(None, "pronoun")
    ent = people.name_entities[k]
    if m.low[0] == "who" and not ent.person:
        # "Peter Morgan, a lawyer for the Sierra Club, who …": past the apposition to the person; with
        # none there ("Democrats on Capitol Hill, who …"), "who" is no organisation or place
        sentence = people.window_start(m.start, 0)
        person = None
        for j in range(k - 1, max(-1, k - 1 - RELATIVE_MAX_RUNS), -1):
            run = people.names[j]
            if run.start < sentence:
                break
            if people.name_entities[j].person and people.text[run.end:run.end + 1] == ",":
                person = people.name_entities[j]
                break
        if person is None:
            return Found(None, "pronoun")
        ent = person
    ent.last = max(ent.last, m.start)
    return Found(ent, "name")


def _before_aside(people: People, k: int, m: Mention) -> int:
    """The name run (at most *k*) that ends right before a comma aside that ends right before relative
    pronoun *m*: "McConnell, now the Senate majority leader, who …", "Dahl, 56, who …"; -1 when there
    is none. A "who" needs a person there, a "which" no person."""
    text = people.text
    close = m.start - 1
    while close >= 0 and text[close].isspace():
        close -= 1  # the comma right before the pronoun, past white space only
    if close < 0 or text[close] != ",":
        return -1
    opening = text.rfind(",", max(0, close - RELATIVE_ASIDE_CHARS), close)
    aside = text[opening + 1:close]
    if opening < 0 or len(aside.split()) > RELATIVE_ASIDE_WORDS or any(c in aside for c in ".;:\"“”()"):
        return -1
    while k >= 0 and people.names[k].end > opening:
        k -= 1
    if k < 0 or not _only_between(text, people.names[k].end, opening) \
            or people.name_entities[k].person != (m.low[0] == "who"):
        return -1
    return k


def _only_between(text: str, lo: int, hi: int, chars: str | None = None) -> bool:
    """Whether text[lo:hi] holds only *chars* (white space when None), read backwards from *hi* and
    stopping at the first other character: a name far back costs no slice of everything since it."""
    i = hi
    while i > lo and (text[i - 1] in chars if chars is not None else text[i - 1].isspace()):
        i -= 1
    return i <= lo
