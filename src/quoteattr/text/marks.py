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

from dataclasses import dataclass

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
}

#: the right single mark ’ closes ‘…’ and ‚…‘, and is also the typographic apostrophe (don’t)
APOSTROPHE = "\u2019"
#: every character that is part of a quote mark, derived from ``PAIRS``
QUOTE_CHARS = frozenset(ch for opener, closers in PAIRS.items() for mark in (opener, *closers) for ch in mark)
#: single characters that close themselves ("…", '…'), and the apostrophe: open or close, decided by
#: their neighbours
SYMMETRIC = frozenset(o for o, closers in PAIRS.items() if len(o) == 1 and o in closers) | {APOSTROPHE}
#: characters that only ever close a quote: ” » ›
CLOSERS = frozenset(
    c for closers in PAIRS.values() for c in closers if len(c) == 1 and c not in PAIRS and c not in SYMMETRIC
)
#: characters that can open a quote: “ ‘ « ‹ „ ‚ " '
OPENING_CHARS = frozenset(o for o in PAIRS if len(o) == 1)
#: characters that can close a quote: ” ’ » › “ ‘ " '
CLOSING_CHARS = frozenset(c for closers in PAIRS.values() for c in closers if len(c) == 1)

#: elisions written with an apostrophe at a word start: ’90s, ’em, ’n’, ’tis
_ELISIONS = ("em ", "n ", "n'", "n\u2019", "tis", "twas", "til ", "cause ")
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
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
    n = len(text)
    i = 0
    while i < n:
        j = i
        while j < n and text[j] not in LINE_BREAKS:
            j += 1
        s, e = strip_span(text, i, j)
        if s < e:
            out.append((s, e))
        i = j + 1
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


def _classify(text: str, i: int, ch: str, lo: int, hi: int) -> str:
    """'open', 'close', 'either' or 'none' (apostrophe or stray) for the mark at *i*."""
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + len(ch)] if i + len(ch) < hi else ""
    left = (_is_space(prev) or prev in _OPEN_CONTEXT or prev in QUOTE_CHARS) and not _is_space(nxt)
    right = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSE_CONTEXT or nxt in QUOTE_CHARS)
    if ch in ("'", "\u2019", "\u2018"):
        if prev.isalnum() and nxt.isalnum():
            return "none"  # don’t, rock’n’roll
        if left and (nxt.isdigit() or text.startswith(_ELISIONS, i + 1)):
            return "none"  # ’90s, ’em, ’n’
    if ch in ("\u201c", "\u2018"):
        # an English opener, or the closer of „…“ / ‚…‘ when it ends a word
        return "close" if right and not left else "open"
    if ch in CLOSERS:
        return "close"
    if ch in SYMMETRIC or ch == "''":
        if left and not right:
            return "open"
        if right and not left:
            return "close"
        return "either" if left and right else "none"
    return "open"


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    """(offset, mark, role) for every quote mark in text[lo:hi]."""
    out = []
    i = lo
    while i < hi:
        ch = text[i]
        if ch not in QUOTE_CHARS:
            i += 1
            continue
        if ch == "`" and text.startswith("``", i):
            out.append((i, "``", "open"))
            i += 2
            continue
        if ch == "'" and text.startswith("''", i) and i + 2 <= hi:
            role = _classify(text, i, "''", lo, hi)
            if role != "none":
                out.append((i, "''", role))
            i += 2
            continue
        if ch == "`":
            i += 1
            continue
        role = _classify(text, i, ch, lo, hi)
        if role != "none":
            out.append((i, ch, role))
        i += 1
    return out


def _closes(opener: str, mark: str) -> bool:
    return mark in PAIRS.get(opener, ())


#: how deep the pairing looks for a matching opener (keeps the scan linear on runs of marks)
MAX_DEPTH = 16


def find_regions(text: str, paras: list[tuple[int, int]] | None = None) -> list[QuoteRegion]:
    """The outermost quoted regions of *text*, in order, never overlapping."""
    if paras is None:
        paras = paragraphs(text)
    regions: list[QuoteRegion] = []
    carry: tuple[int, str, list[tuple[int, int]]] | None = None  # open offset, mark, pieces so far
    for p_index, (lo, hi) in enumerate(paras):
        stack: list[tuple[int, str, int]] = []  # (offset, mark, content start)
        marks = _marks(text, lo, hi)
        start_k = 0
        if carry is not None:
            if marks and marks[0][0] == lo and marks[0][1] == carry[1] and marks[0][2] in ("open", "either"):
                stack.append((carry[0], carry[1], lo + len(carry[1])))
                start_k = 1
            else:
                regions.append(QuoteRegion(carry[0], carry[2][-1][1], tuple(carry[2]), False, carry[1]))
            carry_pieces = carry[2] if start_k else None
            carry = None
        else:
            carry_pieces = None
        for off, mark, role in marks[start_k:]:
            top = stack[-1][1] if stack else None
            if role == "either":
                role = "close" if any(_closes(m, mark) for _, m, _ in stack[-MAX_DEPTH:]) else "open"
            if role == "close":
                for depth in range(len(stack) - 1, max(-1, len(stack) - 1 - MAX_DEPTH), -1):
                    if _closes(stack[depth][1], mark):
                        o_off, o_mark, c_start = stack[depth]
                        del stack[depth:]
                        if not stack:
                            pieces = list(carry_pieces or []) + [(c_start, off)]
                            carry_pieces = None
                            regions.append(QuoteRegion(o_off, off + len(mark), tuple(pieces), True, o_mark))
                        break
                continue
            if top == mark and mark not in ("'", "\u2018", "''"):
                stack.pop()  # the same mark never nests: the earlier one was stray
                if not stack:
                    carry_pieces = None
            stack.append((off, mark, off + len(mark)))
        if stack:
            o_off, o_mark, c_start = stack[0]
            piece_end = hi
            pieces = list(carry_pieces or []) + [(c_start, piece_end)] if c_start < piece_end else list(carry_pieces or [])
            nxt = paras[p_index + 1] if p_index + 1 < len(paras) else None
            if pieces and nxt is not None and text.startswith(o_mark, nxt[0]):
                carry = (o_off, o_mark, pieces)
            elif pieces:
                regions.append(QuoteRegion(o_off, pieces[-1][1], tuple(pieces), False, o_mark))
    if carry is not None:
        regions.append(QuoteRegion(carry[0], carry[2][-1][1], tuple(carry[2]), False, carry[1]))
    return regions
