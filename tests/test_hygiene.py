"""Issue 17's findings, one row each: the input clean-up every door shares, and
errors that are quoteattr's own.

The same text through ``attribute()`` and through the component must give the
same statements; no row asserts a time (see test_growth.py for the one
generous bound).
"""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.language import Language

import quoteattr
from quoteattr import Quote, analyze, analyze_doc, attribute, attribute_many, render_html
from quoteattr.errors import InputTypeError, ModelError, OptionError, QuoteattrError, SchemaError
from quoteattr.hygiene import LONGEST_WORD, NOISE_RUN, GuardedTokenizer, clean_text, guard_tokenizer
from test_properties import check_no_overlap, check_offsets


def _component(nlp_name: str | None = None, **config: object) -> Language:
    nlp = spacy.blank("en") if nlp_name is None else spacy.load(nlp_name)
    nlp.add_pipe("quoteattr", config=config)
    return nlp


@pytest.fixture(scope="module")
def blank_component() -> Language:
    return _component()


@pytest.fixture(scope="module")
def trained_component(trained_nlp: Language) -> Language:
    nlp = spacy.load(trained_nlp.meta["lang"] + "_" + trained_nlp.meta["name"])
    nlp.add_pipe("quoteattr")
    return nlp


# --- item 1: a speaker mention of whitespace only ----------------------------------

WHITESPACE_MENTIONS = [
    "According to\t, we will win.",
    "According to \u00a0, x.",
    "It is fair, according to  .",
    "The plan, as  put it, is fair.",
    "according to  ,'",
    "According to \u3000\u2009, we will win.",
    "According to <b></b>, we will win.",
]


@pytest.mark.parametrize("text", WHITESPACE_MENTIONS)
def test_a_whitespace_mention_is_no_speaker(blank_nlp: Language, text: str) -> None:
    analysis = analyze(text, nlp=blank_nlp)
    check_offsets(text, analysis)
    check_no_overlap(analysis)
    for q in analysis.quotes:
        assert q.speaker is None or (q.speaker.mention is not None and q.speaker.mention.text.strip())


@pytest.mark.model
@pytest.mark.parametrize("text", WHITESPACE_MENTIONS)
def test_a_whitespace_mention_is_no_speaker_trained(trained_nlp: Language, text: str) -> None:
    check_offsets(text, analyze(text, nlp=trained_nlp))


# --- item 2: a subclass of str ---------------------------------------------------------


class Text(str):
    """A str subclass, as some frameworks hand out (markupsafe.Markup, numpy.str_)."""


def test_a_str_subclass_is_text(blank_nlp: Language) -> None:
    plain = "“We will win,” Smith said."
    expected = attribute(plain, nlp=blank_nlp)
    assert expected
    assert attribute(Text(plain), nlp=blank_nlp) == expected
    assert analyze(Text(plain), nlp=blank_nlp).quotes == tuple(expected)
    assert list(attribute_many([Text(plain)], nlp=blank_nlp)) == [expected]
    assert all(type(q.content.text) is str for q in attribute(Text(plain), nlp=blank_nlp))


# --- items 3 and 9: one clean-up for every door ----------------------------------------

SAME_IN_EVERY_DOOR = [
    pytest.param("\ud800 Ann said yes.", id="lone-surrogate"),
    pytest.param("“We will win,”\udfff Smith said.", id="surrogate-after-quote"),
    pytest.param("<p>“Yes,<br/> we will,” Ann said.</p>", id="markup-br"),
    pytest.param("<p>“Yes,” <b>Ann Lee</b> said.</p><p>“No,” she said.</p>", id="markup-bold-speaker"),
    pytest.param("Ann said.</p> “We will win,” she said.", id="markup-after-cue"),
    pytest.param("“" * 4000 + " “Yes,” Ann said.", id="quote-mark-run"),
    pytest.param("!" * 5000 + " “Yes,” Ann said.", id="bang-run"),
    pytest.param("“Yes,” Ann said. " + "'s" * 3000, id="long-word-of-affixes"),
    pytest.param("=" * 100 + "\n“Yes,” Ann said.\n" + "—" * 100, id="separator-lines"),
]


