"""SAM01 (same figure restated), BND01 (bound holds) and ORD01 (order by meaning), model-free.

Restatements and bounds are read by ``relations/restatements.py``: these tests run the
readers on hand-made claims, then the rule."""

from __future__ import annotations

from globalchain_cli.model import Qualifier
from globalchain_cli.relations import Bound, Restatement, Subset

from .kit import Text, run, verdicts


def test_same_figure_twice():
    t = Text("1 374 victimes. Plus loin, les 1 374 victimes.")
    t.count("1 374", "victimes")
    t.count("1 374", "victimes", definite=True)
    assert verdicts(run("SAM01", *t.relations())) == ["consistent"]


def test_swapped_digits_in_a_restatement():
    t = Text("1 374 victimes. Plus loin, les 1 347 victimes.")
    a = t.count("1 374", "victimes")
    b = t.count("1 347", "victimes", definite=True)
    (f,) = run("SAM01", *t.relations())
    assert str(f.verdict) == "inconsistent" and f.claims == (b.id, a.id)
    assert f.message.endswith("chiffres inversés ?")
    (f,) = run("SAM01", *t.relations(), lang="en")
    assert f.message.endswith("swapped digits?")


def test_figures_a_relation_ties_are_not_restatements():
    t = Text("1 374 victimes, dont 1 347 victimes.")
    a, b = t.count("1 374", "victimes"), t.count("1 347", "victimes", definite=True)
    claims, relations = t.relations()
    assert [(r.part, r.whole) for r in relations if isinstance(r, Subset)] == [(b.id, a.id)]
    assert not [r for r in relations if isinstance(r, Restatement)]
    assert run("SAM01", claims, relations) == []


def test_figures_of_another_year_are_not_compared():
    t = Text("1 374 victimes. L'an dernier, les 1 347 victimes.")
    t.count("1 374", "victimes")
    t.count("1 347", "victimes", definite=True, scope=("l'an dernier",))
    assert run("SAM01", *t.relations()) == []


def _bound(rounded: str, exact: str):
    t = Text(f"plus de {rounded} sapeurs-pompiers. Au total, {exact} sapeurs-pompiers.")
    t.count(rounded, "sapeurs-pompiers", qualifier=Qualifier.AT_LEAST, cue="plus de")
    t.count(exact, "sapeurs-pompiers")
    return t


def test_a_bound_that_holds():
    t = _bound("1 100", "1 150")
    claims, relations = t.relations()
    (bound,) = [r for r in relations if isinstance(r, Bound)]
    assert (bound.bound, bound.exact, bound.evidence.cue_text) == ("c1", "c2", "plus de")
    (f,) = run("BND01", claims, relations)
    assert str(f.verdict) == "consistent" and "plus de 1 100 sapeurs-pompiers" in f.message


def test_a_bound_that_does_not():
    assert verdicts(run("BND01", *_bound("1 500", "1 150").relations())) == ["inconsistent"]


def test_a_bound_far_from_the_figure_is_another_count():
    assert run("BND01", *_bound("1 100", "5 150").relations()) == []


def test_order_by_meaning():
    t = Text("La police a identifié 362 suspects. Elle a interpellé 412 personnes.")
    t.count("362", "suspects")
    t.count("412", "personnes", traits=("interpeller",))
    (f,) = run("ORD01", t.claims)
    assert str(f.verdict) == "inconsistent" and "412 personnes" in f.message
