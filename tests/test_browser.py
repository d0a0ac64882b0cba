"""The HTML view in a real browser: headless Chromium renders the page and we assert on its DOM.

Skipped where ``/usr/bin/chromium`` is absent (Debian: ``apt-get install chromium``), except in CI
(``CI`` set, as ``.ci/run`` does, after installing Chromium): there a missing browser FAILS the tests.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from quoteattr import Person, Quote, Span, Speaker, render_html

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [pytest.mark.browser]


@pytest.fixture(autouse=True)
def chromium() -> Path:
    """The browser; a skip on a developer's machine, a failure in CI, when it is missing."""
    if not CHROMIUM.exists():
        message = "headless Chromium (/usr/bin/chromium) is not installed (Debian: apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must run the browser test (.ci/run installs it)")
        pytest.skip(message)
    return CHROMIUM

TEXT = ('Mayor Elena Marsh said the vote was "a turning point."\r\n\r\n'
        '“We listened,” Marsh told reporters. “This is <our> bridge & more.”\n\n'
        '“They’re building a motorway,” he said, warned David Okafor.')

#: Runs in the page after it is rendered and writes what it measured into #qa-result.
CHECK = """
<script>
(function () {
  const original = ORIGINAL;
  const view = document.querySelector('.qa-text');
  const marks = Array.from(view.querySelectorAll('mark'));
  const bg = (el) => getComputedStyle(el).backgroundColor;
  const out = {
    textIsOriginal: view.textContent === original,
    marks: marks.map((m) => ({
      role: m.dataset.role, quote: m.dataset.quote, text: m.textContent,
      offsetsFit: original.slice(+m.dataset.start, +m.dataset.end) === m.textContent,
      background: bg(m), title: m.title,
      label: getComputedStyle(m, '::after').content,
      width: m.getBoundingClientRect().width,
    })),
    speakers: Array.from(document.querySelectorAll('.qa-person .qa-name')).map((e) => e.textContent),
    items: document.querySelectorAll('.qa-person li').length,
    linksResolve: Array.from(document.querySelectorAll('.qa-person a')).every(
      (a) => document.getElementById(a.getAttribute('href').slice(1)) !== null),
    sideIsBeside: document.querySelector('.qa-side').getBoundingClientRect().left
                  > view.getBoundingClientRect().left,
  };
  const pre = document.createElement('pre');
  pre.id = 'qa-result';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def _span(text: str, piece: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece), piece)


def _quotes() -> list[Quote]:
    t = TEXT
    listened, bridge = _span(t, "We listened,"), _span(t, "This is <our> bridge & more.")
    return [
        Quote("mixed", _span(t, 'the vote was "a turning point."'), (), _span(t, "said"),
              Speaker(_span(t, "Elena Marsh"), "Elena Marsh", 0), 0.9),
        Quote("direct", Span(listened.start, bridge.end, t[listened.start:bridge.end]), (listened, bridge),
              _span(t, "told"), Speaker(_span(t, "Marsh", 1), "Elena Marsh", 0), 0.9),
        Quote("direct", _span(t, "They’re building a motorway,"), (), _span(t, "said", 1),
              Speaker(_span(t, "he", 2), "David Okafor", 1), 0.6),
    ]


def dump_dom(page: Path, tmp_path: Path) -> str:
    done = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,900", "--dump-dom", page.as_uri()],
        capture_output=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done.stdout.decode("utf-8")


def measure(html_page: str, original: str, tmp_path: Path) -> dict:
    script = CHECK.replace("ORIGINAL", json.dumps(original).replace("</", "<\\/"))
    page = tmp_path / "view.html"
    page.write_text(html_page.replace("</body>", script + "</body>"), encoding="utf-8")
    found = re.search(r'<pre id="qa-result">(.*?)</pre>', dump_dom(page, tmp_path), re.S)
    assert found, "the check script did not run"
    import html

    return json.loads(html.unescape(found.group(1)))


def test_chromium_shows_the_text_with_marks_colours_and_side_list(tmp_path: Path) -> None:
    quotes = _quotes()
    got = measure(render_html(TEXT, quotes, [Person(1, "David Okafor", ())]), TEXT, tmp_path)
    assert got["textIsOriginal"]
    assert all(m["offsetsFit"] for m in got["marks"])
    assert all(m["width"] > 0 for m in got["marks"])
    roles = {(m["role"], m["text"]) for m in got["marks"]}
    assert {("speaker", "Elena Marsh"), ("cue", "told"), ("content", "This is <our> bridge & more."),
            ("speaker", "he")} <= roles
    content = {m["quote"]: m["background"] for m in got["marks"] if m["role"] == "content"}
    assert content["0"] == content["1"] != content["2"]  # one colour per speaker
    assert all(bg not in ("rgba(0, 0, 0, 0)", "transparent") for bg in content.values())
    cue = next(m for m in got["marks"] if m["role"] == "cue")
    assert cue["background"] == "rgba(0, 0, 0, 0)"  # not the browser's yellow <mark>
    he = next(m for m in got["marks"] if m["text"] == "he")
    assert "David Okafor" in he["title"] and "David Okafor" in he["label"]
    assert got["speakers"] == ["Elena Marsh", "David Okafor"]
    assert got["items"] == 3 and got["linksResolve"] and got["sideIsBeside"]


def test_chromium_shows_an_empty_result(tmp_path: Path) -> None:
    got = measure(render_html(TEXT, []), TEXT, tmp_path)
    assert got["textIsOriginal"] and got["marks"] == [] and got["speakers"] == []
