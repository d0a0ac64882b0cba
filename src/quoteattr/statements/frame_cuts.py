"""Where a frame's content ends because another cue's statement begins inside it: a coordinated or participial
cue the parser put inside the content ("Farouk said the outbreak was contained and urged parents to …", "…,
citing …", "…, the central bank said, adding that …"), and ", but SOURCE CUE" ("Mr Luxon said the coalition was
united, but Seymour said he had concerns"). Both tiers."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..parse import children
from .frame import Frame, past_form, trim

__all__ = ["EARLIER_FRAMES", "cut_at_coordinated", "cut_before_next_speaker"]

#: "… and added" / "…, adding" borrow the source of the nearest of this many earlier frames that has one
EARLIER_FRAMES = 8


def cut_at_coordinated(doc: Doc, frames: list[Frame], lexicon: Lexicon, *, parsed: bool) -> list[Frame]:
    """End a content before a coordinated cue the parser put inside it, or a participial cue after a comma.

    "Farouk said the outbreak was contained and urged parents to …": the parser may hang "urged" under "was";
    the second statement is its own. "…, citing …" / "…, the central bank said, adding that …" (both tiers) end
    the content they follow, and the participle speaks for the cue whose content it ends unless it borrowed
    its source from a cue just before it (:func:`_speaks_before`).
    """
    participles = {f.cue.start: f for f in frames if _comma_participle(doc, f, parsed, lexicon)}
    starts = sorted(f.cue.start for f in frames if f.cue.start in participles or (
        f.inherited and not f.cue.nominal and doc[f.cue.start].dep_ == "conj"))
    if not starts:
        return frames
    ends: dict[int, list[tuple[int, int] | None]] = {}
    for g in frames:
        ends.setdefault(g.cue.end, []).append(g.source)
    out = []
    speakers: dict[int, tuple[int, int]] = {}
    for f in frames:
        content = f.content
        if content is not None:
            k = bisect_right(starts, content[0])
            if k < len(starts) and starts[k] < content[1]:
                p = participles.get(starts[k])
                if f.source is not None and p is not None and not _speaks_before(ends, p):
                    speakers.setdefault(starts[k], f.source)  # "…, citing …" speaks for the cue it ended
                cut = starts[k]
                while cut > content[0] and (doc[cut - 1].lower_ in lexicon.words.coordinator or doc[cut - 1].text == ","):
                    cut -= 1
                if f.gap is not None and f.gap[1] >= cut:  # "…, Mr. Manafort said, adding that …": the clause before the aside
                    f = Frame(f.cue, f.source, trim(doc, (content[0], f.gap[0])), "inverted", f.inherited, f.flags)
                else:
                    f = Frame(f.cue, f.source, trim(doc, (content[0], cut)), f.pattern, f.inherited, f.flags, f.gap)
        out.append(f)
    return [Frame(f.cue, speakers[f.cue.start], f.content, f.pattern, True, f.flags, f.gap) if f.cue.start in speakers else f
            for f in out]


#: a participle keeps the source it borrowed from a cue that ends at most this many tokens before it
NEAR_CUE = 4


def _speaks_before(ends: dict[int, list[tuple[int, int] | None]], p: Frame) -> bool:
    """Whether participle *p* borrowed its source from a cue that ends just before it (*ends*: the sources of
    the sentence's frames by where their cue ends; "…,” the source recalled, adding …"), which it keeps; else it
    borrowed a clause's subject ("said geopolitical factors have contributed, citing …") and speaks for the cue
    whose content it ends."""
    return p.source is not None and any(
        p.source in ends.get(e, ()) for e in range(p.cue.start - NEAR_CUE, p.cue.start))


def _comma_participle(doc: Doc, f: Frame, parsed: bool, lexicon: Lexicon) -> bool:
    """A participial cue after a comma (and an ``adverb_before_cue``: "…, even suggesting") with no subject of
    its own: "…, citing the strategic importance of …" (*parsed*: the Doc has a dependency parse; asked of the
    caller, never of the Doc, whose answer reads every token)."""
    i = f.cue.start
    while i > 1 and doc[i - 1].lower_ in lexicon.words.adverb_before_cue:
        i -= 1  # "…, even suggesting …"
    if not f.inherited or f.cue.nominal or i == 0 or doc[i - 1].text != ",":
        return False
    tok = doc[f.cue.start]
    if not parsed:
        return f.pattern == "participle"
    return tok.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in children(tok))


#: a relative pronoun before the speaker of a cue in a relative clause: "…the new levy, [which] she said would …"
_RELATIVE_OBJECT = frozenset({"which", "who", "whom"})


def _runs_to_end(doc: Doc, g: Frame, f: Frame) -> bool:
    """Whether frame *g*'s content runs to the end of frame *f*'s, as a final relative clause does; one
    in mid-sentence is an aside of *f*'s content ("whether Freddy's experience, which friends described as
    miserable, contributed to …")."""
    end = g.content[1] if g.content is not None else g.cue.end
    return f.content is not None and f.content[1] - end <= TAIL_TOKENS \
        and all(t.is_punct or t.is_space for t in doc[end:f.content[1]])


#: a relative clause "runs to the end" when at most this many tokens, all punctuation, follow it (read per pair
#: of frames: never the rest of a long sentence)
TAIL_TOKENS = 4


def _speaker_opening(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """Whether token *i* can open a speaker phrase after a relative pronoun: a pronoun, a capital or a
    determiner ("which [he] said", "which [RT] pointed to", "which [the] congressman said"; not "which
    [included] staff members suggesting")."""
    tok = doc[i]
    return tok.lower_ in lexicon.speaker_pronouns or tok.text[:1].isupper() or tok.lower_ in lexicon.words.article


def _comma_before(doc: Doc, k: int) -> bool:
    """Whether token *k* is a comma, or a closing quote mark right after one ("…as president,” while 73 percent
    said …")."""
    return doc[k].text == "," or doc[k].is_quote and doc[k - 1].text == ","


def cut_before_next_speaker(doc: Doc, frames: list[Frame], lexicon: Lexicon, s_start: int) -> list[Frame]:
    """End a content before ", but SOURCE CUE": "Mr Luxon said the coalition was united, but Seymour said he
    had concerns" holds two statements, as do "criticised the new levy, which she said would cost farmers
    millions" (", which SOURCE CUE") and "endorses Trump, who says he is honored" (", who CUE") when the relative
    clause ends the content; so do the comma that ends a sentence's opening clause before the main clause's
    speaker and cue ("While he acknowledged funding was a reason, Ham also noted …", :func:`_after_opening`),
    "and" before a capitalised speaker and a past cue (:func:`_and_speaker`), and "(" before a speaker whose
    statement runs to the content's end ("…to a van (her campaign later disclosed that …)").
    Without the comma and the coordinator or clause opener the
    later cue stays inside ("Smith said Jones had said …"), and after a semicolon too ("Republicans said
    it was not intentional; they only learned of it on Friday"). A content with nothing
    before the joint is none. Each frame looks at the next ``EARLIER_FRAMES`` frames only."""
    out = []
    words = lexicon.words
    for n, f in enumerate(frames):
        for g in frames[n + 1:n + 1 + EARLIER_FRAMES]:
            if f.content is None or g.source is None or g.inherited or not f.content[0] < g.source[0] < f.content[1]:
                continue
            s = g.source[0]
            relative_subject = doc[s - 1].text == "," and g.source[1] - s == 1 and doc[s].lower_ == "who" \
                and g.cue.start - s <= 3 and _runs_to_end(doc, g, f)  # "Cruz endorses Trump[, who says he is honored]"
            relative_subject = relative_subject or doc[s - 1].text == "(" and _runs_to_end(doc, g, f)
            # ("…stumbling to a van[ (her campaign later disclosed that she has pneumonia)]")
            if relative_subject or s > 2 and _comma_before(doc, s - 2) and (
                doc[s - 1].lower_ in words.coordinator or doc[s - 1].lower_ in words.clause_break
                or doc[s - 1].lower_ in _RELATIVE_OBJECT and g.cue.start - g.source[1] <= 2
                and _speaker_opening(doc, s, lexicon) and _runs_to_end(doc, g, f)
            ) or _after_opening(doc, f, g, s_start, lexicon) or _and_speaker(doc, f, g, lexicon):
                # (nothing left before it: "…, as promised, but analysts agreed …" reports nothing)
                content = trim(doc, (f.content[0], s - 1))
                f = Frame(f.cue, f.source, content, f.pattern if content else "bare", f.inherited, f.flags, f.gap)
                break
        out.append(f)
    return out


#: an opening clause ends at most this many tokens after its cue ("While he acknowledged …, Ham noted")
OPENING_CLAUSE_TOKENS = 40


def _after_opening(doc: Doc, f: Frame, g: Frame, s_start: int, lexicon: Lexicon) -> bool:
    """Whether *g*'s speaker opens the main clause right after the comma that ends the sentence's opening clause,
    where *f*'s cue stands: the sentence opens with a ``clause_break`` word or an ``object_preposition`` ("While he
    acknowledged …, Ham also noted …", "As Clinton talked about …, Trump highlighted …", "In a panel that all agreed
    …, Mark Z. Barabak noted …"), no comma comes between *f*'s cue and that one, and *g*'s cue, not in -ing, follows
    its speaker within two words."""
    if g.source is None:
        return False
    s = g.source[0]
    if not (s_start < f.cue.start and f.cue.end < s - 1 <= f.cue.end + OPENING_CLAUSE_TOKENS and doc[s - 1].text == ","):
        return False
    opener = doc[s_start].lower_
    if opener not in lexicon.words.clause_break and opener not in lexicon.words.object_preposition:
        return False
    return g.cue.start - g.source[1] <= 2 and not doc[g.cue.start].lower_.endswith("ing") \
        and _speaker_opening(doc, s, lexicon) and all(doc[k].text != "," for k in range(f.cue.end, s - 1))


def _and_speaker(doc: Doc, f: Frame, g: Frame, lexicon: Lexicon) -> bool:
    """Whether *g*'s speaker, a name or a plural in capitals, follows "and" with no comma and *g*'s cue in the past
    right after it, to the end of *f*'s content: "…convinced the department mishandled the investigation and
    Democrats accused the GOP of …"."""
    if g.source is None or g.source[0] < 1 or doc[g.source[0] - 1].lower_ != "and" or g.cue.start != g.source[1]:
        return False
    head = doc[g.source[1] - 1]
    return head.text[:1].isupper() and past_form(doc, g.cue) and _runs_to_end(doc, g, f)

