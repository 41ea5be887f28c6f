"""Amounts of time: durations ("pendant trois semaines"), ages ("âgé de 15 ans")
and clock times ("à 14 h 30", "vers midi")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from globalchain_cli.lang.fr import dates as fr
from globalchain_cli.lang.fr import grammar
from globalchain_cli.model import Kind, Qualifier

from .common import WINDOW, Candidate, YearContext, candidate, match_suffix, parse_words, quantity, read_amount

#: French words this module tests by name (lang/fr/words.toml).
W = fr.READER_WORDS

# ---------------------------------------------------------------------------
# Durations, ages and clock times
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Amount:
    """What a duration-like match says, before deciding its kind."""

    start: int
    end: int
    value: float | int | None
    unit: str
    words: bool
    qualifier: Qualifier = Qualifier.EXACT
    low: float | None = None
    high: float | None = None
    lo_end: int | None = None  # end of the first figure of a range


def _read_amount_match(m: re.Match[str]) -> _Amount | None:
    """Amount, unit and span of an grammar.AMOUNT_UNIT match; None if the number is unreadable."""
    unit = "heure" if m.group("hunit") else fr.DURATION_UNITS[m.group("unit").lower()]
    half = 0.5 if (m.group("half1") or m.group("half2")) else 0
    if m.group("approx"):
        noun = m.group("approx").split()[-1].lower()
        return _Amount(m.start("approx"), m.end(), fr.APPROXIMATE_NOUNS[noun], unit, True, Qualifier.APPROXIMATE)
    if m.group("demi"):
        return _Amount(m.start("demi"), m.end(), 0.5, unit, True)
    num = "hi_d" if m.group("hi_d") else "num"
    read = read_amount(m.group(num), m.start(num))
    if read is None:
        return None
    value, start, words = read
    if half:
        value = value + half
    if m.group("minutes"):
        value = value + int(m.group("minutes")) / 60
    end = m.end()
    if m.group("and_minutes"):  # « quatre heures et vingt-cinq minutes »: one duration, in hours
        minutes = read_amount(m.group("and_minutes"), m.start("and_minutes"))
        if unit == "heure" and minutes is not None and not half and minutes[0] < 60:
            value = value + minutes[0] / 60
        else:  # « deux jours et trente minutes »: the duration ends before « et »
            end = len(m.string[: m.start("and_minutes")].rstrip().removesuffix(W.AND).rstrip())
    amount = _Amount(start, end, value, unit, words)
    lo_group = "lo_d" if m.group("lo_d") else "lo" if m.group("lo") else None
    if lo_group is not None:
        lo = read_amount(m.group(lo_group), m.start(lo_group))
        if lo is None:
            return amount
        if lo_group == "lo" and m.group("lo_sep").lower() == W.AND and lo[2] and words:
            joined = parse_words(f"{m.group('lo')} {W.AND} {m.group('num')}")
            if joined is not None and joined[1] == 0:  # "vingt et un jours" is one number
                amount.value = joined[0] + half
                amount.start = lo[1]
                return amount
        amount.start = lo[1]
        amount.low, amount.high = lo[0], amount.value
        amount.value = None
        amount.qualifier = Qualifier.RANGE
        amount.words = words or lo[2]
        amount.lo_end = m.end(lo_group)
    return amount


def _apply_bound(amount: _Amount, bound: str | None) -> None:
    """Qualifier and interval given by "plus de", "moins de", "près de"…"""
    if not bound or amount.qualifier is Qualifier.RANGE:
        return
    key = re.sub(r"\s+", " ", bound.lower())
    qualifier = Qualifier(fr.BOUND_WORDS.get(key, "exact"))
    amount.qualifier = qualifier
    if qualifier is Qualifier.AT_LEAST:
        amount.low = amount.value
    elif qualifier is Qualifier.AT_MOST:
        amount.high = amount.value


def _last_words(before: str, n: int) -> list[str]:
    """Up to n words at the end of before, stopping at punctuation."""
    words: list[str] = []
    for token in reversed(before.split()):
        if any(c in token for c in ',.;:!?()«»"'):
            break
        words.append(token.lower())
        if len(words) == n:
            break
    return words


def _is_person(word: str) -> bool:
    word = word.split("'")[-1]
    if word in fr.PERSON_NOUNS:
        return True
    return word.endswith(("s", "x")) and word[:-1] in fr.PERSON_NOUNS


def _is_age(ntext: str, amount: _Amount, intro: str, bound: str, det: str, before: str) -> bool:
    """Does "X ans" give someone's age? (heuristics documented in the module brief)."""
    after = ntext[amount.end : amount.end + 40]
    if grammar.COMPLEMENT.match(after):
        return False
    if grammar.AND_MORE.match(after):
        return True
    if grammar.AGED_BEFORE.search(before) or grammar.HAVE_BEFORE.search(before):
        return True
    sentence = before[-50:]
    cut = max((m.end() for m in grammar.SENTENCE_END.finditer(sentence)), default=0)
    if grammar.AGE_NOUN.search(sentence, cut):
        return True
    if intro in W.OF and any(_is_person(w) for w in _last_words(before, 3)):
        return True
    if bound and not intro and (grammar.THE_BOUNDED.search(before) or det.lower() in W.PLURAL_ARTICLES):
        return True  # "les moins de 25 ans"
    if det.lower() in W.POSSESSIVES and not bound:
        return True  # "il a fêté ses 100 ans"
    if amount.qualifier is Qualifier.RANGE and not intro and det.lower() in W.PLURAL_ARTICLES:
        return True  # "les 18-25 ans"
    if not intro and not bound and not amount.words:
        m = grammar.NAME_COMMA.search(before)
        if m and (m.group("w")[0].isupper() or _is_person(m.group("w").lower())):
            return grammar.AGE_CLOSE.match(after) is not None
    return False


