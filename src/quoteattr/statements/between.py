"""What lies between a quote and its cue: the checks the attachment rules make.

Each check is linear in the few characters or tokens it looks at: a gap between
a quote and a cue, a colon before a quote, a dash after one.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from spacy.tokens import Doc

from ..lexicon import POSSESSIVE_S, Lexicon
from ..speakers.headlines import SMALL_WORDS  # lower-case words inside a title-cased title
from ..speakers.mentions import np_left
from ..text.marks import DASH_CHARS, QUOTE_CHARS, QuoteRegion
from .cues import Cue
from .complements import speech_nouns
from .frame import Frame
from .layout_rules import after_naming_word
from .statement import char_span

__all__ = [
    "gap_ok", "aside_gap", "hearer_gap", "frame_bounds", "statement_like", "quoted_title", "covers", "colon_frame",
    "dash_source", "stops_after_cue", "lead_in", "closing_words", "SCARE_MAX_WORDS", "HEARER_MAX_WORDS", "DASH_MAX_WORDS", "QUOTED_TITLE_MAX_WORDS",
]

#: quotes with fewer words and no attribution are scare quotes: the so-called “reset”
SCARE_MAX_WORDS = 3
#: a speaker label or hearer before a colon is at most this many words: "told reporters:"
HEARER_MAX_WORDS = 4
#: a dash source ("— Smith, the minister") is at most this many words, else it is a sentence
DASH_MAX_WORDS = 5
#: The longest gap (characters) between a quote and its cue or speaker that can join them: the gap holds
#: at most two words (four before a colon) and punctuation, so no real one is longer; the bound lets
#: frame_index.py look only at the frames near a quote instead of every frame of a long sentence.
MAX_GAP = 200
#: an aside between the cue of an interrupted quote and its second fragment is at most this long:
#: “…,” Tester said, referring to the 1 percent excuse, “you give …”
ASIDE_MAX_CHARS = 120
#: a cue's own words (its addressee, where, when) between it and the lower-case rest of an interrupted quote
CUE_TAIL_WORDS = 6
#: characters that may stand between a quote and its cue or speaker
_GAP_CHARS = frozenset(" \t\n,;:-\u00a0") | DASH_CHARS
_DASHES = "".join(sorted(DASH_CHARS)) + "-"
#: where a dash source's name ends before an apposition or an affiliation
_APPOSITION = re.compile(r",|\s(?:of|from|at|for|with)\s")

def gap_ok(text: str, lo: int, hi: int) -> bool:
    """Only punctuation and spaces between a quote and its cue or speaker, or a few capitalised
    words the speaker's noun phrase left out (“…,” Tulsa police Chief Chuck Jordan said)."""
    if lo > hi or hi - lo > MAX_GAP:
        return False
    gap = text[lo:hi]
    if all(ch in _GAP_CHARS for ch in gap):
        return True
    words = gap.strip(" ,\u00a0").split()
    return len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words) and "\n" not in gap


def aside_gap(text: str, lo: int, hi: int, inner: int, lexicon: Lexicon) -> bool:
    """ ", referring to the excuse, ": an aside set off by commas inside one sentence, no quote in it; not a
    participial cue alone with at most a ``setting_adverb`` (", adding later, “…”": the quote is its own, a
    statement of its own). Also the cue's own words up to a comma, or a coordinator, before a quote whose words
    (from offset *inner*) go on in lower case ("“…,” Schiff told Capital Download on Wednesday, “but the attempt
    …”", "“…,” he said, but “when it comes to …”")."""
    gap = text[lo:hi].strip(" \u00a0")
    if hi - lo > ASIDE_MAX_CHARS or any(ch in QUOTE_CHARS or ch in ".!?\n" for ch in gap):
        return False
    if gap.startswith(",") and gap.endswith(",") and len(gap) > 2:
        words = gap.strip(" ,").lower().split()
        return not (
            words[0].endswith("ing") and words[0] in lexicon.cue_forms
            and all(w in lexicon.words.setting_adverb for w in words[1:2]) and len(words) <= 2)
    if not text[inner:inner + 1].islower():
        return False
    words = gap.strip(" ,").split()
    return gap.endswith(",") and len(words) <= CUE_TAIL_WORDS or gap.startswith(",") and words in (["but"], ["and"])


