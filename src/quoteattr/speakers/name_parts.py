"""What the name finder (``names.py``) makes of one run of capitalised words: the mention it reports, and
the parts its split has found so far."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["NameMention", "Parts", "family_before_given", "other_surname"]


@dataclass
class NameMention:
    """A run of capitalised words that names someone, in character offsets."""

    start: int  # the run's start, titles included
    end: int
    name_start: int  # where the name proper starts, after titles and countries
    tokens: list[str]  # the name's words, lower-cased
    titles: list[str]
    countries: list[str]
    gender: str | None
    person_evidence: bool  # a title, an honorific, a PERSON entity, or a first and last name
    org_evidence: bool
    party: str | None = None  # "Democrat Hillary Clinton": "democrat"
    place: bool = False  # "Capitol Hill", "Quay Street": a place word (not "Anita Hill") and no title
    letter_chars: int = 0  # characters of postnominal letters at the end of the run: " MP" in "Jess Phillips MP"
    side: tuple[str, tuple[str, ...]] | None = None  # "Canberra Raiders coach X": ("coach", ("canberra", "raiders"))
    marked: bool = False  # person evidence other than two capitalised words: a title, an honorific, a PERSON entity

    @property
    def names_person(self) -> bool:
        """Whether the run says it is a person by more than being two capitalised words: marked, or a gender."""
        return self.marked or self.gender is not None

    @property
    def name_end(self) -> int:
        """Where the name proper ends, before postnominal letters."""
        return self.end - self.letter_chars


@dataclass
class Parts:
    """What the split of one run found so far."""

    k: int  # the first token of the name proper
    j: int  # the end of the name proper
    titles: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    gender: str | None = None
    honorific: bool = False  # "Mr.", "Ms.": what follows is a name
    letter_tokens: int = 0  # tokens of postnominal letters cut off the end: "Jess Phillips MP" (the run still ends after them)
    side: tuple[str, tuple[str, ...]] | None = None  # the role before the run and the side it is held for


def family_before_given(name: str, surname_first: frozenset[str]) -> str | None:
    """The family name of a Hong Kong style name: an English given name, the family name, then a
    hyphenated Chinese given name ("John Lee Ka-chiu", "Carrie Lam Cheng Yuet-ngor")."""
    words = name.split()
    if len(words) < 3 or "-" not in words[-1]:
        return None
    family = words[1].lower()
    return family if family in surname_first else None


def other_surname(
    tokens: list[str], name: str, surname_first: frozenset[str], generational: frozenset[str]
) -> str | None:
    """The surname a later bare mention may use, when it is not the name's last word: a family name written
    first ("Lee Jae-myung" … "Lee said"), one between given names ("John Lee Ka-chiu" … "Mr Lee said"), or
    the word before a generational suffix ("Ferdinand Marcos Jr." … "Marcos said")."""
    if len(tokens) > 1 and tokens[0] in surname_first:
        return tokens[0]
    family = family_before_given(name, surname_first)
    if family is None and len(tokens) > 1 and tokens[-1] in generational:
        return tokens[-2]
    return family
