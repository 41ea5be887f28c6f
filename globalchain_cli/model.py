"""The objects that flow through gcheck, from text to report.

    text ─▶ Quantity (extract/) ─▶ Claim (claims.py) ─▶ relations (relations/model.py)
         ─▶ Finding (rules/) ─▶ FileReport ─▶ renderers

Every object keeps character offsets into the decoded text of the file (BOM
removed, line endings kept): ``text[start:end]`` is always its surface text.
Objects are frozen so a rule can never change what another rule sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What a quantity is. Only some kinds are ever compared by rules."""

    COUNT = "count"  # 219 personnes, deux cent dix-neuf, une centaine
    PERCENT = "percent"  # 12 %, 12 pour cent
    POINTS = "points"  # 2 points (de pourcentage)
    FRACTION = "fraction"  # la moitié, un tiers, deux sur trois (value is the ratio, 0.5)
    MONEY = "money"  # 2,5 millions d'euros, 89 francs
    MEASURE = "measure"  # 2,5 tonnes, 41,2 °C, 187 km/h
    DATE = "date"  # le 3 juin 2024 (value: ISO date)
    PERIOD = "period"  # du 3 au 9 juin 2024 (value: (start, end) ISO dates)
    DURATION = "duration"  # une semaine, cinq jours (value: amount, unit: jour/semaine/mois/an/heure)
    YEAR = "year"  # en 2023 (a date, never an amount)
    ORDINAL = "ordinal"  # 1er, 2e, IIe, deuxième
    AGE = "age"  # âgés de 15 ans (an attribute, not an amount)
    TIME = "time"  # 14 h 30
    LIST = "list"  # « Anvers, le Limbourg et le Brabant flamand » (value: how many items)
    CODE = "code"  # COVID-19, A4, n° 3, article 225-4-1, phone numbers, scores


#: Kinds that are amounts: rules may relate them to one another.
AMOUNT_KINDS = frozenset({Kind.COUNT, Kind.PERCENT, Kind.POINTS, Kind.FRACTION, Kind.MONEY, Kind.MEASURE})


class Qualifier(StrEnum):
    """How exact a figure claims to be."""

    EXACT = "exact"
    APPROXIMATE = "approximate"  # près de, environ, quelque, une centaine
    AT_LEAST = "at_least"  # plus de, au moins, pas moins de
    AT_MOST = "at_most"  # moins de, au plus, jusqu'à, à peine
    RANGE = "range"  # de 20 à 25 %, entre 3 et 5 ans


class Verdict(StrEnum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    UNVERIFIABLE = "unverifiable"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a figure cannot be true, as a message key and its fields, in no language.

    ``key`` is a catalogue key (``lang/<code>/messages/extract.toml``); ``params``
    holds its fields as (name, value) pairs. :meth:`render` gives the sentence in
    a language: ``Reason("extract.date.month_days", (("month", 6), ("days", 30)))``
    reads « le mois de juin n'a que 30 jours » in French, "June has only 30 days"
    in English.
    """

    key: str
    params: tuple[tuple[str, int], ...] = ()

    def render(self, lang: str) -> str:
        """The reason in ``lang``; a ``month`` field (1-12) is written as that language names it."""
        from .messages import say

        fields: dict[str, object] = dict(self.params)
        if "month" in fields:
            fields["month"] = say(f"extract.month_of.m{fields['month']}", lang)
        return say(self.key, lang, **fields)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure found in the raw text, before any linguistic analysis.

    ``start``/``end`` cover the figure with its number words, scale words,
    currency or percent sign (``2,5 millions d'euros``, ``12 %``,
    ``le 3 juin 2024``); bound words such as ``plus de`` are recorded in
    ``qualifier`` and ``cue_start`` but are not part of the span.
    """

    start: int
    end: int
    text: str
    kind: Kind
    value: float | int | str | tuple[str, str] | None
    unit: str | None = None  # "%", "EUR", "jour", "tonne"... for counts, None (the noun comes later)
    qualifier: Qualifier = Qualifier.EXACT
    low: float | None = None  # for ranges and approximate values: the interval the figure allows
    high: float | None = None
    cue: str | None = None  # the bound or approximation words: "plus de", "près de"
    cue_start: int | None = None  # where the cue starts (before start)
    weekday: int | None = None  # dates: weekday named in the text, 0 = lundi … 6 = dimanche
    weekday_start: int | None = None
    precision: str | None = None  # dates: "day", "month", "year", "part-of-month"; numbers: None
    words: bool = False  # written in words ("deux cent dix-neuf")
    invalid: str | None = None  # dates: why the date cannot exist ("31 juin"), in French (``reason`` rendered)
    parts: tuple[Quantity, ...] = ()  # periods: their start and end dates
    reason: Reason | None = None  # dates: the same reason, in no language (render it with ``reason.render``)


@dataclass(frozen=True, slots=True)
class Claim:
    """A quantity read in context: what it counts, for what event, where.

    ``unit`` is what is counted or measured, lemmatised ("victime", "pays",
    "%", "EUR"); ``noun_start``/``noun_end`` point at the counted noun in the
    text when there is one (for messages: "153 enfants").
    """

    id: str
    start: int
    end: int
    text: str
    line: int
    column: int
    kind: Kind
    value: float | int | str | tuple[str, str] | None
    unit: str | None
    qualifier: Qualifier = Qualifier.EXACT
    low: float | None = None
    high: float | None = None
    noun: str | None = None  # surface of the counted noun ("enfants")
    noun_start: int | None = None
    noun_end: int | None = None
    event: str | None = None  # lemma of the governing verb or event noun ("arrêter", "interpellation")
    traits: tuple[str, ...] = ()  # lemmas that say what is counted: noun, event, "inscrit", "confirmé"
    definite: bool = False  # a re-mention: "les 1 374 victimes", "ces 62 buts"
    demonstrative: bool = False  # "ces 4 870 demandes": points back at the last such figure
    scope: tuple[str, ...] = ()  # markers that set a figure apart: "an dernier", "selon la police"...
    places: tuple[str, ...] = ()  # named places of its clause ("Vannes"): weigh on verdicts only
    sentence: int = 0  # index of the sentence in the document
    quantity: Quantity | None = field(default=None, compare=False, repr=False)

    @property
    def label(self) -> str:
        """The claim as a journalist reads it: '153 enfants', '1 374 victimes'."""
        if self.noun and self.noun_start is not None and self.noun_start >= self.end:
            return f"{self.text} {self.noun}"
        return self.text


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    verdict: Verdict
    severity: Severity
    message: str
    claims: tuple[str, ...]
    start: int
    end: int
    line: int
    column: int
    #: How strong the evidence for the verdict is (``policy.Strength``): "strong" (an explicit
    #: construction, or the same noun in compatible scopes), "moderate", "weak" (a guess).
    evidence: str = "strong"


@dataclass(frozen=True, slots=True)
class FileReport:
    path: str
    claims: tuple[Claim, ...] = ()
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    suppressed: int = 0
    notes: tuple[str, ...] = ()  # warnings about the input itself (decoding, unused directives)


@dataclass(frozen=True, slots=True)
class Report:
    files: tuple[FileReport, ...]

    def count(self, verdict: Verdict) -> int:
        return sum(1 for f in self.files for x in f.findings if x.verdict == verdict)
