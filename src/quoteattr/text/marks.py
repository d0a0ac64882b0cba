"""Quote marks: which characters open or close a quote, and how they pair.

One linear scan over the text. Each mark pair is a named rule with the text it
is for (pySBD style). Apostrophes are told apart from single quote marks by
their neighbours (don’t, ’90s, rock ’n’ roll, the ministers’ meeting). A mark
that never closes is ordinary text: the quote it opens ends at its
paragraph's end and is flagged ``closed=False``. A paragraph that opens a
quote without closing it continues into the next paragraph when that one
reopens with the same mark (the news convention for long quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "PAIRS", "QUOTE_CHARS", "DASH_CHARS", "OPENING_CHARS", "CLOSING_CHARS", "CLOSERS", "SYMMETRIC", "APOSTROPHE",
    "LINE_BREAKS",
    "MAX_DEPTH", "QuoteRegion", "paragraphs", "strip_span", "find_regions",
]

#: opening mark -> the marks that close it, with the text each rule is for.
PAIRS: dict[str, tuple[str, ...]] = {
    "\u201c": ("\u201d", '"'),  # English double: “We will win,” he said. (scraped text: “…")
    "\u2018": ("\u2019",),  # English single / nested: “He called it ‘a disaster’.”
    "\u00ab": ("\u00bb",),  # guillemets: «At the same time we are thankful,» he added.
    "\u2039": ("\u203a",),  # single guillemets: ‹nested›
    "\u201e": ("\u201c", "\u201d"),  # low-9 double (German, Polish): „Wir schaffen das“
    "\u201a": ("\u2018", "\u2019"),  # low-9 single: ‚so‘
    '"': ('"', "\u201d"),  # straight double: "We will win," he said. (scraped text: "…”)
    "'": ("'",),  # straight single: 'nested' or headline quotes
    "``": ("''",),  # LaTeX / PTB style: ``We will win,'' he said.
    "''": ("''",),  # doubled apostrophes on both sides (some archives): ''We will win,'' he said.
    "\u201d": ("\u201d",),  # reversed double, opening at a word start (Nordic style, scraped copy): ”Fear. …” ― E. M.
}

#: the right double mark ” closes “…” and "…", and opens ”…” only at a word start
REVERSED = "\u201d"
#: the right single mark ’ closes ‘…’ and ‚…‘, and is also the typographic apostrophe (don’t)
APOSTROPHE = "\u2019"
#: every character that is part of a quote mark, derived from ``PAIRS``
QUOTE_CHARS = frozenset(ch for opener, closers in PAIRS.items() for mark in (opener, *closers) for ch in mark)
#: any character of a quote mark (what the mark scan stops at)
_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")
#: single characters that close themselves ("…", '…'), and the apostrophe: open or close, decided by
#: their neighbours
SYMMETRIC = frozenset(o for o, closers in PAIRS.items() if len(o) == 1 and o in closers and o != REVERSED) | {APOSTROPHE}
#: characters that only ever close a quote: » ›
CLOSERS = frozenset(
    c for closers in PAIRS.values() for c in closers if len(c) == 1 and c not in PAIRS and c not in SYMMETRIC
)
#: characters that can open a quote: “ ‘ « ‹ „ ‚ " '
OPENING_CHARS = frozenset(o for o in PAIRS if len(o) == 1)
#: characters that can close a quote: ” ’ » › “ ‘ " '
CLOSING_CHARS = frozenset(c for closers in PAIRS.values() for c in closers if len(c) == 1)

#: elisions written with an apostrophe at a word start: ’90s, ’em, ’n’, ’tis
_ELISIONS = ("em ", "n ", "n'", "n\u2019", "tis", "twas", "til ", "cause ")
#: Dashes that set off an attribution or an aside: figure, en and em dash, and the horizontal bar
#: (U+2015, the quotation dash: “…” ― Jane Roe)
DASH_CHARS = frozenset("\u2012\u2013\u2014\u2015")
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
#: a line: a run of characters that are no line break
_LINE = re.compile("[^" + "".join(sorted(LINE_BREAKS)) + "]+")
_OPEN_CONTEXT = frozenset("([{<\u2014\u2013-/:")
_CLOSE_CONTEXT = frozenset(".,;:!?)]}>\u2014\u2013-/\u2026")


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """A quoted stretch of text.

    ``open``/``close`` are the offsets of the outer marks (``close`` is the
    offset just after the closing mark, or the paragraph end when unclosed);
    ``pieces`` are the content pieces without marks, one per paragraph.
    """

    open: int
    close: int
    pieces: tuple[tuple[int, int], ...]
    closed: bool
    mark: str

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph bounds: every line is a paragraph; blank lines are not returned.

    Line breaks are any of ``\\n``, ``\\r``, ``\\r\\n`` and the other Unicode
    line and paragraph separators. Leading and trailing whitespace of a line is
    excluded from its bounds.
    """
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        s, e = strip_span(text, line.start(), line.end())
        if s < e:
            out.append((s, e))
    return out


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """The bounds of text[s:e] without leading and trailing white space."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


#: marks that may also be an apostrophe or an elision: don’t, ’90s, rock ’n’ roll
_APOSTROPHE_LIKE = frozenset({"'", APOSTROPHE, "\u2018"})
#: marks that open English quotes and close low-9 ones: “ closes „…“ and ‘ closes ‚…‘
_OPEN_OR_CLOSE_LOW = frozenset(o for o in OPENING_CHARS if o in CLOSING_CHARS and o not in SYMMETRIC | {REVERSED})


#: closers of a quote inside a quote, which some outlets set apart from the outer closer by a space
_INNER_CLOSERS = frozenset({"'", APOSTROPHE})


def _classify(text: str, i: int, ch: str, lo: int, hi: int) -> str:
    """'open', 'close', 'either' or 'none' (apostrophe or stray) for the mark at *i*."""
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + len(ch)] if i + len(ch) < hi else ""
    left = (_is_space(prev) or prev in _OPEN_CONTEXT or prev in QUOTE_CHARS) and not _is_space(nxt)
    right = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSE_CONTEXT or nxt in QUOTE_CHARS)
    if ch in _APOSTROPHE_LIKE and _apostrophe(text, i, prev, nxt, left):
        return "none"
    if ch in _OPEN_OR_CLOSE_LOW:
        # an English opener, or the closer of „…“ / ‚…‘ when it ends a word
        return "close" if right and not left else "open"
    if ch in CLOSERS:
        return "close"
    if ch == REVERSED:
        return _reversed(left, right, i == lo and nxt != "")
    if ch in SYMMETRIC or ch == "''":
        return _symmetric(text, i, lo, left, right)
    return "open"


def _symmetric(text: str, i: int, lo: int, left: bool, right: bool) -> str:
    """The role of a straight mark from its neighbours (*left*: it may open, *right*: it may close)."""
    if left != right:
        return "open" if left else "close"
    if not left and i - 2 >= lo and text[i - 1] == " " and text[i - 2] in _INNER_CLOSERS:
        return "close"  # "… the term 'African American outreach,' " he told: a space between two closers
    return "either" if left and right else "none"


def _reversed(left: bool, right: bool, first: bool) -> str:
    """A ” opens only after a space or a line start and before a word (”Fear. I am afraid …”),
    or as a paragraph's *first* character, where it has nothing to close (”… what I learned …”)."""
    return "open" if left and not right or first else "close"


