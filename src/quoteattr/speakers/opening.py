"""The opening subject: without a parse, the speaker of a cue that has no subject of its own.

"Caddell went on to discuss …", "She started off by emphasizing …", "Trump has tried to use the ad
against Clinton, accusing her …", "Civil rights groups welcomed the ruling, saying …": the noun
phrase that opens the sentence is the speaker of a later cue in its clause. The trained tier gets
this from the parse (``subjects.subject_of`` climbs through participles and coordination).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import POSSESSIVE_S, Lexicon
from .mentions import APPOSITION_MAX_TOKENS, IMPERSONAL_AUXILIARIES, ly_adverb, np_token
from .phrase_parts import adverbial_word
from .name_words import TITLE_MAX_WORDS, title_at, weekday

__all__ = ["opening_subject", "fronted_subject", "CLAUSE_MAX_TOKENS", "FRONTED_MAX_TOKENS", "ROLE_MAX_TOKENS"]

#: the most tokens between a sentence's opening subject and a later cue it is the speaker of
#: ("Trump has tried to use the ad against Clinton, accusing her …")
CLAUSE_MAX_TOKENS = 24
#: a participle cue at most this many tokens into its sentence opens it: "After saying …, she …"
FRONTED_MAX_TOKENS = 2
#: the most tokens of an opening role phrase, up to its role or group noun ("Civil rights groups")
ROLE_MAX_TOKENS = 4


def opening_subject(doc: Doc, start: int, cue: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The tokens of the phrase that opens the sentence (tokens from *start*), as the speaker of the
    cue at token *cue*, or None.

    The phrase is a pronoun, a name ("Mr. Schultz", "The FBI") or a role phrase of at most
    ``ROLE_MAX_TOKENS`` tokens up to a role or group noun ("Civil rights groups"), after at most one
    coordinator ("But it …"), and a verb follows it (``_verb_follows``). Between it and the cue:
    at most ``CLAUSE_MAX_TOKENS`` tokens and no quote mark, colon, semicolon, dash, parenthesis,
    clause opener (``clause_break``, ``relative``: a relative clause between commas is passed
    over) or subject pronoun, so the cue is still in the subject's clause.
    """
    words = lexicon.words
    i = start + 1 if start < cue and doc[start].lower_ in words.coordinator else start
    i = _past_adverbials(doc, i, cue, lexicon)
    if i >= cue:
        return None
    first = doc[i].lower_
    if first in lexicon.possessives:
        end = _possessed_person_end(doc, i, cue, lexicon)  # "Her deputy, Ted O'Brien, went further, describing"
    elif first in words.clause_break or first in words.setting_preposition:
        return None  # "Although Scott …", "After Trump …"
    else:
        end = _phrase_end(doc, i, cue, lexicon)
    if end is None or cue - end > CLAUSE_MAX_TOKENS:
        return None
    return (i, end) if _in_clause(doc, end, cue, lexicon) else None


def _in_clause(doc: Doc, k: int, cue: int, lexicon: Lexicon) -> bool:
    """Whether the cue at token *cue* is still in the clause of the subject that ends at token *k*: no quote
    mark, colon, semicolon, dash, parenthesis, clause opener or subject pronoun between (see
    :func:`opening_subject`)."""
    words = lexicon.words
    while k < cue:
        tok = doc[k]
        low = tok.lower_
        if low in lexicon.apposition_starts and doc[k - 1].text == ",":
            # ", which let him go in 2015, and said", ", her Republican opponent, bemoaned … and said"
            k += 1
            while k < cue and doc[k].text != "," and not doc[k].is_quote:
                k += 1
            continue
        past_quote = _short_quote_end(doc, k, cue) if tok.is_quote else None
        if past_quote is not None:  # 'exhorted Republicans to "vote your conscience" and said'
            k = past_quote
            continue
        if low in words.clause_break and _past_after_modal(doc, k, cue, lexicon):
            return True  # "Mr Putin forecast that the economy would rebound and praised …": "praised" is Putin's
        if (
            tok.is_quote or (low in lexicon.speaker_pronouns and low != "it")  # "it" there is mostly an object:
            or low in words.clause_break or low in words.relative  # "Trump called it a hoax, adding …"
            or (tok.is_punct and tok.text not in (",", "'", "\u2019", "-"))
        ):
            return False
        k += 1
    return True


