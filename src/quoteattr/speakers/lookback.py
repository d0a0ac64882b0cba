"""What the sieves look back at: earlier holders of a title, salient people, pronoun antecedents.

Every look-back is bounded: a number of sentences (``PRONOUN_WINDOW``,
``PRONOUN_NAME_WINDOW``, ``ROLE_SALIENCE_WINDOW``) and of candidates
(``ROLE_LOOKBACK``, ``LOOKBACK_MAX_RUNS``), named here, so that resolution
stays linear in the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Iterable

from ..lexicon import POSSESSIVE_S, Lexicon, Pronoun
from .name_words import ranks_in
from .people import SPEAKERS, SUBJECTS, Entity, People

if TYPE_CHECKING:
    from .mention import Mention

__all__ = [
    "PRONOUN_WINDOW", "PRONOUN_NAME_WINDOW", "ROLE_SALIENCE_WINDOW", "ROLE_LOOKBACK", "LOOKBACK_MAX_RUNS",
    "family_holders", "title_families", "titled_holder", "salient_person", "continued_speaker", "other_side", "fits",
    "antecedent", "named_pair", "note_gender",
]

#: a pronoun looks back this many sentences for a subject or speaker: further back, a reader
#: would have met another candidate
PRONOUN_WINDOW = 2
#: ... and, when no subject or speaker fits, this many sentences for any named person
PRONOUN_NAME_WINDOW = 6
#: a look-back over name runs reads at most this many, whatever the sentences hold: one sentence of
#: 100,000 names must not make every role noun or "the company" scan them all
LOOKBACK_MAX_RUNS = 256
#: "the GOP nominee" with no titled holder: the person named most often in this many sentences before
ROLE_SALIENCE_WINDOW = 20

#: A role noun ("the president") is resolved among the last ROLE_LOOKBACK people who took a title of its
#: family, found in an index, not by a scan of every titled person: no article has that many presidents,
#: and the scan for every role noun was quadratic (10,000 "President X … the president" took 86 s).
ROLE_LOOKBACK = 64


def family_holders(people: People, lexicon: Lexicon, key: str) -> list[Entity]:
    """The last ROLE_LOOKBACK titled people with a title of family *key*, in the order they got it."""
    while people.families_filed < len(people.titled):
        ent = people.titled[people.families_filed]
        people.families_filed += 1
        for family in title_families(ent.titles, lexicon):
            people.by_family.setdefault(family, []).append(ent)
    return people.by_family.get(key, [])[-ROLE_LOOKBACK:]


def title_families(titles: Iterable[str], lexicon: Lexicon) -> set[str]:
    """The role families of *titles* (``titles.tsv``), themselves included ("justice" -> justice, judge)."""
    families = {t.replace(" ", "_") for t in titles}
    for t in titles:
        families |= lexicon.titles[t].families if t in lexicon.titles else set()
    return families


def titled_holder(
    people: People, lexicon: Lexicon, phrase: str, countries: set[str], pos: int, party: str | None = None,
    side: frozenset[str] = frozenset(), ranks: frozenset[str] = frozenset(),
) -> Entity | None:
    """The person seen before *pos* whose titles' families hold *phrase* with the same *ranks* (``ranks_in``:
    "the deputy prime minister" is titled "deputy" too, "the prime minister" is not) and whose country agrees, and party
    when the role names one ("The Democratic presidential nominee" is no nominee known to be Republican),
    and side (``other_side``: "the Raiders coach" is not the Storm's); one known to be of the side first,
    then one of the same country, then one who holds the very title ("Premier Danielle Smith met Prime
    Minister Mark Carney. The premier said" is Smith, though a prime minister is a premier too). A role of
    one sex ("the congresswoman") is no one known to be of the other."""
    best, best_rank = None, None
    gender = lexicon.titles[phrase].gender if phrase in lexicon.titles else "any"
    for ent in family_holders(people, lexicon, phrase.replace(" ", "_")):
        if not ent.person or ent.first > pos or (party is not None and ent.parties and party not in ent.parties):
            continue
        if not _rank_agrees(ent, phrase, ranks, lexicon):
            continue
        if gender != "any" and ent.gender not in (None, gender):
            continue  # "The congresswoman" is not Rep. Jim Jordan
        if countries and ent.countries and not (countries & ent.countries):
            continue
        if side and ent.sides and other_side(ent, phrase, side, lexicon):
            continue
        same_side = bool(side and ent.sides) and any(sides_meet(side, words) for words in ent.sides.values())
        rank = (same_side, 2 if countries & ent.countries else 1, phrase in ent.titles, ent.last)
        if best_rank is None or rank > best_rank:
            best, best_rank = ent, rank
    if best is not None:
        best.countries |= countries
        best.last = max(best.last, pos)
    return best


def _rank_agrees(ent: Entity, phrase: str, ranks: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether *ent*'s ranks beside *phrase* are *ranks* (``ranks_in``); asked in full only of a ranked holder or
    for a ranked role, for a role noun reads up to ``ROLE_LOOKBACK`` holders."""
    if not ranks and lexicon.words.subordinate_rank.isdisjoint(ent.titles):
        return True
    return ranks_in(ent.titles, phrase, lexicon) == ranks


def salient_person(
    people: People, gender: str, pos: int, party: str | None = None, countries: set[str] | frozenset[str] = frozenset(),
    prev: Entity | None = None, titled: bool = False,
) -> Entity | None:
    """The untitled person named most often in the last ROLE_SALIENCE_WINDOW sentences before *pos*
    (the latest on a tie), of *gender* unless "any": "Mayor Elena Marsh … The engineer said" is not
    Elena Marsh, whose title is of another family (``titled_holder`` had her otherwise). With a
    *party* ("the Democratic nominee"), a person known to be of another party is out, and one known
    to be of it comes first; so with *countries* ("Poland's leader"). Then the subject of the sentence before
    (``last_subject``: "Jacinda Ardern said … Grant Robertson was more blunt. The former finance minister
    said" is Robertson), then the previous speaker *prev*, before one merely named more often ("Chris Minns
    says … after Ley's visit, where Ley met … The Labor veteran said" is Minns). A *titled* role (``descriptor_role``: "the Air Force veteran") may be the
    previous speaker or the last sentence's subject though titled ("Gov. Rick Perry told …", "Australia
    skipper Pat Cummins was less impressed. The fast bowler said"): no office excludes it."""
    window = people.window_start(pos, ROLE_SALIENCE_WINDOW)
    subject = last_subject(people, pos)
    counts: dict[int, int] = {}
    latest: dict[int, tuple[int, Entity]] = {}
    k = bisect_right(people.name_starts, pos - 1) - 1
    stop = max(-1, k - LOOKBACK_MAX_RUNS)
    while k > stop and people.name_starts[k] >= window:
        ent = people.name_entities[k]
        agrees = (party is None or not ent.parties or party in ent.parties) and (
            not countries or not ent.countries or bool(countries & ent.countries)
        )
        untitled = not ent.titles or titled and (ent is prev or ent is subject)
        if ent.person and ent.evidence and untitled and (gender == "any" or ent.gender in (None, gender)) and agrees:
            counts[ent.key] = counts.get(ent.key, 0) + 1
            latest.setdefault(ent.key, (people.name_starts[k], ent))
        k -= 1
    if not counts:
        return None
    speaking = _speaking(people, window, pos)
    key = max(counts, key=lambda c: (
        party in latest[c][1].parties, bool(countries & latest[c][1].countries),
        subject is not None and c == subject.key, prev is not None and c == prev.key, c in speaking, counts[c],
        latest[c][0],
    ))
    return latest[key][1]


def last_subject(people: People, pos: int) -> Entity | None:
    """The subject of the sentence before the one holding *pos* (or of its own, before *pos*), if a name
    opened it: the first person among that sentence's candidates ("Perry told Politico that …" is Perry's)."""
    offsets, entities = people.salient[SUBJECTS]
    k = bisect_right(offsets, pos - 1) - 1
    if k < 0 or offsets[k] < people.window_start(pos, 1):
        return None
    sentence = people.window_start(offsets[k], 0)
    while k > 0 and offsets[k - 1] >= sentence:
        k -= 1
    while k < len(offsets) and offsets[k] < pos and not (entities[k].person and entities[k].evidence):
        k += 1  # "Liverpool captain Virgil van Dijk": the club is no candidate
    return entities[k] if k < len(offsets) and offsets[k] < pos else None


def continued_speaker(
    people: People, lexicon: Lexicon, phrase: str, prev: Entity | None, pos: int, party: str | None,
    countries: set[str], side: frozenset[str] = frozenset(),
) -> Entity | None:
    """The previous speaker *prev*, when a definite role at *pos* goes on from them: "Governor Pan Gongsheng
    said … The central banker warned", "NDP Leader Marit Stiles called … The Opposition leader said".
    No other person (with evidence of one: not "Friday") may be named in between, and one of the speaker's
    titles must be among the role's families: the Opposition leader is a leader, the central banker a
    governor; "Mayor Elena Marsh said … The engineer said" is someone else, and two titles of family
    "official" are not enough. An untitled speaker is left to ``salient_person``."""
    if prev is None or not prev.person or prev.key < 0:
        return None
    if party is not None and prev.parties and party not in prev.parties:
        return None
    if countries and prev.countries and not countries & prev.countries or other_side(prev, phrase, side, lexicon):
        return None
    k = bisect_right(people.name_starts, pos - 1) - 1
    stop = max(-1, k - LOOKBACK_MAX_RUNS)
    while k > stop and not (people.name_entities[k].person and people.name_entities[k].evidence):
        k -= 1  # "said on Friday": a capitalised word, no person
    if k <= stop or people.name_entities[k] is not prev:
        return None  # another person was named after the speaker
    entry = lexicon.titles[phrase]
    if entry.gender != "any" and prev.gender not in (None, entry.gender):
        return None
    if not title_families([phrase], lexicon) & {t.replace(" ", "_") for t in prev.titles}:
        return None  # the role must name a kind of what the speaker's title is: not merely an "official" too
    return None if ranks_in(prev.titles, phrase, lexicon) else prev  # "The prime minister" is no deputy


def other_side(ent: Entity, phrase: str, side: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether *ent* holds a role that *phrase* names for another side than *side*: "Melbourne Storm coach
    Craig Bellamy" is not "the Raiders coach", "Sinn Féin leader Mary Lou McDonald" not "the Fine Gael
    leader". A role held for no side named, or a mention naming none, agrees."""
    key = phrase.replace(" ", "_")
    return bool(side) and any(
        not sides_meet(side, words) and key in title_families([role], lexicon) for role, words in ent.sides.items()
    )


def sides_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sides share a word, a place and its adjective counting as one ("Victoria", "Victorian";
    "Tasmania", "Tasmanian"), or one abbreviates the other (``abbreviates``: "S.C." and "South Carolina")."""
    return bool(a & b) or any(
        len(x) >= SIDE_STEM_CHARS and len(y) >= SIDE_STEM_CHARS and (x.startswith(y) or y.startswith(x))
        for x in a for y in b
    ) or abbreviates(a, b) or abbreviates(b, a)


def abbreviates(short: frozenset[str], long: frozenset[str]) -> bool:
    """Whether *short*, one abbreviation (with a full stop, or of at most three letters without a vowel after
    the first), stands for *long*: the initials of its words ("S.C.", "NSW" for New South Wales; sides are
    sets, so the letters are compared as sets) or, for one word, its letters in order from the first ("Fla."
    for Florida, "Calif.", "Ont.", "Qld", "TX")."""
    if len(short) != 1 or not long:
        return False
    (word,) = short
    letters = word.replace(".", "")
    if not letters.isalpha() or not (word.endswith(".") or len(letters) <= 3 and not set(letters[1:]) & set("aeiou")):
        return False
    if len(long) > 1:
        return len(letters) == len(long) and set(letters) == {w[0] for w in long}
    (full,) = long
    if len(full) <= len(letters) or full[0] != letters[0]:
        return False
    rest = iter(full[1:])
    return all(c in rest for c in letters[1:])


#: the shorter of two side words must be this long to match the other's start ("victoria" in "victorian")
SIDE_STEM_CHARS = 5


def _speaking(people: People, start: int, end: int) -> set[int]:
    """The keys of the entities that spoke between offsets *start* and *end*: "Hillary Clinton spoke out
    about the death of Terence Crutcher, arguing that … the former secretary of state said" is Clinton,
    though each is named once, and Crutcher last."""
    out: set[int] = set()
    offsets, entities = people.salient[SPEAKERS]
    k = bisect_right(offsets, end - 1) - 1
    while k >= 0 and offsets[k] >= start:
        out.add(entities[k].key)
        k -= 1
    return out


def fits(p: Pronoun, ent: Entity) -> bool:
    """Can *ent* be what pronoun *p* refers to (number, gender, person or not)?"""
    if p.number == "pl" or p.gender == "n":
        return not ent.person or p.number == "sg" and ent.bare  # "Qantas said … It added"
    return ent.person and (ent.gender is None or p.gender in ("any", ent.gender))  # "any": "the 42-year-old"


def antecedent(people: People, p: Pronoun, m: Mention, prev: Entity | None) -> Entity | None:
    """The entity a third-person pronoun refers to, or None."""
    if p.person != 3:
        return None
    ent = _antecedent(people, p, m, prev)
    return ent.as_organisation() if ent is not None and p.gender == "n" else ent  # "Qantas said … It added"


def _antecedent(people: People, p: Pronoun, m: Mention, prev: Entity | None) -> Entity | None:
    gender = p.gender if p.gender in ("m", "f") else None
    pos = m.start
    inside = m.statement
    window = people.window_start(pos, PRONOUN_WINDOW)
    best: tuple[int, Entity] | None = None
    for offsets, entities in people.salient:
        k = bisect_right(offsets, pos - 1) - 1
        while k >= 0 and offsets[k] >= window and (best is None or offsets[k] > best[0]):
            ent = entities[k]
            if not inside[0] <= offsets[k] < inside[1] and (ent.evidence or ent.key < 0) and fits(p, ent):
                best = (offsets[k], ent)
                break
            k -= 1
    if best is None and prev is not None and fits(p, prev):
        best = (-1, prev)
    best = _of_known_sex(people, p, pos, inside, _reporter(people, p, best), gender)
    if best is not None:
        # an unnamed subject or speaker ("a reality TV star-turned-presidential candidate") yields to one named
        # after it in a singular pronoun's own sentence ("… an ailing Hillary Clinton (her campaign disclosed …)";
        # not "Proponents, including …, have urged Congress …, although they say")
        near = _named_before(people, p, pos, inside, 0) if best[1].key < 0 and p.number == "sg" else None
        return note_gender(near[1] if near is not None and near[0] > best[0] else best[1], gender)
    named = _named_before(people, p, pos, inside, PRONOUN_NAME_WINDOW)
    if named is not None:
        return note_gender(named[1], gender)
    return named_pair(people, pos, inside) if p.number == "pl" and p.gender != "n" else None


def _reporter(people: People, p: Pronoun, best: tuple[int, Entity] | None) -> tuple[int, Entity] | None:
    """*best*, or, when *best* is a subject inside what a speaker before it in its sentence reported, that speaker
    ("Matthews said Pence's performance should boost Trump's numbers. “…,” he said" is Matthews, though only
    Pence is known to be male: the news convention), a person not written in capitals ("told POLITICO") whom the
    pronoun fits ("Peter Dutton said Sussan Ley's plan … “…,” she said" stays Ley)."""
    if best is None or best[0] < 0:
        return best
    offsets, entities = people.salient[SPEAKERS]
    k = bisect_right(people.sent_starts, best[0]) - 1
    i = bisect_left(offsets, people.sent_starts[k] if k >= 0 else 0)
    found = best
    while i < len(offsets) and offsets[i] < best[0]:
        ent = entities[i]
        if ent is not best[1] and ent.person and not ent.name.isupper() and fits(p, ent):
            found = (offsets[i], ent)
        i += 1
    return found


def _of_known_sex(
    people: People, p: Pronoun, pos: int, inside: tuple[int, int], best: tuple[int, Entity] | None, sex: str | None,
) -> tuple[int, Entity] | None:
    """*best*, or, when *best* is of unknown sex and pronoun *p* of *sex*, the person known to be of it named last
    in the pronoun's own sentence (``_named_before``)."""
    if best is None or sex is None or best[1].gender is not None:
        return best
    return _named_before(people, p, pos, inside, 0, sex) or best


def _named_before(
    people: People, p: Pronoun, pos: int, inside: tuple[int, int], sentences: int, sex: str | None = None,
) -> tuple[int, Entity] | None:
    """The last named entity before *pos* that pronoun *p* fits, outside statement *inside*, in the
    *sentences* sentences before (0: *pos*'s own), and where that name starts; with *sex*, one known to be of it
    that is no possessor, to which a subject of unknown sex yields in the pronoun's own sentence ("Gov. Chris
    Christie described Hillary Clinton as a “disgrace” after she attacked …"; not "… a gun in Scott's hand, but he
    said"), and which leaves that subject of unknown sex."""
    k = bisect_right(people.name_starts, pos - 1) - 1
    stop, window = max(-1, k - LOOKBACK_MAX_RUNS), people.window_start(pos, sentences)
    while k > stop and people.name_starts[k] >= window:
        ent = people.name_entities[k]
        known = ent.evidence or (p.gender == "n" and p.number == "sg" and people.names[k].org_evidence)  # "… it"
        owner = sex is not None and people.text[people.names[k].end:people.names[k].end + 2] in POSSESSIVE_S
        if not inside[0] <= people.name_starts[k] < inside[1] and known and fits(p, ent) and sex in (None, ent.gender) \
                and not owner:  # (with *sex*, not an owner: "… a gun in Scott's hand, but he said")
            return people.name_starts[k], ent
        k -= 1
    return None


def named_pair(people: People, pos: int, inside: tuple[int, int]) -> Entity | None:
    """For "they" with no group before it: the last two people named together, "A and B", in the
    ``PRONOUN_WINDOW`` sentences before *pos* ("Mr. Grassley and Mr. Leahy say … , they say")."""
    k = bisect_right(people.name_starts, pos - 1) - 1
    window = people.window_start(pos, PRONOUN_WINDOW)
    stop = max(0, k - LOOKBACK_MAX_RUNS)
    while k > stop and people.name_starts[k] >= window:
        j = people.and_partner(k)
        a, b = people.name_entities[j if j is not None else k - 1], people.name_entities[k]
        if (
            j is not None and a is not b and a.person and b.person and a.evidence and b.evidence
            and not inside[0] <= people.name_starts[k] < inside[1]
        ):
            return people.pair(a, b, pos)
        k -= 1
    return None


def note_gender(ent: Entity, gender: str | None) -> Entity:
    if gender and ent.gender is None:
        ent.gender = gender
    return ent
