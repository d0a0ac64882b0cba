"""Precision: a statement only where something was said.

The assembled statements pass through small named rules, tried in the order
of :data:`RULES`; the first rule with an opinion gives the verdict — ``keep``,
``drop`` or ``flag`` — with its reason. A rule reads the Doc: with a parse
(trained tier) part-of-speech tags and dependencies, without one (rules tier)
the surface words. The rules, each with the text it is for:

==================  ========================================================================
rule                what it turns away (cause in issue 11)
==================  ========================================================================
``caption``         photo captions, wire credits and the outlet's notes: "Photo: …", "(Jane
                    Doe/The Canadian Press)", "(Reporting by …)", "Editor's note: …" (7)
``headline``        a first line that reads as a headline, unless its speaker is named in
                    the article below it: "Black Lawmakers Rip Trump As A ‘Fraud.’" (7)
``section-label``   a "LABEL:" line whose label is a section or navigation label or no one
                    the article knows: "READ MORE: Budget won't balance until 2040" (2)
``link-line``       a line of a list of links: a bullet or a section label's line ("READ MORE:")
                    before it, and no full stop: "* Opposition slams budget" (2)
``scare-quote``     a quote with no cue and no speaker that is a few words inside a sentence,
                    title-cased, one of a list, or after "known as", "titled" …: the
                    documentary “13th.” (3; ``keep_scare_quotes=True`` keeps them)
``refusal``         "declined to comment", "did not respond to a request for comment", "has
                    not said whether …": dropped; kept with the ``refusal`` flag in
                    ``scope="all"`` (5)
``unrealised``      speech only planned, required or attempted: "plans to call on …", "the law
                    requires them to disclose …" (default scope only; PolNeAR counts intentions)
``hearer-passive``  "Residents were told to leave their homes": the subject is the hearer,
                    the speaker is unknown (6)
``raised-passive``  "The painting is said to be worth $10 million": what is said of the subject,
                    the speaker unknown (default scope only; PolNeAR counts such hearsay)
``wrong-argument``  a by-agent, "it" or "something", or only a setting taken as the content: "was
                    reported by The Washington Post", "she said it", "was announced on Friday" (4)
``participle``      a cue participle used as an adjective or a noun: "a stream called Miracle
                    Run", "laws proposed in the 1970s" (1)
``sense``           an ambiguous cue verb whose complement is not propositional content for
                    it (``data/speech_senses.tsv``): "Hamilton added a goal" (1)
``object-kind``     a noun-phrase object that is a person, a number or a time, after a cue
                    that is not an act of judging someone: "Green called Smith",
                    "estimated $50,000"; an object of ``data/object_senses.tsv``: "The
                    Reds claimed a 2-1 win", "She was denied bail" (1)
==================  ========================================================================

Every rule looks at one statement and a bounded window of text around it, so
the stage is linear in the number of statements and the length of the text.
"""

from __future__ import annotations

import functools
from typing import Sequence

from spacy.tokens import Doc, Token

from ..parse import children
from ..settings import Settings
from ..speakers.phrase_parts import numbered
from ..text.shape import TextShape
from .cues import verb_by_structure
from .complements import FINITE_WORDS, PLACEHOLDERS, PREPOSITIONS, complement_kind, data_lines, is_passive, np_denotes
from .layout_rules import caption, headline, link_line, scare_quote, section_label
from .setting import points_back, setting_words
from .statement import Statement, unlink_dropped
from .unrealised import unrealised
from .verdict import Action, Context, Rule, Verdict

#: how many tokens before a cue are searched for a refusal ("declined to", "did not")
REFUSAL_WINDOW = 4

#: a content standing before its cue has at least this many words ("That's" is no content)
BEFORE_MIN_WORDS = 3

#: lemmas whose negation or refusal reports that nothing was said
REFUSAL_LEMMAS = frozenset(
    "comment respond answer reply return say elaborate disclose specify explain confirm reveal discuss "
    "identify speculate address".split()
)
#: words that turn a following speech verb into a refusal: "declined to comment"
REFUSAL_WORDS = frozenset({"decline", "declined", "declines", "declining", "refuse", "refused", "refuses",
                           "refusing", "not", "n't", "never", "no", "without", "cannot"})
#: an object of a speech verb that says nothing was said: "said nothing to reporters", "said little about it"
NOTHING_WORDS = frozenset({"nothing", "little"})
#: verbs whose passive subject is the hearer: "residents were told to leave"
HEARER_VERBS = frozenset(
    "tell ask urge order instruct warn advise remind inform brief assure reassure encourage direct "
    "notify caution".split()
)
#: cue classes that judge someone: a person as object is the target of the statement ("praised Smith")
JUDGING_CLASSES = frozenset({"evaluative"})
JUDGING_LEMMAS = frozenset({"accuse", "blame", "thank", "defend", "attack", "criticize", "criticise", "deny",
                            "reject", "dismiss", "question", "challenge", "endorse", "welcome"})