def hearer_gap(text: str, lo: int, hi: int, hearer: bool = False) -> bool:
    """ "told reporters: “…”": a few words ending in a colon between a cue and its quote; after a *hearer* verb
    also with no colon or with a comma before a quote that opens in a capital ("told reporters “We will build the
    road.”", "told the crowd, “We will not back down.”")."""
    if hi - lo > MAX_GAP:
        return False
    gap = text[lo:hi].strip()
    marks = gap.replace("'s ", " ").replace("\u2019s ", " ")  # a possessive is no quote mark: "told the BBC's Today programme:"
    opens = gap.endswith(":") or hearer and text[hi + 1:hi + 2].isupper() and (
        gap[-1:].isalpha() or gap.endswith(",") and gap[-2:-1].isalpha())
    return opens and len(gap.split()) <= HEARER_MAX_WORDS and not any(ch in QUOTE_CHARS for ch in marks)


def frame_bounds(doc: Doc, f: Frame) -> tuple[int, int]:
    """Character bounds of a frame's cue and source together."""
    spans = [char_span(doc, (f.cue.start, f.cue.end))]
    if f.source is not None and not f.inherited:
        spans.append(char_span(doc, f.source))
    starts = [s[0] for s in spans if s]
    ends = [s[1] for s in spans if s]
    return min(starts), max(ends)


def statement_like(text: str, region: QuoteRegion, para_bounds: tuple[int, int] | None) -> bool:
    """Long enough, or ending like a sentence, or a whole paragraph: not a scare quote."""
    inner = text[region.start:region.end].strip()
    if len(inner.split()) > SCARE_MAX_WORDS:
        return True
    if inner[-1:] in ".!?," or inner[-1:] == "\u2026":
        return True
    return para_bounds is not None and region.open <= para_bounds[0] and region.close >= para_bounds[1]


def quoted_title(text: str, region: QuoteRegion, sentence_start: int, lexicon: Lexicon) -> bool:
    """ "on CBS's “Face the Nation,” Ryan said", "in “The Art of the Deal,” Trump wrote": a short
    title-cased quote after a possessive or a preposition, mid-sentence, is a title, whatever follows; so is a
    short quote after a naming word that is no cue form ("The report, titled “A Fair Go”, recommends …", "a
    budget dubbed “the people's budget,” argued …"; not "called": "what Gilbert called “a perception
    problem”" quotes Gilbert)."""
    words = text[region.start:region.end].strip().rstrip(",.").split()
    if not words or len(words) > QUOTED_TITLE_MAX_WORDS or region.open <= sentence_start:
        return False
    naming = after_naming_word(text, region.open, sentence_start)
    if naming is not None and naming.split()[-1] not in lexicon.cue_forms:
        return True
    if not all(w[:1].isupper() or w in SMALL_WORDS for w in words) or not words[-1][:1].isupper():
        return False
    before = text[max(sentence_start, region.open - 20):region.open].split()
    last = before[-1] if before else ""
    return last.endswith(POSSESSIVE_S) or last.lower() in TITLE_PREPOSITIONS


#: a title in quotes has at most this many words ("The Art of the Deal")
QUOTED_TITLE_MAX_WORDS = 6
#: words before a quoted title: "on “Face the Nation”", "in “The Art of the Deal”"
TITLE_PREPOSITIONS = frozenset("on in of from at to".split())


def covers(span: tuple[int, int] | None, reg: QuoteRegion) -> bool:
    """Does a reported content span hold this quoted fragment (it opens inside the span)?"""
    return span is not None and span[0] <= reg.open < span[1]


def colon_frame(doc: Doc, text: str, pos: int, s_lo: int, lexicon: Lexicon) -> Frame | None:
    """ "Limbaugh countered: “…”", "He thundered: “…”": a subject and any verb, then a colon.

    The verb need not be a listed cue: a name, a verb and a colon right before a
    quote say who speaks.
    """
    c = pos - 1
    while c > s_lo and text[c].isspace():
        c -= 1
    if c <= s_lo or text[c] != ":":
        return None
    colon_span = doc.char_span(c, c + 1, alignment_mode="expand")
    start = doc.char_span(s_lo, s_lo + 1, alignment_mode="expand")
    if colon_span is None or start is None or colon_span.start - 1 <= start.start:
        return None
    verb = doc[colon_span.start - 1]
    if not (verb.is_alpha and verb.is_lower):
        return None
    if verb.lower_ in speech_nouns():  # "The senator's office issued a brief statement: “…”"
        issuer = _issuer(doc, verb.i, start.start, lexicon)
        return None if issuer is None else Frame(Cue(verb.i, verb.i + 1, verb.lower_, "neutral"), issuer, None, "bare")
    if verb.lower_.endswith("ing") and verb.lower_ not in lexicon.cue_forms and doc[verb.i - 1].lower_ not in lexicon.words.skip:
        return None  # "told reporters at a Westminster briefing:": a noun in -ing, no verb ("was fuming:" is one)
    first = verb.i
    if verb.lower_ in lexicon.words.verb_particle and first - 1 > start.start and doc[first - 1].is_alpha \
            and doc[first - 1].is_lower:
        first -= 1  # "A Downing Street source hit back: “…”": the verb is "hit back"
    source = np_left(doc, first, start.start, lexicon)
    if source is None or source[1] != first:
        return None
    head = doc[first].lower_  # (the verb of "hit back", not the particle, which may be a cue of its own: "back")
    cls = lexicon.cues[lexicon.cue_forms[head]].cls if head in lexicon.cue_forms else "neutral"
    lemma = (verb.lemma_ or verb.lower_) if first == verb.i else f"{doc[first].lemma_ or head} {verb.lower_}"
    return Frame(Cue(first, verb.i + 1, lemma, cls), source, None, "bare")


