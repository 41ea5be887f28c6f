"""PCT01 (share matches part and whole) and CHG01 (change matches figures), model-free."""

from __future__ import annotations

from globalchain_cli.relations import Attachment, Change, Cue, Evidence, Share

from .kit import Text, run, verdicts


def _share(part: str, whole: str, share: str, cue=Cue.EXPLICIT):
    t = Text(f"{part} des {whole} dossiers, soit {share}.")
    p, w, s = t.count(part), t.count(whole, "dossiers"), t.percent(share)
    return t.claims, [Share(s.id, p.id, w.id, Evidence(cue, "soit", Attachment.ANTECEDENT))]


def test_share_within_rounding():
    (f,) = run("PCT01", *_share("2 904", "3 218", "90 %"))
    assert str(f.verdict) == "consistent" and f.message == "2 904 / 3 218 dossiers = 90,2 % ≈ 90 %"


def test_share_off():
    assert verdicts(run("PCT01", *_share("2 904", "3 218", "80 %"))) == ["inconsistent"]


def test_a_guessed_share_is_only_confirmed():
    assert run("PCT01", *_share("2 904", "3 218", "80 %", Cue.GUESS)) == []


def test_english_numbers():
    (f,) = run("PCT01", *_share("2 904", "3 218", "90 %"), lang="en")
    assert f.message == "2 904 / 3 218 dossiers = 90.2% ≈ 90 %"


def _change(old: str, new: str, pct: str, direction: int, word: str):
    t = Text(f"en {word} de {pct}, de {old} à {new} visiteurs.")
    c, o, n = t.percent(pct), t.count(old), t.count(new, "visiteurs")
    return t.claims, [Change(c.id, o.id, n.id, direction, None, Evidence(Cue.EXPLICIT, word, Attachment.ADJACENT))]


def test_a_rise_that_matches():
    (f,) = run("CHG01", *_change("100", "120", "20 %", 1, "hausse"))
    assert str(f.verdict) == "consistent" and f.message == "100 → 120 visiteurs : hausse de 20 %"


def test_the_direction_comes_from_the_relation():
    assert verdicts(run("CHG01", *_change("100", "120", "20 %", -1, "baisse"))) == ["inconsistent"]


def test_a_multiplication():
    t = Text("a doublé, de 40 à 81 bornes.")
    o, n = t.count("40"), t.count("81", "bornes")
    relation = Change(None, o.id, n.id, 1, 2.0, Evidence(Cue.EXPLICIT, "doublé", Attachment.ADJACENT))
    (f,) = run("CHG01", t.claims, [relation], lang="en")
    assert str(f.verdict) == "consistent" and f.message == "40 → 81 bornes: × 2.02 ('doublé')"
