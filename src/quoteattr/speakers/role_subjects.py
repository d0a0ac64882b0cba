"""Role nouns as sentence subjects: "The president appeared cowed. …, he barely mentioned …".

A pronoun's first candidates are the subjects of the sentences before it (``People.salient``). Name
runs become subjects when the names are read; a sentence whose subject is a definite role ("The
president", "The Vermont senator", "the former secretary of state") is resolved here, before any
statement, to the person seen before who holds a title of the role's family (``titled_holder``, the
first step of the ``role`` sieve), and that person becomes the sentence's subject too; so does a
definite role that possesses the subject ("The president's Pacific roots also came into play"). The role sieve's
guess by salience ("the Republican nominee" -> the person named most often) is not taken here.
"""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import Lexicon
from .lookback import titled_holder
from .mention import mention_countries, mention_of
from .people import OPENER_MAX_WORDS, SUBJECTS, Entity, People

__all__ = ["add_role_subjects", "ROLE_SUBJECT_MAX_WORDS"]

#: a role subject is "the" and at most this many words more ("the former secretary of state")
ROLE_SUBJECT_MAX_WORDS = 5
#: ... after an opening phrase closed by a comma ("In defeat,") of at most this many characters (and
#: ``people.OPENER_MAX_WORDS`` words, the bound a named subject's opening phrase has)
OPENER_MAX_CHARS = 60


def add_role_subjects(people: People, lexicon: Lexicon) -> None:
    """Note the person of each sentence that opens with "The <role>" and a word in lower case as that
    sentence's subject, when someone seen before holds a title of the role's family."""
    text = people.text
    for s, e in people.sentences:
        at = s if text[s:s + 4] in ("The ", "the ") else _after_opener(text, s, e)
        if at is None:
            continue
        k = bisect_left(people.name_starts, s)
        if k < len(people.names) and people.name_starts[k] < at + 4:
            continue  # a name opens the sentence: already a subject
        words = text[at:min(e, at + 120)].split(maxsplit=ROLE_SUBJECT_MAX_WORDS + 1)[:ROLE_SUBJECT_MAX_WORDS + 1]
        ent = _role_subject(people, lexicon, at, words)
        if ent is not None:
            people.add_salient(SUBJECTS, at, ent)


def _after_opener(text: str, s: int, e: int) -> int | None:
    """Where "the" starts after an opening phrase closed by a comma: "In defeat, the president …"."""
    comma = text.find(", the ", s, min(e, s + OPENER_MAX_CHARS))
    if comma < 0 or text[s:comma].count(",") or len(text[s:comma].split()) > OPENER_MAX_WORDS:
        return None
    return comma + 2


def _role_subject(people: People, lexicon: Lexicon, s: int, words: list[str]) -> Entity | None:
    """The person of the role that *words* (from offset *s*) open with, if a verb-like word follows it."""
    end = s
    for n, word in enumerate(words[:-1]):
        end = people.text.index(word, end) + len(word)
        base = word.removesuffix("'s").removesuffix("\u2019s")  # "The president's Pacific roots …": its possessor
        if n == 0 or not base.isalpha():
            continue
        nxt = words[n + 1]
        if not (nxt.isalpha() and (nxt.islower() or base != word)):
            continue
        m = mention_of(people.text, s, end - (len(word) - len(base)), (s, s), lexicon)
        if m.phrase is None or m.phrase.split()[-1] != base.lower():
            continue
        entry = lexicon.titles[m.phrase]
        if entry.kind == "group" or entry.number != "sg":
            return None
        countries = mention_countries(m, lexicon)  # "Poland's leader"
        ent = titled_holder(people, lexicon, m.phrase, countries, s)
        return ent if ent is not None and ent.key >= 0 else None
    return None