def _is_clock_time(ntext: str, amount: _Amount, intro: str, bound: str, hunit: bool, before: str) -> bool:
    """Is "X h" / "X heures" a time of day rather than a number of hours?"""
    value = amount.value
    if value is None or amount.qualifier is Qualifier.RANGE or amount.words and hunit:
        return False
    if value >= 24 or value < 0:
        return False
    intro = intro.lower()
    if bound or intro in fr.HOUR_DURATION_CUES:
        return False
    if not intro and any(w in fr.DURATION_VERBS for w in _last_words(before, 1)):
        return False  # "le trajet prend 2 h"
    if grammar.HOUR_RANGE_BEFORE.search(before) or grammar.WEEKDAY_BEFORE.search(before):
        return True
    if intro in W.FROM_OR_BETWEEN:
        return grammar.HOUR_RANGE_AFTER.match(ntext, amount.end) is not None
    if intro in fr.TIME_CUES:
        return True
    return hunit


def _is_infant_age(ntext: str, amount: _Amount, intro: str, before: str) -> bool:
    """ "un bébé de 6 mois", "âgé de 3 semaines": an age counted in months, weeks or days."""
    if grammar.COMPLEMENT.match(ntext, amount.end):
        return False
    if grammar.AGED_BEFORE.search(before) or grammar.AGE_NOUN.search(before[-30:]):
        return True
    return intro in W.OF and any(_is_person(w) for w in _last_words(before, 3))


def _is_clock_range(amount: _Amount, intro: str, hunit: bool) -> bool:
    """ "entre 2 et 6 h", "de 8 à 18 h": two clock times, not a range of hours."""
    if amount.qualifier is not Qualifier.RANGE or not hunit or amount.lo_end is None:
        return False
    if intro.lower() not in W.FROM_OR_BETWEEN:
        return False
    return all(v is not None and float(v).is_integer() and 0 <= v < 24 for v in (amount.low, amount.high))


def _clock_range(text: str, m: re.Match[str], amount: _Amount, cue: str | None, cue_start: int | None) -> Candidate:
    assert amount.lo_end is not None and amount.low is not None
    low = int(amount.low)
    if m.group("ampm") and low < 12:
        low += fr.DAY_PERIODS[re.sub(r"\s+", " ", m.group("ampm").lower())]
    first = quantity(text, amount.start, amount.lo_end, Kind.TIME, f"{low:02d}:00", cue=cue, cue_start=cue_start)
    amount.value = amount.high
    num = "hi_d" if m.group("hi_d") else "num"
    second = quantity(text, m.start(num), m.end(), Kind.TIME, _time_value(m, amount))
    return candidate(first, second)


