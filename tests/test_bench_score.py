"""The benchmark scorer on small hand-built inputs."""

from __future__ import annotations

import pytest

import bench_path  # noqa: F401
from benchmarks.gold import GoldDoc, GoldStatement
from benchmarks.score import (
    Prediction, bucket, char_set, classify_kind, evaluate, greedy_match, name_matches, normalize, overlaps,
)
from benchmarks.scope import candidate_lemmas, is_speech_cue, speech_only


def span(text: str, piece: str) -> tuple[int, int]:
    at = text.index(piece)
    return (at, at + len(piece))


def test_normalize_strips_marks_space_and_outer_punctuation() -> None:
    text = 'He said: “We will win,” and left.'
    (s, e), = normalize(text, [span(text, "“We will win,” ")])
    assert text[s:e] == "We will win"


def test_normalize_drops_pieces_that_are_only_punctuation() -> None:
    assert normalize("a “ , ” b", [(2, 7)]) == ()


@pytest.mark.parametrize("content, kind", [
    ("“We will win.”", "direct"),
    ("“We will win”.", "direct"),
    ("«Nous gagnerons»", "direct"),
    ("the deal was “dead on arrival”", "mixed"),
    ("it was 'dead', he said", "mixed"),
    ("Clinton’s team avoided the hospital", "indirect"),
    ("the talks had been productive", "indirect"),
    ("“A,” and “B”", "mixed"),
])
def test_classify_kind(content: str, kind: str) -> None:
    assert classify_kind(content, ((0, len(content)),)) == kind


def test_classify_kind_discontinuous_direct() -> None:
    text = "“We will,” he said, “win.”"
    assert classify_kind(text, (span(text, "“We will,”"), span(text, "“win.”"))) == "direct"


def test_greedy_match_is_one_to_one_best_first() -> None:
    golds = [frozenset(range(0, 10)), frozenset(range(20, 30))]
    preds = [frozenset(range(0, 4)), frozenset(range(0, 10)), frozenset(range(22, 30))]
    assert greedy_match(golds, preds, 0.3) == {0: 1, 1: 2}
    assert greedy_match(golds, preds, 0.9) == {0: 1}


def test_overlaps_discontinuous() -> None:
    assert overlaps(((0, 3), (10, 12)), ((11, 20),))
    assert not overlaps(((0, 3),), ((3, 5),))
    assert not overlaps(None, ((0, 1),))


@pytest.mark.parametrize("gold, predicted, ok", [
    ("Tomas Brandt", "Tomas Brandt", True),
    ("tomas brandt", "Tomas  Brandt", True),
    ("Brandt", "Tomas Brandt", True),
    ("Tomas Brandt", "Brandt", False),
    ("Tomas Brandt", "Councillor Tomas Brandt", False),
    ("Brandt", None, False),
])
def test_name_matches(gold: str, predicted: str | None, ok: bool) -> None:
    assert name_matches(gold, predicted) is ok


def test_bucket_edges() -> None:
    assert [bucket(x) for x in (0.0, 0.49, 0.5, 0.8, 0.81, 1.0)] == [
        "< 0.5", "< 0.5", "0.5–0.8", "> 0.8", "> 0.8", "> 0.8"]


TEXT = ("“We will win,” Smith said. The mayor said that taxes would rise next year. "
        "Jones thinks the plan will fail.")


def gold_doc() -> GoldDoc:
    t = TEXT
    return GoldDoc("d1", t, (
        GoldStatement((span(t, "“We will win,”"),), (span(t, "said"),), (span(t, "Smith"),), "John Smith"),
        GoldStatement((span(t, "taxes would rise next year"),), (span(t, "said that"),), (span(t, "The mayor"),),
                      "Ann Lee"),
        GoldStatement((span(t, "the plan will fail"),), (span(t, "thinks"),), (span(t, "Jones"),)),
    ))


def test_evaluate_counts() -> None:
    t = TEXT
    preds = [
        # exact (the marks and the comma do not count), right cue, speaker and name
        Prediction((span(t, "We will win"),), (span(t, "said"),), (span(t, "Smith"),), "John Smith", "direct", 0.9),
        # covers 15 of the 23 gold characters (65 %): found at 30 %, not at 80 %; wrong speaker
        Prediction((span(t, "taxes would rise"),), (span(t, "said that"),), (span(t, "Smith said"),), "Smith",
                   "indirect", 0.6),
        # a false alarm
        Prediction((span(t, "The mayor"),), None, None, None, "indirect", 0.2),
    ]
    scores, matches = evaluate([gold_doc()], [preds])
    assert (scores.n_gold, scores.n_pred, scores.exact) == (3, 3, 1)
    assert scores.found == {0.3: 2, 0.8: 1}
    p, r, f = scores.overlap_prf(0.3)
    assert p == pytest.approx(2 / 3) and r == pytest.approx(2 / 3)
    assert (scores.cue_ok, scores.cue_n) == (2, 2)
    assert (scores.speaker_ok, scores.speaker_n) == (1, 2)
    assert (scores.name_ok, scores.name_n) == (1, 2)
    assert scores.by_gold_kind["direct"] == [1, 1, 1, 1]
    assert scores.by_gold_kind["indirect"] == [2, 0, 1, 0]
    assert scores.confidence["> 0.8"] == [1, 1]
    assert scores.confidence["0.5–0.8"] == [1, 0]  # found but wrong speaker: not right
    assert scores.confidence["< 0.5"] == [1, 0]
    gold_chars = len(char_set(t, [s for st in gold_doc().statements for s in st.content]))
    assert scores.chars_gold == gold_chars
    assert scores.chars_inter == len("We will win") + len("taxes would rise")
    assert matches[0].pred_to_gold() == {0: 0, 1: 1}


def test_evaluate_no_predictions() -> None:
    scores, _ = evaluate([gold_doc()], [[]])
    assert scores.overlap_prf(0.3) == (0.0, 0.0, 0.0)
    assert scores.n_gold == 3


def test_evaluate_checks_lengths() -> None:
    with pytest.raises(ValueError):
        evaluate([gold_doc()], [])


@pytest.mark.parametrize("cue, speech", [
    ("said", True), ("has said", True), ("told", True), ("according to", True), (":", True), ("—", True),
    ("in his words", True), ("denied", True), ("admitted", True), ("slammed", True), ("is insisting", True),
    ("her advice was", True), ("as he put it", True), ("tweeted", True),
    ("believes", False), ("shows", False), ("wants", False), ("declined to", False), ("promised", False),
    ("plans", False), ("ruled", False), ("thinks", False), ("put", False),
])
def test_is_speech_cue(cue: str, speech: bool) -> None:
    assert is_speech_cue(cue) is speech


def test_candidate_lemmas_undo_regular_inflection() -> None:
    assert {"deny"} <= candidate_lemmas("denies") and {"admit"} <= candidate_lemmas("admitted")
    assert {"state"} <= candidate_lemmas("stated") and {"note"} <= candidate_lemmas("noting")


def test_the_speech_list_is_not_quoteattrs_lexicon() -> None:
    # the view's gold must not follow quoteattr's word lists: scope.py reads its own frozen file only
    import inspect

    from benchmarks import scope
    source = inspect.getsource(scope)
    assert "from quoteattr" not in source and "import quoteattr" not in source


def test_speech_only_drops_beliefs() -> None:
    (doc,) = speech_only([gold_doc()])
    assert len(doc.statements) == 2


def test_normalize_widens_pieces_cut_inside_a_word() -> None:
    text = "He says neither side will win."
    (s, e), = normalize(text, [(text.index("ays"), text.index(" will"))])
    assert text[s:e] == "says neither side"
