"""Precision rules that read the layout of the text: captions, headlines, section labels, scare quotes.

See ``filters.py`` for the order the rules run in; each returns a :class:`Verdict` or None.
"""

from __future__ import annotations

import functools

from ..speakers.headlines import SMALL_WORDS
from ..text.marks import QUOTE_CHARS
from .complements import FINITE_WORDS, SUBJECT_PRONOUNS, data_lines
from .frame import past_form
from .statement import Statement
from .verdict import _WORD, Context, Verdict

__all__ = ["caption", "first_paragraph_headline", "headline", "link_line", "naming_words", "scare_quote",
           "section_label", "section_labels"]

#: a headline has at most this many words (PolNeAR's longest are about 20)
HEADLINE_MAX_WORDS = 25
#: share of a headline's longer words (4 letters or more) that are capitalised
HEADLINE_TITLE_SHARE = 0.6
#: ... and fewer than this many of them in lower case (not ``SMALL_WORDS``): "According to the Bureau of Labor
#: Statistics, employers added 150,000 jobs in October." is a lede, not a headline in title case
HEADLINE_MAX_LOWER = 3
#: a quote of at most this many words inside a sentence, with no cue and no speaker, is a scare quote
SCARE_MAX_WORDS = 4
#: a title-cased quote of at most this many words is a title or a name ('All Bets Are Off.')
TITLE_MAX_WORDS = 8
#: a quoted item of a list ("X," "Y" and "Z") of at most this many words is not a statement
LIST_ITEM_MAX_WORDS = 6
#: how many characters before a quote are searched for a naming word ("known as")
NAMING_WINDOW = 24
#: how many characters of a paragraph are read to tell a caption or credit line
CAPTION_PEEK = 40
#: how far (characters) a sentence is looked for either side of a quote
SENTENCE_WINDOW = 400
_CAPTION_OPENERS = ("photo:", "photos:", "image:", "picture:", "credit:", "caption:", "file photo", "image caption",
                    "media caption",
                    "(photo", "(reporting by", "reporting by", "(editing by", "editing by", "(additional reporting",
                    "additional reporting by", "(writing by", "writing by", "(compiled by",
                    "editor's note:", "editor\u2019s note:", "editors' note:", "editors\u2019 note:")



@functools.cache
def section_labels() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in data_lines("section_labels.txt"))


@functools.cache
def naming_words() -> tuple[str, ...]:
    return tuple(line.strip().lower() for line in data_lines("naming_words.txt"))


# ------------------------------------------------------------------------------ helpers


def _words(s: str) -> list[str]:
    return [w for w in s.split() if any(ch.isalnum() for ch in w)]


def _title_cased(words: list[str]) -> bool:
    """All words of four letters or more capitalised, and at least one of them."""
    long = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    return bool(long) and all(w.lstrip("".join(QUOTE_CHARS) + "(")[:1].isupper() for w in long)


# ------------------------------------------------------------------------------ rules


def caption(st: Statement, ctx: Context) -> Verdict | None:
    """Photo captions, picture credits and wire credit lines hold no statement."""
    p_lo, p_hi = ctx.paragraph(st.start)
    if ctx.text[p_lo:p_lo + CAPTION_PEEK].lstrip().lower().startswith(_CAPTION_OPENERS):
        return Verdict("drop", "caption", "a caption or credit line")
    before = ctx.text[max(0, p_lo - CAPTION_PEEK):p_lo].rstrip().rsplit("\n", 1)[-1].strip().lower().rstrip(",:")
    if before in _CAPTION_LABELS:
        return Verdict("drop", "caption", "a caption under its label's line (\"Image caption,\")")
    para = ctx.text[p_lo:p_hi].strip() if p_hi - p_lo <= CAPTION_PEEK * 4 else ""
    if para.startswith("(") and para.endswith(")") and "/" in para and len(_words(para)) <= 12:
        return Verdict("drop", "caption", "a picture credit in brackets")
    return None


