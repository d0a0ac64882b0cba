"""Builds ``benchmarks/data/handset.jsonl``, the project's own hand-annotated set.

Every text below was written for quoteattr (people and places are invented)
to cover one pattern the README promises. Offsets are never typed by hand:
each statement names its content pieces, cue and source as strings, and
:func:`locate` finds them with ``str.find`` (content pieces in order; the cue
nearest the content; the source nearest the cue). Run
``python -m benchmarks.make_handset`` after editing and commit both files.

Conventions (see docs/gold-format.md): content excludes the enclosing quote
marks and the complementizer "that"; an interrupted or multi-paragraph quote
is one statement with several content pieces, and so is a quote that goes on
in the sentences after its cue (“A,” she said. “B.”), as in PolNeAR; a
proposition split by a nominal cue ("The plan is, in his words, “a mess.”")
is one mixed statement with a piece on each side of the cue; ``speaker_name`` is the
speaker's canonical full name (an organisation's name; null for an unnamed
group such as "officials").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .gold import GoldDoc, GoldStatement, write_jsonl

OUT = Path(__file__).resolve().parent / "data" / "handset.jsonl"


@dataclass(frozen=True)
class St:
    content: tuple[str, ...]
    cue: str | None
    source: str | None
    name: str | None
    kind: str


@dataclass(frozen=True)
class Text:
    id: str
    pattern: str
    text: str
    statements: tuple[St, ...] = field(default_factory=tuple)


def s(content: str | tuple[str, ...], cue: str | None, source: str | None, name: str | None, kind: str) -> St:
    return St(content if isinstance(content, tuple) else (content,), cue, source, name, kind)


TEXTS: tuple[Text, ...] = (
    Text("pier-closure", "“…,” she said (pronoun speaker), the quote going on after the cue sentence",
         "Harbour authorities in Port Ellery will close the eastern pier for repairs next month. "
         "Port director Miriam Okafor spoke to reporters on Tuesday.\n\n"
         "“The pier has served this town for ninety years, and now it needs our care,” she said. "
         "“We expect to reopen it before the summer season.”",
         (s(("The pier has served this town for ninety years, and now it needs our care,",
             "We expect to reopen it before the summer season."), "said", "she", "Miriam Okafor", "direct"),)),
    Text("budget-vote", "“…,” said Name (inverted speaker)",
         "The city council approved next year's budget late on Monday after a six-hour debate.\n\n"
         "“This is a budget for families, not for headlines,” said Councillor Tomas Brandt, "
         "who chairs the finance committee.",
         (s("This is a budget for families, not for headlines,", "said", "Councillor Tomas Brandt",
            "Tomas Brandt", "direct"),)),
    Text("dry-spell", "Name said: “…”",
         "Farmers in the Aldmere valley have waited three weeks for rain. Agronomist Leila Haddad said: "
         "“If the dry spell lasts another fortnight, the wheat harvest will be half of last year's.”",
         (s("If the dry spell lasts another fortnight, the wheat harvest will be half of last year's.",
            "said", "Agronomist Leila Haddad", "Leila Haddad", "direct"),)),
    Text("judge-speech", "multi-paragraph quote (first paragraph left open)",
         "“When I started on the bench, the courtroom was a quiet place. Nobody filmed us, and nobody "
         "expected an answer within the hour.\n\n"
         "“Today every ruling is read by thousands before the ink is dry,” retired judge Arthur Pemberton "
         "told the graduating class on Friday.",
         (s(("When I started on the bench, the courtroom was a quiet place. Nobody filmed us, and nobody "
             "expected an answer within the hour.",
             "Today every ruling is read by thousands before the ink is dry,"),
            "told", "retired judge Arthur Pemberton", "Arthur Pemberton", "direct"),)),
    Text("bus-fares", "interrupted quote",
         "“We will not raise fares this year,” transport minister Grace Adeyemi said, “and we will not "
         "cut a single bus route.”",
         (s(("We will not raise fares this year,", "and we will not cut a single bus route."),
            "said", "transport minister Grace Adeyemi", "Grace Adeyemi", "direct"),)),
    Text("dockworkers", "«…» guillemets and “as X put it”",
         "Striking dockworkers gathered outside the port gates at dawn. «We are not asking for luxury, "
         "we are asking for safety,» union leader Pavel Horak told the crowd.\n\n"
         "The new rota is, as Horak put it, «a step in the right direction, but only a step.»",
         (s("We are not asking for luxury, we are asking for safety,", "told", "union leader Pavel Horak",
            "Pavel Horak", "direct"),
          s(("The new rota is", "a step in the right direction, but only a step."), "put it", "Horak",
            "Pavel Horak", "mixed"))),
    Text("museum-hours", "„…“ low-high quotes",
         "„The museum will stay open on Mondays from now on,“ curator Ingrid Solberg said at the "
         "reopening ceremony.",
         (s("The museum will stay open on Mondays from now on,", "said", "curator Ingrid Solberg",
            "Ingrid Solberg", "direct"),)),
    Text("missing-files", "‘…’ single quotes (British style)",
         "Detectives have recovered documents that went missing from the town hall in May. "
         "‘We found the files in a basement archive, sealed in their original boxes,’ police spokesperson "
         "Daniel Mwangi said on Thursday.",
         (s("We found the files in a basement archive, sealed in their original boxes,", "said",
            "police spokesperson Daniel Mwangi", "Daniel Mwangi", "direct"),)),
    Text("school-closure", "straight \"…\" quotes and ‹…› quotes",
         "Parents protested outside Hillcrest Primary on Wednesday. \"Nobody told us the school would "
         "close,\" said parent Hannah Cole.\n\n"
         "Economist Rosa Lindqvist was more cautious. ‹Rents will fall in the spring,› she predicted.",
         (s("Nobody told us the school would close,", "said", "parent Hannah Cole", "Hannah Cole", "direct"),
          s("Rents will fall in the spring,", "predicted", "she", "Rosa Lindqvist", "direct"))),
    Text("deficit", "Name said that … (indirect)",
         "Finance Minister Oleg Varga said that the deficit would shrink to two percent of output next year.",
         (s("the deficit would shrink to two percent of output next year", "said",
            "Finance Minister Oleg Varga", "Oleg Varga", "indirect"),)),
    Text("screening", "“noted the importance of” (nominal content)",
         "Health Minister Amina Yusuf visited three rural clinics this week. She noted the importance "
         "of early cancer screening for farming communities.",
         (s("the importance of early cancer screening for farming communities", "noted", "She",
            "Amina Yusuf", "indirect"),)),
    Text("bridge-rail", "“according to officials” and “according to” an organisation",
         "The Kessel bridge will remain closed until at least March, according to officials. Ticket "
         "prices on the coastal line will rise by ten percent in April, according to the Northern "
         "Rail Authority.",
         (s("The Kessel bridge will remain closed until at least March", "according to", "officials",
            None, "indirect"),
          s("Ticket prices on the coastal line will rise by ten percent in April", "according to",
            "the Northern Rail Authority", "Northern Rail Authority", "indirect"))),
    Text("tram-depot", "“in his words”",
         "Mayor Victor Salas presented plans to turn the old tram depot into a public library. The "
         "building would become, in his words, “a living room for the whole city.”",
         (s(("The building would become", "a living room for the whole city."), "in his words", "his",
            "Victor Salas", "mixed"),)),
    Text("garrison", "“…, the minister said.” (role noun resolves to the named person)",
         "Defence Minister Karin Holm visited the northern garrison on Wednesday. The army will receive "
         "new winter equipment before December, the minister said.",
         (s("The army will receive new winter equipment before December,", "said", "the minister",
            "Karin Holm", "indirect"),)),
    Text("trade-talks", "coordinated cues (said … and added that …)",
         "Trade envoy Samuel Okonkwo returned from Geneva on Sunday. Okonkwo said the talks had been "
         "productive and added that a final agreement could come within weeks.",
         (s("the talks had been productive", "said", "Okonkwo", "Samuel Okonkwo", "indirect"),
          s("a final agreement could come within weeks", "added", "Okonkwo", "Samuel Okonkwo", "indirect"))),
    Text("regional-forum", "participial cue (expressing gratitude) and a demonym role (“the Brazilian leader”)",
         "President Helena Moraes of Brazil opened the regional energy forum in Recife on Monday, "
         "expressing gratitude to the host city for its hospitality. The Brazilian leader said her "
         "government would double its investment in solar power by 2030.",
         (s("gratitude to the host city for its hospitality", "expressing", "President Helena Moraes",
            "Helena Moraes", "indirect"),
          s("her government would double its investment in solar power by 2030", "said",
            "The Brazilian leader", "Helena Moraes", "indirect"))),
    Text("outbreak", "mixed quote (reported speech with a quoted phrase)",
         "Chief medical officer Nadia Farouk briefed the press on the measles outbreak in the east of "
         "the province. Farouk said the outbreak was “contained but not over” and urged parents to "
         "check their children's vaccination records.",
         (s("the outbreak was “contained but not over”", "said", "Farouk", "Nadia Farouk", "mixed"),
          s("parents to check their children's vaccination records", "urged", "Farouk", "Nadia Farouk",
            "indirect"))),
    Text("two-speakers", "two speakers, pronouns resolved by gender; “…,” added Name",
         "Banker Peter Novak and economist Rosa Lindqvist disagreed sharply about interest rates at "
         "Thursday's panel. Novak warned that rates would stay high for at least a year. Lindqvist "
         "disagreed. “The worst of the inflation is already behind us,” she said.\n\n"
         "“Markets have priced in two cuts, and they are wrong,” added Novak.",
         (s("rates would stay high for at least a year", "warned", "Novak", "Peter Novak", "indirect"),
          s("The worst of the inflation is already behind us,", "said", "she", "Rosa Lindqvist", "direct"),
          s("Markets have priced in two cuts, and they are wrong,", "added", "Novak", "Peter Novak",
            "direct"))),
    Text("company-statement", "an organisation as speaker, written cue",
         "Brightwater Energy lost its court case over the Millbrook wind farm on Tuesday. In a statement, "
         "the company said it would appeal the ruling.",
         (s("it would appeal the ruling", "said", "the company", "Brightwater Energy", "indirect"),)),
    Text("diplomat", "“…,” Name told reporters, then “the Canadian diplomat” and a told-that cue",
         "“There is no deal yet, but we are closer than we were a week ago,” Jonas Weber told reporters "
         "in Geneva. The Canadian diplomat told them that negotiators would meet again on Friday.",
         (s("There is no deal yet, but we are closer than we were a week ago,", "told", "Jonas Weber",
            "Jonas Weber", "direct"),
          s("negotiators would meet again on Friday", "told", "The Canadian diplomat", "Jonas Weber",
            "indirect"))),
    Text("no-statements", "no statement at all: a title in quotes, a scare quote, a belief",
         "The film “Silent Harbour” won the audience prize at the Lindau festival. Critics had dismissed "
         "its so-called “happy ending” as a studio decision. Many viewers believe the sequel will be "
         "even better.",
         ()),
    Text("written-cue", "a written cue (wrote in a letter) with a colon quote",
         "Headteacher Ruth Aldana wrote to parents on Friday: “From Monday, mobile phones stay in lockers "
         "during lessons.”",
         (s("From Monday, mobile phones stay in lockers during lessons.", "wrote", "Headteacher Ruth Aldana",
            "Ruth Aldana", "direct"),)),
)


def _nearest(text: str, needle: str, anchor: tuple[int, int]) -> tuple[int, int]:
    """The occurrence of *needle* nearest the span *anchor* (found with str.find)."""
    best, at = None, text.find(needle)
    while at >= 0:
        end = at + len(needle)
        dist = max(anchor[0] - end, at - anchor[1], 0)
        if best is None or dist < best[0]:
            best = (dist, (at, end))
        at = text.find(needle, at + 1)
    if best is None:
        raise ValueError(f"{needle!r} is not in the text")
    return best[1]


def locate(text: str, st: St) -> GoldStatement:
    """Offsets for one statement: content pieces in order, the cue nearest them, the source nearest the cue."""
    pieces, pos = [], 0
    for piece in st.content:
        at = text.find(piece, pos)
        if at < 0:
            raise ValueError(f"content piece {piece!r} not found")
        pieces.append((at, at + len(piece)))
        pos = at + len(piece)
    span = (pieces[0][0], pieces[-1][1])
    cue = _nearest(text, st.cue, span) if st.cue else None
    source = _nearest(text, st.source, cue or span) if st.source else None
    return GoldStatement(tuple(pieces), (cue,) if cue else None, (source,) if source else None, st.name, st.kind)


def build() -> list[GoldDoc]:
    return [GoldDoc(t.id, t.text, tuple(locate(t.text, st) for st in t.statements)) for t in TEXTS]


def main() -> int:
    docs = build()
    write_jsonl(docs, OUT)
    print(f"{len(docs)} texts, {sum(len(d.statements) for d in docs)} statements -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
