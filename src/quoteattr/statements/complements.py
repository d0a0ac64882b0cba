"""Complements: what kind of phrase follows a cue verb, read from a parse or from the words.

The precision rules (:mod:`quoteattr.filters`) ask of a reported statement what its cue
verb takes: a that-clause ("added that the vote was fair"), a wh-clause, a finite clause,
a to-infinitive after an addressee ("asked voters to stay home"), quoted words, content
standing before the cue, a gerund, an object with a predicate ("called him a liar"), a
prepositional phrase, or a noun phrase (headed by a noun of speech, followed by "about",
or other). With a parse the answer comes from the dependencies; without one from a
bounded look at the first words of the content. Each question reads the statement's own
tokens, a few at most on the rules tier.
"""

from __future__ import annotations

import functools
from importlib import resources

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..parse import children
from .frame import FINITE_WORDS
from .statement import Statement

__all__ = ["FINITE_WORDS", "PLACEHOLDERS", "SUBJECT_PRONOUNS", "complement_kind", "data_lines", "is_passive",
           "np_denotes", "only_addressee", "only_setting", "past_addressee", "past_setting", "setting_words",
           "speech_nouns"]

#: a setting that closes a sentence after an inverted cue ("…, the bank warned on Tuesday.") or opens a content
#: before "that" ("said in a statement that …") is at most this many words (rules tier)
SETTING_MAX_TOKENS = 12
#: a hearer verb's addressee before a clause without "that" is at most this many tokens (rules tier)
ADDRESSEE_MAX_TOKENS = 6
#: how many tokens into a content (rules tier) a that-, wh- or to-clause after an addressee is looked for
SURFACE_LOOKAHEAD = 16
#: surface forms of "be" and "get" before a passive participle
_PASSIVE_AUX = frozenset("be is are was were been being am get gets got gotten getting 's 're".split())
#: contents that are only a placeholder: "she said it", "he said something" ("said so" and "said that"
#: point back to a claim already made, and stay statements)
PLACEHOLDERS = frozenset("it something anything nothing everything".split())
#: "He disclosed this on Tuesday while briefing journalists" (Nigerian, Ghanaian and Indian copy): "this" points
#: back at the paragraph before, and the rest only says where or when
POINTERS = frozenset({"this", "these"})
_WH = frozenset("what why how when where who whom whose which whether if".split())
_OBJECT_PRONOUNS = frozenset("him her them it me us".split())
SUBJECT_PRONOUNS = frozenset("i we you he she they it there this that".split())
_PREPOSITIONS = frozenset(
    "about at by for from in into of on to with without as over against after before during through "
    "toward towards upon".split()
)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow week month "
    "year morning afternoon evening night".split()
)
_PERSON_ENTS = frozenset({"PERSON"})
_NUMBER_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_TIME_ENTS = frozenset({"DATE", "TIME", "EVENT"})


def data_lines(name: str) -> list[str]:
    text = (resources.files("quoteattr") / "data" / name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def speech_nouns() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in data_lines("speech_nouns.txt"))


def is_passive(doc: Doc, i: int, parsed: bool) -> bool:
    """Is the cue verb at token *i* a passive participle ("was told", "has been charged")?"""
    tok = doc[i]
    if parsed:
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in children(tok)):
            return True
        return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ in ("be", "get") for c in children(tok))
    if not tok.lower_.endswith(("ed", "en")) and tok.lower_ not in ("told", "said", "held", "written", "thought"):
        return False
    k = i - 1
    while k >= 0 and k >= i - 3 and (doc[k].lower_.endswith("ly") or doc[k].lower_ in ("not", "n't", "also", "first", "never", "since")):
        k -= 1
    return k >= 0 and doc[k].lower_ in _PASSIVE_AUX


