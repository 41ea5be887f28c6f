"""Totals and breakdowns: « 146 concerts : 92 … et 54 … », « les cinq autres », « Au total »."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..claims import noun_family, noun_key, same_class, same_population
from ..lang import language
from ..model import Claim, Kind
from .context import (
    COUNTABLE,
    MAX_PAIRED,
    WINDOW,
    Context,
    _aggregate,
    _coordinated,
    _counted,
    _gap,
    _own_verb,
    _signed,
    end_with_noun,
    in_brackets,
)
from .evidence import evidence
from .model import Attachment, Cue, Relation, Subset, Total


def link_others(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« dix-neuf des vingt-quatre prévenus …, et relaxé les cinq autres »: the rest of a whole."""
    g = ctx.grammar
    subsets = [r for r in found if isinstance(r, Subset)]
    for c in ctx.claims:
        m = g.OTHERS_AFTER.match(ctx.after(c, g.OTHERS_AHEAD)) if _counted(c) else None
        if not m or not g.OTHERS_BEFORE.search(ctx.before(c, g.OTHERS_BACK)):
            continue
        earlier = [
            r for r in subsets if ctx.by_id[r.part].start < c.start and c.sentence - ctx.by_id[r.part].sentence <= 2
        ]
        if earlier:
            r = max(earlier, key=lambda x: ctx.by_id[x.part].start)
            if g.OTHERS_THAN_ONE.search(ctx.text[ctx.by_id[r.part].end : c.start]):
                continue  # « six …, l'un comme chef, les cinq autres … »: the rest of the six
            whole = ctx.by_id[r.whole]
            ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.ANTECEDENT, whole, ctx.by_id[r.part], c)
            yield Total(r.whole, (r.part, c.id), True, ev)


