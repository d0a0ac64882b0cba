"""Reported speech: from a cue to its source and content.

A *frame* is one attribution found around a cue: the cue, the speaker mention (source) and the content, as
token spans. With a parse (trained tier) the frames come from dependency patterns; without one (rules tier)
from surface patterns. Patterns, each with the text it is for:

- ``that-clause``: "the Head of State said that since …" / "… said Kazakhstan and the U.S. are linked …"
- ``object``: "noted the importance of giving …", "expressed readiness for …", "welcomed the efforts …"
- ``inverted``: "…, the minister said." / "…, said Smith."
- ``coordinated``: "welcomed … and emphasised the importance of …" (source inherited)
- ``participle``: "…, expressing gratitude to the U.S. side for …" (source inherited)
- ``parenthetical``: "The museum, Mr. Bush said, celebrated …" (``frame.parenthetical``)
- ``bare``: "he added." after a direct quote (no content; the quote is the content)

The frames of nominal cues (``according-to``, ``possessive``, ``as-put-it``,
``noun-that``) come from ``nominal.py``; the ``Frame`` itself is in ``frame.py``.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..parse import children, rights
from ..speakers.inverted import np_right
from ..speakers.mentions import np_left
from ..speakers.phrase_parts import before_ly_adverbs
from ..speakers.opening import fronted_subject, opening_subject
from ..text.marks import QUOTE_CHARS
from .cues import Cue
from .flags import parse_flags, surface_flags
from .frame import FINITE_WORDS, Frame, coordinated_cut, object_verb, split_tree_end, greeting, parenthetical, past_form, to_comma, trim
from .setting import (
    addressee_clause, only_addressee, only_setting, past_addressee, past_time_clause, past_setting, setting_clause,
    setting_tail,
)
from .nominal import nominal_frame
from .relative_asides import relative_aside_end, without_gloss
from .subordinate import subordinate_cut
from .participles import (
    agent_participle, infinitive_subject, opening_participle, participle_to, passive_after_noun, passive_cue, reduced_relative,
)
from .parse_source import parse_source
from .frame_cuts import EARLIER_FRAMES, cut_at_coordinated, cut_before_next_speaker
from .embedded_cues import inside_content, next_statement
from .infinitives import second_infinitive_end

__all__ = ["Frame", "frames_from_parse", "frames_from_surface"]

#: subject pronouns of a coordinated cue that has its own: "… and he pledged"
_PERSONAL = frozenset({"he", "she", "they", "we", "i"})

_SKIP_RIGHT = frozenset({"punct", "cc", "conj", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt"})


# ---------------------------------------------------------------- trained tier


def frames_from_parse(doc: Doc, cues: list[Cue], sent: tuple[int, int], lexicon: Lexicon) -> list[Frame]:
    """Frames for the cues of one sentence (tokens ``sent``), from the dependency parse."""
    frames = []
    s_start, s_end = sent
    for cue in cues:
        if cue.nominal:
            frames.append(nominal_frame(doc, cue, sent, lexicon, parsed=True))
            continue
        verb = doc[cue.start]
        if verb.tag_ == "VBN" and agent_participle(doc, cue, s_start, lexicon):
            continue  # "The motion, criticised by Liberal MPs as unworkable, was carried": no cue
        source, inherited = parse_source(doc, cue, sent, frames, lexicon)
        if source is not None and source[0] > 0 and doc[source[0] - 1].lower_ == "let" and doc[source[0]].lower_ in ("'s", "’s"):
            continue  # "let's focus on understanding how …": an exhortation, not a report
        content, pattern = _parse_content(doc, verb, cue, sent, source, lexicon)
        if inherited:
            pattern = "participle" if verb.tag_ == "VBG" else "coordinated"
        content = trim(doc, content)
        if content is not None and content[0] >= cue.end:  # "said [on Tuesday] the bloc would …": the parser
            content = trim(doc, (past_setting(doc, content[0], content[1], lexicon), split_tree_end(doc, content[1], s_end)))
        content = without_gloss(doc, content, cue.end, lexicon)
        if greeting(doc, cue, content, lexicon):
            continue
        frame = parenthetical(doc, Frame(cue, source, content, pattern, inherited, parse_flags(verb)), sent, lexicon)
        if frame.content is None:
            # the parser missed ", Chief Justice Roberts said,": read it from the surface
            near = np_left(doc, cue.start, s_start, lexicon)
            if near is not None:
                surface = parenthetical(doc, Frame(cue, near, None, "bare", False, frame.flags), sent, lexicon)
                if surface.content is None:
                    # "People like Scott, he said.": the clause before ", SOURCE CUE"
                    before = trim(doc, _surface_content(doc, cue, near, "that-clause", sent, s_end, lexicon))
                    if before is not None and before[1] <= near[0]:
                        surface = Frame(cue, near, before, "inverted", False, frame.flags)
                frame = surface if surface.content is not None else frame
        frames.append(frame)
    return cut_before_next_speaker(doc, cut_at_coordinated(doc, frames, lexicon, parsed=True), lexicon, sent[0])


#: a content span (or None) and the frame pattern that found it
Content = tuple[tuple[int, int] | None, str]


def _parse_content(
    doc: Doc, verb: Token, cue: Cue, sent: tuple[int, int], source: tuple[int, int] | None, lexicon: Lexicon
) -> Content:
    """The content of a verb cue from the parse: its clause, the clause it hangs from, or its objects."""
    return (
        _clause_content(verb, cue, sent)
        or _head_clause_content(verb, cue, sent, source, lexicon)
        or _object_content(verb, cue, sent, lexicon)
    )


#: a semicolon between a clause and the cue after it is looked for among this many tokens before the cue
SEMICOLON_WINDOW = 12


def _clause_content(verb: Token, cue: Cue, sent: tuple[int, int]) -> Content | None:
    """ "said that taxes would rise" (that-clause) / "Taxes will rise, officials said" (inverted)."""
    s_start, s_end = sent
    doc = verb.doc
    near = verb.i - SEMICOLON_WINDOW
    clauses = [c for c in children(verb) if c.dep_ in ("ccomp", "parataxis") and s_start <= c.i < s_end and not (
        c.i < verb.i and any(doc[k].text == ";" for k in range(max(c.right_edge.i + 1, near), verb.i))
    )]  # (not a clause before a semicolon: "X said …; the Labour leader called the claim garbage")
    if not clauses:
        return None
    # a that-clause after the verb first, then one before it: "…: Republicans said they're convinced"
    child = min(clauses, key=lambda c: (c.i < verb.i, c.dep_ != "ccomp"))
    lo, hi = child.left_edge.i, child.right_edge.i + 1
    marks = [c.i for c in children(child) if c.lower_ == "that" and c.i < child.i and c.dep_ in ("mark", "dobj")]
    if marks and child.i > verb.i:
        lo = marks[0]  # "said on Tuesday, after a long meeting, that …": the clause starts at "that"
    if child.i < verb.i:
        return (max(lo, s_start), min(hi, verb.i)), "inverted"
    return (max(lo, cue.end), min(hi, s_end)), "that-clause"


def _head_clause_content(
    verb: Token, cue: Cue, sent: tuple[int, int], source: tuple[int, int] | None, lexicon: Lexicon
) -> Content | None:
    """ "The deal is dead, he said": the parser hung the cue under the reported clause."""
    if verb.dep_ not in ("ccomp", "parataxis", "advcl") or verb.head.i >= verb.i:
        return None
    if any(c.dep_ in ("dobj", "xcomp") or (c.i < verb.i and c.dep_ in ("mark", "advmod") and c.lower_ in lexicon.words.subordinator)
           or _own_object(c, cue, lexicon) for c in children(verb)):
        return None  # "Shares fell after it warned of weaker demand": a subordinate clause reports its own words
    left = verb.left_edge.i
    if source is not None:
        left = min(left, source[0])
    return (max(verb.head.left_edge.i, sent[0]), left), "inverted"


def _own_object(c: Token, cue: Cue, lexicon: Lexicon) -> bool:
    """Is *c* a preposition that gives the cue verb an object of its own ("…, as she called [for] the
    ratification of …", "as he warned [against] complacency"), not one that says where or when ("as he said
    [on] Tuesday")?"""
    if c.dep_ != "prep" or c.i < cue.start or not any(g.dep_ == "pobj" for g in children(c)):
        return False
    return c.i < cue.end or (c.lower_ in lexicon.words.cue_preposition and c.lower_ not in lexicon.words.setting_preposition)


def _object_content(verb: Token, cue: Cue, sent: tuple[int, int], lexicon: Lexicon) -> Content:
    """ "noted the importance of …", "welcomed the efforts …"; "bare" when the objects only say
    where or when ("he said in an interview")."""
    s_end = sent[1]
    cut = coordinated_cut(verb, cue.end, s_end, lexicon)  # a coordinated or participial cue is a statement of its own
    right = _arguments(verb, cue.end, min(s_end, cut), lexicon)
    if (clause := setting_clause(verb, s_end, lexicon)) is not None:  # "told the justices in a filing that …"
        return (clause[0], min(clause[1], cut)), "that-clause"
    if cue.lemma in lexicon.words.hearer_verb:
        if (clause := addressee_clause(verb, s_end, lexicon)) is not None:  # "told ABC Radio National the government had …"
            return (clause[0], min(clause[1], cut)), "that-clause"
        right = [c for c in right if c.dep_ not in ("dobj", "dative", "iobj")] or right
        if cue.lemma == "thank":
            right = [c for c in rights(verb) if c.dep_ in ("dobj", "prep") and c.i < cut]
    if not right or (cue.cls == "neutral" and all(_says_where_or_when(c, lexicon) for c in right)):
        return None, "bare"  # "he said in an interview", "she said on Monday": where and when, not what
    while len(right) > 1 and setting_tail(right[-1], lexicon):
        right.pop()  # "attacked Machado [in early-morning tweets]", "called for more investment [on Thursday]"
    lo = min(max(c.left_edge.i, cue.end) for c in right)
    hi = second_infinitive_end(verb.doc, lo, max(c.right_edge.i + 1 for c in right), min(s_end, cut))
    return (lo, min(hi, cut)), "object"


def _arguments(verb: Token, cue_end: int, stop: int, lexicon: Lexicon) -> list[Token]:
    """The verb's dependents right of it that can hold what was said, before token *stop*."""
    return [
        c for c in rights(verb)
        if (c.dep_ not in _SKIP_RIGHT or c.dep_ == "conj" and object_verb(c, lexicon))  # ("mentioned X and forcing Y")
        and not (c.dep_ == "advcl" and c.lemma_.lower() in ("express", "say")) and c.i < stop
    ] + [  # "called on [police] to release …": the parser hung the object on the cue's particle
        g for c in rights(verb) if c.dep_ == "prt" and c.i < cue_end for g in children(c) if cue_end <= g.i < stop
    ]


def _says_where_or_when(tok: Token, lexicon: Lexicon) -> bool:
    return (tok.dep_ == "prep" and tok.lower_ in lexicon.words.setting_preposition) or tok.dep_ in ("npadvmod", "advmod")


# ---------------------------------------------------------------- rules tier


def frames_from_surface(doc: Doc, cues: list[Cue], sent: tuple[int, int], lexicon: Lexicon) -> list[Frame]:
    """Frames for the cues of one sentence from word order and punctuation alone."""
    frames: list[Frame] = []
    s_start, s_end = sent
    semis = [j for j in range(s_start, s_end) if doc[j].text == ";"] if len(cues) > 1 else []
    verb_cues = [c for c in cues if not c.nominal and not agent_participle(doc, c, s_start, lexicon)]
    verb_starts = [c.start for c in verb_cues]
    for cue in cues:
        if cue.nominal:
            frames.append(nominal_frame(doc, cue, sent, lexicon, parsed=False))
            continue
        nxt = next_statement(doc, cue, verb_cues, verb_starts, sent, lexicon)
        found = _surface_source(doc, cue, sent, frames, lexicon)
        if found is None:
            continue  # "Speaking on …, the President said": the main verb carries it
        source, pattern, inherited = found
        if source is not None and pattern != "inverted" and cue.end <= source[0] < nxt:
            nxt = source[0]  # "After saying her foot was swollen, she …": the content ends before "she"
        content = without_gloss(doc, trim(doc, _surface_content(doc, cue, source, pattern, sent, nxt, lexicon, semis)),
                                cue.end, lexicon)
        if content is not None and (source is None and cue.start == s_start and past_form(doc, cue)
                                    or opening_participle(doc, cue, source, s_start, lexicon)):
            content = to_comma(doc, content)  # "Asked if he would run, Mr Johnson said …": the clause ends at the comma
        if greeting(doc, cue, content, lexicon):
            continue
        flags = surface_flags(doc, cue.start, s_start, lexicon)
        frames.append(parenthetical(doc, Frame(cue, source, content, pattern if content else "bare", inherited, flags), sent, lexicon))
    return cut_before_next_speaker(doc, cut_at_coordinated(doc, frames, lexicon, parsed=False), lexicon, s_start)


def _surface_source(
    doc: Doc, cue: Cue, sent: tuple[int, int], earlier: list[Frame], lexicon: Lexicon
) -> tuple[tuple[int, int] | None, str, bool] | None:
    """(source, pattern, inherited) of a surface verb cue, or None when the cue is no statement's.

    The noun phrase before the cue ("Smith said"); else after it when a comma or
    a quote precedes the cue ("…, said Smith"); else a borrowed one
    (:func:`_borrowed_source`).
    """
    s_start, s_end = sent
    k = _past_adverbs(doc, cue.start - 1, s_start, lexicon)
    if k > s_start and doc[k].lower_ in FINITE_WORDS and doc[k - 1].lower_ in ("and", "but"):
        k -= 1  # "… and has said", "… but would say"
    prev_tok = doc[k] if k >= s_start else None
    participle = doc[cue.start].lower_.endswith("ing")
    if agent_participle(doc, cue, s_start, lexicon):
        return None  # "The plan, backed by the Greens, passed …": a participle on a noun, no cue
    source = np_left(doc, cue.start, s_start, lexicon)
    if source is not None and (reduced_relative(doc, cue, source, s_start, lexicon) or passive_after_noun(doc, cue, source, lexicon)):
        return None  # "In a statement released Friday, Smith said": the participle modifies "statement"
    if source is not None and passive_cue(doc, cue, s_start, lexicon):
        return None, "that-clause", False  # "Mr Smith was described as a bully": who described him is unknown
        # (a "by" after the cue is no sure agent without a parse: "said to be urging the governor to play by the rules")
    if source is not None:
        return source, "that-clause", False
    ing = participle_to(doc, k, s_start)
    if ing is not None:  # "…, going on to say that", "…, seeking to explain": as "…, adding"
        return _borrowed_source(doc, cue, sent, earlier, doc[ing - 1], False, True, lexicon)
    subject = infinitive_subject(doc, k, s_start, lexicon)
    if subject is not None:
        return subject, "that-clause", False
    if prev_tok is None:
        if participle:
            return None
        right = np_right(doc, cue.end, s_end, lexicon)  # "Said Ellis: “…”", "Added the minister: …": a fronted cue
        return (right, "inverted", False) if right is not None else (None, "that-clause", False)
    after_quote = prev_tok.is_quote or prev_tok.text[-1:] in QUOTE_CHARS
    if (prev_tok.text == "," and cue.lemma not in lexicon.words.hearer_verb or after_quote) and not participle:
        # (“…,” warned Jane Smith: a hearer verb inverts after a quote; "Smith, a lawyer, warned the jury" no)
        right = np_right(doc, cue.end, s_end, lexicon)
        if right is not None:
            return right, "inverted", False
    return _borrowed_source(doc, cue, sent, earlier, prev_tok, after_quote, participle, lexicon)



def _past_adverbs(doc: Doc, k: int, s_start: int, lexicon: Lexicon) -> int:
    """Token *k* (the one before a cue), moved back past -ly adverbs ("… and repeatedly says") and past an
    ``adverb_before_cue`` that follows a comma or a coordinator ("…, even suggesting", "… and also pledged"; not
    "…, while also saying": "while" is no joint)."""
    k = before_ly_adverbs(doc, k, s_start, lexicon)
    j = k
    while j > s_start and doc[j].lower_ in lexicon.words.adverb_before_cue:
        j -= 1
    return j if j < k and (doc[j].text == "," or doc[j].lower_ in lexicon.words.coordinator) else k


def _borrowed_source(
    doc: Doc, cue: Cue, sent: tuple[int, int], earlier: list[Frame], prev_tok: Token, after_quote: bool,
    participle: bool, lexicon: Lexicon,
) -> tuple[tuple[int, int] | None, str, bool]:
    """The source a surface cue without a subject of its own borrows: an earlier frame's for "…
    and added" / "…, adding", else the sentence's opening subject ("Caddell went on to discuss …") or the
    subject after an opening participle clause ("After saying …, she …")."""
    s_start, s_end = sent
    # the nearest earlier frame with a source, among the last EARLIER_FRAMES: one run-on sentence
    # of thousands of cues must not make every cue read them all
    # (not one inside another's content: "said the country would declare … and suggested" is hers)
    recent = earlier[-1:-EARLIER_FRAMES - 1:-1]
    sourced = next((f.source for f in recent if f.source is not None and not inside_content(doc, f, recent, s_start, lexicon)),
                   None)
    joined = prev_tok.lower_ in lexicon.words.coordinator  # "… and added", "… but said", "… yet conceded"
    if sourced is None and joined and earlier and passive_cue(doc, earlier[-1].cue, s_start, lexicon):
        # "The senator was asked whether she would run and said she would": the passive subject speaks next
        sourced = np_left(doc, earlier[-1].cue.start, s_start, lexicon)
    if sourced is not None and (joined or participle) and (prev_tok.text == "," or after_quote or joined):
        return sourced, "coordinated" if joined else "participle", True
    opening = opening_subject(doc, s_start, cue.start, lexicon) or fronted_subject(doc, s_start, cue.start, s_end, lexicon)
    if opening is not None and not after_quote and not passive_cue(doc, cue, s_start, lexicon):
        # (not "Peacekeepers have been blamed for …": a passive's subject is what was said of)
        return opening, "participle" if participle else "coordinated", True
    return None, "that-clause", False


def _surface_content(
    doc: Doc, cue: Cue, source: tuple[int, int] | None, pattern: str, sent: tuple[int, int], nxt: int, lexicon: Lexicon,
    semis: Sequence[int] = (),
) -> tuple[int, int] | None:
    """The content of a surface cue: before it when inverted, else after it up to the next cue or semicolon."""
    s_start, s_end = sent
    if pattern == "inverted" or (source is not None and source[0] > cue.start and pattern != "participle"):
        # "…, said Smith." : the content is what comes before the comma
        end = cue.start
        while end > s_start and (doc[end - 1].text == "," or doc[end - 1].is_quote or doc[end - 1].is_space):
            end -= 1
        return (s_start, end) if end > s_start else None
    start, stop = _after_cue(doc, cue, s_end, nxt, lexicon, semis)
    stop = relative_aside_end(doc, source, start, stop, lexicon)
    if start >= stop or all(doc[j].is_punct or doc[j].is_space for j in range(start, stop)) \
            or only_setting(doc, start, stop, lexicon) \
            or (cue.lemma in lexicon.words.hearer_verb and only_addressee(doc, start, stop, lexicon)):
        # "…, the minister said." / "…, the bank warned on Tuesday.": the content is the clause before the source
        if pattern in ("coordinated", "participle"):
            return None  # a borrowed source: "Through a spokesman, he declined to comment" has no clause before it
        end = source[0] if source else cue.start
        while end > s_start and (doc[end - 1].text == "," or doc[end - 1].is_space):
            end -= 1
        return (s_start, end) if end > s_start and doc[end].text == "," else None
    return start, stop


#: a hearer verb's content starts at "that" or a colon within this many tokens: "told reporters that"
HEARER_WINDOW = 6


def _after_cue(
    doc: Doc, cue: Cue, s_end: int, nxt: int, lexicon: Lexicon, semis: Sequence[int] = ()
) -> tuple[int, int]:
    """Token bounds after a cue, up to the next coordinated cue ("… and added") or a semicolon of *semis*."""
    start, stop = cue.end, s_end
    # a following coordinated or participial cue starts a statement of its own
    if nxt < s_end:
        k = nxt - 1
        if k > start and doc[k].lower_ in FINITE_WORDS and doc[k - 1].lower_ in ("and", "but"):
            k -= 1  # "… and [is] urging members to strike": the coordinated cue's auxiliary goes with it
        while k > start and (doc[k].lower_ in lexicon.words.coordinator or doc[k].text == ","
                             or doc[k].lower_ in _PERSONAL and doc[k - 1].lower_ in ("and", "but")
                             or doc[k].lower_ in lexicon.words.adverb_before_cue):
            k -= 1  # ("… and [he] also pledged": the coordinated cue's own subject goes with it; "…, even suggesting")
        # the cut: the first comma or coordinator among the words passed over ("…, once again, pledged")
        joint = next((j for j in range(k + 1, nxt) if doc[j].lower_ in lexicon.words.coordinator or doc[j].text == ","),
                     None)
        if joint is not None:
            stop = joint
        stop = min(stop, subordinate_cut(doc, start, nxt, lexicon))
        k = bisect_left(semis, start)
        stop = semis[k] if k < len(semis) and semis[k] < stop else stop  # "…; Ford said it did not"
    if cue.lemma in lexicon.words.hearer_verb:
        for j in range(start, min(start + HEARER_WINDOW, stop)):
            if doc[j].lower_ == "that":
                return j, stop
            if doc[j].text == ":":
                return j + 1, stop  # "told reporters: “…”"
        return past_addressee(doc, start, stop, lexicon), stop
    timed = past_time_clause(doc, start, stop, lexicon)  # "said as he left that …": at "that"
    # "said in a statement that …": the content starts at "that"
    return (timed if timed is not None else past_setting(doc, start, stop, lexicon)), stop
