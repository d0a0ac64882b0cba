"""Why a resolved name is wrong: each miss of :mod:`benchmarks.names` sorted into one cause.

The causes follow issue 12's list (1 apposition/named speaker left unnamed,
2 pronouns, 3 floating quotes and chains, 4 names from modifiers, 5 gender,
6 datelines and labels, 7 role nouns), plus three the layer showed: the
statement got no or another speaker mention (0), a generic source was given a
name (8) and the name's boundaries are wrong (9). Each cause is a small named
rule; :func:`cause` tries them in :data:`RULES` order and returns the first
that fires. The rules read only the outcome (gold row, quoteattr's name and
mention) and the layer, so a cause is a heuristic reading of the miss, meant
for counting, not a judgement of the engine's internals: a sample checked by
hand agreed with it on most rows, and "other" collects the rest.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .names import PEOPLE, LayerRow, NameScores, Outcome, normalise

#: Words that mark a headline or a label rather than a name ("Chris Christie Calls Hillary Clinton").
HEADLINE_VERBS = re.compile(r"\b(Calls|Seeks|Says|Goes|Shows|Rips|Urges|Hammers|Breaks)\b")
#: A headline-length run of words is longer than any name in the layer.
HEADLINE_WORDS = 5
MALE = frozenset({"he", "him", "his"})
FEMALE = frozenset({"she", "her", "hers"})


@dataclass(frozen=True)
class Context:
    """What the rules may know about the article besides the outcome."""

    persons: frozenset[str]            # normalised canonical names of the article's persons
    genders: dict[str, frozenset[str]]  # normalised person -> {"m", "f"} from the layer's pronoun rows


def read_people_genders(path: str | Path = PEOPLE) -> dict[str, dict[str, str]]:
    """Article -> {person: "m" or "f"} from the ``gender`` column of the people file."""
    out: dict[str, dict[str, str]] = {}
    if not Path(path).is_file():
        return out
    with open(path, encoding="utf-8", newline="") as fh:
        for d in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            out.setdefault(d["article"], {})[d["name"]] = (d.get("gender") or "").strip()
    return out


def contexts(rows: Iterable[LayerRow], extra: dict[str, dict[str, str]] | None = None) -> dict[str, Context]:
    """Per article: its persons (layer and people file) and the gender evidence for them."""
    persons: dict[str, set[str]] = {}
    genders: dict[str, dict[str, set[str]]] = {}
    for article, people in (extra if extra is not None else read_people_genders()).items():
        for person, g in people.items():
            persons.setdefault(article, set()).add(normalise(person))
            if g in ("m", "f"):
                genders.setdefault(article, {}).setdefault(normalise(person), set()).add(g)
    for r in rows:
        if r.entity_kind != "person":
            continue
        name = normalise(r.canonical_name)
        persons.setdefault(r.article, set()).add(name)
        word = r.source_text.strip().lower()
        g = "m" if word in MALE else "f" if word in FEMALE else None
        if g:
            genders.setdefault(r.article, {}).setdefault(name, set()).add(g)
    return {a: Context(frozenset(p), {n: frozenset(g) for n, g in genders.get(a, {}).items()})
            for a, p in persons.items()}


def _on_source(o: Outcome) -> bool:
    return o.mention_overlaps


def no_mention(o: Outcome, ctx: Context) -> str | None:
    if not o.predicted_mention and not o.predicted:
        return "0a no speaker mention found"
    return None


def name_boundaries(o: Outcome, ctx: Context) -> str | None:
    """Part of the right name ("Bill" for Bill de Blasio), or the name with a word too many ("Post Trump")."""
    gold, pred = normalise(o.row.canonical_name), normalise(o.predicted or "")
    if o.row.entity_kind != "person" or not pred or not o.mention_overlaps:
        return None
    same_surname = gold.split()[-1:] == pred.split()[-1:]
    if gold in pred or pred in gold or (same_surname and pred not in ctx.persons):
        return "9 name boundaries wrong (part of the name, or extra words)"
    return None


def headline_or_label(o: Outcome, ctx: Context) -> str | None:
    pred = o.predicted or ""
    mention = o.predicted_mention or ""
    if pred and (HEADLINE_VERBS.search(pred) or len(pred.split()) >= HEADLINE_WORDS):
        return "6 headline, dateline or label taken as the speaker"
    if not pred and len(mention) > 2 and mention.isupper() and mention.isalpha() and _on_source(o):
        return "6 transcript label (PENCE:) not read as a speaker"
    if re.fullmatch(r"[A-Z .,-]{4,}", mention.strip()) and mention.strip() != o.row.source_text.strip():
        return "6 headline, dateline or label taken as the speaker"
    return None


def other_mention(o: Outcome, ctx: Context) -> str | None:
    if _on_source(o):
        return None
    return "0b another mention chosen, no name" if not o.predicted else "0c another mention chosen, another name"


def invented_name(o: Outcome, ctx: Context) -> str | None:
    return "8 generic or unnamed source given a name" if not o.row.canonical_name else None


def unresolved(o: Outcome, ctx: Context) -> str | None:
    if o.predicted:
        return None
    return {
        "pronoun": "2a pronoun left unresolved",
        "name": "1 named speaker left unnamed (the name or organisation is in the mention)",
        "role": "7a role noun left unresolved",
        "title": "7a role noun left unresolved",
    }.get(o.row.mention_type, "other")


def from_modifier(o: Outcome, ctx: Context) -> str | None:
    pred = normalise(o.predicted or "", person=False)
    words = set(normalise(o.predicted_mention or "", person=False).split())
    if o.row.entity_kind in ("organisation", "group"):
        return "4 name from a modifier, or a person for an organisation"
    if pred and set(pred.split()) <= words and o.row.mention_type in ("role", "title", "name"):
        return "4 name from a modifier, or a person for an organisation"
    return None


def wrong_referent(o: Outcome, ctx: Context) -> str | None:
    pred = normalise(o.predicted or "")
    if o.row.mention_type == "name":
        if pred not in ctx.persons:
            return None
        return "3/7b resolved to the wrong person (chain, salience or several candidates)"
    if pred not in ctx.persons:
        return "2b resolved to a non-person, or to someone who is no speaker in the layer"
    word = o.row.source_text.strip().lower()
    want = "f" if word in FEMALE else "m" if word in MALE else None
    have = ctx.genders.get(pred, frozenset())
    if want and have and want not in have:
        return "5 resolved to a person of the other gender"
    return "3/7b resolved to the wrong person (chain, salience or several candidates)"


#: The rules in the order they are tried; the first that returns a cause wins.
RULES: tuple[Callable[[Outcome, Context], str | None], ...] = (
    no_mention, headline_or_label, name_boundaries, other_mention, invented_name, unresolved,
    from_modifier, wrong_referent,
)


def cause(o: Outcome, ctx: Context) -> str:
    for rule in RULES:
        found = rule(o, ctx)
        if found:
            return found
    return "other"


def causes(scores: NameScores, rows: Sequence[LayerRow]) -> Counter[str]:
    """Cause -> number of found rows with a wrong name."""
    ctx = contexts(rows)
    empty = Context(frozenset(), {})
    return Counter(cause(o, ctx.get(o.row.article, empty)) for o in scores.outcomes if o.found and not o.right)


def table(all_scores: Sequence[NameScores], rows: Sequence[LayerRow]) -> list[str]:
    """Markdown: misses per cause, one column per tier."""
    counted = [causes(s, rows) for s in all_scores]
    names = sorted(set().union(*counted))
    lines = ["| cause | " + " | ".join(s.tier for s in all_scores) + " |",
             "|---|" + "---|" * len(all_scores)]
    for name in names:
        cells = []
        for c in counted:
            total = sum(c.values())
            cells.append(f"{c[name]} ({c[name] / total:.0%})" if total else "0")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("| **all misses** | " + " | ".join(str(sum(c.values())) for c in counted) + " |")
    return lines
