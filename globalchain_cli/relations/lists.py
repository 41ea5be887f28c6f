"""Lists and counts: « trois provinces, Anvers, le Limbourg et le Brabant flamand »."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..model import Claim, Kind
from .context import Context, _counted, in_brackets
from .evidence import evidence
from .model import Attachment, CountList, Cue, Relation

#: The end of a sentence, where a list stops.
_SENTENCE_END = re.compile(r"[.;!?\n]")
#: After a count's noun, what comes before its list (``gap``) and the separator (``sep``):
#: « trois provinces, … », « huit organisations – … – », « deux pays : … ».
_LIST_OPENS = re.compile(r"(?P<gap>[^,:;.–—(]{0,60}?)\s*(?P<sep>[,:–—(])\s*")
#: Dashes and brackets that open a list, and what closes it.
_CLOSERS = {"–": "–", "—": "—", "(": ")"}
#: Most words between a count's noun and the comma before its list.
MAX_GAP_WORDS = 4
#: Counts of lists that are checked: a list of one is no list, a longer one is a breakdown.
LIST_SIZES = range(2, 13)
#: How far before a demonstrative count its list of names is looked for: twelve names of
#: a few words each. The pattern's search grows with the square of the text it reads.
LIST_BEFORE_BACK = 500
#: Before a list's first name, a separator: the list began earlier.
_LIST_GOES_ON = re.compile(r",\s*$")
#: Figures between a count's noun and its list that show the list is of something else
#: (« trois fois 700 000 francs en 2009, 2010 et 2011 »); an ordinal (« au quatrième
#: trimestre ») or a date says when, and leaves the list alone.
_FIGURES_BEFORE = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.YEAR})
#: Most words in one list item (a longer one is a clause, not a name).
MAX_ITEM_WORDS = 6


def link_count_list(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« trois provinces, Anvers, le Limbourg et le Brabant flamand »: a count and its list."""
    g = ctx.grammar
    for c in ctx.claims:
        if c.kind != Kind.COUNT or c.noun_end is None or not isinstance(c.value, int) or c.value not in LIST_SIZES:
            continue
        stop = _SENTENCE_END.search(ctx.text, c.noun_end)
        rest = ctx.text[c.noun_end : stop.start() if stop else len(ctx.text)]
        if in_brackets(ctx, c):  # « Gand (37, dont deux femmes), Bruges (26) … »
            rest = rest.split(")", 1)[0]
        copula = _after_copula(g, rest)
        if copula is not None:  # « Les cinq communes retenues sont A, B, C, D et E »
            items = _list_items(g, rest, copula)
            if items and len(items) >= 2 and all(_capitalised(g, rest[s:e]) for s, e in items):
                spans = tuple((c.noun_end + s, c.noun_end + e) for s, e in items)
                if not _figures_in(ctx, c, spans):
                    yield CountList(
                        c.id, spans, evidence(Cue.PATTERN, rest[:copula].split()[-1], Attachment.ADJACENT, c)
                    )
            continue
        m = _LIST_OPENS.match(rest)
        if not m:
            continue
        if m.group("sep") in _CLOSERS:  # « huit organisations – la CFDT, … et la FSU – »
            close = _CLOSERS[m.group("sep")]
            end = rest.find(close, m.end())
            if end < 0:
                continue
            rest = rest[:end]
        gap = m.group("gap")
        if any(
            x is not c
            and x.kind in _FIGURES_BEFORE
            and c.noun_end <= x.start < c.noun_end + m.start("sep")
            and not _in_name(ctx, x)
            for x in ctx.in_sentence(c)
        ):
            continue  # « trois fois 700 000 francs en 2009, 2010 et 2011 »: figures before the list
        lead = g.LIST_LEAD_NAME.search(gap) if m.group("sep") == "," else None
        if lead and g.ITEM_PLACE.match(rest[m.end() :]):
            lead = None  # « deux sièges en Wallonie, à Enghien et Fauvillers »: the region frames the list
        if m.group("sep") in ",(" and len(gap[: lead.start("name") if lead else len(gap)].split()) > MAX_GAP_WORDS:
            continue  # « six dossiers de non-respect des mesures de confinement (…) »: a description
        if g.LIST_OF_EXAMPLES.match(rest[m.end() :]) or g.LIST_COMPARED.match(rest[m.end() :]):
            continue  # « 12 pays, dont la France et l'Italie »: a few of them, not the list
        items = _list_items(g, rest, lead.start("name") if lead else m.end())
        if items is None or len(items) < 2:
            continue
        if (
            len(items) > 2
            and g.ITEM_FRAME.match(rest[items[0][0] : items[0][1]].strip())
            and all(_capitalised(g, rest[s:e]) for s, e in items[1:])
        ):
            items = items[1:]  # « quatre départements, dans le sud-ouest, les Landes, le Gers … »: a frame first
        placed = lead is not None and g.LEAD_PLACE.search(gap[: lead.start("name")])
        base = c.noun_end
        spans = tuple((base + s, base + e) for s, e in items)
        inside = [x for x in ctx.near(c, 1) if x.start < spans[-1][1] and x.end > spans[0][0]]
        dated = _dates_listed(ctx, spans, inside)
        if not dated and (_figures_in(ctx, c, spans) or any(_item_is_figure(ctx, x, spans) for x in inside)):
            continue  # figures in the list: a breakdown, or a period (« (entre 1952 et 1988) »)
        if len(spans) != c.value and _multiplicities(ctx, c, spans) == c.value:
            continue  # « sept accidents à A, B, C (2), D, E et F »: two of them at C
        if 3 * sum(not _names_things(ctx, span) for span in spans) > len(spans):
            continue  # « sept membres, élus pour quatre ans et renouvelables »: a description, not names
        if _finite_verb(ctx, spans[0]):
            continue  # « deux points, doit encore affronter le Portugal, vendredi, et l'Algérie »: a clause
        names = [ctx.text[s:e] for s, e in spans]
        if _other_groups(g, names):
            continue
        cue = Cue.GUESS if _mixed_places(g, names) else Cue.PATTERN
        if (placed or _places_of(g, names)) and not _one_per_town(ctx, c, names):
            # where the things are: one per place confirms the count, fewer places say nothing
            if len(spans) != c.value:
                continue
            cue = Cue.GUESS
        yield CountList(c.id, spans, evidence(cue, m.group("sep"), Attachment.ADJACENT, c))


