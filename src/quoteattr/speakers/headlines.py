"""Headlines in title case: lines whose runs of capitals are mostly no names.

"Chris Christie Calls Hillary Clinton 'A Disgrace' Over Police Shooting Comments" is one run of
capitals to the name finder, and "Wealthy Voters Abandon Republican Party for Hillary Clinton" an
organisation ("Party") that "the poll" would find. A sentence has a lower-case verb ("President
Tokayev received Secretary Blinken in Astana"), a headline in title case has none. In such a line a
run is a name only as a label before a colon ("Pat Caddell: …") or as a few words from a first name.
"""

from __future__ import annotations

from typing import Collection, Sequence

__all__ = ["HEADLINE_MIN_WORDS", "HEADLINE_NAME_MAX_WORDS", "SMALL_WORDS", "TOPIC_WORDS", "headline_tokens", "headline_name"]

#: a line of at least this many words, every one capitalised but ``SMALL_WORDS``, is a headline in title case
HEADLINE_MIN_WORDS = 4
#: ... in it, a run of capitals is a name only as a label before a colon or from a first name, this long at most
HEADLINE_NAME_MAX_WORDS = 3
#: a label "NAME on TOPIC:" names its speaker before a topic of at most this many words
TOPIC_WORDS = 4
#: words a headline in title case leaves in lower case
SMALL_WORDS = frozenset("a an the of for and or but in on at to by with from as vs".split())


def headline_tokens(words: Sequence[str]) -> list[bool]:
    """Per token (*words*: the Doc's token texts): does it stand in a line in title case?"""
    n = len(words)
    out = [False] * n
    start = 0
    for i in range(n + 1):
        if i < n and "\n" not in words[i]:
            continue
        line = words[start:i]
        # a word in lower case that is no small word: a sentence (most lines stop at their second word)
        if not any(w[:1].isalpha() and not w[:1].isupper() and w.lower() not in SMALL_WORDS for w in line) and sum(
            1 for w in line if w[:1].isalpha() and w.lower() not in SMALL_WORDS
        ) >= HEADLINE_MIN_WORDS:
            out[start:i] = [True] * (i - start)
        start = i + 1
    return out


def headline_name(words: Sequence[str], i: int, j: int, first_names: Collection[str]) -> bool:
    """Whether run ``words[i:j]`` of a title-case line is a name: a label before a colon ("Pat Caddell:
    …", "Obama on Climate Change: …"), or at most ``HEADLINE_NAME_MAX_WORDS`` words from a first name ("Chris
    Christie"), not "Wealthy Voters Abandon Republican Party" or "Gap Goes On"."""
    if j < len(words) and words[j] == ":":
        return True
    if i == 0 or words[i - 1] == "\n" or "\n" in words[i - 1]:  # (a line's first run, before "on TOPIC:")
        after = words[j:j + TOPIC_WORDS + 2]
        if after[:1] == ["on"] and ":" in after[2:]:
            return j - i <= HEADLINE_NAME_MAX_WORDS
    return j - i <= HEADLINE_NAME_MAX_WORDS and words[i].lower() in first_names
