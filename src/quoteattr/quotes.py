"""Statements: direct quotes joined to their cues, reported frames, mixed speech.

Direct-quote patterns, each with the text it is for:

- ``after``: “…,” he said. / “…,” said Smith. / “…,” Smith, the minister, told reporters.
- ``before``: Smith said: “…” / Smith said “…”
- ``interrupted``: “We will,” he said, “win.” (one statement, two fragments)
- ``dash``: “…” — Smith.
- ``colon``: a paragraph ending "He added:" followed by a paragraph of quote
- ``continued``: a quote with no attribution of its own right after a statement
  keeps that statement's speaker (the next paragraph of a long quote)

A quote with no attribution that is short and has no sentence punctuation is a
scare quote, a title or a nickname (the so-called “reset”, the film “Borat”):
not a statement unless ``keep_scare_quotes`` is set. A frame whose content holds
a quoted fragment is ``mixed`` ("He said the deal was “a disaster”").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from .marks import QUOTE_CHARS, QuoteRegion
from .cues import Cue
from .lexicon import Lexicon
from .reported import Frame
from .speakers import np_left

#: quotes with fewer words and no attribution are scare quotes
SCARE_MAX_WORDS = 3
#: The longest gap (characters) between a quote and its cue or speaker that can join them: the gap
#: may hold at most two words (or four before a colon) and punctuation, so no real one is longer;
#: without a bound every quote of a long sentence tried every cue of it across the whole gap (cubic).
MAX_GAP = 200
_GAP_CHARS = frozenset(" \t\n,;:\u2014\u2013-\u00a0")

#: detection confidence by pattern (before the speaker's resolution path)
PATTERN_CONFIDENCE = {
    "after": 0.95, "before": 0.9, "dash": 0.85, "colon": 0.85, "continued": 0.7, "none": 0.45, "scare": 0.2,
    "that-clause": 0.85, "inverted": 0.8, "object": 0.75, "coordinated": 0.75, "participle": 0.7,
    "transcript": 0.85, "noun-that": 0.6, "according-to": 0.8, "possessive": 0.75, "as-put-it": 0.75, "parenthetical": 0.8,
}


@dataclass
class Statement:
    """A statement being assembled, in character offsets."""

    kind: str
    pieces: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    pattern: str
    confidence: float
    sentence: int
    inherited: bool = False
    flags: tuple[str, ...] = ()
    inherit_from: Statement | None = None  # an earlier statement whose speaker this one keeps
    closed: bool = True
    frame: Frame | None = None  # the frame the statement came from, if any

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def char_span(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Character offsets of a token span."""
    if span is None or span[0] >= span[1]:
        return None
    last = doc[span[1] - 1]
    return doc[span[0]].idx, last.idx + len(last.text)


def _gap_ok(text: str, lo: int, hi: int) -> bool:
    """Only punctuation and spaces between a quote and its cue or speaker, or a few capitalised
    words the speaker's noun phrase left out (“…,” Tulsa police Chief Chuck Jordan said)."""
    if lo > hi or hi - lo > MAX_GAP:
        return False
    gap = text[lo:hi]
    if all(ch in _GAP_CHARS for ch in gap):
        return True
    words = gap.strip(" ,\u00a0").split()
    return len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words) and "\n" not in gap