def _time_value(m: re.Match[str], amount: _Amount) -> str:
    hour = int(amount.value or 0)
    minutes = int(m.group("minutes") or 0)
    if m.group("ampm") and hour < 12:
        hour += fr.DAY_PERIODS[re.sub(r"\s+", " ", m.group("ampm").lower())]
    return f"{hour:02d}:{minutes:02d}"


def _amount_matches(ntext: str) -> Iterator[tuple[re.Match[str], _Amount]]:
    """Matches of grammar.AMOUNT_UNIT with their amounts; a range whose start exceeds its end
    ("le 1er janvier 2025 à 0 h") is read again from its second figure."""
    for m in grammar.AMOUNT_UNIT.finditer(ntext):
        amount = _read_amount_match(m)
        if amount is not None and amount.qualifier is Qualifier.RANGE and amount.low > amount.high:
            num = "hi_d" if m.group("hi_d") else "num"
            m = grammar.AMOUNT_UNIT.match(ntext, m.start(num))
            amount = _read_amount_match(m) if m else None
        if amount is not None and m is not None:
            yield m, amount


@dataclass(slots=True)
class _Cue:
    """The words before an amount: "pendant", "plus de", "les"… and the text before them."""

    intro: str
    bound: str
    det: str
    text: str | None
    start: int | None
    before: str


def _cue_of(text: str, ntext: str, start: int) -> _Cue:
    m = match_suffix(grammar.PREFIX_CUE, ntext, start)
    cue_start = m.start() if m and m.start() < start else None
    head = cue_start if cue_start is not None else start
    cue = text[cue_start:start].strip() if cue_start is not None else ""
    return _Cue(
        intro=((m.group("intro") or "") if m else "").lower(),
        bound=(m.group("bound") or "") if m else "",
        det=(m.group("det") or "") if m else "",
        text=cue or None,
        start=cue_start if cue else None,
        before=ntext[max(0, head - WINDOW) : head],
    )


def _kind_of(ntext: str, m: re.Match[str], amount: _Amount, cue: _Cue) -> Kind:
    """DURATION, or TIME for a clock time, or AGE for someone's age."""
    if amount.unit == "heure":
        clock = _is_clock_time(ntext, amount, cue.intro, cue.bound, bool(m.group("hunit")), cue.before)
        return Kind.TIME if clock else Kind.DURATION
    if amount.unit == "an" and _is_age(ntext, amount, cue.intro, cue.bound, cue.det, cue.before):
        return Kind.AGE
    if amount.unit in {"mois", "semaine", "jour"} and _is_infant_age(ntext, amount, cue.intro, cue.before):
        return Kind.AGE
    return Kind.DURATION


def _names_a_paper(text: str, m: re.Match[str], amount: _Amount, cue: _Cue) -> bool:
    """Whether an amount of time is the name of a paper: « 20 Minutes » (a capitalised unit
    after a figure in digits), « selon 24 heures » (a source's words
    before it, ``grammar.PAPER_BEFORE``). Such a figure is a name, never a duration."""
    if amount.words or not m.group("unit") or cue.intro or cue.bound:
        return False
    unit = text[m.start("unit") : m.end("unit")]
    if unit[:1].isupper() and not unit.isupper():
        return True  # French capitalises a sentence's first word, here the figure, not its unit
    return bool(grammar.PAPER_BEFORE.search(text[max(0, amount.start - WINDOW) : amount.start]))


def _plain_value(m: re.Match[str], value: float | int | None) -> float | int | None:
    """3.0 → 3, but keep 1.5 ("un an et demi", "1 h 30")."""
    if isinstance(value, float) and value.is_integer() and not (m.group("half1") or m.group("half2")):
        return int(value)
    return value


