"""Attachment: the named rules that join a direct quote to who said it, tried in order.

For each quote region of a sentence the assembler (``assemble.py``) tries
``RULES`` in this order; the first rule that answers wins. A rule answers with
a new :class:`Statement` (the rule's name becomes the statement's ``pattern``),
with ``JOINED`` (the quote became part of another statement), with ``DROPPED``
(the quote is no statement), or with None (not this rule: try the next). The
checks the rules make (gaps, colons, dashes) are in ``between.py``.

==================  =====================================================
rule                the text it is for
==================  =====================================================
``empty``           “” or a quote of spaces: nothing was said (dropped)
``interrupted``     “We will,” he said, “win.”: the second fragment joins
                    the ``after`` statement before it
``after``           “…,” he said. / “…,” said Smith. / “…,” Smith, the
                    minister, told reporters. / The summit achieved “too
                    little,” he added. (mixed: the clause is the content)
``before``          Smith said: “…” / Smith said “…” / told reporters: “…”
``colon_carried``   a paragraph ending "He added:" and a quote opening the
                    next one (pattern ``colon``)
``colon``           Limbaugh countered: “…” (any verb before the colon)
``dash``            “…” — Smith.
``in_reported``     a quoted fragment inside a reported clause: it makes
                    that statement ``mixed`` (joined)
``extends_reported`` He’s claiming that fraud is “a big problem” but
                    “nobody talks about it.”: a later fragment extends the
                    reported clause (joined)
``scare``           the so-called “reset”: few words and no sentence
                    punctuation, dropped unless ``keep_scare_quotes``
``fragment``        “Here he is,” she said. “Donald’s here.”: the next
                    sentence of the same paragraph joins that statement
``continued``       a quote with no attribution of its own: the subject of
                    a beat right before it ("She laughed. “…”"), or the
                    speaker of a statement right before it (``continued``),
                    or none (``none``)
==================  =====================================================
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Callable

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..text.marks import QUOTE_CHARS, QuoteRegion
from .beat import beat_subject
from .between import (
    aside_gap, closing_words, colon_frame, dash_source, frame_bounds, gap_ok, hearer_gap, quoted_title,
    statement_like, lead_in, stops_after_cue,
)
from .frame import FINITE_WORDS, Frame
from .frame_index import FrameIndex
from .statement import Statement, char_span

__all__ = [
    "Taken", "Outcome", "Rule", "RULES", "DocumentState", "SentenceState", "attach",
    "note_colon", "OWN_CONTENT_TOKENS",
]

#: a cue whose own content after it has this many tokens says more than a quote's attribution
OWN_CONTENT_TOKENS = 6
#: a participle cue right after the quote (“con job”, saying families would …) with this many tokens of its
#: own content goes on with the sentence that holds the quote
PARTICIPLE_CONTENT_TOKENS = 3
_EMPTY_QUOTE = " \t\n\r\u00a0" + "".join(sorted(QUOTE_CHARS))


class Taken(Enum):
    """What became of a quote that made no new statement."""

    JOINED = "joined"  # part of another statement
    DROPPED = "dropped"  # no statement


Outcome = Statement | Taken | None


@dataclass
class DocumentState:
    """What the rules read and write across the sentences of one document."""

    doc: Doc
    text: str
    lexicon: Lexicon
    keep_scare_quotes: bool
    paragraphs: list[tuple[int, int]]
    paragraph_of: list[int]
    #: surface contents after a cue are too rough to veto an attachment
    parsed: bool
    statements: list[Statement] = field(default_factory=list)
    #: "He added:" at a paragraph end, waiting for the quote that opens a later paragraph
    pending_colon: Frame | None = None
    #: the sentences' character bounds (for the beat before a floating quote)
    sentences: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class SentenceState:
    """One sentence: its bounds, frames and quotes, and what the rules did so far."""

    index: int
    start: int
    end: int
    frames: list[Frame]
    regions: list[QuoteRegion]
    used: set[int] = field(default_factory=set)  # frames a direct quote took
    extend: dict[int, int] = field(default_factory=dict)  # frame -> where a later fragment ends
    made: list[Statement] = field(default_factory=list)  # new statements of this sentence
    lookup: FrameIndex | None = None  # built on first use (frame_index.py)

    def frame_index(self, doc: Doc) -> FrameIndex:
        if self.lookup is None:
            self.lookup = FrameIndex(doc, self.frames)
        return self.lookup


Rule = Callable[[DocumentState, SentenceState, int, QuoteRegion], Outcome]


def _quote(reg: QuoteRegion, pattern: str, si: int, frame: Frame | None = None,
           source: tuple[int, int] | None = None, doc: Doc | None = None) -> Statement:
    """A direct statement made of the quote *reg* (with the cue and source of *frame*)."""
    cue = char_span(doc, (frame.cue.start, frame.cue.end)) if frame is not None and doc is not None else None
    if frame is not None and doc is not None:
        source = char_span(doc, frame.source)
    return Statement(
        "direct", list(reg.pieces), cue, source, pattern, si,
        inherited=frame.inherited if frame is not None else False,
        flags=frame.flags if frame is not None else (),
        closed=reg.closed, frame=frame, started_unclosed=not reg.closed,
    )


def _join(st: Statement, reg: QuoteRegion, rule: str) -> Taken:
    st.pieces.extend(reg.pieces)
    st.closed = st.closed and reg.closed
    st.joined.append(rule)
    return Taken.JOINED


# ---------------------------------------------------------------- the rules, in order


def empty(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """“” or a quote of spaces and marks: nothing was said."""
    return Taken.DROPPED if not d.text[reg.start:reg.end].strip(_EMPTY_QUOTE) else None


def interrupted(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """“We will,” he said, “win.”: one statement in two fragments."""
    # the sentence's last statement; a scare quote in between does not count
    last = next((st for st in reversed(s.made) if st.pattern != "scare"), None)
    if last is None or last.pattern != "after" or ri == 0 or last.frame is None:
        return None
    lo = frame_bounds(d.doc, last.frame)[1]
    if not (gap_ok(d.text, lo, reg.open) or aside_gap(d.text, lo, reg.open, reg.start, d.lexicon)):
        return None
    return _join(last, reg, "interrupted")


def after(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """“…,” he said.: the first cue right after the quote (not a title: "on CBS's “Face the Nation,” Ryan said")."""
    if quoted_title(d.text, reg, s.start, d.lexicon):
        return None
    index = s.frame_index(d.doc)
    if stops_after_cue(d.text, reg, index.bounds, index.before(reg)):
        return None  # 'Jones said: "We are not looking for anyone else." She urged …': the before rule's
    for fi in index.after(reg):  # only frames within MAX_GAP can pass gap_ok
        f = s.frames[fi]
        f_lo = index.bounds[fi][0]
        if f_lo >= reg.close and gap_ok(d.text, reg.close, f_lo) and not _says_more(d, f, reg) \
                and not _opens_next_sentence(d, reg, f, f_lo) and not _passive_by(d, f):
            s.used.add(fi)
            st = _quote(reg, "after", s.index, f, doc=d.doc)
            lead = lead_in(d.text, s.start, reg, bool(index.before(reg)))
            if lead is not None:  # 'Clinton "is the only candidate …," he said': the clause is the content
                st.kind, st.pieces = "mixed", [(lead, reg.close)]
            return st
    return None


def before(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """Smith said: “…”: the closest cue before the quote."""
    chosen = None
    index = s.frame_index(d.doc)
    for fi in index.before(reg):  # only frames within MAX_GAP can pass gap_ok or hearer_gap
        f_hi = index.bounds[fi][1]
        own = index.own[fi]
        gap = gap_ok(d.text, f_hi, reg.open) or hearer_gap(
            d.text, f_hi, reg.open, s.frames[fi].cue.lemma in d.lexicon.words.hearer_verb)
        if f_hi <= reg.open and gap and (own is None or own[0] >= reg.open - 2):
            chosen = fi
    if chosen is None or ("modal" in s.frames[chosen].flags and index.in_content(index.bounds[chosen][0])):
        return None  # "Trudeau said his government would respond “dollar for dollar”": Trudeau's words (in_reported)
    if _opens_clause(d.text, reg, index.own[chosen], d.lexicon):
        # 'Mr Dutton said "energy security" and lower prices would …': the clause holds the quote (from its mark)
        f = s.frames[chosen]
        if f.content is not None:
            mark = d.doc.char_span(reg.open, reg.open + 1, alignment_mode="expand")
            if mark is not None and mark.start < f.content[0]:
                s.frames[chosen] = replace(f, content=(mark.start, f.content[1]))
        return Taken.JOINED
    s.used.add(chosen)
    return _quote(reg, "before", s.index, s.frames[chosen], doc=d.doc)


#: a quote of at most this many words may open a reported clause that goes on after it
CLAUSE_FRAGMENT_WORDS = 6


def _opens_clause(text: str, reg: QuoteRegion, own: tuple[int, int] | None, lexicon: Lexicon) -> bool:
    """Whether a short closed quote with no sentence punctuation or finite word of its own opens the frame's
    content *own*, which goes on after it in lower case to a finite verb: 'said "energy security" and lower power prices would
    be his priority', "said “fairness” was at the heart of the budget" (mixed, not a direct quote of two words);
    not "said “no” when asked …" (a subordinate clause follows)."""
    if not reg.closed or own is None or own[0] > reg.open + 1 or own[1] <= reg.close + 1:
        return False
    inner = " ".join(text[a:b] for a, b in reg.pieces).strip()
    if not inner or len(inner.split()) > CLAUSE_FRAGMENT_WORDS or inner[-1] in ".,!?;:" \
            or any(w.lower() in FINITE_WORDS for w in inner.split()):
        return False  # (a clause of its own: 'said “the harvest is lost” and left the room')
    after = text[reg.close:own[1]].split()[:CLAUSE_FRAGMENT_WORDS + 2]
    words = [w.strip(".,;:!?\"'\u201c\u201d\u2018\u2019") for w in after]
    if not words or not words[0][:1].islower() or words[0] in lexicon.words.subordinator \
            or words[0] in lexicon.words.clause_break:
        return False
    return any(w in FINITE_WORDS or w in lexicon.words.irregular_past or len(w) > 4 and w.endswith("ed") for w in words)


def colon_carried(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """A paragraph ending "He added:", and a quote that opens a later sentence."""
    if ri != 0 or d.pending_colon is None or reg.open != s.start:
        return None
    frame, d.pending_colon = d.pending_colon, None
    return _quote(reg, "colon", s.index, frame, doc=d.doc)


def colon(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """Limbaugh countered: “…” (any verb before the colon; a cue is the before rule's)."""
    frame = colon_frame(d.doc, d.text, reg.open, s.start, d.lexicon)
    return None if frame is None else _quote(reg, "colon", s.index, frame, doc=d.doc)


def dash(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """“…” — Smith."""
    source = dash_source(d.text, reg.close, s.end)
    return None if source is None else _quote(reg, "dash", s.index, source=source)


def in_reported(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """She called the vote “a turning point”: the frame's statement holds the quote (mixed)."""
    return Taken.JOINED if s.frame_index(d.doc).holds(reg) else None


def extends_reported(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """He’s claiming that fraud is “a big problem” but “nobody talks about it.”."""
    fi = s.frame_index(d.doc).extendable(reg)
    if fi is None:
        return None
    s.extend[fi] = max(s.extend.get(fi, 0), reg.close)
    return Taken.JOINED


def scare(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """The so-called “reset”, the film “Borat”: a scare quote, a title or a nickname."""
    para = d.paragraphs[d.paragraph_of[s.index]] if d.paragraph_of else None
    if statement_like(d.text, reg, para) and not quoted_title(d.text, reg, s.start, d.lexicon):
        return None
    if not d.keep_scare_quotes:
        return Taken.DROPPED
    st = _quote(reg, "scare", s.index)
    st.started_unclosed = False  # a scare quote keeps its floor confidence, closed or not
    return st


def fragment(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """“Here he is,” she said. “Donald’s here.”: one statement in two fragments."""
    prev = _last_direct(d, s.index - 1)
    if (
        prev is not None and prev.pattern in ("after", "before")
        and ri == 0 and s.index - prev.sentence == 1
        and d.paragraph_of[s.index] == d.paragraph_of[prev.sentence] and reg.open == s.start
    ):
        return _join(prev, reg, "fragment")
    return None


def _last_direct(d: DocumentState, sentence: int) -> Statement | None:
    """The last statement, past reported ones from an aside in *sentence* ("…,” said Fowler, who has
    backed Clinton since 2008. “…”), if it is a direct quote or one with the words it goes on ('The summit
    accomplished "too little," he added. "…"')."""
    for st in reversed(d.statements):
        if st.kind == "direct" or st.pattern == "after":  # (a mixed one too: 'The summit accomplished "too little"')
            return st
        if st.sentence != sentence:
            return None
    return None


def continued(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> Outcome:
    """A quote with no attribution: the subject of a beat right before it ("She laughed. “…”", ``beat.py``),
    else the previous statement's speaker when it is close, else none."""
    prev = d.statements[-1] if d.statements else None
    if ri == 0 and reg.open == s.start and s.index > 0 and d.sentences \
            and d.paragraph_of[s.index - 1] == d.paragraph_of[s.index] \
            and (prev is None or prev.sentence < s.index - 1 or prev.source is None):
        subject = beat_subject(d.doc, d.text, *d.sentences[s.index - 1], d.lexicon)
        if subject is not None:
            return _quote(reg, "continued", s.index, source=subject)
    if prev is not None and d.paragraph_of[s.index] - d.paragraph_of[prev.sentence] <= 1:
        st = _quote(reg, "continued", s.index)
        st.inherit_from = prev
        return st
    return _quote(reg, "none", s.index)


#: the attachment rules, in the order they are tried
RULES: tuple[Rule, ...] = (
    empty, interrupted, after, before, colon_carried, colon, dash,
    in_reported, extends_reported, scare, fragment, continued,
)


def attach(d: DocumentState, s: SentenceState, ri: int, reg: QuoteRegion) -> None:
    """Try the rules on quote *reg* (the *ri*-th of its sentence) until one answers."""
    for rule in RULES:
        outcome = rule(d, s, ri, reg)
        if outcome is None:
            continue
        if isinstance(outcome, Statement):
            d.statements.append(outcome)
            s.made.append(outcome)
        return


def note_colon(d: DocumentState, s: SentenceState) -> None:
    """Remember a sentence ending in "He added:" for the quote that opens the next paragraph."""
    for fi, f in enumerate(s.frames):
        if fi in s.used or f.content is not None or f.pattern != "bare":
            continue
        cue_end = _end(char_span(d.doc, (f.cue.start, f.cue.end)))
        if d.text[cue_end:s.end].strip() in (":", "") and d.text[s.start:s.end].rstrip().endswith(":"):
            d.pending_colon = f
    if d.pending_colon is None and not s.regions and d.text[s.end - 1:s.end] == ":":
        d.pending_colon = colon_frame(d.doc, d.text, s.end, s.start, d.lexicon)  # "Lee continued:" ¶ “…”


# ---------------------------------------------------------------- what the rules look at


def _end(span: tuple[int, int] | None) -> int:
    assert span is not None
    return span[1]


def _says_more(d: DocumentState, f: Frame, reg: QuoteRegion) -> bool:
    """A cue after the quote with a that-clause of its own: “Fox News Sunday,” Pence said his …"""
    participle = _participle_after(d, f, reg)
    if f.content is None or not (d.parsed or participle):
        return False
    own = char_span(d.doc, f.content)
    if own is None or own[0] < reg.close or _opens_quote(d.text, own[0]):
        return False  # the content is the quote's second half: “…,” he said, “…”
    if f.source is not None and f.cue.end <= f.source[0] and f.source[1] < f.content[0] \
            and all(d.doc[k].text == "," for k in range(f.source[1], f.content[0])):
        return False  # “…,” said Frances Haugen, a former employee turned whistleblower: an apposition
    least = PARTICIPLE_CONTENT_TOKENS if participle else OWN_CONTENT_TOKENS
    return d.doc[f.content[0]].lower_ == "that" or f.content[1] - f.content[0] >= least


def _participle_after(d: DocumentState, f: Frame, reg: QuoteRegion) -> bool:
    """A participle cue right after the quote (“hypocrisy”, pointing out that …): it goes on with the sentence
    that holds the quote. The rules tier asks only this of a cue after a quote (its content after "he said" runs
    on past adjuncts)."""
    cue = d.doc[f.cue.start]
    return cue.lower_.endswith("ing") and not d.text[reg.close:cue.idx].strip(" ,;—–-")


def _passive_by(d: DocumentState, f: Frame) -> bool:
    """A past form followed by "by" is a passive participle, no cue of the quote before it: “the Midnight Crew,”
    directed by then-Cmdr …"""
    cue = d.doc[f.cue.start]
    return f.cue.end < len(d.doc) and d.doc[f.cue.end].lower_ == "by" and cue.lower_.endswith("ed")


def _opens_next_sentence(d: DocumentState, reg: QuoteRegion, f: Frame, f_lo: int) -> bool:
    """ “… in the chancellor.” Asked whether …: after a quote closed with its own full stop, a frame that opens
    with its capitalised cue word opens the next sentence; it is not the quote's ("“We won.” Smith said" is)."""
    cue = d.doc[f.cue.start]
    return closing_words(d.text, reg).endswith(".") and cue.idx == f_lo and cue.text[:1].isupper()


def _opens_quote(text: str, pos: int) -> bool:
    """Does a quote open at or just before *pos* (the second half of “…,” he said, “…”)?"""
    return text[pos:pos + 1] in QUOTE_CHARS or text[max(0, pos - 2):pos].strip()[-1:] in QUOTE_CHARS
