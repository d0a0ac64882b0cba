"""A speaker mention as the resolution sieves see it, and what a sieve answers (``sieves.py``)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, NamedTuple

from ..lexicon import POSSESSIVE_S, Lexicon
from .name_words import title_conjunct
from .people import Entity, People

__all__ = [
    "Mention", "Found", "Sieve", "mention_of", "mention_type", "mention_countries", "mention_side", "role_possessor",
    "head_end", "participle", "ROLE_MAX_WORDS",
]

#: the longest role phrase inside a mention, in words ("the U.S. secretary of state")
ROLE_MAX_WORDS = 5


@dataclass(frozen=True)
class Mention:
    """A speaker mention as the sieves see it."""

    start: int
    end: int
    words: list[str]  # as written
    low: list[str]  # lower-cased
    content: list[str]  # lower-cased, without articles and demonstratives
    phrase: str | None  # the title or role phrase it is headed by, if any
    statement: tuple[int, int]  # the statement's own bounds: a pronoun never refers inside them


class Found(NamedTuple):
    """What a sieve answered: the entity (None: nobody fits) and the resolution path."""

    entity: Entity | None
    path: str


Sieve = Callable[[People, Lexicon, Mention, "Entity | None"], "Found | None"]


def mention_of(text: str, start: int, end: int, statement: tuple[int, int], lexicon: Lexicon) -> Mention:
    """The mention text[start:end] of a statement with bounds *statement*; its role phrase is that of the first
    of two roles joined by "and" ("the Florida senator and Republican presidential candidate": a senator)."""
    words = text[start:end].split()
    low = [w.lower() for w in words]
    content = [w for w in low if w not in lexicon.determiners]
    head = next((i + 1 for i, w in enumerate(content) if w.endswith(",")), len(content))
    head = next((i for i in range(1, head) if _participle_after_role(content, i, lexicon)), head)
    conj = next((i for i, w in enumerate(content[:head]) if w == "and"), None)
    phrase = _role_phrase(content[:conj], lexicon) if conj else None  # "the Florida senator and … candidate"
    if phrase is None:
        phrase = _role_phrase(content[:head - 1] + [content[head - 1].rstrip(",")] if content else [], lexicon)
    return Mention(start, end, words, low, content, phrase, statement)


def _participle_after_role(content: list[str], i: int, lexicon: Lexicon) -> bool:
    """Whether word *i* of *content* opens a participle's phrase after a role noun: "The union [representing
    nurses]", "the firm [running the site]" (not "the ruling party", "the leading candidate")."""
    return participle(content[i]) and content[i - 1] in lexicon.titles


def participle(word: str) -> bool:
    """Whether *word* reads as a present participle: lower case, letters only, in -ing ("representing")."""
    return word.endswith("ing") and word.isalpha() and word.islower()


def _role_phrase(words: list[str], lexicon: Lexicon) -> str | None:
    """The title or role phrase among *words* that ends last, the longest of those ("the U.S. Secretary of
    State"; "a Democratic National Committee chairman" is a chairman, not a committee), in the words of the
    mention's head (up to its first comma: "the chief executive, Ingrid Solberg")."""
    best, best_end = None, -1
    suffixes = tuple("-" + w for w in lexicon.words.title_suffix)
    words = [w.rsplit("-", 1)[0] if w.endswith(suffixes) else w for w in words]  # "the president-elect"
    words = [p for w in words for p in (w.split("-") if "-" in w and w not in lexicon.titles else [w])]  # "vice-president"
    for i in range(len(words)):
        for j in range(i + 1, min(i + ROLE_MAX_WORDS, len(words)) + 1):
            phrase = " ".join(words[i:j])
            if phrase in lexicon.titles and lexicon.titles[phrase].kind != "honorific":
                if best is None or j > best_end or (j == best_end and len(phrase) > len(best)):
                    best, best_end = phrase, j
    return best


def mention_type(m: Mention, sieve: str, lexicon: Lexicon) -> str:
    """How mention *m*, resolved by *sieve*, refers: name, pronoun, role, title or none (``Speaker.mention_type``)."""
    if sieve in ("relative", "pronoun"):
        return "pronoun"
    if sieve in ("age", "demonym"):
        return "role"  # "the 42-year-old", "the Australian"
    if sieve in ("apposition", "name"):
        return "name"
    if sieve == "body":  # "Toronto police" names the body; "The ministry" refers back to one
        return "role" if m.content == (m.phrase or "").split() else "name"
    if m.phrase is None or lexicon.titles[m.phrase].kind == "group" and sieve == "group":
        return "none"  # "officials", "critics", "the report"
    bare = [w for w in m.content if w not in lexicon.words.modifier] == m.phrase.split()
    return "title" if bare and lexicon.titles[m.phrase].kind == "title" else "role"


def mention_countries(m: Mention, lexicon: Lexicon) -> set[str]:
    """The countries a mention's words name ("Poland's leader", "the Polish leader": Poland)."""
    bare = (w.rstrip(".,").removesuffix("'s").removesuffix("\u2019s") for w in m.words)
    return {lexicon.countries[w] for w in bare if w in lexicon.countries}


def mention_side(m: Mention, lexicon: Lexicon) -> frozenset[str]:
    """The side a role mention names before its role, as ``affiliation_before`` reads it beside a name
    ("The Raiders coach": raiders; "the Fine Gael leader": fine, gael): its capitalised words before the
    role, without determiners, possessives, countries, demonyms and party words."""
    if m.phrase is None:
        return frozenset()
    first = m.phrase.split()[0]
    out = set()
    for w, low in zip(m.words, m.low, strict=True):
        if low == first or low.endswith(","):
            break
        if w[:1].isupper() and low not in lexicon.determiners and not low.endswith(POSSESSIVE_S) \
                and low not in lexicon.words.affiliation and w not in lexicon.countries \
                and w.rstrip(".,") not in lexicon.countries:
            out.add(low)
    return frozenset(out)


def role_possessor(lexicon: Lexicon, m: Mention) -> bool:
    """Does a role possess *m*'s role ("the Labour leader's former aide")? Then the holder is not the
    most salient person: that is the possessor, met before; the aide is someone else."""
    return any(w.endswith(POSSESSIVE_S) and w[:-2] in lexicon.titles for w in m.low[:-1])


def head_end(people: People, lexicon: Lexicon, m: Mention) -> int:
    """Where the head of mention *m* ends: at a comma, a parenthesis or a ``head_end`` word outside a name."""
    text = people.text
    k = bisect_right(people.name_starts, m.start - 1) - 1
    pos = m.start
    for n, word in enumerate(text[m.start:m.end].split()):
        at = text.index(word, pos)
        pos = at + len(word)
        while k + 1 < len(people.names) and people.names[k + 1].start <= at:
            k += 1
        inside = k >= 0 and people.names[k].start <= at < people.names[k].end
        if inside:
            continue
        if at > m.start and word.lower() in lexicon.words.head_end and not title_conjunct(m.low, lexicon, 0, n):
            return at  # (but "Deputy Prime Minister and Foreign Minister Murat Nurtleu" is one person)
        if n > 0 and participle(word) and _participle_after_role(m.low, n, lexicon):
            return at  # "The union representing nurses, the Royal College of Nursing,"
        for stop in (",", "(", " —", "–"):
            cut = word.find(stop)
            if cut > 0 or (cut == 0 and at > m.start):
                return at + cut
    return m.end