class _SentenceFrames:
    """The frames of one sentence, indexed once so each quote looks only at the frames near it.

    Every lookup is a bisection plus a walk over the frames within ``MAX_GAP``
    characters, so a sentence of R quotes and F frames costs O((R + F) log F),
    not O(R × F × sentence length).
    """

    def __init__(self, doc: Doc, text: str, frames: list[Frame], parsed: bool) -> None:
        self.frames = frames
        self.bounds = [_frame_bounds(doc, f) for f in frames]
        self.own = [char_span(doc, f.content) if f.content is not None else None for f in frames]
        # not after a cue that has a that-clause of its own: “Fox News Sunday,” Pence said his …
        self.that_clause = [
            parsed and own is not None and not _opens_quote(text, own[0])
            and (doc[f.content[0]].lower_ == "that" or f.content[1] - f.content[0] >= 6)
            for f, own in zip(frames, self.own)
        ]
        self.by_lo = sorted((b[0], fi) for fi, b in enumerate(self.bounds))
        self.by_hi = sorted((b[1], fi) for fi, b in enumerate(self.bounds))
        # reported contents: (start, index) sorted, with the running maximum of their ends
        contents = sorted((own[0], own[1]) for own in self.own if own is not None)
        self.content_starts = [c[0] for c in contents]
        self.content_reach = _running_max([c[1] for c in contents])
        # frames a later quoted fragment can extend: content begun and cue ended at or before a point
        open_frames = sorted(
            (max(own[0] + 1, char_span(doc, (f.cue.start, f.cue.end))[1]), fi)
            for fi, (f, own) in enumerate(zip(frames, self.own)) if own is not None and f.gap is None
        )
        self.extend_from = [t for t, _ in open_frames]
        self.extend_last = _running_max([fi for _, fi in open_frames])

    def attachment(self, text: str, reg: QuoteRegion) -> tuple[int, str] | None:
        """(frame index, "after" | "before") of the frame a direct quote belongs to, or None.

        The first frame (in sentence order) right after the quote wins; else the
        last one right before it.
        """
        after = []
        k = bisect_left(self.by_lo, (reg.close, -1))
        while k < len(self.by_lo) and self.by_lo[k][0] <= reg.close + MAX_GAP:
            after.append(self.by_lo[k][1])
            k += 1
        for fi in sorted(after):
            own = self.own[fi]
            says_more = self.that_clause[fi] and own is not None and own[0] >= reg.close
            if _gap_ok(text, reg.close, self.bounds[fi][0]) and not says_more:
                return fi, "after"
        k = bisect_right(self.by_hi, (reg.open, len(self.frames))) - 1
        best = None
        while k >= 0 and self.by_hi[k][0] >= reg.open - MAX_GAP:
            f_hi, fi = self.by_hi[k]
            own = self.own[fi]
            gap = _gap_ok(text, f_hi, reg.open) or _hearer_gap(text, f_hi, reg.open)
            if gap and (own is None or own[0] >= reg.open - 2) and (best is None or fi > best):
                best = fi  # the closest cue before the quote (the last in sentence order) wins
            k -= 1
        return None if best is None else (best, "before")

    def inside_content(self, reg: QuoteRegion) -> bool:
        """Does the quote open inside some frame's reported content?"""
        k = bisect_right(self.content_starts, reg.open) - 1
        return k >= 0 and self.content_reach[k] > reg.open

    def extendable(self, reg: QuoteRegion) -> int | None:
        """The last frame whose content began and whose cue ended before the quote opens."""
        k = bisect_right(self.extend_from, reg.open) - 1
        return self.extend_last[k] if k >= 0 else None


def _running_max(values: list[int]) -> list[int]:
    out: list[int] = []
    for v in values:
        out.append(v if not out or v > out[-1] else out[-1])
    return out


def _reported(doc: Doc, text: str, f: Frame, si: int, regions: list[QuoteRegion], extend_to: int,
              opens: list[int]) -> Statement:
    """The indirect (or mixed, when it holds a quoted fragment) statement of a frame with content.

    *opens* are the regions' opening offsets (sorted), to find the fragments it holds by bisection.
    """
    c = char_span(doc, f.content)
    c = (c[0], max(c[1], extend_to))
    first, past = bisect_left(opens, c[0]), bisect_left(opens, c[1])  # the regions that open inside c
    held = past > first
    if held and regions[past - 1].close > c[1]:
        c = (c[0], regions[past - 1].close)  # the quoted fragment's closing mark ends the content
    cue = char_span(doc, (f.cue.start, f.cue.end))
    hole = char_span(doc, f.gap) if f.gap else cue
    return Statement(
        "mixed" if held else "indirect", _around_cue(text, c, hole), cue, char_span(doc, f.source), f.pattern,
        PATTERN_CONFIDENCE.get(f.pattern, 0.7), si, f.inherited, f.flags, frame=f,
    )