def complement_kind(doc: Doc, st: Statement, parsed: bool) -> str:
    """The kind of the cue's complement (see ``data/speech_senses.tsv``): that, wh, clause, to-inf,
    quote, before, gerund, naming, np, pp:<preposition> or none."""
    f = st.frame
    if f is None or st.kind == "direct":
        return "quote"
    if f.content is None:
        return "none"
    lo, hi = f.content
    if st.kind == "mixed":
        return "quote"
    if lo < f.cue.start:
        return "before"
    lead = _lead_kind(doc, lo, hi, parsed)
    if lead is not None:
        return lead
    return _parsed_kind(doc, f.cue.start, f.cue.end, lo, hi) if parsed else _surface_kind(doc, lo, hi)


def _lead_kind(doc: Doc, lo: int, hi: int, parsed: bool) -> str | None:
    """that, wh or to-inf when the content's first word says so ("that …", "whether …", "to resign")."""
    low = doc[lo].lower_
    if low == "that" and hi - lo > 2:
        return "that"
    if low in _WH:
        return "wh"
    if low == "to" and lo + 1 < hi:
        nxt = doc[lo + 1]
        if nxt.pos_ in ("VERB", "AUX") if parsed else nxt.is_lower and nxt.is_alpha:
            return "to-inf"
    return None


def _parsed_kind(doc: Doc, cue_start: int, cue_end: int, lo: int, hi: int) -> str:
    """The complement's kind read from the dependency parse around the cue verb."""
    verb = doc[cue_start]
    first = doc[lo]
    deps = {c.dep_ for c in children(verb) if c.i >= cue_end and lo <= c.i < hi}
    if "ccomp" in deps or "parataxis" in deps:
        return "clause"
    if "xcomp" in deps:
        return _xcomp_kind(next(c for c in children(verb) if c.dep_ == "xcomp" and lo <= c.i < hi), "dobj" in deps)
    if "dobj" in deps and ("oprd" in deps or any(c.dep_ == "prep" and c.lower_ == "as" for c in children(verb))):
        return "naming"
    if first.tag_ == "VBG":
        return "gerund"
    if first.pos_ == "ADP" or (first.dep_ == "prep" and first.head.i == verb.i):
        return f"pp:{first.lower_}"
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and lo <= t.head.i < hi
           for t in doc[lo:hi]):
        return "clause"
    return _np_kind(doc, lo, hi, doc[lo:hi].root)


def _xcomp_kind(x: Token, has_object: bool) -> str:
    """An open clausal complement: "denied taking", "urged them to leave", "called it unfair"."""
    if x.tag_ == "VBG":
        return "gerund"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children(x)):
        return "to-inf"
    return "naming" if has_object else "clause"


def _surface_kind(doc: Doc, lo: int, hi: int) -> str:
    """The complement's kind from the words alone (the rules-only tier)."""
    first = doc[lo]
    low = first.lower_
    if low in _PREPOSITIONS:
        return f"pp:{low}"
    later = _surface_later(doc, lo, hi)
    if later is not None:
        return later
    if low.endswith("ing") and len(low) > 5:
        return "gerund"
    if low in SUBJECT_PRONOUNS - {"that", "this", "it"} or any(t.lower_ in FINITE_WORDS for t in doc[lo:min(hi, lo + 10)]):
        return "clause"
    if any(t.lower_ == "about" for t in doc[lo + 1:min(hi, lo + 6)]):
        return "np-about"
    if hi - lo >= 3 and (low in _OBJECT_PRONOUNS or any(t.lower_ in ("a", "an") for t in doc[lo + 1:min(hi, lo + 8)])):
        return "naming"  # "called him a liar", "called the plan a mistake"
    head = next((t for t in doc[lo:hi] if t.lower_ in _PREPOSITIONS or t.is_punct), None)
    return _np_kind(doc, lo, hi, doc[head.i - 1] if head is not None and head.i > lo else doc[hi - 1])


