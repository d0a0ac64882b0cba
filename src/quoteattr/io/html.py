"""The HTML view: who said what, highlighted in the text, in the manner of spaCy's displaCy.

``render_html(text, quotes)`` returns one self-contained page (inline CSS, no
scripts, no network assets): the text with each statement's content tinted in
its speaker's colour, the cue underlined and the speaker mention boxed, the
resolved name on hover (``title``) and beside a mention that is not the name
itself ("he" → Elena Marsh), and a side list of speakers with their statements.
``page=False`` returns a fragment (with its own ``<style>``) for a notebook cell::

    from IPython.display import HTML
    HTML(render_html(text, attribute(text), page=False))

Overlapping spans are cut at every boundary, so the text inside ``.qa-text``
is exactly *text*, character for character, and every highlighted piece carries
its offsets (``data-start``/``data-end``).
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from ..errors import InputTypeError, OptionError
from ..result import Person, Quote, Span

#: Speaker colours, assigned in order of each speaker's first statement.
PALETTE: tuple[str, ...] = (
    "#1f77b4", "#c62828", "#2e7d32", "#7b1fa2", "#e65100",
    "#00796b", "#6d4c41", "#ad1457", "#3949ab", "#827717",
)
#: The colour of statements whose speaker is unknown.
UNKNOWN_COLOUR = "#757575"

_ROLE_ORDER = {"speaker": 0, "cue": 1, "content": 2}

CSS = """
.qa-doc{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start;font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#222;margin:0 0 2rem 0}
.qa-doc h2{flex-basis:100%;margin:0;font-size:1.1rem;font-weight:600;color:#444;word-break:break-all}
.qa-text{flex:3 1 30rem;min-width:0;white-space:pre-wrap;line-height:2.1;font-size:16px;overflow-wrap:anywhere}
.qa-mark{background:transparent;color:inherit;padding:0.2em 0;border-radius:0.3em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.qa-content{background:var(--qa-l)}
.qa-cue{font-weight:700;text-decoration:underline;text-decoration-color:var(--qa-c);text-decoration-thickness:2px;text-underline-offset:3px}
.qa-speaker{background:var(--qa-m);box-shadow:inset 0 0 0 2px var(--qa-c);padding:0.2em 0.35em;font-weight:600}
.qa-speaker[data-label]::after{content:attr(data-label);font-size:0.72em;font-weight:700;color:#fff;background:var(--qa-c);border-radius:0.3em;padding:0.05em 0.4em;margin-left:0.4em;vertical-align:middle;white-space:nowrap}
.qa-side{flex:1 1 16rem;min-width:14rem;font-size:14px;line-height:1.45;border-left:1px solid #ddd;padding-left:1rem}
.qa-side h3{margin:0 0 0.5rem 0;font-size:1rem}
.qa-legend{margin:0 0 0.8rem 0;color:#555;font-size:12px;line-height:2}
.qa-legend .qa-mark{--qa-c:#555;--qa-l:#eee;--qa-m:#e4e4e4}
.qa-person{margin:0 0 1rem 0}
.qa-person h4{margin:0 0 0.3rem 0;font-size:14px;display:flex;align-items:center;gap:0.4rem}
.qa-swatch{display:inline-block;width:0.9em;height:0.9em;border-radius:0.2em;background:var(--qa-c)}
.qa-count{font-weight:400;color:#666}
.qa-person ol{margin:0;padding-left:1.4rem}
.qa-person li{margin:0 0 0.35rem 0}
.qa-person a{color:inherit;text-decoration:none;border-bottom:2px solid var(--qa-l)}
.qa-person a:hover{border-bottom-color:var(--qa-c)}
.qa-kind,.qa-via{font-size:11px;color:#666;white-space:nowrap}
.qa-none,.qa-error{color:#666;font-style:italic}
.qa-error{color:#b71c1c}
"""


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    role: str  # "content" | "cue" | "speaker"
    quote: int


@dataclass(frozen=True, slots=True)
class _Group:
    """One speaker of the side list and its colour."""

    key: object
    name: str
    colour: str
    quotes: tuple[int, ...]


def _light(colour: str, amount: float) -> str:
    """*colour* mixed with white; *amount* is the share of white."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)


def _style(colour: str) -> str:
    return f"--qa-c:{colour};--qa-l:{_light(colour, 0.82)};--qa-m:{_light(colour, 0.7)}"


_SURROGATE = re.compile("[\ud800-\udfff]")


def _esc(value: object) -> str:
    # A literal CR would be folded into LF by every HTML parser; a character reference is not.
    # A lone surrogate cannot be written as UTF-8: it becomes U+FFFD (one character for one).
    text = _SURROGATE.sub("\ufffd", str(value))
    return html.escape(text, quote=True).replace("\r", "&#13;")


def _as_quotes(quotes: Iterable[Quote | Mapping[str, Any]]) -> list[Quote]:
    out = []
    for q in quotes:
        if isinstance(q, Quote):
            out.append(q)
        elif isinstance(q, Mapping):
            out.append(Quote.from_dict(dict(q)))
        else:
            raise InputTypeError(
                f"render_html() takes quotes as quoteattr.Quote objects or dicts in the documented "
                f"schema (doc._.quotes), but got a {type(q).__name__}."
            )
    return out


def _as_people(people: Iterable[Person | Mapping[str, Any]] | None) -> list[Person]:
    if people is None:
        return []
    return [p if isinstance(p, Person) else Person.from_dict(dict(p)) for p in people]


def _check_span(text: str, span: Span, what: str, index: int) -> None:
    if not (0 <= span.start <= span.end <= len(text)) or text[span.start : span.end] != span.text:
        raise OptionError(
            f"statement {index}'s {what} ({span.start}..{span.end}, {span.text!r}) does not match the "
            f"text given to render_html(): pass the same text the statements were found in."
        )


def _pieces(text: str, quotes: Sequence[Quote]) -> list[_Piece]:
    pieces = []
    for i, q in enumerate(quotes):
        _check_span(text, q.content, "content", i)
        for frag in q.fragments or (q.content,):
            if not (q.content.start <= frag.start <= frag.end <= q.content.end):
                raise OptionError(f"statement {i}'s fragment {frag.start}..{frag.end} lies outside its content.")
            pieces.append(_Piece(frag.start, frag.end, "content", i))
        if q.cue is not None:
            _check_span(text, q.cue, "cue", i)
            pieces.append(_Piece(q.cue.start, q.cue.end, "cue", i))
        if q.speaker is not None and q.speaker.mention is not None:
            _check_span(text, q.speaker.mention, "speaker mention", i)
            pieces.append(_Piece(q.speaker.mention.start, q.speaker.mention.end, "speaker", i))
    return [p for p in pieces if p.end > p.start]


def _speaker_key(q: Quote) -> object:
    if q.speaker is None:
        return None
    if q.speaker.entity is not None:
        return ("entity", q.speaker.entity)
    if q.speaker.name:
        return ("name", q.speaker.name)
    return None


def _groups(quotes: Sequence[Quote], people: Sequence[Person]) -> list[_Group]:
    """Speakers in order of their first statement, each with its colour; unknown speakers last."""
    names = {p.entity: p.name or (p.mentions[0].text if p.mentions else None) for p in people}
    members: dict[object, list[int]] = {}
    for i, q in enumerate(quotes):
        members.setdefault(_speaker_key(q), []).append(i)
    groups = []
    known = [k for k in members if k is not None]
    for n, key in enumerate(known):
        idx = members[key]
        name = next((nm for nm in (quotes[i].speaker_name for i in idx) if nm), None)
        if name is None and isinstance(key, tuple) and key[0] == "entity":
            name = names.get(key[1])  # the person's name, else its first mention
        if name is None:
            speakers = (quotes[i].speaker for i in idx)
            mention = next((s.mention for s in speakers if s is not None and s.mention is not None), None)
            name = mention.text if mention else "Unknown speaker"
        groups.append(_Group(key, name, PALETTE[n % len(PALETTE)], tuple(idx)))
    if None in members:
        groups.append(_Group(None, "Speaker not found", UNKNOWN_COLOUR, tuple(members[None])))
    return groups


def _describe(q: Quote, group: _Group, n: int) -> str:
    bits = [f"statement {n + 1}", q.kind]
    if q.cue is not None:
        bits.append(f"cue: {q.cue.text}")
    bits.append(f"confidence {q.confidence:.2f}")
    if q.flags:
        bits.append("flags: " + ", ".join(q.flags))
    who = group.name if group.key is not None else "speaker not found"
    return f"{who} — " + ", ".join(bits)


def _segments(text: str, pieces: list[_Piece]) -> Iterable[tuple[int, int, list[_Piece]]]:
    """The text cut at every piece boundary, with the pieces covering each cut."""
    bounds = sorted({0, len(text), *(p.start for p in pieces), *(p.end for p in pieces)})
    starts: dict[int, list[_Piece]] = {}
    for p in pieces:
        starts.setdefault(p.start, []).append(p)
    active: list[_Piece] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = [p for p in active if p.end > a] + starts.get(a, [])
        yield a, b, active


def _render_text(text: str, quotes: Sequence[Quote], groups: list[_Group], prefix: str) -> str:
    group_of = {i: g for g in groups for i in g.quotes}
    out = []
    anchored: set[int] = set()
    for a, b, covering in _segments(text, _pieces(text, quotes)):
        chunk = _esc(text[a:b])
        if not covering:
            out.append(chunk)
            continue
        top = min(covering, key=lambda p: (_ROLE_ORDER[p.role], -p.start, p.end))
        q, group = quotes[top.quote], group_of[top.quote]
        numbers = sorted({p.quote for p in covering})
        titles = [_describe(quotes[i], group_of[i], i) for i in numbers]
        attrs = {
            "class": f"qa-mark qa-{top.role}",
            "style": _style(group.colour),
            "title": "\n".join(titles),
            "data-role": top.role,
            "data-quote": " ".join(map(str, numbers)),
            "data-start": str(a),
            "data-end": str(b),
        }
        if group.key is not None:
            attrs["data-speaker"] = group.name
        if top.role == "content" and top.quote not in anchored and top.start == a:
            anchored.add(top.quote)
            attrs = {"id": f"{prefix}-q{top.quote}", **attrs}
        mention = q.speaker.mention if q.speaker else None
        if (top.role == "speaker" and mention is not None and b == mention.end and group.key is not None
                and group.name.casefold() not in mention.text.casefold()):
            attrs["data-label"] = group.name
        attr_text = " ".join(f'{k}="{_esc(v)}"' for k, v in attrs.items())
        out.append(f"<mark {attr_text}>{chunk}</mark>")
    return "".join(out)


def _render_side(quotes: Sequence[Quote], groups: list[_Group], prefix: str) -> str:
    out = ['<aside class="qa-side">', "<h3>Speakers</h3>",
           '<p class="qa-legend"><mark class="qa-mark qa-content">statement</mark> '
           '<mark class="qa-mark qa-cue">cue</mark> '
           '<mark class="qa-mark qa-speaker">speaker</mark></p>']
    if not groups:
        out.append('<p class="qa-none">No statements found.</p>')
    for g in groups:
        entity = f' data-entity="{g.key[1]}"' if isinstance(g.key, tuple) and g.key[0] == "entity" else ""
        count = len(g.quotes)
        out.append(f'<section class="qa-person"{entity} style="{_style(g.colour)}">')
        out.append(f'<h4><span class="qa-swatch"></span><span class="qa-name">{_esc(g.name)}</span>'
                   f'<span class="qa-count">{count} statement{"s" if count != 1 else ""}</span></h4><ol>')
        for i in g.quotes:
            q = quotes[i]
            via = []
            if q.speaker and q.speaker.mention and q.speaker.mention.text != g.name:
                via.append(f"as “{q.speaker.mention.text}”")
            if q.cue:
                via.append(f"cue: {q.cue.text}")
            via_html = f' <span class="qa-via">{_esc("; ".join(via))}</span>' if via else ""
            words = q.text
            out.append(f'<li data-quote="{i}"><a href="#{prefix}-q{i}">{_esc(words)}</a> '
                       f'<span class="qa-kind">{_esc(q.kind)}</span>{via_html}</li>')
        out.append("</ol></section>")
    out.append("</aside>")
    return "".join(out)


def render_fragment(
    text: str,
    quotes: Iterable[Quote | Mapping[str, Any]],
    people: Iterable[Person | Mapping[str, Any]] | None = None,
    *,
    prefix: str,
    heading: str | None = None,
    style: bool = False,
) -> str:
    """One document's view: ``<div class="qa-doc">``, optionally with a heading and the CSS."""
    if not isinstance(text, str):
        raise InputTypeError.for_value(text, where="render_html()")
    qs = _as_quotes(quotes)
    groups = _groups(qs, _as_people(people))
    head = f"<h2>{_esc(heading)}</h2>" if heading is not None else ""
    css = f"<style>{CSS}</style>" if style else ""
    return (f'<div class="qa-doc" id="{_esc(prefix)}">{css}{head}'
            f'<div class="qa-text">{_render_text(text, qs, groups, prefix)}</div>'
            f"{_render_side(qs, groups, prefix)}</div>")


def render_error(heading: str, message: str, *, prefix: str) -> str:
    """The view of a document that could not be analysed."""
    return (f'<div class="qa-doc" id="{_esc(prefix)}"><h2>{_esc(heading)}</h2>'
            f'<p class="qa-error">{_esc(message)}</p></div>')


def page_head(title: str = "quoteattr") -> str:
    """The start of a page (up to and including ``<body>``); :func:`page_tail` closes it."""
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_esc(title)}</title>\n<style>{CSS}\nbody{{margin:2rem;background:#fff}}</style>\n"
            "</head>\n<body>\n")


def page_tail() -> str:
    return "\n</body>\n</html>\n"


def render_html(
    text: str,
    quotes: Iterable[Quote | Mapping[str, Any]],
    people: Iterable[Person | Mapping[str, Any]] | None = None,
    *,
    page: bool = True,
) -> str:
    """Who said what in *text*, as HTML.

    quotes: the statements (``Quote`` objects, or dicts as in ``doc._.quotes``);
        their offsets must be offsets into *text*.
    people: the document's people (optional; names speakers that have none).
    page: a whole self-contained page (default), or a ``<div>`` fragment with
        its own ``<style>`` for a notebook cell.

    >>> from quoteattr import Quote, Span, Speaker
    >>> text = '“Yes,” Ann said.'
    >>> q = Quote("direct", Span(1, 4, "Yes"), (), Span(11, 15, "said"),
    ...           Speaker(Span(7, 10, "Ann"), "Ann", 0), 0.9)
    >>> "Ann" in render_html(text, [q])
    True
    """
    qs = _as_quotes(quotes)
    digest = hashlib.sha1(repr((text, qs)).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    prefix = f"qa-{digest}"
    if not page:
        return render_fragment(text, qs, people, prefix=prefix, style=True)
    return page_head() + render_fragment(text, qs, people, prefix=prefix) + page_tail()


__all__ = ["render_html", "render_fragment", "render_error", "page_head", "page_tail", "PALETTE", "UNKNOWN_COLOUR", "CSS"]
