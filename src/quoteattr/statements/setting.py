"""Settings and addressees: the words between a cue and its content that say where, when or to whom
something was said, not what ("said [in a statement] that …", "told [reporters on Monday] the deal …").

The rules tier reads them from the surface, a bounded number of tokens after each cue; the precision
rules (``filters.py``) ask whether a content is only such words ("…, the bank warned on Tuesday."). The
trained tier reads the parse, which sometimes hangs the reported clause on the addressee (``addressee_clause``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..parse import children, rights
from .complements import FINITE_WORDS, PREPOSITIONS, SUBJECT_PRONOUNS, past_clause, past_with_object

__all__ = [
    "past_time_clause",
    "setting_tail",
    "addressee_clause", "setting_clause", "only_addressee", "only_setting", "past_addressee", "past_setting", "points_back",
    "setting_words",
    "SETTING_MAX_TOKENS", "ADDRESSEE_MAX_TOKENS", "TIME_CLAUSE_TOKENS", "POINTERS", "POINTER_WHEN",
]

#: a setting that closes a sentence after an inverted cue ("…, the bank warned on Tuesday.") or opens a content
#: before "that" ("said in a statement that …") is at most this many words (rules tier)
SETTING_MAX_TOKENS = 12
#: a hearer verb's addressee before a clause without "that" is at most this many tokens (rules tier)
ADDRESSEE_MAX_TOKENS = 6
#: "He disclosed this on Tuesday while briefing journalists" (Nigerian, Ghanaian and Indian copy): "this" points
#: back at the paragraph before, and the rest only says where or when
POINTERS = frozenset({"this", "these"})


#: words that open a true relative clause on an addressee ("told the man who …")
_RELATIVE_WORDS = frozenset("who whom whose which that where when".split())


def addressee_clause(verb: Token, s_end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The reported clause the parser hung on a hearer verb's addressee as a relative clause: "told [ABC Radio
    National] the government had …" (a clause that opens with a subject of its own, not a relative word), or
    "told [The Huffington Post] that Donald Trump could change" (right after a named or role addressee, "that"
    and a subject: a complement, not "the story that he told"), else None. Not on a thing: "tell the I.R.S.
    [anything] it doesn't already know"."""
    for obj in rights(verb):
        if obj.dep_ not in ("dobj", "dative") or obj.i >= s_end or obj.pos_ == "PRON" or obj.lower_.endswith("thing"):
            continue
        for c in rights(obj):
            if c.dep_ != "relcl":
                continue
            subjects = [t for t in children(c) if t.dep_ in ("nsubj", "nsubjpass") and t.i < c.i]
            if subjects and subjects[0].left_edge.i == c.left_edge.i > obj.i \
                    and subjects[0].left_edge.lower_ not in _RELATIVE_WORDS:
                return c.left_edge.i, min(c.right_edge.i + 1, s_end)
            that = c.left_edge
            if that.lower_ == "that" and that.i == obj.i + 1 and subjects and subjects[0].left_edge.i > that.i \
                    and (obj.pos_ == "PROPN" or obj.lower_ in lexicon.titles):
                return that.i, min(c.right_edge.i + 1, s_end)
    return None