#: lines that label the caption on the line after them (pages copied from BBC News: "Image caption,")
_CAPTION_LABELS = frozenset({"image caption", "media caption", "photo caption", "caption"})
#: the marks that open a line of a bulleted list ("* Opposition slams budget", "• …", "- …")
_BULLETS = ("* ", "\u2022", "\u00b7", "- ", "\u2013 ", "\u25aa", "\u25ba", "\u25b8")
#: how many lines of a link list are read back to its section label ("READ MORE:")
LINK_LIST_LINES = 8
#: a line of a link list is at most this many characters (longer lines are never read whole)
LINK_LINE_MAX_CHARS = 300


def link_line(st: Statement, ctx: Context) -> Verdict | None:
    """A line of a list of links holds no statement: it follows, with the lines between, a section label's line
    ("READ MORE:"), or opens with a bullet, has its cue in a headline's present tense and its speaker named
    nowhere else in the text, and it has no full stop at its end ("* Government announces new housing plan",
    the headline of another story)."""
    text = ctx.text
    lo = text.rfind("\n", max(0, st.start - LINK_LINE_MAX_CHARS), st.start) + 1
    hi = text.find("\n", st.start, st.start + LINK_LINE_MAX_CHARS)
    if (lo == 0 and st.start > LINK_LINE_MAX_CHARS) or (hi < 0 and len(text) - st.start > LINK_LINE_MAX_CHARS):
        return None  # a line longer than a headline (never read whole: one long paragraph stays linear)
    hi = len(text) if hi < 0 else hi
    line = text[lo:hi].strip()
    if not line or line.rstrip("".join(QUOTE_CHARS))[-1:] in ".!?" or len(_words(line)) > HEADLINE_MAX_WORDS:
        return None
    if _under_label(text, lo):
        return Verdict("drop", "link-line", "a line of a list of links")
    if line.startswith(_BULLETS) and _headline_tense(st, ctx) and not _named_elsewhere(st, ctx, lo, hi):
        return Verdict("drop", "link-line", "a bulleted line whose speaker the article does not name elsewhere")
    return None


def _headline_tense(st: Statement, ctx: Context) -> bool:
    """Whether the statement's cue is in a headline's present tense ("says", "slams", "warn"), not in the past
    of a summary's bullet ("- Governor Michele Bullock said inflation was still too high")."""
    return st.frame is None or bool(st.frame.cue.nominal) or not past_form(ctx.doc, st.frame.cue)


def _named_elsewhere(st: Statement, ctx: Context, lo: int, hi: int) -> bool:
    """Whether the last capitalised word of the statement's source stands in the text outside the line lo..hi
    ("Key points: * Treasurer Jim Chalmers says …" is the article's summary when Chalmers speaks in it)."""
    if st.source is None:
        return False
    names = [w.removesuffix("'s").removesuffix("\u2019s").strip(".,:;'\u2019")
             for w in _words(ctx.text[st.source[0]:st.source[1]])]
    names = [w for w in names if w[:1].isupper() and len(w) > 2]
    if not names:
        return False
    in_line = _WORD.findall(ctx.text[lo:hi]).count(names[-1])
    return ctx.word_counts[names[-1]] > in_line  # (the text's words are counted once per document)


def _under_label(text: str, lo: int) -> bool:
    """Whether the lines before the line at *lo* are, up to ``LINK_LIST_LINES`` back, lines with no full stop
    that end at a section label's line ("READ MORE:", "RELATED:")."""
    end = lo - 1
    for _ in range(LINK_LIST_LINES):
        if end <= 0:
            return False
        start = text.rfind("\n", max(0, end - LINK_LINE_MAX_CHARS), end) + 1
        if start == 0 and end > LINK_LINE_MAX_CHARS:
            return False  # a line longer than a headline: no list
        line = text[start:end].strip()
        if line.rstrip(":").strip().lower() in section_labels() and line.endswith(":"):
            return True
        if line[-1:] in ".!?":
            return False
        end = start - 1
    return False


