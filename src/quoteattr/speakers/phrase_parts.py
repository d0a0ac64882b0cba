"""Small pieces of a speaker phrase that the phrase finder (``mentions.py``) looks for left of a cue: an age
phrase, a name particle inside a name, a possessor before a role, an adverbial word that opens a sentence, a
party tag in brackets, the opening of an apposition after a name, a number's "No" ("a No 10 source"), a
hyphenated compound ("the self-described socialist"), "close to" / "familiar with" ("Sources close to the
minister"), a relative pronoun that is a mention ("voters who say"), a time phrase before the cue ("Gowdy
earlier Thursday said")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import POSSESSIVE_S, Lexicon
from .subjects import glued_hyphen

__all__ = [
    "before_ly_adverbs", "ly_adverb",
    "LOWERCASE_BUDGET", "OWNER_DETERMINERS", "adverbial_word", "age_at", "age_phrase", "inner_particle", "past_possessor",
    "possessor_start", "tag_before", "opens_apposition", "numbered", "NOUN_PREFIXES", "compound_hyphen",
    "compound_modifier", "hyphen_number", "source_close_to", "DASHES", "relative_mention", "past_time_phrase",
]

#: the determiners of a lower-case possessor before a role: "[the family's] lawyer", "[his party's] leader"
OWNER_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our"})
#: lower-case words a name phrase may take in: "the former minister", "the American diplomat"
LOWERCASE_BUDGET = 2


def ly_adverb(tok: Token, lexicon: Lexicon) -> bool:
    """Whether *tok* is a lower-case adverb in -ly ("repeatedly"; not a noun of ``ly_noun``: "family")."""
    low = tok.lower_
    return len(low) > 4 and low.endswith("ly") and tok.is_lower and low not in lexicon.words.ly_noun


def before_ly_adverbs(doc: Doc, k: int, start: int, lexicon: Lexicon, also: frozenset[str] = frozenset()) -> int:
    """Token *k* moved back past -ly adverbs (and words of *also*), not before *start*: "did not [immediately]
    respond", "… and [repeatedly] says"."""
    while k > start and (ly_adverb(doc[k], lexicon) or doc[k].lower_ in also):
        k -= 1
    return k


def age_phrase(doc: Doc, j: int, start: int) -> tuple[int, int] | None:
    """ "The 42-year-old", "the 26-year-old striker" ending at token *j* (the ``age`` sieve resolves it)."""
    h = j if doc[j].lower_ == "old" else j - 1
    if h - 5 < start or doc[h].lower_ != "old" or (h < j and not (doc[j].is_alpha and doc[j].is_lower)):
        return None
    return (h - 5, j + 1) if age_at(doc, h - 4) and doc[h - 5].lower_ == "the" else None


def age_at(doc: Doc, n: int) -> bool:
    """Whether tokens n..n+4 are an age: a number, "-", "year" or "years", "-", "old" ("33-year-old")."""
    return 0 <= n and n + 4 < len(doc) and doc[n].like_num and doc[n + 1].text == doc[n + 3].text == "-" \
        and doc[n + 2].lower_ in ("year", "years") and doc[n + 4].lower_ == "old"


def inner_particle(doc: Doc, i: int, start: int, lexicon: Lexicon) -> bool:
    """Is token *i* a ``name_particle`` between capitalised words of one name ("Erik ten Hag", "Ursula von
    der Leyen"), which the lower-case budget would not take ("ten" is a stop word)?"""
    if doc[i].lower_ not in lexicon.words.name_particle or not doc[i].is_lower or not doc[i + 1].text[:1].isupper():
        return False
    k = i - 1
    while k > start and doc[k].lower_ in lexicon.words.name_particle and doc[k].is_lower:
        k -= 1
    return k >= start and doc[k].text[:1].isupper() and doc[k].is_alpha


def past_possessor(doc: Doc, k: int, start: int) -> int:
    """Token *k* moved left past a capitalised possessor before it, or a determiner and a lower-case noun with "'s"
    ("the family's"), and past up to ``LOWERCASE_BUDGET`` lower-case words between them: "[Obama's former]
    campaign strategist", "[Albanese's former] adviser", "[The family's] lawyer"."""
    p = k - 1
    while p >= start and k - p <= LOWERCASE_BUDGET and doc[p].is_alpha and doc[p].is_lower:
        p -= 1  # "former": a modifier the phrase's lower-case budget left out
    owner = possessor_start(doc, p, start)
    if owner is None and p - 2 >= start and doc[p].lower_ in POSSESSIVE_S and doc[p - 1].is_lower \
            and doc[p - 1].is_alpha and doc[p - 2].lower_ in OWNER_DETERMINERS:
        owner = p - 2  # "[The family's] lawyer", "[the state's] attorney general"
    return k if owner is None else owner