@functools.cache
def speech_senses() -> dict[str, frozenset[str]]:
    """Lemma -> the complement kinds that make it a report of speech (``data/speech_senses.tsv``)."""
    return {cols[0]: frozenset(cols[1].split()) for cols in (line.split("\t") for line in data_lines("speech_senses.tsv"))}


def _declined_speech(doc: Doc, content: tuple[int, int] | None, cue_end: int) -> Token | None:
    """The speech verb of "declined to comment", "refused to say": the verb after "to" opening the content."""
    if content is None or content[0] < cue_end or content[0] + 1 >= content[1] or doc[content[0]].lower_ != "to":
        return None
    verb = doc[content[0] + 1]
    return verb if verb.lower_ in REFUSAL_LEMMAS or verb.lemma_.lower() in REFUSAL_LEMMAS else None


def refusal(st: Statement, ctx: Context) -> Verdict | None:
    """ "declined to comment", "did not respond to requests for comment", "has not said whether …"."""
    f = st.frame
    if f is None or st.kind == "direct" or f.cue.nominal:
        return None
    lemma = f.cue.lemma.split()[0]
    doc = ctx.doc
    action: Action = "flag" if ctx.scope_all else "drop"
    if lemma in ("decline", "refuse") and (verb := _declined_speech(doc, f.content, f.cue.end)) is not None:
        return Verdict(action, "refusal", f"{f.cue.lemma} to {verb.text}: nothing was said")
    if lemma not in REFUSAL_LEMMAS:
        return None
    if f.content is not None and f.content[0] >= f.cue.end and doc[f.content[0]].lower_ in NOTHING_WORDS \
            and not _subject_of_clause(doc, f.content[0], f.content[1], ctx.parsed):
        return Verdict(action, "refusal", f"{f.cue.lemma} {doc[f.content[0]].text}: nothing was said")
    start = max(0, f.cue.start - REFUSAL_WINDOW)
    refused = any(t.lower_ in REFUSAL_WORDS and not numbered(t) for t in doc[start:f.cue.start]) or "negated" in st.flags
    if not refused:
        return None
    kind = complement_kind(doc, st, ctx.parsed, ctx.lexicon)
    content = ctx.text[st.start:st.end].lower()
    inverted = f.content is not None and f.content[1] <= f.cue.start  # "Asked about the timing, she would not say."
    if lemma in ("say", "explain", "specify", "disclose", "reveal", "confirm", "identify", "discuss") \
            and kind not in ("wh", "none", "np") and "comment" not in content and not inverted:
        return None  # "did not say that the plan had failed" is a statement about a claim
    return Verdict(action, "refusal", "a refusal to speak: nothing was said")


def _subject_of_clause(doc: Doc, lo: int, hi: int, parsed: bool) -> bool:
    """Whether the word at *lo* ("nothing", "little") is the subject of a clause that follows: "said nothing
    had changed" is a statement, "said nothing to reporters" is none."""
    if lo + 1 >= hi:
        return False
    nxt = doc[lo + 1]
    if parsed:
        return nxt.pos_ in ("VERB", "AUX")
    return nxt.lower_ in FINITE_WORDS or (nxt.is_lower and nxt.lower_.endswith("ed"))


def hearer_passive(st: Statement, ctx: Context) -> Verdict | None:
    """ "Residents were told to leave": the subject heard it; who said it is not known."""
    f = st.frame
    if f is None or f.cue.nominal or f.cue.lemma.split()[0] not in HEARER_VERBS:
        return None
    if not is_passive(ctx.doc, f.cue.start, ctx.parsed):
        return None
    if _by_agent(ctx.doc, f.cue.end, ctx.parsed, f.cue.start):
        return None
    return Verdict("drop", "hearer-passive", "the passive subject is the hearer; the speaker is unknown")


def raised_passive(st: Statement, ctx: Context) -> Verdict | None:
    """ "The painting is said to be worth $10 million": a passive cue right before "to" tells what is said of
    its subject, not who said it. Dropped in the default scope (the speaker is unknown); ``scope="all"``
    keeps it, as PolNeAR annotates such hearsay."""
    f = st.frame
    doc = ctx.doc
    if ctx.scope_all or f is None or f.cue.nominal or f.cue.end >= len(doc) or doc[f.cue.end].lower_ != "to":
        return None
    if not is_passive(doc, f.cue.start, ctx.parsed) or _by_agent(doc, f.cue.end, ctx.parsed, f.cue.start):
        return None
    return Verdict("drop", "raised-passive", "said of the passive subject; who said it is unknown")


