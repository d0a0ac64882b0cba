"""Resolution sieves: from a speaker mention to a person, one small named rule at a time.

In the manner of Stanford CoreNLP's quote attributor, a mention goes through
``SIEVES`` in this order; the first sieve that answers resolves it, and its
name is recorded on the resolution. Each sieve answers with the entity and the
resolution path (the key of ``confidence.RESOLUTION``), or None.

=============  ==================================================================
sieve          the mention it is for
=============  ==================================================================
``relative``   "…, said Mr. Kamin, who emphasized …": the name right before "who",
               "which" or "that" (only a comma, dash or space between), else
               nobody. Path ``name`` (``pronoun`` when nobody).
``pronoun``    "he", "she", "they": the most recent compatible subject or speaker
               in the last ``PRONOUN_WINDOW`` sentences, else the previous speaker
               when compatible, else a compatible name in the last
               ``PRONOUN_NAME_WINDOW`` sentences; never one named inside the
               statement itself; "it" may also be an organisation named there.
               "her account", "his statement": the same for the possessive before
               a noun of ``utterance``, whose author speaks. Path ``pronoun``
               (even when nobody fits).
``age``        "The 42-year-old added", "the 26-year-old striker said": the person whose
               age was given so, else as a pronoun (``age.py``). Path ``pronoun``.
``demonym``    "the Australian said", "the Dutchman added": as a pronoun, to a person of
               that country or of none known (``demonym.py``). Path ``pronoun``.
``apposition`` "The state's attorney general, Paul Brennan, said": the name after
               the comma that ends a role phrase; the role becomes its title.
               Path ``name``.
``pair``       "Mr. Grassley and Mr. Leahy": two people named together, one group
               entity named "A and B" (which "they" may refer to later). Path ``name``.
``name``       "Antony J. Blinken", "Blinken": the last name run in the mention's
               head, unless it only modifies a role noun ("the New York
               businessman"); before "administration", "team" … an organisation
               of its own ("the Obama administration"); with no run, a country
               that speaks by itself ("China said", "Even Mexico said"), as an
               organisation; a transcript label in capitals ("PENCE:") that is the
               surname of a person named in the text. Path ``name``.
``collective`` "her campaign": the organisation of the person "her" refers to;
               "The campaign": the organisation of that noun named last before it
               in the last ``ORGANISATION_NAMED_WINDOW`` sentences. Path ``role``.
``organisation`` "the company", "the fund": the most recent organisation whose name
               holds the noun in the last ``ORGANISATION_NAMED_WINDOW`` sentences,
               else the most recent organisation named in the last
               ``ORGANISATION_WINDOW`` sentences, else a bare word that spoke or
               the subject opening the sentence before, neither marked as a
               person ("Wells Fargo fired … The bank said"; ``organisations.py``).
               Path ``role``.
``role``       "the Kazakh leader", "the American diplomat": the person seen earlier
               whose title is of the role's family, country, party and side agreeing
               ("the Raiders coach" is not the Storm's); else the previous speaker
               when the role names a country and the speaker has no title yet; else,
               for "the …" with a place, possessor or portfolio ("The state's attorney
               general"), the person named next with its title (``introduced_next``);
               else, for "the …", the previous speaker when nobody is named in between
               and one of their titles is of the role's family ("Governor Pan … The
               central banker"); else the untitled person named most often in the
               last ``ROLE_SALIENCE_WINDOW`` sentences ("Donald Trump … The Republican
               nominee"), unless the role is held for someone else (``proxy_role``:
               "the spokesman") or has an age ("the 26-year-old"). Path ``role``.
``cataphora``  "A former DNC chairman says …" ¶ "“…,” said Don Fowler": a title role
               (not "the …", not "an official") no one earlier holds: a person named
               first at the next paragraph's start or after a speech verb in its first
               sentence, gender and titles permitting; or, for "a judge", the first
               person with a title of its family in the next four sentences. Path ``role``.
``group``      "officials", "the city engineer": an entity of its own, named by
               the mention's words. Path ``group``. Always answers.
=============  ==================================================================
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..lexicon import POSSESSIVE_S, Lexicon
from .lookback import (
    PRONOUN_NAME_WINDOW, PRONOUN_WINDOW, ROLE_SALIENCE_WINDOW, antecedent, continued_speaker,
    last_subject, salient_person, title_families, titled_holder,
)
from .age import AGE_WORD, age
from .apposition import apposition
from .bodies import body
from .cataphora import cataphora, introduced_next
from .demonym import demonym
from .mention import (
    ROLE_MAX_WORDS, Found, Mention, Sieve, head_end, mention_countries, mention_of, mention_side, mention_type,
    role_possessor,
)
from .name_words import party_of, plural_looking, ranks_in
from .names import NameMention
from .organisations import ORGANISATION_NAMED_WINDOW, ORGANISATION_WINDOW, organisation
from .people import Entity, People
from .relative import RELATIVE_ASIDE_CHARS, RELATIVE_ASIDE_WORDS, RELATIVE_MAX_RUNS, relative
from .runless import country_speaking, is_country, shouted_name, shouted_surname
from .writer import writer_at

__all__ = [
    "Mention", "Found", "Sieve", "SIEVES", "mention_of", "mention_type", "run_sieves",
    "relative", "pronoun", "apposition", "pair", "work", "name", "collective", "organisation", "role", "cataphora", "group",
    "PRONOUN_WINDOW", "PRONOUN_NAME_WINDOW", "ORGANISATION_WINDOW", "ORGANISATION_NAMED_WINDOW",
    "RELATIVE_MAX_RUNS", "RELATIVE_ASIDE_WORDS", "RELATIVE_ASIDE_CHARS", "ROLE_MAX_WORDS", "ROLE_SALIENCE_WINDOW",
]


# ---------------------------------------------------------------- the sieves, in order


def pronoun(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "he", "she", "they", and "her account", "his statement" (a possessive pronoun before an
    ``utterance`` noun: its author): see the table above."""
    if len(m.low) == 2 and m.low[0] in lexicon.possessives and m.low[1].rstrip(",") in lexicon.words.utterance:
        word = m.low[0]
    elif len(m.low) == 1:
        word = m.low[0]
    else:
        return None
    if word not in lexicon.pronouns:
        return None
    p = lexicon.pronouns[word]
    if p.person == 1:  # "I": the writer of a signed letter or of an opinion piece with a tagline
        return Found(writer_at(people, lexicon, m.start) if p.number == "sg" else None, "pronoun")
    return Found(antecedent(people, p, m, prev), "pronoun")


