"""The people of one document: entities built from its names, and what the sieves look back at.

An :class:`Entity` is a person or organisation: every name run that shares its
surname (with compatible first names) joins it ("Antony Blinken" ~ "Antony J.
Blinken" ~ "Blinken"). A speaker mention that names no one ("officials", "the
city engineer") gets an entity of its own with a negative key, one per wording.

:class:`People` also keeps the candidates a pronoun may refer to (the
*salient* entities: sentence subjects and earlier speakers) and the look-back
windows, counted in sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..lexicon import POSSESSIVE_S
from .name_parts import other_surname
from .names import NameMention

if TYPE_CHECKING:
    from .writer import Writers

__all__ = [
    "Entity", "People", "SUBJECT_MAX_CHARS", "SUBJECT_MAX_WORDS_BEFORE", "ROLE_MODIFIER_WORDS", "SUBJECTS", "SPEAKERS",
]

#: a name is a sentence's subject (a pronoun candidate) when it starts at most this many characters ...
SUBJECT_MAX_CHARS = 60
#: ... and at most this many words after its sentence's start ("On Monday Smith …")
SUBJECT_MAX_WORDS_BEFORE = 2
#: ... not counting a lower-case title right before the name and this many lower-case words before it
ROLE_MODIFIER_WORDS = 2
#: ... or at most this many words of an opening phrase closed by a comma ("On Monday night, Clinton …")
OPENER_MAX_WORDS = 6
#: ... or at most this many words after a possessor at the sentence's start ("Holt's liberal NBC News colleague")
POSSESSED_MAX_WORDS = 5
#: "A, Republican of Iowa, and B": the aside between two people named together, at most 40 characters,
#: holding at most AND_ASIDE_MAX_RUNS - 1 name runs of its own
AND_ASIDE = re.compile(r",\s[^,;\n]{1,40},\s+and\s+")
AND_ASIDE_MAX_RUNS = 3
#: a collective noun after a name is looked for in this many characters: "'s presidential campaign"
COLLECTIVE_MAX_CHARS = 40
#: which list of ``People.salient``: sentence subjects (named, in text order) ...
SUBJECTS = 0
#: ... and speakers (added as statements are resolved, nearly in text order)
SPEAKERS = 1


#: A name is matched against the last SURNAME_LOOKBACK people of its surname, not all of them: no
#: article has that many people of one surname, and a document of thousands of them was quadratic.
SURNAME_LOOKBACK = 64


@dataclass
class Entity:
    """A person or organisation of the document."""

    key: int
    name: str
    tokens: list[str]
    first: int
    titles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    gender: str | None = None
    person: bool = True
    mentions: list[tuple[int, int]] = field(default_factory=list)
    last: int = 0
    evidence: bool = False  # a title, an honorific, a PERSON entity or a statement of its own
    parties: set[str] = field(default_factory=set)  # "Democrat Hillary Clinton": {"democrat"}
    sides: dict[str, frozenset[str]] = field(default_factory=dict)  # "Canberra Raiders coach": {"coach": raiders …}
    members: tuple[int, ...] = ()  # the keys of the people of a pair: "Mr. Grassley and Mr. Leahy … they"
    person_named: bool = False  # a title, an honorific, a first name or a PERSON entity (not "Wells Fargo")
    first_name_refs: int = 0  # mentions by first name alone ("Ivanka"), which say nothing of who "Trump" is
    surname_last: int = 0  # where the latest mention with the surname starts

    @property
    def unmarked(self) -> bool:
        """Named with nothing of the text saying it is a person (no title, honorific, first name or
        gender): "Wells Fargo", "Rio Tinto", "Westpac" may name an organisation as well as a person."""
        return self.person and self.key >= 0 and not self.person_named and self.gender is None and not self.titles

    @property
    def bare(self) -> bool:
        """:attr:`unmarked` and known by one bare word only ("Qantas", "Westpac", "Hamas")."""
        return self.unmarked and len(self.tokens) == 1

    def as_organisation(self) -> Entity:
        """This entity, referred to as an organisation ("it", "the bank"): an :attr:`unmarked` one is no
        person from now on."""
        if self.unmarked:
            self.person = False
        return self


def _collective_after(text: str, end: int, collective: frozenset[str]) -> str | None:
    """The ``collective`` noun right after a name that ends at *end*, past a possessive and one
    modifier: "Trump campaign", "Clinton's campaign", "Donald Trump's presidential campaign"."""
    words = text[end:end + COLLECTIVE_MAX_CHARS].split(maxsplit=3)
    if words and words[0] in POSSESSIVE_S:
        words = words[1:]
    elif text[end:end + 2] in POSSESSIVE_S:
        words = text[end + 2:end + COLLECTIVE_MAX_CHARS].split(maxsplit=2)
    for word in words[:2]:
        low = word.strip(".,;:)").lower()
        if low in collective:
            return low
        if not word.islower():
            return None
    return None


def _joint_start(text: str, start: int) -> int:
    """Where a name joined to the ones before it by slashes starts: "Reuters/Ipsos", "CNN/ORC", "New York
    Times/CBS News" (capitalised words before the slash, not "The")."""
    while start > 1 and text[start - 1] == "/" and text[start - 2].isalnum():
        k = _word_start(text, start - 2)
        if not text[k].isupper():
            break
        while k > 1 and text[k - 1] == " " and text[k - 2].isalnum():
            w = _word_start(text, k - 2)
            if not text[w].isupper() or text[w:k - 1].lower() in ("the", "a", "an"):
                break
            k = w
        start = k
    return start


