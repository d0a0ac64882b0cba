"""Names: the name finder. Runs of capitalised words, split into titles, countries and the name.

One scan over the document's tokens finds every run of capitalised words ("U.S. Secretary of State
Antony J. Blinken", "Brightwater Energy", "PENCE") and splits it: leading titles, honorifics and
countries are cut off and remembered (name "Antony J. Blinken", title "secretary of state", country
United States), a trailing "of <country>" too ("Helena Moraes of Brazil"). Each run says whether it
looks like a person (a title, an honorific, a PERSON entity, a first and last name) or an organisation
(an organisation word, an ORG entity). Coreference (``coreference.py``) builds the document's people
from these runs, and its ``name`` sieve resolves a speaker mention by the runs it overlaps.

Linear: each token is looked at a bounded number of times (titles are at
most ``TITLE_MAX_WORDS`` long, appositions ``name_words.APPOSITION_TITLE_TOKENS``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import POSSESSIVE_S, Lexicon
from ..text.marks import QUOTE_CHARS
from .entity_labels import NONPERSON_LABELS, NUMERIC_LABELS, PERSON_LABELS, labels_over
from .headlines import headline_name, headline_tokens
from .mentions import PARTY_STATE, hyphen_tail
from .name_parts import NameMention, Parts
from .name_words import (
    TITLE_MAX_WORDS, acronym_in_prose, country_before, given_name, letters_after_comma, org_and, organisation_evidence,
    noun_sex, owner_of_organisation, party_alone, party_of, plural_looking, portfolio_end, possessive_title, prefix_side,
    apposition_titles, role_run, role_word_before, title_at, title_conjunct, title_link_the, trailing_parts, weekday_after_name,
)

__all__ = ["NameMention", "find_names", "title_at", "TITLE_MAX_WORDS"]

#: "the prime minister of Poland, Donald Tusk,": the role before a name's comma is at most this many tokens
ROLE_BEFORE_MAX_TOKENS = 8
#: an all-capitals word longer than this is a dateline or an agency slug (ASTANA, KAZINFORM), not a name
SHOUTED_MAX_CHARS = 3


class _Finder:
    """One document's name runs.

    Token texts, lower-cased texts and offsets are read from lists made once per document; the Doc is
    asked only where the lists do not tell (entity labels, the parse, stop words, punctuation).
    """

    def __init__(self, doc: Doc, lexicon: Lexicon, sentences: list[tuple[int, int]], words: list[str],
                 offsets: list[int], lowers: list[str] | None = None, text: str | None = None) -> None:
        self.doc = doc
        self.lexicon = lexicon
        # asked once per Doc: has_annotation scans every token, so asking per name run is quadratic
        self.has_entities = doc.has_annotation("ENT_IOB")
        self.tagged = doc.has_annotation("TAG")
        starts = {s for s, _ in sentences}
        for i in range(1, len(doc)):  # a word right after an opening mark starts a sentence too
            if words[i - 1] in QUOTE_CHARS and offsets[i - 1] + len(words[i - 1]) == offsets[i]:
                starts.add(offsets[i])
        #: offsets of the first words of sentences
        self.first_words = starts
        self.words = words
        self.lowers = lowers if lowers is not None else [w.lower() for w in words]
        self.offsets = offsets
        self.text = text if text is not None else doc.text  # spaCy rebuilds doc.text from Tokens
        #: "of", "Of" ("Bank Of America"), not "OF"; "on" after an organisation word
        links = lexicon.words.name_link | lexicon.words.org_link
        self.link_forms = links | {w.capitalize() for w in links} | lexicon.words.name_particle

    def find(self) -> list[NameMention]:
        out = []
        done, n = 0, len(self.doc)  # done: the first token past the last run read
        headline = headline_tokens(self.words)
        for i in [k for k, w in enumerate(self.words) if w[:1].isupper()]:  # only these can start a run
            if i < done or not self._capital(i):
                continue
            j = i
            while j < n and (self._capital(j) or self._joiner(j) or (j > i and hyphen_tail(self.doc[j]))
                             or org_and(self.words, self.lowers, j, self.lexicon)):
                j += 1  # (a lower-case end after a hyphen: "Ban Ki-moon"; "and" inside "Securities and Exchange Commission")
            while j > i and self._joiner(j - 1):
                j -= 1
            if headline[i] and not headline_name(self.words, i, j, self.lexicon.first_names):
                done = j
                continue
            m = None if role_run(self.words, self.lowers, i, j, self.lexicon) else self._split_run(i, j)
            if m is not None:
                out.append(m)
            done = max(j, i + 1)
        return out

    def _capital(self, i: int) -> bool:
        t = self.words[i]
        if not t[:1].isupper():
            return False
        if t.isupper() and len(t) > SHOUTED_MAX_CHARS and "." not in t and t not in self.lexicon.countries \
                and not acronym_in_prose(self.words, i, self.lexicon):
            return False  # datelines and agency slugs: ASTANA, KAZINFORM (but "said the NAACP", "NATO said": acronyms)
        if self.lowers[i] in self.lexicon.pronouns or (self.offsets[i] in self.first_words and self.doc[i].is_stop) \
                or weekday_after_name(self.words, i, self.lexicon) or possessive_title(self.lowers, i, self.lexicon) \
                or letters_after_comma(self.words, self.lowers, i, self.lexicon) or self._opening_share(i):
            return False
        return t.isalpha() or any(c in t for c in ".-'\u2019&")  # "O’Neill", "AT&T"

    def _opening_share(self, i: int) -> bool:
        """ "Half of respondents said", "Majorities say": a ``share_word`` that opens its sentence before a word in
        lower case is no name (not "Majority Leader Mitch McConnell"), nor is a number in letters there ("Thirty-one
        percent", "Two said"; not "Zero Hedge")."""
        if self.offsets[i] not in self.first_words or i + 1 >= len(self.words) or self.words[i + 1][:1].isupper():
            return False  # ("Zero Hedge")
        return self.lowers[i] in self.lexicon.words.share_word or self.doc[i].like_num and self.words[i].isalpha()

    def _joiner(self, i: int) -> bool:
        """ "-" inside a word, or "of"/"for" between capitalised words: "Secretary of State", "Bank of America";
        "on" after an organisation word: "Commission on Presidential Debates"."""
        words = self.lexicon.words
        links = words.name_link
        if title_link_the(self.words, self.lowers, i, self.lexicon):
            return True  # "Leader of the Opposition Kemi Badenoch"
        if i + 1 >= len(self.doc) or i == 0 or not (self.words[i] == "-" or self.words[i] in self.link_forms):
            return False
        tok = self.doc[i]
        if tok.text == "-" and not self.doc[i - 1].whitespace_ and not tok.whitespace_:
            return True
        prev, nxt = self.doc[i - 1], self.doc[i + 1]
        if tok.text in words.name_particle:  # "Bill de Blasio", "Ursula von der Leyen"
            a, b = i - 1, i + 1
            while a > 0 and i - a < 3 and self.words[a] in words.name_particle:
                a -= 1
            while b < len(self.words) - 1 and b - i < 3 and self.words[b] in words.name_particle:
                b += 1
            return self.words[a][:1].isupper() and self.words[b][:1].isupper()
        if tok.lower_ not in links and not (tok.lower_ in words.org_link and prev.lower_ in words.organisation
                                            and nxt.lower_ not in words.time):
            return False  # (not "The Supreme Court on Friday agreed")
        return prev.text[:1].isupper() and nxt.text[:1].isupper()

    # ------------------------------------------------------------ splitting a run

    def _split_run(self, i: int, j: int) -> NameMention | None:
        opened, whole = self._skip_openers(i, j), j
        parts = Parts(opened, j)
        self._leading(parts)
        self._inner_title(parts)
        parts.k = portfolio_end(self.words, self.lowers, parts, self.lexicon)
        trailing_parts(self.words, self.lowers, parts, self.lexicon)
        doc, lex, words, lowers, offsets = self.doc, self.lexicon, self.words, self.lowers, self.offsets
        if not parts.honorific and title_conjunct(lowers, lex, parts.k, parts.j):
            return None  # "Deputy Prime Minister and Foreign Minister Murat Nurtleu": one person, two titles
        k, j = parts.k, parts.j
        core = [m for m in range(k, j) if words[m] != "-"]  # token indices
        if self._no_name(core, parts):
            return None
        parts.titles.extend(apposition_titles(words, lowers, j, lex))
        self._role_before(i, j, parts)
        if lowers[core[0]] in lex.words.name_link:
            return None
        labels = labels_over(doc, k, j, self.has_entities, self.tagged)
        if labels & NUMERIC_LABELS:
            return None  # "Tuesday", "March": not a speaker
        weak = self._weak(i, j, labels, parts)
        person, org, place, marked = self._evidence(core, labels, parts)
        party = self._role_before_run(i, parts) if person and not org else None
        if not parts.titles and not parts.honorific and self._names_a_work(i, j):
            person, org = False, True  # "In her 2003 book, Living History, Clinton noted": a title, no person
        if org and not person and parts.countries and not parts.titles:
            j, parts.letter_tokens = whole, 0  # "The Washington Post", not "Post"; "Bank of Canada", not "Bank"
            core = [m for m in range(opened, j) if words[m] != "-"]
            parts.countries = []
        if not org and len(core) > 2 and lowers[core[0]] in lex.words.affiliation:
            party = party_of(lowers[core[0]])
            core = core[1:]  # "Democrat Hillary Clinton": the party is no part of the name
        last = j - 1 + parts.letter_tokens
        return NameMention(
            offsets[i], offsets[last] + len(words[last]), offsets[core[0]], self._tokens(core),
            parts.titles, parts.countries, self._gender(core, parts, person and not org), person and not weak, org,
            party, place, offsets[last] + len(words[last]) - offsets[j - 1] - len(words[j - 1]), parts.side,
            marked and not weak,
        )

    def _role_before_run(self, i: int, p: Parts) -> str | None:
        """A lower-case title right before a person's run becomes a title; its party word, the party (``role_word_before``)."""
        found = role_word_before(self.words, self.lowers, i, self.lexicon)
        if found is not None and found[0] not in p.titles:
            p.titles.append(found[0])
        if found is not None and found[2]:
            p.side = (found[0], found[2])
        return None if found is None else found[1]

    def _weak(self, i: int, j: int, labels: set[str], parts: Parts) -> bool:
        """Whether run i..j is no evidence of a person by itself: a lone capitalised first word ("Currently",
        "Okafor"), a whole line, or a modifier of the noun after it."""
        weak = j - i == 1 and not labels and self.offsets[i] in self.first_words
        weak = weak or (not parts.titles and not parts.gender and self._whole_line(i, j))
        return weak or self._modifies_noun(j)

    def _names_a_work(self, i: int, j: int) -> bool:
        """Whether run i..j stands between commas right after a ``work_title`` noun: "her book, Living
        History, …", "the documentary, Hypernormalisation, …" (not "In the book, Clinton said")."""
        lowers = self.lowers
        return i >= 2 and lowers[i - 1] == "," and lowers[i - 2] in self.lexicon.words.work_title \
            and j < len(lowers) and lowers[j] == ","

    def _tokens(self, core: list[int]) -> list[str]:
        """The lower-case words of a name, without leading particles: "De Blasio", "Von der Leyen" are the
        surname of "Bill de Blasio", "Ursula von der Leyen"."""
        tokens = [self.lowers[t] for t in core]
        while len(tokens) > 1 and tokens[0] in self.lexicon.words.name_particle:
            tokens = tokens[1:]
        return tokens

    def _modifies_noun(self, j: int) -> bool:
        """Whether the run ending before token *j* modifies the common noun after it ("the Kent County
        Republican headquarters", "a Donald Trump tweet", "Sinn Féin leader"), so it is no person speaking there."""
        if j >= len(self.doc):
            return False
        if not self.tagged:  # without a parse: a lower-case title or role right after it ("Sinn Féin leader")
            return self.words[j].islower() and title_at(self.lowers, self.lexicon, j, len(self.lowers)) is not None
        last, nxt = self.doc[j - 1], self.doc[j]
        return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= j and nxt.is_lower and nxt.is_alpha \
            and nxt.pos_ == "NOUN"

    def _whole_line(self, i: int, j: int) -> bool:
        """Whether run doc[i:j] is a whole sentence or line by itself ("Article Continued Below.", a
        section label, a headline in title case): page furniture, no evidence of a person."""
        words = self.words
        if self.offsets[i] not in self.first_words:
            return False
        if j < len(words) and words[j] in (".", "!", "?", ":"):
            j += 1
        return j >= len(words) or "\n" in words[j] or self.offsets[j] in self.first_words

    def _no_name(self, core: list[int], parts: Parts) -> bool:
        """Whether what is left of a run after its titles names no one: nothing, a country, a group noun."""
        lex, words = self.lexicon, self.words
        if not core or all(words[t] in lex.countries for t in core):
            return True
        first = self.lowers[core[0]]
        if len(core) == 1 and (first in lex.words.state_abbreviation or first in lex.words.affiliation and not
                               party_alone(self.lowers, core, bool(parts.titles), lex)):
            return True  # "of Bowie, Md.": a state; "The Republican said": a party member, not a surname
        if len(core) <= 4 and PARTY_STATE.match(self.text[self.offsets[core[0]]:self.offsets[core[-1]] + len(words[core[-1]])]):
            return True  # "Paul Ryan, R-Wis., said": the party and state of a US lawmaker
        last = lex.titles.get(self.lowers[core[-1]])
        if len(core) > 1 and last is not None and last.kind == "title" and all(
                self.lowers[t] in lex.words.title_modifier for t in core[:-1]):
            return True  # "The Health Secretary said", "The Finance Minister": a title alone, no name
        if len(core) > 2 and first in lex.titles and lex.titles[first].kind == "group" and lex.titles[first].number == "pl" \
                and self.lowers[core[1]] == "of" and not parts.titles:
            return True  # "Residents of Bondi say", "Members of Parliament said": a group, no name
        # "Officials said", "Police say": a group noun at a sentence start (but "Bank of Canada", below)
        return len(core) == 1 and first in lex.titles and not parts.honorific and not (
            parts.countries and lex.titles[first].kind == "group"
        )

    def _gender(self, core: list[int], parts: Parts, person: bool) -> str | None:
        """The gender the split found (honorific, gendered title), else a first name's (weak evidence:
        "Hillary Clinton" is "she", "Republican Donald Trump" "he")."""
        if parts.gender is not None or len(core) < 2 or not person or self.lowers[core[0]] in self.lexicon.words.surname_first:
            return parts.gender  # ("Li Qiang": a family name first, no US first name)
        names = self.lexicon.first_names
        particles = self.lexicon.words.name_particle  # "Von der Leyen": no first name
        lowers = self.lowers
        return next((names[lowers[t]] for t in core[:-1] if lowers[t] in names and lowers[t] not in particles), None)

    def _evidence(self, core: list[int], labels: set[str], parts: Parts) -> tuple[bool, bool, bool, bool]:
        """(person evidence, organisation evidence, place, marked: not two capitalised words alone) of a name:
        titles, gender, entity labels, words ("Capitol Hill" a place, but "Anita Hill" no: ``place_surname``)."""
        lex, lowers = self.lexicon, self.lowers
        if not (parts.titles or parts.gender) and owner_of_organisation(self.words, lowers, core, lex):
            return False, True, False, False  # "the National People's Congress" (whatever a recogniser says)
        if len(core) > 1 and "_".join(lowers[t] for t in core) in lex.words.place_name:
            return False, False, True, False  # "New York", "Hong Kong", "the West Bank": a place
        person = bool(parts.titles or parts.gender) or any(lab in PERSON_LABELS for lab in labels)
        org = organisation_evidence(self.words, lowers, core, labels, person, bool(parts.titles), lex)
        surname = lowers[core[-1]] in lex.words.place_surname and lowers[core[0]] in lex.first_names
        place = not surname and any(lowers[t] in lex.words.place for t in core)
        plural = plural_looking(lowers[core[-1]]) and lowers[core[0]] not in lex.first_names \
            and role_word_before(self.words, lowers, core[0], lex) is None  # ("Australia skipper Pat Cummins")
        evidence = person or (
            len(core) > 1 and not org and not place and not plural and not labels & set(NONPERSON_LABELS)
        )
        return evidence, org, place and not person, person

    def _skip_openers(self, i: int, j: int) -> int:
        """Past "The" ("The Portvale council") and a first word in -ing or -ly ("Currently Smith …")."""
        lowers, offsets, first = self.lowers, self.offsets, self.first_words
        k = i
        while k < j and lowers[k] in self.lexicon.determiners:
            k += 1
        while k < j - 1 and offsets[k] in first and lowers[k].endswith(("ing", "ly")) \
                and lowers[k] not in self.lexicon.first_names and lowers[j - 1] not in self.lexicon.words.place:
            k += 1  # "Injecting Clinton into …": a first word, not a name (but "Sally Rooney"; "Downing Street")
        words = self.lexicon.words
        while k < j and offsets[k] in first and (
            lowers[k] in words.opener or lowers[k] in words.clause_break or lowers[k] in words.setting_preposition
        ):
            k += 1  # "Unlike Patriot, …", "Having said that": no part of a name
        return self._past_sentence_capital(k, j)

    def _past_sentence_capital(self, k: int, j: int) -> int:
        """Past a first word capitalised only because the sentence starts there: shares ("Shares of Air New
        Zealand"), a fronted cue ("Said Ellis"), a word before a first name ("Rival Hillary Clinton")."""
        lowers, offsets, first, lex = self.lowers, self.offsets, self.first_words, self.lexicon
        if k < j - 2 and offsets[k] in first and lowers[k] in lex.words.shareholding and lowers[k + 1] == "of":
            return k + 2  # "Shares of Air New Zealand fell": the company
        cue = lex.cue_forms.get(lowers[k]) if k < j - 1 and offsets[k] in first else None
        if cue is not None and cue != lowers[k] and lowers[k] not in lex.first_names:
            k += 1  # "Said Ellis: “…”", "Says Corbyn: …": a fronted cue verb ("Hope Hicks" keeps "Hope")
        if k < j - 2 and offsets[k] in first and lowers[k + 1] in lex.first_names \
                and not (lowers[k] in lex.first_names or lowers[k] in lex.titles or self.words[k] in lex.countries
                         or lowers[k] in lex.words.name_particle):
            k += 1  # "Rival Hillary Clinton said": a capital only because the sentence starts there
        return k

    def _leading(self, p: Parts) -> None:
        """Titles, honorifics and countries before the name: "U.S. Secretary of State", "Mr.", "President of Kazakhstan"."""
        lex, words = self.lexicon, self.words
        if (country := country_before(words, p.k, lex)) is not None and title_at(self.lowers, lex, p.k, p.j):
            p.countries.append(country)  # "Japan's Prime Minister Shigeru Ishiba"
        while p.k < p.j:
            if words[p.k] in lex.countries and not p.titles and not given_name(words, self.lowers, p.k, p.j, lex):
                p.countries.append(lex.countries[words[p.k]])
                p.k += 1
                continue
            phrase = title_at(self.lowers, lex, p.k, p.j)
            if phrase is None and self.lowers[p.k] in lex.words.subordinate_rank and title_at(self.lowers, lex, p.k + 1, p.j):
                p.titles.append(self.lowers[p.k])  # "Shadow Treasurer Angus Taylor": titled "shadow" and "treasurer"
                p.k += 1
                continue
            if phrase is None:
                break
            entry = lex.titles[phrase]
            if entry.kind == "honorific":
                p.gender = entry.gender if entry.gender != "any" else p.gender
                p.k += len(phrase.split())
                p.honorific = True
                return  # what follows "Mr." is the name, even a title word: "Mr. King", "Ms. Bishop"
            else:
                p.titles.append(phrase)
                if entry.gender != "any":
                    p.gender = entry.gender
            p.k += len(phrase.split())
            if p.k + 1 < p.j and words[p.k] == "-" and self.lowers[p.k + 1] in lex.words.title_suffix:
                p.k += 2  # "President-elect Donald Trump", "Prime Minister-designate"
            if p.k + 1 < p.j and self.lowers[p.k] == "of" and words[p.k + 1] in lex.countries:
                p.countries.append(lex.countries[words[p.k + 1]])
                p.k += 2

    def _inner_title(self, p: Parts) -> None:
        """ "Defence Minister Karin Holm": a title later in the run makes what precedes it a prefix."""
        for m in range(p.j - 2, p.k - 1, -1):
            phrase = title_at(self.lowers, self.lexicon, m, p.j)
            if phrase is not None and m + len(phrase.split()) < p.j:
                p.titles.append(phrase)
                side = prefix_side(self.words, self.lowers, p.k, m, self.lexicon)
                if side and p.side is None:
                    p.side = (phrase, side)  # "South Carolina Sen. Lindsey Graham": held for South Carolina
                p.k = m + len(phrase.split())
                return

    def _role_before(self, i: int, j: int, p: Parts) -> None:
        """ "The prime minister of Poland, Donald Tusk, met …": a role between a determiner and the comma
        before the name is the name's title, and its "of <country>" or demonym its country."""
        doc, lex = self.doc, self.lexicon
        if i < 3 or doc[i - 1].text != "," or j >= len(doc) or doc[j].text not in (",", ")", "."):
            return
        p.gender = _kin_gender(doc[i - 2].lower_, lex, p.gender)  # "joined by his wife, Anaida."
        k = i - 2
        while k > 0 and i - k <= ROLE_BEFORE_MAX_TOKENS and not doc[k].is_punct and \
                doc[k].lower_ not in lex.determiners and doc[k].lower_ not in lex.possessives \
                and not doc[k].lower_.endswith(POSSESSIVE_S):  # ("… and his deputy, Angela Rayner,")
            k -= 1
        possessor = doc[k].lower_ in POSSESSIVE_S  # "Poland's prime minister, Donald Tusk,"
        if not (doc[k].lower_ in lex.determiners or doc[k].lower_ in lex.possessives or possessor):
            return
        words = doc[k - 1:i - 1] if possessor else doc[k + 1:i - 1]
        p.countries.extend(lex.countries[t.text] for t in words if t.text in lex.countries)  # "Her German counterpart"
        for m in range(len(words)):
            phrase = title_at(self.lowers, lex, words[m].i, i - 1)
            if phrase is None:
                continue
            rest = doc[words[m].i + len(phrase.split()):i - 1]
            if len(rest) == 0 or (len(rest) == 2 and rest[0].lower_ == "of" and rest[1].text in lex.countries):
                p.titles.append(phrase)
            return


def _kin_gender(noun: str, lexicon: Lexicon, known: str | None) -> str | None:
    """*known*, else the sex a noun of kin or family right before a name's comma gives it ("his wife, Anaida",
    "her husband, Kim": ``noun_sex``), else None."""
    return known if known is not None else noun_sex(noun, lexicon)


def find_names(
    doc: Doc, lexicon: Lexicon, sentences: list[tuple[int, int]], words: list[str], offsets: list[int],
    lowers: list[str] | None = None, text: str | None = None,
) -> tuple[list[NameMention], set[int]]:
    """The name runs of *doc* in text order, and the offsets of the words that start a sentence
    (*words*, *offsets*, *lowers*: the token texts, offsets and lower-cased texts; *text*: ``doc.text``)."""
    finder = _Finder(doc, lexicon, sentences, words, offsets, lowers, text)
    return finder.find(), finder.first_words
