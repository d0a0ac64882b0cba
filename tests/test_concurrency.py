"""The same input gives the same output from several threads at once, under
``nlp.pipe(..., n_process=2)``, and after a Doc is serialised and read back."""

from __future__ import annotations

import json
import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from quoteattr import analyze, attribute, attribute_many
from quoteattr.component import quotes_of
from quoteattr.models import installed_model

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = (ROOT / "examples" / "harbour-bridge.txt").read_text(encoding="utf-8")

TEXTS = [
    EXAMPLE,
    "“We will win,” Smith said. “This is not over.”",
    "Mayor Elena Marsh said that the vote was a turning point.",
    "According to officials, the bridge will open in May.",
    "«Nous gagnerons», Jean-Luc Moreau told reporters, „und wir bleiben“, he added.",
    "“Unclosed, she said. ‘Nested “three” deep’,” he wrote.\r\n\r\nThe ferry ran late.",
    "",
    "\x00\u200b“Noise,”\u202e he said.\f",
] + [p for p in EXAMPLE.split("\n\n") if p.strip()]


def _in_threads(nlp: Language, texts: list[str], workers: int = 4) -> list:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda t: analyze(t, nlp=nlp), texts))


def test_four_threads_agree_with_one(blank_nlp: Language) -> None:
    expected = [analyze(t, nlp=blank_nlp) for t in TEXTS]
    assert _in_threads(blank_nlp, TEXTS * 4) == expected * 4


def test_four_threads_on_one_text(blank_nlp: Language) -> None:
    expected = analyze(EXAMPLE, nlp=blank_nlp)
    assert expected.quotes, "the example has statements"
    assert _in_threads(blank_nlp, [EXAMPLE] * 16) == [expected] * 16


@pytest.mark.model
def test_four_threads_agree_with_one_trained(trained_nlp: Language) -> None:
    expected = [analyze(t, nlp=trained_nlp) for t in TEXTS]
    assert _in_threads(trained_nlp, TEXTS * 2) == expected * 2


def _component_quotes(nlp: Language, n_process: int) -> list:
    docs = nlp.pipe(TEXTS, batch_size=4, n_process=n_process)
    return [(doc._.quotes, doc._.people) for doc in docs]


def test_component_under_two_processes() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    one = _component_quotes(nlp, 1)
    assert any(quotes for quotes, _ in one)
    assert _component_quotes(nlp, 2) == one


@pytest.mark.model
def test_component_under_two_processes_trained(trained_nlp: Language) -> None:
    # A fresh copy: the session's pipeline stays without the component.
    nlp = spacy.load(installed_model())
    nlp.add_pipe("quoteattr")
    one = _component_quotes(nlp, 1)
    assert any(quotes for quotes, _ in one)
    assert _component_quotes(nlp, 2) == one


def _as_json(doc) -> str:
    return json.dumps({"quotes": doc._.quotes, "people": doc._.people}, sort_keys=True)


def test_docbin_and_pickle_keep_the_results() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    docs = list(nlp.pipe(TEXTS))
    assert any(doc._.quotes for doc in docs)

    stored = DocBin(store_user_data=True)
    for doc in docs:
        stored.add(doc)
    back = list(DocBin(store_user_data=True).from_bytes(stored.to_bytes()).get_docs(nlp.vocab))
    # msgpack gives lists back as tuples; the data, and so the JSON, is the same.
    assert [_as_json(d) for d in back] == [_as_json(d) for d in docs]
    assert [quotes_of(d) for d in back] == [quotes_of(d) for d in docs]

    for doc in docs:
        copy = pickle.loads(pickle.dumps(doc))
        assert copy.text == doc.text
        assert (copy._.quotes, copy._.people) == (doc._.quotes, doc._.people)


def test_attribute_many_in_two_processes_equals_sequential(blank_nlp: Language) -> None:
    sequential = [attribute(t, nlp=blank_nlp) for t in TEXTS]
    assert list(attribute_many(TEXTS, nlp=blank_nlp, n_process=2, batch_size=3)) == sequential
    assert list(attribute_many(iter(TEXTS), nlp=blank_nlp, n_process=1, batch_size=3)) == sequential