def _by_agent(doc: Doc, after: int, parsed: bool, verb: int) -> bool:
    if parsed:
        return any(c.dep_ == "agent" for c in children(doc[verb]))
    return any(t.lower_ == "by" for t in doc[after:min(len(doc), after + 4)])


def wrong_argument(st: Statement, ctx: Context) -> Verdict | None:
    """The by-agent of a passive, the speaker, or a placeholder ("it", "something") taken as content."""
    f = st.frame
    if f is None or f.content is None or st.kind == "direct" or f.cue.nominal:
        return None
    doc = ctx.doc
    lo, hi = f.content
    words = _first_words(doc, lo, hi)
    if len(words) == 1 and (words[0].lower_ in PLACEHOLDERS or words[0].lower_ in PREPOSITIONS):
        return Verdict("drop", "wrong-argument", f"the content is only {words[0].text!r}")  # "the best one I know of"
    if words and lo >= f.cue.end and points_back(doc, words[0].i, hi, f.cue.cls, ctx.lexicon):
        return Verdict("drop", "wrong-argument", "the content is only “this” and where or when")
    if lo >= f.cue.end and doc[lo].lower_ == "by" and is_passive(doc, f.cue.start, ctx.parsed):
        return Verdict("drop", "wrong-argument", "the content is the by-agent of a passive cue")
    if _only_setting(st, ctx):
        return Verdict("drop", "wrong-argument", "the content only says where or when")  # "was announced on Friday"
    if f.source is not None and f.source[0] <= lo and hi <= f.source[1]:
        return Verdict("drop", "wrong-argument", "the content is the speaker")
    if hi <= f.cue.start and f.gap is None and f.pattern != "parenthetical":
        # a content-first cue: the clause before it must be what was said, not the frame of another
        # cue ("Josh Earnest said Monday that Obama has long called for …") nor a word or two ("That's")
        if len(words) <= BEFORE_MIN_WORDS - 1:
            return Verdict("drop", "wrong-argument", "the content before the cue is a word or two")
        if ctx.has_cue_within(lo, hi):
            return Verdict("drop", "wrong-argument", "the content before the cue is another statement's frame")
    return None


def _only_setting(st: Statement, ctx: Context) -> bool:
    """Whether the frame's content after its cue only says where or when, and no quote before the cue gives the
    statement its words ("“…,” McConnell said in June 2012, citing …" keeps the quote)."""
    f = st.frame
    if f is None or f.content is None or f.content[0] < f.cue.end:
        return False
    if st.kind == "mixed" and st.pieces[0][1] <= ctx.doc[f.cue.start].idx:
        return False
    return setting_words(ctx.doc, f.content[0], f.content[1], ctx.lexicon)


def _first_words(doc: Doc, lo: int, hi: int) -> list[Token]:
    """The first ``BEFORE_MIN_WORDS`` tokens of content lo..hi that are no punctuation or space."""
    words = []
    for k in range(lo, hi):
        t = doc[k]
        if not (t.is_punct or t.is_space):
            words.append(t)
            if len(words) >= BEFORE_MIN_WORDS:
                break
    return words


def participle(st: Statement, ctx: Context) -> Verdict | None:
    """A cue participle that modifies a noun ("a stream called Miracle Run", "laws proposed in 1970")."""
    f = st.frame
    if f is None or f.cue.nominal or st.kind == "direct":
        return None
    doc = ctx.doc
    tok = doc[f.cue.start]
    if ctx.parsed:
        if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(tok)):
            return Verdict("drop", "participle", f"{tok.text!r} describes a noun")
        if tok.tag_ in ("NN", "NNS", "NNP") and not verb_by_structure(tok):
            return Verdict("drop", "participle", f"{tok.text!r} is a noun here")
        return None
    if f.source is None and tok.is_title and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "by":
        return Verdict("drop", "participle", f"{tok.text!r} opens a credit line")
    return None


def sense(st: Statement, ctx: Context) -> Verdict | None:
    """An ambiguous cue verb reports speech only with the complements its row allows."""
    f = st.frame
    if f is None or f.cue.nominal or st.kind == "direct":
        return None
    allowed = speech_senses().get(f.cue.lemma)
    if allowed is None:
        return None
    kind = complement_kind(ctx.doc, st, ctx.parsed, ctx.lexicon)
    if kind in allowed or (kind.startswith("np-") and "np" in allowed):
        return None
    return Verdict("drop", "sense", f"{f.cue.lemma!r} with a {kind} complement is not speech")