def _past_after_modal(doc: Doc, k: int, cue: int, lexicon: Lexicon) -> bool:
    """Whether the cue at token *cue* is a past tense after "and" that cannot go on the clause opening at token
    *k*, whose verb follows a modal: "… that the economy would soon rebound and praised …" (no "would … and
    praised"), so the cue is the main clause's, as its first verb was."""
    form = doc[cue].lower_
    if not (form.endswith("ed") or form in lexicon.words.irregular_past) or doc[cue - 1].lower_ != "and":
        return False
    modal = next((j for j in range(k + 1, cue) if doc[j].lower_ in lexicon.words.modal), None)
    return modal is not None and not any(
        doc[j].is_quote or doc[j].text in (";", ":") or doc[j].lower_ in lexicon.words.relative for j in range(k + 1, cue)
    )


#: the most tokens of one adverbial that opens a sentence before its subject ("In Brisbane on Monday,")
ADVERBIAL_MAX_TOKENS = 12


def _past_adverbials(doc: Doc, i: int, cue: int, lexicon: Lexicon) -> int:
    """Token *i*, moved past the comma-closed adverbials that open a sentence before its subject, when they close
    before token *cue*: "On Thursday, however, Mr Sunak spoke …", "Earlier, Ms Ardern met …", "Stung by the
    criticism, as well as by the polls, the premier changed course, vowing …". An adverbial opens with a word of
    ``setting_preposition``, ``setting_adverb``, ``aside_opener``, ``subordinator`` or ``time_before``, an adverb
    in -ly, or a past participle in -ed; "as" also continues one after its comma."""
    k = i
    while k < cue and _adverbial_opener(doc, k, k == i, lexicon):
        m = k + 1
        while m < cue and m - k <= ADVERBIAL_MAX_TOKENS and doc[m].text != "," and not doc[m].is_quote:
            m += 1
        if m >= cue or doc[m].text != ",":
            return k  # no comma before the cue: no adverbial here (the last one ended before k)
        k = m + 1
    return k


def _adverbial_opener(doc: Doc, k: int, first: bool, lexicon: Lexicon) -> bool:
    """Whether token *k* opens an adverbial (:func:`_past_adverbials`); *first*: it opens the sentence."""
    tok = doc[k]
    low = tok.lower_
    if not tok.is_alpha or (not first and not tok.is_lower):
        return False
    return adverbial_word(low, lexicon) or (not first and low == "as") or ly_adverb(tok, lexicon) \
        or (first and low.endswith("ed") and len(low) > 4)


