"""Heuristic coreference: from "he" and "the Kazakh leader" to the named person.

No model: names, titles, role nouns, countries and pronouns from the lexicon,
and named entities where the pipeline has them.

1. Names: runs of capitalised words; leading titles, honorifics and countries
   are split off and remembered ("U.S. Secretary of State Antony J. Blinken"
   -> name "Antony J. Blinken", title "secretary of state", country United
   States). Names join a person when the surname agrees and the first names
   do not clash ("Antony Blinken" ~ "Antony J. Blinken" ~ "Blinken").
2. Roles: "the Head of State", "the Kazakh leader", "the American diplomat"
   resolve to the person seen earlier whose title belongs to the role's
   family (data/titles.tsv) and whose country agrees.
3. Pronouns: the previous speaker when close and compatible, else the most
   recent compatible person before the mention, never one named inside the
   statement itself.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .lexicon import Lexicon
from .marks import QUOTE_CHARS
from .quotes import Statement
from .result import Person, Span, Speaker

#: the speaker factor of each resolution path, multiplied into a statement's confidence
PATH_CONFIDENCE = {"name": 1.0, "role": 0.92, "pronoun": 0.88, "group": 0.85, "inherited": 0.85, "unresolved": 0.7, "none": 0.6}
_ORG_WORDS = frozenset(
    "service association party council department ministry committee agency office university post times "
    "news press inc corp company bank court commission institute foundation union network campaign house "
    "senate congress parliament government administration police army energy group corporation holdings "
    "airlines motors systems partners electric oil gas media pharmaceuticals technologies labs fund club "
    "team school primary hospital".split()
)
_DETERMINERS = frozenset("the a an this that these those".split())
#: words that make a capitalised run a place, not a speaker: "Quay Street", "Hudson River"
_PLACE_WORDS = frozenset("street avenue road square bridge river lake mountain county city state island bay park".split())
#: A role noun ("the president") is resolved among the last ROLE_LOOKBACK people who took a title of its
#: family, not every titled person of the document: no article has that many presidents, and a scan of
#: them all for every role noun was quadratic (10,000 "President X … the president" took 86 s).
ROLE_LOOKBACK = 64
#: A name is matched against the last SURNAME_LOOKBACK people of its surname (the same bound, for the same reason).
SURNAME_LOOKBACK = 64
_PERSON_LABELS = ("PERSON",)
_NONPERSON_LABELS = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "DATE", "MONEY")


@dataclass
class Entity:
    """A person or organisation of the document."""

    key: int
    name: str
    tokens: list[str]
    first: int
    titles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    gender: str | None = None
    person: bool = True
    mentions: list[tuple[int, int]] = field(default_factory=list)
    last: int = 0
    evidence: bool = False  # a title, an honorific, a PERSON entity or a statement of its own


@dataclass
class NameMention:
    start: int  # chars
    end: int
    name_start: int
    tokens: list[str]
    titles: list[str]
    countries: list[str]
    gender: str | None
    person_evidence: bool  # a title, an honorific, a PERSON entity, or a first and last name
    org_evidence: bool


class Resolver:
    """Resolves speaker mentions of one document to entities."""

    def __init__(
        self, doc: Doc, text: str, sentences: list[tuple[int, int]], lexicon: Lexicon,
        words: list[str] | None = None, offsets: list[int] | None = None,
    ) -> None:
        self.doc = doc
        self.text = text
        self.words = words if words is not None else [t.text for t in doc]
        self.offsets = offsets if offsets is not None else [t.idx for t in doc]
        self.lexicon = lexicon
        self.entities: list[Entity] = []
        self.role_entities: dict[str, Entity] = {}
        self.sentences = sentences
        self.sent_starts = [s for s, _ in sentences]
        self.by_surname: dict[str, list[Entity]] = {}
        self.titled: list[Entity] = []
        #: role family ("president") -> the entities holding a title of it, in the order they took it
        self.by_family: dict[str, list[Entity]] = {}
        self._in_family: set[tuple[str, int]] = set()
        self.names = self._find_names(sentences)
        self.name_starts = [m.start for m in self.names]
        self.name_entities: list[Entity] = []
        #: offsets (sorted) and entities of subjects (named, in text order) and of speakers
        #: (added as statements are resolved, nearly in order): the candidates for a pronoun
        self.salient: tuple[tuple[list[int], list[Entity]], ...] = (([], []), ([], []))
        for m in self.names:
            ent = self._add_name(m)
            self.name_entities.append(ent)
            k = bisect_right(self.sent_starts, m.start) - 1
            # a subject: at most two words after its sentence's start (looked at within 60 characters)
            if k >= 0 and m.start - self.sent_starts[k] <= 60 and len(self.text[self.sent_starts[k]:m.start].split()) <= 2:
                self._salient(0, m.start, ent)

    # ------------------------------------------------------------ names

    def _find_names(self, sentences: list[tuple[int, int]]) -> list[NameMention]:
        doc = self.doc
        starts = {s for s, _ in sentences}
        words, offsets = self.words, self.offsets
        for i in range(1, len(doc)):  # a word right after an opening mark starts a sentence too
            if words[i - 1] in QUOTE_CHARS and offsets[i - 1] + len(words[i - 1]) == offsets[i]:
                starts.add(offsets[i])
        self._first_words = starts
        out = []
        i, n = 0, len(doc)
        while i < n:
            if not self._capital(i, starts):
                i += 1
                continue
            j = i
            while j < n and (self._capital(j, starts) or self._joiner(j)):
                j += 1
            while j > i and self._joiner(j - 1):
                j -= 1
            m = self._split_run(i, j)
            if m is not None:
                out.append(m)
            i = max(j, i + 1)
        return out

    def _capital(self, i: int, sent_starts: set[int]) -> bool:
        t = self.words[i]
        if not t[:1].isupper():
            return False
        tok = self.doc[i]
        if tok.is_upper and len(t) > 3 and "." not in t and t not in self.lexicon.countries:
            return False  # datelines and agency slugs: ASTANA, KAZINFORM
        if tok.lower_ in self.lexicon.pronouns or (tok.idx in sent_starts and tok.is_stop):
            return False
        return tok.is_alpha or "." in t or "-" in t or "'" in t

    def _joiner(self, i: int) -> bool:
        if i + 1 >= len(self.doc) or i == 0 or self.words[i] not in ("-", "of", "for", "Of", "For"):
            return False
        tok = self.doc[i]
        if tok.text == "-" and not self.doc[i - 1].whitespace_ and not tok.whitespace_:
            return True
        if tok.lower_ not in ("of", "for"):
            return False
        prev, nxt = self.doc[i - 1], self.doc[i + 1]
        # "Secretary of State", "Head of State", "President of Kazakhstan", "Bank of America"
        return prev.text[:1].isupper() and nxt.text[:1].isupper()

    def _split_run(self, i: int, j: int) -> NameMention | None:
        doc, lex = self.doc, self.lexicon
        titles: list[str] = []
        countries: list[str] = []
        gender = None
        k = i
        while k < j and doc[k].lower_ in _DETERMINERS:
            k += 1  # "The Portvale council"
        while k < j - 1 and doc[k].idx in self._first_words and doc[k].lower_.endswith(("ing", "ly")):
            k += 1  # "Injecting Clinton into …", "Currently Smith …": a first word, not a name
        while k < j:
            tok = doc[k]
            if tok.text in lex.countries:
                countries.append(lex.countries[tok.text])
                k += 1
                continue
            phrase = self._title_at(k, j)
            if phrase is None:
                break
            entry = lex.titles[phrase]
            if entry.kind == "honorific":
                gender = entry.gender if entry.gender != "any" else gender
            else:
                titles.append(phrase)
                if entry.gender != "any":
                    gender = entry.gender
            k += len(phrase.split())
            if k + 1 < j and doc[k].lower_ == "of" and doc[k + 1].text in lex.countries:
                countries.append(lex.countries[doc[k + 1].text])
                k += 2
        # "Defence Minister Karin Holm": a title later in the run makes what precedes it a prefix
        for m in range(j - 2, k - 1, -1):
            phrase = self._title_at(m, j)
            if phrase is not None and m + len(phrase.split()) < j:
                titles.append(phrase)
                k = m + len(phrase.split())
                break
        # "Helena Moraes of Brazil": a trailing "of <country>" is not part of the name
        if j - k > 2 and doc[j - 2].lower_ == "of" and doc[j - 1].text in lex.countries:
            countries.append(lex.countries[doc[j - 1].text])
            j -= 2
        core = [t for t in doc[k:j] if t.text != "-"]
        if not core or all(t.text in lex.countries for t in core):
            return None
        if len(core) == 1 and core[0].lower_ in lex.titles:
            return None  # "Officials said", "Police say": a group noun at a sentence start
        titles.extend(self._apposition(j))
        if core[0].lower_ in ("of", "for"):
            return None
        labels = {doc[t].ent_type_ for t in range(k, j)} - {""}
        # a lone capitalised first word ("Currently", "Okafor") is a name only if something else says so
        weak = j - i == 1 and not labels and doc[i].idx in self._first_words
        person = bool(titles or gender) or any(lab in _PERSON_LABELS for lab in labels)
        if labels & {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}:
            return None  # "Tuesday", "March": not a speaker
        org = any(t.lower_ in _ORG_WORDS for t in core) or (not person and "ORG" in labels)
        start = doc[i].idx
        name_start = doc[k].idx
        end = doc[j - 1].idx + len(doc[j - 1].text)
        place = any(t.lower_ in _PLACE_WORDS for t in core)
        evidence = person or (len(core) > 1 and not org and not place and not labels & set(_NONPERSON_LABELS))
        return NameMention(start, end, name_start, [t.lower_ for t in core], titles, countries, gender, evidence and not weak, org)

    def _apposition(self, j: int) -> list[str]:
        """The role in an apposition after a name: "John Smith, the minister, said"."""
        doc = self.doc
        if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("the", "a", "an"):
            return []
        k = j + 2
        while k < len(doc) and k - j <= 6 and doc[k].text not in (",", ".", ";"):
            k += 1
        if k >= len(doc) or doc[k].text != ",":
            return []
        for start in range(j + 2, k):
            phrase = self._title_at(start, k)
            if phrase is not None and start + len(phrase.split()) == k:
                return [phrase]
        return []

    def _title_at(self, k: int, j: int) -> str | None:
        """The longest title phrase (up to four words) starting at token *k*."""
        words = []
        best = None
        for m in range(k, min(k + 4, j)):
            words.append(self.doc[m].lower_)
            phrase = " ".join(words)
            if phrase in self.lexicon.titles and self.lexicon.titles[phrase].kind in ("title", "honorific", "role"):
                best = phrase
        return best

    def _add_name(self, m: NameMention) -> Entity:
        ent = self._match(m.tokens, m.start)
        if ent is None:
            ent = Entity(len(self.entities), self.text[m.name_start:m.end], list(m.tokens), m.start)
            ent.person = not m.org_evidence or m.person_evidence
            self.entities.append(ent)
            self.by_surname.setdefault(m.tokens[-1], []).append(ent)
        if m.titles and not ent.titles:
            self.titled.append(ent)
        elif len(m.tokens) > len(ent.tokens):
            ent.name, ent.tokens = self.text[m.name_start:m.end], list(m.tokens)
        ent.titles.update(m.titles)
        self._index_titles(ent, m.titles)
        ent.countries.update(m.countries)
        ent.gender = ent.gender or m.gender
        if m.person_evidence:
            ent.person = True
            ent.evidence = True
        ent.mentions.append((m.name_start, m.end))
        ent.last = max(ent.last, m.start)
        return ent

    def _match(self, tokens: list[str], pos: int) -> Entity | None:
        """An earlier entity this name refers to: same surname, compatible first names."""
        best = None
        for ent in self.by_surname.get(tokens[-1], [])[-SURNAME_LOOKBACK:]:
            a, b = ent.tokens[:-1], tokens[:-1]
            if a and b and a[0] != b[0] and a[0][:1] != b[0][:1]:
                continue
            if best is None or ent.last > best.last:
                best = ent
        return best

    # ------------------------------------------------------------ speakers

    def resolve(self, statements: list[Statement]) -> list[tuple[Speaker | None, str]]:
        """A Speaker and the resolution path for each statement, in order."""
        results: list[tuple[Speaker | None, str]] = []
        by_id: dict[int, tuple[Speaker | None, str]] = {}
        prev_entity: Entity | None = None
        prev_sentence = -10
        for st in statements:
            if st.source is None or not self.text[st.source[0] : st.source[1]].strip():  # no words, no mention
                if st.inherit_from is not None and id(st.inherit_from) in by_id:
                    sp, _ = by_id[id(st.inherit_from)]
                    res = (Speaker(None, sp.name, sp.entity) if sp else None, "inherited" if sp else "none")
                else:
                    res = (None, "none")
                by_id[id(st)] = res
                results.append(res)
                continue
            s, e = st.source
            mention = Span.of(self.text, s, e)
            close = st.sentence - prev_sentence <= 3
            ent, path = self._resolve_mention(s, e, st, prev_entity if close else None)
            if ent is not None:
                ent.evidence = True
                self._salient(1, s, ent)
                if ent.person or path != "pronoun":
                    prev_entity, prev_sentence = ent, st.sentence
                ent.mentions.append((s, e))  # duplicates are dropped when people are listed
                name = ent.name if ent.key >= 0 else None
                res = (Speaker(mention, name, ent.key), "inherited" if st.inherited else path)
            else:
                res = (Speaker(mention, None, None), "unresolved")
            by_id[id(st)] = res
            results.append(res)
        return results

    def _resolve_mention(self, s: int, e: int, st: Statement, prev: Entity | None) -> tuple[Entity | None, str]:
        words = self.text[s:e].split()
        low = [w.lower() for w in words]
        if len(low) == 1 and low[0] in self.lexicon.pronouns:
            return self._pronoun(low[0], s, st, prev), "pronoun"
        headed_by_role = low[-1] in self.lexicon.titles and words[-1].islower()
        k = bisect_right(self.name_starts, e - 1) - 1 if not headed_by_role else -1
        while k >= 0 and self.names[k].end > s:  # the names this mention overlaps (names never overlap)
            ent = self._match(self.names[k].tokens, self.names[k].start)
            if ent is not None:
                ent.last = max(ent.last, s)
                return ent, "name"
            k -= 1
        content = [w for w in low if w not in _DETERMINERS]
        phrase = self._role_phrase(content)
        if phrase is None:
            return self._group(" ".join(content) or self.text[s:e].lower(), s, plural=low[-1].endswith("s")), "group"
        entry = self.lexicon.titles[phrase]
        if entry.kind == "group":
            org = self._organisation(s) if entry.number == "sg" else None
            if org is not None:
                return org, "role"  # "the company" -> Brightwater Energy
            return self._group(phrase, s, plural=entry.number == "pl"), "group"
        countries = {self.lexicon.countries[w] for w in words if w in self.lexicon.countries}
        countries |= {self.lexicon.countries[w.rstrip(".,")] for w in words if w.rstrip(".,") in self.lexicon.countries}
        ent = self._role(phrase, countries, s)
        if ent is None and countries and prev is not None and prev.person and prev.key >= 0 and not prev.titles:
            ent = prev  # "Jonas Weber told reporters … The Canadian diplomat told them …"
            self.titled.append(ent)
            ent.titles.add(phrase)
            self._index_titles(ent, [phrase])
            ent.countries |= countries
        if ent is None:
            return self._group(" ".join(content), s, plural=False), "group"
        return ent, "role"

    def _organisation(self, pos: int) -> Entity | None:
        """The most recent organisation named before *pos* in the last three sentences."""
        window = self._window_start(pos)
        k = bisect_right(self.name_starts, pos - 1) - 1
        while k >= 0 and self.name_starts[k] >= window:
            m = self.names[k]
            if m.org_evidence and not m.person_evidence:
                return self.name_entities[k]
            k -= 1
        return None

    def _role_phrase(self, words: list[str]) -> str | None:
        """The title or role phrase a mention is headed by ("the U.S. Secretary of State")."""
        best = None
        for i in range(len(words)):
            for j in range(i + 1, min(i + 5, len(words)) + 1):
                phrase = " ".join(words[i:j])
                if phrase in self.lexicon.titles and self.lexicon.titles[phrase].kind != "honorific":
                    if best is None or len(phrase) > len(best):
                        best = phrase
        return best

    def _index_titles(self, ent: Entity, titles: list[str]) -> None:
        """File *ent* under the role family of each of its *titles* (once per family)."""
        for t in titles:
            families = {t.replace(" ", "_")}
            if t in self.lexicon.titles:
                families |= self.lexicon.titles[t].families
            for family in families:
                if (family, id(ent)) not in self._in_family:
                    self._in_family.add((family, id(ent)))
                    self.by_family.setdefault(family, []).append(ent)

    def _role(self, phrase: str, countries: set[str], pos: int) -> Entity | None:
        """The titled person a role noun refers to: a title of its family, a compatible country, most recent."""
        best, best_rank = None, None
        for ent in self.by_family.get(phrase.replace(" ", "_"), [])[-ROLE_LOOKBACK:]:
            if not ent.person or ent.first > pos:
                continue
            if countries and ent.countries and not (countries & ent.countries):
                continue
            rank = (2 if countries & ent.countries else 1, ent.last)
            if best_rank is None or rank > best_rank:
                best, best_rank = ent, rank
        if best is not None:
            best.countries |= countries
            best.last = max(best.last, pos)
        return best

    def _pronoun(self, word: str, pos: int, st: Statement, prev: Entity | None) -> Entity | None:
        p = self.lexicon.pronouns[word]
        if p.person != 3:
            return None
        want_person = p.gender in ("m", "f")

        def fits(ent: Entity) -> bool:
            if p.number == "pl":
                return not ent.person
            if p.gender == "n":
                return not ent.person
            return ent.person and (ent.gender is None or ent.gender == p.gender)

        inside = (st.start, st.end)
        window = self._window_start(pos)
        best: tuple[int, Entity] | None = None
        for offsets, entities in self.salient:
            k = bisect_right(offsets, pos - 1) - 1
            while k >= 0 and offsets[k] >= window and (best is None or offsets[k] > best[0]):
                ent = entities[k]
                if not inside[0] <= offsets[k] < inside[1] and (ent.evidence or ent.key < 0) and fits(ent):
                    best = (offsets[k], ent)
                    break
                k -= 1
        if best is not None:
            return self._note_gender(best[1], p.gender if want_person else None)
        if prev is not None and fits(prev):
            return self._note_gender(prev, p.gender if want_person else None)
        k = bisect_right(self.name_starts, pos - 1) - 1
        while k >= 0 and self.name_starts[k] >= self._window_start(pos, back=6):
            ent = self.name_entities[k]
            if not inside[0] <= self.name_starts[k] < inside[1] and ent.evidence and fits(ent):
                return self._note_gender(ent, p.gender if want_person else None)
            k -= 1
        return None

    def _salient(self, which: int, pos: int, ent: Entity) -> None:
        offsets, entities = self.salient[which]
        k = bisect_right(offsets, pos)  # at or near the end: the lists grow in text order
        offsets.insert(k, pos)
        entities.insert(k, ent)

    def _window_start(self, pos: int, back: int = 2) -> int:
        """Offset of the sentence *back* sentences before the one holding *pos*."""
        k = bisect_right(self.sent_starts, pos) - 1
        return self.sentences[max(0, k - back)][0] if self.sentences else 0

    @staticmethod
    def _note_gender(ent: Entity, gender: str | None) -> Entity:
        if gender and ent.gender is None:
            ent.gender = gender
        return ent

    def _group(self, key: str, pos: int, plural: bool) -> Entity:
        """An entity for a mention that names no one: "officials", "the city engineer"."""
        ent = self.role_entities.get(key)
        if ent is None:
            # a singular role ("the city engineer") may be a person that "she" refers back to
            ent = Entity(-1 - len(self.role_entities), key, key.split(), pos, person=not plural)
            self.role_entities[key] = ent
        return ent

    # ------------------------------------------------------------ people

    def number(self, resolved: list[tuple[Speaker | None, str]]) -> tuple[list[tuple[Speaker | None, str]], list[Person]]:
        """Give entities ids 0, 1, … in order of first mention; list the document's people."""
        ents = [e for e in self.entities if e.person] + [e for e in self.entities if not e.person]
        ents += list(self.role_entities.values())
        speaking = {sp.entity for sp, _ in resolved if sp and sp.entity is not None}
        ents = [e for e in ents if (e.key >= 0 and e.evidence) or e.key in speaking]
        ents.sort(key=lambda e: min([m[0] for m in e.mentions] or [e.first]))
        ids = {e.key: n for n, e in enumerate(ents)}
        people = [
            Person(ids[e.key], e.name if e.key >= 0 else None, tuple(Span.of(self.text, s, t) for s, t in sorted(set(e.mentions))))
            for e in ents
        ]
        out = []
        for sp, path in resolved:
            if sp is not None and sp.entity is not None:
                sp = Speaker(sp.mention, sp.name, ids.get(sp.entity))
            out.append((sp, path))
        return out, people
