"""Property test of the whole pipeline (hypothesis): any French-like text is checked
without an exception, with exact offsets, the same way every time, alone or in a batch.

The generated texts mix French words and phrases, figures in every format gcheck
reads (1 374, 1.374, 127'000, 2,5 millions d'euros, 12 %, number words, dates,
periods, weekdays, clock times), Markdown and HTML markup, gcheck directives and odd
characters (zero-width, NBSP, U+202F, emoji, combining marks, bidi controls, CR/LF).

For each example two texts are checked alone (``check_text``), then together
(``check_many``): no exception; every claim is an exact slice of the text with its
line and column right (naive count) and that slice is the figure read in the prose;
every finding points at its first claim; the batch gives each text the same report
as checking it alone (which also proves determinism: two runs, same result).

The default run is modest (50 examples). ``GCHECK_FUZZ_EXAMPLES=N`` sets the number of
examples; ``python bench/fuzz.py N`` runs it long and prints examples per second.
"""

from __future__ import annotations

import html
import os
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from num2words import num2words

from globalchain_cli.config import Config
from globalchain_cli.model import FileReport
from globalchain_cli.pipeline import check_many, check_text
from globalchain_cli.render.json import file_dict

from .test_robustness import assert_exact

EXAMPLES = int(os.environ.get("GCHECK_FUZZ_EXAMPLES", "50"))

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    print_blob=True,
)

WORDS = (
    "victimes", "enfants", "personnes", "suspects", "pays", "habitants", "morts", "blessés",
    "interpellées", "identifiées", "arrêtés", "ont été", "a permis", "d'identifier", "d'en arrêter",
    "dont", "parmi", "sur", "soit", "des", "les", "ces", "la", "le", "l'", "d'", "à", "en", "et", "ou",
    "environ", "près de", "plus de", "moins de", "au moins", "jusqu'à", "entre", "au total", "en tout",
    "l'an dernier", "selon la police", "selon les organisateurs", "pourrait", "une semaine",
    "deux semaines", "cinq jours", "âgés de 15 ans", "hausse de", "baisse de", "points",
    "la moitié", "un tiers", "deux sur trois", "une centaine", "Europol", "Frontex", "Liège",
    "Saint-Étienne", "COVID-19", "A4", "n° 3", "article 225-4-1", "1er", "2e", "XXIe siècle",
    "L’opération", "« Global Chain »", "Été", "œuvre", "à l’abri",
)  # fmt: skip

SEPARATORS = (" ", " ", " ", "", ", ", ". ", " ; ", " : ", "\n", "\r\n", "\r", "\n\n", "\t", " – ", " (", ") ")

ODD = (
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u202f", "\u2009", "\u3000",
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
    "\u2069", "\u0301", "\u0300", "\u0327", "\u0308", "🙂", "👨‍👩‍👧", "🇫🇷", "👍🏽", "\U0001f9d1",
    "\ufffd", "\u2028", "\u2029", "\x0c", "\x0b", "\u0085", "\u00ad", "’", "«", "»", "…", "—", "½", "²",
)  # fmt: skip

MARKUP = (
    "**", "*", "_", "__", "~~", "`", "``", "# ", "## ", "> ", "- ", "* ", "1. ", "[", "]", "](https://x.org/a)",
    "![photo](p.png)", "<b>", "</b>", "<p>", "</p>", "<br>", "<div>", "</div>", "<script>", "</script>",
    "&nbsp;", "&amp;", "&#8239;", "&eacute;", "&euro;", "<!-- note -->", "<!--", "-->", "\n---\n",
    "\n```\n", "| a | b |\n|---|---|\n", "https://example.org/1374", "\\*", "<https://x.org>", "[^1]",
    "<!-- gcheck: ignore -->", "<!-- gcheck: ignore SUB01 -->", "<!-- gcheck: disable -->",
    "<!-- gcheck: enable -->", "<!-- gcheck: disable-file SAM01 -->", "<!-- gcheck: bogus -->",
)  # fmt: skip

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
)  # fmt: skip
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
GROUP_SEPARATORS = (" ", "\u00a0", "\u202f", ".", "'", "’", "\u2009")


def _grouped(n: int, sep: str) -> str:
    s = str(n)
    head = len(s) % 3 or 3
    return sep.join([s[:head]] + [s[i : i + 3] for i in range(head, len(s), 3)])


@st.composite
def integers(draw) -> str:
    n = draw(st.one_of(st.integers(0, 999), st.integers(1_000, 10**7), st.integers(0, 10**13)))
    style = draw(st.sampled_from(("plain", "grouped", "words", "leading zero")))
    if style == "grouped":
        return _grouped(n, draw(st.sampled_from(GROUP_SEPARATORS)))
    if style == "words" and n < 10**9:
        return num2words(n, lang="fr")
    if style == "leading zero":
        return "0" + str(n)
    return str(n)


