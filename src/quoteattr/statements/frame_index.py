"""The frames of one sentence, indexed once, so each quote looks only at the frames near it.

Without it every quote of a long sentence tried every frame of the sentence
and measured the whole gap between them: cubic in one long sentence (9.6 K
characters took 4.3 s, 96 K over 120 s). Each lookup here is a bisection plus
a walk over the frames within ``MAX_GAP`` characters of the quote, so a
sentence of R quotes and F frames costs O((R + F) log F). The answers are the
same as the scans they replace: ``gap_ok`` and ``hearer_gap`` refuse any gap
longer than ``MAX_GAP``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from ..text.marks import QuoteRegion
from .between import MAX_GAP, frame_bounds
from .frame import Frame
from .statement import char_span

__all__ = ["FrameIndex"]


def _running_max(values: list[int]) -> list[int]:
    out: list[int] = []
    for v in values:
        out.append(v if not out or v > out[-1] else out[-1])
    return out


class FrameIndex:
    """Where the frames of one sentence are: their bounds, reported contents and cues, sorted."""

    def __init__(self, doc: Doc, frames: list[Frame]) -> None:
        self.bounds = [frame_bounds(doc, f) for f in frames]
        self.own = [char_span(doc, f.content) if f.content is not None else None for f in frames]
        self.by_lo = sorted((b[0], fi) for fi, b in enumerate(self.bounds))
        self.by_hi = sorted((b[1], fi) for fi, b in enumerate(self.bounds))
        contents = sorted(own for own in self.own if own is not None)
        self.content_starts = [c[0] for c in contents]
        self.content_reach = _running_max([c[1] for c in contents])
        # a frame a later quoted fragment can extend: its content began and its cue ended before the quote
        open_frames = []
        for fi, (f, own) in enumerate(zip(frames, self.own, strict=True)):
            cue = char_span(doc, (f.cue.start, f.cue.end))
            if own is not None and f.gap is None and cue is not None:
                open_frames.append((max(own[0] + 1, cue[1]), fi))
        open_frames.sort()
        self.extend_from = [t for t, _ in open_frames]
        self.extend_last = _running_max([fi for _, fi in open_frames])

    def after(self, reg: QuoteRegion) -> list[int]:
        """Frames starting within MAX_GAP after the quote closes, in sentence order."""
        found = []
        k = bisect_left(self.by_lo, (reg.close, -1))
        while k < len(self.by_lo) and self.by_lo[k][0] <= reg.close + MAX_GAP:
            found.append(self.by_lo[k][1])
            k += 1
        return sorted(found)

    def before(self, reg: QuoteRegion) -> list[int]:
        """Frames ending within MAX_GAP before the quote opens (at or before it), in sentence order."""
        found = []
        k = bisect_right(self.by_hi, (reg.open, len(self.bounds))) - 1
        while k >= 0 and self.by_hi[k][0] >= reg.open - MAX_GAP:
            found.append(self.by_hi[k][1])
            k -= 1
        return sorted(found)

    def holds(self, reg: QuoteRegion) -> bool:
        """Does the quote open inside some frame's reported content?"""
        return self.in_content(reg.open)

    def in_content(self, pos: int) -> bool:
        """Does character *pos* lie inside some frame's reported content?"""
        k = bisect_right(self.content_starts, pos) - 1
        return k >= 0 and self.content_reach[k] > pos

    def extendable(self, reg: QuoteRegion) -> int | None:
        """The last frame (in sentence order) whose content began and whose cue ended before the quote."""
        k = bisect_right(self.extend_from, reg.open) - 1
        return self.extend_last[k] if k >= 0 else None
