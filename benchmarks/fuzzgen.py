"""Grammar-based news-like texts, random mutations of them (or of a real article), and a shrinker.

Used by ``python -m benchmarks.fuzz --grammar`` / ``--mutate PATH`` and by the
short fixed-seed run in ``tests/test_fuzz.py``. Everything is drawn from one
``random.Random(seed)``, so a seed names an input exactly.

- :func:`news` writes an article: an optional dateline, paragraphs of direct
  quotes (every kind of quote mark, interrupted, colon- and dash-introduced),
  reported speech, titled people and role nouns, pronouns, transcript turns,
  lists and markup.
- :func:`mutate` applies a few random edits: exotic spaces (no-break,
  ideographic, zero-width, thin) in place of ordinary ones, control
  characters, lone surrogates, quote marks swapped for other kinds, inserted
  dashes, colons, markup, punctuation runs, deleted or doubled slices.
- :func:`shrink` cuts a failing input down to a small one that still fails the
  same way (chunks, then lines, then characters; bounded number of tries).
"""

from __future__ import annotations

import random
from typing import Callable

QUOTE_PAIRS = [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ("‹", "›"), ("「", "」"),
               ("»", "«"), ("‚", "‘")]
FIRST = ["Ann", "Bob", "Maria", "Chen", "Olu", "Jean-Luc", "Zoë", "Mary Ellen", "J.", "Ahmed"]
LAST = ["Smith", "O'Neil", "García", "Nguyen", "van der Berg", "Okafor", "Li", "Müller", "Smith-Jones", "Wu"]
TITLES = ["President", "Sen.", "Gov.", "Dr.", "Chief", "Rep.", "Secretary", "Mayor", ""]
ROLES = ["the president", "the senator", "the spokeswoman", "the company", "officials", "the governor",
         "a spokesman", "the mayor", "police", "the Democratic senator"]
PRONOUNS = ["he", "she", "they", "it", "He", "She", "They"]
CUES = ["said", "says", "told reporters", "added", "wrote", "argued", "claimed", "warned", "tweeted",
        "did not say", "may have said", "insisted", "explained"]
NOMINAL = ["According to", "In the words of", "As", "Per"]
WORDS = ("we will win the vote on Tuesday and the plan is fair but taxes rose by 5% in 2016 as "
         "nobody expected the senate to act on the bill before the election").split()
SPACES = ["\u00a0", "\u3000", "\u200b", "\u2009", "\u202f", "\t", "  ", "\u2028"]
CONTROLS = ["\x00", "\x07", "\x1b", "\x0b", "\x0c", "\x85", "\ufeff", "\u200e", "\u2066"]
DASHES = ["—", "–", "-", "--", "―", "‒"]
MARKUP = ["<p>", "</p>", "<br/>", "<b>", "</b>", '<a href="x">', "</a>", "<tweet/>", "&amp;", "<li>"]
RUNS = ["!", "?", "(", "=", "*", "_", "$", "%", "…", ":", ",", ";", "#", "“", "'", "-", "'s"]
DATELINES = ["WASHINGTON (AP) — ", "LONDON, March 3 (Reuters) - ", "NEW YORK — ", "PARIS: ", "(CNN) "]


def _name(rng: random.Random) -> str:
    title = rng.choice(TITLES)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return f"{title} {name}" if title else name


def _speaker(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.5:
        return _name(rng)
    if roll < 0.75:
        return rng.choice(ROLES)
    return rng.choice(PRONOUNS)


def _words(rng: random.Random, lo: int = 2, hi: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi)))


