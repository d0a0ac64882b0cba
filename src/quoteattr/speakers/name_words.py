"""Word-shape helpers the name finder and the sieves share."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from spacy.tokens import Doc

from ..lexicon import POSSESSIVE_S, Lexicon
from .name_parts import Parts

__all__ = [
    "plural_looking", "party_of", "affiliation_before", "org_and", "role_word_before", "title_link_the",
    "acronym_in_prose", "portfolio_end", "possessive_title", "title_at", "title_conjunct", "weekday",
    "weekday_after_name", "letters_after_comma", "letters_span", "role_run", "given_name", "country_before",
    "trailing_parts", "prefix_side", "ranks_in", "apposition_titles", "noun_sex", "TITLE_MAX_WORDS",
    "APPOSITION_TITLE_TOKENS",
    "ORG_AND_WORDS", "PORTFOLIO_MAX_WORDS", "AFFILIATION_MAX_WORDS",
]

#: an apposition's role after a name is at most this many tokens: "John Smith, the minister, said"
APPOSITION_TITLE_TOKENS = 6
#: the longest title phrase looked for, in words ("secretary of state for defence")
TITLE_MAX_WORDS = 4
#: a portfolio between a title and the name is at most this many words: "[of State for Trade] Dara Calleary"
PORTFOLIO_MAX_WORDS = 5
#: a side named before a role is at most this many capitalised words: "[Canberra Raiders] coach"
AFFILIATION_MAX_WORDS = 3


def plural_looking(word: str) -> bool:
    """A (lower-case) word in -s but not -ss, -as or -us: "delegates", "warriors" (and, alas, "jones"),
    not "hamas", "qantas", "marcus" (no English plural of a person noun ends so)."""
    return word.endswith("s") and not word.endswith(("ss", "as", "us"))


def party_of(word: str) -> str:
    """One key for a party word of ``affiliation``: "Democratic" and "Democrat" are "democrat"."""
    return word[:-2] if word.endswith("tic") else word


def organisation_evidence(
    words: Sequence[str], lowers: Sequence[str], core: Sequence[int], labels: set[str], person: bool, titled: bool,
    lexicon: Lexicon,
) -> bool:
    """Organisation evidence for the name run *core*: an organisation word ("Portvale City Council"), an ORG
    label on no person, a party word alone ("Labour said"), a country ("South Korea said": no person), shares
    in it ("Shares in Rio Tinto rose": a company)."""
    lex, k = lexicon, core[0]
    return any(lowers[t].rstrip(".") in lex.words.organisation for t in core) or (not person and "ORG" in labels) \
        or party_alone(lowers, core, titled, lex) or " ".join(words[t] for t in core) in lex.countries \
        or not person and k > 1 and lowers[k - 1] in ("in", "of") and lowers[k - 2] in lex.words.shareholding


def owner_of_organisation(words: Sequence[str], lowers: Sequence[str], core: Sequence[int], lexicon: Lexicon) -> bool:
    """Whether a run of two or more words, no first name among them, is followed by a possessive and a
    capitalised organisation word: "National People" in "the National People's Congress" names the
    congress, no person ("Hillary Clinton's Senate testimony" keeps its person: a first name)."""
    j = core[-1] + 1
    return len(core) > 1 and j + 1 < len(lowers) and lowers[j] in POSSESSIVE_S and \
        words[j + 1][:1].isupper() and lowers[j + 1] in lexicon.words.organisation and \
        not any(lowers[t] in lexicon.first_names for t in core)


def party_alone(lowers: Sequence[str], core: Sequence[int], titled: bool, lexicon: Lexicon) -> bool:
    """Whether a name run *core* is a party word alone that is no person noun (``party_name``), with no
    title and no determiner before it: "Labour said" is the party; "One Labour MP", "The Republican" people."""
    k = core[0]
    return len(core) == 1 and lowers[k] in lexicon.words.party_name and not titled and (
        k == 0 or lowers[k - 1] not in lexicon.speaker_determiners)


def affiliation_before(words: Sequence[str], k: int, lexicon: Lexicon) -> tuple[str, ...]:
    """The side a role at token *k* is held for: the capitalised words right before it, lower-cased
    ("[Canberra Raiders] coach", "[Sinn Féin] leader", "[BHP] boss"), without countries and their
    demonyms (a country is ``countries``), party words (``affiliation``) or possessives."""
    out: list[str] = []
    for t in range(k - 1, max(-1, k - 1 - AFFILIATION_MAX_WORDS), -1):
        w = words[t]
        if not w[:1].isupper() or w.endswith(POSSESSIVE_S) or w.lower() in lexicon.words.affiliation:
            break
        if w not in lexicon.countries:
            out.append(w.lower())
    return tuple(reversed(out))


def title_at(lowers: Sequence[str], lexicon: Lexicon, k: int, j: int) -> str | None:
    """The longest title phrase (up to ``TITLE_MAX_WORDS`` words, before token *j*) starting at token *k*
    (*lowers*: the Doc's lower-cased token texts)."""
    words = []
    best = None
    for m in range(k, min(k + TITLE_MAX_WORDS, j)):
        words.append(lowers[m])
        phrase = " ".join(words)
        if phrase in lexicon.titles and lexicon.titles[phrase].kind in ("title", "honorific", "role"):
            best = phrase
    return best


def title_conjunct(lowers: Sequence[str], lexicon: Lexicon, k: int, j: int) -> bool:
    """Whether run k..j is a title and no name because another title follows "and": "[Deputy Prime Minister]
    and Foreign Minister Murat Nurtleu", "[Prime Minister] and Minister of Foreign Affairs Sheikh Mohammed" (one
    person, two titles): every word before the last title is a ``title_modifier``, a possessive or a country.
    Not "Angus King and Gov. Janet Mills" ("King" is a surname there), nor "Mr. King and Mr. Schultz" (a name
    follows an honorific: the caller asks only after none)."""
    if j + 1 >= len(lowers) or lowers[j] != "and" or not any(
        lexicon.titles[p].kind == "title" for t in (j + 1, j + 2)  # (a modifier first: "Deputy Premier")
        if (p := title_at(lowers, lexicon, t, len(lowers))) is not None  # (an honorific: "and Mr. King")
    ):
        return False
    for m in range(max(k, j - TITLE_MAX_WORDS), j):
        phrase = title_at(lowers, lexicon, m, j)
        if phrase is not None and m + len(phrase.split()) == j:
            return all(
                lowers[t] in lexicon.words.title_modifier or lowers[t].endswith(POSSESSIVE_S)
                or lowers[t].capitalize() in lexicon.countries for t in range(k, m)
            )
    return False


def apposition_titles(words: Sequence[str], lowers: Sequence[str], j: int, lexicon: Lexicon) -> list[str]:
    """The role in an apposition after a name ending before token *j*, with its ranks (``ranks_in``): "John
    Smith, the minister, said"; "Angela Rayner, the deputy Labour leader," (deputy, leader)."""
    if j + 2 >= len(words) or words[j] != "," or lowers[j + 1] not in lexicon.words.article:
        return []
    k = j + 2
    while k < len(words) and k - j <= APPOSITION_TITLE_TOKENS and words[k] not in (",", ".", ";"):
        k += 1
    if k >= len(words) or words[k] != ",":
        return []
    for start in range(j + 2, k):
        phrase = title_at(lowers, lexicon, start, k)
        if phrase is not None and start + len(phrase.split()) == k:
            return [*ranks_in(lowers[j + 2:start], phrase, lexicon), phrase]
    return []


def ranks_in(words: Iterable[str], phrase: str, lexicon: Lexicon) -> frozenset[str]:
    """The ``subordinate_rank`` words among *words* (a mention's words, a person's titles) that are no part of
    the title *phrase*: {"deputy"} for "The deputy prime minister" and for Richard Marles, titled "deputy" and
    "prime minister"; none for "the deputy" itself or "Vice President Kamala Harris"."""
    return frozenset(w for w in words if w in lexicon.words.subordinate_rank) - frozenset(phrase.split())


def weekday(word: str, lexicon: Lexicon) -> bool:
    """Whether *word* is a capitalised day of the week ("Tuesday"; not a month: "Theresa May said")."""
    return word[:1].isupper() and word.lower() in lexicon.words.time and word.lower().endswith("day")


def letters_after_comma(words: Sequence[str], lowers: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether word *i* is postnominal letters set off by a comma after a name: "Tom Reid, KC, argued",
    "Anna Wright, QC, for the family" (the letters are no name of their own)."""
    return 2 <= i and words[i].isupper() and lowers[i] in lexicon.words.postnominal and words[i - 1] == "," \
        and words[i - 2][:1].isupper()


def letters_span(doc: Doc, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether the token span is one word of postnominal letters after a name and a comma (``letters_after_comma``)."""
    i = span[0]
    if span[1] - i != 1 or i < 2:
        return False
    words = [doc[i - 2].text, doc[i - 1].text, doc[i].text]
    return letters_after_comma(words, [w.lower() for w in words], 2, lexicon)


def role_run(words: Sequence[str], lowers: Sequence[str], i: int, j: int, lexicon: Lexicon) -> bool:
    """Whether the run i..j after "the" is a role, not a name: capitalised words before title letters,
    "the Labour MP", "the Fianna Fáil TD", "the Wentworth MP" (but "Jess Phillips MP" is a name)."""
    k = i
    while k < j and lowers[k] in lexicon.determiners:
        k += 1
    det = k > i or (i > 0 and lowers[i - 1] in lexicon.determiners)
    return det and 1 <= j - 1 - k <= 2 and words[j - 1].isupper() and lowers[j - 1] in lexicon.words.postnominal \
        and lowers[j - 1] in lexicon.titles


def given_name(words: Sequence[str], lowers: Sequence[str], k: int, j: int, lexicon: Lexicon) -> bool:
    """Is the country word at *k* a first name ("Kenya Barris", "Israel Katz"; after a title: "Mayor
    London Breed"), as the first-name list has it, before a word of the run that is no title or country?"""
    return lowers[k] in lexicon.first_names and k + 1 < j and lowers[k + 1] not in lexicon.titles \
        and words[k + 1] not in lexicon.countries


def country_before(words: Sequence[str], k: int, lexicon: Lexicon) -> str | None:
    """The country of a run at *k* that follows "<country>'s": "Japan's Prime Minister …", "South Korea's
    President …" (one to three words before the "'s"), else None."""
    if k < 2 or words[k - 1] not in POSSESSIVE_S:
        return None
    for n in range(1, min(3, k - 1) + 1):
        country = lexicon.countries.get(" ".join(words[k - 1 - n:k - 1]))
        if country is not None:
            return country
    return None


def weekday_after_name(words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether word *i* is a day of the week between a capitalised word and a lower-case one: "Freeland
    Wednesday kept the target" (wire copy) ends the name there; "The Sunday Times", "the Mail on Sunday
    said" keep theirs."""
    return weekday(words[i], lexicon) and 0 < i < len(words) - 1 \
        and words[i - 1][:1].isupper() and words[i + 1].isalpha() and words[i + 1].islower()


def portfolio_end(words: Sequence[str], lowers: Sequence[str], p: Parts, lexicon: Lexicon) -> int:
    """Where the name starts when a portfolio follows the title of *p* ("Minister [for Foreign Affairs]
    Penny Wong", "Union Minister [of State for Home Affairs] Nityanand Rai"): the run's last two words,
    or three with a middle initial, a particle or a first name before them ("John F. Kennedy", "Abdullah
    bin Zayed", "Jennifer Carroll MacNeill"); else *p*.k.
    The run alone cannot tell a one-word name from a portfolio word: "Minister for Finance Jaishankar"
    keeps "Finance" in the name."""
    k, j = p.k, p.j
    if k >= j or not p.titles or p.honorific or lowers[k] not in lexicon.words.portfolio_link:
        return k
    m = j - 2
    if m - 1 > k + 1 and (lowers[m] in lexicon.words.name_particle or (
        len(words[m]) == 2 and words[m].endswith(".") and lowers[m - 1] in lexicon.first_names
    ) or lowers[m - 1] in lexicon.first_names):
        m -= 1  # (and "Minister for Health Jennifer Carroll MacNeill": a first name before two surnames)
    if not (2 <= m - k <= PORTFOLIO_MAX_WORDS and words[m][:1].isupper()):
        return k
    # a portfolio ends in no "of": "Justice for Victims of Trafficking Act" is a bill's name
    joined = lowers[m - 1] in lexicon.words.name_link or lowers[m - 1] in lexicon.words.portfolio_link
    return k if joined else m


#: "and" joins an organisation's name when at most this many capitalised words stand on either side of it
ORG_AND_WORDS = 4


def acronym_in_prose(words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether the all-capitals word *i* stands in a sentence, as an acronym: after a lower-case word ("said
    the NAACP"), or before one or an organisation word ("NATO said", "HSBC Holdings"); not a dateline or an
    agency slug ("ASTANA. KAZINFORM President …", "LONDON —")."""
    prev, nxt = words[i - 1] if i > 0 else "", words[i + 1] if i + 1 < len(words) else ""
    return prev.isalpha() and prev.islower() or nxt.isalpha() and nxt.islower() \
        or nxt.lower().rstrip(".") in lexicon.words.organisation


def possessive_title(lowers: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether word *i* ends a role that a possessive opens: "His Honour said" (the judge, in Australian and
    British court copy) is no name "Honour"."""
    title = lexicon.titles.get(lowers[i])
    return i > 0 and lowers[i - 1] in lexicon.possessives and title is not None and title.kind == "role"


def org_and(words: Sequence[str], lowers: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether "and" at token *i* joins the words of one organisation's name: the capitalised words after
    it end in an ``organisation`` word and those before it hold no first name or title: "Securities and
    Exchange Commission", "Fire and Rescue Service" (not "Bob Corker and Lindsey Graham"); "&" always does."""
    if lowers[i] == "&":  # "Procter & Gamble", "Wells Fargo & Co.": no list of people is joined so
        return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
    if lowers[i] != "and" or i == 0 or not words[i - 1][:1].isupper():
        return False
    if _the_x_and_y(words, lowers, i, lexicon):
        return True
    b = i + 1
    while b < len(words) and b - i <= ORG_AND_WORDS and words[b][:1].isupper() and words[b].isalpha():
        b += 1
    if b == i + 1 or lowers[b - 1] not in lexicon.words.organisation:
        return False
    a = i - 1
    while a >= 0 and i - a <= ORG_AND_WORDS and words[a][:1].isupper() and words[a].isalpha():
        if lowers[a] in lexicon.first_names or lowers[a] in lexicon.titles:
            return False
        a -= 1
    return True


def _the_x_and_y(words: Sequence[str], lowers: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """ "The Globe and Mail reported", "the Post and Courier.": after "the", one capitalised singular word on each
    side of "and" that is no first name or title, then a cue, a possessive or punctuation, is one name (not "the
    Greens and Labor", "the Bush and Obama administrations")."""
    if i < 2 or i + 1 >= len(words) or lowers[i - 2] != "the":
        return False
    if i + 2 < len(words) and words[i + 2].isalpha() and lowers[i + 2] not in lexicon.cue_forms:
        return False
    pair = (i - 1, i + 1)
    return all(words[k][:1].isupper() and words[k].isalpha() and not plural_looking(lowers[k])
               and lowers[k] not in lexicon.first_names and lowers[k] not in lexicon.titles for k in pair)


def role_word_before(
    words: Sequence[str], lowers: Sequence[str], i: int, lexicon: Lexicon
) -> tuple[str, str | None, tuple[str, ...]] | None:
    """The lower-case title or role of one or two words right before a person's name run at token *i*,
    which is the person's title ("Police spokesman Fred Enanga", "lead researcher Professor Sarah Gilbert":
    so that a later "the spokesman" is that person), the party of a party word before it, past one
    modifier ("Republican presidential nominee Donald Trump": "republican"), and the side it is held for
    (``affiliation_before``: "Canberra Raiders coach Ricky Stuart"); or None."""
    for k in (i - 2, i - 1):
        phrase = " ".join(lowers[k:i]) if k >= 0 and all(words[t].islower() for t in range(k, i)) else ""
        if lexicon.is_role(phrase):
            p = k - 1
            if p >= 1 and words[p].islower() and lowers[p] not in lexicon.words.affiliation:
                p -= 1  # past one modifier: "Republican [presidential] nominee"
            party = party_of(lowers[p]) if p >= 0 and lowers[p] in lexicon.words.affiliation else None
            return phrase, party, affiliation_before(words, k, lexicon)
    return None


def title_link_the(words: Sequence[str], lowers: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether token *i* is "of"/"for" before "the", or that "the", inside a title phrase that goes on in
    capitals: "Leader of the Opposition", "Speaker of the House", "Minister for the Environment" (after a
    title or role word only: "Mr. Morgan of the Sierra Club" stays two names, "Critics of the EB-5 program"
    is a group's)."""
    if lowers[i] == "the":
        i -= 1
    if i < 1 or i + 2 >= len(words) or lowers[i] not in lexicon.words.name_link or lowers[i + 1] != "the":
        return False
    return words[i - 1][:1].isupper() and lexicon.is_role(lowers[i - 1]) and words[i + 2][:1].isupper()


def trailing_parts(words: Sequence[str], lowers: Sequence[str], p: Parts, lexicon: Lexicon) -> None:
    """ "Helena Moraes of Brazil": a trailing "of <country>" is not part of the name; nor are letters
    after it ("Jess Phillips MP", "Anna Wright KC": ``postnominal``), a title when ``titles.tsv`` has one;
    nor, after two words of a titled person or a first name, any "of …" ("Sen. Bernie Sanders of Vermont"), unless
    an organisation word stands before it ("Royal College of Nursing", "Grace Hospital of Detroit")."""
    lex = lexicon
    while p.j - p.k > 2 and words[p.j - 1].isupper() and lowers[p.j - 1] in lex.words.postnominal:
        p.j -= 1
        p.letter_tokens += 1
        if lowers[p.j] in lex.titles and lex.titles[lowers[p.j]].kind == "title":
            p.titles.append(lowers[p.j])
    if p.j - p.k > 2 and lowers[p.j - 2] == "of" and words[p.j - 1] in lex.countries:
        p.countries.append(lex.countries[words[p.j - 1]])
        p.j -= 2
    tag = party_state_tag(words, lowers, p.j)
    if tag and p.titles and p.side is None:
        p.side = (p.titles[-1], tag)  # "Sen. Lindsey Graham (R-S.C.)": held for South Carolina
    at = next((m for m in range(p.k + 2, p.j - 1) if lowers[m] == "of"), None)
    if at is not None and (p.titles or p.honorific or lowers[p.k] in lex.first_names) \
            and lowers[at - 1] not in lex.words.organisation:  # ("Royal College of Nursing": "Royal" a first name)
        if p.titles and p.side is None:
            p.side = (p.titles[-1], tuple(lowers[m] for m in range(at + 1, p.j)))  # held for Vermont
        p.j = at  # "Sen. Bernie Sanders of Vermont", "Peter Smith of Goldman Sachs": the rest is an affiliation


#: a US lawmaker's party and state after the name: "R-Wis.", "D-N.Y.", "I-Vt.", "R-West Virginia"
PARTY_STATE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?$")


def party_state_tag(words: Sequence[str], lowers: Sequence[str], j: int) -> tuple[str, ...]:
    """The state of a US lawmaker's party tag (``PARTY_STATE``) between brackets or commas right after a name
    ending at token *j*: ("s.c.",) for "(R-S.C.)", ("utah",) for ", R-Utah,"; () when none follows."""
    if j + 3 >= len(words) or words[j] not in ("(", ","):
        return ()
    end = next((t for t in range(j + 4, min(j + 6, len(words))) if words[t] in (")", ",")), None)
    if end is None or not PARTY_STATE.match(words[j + 1] + words[j + 2] + " ".join(words[j + 3:end])):
        return ()
    return tuple(lowers[t] for t in range(j + 3, end))


def prefix_side(words: Sequence[str], lowers: Sequence[str], k: int, m: int, lexicon: Lexicon) -> tuple[str, ...]:
    """The side that words k..m before an inner title name: "South Carolina" of "South Carolina Sen. …", not a
    portfolio ("Defence"), a party, a country or a demonym (those are read as what they are); () when any is."""
    lex = lexicon
    out = tuple(lowers[t] for t in range(k, m) if words[t][:1].isupper() and words[t] not in lex.countries
                and lowers[t] not in lex.words.title_modifier and lowers[t] not in lex.words.affiliation)
    return out if len(out) == m - k else ()


def noun_sex(noun: str, lexicon: Lexicon) -> str | None:
    """The sex a noun of kin or person gives whoever it names: "m" for a ``male_noun`` ("husband", "man"), "f" for
    a ``female_noun`` ("wife", "woman"), else None."""
    words = lexicon.words
    return "m" if noun in words.male_noun else "f" if noun in words.female_noun else None
