"""The ``demonym`` sieve: "the Australian said" refers back to a person, as a pronoun does.

Sports and international copy names someone once and then calls them by their nationality: "Tottenham
boss Ange Postecoglou insisted … Speaking after the defeat, the Australian said", "the Dutchman added".
A mention that is "the" and one capitalised word of ``data/demonyms.tsv`` that reads as a demonym (not
the country's own name: "the Netherlands", "the Kremlin" are no person) is resolved like a third-person
singular pronoun (``lookback.antecedent``; "-man" gives a man, "-woman" a woman), and only to a person
with no country known or of that country, who then has it. With no such person the later sieves take
the mention. "The Australian" opening a sentence may be the newspaper, "The Japanese" the country: with a
capital "The", a demonym that names nothing but a person ("The Dutchman", "The Briton", "The Swiss") is read
so, and one that names one person of a people ("Real Madrid forward Vinicius Junior admitted … The Brazilian
said"; not "The Japanese said") unless it is one of ``newspaper_demonym`` ("The Australian"); any other is a
player or coach (``sport_family``) who opened the sentence before ("Manchester United manager Ruben Amorim
insists … The Portuguese said").
"""

from __future__ import annotations

from ..lexicon import Lexicon, Pronoun
from .lookback import antecedent, last_subject, title_families
from .mention import Found, Mention
from .people import Entity, People

__all__ = ["demonym", "DEMONYM_ENDINGS", "PERSON_ENDINGS"]

#: endings of the aliases in demonyms.tsv that name a people, not a country or a capital ("Australian",
#: "Japanese", "Polish", "Dutch", "Israeli", "Dutchman", "Briton", "Scot", "Spaniard", "Swede", "Swiss",
#: "New Zealander")
DEMONYM_ENDINGS = (
    "an", "ese", "ish", "ch", "i", "man", "woman", "ton", "ot", "ard", "ede", "ane", "ole", "ic", "ine", "ss", "er",
)

#: the endings of those that name one person of a people, not the people ("the German", "the Israeli", "the New
#: Zealander"; not "the Japanese", "the French"): these may open a sentence with "The"
COUNT_ENDINGS = ("an", "i", "er")

#: the endings of those that name only a person ("the Dutchman", "the Briton", "the Swiss"): these alone may
#: open a sentence with "The" ("The Australian", "The Hindu" may be newspapers)
PERSON_ENDINGS = ("man", "woman", "ton", "ot", "ard", "ede", "ane", "ole", "ss")


def demonym(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "the Australian said", "the Dutchman added": see the module's docstring."""
    if not 2 <= len(m.words) <= 3 or m.low[0] != "the" or not all(w[:1].isupper() for w in m.words[1:]):
        return None
    word = " ".join(m.words[1:]).rstrip(",")  # "the Australian", "the New Zealander"
    country = lexicon.countries.get(word)
    if country is None or word == country or not word.lower().endswith(DEMONYM_ENDINGS):
        return None
    opening = m.words[0] == "The" and not word.lower().endswith(PERSON_ENDINGS)
    gender = "f" if word.endswith("woman") else "m" if word.endswith("man") else "any"
    if opening and word.lower() in lexicon.words.newspaper_demonym:
        return None  # "The Australian reported …": perhaps the newspaper
    if opening and not word.lower().endswith(COUNT_ENDINGS):
        # "The Japanese said": perhaps Japan; but in sports copy the player or coach who opened the sentence
        # before ("Manchester United manager Ruben Amorim insists … The Portuguese said")
        ent = last_subject(people, m.start)
        if ent is not None and not title_families(ent.titles, lexicon) & lexicon.words.sport_family:
            ent = None
    else:
        ent = antecedent(people, Pronoun("the " + word.lower(), 3, "sg", gender), m, prev)
    if ent is None or (ent.countries and country not in ent.countries):
        return None
    ent.countries.add(country)
    return Found(ent, "pronoun")
