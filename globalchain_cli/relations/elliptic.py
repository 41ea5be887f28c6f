"""Elliptic figures: « d'en arrêter 219 » takes the unit of the figure it is part of."""

from __future__ import annotations

from collections.abc import Sequence

from ..claims import with_unit
from ..model import Claim
from .model import Relation, Subset


def resolve_units(claims: Sequence[Claim], found: Sequence[Relation]) -> list[Claim]:
    """Give elliptic figures the unit of the figure they are part of ("d'en arrêter 219")."""
    by_id = {c.id: c for c in claims}
    for _ in range(3):
        for r in found:
            if not isinstance(r, Subset):
                continue
            part, whole = by_id[r.part], by_id[r.whole]
            if part.unit is None and whole.unit:
                by_id[part.id] = with_unit(part, whole.unit, whole.noun)
            elif whole.unit is None and part.unit and part.kind == whole.kind:
                by_id[whole.id] = with_unit(whole, part.unit, part.noun)
    return [by_id[c.id] for c in claims]