def _opens_quote(text: str, pos: int) -> bool:
    """Does a quote open at or just before *pos* (the second half of “…,” he said, “…”)?"""
    return text[pos:pos + 1] in QUOTE_CHARS or text[max(0, pos - 2):pos].strip()[-1:] in QUOTE_CHARS


def _hearer_gap(text: str, lo: int, hi: int) -> bool:
    """ "told reporters: “…”": a few words ending in a colon between a cue and its quote."""
    if hi - lo > MAX_GAP:
        return False
    gap = text[lo:hi].strip()
    return gap.endswith(":") and len(gap.split()) <= 4 and not any(ch in QUOTE_CHARS for ch in gap)


def _frame_bounds(doc: Doc, f: Frame) -> tuple[int, int]:
    """Character bounds of a frame's cue and source together."""
    spans = [char_span(doc, (f.cue.start, f.cue.end))]
    if f.source is not None and not f.inherited:
        spans.append(char_span(doc, f.source))
    starts = [s[0] for s in spans if s]
    ends = [s[1] for s in spans if s]
    return min(starts), max(ends)


def _statement_like(text: str, region: QuoteRegion, para_bounds: tuple[int, int] | None) -> bool:
    inner = text[region.start:region.end].strip()
    if len(inner.split()) > SCARE_MAX_WORDS:
        return True
    if inner[-1:] in ".!?," or inner[-1:] == "\u2026":
        return True
    return para_bounds is not None and region.open <= para_bounds[0] and region.close >= para_bounds[1]