def first_paragraph_headline(ctx: Context) -> tuple[int, int] | None:
    if not ctx.paras:
        return None
    lo, hi = ctx.paras[0]
    if hi - lo > HEADLINE_MAX_WORDS * 20:
        return None
    line = ctx.text[lo:hi].strip()
    if "\n" in line:
        return None
    words = _words(line)
    if not words or len(words) > HEADLINE_MAX_WORDS or len(ctx.paras) < 2:
        return None
    if not ctx.text[hi:ctx.paras[1][0]].count("\n") >= 2:
        return None  # a headline is followed by a blank line
    if sum(line.count(m) for m in "\u201c\u201d\"") % 2:
        return None  # a quote left open runs on into the story: not a headline
    long = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    capped = sum(1 for w in long if w.lstrip("".join(QUOTE_CHARS))[:1].isupper())
    no_stop = line.rstrip("".join(QUOTE_CHARS))[-1:] not in ".!?"
    lower = [w for w in long if w[:1].islower() and w.lower() not in SMALL_WORDS]
    cue_lower = any(w.strip(",.;:") in ctx.lexicon.cue_forms for w in lower)  # a lede: "Peter Dutton said the …"
    if no_stop or (long and capped / len(long) >= HEADLINE_TITLE_SHARE and len(lower) < HEADLINE_MAX_LOWER
                   and not cue_lower):
        return lo, hi
    return None


def headline(st: Statement, ctx: Context) -> Verdict | None:
    """A headline repeats the article; it gives a statement only when its speaker is someone the
    article names below it ("Pence: …", "Graham Says …")."""
    head = ctx.headline
    if head is None or not (head[0] <= st.start < head[1]):
        return None
    body = ctx.body_lower
    if st.source is not None:
        names = [w.strip(".,:;'\u2019s") for w in _words(ctx.text[st.source[0]:st.source[1]])]
        names = [w for w in names if w[:1].isupper() and len(w) > 2]
        if names and names[-1].lower() in body:
            return None
    return Verdict("drop", "headline", "a headline whose speaker the article does not name")


def section_label(st: Statement, ctx: Context) -> Verdict | None:
    """A transcript turn needs a speaker: a person, an organisation or a role the text knows."""
    if st.pattern != "transcript" or st.source is None:
        return None
    label = ctx.text[st.source[0]:st.source[1]]
    low = " ".join(label.lower().split())
    if low in section_labels() or low.rstrip("s") in section_labels():
        return Verdict("drop", "section-label", f"{label!r} is a section label, not a speaker")
    content = ctx.text[st.start:st.end]
    if any(ch in QUOTE_CHARS for ch in content) and any(
        f" {w} " in f" {content.lower()} " for w in ("said", "says", "told", "added", "said.", "says.")
    ):
        return Verdict("drop", "section-label", "the paragraph holds quotes with a speaker of their own")
    if low in ctx.lexicon.titles:
        return None
    counts = ctx.word_counts
    for w in _WORD.findall(label):
        if len(w) < 2:
            continue
        form = w[:1].upper() + w[1:].lower() if w.isupper() else w
        if counts[form] > (form == w) or (w.isupper() and counts[w] > 1):
            return None  # the label's word occurs elsewhere: "PENCE:" and "Mike Pence"
    if ctx.parsed:
        span = ctx.doc.char_span(st.source[0], st.source[1], alignment_mode="expand")
        if span is not None and any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span):
            return None
    return Verdict("drop", "section-label", f"{label!r} names no one the text knows")


def after_naming_word(text: str, pos: int, lo: int) -> str | None:
    """The naming word (``naming_words.txt``) that ends right before a quote opening at *pos*, not before
    offset *lo*: "known as “the corridor”", "titled “A Fair Go”"; else None."""
    before = " ".join(text[max(lo, pos - NAMING_WINDOW):pos].lower().split())
    before = before.rstrip("".join(QUOTE_CHARS) + " ,:")
    return next((p for p in naming_words() if before.endswith(" " + p) or before == p), None)


