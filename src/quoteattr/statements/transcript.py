"""Transcript turns: a paragraph that opens with a speaker label and a colon.

"PENCE: Gennifer Flowers will not be attending the debate." (an upper-case
label of one to three words) and headlines like "Pat Caddell: Democrat voters
worried" (a name of two or three capitalised words), and in the first paragraph
only "Pence: Flowers won't be at debate" (one capitalised word) or "Obama on
Climate Change: …" (a name and a topic; the cue is "on Climate Change:"). Each
turn is one direct statement, pattern ``transcript``, with the label as speaker
and the colon as cue; a turn right after another runs on into the unlabelled
paragraphs before the next turn or a stage direction (:func:`continued`).
"""

from __future__ import annotations

from typing import NamedTuple

from ..speakers.headlines import TOPIC_WORDS
from ..text.marks import QUOTE_CHARS

__all__ = ["Turn", "continued", "transcript_turns", "LABEL_MAX_CHARS", "LABEL_MAX_WORDS"]

#: the longest speaker label of a transcript turn, in characters ("SEN. ELIZABETH WARREN:")
LABEL_MAX_CHARS = 40
#: a label is a name or a shouted name of at most this many words, not a sentence with a colon
LABEL_MAX_WORDS = 3


class Turn(NamedTuple):
    """A transcript turn, in character offsets; *more* are the paragraphs it runs on into (``continued``)."""

    paragraph: int
    label: tuple[int, int]
    colon: tuple[int, int]
    content: tuple[int, int]
    more: tuple[tuple[int, int], ...] = ()

    @property
    def paragraphs(self) -> range:
        return range(self.paragraph, self.paragraph + 1 + len(self.more))


def _is_label(words: list[str], first: bool) -> bool:
    """ "PENCE", "SEN. WARREN" (shouted) or "Pat Caddell" (a name, not "The Latest"); one capitalised word
    ("Pence: …", "Poll: …") only in the *first* paragraph, a headline's (further down "Superdelegates: …",
    "Correction: …" label a paragraph)."""
    if not 1 <= len(words) <= LABEL_MAX_WORDS:
        return False
    shouting = all(
        len(w) > 1 and w.replace(".", "").replace("-", "").replace("'", "").isalpha() and w.isupper() for w in words
    )
    named = (len(words) >= 2 or first) and words[0] != "The" and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words
    )
    return shouting or named


def _turn(text: str, n: int, lo: int, hi: int) -> Turn | None:
    i = lo
    while i < hi and (text[i] in QUOTE_CHARS or text[i].isspace()):
        i += 1
    colon = text.find(":", i, min(hi, i + LABEL_MAX_CHARS))
    if colon <= i or colon + 2 >= hi or not text[colon + 1].isspace():
        return None
    label, cue = (i, colon), (colon, colon + 1)
    if not _is_label(text[i:colon].split(), n == 0):
        on = _topic_on(text, i, colon) if n == 0 else None
        if on is None:
            return None
        label, cue = (i, on - 1), (on, colon + 1)  # "Obama on Climate Change: …": the label is "Obama"
    c_lo = colon + 1
    while c_lo < hi and text[c_lo].isspace():
        c_lo += 1
    c_hi = hi
    while c_hi > c_lo and text[c_hi - 1] in QUOTE_CHARS:
        c_hi -= 1
    if c_hi > c_lo and text[c_lo] in QUOTE_CHARS and text[c_lo + 1:c_lo + 2].isupper():
        c_lo += 1  # "Trudeau on tariffs: ‘We will respond’": the words inside the marks
    if c_hi > c_lo and text[c_lo].isupper():
        return Turn(n, label, cue, (c_lo, c_hi))
    return None


def _topic_on(text: str, lo: int, colon: int) -> int | None:
    """Where " on " starts the topic of a headline's "NAME on TOPIC:" label ("Obama on Climate Change: The Trends
    Are 'Terrifying'", "Trudeau on tariffs: 'We will respond'"), the name a label of its own; None else."""
    on = text.find(" on ", lo, colon)
    if on < 0:
        return None
    topic = text[on + 4:colon].split()
    if not 1 <= len(topic) <= TOPIC_WORDS or not _is_label(text[lo:on].split(), True):
        return None
    return on + 1


def transcript_turns(text: str, paras: list[tuple[int, int]]) -> list[Turn]:
    """The transcript turns of *text*, one per labelled paragraph, in order; a turn right after another runs on
    into the unlabelled paragraphs after it (:func:`continued`)."""
    turns = []
    for n, (lo, hi) in enumerate(paras):
        turn = _turn(text, n, lo, hi)
        if turn is not None:
            turns.append(turn)
    nexts = [t.paragraph for t in turns[1:]] + [len(paras)] if turns else []
    out: list[Turn] = []
    for t, nxt in zip(turns, nexts, strict=True):
        # only inside a dialogue: right after another turn (not a headline's, nor the first after prose)
        if out and out[-1].paragraphs.stop == t.paragraph:
            t = t._replace(more=continued(text, paras, t.paragraph, nxt))
        out.append(t)
    return out


#: a turn runs on into at most this many unlabelled paragraphs
CONTINUED_MAX = 5


def continued(text: str, paras: list[tuple[int, int]], n: int, nxt: int) -> tuple[tuple[int, int], ...]:
    """The paragraphs after turn paragraph *n* that are still its words: those before the next turn (paragraph
    *nxt*) or a stage direction ("(CROSSTALK)"), at most ``CONTINUED_MAX`` of them; none when the text goes on
    in prose instead (no turn nor stage direction closes them: "Follow Pam Key on Twitter")."""
    pieces: list[tuple[int, int]] = []
    for k in range(n + 1, min(nxt, len(paras))):
        piece = _unquoted(text, *paras[k])
        if piece is not None and _stage_direction(text, piece):
            return tuple(pieces)
        if len(pieces) == CONTINUED_MAX:
            return ()
        if piece is not None:
            pieces.append(piece)
    return tuple(pieces) if nxt < len(paras) else ()


def _unquoted(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    while lo < hi and (text[lo] in QUOTE_CHARS or text[lo].isspace()):
        lo += 1
    while hi > lo and (text[hi - 1] in QUOTE_CHARS or text[hi - 1].isspace()):
        hi -= 1
    return (lo, hi) if lo < hi else None


#: a stage direction is a bracketed paragraph of at most this many characters: "(CROSSTALK.)", "(Applause)"
STAGE_MAX_CHARS = 40


def _stage_direction(text: str, span: tuple[int, int]) -> bool:
    """Whether a paragraph's words (*span*, without quote marks) are a stage direction: "(CROSSTALK.)"."""
    words = text[span[0]:span[1]].rstrip(".")
    return len(words) <= STAGE_MAX_CHARS and words.startswith(("(", "[")) and words.endswith((")", "]"))
