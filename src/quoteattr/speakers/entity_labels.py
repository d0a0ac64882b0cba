"""Named-entity labels over a name run, or their stand-in when the pipeline has no recogniser."""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["PERSON_LABELS", "NONPERSON_LABELS", "NUMERIC_LABELS", "labels_over"]

#: named-entity labels that make a run a person
PERSON_LABELS = ("PERSON",)
#: named-entity labels that make a run of several words no person
NONPERSON_LABELS = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "DATE", "MONEY")
#: named-entity labels that make a run no speaker at all: "Tuesday", "March"
NUMERIC_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
#: names that are dates, read as DATE when the pipeline has no named-entity recogniser
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december".split()
)


def labels_over(doc: Doc, k: int, j: int, has_entities: bool, tagged: bool) -> set[str]:
    """Named-entity labels over tokens k..j, or their stand-in when the pipeline has no recogniser.

    quoteattr's own load leaves the recogniser out (``models.EXCLUDED_COMPONENTS``); then a month or
    weekday name is a DATE ("Tuesday", "March"), and capitalisation, titles and honorifics alone say
    what is a name (PolNeAR dev: no accuracy figure moved by more than 0.2 points).
    """
    if has_entities:  # (not a lower-case particle inside the run: "ten" of "Erik ten Hag" is no CARDINAL)
        return {doc[t].ent_type_ for t in range(k, j) if t in (k, j - 1) or not doc[t].is_lower} - {""}
    if not tagged:
        return set()  # the rules tier never had labels; it stays as it was
    return {"DATE"} if any(doc[t].lower_ in _CALENDAR for t in range(k, j)) else set()
