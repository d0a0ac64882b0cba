"""A frame: one attribution found around a cue (its source and content), and what both tiers
do to frames: trim them, read parentheticals, drop greetings."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..lexicon import POSSESSIVE_S, Lexicon
from ..parse import children, rights
from .cues import Cue

__all__ = ["BE_FORMS", "Frame", "coordinated_cut", "object_verb", "split_tree_end", "trim", "words_after", "parenthetical", "greeting", "past_form", "to_comma"]


@dataclass(frozen=True, slots=True)
class Frame:
    """One attribution around a cue, as token spans of the Doc."""

    cue: Cue
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    pattern: str
    inherited: bool = False
    flags: tuple[str, ...] = ()
    gap: tuple[int, int] | None = None  # tokens inside content that are not content: ", he said,"


def trim(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Drop outer punctuation and spaces (not quote marks) from a token span."""
    if span is None:
        return None
    s, e = span
    e = _before_unopened_close(doc, s, e)
    while s < e and (doc[s].is_space or (doc[s].is_punct and not doc[s].is_quote and doc[s].text not in "([")):
        s += 1
    while e > s and (doc[e - 1].is_space or (doc[e - 1].is_punct and not doc[e - 1].is_quote and doc[e - 1].text not in ")]")):
        e -= 1
    return (s, e) if s < e else None


#: a span longer than this many tokens is not read for an unopened bracket (``_before_unopened_close``): each
#: statement's span is read once, and one sentence of 20,000 ", he said" must not make that quadratic
BRACKET_SCAN_TOKENS = 200


def _before_unopened_close(doc: Doc, s: int, e: int) -> int:
    """The end of span s..e cut at a ")" or "]" that nothing in it opened: a statement inside brackets ends
    with them ("The plan (officials said it would cost $2 billion) was shelved"); spans longer than
    ``BRACKET_SCAN_TOKENS`` are left as they are."""
    if e - s > BRACKET_SCAN_TOKENS:
        return e
    depth = 0
    for k in range(s, e):
        text = doc[k].text
        if text in ("(", "["):
            depth += 1
        elif text in (")", "]"):
            if depth == 0:
                return k
            depth -= 1
    return e


def words_after(doc: Doc, start: int, end: int, enough: int) -> int:
    """How many words (not punctuation or space) lie in tokens start..end, counting up to *enough*."""
    n = 0
    for i in range(start, end):
        tok = doc[i]
        if not (tok.is_punct or tok.is_space):
            n += 1
            if n >= enough:
                break
    return n


def parenthetical(doc: Doc, frame: Frame, sent: tuple[int, int], lexicon: Lexicon) -> Frame:
    """ "The museum, Mr. Bush said, celebrated …": content on both sides of ", SOURCE CUE,".

    The attribution sits between two commas in mid-sentence, with words on
    both sides; the content is the sentence without it. A relative clause is
    no such aside: "Smith, who warned that rates would rise, said …" keeps its
    own content, and the sentence's "said" its own.
    """
    bare = _as_participle(doc, frame, sent, lexicon)
    if bare is not None:
        return bare
    if frame.source is None or frame.inherited or frame.cue.nominal:
        return frame
    if frame.source[1] - frame.source[0] == 1 and doc[frame.source[0]].lower_ in lexicon.words.relative:
        return frame
    s_start, s_end = sent
    lo = min(frame.source[0], frame.cue.start)
    hi = max(frame.source[1], frame.cue.end)
    aside = _as_aside(doc, frame, lo, hi, sent, lexicon)
    if aside is not None:
        return aside
    if lo - 1 <= s_start or doc[lo - 1].text != ",":
        return frame
    j = hi
    while j < s_end and j - hi <= 5 and doc[j].text not in (",", ".", ";", ":") and not doc[j].is_quote:
        j += 1
    if j >= s_end or doc[j].text != ",":
        return frame
    if words_after(doc, j + 1, s_end, 2) < 2 or _says_something(doc, hi, j, lexicon) \
            or _source_apposition(doc, j + 1, s_end, lexicon):
        return frame
    if _opening_adverbial(doc, s_start, lo - 1, lexicon):  # "In the end, the premier said, the deal would hold"
        after = trim(doc, (j + 1, s_end))  # (no content before; a quote after is its own: "On Monday, she said, “…”")
        return frame if after is None or doc[j + 1].is_quote else Frame(
            frame.cue, frame.source, after, "that-clause", False, frame.flags)
    if _participle_after(doc, j + 1, s_end, lexicon):  # "…, Axios reported on Friday, citing two U.S. officials"
        before = trim(doc, (s_start, lo - 1))
        return frame if before is None else Frame(frame.cue, frame.source, before, "inverted", False, frame.flags)
    content = trim(doc, (s_start, s_end))
    if content is None:
        return frame
    return Frame(frame.cue, frame.source, content, "parenthetical", False, frame.flags, (lo - 1, j + 1))