def scare_quote(st: Statement, ctx: Context) -> Verdict | None:
    """A quote with no cue and no speaker that is a name, a title, a word or one of a list."""
    if st.kind != "direct" or st.cue is not None or st.source is not None or st.pattern not in ("none", "continued", "scare"):
        return None
    if ctx.keep_scare_quotes:
        return None
    inner = ctx.text[st.start:st.end]
    words = _words(inner)
    phrase = after_naming_word(ctx.text, st.start, 0)
    if phrase is not None:
        return Verdict("drop", "scare-quote", f"a name or a word after {phrase!r}")
    s_lo, s_hi = _sentence_bounds(ctx, st)
    whole = not ctx.text[s_lo:st.start].strip(" " + "".join(QUOTE_CHARS)) and \
        not ctx.text[st.end:s_hi].strip(" .,!?" + "".join(QUOTE_CHARS))
    if len(words) <= SCARE_MAX_WORDS and not whole and not _clause_like(words):
        return Verdict("drop", "scare-quote", "a few quoted words inside a sentence")
    if len(words) <= TITLE_MAX_WORDS and _title_cased(words) and not _ends_as_speech(inner):
        return Verdict("drop", "scare-quote", "a title-cased quote: a title or a name")
    if len(words) <= LIST_ITEM_MAX_WORDS and not whole and _in_list(ctx.text, st, s_lo, s_hi):
        return Verdict("drop", "scare-quote", "one of a list of quoted items")
    if not ctx.scope_all and _fragment(ctx.text, st, s_lo):
        return Verdict("drop", "scare-quote", "a quoted fragment woven into a sentence, with no cue or speaker")
    return None


def _fragment(text: str, st: Statement, s_lo: int) -> bool:
    """A quote that opens in lower case after words of its own sentence (not after a colon or a comma):
    "lawyers who “participated personally” in a case"."""
    lead = text[s_lo:st.start].rstrip("".join(QUOTE_CHARS) + " ")
    first = text[st.start:st.end].lstrip("".join(QUOTE_CHARS) + " ")[:1]
    return bool(lead) and lead[-1:].isalnum() and first.islower()


def _clause_like(words: list[str]) -> bool:
    """A few words that make a clause ("That makes me smart", "It's finished"): a subject pronoun
    first, or a finite verb."""
    low = [w.strip("".join(QUOTE_CHARS) + ".,!?;:").lower().replace("\u2019", "'") for w in words]
    return bool(low) and (low[0].split("'")[0] in SUBJECT_PRONOUNS or any(w in FINITE_WORDS for w in low))


def _ends_as_speech(inner: str) -> bool:
    s = inner.rstrip("".join(QUOTE_CHARS) + " ")
    return s.endswith(("!", "?"))


def _sentence_bounds(ctx: Context, st: Statement) -> tuple[int, int]:
    """The sentence around a statement from its punctuation, at most SENTENCE_WINDOW characters
    either side (so the rule stays linear in a text that is one long sentence)."""
    p_lo, p_hi = ctx.paragraph(st.start)
    p_lo, p_hi = max(p_lo, st.start - SENTENCE_WINDOW), min(p_hi, st.end + SENTENCE_WINDOW)
    lo = max(p_lo, *(ctx.text.rfind(p, p_lo, st.start) + 2 for p in (". ", "? ", "! ")))
    ends = [e for e in (ctx.text.find(p, st.end, p_hi) for p in (". ", "? ", "! ")) if e >= 0]
    return lo, min(ends, default=p_hi)


def _in_list(text: str, st: Statement, s_lo: int, s_hi: int) -> bool:
    """Is the quote joined to another quote of its sentence by a comma, "and" or "or"?"""
    marks = "".join(QUOTE_CHARS)
    after = text[st.end:s_hi].lstrip(marks + " ,")
    before = text[s_lo:st.start].rstrip(marks + " ,")
    joiners = ("and ", "or ", "")
    after_q = any(after.startswith(j) and after[len(j):len(j) + 1] in QUOTE_CHARS for j in joiners if after)
    before_q = before[-1:] in QUOTE_CHARS or any(before.endswith(" " + j.strip()) and before[: -len(j.strip())].rstrip(" ,")[-1:] in QUOTE_CHARS
                                                 for j in ("and ", "or "))
    return after_q or before_q