def _word_start(text: str, k: int) -> int:
    """Where the word holding offset *k* starts (letters, digits, dots and hyphens)."""
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in ".-"):
        k -= 1
    return k


def _without_role(before: str, titles: list[str]) -> str:
    """*before* (a sentence up to a name), without the lower-case title that ends it and up to
    ``ROLE_MODIFIER_WORDS`` lower-case words before that: "Opposition treasury spokesman Angus Taylor
    disagreed", "Conservative shadow home secretary Priti Patel was scathing" have one word before
    their subjects."""
    low = before.rstrip().lower()
    role = next((t for t in titles if low.endswith(" " + t) or low == t), None)
    if role is None:
        return before
    words = before.rstrip()[:len(low) - len(role)].split()
    for _ in range(ROLE_MODIFIER_WORDS):
        if words and words[-1].isalpha() and words[-1].islower():
            words.pop()
    return " ".join(words) + " " if words else ""


def _opens_clause(before: str, lead: str = "") -> bool:
    """Whether a name after *before* (its sentence up to the name) is the sentence's subject: at most
    ``SUBJECT_MAX_WORDS_BEFORE`` words before it ("On Monday Smith …"), or an opening phrase of at
    most ``OPENER_MAX_WORDS`` words closed by a comma ("On Monday night, Clinton leaned in …"); not the
    object of a participle that opens the sentence (*lead*: the sentence up to the name proper, "Campaigning
    against ")."""
    if len(before) > SUBJECT_MAX_CHARS:
        return False
    words = before.split()
    lead_words = (lead or before).split()
    if lead_words and lead_words[0].lower().endswith("ing") and any(w.islower() for w in lead_words[1:]) \
            and not before.rstrip().endswith(","):
        return False  # "Campaigning against Mitt Romney in 2012, he …" (not "Acting Attorney General Sally Yates")
    if len(words) <= SUBJECT_MAX_WORDS_BEFORE or (len(words) <= OPENER_MAX_WORDS and before.rstrip().endswith(",")):
        return True
    # "Holt's liberal NBC News colleague Matt Lauer faced …": the name ends a possessor's noun phrase
    owner = next((n for n, w in enumerate(words) if w.endswith(POSSESSIVE_S)), None)
    return owner is not None and owner < SUBJECT_MAX_WORDS_BEFORE and len(words) - owner - 1 <= POSSESSED_MAX_WORDS \
        and not any(w.endswith(",") for w in words)