def possessor_start(doc: Doc, p: int, start: int) -> int | None:
    """Where the capitalised possessor whose "'s" is token *p* starts ("[Barack Obama]'s"); None when
    token *p* is no "'s" after a capitalised word."""
    if p - 1 < start or doc[p].lower_ not in POSSESSIVE_S or not doc[p - 1].text[:1].isupper():
        return None
    m = p - 1
    while m - 1 >= start and doc[m - 1].text[:1].isupper() and doc[m - 1].is_alpha:
        m -= 1
    return m


def adverbial_word(low: str, lexicon: Lexicon) -> bool:
    """Whether the lower-case word *low* opens an adverbial, not a name, when it opens a sentence capitalised: a
    word of ``setting_preposition``, ``setting_adverb``, ``aside_opener``, ``subordinator`` or ``time_before``
    ("In Brisbane on Monday, …", "Earlier, …", "However, …", "After the vote, …", "Last week, …")."""
    words = lexicon.words
    return low in words.setting_preposition or low in words.setting_adverb or low in words.aside_opener \
        or low in words.subordinator or low in words.time_before


def tag_before(doc: Doc, close: int, start: int, max_tokens: int) -> bool:
    """Whether token *close* closes a parenthesis that holds a tag of at most *max_tokens* tokens without
    lower-case words ("(D-R.I.)", "(R-Utah)"), not a clause ("(where Oz practices medicine)")."""
    if close <= start or doc[close].text != ")":
        return False
    k = close - 1
    while k > start and close - k <= max_tokens and doc[k].text != "(":
        if doc[k].is_alpha and doc[k].is_lower:
            return False
        k -= 1
    return doc[k].text == "("


def opens_apposition(doc: Doc, k: int, j: int, lexicon: Lexicon) -> bool:
    """Whether the words after the comma at token *k* (up to the comma at *j*) are an apposition or an
    aside: "Smith, the minister,", "Schiff, 56, who …,", "Trump, speaking to veterans,", "Senator Dianne
    Feinstein, Democrat of California,", "Clinton, at a later press gaggle,", "China, Pyongyang's only
    ally,", "Trump, for his part,", "Jane Smith, pictured,", "Jones, however,"."""
    nxt = doc[k + 1]
    low = nxt.lower_
    return (
        low in lexicon.apposition_starts or low in lexicon.titles or nxt.like_num or low in lexicon.words.affiliation
        or (nxt.is_lower and (low in lexicon.words.setting_preposition or low in lexicon.words.aside_opener))
        or (nxt.text[:1].isupper() and k + 2 < j and doc[k + 2].lower_ in POSSESSIVE_S)
        or (nxt.is_lower and (low.endswith("ing") or j - k == 2 and nxt.is_alpha))  # "Smith, pictured, said"
        or (nxt.is_lower and (low in lexicon.words.past_role or k + 2 < j and doc[k + 2].lower_ == "of"))
        or _origin_or_role(doc, k, j, lexicon)
    ) and not _past_cue_clause(doc, k + 1, j, lexicon)
    # ("Edward Kleinbard, former chief of staff …,", "Sherrilyn Ifill, head of the NAACP Legal Defense Fund,"; not a
    # clause with a cue of its own: "In a statement on the pick, the union called Clinton a champion, citing")