def _sentence(rng: random.Random) -> str:
    o, c = rng.choice(QUOTE_PAIRS)
    speaker, cue, words = _speaker(rng), rng.choice(CUES), _words(rng)
    forms = [
        lambda: f"{o}{words.capitalize()},{c} {speaker} {cue}.",
        lambda: f"{speaker.capitalize()} {cue}: {o}{words.capitalize()}.{c}",
        lambda: f"{o}{words.capitalize()},{c} {cue} {speaker}, {o}{_words(rng)}.{c}",
        lambda: f"{o}{words.capitalize()}.{c} {rng.choice(DASHES)} {speaker}",
        lambda: f"{speaker.capitalize()} {cue} that {words}.",
        lambda: f"{rng.choice(NOMINAL)} {speaker}, {words}.",
        lambda: f"{words.capitalize()}, {speaker} {cue}.",
        lambda: f"{speaker.capitalize()} {cue} the plan was {o}{_words(rng, 1, 3)}{c} and {words}.",
        lambda: f"{words.capitalize()}.",
        lambda: f"{o}{words}{c}",
    ]
    return rng.choice(forms)()


def news(rng: random.Random, max_paragraphs: int = 8) -> str:
    """A news-like article drawn from *rng*."""
    paragraphs = []
    if rng.random() < 0.3:
        paragraphs.append(_words(rng, 3, 8).title())  # headline
    for i in range(rng.randint(1, max_paragraphs)):
        roll = rng.random()
        if roll < 0.08:
            paragraphs.append(f"{rng.choice(FIRST).upper()}: {_words(rng)}.")  # transcript turn
        elif roll < 0.15:
            paragraphs.append("\n".join(f"{rng.choice(['-', '*', '•', '1.'])} {_sentence(rng)}"
                                        for _ in range(rng.randint(2, 4))))  # a list
        else:
            body = " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))
            if i == 0 and rng.random() < 0.4:
                body = rng.choice(DATELINES) + body
            if rng.random() < 0.1:
                body = f"<p>{body}</p>"
            paragraphs.append(body)
    return rng.choice(["\n\n", "\n", "\r\n\r\n", " "]).join(paragraphs)


def _edit(rng: random.Random, text: str) -> str:
    at = rng.randint(0, len(text))
    kind = rng.randrange(9)
    if kind == 0 and " " in text:  # exotic spaces in place of ordinary ones
        space = rng.choice(SPACES)
        return "".join(space if ch == " " and rng.random() < 0.3 else ch for ch in text)
    if kind == 1:
        return text[:at] + rng.choice(CONTROLS) + text[at:]
    if kind == 2:
        return text[:at] + rng.choice(["\ud800", "\udfff", "\ud83d"]) + text[at:]
    if kind == 3:  # one kind of quote mark for another
        (o1, c1), (o2, c2) = rng.sample(QUOTE_PAIRS, 2)
        return text.replace(o1, o2).replace(c1, c2)
    if kind == 4:
        return text[:at] + rng.choice(DASHES + [":", ": ", " — ", "\n", "\n\n"]) + text[at:]
    if kind == 5:
        return text[:at] + rng.choice(MARKUP) + text[at:]
    if kind == 6:
        run = rng.choice(RUNS)
        return text[:at] + run * rng.choice([3, 40, 300, 2000]) + text[at:]
    if kind == 7:  # delete a slice
        end = min(len(text), at + rng.randint(1, 40))
        return text[:at] + text[end:]
    end = min(len(text), at + rng.randint(1, 80))  # double a slice
    return text[:end] + text[at:end] + text[end:]


def mutate(rng: random.Random, text: str, edits: int | None = None) -> str:
    """*text* after a few random edits (see the module's docstring)."""
    for _ in range(rng.randint(1, 4) if edits is None else edits):
        text = _edit(rng, text)
    return text


def shrink(text: str, fails: Callable[[str], bool], max_tries: int = 2000) -> str:
    """A smaller text on which *fails* still holds: remove chunks, then lines, then characters."""
    tries = 0
    size = max(1, len(text) // 2)
    while size >= 1 and tries < max_tries:
        i = 0
        shrunk = False
        while i < len(text) and tries < max_tries:
            candidate = text[:i] + text[i + size:]
            tries += 1
            if candidate != text and fails(candidate):
                text = candidate
                shrunk = True
            else:
                i += size
        if not shrunk:
            size //= 2
    return text


__all__ = ["news", "mutate", "shrink", "QUOTE_PAIRS"]
