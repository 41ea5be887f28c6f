"""Relations the text itself states between figures: "dont", "parmi", "sur", "soit"…

Each reader handles one French construction and yields relations; the rules then check
the arithmetic. A reader never decides whether the figures agree: it only says which
figures the sentence relates, and how. One module per family of constructions:

    module          reader                  construction
    --------------  ----------------------  ---------------------------------------------
    parts           link_dont               « 1 374 victimes, dont 153 enfants »
                    link_partitive          « dix-neuf des vingt-quatre prévenus »
                    link_entre              « 17 d'entre elles », « 412 de ces passages »
                    link_sur                « 58 sur 87 », « 1 150 postes sur les 4 800 »
                    link_among              « Parmi les 47 victimes figurent 29 … et 3 »,
                                            « Sur 4 600 inscrits, 2 990 … », « … figurent parmi eux »
                    link_en                 « identifier 362 suspects et d'en arrêter 219 »
    totals          link_others             « … et relaxé les cinq autres »
                    link_breakdown          « 146 concerts : 92 … et 54 … »
                    link_total              « Au total, 9 412 suffrages » after the list
    shares          link_share              « 2 904 …, soit 90 % du total »
                    link_share_of           « représente 13 % des 25 000 hectares »
    changes         link_change             « en hausse de 20 %, de 100 à 120 »
    lists           link_count_list         « trois provinces, Anvers, X et Y »
                    link_count_list_before  « à Paris, Lyon et Nantes : dans ces trois villes »
    durations       link_duration           « pendant onze jours, du 21 juin au 1er juillet »
    restatements    link_restatements       « 1 374 victimes » … « les 1 374 victimes »
                    link_bounds             « plus de 1 100 » … « 1 150 sapeurs-pompiers »
    elliptic        resolve_units           « d'en arrêter 219 » takes the unit of « suspects »,
                                            « Seize blessés ; trois ont été hospitalisés » the group's

Every reader has the signature ``reader(ctx, found) -> Iterator[relation]``, where
``found`` is the list of relations read so far (readers of a later phase look at the
relations of earlier ones).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..claims import sentence_spans
from ..model import Claim
from . import changes, durations, lists, parts, restatements, shares, totals
from .context import Context
from .elliptic import resolve_units
from .model import (
    Attachment,
    Bound,
    Change,
    Compat,
    CountList,
    Cue,
    Duration,
    Evidence,
    NounMatch,
    Relation,
    Restatement,
    Scopes,
    Share,
    Subset,
    Total,
    ties,
)

__all__ = [
    "Attachment",
    "Bound",
    "Change",
    "Compat",
    "CountList",
    "Cue",
    "Duration",
    "Evidence",
    "NounMatch",
    "Relation",
    "Restatement",
    "Scopes",
    "Share",
    "Subset",
    "Total",
    "find_relations",
    "ties",
]

#: Phase one: the constructions that tie a part to its whole. They run before anything
#: else because their wholes give elliptic parts (« d'en arrêter 219 », « dont 5 200 en
#: France ») the unit they lack, and every later reader compares units.
PART_READERS = (
    parts.link_dont,
    parts.link_partitive,
    parts.link_entre,
    parts.link_sur,
    parts.link_among,
    parts.link_en,
)

#: Phase two, on the claims with their units resolved, in this order:
#: « les cinq autres » completes a subset found in phase one; breakdowns come before shares
#: because a share names one of the listed parts (« 142 … et 45 …, soit les trois quarts »)
#: and the whole of the last subset or sum is the share's fallback topic; changes need no
#: other relation; « au total » comes after every subset and sum, whose wholes it must not
#: take for parts; lists and durations relate other kinds of figures; restatements and
#: bounds come last, because they are read only between figures that no stated relation
#: ties. The order also fixes the order of the findings of one rule at one place.
READERS = (
    totals.link_others,
    totals.link_breakdown,
    shares.link_share,
    shares.link_share_of,
    changes.link_change,
    totals.link_total,
    lists.link_count_list,
    lists.link_count_list_before,
    durations.link_duration,
    restatements.link_restatements,
    restatements.link_bounds,
)


def find_relations(
    text: str, doc, claims: Sequence[Claim], line_col, sents: Sequence[tuple[int, int]] | None = None
) -> tuple[list[Claim], list[Relation]]:
    """All relations of a text, and its claims with elliptic units resolved (and one claim
    per counted list)."""
    sents = sents if sents is not None else sentence_spans(doc, text)
    ctx = Context(text, doc, claims, sents)
    found: list[Relation] = []
    for reader in PART_READERS:
        found.extend(reader(ctx, found))
    claims = resolve_units(claims, found, ctx)
    ctx = Context(text, doc, claims, sents)
    for reader in READERS:
        # ``extend`` appends as the reader yields: a reader sees its own earlier relations
        found.extend(reader(ctx, found))
    return lists.list_claims(ctx, _unique(found), line_col)


def _unique(found: Sequence[Relation]) -> list[Relation]:
    """The relations without repeats (two readers may read the same construction): the
    first one read of each ``key`` is kept."""
    seen, out = set(), []
    for r in found:
        if r.key not in seen:
            seen.add(r.key)
            out.append(r)
    return out
