"""The name-layer scorer on hand-made rows, and the layer file itself (against the corpus when it is here)."""

from __future__ import annotations

from pathlib import Path

import pytest

import bench_path
from benchmarks import names
from benchmarks.gold import GoldDoc, GoldStatement
from benchmarks.names import (
    LAYER, PEOPLE, LayerError, LayerRow, name_right, normalise, people_by_article, person_right, read_layer,
    read_people, score_tier,
)
from benchmarks.score import Prediction


def row(canonical: str, kind: str = "person", mention: str = "pronoun", source: str = "he",
        aliases: tuple[str, ...] = (), article: str = "a", eid: str = "E1") -> LayerRow:
    return LayerRow(article, "x", eid, 0, len(source), source, "all", mention, kind, canonical, aliases)


# --- normalising and comparing names ---------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("Mr. Obama", "obama"),
    ("President Barack Obama", "barack obama"),
    ("Sen. Lindsey Graham (R-S.C.)", "lindsey graham"),
    ("Mrs. Clinton’s", "clinton"),
    ("  Hillary   CLINTON ", "hillary clinton"),
    ("the Rev. Peter Wherry", "peter wherry"),
])
def test_normalise_person(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_normalise_organisation_keeps_its_words() -> None:
    assert normalise("The Republican National Committee", person=False) == "republican national committee"
    rnc, dnc = "Republican National Committee", "Democratic National Committee"
    assert normalise(rnc, person=False) != normalise(dnc, person=False)


@pytest.mark.parametrize("predicted, canonical, others, right", [
    ("Hillary Clinton", "Hillary Clinton", (), True),
    ("Mrs. Clinton", "Hillary Clinton", (), True),               # title stripped, surname unique
    ("Clinton", "Hillary Clinton", ("Bill Clinton",), False),    # two Clintons in the article
    ("Hillary Clinton", "Hillary Clinton", ("Bill Clinton",), True),
    ("Loretta Lynch", "Loretta E. Lynch", (), True),             # middle initial
    ("Biden", "Joseph R. Biden Jr.", (), True),                  # generational suffix
    ("Johnson", "Gary Johnson", ("Jeh Johnson",), False),
    ("Donald", "Donald Trump", (), False),                       # a first name alone is not the person
    ("Bill", "Bill de Blasio", (), False),
    ("Trump", "Donald Trump", ("Donald Trump",), True),          # the person himself is no rival
    ("Melania Trump", "Donald Trump", (), False),
    ("Obama Seeks More Muslim Refugees As", "Barack Obama", (), False),
])
def test_person_rule(predicted: str, canonical: str, others: tuple[str, ...], right: bool) -> None:
    assert person_right(predicted, canonical, others) is right


def test_person_row_with_an_alias() -> None:
    r = row("François Hollande", aliases=("FranÃÂ§ois Hollande",))
    assert name_right(r, "FranÃÂ§ois Hollande")
    assert name_right(r, "Hollande")


@pytest.mark.parametrize("predicted, right", [
    ("the Trump campaign", True),
    ("Trump campaign", True),
    ("Donald Trump's campaign", True),   # an alias
    ("Trump", False),                    # the candidate is not his campaign
    ("Donald Trump", False),
    (None, False),
])
def test_organisation_rule(predicted: str | None, right: bool) -> None:
    r = row("the Trump campaign", kind="organisation", mention="name", source="The Trump campaign",
            aliases=("Donald Trump's campaign",))
    assert name_right(r, predicted) is right


def test_newspaper_is_not_its_last_word() -> None:
    r = row("The Washington Post", kind="organisation", mention="name", source="The Washington Post")
    assert name_right(r, "The Washington Post") and name_right(r, "Washington Post")
    assert not name_right(r, "Post")


def test_group_accepts_listed_forms_only() -> None:
    r = row("Barack Obama and Hillary Clinton", kind="group", source="They", aliases=("Obama and Clinton",))
    assert name_right(r, "Obama and Clinton")
    assert not name_right(r, "Obama")


@pytest.mark.parametrize("predicted, right", [
    (None, True),
    ("", True),
    ("officials", True),            # echoes the mention
    ("Some officials", True),
    ("Donald Trump", False),         # invents a speaker
    ("Central European", False),
])
def test_none_rule(predicted: str | None, right: bool) -> None:
    r = row("", kind="", mention="none", source="some officials")
    assert name_right(r, predicted) is right


def test_people_by_article_splits_groups() -> None:
    rows = [row("Hillary Clinton"), row("Bill Clinton and Al Gore", kind="group", eid="E2"),
            row("the FBI", kind="organisation", eid="E3")]
    assert people_by_article(rows)["a"] == {"Hillary Clinton", "Bill Clinton", "Al Gore"}


def test_extra_people_make_a_surname_ambiguous() -> None:
    rows = [row("Donald Trump")]
    people = people_by_article(rows, {"a": {"Melania Trump"}})
    assert people["a"] == {"Donald Trump", "Melania Trump"}
    assert name_right(rows[0], "Trump", people_by_article(rows)["a"])
    assert not name_right(rows[0], "Trump", people["a"])
    assert name_right(rows[0], "Donald Trump", people["a"])


def test_read_people(tmp_path: Path) -> None:
    path = tmp_path / "people.tsv"
    path.write_text("article\tname\tnote\na\tHeidi Cruz\twife\na\tRafael Cruz\tfather\n", encoding="utf-8")
    assert read_people(path) == {"a": {"Heidi Cruz", "Rafael Cruz"}}
    assert read_people(tmp_path / "absent.tsv") == {}
    path.write_text("who\twhat\n", encoding="utf-8")
    with pytest.raises(LayerError):
        read_people(path)


# --- scoring one document ----------------------------------------------------------------------

TEXT = "Hillary Clinton spoke. “We will win,” she said. Bill Clinton nodded. “It is over,” he added."


def test_score_tier_counts_found_and_right() -> None:
    s1, e1 = TEXT.index("We will win"), TEXT.index("We will win") + len("We will win")
    s2, e2 = TEXT.index("It is over"), TEXT.index("It is over") + len("It is over")
    she, he = TEXT.index("she"), TEXT.index(" he ") + 1
    doc = GoldDoc("a", TEXT, (
        GoldStatement(((s1, e1),), None, ((she, she + 3),)),
        GoldStatement(((s2, e2),), None, ((he, he + 2),)),
    ))
    rows = [
        LayerRow("a", "x", "E1", she, she + 3, "she", "all", "pronoun", "person", "Hillary Clinton"),
        LayerRow("a", "x", "E2", he, he + 2, "he", "all", "pronoun", "person", "Bill Clinton"),
    ]
    ids = {"a": ["E1", "E2"]}
    # the first statement found with a surname that two Clintons share; the second not found at all
    preds = [[Prediction(((s1, e1),), None, ((she, she + 3),), "Clinton")]]
    scores = score_tier("t", rows, [doc], ids, preds)
    assert scores.counts() == (2, 1, 0)
    assert scores.counts("pronoun") == (2, 1, 0)
    # the full name is right
    preds = [[Prediction(((s1, e1),), None, None, "Hillary Clinton"),
              Prediction(((s2, e2),), None, None, "Bill Clinton")]]
    scores = score_tier("t", rows, [doc], ids, preds)
    assert scores.counts() == (2, 2, 2) and scores.accuracy() == 1.0
    assert "100.0% (2/2 found of 2)" in names.table([scores])[2]


# --- the layer file ----------------------------------------------------------------------------


def test_read_layer_rejects_bad_rows(tmp_path: Path) -> None:
    header = "\t".join(names.COLUMNS)
    good = "a\tx\tE1\t0\t2\the\tall\tpronoun\tperson\tAl Gore\t"
    path = tmp_path / "layer.tsv"
    path.write_text(f"{header}\n{good}\n", encoding="utf-8")
    assert read_layer(path)[0].canonical_name == "Al Gore"
    for bad in (good.replace("pronoun", "noun"),                 # unknown mention type
                good.replace("\tperson\t", "\t\t"),              # a name without an entity kind
                good.replace("E1", "T1"),                        # not an attribution (E) id
                good.replace("\t0\t2\t", "\t2\t0\t"),            # reversed offsets
                good + "\textra",                                # a column too many
                f"{good}\n{good}"):                              # the same attribution twice
        path.write_text(f"{header}\n{bad}\n", encoding="utf-8")
        with pytest.raises(LayerError):
            read_layer(path)


def test_layer_file_is_well_formed() -> None:
    rows = read_layer(LAYER)
    assert len(rows) >= 600
    assert {r.mention_type for r in rows} <= set(names.MENTION_TYPES)
    assert all(r.selected in ("all", "sample", "extra") for r in rows)
    assert any(r.canonical_name == "" for r in rows) and any(r.entity_kind == "organisation" for r in rows)


def test_people_file_names_layer_articles() -> None:
    layer_articles = {r.article for r in read_layer(LAYER)}
    people = read_people(PEOPLE)
    assert people and set(people) <= layer_articles


def test_layer_fits_the_corpus() -> None:
    root = bench_path.require_polnear()
    from benchmarks.polnear import read_split

    rows = read_layer(LAYER)
    docs = read_split(root, "dev")
    assert names.check_layer(rows, docs, names.attribution_ids(root, "dev")) == []


def test_score_matches_on_a_statements_only_view() -> None:
    """A view that dropped a statement: its layer row is not found; the others keep their pairing."""
    from dataclasses import replace

    from benchmarks.score import match_doc

    s1, e1 = TEXT.index("We will win"), TEXT.index("We will win") + len("We will win")
    s2, e2 = TEXT.index("It is over"), TEXT.index("It is over") + len("It is over")
    she, he = TEXT.index("she"), TEXT.index(" he ") + 1
    full = GoldDoc("a", TEXT, (GoldStatement(((s1, e1),), None, ((she, she + 3),)),
                               GoldStatement(((s2, e2),), None, ((he, he + 2),))))
    view = replace(full, statements=full.statements[1:])
    rows = [LayerRow("a", "x", "E1", she, she + 3, "she", "all", "pronoun", "person", "Hillary Clinton"),
            LayerRow("a", "x", "E2", he, he + 2, "he", "all", "pronoun", "person", "Bill Clinton")]
    preds = [Prediction(((s1, e1),), None, None, "Hillary Clinton"),
             Prediction(((s2, e2),), None, ((he, he + 2),), "Bill Clinton")]
    scores = names.score_matches("t", rows, [full], {"a": ["E1", "E2"]}, [match_doc(view, preds)])
    assert [(o.row.attribution, o.found, o.right, o.mention_overlaps) for o in scores.outcomes] == [
        ("E1", False, False, False), ("E2", True, True, True)]


def test_section_from_a_benchmark_result() -> None:
    """The hook benchmarks.run uses: the default scope's matches it already made, rendered as markdown."""
    root = bench_path.require_polnear()
    from types import SimpleNamespace

    from benchmarks.evaluation import DEFAULT_ALL, RULES, TRAINED
    from benchmarks.polnear import read_split
    from benchmarks.score import match_doc

    docs = read_split(root, "dev", limit=2)
    quiet = [match_doc(d, []) for d in docs]                      # a system that finds nothing
    result = SimpleNamespace(matches={(TRAINED, DEFAULT_ALL): quiet, (RULES, DEFAULT_ALL): quiet})
    lines = names.section_from_result(result, root)
    assert lines[0].startswith("### Resolved speaker names")
    assert any(line.startswith("| trained | – (0/") for line in lines)
    assert names.section_from_result(SimpleNamespace(matches={}), root) == []


def test_weighted_accuracy_counts_sampled_names_more() -> None:
    sampled = LayerRow("a", "x", "E1", 0, 5, "Trump", "sample", "name", "person", "Donald Trump")
    census = LayerRow("a", "x", "E2", 0, 2, "he", "all", "pronoun", "person", "Donald Trump")
    scores = names.NameScores("t", [names.Outcome(sampled, True, "Donald Trump", "Trump", True, True),
                                    names.Outcome(census, True, None, "he", False, True)])
    assert scores.accuracy() == 0.5
    assert scores.weighted_accuracy() == pytest.approx((1 / names.NAME_SAMPLE) / (1 / names.NAME_SAMPLE + 1))