def pair(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "Mr. Grassley and Mr. Leahy say": two people named together, one group named "A and B"."""
    k = bisect_left(people.name_starts, m.start)
    if k + 1 >= len(people.names) or people.names[k + 1].end > m.end:
        return None
    a, b = people.names[k], people.names[k + 1]
    if not people.joined_by_and(k) or people.text[b.end:m.end].strip(" ,.") or people.text[m.start:a.start].strip():
        return None
    first, second = people.name_entities[k], people.name_entities[k + 1]
    if first is second or not (first.person and second.person):
        return None
    return Found(people.pair(first, second, m.start), "name")


def name(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "Antony J. Blinken", "Blinken": the last name run in the mention's head, when it heads it.

    The head ends at a comma or a word of ``head_end`` outside a name ("Mr. Morgan | of the Sierra
    Club", "A spokeswoman | for Hillary Clinton"). A run followed there by a possessive or by a
    lower-case word modifies the head: before a role noun it names no one ("Obama's former
    strategist", "the New York businessman", "the Blinken aide"), before a ``collective`` noun it
    makes an organisation ("the Obama administration"), before anything else it is the author
    ("Ivana Trump's brief", "a Reuters survey").
    """
    if (label := shouted_name(people, m.words, m.start, m.end)) is not None:
        return Found(label, "name")  # "JIM CHALMERS: …" (the name finder reads "CHALMERS" as a slug)
    head_at = head_end(people, lexicon, m)
    k = bisect_right(people.name_starts, head_at - 1) - 1  # the last run that starts in the head ...
    if k < 0 or people.names[k].end <= m.start:  # ... and overlaps the mention ("Republican nominee | Donald Trump")
        ent = shouted_surname(people, m.words)
        ent = ent if ent is not None else country_speaking(people, lexicon, m.words, m.start)
        return None if ent is None else Found(ent, "name")
    run, ent = people.names[k], people.name_entities[k]
    rest = people.text[run.end:head_at]
    words = rest.split()
    head = words[-1].lower().strip(".,;:") if words else ""
    if rest.lstrip().startswith(("'", "’")) or any(w[:1].islower() for w in words):
        if head in lexicon.words.collective:  # "the Obama administration": an organisation of its own
            if ent.person and ent.key >= 0:  # "Donald Trump's campaign" is "the Trump campaign"
                return Found(people.organisation_of(ent, head, m.start), "name")
            start = m.start if m.low[0] == "the" else run.start
            return Found(people.organisation(people.text[start:head_at].strip(), m.start), "name")
        if lexicon.is_person_noun(head):
            return None  # "the New York businessman", "Obama's former strategist", "Sturgeon's successor": not that name
        if is_country(people.text[run.name_start:run.name_end], lexicon):
            return None  # "South Africa's national treasury": a body of the country, not the country
        if len(ent.tokens) == 1 and not (ent.evidence or run.org_evidence) \
                and people.opens_sentence(run.start):
            return None  # "Civil rights groups": a capital only because the sentence starts there
    if m.low[0] == "the" and _described(people, lexicon, m, run, ent):
        return None  # "The former All Black", "the retired Springbok": a description, no one's name
    # the name, or its author: "Ivana Trump's brief", "a Reuters survey"
    if _plural_word(ent, run, people, lexicon):
        return None  # "Delegates questioned …": a plural noun at a sentence start, a group (next sieves)
    ent.last = max(ent.last, m.start)
    return Found(ent, "name")


def _described(people: People, lexicon: Lexicon, m: Mention, run: NameMention, ent: Entity) -> bool:
    """Whether a run met first here follows "the" and lower-case words ending in an adjective of the past
    (``past_role``, -ed, -ing), with nothing but its capitals to say it is a person: "The former All Black,
    who now coaches in Japan, told Stuff …" names a team, not a person ("the embattled Boris Johnson" has a
    first name; "the embattled Trump" was named before)."""
    if run.start <= m.start or ent.first < m.start or run.names_person or not ent.person or run.org_evidence \
            or ent.tokens[:1] == [] or ent.tokens[0] in lexicon.first_names:
        return False
    between = people.text[m.start:run.start].split()[1:]
    last = between[-1].lower() if between else ""  # an adjective: not "the news site RTL Info"
    return all(w[:1].islower() for w in between) and (last in lexicon.words.past_role or last.endswith(("ed", "ing")))


def _plural_word(ent: Entity, run: NameMention, people: People, lexicon: Lexicon) -> bool:
    """One capitalised word in -s (or of ``irregular_plural``: "Women") that opens its sentence, with no title,
    gender or fuller name: "Delegates", "Protesters" (a surname such as "Jones" there has been named in full before)."""
    return (
        len(ent.tokens) == 1 and (plural_looking(ent.tokens[0]) or ent.tokens[0] in lexicon.words.irregular_plural)
        and not ent.titles and ent.gender is None and people.opens_sentence(run.start)
    )


def collective(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "her campaign" -> the Clinton campaign, "The campaign" -> the Trump campaign named before.

    A ``collective`` noun after a possessive pronoun is the organisation of the person the pronoun
    refers to; after "the", the organisation of that noun named last before it ("Donald Trump's
    campaign"), if within ``ORGANISATION_NAMED_WINDOW`` sentences, else no one here.
    """
    if len(m.low) != 2 or not (m.low[1] in lexicon.words.collective or m.low[:1] == ["the"] and m.low[1] in lexicon.words.work):
        return None  # "her campaign", "The campaign"; "the poll" (``work``: after "the" only)
    det, head = m.low
    if det in lexicon.possessives and det in lexicon.pronouns:
        owner = antecedent(people, lexicon.pronouns[det], m, prev)
        if owner is None or not owner.person or owner.key < 0:
            return None
        return Found(people.organisation_of(owner, head, m.start), "role")
    if det != "the":
        return None
    offsets, orgs = people.collectives.get(head, ([], []))
    k = bisect_right(offsets, m.start - 1) - 1
    if (k < 0 or offsets[k] < people.window_start(m.start, 1)) and head in lexicon.words.entourage:
        subject = last_subject(people, m.start)  # "Hillary Clinton plans to … The campaign says": hers
        if subject is not None and subject.key >= 0:
            return Found(people.organisation_of(subject, head, m.start), "role")
    if k < 0 or offsets[k] < people.window_start(m.start, ORGANISATION_NAMED_WINDOW):
        return None
    return Found(orgs[k], "role")


def work(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """The work a name inside mention *m* made, that the last ``work`` noun of *m*'s head names: "a
    Bloomberg poll" is the Bloomberg poll (``People`` noted it at the name), "a YouGov poll for The
    Times" the YouGov poll, "a New York Times/CBS News poll released last week" that poll, not CBS News."""
    if len(m.low) < 3:
        return None
    end = head_end(people, lexicon, m)
    head = [w.lower() for w in people.text[m.start:end].split()]
    # the last work noun of the head: "a New York Times/CBS News poll released last week"
    at = next((i for i in range(len(head) - 1, 1, -1) if head[i] in lexicon.words.work), None)
    if at is None:
        return None
    offsets, works = people.collectives.get(head[at], ([], []))
    k = bisect_right(offsets, end) - 1
    return Found(works[k], "role") if k >= 0 and offsets[k] >= m.start else None


def role(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "the Kazakh leader", "the American diplomat": a titled person seen earlier."""
    if m.phrase is None or lexicon.titles[m.phrase].kind == "group" or m.low[0] in lexicon.words.indefinite:
        return None  # "a spokeswoman", "another official": someone not met before
    proxy = m.phrase.replace(" ", "_") in lexicon.words.proxy_role
    if proxy and m.low[0] in lexicon.possessives:
        return None  # "his lawyer": whose lawyer, the text before does not say; not any lawyer met before
    countries = mention_countries(m, lexicon)  # "Poland's leader"
    party = next((party_of(w) for w in m.low if w in lexicon.words.affiliation), None)
    side = mention_side(m, lexicon)  # "the Raiders coach"
    ranks = ranks_in(m.low, m.phrase, lexicon)
    if ranks:  # "the deputy Liberal leader": a deputy, not the leader; no untitled person is one
        ent = _ranked_holder(people, lexicon, m, m.phrase, (countries, party, side), ranks)
        return None if ent is None else Found(ent, "role")
    ent = titled_holder(people, lexicon, m.phrase, countries, m.start, party, side)
    if ent is None and countries and prev is not None and prev.person and prev.key >= 0 and not prev.titles:
        ent = prev  # "Jonas Weber told reporters … The Canadian diplomat told them …"
        people.titled.append(ent)
        ent.titles.add(m.phrase)
        ent.countries |= countries
    if ent is None and m.low[0] == "the" and not proxy:
        ent = introduced_next(people, lexicon, m) or continued_speaker(
            people, lexicon, m.phrase, prev, m.start, party, countries, side)
    if ent is None and not proxy:
        ent = _salient_role(people, lexicon, m, m.phrase, countries, party, prev)
    return None if ent is None else Found(ent, "role")


def _salient_role(
    people: People, lexicon: Lexicon, m: Mention, phrase: str, countries: set[str], party: str | None,
    prev: Entity | None,
) -> Entity | None:
    """The salient person a definite role mention *m* with no titled holder stands for (``salient_person``),
    unless a role possesses it ("the Labour leader's former aide") or it is an age ("the 42-year-old")."""
    if (m.low[0] == "the" or m.low[0].endswith(POSSESSIVE_S) and countries) \
            and not role_possessor(lexicon, m) and not AGE_WORD.fullmatch("".join(m.low[1:2])):  # ``age``
        return salient_person(people, lexicon.titles[phrase].gender, m.start, party, countries, prev,
                              titled=_beside_office(m, lexicon))
    return None


def _ranked_holder(
    people: People, lexicon: Lexicon, m: Mention, phrase: str,
    agree: tuple[set[str], str | None, frozenset[str]], ranks: frozenset[str],
) -> Entity | None:
    """The holder of role mention *m* with *ranks* ("the deputy prime minister": Deputy Prime Minister Richard
    Marles), else the holder of a rank that is a role itself ("The deputy Liberal leader": "his deputy, Sussan
    Ley"); both agreeing in country, party and side (*agree*)."""
    countries, party, side = agree
    ent = titled_holder(people, lexicon, phrase, countries, m.start, party, side, ranks)
    for rank in sorted(ranks & lexicon.titles.keys()):
        ent = ent or titled_holder(people, lexicon, rank, countries, m.start, party, side)
    return ent


def _beside_office(m: Mention, lexicon: Lexicon) -> bool:
    """Whether role mention *m* is one a titled person holds beside their office: a role of a
    ``descriptor_role`` family ("the Air Force veteran", "the Quebec MP", "the all-rounder": a player, and a
    captain is one too) or a role put in the past ("the former City assistant",
    "the ex-minister")."""
    return bool(m.phrase and title_families([m.phrase], lexicon) & lexicon.words.descriptor_role) or any(
        w in lexicon.words.past_role or w.split("-")[0] in lexicon.words.past_role for w in m.low)


def group(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "officials", "the city engineer": an entity of its own, one per wording."""
    if m.phrase is None:
        key = " ".join(m.content) or people.text[m.start:m.end].lower()
        return Found(people.group(key, m.start, person=False), "group")
    entry = lexicon.titles[m.phrase]
    if entry.kind == "group":
        return Found(people.group(m.phrase, m.start, person=False), "group")
    return Found(people.group(" ".join(m.content), m.start, person=m.low[-1] not in lexicon.pronouns), "group")


#: the sieves, in the order they are tried
SIEVES: tuple[tuple[str, Sieve], ...] = (
    ("relative", relative), ("pronoun", pronoun), ("age", age), ("demonym", demonym), ("apposition", apposition),
    ("pair", pair),
    ("work", work),
    ("name", name),
    ("collective", collective), ("organisation", organisation), ("role", role), ("cataphora", cataphora),
    ("body", body), ("group", group),
)


def run_sieves(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> tuple[Found, str]:
    """What the first sieve that answers found, and that sieve's name."""
    for sieve_name, sieve in SIEVES:
        found = sieve(people, lexicon, m, prev)
        if found is not None:
            return found, sieve_name
    raise AssertionError("the group sieve always answers")
