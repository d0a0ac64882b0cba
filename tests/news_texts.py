"""Short news-like texts written for the engine tests (Spark, Dask, batch, Arrow).

Every story, name and place here is made up. Each text exercises a different
shape: direct quotes in several marks, interrupted quotes, reported speech,
"according to", pronouns and titles, a story with no statement at all.
"""

from __future__ import annotations

STORIES: list[str] = [
    "“We kept the cost down,” Mayor Elena Marsh said on Tuesday. The mayor added that work on the "
    "new ferry terminal would start in May.",

    "The council voted 7-2 to close the library on Sundays. “It is a sad day for readers,” said "
    "councillor Priya Raman, who voted against the plan.",

    "“The water is safe to drink,” the city engineer, Tom Okafor, told reporters. “We tested it "
    "twice.”\n\nResidents were not convinced. Margaret Hill, 71, said she would keep buying bottled water.",

    "According to the harbour authority, cargo volumes fell by 12 percent in the third quarter.",

    "Police Chief Daniel Ortiz said that patrols in the old town would double over the holidays. He "
    "warned that parking rules would be enforced “without exception.”",

    "Rain is expected across the region on Friday, with clearer skies by Sunday afternoon.",

    "“This budget,” the finance minister said, “protects the families who need it most.” Opposition "
    "leader Ruth Adebayo called it \"a list of promises nobody will keep.\"",

    "Farmers in the valley say the drought has cut their harvest in half. \"We have never seen it this "
    "dry,\" said Jonas Weber, who grows apples near the river. Weber said he had lost three rows of trees.",

    "The school board confirmed on Monday that classes would resume next week. Superintendent Laura "
    "Chen said the repairs to the gym roof were finished ahead of schedule.",

    "«Nous resterons ouverts», the shop owner, Claire Dubois, said in French. She told the local paper "
    "that rents had risen for the third year running.",

    "Health officials reported 40 new cases of the flu this week. “Get your shot now,” urged Dr. Samuel "
    "Lee, the county's health director. Lee said clinics would stay open late on Thursdays.",

    "The bridge will reopen on March 3, the transport department said in a statement. A spokesman said "
    "the delay was caused by a shortage of steel.",

    "“I did not see the ball,” the goalkeeper admitted after the match. Coach Ana Silva said the team "
    "would learn from the defeat.\n\n“We go again on Saturday,” she said.",

    "Two men were arrested after a break-in at the hardware store on Elm Street, police said. Nobody "
    "was hurt.",

    "Senator Mark Bellamy said the bill would lower prices. Critics disagreed. “It will do the "
    "opposite,” said economist Hana Sato of the Riverside Institute.",

    "‘We are not leaving,’ said Fatima Noor, who has run the bakery for twenty years. Her landlord "
    "declined to comment.",

    "The museum's new wing opens to the public on Saturday. Its director, Paul Mercer, said it would "
    "double the space for the permanent collection. “It has taken us ten years,” he said.",

    "Union leader Grace Mwangi told a rally that workers would strike if talks failed. The company "
    "said it remained “open to a fair deal.”",

    "“Prices will keep rising until the winter,” warned analyst Omar Haddad. He said fuel costs were "
    "the main reason.",

    "The lake froze over for the first time in a decade. Skaters came from three towns to see it.",

    "Fire Chief Helen Brooks said the blaze started in the kitchen. “The alarm saved their lives,” "
    "Brooks said. She urged residents to test their alarms every month.",

    "A spokeswoman for the airline, Maria Gomez, said flights would resume on Wednesday. “We apologise "
    "to every passenger,” she said.",
]


def documents(count: int = 24) -> list[tuple[int, str]]:
    """``(doc_id, text)`` pairs: the stories in order, then pairs of them run together."""
    docs = list(enumerate(STORIES))
    k = 0
    while len(docs) < count:
        a, b = STORIES[k % len(STORIES)], STORIES[(k + 5) % len(STORIES)]
        docs.append((len(docs), f"{a}\n\n{b}"))
        k += 1
    return docs[:count]