def _apostrophe(text: str, i: int, prev: str, nxt: str, left: bool) -> bool:
    """Is the single mark at *i* an apostrophe: inside a word, or an elision at a word start?"""
    if prev.isalnum() and nxt.isalnum():
        return True  # don’t, rock’n’roll
    return left and (nxt.isdigit() or text.startswith(_ELISIONS, i + 1))  # ’90s, ’em, ’n’


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    """(offset, mark, role) for every quote mark in text[lo:hi]."""
    out = []
    nxt = lo  # the first offset not taken by a two-character mark
    for found in _QUOTE_CHAR.finditer(text, lo, hi):
        i = found.start()
        if i < nxt:
            continue
        ch = text[i]
        nxt = i + 1
        if ch == "`" and text.startswith("``", i):
            out.append((i, "``", "open"))
            nxt = i + 2
            continue
        if ch == "'" and text.startswith("''", i) and i + 2 <= hi:
            role = _classify(text, i, "''", lo, hi)
            if role != "none":
                out.append((i, "''", role))
            nxt = i + 2
            continue
        if ch == "`":
            continue
        role = _classify(text, i, ch, lo, hi)
        if role != "none":
            out.append((i, ch, role))
    return out


def _closes(opener: str, mark: str) -> bool:
    return mark in PAIRS.get(opener, ())