def _statements(quotes: list[dict]) -> list[tuple]:
    return [(q["kind"], q["content"]["start"], q["content"]["end"], q["content"]["text"],
             q["speaker"] and q["speaker"]["name"]) for q in quotes]


def _check_doors(text: str, nlp: Language, component: Language) -> None:
    through_attribute = [q.to_dict() for q in attribute(text, nlp=nlp)]
    doc = component(text)
    assert _statements(doc._.quotes) == _statements(through_attribute)
    assert doc._.quotes == through_attribute
    check_offsets(text, quoteattr.Analysis(tuple(Quote.from_dict(q) for q in doc._.quotes), ()))
    # analyze_doc on the guarded Doc: the same as the component stored
    assert [q.to_dict() for q in analyze_doc(doc).quotes] == through_attribute


@pytest.mark.parametrize("text", SAME_IN_EVERY_DOOR)
def test_every_door_gives_the_same_statements(blank_nlp: Language, blank_component: Language, text: str) -> None:
    _check_doors(text, blank_nlp, blank_component)


@pytest.mark.model
@pytest.mark.parametrize("text", SAME_IN_EVERY_DOOR)
def test_every_door_gives_the_same_statements_trained(trained_nlp: Language, trained_component: Language,
                                                      text: str) -> None:
    _check_doors(text, trained_nlp, trained_component)


def test_markup_does_not_hide_the_speaker(blank_component: Language) -> None:
    text = "<p>“Yes,” <b>Ann Lee</b> said.</p>"
    (quote,) = blank_component(text)._.quotes
    assert quote["speaker"]["name"] == "Ann Lee"
    assert quote["content"]["text"] == "Yes,"


