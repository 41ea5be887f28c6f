"""Claims written by hand, for tests that need no language model (yamllint's
``RuleTestCase`` way: state the input, run one piece, compare).

    t = Text("1 374 victimes ont été identifiées, dont 153 enfants.")
    whole = t.count("1 374", "victimes")
    part = t.count("153", "enfants")
    claims, relations = t.relations()

Each figure is looked for in the text after the previous one, so a builder reads in the
order of the text. A claim's unit is its noun's key (``claims.noun_key``); its sentence
is counted from full stops; lines are 1 and columns the offset + 1.
"""

from __future__ import annotations

import re
from dataclasses import replace

from globalchain_cli.claims import noun_key
from globalchain_cli.model import Claim, Kind, Qualifier, Quantity
from globalchain_cli.relations import find_relations
from globalchain_cli.rules import REGISTRY, RuleContext

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


class Text:
    """A text and the claims built on it, one call per figure, in text order."""

    def __init__(self, text: str):
        self.text = text
        self.claims: list[Claim] = []
        self._pos = 0

    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans, cut after each full stop."""
        spans, start = [], 0
        for m in _SENTENCE_END.finditer(self.text):
            spans.append((start, m.end()))
            start = m.end()
        if self.text[start:].strip():
            spans.append((start, len(self.text)))
        return spans

    def _sentence(self, offset: int) -> int:
        return next(i for i, (s, e) in enumerate(self.sentences()) if s <= offset < e or e == len(self.text))

    def add(
        self,
        figure: str,
        kind: Kind = Kind.COUNT,
        value=None,
        noun: str | None = None,
        unit: str | None = None,
        qualifier: Qualifier = Qualifier.EXACT,
        cue: str | None = None,
        parts: tuple[Quantity, ...] = (),
        **fields,
    ) -> Claim:
        """A claim for the next occurrence of ``figure``: its ``noun`` (looked for right after
        it), its unit (the noun's key unless given), the bound ``cue`` before it (« plus de »,
        « pendant »); other ``Claim`` fields by name."""
        start = self.text.index(figure, self._pos)
        end = start + len(figure)
        self._pos = end
        if value is None and kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.DURATION):
            digits = re.sub(r"[^\d,]", "", figure).replace(",", ".")
            value = float(digits) if "." in digits else int(digits)
        noun_start = noun_end = None
        if noun is not None:
            noun_start = self.text.index(noun, end)
            noun_end = noun_start + len(noun)
            self._pos = noun_end
        if unit is None and noun is not None:
            unit = noun_key(noun)
        cue_start = self.text.rindex(cue, 0, start) if cue else None
        traits = set(fields.pop("traits", ())) | ({unit} if unit and kind == Kind.COUNT else set())
        quantity = Quantity(start, end, figure, kind, value, unit, qualifier, cue=cue, cue_start=cue_start, parts=parts)
        claim = Claim(
            id=f"c{len(self.claims) + 1}",
            start=start,
            end=end,
            text=figure,
            line=1,
            column=start + 1,
            kind=kind,
            value=value,
            unit=unit,
            qualifier=qualifier,
            noun=noun,
            noun_start=noun_start,
            noun_end=noun_end,
            traits=tuple(sorted(traits)),
            sentence=self._sentence(start),
            quantity=quantity,
            **fields,
        )
        self.claims.append(claim)
        return claim

    def count(self, figure: str, noun: str | None = None, **fields) -> Claim:
        """A count: « 1 374 victimes »; without a noun, an elliptic figure (« dont 153 »)."""
        return self.add(figure, Kind.COUNT, noun=noun, **fields)

    def percent(self, figure: str, **fields) -> Claim:
        """A percentage: « 90 % »."""
        return self.add(figure, Kind.PERCENT, unit="%", **fields)

    def relations(self):
        """The claims (elliptic units resolved, one per counted list) and the relations the
        readers find in the text, without a parse."""
        return find_relations(self.text, None, self.claims, lambda offset: (1, offset + 1), self.sentences())


def with_claims(claims: list[Claim], **changes) -> list[Claim]:
    """The claims with some fields changed on every one (``scope=("l'an dernier",)``)."""
    return [replace(c, **changes) for c in claims]


def run(code: str, claims, relations=(), lang: str = "fr", **context) -> list:
    """The findings of one rule on hand-made claims and relations."""
    ctx = RuleContext(claims=list(claims), relations=list(relations), lang=lang, **context)
    return list(REGISTRY[code].fn(ctx))


def verdicts(findings) -> list[str]:
    """The verdicts of some findings, as strings."""
    return [str(f.verdict) for f in findings]