def _as_aside(doc: Doc, frame: Frame, lo: int, hi: int, sent: tuple[int, int], lexicon: Lexicon) -> Frame | None:
    """ "…, as the bank warned on Tuesday, …": an as-clause (tokens lo..hi after its "as") whose cue says nothing
    of its own (only when or where) reports the clause around it: after it when it opens the sentence ("As the
    Reserve Bank warned last month, rates will rise"), before it when it ends the sentence, on both sides in
    mid-sentence. None when no "as" opens the source, or the cue has words of its own ("…, as investors welcomed
    the deal")."""
    s_start, s_end = sent
    opener = lo - 1
    if opener < s_start or doc[opener].lower_ != "as" or frame.source is None or lo != frame.source[0]:
        return None
    j = hi
    while j < s_end and j - hi <= 5 and doc[j].text not in (",", ".", ";", ":", "!", "?") and not doc[j].is_quote:
        j += 1
    if not _only_when(doc, hi, j, lexicon) or _no_aside(doc, frame, lo):
        return None
    if opener > s_start and doc[s_start].lower_ in lexicon.words.subordinator and opener - s_start <= 2:
        return None  # "If, as I've suggested, he … exchanges, he has proposed …": where the if-clause ends is unknown
    ends = j >= s_end or doc[j].text != ","
    if _opens_sentence(doc, s_start, opener, lexicon):
        after = None if ends else trim(doc, (j + 1, s_end))  # ("Yet, as Mr. Bown observed, in the early days …")
        return None if after is None else Frame(frame.cue, frame.source, after, "that-clause", False, frame.flags)
    if opener - 1 <= s_start or doc[opener - 1].text != ",":
        return None
    before = trim(doc, (s_start, opener - 1))
    if before is None or ends or words_after(doc, j + 1, s_end, 2) < 2:
        return None if before is None else Frame(frame.cue, frame.source, before, "inverted", False, frame.flags)
    return Frame(frame.cue, frame.source, trim(doc, (s_start, s_end)), "parenthetical", False, frame.flags, (opener - 1, j + 1))


def _no_aside(doc: Doc, frame: Frame, lo: int) -> bool:
    """An as-clause that is no one's aside: a passive names ("…, as the bill is called, …"), and "as you pointed out,
    Laura" sits inside someone's speech."""
    be = doc[frame.cue.start - 1].lower_
    return be in BE_FORMS or be in POSSESSIVE_S or doc[lo].lower_ == "you"


def _opens_sentence(doc: Doc, s_start: int, opener: int, lexicon: Lexicon) -> bool:
    """Whether the "as" at token *opener* opens its sentence, alone or after a connective or an opening
    adverbial ("As …", "But as …", "Yet, as …", "On Tuesday, as …")."""
    if opener == s_start:
        return True
    lead = opener - 1 if opener - 1 > s_start and doc[opener - 1].text == "," else opener
    return (lead - 1 == s_start and doc[s_start].lower_ in lexicon.words.connective) or (
        lead < opener and lead - s_start <= AS_CLAUSE_TOKENS and _opening_adverbial(doc, s_start, lead, lexicon))


#: the clause an "as" aside or "as predicted" stands in is read back at most this many tokens for its opening
#: adverbial or its own cue (asked per such cue: one sentence of many must not make that quadratic)
AS_CLAUSE_TOKENS = 40


#: forms of "be" before a passive participle ("'s" is left out: "she's argued" is "she has argued"; read by
#: ``participles.py`` and ``passive_subject.py``)
BE_FORMS = frozenset("be is are was were been being am".split())