@pytest.mark.parametrize("mark", list("!([—=*_?$%…:,;#\"“'") + ["US$", "...", "<>"])
def test_punctuation_runs_are_neutralised_in_every_door(blank_nlp: Language, blank_component: Language,
                                                        mark: str) -> None:
    # 100,000 characters of one mark: 9 s for 10,000 "!" before (quadratic in spaCy's
    # tokenizer); no bound asserted here, a quadratic step makes the suite crawl.
    # ("'s" * 50_000 is in SAME_IN_EVERY_DOOR: its apostrophes are quote marks to the engine.)
    text = mark * (100_000 // len(mark)) + " “Yes,” Ann said."
    assert [q.speaker and q.speaker.name for q in attribute(text, nlp=blank_nlp)] == ["Ann"]
    assert [q["speaker"]["name"] for q in blank_component(text)._.quotes] == ["Ann"]


CLEAN_CASES = [
    "", "plain text, nothing to do.", "\ud800\udfff", "<p>a</p>", "a" * 1000, "!" * 31, "!" * 32,
    "“" * 70, "x" + "-" * 40 + "y", "http://example.com/" + "a/b?c=d&" * 60, "<" * 100,
]


@pytest.mark.parametrize("text", CLEAN_CASES)
def test_clean_text_keeps_length_and_is_idempotent(text: str) -> None:
    clean = clean_text(text)
    assert len(clean) == len(text)
    assert clean_text(clean) == clean
    assert max((len(w) for w in clean.split()), default=0) <= LONGEST_WORD
    assert not any("\ud800" <= ch <= "\udfff" for ch in clean)
    for ch_in, ch_out in zip(text, clean):
        assert ch_out == ch_in or ch_out in (" ", "\ufffd")


def test_clean_text_leaves_ordinary_text_alone() -> None:
    text = "“We will win,” Smith said — and (she added) 31% agree: yes!?"
    assert clean_text(text) is text
    assert clean_text("!" * (NOISE_RUN - 1)) == "!" * (NOISE_RUN - 1)
    assert clean_text("!" * NOISE_RUN) == " " * NOISE_RUN


@pytest.mark.parametrize(("text", "kept"), [
    ("LONDON — Chancellor Rachel Hughes said it.", "Chancellor Rachel Hughes said it."),
    ("OTTAWA (Reuters) — The Bank of Canada held rates.", "The Bank of Canada held rates."),
    ("SAN FRANCISCO, Calif. — Mayor London Breed said so.", "Mayor London Breed said so."),
    ("CANBERRA (AAP) - Anthony Albanese said so.", "Anthony Albanese said so."),
    ("Intro.\nWASHINGTON -- Ann Lee said so.", "Ann Lee said so."),
    ("WASHINGTON, Dec 3 (Reuters) - The senator said so.", "The senator said so."),
    ("BEIJING, March 5 (Xinhua) -- Li Qiang said so.", "Li Qiang said so."),
    ("MOSCOW, December 1. /TASS/. Russia is ready, Peskov said.", "Russia is ready, Peskov said."),
    ("NEW DELHI: Narendra Modi said so.", "Narendra Modi said so."),
    ("ISLAMABAD, Dec. 3 (APP): Ishaq Dar said so.", "Ishaq Dar said so."),
    ("ABU DHABI, 3rd December, 2025 (WAM) -- His Highness said so.", "His Highness said so."),
    ("WASHINGTON, Dec. 3, 2025 (Reuters) - The senator said so.", "The senator said so."),
    ("Cape Town - The ANC's Fikile Mbalula said so.", "The ANC's Fikile Mbalula said so."),
    ("Abuja — The minister said so.", "The minister said so."),
    ("Lagos, Nigeria (Reuters) — Bola Tinubu said so.", "Bola Tinubu said so."),
])
def test_a_dateline_is_blanked(text: str, kept: str) -> None:
    clean = clean_text(text)
    assert len(clean) == len(text) and clean.endswith(kept) and clean[: -len(kept)].split() in ([], ["Intro."])


@pytest.mark.parametrize("text", [
    "The vote was close - Smith said it was fair.",  # no capitals before the dash
    "NATO - the alliance - met.",  # no sentence after the dash
    "“Yes — we will,” she said.",
    "Mr. SMITH — who else? — said it.",  # "Mr." is no capital-letter place
    "PENCE: Taxes will rise.\n\nKAINE: That is not true.",  # two labels: a transcript, not a dateline
    "Headline\n" + "x " * 250 + "\nDOHA: Qatar said so.",  # past DATELINE_REACH: left to the transcript rules
    "Mike Pence spoke.\n\nPENCE: The debate will be fine.",  # after a sentence: a lone transcript turn
    "Results were mixed.\nCape Town - The mayor said so.",  # a capitalised place only where it opens the lede
    "Peter Dutton - the Opposition Leader - spoke.",  # no sentence after the dash
])
def test_what_is_no_dateline_stays(text: str) -> None:
    assert clean_text(text) == text


def test_the_component_guards_the_tokenizer_and_keeps_it_serialisable() -> None:
    nlp = _component()
    assert isinstance(nlp.tokenizer, GuardedTokenizer)
    guard_tokenizer(nlp)  # a second call does not wrap twice
    assert not isinstance(nlp.tokenizer.tokenizer, GuardedTokenizer)
    again = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert isinstance(again, GuardedTokenizer)
    assert [t.text for t in again("Ann said.")] == ["Ann", "said", "."]
    reloaded = spacy.blank("en")
    reloaded.add_pipe("quoteattr")
    reloaded.from_bytes(nlp.to_bytes())
    assert isinstance(reloaded.tokenizer, GuardedTokenizer)
    assert reloaded("\ud800 Ann said yes.")._.quotes == nlp("\ud800 Ann said yes.")._.quotes


def test_the_guard_can_be_turned_off() -> None:
    nlp = _component(guard_tokenizer=False)
    assert not isinstance(nlp.tokenizer, GuardedTokenizer)
    assert nlp("“Yes,” Ann said.")._.quotes


# --- item 12: quoteattr's own errors, saying how to fix them -------------------------

def _blank_with(**attrs: object) -> Language:
    nlp = spacy.blank("en")
    for name, value in attrs.items():
        setattr(nlp, name, value)
    return nlp


WRONG_CALLS = [
    pytest.param(lambda nlp: analyze_doc("text"), InputTypeError, ("Doc", "analyze(text)"), id="analyze_doc-str"),
    pytest.param(lambda nlp: attribute("x", nlp="en_core_web_nonexistent"), ModelError,
                 ("en_core_web_nonexistent", "install"), id="nlp-unknown-name"),
    pytest.param(lambda nlp: attribute("x", nlp=42), ModelError, ("spaCy Language", "int"), id="nlp-int"),
    pytest.param(lambda nlp: attribute_many(None, nlp=nlp), InputTypeError, ("iterable", "NoneType"),
                 id="many-None"),
    pytest.param(lambda nlp: attribute_many("a str", nlp=nlp), InputTypeError, ("attribute(text)", "[text]"),
                 id="many-str"),
    pytest.param(lambda nlp: attribute_many(["a"], nlp=nlp, n_process=0), OptionError, ("n_process", "at least 1"),
                 id="n_process-0"),
    pytest.param(lambda nlp: attribute_many(["a"], nlp=nlp, batch_size=0), OptionError, ("batch_size",),
                 id="batch_size-0"),
    pytest.param(lambda nlp: attribute("x", nlp=_blank_with(max_length=0)), ModelError, ("max_length",),
                 id="max_length-0"),
    pytest.param(lambda nlp: Quote.from_dict({}), SchemaError, ("content", "to_dict"), id="from_dict-empty"),
    pytest.param(lambda nlp: quoteattr.Analysis.from_dict({"quotes": [None]}), SchemaError, ("schema",),
                 id="analysis-from_dict-None"),
    pytest.param(lambda nlp: render_html("x", [{"kind": "direct"}]), SchemaError, ("content",),
                 id="render_html-bad-record"),
    pytest.param(lambda nlp: attribute("x", nlp=nlp, keep_scare_quotes="no"), OptionError,
                 ("keep_scare_quotes", "True or False"), id="bool-option-str"),
    pytest.param(lambda nlp: _component(keep_scare_quotes=1), Exception, ("keep_scare_quotes",),
                 id="component-bool-option"),
    pytest.param(lambda nlp: _component(guard_tokenizer="yes"), Exception, ("guard_tokenizer",),
                 id="component-guard-option"),
    pytest.param(lambda nlp: attribute("„Wir gewinnen“, sagte Schmidt.", nlp=spacy.blank("de")), ModelError,
                 ("'de'", "English"), id="german-pipeline"),
    pytest.param(lambda nlp: spacy.blank("de").add_pipe("quoteattr"), Exception, ("'de'", "English"),
                 id="german-component"),
]


@pytest.mark.parametrize(("call", "error", "words"), WRONG_CALLS)
def test_wrong_calls_raise_quoteattrs_own_error(blank_nlp: Language, call, error: type, words: tuple[str, ...]) -> None:
    with pytest.raises(error) as caught:
        call(blank_nlp)
    err = caught.value
    # spaCy's factory wraps nothing: the component's own error comes through (a config
    # validation error is spaCy's, and names the option)
    if error is not Exception:
        assert isinstance(err, QuoteattrError) and isinstance(err, ValueError)
    for word in words:
        assert word in str(err), f"{word!r} missing from {err}"


def test_a_model_name_is_accepted_for_nlp(trained_nlp: Language) -> None:
    name = f"{trained_nlp.meta['lang']}_{trained_nlp.meta['name']}"
    text = "“We will win,” Smith said."
    assert attribute(text, nlp=name) == attribute(text, nlp=trained_nlp)


# --- item 12: a file that is not UTF-8 is told the right conversion ------------------

@pytest.mark.parametrize(("data", "encoding"), [
    pytest.param("“Yes,” Ann said.".encode("utf-16"), "utf-16", id="utf-16-bom"),
    pytest.param("Zoë said yes.".encode("utf-16-le"), "utf-16le", id="utf-16le"),
    pytest.param("Zoë said yes.".encode("utf-16-be"), "utf-16be", id="utf-16be"),
    pytest.param("Ann said yes.".encode("utf-32"), "utf-32", id="utf-32-bom"),
    pytest.param("Zoë said “yes”.".encode("cp1252"), "cp1252", id="cp1252"),
])
def test_a_file_that_is_not_utf8_is_told_its_encoding(tmp_path, capsys, data: bytes, encoding: str) -> None:
    from quoteattr import cli
    from quoteattr.errors import encoding_hint

    assert encoding_hint(data) == f"iconv -f {encoding} -t utf-8"
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    cli.main(["--rules-only", str(path)])
    out, err = capsys.readouterr()
    assert f"iconv -f {encoding} -t utf-8" in out + err