def assemble(
    doc: Doc,
    text: str,
    sentences: list[tuple[int, int]],
    regions: list[QuoteRegion],
    frames: list[list[Frame]],
    paragraph_of: list[int],
    para_bounds: list[tuple[int, int]],
    keep_scare_quotes: bool,
    lexicon: Lexicon,
) -> list[Statement]:
    """Join quotes and frames sentence by sentence into statements, in text order."""
    out: list[Statement] = []
    parsed = doc.has_annotation("DEP")  # surface contents after a cue are too rough to veto an attachment
    turn_statements = []
    turns = transcript_turns(text, para_bounds)
    if turns:
        in_turn = {p for p, *_ in turns}
        para_starts = [p[0] for p in para_bounds]
        regions = [reg for reg in regions if bisect_right(para_starts, reg.open) - 1 not in in_turn]
        sent_starts = [s for s, _ in sentences]
        for _, label, colon, content in turns:
            si = max(0, bisect_right(sent_starts, content[0]) - 1)
            turn_statements.append(
                Statement("direct", [content], colon, label, "transcript", PATTERN_CONFIDENCE["transcript"], si)
            )
    r = 0
    pending_colon: Frame | None = None
    for si, (s_lo, s_hi) in enumerate(sentences):
        sent_regions = []
        while r < len(regions) and regions[r].open < s_hi:
            if regions[r].open >= s_lo:
                sent_regions.append(regions[r])
            r += 1
        opens = [reg.open for reg in sent_regions]
        used: set[int] = set()
        extend: dict[int, int] = {}  # frame index -> where a later quoted fragment ends
        sframes = frames[si]
        index = _SentenceFrames(doc, text, sframes, parsed) if sent_regions and sframes else None
        last: Statement | None = None
        for ri, reg in enumerate(sent_regions):
            if not text[reg.start:reg.end].strip(" \t\n\r\u00a0" + "".join(QUOTE_CHARS)):
                continue  # “” or """": nothing was said
            if last is not None and last.pattern == "after" and ri > 0:
                prev_frame = last.frame
                if prev_frame is not None and _gap_ok(text, _frame_bounds(doc, prev_frame)[1], reg.open):
                    last.pieces.extend(reg.pieces)  # interrupted: “We will,” he said, “win.”
                    last.closed = last.closed and reg.closed
                    continue
            att = index.attachment(text, reg) if index is not None else None
            if att is None and ri == 0 and pending_colon is not None and reg.open == s_lo:
                st = _direct(doc, reg, pending_colon, "colon", si)
                pending_colon = None
            elif att is None:
                dash = _dash_source(text, reg.close, s_hi)
                colon = _colon_frame(doc, text, reg.open, s_lo, lexicon)
                if colon is not None:
                    st = _direct(doc, reg, colon, "colon", si)  # "Limbaugh continued: “…”"
                elif dash is not None:
                    st = Statement("direct", list(reg.pieces), None, dash, "dash", PATTERN_CONFIDENCE["dash"], si, closed=reg.closed)
                else:
                    if index is not None and index.inside_content(reg):
                        continue  # part of a reported statement: mixed, handled with the frames
                    fi = index.extendable(reg) if index is not None else None
                    if fi is not None:
                        # “He’s claiming that fraud is “a big problem” but “nobody talks about it.””:
                        # a quoted fragment later in the sentence extends the reported statement
                        extend[fi] = max(extend.get(fi, 0), reg.close)
                        continue
                    para = para_bounds[paragraph_of[si]] if paragraph_of else None
                    if not _statement_like(text, reg, para):
                        if keep_scare_quotes:
                            out.append(Statement("direct", list(reg.pieces), None, None, "scare", PATTERN_CONFIDENCE["scare"], si, closed=reg.closed))
                        continue
                    prev = out[-1] if out else None
                    if (
                        prev is not None and prev.kind == "direct" and prev.pattern in ("after", "before")
                        and ri == 0 and si - prev.sentence == 1 and paragraph_of[si] == paragraph_of[prev.sentence]
                        and reg.open == s_lo
                    ):
                        # “Here he is,” she said. “Donald’s here.” — one statement in two fragments
                        prev.pieces.extend(reg.pieces)
                        prev.closed = prev.closed and reg.closed
                        continue
                    st = Statement("direct", list(reg.pieces), None, None, "none", PATTERN_CONFIDENCE["none"], si, closed=reg.closed)
                    if prev is not None and paragraph_of[si] - paragraph_of[prev.sentence] <= 1:
                        st.pattern, st.confidence, st.inherit_from = "continued", PATTERN_CONFIDENCE["continued"], prev
            else:
                fi, how = att
                used.add(fi)
                st = _direct(doc, reg, sframes[fi], how, si)
            if not reg.closed:
                st.confidence *= 0.6
                st.flags = (*st.flags, "unclosed")
            out.append(st)
            last = st
        for fi, f in enumerate(sframes):
            if fi in used:
                continue
            if f.content is not None:
                out.append(_reported(doc, text, f, si, sent_regions, extend.get(fi, 0), opens))
            elif f.pattern == "bare" and text[char_span(doc, (f.cue.start, f.cue.end))[1]:s_hi].strip() in (":", ""):
                if text[s_lo:s_hi].rstrip().endswith(":"):
                    pending_colon = f  # "He added:" and the quote in the next paragraph
        if pending_colon is None and not sent_regions and text[s_hi - 1:s_hi] == ":":
            pending_colon = _colon_frame(doc, text, s_hi, s_lo, lexicon)  # "Lee continued:" ¶ “…”
    out.extend(turn_statements)
    out.sort(key=lambda st: st.start)
    return _drop_overlaps(out)


#: the longest speaker label of a transcript turn, in characters
_LABEL_MAX = 40




