"""Word lists as data: cue verbs, nominal cues, titles and roles, countries, pronouns, and the
smaller lists the rules read (``data/word_lists.tsv``: articles, hearer verbs, time words, …).

The lists live in ``quoteattr/data/`` (each file says in its header what it holds) and are read once.
Users extend them the way spaCy's ``Sentencizer`` takes ``punct_chars=``::

    lex = Lexicon.default().extend(cues={"opine": "assertive"})
    attribute(text, lexicon=lex)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Mapping

from .errors import LexiconError
from .word_lists import WordLists, rows as _rows

#: the possessive ending with a straight or a curly apostrophe: "Obama's", "Obama’s"
POSSESSIVE_S = ("'s", "\u2019s")

CUE_CLASSES = (
    "neutral", "assertive", "evaluative", "emotive", "announcing", "written", "manner", "belief", "evidence",
)
#: the scope column of cues.tsv: reported by default, only with scope="all", or only as the cue of the
#: direct quote next to it ("“…,” she continued")
CUE_SCOPES = ("statement", "all", "quote")


@dataclass(frozen=True, slots=True)
class CueVerb:
    """A cue verb: its lemma, class, whether statements-only scope keeps it, and whether it attributes
    only the direct quote it stands next to ("“…,” she continued": no statement of its own)."""

    lemma: str
    cls: str
    statement: bool
    quote_only: bool = False


@dataclass(frozen=True, slots=True)
class Title:
    """A title, honorific, role noun or group noun (see ``data/titles.tsv``)."""

    phrase: str
    kind: str
    number: str
    gender: str
    families: frozenset[str]


@dataclass(frozen=True, slots=True)
class Pronoun:
    """A pronoun (see ``data/pronouns.tsv``); ``cases`` holds subj, obj, det and pos."""

    form: str
    person: int
    number: str
    gender: str
    cases: frozenset[str] = frozenset({"subj", "obj"})


def inflect(lemma: str) -> tuple[str, ...]:
    """Regular -s, -ed and -ing forms of a (possibly phrasal) verb lemma.

    Only the first word inflects: ``inflect("point out")`` gives
    ``("point out", "points out", "pointed out", "pointing out")``.
    Irregular forms and consonant doubling are listed in ``data/cues.tsv``.
    """
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    consonant_y = head.endswith("y") and head[-2:-1] not in "aeiou"
    if head.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = head + "es"
    else:
        third = head[:-1] + "ies" if consonant_y else head + "s"
    if head.endswith("e"):
        past, ing = head + "d", head[:-1] + "ing"
    else:
        past, ing = (head[:-1] + "ied" if consonant_y else head + "ed"), head + "ing"
    return tuple(f + tail for f in (head, third, past, ing))


@dataclass(frozen=True)
class Lexicon:
    """All word lists quoteattr uses. Build with :meth:`default` and :meth:`extend`."""

    cues: Mapping[str, CueVerb]
    cue_forms: Mapping[str, str]
    nominal_cues: Mapping[str, str]
    titles: Mapping[str, Title]
    countries: Mapping[str, str]
    pronouns: Mapping[str, Pronoun]
    abbreviations: frozenset[str]
    #: the most words in one cue form ("went on to say": 4)
    max_cue_words: int = 1
    #: nominal cue phrases by their first word: word -> [(phrase, words, pattern)]
    nominal_index: Mapping[str, tuple[tuple[str, tuple[str, ...], str], ...]] = field(default_factory=dict)
    #: the smaller lists the rules read (``data/word_lists.tsv``)
    words: WordLists = field(default_factory=lambda: _shipped_words())
    #: pronouns that can head a speaker phrase ("he said"): the subject case of ``pronouns``
    speaker_pronouns: frozenset[str] = frozenset()
    #: object pronouns ("told him", "bring it back"): the obj case of ``pronouns``
    object_pronouns: frozenset[str] = frozenset()
    #: possessive determiners ("his claim that", "in her words"): the det case of ``pronouns``
    possessives: frozenset[str] = frozenset()
    #: articles and demonstratives ("the", "this")
    determiners: frozenset[str] = frozenset()
    #: determiners that open a speaker phrase: articles, demonstratives and quantifiers ("several officials")
    speaker_determiners: frozenset[str] = frozenset()
    #: words that open a clause or role after a name: "Smith, who …", "Smith, the minister, …", "Smith, his aide"
    apposition_starts: frozenset[str] = frozenset()
    #: first name -> "m" or "f" where one sex nearly always holds it (``data/first_names.tsv``, from the
    #: 1990 US Census lists: US-centric, weak evidence that in-text evidence overrides)
    first_names: Mapping[str, str] = field(default_factory=dict)
    #: the first words of the cue forms of several words ("pointed" of "pointed out"): the rules tier
    #: looks closely only at a listed form or one of these
    cue_first_words: frozenset[str] = frozenset()

    @classmethod
    def default(cls) -> Lexicon:
        """The lists shipped in ``quoteattr/data`` (cached; the object is immutable)."""
        return default_lexicon()

    @classmethod
    def from_dir(cls, path: str | Path) -> Lexicon:
        """Read the lists from a folder laid out like ``quoteattr/data``."""
        folder = Path(path)
        if not folder.is_dir():
            raise LexiconError(f"{folder} is not a folder: pass a folder holding cues.tsv, titles.tsv, ...")
        def read(name: str) -> str:
            path = folder / name
            if not path.is_file():
                raise LexiconError(
                    f"{path} is missing: a lexicon folder holds cues.tsv, nominal_cues.tsv, titles.tsv, "
                    "demonyms.tsv, pronouns.tsv and abbreviations.txt (copy quoteattr/data as a start)."
                )
            return path.read_text(encoding="utf-8")

        def read_or_shipped(name: str) -> str:
            # word_lists.tsv and first_names.tsv came later: a folder without them uses the shipped ones
            return read(name) if (folder / name).is_file() else _shipped(name)

        return cls._from_texts(read, read_or_shipped)

    @classmethod
    def _from_texts(cls, read: Callable[[str], str], read_optional: Callable[[str], str] | None = None) -> Lexicon:
        cues: dict[str, CueVerb] = {}
        forms: dict[str, str] = {}
        for cols in _rows(read("cues.tsv"), "cues.tsv", 3):
            lemma, cls_, scope = cols[0].strip().lower(), cols[1].strip(), cols[2].strip()
            if cls_ not in CUE_CLASSES:
                raise LexiconError(f"cues.tsv: class {cls_!r} of {lemma!r} is not one of {CUE_CLASSES}.")
            if scope not in CUE_SCOPES:
                raise LexiconError(f"cues.tsv: scope {scope!r} of {lemma!r} is not one of {CUE_SCOPES}.")
            cues[lemma] = CueVerb(lemma, cls_, scope in ("statement", "quote"), scope == "quote")
            extra = [f.strip().lower() for f in cols[3].split("|")] if len(cols) > 3 else []
            for form in (*inflect(lemma), *extra):
                forms.setdefault(form, lemma)
        nominal = {c[0].strip().lower(): c[1].strip() for c in _rows(read("nominal_cues.tsv"), "nominal_cues.tsv", 2)}
        titles = {}
        for c in _rows(read("titles.tsv"), "titles.tsv", 4):
            phrase = c[0].strip().lower()
            fams = frozenset(c[4].split()) if len(c) > 4 else frozenset()
            titles[phrase] = Title(phrase, c[1].strip(), c[2].strip(), c[3].strip(), fams)
        countries = {}
        for c in _rows(read("demonyms.tsv"), "demonyms.tsv", 2):
            for alias in c[1].split("|"):
                countries[alias.strip()] = c[0].strip()
        pronouns = {
            c[0].strip().lower(): Pronoun(
                c[0].strip().lower(), int(c[1]), c[2].strip(), c[3].strip(),
                frozenset(c[4].split()) if len(c) > 4 and c[4].strip() else frozenset({"subj", "obj"}),
            )
            for c in _rows(read("pronouns.tsv"), "pronouns.tsv", 4)
        }
        abbrevs = frozenset(
            line.strip().lower() for line in read("abbreviations.txt").splitlines()
            if line.strip() and not line.startswith("#")
        )
        words = WordLists.from_text((read_optional or read)("word_lists.tsv"))
        first_names = {
            c[0].strip().lower(): c[1].strip() for c in _rows((read_optional or read)("first_names.tsv"), "first_names.tsv", 2)
        }
        bad = sorted({g for g in first_names.values() if g not in ("m", "f")})
        if bad:
            raise LexiconError(f"first_names.tsv: the gender column holds {bad}; write m or f.")
        return cls._build(cues, forms, nominal, titles, countries, pronouns, abbrevs, words, first_names)

    @classmethod
    def _build(
        cls,
        cues: Mapping[str, CueVerb],
        forms: Mapping[str, str],
        nominal: Mapping[str, str],
        titles: Mapping[str, Title],
        countries: Mapping[str, str],
        pronouns: Mapping[str, Pronoun],
        abbrevs: frozenset[str],
        words: WordLists,
        first_names: Mapping[str, str],
    ) -> Lexicon:
        longest = max((len(f.split()) for f in forms), default=1)
        index: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
        for phrase, pattern in nominal.items():
            phrase_words = tuple(phrase.split())
            index.setdefault(phrase_words[0], []).append((phrase, phrase_words, pattern))
        frozen = {k: tuple(v) for k, v in index.items()}
        possessives = frozenset(p.form for p in pronouns.values() if "det" in p.cases)
        third_possessives = frozenset(p.form for p in pronouns.values() if "det" in p.cases and p.person == 3)
        return cls(
            cues, forms, nominal, titles, countries, pronouns, abbrevs, longest, frozen,
            words=words,
            first_names=first_names,
            speaker_pronouns=frozenset(p.form for p in pronouns.values() if "subj" in p.cases),
            object_pronouns=frozenset(p.form for p in pronouns.values() if "obj" in p.cases),
            possessives=possessives,
            determiners=words.article | words.demonstrative,
            speaker_determiners=words.article | words.demonstrative | words.quantifier,
            apposition_starts=words.relative | words.article | third_possessives,
            cue_first_words=frozenset(f.split()[0] for f in forms if " " in f),
        )

    def extend(
        self,
        *,
        cues: Mapping[str, str] | None = None,
        belief_cues: Mapping[str, str] | None = None,
        titles: Mapping[str, Iterable[str]] | None = None,
        countries: Mapping[str, Iterable[str]] | None = None,
        abbreviations: Iterable[str] = (),
    ) -> Lexicon:
        """A new lexicon with more entries.

        cues: lemma -> class, reported in the default (statements) scope;
            ``{"opine": "assertive", "chime in": "neutral"}``.
        belief_cues: lemma -> class, reported only with ``scope="all"``.
        titles: title phrase -> role families (``{"ombudsman": ["official"]}``).
        countries: country -> its aliases and demonyms.
        abbreviations: words that end in a period without ending a sentence.
        """
        new_cues, new_forms = dict(self.cues), dict(self.cue_forms)
        for mapping, statement in ((cues or {}, True), (belief_cues or {}, False)):
            for lemma, cls_ in mapping.items():
                lemma = lemma.strip().lower()
                if cls_ not in CUE_CLASSES:
                    raise LexiconError(f"cue class {cls_!r} for {lemma!r} is not one of {CUE_CLASSES}.")
                new_cues[lemma] = CueVerb(lemma, cls_, statement)
                for form in inflect(lemma):
                    new_forms.setdefault(form, lemma)
        new_titles = dict(self.titles)
        for phrase, fams in (titles or {}).items():
            p = phrase.strip().lower()
            new_titles[p] = Title(p, "title", "sg", "any", frozenset(fams) | {p.replace(" ", "_")})
        new_countries = dict(self.countries)
        for country, aliases in (countries or {}).items():
            for alias in (country, *aliases):
                new_countries[alias] = country
        abbrevs = self.abbreviations | {a.strip().lower().rstrip(".") for a in abbreviations}
        return self._build(
            new_cues, new_forms, self.nominal_cues, new_titles, new_countries, self.pronouns, abbrevs, self.words,
            self.first_names,
        )

    def cue_lemma(self, form: str, *, scope_all: bool) -> str | None:
        """The cue lemma of a (lower-cased) verb form, or None when it is no cue in this scope."""
        lemma = self.cue_forms.get(form)
        if lemma is None:
            return None
        entry = self.cues[lemma]
        return lemma if (entry.statement or scope_all) else None

    def is_cue_lemma(self, lemma: str, *, scope_all: bool) -> bool:
        entry = self.cues.get(lemma)
        return entry is not None and (entry.statement or scope_all)

    def is_role(self, phrase: str) -> bool:
        """Whether *phrase* (lower case) names what one person is: a title or role of ``titles.tsv`` ("minister",
        "spokesman"), not an honorific or a group."""
        entry = self.titles.get(phrase)
        return entry is not None and entry.kind in ("title", "role")

    def is_person_noun(self, word: str) -> bool:
        """Whether *word* (lower case) is a noun for a person that a name before it does not name: a title or
        role, a ``relation_noun`` or a ``male_noun``/``female_noun`` ("Obama's strategist", "Sturgeon's
        successor", "Trump's wife")."""
        words = self.words
        return word in self.titles or word in words.relation_noun or word in words.male_noun or word in words.female_noun


def _shipped_words() -> WordLists:
    return WordLists.from_text(_shipped("word_lists.tsv"))


def _shipped(name: str) -> str:
    """The text of the shipped data file *name*."""
    return (resources.files("quoteattr") / "data" / name).read_text(encoding="utf-8")


@functools.cache
def default_lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    return Lexicon._from_texts(_shipped)


__all__ = ["POSSESSIVE_S", "Lexicon", "CueVerb", "Title", "Pronoun", "WordLists", "inflect", "default_lexicon", "CUE_CLASSES"]
