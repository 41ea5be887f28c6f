"""SAM01 (same figure restated), BND01 (bound holds) and ORD01 (order by meaning), model-free."""

from __future__ import annotations

from globalchain_cli.model import Qualifier
from globalchain_cli.relations import Attachment, Cue, Evidence, Subset

from .kit import Text, run, verdicts


def test_same_figure_twice():
    t = Text("1 374 victimes. Plus loin, les 1 374 victimes.")
    t.count("1 374", "victimes")
    t.count("1 374", "victimes", definite=True)
    assert verdicts(run("SAM01", t.claims)) == ["consistent"]


def test_swapped_digits_in_a_restatement():
    t = Text("1 374 victimes. Plus loin, les 1 347 victimes.")
    a = t.count("1 374", "victimes")
    b = t.count("1 347", "victimes", definite=True)
    (f,) = run("SAM01", t.claims)
    assert str(f.verdict) == "inconsistent" and f.claims == (b.id, a.id)
    assert f.message.endswith("chiffres inversés ?")
    (f,) = run("SAM01", t.claims, lang="en")
    assert f.message.endswith("swapped digits?")


def test_figures_a_relation_ties_are_not_restatements():
    t = Text("1 374 victimes, dont 1 347 victimes.")
    a, b = t.count("1 374", "victimes"), t.count("1 347", "victimes", definite=True)
    tie = Subset(b.id, a.id, Evidence(Cue.EXPLICIT, "dont", Attachment.PRECEDING))
    assert run("SAM01", t.claims, [tie]) == []


def test_figures_of_another_year_are_not_compared():
    t = Text("1 374 victimes. L'an dernier, les 1 347 victimes.")
    t.count("1 374", "victimes")
    t.count("1 347", "victimes", definite=True, scope=("l'an dernier",))
    assert run("SAM01", t.claims) == []


def _bound(rounded: str, exact: str):
    t = Text(f"plus de {rounded} sapeurs-pompiers. Au total, {exact} sapeurs-pompiers.")
    t.count(rounded, "sapeurs-pompiers", qualifier=Qualifier.AT_LEAST, cue="plus de")
    t.count(exact, "sapeurs-pompiers")
    return t.claims


def test_a_bound_that_holds():
    (f,) = run("BND01", _bound("1 100", "1 150"))
    assert str(f.verdict) == "consistent" and "plus de 1 100 sapeurs-pompiers" in f.message


def test_a_bound_that_does_not():
    assert verdicts(run("BND01", _bound("1 500", "1 150"))) == ["inconsistent"]


def test_order_by_meaning():
    t = Text("La police a identifié 362 suspects. Elle a interpellé 412 personnes.")
    t.count("362", "suspects")
    t.count("412", "personnes", traits=("interpeller",))
    (f,) = run("ORD01", t.claims)
    assert str(f.verdict) == "inconsistent" and "412 personnes" in f.message
