"""The figure and date readers module by module, without the model.

``test_numbers.py`` and ``test_dates.py`` check what the readers find in whole
sentences; these tests pin the pieces they are built from: the scanned text
(tokens, blocked spans, sentences), digits and number words, the passes that
need every figure (ranges, years, tentative readings, bound words), the French
word table, and the reasons a date cannot exist in both languages.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from globalchain_cli.extract.dates.common import invalid_fields, resolve_day
from globalchain_cli.extract.numbers import bounds, classify, digits, fractions, number_words, ranges
from globalchain_cli.extract.numbers.scan import Cand, Scan, Tentative
from globalchain_cli.lang.fr import dates as fr_dates
from globalchain_cli.lang.fr import numbers as fr_numbers
from globalchain_cli.lang.fr.grammar import norm
from globalchain_cli.messages import LANGS
from globalchain_cli.model import Kind, Qualifier, Reason

# --- the scanned text ------------------------------------------------------------------------


def test_scan_cuts_digits_words_and_single_signs():
    scan = Scan.of("1 374 victimes, dont 153.", ())
    assert [scan.tok(i) for i in range(scan.n)] == ["1", "374", "victimes", ",", "dont", "153", "."]
    assert scan.tk == ["d", "d", "w", "p", "w", "d", "p"]
    assert scan.spaced(1) and not scan.tight(1)
    assert scan.tight(3)  # the comma touches "victimes"


def test_scan_zero_width_characters_fall_in_the_gaps():
    scan = Scan.of("1\u200b374", ())
    assert [scan.tok(i) for i in range(scan.n)] == ["1", "374"]


def test_scan_blocks_skip_spans_urls_and_email_addresses():
    text = "Voir https://ex.fr/2024/06 ou ecrire a jean.dupont2@ex.fr le 3 juin, 12 morts."
    scan = Scan.of(text, [(text.index("3 juin"), text.index("3 juin") + 6)])
    blocked = {scan.tok(i) for i in range(scan.n) if scan.blocked[i]}
    assert {"2024", "06", "dupont", "3", "juin"} <= blocked
    assert "12" not in blocked
    assert scan.hits_block(text.index("2024"), text.index("2024") + 4)
    assert not scan.hits_block(text.index("12"), text.index("12") + 2)


def test_scan_ignores_malformed_skip_spans():
    scan = Scan.of("12 morts", [(5, 2), ("a", "b"), (None,)])
    assert not any(scan.blocked)


def test_scan_sentences_and_windows_stop_at_the_sentence():
    text = "Hier, 3 morts. Aujourd'hui, 5 blessés."
    scan = Scan.of(text, ())
    five = text.index("5")
    assert scan.sentence_of(text.index("3")) == 0
    assert scan.sentence_of(five) == 1
    start, before = scan.window(five, 100)
    assert before == " Aujourd'hui, "
    assert start == text.index(".") + 1


def test_scan_norm_folds_case_and_accents_once():
    scan = Scan.of("Deuxième ÉTÉ", ())
    assert scan.norm(0) == "deuxieme"
    assert scan.norm(1) == "ete"
    assert scan.norms[0] == "deuxieme"  # cached


def test_scan_prev_word_skips_one_apostrophe():
    scan = Scan.of("plus d'un mort", ())
    assert scan.prev_word(3) == "d"
    assert scan.prev_word(0) is None


def test_the_scan_is_frozen():
    scan = Scan.of("12", ())
    with pytest.raises(AttributeError):
        scan.text = "13"  # type: ignore[misc]


# --- digits and words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "grouped"),
    [
        ("1 374", Decimal(1374), True),
        ("1.374", Decimal(1374), True),
        ("127'000", Decimal(127000), True),
        ("2,5", Decimal("2.5"), False),
        ("1 374,25", Decimal("1374.25"), True),
        ("2023 312", Decimal(2023), False),  # a 4-digit group is never glued
    ],
)
def test_read_numeral(text, value, grouped):
    scan = Scan.of(text, ())
    got, _next, was_grouped, _plain = digits.read_numeral(scan, 0)
    assert got == value
    assert was_grouped is grouped


def test_read_numeral_refuses_runs_too_long():
    scan = Scan.of("1" * 40, ())
    assert digits.read_numeral(scan, 0)[0] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("trois cent vingt", 320),
        ("vingt et un", 21),
        ("quatre-vingt-dix-neuf", 99),
        ("deux mille vingt-quatre", 2024),
        ("mille", 1000),
    ],
)
def test_number_words_value(text, value):
    scan = Scan.of(text, ())
    words, ordinal = number_words.collect_run(scan, 0)
    assert ordinal is None
    assert number_words.words_value(scan, words) == value


def test_number_words_stop_at_an_ordinal():
    scan = Scan.of("vingt cinquième", ())
    words, ordinal = number_words.collect_run(scan, 0)
    assert [scan.tok(j) for j in words] == ["vingt"]
    assert ordinal is not None and scan.tok(ordinal) == "cinquième"


def test_roman_value():
    assert [number_words.roman_value(r) for r in ("IV", "XIV", "XX", "MCMXC")] == [4, 14, 20, 1990]


def test_vulgar_fractions():
    assert fractions.vulgar_value("½") == 0.5
    assert fractions.vulgar_value("¾") == 0.75
    assert fractions.vulgar_value("a") is None
    assert fractions.vulgar_value("½½") is None


# --- the passes over every figure ------------------------------------------------------------


def _cands(text: str) -> tuple[Scan, list[Cand]]:
    """The candidates of the left-to-right scan, before any pass (as find_numbers reads them)."""
    from globalchain_cli.extract.numbers import at

    scan = Scan.of(text, ())
    cands, i = [], 0
    while i < scan.n:
        cand = None if scan.blocked[i] else at(scan, i)
        if cand is not None and not cand.silent:
            cands.append(cand)
        i = max(cand.tok_end, i + 1) if cand is not None else i + 1
    return scan, cands


def test_merge_ranges_joins_two_figures_into_one_range():
    scan, cands = _cands("entre 3 et 5 ans, de 20 à 25 %")
    merged = ranges.merge_ranges(scan, cands)
    got = [(scan.text[c.start : c.end], c.qualifier, c.low, c.high) for c in merged]
    assert got[0] == ("3 et 5", Qualifier.RANGE, 3, 5)
    assert got[1][:2] == ("20 à 25 %", Qualifier.RANGE)
    assert (got[1][2], got[1][3]) == (20, 25)


def test_merge_ranges_leaves_a_change_as_two_figures():
    scan, cands = _cands("le chômage est passé de 7 à 8 %")
    merged = ranges.merge_ranges(scan, cands)
    assert [scan.text[c.start : c.end] for c in merged] == ["7", "8 %"]
    assert merged[0].unit == merged[1].unit == "%"


def test_classify_context_reads_a_year_after_en():
    scan, cands = _cands("en 2023, 2000 manifestants")
    classify.classify_context(scan, cands)
    assert [c.kind for c in cands] == [Kind.YEAR, Kind.COUNT]


def test_resolve_tentative_keeps_a_coordinated_un_and_drops_an_article():
    scan, cands = _cands("trois ouvriers et un agriculteur")
    assert cands[-1].tentative is Tentative.ARTICLE
    kept = classify.resolve_tentative(scan, cands)
    assert [scan.text[c.start : c.end] for c in kept] == ["trois", "un"]
    assert kept[-1].tentative is None
    scan, cands = _cands("un agriculteur est venu")
    assert classify.resolve_tentative(scan, cands) == []


def test_resolve_tentative_points_need_a_percentage():
    scan, cands = _cands("le CAC 40 a perdu 7 345 points")
    kept = classify.resolve_tentative(scan, cands)
    assert kept[-1].kind is Kind.COUNT and kept[-1].unit is None
    scan, cands = _cands("le taux passe à 12 %, soit 2 points")
    kept = classify.resolve_tentative(scan, cands)
    assert kept[-1].kind is Kind.POINTS


def test_attach_cues_sets_the_bound_and_its_interval():
    scan, cands = _cands("plus de 200 personnes, environ 30 blessés")
    bounds.attach_cues(scan, cands)
    assert [(c.qualifier, c.cue) for c in cands] == [
        (Qualifier.AT_LEAST, "plus de"),
        (Qualifier.APPROXIMATE, "environ"),
    ]
    assert cands[0].low == 200 and cands[0].cue_start == 0


# --- the French word table -------------------------------------------------------------------

#: Entries of [numbers] compared as raw tokens or raw lower-case text, not in normalised form.
_RAW = {"SCALE_ABBREVIATIONS", "FROM_YEAR", "RANGE_TO", "RANGE_FROM", "HALF_DOZEN", "UNITS"}


def test_reader_words_of_numbers_are_normalised():
    for name, value in vars(fr_numbers.READER_WORDS).items():
        if name in _RAW:
            continue
        for word in (value,) if isinstance(value, str) else value:
            assert norm(word) == word, (name, word)


def test_reader_words_are_loaded_as_tuples_and_namespaces():
    assert fr_numbers.READER_WORDS.ONE == ("un", "une")
    assert fr_numbers.READER_WORDS.UNITS.POINT == "point"
    assert fr_dates.READER_WORDS.OF == ("de", "d'")


# --- why a date cannot exist ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "month", "year", "key"),
    [
        (0, 5, 2024, "extract.date.day_zero"),
        (32, 5, 2024, "extract.date.over_31"),
        (30, 2, None, "extract.date.february_over_29"),
        (29, 2, 2023, "extract.date.not_leap"),
        (30, 2, 2024, "extract.date.february_days"),
        (31, 6, 2024, "extract.date.month_days"),
    ],
)
def test_impossible_days_carry_a_neutral_reason(day, month, year, key):
    value, _precision, reason = resolve_day(day, month, year, explicit=True)
    assert value is None
    assert reason is not None and reason.key == key
    for lang in LANGS:
        assert reason.render(lang)  # every language has the sentence, fields filled in


def test_possible_days_have_no_reason():
    assert resolve_day(29, 2, 2024, explicit=True) == ("2024-02-29", "day", None)
    assert resolve_day(3, 6, None, explicit=False) == ("--06-03", "day-no-year", None)
    assert invalid_fields(None) == {}


def test_reason_renders_the_month_as_each_language_names_it():
    reason = Reason("extract.date.month_days", (("month", 4), ("days", 30)))
    assert reason.render("fr") == "le mois d'avril n'a que 30 jours"
    assert reason.render("en") == "April has only 30 days"
    assert invalid_fields(reason) == {"invalid": "le mois d'avril n'a que 30 jours", "reason": reason}
