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
said"; not "The Japanese said") unless it is one of ``newspaper_demonym`` ("The Australian").
"""

from __future__ import annotations

from ..lexicon import Lexicon, Pronoun
from .lookback import antecedent
from .mention import Found, Mention
from .people import Entity, People

__all__ = ["demonym", "DEMONYM_ENDINGS", "PERSON_ENDINGS"]

#: endings of the aliases in demonyms.tsv that name a people, not a country or a capital ("Australian",
#: "Japanese", "Polish", "Dutch", "Israeli", "Dutchman", "Briton", "Scot", "Spaniard", "Swede", "Swiss")
DEMONYM_ENDINGS = (
    "an", "ese", "ish", "ch", "i", "man", "woman", "ton", "ot", "ard", "ede", "ane", "ole", "ic", "ine", "ss",
)

#: the endings of those that name one person of a people, not the people ("the German", "the Israeli"; not "the
#: Japanese", "the French"): these may open a sentence with "The"
COUNT_ENDINGS = ("an", "i")

#: the endings of those that name only a person ("the Dutchman", "the Briton", "the Swiss"): these alone may
#: open a sentence with "The" ("The Australian", "The Hindu" may be newspapers)
PERSON_ENDINGS = ("man", "woman", "ton", "ot", "ard", "ede", "ane", "ole", "ss")


def demonym(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "the Australian said", "the Dutchman added": see the module's docstring."""
    if len(m.words) != 2 or m.low[0] != "the" or not m.words[1][:1].isupper():
        return None
    word = m.words[1].rstrip(",")
    country = lexicon.countries.get(word)
    if country is None or word == country or not word.lower().endswith(DEMONYM_ENDINGS):
        return None
    opening = m.words[0] == "The" and not word.lower().endswith(PERSON_ENDINGS)
    if opening and (not word.lower().endswith(COUNT_ENDINGS) or word.lower() in lexicon.words.newspaper_demonym):
        return None  # "The Australian reported …": perhaps the newspaper; "The Japanese said": perhaps Japan
    gender = "f" if word.endswith("woman") else "m" if word.endswith("man") else "any"
    ent = antecedent(people, Pronoun("the " + word.lower(), 3, "sg", gender), m, prev)
    if ent is None or (ent.countries and country not in ent.countries):
        return None
    ent.countries.add(country)
    return Found(ent, "pronoun")
