"""CNT01 (count matches list) and the date rules DAT01–DAT06, model-free."""

from __future__ import annotations

from dataclasses import replace

from globalchain_cli.model import Kind, Quantity
from globalchain_cli.relations import Attachment, CountList, Cue, Duration, Evidence

from .kit import Text, run, verdicts


def _count_list(count: str, value: int, names: list[str]):
    t = Text(f"{count} provinces, " + ", ".join(names[:-1]) + f" et {names[-1]}.")
    c = t.count(count, "provinces", value=value)
    spans = tuple((t.text.index(n), t.text.index(n) + len(n)) for n in names)
    listed = t.add(t.text[spans[0][0] : spans[-1][1]], Kind.LIST, value=len(names))
    relation = CountList(c.id, spans, Evidence(Cue.PATTERN, ",", Attachment.ADJACENT), listed.id)
    return t.claims, [relation]


def test_count_matches_list():
    (f,) = run("CNT01", *_count_list("trois", 3, ["Anvers", "Liège", "Namur"]))
    assert (str(f.verdict), f.message) == ("consistent", "trois provinces : 3 éléments listés")


def test_count_does_not_match_list():
    assert verdicts(run("CNT01", *_count_list("trois", 3, ["Anvers", "Liège", "Namur", "Mons"]))) == ["inconsistent"]


def _date(text: str, value: str | None, weekday: int | None = None, invalid: str | None = None, **fields):
    """A text that is one date, with the weekday it names and why it cannot exist."""
    t = Text(text)
    c = t.add(text, Kind.DATE, value=value, **fields)
    q = Quantity(0, len(text), text, Kind.DATE, value, weekday=weekday, invalid=invalid)
    t.claims[-1] = replace(c, quantity=q)
    return t, t.claims[-1]


def test_weekday_in_both_languages():
    t, _ = _date("samedi 9 juin 2024", "2024-06-09", weekday=5)
    (f,) = run("DAT03", t.claims)
    assert f.message.endswith("le 9 juin 2024 était un dimanche, pas un samedi.")
    (f,) = run("DAT03", t.claims, lang="en")
    assert f.message.endswith("9 June 2024 was a Sunday, not a Saturday.")


def test_first_of_the_month_as_the_press_writes_it():
    t, _ = _date("lundi 1er juillet 2024", "2024-07-01", weekday=0)
    (f,) = run("DAT03", t.claims)
    assert f.message == "Le 1er juillet 2024 était bien un lundi."


def test_impossible_date_in_english_has_no_french_reason():
    t, _ = _date("31 juin 2024", None, invalid="le mois de juin n'a que 30 jours")
    (f,) = run("DAT02", t.claims)
    assert f.message.endswith("n'existe pas : le mois de juin n'a que 30 jours.")
    (f,) = run("DAT02", t.claims, lang="en")
    assert "juin n'a" not in f.message and f.message.startswith("The date '31 juin 2024'")


def test_period_in_order_and_out_of_order():
    t = Text("du 3 au 9 juin 2024, puis du 13 au 9 juin 2024")
    t.add("du 3 au 9 juin 2024", Kind.PERIOD, value=("2024-06-03", "2024-06-09"))
    t.add("du 13 au 9 juin 2024", Kind.PERIOD, value=("2024-06-13", "2024-06-09"))
    assert verdicts(run("DAT01", t.claims)) == ["consistent", "inconsistent"]


def test_duration_matches_its_period_through_neutral_units():
    for said, verdict in (("une semaine", "consistent"), ("trois semaines", "inconsistent")):
        t = Text(f"du 3 au 9 juin 2024, pendant {said}")
        p = t.add("du 3 au 9 juin 2024", Kind.PERIOD, value=("2024-06-03", "2024-06-09"))
        d = t.add(said, Kind.DURATION, value=1 if said == "une semaine" else 3, unit="semaine")
        relation = Duration(d.id, p.id, Evidence(Cue.EXPLICIT, "pendant", Attachment.ADJACENT))
        assert verdicts(run("DAT04", t.claims, [relation])) == [verdict]


def test_past_event_after_publication():
    t, _ = _date("12 juillet 2025", "2025-07-12", traits=("tense:past",))
    assert verdicts(run("DAT06", t.claims, article_date="2025-07-03")) == ["inconsistent"]