#: an object noun of ``object_senses.tsv`` is looked for among this many words of the object, up to a preposition
OBJECT_NOUN_WINDOW = 6


@functools.cache
def object_senses() -> dict[str, frozenset[str]]:
    """Lemma -> the object nouns that make it no report of speech (``data/object_senses.tsv``)."""
    rows = (line.split("\t") for line in data_lines("object_senses.tsv"))
    return {cols[0]: frozenset(cols[1].lower().split()) for cols in rows}


def _object_noun(doc: Doc, content: tuple[int, int], nouns: frozenset[str]) -> bool:
    """Whether the object's first words, before a preposition, hold one of *nouns* ("a 2-1 win", "their fourth
    straight league title", "the lives [of three people]")."""
    for t in doc[content[0]:min(content[1], content[0] + OBJECT_NOUN_WINDOW)]:
        if t.lower_ in nouns:
            return True
        if (t.is_punct and t.text != "-") or t.lower_ in PREPOSITIONS:
            return False
    return False


def object_kind(st: Statement, ctx: Context) -> Verdict | None:
    """A noun-phrase object that is a person, a number or a time is not what was said; nor one that
    ``object_senses.tsv`` lists for the cue ("claimed a 2-1 win", "was denied bail")."""
    f = st.frame
    if f is None or f.content is None or f.cue.nominal or st.kind == "direct":
        return None
    nouns = object_senses().get(f.cue.lemma)
    judging = f.cue.cls in JUDGING_CLASSES or f.cue.lemma in JUDGING_LEMMAS
    if judging and not nouns:
        return None  # (the complement's kind is not asked for: nothing below would use it)
    kind = complement_kind(ctx.doc, st, ctx.parsed, ctx.lexicon)
    if nouns and (kind.startswith("np") or kind == "naming") \
            and _object_noun(ctx.doc, f.content, nouns):  # ("naming": the surface reads "the title with a …")
        return Verdict("drop", "object-kind", f"{f.cue.lemma} + this object is not speech (data/object_senses.tsv)")
    if judging or not kind.startswith("np"):
        return None
    what = np_denotes(ctx.doc, f.content[0], f.content[1], ctx.lexicon, ctx.parsed, ctx.entities)
    if what is None:
        return None
    return Verdict("drop", "object-kind", f"the object is a {what}, not what was said")


#: the rules, in the order they are tried
RULES: tuple[tuple[str, Rule], ...] = (
    ("caption", caption),
    ("headline", headline),
    ("section-label", section_label),
    ("link-line", link_line),
    ("scare-quote", scare_quote),
    ("refusal", refusal),
    ("unrealised", unrealised),
    ("hearer-passive", hearer_passive),
    ("raised-passive", raised_passive),
    ("wrong-argument", wrong_argument),
    ("participle", participle),
    ("sense", sense),
    ("object-kind", object_kind),
)


def judge(st: Statement, ctx: Context, rules: Sequence[tuple[str, Rule]] | None = None) -> Verdict:
    """The verdict of the first rule with an opinion, or keep."""
    for _, rule in RULES if rules is None else rules:
        verdict = rule(st, ctx)
        if verdict is not None:
            return verdict
    return Verdict("keep", "", "")


def filter_statements(
    doc: Doc,
    shape: TextShape,
    statements: list[Statement],
    settings: Settings,
    *,
    rules: Sequence[tuple[str, Rule]] | None = None,
) -> list[Statement]:
    """The statements the rules keep; a flagged one carries the rule's name in its flags."""
    ctx = _context(doc, shape, statements, settings)
    kept = []
    for st in statements:
        verdict = judge(st, ctx, rules)
        if verdict.action == "drop":
            continue
        if verdict.action == "flag" and verdict.rule not in st.flags:
            st.flags = (*st.flags, verdict.rule)
        kept.append(st)
    return unlink_dropped(kept)


def explain(doc: Doc, shape: TextShape, statements: list[Statement], settings: Settings) -> list[Verdict]:
    """Each statement's verdict, without dropping any (for reports and for users asking why)."""
    ctx = _context(doc, shape, statements, settings)
    return [judge(st, ctx) for st in statements]


def _context(doc: Doc, shape: TextShape, statements: list[Statement], settings: Settings) -> Context:
    cues = sorted({i for st in statements if st.frame is not None for i in range(st.frame.cue.start, st.frame.cue.end)})
    return Context(doc, shape.text, shape.paragraphs, settings.lexicon, doc.has_annotation("DEP"),
                   settings.scope == "all", settings.keep_scare_quotes, cues)


__all__ = ["HEARER_VERBS", "RULES", "Verdict", "explain", "filter_statements", "judge", "speech_senses"]