#: Figures that, opening a list's item, show the list is no list of names: a year, a date, a
#: share, money (« deux étés en hausse (+7,6 % en 2018 et +13,7 % en 2017) », « trois fois
#: 700 000 francs en 2009, 2010 et 2011 »); inside an item they may describe a name
#: (« Lille, ville hôte en 2004, et Nantes »).
_FIGURE_ITEMS = frozenset({Kind.YEAR, Kind.DATE, Kind.PERCENT, Kind.MONEY})


def _after_copula(g, rest: str) -> int | None:
    """Where the list after a copula starts, in the text after a count's noun: « Les cinq
    communes retenues sont Arles, Bram, … » (a few words, then « sont »), or None."""
    m = g.LIST_COPULA_OPENS.match(rest)
    if not m or len(m.group("gap").split()) > MAX_GAP_WORDS:
        return None
    return m.end()


def _capitalised(g, item: str) -> bool:
    """Whether a list item is a name: a capital letter, after an article if any."""
    words = item.strip().split()
    if not words:
        return False
    first = words[1] if words[0].lower() in g.NAME_ARTICLES and len(words) > 1 else words[0]
    first = first.split("'")[-1].split("’")[-1]
    return first[:1].isupper()


def _figures_in(ctx: Context, c: Claim, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether figures inside the list show it is no list of names (``_not_a_name``). A
    figure in brackets after a name (« Nantes (62), Angers (41) et Le Mans (37) ») or glued
    to one (« Doel 4 et Tihange 3 ») belongs to the name's item and leaves the count alone."""
    for x in ctx.near(c, 1):
        if not (x.start < spans[-1][1] and x.end > spans[0][0] and _not_a_name(x)):
            continue
        if not (_bracketed(ctx, x) or _in_name(ctx, x) or _article(ctx, x, spans)):
            return True
    return False


def _bracketed(ctx: Context, x: Claim) -> bool:
    """Whether a figure stands alone in brackets after a name, with its noun or not:
    « Nantes (62) », « psychiatrie adulte (92 lits) »."""
    end = x.noun_end if x.noun_end is not None and x.noun_end >= x.end else x.end
    return (
        x.kind == Kind.COUNT
        and x.qualifier == "exact"
        and ctx.text[max(0, x.start - 1) : x.start] == "("
        and ctx.text[end : end + 1] == ")"
    )


def _article(ctx: Context, x: Claim, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a figure is the indefinite article opening an item (« un baccalauréat …, une
    maîtrise … »): the word « un » or « une » at the start of one of the list's items."""
    return x.text.lower() in ctx.grammar.ITEM_INDEFINITE and any(
        s <= x.start < e and not ctx.text[s : x.start].strip() for s, e in spans
    )


def _multiplicities(ctx: Context, c: Claim, spans: Sequence[tuple[int, int]]) -> float:
    """The number of things a list of places counts when a figure in brackets after a name
    says how many stand there (« Princeville (2) »), one for each name without one."""
    inside = [x for x in ctx.near(c, 1) if _counted(x) and spans[0][0] <= x.start < spans[-1][1] + 8]
    bracketed = [x for x in inside if ctx.text[max(0, x.start - 1) : x.start] == "("]
    return len(spans) + sum(float(x.value) - 1 for x in bracketed)


def _in_name(ctx: Context, x: Claim) -> bool:
    """Whether a figure is part of a name: glued to a capitalised word, with no noun of its
    own (« Doel 4 », « la Ligue 2 »)."""
    return x.noun_start is None and bool(
        ctx.grammar.NAME_BEFORE_FIGURE.search(ctx.text[max(0, x.start - 30) : x.start])
    )


def link_count_list_next(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« … l'arrestation de 219 personnes dans six pays. Menée du 3 au 6 mars, l'opération a
    mobilisé des enquêteurs en France, en Belgique, aux Pays-Bas, en Espagne, en Allemagne
    et en Roumanie »: a count of places (``places`` family) with no list of its own, and in
    the next sentence a list of places, each with its preposition. That list may name only
    some of them (``CountList.partial``)."""
    g = ctx.grammar
    places = ctx.cues.NOUN_FAMILIES.get("places", frozenset())
    counted = {r.count for r in found if isinstance(r, CountList)}
    for c in ctx.claims:
        if c.id in counted or c.kind != Kind.COUNT or c.unit not in places or c.value not in LIST_SIZES:
            continue
        if not ctx.sent_bounds or c.sentence + 1 >= len(ctx.sent_bounds):
            continue
        start, end = ctx.sent_bounds[c.sentence + 1]
        sentence = ctx.text[start:end].rstrip().rstrip('.!?…»"')
        m = g.PLACE_LIST.search(sentence)
        if not m or g.LIST_OF_EXAMPLES.search(sentence[: m.start()] + " "):
            continue
        items = _list_items(g, sentence, m.start())
        if not items or len(items) < 3 or not all(g.ITEM_PLACE.match(sentence[s:e].strip()) for s, e in items):
            continue
        spans = tuple((start + s, start + e) for s, e in items)
        if any(x.start < spans[-1][1] and x.end > spans[0][0] for x in ctx.sentence_claims(c.sentence + 1)):
            continue  # figures in the list: a breakdown
        ev = evidence(Cue.PATTERN, ",", Attachment.PRECEDING, c)
        yield CountList(c.id, spans, ev, partial=True)


def _not_a_name(x: Claim) -> bool:
    """Whether a figure inside a list shows it is no list of names: a counted figure (the
    list is a breakdown), a period or a range (« dix éditions (entre 1952 et 1988) »)."""
    return _counted(x) or x.kind == Kind.PERIOD or x.qualifier == "range"


def _dates_listed(ctx: Context, spans: Sequence[tuple[int, int]], inside: Sequence[Claim]) -> bool:
    """Whether every item of a list is one day's date (« trois coups de vent, les 9 décembre,
    27 janvier et 14 février »): the count is of events, one on each date."""
    days = [x for x in inside if x.kind == Kind.DATE and x.quantity and (x.quantity.precision or "").startswith("day")]
    if len(days) != len(spans) or len(inside) != len(spans):
        return False
    return all(
        s <= x.start and x.end <= e and ctx.text[s : x.start].strip().lower() in ctx.grammar.ITEM_DATE_ARTICLES
        for (s, e), x in zip(spans, days, strict=True)
    )


def _item_is_figure(ctx: Context, x: Claim, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a list item opens with a year, a date, a share or money (``_FIGURE_ITEMS``)."""
    return x.kind in _FIGURE_ITEMS and any(s <= x.start and not ctx.text[s : x.start].strip(" +-−–") for s, _ in spans)


def _other_groups(g, names: Sequence[str]) -> bool:
    """Whether the items are other groups of one enumeration, the count being one of them:
    « pour trois cyclistes, plusieurs piétons et leurs familles » (an item opens with a
    quantifier, ``g.ITEM_OTHER_GROUP``)."""
    return any(g.ITEM_OTHER_GROUP.match(n.strip()) for n in names)


def _places_of(g, names: Sequence[str]) -> bool:
    """Whether the items say where the counted things are or come from rather than name
    them: every item after the first opens with a preposition of place or origin, and so
    does the first one or a word inside it (« quatre sites, dans le Nord et en Belgique »,
    « trois Français, originaires de Lyon et de Metz »). A preposition before the whole
    list (« siégeant à Rennes, Nantes et Brest ») is not in its items."""
    if len(names) < 2 or not all(g.ITEM_PLACE.match(n.strip()) for n in names[1:]):
        return False
    first = names[0].strip()
    return bool(g.ITEM_PLACE.match(first) or any(g.ITEM_PLACE.match(w) for w in first.split()[1:]))


def _mixed_places(g, names: Sequence[str]) -> bool:
    """Whether some items after the first open with a preposition of place and others do
    not: the list mixes a frame and its places (« deux sièges en Wallonie, à Enghien et
    Fauvillers » names two towns of one region), so how many it names is a guess."""
    placed = [bool(g.ITEM_PLACE.match(n.strip())) for n in names[1:]]
    return any(placed) and not all(placed)


def _one_per_town(ctx: Context, c: Claim, names: Sequence[str]) -> bool:
    """Whether a list of places counts the things as well: things (not people) placed « à »
    each of a few towns stand one in each (« deux nouveaux gymnases, à Aigle et à Echallens »),
    while people (« trois Français, arrêtés à Lyon et à Metz ») or regions (« dans le Nord et
    en Belgique ») may be many to a place."""
    if c.unit is None or c.unit in ctx.cues.NOUN_CLASSES["personne"]:
        return False
    return all(ctx.grammar.ITEM_TOWN.match(n.strip()) for n in names)


def _finite_verb(ctx: Context, span: tuple[int, int]) -> bool:
    """Whether a list item holds a finite verb: a clause, not a name."""
    item = ctx.doc.char_span(span[0], span[1], alignment_mode="expand") if ctx.doc is not None else None
    return bool(item) and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in item)


def _names_things(ctx: Context, span: tuple[int, int]) -> bool:
    """Whether a list item opens like a name or a noun group (not a participle or adjective)
    and holds no finite verb (a clause tells of the thing, it does not name it)."""
    if ctx.doc is None:
        return True
    item = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if item is None or not len(item):
        return False
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in item):
        return False  # « l'une ne peut plus marcher et l'autre vit dans un foyer »: clauses, not names
    first = next((t for t in item if not t.is_punct), item[0])
    return first.pos_ in ("NOUN", "PROPN", "DET", "ADP", "NUM", "X") or first.text[:1].isupper()


