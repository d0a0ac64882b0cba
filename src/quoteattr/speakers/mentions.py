"""Speaker mentions: the words that name who made a statement, at that statement.

Without a parse, the noun phrase next to the cue: capitalised words, titles, roles, pronouns, bare plurals.

This finds the *extent* of the phrase at the cue (its own token test, ``is_speaker_head``, takes in "the former
minister"); what the phrase *names* is decided later, by coreference, through the name runs (``names.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import POSSESSIVE_S, Lexicon
from .bare_plurals import bare_plural_phrase, postmodified_phrase
from .name_words import PARTY_STATE, letters_span
from .phrase_parts import (
    ly_adverb,
    LOWERCASE_BUDGET, adverbial_word, age_phrase, inner_particle, numbered, opens_apposition, past_possessor,
    possessor_start, tag_before, compound_hyphen, compound_modifier, source_close_to, DASHES, relative_mention,
    past_time_phrase,
)

__all__ = ["PARTY_STATE", "is_speaker_head", "hyphen_tail", "ly_adverb", "np_left", "np_token"]

#: the most tokens between the parentheses of "Jason Chaffetz (R-Utah) said"
PARENTHESIS_MAX_TOKENS = 8
#: an apposition between commas before a cue is at most this many tokens: "Smith, the minister, said"
APPOSITION_MAX_TOKENS = 40
#: a role noun's determiner is at most this many words to its left: "the New York businessman"
DETERMINER_WINDOW = 4


def _skippable(tok: Token, lexicon: Lexicon) -> bool:
    """Words between a subject and its cue: auxiliaries, "also", -ly adverbs, "herself", the "'s" of "who's said"."""
    if tok.lower_ in POSSESSIVE_S and tok.i > 0:  # (the token before is made only for "'s": a hot path)
        before = tok.doc[tok.i - 1].lower_
        return before in lexicon.speaker_pronouns or before in lexicon.words.relative
    return tok.is_space or tok.lower_ in lexicon.words.skip and not tok.text[:1].isupper() or ly_adverb(tok, lexicon) \
        or tok.lower_ in lexicon.words.reflexive


def np_token(tok: Token, lexicon: Lexicon) -> bool:
    """Can this token be part of a speaker noun phrase (without a parse)? A number after "No" is ("a No 10 source")."""
    if tok.i > 0 and numbered(tok.doc[tok.i - 1]):
        return True
    if tok.text[:1].isupper() or tok.lower_ in lexicon.titles:  # "Smith", "FBI", "McAtee", "DuVernay"
        return tok.is_alpha or "." in tok.text or tok.text[:1].isupper()
    return hyphen_tail(tok)


def hyphen_tail(tok: Token) -> bool:
    """Whether *tok* is the lower-case end of a hyphenated name: "Ki-moon", "Geun-hye"."""
    i = tok.i
    if i < 2 or not (tok.is_alpha and tok.is_lower):
        return False
    doc = tok.doc
    return doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and (
        doc[i - 2].text[:1].isupper() and doc[i - 2].is_alpha
    )


def is_speaker_head(tok: Token, lexicon: Lexicon) -> bool:
    """Could *tok* end a speaker noun phrase: a pronoun, a name word or a role noun?"""
    low = tok.lower_
    if low in lexicon.speaker_pronouns:
        return True
    if low in lexicon.titles and lexicon.titles[low].kind != "honorific":
        return True
    shaped = tok.is_alpha or "." in tok.text or tok.text.replace("'", "").replace("\u2019", "").replace("-", "").isalpha()
    if tok.text[:1].isupper():  # "O'Brien", "Jean-Luc"; not "After …" or "While …" opening a sentence
        words = lexicon.words
        return shaped and not (low in lexicon.speaker_determiners or low in words.clause_break or low in words.setting_preposition)
    return hyphen_tail(tok)


def np_left(doc: Doc, end: int, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The speaker noun phrase ending just before token *end* (skipping "also", "has"…)."""
    j = _phrase_end(doc, end, start, lexicon)
    if j >= start and doc[j].lower_ == "it" and end - j > 1 and doc[j + 1].lower_ in IMPERSONAL_AUXILIARIES:
        return None  # "It was announced that …": no one is named
    if j > start and doc[j].text == ",":
        return _before_apposition(doc, j, end, start, lexicon)
    if j > start and doc[j].text in DASHES:
        return _before_dashes(doc, j, start, lexicon)
    if j < start:
        return None
    if relative_mention(doc, j, start, lexicon):
        return j, j + 1  # the relative sieve finds the name before it
    if not is_speaker_head(doc[j], lexicon) or doc[j].is_lower and age_phrase(doc, j, start):  # "the 26-year-old MP"
        found = age_phrase(doc, j, start) or postmodified_phrase(doc, j, start, lexicon) \
            or _common_noun_phrase(doc, j, start, lexicon) or bare_plural_phrase(doc, j, start, lexicon)
        return found if found is None else (_joined_role(doc, found[0], start, lexicon), found[1])
    if doc[j].lower_ in lexicon.speaker_pronouns:
        return j, j + 1
    k, end = _name_speaker_left(doc, j, start, lexicon)
    k = _role_for(doc, k, start, lexicon, OF_LINKS)  # "[Lawyers for] the company said"
    return _joined_role(doc, k, start, lexicon), end