def _past_cue_clause(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether tokens *start..end* hold a past cue form, before any relative pronoun, right after a capitalised word
    or after a plural with an object after it: the clause of a cue of its own ("the Association of Flight Attendants
    called Clinton a champion", "two Democratic speechwriters implored her to …"), no apposition ("a former adviser
    who supported …", "the attorney general of Oklahoma, one of the states")."""
    for t in range(start + 1, end):
        low = doc[t].lower_
        if low in lexicon.words.relative:
            return False
        if not (doc[t].is_lower and low in lexicon.cue_forms and (low.endswith("ed") or low in lexicon.words.irregular_past)):
            continue
        prev, nxt = doc[t - 1], doc[t + 1] if t + 1 < end else None
        if prev.text[:1].isupper() or prev.is_lower and prev.lower_.endswith("s") and nxt is not None and (
                nxt.lower_ in lexicon.determiners or nxt.lower_ in lexicon.possessives or nxt.lower_ in lexicon.object_pronouns):
            return True  # ("two Democratic speechwriters implored her to …"; not "one of the lawyers charged with …")
    return False


def _origin_or_role(doc: Doc, k: int, j: int, lexicon: Lexicon) -> bool:
    """Whether the words after the comma at token *k* (up to *j*) after a capitalised word are a bare role
    ("Megan Hester, senior associate for …,"), a place or body of origin ("Johnnie Wilson, of Springfield,"),
    or the state after such a place ("…, Va.,")."""
    nxt, low = doc[k + 1], doc[k + 1].lower_
    if low == "of" and k + 2 < j and doc[k + 2].text[:1].isupper():
        return True  # (whatever stands before the comma)
    if k == 0 or not doc[k - 1].is_title:
        return False
    return (nxt.is_lower and nxt.is_alpha and _names_a_role(doc, k + 1, j, lexicon)) \
        or (low in lexicon.words.state_abbreviation and j - k <= 3)


def _names_a_role(doc: Doc, i: int, j: int, lexicon: Lexicon) -> bool:
    """Whether lower-case words from token *i* name a role that ends at a preposition or at the comma at *j*:
    "political science professor at Seton Hall", "senior associate for education organizing at …" (not "son
    Ghassan and daughter-in-law Reem …": a name follows the role)."""
    k = i
    while k < j and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in lexicon.words.postmodifier:
        k += 1
    return k > i and (k == j or doc[k].lower_ in lexicon.words.postmodifier) and lexicon.is_role(doc[k - 1].lower_)


def numbered(tok: Token) -> bool:
    """Whether "No" is a number's abbreviation, not a negation: "a No 10 source said", "No. 2 Democrat" (not "No
    one said")."""
    return tok.lower_ in ("no", "no.") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isdigit()


#: first parts glued by a hyphen to a noun that keep it a person noun: "His ex-wife", "the co-founder"
NOUN_PREFIXES = frozenset({"ex", "co", "vice", "step", "self", "non", "anti", "pro", "half", "great", "grand"})


def compound_hyphen(doc: Doc, k: int) -> bool:
    """Whether token *k* is a hyphen glued between a word or number and a word, inside one compound: "co-founder",
    "the much-anticipated report", "the 68-year-old former congressman"."""
    if k + 1 >= len(doc) or not doc[k + 1].is_alpha:
        return False
    return glued_hyphen(doc, k) or hyphen_number(doc, k)


def hyphen_number(doc: Doc, k: int) -> bool:
    """Whether token *k* is a hyphen glued to a number before it: "68-year-old", "Sixty-six", "Two-thirds"."""
    return k >= 1 and doc[k].text == "-" and doc[k - 1].like_num and not doc[k].whitespace_ and not doc[k - 1].whitespace_


def compound_modifier(doc: Doc, k: int, head: int) -> bool:
    """Whether the hyphen at token *k* glues a compound that modifies the noun at token *head* ("the
    much-anticipated report", "The 68-year-old former congressman") or makes a person noun of it ("His
    ex-wife"); not the noun itself ("a fact-check [on Trump's claim]", "early-morning [tweets]")."""
    return compound_hyphen(doc, k) and (k < head - 1 or doc[k - 1].lower_ in NOUN_PREFIXES)


def source_close_to(doc: Doc, k: int, start: int, lexicon: Lexicon) -> int:
    """Where a speaker phrase starts that ends in the noun phrase at token *k* after "close to", "familiar
    with" (``source_adjective``): "[Sources close to] the prime minister", "[A source close to] the family",
    "[People familiar with] the matter" are the speakers, not the minister or the matter; *k* itself else."""
    if k - 3 < start or doc[k - 1].lower_ not in ("to", "with") or doc[k - 2].lower_ not in lexicon.words.source_adjective:
        return k
    head = doc[k - 3]
    if not head.is_alpha or head.lower_ in lexicon.speaker_pronouns and head.lower_ != "those":
        return k
    first = k - 3
    if first - 1 >= start and doc[first - 1].lower_ in lexicon.speaker_determiners:  # "Two people familiar with"
        first -= 1
    return first


#: dashes that set off an aside: "Aaron Kall -- co-editor of a book -- said"
DASHES = frozenset({"--", "\u2014", "\u2013", "\u2015"})


def relative_mention(doc: Doc, j: int, start: int, lexicon: Lexicon) -> bool:
    """Whether the relative pronoun at token *j* is a speaker mention: after a comma, a dash or a name ("…, said
    Mr. Kamin, who emphasized", "Jacinda Ardern — who has called for calm —"), or "who" after a word in lower
    case ("voters who say", "those who believe")."""
    if doc[j].lower_ not in lexicon.words.relative or j <= start:
        return False
    before = doc[j - 1]
    return before.text == "," or before.text in DASHES or before.text[:1].isupper() \
        or doc[j].lower_ == "who" and before.is_alpha and before.is_lower


#: "at the time", "in the past": a time phrase of a preposition, "the" and one of these between a subject and its cue
TIME_NOUNS = frozenset({"time", "past"})


def past_time_phrase(doc: Doc, j: int, start: int, lexicon: Lexicon) -> int:
    """Token *j* (the last before a cue) moved back past a time phrase between a subject and its cue: "The
    central bank [on Thursday] announced", "Gowdy [earlier Thursday] said", "Trump [at the time] said", "his
    allies have [in the past] said"; *j* itself when none ends there (a day alone is no time phrase here: "the
    polls on Super Tuesday said")."""
    words = lexicon.words
    low = doc[j].lower_
    if j - 1 >= start and low in words.time and (doc[j - 1].lower_ in words.time_before or doc[j - 1].lower_ in words.skip):
        return j - 2
    if j - 2 >= start and low in TIME_NOUNS and doc[j - 1].lower_ == "the" and doc[j - 2].lower_ in ("at", "in"):
        return j - 3
    return j
