"""The speaker of a verb cue from the dependency parse (trained tier), mended from the surface where the parse
fails: no subject ("“…,” admitted coach X", "“…,” a witness, who …, told the BBC"), a quote or a word inside
the quote taken for the subject, a subject found after the cue through the verb it hangs from."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..speakers.inverted import np_right
from ..speakers.mentions import np_left
from ..speakers.subjects import noun_phrase, subject_of
from .cues import Cue
from .frame import Frame
from .participles import passive_cue

__all__ = ["parse_source"]


def parse_source(
    doc: Doc, cue: Cue, sent: tuple[int, int], frames: list[Frame], lexicon: Lexicon
) -> tuple[tuple[int, int] | None, bool]:
    """(source, inherited) of a verb cue from the parse, mended from the surface where the parse fails."""
    s_start, s_end = sent
    verb = doc[cue.start]
    found = subject_of(verb)
    source, inherited = (noun_phrase(found[0]), found[1]) if found else (None, False)
    if source and not (s_start <= source[0] < s_end):
        source, found = None, None  # the parse ran two sentences together ("Photo: Supplied ¶ Jane Smith said"):
        # the surface subject, below
    if inherited and source is not None and source[0] > cue.start:
        if _asked_opening(doc, cue, s_start):
            return None, False  # "Asked whether the firm should be nationalised, Mr Reed said …": the asker is unnamed
        source = _earlier_speaker(frames, cue, source)
    if source is None and (cue.start == s_start or doc[cue.start - 1].is_quote) and not verb.lower_.endswith("ing"):
        source = np_right(doc, cue.end, s_end, lexicon)  # "Said Ellis: “…”", "“…,” admitted coach X": no nsubj
    # (an "amod" cue is one the parser made a modifier right after a quote: "the 71-year-old told", cues.py)
    elif source is None and found is None and verb.dep_ in ("ROOT", "amod") and not verb.lower_.endswith("ing"):
        source = _surface_subject(doc, cue, s_start, lexicon)  # "“…,” a witness, who …, told the BBC": no nsubj
    if source is not None and (not inherited or _quoted(doc, source, s_start)) and any(
        doc[t].is_quote for t in range(min(source[1], cue.start), max(source[0], cue.start))
    ):
        # the parser made a quote the subject ("“My reaction …,” the strategist said"), or the subject of a
        # verb in the quote: the speaker is the noun phrase just before the cue, the cue's own
        source, inherited = np_left(doc, cue.start, s_start, lexicon), False
    return source, inherited


def _surface_subject(doc: Doc, cue: Cue, s_start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The speaker phrase left of a cue the parser gave no subject, unless the cue is passive ("The plan is widely
    seen as …": no one is named) or the phrase is a lone stop word or state ("But expect …", "Now tell …", "of
    Boca Raton, Fla., said")."""
    if passive_cue(doc, cue, s_start, lexicon):
        return None
    source = np_left(doc, cue.start, s_start, lexicon)
    if source is not None and source[1] - source[0] == 1 and (
        doc[source[0]].is_stop or doc[source[0]].lower_ in lexicon.words.state_abbreviation
    ):
        return None
    return source


def _asked_opening(doc: Doc, cue: Cue, s_start: int) -> bool:
    """Whether the cue is a past participle opening its sentence ("Asked …", "Pressed on …"): the one it borrows a
    subject from was asked; the asker goes unnamed (PolNeAR gives such cues no source)."""
    verb = doc[cue.start]
    return cue.start == s_start and verb.tag_ == "VBN" and verb.text[:1].isupper()


def _quoted(doc: Doc, source: tuple[int, int], s_start: int) -> bool:
    """Whether a quote mark opens the sentence before *source* (then the one after it closes the quote the
    source is in: "“It was chaos,” a witness, who …, told the BBC", with "told" parsed as a conjunct of "was")."""
    return any(doc[t].is_quote for t in range(s_start, min(source[0], s_start + 2)))


def _earlier_speaker(frames: list[Frame], cue: Cue, source: tuple[int, int]) -> tuple[int, int]:
    """The speaker of a cue whose subject the parser found after it, through the verb it hangs from.

    "“…,” Sanders said, going on to say that … young people do not want …": the parser hung "going" under a
    verb of the quote, whose subject is no speaker; the cue continues the one before it in the sentence, and
    has its speaker. With no earlier cue the subject stays ("Asked whether he would run, Smith said no" has none:
    ``_asked_opening``).
    """
    return next((f.source for f in reversed(frames)
                 if f.source is not None and f.cue.start < cue.start and f.source[1] <= cue.start), source)
