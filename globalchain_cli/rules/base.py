"""What every rule gets and gives: the registry, the context, number formatting.

A rule is a pure function ``(ctx: RuleContext) -> Iterator[Finding]`` registered
with ``@rule(code=..., name=..., family=...)``. Its docstring has fixed
headings (``## Ce qu'elle vérifie / What it does``, ``## Pourquoi / Why``,
``## Exemple / Example``) that ``gcheck rule CODE`` and SARIF print.
"""

from __future__ import annotations

import bisect
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TypeVar

from ..lang import language
from ..messages import say
from ..model import Claim, Finding, Severity, Verdict
from ..policy import Strength, families_conflict, ruling, strength
from ..relations.context import MAX_PAIRED, WINDOW
from ..relations.model import Evidence, Relation
from ..relations.values import value_of

R = TypeVar("R")
RuleFn = Callable[["RuleContext"], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    family: str
    fn: RuleFn
    severity: Severity = Severity.ERROR

    @property
    def doc(self) -> str:
        return (self.fn.__doc__ or "").strip()

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else self.name


REGISTRY: dict[str, Rule] = {}

DOC_HEADINGS = ("## Ce qu'elle vérifie / What it does", "## Pourquoi / Why", "## Exemple / Example")


def rule(code: str, name: str, family: str, severity: Severity = Severity.ERROR) -> Callable[[RuleFn], RuleFn]:
    """Register a rule under a stable code (family prefix + two digits)."""

    def register(fn: RuleFn) -> RuleFn:
        if code in REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        REGISTRY[code] = Rule(code, name, family, fn, severity)
        return fn

    return register


@dataclass
class RuleContext:
    """Everything a rule may read: the claims, the relations between them, the language,
    options."""

    claims: Sequence[Claim]
    relations: Sequence[Relation]
    lang: str = "fr"
    article_date: str | None = None  # ISO date of publication when the dateline gives it
    options: dict = field(default_factory=dict)
    order: dict = field(default_factory=dict)  # concepts and pairs for order-by-meaning
    severity: dict = field(default_factory=dict)  # per-rule severity overrides
    _by_id: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {c.id: c for c in self.claims}
        self._ordered = sorted(self.claims, key=lambda c: (c.sentence, c.start))
        self._sentences = [c.sentence for c in self._ordered]
        self._index = {c.id: i for i, c in enumerate(self._ordered)}

    def window(self, c: Claim, sentences: int = WINDOW) -> list[Claim]:
        """Claims within ``sentences`` sentences of ``c``: figures far apart in a very long
        text are not compared (and checking stays linear in its length)."""
        lo = bisect.bisect_left(self._sentences, c.sentence - sentences)
        hi = bisect.bisect_right(self._sentences, c.sentence + sentences)
        return self._ordered[lo:hi]

    def near(self, c: Claim, sentences: int = WINDOW) -> list[Claim]:
        """``window``, with ``c``'s own sentence cut to the ``MAX_PAIRED`` figures before and
        after ``c``: a sentence with more figures (a table written as prose) is compared
        within that window, so checking it stays linear in its length."""
        lo = bisect.bisect_left(self._sentences, c.sentence - sentences)
        hi = bisect.bisect_right(self._sentences, c.sentence + sentences)
        own_lo = bisect.bisect_left(self._sentences, c.sentence)
        own_hi = bisect.bisect_right(self._sentences, c.sentence)
        i = self._index[c.id]
        own = self._ordered[max(own_lo, i - MAX_PAIRED) : min(own_hi, i + MAX_PAIRED + 1)]
        return self._ordered[lo:own_lo] + own + self._ordered[own_hi:hi]

    def claim(self, cid: str) -> Claim:
        """The claim of id ``cid``."""
        return self._by_id[cid]

    def relations_of(self, kind: type[R]) -> list[R]:
        """The relations of one kind (``Subset``, ``Total``…), in the order they were read."""
        return [r for r in self.relations if isinstance(r, kind)]

    def say(self, key: str, **params: object) -> str:
        """The rule message ``rule.<key>`` of the catalogue, in the output language."""
        return say(f"rule.{key}", self.lang, **params)

    def num(self, x: float) -> str:
        """A number written for the output language (``fmt``)."""
        return fmt(x, self.lang)

    def amount(self, x: float, like: Claim) -> str:
        """``x`` written in the scale or the unit of the figure ``like``: « 6,5 millions »
        beside « 6,8 millions » (not « 6 500 000 »), « 0,8 point » beside « 1,8 point »."""
        text = like.text.lower()
        for word, factor in _SCALES:
            if word in text:
                v = round(x / factor, 3)
                return f"{self.num(v)} {self.say('scale.' + word + ('s' if abs(v) >= 2 else ''))}"
        if like.unit == _POINT:
            return f"{self.num(x)} {self.say('scale.point' + ('s' if abs(x) >= 2 else ''))}"
        return self.num(x)

    def judge(
        self,
        code: str,
        verdict: Verdict,
        message: str,
        claims: Sequence[Claim],
        evidence: Evidence | None = None,
        *,
        rival: bool = False,
        copied: bool = False,
        how: Strength | None = None,
    ) -> tuple[Finding, ...]:
        """The finding a rule proposes (``yield from ctx.judge(…)``), as the verdict policy
        (``policy.py``) lets it stand: an ``inconsistent`` verdict on less than strong
        evidence gives no finding. ``how``
        overrides the strength the policy reads from ``evidence``; ``rival`` says that
        another reading of the text makes the figures agree, ``copied`` that the values
        show a copy (``policy.strength``)."""
        how = how or strength(evidence, conflict=families_conflict(claims), rival=rival, copied=copied)
        stands = ruling(verdict, how)
        return () if stands is None else (self.finding(code, stands, message, claims, how),)

    def finding(
        self, code: str, verdict: Verdict, message: str, claims: Sequence[Claim], how: Strength = Strength.STRONG
    ) -> Finding:
        """A finding located at its first claim: rules list the figure most likely wrong first
        (the part, the restatement, the share), so annotations land on the slip. Rules call
        ``judge``, which routes the verdict through the policy."""
        first = claims[0]
        sev = Severity(self.severity.get(code, REGISTRY[code].severity))
        if verdict == Verdict.CONSISTENT:
            sev = Severity.INFO
        elif verdict == Verdict.UNVERIFIABLE and sev == Severity.ERROR:
            sev = Severity.WARNING
        ids = tuple(dict.fromkeys(c.id for c in claims))
        return Finding(code, verdict, sev, message, ids, first.start, first.end, first.line, first.column, str(how))


#: Scale words of a figure's text, largest first, and their factor (``RuleContext.amount``).
_SCALES = (("milliard", 1e9), ("million", 1e6))
#: The unit of a change between two percentages (« 0,8 point »).
_POINT = "point"


def fmt(x: float, lang: str = "fr") -> str:
    """A number the way the press writes it: 1 374, 2,5 (fr) or 1,374, 2.5 (en)."""
    if abs(x - round(x)) < 1e-9:
        s = f"{round(x):,}"
        return s.replace(",", "\u202f") if lang != "en" else s
    s = f"{x:,.2f}".rstrip("0").rstrip(".")
    if lang == "en":
        return s
    return s.replace(",", "\u202f").replace(".", ",")


def rounding(c: Claim) -> float:
    """Half the step a round figure is written to: « 19.000 » is rounded to the thousand
    (± 500), « 12.600 » to the hundred (± 50); an exact-looking figure (« 12 347 », « 120 »,
    « 1 000 ») gives 0. Only figures of four digits or more with at least two significant
    digits count as rounded: « 100 » or « 1 000 » may well be exact."""
    v = value_of(c)
    if v is None or v != int(v) or abs(v) < 1000 or str(c.qualifier) != "exact":
        return 0.0
    digits = str(abs(int(v)))
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or len(digits) - zeros < 2:
        return 0.0
    return 0.5 * 10**zeros


def where(c: Claim) -> str:
    """A claim's place as messages give it: ``line:column``."""
    return f"{c.line}:{c.column}"


def bounds(c: Claim) -> tuple[float, float] | None:
    """The interval a figure allows: exact → [v, v]; "plus de 200" → [200, ∞); "près de" → its tolerance."""
    v = value_of(c)
    if v is None:
        return None
    q = str(c.qualifier)
    lo = c.low if c.low is not None else v
    hi = c.high if c.high is not None else v
    if q == "at_least":
        return (v, float("inf"))
    if q == "at_most":
        return (0.0, v)
    if q == "approximate" and c.low is None:
        return (v * 0.9, v * 1.1)
    return (min(lo, hi), max(lo, hi))


@cache
def default_order() -> dict:
    """The order lexicon shipped with gcheck for the text's language (lang/fr/order.toml)."""
    package = f"globalchain_cli.lang.{language().code}"
    data = resources.files(package).joinpath("order.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


def concepts_of(claim: Claim, concepts: dict[str, list[str]]) -> set[str]:
    """The concepts of the lexicon a claim belongs to, by its traits."""
    traits = set(claim.traits)
    return {name for name, words in concepts.items() if traits & set(words)}