class People:
    """The entities of one document, built from its name runs, and the sieves' look-back state."""

    def __init__(
        self, text: str, sentences: list[tuple[int, int]], names: list[NameMention], collective: frozenset[str] = frozenset(),
        works: frozenset[str] = frozenset(), paragraphs: list[tuple[int, int]] | None = None,
        surname_first: frozenset[str] = frozenset(), first_names: Mapping[str, str] | None = None,
        generational: frozenset[str] = frozenset(),
    ) -> None:
        self.generational = generational  # "Jr.": the word before it is the surname too
        self.text = text
        #: family names written first ("Lee Jae-myung", "Li Qiang"): a name that opens with one is filed under it
        #: too, so that a later bare "Lee" finds it (``surname_first`` of word_lists.tsv); so is one between an
        #: English given name and a hyphenated Chinese one, as Hong Kong names are written ("John Lee Ka-chiu")
        self.surname_first = surname_first
        #: the first-name list (``first_names.tsv``): a bare first name refers to a person named in full before
        #: only when that person's first word is one (or the person has a title): not "Obama" to "Obama Sees"
        self.first_names: Mapping[str, str] = first_names if first_names is not None else {}
        self.sentences = sentences
        #: the text's paragraphs when the caller has them (``TextShape``), else ``writer.py`` finds them
        self.paragraphs = paragraphs
        self.sent_starts = [s for s, _ in sentences]
        self.entities: list[Entity] = []
        self.role_entities: dict[str, Entity] = {}
        #: organisations named by a person and a collective noun ("the Obama administration"), by lower-case name
        self.organisations: dict[str, Entity] = {}
        #: two people named together ("Mr. Grassley and Mr. Leahy"), by their keys
        self.pairs: dict[tuple[int, int], Entity] = {}
        #: collective noun -> offsets (in text order) and organisations of the names before it ("Trump's campaign")
        self.collectives: dict[str, tuple[list[int], list[Entity]]] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        self.by_first: dict[str, list[Entity]] = {}  # "Anwar Ibrahim" under "anwar": "Anwar said"
        #: entities with a title, in the order they got it (the candidates for a role)
        self.titled: list[Entity] = []
        #: role family ("president") -> its holders in ``titled`` order, and how much of ``titled`` is filed
        #: there (sieves.py files new holders as it needs them)
        self.by_family: dict[str, list[Entity]] = {}
        self.families_filed = 0
        self.names = names
        self.name_starts = [m.start for m in names]
        self.name_ends = [m.end for m in names]
        #: the entity of each name run
        self.name_entities: list[Entity] = []
        #: the writers of a letters page or opinion piece (``writer.py`` reads them at the first "I")
        self.writers: Writers | None = None
        #: offsets (sorted) and entities of sentence subjects and of speakers: a pronoun's candidates
        self.salient: tuple[tuple[list[int], list[Entity]], ...] = (([], []), ([], []))
        for m in names:
            ent = self.add_name(m)
            self.name_entities.append(ent)
            k = bisect_right(self.sent_starts, m.start) - 1
            if k >= 0 and m.start - self.sent_starts[k] <= SUBJECT_MAX_CHARS and _opens_clause(
                _without_role(text[self.sent_starts[k]:m.start], m.titles), text[self.sent_starts[k]:m.name_start]
            ):
                self.add_salient(SUBJECTS, m.start, ent)
            head = _collective_after(text, m.end, collective) if collective and ent.person else None
            work = _collective_after(text, m.end, works) if works and head is None else None
            if head is not None:  # "Donald Trump's presidential campaign": "the campaign" may refer to it later
                self._collective(m, head, self.organisation_of(ent, head, m.start))
            elif work is not None:  # "A Bloomberg poll shows …": "the poll" may refer to it later
                start = _joint_start(text, m.name_start)
                self._collective(m, work, self.organisation(f"{text[start:m.end]} {work}", m.start))

    def _collective(self, m: NameMention, head: str, org: Entity) -> None:
        """Note *org*, named by run *m* and the noun *head* after it, for a later "the <head>"."""
        after = self.text[m.end:m.end + COLLECTIVE_MAX_CHARS].lower()
        org.mentions.append((m.name_start, m.end + after.index(head) + len(head)))
        at = self.collectives.setdefault(head, ([], []))
        at[0].append(m.start)
        at[1].append(org)

    def add_name(self, m: NameMention) -> Entity:
        """The entity of name run *m*: an earlier one it matches, or a new one."""
        ent = self.match(m.tokens, m.gender)
        if ent is None and len(m.tokens) == 1 and self.text[m.start:m.name_start].split()[-1:] in (["Sir"], ["Dame"]):
            ent = self._by_first_name(m.tokens[0], m.gender, any_first=True)  # "Keir Starmer … Sir Keir said"
        if ent is None:
            ent = Entity(len(self.entities), self.text[m.name_start:m.name_end], list(m.tokens), m.start)
            # "Capitol Hill", "Quay Street": a place is no person (nor an organisation: "the company" is none)
            ent.person = (not m.org_evidence or m.person_evidence) and not m.place
            self.entities.append(ent)
            self._file_surnames(ent)
        if m.titles and not ent.titles:
            self.titled.append(ent)
        if len(m.tokens) > len(ent.tokens):  # (a titled fuller name too: "Trump" … "nominee Donald Trump")
            ent.name, ent.tokens = self.text[m.name_start:m.name_end], list(m.tokens)
        if len(m.tokens) > 1 and len(ent.tokens) > 1 and ent.tokens[0] == m.tokens[0]:
            firsts = self.by_first.setdefault(ent.tokens[0], [])
            if not firsts or firsts[-1] is not ent:
                firsts.append(ent)
        if len(m.tokens) == 1 and len(ent.tokens) > 1 and ent.tokens[0] == m.tokens[0] \
                and m.tokens[0] not in self.surname_first:
            ent.first_name_refs += 1  # "Ivanka": no mention of the surname, for ``match``
        else:
            ent.surname_last = max(ent.surname_last, m.start)
        ent.titles.update(m.titles)
        ent.countries.update(m.countries)
        if m.party:
            ent.parties.add(m.party)
        if m.side is not None:
            ent.sides[m.side[0]] = frozenset(m.side[1])
        ent.gender = ent.gender or m.gender
        if m.person_evidence:
            ent.person = True
            ent.evidence = True
            ent.person_named |= m.names_person
        ent.mentions.append((m.name_start, m.end))
        ent.last = max(ent.last, m.start)
        return ent

    def _file_surnames(self, ent: Entity) -> None:
        """File a new entity under its last word, and under ``other_surname`` ("Lee Jae-myung" … "Lee said")."""
        self.by_surname.setdefault(ent.tokens[-1], []).append(ent)
        if (family := other_surname(ent.tokens, ent.name, self.surname_first, self.generational)) is not None:
            self.by_surname.setdefault(family, []).append(ent)

    def match(self, tokens: list[str], gender: str | None = None) -> Entity | None:
        """An earlier entity this name refers to: same surname, compatible first names and gender.

        A bare surname ("Trump") among several people of that surname is the one named most often so
        far, the latest on a tie (news copy names relatives by first name: "Ivanka Trump", then
        "Ivanka"); a full name is the latest compatible one.
        """
        best, best_rank = None, None
        for ent in self.by_surname.get(tokens[-1], [])[-SURNAME_LOOKBACK:]:
            a, b = ent.tokens[:-1], tokens[:-1]
            if a and b and a[0] != b[0] and a[0][:1] != b[0][:1] and ent.tokens[-len(tokens):] != tokens:
                continue  # (a double surname ends the full name: "Nathaniel Erskine-Smith" … "Erskine-Smith")
            if gender and ent.gender and gender != ent.gender:
                continue  # "Mrs. Clinton" is not "Bill Clinton"
            rank = (len(ent.mentions) - ent.first_name_refs, ent.surname_last) if not b else (0, ent.last)
            if best_rank is None or rank > best_rank:
                best, best_rank = ent, rank
        return best if best is not None or len(tokens) > 1 else self._by_first_name(tokens[0], gender)

    def _by_first_name(self, token: str, gender: str | None, any_first: bool = False) -> Entity | None:
        """The one person named in full before whose first name is *token* and no one's surname: "Anwar
        Ibrahim … Anwar said" (Malay, Indonesian and Arabic names are so shortened), "Hunter Biden … Hunter
        said"; None when two people share that first name. *any_first*: after "Sir" or "Dame", which stand
        before a first name, whether or not the list has it ("Sir Keir")."""
        found = {ent.key: ent for ent in self.by_first.get(token, [])[-SURNAME_LOOKBACK:]
                 if ent.person and ent.tokens[0] == token and (any_first or ent.titles or token in self.first_names)
                 and not (gender and ent.gender and gender != ent.gender)}
        return next(iter(found.values())) if len(found) == 1 else None

    def group(self, key: str, pos: int, person: bool) -> Entity:
        """An entity for a mention that names no one: "officials", "the city engineer".

        *person*: a singular role noun ("the city engineer"), a person that "she" may refer back to;
        "officials", "critics" or "the report" are not.
        """
        ent = self.role_entities.get(key)
        if ent is None:
            ent = Entity(-1 - len(self.role_entities), key, key.split(), pos, person=person)
            self.role_entities[key] = ent
        return ent

    def organisation(self, name: str, pos: int, person: bool = False) -> Entity:
        """The named organisation *name* ("the Obama administration"), made at its first mention (or, *person*, a
        person no name run holds: the transcript label "JIM CHALMERS")."""
        key = name.lower().removeprefix("the ")
        ent = self.organisations.get(key)
        if ent is None:
            ent = Entity(len(self.entities), name, key.split(), pos, person=person, evidence=True)
            self.entities.append(ent)
            self.organisations[key] = ent
        ent.last = max(ent.last, pos)
        return ent

    def organisation_of(self, person: Entity, noun: str, pos: int) -> Entity:
        """The organisation a ``collective`` *noun* makes of *person*: "Donald Trump's campaign", "her
        campaign" and "the Trump campaign" are all "the Trump campaign"."""
        return self.organisation(f"the {person.name.split()[-1]} {noun}", pos)

    def joined_by_and(self, k: int) -> bool:
        """Whether name runs *k* and *k* + 1 stand side by side with only "and" between them."""
        a, b = self.names[k], self.names[k + 1]
        return b.start - a.end <= len(" and ") + 2 and self.text[a.end:b.start].strip() == "and"

    def and_partner(self, k: int) -> int | None:
        """The name run joined to run *k* by "and": the one right before it ("A and B"), or one before an
        aside ("Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy", "Bob Corker, R-Tenn., and
        Lindsey Graham")."""
        if k >= 1 and self.joined_by_and(k - 1):
            return k - 1
        for j in range(k - 1, max(-1, k - 1 - AND_ASIDE_MAX_RUNS), -1):
            if AND_ASIDE.fullmatch(self.text, self.names[j].end, self.names[k].start):
                return j
        return None

    def pair(self, a: Entity, b: Entity, pos: int) -> Entity:
        """The two people *a* and *b* named together ("Mr. Grassley and Mr. Leahy"), as one entity that
        "they" may refer to, named "A and B" after their fullest names; made at its first use."""
        ent = self.pairs.get((a.key, b.key))
        if ent is None:
            ent = Entity(len(self.entities), f"{a.name} and {b.name}", [], pos, person=False, evidence=True,
                         members=(a.key, b.key))
            self.entities.append(ent)
            self.pairs[(a.key, b.key)] = ent
        ent.last = max(ent.last, pos)
        return ent

    def add_salient(self, which: int, pos: int, ent: Entity) -> None:
        """Note *ent* at *pos* in the ``SUBJECTS`` or ``SPEAKERS`` list of candidates."""
        offsets, entities = self.salient[which]
        k = bisect_right(offsets, pos)  # at or near the end: the lists grow in text order
        offsets.insert(k, pos)
        entities.insert(k, ent)

    def opens_sentence(self, pos: int) -> bool:
        """Whether offset *pos* is where its sentence starts."""
        return pos == self.window_start(pos, 0)

    def subject_run(self, k: int) -> bool:
        """Whether name run *k* opens its sentence and a lower-case word follows it: "Wells Fargo fired …",
        the subject (not "Interesting." nor a byline)."""
        run = self.names[k]
        after = self.text[run.end:run.end + 2]
        return self.opens_sentence(run.start) and after[:1] == " " and after[1:].islower()

    def window_start(self, pos: int, back: int) -> int:
        """Offset of the sentence *back* sentences before the one holding *pos*."""
        k = bisect_right(self.sent_starts, pos) - 1
        return self.sentences[max(0, k - back)][0] if self.sentences else 0
