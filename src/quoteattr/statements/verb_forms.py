"""Without a parse: whether a cue word is a verb, read from the words around it (the rules tier).

A base form ("say", "urge") is a verb only after a subject: a pronoun, a modal or "to", a plural noun (also
past an "of" phrase, a phrase of place or a comma aside), two names joined by "and", an object pronoun that
ends the subject ("many of whom say"); an -s form before a cue verb or an auxiliary is a plural noun
("advocates say"); an -ed form after another after a determiner is an adjective ("the undivided and recognized
capital"); a capitalised form is a verb in a headline in title case ("New Poll Shows …").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..speakers.bare_plurals import postmodified_phrase
from ..speakers.headlines import headline_tokens
from ..speakers.phrase_parts import before_ly_adverbs

__all__ = ["adjective_pair", "base_form_verb", "in_headline", "plural_before_verb"]


def base_form_verb(doc: Doc, i: int, start: int, lexicon: Lexicon) -> bool:
    """Whether the base form at token *i* is a verb (not a particle after an object pronoun: "bring it back"):
    after a word of ``verb_before`` (past -ly adverbs: "did not immediately respond"), a plural noun ("officials
    say", "Critics strongly urge"), an object pronoun of ``object_before_verb`` ("those close to him say"), a
    plural head, two joined names or a people word."""
    low = doc[i].lower_
    prev = doc[i - 1].lower_ if i > start else ""
    v = before_ly_adverbs(doc, i - 1, start, lexicon)  # "did not immediately respond", "they strongly urge"
    before = doc[v].lower_ if v >= start else ""
    if low in lexicon.words.verb_particle and prev in lexicon.object_pronouns:
        return False  # "bring it back", "turned them down": a particle after the object
    if before in lexicon.words.verb_before:
        return True
    plural_subject = i > start and doc[v].is_alpha and (before.endswith("s") or before in lexicon.words.irregular_plural)
    after_object = prev in lexicon.words.object_before_verb and low not in lexicon.words.verb_particle
    return plural_subject or after_object or _plural_head(doc, i, start, lexicon) or _joined_names(doc, i, start) \
        or _people_word_before(doc, i, prev, lexicon) or _postmodified_subject(doc, i, start, lexicon)


#: a headline line is read at most this many tokens either side of a capitalised cue form
HEADLINE_READ_TOKENS = 30


def in_headline(doc: Doc, i: int) -> bool:
    """Whether token *i* stands in a line in title case, a headline whose verbs are capitalised too ("New Poll
    Shows Minor Post-Debate Bump For Clinton"); a line longer than the window either side is none."""
    lo = i
    while lo > 0 and "\n" not in doc[lo - 1].text and i - lo < HEADLINE_READ_TOKENS:
        lo -= 1
    hi = i + 1
    while hi < len(doc) and "\n" not in doc[hi].text and hi - i < HEADLINE_READ_TOKENS:
        hi += 1
    if (lo > 0 and "\n" not in doc[lo - 1].text) or (hi < len(doc) and "\n" not in doc[hi].text):
        return False
    return headline_tokens([t.text for t in doc[lo:hi]])[i - lo]


def adjective_pair(doc: Doc, i: int, start: int, lexicon: Lexicon) -> bool:
    """Whether the -ed form at *i* is the second of two -ed adjectives after a determiner ("the undivided and
    recognized capital", "an unnamed and unconfirmed report"; not "opposed to the test and warned")."""
    return i - 3 >= start and doc[i].lower_.endswith("ed") and doc[i - 1].lower_ in ("and", "or") \
        and doc[i - 2].is_lower and doc[i - 2].lower_.endswith("ed") and doc[i - 3].lower_ in lexicon.determiners


def _postmodified_subject(doc: Doc, i: int, start: int, lexicon: Lexicon) -> bool:
    """ "Aides to Clinton say she …", "Residents of the town say the …": a bare plural and a short postmodifier
    (``bare_plurals.postmodified_phrase``) before the base form, then a content opener, a determiner, a subject
    pronoun or a capital."""
    return i - 1 > start and _clause_after(doc, i, lexicon, capital=True) \
        and postmodified_phrase(doc, i - 1, start, lexicon) is not None


def _clause_after(doc: Doc, i: int, lexicon: Lexicon, *, capital: bool) -> bool:
    """Whether a clause opens right after the base form at token *i*: a ``content_opener``, a determiner, a
    subject pronoun or (when *capital*) a capitalised word."""
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    low = nxt.lower_
    return low in lexicon.words.content_opener or low in lexicon.determiners or low in lexicon.speaker_pronouns \
        or capital and nxt.is_title


def _people_word_before(doc: Doc, i: int, prev: str, lexicon: Lexicon) -> bool:
    """ "Many say the …", "Some argue that …", "About a third say they …", "Another 19 per cent say": a
    ``people_word`` or a share (``share_word``, "percent"), then the base form, then a content opener, a
    determiner or a pronoun (not "some state officials")."""
    words = lexicon.words
    return (prev in words.people_word or prev in words.share_word or prev in ("percent", "cent")) \
        and _clause_after(doc, i, lexicon, capital=False)


def plural_before_verb(doc: Doc, i: int, start: int, lexicon: Lexicon) -> bool:
    """Whether the -s form at *i* is a plural noun: a cue verb or an auxiliary follows it ("advocates say",
    "advocates have"), and no subject pronoun, name or conjunction before it makes it a verb ("a plan it says
    will …", "Trump says would", "a tax which he favors but says would never win")."""
    prev = doc[i - 1].lower_ if i > start else ""
    if not doc[i].lower_.endswith("s") or not _verb_after(doc, i + 1, lexicon):
        return False
    return not (prev in lexicon.speaker_pronouns or i - 1 > start and doc[i - 1].text[:1].isupper()
                or prev in ("and", "but", "or") and doc[i + 1].lower_ in AUXILIARIES)


def _verb_after(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """Whether token *k* is a cue verb's base or past form ("say", "said"; not "thanks", "saying") or an auxiliary
    ("have", "were"), so the -s form before it is a plural noun, its subject ("advocates have expressed")."""
    if k >= len(doc) or not doc[k].is_lower:
        return False
    low = doc[k].lower_
    return low in AUXILIARIES or lexicon.cue_lemma(low, scope_all=True) is not None and not low.endswith(("s", "ing"))


#: auxiliaries no verb in -s stands right before: "Voting rights advocates have expressed …"
AUXILIARIES = frozenset({"have", "had", "were", "are", "will", "would", "could", "should", "can", "may", "might",
                         "must", "did", "do"})


#: how far back a plural head may stand before a base form: "Residents of Bondi say", "Challengers, led by …, argue"
PLURAL_HEAD_TOKENS = 10


#: words that open an aside between a plural head and its verb ("Union members, who voted on Friday, say")
ASIDE_OPENERS = frozenset({"who", "which", "including"})


def _plural_head(doc: Doc, i: int, start: int, lexicon: Lexicon) -> bool:
    """Whether a plural noun heads the phrase before base form *i*: past a capitalised "of" phrase ("Residents of
    Bondi say"), a phrase of place (:func:`_plural_before_place`) or an aside between commas ("Challengers, led by
    a group of small businesses, argue", "Some Democrats, however, question")."""
    k = i - 1
    if k > start and doc[k].text == ",":
        k -= 1
        while k > start and i - k <= PLURAL_HEAD_TOKENS and doc[k].text != ",":
            k -= 1
        opener = doc[k + 1]
        if not (opener.like_num or opener.lower_ in ASIDE_OPENERS or opener.is_lower and opener.lower_.endswith("ed")
                or opener.lower_ in lexicon.words.aside_opener):  # ("Some Democrats, however, question …")
            return False  # a list ("…, conservatives who wanted …, state officials angry …"), no aside
        k -= 1  # the word before the aside's opening comma
        if k > start and doc[k - 1].lower_ in lexicon.words.people_word:
            return _plural_word(doc, k, start, capital=True)  # "Some Democrats, however, question …"
    else:
        while k > start and i - k <= PLURAL_HEAD_TOKENS and (doc[k].is_title or doc[k].lower_ == "the"):
            k -= 1
        if doc[k].lower_ != "of" or k == i - 1:
            return _plural_before_place(doc, i, start, lexicon)
        k -= 1
    return _plural_word(doc, k, start) and k < i - 1


def _plural_word(doc: Doc, k: int, start: int, *, capital: bool = False) -> bool:
    """Whether token *k* is a plural in -s, in lower case unless it opens the sentence or *capital* allows it."""
    tok = doc[k]
    return k >= start and tok.is_alpha and (tok.is_lower or k == start or capital) and tok.lower_.endswith("s") \
        and not tok.lower_.endswith("ss")


#: prepositions of place between a plural head and its base form: "Political observers [in] Virginia and [around]
#: the country say", "Officials [at] the ministry say"
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "across", "around", "throughout", "inside", "outside"})


def _plural_before_place(doc: Doc, i: int, start: int, lexicon: Lexicon) -> bool:
    """Whether a plural noun stands before a phrase of place that ends right before base form *i*: a
    ``PLACE_PREPOSITIONS`` word after it, then only words up to the base form, and a clause opens after it (a
    ``content_opener``, a determiner, a subject pronoun or a capital; not "in his home state of Vermont")."""
    if not _clause_after(doc, i, lexicon, capital=True):
        return False
    k = i - 1
    while k > start and i - k <= PLURAL_HEAD_TOKENS and doc[k].is_alpha:
        if doc[k].lower_ in PLACE_PREPOSITIONS and k < i - 1 and _plural_word(doc, k - 1, start):
            return True
        k -= 1
    return False


#: how many capitalised words a name joined by "and" may have before a base form ("Mr. Grassley and Mr. Leahy say")
JOINED_NAME_TOKENS = 4


def _joined_names(doc: Doc, i: int, start: int) -> bool:
    """Whether two names joined by "and" stand right before base form *i*, its plural subject ("Smith and Jones
    say", "Mr. Grassley and Mr. Leahy say", "The Premier and the Treasurer say", "China and Russia support")."""
    k = i - 1
    while k > start and i - k <= JOINED_NAME_TOKENS and (doc[k].is_title or doc[k].lower_ == "the" and k < i - 1):
        k -= 1
    return k < i - 1 and k > start and doc[k].lower_ == "and" and doc[k - 1].is_title