def transcript_turns(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """Transcript turns: a paragraph that opens with a speaker label and a colon.

    "PENCE: Gennifer Flowers will not be attending the debate." (an upper-case
    label of one to three words) and headlines like "Pat Caddell: Democrat voters
    worried" (a name of two or three capitalised words). Returns (paragraph
    index, label span, colon span, content span) in character offsets.
    """
    turns = []
    for n, (lo, hi) in enumerate(paras):
        i = lo
        while i < hi and (text[i] in QUOTE_CHARS or text[i].isspace()):
            i += 1
        colon = text.find(":", i, min(hi, i + _LABEL_MAX))
        if colon <= i or colon + 2 >= hi or not text[colon + 1].isspace():
            continue
        words = text[i:colon].split()
        if not 1 <= len(words) <= 3:
            continue
        shouting = all(len(w) > 1 and w.replace(".", "").replace("-", "").replace("'", "").isalpha() and w.isupper() for w in words)
        named = len(words) >= 2 and words[0] != "The" and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        if not (shouting or named):
            continue
        c_lo = colon + 1
        while c_lo < hi and text[c_lo].isspace():
            c_lo += 1
        c_hi = hi
        while c_hi > c_lo and text[c_hi - 1] in QUOTE_CHARS:
            c_hi -= 1
        if c_hi > c_lo and text[c_lo].isupper():
            turns.append((n, (i, colon), (colon, colon + 1), (c_lo, c_hi)))
    return turns


def _around_cue(text: str, content: tuple[int, int], cue: tuple[int, int]) -> list[tuple[int, int]]:
    """Content pieces without a cue that sits inside them ("The U.S., in his words, will …")."""
    if not (content[0] < cue[0] and cue[1] < content[1]):
        return [content]
    lo, hi = cue
    while lo > content[0] and text[lo - 1] in " ,\u2014\u2013":
        lo -= 1
    while hi < content[1] and text[hi] in " ,\u2014\u2013":
        hi += 1
    return [p for p in ((content[0], lo), (hi, content[1])) if p[0] < p[1]]


def _colon_frame(doc: Doc, text: str, pos: int, s_lo: int, lexicon: Lexicon) -> Frame | None:
    """ "Limbaugh continued: “…”", "He concluded: “…”": a subject and any verb, then a colon.

    The verb need not be a listed cue: a name, a verb and a colon right before a
    quote say who speaks.
    """
    c = pos - 1
    while c > s_lo and text[c].isspace():
        c -= 1
    if c <= s_lo or text[c] != ":":
        return None
    colon = doc.char_span(c, c + 1, alignment_mode="expand")
    start = doc.char_span(s_lo, s_lo + 1, alignment_mode="expand")
    if colon is None or start is None or colon.start - 1 <= start.start:
        return None
    verb = doc[colon.start - 1]
    if not (verb.is_alpha and verb.is_lower):
        return None
    source = np_left(doc, verb.i, start.start, lexicon)
    if source is None or source[1] != verb.i:
        return None
    cls = lexicon.cues[lexicon.cue_forms[verb.lower_]].cls if verb.lower_ in lexicon.cue_forms else "neutral"
    return Frame(Cue(verb.i, verb.i + 1, verb.lemma_ or verb.lower_, cls), source, None, "bare")


def _direct(doc: Doc, reg: QuoteRegion, f: Frame, how: str, si: int) -> Statement:
    return Statement(
        "direct", list(reg.pieces), char_span(doc, (f.cue.start, f.cue.end)), char_span(doc, f.source), how,
        PATTERN_CONFIDENCE[how], si, f.inherited, f.flags, closed=reg.closed, frame=f,
    )


def _dash_source(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """“…” — Smith.  The name after a dash that follows a quote, up to the sentence end."""
    i = pos
    while i < end and text[i] in " \t":
        i += 1
    if i >= end or text[i] not in "\u2014\u2013-":
        return None
    while i < end and text[i] in "\u2014\u2013- \t":
        i += 1
    j = end
    while j > i and text[j - 1] in ".!? ":
        j -= 1
    name = text[i:j]
    if not name or not name[0].isupper() or len(name.split()) > 5:
        return None
    return i, j


def _drop_overlaps(statements: list[Statement]) -> list[Statement]:
    """Keep statements whose content does not overlap an earlier kept one (direct quotes win)."""
    kept: list[Statement] = []
    for st in statements:
        if kept and st.start < kept[-1].end:
            prev = kept[-1]
            if st.kind == "direct" and prev.kind != "direct":
                kept[-1] = st
            continue
        kept.append(st)
    alive = {id(s) for s in kept}
    for st in kept:
        if st.inherit_from is not None and id(st.inherit_from) not in alive:
            st.inherit_from = None
    return kept