def _as_participle(doc: Doc, frame: Frame, sent: tuple[int, int], lexicon: Lexicon) -> Frame | None:
    """ "Patriot failed as predicted.", "The plant, as expected, closed": "as" and a bare past participle cue
    report the clause around them, and name no one (not "as predicted by analysts": a source follows; not
    after a clause with a cue of its own: "He proposed dropping carried interest as promised" is his proposal)."""
    s_start, s_end = sent
    i, e = frame.cue.start, frame.cue.end
    if frame.cue.nominal or e - i != 1 or i - 1 < s_start or doc[i - 1].lower_ != "as" or not past_form(doc, frame.cue) \
            or not doc[i].lower_.endswith("ed") or e < s_end and not doc[e].is_punct:
        return None
    lo = i - 1
    if lo == s_start:  # "As expected, the plant closed"
        after = trim(doc, (e, s_end))
        return None if after is None else Frame(frame.cue, None, after, "that-clause", False, frame.flags)
    before = trim(doc, (s_start, lo))
    if before is None or any(doc[k].lower_ in lexicon.cue_forms for k in range(max(before[0], lo - AS_CLAUSE_TOKENS), before[1])):
        return None
    if doc[lo - 1].text == "," and e < s_end and doc[e].text == "," and words_after(doc, e + 1, s_end, 2) >= 2:
        return Frame(frame.cue, None, trim(doc, (s_start, s_end)), "parenthetical", False, frame.flags, (lo - 1, e + 1))
    return Frame(frame.cue, None, before, "inverted", False, frame.flags)


def _only_when(doc: Doc, lo: int, hi: int, lexicon: Lexicon) -> bool:
    """Whether tokens lo..hi after a cue say at most when or where it was said ("", "on Tuesday", "last month",
    "repeatedly", "in an interview")."""
    words = lexicon.words
    plain = [t for t in doc[lo:hi] if not (t.is_punct or t.is_space)]
    if len(plain) > 6 or any(t.is_quote or t.lower_ in words.content_opener or t.lower_ in lexicon.speaker_pronouns
                             or t.lower_ in FINITE_WORDS for t in plain):
        return False
    return not plain or plain[0].lower_ in words.setting_preposition or all(
        t.lower_ in words.time or t.lower_ in words.time_before or t.lower_ in words.setting_adverb
        or t.lower_ in words.skip or t.like_num or (t.lower_.endswith("ly") and t.is_lower) for t in plain)


def _opening_adverbial(doc: Doc, lo: int, hi: int, lexicon: Lexicon) -> bool:
    """Whether tokens lo..hi, which open a sentence before a comma, are an adverbial, not a clause: they open
    with a word of ``setting_preposition``, ``setting_adverb`` or ``aside_opener`` ("On Monday", "Later",
    "However") and hold no finite word, or with a participle, "when" or "while" and one ("Asked about it", "Speaking in
    Perth", "When asked whether it was a bomb": a clause inside it is the question's)."""
    first, words = doc[lo].lower_, lexicon.words
    if _participle_opening(doc, lo, hi, lexicon):
        return True  # (a clause inside it is the question's: "Asked whether it had been a bomb, Clinton said, “…”")
    opens = first in words.setting_preposition or first in words.setting_adverb or first in words.aside_opener
    # (not a subordinate clause, part of what was said: "If she wins, Clinton suggested, women …")
    return opens and not any(doc[k].lower_ in FINITE_WORDS for k in range(lo, hi))


#: subordinators that open a reduced clause of the setting before a participle: "When asked about it, …"
_REDUCED_OPENERS = frozenset({"when", "while"})


def _participle_opening(doc: Doc, lo: int, hi: int, lexicon: Lexicon) -> bool:
    """Whether tokens lo..hi open with a participle ("Asked about it", "Speaking in Perth") or "when" / "while"
    and one ("When asked about the bomb")."""
    k = lo + 1 if doc[lo].lower_ in _REDUCED_OPENERS and lo + 1 < hi else lo
    low = doc[k].lower_
    return (k > lo or doc[k].text[:1].isupper()) and low.endswith(("ed", "ing")) and low not in lexicon.first_names


#: auxiliaries and finite forms that show a clause without a parse (complements.py reads them too)
FINITE_WORDS = frozenset(
    "is are was were will would could should can may might must shall has have had does did do am "
    "isn't aren't wasn't weren't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't doesn't didn't".split()
)

#: a role phrase after ", said NAME," holds its title or role within this many words: "a senior economist"
APPOSITION_ROLE_WORDS = 4