def amounts(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "une semaine", "48 heures", "un an et demi", "47 ans" (age), "14 h 30" (time)."""
    del ctx
    for m, amount in _amount_matches(ntext):
        cue = _cue_of(text, ntext, amount.start)
        _apply_bound(amount, cue.bound)
        if _is_clock_range(amount, cue.intro, bool(m.group("hunit"))):
            yield _clock_range(text, m, amount, cue.text, cue.start)
            continue
        if _names_a_paper(text, m, amount, cue):
            span = text[amount.start : m.end()]
            yield candidate(quantity(text, amount.start, m.end(), Kind.CODE, span))
            continue
        kind = _kind_of(ntext, m, amount, cue)
        if kind is Kind.TIME:
            value = _time_value(m, amount)
            yield candidate(quantity(text, amount.start, m.end(), kind, value, cue=cue.text, cue_start=cue.start))
            continue
        if m.group("ampm"):  # "trois heures du matin" read as hours: leave "du matin" out
            amount.end = m.start("ampm") - 1
            while amount.end > amount.start and ntext[amount.end - 1].isspace():
                amount.end -= 1
        if kind is Kind.DURATION and amount.words and amount.qualifier is Qualifier.EXACT:
            window = fr.IDIOMATIC_DURATIONS.get((amount.value, amount.unit))  # type: ignore[arg-type]
            if window is not None:  # "quinze jours"
                amount.qualifier = Qualifier.APPROXIMATE
                amount.low, amount.high = window
        cue_text, cue_start = cue.text, cue.start
        more = grammar.AND_MORE.match(ntext, amount.end) if kind is Kind.AGE else None
        if more and amount.qualifier is not Qualifier.RANGE:  # "75 ans et plus"
            amount.qualifier, amount.low = Qualifier.AT_LEAST, amount.value
            if cue_text is None:
                cue_text, cue_start = text[more.start("c") : more.end("c")], more.start("c")
        q = quantity(
            text,
            amount.start,
            amount.end,
            kind,
            _plain_value(m, amount.value),
            unit=amount.unit,
            qualifier=amount.qualifier,
            low=amount.low,
            high=amount.high,
            words=amount.words,
            cue=cue_text,
            cue_start=cue_start,
        )
        yield candidate(q)


def definite_durations(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "durant la semaine d'action", "pendant toute la journée": one unit."""
    del ctx
    for m in grammar.DEFINITE_DURATION.finditer(ntext):
        det = m.group("det").lower()
        if not m.group("cue") and not det.startswith(W.ALL_PREFIX) and not grammar.EVENT_AFTER.match(ntext, m.end()):
            continue
        after = grammar.WORD_AFTER.match(ntext, m.end(), min(len(ntext), m.end() + 40))
        if after and after.group("w").lower() in fr.DEFINITE_UNIT_STOPWORDS:
            continue
        if after and after.group("w").lower() in fr.MONTHS:
            continue
        unit = fr.DEFINITE_DURATION_UNITS[m.group("unit").lower()]
        cue = text[m.start("cue") : m.end("cue")] if m.group("cue") else None
        q = quantity(
            text,
            m.start("det"),
            m.end(),
            Kind.DURATION,
            1,
            unit=unit,
            cue=cue,
            cue_start=m.start("cue") if cue else None,
            words=True,
        )
        yield candidate(q)


def named_times(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "à midi", "vers minuit", "à 14:30"."""
    del ctx
    for m in grammar.NAMED_TIME.finditer(ntext):
        value = fr.NAMED_TIMES[m.group("t").lower()]
        yield candidate(
            quantity(
                text,
                m.start("t"),
                m.end("t"),
                Kind.TIME,
                value,
                cue=text[m.start("cue") : m.end("cue")],
                cue_start=m.start("cue"),
            )
        )
    for m in grammar.COLON_TIME.finditer(ntext):
        hour, minutes = int(m.group("h")), int(m.group("mi"))
        if hour > 24 or minutes > 59:
            continue
        yield candidate(
            quantity(
                text,
                m.start("h"),
                m.end("mi"),
                Kind.TIME,
                f"{hour:02d}:{minutes:02d}",
                cue=text[m.start("cue") : m.end("cue")],
                cue_start=m.start("cue"),
            )
        )