#: "issued [a brief, written] statement:": at most this many words between the verb and the speech noun
ISSUER_GAP = 4


def _issuer(doc: Doc, noun: int, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The subject of the verb before "a … statement" that ends at token *noun*: "[The senator's office]
    issued a brief statement:", "[Police] released a statement:"; None when no article opens the noun
    phrase within ``ISSUER_GAP`` words or no subject ends right before the verb."""
    k = noun - 1
    while k > start and noun - k <= ISSUER_GAP and doc[k].lower_ not in lexicon.words.article:
        k -= 1
    if k - 1 <= start or doc[k].lower_ not in lexicon.words.article:
        return None
    verb = doc[k - 1]
    if not (verb.is_alpha and verb.is_lower) or verb.lower_ in lexicon.words.object_preposition:
        return None  # (not "said [in] a statement:": the cue is "said")
    source = np_left(doc, k - 1, start, lexicon)
    return source if source is not None and source[1] == k - 1 else None


def dash_source(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """“…” — Smith.  The name after a dash that follows a quote, up to the sentence end, or to the comma
    or preposition before an apposition or affiliation (“…” ― Jane Roe, a councillor; — Tom Baxter of the Times)."""
    i = pos
    while i < end and text[i] in " \t\u00a0":
        i += 1
    if i >= end or text[i] not in _DASHES:
        return None
    while i < end and (text[i] in _DASHES or text[i] in " \t\u00a0"):
        i += 1
    j = end
    cut = _APPOSITION.search(text, i, end)
    if cut:
        j = cut.start()
    while j > i and text[j - 1] in ".!? ":
        j -= 1
    name = text[i:j]
    if not name or not name[0].isupper() or len(name.split()) > DASH_MAX_WORDS:
        return None
    return i, j


def closing_words(text: str, reg: QuoteRegion) -> str:
    """The last piece of a closed quote, right-stripped ("" for an unclosed one): what its punctuation says."""
    return text[reg.pieces[-1][0]:reg.pieces[-1][1]].rstrip() if reg.closed and reg.pieces else ""


def stops_after_cue(text: str, reg: QuoteRegion, bounds: Sequence[tuple[int, int]], before: Iterable[int]) -> bool:
    """Whether a quote closed with its own full stop, and followed by a capital, follows a cue of its sentence
    ('Detective Inspector Sarah Jones said: "We are not looking for anyone else." She urged …'): the cue before
    it is its frame, and what follows begins another statement. *bounds*: the frames' character bounds; *before*:
    the frames that end before the quote (``FrameIndex.before``)."""
    if not closing_words(text, reg).endswith((".", "!", "?")) or not text[reg.close:reg.close + 40].lstrip()[:1].isupper():
        return False  # ('He said: "We won!" she replied': the tag after it is the quote's)
    return any(gap_ok(text, bounds[fi][1], reg.open) for fi in before)


def lead_in(text: str, sent_start: int, reg: QuoteRegion, cues_before: bool) -> int | None:
    """Where the words that open the clause a quote goes on start: the sentence's start, when the quote opens
    after words of its sentence that hold no quote mark, no line break and no cue (*cues_before*: a frame ends
    before the quote) and its first letter is lower case ('Clinton "is the only candidate with the experience,"
    he said', 'The summit accomplished "too little," he added'); else None."""
    lead = text[sent_start:reg.open]
    inner = text[reg.pieces[0][0]:reg.pieces[0][1]].lstrip() if reg.pieces else ""
    marks = (ch for i, ch in enumerate(lead) if ch in QUOTE_CHARS and not (
        ch in "'\u2019" and 0 < i and lead[i - 1].isalpha()))  # (not an apostrophe: "Ottawa's plan")
    if cues_before or not lead.strip() or "\n" in lead or any(marks) or not inner[:1].islower():
        return None
    return sent_start + len(lead) - len(lead.lstrip())