def _name_speaker_left(doc: Doc, j: int, start: int, lexicon: Lexicon) -> tuple[int, int]:
    """The speaker phrase headed by the name or title that ends at token *j*, with its possessor, its
    affiliation or a second name joined by "and"."""
    k, end = _name_phrase_left(doc, j, start, lexicon)
    k = past_possessor(doc, k, start)
    head = _head_before_modifier(doc, k, start, lexicon)
    if head is not None:
        return head, end  # "A company in Perth said", "The head of Sony Pictures said": the head, not its modifier
    if k - 2 >= start and doc[k - 1].lower_ in AFFILIATION_PREPOSITIONS and np_token(doc[k - 2], lexicon):
        k = _name_phrase_left(doc, k - 2, start, lexicon)[0]  # "Mr. Morgan of the Sierra Club said"
    k = source_close_to(doc, k, start, lexicon)  # "Sources close to Mr. Starmer said"
    if k - 2 >= start and doc[k - 1].lower_ == "and" and doc[k].text[:1].isupper() and doc[k - 2].text[:1].isupper() \
            and is_speaker_head(doc[k - 2], lexicon) and doc[k - 2].lower_ not in lexicon.speaker_pronouns:
        return _name_phrase_left(doc, k - 2, start, lexicon)[0], end  # "Mr. Grassley and Mr. Leahy say"
    return k, end


#: "the head of operations", "the director of communications": bare "of" phrases a role noun may take
OF_LINKS = 1

#: words between a name and its organisation before a cue: "Mr. Morgan of the Sierra Club said"
AFFILIATION_PREPOSITIONS = ("of", "at", "from")

#: "It was announced that …", "It has emerged that …"
IMPERSONAL_AUXILIARIES = ("was", "is", "has", "had", "will", "would")


def _phrase_end(doc: Doc, end: int, start: int, lexicon: Lexicon) -> int:
    """The last token of the speaker phrase before token *end*: past "also", "has", "was quoted as",
    "on Thursday", "(R-Utah)" and ", 56,"."""
    words = lexicon.words
    j = _past_catenative(doc, end - 1, start, lexicon)
    if j - 2 >= start and doc[j].lower_ == "as" and doc[j - 1].lower_ == "quoted":
        j -= 2  # "Smith was quoted as saying"
        while j >= start and doc[j].lower_ in words.skip:
            j -= 1
    timed = past_time_phrase(doc, j, start, lexicon)  # "The central bank on Thursday announced", "Gowdy earlier
    if timed < j:  # Thursday said", "Trump at the time said"
        j = timed
        while j >= start and doc[j].lower_ in words.skip:
            j -= 1
    if j > start and doc[j].text == "," and tag_before(doc, j - 1, start, PARENTHESIS_MAX_TOKENS):
        j -= 1  # "Sen. Jack Reed (D-R.I.), said": a stray comma after the party tag
    if j > start and doc[j].text == ")":
        k = j - 1
        while k > start and j - k <= PARENTHESIS_MAX_TOKENS and doc[k].text != "(":
            k -= 1
        if doc[k].text == "(":
            j = k - 1  # "Jason Chaffetz (R-Utah) said"
    if j - 1 > start and doc[j].like_num and doc[j - 1].text == ",":
        j -= 2  # "Schiff, 56, …": an age after the name
    return j


