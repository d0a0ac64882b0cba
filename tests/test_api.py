"""The Python doors: ``attribute``, ``analyze``, their streaming forms, ``analyze_doc``, ``load_model``.

Hostile inputs (every non-``str`` type, odd strings) are in ``test_hostile.py``;
here: the contract of each door and its options.
"""

from __future__ import annotations

import types

import pytest
import spacy
from spacy.language import Language

import quoteattr
from quoteattr import (
    Analysis,
    InputTypeError,
    Lexicon,
    ModelError,
    OptionError,
    Quote,
    analyze,
    analyze_doc,
    analyze_many,
    attribute,
    attribute_many,
    load_model,
)

TEXT = (
    "Antony J. Blinken arrived in Astana on Monday.\n\n"
    "\u201cWe will,\u201d he said, \u201cwin.\u201d\n\n"
    "The minister said that taxes would fall."
)
TEXTS = [TEXT, "", "No statements here.", "\u201cThe talks were constructive,\u201d Smith said."]

BOTH = [pytest.param("rules"), pytest.param("trained", marks=pytest.mark.model)]



def test_public_names() -> None:
    for name in quoteattr.__all__:
        assert hasattr(quoteattr, name), name


@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_attribute_returns_quotes_in_text_order(tier: Language) -> None:
    quotes = attribute(TEXT, nlp=tier)
    assert isinstance(quotes, list) and all(isinstance(q, Quote) for q in quotes)
    assert [q.cue.text for q in quotes if q.cue] == ["said", "said"]
    assert [q.content.start for q in quotes] == sorted(q.content.start for q in quotes)


@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_analyze_matches_attribute(tier: Language) -> None:
    analysis = analyze(TEXT, nlp=tier)
    assert isinstance(analysis, Analysis)
    assert list(analysis.quotes) == attribute(TEXT, nlp=tier)
    assert "Antony J. Blinken" in [p.name for p in analysis.people]


@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_streaming_doors_match_the_single_ones(tier: Language) -> None:
    many = attribute_many(TEXTS, nlp=tier, batch_size=2)
    assert isinstance(many, types.GeneratorType)
    assert list(many) == [attribute(t, nlp=tier) for t in TEXTS]
    assert list(analyze_many(iter(TEXTS), nlp=tier, batch_size=3)) == [analyze(t, nlp=tier) for t in TEXTS]


@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_streaming_doors_pass_options_through(tier: Language) -> None:
    texts = ["The film \u201cBorat\u201d was released in 2006.", "Trump thinks the election was stolen."]
    assert list(attribute_many(texts, nlp=tier)) == [[], []]
    kept, beliefs = attribute_many(texts, nlp=tier, keep_scare_quotes=True, scope="all")
    assert len(kept) == 1 and len(beliefs) == 1


@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_analyze_doc_matches_analyze(tier: Language) -> None:
    assert analyze_doc(tier(TEXT)) == analyze(TEXT, nlp=tier)
    text = "Trump thinks the election was stolen."
    assert analyze_doc(tier(text)).quotes == ()
    assert len(analyze_doc(tier(text), scope="all").quotes) == 1


def test_analyze_doc_takes_a_doc(blank_nlp: Language) -> None:
    with pytest.raises(InputTypeError, match="analyze_doc"):
        analyze_doc(TEXT)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, b"Smith said.", 7, ["Smith said."]], ids=["None", "bytes", "int", "list"])
def test_non_str_is_an_input_type_error(blank_nlp: Language, value: object) -> None:
    with pytest.raises(InputTypeError) as caught:
        attribute(value, nlp=blank_nlp)  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError)
    assert type(value).__name__ in str(caught.value)


@pytest.mark.parametrize("scope", ["everything", "", "Statements", None])
def test_bad_scope_is_an_option_error(blank_nlp: Language, scope: object) -> None:
    with pytest.raises(OptionError, match="scope") as caught:
        attribute(TEXT, nlp=blank_nlp, scope=scope)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)
    with pytest.raises(OptionError, match="scope"):
        analyze(TEXT, nlp=blank_nlp, scope=scope)  # type: ignore[arg-type]
    with pytest.raises(OptionError, match="scope"):
        list(attribute_many([TEXT], nlp=blank_nlp, scope=scope))  # type: ignore[arg-type]
    with pytest.raises(OptionError, match="scope"):
        analyze_doc(blank_nlp(TEXT), scope=scope)  # type: ignore[arg-type]


def test_bad_lexicon_is_an_option_error(blank_nlp: Language) -> None:
    with pytest.raises(OptionError, match="Lexicon"):
        attribute(TEXT, nlp=blank_nlp, lexicon={"opine": "assertive"})  # type: ignore[arg-type]


def test_scope_all_is_a_superset(blank_nlp: Language) -> None:
    text = TEXT + " Trump thinks the election was stolen."
    default = attribute(text, nlp=blank_nlp)
    wide = attribute(text, nlp=blank_nlp, scope="all")
    assert set(default) < set(wide)


def test_lexicon_option(blank_nlp: Language) -> None:
    text = "The senator opined that the bill was dead."
    assert attribute(text, nlp=blank_nlp) == []
    assert len(attribute(text, nlp=blank_nlp, lexicon=Lexicon.default().extend(cues={"opine": "assertive"}))) == 1


def test_load_model_rules_only_is_a_blank_pipeline() -> None:
    nlp = load_model(rules_only=True)
    assert isinstance(nlp, Language) and nlp.lang == "en"
    assert nlp.pipe_names == []
    assert "quoteattr" not in nlp.pipe_names


def test_load_model_unknown_name_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="rules_only") as caught:
        load_model("en_core_web_does_not_exist")
    assert isinstance(caught.value, ValueError)


@pytest.mark.model
def test_load_model_picks_the_installed_trained_pipeline(trained_nlp: Language) -> None:
    nlp = load_model()
    assert "parser" in nlp.pipe_names and "quoteattr" not in nlp.pipe_names
    assert nlp.meta["name"] == trained_nlp.meta["name"]


@pytest.mark.model
def test_default_nlp_is_the_trained_tier(trained_nlp: Language) -> None:
    assert attribute(TEXT) == attribute(TEXT, nlp=trained_nlp)


def test_pipeline_with_the_component_still_works_as_nlp(blank_nlp: Language) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    assert attribute(TEXT, nlp=nlp) == attribute(TEXT, nlp=blank_nlp)
