"""SUB01 (part within whole) and SUM01 (parts add up), on hand-made claims and relations."""

from __future__ import annotations

from globalchain_cli.model import Kind
from globalchain_cli.relations import Attachment, Cue, Evidence, Subset, Total

from .kit import Text, run, verdicts

DONT = Evidence(Cue.EXPLICIT, "dont", Attachment.PRECEDING)
SUR = Evidence(Cue.EXPLICIT, "sur", Attachment.ADJACENT)


def _part_whole(part: str, whole: str, evidence=DONT):
    t = Text(f"{whole} victimes, dont {part} enfants.")
    w, p = t.count(whole, "victimes"), t.count(part, "enfants")
    return t.claims, [Subset(p.id, w.id, evidence)]


def test_part_within_whole_is_consistent():
    claims, relations = _part_whole("153", "1 374")
    (f,) = run("SUB01", claims, relations)
    assert str(f.verdict) == "consistent" and f.message == "153 enfants ≤ 1 374 victimes (dont)"


def test_part_over_whole_is_inconsistent_and_points_at_the_part():
    claims, relations = _part_whole("1 530", "1 374")
    (f,) = run("SUB01", claims, relations)
    assert str(f.verdict) == "inconsistent"
    assert f.claims == (claims[1].id, claims[0].id)


def test_a_part_many_times_the_nearest_figure_was_misattached():
    # « dont » far from the figure before it, nouns of two families: attached to the wrong one
    t = Text("1 374 victimes au total ont été recensées lors de la crue, dont 50 000 hectares.")
    w, p = t.count("1 374", "victimes"), t.count("50 000", "hectares")
    assert run("SUB01", t.claims, [Subset(p.id, w.id, DONT)]) == []
    claims, relations = _part_whole("50 000", "1 374", SUR)  # figures side by side: a real slip
    assert verdicts(run("SUB01", claims, relations)) == ["inconsistent"]


def test_a_part_many_times_the_whole_right_before_dont_is_a_slip():
    # « 1 200 manifestants, dont 30 000 femmes »: a zero added, the slip to catch (no ratio cut-off)
    t = Text("Le cortège a réuni 1 200 manifestants, dont 30 000 femmes.")
    w, p = t.count("1 200", "manifestants"), t.count("30 000", "femmes")
    assert verdicts(run("SUB01", t.claims, [Subset(p.id, w.id, DONT)])) == ["inconsistent"]
    claims, relations = _part_whole("50 000", "1 374")  # « 1 374 victimes, dont 50 000 enfants »
    assert verdicts(run("SUB01", claims, relations)) == ["inconsistent"]


def test_measures_in_two_units_are_unverifiable():
    t = Text("12 tonnes, dont 300 kilos.")
    w = t.add("12 tonnes", Kind.MEASURE, value=12, unit="tonne")
    p = t.add("300 kilos", Kind.MEASURE, value=300, unit="kg")
    assert verdicts(run("SUB01", t.claims, [Subset(p.id, w.id, DONT)])) == ["unverifiable"]


def test_english_messages_are_english():
    claims, relations = _part_whole("1 530", "1 374")
    (f,) = run("SUB01", claims, relations, lang="en")
    assert f.message.startswith("The part '1 530 enfants' (1:")


def _breakdown(total: str, parts: list[str], complete=True, cue=Cue.PATTERN):
    t = Text(f"{total} concerts : " + " et ".join(parts) + ".")
    w = t.count(total, "concerts")
    ps = [t.count(p) for p in parts]
    return t.claims, [Total(w.id, tuple(p.id for p in ps), complete, Evidence(cue, ":", Attachment.PRECEDING))]


def test_parts_that_add_up():
    (f,) = run("SUM01", *_breakdown("146", ["92", "54"]))
    assert (str(f.verdict), f.message) == ("consistent", "92 + 54 = 146 concerts")


def test_a_complete_breakdown_that_does_not_add_up():
    (f,) = run("SUM01", *_breakdown("146", ["92", "64"]))
    assert str(f.verdict) == "inconsistent" and "92 + 64 = 156" in f.message


def test_some_parts_may_fall_short_of_the_total():
    assert verdicts(run("SUM01", *_breakdown("146", ["92", "14"], complete=False))) == ["consistent"]


def test_a_guessed_total_is_only_confirmed():
    assert run("SUM01", *_breakdown("146", ["92", "64"], cue=Cue.GUESS)) == []
    assert verdicts(run("SUM01", *_breakdown("146", ["92", "54"], cue=Cue.GUESS))) == ["consistent"]