def link_breakdown(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 146 concerts … : 92 sur les deux premières et 54 au Club », « le chiffre d'affaires,
    de 2 312 millions, se répartit entre 1 605 millions … et 707 millions », « 34 matches,
    pour 21 victoires, 8 nuls et 5 défaites »: a total and the list of its parts. A figure
    told of another entity of a ranking is no total of the list (« avec 392 emplois,
    suivi du Brabant wallon : 370 postes … », ``grammar.SIBLING_TURN``)."""
    for c in ctx.claims:
        if not _counted(c):
            continue
        prev = [x for x in ctx.before_in_sentence(c) if x.start < c.start]
        lead_start = prev[-1].end if prev else ctx.sentence_start(c)
        raw = ctx.text[lead_start : c.start].replace("’", "'")
        kind, cue = _breakdown_cue(ctx, raw.lower(), raw)
        if kind is None:
            continue
        parts = [c, *_coordinated(ctx, c)]
        if len(parts) < 2:
            continue
        if kind == "namely" and ctx.grammar.NAMELY_NOT_SUM.match(ctx.after(c, 30)):
            continue  # « 17 personnes, soit trois de moins qu'en moyenne, et 17 … »: a difference
        if any(
            ctx.grammar.TOTAL_AFTER.match(ctx.text[end_with_noun(p) : end_with_noun(p) + 15].lower()) for p in parts
        ):
            continue  # « 7600 …, 3300 sans dénomination, 25 700 au total »: the last is the total
        units = {p.unit for p in parts if p.unit}
        listed = {p.id for p in parts}
        candidates = [
            x
            for x in prev
            if x.kind in COUNTABLE
            and x.id not in listed
            and not ctx.grammar.SIBLING_TURN.search(ctx.text[x.end : c.start])
            and not (in_brackets(ctx, x) and ")" in ctx.text[x.end : c.start])  # « (dont 6 femmes), 29 … »
        ]
        if kind == "apposition":
            # an apposition only breaks a total down when the parts are kinds of it
            candidates = [
                x
                for x in candidates
                if x.unit and all(not p.unit or (p.noun or "")[:1].isupper() or _kind_of(p.unit, x.unit) for p in parts)
            ]
        if kind == "split" and not candidates:
            candidates = [x for x in ctx.previous(c, 2) if x.kind in COUNTABLE and (not units or x.unit in units)]
            subject = _lemmas(ctx, ctx.sentence_start(c), c.start)
            groups = [g for g in ctx.cues.EVENT_GROUPS.values() if g & subject]
            candidates.sort(key=lambda x: not any(g & set(x.traits) for g in groups))
        candidates = [x for x in candidates if _may_total(ctx, x, parts)]
        if not candidates:
            continue
        total = sum(float(p.value) for p in parts)
        # a colon or « se répartit » names the total first; an apposition follows it directly
        fallback = candidates[0] if kind != "apposition" else _right_before(ctx, candidates, c)
        whole = next((x for x in candidates if float(x.value) == total), fallback)
        if whole is None or _counts_the_items(whole, parts, total):
            continue
        if kind == "apposition" and (_siblings(ctx, whole, parts) or any(_own_verb(ctx, p) for p in parts)):
            continue  # « 187 malades, 112 sont des enfants, et 151 … »: clauses, not an apposition
        if kind == "colon" and _finite_verb(ctx, parts[0]) and _breaks_down_first(ctx, parts):
            continue  # « rafales de 48 nœuds : 34 embarcations ont chaviré, 21 dériveurs, 9 … »: of the 34
        apposition = kind == "apposition"
        how = Attachment.VALUE if whole is not fallback else Attachment.ADJACENT if apposition else Attachment.PRECEDING
        told = Cue.PATTERN if kind in ("apposition", "colon") else Cue.EXPLICIT
        if any(ctx.grammar.TWO_PLACES.match(ctx.text[end_with_noun(p) : end_with_noun(p) + 60]) for p in parts):
            told = Cue.GUESS  # « 26 à Tournai et Namur »: each one's or both's, the sum may count it twice
        ev = evidence(told, cue, how, whole, *parts)
        yield Total(whole.id, tuple(p.id for p in parts), not apposition, ev)


def _breaks_down_first(ctx: Context, parts: Sequence[Claim]) -> bool:
    """Whether the parts after the first, with no verbs of their own, add up to it: « 34
    embarcations ont chaviré, 21 dériveurs, 9 catamarans et 4 planches » is 34 and its
    breakdown, not four parts of the figure before the colon."""
    rest = parts[1:]
    return (
        len(rest) >= 2
        and not any(_own_verb(ctx, p) for p in rest)
        and sum(float(p.value) for p in rest) == float(parts[0].value)
    )


def _finite_verb(ctx: Context, c: Claim) -> bool:
    """Whether a listed figure opens a clause of its own, with a conjugated verb right after
    it and its noun (« 34 embarcations ont chaviré »), not an adjective the tagger took for
    a verb (« 11 millions de part fixe »)."""
    if not _own_verb(ctx, c) or ctx.doc is None:
        return False
    span = ctx.doc.char_span(c.start, end_with_noun(c), alignment_mode="expand")
    return span is not None and any(
        t.pos_ == "AUX" or "Fin" in t.morph.get("VerbForm") for t in ctx.doc[span.end : span.end + 3]
    )


def _may_total(ctx: Context, x: Claim, parts: Sequence[Claim]) -> bool:
    """Whether ``x`` may be the total of ``parts``: of their kind (a count of institutions is
    no total of euros: « les trois institutions : 428 000 € pour …, 263 000 € pour … »), of
    their unit for money and measures, and no net balance (« un solde de 31, soit 94 entrées
    et 63 sorties » is a difference)."""
    g = ctx.grammar
    if g.NET_BEFORE.search(ctx.before(x, g.NET_BACK)):
        return False
    amounts = (Kind.MONEY, Kind.MEASURE)
    for p in parts:
        if x.kind == Kind.COUNT and p.kind in amounts:
            return False  # a count of things is no sum of amounts
        if p.kind in amounts and x.kind in amounts and p.unit and x.unit and p.unit != x.unit:
            return False
    return True


def _counts_the_items(whole: Claim, parts: Sequence[Claim], total: float) -> bool:
    """Whether the whole counts the parts rather than adds them up: « trois postes : 50, 40
    et 20 millions » names three posts, and three figures follow (that is a list, CNT01's
    business; the sum says nothing against it)."""
    if whole.kind != Kind.COUNT or float(whole.value) == total:
        return False
    if whole.value == len(parts):
        return True
    # « Les cinq villes les plus peuplées : Anvers (529 417), Gand (263 703) … »: a few
    # things named, each with a figure far above their count
    return whole.value in range(2, 13) and all(float(p.value) > 10 * float(whole.value) for p in parts)


def _siblings(ctx: Context, whole: Claim, parts: Sequence[Claim]) -> bool:
    """Whether an apposition lists sibling kinds of one noun rather than parts: « 412 médailles
    d'or, 389 d'argent et 356 de bronze » (the whole's noun has a complement and the first
    part, elliptic, a complement of its own)."""
    g, first = ctx.grammar, parts[0]
    if whole.noun_end is None or first.noun is not None:
        return False
    own = ctx.text[whole.noun_end : whole.noun_end + 30]
    own = g.SIBLING_ADJECTIVE.sub("", own, count=1)  # « 157 091 chômeurs complets en Région flamande »
    return bool(g.SIBLING_COMPLEMENT.match(own) and g.SIBLING_COMPLEMENT.match(ctx.text[first.end : first.end + 20]))


def _breakdown_cue(ctx: Context, lead: str, raw: str | None = None) -> tuple[str | None, str]:
    """The kind of breakdown the words before its first part announce (``split``,
    ``colon``, ``namely``, ``apposition``: see ``grammar.BREAKDOWN``), and the cue's text.
    ``lead`` is in lower case; ``raw``, as written, shows the capital of a name (« entre
    Landiras (12 800), … »)."""
    for kind, pattern in ctx.grammar.BREAKDOWN:
        m = pattern.search(lead)
        if m:
            return kind, m.group("cue")
    m = ctx.grammar.BREAKDOWN_NAMED.search(raw if raw is not None else lead)
    if m:
        return "colon", m.group("cue") or m.group("among")
    return None, ""


def _right_before(ctx: Context, candidates: Sequence[Claim], first_part: Claim) -> Claim | None:
    """The figure whose noun group runs up to the comma before the list:
    « neuf avions bombardiers d'eau, six Canadair et trois Dash »."""
    if not candidates:
        return None
    x = max(candidates, key=lambda x: x.start)
    if any(x.end <= y.start and y.end <= first_part.start for y in ctx.in_sentence(first_part)):
        return None  # « trois postes : 50, 40 et 20 »: a figure between them, 40 is 50's sibling
    gap = ctx.text[(x.noun_end or x.end) : first_part.start]
    if (x.noun or "")[:1].isupper():
        return None  # « 58 Erythréens, 41 Soudanais et 19 Syriens »: siblings, not a total
    return x if len(gap.split()) <= 4 and gap.count(",") == 1 else None


def _lemmas(ctx: Context, start: int, end: int) -> set[str]:
    """The lemmas of the words between two offsets (none without a parse)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand") if ctx.doc is not None else None
    return {t.lemma_.lower() for t in span} if span is not None else set()


def _kind_of(part_unit: str, whole_unit: str) -> bool:
    """Whether a part's noun is a kind of the whole's ("ouvrier" of "personne")."""
    members = language().cues.NOUN_CLASSES.get(whole_unit)
    return bool(members and part_unit in members)


def link_total(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Au total, 9 412 suffrages ont été exprimés » after « 4 987 voix … 3 116 voix … 1 309 voix »:
    a stated total of the figures of the same kind listed before it in the paragraph (a
    guess: the list may be incomplete, so the rule only confirms it)."""
    wholes = {r.whole if isinstance(r, Subset) else r.total for r in found if isinstance(r, Subset | Total)}
    g = ctx.grammar
    for total in ctx.claims:
        m = g.IN_ALL.search(ctx.before(total, g.IN_ALL_BACK)) if _counted(total) and total.unit else None
        if not m:
            continue
        para_start = ctx.text.rfind("\n", 0, total.start) + 1
        parts = [
            x
            for x in ctx.previous(total, WINDOW)
            if para_start <= x.start < total.start
            and _counted(x)
            and x.id not in wholes
            and x.qualifier == "exact"
            and not x.scope
            and x.unit
            and same_class(x.unit, total.unit)
        ]
        if len(parts) >= 2:
            ev = evidence(Cue.GUESS, m.group("cue"), Attachment.PARAGRAPH, total, *parts)
            yield Total(total.id, tuple(p.id for p in parts), False, ev)


def link_outcomes(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Sur les 60 candidats, 42 ont été admis et 18 ont échoué »: parts of one whole that
    each have a verb of their own, which the readers of parts do not add up (« 112 sont des
    enfants, et 151 n'étaient pas vaccinés » may overlap). When the parts' own words fall in
    distinct classes of one closed set of exclusive outcomes (``outcomes.toml``), they do not
    overlap: their sum is at most the whole, and exactly the whole when every class of the
    set is listed (and the whole counts no one outside the set: not « inscrits » of an exam).
    Otherwise, the parts are only a guess at the whole, which may be confirmed, never refuted."""
    summed = {(r.total, frozenset(r.parts)) for r in found if isinstance(r, Total)}
    for whole_id, subsets, parts in _parts_by_whole(ctx, found):
        if len(parts) < 2 or any(p.kind != parts[0].kind for p in parts):
            continue
        read = any(whole_id == t and set(ps) & {p.id for p in parts} for t, ps in summed)
        whole = ctx.by_id[whole_id]
        ids = tuple(p.id for p in parts)
        cue = subsets[0].evidence.cue_text
        outcome = _outcome_set(ctx, parts)
        if read and (outcome is None or not outcome[0]):
            continue  # a reader of parts added these up already, and they are not all the outcomes
        if outcome is None:
            if sum(float(p.value) for p in parts) != float(whole.value):
                continue  # a guess is only ever confirmed: say nothing of parts that do not fit
            ev = evidence(Cue.GUESS, cue, subsets[0].evidence.attachment, whole, *parts)
            yield Total(whole_id, ids, True, ev)
            continue
        classes, wider = outcome
        complete = classes and not (set(whole.traits) | {whole.unit}) & wider
        ev = evidence(Cue.EXPLICIT, cue, subsets[0].evidence.attachment, whole, *parts)
        yield Total(whole_id, ids, bool(complete), ev)


def _parts_by_whole(ctx: Context, found: Sequence[Relation]) -> Iterator[tuple[str, list[Subset], list[Claim]]]:
    """The parts an explicit cue ties to one whole, one sentence at a time: (the whole's id,
    the subsets, their parts in text order)."""
    groups: dict[tuple[str, int], list[Subset]] = {}
    for r in found:
        if isinstance(r, Subset) and r.evidence.cue is Cue.EXPLICIT:
            groups.setdefault((r.whole, ctx.by_id[r.part].sentence), []).append(r)
    for (whole_id, _), subsets in groups.items():
        yield whole_id, subsets, sorted({ctx.by_id[r.part] for r in subsets}, key=lambda c: c.start)


def link_gapped_parts(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Sur les 64 lignes, 19 ont été assurées normalement, 27 partiellement et 18 pas du
    tout »: parts of one whole (« sur », « parmi », « dont ») listed with their verb gapped
    after the first. They share one predicate and differ by its complement, so they do not
    overlap: their sum is at most the whole. Parts with verbs of their own may overlap
    (« 112 sont des enfants, et 151 n'étaient pas vaccinés »), and parts with nouns of their
    own are read by the other readers."""
    summed = {frozenset(r.parts) for r in found if isinstance(r, Total)}
    for whole_id, subsets, parts in _parts_by_whole(ctx, found):
        if len(parts) < 2 or any(p.kind != parts[0].kind or p.noun_start is not None for p in parts):
            continue
        if [p.id for p in _coordinated(ctx, parts[0])] != [p.id for p in parts[1:]]:
            continue  # not one list
        if any(_own_verb(ctx, p) for p in parts[1:]) or frozenset(p.id for p in parts) in summed:
            continue
        whole = ctx.by_id[whole_id]
        ev = evidence(Cue.EXPLICIT, subsets[0].evidence.cue_text, Attachment.ADJACENT, whole, *parts)
        yield Total(whole_id, tuple(p.id for p in parts), False, ev)


def link_record(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« une fiche de 38 victoires, 17 défaites et 6 revers en prolongation en 61 rencontres »,
    « En 36 journées, ils totalisent 22 victoires, 9 nuls et 5 défaites »: a team's record
    (the classes of the ``match`` set of ``outcomes.toml``, each once) and, in its sentence,
    the games it adds up to (``record_of``). A record with a draw or three classes is whole;
    wins and defeats alone only bound the games (a sport with draws may leave them out)."""
    record = ctx.grammar.OUTCOMES.get("match")
    if record is None:
        return
    games = set(record["record_of"])
    done: set[str] = set()
    for c in ctx.claims:
        if c.id in done or c.kind != Kind.COUNT or c.qualifier != "exact":
            continue
        parts = [c, *_coordinated(ctx, c)]
        classes = [_record_class(record, p) for p in parts]
        if len(parts) < 2 or None in classes or len(set(classes)) != len(classes):
            continue
        done.update(p.id for p in parts)
        whole = next(
            (x for x in ctx.sentence_claims(c.sentence) if x not in parts and _counts_games(x, games)),
            None,
        )
        if whole is None:
            continue
        complete = "nul" in classes or len(classes) >= 3
        ev = evidence(Cue.PATTERN, whole.text, Attachment.ADJACENT, whole, *parts)
        yield Total(whole.id, tuple(p.id for p in parts), complete, ev)


def _record_class(record: dict, c: Claim) -> str | None:
    """The class of a team's record a figure counts (« 22 victoires »: ``victoire``), or None."""
    if c.kind != Kind.COUNT or c.qualifier != "exact":
        return None
    return next((name for name, words in record["classes"].items() if c.unit in words), None)


def _counts_games(x: Claim, games: set[str]) -> bool:
    """Whether a figure counts games (« 61 rencontres »; « 36 journées », read as a duration)."""
    if x.qualifier != "exact" or not isinstance(x.value, int | float):
        return False
    if x.kind == Kind.DURATION:
        return any(w in x.text.lower() for w in games)
    return x.kind == Kind.COUNT and x.unit in games


def _outcome_set(ctx: Context, parts: Sequence[Claim]) -> tuple[bool, set[str]] | None:
    """The closed set of exclusive outcomes the parts fall in, one distinct class each:
    (whether every class is listed, the set's ``wider`` wholes), or None."""
    for outcome in ctx.grammar.OUTCOMES.values():
        seen = []
        for p in parts:
            own = _own_words(p)
            hit = [name for name, words in outcome["classes"].items() if own & set(words)]
            if len(hit) != 1:
                break
            seen.append(hit[0])
        else:
            if len(set(seen)) == len(seen):
                return len(seen) == len(outcome["classes"]), set(outcome.get("wider", ()))
    return None


def _own_words(c: Claim) -> set[str]:
    """A part's own outcome words: its own counted noun (« 50 relaxés », whose verb may be
    gapped from the first part's), else its verb or event."""
    if c.noun_start is not None and c.noun_start >= c.end and c.unit:
        return {c.unit}
    return {c.event} if c.event else set()


def link_tally(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« adopté par 1 204 voix contre 1 011 » … « sur les 2 215 bulletins valables », « 45
    voix contre 12, avec 3 abstentions, sur les 60 élus », « 3 412 oui contre 2 950 non »:
    the two sides of a vote (and its abstentions, blank and spoilt ballots) and the whole
    they are votes of, in the sentence or the next two. The valid ballots are exactly the
    two sides; voters, members or the registered hold at least every vote listed. A
    « contre » that compares with another time (« contre 3 900 il y a six ans ») is no tally."""
    g = ctx.grammar
    for a, b in zip(ctx.claims, ctx.claims[1:], strict=False):
        if a.kind != Kind.COUNT or b.kind != Kind.COUNT or a.sentence != b.sentence or a.unit not in g.TALLY_SIDES:
            continue
        m = g.TALLY_AGAINST.fullmatch(_gap(ctx, a, b))
        if not m or b.scope or (b.noun_start is not None and b.unit not in g.TALLY_SIDES | {"non"}):
            continue
        if g.TALLY_OTHER_TIME.match(ctx.after(b, g.TALLY_OTHER_TIME_AHEAD)) or a.qualifier != "exact":
            continue
        extras, whole = [], None
        for x in ctx.claims[ctx.position[b.id] + 1 : ctx.position[b.id] + 1 + 2 * MAX_PAIRED]:
            if x.sentence > b.sentence + 2:
                break
            words = {x.unit} | set(x.traits)
            if x.sentence == b.sentence and x.kind == Kind.COUNT and words & g.TALLY_EXTRAS and whole is None:
                extras.append(x)
            elif _counted(x) and x.unit in g.TALLY_WHOLES:
                whole = x
                break
            elif x.kind == Kind.COUNT and x.unit in g.TALLY_SIDES and x.sentence > b.sentence:
                break  # another vote
        if whole is None or float(whole.value) <= float(a.value) or not _same_time(ctx, whole, a):
            continue
        exact = bool(set(whole.traits) & g.TALLY_EXACT_WHOLE)
        parts = (a, b) if exact else (a, b, *extras)
        how = Attachment.ADJACENT if whole.sentence == b.sentence else Attachment.NOUN
        ev = evidence(Cue.EXPLICIT, m.group("cue"), how, whole, *parts)
        yield Total(whole.id, tuple(p.id for p in parts), exact, ev)


def link_turnout(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 9 871 électeurs se sont déplacés » … « 9 412 suffrages ont été exprimés, et 459
    bulletins blancs ou nuls »: the voters are the valid ballots and the blank and spoilt
    ones, when the paragraph names each of them once (a second count of voters, another
    round, leaves it alone). The figures are found as the only ones of their kind, and the
    definition of turnout relates them."""
    g = ctx.grammar
    for e in ctx.claims:
        if e.kind != Kind.COUNT or not set(e.traits) & g.TALLY_EXACT_WHOLE or e.qualifier != "exact":
            continue
        same = [x for x in ctx.sentence_claims(e.sentence) if x is not e and x.kind == Kind.COUNT]
        blank = [x for x in same if x.start > e.start and {x.unit, *x.traits} & {"blanc", "nul"}]
        within = {r.part for r in found if isinstance(r, Subset)}
        if not blank or len(blank) > 2 or any(x.id in within for x in blank):
            continue  # « 9 412 suffrages, dont 459 blancs »: the text says otherwise
        voters = [
            x
            for x in ctx.near(e, 4)
            if x.kind == Kind.COUNT
            and x is not e
            and {x.unit, x.event, *x.traits} & g.TURNOUT_VOTERS
            and not {x.unit, *x.traits} & g.TALLY_EXACT_WHOLE
            and x.qualifier == "exact"
            and not x.scope
        ]
        if len({x.value for x in voters}) != 1:
            continue
        v = voters[0]
        lo, hi = sorted((v.end, e.start))
        if g.ROUND.search(ctx.text, lo, hi) or not _same_time(ctx, v, e):
            continue  # the voters of another round
        ev = evidence(Cue.PATTERN, "", Attachment.ONLY, v, e, *blank)
        yield Total(v.id, (e.id, *(x.id for x in blank)), True, ev)


def link_en_parts(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Le réseau compte 230 agences. Le Nord en regroupe 120, le Sud 70 et l'Est 40 »
    (the verb and the noun gapped after the first part), « La majorité obtient 19 des 29
    sièges ; l'opposition en aura 10 » (the rest of a partitive whole): elliptic figures
    after « en » and a verb of holding or winning (``grammar.CONTAIN_VERBS``, or the whole's
    own verb), parts of the last set counted, in the sentence or the one before. The list
    does not say it is complete: the parts are at most the whole. A single « en » figure
    with no partitive beside it is left alone (« 62 buts, et en a encaissé 29 »: other
    goals)."""
    g = ctx.grammar
    listed = {p for r in found if isinstance(r, Total) for p in r.parts}
    partitive = {
        r.whole: r.part for r in found if isinstance(r, Subset) and r.evidence.attachment is Attachment.ADJACENT
    }
    for p in ctx.claims:
        if p.kind != Kind.COUNT or p.noun_start is not None or p.id in listed:
            continue
        m = g.EN_VERB.search(ctx.before(p, g.EN_VERB_BACK))
        if not m:
            continue
        whole = next((x for x in ctx.previous(p, 1) if _counted(x) and x.kind == Kind.COUNT), None)
        if whole is None or whole.unit is None or whole.qualifier != "exact" or p.sentence - whole.sentence > 1:
            continue
        if whole.sentence == p.sentence and not re.search(r"[:;]", ctx.text[whole.end : p.start]):
            continue  # « a identifié 362 suspects et en a arrêté 219 »: « d'en », read with the parts
        if not _holds(ctx, p, m, whole) or not _same_time(ctx, whole, p):
            continue  # « comptait 230 agences en 2019. Le Nord en regroupe aujourd'hui 120 … »
        parts = [p, *(c for c in _coordinated(ctx, p) if c.noun_start is None)]
        nxt = ctx.following(parts[-1])
        if (
            nxt is not None
            and nxt.kind == Kind.COUNT
            and nxt.noun_start is None
            and g.GAPPED_AFTER_SEMICOLON.match(ctx.text[parts[-1].end : nxt.start])
            and not _own_verb(ctx, nxt)
        ):
            parts.append(nxt)  # « Les écoles en accueillent 78 904 ; les collèges et lycées, 63 414 »
        first = ctx.by_id.get(partitive.get(whole.id, ""))
        if first is not None and first.start < p.start:
            parts = [first, *parts]  # « 19 des 29 sièges ; l'opposition en aura 10 »
        if len(parts) < 2 or any(_own_verb(ctx, c) for c in parts[1:] if c is not first):
            continue
        if whole.value == len(parts) and noun_family(whole) == "places":
            # « 1 120 résidents évacués dans trois municipalités. Sainte-Marie en compte 640,
            # Beauceville 310 … »: the three are the places the parts are told of, not their whole
            whole = next(
                (x for x in reversed(ctx.sentence_claims(whole.sentence)) if x.end <= whole.start and _counted(x)),
                None,
            )
            if whole is None or whole.kind != Kind.COUNT or whole.qualifier != "exact":
                continue
        if _siblings(ctx, whole, [p]):
            continue  # « 412 médailles d'or. Elle en a remporté 389 d'argent … »: sibling kinds
        ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.PRECEDING, whole, *parts)
        yield Total(whole.id, tuple(c.id for c in parts), False, ev)


def _holds(ctx: Context, p: Claim, m: re.Match, whole: Claim) -> bool:
    """Whether the verb after « en » (matched by ``m`` before ``p``) holds a part of the set
    ``whole`` counts: a verb of holding (``grammar.CONTAIN_VERBS``) or the whole's own verb."""
    start = p.quantity.cue_start if p.quantity and p.quantity.cue_start is not None else p.start
    base = max(0, start - ctx.grammar.EN_VERB_BACK)
    lemmas = {m.group("verb")}
    span = ctx.doc.char_span(base + m.start("verb"), base + m.end("verb"), alignment_mode="expand") if ctx.doc else None
    if span is not None and len(span):
        lemmas.add(span[0].lemma_.lower())
    return any(ctx.grammar.contain_verb(w) for w in lemmas) or whole.event in lemmas


def _same_time(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether two figures carry the same markers of time (« l'an dernier », « en 2019 »):
    a list of another year is no breakdown of this year's total."""

    def times(c: Claim) -> set[str]:
        return {m for m in c.scope if ctx.lang.scope_dimension(m) == "time"}

    return times(a) == times(b)


#: The smallest total a list is guessed to add up to by its value alone.
MIN_GUESSED_TOTAL = 20
#: The smallest total three parts or more of other nouns are guessed to add up to
#: (« 1 412 enseignants » manquent … « 538 postes …, 611 postes … et 263 contrats »).
MIN_LOOSE_TOTAL = 100


def link_sum_by_value(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 25,1 millions de nuitées » … « Les hôtes étrangers ont généré 13,9 millions de
    nuitées, et la clientèle suisse 11,2 millions »: a list of figures of one kind (or a
    figure and those it is set against: « 6 412 000 …, contre 4 188 000 … ») whose sum is
    exactly a figure of their kind stated within five sentences. No word says the list is
    that total's breakdown, so it is only a guess: confirmed when it fits, never refuted."""
    g = ctx.grammar
    used = {p for r in found if isinstance(r, Total) for p in r.parts}
    wholes = {r.total for r in found if isinstance(r, Total)}
    done: set[str] = set()
    for first in ctx.claims:
        if first.id in done or first.id in used or not _counted(first) or first.qualifier != "exact":
            continue
        parts = [first, *_coordinated(ctx, first)]
        if len(parts) < 2:
            nxt = next((x for x in ctx.after_in_sentence(first) if x.start > first.end), None)
            between = ctx.text[end_with_noun(first) : nxt.start].lower() if nxt is not None else ""
            if nxt is None or nxt.kind != first.kind or not g.LIST_AGAINST.match(between):
                continue
            parts = [first, nxt, *_coordinated(ctx, nxt)]
        done.update(p.id for p in parts)
        if any(p.id in used or p.qualifier != "exact" or p.scope or p.kind != first.kind for p in parts):
            continue
        total = sum(float(p.value) for p in parts)
        listed = {p.id for p in parts}
        for x in ctx.near(first, 5):
            if x.id in listed or x.kind != first.kind or x.qualifier != "exact" or x.id in wholes:
                continue
            if abs(float(x.value) - total) > 1e-6 * max(1.0, total) or not _same_time(ctx, x, first):
                continue
            if x.noun_start is None or total < MIN_GUESSED_TOTAL:
                continue  # a bare or small figure is too easily a sum by chance (« cinq, quatre » … « 9 »)
            units = {p.unit for p in parts if p.unit}
            loose = len(parts) >= 3 and total >= MIN_LOOSE_TOTAL  # three parts that fit by chance are rare
            if x.kind == Kind.COUNT and units and not loose and not any(same_class(x.unit, u) for u in units):
                continue
            ev = evidence(Cue.GUESS, "", Attachment.VALUE, x, *parts)
            yield Total(x.id, tuple(p.id for p in parts), True, ev)
            break


def link_remainder(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Le nucléaire en a assuré 33,1 TWh, le gaz 17,6 TWh et les renouvelables 28,9 TWh, le
    solde de 2,8 TWh provenant d'autres sources »: a list of parts closed by the rest of the
    whole (« le solde », « le reste »), so complete: the parts and the rest are the whole."""
    g = ctx.grammar
    for r in list(found):
        if not isinstance(r, Total) or r.complete or r.evidence.guessed:
            continue
        last = ctx.by_id[r.parts[-1]]
        whole = ctx.by_id[r.total]
        m = g.REMAINDER_BEFORE.search(ctx.before(last, g.REMAINDER_BACK))
        if m:  # « dont 30 chalutiers, 21 caseyeurs et le reste, 13 fileyeurs »
            ev = evidence(Cue.EXPLICIT, m.group("cue"), r.evidence.attachment, whole, *(ctx.by_id[p] for p in r.parts))
            yield Total(r.total, r.parts, True, ev)
            continue
        for y in ctx.after_in_sentence(last)[:2]:
            if y.kind != last.kind or (y.unit and last.unit and y.unit != last.unit) or y.id in r.parts:
                continue
            m = g.REMAINDER_BEFORE.search(ctx.before(y, g.REMAINDER_BACK))
            if m and not re.search(r"[.;:]", ctx.text[last.end : y.start]):
                ev = evidence(
                    Cue.EXPLICIT, m.group("cue"), r.evidence.attachment, whole, *(ctx.by_id[p] for p in r.parts), y
                )
                yield Total(r.total, (*r.parts, y.id), True, ev)
            break


def link_complement_pair(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 3 215 élèves, dont 1 604 filles et 1 611 garçons », « Parmi eux, 33 120 femmes et
    35 300 hommes »: two parts of an open list that name the two classes of a pair splitting
    any group of people (``cues.COMPLEMENTS``) are all of the whole, so their sum is the
    whole. Only parts with nouns of their own and nothing after them that narrows them
    (« 200 hommes de plus de 60 ans »), exact figures, and a whole that counts neither
    class (« 1 200 femmes, dont 300 femmes … » is no split)."""
    for r in list(found):
        if not isinstance(r, Total) or r.complete or len(r.parts) != 2 or r.evidence.guessed:
            continue
        parts = [ctx.by_id[p] for p in r.parts]
        whole = ctx.by_id[r.total]
        units = {noun_key(p.unit) for p in parts if p.unit and p.noun_start is not None}
        if units not in ctx.cues.COMPLEMENTS or (whole.unit and noun_key(whole.unit) in units):
            continue
        if any(x.qualifier != "exact" for x in (*parts, whole)):
            continue
        if not all(ctx.grammar.BARE_PART_END.match(ctx.text[end_with_noun(p) : end_with_noun(p) + 20]) for p in parts):
            continue  # « dont 300 femmes et 200 hommes de plus de 60 ans »: the older ones only
        yield Total(r.total, r.parts, True, r.evidence)


def link_whole_taken_up(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Il a accueilli 142 380 visiteurs. Ce total se partage entre 97 415 entrées payantes et
    44 965 entrées gratuites »; « … 18 420 déclarations de sinistre. Ces déclarations
    concernent 13 870 habitations, 3 915 véhicules et 635 bâtiments »: a sentence that opens
    by taking up a whole of the sentences before (``grammar.WHOLE_ANAPHOR``), then splits it
    (« se partage entre », « se répartit entre »: the list is complete) or names some of its
    parts (« concernent », « comprennent »: the parts are at most the whole). The whole is
    the figure of the noun after « ces », else the nearest figure of the parts' kind; when
    two figures could be it, the link is a guess, which may confirm and never accuses. « Dans
    le détail, … » announces the split of the whole just told, of one of the parts' nouns."""
    g = ctx.grammar
    listed = {p for r in found if isinstance(r, Total) for p in r.parts}
    for c in ctx.claims:
        if not _counted(c) or c.id in listed or ctx.before_in_sentence(c):
            continue
        lead = ctx.text[ctx.sentence_start(c) : c.start].lower().replace("’", "'")
        detail = g.DETAIL_OPENS.match(lead)
        m = g.WHOLE_ANAPHOR.match(lead)
        if not m and not detail:
            continue
        rest = lead[m.end() :] if m else ""
        split = detail or next((p.search(rest) for kind, p in g.BREAKDOWN if kind == "split"), None)
        cover = g.COVER_VERB.match(rest) if m and not m.group("definite") else None
        if not split and not cover:
            continue
        parts = [c, *_coordinated(ctx, c)]
        if len(parts) < 2 or any(p.kind != c.kind or p.qualifier != "exact" for p in parts):
            continue
        named = (m.group("noun") or m.group("definite")) if m else None
        noun = noun_key(named) if named else None
        units = {p.unit for p in parts if p.unit}
        candidates = [
            x
            for x in ctx.previous(c, 2)
            if x.sentence < c.sentence
            and x.kind == c.kind
            and _counted(x)
            and x.qualifier == "exact"
            and (noun is None or x.unit == noun)
            and (not detail or any(same_class(x.unit, u) for u in units))  # « Dans le détail »: of a part's noun
            and (detail or _same_time(ctx, x, c))  # the detail of the whole just told is of its time
            and _may_total(ctx, x, parts)
        ]
        if not candidates:
            continue
        whole = candidates[0]
        cue = (split or cover).group("cue")
        how = Cue.EXPLICIT if len(candidates) == 1 else Cue.GUESS
        ev = evidence(how, cue, Attachment.ANTECEDENT, whole, *parts)
        yield Total(whole.id, tuple(p.id for p in parts), bool(split), ev)


def link_split_ahead(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Les 80 sièges du conseil se répartissent entre six listes : A, B, … » and, in the
    sentences of the paragraph that follow, one figure of the whole's noun (or elliptic) for
    each of the six: the whole split among that many holders, the list complete. Only when
    the paragraph holds exactly as many such figures as holders (a figure of another year
    beside them, « contre 23 en 2021 », leaves the split alone)."""
    g = ctx.grammar
    for whole in ctx.claims:
        if whole.kind != Kind.COUNT or not whole.unit or whole.qualifier != "exact":
            continue
        holders = ctx.following(whole)
        if holders is None or holders.sentence != whole.sentence or holders.kind != Kind.COUNT:
            continue
        m = g.SPLIT_AMONG.match(ctx.text[end_with_noun(whole) : holders.start].lower())
        if not m or not isinstance(holders.value, int) or not 2 <= holders.value <= 20:
            continue
        para_end = ctx.text.find("\n\n", holders.end)
        para_end = len(ctx.text) if para_end < 0 else para_end
        parts, i = [], ctx.position[holders.id] + 1
        while i < len(ctx.claims) and ctx.claims[i].start < para_end and len(parts) <= holders.value:
            x = ctx.claims[i]
            i += 1
            if x.kind != Kind.COUNT or _signed(x) or x.start < holders.end:
                continue
            if x.kind == Kind.LIST or (x.noun_start is not None and x.unit != whole.unit):
                continue
            parts.append(x)
        if len(parts) != holders.value or any(x.qualifier != "exact" or not _same_time(ctx, x, whole) for x in parts):
            continue
        ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.NOUN, whole, *parts)
        yield Total(whole.id, tuple(x.id for x in parts), True, ev)


def link_these_total(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 312 passagers et 18 membres d'équipage … Ces 330 personnes ont été évacuées »: a
    demonstrative figure whose noun covers every part of the list just stated (a generic
    noun or a class of them) points back at the whole list, so it is its total. Not when
    the list is parts of another figure (« dont »), when the demonstrative's noun is one
    part's own (« ces 312 passagers » points at the passengers alone), or when its value is
    one part's. A definite figure (« Les 330 personnes ») may name another group of the
    kind: it is only a guess, confirmed when it fits."""
    listed = {p for r in found if isinstance(r, Subset | Total) for p in r.figures if p}
    for these in ctx.claims:
        if these.kind != Kind.COUNT or not these.definite or not these.unit or these.qualifier != "exact":
            continue
        before = [x for x in ctx.previous(these, 2) if x.kind == Kind.COUNT and x.end <= these.start]
        if not before:
            continue
        # the nearest list: its last figure first among ``before``; find its head
        heads = [x for x in before if len([x, *_coordinated(ctx, x)]) >= 2]
        if not heads:
            continue
        head = heads[0]
        parts = [head, *_coordinated(ctx, head)]
        if parts[-1].id != before[0].id or any(p.id in listed for p in parts):
            continue  # a figure stands between the list and the demonstrative, or the list is read
        units = {p.unit for p in parts}
        if None in units or these.unit in units or any(float(p.value) == float(these.value) for p in parts):
            continue
        if not all(same_class(these.unit, u) or _kind_of(u, these.unit) for u in units):
            continue
        if any(p.qualifier != "exact" or not _same_time(ctx, p, these) for p in parts):
            continue
        # « ces » points back; « les » may name another group of the kind: a guess
        cue = Cue.EXPLICIT if these.demonstrative else Cue.GUESS
        ev = evidence(cue, ctx.grammar.THESE_CUE, Attachment.ANTECEDENT, these, *parts)
        yield Total(these.id, tuple(p.id for p in parts), True, ev)


#: How far after a total the end of its line is looked for (the lead of a list below).
LEAD_AHEAD = 120


def link_lines(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Le réseau compte 230 agences : » and, on the lines below (a bullet list, or lines
    « - Nord : 120 »), one figure per line: a total and its parts, the list closed by the
    colon (open after « dont : »). A line with two figures, a figure of another kind or a
    paragraph of prose ends the list; a whole that counts the items (« trois sites : »)
    adds nothing up."""
    g = ctx.grammar
    text = ctx.text
    for whole in ctx.claims:
        if not _counted(whole) or whole.qualifier != "exact":
            continue
        line_end = text.find("\n", whole.end, whole.end + LEAD_AHEAD)
        if line_end < 0 or not g.LINES_LEAD.match(text, end_with_noun(whole), line_end):
            continue
        parts = _line_items(ctx, whole, line_end)
        if len(parts) < 2 or _counts_the_items(whole, parts, sum(float(p.value) for p in parts)):
            continue
        if not _may_total(ctx, whole, parts):
            continue
        lead = g.LINES_LEAD.match(text, end_with_noun(whole), line_end)
        closed = not g.LINES_OPEN.search(lead.group(0).lower())  # « 230 agences, dont : »
        ev = evidence(Cue.PATTERN, lead.group("cue"), Attachment.ADJACENT, whole, *parts)
        yield Total(whole.id, tuple(p.id for p in parts), closed, ev)


def _line_items(ctx: Context, whole: Claim, line_end: int) -> list[Claim]:
    """The figures of the list items on the lines after ``line_end``: one per line, of the
    whole's kind and noun (or none), each line short and headed by a bullet or a name."""
    g, text = ctx.grammar, ctx.text
    parts: list[Claim] = []
    i = ctx.position[whole.id] + 1
    pos = line_end + 1
    if text.startswith("\n", pos) or text[pos : pos + 2] == "\r\n":
        pos = text.find("\n", pos) + 1  # one blank line between the lead and the list
    while pos < len(text) and len(parts) <= 2 * MAX_PAIRED:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        mine = []
        while i < len(ctx.claims) and ctx.claims[i].start < end:
            if ctx.claims[i].start >= pos:
                mine.append(ctx.claims[i])
            i += 1
        if len(mine) != 1 or end - pos > 80:
            break
        c = mine[0]
        if c.kind != whole.kind or c.qualifier != "exact" or not g.LINE_ITEM.match(text, pos, c.start):
            break
        if (
            c.unit
            and whole.unit
            and c.unit != whole.unit
            and not (same_class(c.unit, whole.unit) or _kind_of(c.unit, whole.unit))
        ):
            break
        parts.append(c)
        pos = end + 1
    return parts


def link_outcome_rest(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 1 200 des 1 800 trains programmés circuleront. Les 600 trains supprimés … », « 42 des
    60 candidats ont été admis. Les 18 recalés … »: a part of a whole told by one outcome,
    then, in the sentence or the next, a definite figure of the whole's noun (or of the
    other outcome's status noun) told by another outcome of the same closed set
    (``outcomes.toml``): the two do not overlap, and when the set has no other outcome they
    are the whole."""
    for r in found:
        if not isinstance(r, Subset) or r.evidence.attachment is not Attachment.ADJACENT:
            continue
        part, whole = ctx.by_id[r.part], ctx.by_id[r.whole]
        if whole.kind != Kind.COUNT or not whole.unit or whole.start < part.start:
            continue
        mine = _clause_words(ctx, part, whole)
        for d in ctx.claims[ctx.position[whole.id] + 1 : ctx.position[whole.id] + 6]:
            if d.sentence > whole.sentence + 1:
                break
            if d.kind != Kind.COUNT or not d.definite or d.noun_start is None or d.qualifier != "exact":
                continue
            found_set = _other_outcome(ctx, mine, _status_words(ctx, d))
            if found_set is None or not (same_class(d.unit, whole.unit) or d.unit in found_set[2]):
                continue
            every, wider = found_set[0], found_set[1]
            complete = every and not ({whole.unit, *whole.traits} & wider)
            ev = evidence(Cue.EXPLICIT, d.noun or "", Attachment.ANTECEDENT, whole, part, d)
            yield Total(whole.id, (part.id, d.id), complete, ev)
            break


def _clause_words(ctx: Context, part: Claim, whole: Claim) -> set[str]:
    """A partitive part's outcome words: its own, and the lemmas of the next words of its
    clause after its whole (« 1 200 des 1 800 trains programmés circuleront »)."""
    words = _own_words(part) | set(part.traits)
    if ctx.doc is not None:
        span = ctx.doc.char_span(whole.start, whole.end, alignment_mode="expand")
        if span is not None:
            for tok in ctx.doc[span.end : span.end + 10]:
                if tok.is_punct and tok.text in ".;:":
                    break
                words.add(tok.lemma_.lower())
    return words


def _status_words(ctx: Context, d: Claim) -> set[str]:
    """A definite figure's outcome words: its noun, its event, and the word after its noun
    (« les 600 trains supprimés »), with the lemmas it may have."""
    words = {d.unit, d.event, *d.traits} - {None}
    nxt = re.match(r"\s+([^\W\d]+)", ctx.text[d.noun_end : d.noun_end + 30]) if d.noun_end else None
    if nxt:
        words |= set(ctx.grammar.event_forms([nxt.group(1).lower()]))
    return words


def _other_outcome(ctx: Context, mine: set[str], theirs: set[str]) -> tuple[bool, set[str], set[str]] | None:
    """The closed set in which two groups fall in two distinct classes: (whether the set has
    just these two classes, its ``wider`` wholes, the other class's words), or None."""
    for outcome in ctx.grammar.OUTCOMES.values():
        classes = outcome["classes"]
        a = [n for n, words in classes.items() if mine & set(words)]
        b = [n for n, words in classes.items() if theirs & set(words)]
        if len(a) == 1 and len(b) == 1 and a != b:
            return len(classes) == 2, set(outcome.get("wider", ())), set(classes[b[0]])
    return None


def link_vote_options(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 31 voix pour, 12 contre et 4 abstentions, sur 47 votants », « Sur les 2 272 votants,
    1 204 oui, 1 011 non, 45 blancs et 12 nuls »: the options of a vote listed together
    (``VOTE_SETS`` of ``outcomes.toml``) and the whole in the sentence. Every option of a
    ballot (oui, non, blancs, nuls) over the voters or the ballots cast is the whole; the
    decisive options over the valid ballots (« suffrages exprimés ») too; otherwise (members,
    the registered, an assembly's voters and its abstainers) at most the whole."""
    g = ctx.grammar
    sets = [g.OUTCOMES[name] for name in g.VOTE_SETS]
    done: set[str] = set()
    for first in ctx.claims:
        if first.kind != Kind.COUNT or first.id in done or first.qualifier != "exact":
            continue
        option = _vote_option(ctx, first, sets)
        if option is None:
            continue
        parts, options = _options_listed(ctx, first, option, sets)
        done.update(p.id for p in parts)
        if len(parts) < 2 or len({o for o, _ in options}) != len(options):
            continue
        outcome = option[1]
        listed = {p.id for p in parts}
        wholes = [
            x
            for x in ctx.in_sentence(first)
            if x.id not in listed and _counted(x) and x.unit in g.TALLY_WHOLES and x.qualifier == "exact"
        ]
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        words = {whole.unit, *whole.traits} | _word_after(ctx, whole)
        if words & g.TALLY_EXACT_WHOLE:
            parts = [p for p, (o, _) in zip(parts, options, strict=True) if o in g.DECISIVE_OPTIONS]
            complete = len(parts) == 2
        else:
            complete = whole.unit in outcome.get("exact_over", ()) and len(options) == len(outcome["classes"])
        if len(parts) < 2:
            continue
        ev = evidence(Cue.EXPLICIT, g.VOTE_CUE, Attachment.ADJACENT, whole, *parts)
        yield Total(whole.id, tuple(p.id for p in parts), complete, ev)


def _vote_option(ctx: Context, c: Claim, sets: Sequence[dict]) -> tuple[str, dict] | None:
    """The option of a vote a figure counts (the word after it, or its own noun) and its set
    (``outcomes.toml``), or None."""
    words = {c.unit} if c.noun_start is not None and c.noun_start >= c.end else set()
    m = ctx.grammar.VOTE_OPTION_AFTER.match(ctx.text, c.end)
    if m and not ctx.text[m.end() : m.end() + 3].lstrip()[:1].isdigit():
        words.add(m.group("option").lower())  # not « 45 voix contre 12 »: a tally's turn
    words |= {w[:-1] for w in words if w and w.endswith("s")}
    for outcome in sets:
        hit = [name for name, members in outcome["classes"].items() if words & set(members)]
        if len(hit) == 1:
            return hit[0], outcome
    return None


def _options_listed(
    ctx: Context, first: Claim, option: tuple[str, dict], sets: Sequence[dict]
) -> tuple[list[Claim], list[tuple[str, dict]]]:  # option: (class, set)
    """The figures listed after ``first`` that count options of its vote: « 31 voix pour,
    12 contre et 4 abstentions » (« contre » is an option here, not a turn of the list)."""
    g = ctx.grammar
    parts, options, prev = [first], [option], first
    for c in ctx.after_in_sentence(first):
        gap = ctx.text[prev.end : c.start].lower()
        o = _vote_option(ctx, c, sets) if c.kind == Kind.COUNT and c.qualifier == "exact" else None
        if o is None or o[1] is not option[1] or not g.OPTION_JOINT.fullmatch(gap):
            break
        parts.append(c)
        options.append(o)
        prev = c
    return parts, options


def _word_after(ctx: Context, c: Claim) -> set[str]:
    """The word right after a figure's noun, with its lemma guesses (« suffrages exprimés »)."""
    m = re.match(r"\s+([^\W\d]+)", ctx.text[end_with_noun(c) : end_with_noun(c) + 30])
    return set(ctx.grammar.event_forms([m.group(1).lower()])) if m else set()


def link_list_namely(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 312 passagers et 18 membres d'équipage, soit 330 personnes »: a list and, right
    after it, its total (« soit », « au total », « soit un total de »), of the parts' noun,
    a noun that covers them, or none. Not a difference, a factor or a rate (« soit 30 de
    plus », « soit 12 par jour »)."""
    g = ctx.grammar
    done: set[str] = set()
    for first in ctx.claims:
        if first.id in done or not _counted(first):
            continue
        parts = [first, *_coordinated(ctx, first)]
        done.update(p.id for p in parts)
        if len(parts) < 2:
            continue
        last = parts[-1]
        total = next((x for x in ctx.after_in_sentence(last) if x.start > last.end and x.kind in COUNTABLE), None)
        if total is None or total.kind != first.kind or total.qualifier != "exact":
            continue
        m = g.LIST_NAMELY.search(ctx.text[end_with_noun(last) : total.start].lower()[-40:])
        gap = ctx.text[end_with_noun(last) : total.start]
        if not m or len(gap) > 60 or re.search(r"[.;:]", gap) or g.NAMELY_NOT_SUM.match(ctx.after(total, 30)):
            continue
        if total.noun_start is not None and total.noun_start >= total.end and total.unit:
            units = {p.unit for p in parts if p.unit}
            if not all(u == total.unit or same_class(total.unit, u) or _kind_of(u, total.unit) for u in units):
                continue
        if any(p.kind != first.kind or (p.kind != Kind.COUNT and p.unit != total.unit) for p in parts):
            continue
        if _aggregate(ctx, total) or not _same_time(ctx, total, first):
            continue
        if _coordinated(ctx, total):
            continue  # « respectivement 1,3 M et 1,2 M, pour un total de 7,8 M et 9,3 M »: totals, each its own
        if g.ADDED_TO_BEFORE.search(ctx.text[ctx.sentence_start(first) : first.start].lower()):
            continue  # « il convient d'ajouter à ces personnes 26 281 … et 14 534 …, pour un total de »
        ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.ADJACENT, total, *parts)
        yield Total(total.id, tuple(p.id for p in parts), True, ev)


def link_addition(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 1 120 sapeurs-pompiers étaient engagés. En y ajoutant les 160 militaires, l'effectif
    atteignait 1 280 personnes »: the figures after the cue (one, or a list: « les 27 agents
    et les 19 soignants ») are added to the figure told just before (« y »), and the figure
    the clause then reaches (« atteint », « porte … à ») is their sum. The figure added to is
    the one figure of that kind before the cue, in its sentence or the one before; a part
    of a stated subset stands for its whole (« 142 millions d'investissements, dont 38
    millions … En y ajoutant … »). With several such figures (« 388 surveillants …, pour 402
    prévus, soit 14 postes vacants. En y ajoutant … »), which ones « y » points at is in
    doubt: a sum that holds with one of them or all of them is confirmed as a guess, and
    nothing accuses."""
    g = ctx.grammar
    part_of = {r.part: r.whole for r in found if isinstance(r, Subset)}
    for added in ctx.claims:
        if not _counted(added) or added.qualifier != "exact":
            continue
        before = ctx.before(added, g.ADDITION_BACK)
        m = g.ADDITION_CUE.search(before)
        if not m:
            continue
        whole = _reached(ctx, added)
        if whole is None or not _same_things(whole, added, unknown_ok=True):
            continue
        addends = [added, *(x for x in _coordinated(ctx, added) if x.start < whole.start and x.qualifier == "exact")]
        cue_at = added.start - len(before) + m.start("cue")
        bases: dict[str, Claim] = {}
        for x in ctx.previous(added, 1):
            x = ctx.by_id.get(part_of.get(x.id, ""), x)
            if x.start < cue_at and _counted(x) and x.kind == whole.kind and x.qualifier == "exact":
                bases.setdefault(x.id, x)
        if len(bases) == 1 and _same_things(whole, next(iter(bases.values()))):
            (base,) = bases.values()
            ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.PRECEDING, whole, base, *addends)
            yield Total(whole.id, (base.id, *(x.id for x in addends)), True, ev)
            continue
        # several figures « y » may point at: one of them, or all of them together
        nearest_first = [x for x in bases.values() if _same_things(whole, x)]
        rest = float(whole.value) - sum(float(x.value) for x in addends)
        for parts in [[x] for x in nearest_first] + [nearest_first[::-1]]:
            if parts and abs(sum(float(x.value) for x in parts) - rest) < 1e-9:
                ev = evidence(Cue.GUESS, m.group("cue"), Attachment.PRECEDING, whole, *parts, *addends)
                yield Total(whole.id, (*(x.id for x in parts), *(x.id for x in addends)), True, ev)
                break


def _reached(ctx: Context, added: Claim) -> Claim | None:
    """The figure that a verb of reaching introduces after ``added``, in its sentence
    (« …, l'effectif atteignait 1 280 personnes »)."""
    for y in ctx.after_in_sentence(added)[:3]:
        before = ctx.before(y, 60)
        if y.qualifier == "exact" and _counted(y) and ctx.grammar.ADDITION_REACH.search(before):
            # « passe de 1 120 à 1 280 »: a change from a figure to another, not a sum
            return None if ctx.grammar.FROM_BEFORE.search(before) else y
    return None


def _same_things(whole: Claim, x: Claim, unknown_ok: bool = False) -> bool:
    """Whether ``x`` may be a part of the sum ``whole`` of an addition: the same kind, and for
    counts the same things or people on both sides; money in the same currency. With
    ``unknown_ok``, a count of things of no known family (« les 140 compagnons ») may be
    added to people: the cue says it is added to them."""
    if x.kind != whole.kind:
        return False
    if whole.kind == Kind.COUNT:
        if not (whole.unit and x.unit):
            return False
        return same_population(whole.unit, x.unit) or (unknown_ok and noun_family(x) is None)
    return x.unit == whole.unit