def fronted_subject(doc: Doc, start: int, cue: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The subject after a participle clause that opens the sentence (tokens ``start..end``), as the
    speaker of its cue at token *cue*: "After saying her foot was swollen, she was taken …", "While
    insisting that the plan was sound, Smith admitted …". The subject follows the clause's comma,
    at most ``CLAUSE_MAX_TOKENS`` tokens after the cue, and a verb follows it."""
    if cue - start > FRONTED_MAX_TOKENS or not doc[cue].lower_.endswith("ing"):
        return None
    k, marks, closed = cue + 1, 0, False
    while k < end and k - cue <= CLAUSE_MAX_TOKENS and not closed:
        if doc[k].text == "," and marks % 2 == 0:
            closed = True
        elif doc[k].text == "," and k + 1 < end and doc[k + 1].is_quote and not doc[cue + 1].is_quote:
            k, closed = k + 1, True  # "After saying her foot was “so swollen …,” she was …": a quote in the clause
        else:
            marks += doc[k].is_quote
            k += 1
    if not closed or k + 1 >= end:
        return None
    subject_end = _phrase_end(doc, k + 1, end, lexicon)
    return None if subject_end is None else (k + 1, subject_end)


def _phrase_end(doc: Doc, i: int, cue: int, lexicon: Lexicon) -> int | None:
    """Where the opening phrase that starts at token *i* ends, if a verb follows it."""
    words = lexicon.words
    if doc[i].lower_ in lexicon.speaker_pronouns:
        if doc[i].lower_ == "it" and i + 1 < cue and doc[i + 1].lower_ in IMPERSONAL_AUXILIARIES:
            return None  # "It was announced …"
        return i + 1 if _verb_follows(doc, i + 1, cue, True, lexicon) else None
    j = i + 1 if doc[i].lower_ in words.article and i + 1 < cue and np_token(doc[i + 1], lexicon) else i
    end = _name_run_end(doc, j, cue, lexicon)
    if end > j and doc[end - 1].lower_ not in lexicon.speaker_determiners and _verb_follows(
        doc, _past_apposition(doc, end, cue, lexicon), cue, False, lexicon
    ):
        return end  # "Mr. Schultz", "The FBI", "Donald Trump, her Republican opponent,"
    common = _common_phrase_end(doc, i, cue, lexicon)
    if common is not None:
        return common  # "The nurse later sued, claiming", "The conservative publication has been outspoken, arguing"
    for k in range(i, min(cue, i + ROLE_MAX_TOKENS)):  # "Civil rights groups", "The company"
        tok = doc[k]
        if not (tok.is_alpha or "-" in tok.text):
            return None
        title = lexicon.titles.get(tok.lower_)
        if title is None or title.kind == "honorific":
            continue
        lows = [doc[x].lower_ for x in range(k, min(cue, k + TITLE_MAX_WORDS))]
        name_end = k + len((title_at(lows, lexicon, 0, len(lows)) or tok.lower_).split())  # "chief whip"
        while name_end < cue and np_token(doc[name_end], lexicon):
            name_end += 1  # "Democratic presidential nominee Hillary Clinton chimed in"
        if _verb_follows(doc, _past_apposition(doc, name_end, cue, lexicon), cue, False, lexicon):
            return name_end
    return None


def _common_phrase_end(doc: Doc, i: int, cue: int, lexicon: Lexicon) -> int | None:
    """Where an opening phrase of an article and at most ``ROLE_MAX_TOKENS`` - 1 words in lower case (no stop
    word, no cue form) ends, if a verb follows it: "The nurse later sued", "The conservative publication has
    been outspoken"."""
    if doc[i].lower_ not in lexicon.words.article:
        return None
    k = i + 1
    while k < cue and k - i < ROLE_MAX_TOKENS and doc[k].is_alpha and doc[k].is_lower and not doc[k].is_stop \
            and doc[k].lower_ not in lexicon.cue_forms and not doc[k].lower_.endswith("ed"):
        if _verb_follows(doc, k + 1, cue, False, lexicon):
            return k + 1
        k += 1
    return None


def _possessed_person_end(doc: Doc, i: int, cue: int, lexicon: Lexicon) -> int | None:
    """Where an opening phrase of a possessive and a person noun ends, if a verb follows it (past a name in
    apposition): "Her deputy, Ted O'Brien, went further", "His lawyer said"; not a thing: "His comments drew …"."""
    end = i + 2
    if end >= cue or not lexicon.is_person_noun(doc[i + 1].lower_):
        return None
    return end if _verb_follows(doc, _past_apposition(doc, end, cue, lexicon), cue, False, lexicon) else None


def _name_run_end(doc: Doc, j: int, cue: int, lexicon: Lexicon) -> int:
    """Where the run of name tokens from token *j* ends ("Bank of Canada"), before a day of the week
    ("The Bank of Canada Wednesday cut")."""
    end = j
    while end < cue and not (end > j and weekday(doc[end].text, lexicon)) and (np_token(doc[end], lexicon) or (
        doc[end].lower_ in lexicon.words.name_joiner and end + 1 < cue and np_token(doc[end + 1], lexicon)
    )):
        end += 1
    return end


def _verb_follows(doc: Doc, end: int, cue: int, pronoun: bool, lexicon: Lexicon) -> bool:
    """Whether token *end* starts the verb of an opening subject (or is the cue at token *cue*): any
    lower-case word after a pronoun
    ("He recently pitched", "He's claiming"); after a name or role, past a time phrase and -ly
    adverbs, an auxiliary or adverb of ``skip`` or ``verb_before``, a verb of ``catenative``, a cue
    form, a word in -ed or of ``irregular_past`` ("The FBI decided", "Mr. Schultz generally
    supported", "The central bank on Thursday held"), not a noun ("Climate change", "Central
    European leaders").
    """
    if end >= cue:
        return end == cue  # the cue itself: "Civil rights groups welcomed …"
    tok = doc[end]
    low = tok.lower_
    if pronoun:
        return (tok.is_alpha and tok.is_lower and low not in lexicon.words.head_end) or low in POSSESSIVE_S
    words = lexicon.words
    end = _past_time(doc, end, cue, lexicon)  # "A federal judge on Tuesday refused …, saying"
    low = doc[end].lower_
    while end + 1 < cue and ly_adverb(doc[end], lexicon):
        end += 1
        low = doc[end].lower_
    return doc[end].is_lower and (
        low in words.skip or low in words.verb_before or low in words.catenative or low in lexicon.cue_forms
        or low.endswith("ed") or low in words.irregular_past or _s_form_before_object(doc, end, cue, lexicon)
    )


def _s_form_before_object(doc: Doc, k: int, cue: int, lexicon: Lexicon) -> bool:
    """Whether token *k* is a verb in -s before its object's determiner or pronoun: "Sanders rips the
    agreement", "Sanders seeks their support" (not "Trump supporters say")."""
    low = doc[k].lower_
    if not (low.endswith("s") and not low.endswith("ss") and doc[k].is_alpha) or k + 1 >= cue:
        return False
    nxt = doc[k + 1].lower_
    return nxt in lexicon.determiners or nxt in lexicon.possessives or nxt in lexicon.object_pronouns


def _past_time(doc: Doc, end: int, cue: int, lexicon: Lexicon) -> int:
    """Token *end*, moved past a time phrase that stands between a subject and its verb in wire copy:
    "on Tuesday", "last week", or a capitalised day alone ("The judge Tuesday refused")."""
    words = lexicon.words
    if end + 2 < cue and doc[end].lower_ in words.time_before and doc[end + 1].lower_ in words.time:
        return end + 2
    if end + 1 < cue and weekday(doc[end].text, lexicon):
        return end + 1
    return end


def _past_apposition(doc: Doc, end: int, cue: int, lexicon: Lexicon) -> int:
    """Token *end*, moved past an apposition between commas that opens there (", her Republican
    opponent,", ", who leads the union,", a name: ", Kemi Badenoch,"), at most ``APPOSITION_MAX_TOKENS``
    long."""
    if end + 1 >= cue or doc[end].text != ",":
        return end
    named = doc[end + 1].text[:1].isupper()  # "The Conservative leader, Kemi Badenoch, hit back"
    if not named and doc[end + 1].lower_ not in lexicon.apposition_starts:
        return end
    k = end + 1
    while k < cue and k - end <= APPOSITION_MAX_TOKENS and doc[k].text != "," and not doc[k].is_quote:
        if named and not np_token(doc[k], lexicon):
            return end
        k += 1
    return k + 1 if k < cue and doc[k].text == "," else end


#: a quotation of at most this many tokens inside an opening subject's clause is passed over
SHORT_QUOTE_TOKENS = 8


def _short_quote_end(doc: Doc, k: int, cue: int) -> int | None:
    """The token after the quote that opens at token *k* and closes within ``SHORT_QUOTE_TOKENS`` tokens
    before the cue ('urged Republicans to "vote your conscience" and said'); else None."""
    m = k + 1
    while m < cue and m - k <= SHORT_QUOTE_TOKENS and not doc[m].is_quote:
        m += 1
    return m + 1 if m < cue and m - k <= SHORT_QUOTE_TOKENS and doc[m].is_quote and m - k > 1 else None