def _past_catenative(doc: Doc, j: int, start: int, lexicon: Lexicon) -> int:
    """Token *j* moved left past skippable words and a catenative verb with "to": "he went on to suggest"."""
    while j >= start and _skippable(doc[j], lexicon):
        j -= 1
    if j - 1 >= start and doc[j].lower_ == "to":
        k = j - 2 if j - 2 >= start and doc[j - 1].lower_ == "on" else j - 1
        if doc[k].lower_ in lexicon.words.catenative:
            j = k - 1
            while j >= start and _skippable(doc[j], lexicon):
                j -= 1
    return j


def _before_apposition(doc: Doc, j: int, end: int, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """ "David Okafor, who leads the association, warned" / "Smith, the minister, said": the phrase
    before the apposition that ends at the comma at token *j*."""
    k = j - 1
    while k > start and j - k < APPOSITION_MAX_TOKENS and doc[k].text != ",":
        k -= 1
    if not (k > start and doc[k].text == "," and k + 1 < end):
        return None
    if j - 1 > k + 1 and doc[j - 1].lower_ in lexicon.words.always_verb:
        return np_left(doc, j - 1, k + 1, lexicon)  # "…, Mr. Manafort said, adding …": the aside's own speaker
    nxt = doc[k + 1]
    if PARTY_STATE.match(doc[k + 1 : j].text) or opens_apposition(doc, k, j, lexicon):
        found = np_left(doc, k, start, lexicon)  # "Mitch McConnell, R-Ky., said", "Smith, the minister, said"
        found = np_left(doc, found[0] - 1, start, lexicon) if found and letters_span(doc, found, lexicon) else found
        if found is not None and adverbial_word(doc[found[0]].lower_, lexicon):
            return None  # "In Brisbane on Monday, the Premier visited …, pledging": a setting, no subject
        return _past_affiliation(doc, found, start, lexicon) or found
    if nxt.text[:1].isupper() and _all_name_words(doc, k + 1, j, lexicon):
        role = _apposed_role(doc, k, start, lexicon)
        if role is not None and (any(doc[i].is_lower and doc[i].is_alpha for i in range(*role)) or _ends_in_title(doc, role, lexicon)):
            return role[0], j  # "The state's attorney general, Paul Brennan, said", "The Premier, Doug Ford, said"
    return None


def _apposed_role(doc: Doc, k: int, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The phrase before the comma at token *k* that a name in apposition follows: "[The state's attorney
    general], Paul Brennan,", "[His former business partner at Lenox], …", "[The party's spokesperson for
    housing], Max Smith,"."""
    role = np_left(doc, k, start, lexicon) or _role_before_phrase(doc, k, start, lexicon)
    if role is not None and role[0] - 1 > start and doc[role[0] - 1].lower_ in lexicon.words.postmodifier:
        head = np_left(doc, role[0] - 1, start, lexicon)  # "His former business partner [at Lenox], …"
        if head is not None and head[1] == role[0] - 1 and doc[head[1] - 1].is_lower:
            role = head[0], role[1]
    return role


#: "The party's spokesperson [for housing], Max Smith,": a lower-case phrase after a role, before the comma
ROLE_PHRASE_WORDS = 3


def _role_before_phrase(doc: Doc, k: int, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The role phrase before a ``postmodifier`` and up to ``ROLE_PHRASE_WORDS`` lower-case words that end at
    the comma at token *k*: "[The party's spokesperson] for housing, Max Smith," (the phrase and its
    modifier, up to the comma); None else."""
    p = next((i for i in range(k - 1, max(start, k - ROLE_PHRASE_WORDS - 1), -1)
              if doc[i].lower_ in lexicon.words.postmodifier), None)
    if p is None or p == k - 1 or not all(doc[i].is_alpha and doc[i].is_lower for i in range(p + 1, k)):
        return None
    head = np_left(doc, p, start, lexicon)
    return (head[0], k) if head is not None and head[1] == p and lexicon.is_person_noun(doc[p - 1].lower_) else None


def _all_name_words(doc: Doc, k: int, j: int, lexicon: Lexicon) -> bool:
    """Whether tokens k..j can all be words of a name: "Paul Brennan", "Bank of America", "Ruud van Nistelrooy"."""
    return all(
        np_token(doc[i], lexicon) or doc[i].lower_ in lexicon.words.name_joiner or inner_particle(doc, i, k, lexicon)
        for i in range(k, j)
    )


def _ends_in_title(doc: Doc, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether tokens *span* end in a title or role phrase of one to four words ("The Prime Minister")."""
    words = [doc[i].lower_ for i in range(max(span[0], span[1] - 4), span[1])]
    return any(" ".join(words[n:]) in lexicon.titles for n in range(len(words)))


def _past_affiliation(
    doc: Doc, found: tuple[int, int] | None, start: int, lexicon: Lexicon, depth: int = 0,
) -> tuple[int, int] | None:
    """The name before an apposition that *found* is or ends: "Michael Mulgrew, [president of the United
    Federation of Teachers], which represents …, said" is Mulgrew; up to ``AFFILIATION_DEPTH`` appositions
    back ("Donna Sampson Rawlings, 59, of [Ashton], [Md.], who …, said"); else None."""
    if found is None or found[0] - 1 <= start or depth >= AFFILIATION_DEPTH:
        return None
    c = found[0] - 1
    if doc[c].lower_ in lexicon.words.head_end:
        c -= 1
        while c > start and found[0] - c < APPOSITION_MAX_TOKENS and doc[c].text != ",":
            c -= 1
    if c <= start or doc[c].text != "," or not opens_apposition(doc, c, found[0], lexicon):
        return None
    if c - 2 > start and doc[c - 1].like_num and doc[c - 2].text == ",":
        c -= 2  # "Donna Sampson Rawlings, 59, of Ashton, …": past the age too
    before = np_left(doc, c, start, lexicon)
    return _past_affiliation(doc, before, start, lexicon, depth + 1) or before


#: how many appositions back ``_past_affiliation`` looks for the name
AFFILIATION_DEPTH = 3


def _before_dashes(doc: Doc, j: int, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """ "Aaron Kall -- co-editor of a book on the debates -- said": the name before an aside between
    two dashes that ends at token *j*."""
    k = j - 1
    while k > start and j - k < APPOSITION_MAX_TOKENS and doc[k].text not in DASHES:
        k -= 1
    if not (k > start and doc[k].text in DASHES and doc[k - 1].text[:1].isupper()):
        return None
    found = np_left(doc, k, start, lexicon)
    return found if found is not None and doc[found[1] - 1].text[:1].isupper() else None


def _name_phrase_left(doc: Doc, j: int, start: int, lexicon: Lexicon) -> tuple[int, int]:
    """The name or title phrase ending at token *j*: "the U.S. Secretary of State", "the former minister"."""
    words = lexicon.words
    k = j
    lowercase_budget = LOWERCASE_BUDGET
    while k - 1 >= start:
        prev = doc[k - 1]
        low = prev.lower_
        if low in lexicon.speaker_determiners or (low in lexicon.possessives and doc[k].is_lower and (doc[k].lower_ in lexicon.titles or doc[j].lower_ in lexicon.titles)):
            k -= 1  # "the former minister"; "…, his spokesman said", "its chief executive" (not "her Smith")
            break
        step = _joiner_step(doc, k - 1, start, lexicon)
        if step:
            k -= step
            continue
        if np_token(prev, lexicon) or inner_particle(doc, k - 1, start, lexicon):
            k -= 1
            continue
        if prev.is_alpha and prev.is_lower and lowercase_budget > 0 and low not in words.skip \
                and (not prev.is_stop or low in words.modifier) \
                and (lexicon.cue_lemma(low, scope_all=True) is None or k - 2 >= start and compound_hyphen(doc, k - 2)):
            # "the former minister", "a top aide", "the American diplomat", "the self-proclaimed billionaire"; not
            # "[recalled] Mr. Obama saying"
            lowercase_budget -= 1
            k -= 1
            continue
        break
    while k < j and (doc[k].lower_ in words.name_joiner or doc[k].is_punct or doc[k].lower_ in words.coordinator):
        k += 1  # not "But" or "And" opening the sentence
    return k, j + 1


def _head_before_modifier(doc: Doc, k: int, start: int, lexicon: Lexicon) -> int | None:
    """Where the noun phrase starts whose head a ``postmodifier`` preposition before token *k* follows:
    "[A company] in Perth", "[The head] of Sony Pictures", "[Officials] in Ottawa" (a role noun opening the
    sentence); None when a name or nothing of the kind stands there ("Mr. Morgan of the Sierra Club")."""
    if k - 2 < start or doc[k - 1].lower_ not in lexicon.words.postmodifier:
        return None
    head = doc[k - 2]
    if head.is_lower:
        found = _common_noun_phrase(doc, k - 2, start, lexicon)
        return None if found is None else found[0]
    if k - 2 == start and head.is_title and head.lower_ in lexicon.titles:
        return start
    return None


def _common_noun_phrase(doc: Doc, j: int, start: int, lexicon: Lexicon, of_links: int = OF_LINKS) -> tuple[int, int] | None:
    """ "The commission", "the New York businessman", "a spokeswoman for the company"-style
    subjects headed by a common noun: a determiner within four words to the left ("the head of
    operations": past up to *of_links* bare "of" phrases)."""
    head = doc[j]
    if not (head.is_alpha and head.is_lower) or head.is_stop:
        return None
    determiners = lexicon.speaker_determiners
    first = _title_first(doc, j, start, lexicon)
    k = first - 1
    glued = 0  # tokens of hyphenated compounds passed over, that count as one word: "the self-described socialist"
    while k >= start and first - k - glued <= DETERMINER_WINDOW:
        tok = doc[k]
        if k - 1 >= start and compound_modifier(doc, k, first):
            k -= 2
            glued += 2
            continue
        if tok.lower_ in determiners or tok.lower_ in lexicon.possessives:
            return _role_for(doc, source_close_to(doc, k, start, lexicon), start, lexicon, of_links), j + 1
        owner = possessor_start(doc, k, start)
        if owner is not None:
            return owner, j + 1  # "Obama's former campaign strategist"
        if tok.lower_ in POSSESSIVE_S and k - 1 >= start and doc[k - 1].is_lower:
            k -= 1  # "the prime minister's chief of staff": past a role that possesses the head,
            first = k  # whose own determiner is looked for from there ("The former president's running mate")
            continue
        if tok.lower_ == "of" and of_links > 0 and k - 1 >= start:
            found = _common_noun_phrase(doc, k - 1, start, lexicon, of_links - 1)  # "[the head] of operations"
            return None if found is None else (found[0], j + 1)
        function_word = tok.is_stop and tok.lower_ not in determiners and tok.lower_ not in lexicon.words.modifier
        if tok.is_punct or function_word or not (tok.is_alpha or "." in tok.text or "-" in tok.text):
            return None
        k -= 1
    return None


def _joiner_step(doc: Doc, k: int, start: int, lexicon: Lexicon) -> int:
    """How many tokens a name phrase grows left over a ``name_joiner`` at token *k*: two over a hyphenated
    compound ("Kassym-Jomart", "co-founder", "the much-anticipated report"), one before a name word ("Secretary of
    State", "Smith's"; not the spaced dash of "in Palm Beach - Lewandowski"), else none."""
    low = doc[k].lower_
    if low not in lexicon.words.name_joiner or k - 1 < start:
        return 0
    if compound_hyphen(doc, k):
        return 2
    return 1 if np_token(doc[k - 1], lexicon) and not (low == "-" and doc[k].whitespace_) else 0


def _role_for(doc: Doc, k: int, start: int, lexicon: Lexicon, of_links: int) -> int:
    """Where a speaker phrase starts whose role stands before "for" and the noun phrase at token *k*:
    "[Counsel for] the family", "[A spokesperson for] the trust", "[Lawyers for] the company" are the
    speakers, not the family or the trust; *k* itself else."""
    if k - 2 < start or doc[k - 1].lower_ != "for":
        return k
    role = doc[k - 2].lower_
    if role not in lexicon.titles and role.removesuffix("s") not in lexicon.titles:
        return k
    if k - 2 == start or not doc[k - 2].is_lower:
        return k - 2 if k - 2 == start else k  # "Counsel for the family" opening the sentence
    found = _common_noun_phrase(doc, k - 2, start, lexicon, of_links)
    return k if found is None else found[0]


def _joined_role(doc: Doc, k: int, start: int, lexicon: Lexicon) -> int:
    """Where a speaker phrase starts whose determiner and first role stand before "and" and the phrase at
    token *k*: "[The former first lady and] U.S. senator said" is one person with two roles; *k* else."""
    if k - 2 < start or doc[k - 1].lower_ != "and" or not doc[k - 2].is_lower or not lexicon.is_person_noun(doc[k - 2].lower_):
        return k
    found = _common_noun_phrase(doc, k - 2, start, lexicon)
    return found[0] if found is not None and doc[found[0]].lower_ in lexicon.determiners else k


def _title_first(doc: Doc, j: int, start: int, lexicon: Lexicon) -> int:
    """The first token of a title of three or four words with a function word inside that ends at token *j*
    ("the former secretary of state", "the prime minister's chief of staff"), else *j*."""
    for n in (4, 3):
        i = j - n + 1
        if i >= start and " ".join(t.lower_ for t in doc[i:j + 1]) in lexicon.titles:
            return i
    return j
