"""Every code example in ``docs/*.md`` runs.

- A ```python block is executed in a fresh namespace.
- A ```console block that runs ``quoteattr`` has each ``$`` line run: a plain
  ``$ quoteattr ...`` through ``quoteattr.cli.main``, anything else (pipes, redirections,
  setup commands) through bash with the venv's ``bin`` first on PATH. Console blocks that
  do not run quoteattr (``pip install ...``) are not run.
- Blocks run in a temporary folder holding a copy of ``examples/``, so relative paths
  in the docs work and nothing is written into the repository.

An HTML comment on the line just before a block adjusts its test:
``<!-- test: model -->`` (needs the trained pipeline; marked ``model``),
``<!-- test: skip -->`` (shown only), ``<!-- test: exit=1 -->`` (expected exit status),
``<!-- test: output -->`` (a console block's shown output must match exactly).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from quoteattr import cli
from quoteattr.models import installed_model

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FENCE = re.compile(r"^([ \t]*)```(\w+)[^\n]*\n(.*?)^\1```[ \t]*$", re.M | re.S)
ANNOTATION = re.compile(r"<!--\s*test:\s*(.*?)\s*-->\s*\n*\Z")
SHELL_CHARS = re.compile(r"[|<>;&]")
QUOTEATTR = re.compile(r"(^|[|&;]\s*)quoteattr\b")


@dataclass(frozen=True)
class Block:
    page: str
    line: int
    lang: str
    code: str
    notes: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{self.page}:{self.line}"

    def note(self, key: str) -> str | None:
        for n in self.notes:
            k, _, v = n.partition("=")
            if k.strip() == key:
                return v.strip() or key
        return None


def blocks() -> list[Block]:
    found = []
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            lang, code = m.group(2), textwrap.dedent(m.group(3))
            before = ANNOTATION.search(text[: m.start()])
            notes = tuple(n.strip() for n in before.group(1).split(",")) if before else ()
            runs_quoteattr = any(QUOTEATTR.search(c) for c, _ in commands(code))
            if lang == "python" or (lang == "console" and runs_quoteattr):
                found.append(Block(page.name, text.count("\n", 0, m.start()) + 1, lang, code, notes))
    return found


def params() -> list[object]:
    out = []
    for b in blocks():
        marks = []
        if b.note("skip"):
            marks.append(pytest.mark.skip(reason=f"{b.id} is shown, not run"))
        if b.note("model"):
            marks.append(pytest.mark.model)
        out.append(pytest.param(b, id=b.id, marks=marks))
    return out


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def commands(code: str) -> list[tuple[str, list[str]]]:
    """``(command, shown output lines)`` for each ``$`` line of a console block."""
    out: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line)
    return out


def run_command(command: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    if SHELL_CHARS.search(command) or not command.startswith("quoteattr "):
        env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
        done = subprocess.run(["bash", "-c", command], capture_output=True, env=env, timeout=300)
        sys.stderr.write(done.stderr.decode("utf-8", "replace"))
        return done.returncode, done.stdout.decode("utf-8")
    argv = shlex.split(command)
    capsys.readouterr()  # drop what earlier commands printed
    code = cli.main(argv[1:])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("block", params())
def test_doc_example_runs(block: Block, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if block.note("model") and installed_model() is None:
        pytest.skip("no trained English spaCy pipeline is installed")
    if block.lang == "python":
        exec(compile(block.code, f"docs/{block.id}", "exec"), {"__name__": "__docs__"})
        return
    expected_exit = int(block.note("exit") or 0)
    for command, shown in commands(block.code):
        code, out = run_command(command, capsys)
        if not QUOTEATTR.search(command):
            assert code == 0, f"{block.id}: `{command}` exited {code}"
            continue
        assert code == expected_exit, f"{block.id}: `{command}` exited {code}"
        if block.note("output"):
            assert out.rstrip("\n").splitlines() == [s.rstrip() for s in shown], f"{block.id}: `{command}`"


def test_every_page_of_the_issue_exists() -> None:
    pages = {"index", "schema", "component", "tiers", "cli", "html", "pipeline", "limitations"}
    assert pages <= {p.stem for p in DOCS.glob("*.md")}


def test_the_docs_have_examples_to_run() -> None:
    assert len(blocks()) >= 10


def test_pipeline_page_names_files_that_exist() -> None:
    text = (DOCS / "pipeline.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z_/]+\.py)`", text))
    assert named
    files = [f.relative_to(ROOT / "src" / "quoteattr").as_posix() for f in (ROOT / "src" / "quoteattr").rglob("*.py")]
    # a bare name ("cues.py", under its stage's heading) or a path ("statements/cues.py") in the package
    missing = sorted(n for n in named if not any(f == n or f.endswith("/" + n) for f in files))
    assert not missing, f"docs/pipeline.md names files that do not exist: {missing}"


def test_links_between_pages_resolve() -> None:
    missing = set()
    for page in DOCS.glob("*.md"):
        for target in re.findall(r"\]\(([^)#:]+\.(?:md|png))(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if not (page.parent / target).exists():
                missing.add(f"{page.name} -> {target}")
    if missing and all(m.endswith("-> benchmarks.md") for m in missing):
        pytest.skip("docs/benchmarks.md (the benchmarks page, written separately) is not there yet")
    assert not missing, f"links to missing pages: {sorted(missing)}"