def _surface_later(doc: Doc, lo: int, hi: int) -> str | None:
    """Without a parse: a that-, wh- or to-clause a few words into the content, after an addressee
    or a setting ("told a meeting of leaders that …", "asked the candidates to discuss …")."""
    addressee_only = doc[lo].lower_ not in ("a", "an")  # "an emergency meeting to discuss …" is no addressee  # no setting ("on Thursday night") between the object and a to-clause
    for j in range(lo + 1, min(hi - 1, lo + SURFACE_LOOKAHEAD)):
        w = doc[j].lower_
        if doc[j].is_punct and doc[j].text not in (",", "'s", "\u2019s"):
            return None
        if w == "that" and doc[j + 1].is_lower:
            return "that"
        if w in _WH and doc[j - 1].lower_ not in (",", "and", "or") and doc[j + 1].is_alpha:
            return "wh"
        if w in SUBJECT_PRONOUNS - {"that", "this", "it"} and j - lo <= 2:
            return "clause"  # "told Cable she loved him"
        if w in _PREPOSITIONS and w not in ("to", "of"):
            addressee_only = False
        if w == "to" and addressee_only and doc[j + 1].is_lower and doc[j + 1].is_alpha and doc[j + 1].lower_ not in ("the", "a", "an"):
            return "to-inf"
    return None


def _np_kind(doc: Doc, lo: int, hi: int, head: Token) -> str:
    """np-speech (headed by a noun of speech), np-about (followed by "about") or np."""
    if head.lower_ in speech_nouns() or (head.lemma_ or "").lower() in speech_nouns():
        return "np-speech"
    if any(t.lower_ == "about" for t in doc[lo + 1:hi]):
        return "np-about"
    return "np"


def np_denotes(doc: Doc, lo: int, hi: int, lexicon: Lexicon, parsed: bool, entities: bool) -> str | None:
    """'person', 'number' or 'time' when the noun phrase tokens lo..hi denote one, else None.

    With a parse and entity labels the labels decide; with a parse but no recogniser (the default
    trained tier) a pronoun is read from the parse and the rest from the surface, as without a parse.
    *entities*: the Doc has entity labels (asked once per Doc by the caller: the question scans the Doc).
    """
    toks = [t for t in doc[lo:hi] if not (t.is_punct or t.is_space)]
    if not toks:
        return None
    if _is_amount(toks):
        return "number"
    if not parsed:
        return _surface_denotes(toks, lexicon)
    root = doc[lo:hi].root
    if entities:
        return _entity_denotes(root, toks, lexicon)
    if root.pos_ == "PRON" and root.lower_ not in PLACEHOLDERS and len(toks) == 1:
        return "person"
    return _surface_denotes(toks, lexicon)


def _is_amount(toks: list[Token]) -> bool:
    """"$50,000", "about 300 people", "more than 20": a number leads the phrase."""
    first = toks[0]
    if first.like_num or first.text[:1] in "$£€¥" or first.lower_ in ("about", "nearly", "some", "more", "less", "over", "almost"):
        return any(t.like_num or t.text[:1] in "$£€¥" for t in toks[:3])
    return False


def _entity_denotes(root: Token, toks: list[Token], lexicon: Lexicon) -> str | None:
    """What the recogniser's labels (and the parse) say the phrase denotes."""
    if root.ent_type_ in _PERSON_ENTS and all(
        t.ent_type_ in _PERSON_ENTS or t.lower_ in lexicon.titles or t.pos_ == "DET" for t in toks
    ):
        return "person"
    if root.ent_type_ in _NUMBER_ENTS:
        return "number"
    if root.ent_type_ in _TIME_ENTS or root.lower_ in _TIME_WORDS:
        return "time"
    if root.pos_ == "PRON" and root.lower_ not in PLACEHOLDERS and len(toks) == 1:
        return "person"
    return None


def _surface_denotes(toks: list[Token], lexicon: Lexicon) -> str | None:
    """What the words alone say the phrase denotes: a pronoun or a short titled name is a person."""
    first = toks[0]
    if len(toks) == 1 and first.lower_ in lexicon.pronouns and first.lower_ not in PLACEHOLDERS:
        return "person"
    if len(toks) <= 4 and all(t.is_title or t.lower_ in lexicon.titles or t.text in (".",) for t in toks) \
            and not any(t.lower_ in lexicon.countries for t in toks):
        return "person"
    if all(t.lower_ in _TIME_WORDS or t.is_title and t.lower_ in _TIME_WORDS for t in toks[:2]):
        return "time"
    return None


