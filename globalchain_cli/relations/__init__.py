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
                    link_list_namely        « 312 passagers et 18 …, soit 330 personnes »
                    link_lines              « 230 agences : » and « - Nord : 120 » below
                    link_en_parts           « 230 agences. Le Nord en regroupe 120, le Sud 70 »
                    link_remainder          « …, le solde de 2,8 TWh »: the list is complete
                    link_split_ahead        « 80 sièges se répartissent entre six listes » …
                    link_these_total        « 312 passagers et 18 … Ces 330 personnes »
                    link_outcome_rest       « 42 des 60 candidats admis. Les 18 recalés »
                    link_tally              « 1 204 voix contre 1 011 … sur les 2 215 »
                    link_vote_options       « 31 voix pour, 12 contre et 4 abstentions, sur 47 »
                    link_turnout            votants = exprimés + blancs + nuls
                    link_outcomes           « Sur les 60 candidats, 42 admis et 18 ont échoué »
                    link_addition           « En y ajoutant les 160 militaires, l'effectif
                                            atteint 1 280 personnes »
                    link_total              « Au total, 9 412 suffrages » after the list
                    link_sum_by_value       a list whose sum is a figure stated near it (a guess)
    shares          link_share              « 2 904 …, soit 90 % du total »
                    link_share_of           « représente 13 % des 25 000 hectares »
                    link_share_first        « Près d'un tiers des adhérents (1 204) »
                    link_share_results      « Oui : 43,2 % (48 935 voix). Non : 56,8 % (…) »
                    link_share_paren        « 640 travaillent de nuit (34 %) »
                    link_share_restated     « 43 brebis sur 280. Près d'une bête sur six »
                    link_rate               « 9 800 spectateurs pour 10 500 places, soit
                                            un taux de remplissage de 93 % »
    percents        link_share_sum          « Les deux favoris totalisent 52,5 % : 28 % et 24,5 % »
                    link_vote_answers       « 53 % de oui contre 47 % de non »
                    link_share_beside       « près d'un électeur sur quatre (24 %) »
    changes         link_change             « en hausse de 20 %, de 100 à 120 »
    differences     link_difference         « 1 420 entrées contre 1 185 sorties, soit un solde de 235 »
                    link_lead_over          « 5 points d'avance sur Bâle, deuxième avec 29 points »
    aggregates      link_aggregate          « un taux de 61,3 % : 60,8 % pour les filles, 62,1 % … »
    averages        link_rate_per_unit      « 1 200 interventions en dix jours, soit 120 par jour »
    spreads         link_spread             « de 58 % à 69 % selon les districts » … « Sierre : 55 % »
    lists           link_count_list         « trois provinces, Anvers, X et Y »
                    link_count_list_before  « à Paris, Lyon et Nantes : dans ces trois villes »
                    link_count_list_next    « dans six pays. … en France, en Belgique … » (partial)
    durations       link_duration           « pendant onze jours, du 21 juin au 1er juillet »
                    link_clock_interval     « de 7 h 10 à 11 h 40, soit quatre heures et demie »
                    link_clock_moments      « ouverte à 19 h 30, achevée à 0 h 15, soit 4 h 45 »
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
from . import (
    aggregates,
    averages,
    changes,
    differences,
    durations,
    lists,
    parts,
    percents,
    restatements,
    shares,
    spreads,
    totals,
)
from .context import Context
from .elliptic import resolve_units
from .model import (
    Aggregate,
    Attachment,
    Bound,
    Change,
    Compat,
    CountList,
    Cue,
    Difference,
    Duration,
    Evidence,
    Interval,
    NounMatch,
    Rate,
    Relation,
    Restatement,
    Scopes,
    Share,
    ShareRestated,
    ShareSum,
    Spread,
    Subset,
    Total,
    ties,
)

__all__ = [
    "ShareRestated",
    "ShareSum",
    "Rate",
    "Interval",
    "Spread",
    "Aggregate",
    "Attachment",
    "Bound",
    "Change",
    "Compat",
    "CountList",
    "Cue",
    "Difference",
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
#: and the whole of the last subset or sum is the share's fallback topic (tallies with
#: them: « 1 204 voix contre 1 011, soit 54,4 % »); the sum of exclusive outcomes comes
#: after shares, whose part is one outcome of the whole, never their sum; changes need no
#: other relation; « au total » comes after every subset and sum, whose wholes it must not
#: take for parts; lists and durations relate other kinds of figures; restatements and
#: bounds come last, because they are read only between figures that no stated relation
#: ties. The order also fixes the order of the findings of one rule at one place.
READERS = (
    totals.link_others,
    totals.link_breakdown,
    totals.link_list_namely,
    totals.link_lines,
    totals.link_en_parts,
    totals.link_remainder,
    totals.link_split_ahead,
    totals.link_whole_taken_up,
    totals.link_these_total,
    totals.link_tally,
    totals.link_vote_options,
    totals.link_turnout,
    shares.link_share,
    shares.link_share_of,
    shares.link_share_first,
    shares.link_share_results,
    shares.link_share_paren,
    shares.link_share_restated,
    shares.link_rate,
    totals.link_outcomes,
    totals.link_record,
    totals.link_gapped_parts,
    totals.link_outcome_rest,
    totals.link_complement_pair,
    percents.link_share_sum,
    percents.link_vote_answers,
    percents.link_complement_shares,
    percents.link_share_beside,
    changes.link_change,
    differences.link_difference,
    differences.link_gap_next_sentence,
    differences.link_point_change,
    differences.link_lead_over,
    differences.link_remainder_left,
    changes.link_change_of_gap,
    aggregates.link_aggregate,
    averages.link_rate_per_unit,
    spreads.link_spread,
    spreads.link_between_ends,
    totals.link_addition,
    totals.link_total,
    totals.link_sum_by_value,
    lists.link_count_list,
    lists.link_count_list_before,
    lists.link_count_list_next,
    durations.link_duration,
    durations.link_clock_interval,
    durations.link_clock_moments,
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