def _source_apposition(doc: Doc, lo: int, hi: int, lexicon: Lexicon) -> bool:
    """Whether tokens lo..hi, after ", said Doug Porter,", describe the speaker and say nothing: a title or
    role within ``APPOSITION_ROLE_WORDS`` words ("chief economist at BMO", "a professor at Yale") and no
    finite verb ("The economy, said Porter, is strong" goes on with its content)."""
    tail = [doc[k].lower_ for k in range(lo, hi)]
    if any(w in FINITE_WORDS for w in tail):
        return False
    return any(lexicon.is_role(w) for w in tail[:APPOSITION_ROLE_WORDS])


def _participle_after(doc: Doc, lo: int, hi: int, lexicon: Lexicon) -> bool:
    """Whether a cue's -ing form with no finite verb after it follows the aside's closing comma: "…, Axios reported
    on Friday, citing two U.S. officials", "…, she said, adding that it was …" end with the attribution's own participle,
    no second half of the content (but "…, he said, replacing Clinton would be …" goes on with a gerund subject)."""
    low = doc[lo].lower_ if lo < hi else ""
    pair = f"{low} {doc[lo + 1].lower_}" if lo + 1 < hi else low  # ("…, pointing to higher revenue")
    return low.endswith("ing") and doc[lo].is_lower and (low in lexicon.cue_forms or pair in lexicon.cue_forms) and (
        (lo + 1 < hi and doc[lo + 1].lower_ in lexicon.words.content_opener)  # ("…, adding that the money was …")
        or not any(doc[k].lower_ in FINITE_WORDS for k in range(lo + 1, hi)))


def _says_something(doc: Doc, lo: int, hi: int, lexicon: Lexicon) -> bool:
    """Whether the few tokens between an aside's cue and its closing comma hold the cue's own content: a
    to-infinitive, "that" or a subject pronoun ("In a column, two writers urged her to drop it, arguing …" is
    no aside; ", he told reporters on Tuesday," is)."""
    for k in range(lo, hi):
        low = doc[k].lower_
        nxt = doc[k + 1].lower_ if k + 1 < hi else ""
        if low == "that" or (low in lexicon.speaker_pronouns and low not in ("it", "you")) or (
            low == "to" and nxt.isalpha() and nxt not in lexicon.determiners and nxt not in lexicon.possessives
            and not doc[k + 1].text[:1].isupper()
        ):
            return True
    return False


def greeting(doc: Doc, cue: Cue, content: tuple[int, int] | None, lexicon: Lexicon) -> bool:
    """ "Welcoming the American diplomat, …": a greeting cue whose object is only a person is no statement."""
    if cue.lemma not in lexicon.words.greeting or content is None:
        return False
    for tok in doc[content[0]:content[1]]:
        if not (tok.text[:1].isupper() or tok.lower_ in lexicon.titles or tok.lower_ in lexicon.pronouns
                or tok.lower_ in lexicon.words.article or tok.lower_ in ("-", "of") or tok.is_punct):
            return False
    return True


def past_form(doc: Doc, cue: Cue) -> bool:
    """Is the cue's word a past form ("asked", "pressed"), neither the lemma nor an -s or -ing form?"""
    form = doc[cue.start].lower_
    return form != cue.lemma.split()[0] and not form.endswith(("ing", "s"))


