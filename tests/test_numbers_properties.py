"""Property tests of find_numbers (hypothesis).

* any integer 0..10^12 written in each digit format reads back as its value;
* any integer below one billion written in words (num2words) reads back;
* on arbitrary text no exception escapes, spans match the text, quantities
  are sorted, disjoint and clear of the skip spans.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from num2words import num2words

from globalchain_cli.extract.numbers import _extract, find_numbers
from globalchain_cli.model import Quantity

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _grouped(n: int, sep: str) -> str:
    s = str(n)
    head = len(s) % 3 or 3
    groups = [s[:head]] + [s[i : i + 3] for i in range(head, len(s), 3)]
    return sep.join(groups)


FORMATS: dict[str, Callable[[int], str]] = {
    "plain": str,
    "space": lambda n: _grouped(n, " "),
    "nbsp": lambda n: _grouped(n, "\u00a0"),
    "nnbsp": lambda n: _grouped(n, "\u202f"),
    "belgian": lambda n: _grouped(n, "."),
    "swiss": lambda n: _grouped(n, "'"),
    "swiss typographic": lambda n: _grouped(n, "’"),
}

CONTEXTS = ("{}", "Il y a {} personnes.", "On compte {} habitants", "soit {} dossiers ;")


def _values(quantities: list[Quantity]) -> list[object]:
    return [q.value for q in quantities]


@SETTINGS
@given(
    n=st.integers(min_value=0, max_value=10**12),
    fmt=st.sampled_from(sorted(FORMATS)),
    context=st.sampled_from(CONTEXTS),
)
@example(n=1374, fmt="belgian", context="{}")
@example(n=1000, fmt="space", context="{}")
@example(n=10**12, fmt="nnbsp", context="{}")
def test_digit_formats_read_back(n: int, fmt: str, context: str) -> None:
    figure = FORMATS[fmt](n)
    text = context.format(figure)
    quantities = find_numbers(text)
    assert _values(quantities) == [n], (text, quantities)
    (q,) = quantities
    assert q.text == figure


@SETTINGS
@given(n=st.integers(min_value=0, max_value=999_999_999), capital=st.booleans())
@example(n=219, capital=False)
@example(n=41, capital=True)
@example(n=99, capital=False)
def test_words_read_back(n: int, capital: bool) -> None:
    words = num2words(n, lang="fr")
    if capital:
        words = words[0].upper() + words[1:]
    quantities = find_numbers(words)
    assert _values(quantities) == [n], (words, quantities)
    assert quantities[0].words
    if n >= 2:
        text = f"Il y a {words} personnes."
        assert _values(find_numbers(text)) == [n], text


WORDS = [
    "le",
    "la",
    "un",
    "une",
    "de",
    "d'",
    "plus",
    "moins",
    "près",
    "environ",
    "entre",
    "et",
    "à",
    "sur",
    "dont",
    "soit",
    "neuf",
    "cent",
    "pour",
    "mille",
    "million",
    "millions",
    "milliard",
    "vingt",
    "quatre",
    "tiers",
    "quart",
    "demi",
    "moitié",
    "dizaine",
    "centaines",
    "des",
    "premier",
    "deuxième",
    "article",
    "page",
    "n°",
    "euros",
    "€",
    "$",
    "%",
    "pour cent",
    "points",
    "km",
    "°C",
    "h",
    "COVID-19",
    "XXe",
    "en",
    "depuis",
    "virgule",
    "et demi",
    "personnes",
    "victimes",
    "Le",
]
NUMBERS = st.one_of(
    st.integers(min_value=-(10**7), max_value=10**13).map(str),
    st.integers(min_value=0, max_value=10**9).map(lambda n: _grouped(n, st_choice_sep(n))),
    st.decimals(min_value=-1000, max_value=10**6, places=2, allow_nan=False, allow_infinity=False).map(
        lambda d: str(d).replace(".", ",")
    ),
    st.sampled_from(
        [
            "1.374",
            "15.000",
            "127'000",
            "1,2",
            "3-1",
            "225-4-1",
            "3/4",
            "1er",
            "2e",
            "14h30",
            "01 23 45 67 89",
            "1e10",
            "1e127",
            "2,5^-1",
            "1,1^23",
            "1½",
            "3M",
            "12 M€",
            "500 k€",
            "1,2 Md€",
            "192.168.1.2",
            ",08",
            "-,5",
        ]
    ),
)


def st_choice_sep(n: int) -> str:
    return " \u00a0\u202f.'’"[n % 6]


ODD = st.sampled_from(
    [
        "",
        " ",
        "  ",
        "\u00a0",
        "\u202f",
        "\n",
        ", ",
        ". ",
        "-",
        "–",
        "'",
        "’",
        "(",
        ")",
        "«",
        "»",
        "/",
        "^",
        "e",
        "½",
        "ᵉ",
        "İ",
    ]
)
TOKEN = st.one_of(st.sampled_from(WORDS), NUMBERS, ODD, st.text(max_size=4))
FRENCHY = st.lists(st.tuples(TOKEN, ODD), max_size=30).map(lambda parts: "".join(a + (b or " ") for a, b in parts))


def _check_invariants(text: str, quantities: list[Quantity], skip: list[tuple[int, int]]) -> None:
    last_end = -1
    for q in quantities:
        assert text[q.start : q.end] == q.text
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= last_end, "quantities overlap or are out of order"
        last_end = q.end
        for s, e in skip:
            assert q.end <= s or q.start >= e, (q, (s, e))
        if q.cue is not None:
            assert q.cue_start is not None
            assert text[q.cue_start : q.cue_start + len(q.cue)] == q.cue
            assert q.cue_start + len(q.cue) <= q.start


@st.composite
def text_and_skip(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> tuple[str, list[tuple[int, int]]]:
    text = draw(texts)
    spans = []
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        a = draw(st.integers(min_value=0, max_value=len(text)))
        b = draw(st.integers(min_value=a, max_value=len(text)))
        spans.append((a, b))
    return text, spans


@SETTINGS
@given(text_and_skip(st.text()))
def test_arbitrary_text(data: tuple[str, list[tuple[int, int]]]) -> None:
    text, skip = data
    quantities = _extract(text, skip)  # no safety net: a bug must show here
    _check_invariants(text, quantities, [s for s in skip if s[1] > s[0]])
    assert find_numbers(text, skip) == quantities


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_skip(FRENCHY))
@example(("plus de 1 374 victimes, dont un tiers d'enfants", []))
@example(("de 20 à 25 % 3-1 COVID-19 n° 3 1er 14h30 €1000", [(0, 2)]))
@example(("0–1e127'000 ", []))
@example(("1,1^2 et demi", []))
def test_french_like_text(data: tuple[str, list[tuple[int, int]]]) -> None:
    text, skip = data
    quantities = _extract(text, skip)
    _check_invariants(text, quantities, [s for s in skip if s[1] > s[0]])
