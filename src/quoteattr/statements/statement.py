"""The statement being assembled: its pieces of text, cue, source and the rule that made it."""

from __future__ import annotations

from bisect import bisect_left

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .frame import Frame

__all__ = ["Statement", "char_span", "unlink_dropped"]


@dataclass
class Statement:
    """A statement being assembled, in character offsets.

    ``pattern`` names the attachment rule (``statements/attach.py``) or the
    frame pattern (``statements/reported.py``) that made the statement; the
    confidence factor of ``confidence.PATTERN`` is looked up by it. ``joined``
    names the rules that later added fragments to it ("interrupted",
    "fragment").
    """

    kind: str
    pieces: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    pattern: str
    sentence: int
    inherited: bool = False
    flags: tuple[str, ...] = ()
    inherit_from: Statement | None = None  # an earlier statement whose speaker this one keeps
    closed: bool = True  # every quote mark of every fragment was closed
    frame: Frame | None = None  # the frame the statement came from, if any
    #: the quote the statement started from was never closed (``confidence.UNCLOSED`` applies);
    #: a fragment joined later only makes ``closed`` false
    started_unclosed: bool = False
    joined: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def char_span(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Character offsets of a token span (None for no span or an empty one)."""
    if span is None or span[0] >= span[1]:
        return None
    last = doc[span[1] - 1]
    return doc[span[0]].idx, last.idx + len(last.text)


def unlink_dropped(kept: list[Statement]) -> list[Statement]:
    """*kept*, with every link to a statement that was dropped (``inherit_from``) moved to the kept
    statement right before the dropped one when that is at most ``RELINK_SENTENCES`` sentences
    earlier ("“…,” Obama said. He did not suggest retaliation. “…”": the second quote is Obama's,
    though "suggest retaliation" is no statement), else cut."""
    alive = {id(s) for s in kept}
    starts = [s.start for s in kept]
    for st in kept:
        target = st.inherit_from
        if target is None or id(target) in alive:
            continue
        k = bisect_left(starts, target.start) - 1
        before = kept[k] if k >= 0 else None
        close = before is not None and before is not st and target.sentence - before.sentence <= RELINK_SENTENCES
        st.inherit_from = before if close else None
    return kept


#: a quote linked to a statement that was dropped keeps the speaker of the one before it, this many
#: sentences before the dropped one at most
RELINK_SENTENCES = 1
