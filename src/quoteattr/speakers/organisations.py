"""The ``organisation`` sieve: "the company", "the fund", "The bank said" is the organisation named nearby."""

from __future__ import annotations

from bisect import bisect_right

from ..lexicon import Lexicon
from .lookback import LOOKBACK_MAX_RUNS
from .mention import Found, Mention
from .name_words import plural_looking
from .people import Entity, People
from .runless import is_country

__all__ = ["organisation", "ORGANISATION_WINDOW", "ORGANISATION_NAMED_WINDOW", "SINGULAR_AUX", "SINGULAR_AUX_CHARS"]

#: "the company" refers to an organisation named at most this many sentences back
ORGANISATION_WINDOW = 2
#: ... or one whose name holds the noun ("the International Monetary Fund … the fund") this many back
ORGANISATION_NAMED_WINDOW = 20


def organisation(people: People, lexicon: Lexicon, m: Mention, prev: Entity | None) -> Found | None:
    """ "the company" -> Brightwater Energy: the most recent organisation named nearby ("a company",
    "a new statewide poll": one not met before; but "issued a statement calling …" is the issuer's)."""
    if m.phrase is None or m.low[0] in lexicon.words.indefinite and m.low[-1] not in lexicon.words.utterance:
        return None
    entry = lexicon.titles[m.phrase]
    if entry.kind != "group" or entry.number != "sg":
        return None
    window = people.window_start(m.start, ORGANISATION_WINDOW)
    wide = people.window_start(m.start, ORGANISATION_NAMED_WINDOW)
    bare_window = people.window_start(m.start, 1)
    head = m.phrase.split()[-1]
    k = bisect_right(people.name_starts, m.start - 1) - 1
    nearest, stop = None, max(-1, k - LOOKBACK_MAX_RUNS)
    while k > stop and people.name_starts[k] >= wide:
        run, ent = people.names[k], people.name_entities[k]
        if run.org_evidence and not run.person_evidence and not is_country(people.text[run.name_start:run.name_end], lexicon):
            if head in run.tokens:  # "the International Monetary Fund … the fund"
                return Found(ent, "role")
            if nearest is None and people.name_starts[k] >= window and not _public_for_business(lexicon, head, run.tokens) \
                    and not _capital_head(m, head):  # "The Coalition says" (a name of its own) is not Labor
                nearest = ent
        elif nearest is None and people.name_starts[k] >= bare_window and ent.unmarked and (
            ent.bare and ent.evidence or m.low[0] == "the" and _subject_before(people, k, m, ent, head, lexicon)
        ):
            nearest = ent  # "Westpac said … The bank added", "Wells Fargo fired … The bank said" (not "on Tuesday")
        k -= 1
    return None if nearest is None else Found(nearest.as_organisation(), "role")


def _capital_head(m: Mention, head: str) -> bool:
    """Whether mention *m*'s head noun *head* is capitalised after its first word ("The Coalition", "the
    Greens"): a body's name of its own (not "The company in Perth", nor "Coalition" opening a sentence)."""
    at = next((i for i in range(len(m.low) - 1, 0, -1) if m.low[i].rstrip(",") == head), None)
    return at is not None and m.words[at][:1].isupper()


def _public_for_business(lexicon: Lexicon, head: str, tokens: list[str]) -> bool:
    """Whether a business noun ("the company", "the airline") would go to a public body: "Apple was fined by
    the European Commission … the company said" is Apple's."""
    words = lexicon.words
    return head in words.business_noun and any(t in words.public_body for t in tokens) \
        and not any(t in words.organisation and t not in words.public_body for t in tokens)


def _subject_before(people: People, k: int, m: Mention, ent: Entity, head: str, lexicon: Lexicon) -> bool:
    """Whether name run *k* is the subject of the sentence before mention *m*'s ("Wells Fargo fired …
    The bank said"); one word only when named before ("Qantas … Qantas cut …") or, for a business noun, when a
    singular auxiliary or, after no plural, a past tense follows it ("Apple has been fined … the company said",
    "Pfizer reported …"), for a capitalised first word is as often an adverb or a plural ("Later she added")."""
    if people.name_starts[k] >= people.window_start(m.start, 0) or not people.subject_run(k):
        return False
    if len(ent.tokens) > 1 or len(ent.mentions) > 1:
        return True
    verb = people.text[people.names[k].end:people.names[k].end + SINGULAR_AUX_CHARS].split()[:1]
    past = verb != [] and (verb[0].endswith("ed") or verb[0] in lexicon.words.irregular_past)
    return head in lexicon.words.business_noun and verb != [] and (
        verb[0] in SINGULAR_AUX or past and not plural_looking(ent.tokens[-1]))


#: how far after a one-word subject its auxiliary or past-tense verb is looked for
SINGULAR_AUX_CHARS = 16
#: a word after a one-word subject that says it is one thing: "Apple has", "Qantas was" (not "Investors will")
SINGULAR_AUX = frozenset({"has", "was", "is", "says"})