def to_comma(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """*content* up to its first comma outside quote marks, if any."""
    marks = 0
    for k in range(content[0], content[1]):
        if doc[k].text == "," and marks % 2 == 0 and k > content[0]:
            return content[0], k
        marks += doc[k].is_quote
    return content


def coordinated_cut(verb: Token, cue_end: int, s_end: int, lexicon: Lexicon) -> int:
    """Where a parsed cue's object content stops: before a coordinated or participial verb after the cue
    ("… and urged parents to …"), not at a clause that opens inside the cue ("called [for] the manager to
    be sacked": the parser made "for" the clause's mark)."""
    cuts = []
    for c in rights(verb):
        if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB" and not _misread_clause(c):
            if not object_verb(c, lexicon):
                cuts.append(c.left_edge.i)
            else:  # "pledged to enact reform, fix the system [and he … pledged a revolution]": a cue further on
                cuts += [_before_cc(g) for g in rights(c) if g.dep_ == "conj" and g.pos_ == "VERB" and (
                    lexicon.is_cue_lemma(g.lemma_.lower(), scope_all=True) or any(x.dep_ == "nsubj" for x in children(g)))]
    return min([s_end] + [k for k in cuts if k >= cue_end])


def _before_cc(g: Token) -> int:
    """The first token of conjunct *g* with the coordinator and comma before it: "… system [and he] pledged"."""
    k = g.left_edge.i
    while k > 0 and (g.doc[k - 1].dep_ == "cc" or g.doc[k - 1].text == ","):
        k -= 1
    return k


def _misread_clause(c: Token) -> bool:
    """An "advcl" with a subject of its own before its auxiliary, no subordinator and no comma before it is the
    reported clause the parser misread: "said [after the convention he would not accept …]" (the parser took
    "after" for its opener); not "…, while Trump has threatened …", nor "… should Trump win"."""
    if c.dep_ != "advcl":
        return False
    subject = next((g for g in children(c) if g.dep_ == "nsubj"), None)
    aux = next((g for g in children(c) if g.dep_ == "aux"), None)
    if subject is None or aux is None or aux.i < subject.i or any(g.dep_ == "mark" for g in children(c)):
        return False
    return not any(t.text == "," or t.lower_ in _CLAUSE_LINKS for t in c.doc[c.head.i + 1:subject.i])


def object_verb(c: Token, lexicon: Lexicon) -> bool:
    """A gerund the parser joined to the cue that is a second object ("mentioned refinancing student loans [and
    forcing universities to …]": "conj", VBG, no auxiliary of its own), or a past participle that modifies a noun
    of the content ("spoke of the legacy of racism, [enshrined in Jim Crow laws]": "advcl", VBN), a clause joined
    with a wh-word or "that" ("…, and how the fight … flowed"), or a second bare infinitive after the cue's
    to-infinitive ("promising to meet and exceed …"): no cue of its own ("…, and calling for …" is one), so no cut."""
    if lexicon.is_cue_lemma(c.lemma_.lower(), scope_all=True):
        return False
    if c.dep_ == "conj":
        own = [g for g in children(c) if g.i < c.i]
        if any(g.dep_ in ("advmod", "mark") and g.lower_ in lexicon.words.content_opener for g in own):
            return True  # "spoke of the legacy of racism[, and how the fight for justice flowed …]": a second object
        if c.tag_ in ("VB", "VBP") and not any(g.dep_ in ("aux", "nsubj") for g in own) and any(
                x.dep_ == "xcomp" and x.i < c.i and any(a.lower_ == "to" for a in children(x)) for x in children(c.head)):
            return True  # "promising to meet [and in some cases exceed] his goals": the same "to"
        return c.tag_ == "VBG" and c.head.tag_ != "VBG" and not any(g.dep_ in ("aux", "nsubj") for g in children(c))
    return c.tag_ == "VBN" and not any(g.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for g in children(c))


#: words that open an adverbial clause of its own before its subject: "…, while Trump has threatened …"
_CLAUSE_LINKS = frozenset("while whereas as because since although though when if unless until".split())


#: a second tree's root is looked for this many heads up at most
SPLIT_TREE_DEPTH = 30


def split_tree_end(doc: Doc, hi: int, s_end: int) -> int:
    """Where a content that ends at token *hi* ends when the parser split its sentence there: the words from *hi*
    on hang from a root of their own, with no punctuation between ("mentioned disparaging remarks | Trump had made
    about Machado …" as two trees), so they go on the content up to that tree's end or its first punctuation
    mark ("a website called Real News | Right Now, which …"); *hi* else."""
    if hi >= s_end or doc[hi].is_punct or doc[hi].is_space or doc[hi - 1].is_punct or doc[hi - 1].text.endswith("."):
        return hi  # (not after "the U.S." that may end a sentence)
    root = doc[hi]
    for _ in range(SPLIT_TREE_DEPTH):  # (a bounded climb: a chain-like parse of a long text stays linear)
        if root.head.i == root.i:
            break
        root = root.head
    if root.head.i != root.i or root.i < hi or root.left_edge.i != hi:
        return hi
    end = min(root.right_edge.i + 1, s_end)
    return next((j for j in range(hi, end) if doc[j].is_punct and not doc[j].is_quote), end)  # up to a comma