#: how deep the pairing looks for a matching opener (keeps the scan linear on runs of marks)
MAX_DEPTH = 16


#: marks that may open again inside their own quote ('…' within '…'); any other mark that opens
#: again means the earlier one was stray
_RENESTING = frozenset({"'", "\u2018", "''"})


def find_regions(text: str, paras: list[tuple[int, int]] | None = None) -> list[QuoteRegion]:
    """The outermost quoted regions of *text*, in order, never overlapping."""
    return _Pairing(text, paras if paras is not None else paragraphs(text)).run()


class _Pairing:
    """One pass pairing the marks of each paragraph with a stack of open marks.

    A quote still open at a paragraph's end is *carried* into the next
    paragraph when that one starts with the same mark, else it ends there,
    unclosed.
    """

    def __init__(self, text: str, paras: list[tuple[int, int]]) -> None:
        self.text = text
        self.paras = paras
        self.regions: list[QuoteRegion] = []
        #: a quote open at the end of the previous paragraph: open offset, mark, pieces so far
        self.carry: tuple[int, str, list[tuple[int, int]]] | None = None
        #: the open marks of this paragraph: (offset, mark, content start)
        self.stack: list[tuple[int, str, int]] = []
        #: the pieces of a carried quote that resumed in this paragraph
        self.carry_pieces: list[tuple[int, int]] | None = None

    def run(self) -> list[QuoteRegion]:
        for p_index, (lo, hi) in enumerate(self.paras):
            self.stack = []
            marks = _marks(self.text, lo, hi)
            for off, mark, role in marks[self._resume(marks, lo):]:
                self._mark(off, mark, role)
            if self.stack:
                self._unclosed(p_index, hi)
        if self.carry is not None:
            o_off, o_mark, pieces = self.carry
            self.regions.append(QuoteRegion(o_off, pieces[-1][1], tuple(pieces), False, o_mark))
        return self.regions

    def _resume(self, marks: list[tuple[int, str, str]], lo: int) -> int:
        """Resume the carried quote when the paragraph opens with its mark; how many marks that used."""
        carry, self.carry, self.carry_pieces = self.carry, None, None
        if carry is None:
            return 0
        o_off, o_mark, pieces = carry
        if marks and marks[0][0] == lo and marks[0][1] == o_mark and marks[0][2] in ("open", "either"):
            self.stack.append((o_off, o_mark, lo + len(o_mark)))
            self.carry_pieces = pieces
            return 1
        self.regions.append(QuoteRegion(o_off, pieces[-1][1], tuple(pieces), False, o_mark))
        return 0

    def _mark(self, off: int, mark: str, role: str) -> None:
        stack = self.stack
        top = stack[-1][1] if stack else None
        if role == "either":
            role = "close" if any(_closes(m, mark) for _, m, _ in stack[-MAX_DEPTH:]) else "open"
        if role == "close":
            self._close(off, mark)
            return
        if top == mark and mark not in _RENESTING:
            stack.pop()  # the same mark never nests: the earlier one was stray
            if not stack:
                self.carry_pieces = None
        stack.append((off, mark, off + len(mark)))

    def _close(self, off: int, mark: str) -> None:
        """Close the nearest open mark (within ``MAX_DEPTH``) that *mark* closes; a stray closer does nothing."""
        stack = self.stack
        for depth in range(len(stack) - 1, max(-1, len(stack) - 1 - MAX_DEPTH), -1):
            if _closes(stack[depth][1], mark):
                o_off, o_mark, c_start = stack[depth]
                del stack[depth:]
                if not stack:
                    pieces = list(self.carry_pieces or []) + [(c_start, off)]
                    self.carry_pieces = None
                    self.regions.append(QuoteRegion(o_off, off + len(mark), tuple(pieces), True, o_mark))
                return

    def _unclosed(self, p_index: int, hi: int) -> None:
        """The outermost quote still open at the paragraph's end: carried on, or ended unclosed."""
        o_off, o_mark, c_start = self.stack[0]
        pieces = list(self.carry_pieces or [])
        if c_start < hi:
            pieces.append((c_start, hi))
        nxt = self.paras[p_index + 1] if p_index + 1 < len(self.paras) else None
        if pieces and nxt is not None and self.text.startswith(o_mark, nxt[0]):
            self.carry = (o_off, o_mark, pieces)
        elif pieces:
            self.regions.append(QuoteRegion(o_off, pieces[-1][1], tuple(pieces), False, o_mark))
