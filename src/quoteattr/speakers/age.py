"""The ``age`` sieve: "The 42-year-old added that …" refers back to a person, as a pronoun does.

British, Irish and Australian court, sports and human-interest copy names someone once and then calls
them by their age: "Mikel Arteta … The 42-year-old added that …", "Ms Kemp, 34, … the 34-year-old
said". A mention that is "the", an age in the form "N-year-old" and at most one noun after it goes
to a person whose age was given as N ("Ms Kemp, 34,", "34-year-old Jane Kemp") in the text before
it; else, bare or with a noun of ``male_noun`` or ``female_noun`` ("the 45-year-old man", which
gives the gender), it is resolved like a third-person singular pronoun, to the most recent
compatible subject or speaker (``lookback.antecedent``). With another noun ("the 26-year-old
striker") and no age given it is left to the later sieves. "A 32-year-old man" is someone new, and
no sieve here resolves it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..lexicon import Lexicon, Pronoun
from .lookback import LOOKBACK_MAX_RUNS, antecedent
from .mention import Found, Mention
from .name_words import noun_sex
from .people import Entity, People

__all__ = ["age", "AGE_WORD"]

#: "42-year-old" as one whitespace-separated word of a mention
AGE_WORD = re.compile(r"(\d{1,3})-years?-old,?")
#: an age given beside a name: "Ms Kemp, 34,", "34-year-old Jane Kemp"
_GIVEN = (r"{name},\s+{n}\s*,", r"\b{n}-years?-old\s+(?:\w+\s+){{0,2}}?{name}")
#: an age given beside the name is looked for at most this many characters before the mention
AGE_REACH = 3000


def age(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "The 42-year-old added", "the 26-year-old striker said": see the module's docstring."""
    words = m.low
    if not (2 <= len(words) <= 3 and words[0] == "the" and (found := AGE_WORD.fullmatch(words[1]))):
        return None
    noun = words[2].rstrip(",") if len(words) == 3 else ""
    gender = noun_sex(noun, lexicon) or "any"
    given = _aged(people, found.group(1), m.start, gender)
    if given is not None:
        return Found(given, "pronoun")
    if noun and gender == "any":
        return None  # "the 26-year-old striker": a role of its own unless the age was given beside a name
    return Found(antecedent(people, Pronoun("the " + words[1], 3, "sg", gender), m, prev), "pronoun")


def _aged(people: People, n: str, pos: int, gender: str) -> Entity | None:
    """The person named last before *pos* (among the last ``LOOKBACK_MAX_RUNS`` name runs, within
    ``AGE_REACH`` characters) with age *n* given beside the name."""
    lo = max(0, pos - AGE_REACH)
    k = bisect_right(people.name_starts, pos - 1) - 1
    stop = max(-1, k - LOOKBACK_MAX_RUNS)
    while k > stop and people.name_starts[k] >= lo:
        run, ent = people.names[k], people.name_entities[k]
        k -= 1
        if not ent.person or (gender != "any" and ent.gender not in (None, gender)):
            continue
        name = re.escape(people.text[run.name_start:run.name_end])
        window = people.text[max(lo, run.start - 40):min(pos, run.end + 12)]
        if any(re.search(p.format(name=name, n=n), window) for p in _GIVEN):
            return ent
    return None
