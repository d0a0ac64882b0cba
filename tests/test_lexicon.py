"""Word lists as data: inflection, the default lexicon, extending it, reading it from a folder."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from spacy.language import Language

from quoteattr import LexiconError, attribute
from quoteattr.lexicon import CUE_CLASSES, Lexicon, inflect

DATA_FILES = (
    "cues.tsv", "nominal_cues.tsv", "titles.tsv", "demonyms.tsv", "pronouns.tsv", "abbreviations.txt", "word_lists.tsv",
    "first_names.tsv",
)


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("say", ("say", "says", "sayed", "saying")),  # irregulars come from the data file, not inflect()
        ("note", ("note", "notes", "noted", "noting")),
        ("stress", ("stress", "stresses", "stressed", "stressing")),
        ("deny", ("deny", "denies", "denied", "denying")),
        ("stay", ("stay", "stays", "stayed", "staying")),
        ("emphasise", ("emphasise", "emphasises", "emphasised", "emphasising")),
        ("point out", ("point out", "points out", "pointed out", "pointing out")),
        ("go on to say", ("go on to say", "goes on to say", "goed on to say", "going on to say")),
        ("vouch", ("vouch", "vouches", "vouched", "vouching")),
    ],
)
def test_inflect(lemma: str, forms: tuple[str, ...]) -> None:
    assert inflect(lemma) == forms


def test_default_is_cached_and_holds_the_core_lists() -> None:
    lex = Lexicon.default()
    assert lex is Lexicon.default()
    for lemma, cls in [("say", "neutral"), ("insist", "assertive"), ("praise", "evaluative"),
                       ("express", "emotive"), ("announce", "announcing"), ("write", "written"),
                       ("whisper", "manner"), ("emphasize", "assertive"), ("emphasise", "assertive"),
                       ("point out", "neutral")]:
        assert lex.cues[lemma].cls == cls, lemma
        assert lex.cues[lemma].statement
    assert lex.cues["think"].cls == "belief" and not lex.cues["think"].statement
    for form, lemma in [("said", "say"), ("told", "tell"), ("emphasised", "emphasise"), ("pointed out", "point out")]:
        assert lex.cue_forms[form] == lemma
    assert "according to" in lex.nominal_cues and "in {poss} words" in lex.nominal_cues
    assert lex.countries["Kazakh"] == "Kazakhstan" and lex.countries["American"] == "United States"
    assert lex.titles["secretary of state"].kind == "title"
    assert "diplomat" in lex.titles["secretary of state"].families
    assert lex.pronouns["she"].gender == "f" and lex.pronouns["they"].number == "pl"
    assert {"mr", "dr", "gen"} <= lex.abbreviations
    assert all(c.cls in CUE_CLASSES for c in lex.cues.values())


def test_cue_lemma_respects_scope() -> None:
    lex = Lexicon.default()
    assert lex.cue_lemma("said", scope_all=False) == "say"
    assert lex.cue_lemma("thinks", scope_all=False) is None
    assert lex.cue_lemma("thinks", scope_all=True) == "think"
    assert lex.cue_lemma("table", scope_all=True) is None
    assert lex.is_cue_lemma("say", scope_all=False) and not lex.is_cue_lemma("think", scope_all=False)


def test_extend_returns_a_new_lexicon() -> None:
    base = Lexicon.default()
    lex = base.extend(
        cues={"opine": "assertive", "chime in": "neutral"},
        belief_cues={"reckon": "belief"},
        titles={"ombudsman": ["official"]},
        countries={"Freedonia": ["Freedonian"]},
        abbreviations=["Supt."],
    )
    assert "opine" not in base.cues and "opine" in lex.cues
    assert lex.cue_forms["opined"] == "opine" and lex.cue_forms["chimed in"] == "chime in"
    assert lex.cue_lemma("reckons", scope_all=False) is None
    assert lex.cue_lemma("reckons", scope_all=True) == "reckon"
    assert "official" in lex.titles["ombudsman"].families
    assert lex.countries["Freedonian"] == "Freedonia" and lex.countries["Freedonia"] == "Freedonia"
    assert "supt" in lex.abbreviations
    assert lex.cues["say"] == base.cues["say"]


def test_a_cue_scope_outside_the_three_is_refused(tmp_path: Path) -> None:
    copy_default_data(tmp_path)
    path = tmp_path / "cues.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "mutter\tmanner\tsometimes\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="scope 'sometimes'"):
        Lexicon.from_dir(tmp_path)


def test_extend_rejects_an_unknown_class() -> None:
    with pytest.raises(LexiconError, match="not one of"):
        Lexicon.default().extend(cues={"opine": "grumpy"})
    assert issubclass(LexiconError, ValueError)


BOTH = [pytest.param("rules"), pytest.param("trained", marks=pytest.mark.model)]



@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_extended_cue_is_detected_by_attribute(tier: Language) -> None:
    text = "The senator opined that the bill was dead on arrival."
    assert attribute(text, nlp=tier) == []
    (q,) = attribute(text, nlp=tier, lexicon=Lexicon.default().extend(cues={"opine": "assertive"}))
    assert q.kind == "indirect" and q.cue is not None and q.cue.text == "opined"
    assert q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text == "The senator"
    assert "the bill was dead on arrival" in q.content.text


@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_extended_direct_quote_cue(tier: Language) -> None:
    text = "\u201cThe bill is dead on arrival,\u201d the senator quipped."
    lex = Lexicon.default().extend(cues={"quip": "manner"})
    (q,) = attribute(text, nlp=tier, lexicon=lex)
    assert q.kind == "direct" and q.cue is not None and q.cue.text == "quipped"


# ---------------------------------------------------------------- from_dir


def copy_default_data(folder: Path) -> Path:
    data = resources.files("quoteattr") / "data"
    for name in DATA_FILES:
        (folder / name).write_text((data / name).read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_from_dir_reads_a_copy_of_the_default(tmp_path: Path) -> None:
    lex = Lexicon.from_dir(copy_default_data(tmp_path))
    default = Lexicon.default()
    assert dict(lex.cues) == dict(default.cues)
    assert dict(lex.titles) == dict(default.titles)
    assert lex.abbreviations == default.abbreviations


def test_from_dir_with_a_new_cue_row(tmp_path: Path) -> None:
    copy_default_data(tmp_path)
    with (tmp_path / "cues.tsv").open("a", encoding="utf-8") as f:
        f.write("opine\tassertive\tstatement\n")
    lex = Lexicon.from_dir(tmp_path)
    assert lex.cue_forms["opined"] == "opine"


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("cues.tsv", "opine assertive statement\n", "tab-separated"),  # spaces, not tabs
        ("cues.tsv", "opine\tgrumpy\tstatement\n", "not one of"),
        ("titles.tsv", "ombudsman\ttitle\n", "titles.tsv, line"),
        ("pronouns.tsv", "xe\t3\n", "pronouns.tsv, line"),
        ("demonyms.tsv", "Freedonia\n", "demonyms.tsv, line"),
        ("nominal_cues.tsv", "in all fairness\n", "nominal_cues.tsv, line"),
        ("first_names.tsv", "robin\n", "first_names.tsv, line"),
        ("first_names.tsv", "robin\tboth\n", "write m or f"),
    ],
)
def test_from_dir_malformed_file_raises_lexicon_error(tmp_path: Path, name: str, line: str, message: str) -> None:
    copy_default_data(tmp_path)
    with (tmp_path / name).open("a", encoding="utf-8") as f:
        f.write(line)
    with pytest.raises(LexiconError, match=message):
        Lexicon.from_dir(tmp_path)


def test_from_dir_names_the_line(tmp_path: Path) -> None:
    copy_default_data(tmp_path)
    n = len((tmp_path / "cues.tsv").read_text(encoding="utf-8").splitlines())
    with (tmp_path / "cues.tsv").open("a", encoding="utf-8") as f:
        f.write("opine assertive\n")
    with pytest.raises(LexiconError, match=rf"cues\.tsv, line {n + 1}"):
        Lexicon.from_dir(tmp_path)


def test_from_dir_on_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="not a folder"):
        Lexicon.from_dir(tmp_path / "nowhere")


def test_from_dir_on_a_file(tmp_path: Path) -> None:
    path = tmp_path / "cues.tsv"
    path.write_text("say\tneutral\tstatement\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        Lexicon.from_dir(path)


def test_from_dir_missing_file_raises_lexicon_error(tmp_path: Path) -> None:
    copy_default_data(tmp_path)
    (tmp_path / "titles.tsv").unlink()
    with pytest.raises(LexiconError, match="titles.tsv"):
        Lexicon.from_dir(tmp_path)


def test_shipped_data_files_exist() -> None:
    data = resources.files("quoteattr") / "data"
    assert all((data / name).is_file() for name in DATA_FILES)


# ---------------------------------------------------------------- word lists and pronoun cases


def test_word_lists_are_read_from_data() -> None:
    words = Lexicon.default().words
    assert "tell" in words.hearer_verb and "monday" in words.time and "police" in words.organisation


def test_a_folder_without_word_lists_uses_the_shipped_ones(tmp_path: Path) -> None:
    copy_default_data(tmp_path)
    (tmp_path / "word_lists.tsv").unlink()
    assert Lexicon.from_dir(tmp_path).words == Lexicon.default().words


def test_first_names_are_read_from_data_and_hold_only_one_sided_names() -> None:
    names = Lexicon.default().first_names
    assert names["hillary"] == "f" and names["donald"] == "m"
    assert "jordan" not in names and "kim" not in names  # names both sexes hold are no evidence


def test_a_folder_without_first_names_uses_the_shipped_ones(tmp_path: Path) -> None:
    copy_default_data(tmp_path)
    (tmp_path / "first_names.tsv").unlink()
    assert Lexicon.from_dir(tmp_path).first_names == Lexicon.default().first_names


def test_word_lists_name_an_unknown_or_missing_list(tmp_path: Path) -> None:
    copy_default_data(tmp_path)
    path = tmp_path / "word_lists.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "colours\tred green\tnot a list\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="colours"):
        Lexicon.from_dir(tmp_path)
    path.write_text("article\tthe a an\tarticles\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing"):
        Lexicon.from_dir(tmp_path)


def test_speaker_pronouns_and_possessives_come_from_the_pronoun_file(tmp_path: Path) -> None:
    lex = Lexicon.default()
    assert lex.speaker_pronouns == {"i", "we", "he", "she", "it", "they", "each", "both"}
    assert lex.possessives == {"my", "our", "your", "his", "her", "its", "their"}
    copy_default_data(tmp_path)
    path = tmp_path / "pronouns.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "xe\t3\tsg\tany\tsubj\nxyr\t3\tsg\tany\tdet\n", encoding="utf-8")
    custom = Lexicon.from_dir(tmp_path)
    assert "xe" in custom.speaker_pronouns and "xyr" in custom.possessives


def test_quote_character_sets_come_from_the_pairs() -> None:
    from quoteattr.text.marks import CLOSERS, OPENING_CHARS, PAIRS, QUOTE_CHARS, REVERSED, SYMMETRIC

    assert QUOTE_CHARS == {ch for o, cs in PAIRS.items() for m in (o, *cs) for ch in m}
    assert CLOSERS == {"\u00bb", "\u203a"} and SYMMETRIC == {'"', "'", "\u2019"}
    assert REVERSED in PAIRS and REVERSED not in CLOSERS  # ” opens only at a word start
    assert OPENING_CHARS <= QUOTE_CHARS


def test_a_pronoun_added_to_the_file_heads_a_speaker(tmp_path: Path, blank_nlp: Language) -> None:
    copy_default_data(tmp_path)
    path = tmp_path / "pronouns.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "xe\t3\tsg\tany\tsubj\n", encoding="utf-8")
    text = "Later xe said the plan would fail."
    assert not [q for q in attribute(text, nlp=blank_nlp) if q.speaker and q.speaker.mention]
    (q,) = attribute(text, nlp=blank_nlp, lexicon=Lexicon.from_dir(tmp_path))
    assert q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text == "xe"


def test_first_name_table_keeps_only_names_one_sex_holds() -> None:
    from benchmarks.first_names import table

    male = {"john": 3.0, "robin": 0.05, "rare": 0.001}
    female = {"mary": 2.6, "robin": 0.06, "john": 0.01}
    assert table(male, female) == [("john", "m"), ("mary", "f")]  # robin is both; rare is below the floor
