"""The ``body`` sieve: a public body named by the place or country it serves ("Toronto police said", "the
Tulsa police department", "Kenya's health ministry") is an organisation of that name, not a nameless group
("police said") nor the place itself.

The place is a name run right before the body's noun (a ``public_body`` word heading a ``group`` phrase of
``data/titles.tsv``) that is no person; a capitalised first word of a sentence counts unless it is a word that
describes a body (word list ``body_modifier``: "Local police said", "State police said" stay groups) or is one
of several words with nothing else to say they are a name. A country before "'s" counts always ("Kenya's
health ministry").
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import islice

from ..lexicon import POSSESSIVE_S, Lexicon
from .mention import Found, Mention
from .people import Entity, People
from .runless import is_country

__all__ = ["body", "BODY_WINDOW", "BODY_LOOKBACK"]

#: "the ministry" is a body named in this many sentences before ...
BODY_WINDOW = 20
#: ... among this many organisations named last (a bound: the look-back stays linear in the text)
BODY_LOOKBACK = 64


def body(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "Toronto police", "Kenya's health ministry": the organisation of that name (see the module)."""
    if m.phrase is None or lexicon.titles[m.phrase].kind != "group" or m.phrase.split()[-1] not in lexicon.words.public_body:
        return None
    starts = _word_starts(people.text, m)
    first = 1 if m.low[0] in lexicon.determiners else 0
    size = len(m.phrase.split())
    at = _phrase_at(m, m.phrase, first)
    if at is not None and at == first == 1 and m.low[0] == "the":
        earlier = _named_body(people, m.phrase.split()[-1], m.start)  # "Kenya's health ministry … The ministry"
        return None if earlier is None else Found(earlier, "role")
    if at is None or at <= first or "and" in m.low[at + size:]:
        return None  # "police said": no place before the body; "the Chicago police and the Justice Department"
    start, end = starts[first], starts[at + size - 1] + len(m.words[at + size - 1])
    if not (_country_owner(m, first, at, lexicon) or _place_run(people, lexicon, start, starts[at])):
        return None
    return Found(people.organisation(people.text[start:end].rstrip(",;:"), m.start), "name")


def _named_body(people: People, head: str, pos: int) -> Entity | None:
    """The latest organisation before *pos* whose name ends in *head*, among the last ``BODY_LOOKBACK``
    organisations, last named in the ``BODY_WINDOW`` sentences before."""
    window = people.window_start(pos, BODY_WINDOW)
    for ent in islice(reversed(people.organisations.values()), BODY_LOOKBACK):
        if ent.tokens[-1:] == [head] and window <= ent.last < pos:
            return ent
    return None


def _word_starts(text: str, m: Mention) -> list[int]:
    """Where each of mention *m*'s words starts in *text*."""
    out, pos = [], m.start
    for w in m.words:
        pos = text.index(w, pos)
        out.append(pos)
        pos += len(w)
    return out


def _phrase_at(m: Mention, phrase: str, first: int) -> int | None:
    """The index in *m*'s words where role *phrase* starts, from word *first* on."""
    size = len(phrase.split())
    return next((i for i in range(first, len(m.low) - size + 1)
                 if " ".join(w.rstrip(",;:") for w in m.low[i:i + size]) == phrase), None)


def _country_owner(m: Mention, first: int, at: int, lexicon: Lexicon) -> bool:
    """Whether a country before "'s" opens the words before the body: "Kenya's", "South Africa's health ministry"."""
    for i in range(first, at):
        if m.low[i].endswith(POSSESSIVE_S):
            owner = " ".join(m.words[first:i + 1])[:-2]
            return is_country(owner, lexicon)
    return False


def _place_run(people: People, lexicon: Lexicon, start: int, body_start: int) -> bool:
    """Whether a name run that is no person and no country fills *start* .. *body_start*: "Toronto", "Tulsa"."""
    k = bisect_right(people.name_starts, start) - 1
    if k < 0 or people.names[k].start != start or not all(
        w.isalpha() and w.islower() for w in people.text[people.names[k].end:body_start].split()
    ):
        return False  # (lower-case words may stand between: "the Tulsa police department")
    run, ent = people.names[k], people.name_entities[k]
    if run.person_evidence or is_country(people.text[run.name_start:run.name_end], lexicon):
        return False
    if not people.opens_sentence(start) or run.org_evidence or run.place or len(ent.mentions) > 1:
        return True
    return len(run.tokens) == 1 and run.tokens[0] not in lexicon.words.body_modifier  # "Toronto police said"
