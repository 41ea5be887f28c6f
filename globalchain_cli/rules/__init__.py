"""The rules, one module per family, all registered in ``REGISTRY`` by code.

Importing this package imports every family, so the registry is complete.
"""

# Imported in the order rules are listed: parts and totals, shares, restatements, meaning, dates.
from . import subset, totals, percent, shares, change, difference, average, spread, bound, same, order, counts, dates  # noqa: F401, I001
from .base import DOC_HEADINGS, REGISTRY, Rule, RuleContext

__all__ = ["DOC_HEADINGS", "REGISTRY", "Rule", "RuleContext", "run_rules"]


def run_rules(ctx: RuleContext, disabled: frozenset[str] = frozenset()):
    """Every enabled rule's findings, in registry order."""
    for code, r in REGISTRY.items():
        if code not in disabled:
            yield from r.fn(ctx)