def setting_clause(verb: Token, s_end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The reported clause the parser hung on the noun of a setting after the cue: "told the justices [in a
    filing] that the tariffs were essential" ("that" its mark and a subject of its own, not a relative
    pronoun: "in a filing that the court released" is no content), from "that"; else None."""
    for prep in rights(verb):
        if prep.dep_ != "prep" or prep.lower_ not in lexicon.words.setting_preposition or prep.i >= s_end:
            continue
        for noun in (t for t in children(prep) if t.dep_ == "pobj"):
            for c in rights(noun):
                kids = children(c)
                mark = next((t for t in kids if t.dep_ == "mark" and t.lower_ == "that" and t.i < c.i), None)
                if c.dep_ in ("relcl", "acl") and mark is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in kids):
                    return mark.i, min(c.right_edge.i + 1, s_end)
    return None


#: a hearer verb's topic, no addressee, follows these: "warned of", "warned against", "told of", "warned about"
TOPIC_PREPOSITIONS = frozenset({"of", "against", "about", "over"})


def past_addressee(doc: Doc, start: int, stop: int, lexicon: Lexicon) -> int:
    """Where a hearer verb's clause starts after its addressee, without "that": "told [the committee]
    he had lied", "told [reporters] the deal was off", "told [a meeting in Perth] the border would
    reopen", "told [reporters] “We will …”": at a subject pronoun, a determiner, an opening quote mark or a
    capitalised word that follows the addressee (not a
    preposition or a determiner); *start* itself when there is none ("told them to leave", "told him
    the truth" has one: the filter judges "the truth"), nor after a ``TOPIC_PREPOSITIONS`` word ("warned [of dire
    consequences if the bill failed]")."""
    if start < stop and doc[start].lower_ in TOPIC_PREPOSITIONS:
        return start
    for j in range(start + 1, min(start + ADDRESSEE_MAX_TOKENS, stop - 1)):
        tok, prev = doc[j], doc[j - 1]
        low = tok.lower_
        inside = prev.lower_ in PREPOSITIONS or prev.lower_ in lexicon.determiners or prev.lower_ in lexicon.possessives
        if tok.is_quote and not inside and tok.whitespace_ == "" and j + 1 < stop and doc[j + 1].is_alpha \
                and prev.is_alpha:
            return j  # "told [reporters] “We will build the road”": the quote opens what was told
        ended = _addressee_end(doc, j, inside, stop, lexicon)
        if ended is not None:
            return ended
        if tok.is_punct or low == "to" or tok.is_quote:
            return start
        if inside:
            continue
        if low in lexicon.speaker_pronouns or low in lexicon.determiners or low in lexicon.possessives or (
            tok.text[:1].isupper() and prev.is_lower and prev.is_alpha and prev.lower_ not in ("and", "of")
        ):  # (not inside a name: "told the Globe and Mail the party …")
            return j
    return start


def _addressee_end(doc: Doc, j: int, inside: bool, stop: int, lexicon: Lexicon) -> int | None:
    """Where a hearer verb's clause starts when token *j* ends its addressee: a comma before an opening quote mark
    ("told the senator, “You are wrong.”": the mark), a setting after it ("told supporters [after his victory in
    …] that …": where :func:`past_setting` goes); None when *j* does not end it."""
    tok = doc[j]
    if tok.text == "," and j + 1 < stop and doc[j + 1].is_quote and doc[j - 1].is_alpha:
        return j + 1
    if tok.lower_ in lexicon.words.setting_preposition and not inside:
        after = past_setting(doc, j, stop, lexicon)
        return after if after > j else None  # (else read on: "told a press conference in Perth the border …")
    return None


def only_setting(doc: Doc, start: int, stop: int, lexicon: Lexicon) -> bool:
    """Whether tokens start..stop, which end the sentence, only say where or when ("on Tuesday", "in an interview
    with the BBC"): a ``setting_preposition`` phrase of few words, no content opener, quote, pronoun or finite verb."""
    return doc[stop - 1].text in (".", "!", "?") and setting_words(doc, start, stop, lexicon)


def setting_words(doc: Doc, start: int, stop: int, lexicon: Lexicon) -> bool:
    """Whether tokens start..stop only say where or when: a ``setting_preposition`` phrase of at most
    SETTING_MAX_TOKENS words, no content opener, quote, pronoun or finite verb ("on Friday", "in a statement")."""
    if stop - start > 2 * SETTING_MAX_TOKENS:
        return False  # (asked per cue: a long rest of the sentence is never read)
    words = [doc[j] for j in range(start, stop) if not (doc[j].is_punct or doc[j].is_space)]
    if not words or len(words) > SETTING_MAX_TOKENS:
        return False
    return words[0].lower_ in lexicon.words.setting_preposition and not any(
        t.lower_ in lexicon.words.content_opener or t.lower_ in lexicon.speaker_pronouns or t.lower_ in FINITE_WORDS
        or t.is_quote for t in words
    )


def only_addressee(doc: Doc, start: int, stop: int, lexicon: Lexicon) -> bool:
    """Whether tokens start..stop, which end the sentence after a hearer verb, are only its addressee and a
    setting ("…, Peskov told [reporters on Monday].", "…, Willis told [RNZ]."): at most ADDRESSEE_MAX_TOKENS words
    up to a setting preposition, none another preposition ("thanks [the volunteers for their work]" is no
    addressee alone), a subject pronoun, content opener, finite word or quote mark."""
    if stop - start > ADDRESSEE_MAX_TOKENS + 2 * SETTING_MAX_TOKENS or doc[stop - 1].text not in (".", "!", "?") \
            or past_with_object(doc, start, stop) or past_clause(doc, start, stop, lexicon):
        return False  # (asked per cue: a long rest of the sentence is never read); "the party needed a new leader"
    j = start
    while j < stop and not (doc[j].is_punct or doc[j].lower_ in lexicon.words.setting_preposition):
        tok = doc[j]
        if j - start >= ADDRESSEE_MAX_TOKENS or tok.is_quote or tok.lower_ in SUBJECT_PRONOUNS or tok.lower_ in PREPOSITIONS \
                or tok.lower_ in lexicon.words.content_opener or tok.lower_ in FINITE_WORDS:
            return False
        j += 1
    if j == start:
        return False
    return all(doc[k].is_punct or doc[k].is_space for k in range(j, stop)) or only_setting(doc, j, stop, lexicon)


def past_setting(doc: Doc, start: int, stop: int, lexicon: Lexicon) -> int:
    """Where a content starts after a setting that opens it: "said [in a statement] that …", "announced [on
    Tuesday at a news conference in Ohio] that …" start at "that", "said [on Thursday] he would …" at the
    pronoun, "said [this week] that …" at "that", "said [in a statement]: “…”" at the quote; *start* itself
    when neither follows the setting within ``SETTING_MAX_TOKENS`` tokens, or a punctuation mark other than a
    comma comes first."""
    words = lexicon.words
    if start + 1 < stop and doc[start + 1].lower_ == "that" and doc[start].is_alpha and (
            doc[start].lower_ in words.setting_adverb or doc[start].lower_.endswith("ly")):
        return start + 1  # "said afterwards that …", "said publicly that …": an adverb, then the clause
    if _adverb_before_setting(doc, start, stop, lexicon):
        after = past_setting(doc, start + 1, stop, lexicon)  # "said earlier this month that", "wrote back in 2015:"
        return after if after > start + 1 else start
    timed = start + 1 < stop and doc[start].lower_ in words.time_before and doc[start + 1].lower_ in words.time
    if start >= stop or not (doc[start].lower_ in words.setting_preposition or doc[start].lower_ in words.time or timed):
        return start
    if doc[start].lower_ in words.time and start + 1 < stop - 1 and (
        doc[start + 1].lower_ in lexicon.determiners and doc[start + 1].lower_ != "that"
        or doc[start + 1].lower_ in lexicon.possessives or _names_after_time(doc, start + 1, lexicon)
    ):
        return start + 1  # "said Tuesday the province would …", "said Tuesday Tehran was …" (AP style: the day, then the clause)
    for j in range(start + 1, min(stop - 1, start + SETTING_MAX_TOKENS)):
        found = _content_after_setting(doc, j, stop, lexicon)
        if found is not None:
            return found if found >= 0 else start
    return start


def _adverb_before_setting(doc: Doc, start: int, stop: int, lexicon: Lexicon) -> bool:
    """Whether token *start* is a ``setting_adverb`` (or "back") before a setting preposition or a time phrase:
    "said [earlier] this month that", "wrote [back] in 2019 that"."""
    words = lexicon.words
    return start + 2 < stop and (doc[start].lower_ in words.setting_adverb or doc[start].lower_ == "back") \
        and doc[start + 1].is_lower \
        and (doc[start + 1].lower_ in words.setting_preposition or doc[start + 1].lower_ in words.time_before)


def past_time_clause(doc: Doc, start: int, stop: int, lexicon: Lexicon) -> int | None:
    """Where a content starts after a clause of time that opens it (a ``TIME_CONJUNCTIONS`` word and a subject
    pronoun): "said [as he left the court] that he would appeal" at "that"; *stop* (no content) when the
    sentence ends first ("…, as Eric Garner said before he died."); *start* when a comma ends the clause first
    ("said after he took office, crime fell": the clause is the content's); None when no such clause opens it."""
    if start + 1 >= stop or doc[start].lower_ not in TIME_CONJUNCTIONS \
            or doc[start + 1].lower_ not in lexicon.speaker_pronouns:
        return None
    for j in range(start + 2, min(stop, start + SETTING_MAX_TOKENS)):
        if doc[j].lower_ == "that":
            return j
        if doc[j].is_punct:
            return stop if doc[j].text in SENTENCE_ENDS else start
    return stop if start + SETTING_MAX_TOKENS >= stop else start


#: words that open a clause of time after a cue: "said [as] he left", "said [before] he died" (not "when": "have not
#: said when they would …" asks a question)
TIME_CONJUNCTIONS = frozenset({"as", "before", "after", "while", "until", "once"})
SENTENCE_ENDS = frozenset({".", "!", "?"})


def _content_after_setting(doc: Doc, j: int, stop: int, lexicon: Lexicon) -> int | None:
    """At token *j* of a setting: where the content starts, -1 when no content follows the setting, or None
    to read on (``past_setting``)."""
    tok = doc[j]
    low = tok.lower_
    if low == "that" or (low in lexicon.speaker_pronouns and low not in ("it", "you")):
        return j  # "said on Thursday that …", "said on Thursday he would …"
    if low in ("it", "you") and j + 1 < stop and doc[j + 1].lower_ in FINITE_WORDS:
        return j  # "said on Wednesday it would cut …" (not "said in it")
    if (low in lexicon.determiners or low in lexicon.possessives or _names_after_time(doc, j, lexicon)) \
            and doc[j - 1].lower_ in lexicon.words.time and j + 1 < stop - 1:
        return j  # "said on Tuesday the bloc would …", "said on Tuesday Tehran was …", "said on Thursday his government …"
    if tok.text == ":" and j + 1 < stop and doc[j + 1].is_quote:
        return j + 1  # "said in a statement: “…”": the quotation is the content
    if (tok.is_punct and tok.text not in SETTING_PUNCT) or tok.is_quote or low in FINITE_WORDS:
        return -1
    return None


def _names_after_time(doc: Doc, j: int, lexicon: Lexicon) -> bool:
    """Whether token *j*, right after a time word, opens the content: a capitalised word ("said on Tuesday
    Tehran was ready"), not another time word ("on Tuesday March 5"), or a lower-case word that is no stop
    word with a finite verb within ``TIME_CLAUSE_TOKENS`` tokens ("said on Sunday security forces had raided
    …"; not "said on Tuesday local time")."""
    tok = doc[j]
    if not tok.is_alpha or tok.lower_ in lexicon.words.time:
        return False
    if tok.is_lower:
        for t in doc[j + 1:j + 1 + TIME_CLAUSE_TOKENS]:
            if t.lower_ in lexicon.words.content_opener:
                return False  # "tweeted in the early morning hours that …": the content starts at "that"
            if t.lower_ in FINITE_WORDS:
                return not tok.is_stop
        return False
    return tok.text[:1].isupper() and not (j + 1 < len(doc) and doc[j + 1].text[:1].isdigit())


#: marks a setting reads through: "said on Sunday (Aug 18) that …" (Straits Times dates in brackets)
SETTING_PUNCT = frozenset({",", "(", ")"})

#: a lower-case word after a time word opens the content when a finite verb follows within this many tokens
TIME_CLAUSE_TOKENS = 4


#: the clauses after "this" that only say when: "stated this while briefing journalists" ("because" gives a reason)
POINTER_WHEN = frozenset({"while", "when", "after", "before"})


def points_back(doc: Doc, start: int, stop: int, cls: str, lexicon: Lexicon) -> bool:
    """Whether content tokens start..stop of a neutral or announcing cue (class *cls*: "say", "disclose",
    not "blame [this on Bush]") are a ``POINTERS`` word and then nothing, a setting, "to" an addressee or
    a ``POINTER_WHEN`` clause: "disclosed [this on Tuesday in Abuja while briefing journalists]",
    "stated [this to reporters]" (not "said [this was the end]")."""
    if doc[start].lower_ not in POINTERS or cls not in ("neutral", "announcing"):
        return False
    k = start + 1
    while k < stop and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if k >= stop:
        return True
    low = doc[k].lower_
    return low == "to" or low in POINTER_WHEN or setting_words(doc, k, stop, lexicon)


def setting_tail(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a right child of a cue after its object says only when or in what it was said: "on Thursday",
    "in a statement", "in early-morning tweets", "during an interview" (not "through the Clean Air Act", "at
    bolting …": what was said)."""
    words = lexicon.words
    if tok.dep_ == "npadvmod":
        return tok.lower_ in words.time
    if tok.dep_ != "prep" or tok.lower_ not in words.setting_preposition:
        return False
    objects = [c for c in children(tok) if c.dep_ == "pobj"]
    return len(objects) == 1 and (objects[0].lower_ in words.time or objects[0].lower_ in words.utterance)
