"""The ``apposition`` sieve: "The state's attorney general, Paul Brennan, said" is Paul Brennan."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..lexicon import POSSESSIVE_S, Lexicon
from .mention import Found, Mention, head_end, participle
from .name_words import noun_sex
from .names import NameMention
from .people import Entity, People

__all__ = ["apposition", "APPOSITION_MODIFIER_WORDS", "APPOSITION_MODIFIER_CHARS"]

#: "His former business partner at Lenox, NAME,": the postmodifier between a role mention and the
#: comma of its apposition is at most this many words within this many characters
APPOSITION_MODIFIER_WORDS = 6
APPOSITION_MODIFIER_CHARS = 80


def apposition(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "The state's attorney general, Paul Brennan, said": the name in apposition to a role phrase.

    The mention's head holds a lower-case word and no name; right after the comma that ends the head
    (inside the mention or just after it) comes a name run that ends the mention or a comma. The
    role words become the person's title, for later role nouns, and a gendered role ("Her husband, Tom,")
    the person's gender where none is known.
    """
    text = people.text
    head_at = head_end(people, lexicon, m)
    comma = head_at if head_at < m.end and text[head_at] == "," else _past_modifier(text, lexicon, min(head_at, m.end))
    if comma >= len(text) or text[comma] != "," or not (
        m.phrase is not None or any(w.islower() for w in text[m.start:head_at].split())
    ):
        return None  # a role ("the minister", "The Prime Minister", a British capital) before the comma
    k = bisect_right(people.name_starts, comma)
    h = bisect_left(people.name_ends, m.start + 1)  # the first name that ends inside the mention
    if k >= len(people.names) or h < k and people.names[h].start < head_at and not (
        _role_first(people, lexicon, m) or _possessor_first(text, people.names[h], m)
    ):
        return None  # no name after the comma, or one in the head ("Smith, the minister"; not "in Gaza" after it)
    run = people.names[k]
    body = _body_role(lexicon, m) and run.org_evidence and not run.person_evidence
    if not _closed_name(text, run, comma, m, body):
        return None  # the name must end the mention or be closed by a comma: not "According to exit polls, Romney had"
    ent = people.name_entities[k]
    if body:  # an organisation: "The union representing nurses, the Royal College of Nursing, said"
        ent.last = max(ent.last, m.start)
        return Found(ent.as_organisation(), "name")
    if not ent.person:
        return None
    if m.phrase is not None and lexicon.is_role(m.phrase) and m.phrase not in ent.titles:
        if not ent.titles:
            people.titled.append(ent)
        ent.titles.add(m.phrase)
    if ent.gender is None:  # "Her husband, Tom, said … “…,” she said": not Tom
        ent.gender = _role_gender(lexicon, m.phrase or text[m.start:head_at].lower())
    ent.evidence = True
    ent.last = max(ent.last, m.start)
    return Found(ent, "name")


def _closed_name(text: str, run: NameMention, comma: int, m: Mention, body: bool) -> bool:
    """Whether name run *run* follows the *comma* of mention *m*'s head, with nothing between them but an
    article for a body (*body*: "The opposition party, the Democratic Alliance,") or a titled person ("The
    group's founder, the Rev. Al Sharpton,"), and ends the mention or is closed by a comma or a full stop."""
    gap = text[comma + 1:run.start].strip()
    if gap and not (gap.lower() == "the" and (body or run.titles and run.person_evidence)):
        return False
    after = _past_space(text, run.end)
    return run.start < m.end <= run.end or text[after:after + 1] in (",", ".")


def _body_role(lexicon: Lexicon, m: Mention) -> bool:
    """Whether mention *m* is a singular organisation noun ("The union representing nurses", "Britain's
    biggest nursing union", "The regulator"): its apposition may be a name with an article ("the Royal
    College of Nursing")."""
    entry = lexicon.titles.get(m.phrase) if m.phrase is not None else None
    return entry is not None and entry.kind == "group" and entry.number == "sg"


def _role_gender(lexicon: Lexicon, phrase: str) -> str | None:
    """The gender a role phrase gives the person in apposition to it: "husband", "daughter" (``male_noun``,
    ``female_noun``), a gendered title ("chairwoman"); None for any other."""
    sex = noun_sex((phrase.split() or [""])[-1], lexicon)
    if sex is not None:
        return sex
    title = lexicon.titles.get(phrase)
    return title.gender if title is not None and title.gender in ("m", "f") else None


def _past_modifier(text: str, lexicon: Lexicon, end: int) -> int:
    """The first offset after *end* that is neither white space nor part of a short prepositional
    phrase or a participle's phrase that closes before a comma ("His former business partner| at Lenox, Lawrence B.
    Cummings,", "The union| representing nurses, the Royal College of Nursing,")."""
    at = _past_space(text, end)
    tail = text[at:at + APPOSITION_MODIFIER_CHARS]
    words = tail.split(",", 1)[0].split()
    opener = bool(words) and (words[0] in lexicon.words.postmodifier or participle(words[0]))  # "The union representing …,"
    if "," in tail and opener and len(words) <= APPOSITION_MODIFIER_WORDS \
            and not any(c in tail.split(",", 1)[0] for c in "\"“”‘’«»;:()—"):
        return at + tail.index(",")
    return at


def _role_first(people: People, lexicon: Lexicon, m: Mention) -> bool:
    """Whether mention *m* opens with a determiner or a possessive pronoun ("The head of Sony Pictures",
    "her lawyer at Baker Botts"): a name inside it is a modifier, not the speaker."""
    return m.low[0] in lexicon.words.indefinite or m.low[0] == "the" or m.low[0] in lexicon.possessives


def _possessor_first(text: str, run: NameMention, m: Mention) -> bool:
    """Whether name run *run*, the first of mention *m*, is the possessor of its head ("Sydney Water's head
    of operations, Anna Smith,", "Former president Donald Trump's lawyer, Alina Habba,"): the possessor is
    no speaker, the name after the comma is."""
    return text[run.end:run.end + 2] in POSSESSIVE_S


def _past_space(text: str, i: int) -> int:
    """The first offset at or after *i* that is not white space (``len(text)`` if none): one scan of
    the white space, not a copy of the rest of the text."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i