@st.composite
def figures(draw) -> str:
    kind = draw(
        st.sampled_from(
            ("int", "int", "decimal", "money", "percent", "scale", "date", "period", "year", "time", "range")
        )
    )
    n = draw(integers())
    if kind == "decimal":
        return f"{n},{draw(st.integers(0, 999))}"
    if kind == "money":
        unit = draw(st.sampled_from(("d'euros", "d’euros", "€", "euros", "francs", "dollars", "$", "CHF")))
        scale = draw(st.sampled_from(("", " millions", " milliards", " mille", " M")))
        return f"{n}{scale} {unit}"
    if kind == "percent":
        return n + draw(st.sampled_from((" %", "%", "\u202f%", " pour cent", ",5 %")))
    if kind == "scale":
        return f"{n},{draw(st.integers(0, 9))} " + draw(st.sampled_from(("millions", "milliards", "millier")))
    day = draw(st.integers(0, 32))
    month = draw(st.sampled_from(MONTHS))
    year = draw(st.integers(1899, 2100))
    weekday = draw(st.sampled_from(("", *(w + " " for w in WEEKDAYS))))
    if kind == "date":
        return f"{weekday}{day} {month} {year}"
    if kind == "period":
        end = draw(st.integers(0, 32))
        return draw(
            st.sampled_from(
                (
                    f"du {day} au {end} {month}",
                    f"du {weekday}{day} au {end} {month} {year}",
                    f"entre le {day} et le {end} {month} {year}",
                    f"de {month} à {draw(st.sampled_from(MONTHS))} {year}",
                    f"début {month}",
                )
            )
        )
    if kind == "year":
        return f"en {year}"
    if kind == "time":
        return f"{draw(st.integers(0, 25))} h {draw(st.integers(0, 61)):02d}"
    return f"de {n} à {draw(integers())} %"


NOUNS = ("victimes", "enfants", "personnes", "suspects", "femmes", "mineurs", "blessés", "morts", "pays", "euros")
VERBS = ("identifiées", "interpellées", "arrêtés", "blessées", "tuées", "recensés", "évacuées")
CLAUSES = (
    "{a} {n1} ont été {v}, dont {b} {n2}",
    "{a} {n1} ont été {v} ; parmi eux, {b} {n2}",
    "{a} {n1}, soit {c} % des {b} {n2}",
    "{b} des {a} {n1} ont été {v}",
    "{b} sur {a} {n1}",
    "au total, {a} {n1} : {b} {n2} et {c} {n3}",
    "les {a} {n1} ont été {v}, puis {b} {n1}",
    "plus de {a} {n1} ont été {v}, près de {b} {n2}",
    "{a} {n1} ont été {v}, contre {b} l'an dernier",
    "une hausse de {c} % à {a} {n1}",
    "{a} {n1} ont été {v} et {b} autres {n1}",
    "d'identifier {a} {n1} et d'en arrêter {b}",
)


@st.composite
def clauses(draw) -> str:
    """Clauses that relate figures, so that links and rules run on every example."""
    return draw(st.sampled_from(CLAUSES)).format(
        a=draw(integers()),
        b=draw(integers()),
        c=draw(st.sampled_from(("12", "12,5", "0", "100", "150", "1 374"))),
        n1=draw(st.sampled_from(NOUNS)),
        n2=draw(st.sampled_from(NOUNS)),
        n3=draw(st.sampled_from(NOUNS)),
        v=draw(st.sampled_from(VERBS)),
    )


PIECE = st.one_of(
    clauses(),
    clauses(),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    figures(),
    figures(),
    st.sampled_from(ODD),
    st.sampled_from(MARKUP),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=4),
)


@st.composite
def french_like(draw) -> str:
    pieces = draw(st.lists(st.tuples(PIECE, st.sampled_from(SEPARATORS)), max_size=40))
    return "".join(p + s for p, s in pieces)


SEED_LIKE = (
    "1 374 victimes ont pu être identifiées, dont 153 enfants. L'approche a permis d'identifier 362 "
    "suspects et d'en arrêter 219.\nEntre le 3 et le 9 juin 2024, 39 pays dont la Belgique ont participé."
)


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(ch in rest for ch in short)


def _report(fr: FileReport) -> dict:
    return file_dict(fr)


@SETTINGS
@given(
    first=french_like(),
    second=french_like(),
    fmt=st.sampled_from(("text", "markdown", "html")),
    other_fmt=st.sampled_from(("text", "markdown", "html")),
)
@example(first=SEED_LIKE, second="", fmt="text", other_fmt="markdown")
@example(
    first="\ufeff1\u202f374 victimes\r\ndont 153 enfants\r",
    second="**1 374** *dont* 1 530",
    fmt="markdown",
    other_fmt="html",
)
@example(
    first="du 3 au 9 juin, une semaine ; lundi 3 juin 2024",
    second="12 % sur 2,5 millions d'euros",
    fmt="text",
    other_fmt="text",
)
@example(
    first="127'000 habitants, dont 1.374 morts, soit 1,1 %",
    second="<p>1&nbsp;374 victimes</p><p>dont 153</p>",
    fmt="text",
    other_fmt="html",
)
def test_pipeline_never_breaks_and_keeps_offsets(nlp, first, second, fmt, other_fmt):
    config = Config()
    alone = [check_text(first, "a", fmt, config), check_text(second, "b", other_fmt, config)]
    for text, fr_fmt, fr in zip((first, second), (fmt, other_fmt), alone, strict=True):
        assert fr.error is None
        report = _report(fr)
        assert_exact(text, report)
        by_id = {c.id: c for c in fr.claims}
        for c in fr.claims:
            # The span in the file is the figure read in the prose: the same text for plain text;
            # for Markdown and HTML, its digits are among those of the span (entities decoded).
            if fr_fmt == "text":
                assert c.text == c.quantity.text, c
            else:
                assert _subsequence(_digits(c.quantity.text), _digits(html.unescape(c.text))), c
            if c.noun_start is not None:
                assert 0 <= c.noun_start <= c.noun_end <= len(text), c
        for f in fr.findings:
            anchor = by_id[f.claims[0]]  # a finding points at its first (most suspect) claim
            assert (f.start, f.end, f.line, f.column) == (anchor.start, anchor.end, anchor.line, anchor.column), f
    batch = list(
        check_many([("a", first, fmt, None), ("x", None, "text", "illisible"), ("b", second, other_fmt, None)], config)
    )
    assert [fr.path for fr in batch] == ["a", "x", "b"]
    assert batch[1].error == "illisible"
    assert [_report(batch[0]), _report(batch[2])] == [_report(fr) for fr in alone]