def link_count_list_before(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« … à Paris, Marseille, Lyon, Toulouse et Nantes : dans ces cinq villes … »: a
    demonstrative count of the names listed just before it."""
    g = ctx.grammar
    for c in ctx.claims:
        if c.kind != Kind.COUNT or not c.demonstrative or not isinstance(c.value, int) or c.value not in LIST_SIZES:
            continue
        sentence = max(ctx.text.rfind(".", 0, c.start), ctx.text.rfind("\n", 0, c.start)) + 1
        start = max(sentence, c.start - LIST_BEFORE_BACK)
        head = ctx.text[start : c.start]
        head = g.DEMONSTRATIVE_END.sub("", head)
        m = g.LIST_BEFORE.search(head)
        first = start + m.start(1) if m else start
        if not m or (start > sentence and _LIST_GOES_ON.search(ctx.text[max(sentence, first - 10) : first])):
            continue  # no list, or one that began before the window: its count is unknown
        names = [x for x in g.NAME_SPLIT.split(m.group(1)) if x.strip()]
        if len(names) < 2:
            continue
        spans, pos = [], start + m.start(1)
        for name in names:
            at = ctx.text.index(name, pos)
            spans.append((at, at + len(name)))
            pos = at + len(name)
        yield CountList(c.id, tuple(spans), evidence(Cue.EXPLICIT, g.DEMONSTRATIVE_CUE, Attachment.ANTECEDENT, c))


def list_claims(ctx: Context, found: Sequence[Relation], line_col) -> tuple[list[Claim], list[Relation]]:
    """Each counted list becomes a claim of its own (kind LIST, value = number of items),
    so findings can point at the list as well as at the count."""
    claims, out = list(ctx.claims), []
    for lk in found:
        if not isinstance(lk, CountList):
            out.append(lk)
            continue
        start, end = lk.items[0][0], lk.items[-1][1]
        line, col = line_col(start)
        count = ctx.by_id[lk.count]
        lst = Claim(
            id=f"c{len(claims) + 1}",
            start=start,
            end=end,
            text=ctx.text[start:end],
            line=line,
            column=col,
            kind=Kind.LIST,
            value=len(lk.items),
            unit=count.unit,
            sentence=count.sentence,
        )
        claims.append(lst)
        out.append(replace(lk, listed=lst.id))
    return claims, out


def _list_items(g, rest: str, pos: int) -> list[tuple[int, int]] | None:
    """Spans of the items of « A, B et C » starting at ``pos``; None if no closing « et »
    (``g`` is the language's grammar)."""
    region_end = len(rest)
    m_end = re.search(r"[:]", rest[pos:])
    if m_end:
        region_end = pos + m_end.start()
    region = rest[pos:region_end]
    region_clean = re.sub(r"\([^)]*\)", lambda x: " " * len(x.group()), region)
    serial = bool(g.SERIAL.search(region_clean))
    splitter = g.SERIAL_SPLIT if serial else g.ITEM_SPLIT
    items: list[tuple[int, int]] = []
    cursor, closed = 0, False
    for sep in splitter.finditer(region_clean):
        items.append((cursor, sep.start()))
        cursor = sep.end()
        if g.LAST_ITEM.search(sep.group()):
            closed = True
            nxt = re.search(r"\s*,", region_clean[cursor:])
            end = cursor + nxt.start() if nxt else len(region_clean.rstrip())
            items.append((cursor, end))
            break
    if not closed:
        return None
    if not serial:  # « A, B, et C »: the serial comma parts every item, « et » joins inside one
        items = _shared_complement(region_clean, items)
    names = [region_clean[s:e].strip() for s, e in items]
    if any(not n or len(n.split()) > MAX_ITEM_WORDS for n in names):
        return None
    keep = []
    capitalised = _capitalised(g, names[0]) or names[0][:1] in '«"“'
    for (s, e), n in zip(items, names, strict=True):
        if capitalised and keep and (n[:1].islower() or n[:1].isdigit()) and not g.ITEM_ARTICLE.match(n):
            continue  # an apposition: « Bellerive, deuxième malgré sa défaite, », « Ruud, 4e mondial, »
        keep.append((pos + s + (len(region_clean[s:e]) - len(region_clean[s:e].lstrip())), pos + e))
    return keep


def _shared_complement(region: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the last two items when they share one complement: in « isolation des mairies,
    rénovation des écoles, extension et entretien des stades » the last item is
    « extension et entretien des stades ». The sign: the item before the closing
    « et » is one bare lower-case word, the last item opens with another, and every other item
    is a noun with its complement (more than one word); a list of one-word names (« Rennes,
    Nantes et Brest ») or of names with articles (« l'Aletsch et le Morteratsch ») is left
    alone."""
    if len(items) < 3:
        return items
    words = [region[s:e].split() for s, e in items]
    bare, last = words[-2], words[-1]
    if len(bare) != 1 or not (_bare_noun(bare[0]) and last and _bare_noun(last[0])):
        return items  # « le glacier du Rhône, l'Aletsch et le Morteratsch »: names with articles
    if any(len(w) < 2 for w in words[:-2] + words[-1:]):
        return items
    return [*items[:-2], (items[-2][0], items[-1][1])]


def _bare_noun(word: str) -> bool:
    """Whether a word is written like a noun with no article before it: lower-case letters
    only (« reconstruction », not « l'Aletsch » nor « Rennes »)."""
    return word.isalpha() and word.islower()