def past_addressee(doc: Doc, start: int, stop: int, lexicon: Lexicon) -> int:
    """Where a hearer verb's clause starts after its addressee, without "that": "told [the committee]
    he had lied", "told [reporters] the deal was off", "told [a meeting in Perth] the border would
    reopen": at a subject pronoun, a determiner or a capitalised word that follows the addressee (not a
    preposition or a determiner); *start* itself when there is none ("told them to leave", "told him
    the truth" has one: the filter judges "the truth")."""
    for j in range(start + 1, min(start + ADDRESSEE_MAX_TOKENS, stop - 1)):
        tok, prev = doc[j], doc[j - 1]
        low = tok.lower_
        if tok.is_punct or low == "to" or tok.is_quote:
            return start
        if prev.lower_ in _PREPOSITIONS or prev.lower_ in lexicon.determiners or prev.lower_ in lexicon.possessives:
            continue
        if low in lexicon.speaker_pronouns or low in lexicon.determiners or low in lexicon.possessives or (
            tok.text[:1].isupper() and prev.is_lower and prev.is_alpha
        ):
            return j
    return start


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
    if stop - start > ADDRESSEE_MAX_TOKENS + 2 * SETTING_MAX_TOKENS or doc[stop - 1].text not in (".", "!", "?"):
        return False  # (asked per cue: a long rest of the sentence is never read)
    j = start
    while j < stop and not (doc[j].is_punct or doc[j].lower_ in lexicon.words.setting_preposition):
        tok = doc[j]
        if j - start >= ADDRESSEE_MAX_TOKENS or tok.is_quote or tok.lower_ in SUBJECT_PRONOUNS or tok.lower_ in _PREPOSITIONS \
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
    timed = start + 1 < stop and doc[start].lower_ in words.time_before and doc[start + 1].lower_ in words.time
    if start >= stop or not (doc[start].lower_ in words.setting_preposition or doc[start].lower_ in words.time or timed):
        return start
    if doc[start].lower_ in words.time and start + 1 < stop - 1 and (
        doc[start + 1].lower_ in lexicon.determiners and doc[start + 1].lower_ != "that" or _names_after_time(doc, start + 1, lexicon)
    ):
        return start + 1  # "said Tuesday the province would …", "said Tuesday Tehran was …" (AP style: the day, then the clause)
    for j in range(start + 1, min(stop - 1, start + SETTING_MAX_TOKENS)):
        found = _content_after_setting(doc, j, stop, lexicon)
        if found is not None:
            return found if found >= 0 else start
    return start


def _content_after_setting(doc: Doc, j: int, stop: int, lexicon: Lexicon) -> int | None:
    """At token *j* of a setting: where the content starts, -1 when no content follows the setting, or None
    to read on (``past_setting``)."""
    tok = doc[j]
    low = tok.lower_
    if low == "that" or (low in lexicon.speaker_pronouns and low not in ("it", "you")):
        return j  # "said on Thursday that …", "said on Thursday he would …"
    if low in ("it", "you") and j + 1 < stop and doc[j + 1].lower_ in FINITE_WORDS:
        return j  # "said on Wednesday it would cut …" (not "said in it")
    if (low in lexicon.determiners or _names_after_time(doc, j, lexicon)) and doc[j - 1].lower_ in lexicon.words.time \
            and j + 1 < stop - 1:
        return j  # "said on Tuesday the bloc would …", "said on Tuesday Tehran was …"
    if tok.text == ":" and j + 1 < stop and doc[j + 1].is_quote:
        return j + 1  # "said in a statement: “…”": the quotation is the content
    if (tok.is_punct and tok.text != ",") or tok.is_quote or low in FINITE_WORDS:
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

