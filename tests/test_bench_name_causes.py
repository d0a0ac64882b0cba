"""The causes of wrong names, on hand-made outcomes."""

from __future__ import annotations

import pytest

import bench_path  # noqa: F401
from benchmarks.name_causes import Context, cause, contexts
from benchmarks.names import LayerRow, NameScores, Outcome


def outcome(source: str, mention_type: str, canonical: str, predicted: str | None, mention: str | None,
            on_source: bool = True, kind: str = "person") -> Outcome:
    row = LayerRow("a", "x", "E1", 0, len(source), source, "all", mention_type, kind if canonical else "", canonical)
    return Outcome(row, True, predicted, mention, False, on_source)


CTX = Context(frozenset({"hillary clinton", "bill clinton", "donald trump", "brian fallon"}),
              {"hillary clinton": frozenset("f"), "bill clinton": frozenset("m"), "donald trump": frozenset("m")})


@pytest.mark.parametrize("o, expected", [
    (outcome("he", "pronoun", "Donald Trump", None, None, on_source=False), "0a"),
    (outcome("he", "pronoun", "Donald Trump", None, "that", on_source=False), "0b"),
    (outcome("Trump", "name", "Donald Trump", "Mary J. Blige", "Blige", on_source=False), "0c"),
    (outcome("the NAACP", "name", "NAACP", None, "the NAACP", kind="organisation"), "1 "),
    (outcome("he", "pronoun", "Donald Trump", None, "he"), "2a"),
    (outcome("He", "pronoun", "Donald Trump", "Kent County Republican", "He"), "2b"),
    (outcome("she", "pronoun", "Hillary Clinton", "Brian Fallon", "she"), "3/7b"),
    (outcome("The Trump campaign", "name", "the Trump campaign", "Donald Trump", "The Trump campaign",
             kind="organisation"), "4 "),
    (outcome("The New York businessman", "role", "Donald Trump", "New York", "The New York businessman"), "4 "),
    (outcome("She", "pronoun", "Hillary Clinton", "Bill Clinton", "She"), "5 "),
    (outcome("Obama", "name", "Barack Obama", "Obama Seeks More Muslim Refugees As", "He"), "6 "),
    (outcome("PENCE", "name", "Mike Pence", None, "PENCE"), "6 transcript"),
    (outcome("the mayor", "title", "Bill de Blasio", None, "the mayor"), "7a"),
    (outcome("Republicans", "none", "", "Oversight Committee Republicans", "Republicans"), "8 "),
    (outcome("the mayor", "title", "Bill de Blasio", "Bill", "the mayor"), "9 "),
    (outcome("Trump", "name", "Donald Trump", "Post Trump", "Trump"), "9 "),
])
def test_cause(o: Outcome, expected: str) -> None:
    assert cause(o, CTX).startswith(expected)


def test_contexts_take_gender_from_pronoun_rows_and_the_people_file() -> None:
    rows = [LayerRow("a", "x", "E1", 0, 2, "he", "all", "pronoun", "person", "Ted Cruz"),
            LayerRow("a", "x", "E2", 5, 9, "Cruz", "sample", "name", "person", "Ted Cruz")]
    ctx = contexts(rows, {"a": {"Heidi Cruz": "f"}})["a"]
    assert ctx.persons == {"ted cruz", "heidi cruz"}
    assert ctx.genders == {"ted cruz": frozenset("m"), "heidi cruz": frozenset("f")}


def test_right_rows_have_no_cause() -> None:
    from benchmarks.name_causes import causes

    right = Outcome(LayerRow("a", "x", "E1", 0, 2, "he", "all", "pronoun", "person", "Al Gore"), True, "Al Gore",
                    "he", True, True)
    missed = Outcome(LayerRow("a", "x", "E2", 0, 2, "he", "all", "pronoun", "person", "Al Gore"), False)
    assert sum(causes(NameScores("t", [right, missed]), []).values()) == 0
