"""A role named in the next paragraph: the news lead that keeps its source's name for later.

"A former Democratic National Committee chairman says …" ¶ "“…,” said Don Fowler, who helmed the DNC …";
"Connecticut’s tax commissioner says …" ¶ "Kevin Sullivan says …". News copy often opens with a role and
names the person at the start of the next paragraph, or as the speaker of its first quote. A title role
(``titles.tsv`` kind ``title``) no one earlier holds, in the last sentence of its paragraph, is that
person when the next paragraph's first sentence introduces a new person there with no title of another
family; "a judge" or "Kenya's president" is also the first person with a title of its family in the next
sentences ("A New York judge has rejected …" … "Manhattan Supreme Court Justice Frank Nervo rejected …").
Unnamed sources stay unnamed: "a Homeland Security Department official said …" ¶ "Trump says …" (Trump
was named before), "a friend commented: …" ¶ "She is right!" (no name), "…, according to a campaign aide.
Donald Trump … said …" ¶ "Charlotte Mayor Jennifer Roberts said …" (the paragraph went on).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..lexicon import POSSESSIVE_S, Lexicon
from ..text.marks import QUOTE_CHARS
from .lookback import other_side, title_families
from .mention import Found, Mention, mention_countries, mention_side
from .name_words import party_of, ranks_in
from .people import Entity, People

__all__ = ["cataphora", "introduced_next", "named_next", "titled_next", "NEXT_NAME_WORDS", "TITLED_NEXT_SENTENCES"]

#: a person with a title of the role's family is looked for at most this many sentences after the role
TITLED_NEXT_SENTENCES = 4
#: the new person stands at most this many words into the next paragraph's first sentence, right after
#: a speech verb ("“…,” said Don Fowler"), or at its start ("Kevin Sullivan says")
NEXT_NAME_WORDS = 60


def cataphora(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """The sieve: "A former DNC chairman says …" ¶ "“…,” said Don Fowler" (path ``role``)."""
    if m.phrase is None or m.low[0] in lexicon.determiners and m.low[0] not in ("a", "an"):
        return None  # "the judge": someone seen before; "another official": someone else again
    entry = lexicon.titles[m.phrase]
    if entry.kind != "title" or entry.number != "sg" or m.low[0] in lexicon.pronouns:
        return None  # "his lawyer": the role sieve's; "an official", "a spokeswoman": often never named
    ent = named_next(people, lexicon, m.phrase, m.start, m.end, entry.gender)
    if ent is None and (m.low[0] in ("a", "an") or m.low[0].endswith(("'s", "\u2019s"))):
        # "A New York judge has rejected …", "Kenya's president on Monday defended … President William Ruto told"
        ent = titled_next(people, lexicon, m.phrase, m.start, m.end, entry.gender)
    return None if ent is None else Found(ent, "role")


def introduced_next(people: People, lexicon: Lexicon, m: Mention) -> Entity | None:
    """ "The state's attorney general said …" ¶ "Attorney General Dana Nessel said …": a definite title
    role with a qualifier of its own (a place, a possessor, a portfolio: "The New South Wales premier", "The
    federal health minister"; not "the premier", "the veteran MP", "the deputy premier") introduces the
    person first named after it with a title of its family (``titled_next``), party and side agreeing, and
    known to be of the country the role names ("The Australian captain" is not "England captain Ben Stokes"). The
    role sieve asks this before it falls back on the salient person: a bare role refers back, a qualified
    one opens a news lead as often."""
    if m.phrase is None or m.low[0] != "the" or ranks_in(m.low, m.phrase, lexicon):
        return None
    entry, words = lexicon.titles[m.phrase], m.phrase.split()
    at = next((i for i in range(1, len(m.low)) if m.low[i:i + len(words)] == words), 0)
    if entry.kind != "title" or entry.number != "sg" or not any(_qualifier(w, low, lexicon) for w, low in zip(
            m.words[1:at], m.low[1:at], strict=True)):
        return None
    ent = titled_next(people, lexicon, m.phrase, m.start, m.end, entry.gender)
    countries = mention_countries(m, lexicon)
    party = next((party_of(w) for w in m.low if w in lexicon.words.affiliation), None)
    side = mention_side(m, lexicon)  # "The New South Wales premier" is not Queensland Premier Steven Miles
    if ent is None or countries and not countries & ent.countries \
            or party is not None and ent.parties and party not in ent.parties \
            or side and ent.sides and other_side(ent, m.phrase, side, lexicon):
        return None
    return ent


def _qualifier(word: str, low: str, lexicon: Lexicon) -> bool:
    """Whether *word* before a role ties it to a place, a possessor or a portfolio ("New York", "state's",
    "federal", "health"), not a word that describes a person met before ("veteran", "former", "embattled")."""
    return word[:1].isupper() or low.endswith(POSSESSIVE_S) or low in lexicon.words.title_modifier \
        and low not in lexicon.words.subordinate_rank


def named_next(people: People, lexicon: Lexicon, phrase: str, start: int, end: int, gender: str) -> Entity | None:
    """The person first named at the start of the paragraph after the mention at *start*..*end*, or
    right after a speech verb in that paragraph's first sentence; None when there is none, the person
    was named before the mention, has titles none of which is of the family of role *phrase* ("A federal
    judge said …" ¶ "Senator Jane Roe …"), or *gender* (``m``, ``f``, ``any``) does not fit."""
    text = people.text
    nxt = bisect_right(people.sent_starts, end)  # the first sentence that starts after the mention
    cut = text.find("\n", end, people.sent_starts[nxt] if nxt < len(people.sent_starts) else len(text))
    if cut < 0:
        return None  # no next paragraph, or the mention's sentence does not end its paragraph
    para = cut
    while para < len(text) and text[para].isspace():
        para += 1
    k = bisect_right(people.sent_starts, para) - 1
    if k < 0:
        return None
    sentence_end = min(people.sentences[k][1], para + NEXT_NAME_WORDS * 8)
    r = bisect_left(people.name_starts, para)
    while r < len(people.names) and people.name_starts[r] < sentence_end:
        run, ent = people.names[r], people.name_entities[r]
        if run.person_evidence and len(run.tokens) > 1 and ent.person and ent.key >= 0 and (
            run.start == para or _after_speech_verb(text, run.start, lexicon)
        ):
            if ent.first < start or (gender in ("m", "f") and ent.gender not in (None, gender)):
                return None
            return ent if not run.titles or phrase.replace(" ", "_") in title_families(run.titles, lexicon) else None
        r += 1
    return None


def titled_next(people: People, lexicon: Lexicon, phrase: str, start: int, end: int, gender: str) -> Entity | None:
    """The first person named after the mention at *start*..*end*, within ``TITLED_NEXT_SENTENCES``
    sentences, with a title of the family of role *phrase* ("A New York judge has rejected …" …
    "Manhattan Supreme Court Justice Frank Nervo rejected …"), not named before the mention, of a
    gender that fits."""
    family = phrase.replace(" ", "_")
    k = bisect_right(people.sent_starts, end) - 1
    stop = people.sentences[min(len(people.sentences) - 1, k + TITLED_NEXT_SENTENCES)][1]
    r = bisect_left(people.name_starts, end)
    while r < len(people.names) and people.name_starts[r] < stop:
        run, ent = people.names[r], people.name_entities[r]
        if family in title_families(run.titles, lexicon) and ent.person and ent.key >= 0 and ent.first >= start and (
            gender not in ("m", "f") or ent.gender in (None, gender)
        ):
            return ent
        r += 1
    return None


def _after_speech_verb(text: str, pos: int, lexicon: Lexicon) -> bool:
    """Whether an inverted speech verb after a quote or a comma stands before *pos*: "“…,” said Don Fowler"
    (not "says President Barack Obama should …", where the name begins what was said)."""
    before = text[max(0, pos - 40):pos].split()
    return (
        len(before) > 1 and lexicon.cue_lemma(before[-1].lower(), scope_all=False) is not None
        and before[-2][-1:] in QUOTE_CHARS | {","}
    )
