"""Quantities read in context: what each figure counts, for what event, in what scope.

``build_claims`` takes the figures found on the raw text (``extract/``) and the
spaCy parse of the same text, and gives each amount:

- ``unit``: the counted noun, as a key ("victime", "pays"), or the figure's own
  unit ("%", "EUR", "jour");
- ``event`` and ``traits``: the verb or event noun it depends on
  ("arrêter", "interpellation") and the words that qualify it ("inscrit",
  "confirmé"), which rules use to tell "219 personnes arrêtées" from
  "362 suspects identifiés";
- ``scope``: markers that set the figure apart from the article's story
  (another year, a hypothesis), so rules never compare figures about
  different things.

A figure with no noun of its own ("d'en arrêter 219", "dont 5 200 en France")
is *elliptic*: ``relations/`` gives it the unit of the figure it refers to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from .lang.fr import cues
from .lang.fr import grammar as frg
from .model import AMOUNT_KINDS, Claim, Kind, Quantity

_DEFINITE = re.compile(r"\b(les|ces|des|Les|Ces)\s$")
#: « l'un des 15 jurés », « pour l'autre des deux magistrats », « chacun des trois »: « des »
#: after a pronoun of part introduces the group as often as it points back at it.
_PARTITIVE = re.compile(r"\b(?:l[’']une?|l[’']autre|une?|chacune?|aucune?|plupart|certaine?s|plusieurs)\s+des\s$", re.I)


def noun_key(word: str) -> str:
    """A counted noun reduced to a comparable key: lower case, singular.

    >>> noun_key("Victimes"), noun_key("pays"), noun_key("salariés")
    ('victime', 'pays', 'salarié')
    """
    w = word.lower().replace("’", "'")
    if w in cues.INVARIABLE or len(w) <= 3:
        return w
    if w.endswith("aux") and len(w) > 4:
        return w[:-3] + "al"
    if w.endswith(("s", "x")):
        return w[:-1]
    return w


def same_class(a: str | None, b: str | None) -> bool:
    """Whether two counted nouns can name the same things.

    Equal keys always can; otherwise one must be the generic word of a class
    ("personne") and the other a member ("victime"), or both belong to a small
    class of near-synonyms ("voix", "suffrage").
    """
    if not a or not b:
        return False
    if a == b:
        return True
    for head, members in cues.NOUN_CLASSES.items():
        if a in members and b in members and (head in (a, b) or len(members) <= 8):
            return True
    return False


def same_class_strict(a: str | None, b: str | None) -> bool:
    """Equal keys, or near-synonyms of a small class ("mort", "victime"); not through a
    generic word ("personne"), which is too loose for small numbers."""
    if not a or not b:
        return False
    return a == b or any(a in m and b in m and len(m) <= 8 for m in cues.NOUN_CLASSES.values())


def same_population(a: str | None, b: str | None) -> bool:
    """Whether two counted nouns both count people or cases ("suspect", "personne", "cas"),
    or the same things: the condition for comparing them by meaning."""
    people = cues.NOUN_CLASSES["personne"]
    return same_class(a, b) or bool(a and b and a in people and b in people)


def counted_within(part: str | None, whole: str | None) -> bool:
    """Whether a part may be counted within a whole of other things, one per member
    (``COUNTED_WITHIN``): « 2 913 voix sur 3 348 votants », each voter casting one ballot.
    For explicit ties only (« sur », « parmi »): never a reason to take two figures for one."""
    if same_population(part, whole):
        return True
    return any(part in cues.NOUN_CLASSES[cls] and whole in wholes for cls, wholes in cues.COUNTED_WITHIN.items())


#: The trait prefix of a count's status (``groups.toml``): « statut:garde_a_vue ».
STATUS = "statut:"
#: The trait prefix of what an amount of money is (« budget fonctionnement »).
CATEGORY = "catégorie:"


def statuses(c: Claim) -> frozenset[str]:
    """The classes of ``groups.toml`` a count belongs to (« 57 personnes placées en garde à
    vue » and « les 57 gardés à vue » are both of ``garde_a_vue``)."""
    return frozenset(t[len(STATUS) :] for t in c.traits if t.startswith(STATUS))


def same_status(a: Claim, b: Claim) -> bool:
    """Whether two counts name one group by its status: « 12 randonneurs secourus » … « les
    12 rescapés », « plus de 500 arrestations » … « 512 personnes interpellées »."""
    common = statuses(a) & statuses(b)
    if not common:
        return False
    if same_population(a.unit, b.unit) or a.unit is None or b.unit is None:
        return True
    # « arrestations » names the status itself; « 271 embarcations arrivées » are no people
    return any(a.unit in cues.GROUP_CLASSES[n]["nouns"] or b.unit in cues.GROUP_CLASSES[n]["nouns"] for n in common)


def other_status(a: Claim, b: Claim) -> bool:
    """Whether two counts name two groups by their statuses: « 14 personnes renvoyées
    devant le tribunal » (prévenus) are not « onze prévenus » the court « a condamné »."""
    sa, sb = statuses(a), statuses(b)
    return bool(sa and sb and not sa & sb)


def category_of(c: Claim) -> str | None:
    """What an amount of money is an amount of, when the text says it outside the counted
    noun's slot: « Le budget de fonctionnement s'élève à 96 millions » (« budget
    fonctionnement »), « 2,1 millions d'euros de subventions » (« subvention »)."""
    return next((t[len(CATEGORY) :] for t in c.traits if t.startswith(CATEGORY)), None)


def _group_statuses(text: str, start: int, end: int, unit: str | None, words: set[str]) -> set[str]:
    """The classes of ``groups.toml`` of a count at ``start:end``: by its verb, event or
    participle (``words``) or a phrase of its clause, else by its counted noun (``unit``).
    A status its verb gives wins over its noun's: « le tribunal a condamné onze prévenus »
    counts convicts, a group within the prévenus."""
    clause = frg.CLAUSE_AFTER.match(text, end)
    after = text[end : clause.end() if clause else end].lower().replace("’", "'")
    before = text[max(0, start - 24) : start].lower().replace("’", "'")
    by_verb, by_noun = set(), set()
    for name, group in cues.GROUP_CLASSES.items():
        said = any(p in after for p in group["phrases"]) or any(before.endswith(p + " ") for p in group["before"])
        if said or words & set(group["verbs"]):
            by_verb.add(name)
        elif unit in group["nouns"]:
            by_noun.add(name)
    return by_verb or by_noun


def _category(doc, text: str, q: Quantity, head) -> str | None:
    """What an amount of money is an amount of: the noun after its currency (« 2,1 millions
    d'euros de subventions »), the noun it complements (« un budget de 96 millions », « le
    plan d'économies, de 305 millions »), or the subject of the verb that gives it (« Le
    budget de fonctionnement s'élève à 96 millions »). A role noun (« total », « montant »,
    « objectif ») names no category."""
    low = text[q.end : q.end + 40].lower().replace("’", "'")
    m = frg.AMOUNT_ROLE_AFTER.match(low)
    if m and m.group("noun") not in frg.AMOUNT_ROLE_NOT and noun_key(m.group("noun")) not in cues.ROLE_NOUNS:
        return noun_key(m.group("noun"))
    start = q.cue_start if q.cue_start is not None else q.start
    low = text[max(0, start - frg.AMOUNT_ROLE_BACK) : start].lower().replace("’", "'")
    m = frg.AMOUNT_ROLE_BEFORE.search(low)
    if m:
        words = [w for w in re.split(r"[\s']+", m.group("noun")) if w and w not in ("de", "d", "du", "des")]
        if words and (len(words) > 1 or noun_key(words[0]) not in cues.ROLE_NOUNS):
            return " ".join(noun_key(w) for w in words)
    return _subject_category(head)


def money_category(doc, text: str, q: Quantity) -> str | None:
    """``_category`` for a figure read as money once its currency is known (« un plan
    d'économies de plus de 300 millions » after « 282 millions de francs »)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand") if doc is not None else None
    return _category(doc, text, q, span[-1] if span is not None else None)


def _subject_category(tok, verbs: frozenset[str] = frg.AMOUNT_OF_SUBJECT) -> str | None:
    """The subject of « s'élever à », « atteindre », « s'établir à » above ``tok``, with its
    noun complement: « Le budget de fonctionnement s'élève à … » gives « budget fonctionnement »."""
    if tok is None:
        return None
    verb, hops = tok.head, 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and hops < 3:
        verb, hops = verb.head, hops + 1
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
        return None
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.pos_ == "NOUN"), None)
    if subject is None:
        return None
    words = [noun_key(subject.lemma_)]
    words += [noun_key(c.lemma_) for c in subject.children if c.dep_ == "nmod" and c.pos_ == "NOUN"][:1]
    return None if len(words) == 1 and words[0] in cues.ROLE_NOUNS else " ".join(words)


#: Kinds whose figures are of one family whatever their noun.
_KIND_FAMILY = {
    Kind.MONEY: "money",
    Kind.DURATION: "time",
    Kind.DATE: "time",
    Kind.PERIOD: "time",
    Kind.TIME: "time",
    Kind.YEAR: "time",
    Kind.AGE: "time",
    Kind.POINTS: "points",
}


def noun_family(c: Claim) -> str | None:
    """The family of things a figure counts: people, vehicles (aircraft included), places,
    points and scores, money, time, or a measure in its unit; None when the noun says
    nothing (« 23 ont été placées », « 40 dossiers »). Figures of two families never count
    the same thing: « 107 pompiers pour trois semaines, dont 60 pompiers » puts the 60
    pompiers in the 107, not in the weeks."""
    if c.kind in _KIND_FAMILY:
        return _KIND_FAMILY[c.kind]
    if c.kind == Kind.MEASURE:
        return f"measure:{c.unit}" if c.unit else None
    if c.kind != Kind.COUNT or not c.unit:
        return None
    if c.unit in cues.NOUN_CLASSES["personne"]:
        return "people"
    return next((name for name, words in cues.NOUN_FAMILIES.items() if c.unit in words), None)


def _is_noun(tok) -> bool:
    if tok.lower_ in cues.NOT_COUNTED:
        return False
    if tok.lower_.endswith(cues.VERB_ENDINGS):
        return False  # « 283 dépassaient le seuil »: a verb the tagger took for a noun
    if tok.pos_ == "NOUN":
        return True
    # spaCy's small model tags some plural nouns as adjectives after a figure ("salariés")
    # and acronyms as proper nouns ("TGV").
    if tok.pos_ == "ADJ" and noun_key(tok.text) in cues.KNOWN_NOUNS:
        return True  # « 96 magasins participants »: the parse takes « magasins » for an adjective
    return (tok.pos_ in ("ADJ", "VERB") and tok.text.lower().endswith(("s", "x")) and tok.dep_ != "amod") or (
        tok.pos_ == "PROPN" and tok.text.isupper() and len(tok.text) >= 2
    )


def counted_noun(doc, q: Quantity):
    """The token of the noun a figure counts, right after it: "219 [personnes]".

    Skips up to two adjectives ("276 nouvelles informations"), and "de" after
    a scale word ("deux millions de voyageurs"). Returns None for an elliptic
    figure ("23 ont été placées").
    """
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    i, skipped = span.end, 0
    scale = q.text.lower().rstrip().endswith(("million", "millions", "milliard", "milliards"))
    if scale and i < len(doc) and doc[i].lower_ in ("de", "d'", "d’"):
        i += 1
    if i < len(doc) and i == span.end and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i].is_alpha:
        return doc[i]  # « six Canadair », « 58 Erythréens »
    while i < len(doc) and skipped < 2 and doc[i].pos_ == "ADJ" and not _is_noun(doc[i]):
        i, skipped = i + 1, skipped + 1
    if i < len(doc) and _is_noun(doc[i]) and doc[i].is_alpha:
        return doc[i]
    return None


def noun_extent(doc, tok) -> tuple[int, int]:
    """Character span of a counted noun, hyphenated compounds included ("sapeurs-pompiers")."""
    start, end, i = tok.idx, tok.idx + len(tok.text), tok.i
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        end = doc[i + 2].idx + len(doc[i + 2].text)
        i += 2
    return start, end


def _event_of(tok) -> tuple[str | None, set[str]]:
    """The verb or event noun governing ``tok``, and the lemmas that qualify it."""
    traits: set[str] = set()
    for child in tok.children:
        if child.dep_ in ("amod", "acl") and child.pos_ in ("ADJ", "VERB"):
            traits.add(child.lemma_.lower())
        if child.dep_ == "nmod" and child.pos_ == "NOUN":
            traits.add(child.lemma_.lower())
    if any(c.dep_ == "case" and c.lower_ not in ("de", "d'", "d’", "du", "des") for c in tok.children):
        return None, traits  # « Sur les 18 452 électeurs inscrits, 9 871 se sont déplacés »
    head, hops = tok.head, 0
    while hops < 4 and head is not tok:
        lemma = head.lemma_.lower()
        if head.pos_ == "NOUN" and lemma in cues.EVENT_NOUNS:
            return lemma, traits
        if head.pos_ in ("VERB", "AUX") and lemma not in cues.LIGHT_VERBS:
            traits.update(
                c.lemma_.lower() for c in head.children if c.dep_.startswith(("obj", "obl")) and c.pos_ == "NOUN"
            )
            return lemma, traits
        if head.pos_ in ("VERB", "AUX"):
            for child in head.children:
                if child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB":
                    return child.lemma_.lower(), traits
        if head.head is head:
            break
        tok, head, hops = head, head.head, hops + 1
    return None, traits


_NUMBER_OF = re.compile(r"\ble nombre d(?:e |es |')([a-zàâçéèêëîïôûùüÿœ-]+)", re.I)


def _number_of(text: str, sent_start: int, start: int, cues_: _SentenceCues | None = None) -> str | None:
    """What an elliptic figure counts when its sentence says « le nombre de morts … 400 ».

    With the sentence's ``cues_``, the matches are found once per sentence, not once per
    figure (a sentence of 2,000 figures scanned 2,000 times was quadratic)."""
    if cues_ is not None:
        ends = cues_.number_of_ends
        i = bisect.bisect_right(ends, start) - 1
        straddles = i + 1 < len(ends) and cues_.number_of[i + 1].start() < start
        if not straddles:  # (a match across ``start`` would be cut there: scan as before)
            return noun_key(cues_.number_of[i].group(1)) if i >= 0 else None
    found = list(_NUMBER_OF.finditer(text, sent_start, start))
    return noun_key(found[-1].group(1)) if found else None


def _tense(doc, q: Quantity) -> str | None:
    """``"past"`` or ``"future"``: the tense of the verb a date depends on (« a été arrêté le … »,
    « se réunira le … »), None when it cannot be told."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    verb, hops = span.root.head, 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and hops < 3:
        verb, hops = verb.head, hops + 1
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    tenses = set(verb.morph.get("Tense")) | {t for a in auxes for t in a.morph.get("Tense")}
    if "Fut" in tenses:
        return "future"
    if any(a.dep_ == "aux:tense" for a in auxes):
        return "past"  # passé composé, plus-que-parfait (« est attendu » is a passive present)
    if auxes:
        return "past" if "Imp" in tenses else None
    if "Imp" in verb.morph.get("Tense") or ("Past" in tenses and "Fin" in verb.morph.get("VerbForm")):
        return "past"
    return None


def _complement(doc, tok) -> set[str]:
    """The noun of a complement right after the counted noun: « admissions en [réanimation] »,
    « passages aux [urgences] »."""
    i = tok.i + 1
    if i + 1 < len(doc) and doc[i].pos_ == "ADP" and doc[i].lower_ in ("en", "aux", "à", "au", "de", "d'", "d’"):
        nxt = doc[i + 1]
        if nxt.pos_ == "NOUN":
            return {nxt.lemma_.lower()}
    return set()


def _next_verb(doc, index: int):
    """The first verb after an elliptic figure within its clause: "23 ont été [placées]";
    past a light verb, the verb it governs: "1 912 ont pu [donner]"."""
    for tok in doc[index : min(len(doc), index + 6)]:
        if tok.is_punct:
            return None
        if tok.pos_ == "VERB":
            if tok.lemma_.lower() in cues.LIGHT_VERBS:
                governed = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
                return governed or tok
            return tok
    return None


#: The digits of a year of the press (1800 to 2099), as the scope patterns read them.
_YEAR_DIGITS = r"(?:1[89]|20)\d\d"
#: « En 2023, », « , depuis 2019 », « lors des municipales de mars 2020 », « , à pareille date
#: en 2011, » (not « par rapport à la même période de 2024 », a base of comparison): a year
#: that dates its segment. The runs of spaces are possessive (``\s*+``): a space can start neither the
#: word nor the year that follow, so giving spaces back never helps, and with plain ``\s*``
#: a comma followed by 16,000 spaces took 10 s to fail (each split of the run was tried).
_YEAR_SCOPE = re.compile(
    r"(?:^\s*+|[,;(]\s*+|\b(?:lors|au cours|à la fin|au début) d(?:e|es|u|e la|e l')\s[^,.;]{0,40}?"
    r"|(?:^|[,;(])\s*+(?:à pareille|à la même) (?:date|période|époque)\s+)"
    rf"(?:en|depuis|dès)?\s*+(?:[a-zéû]+\s)?({_YEAR_DIGITS})\b",
    re.I,
)
#: A segment cut at « contre », and a year in it: « 142 380 visiteurs, contre 118 650 en 2024 ».
_AFTER_CONTRE = re.compile(r"[,\s]*contre\b")
_IN_YEAR = re.compile(rf"\ben ({_YEAR_DIGITS})\b")
#: A segment cut at « , où » right after a year: the relative clause tells of that year.
_WHERE = re.compile(r",\s*où\b")
_YEAR_BEFORE = re.compile(rf"({_YEAR_DIGITS})\s*$")
#: « 25 victimes pour 100 000 habitants »: a rate, not a count of the story.
_PER_POPULATION = re.compile(
    r"\bpour (?:1|10|100)[\s\u00a0\u202f.]?000 (?:habitants|personnes|naissances)\b|\bpour mille\b"
)
#: « il y a dix ans », « il y a 20 ans »: a figure of another time than the story's.
_AGO = re.compile(r"\bil y a (?:\d+|[a-zé-]+) (?:ans?|années|décennies)\b", re.I)
_SOURCE = re.compile(
    r"\b(?:selon|d'après|d’après|de source)\s+(?:l[ae]s?\s+|l['’]|les\s+|des\s+|un\s+|une\s+)?([\w-]+)", re.I
)
#: A named place that opens a sentence and frames it: « À Vannes, … », « Dans le Limbourg, … »
#: (a place inside the clause, « 1 240 ménages au Québec », frames nothing).
_PLACE = re.compile(
    r"^\s*(?:[àÀA]|[Aa]u|[Dd]ans l[ae]|[Dd]ans|[Ee]n)\s+([A-ZÉÈÎ][\w'’-]+(?:[ -][A-ZÉ][\w'’-]+)*)[^,.]{0,40},"
)


def _holder(doc, start: int, end: int) -> str | None:
    """The proper noun nearest before a figure in its sentence (``start:end``, the
    sentence up to the figure): the place, firm or person the figure is told of. « Le
    gouvernorat de Nabeul arrive en tête avec plus de 2 300 lits, suivi de celui de Sousse
    avec 1 950 lits »: the first figure is Nabeul's, the second Sousse's, so the second is
    no rounding of the first."""
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    if span is None:
        return None
    return next((t.text for t in reversed(span) if _is_name(t)), None)


def _is_name(tok) -> bool:
    """A proper noun, or a capitalised noun inside a sentence the tagger took for a common
    one (« celui de Sousse »)."""
    if not tok.text[:1].isupper():
        return False
    inside = not tok.is_sent_start and tok.i > 0 and not tok.doc[tok.i - 1].is_punct
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and inside)


def _places(text: str, sent_start: int, sent_end: int) -> tuple[str, ...]:
    """The named place that frames a figure's sentence: « À Vannes, l'entrée coûtait 45
    euros » gives ("Vannes",). It only weighs on the verdict (``relations/evidence.scopes``):
    two figures paired by their noun in sentences framed by two places are not called
    inconsistent with each other."""
    m = _PLACE.match(text, sent_start, sent_end)
    return (m.group(1),) if m else ()


#: After a figure, in its clause, the town it is told of: « Quelque 800 personnes ont aussi
#: défilé à Caen » (a verb of up to six words, then « à » and a capitalised name).
_PLACE_AFTER = re.compile(r"[^,;:.()\d]{0,60}?\b(?:à|au)\s+([A-ZÉÈÎ][\w'’-]+(?:-[A-ZÉ][\w'’-]+)*)")


def _place_after(text: str, end: int, sent_end: int) -> tuple[str, ...]:
    """The town named right after a figure in its clause, when nothing names its place
    before it: two counts of one noun told of two towns are not one restated."""
    m = _PLACE_AFTER.match(text, end, sent_end)
    return (m.group(1),) if m else ()


#: Where a sentence turns to another time or fact: « 312 arrestations, contre 268 un an plus
#: tôt »; « près de 65.000 élèves en 2023, sachant que l'année 2022 … (50.000 élèves) »;
#: « 4 000 abonnés cette année, après une baisse l'an dernier (2 500 abonnés) »; a
#: parenthesis opened by a year: « sous la barre des 4 000 morts (en 2006 : 4 318 tués) ».
_CONTRAST = re.compile(
    r",\s*contre\b|\bcontre\s+(?=\d)|,\s*(?:(?:sachant|alors|tandis) qu(?:e\b|['’])|après\b)"
    r"|\((?=\s*(?:en\s+)?(?:1[89]|20)\d\d\b)|(?<=\d{4}),\s*où\b",
    re.I,
)


_CLAUSE_BREAK = re.compile(r"[,;]")


class _SentenceCues:
    """What ``_scope`` and ``_number_of`` read in one sentence, found once for all its figures.

    Each figure used to rescan its whole sentence (its « contre » cuts, commas, sources,
    « le nombre de »), and to lower-case and search its segment for every marker: with
    hundreds of figures in one sentence (a list of towns, a table pasted as one line)
    that was quadratic. Here each scan is made once per sentence and each segment's
    markers once per segment; a figure then costs a few binary searches.
    """

    def __init__(self, text: str, sent_start: int, sent_end: int):
        self.start, self.end = sent_start, sent_end
        contrasts = [m.start() for m in _CONTRAST.finditer(text, sent_start, sent_end)]
        self.cuts = [sent_start, *contrasts, sent_end]
        self.breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, sent_start, sent_end)]
        sources = list(_SOURCE.finditer(text, sent_start, sent_end))
        self.source_starts = [m.start() for m in sources]
        self.sources = [(m.end(), f"selon {m.group(1).lower()}") for m in sources]
        self.every = sorted({name for _, name in self.sources})
        self.number_of = list(_NUMBER_OF.finditer(text, sent_start, sent_end))
        self.number_of_ends = [m.end() for m in self.number_of]
        self.segments: dict[tuple[int, int], tuple[list[str], list[str]]] = {}

    def segment(self, start: int) -> tuple[int, int]:
        """The part of the sentence between two « contre » cuts that holds ``start``."""
        i = bisect.bisect_right(self.cuts, start)
        seg_start = self.cuts[i - 1] if i > 0 else self.start
        seg_end = self.cuts[i] if i < len(self.cuts) else self.end
        return seg_start, seg_end

    def sources_of(self, start: int, end: int) -> list[str]:
        """``_sources`` for the figure at ``start:end``: its own clause's, else the sentence's only one."""
        i = bisect.bisect_left(self.breaks, start) - 1
        clause_start = self.breaks[i] + 1 if i >= 0 else self.start
        j = bisect.bisect_left(self.breaks, end)
        clause_end = self.breaks[j] if j < len(self.breaks) else self.end
        own = set()
        for k in range(bisect.bisect_left(self.source_starts, clause_start), len(self.sources)):
            if self.source_starts[k] >= clause_end:
                break
            if self.sources[k][0] <= clause_end:
                own.add(self.sources[k][1])
        if own:
            return sorted(own)
        return self.every if len(self.every) == 1 else []


def _segment_markers(text: str, seg_start: int, seg_end: int, article_year: int | None) -> tuple[list, list]:
    """The time, hypothesis, rate and subject markers of one segment, and its other years."""
    segment = text[seg_start:seg_end]
    low = segment.lower().replace("’", "'")
    # a plain substring test first: most markers are absent from most segments
    scope = [m for m in cues.OTHER_TIME_MARKERS if m in low and _own_marker(low, m)]
    markers = cues.HYPOTHETICAL_MARKERS + cues.RATE_MARKERS + cues.SUBJECT_SHIFT_MARKERS
    scope += [m for m in markers if m in low and re.search(rf"\b{re.escape(m)}\b", low)]
    scope += [m.group(0).lower() for m in _AGO.finditer(segment)]
    if _PER_POPULATION.search(low):
        scope.append("par habitant")  # « pour 100 000 habitants »: a rate per population
    years = []
    found = [int(m.group(1)) for m in _YEAR_SCOPE.finditer(segment)]
    if _AFTER_CONTRE.match(low):  # « contre 118 650 en 2024 »: the compared figure's year
        found += [int(m.group(1)) for m in _IN_YEAR.finditer(low)]
    if _WHERE.match(low):  # « supérieur à 2021, où le dividende s'établissait à 2,7 milliards »
        before = _YEAR_BEFORE.search(text, max(0, seg_start - 6), seg_start)
        found += [int(before.group(1))] if before else []
    for year in dict.fromkeys(found):
        if article_year is None or year < article_year:
            years.append(f"année {year}")
    return scope, years


def _scope(
    text: str,
    sent_start: int,
    sent_end: int,
    q: Quantity,
    article_year: int | None,
    cues_: _SentenceCues | None = None,
) -> tuple[str, ...]:
    """Markers that put a figure outside the article's story.

    The sentence is cut at « contre » (« 312 arrestations, contre 268 un an plus tôt »):
    markers apply to the figures of their own side. A marker is a phrase of another time
    (« l'an dernier », « lors des municipales de mars 2020 », « En 2023, »), or of a
    hypothesis or target (« pourrait », « objectif »). ``cues_``, the sentence's scans,
    is made here when the caller has none (see ``_SentenceCues``).
    """
    if cues_ is None:
        cues_ = _SentenceCues(text, sent_start, sent_end)
    key = cues_.segment(q.start)
    if key not in cues_.segments:
        cues_.segments[key] = _segment_markers(text, *key, article_year)
    markers, years = cues_.segments[key]
    return tuple(dict.fromkeys([*markers, *cues_.sources_of(q.start, q.end), *years]))


_COMPARISON = re.compile(
    r"(qu'|que |par rapport à |comparé à |comparativement à |sur |par rapport |comparée? |comparativement )(\S+ ){0,2}$"
)


def _own_marker(low: str, marker: str) -> bool:
    """Whether a time marker dates the figures of its segment, and is not the base of a
    comparison (« en baisse de 10 % par rapport à l'an dernier », « plus qu'à la même période »)."""
    for m in re.finditer(re.escape(marker), low):
        if not _COMPARISON.search(low[max(0, m.start() - 30) : m.start()]):
            return True
    return False


def _sources(text: str, sent_start: int, sent_end: int, q: Quantity) -> list[str]:
    """The source a figure is attributed to: « selon … » in its own clause (between commas),
    or the only source its sentence names."""
    commas = [m.end() for m in re.finditer(r"[,;]", text[sent_start : q.start])]
    clause_start = sent_start + (commas[-1] if commas else 0)
    nxt = re.search(r"[,;]", text[q.end : sent_end])
    clause_end = q.end + nxt.start() if nxt else sent_end
    own = {f"selon {m.group(1).lower()}" for m in _SOURCE.finditer(text, clause_start, clause_end)}
    if own:
        return sorted(own)
    every = {f"selon {m.group(1).lower()}" for m in _SOURCE.finditer(text, sent_start, sent_end)}
    return sorted(every) if len(every) == 1 else []


def compatible_scope(a: Claim, b: Claim) -> bool:
    """Whether two figures are about the same time and hypothesis, and from compatible
    sources: markers of time and hypothesis must be the same; sources conflict only when
    both figures name one and they differ (« selon la police » / « selon les organisateurs »)."""
    other_a = {m for m in a.scope if not m.startswith("selon ")}
    other_b = {m for m in b.scope if not m.startswith("selon ")}
    src_a = {m for m in a.scope if m.startswith("selon ")}
    src_b = {m for m in b.scope if m.startswith("selon ")}
    return other_a == other_b and (not src_a or not src_b or bool(src_a & src_b))


_ENDS_PARAGRAPH = re.compile(r"[.!?:;»\"”)]$")


def sentence_spans(doc, text: str) -> list[tuple[int, int]]:
    """Sentences as character spans: spaCy's, cut again at line breaks that end a paragraph
    (after final punctuation, or before a blank line): the small model's parser sometimes
    runs a sentence across paragraphs. A hard-wrapped line ("identifiées,⏎dont 153
    enfants") does not end its sentence."""
    spans = []  # ``text`` is the parsed text (reading doc.text would rebuild it from every token)
    for sent_start, sent_end in _joined_sentences(doc, text):
        start = sent_start
        for m in re.finditer(r"\n", text[sent_start:sent_end]):
            end = sent_start + m.start()
            line = text[start:end].rstrip()
            if not line:
                start = end + 1
                continue
            next_blank = re.match(r"[ \t\r]*(\n|$)", text[end + 1 : end + 80])
            if not _ENDS_PARAGRAPH.search(line) and not next_blank:
                continue  # a hard-wrapped line: the sentence goes on
            spans.append((start, end))
            start = end + 1
        if text[start:sent_end].strip():
            spans.append((start, sent_end))
    return spans or [(0, len(text))]


def _joined_sentences(doc, text: str) -> list[tuple[int, int]]:
    """spaCy's sentences, joined again where a boundary follows no final punctuation and no
    line break (« 77 603 ⟂ victimes ont pu être identifiées » is one sentence)."""
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        if out:
            before = text[out[-1][0] : sent.start_char].rstrip(" \t\u00a0\u202f")
            if before and not _ENDS_PARAGRAPH.search(before) and not before.endswith(("\n", "\r")):
                out[-1] = (out[-1][0], sent.end_char)
                continue
            if _goes_on(before, text[sent.start_char : sent.start_char + 2]):
                out[-1] = (out[-1][0], sent.end_char)
                continue
        out.append((sent.start_char, sent.end_char))
    return out


#: A sentence the parser ends at a colon inside a line (« 1 200 logements : Nantes en gère
#: 700, … ») or at a closing quote that a comma or a small letter follows (« « … », précise
#: le maire ») goes on: a colon at the end of a line (a list below) still ends it.
_COLON_IN_LINE = re.compile(r"[:：]\Z")
_QUOTE_CLOSED = re.compile(r"[»”\"]\Z")


def _goes_on(before: str, after: str) -> bool:
    """Whether a sentence boundary of the parser, between ``before`` (its text, trailing
    spaces cut) and ``after`` (the next sentence's first characters), is none."""
    if _COLON_IN_LINE.search(before):
        return True
    return bool(_QUOTE_CLOSED.search(before) and after[:1] and (after[0] == "," or after[0].islower()))


def build_claims(
    text: str,
    doc,
    quantities: Sequence[Quantity],
    article_year: int | None = None,
    sents: Sequence[tuple[int, int]] | None = None,
) -> tuple[Claim, ...]:
    """Claims for every quantity, in text order, ids ``c1``, ``c2``…; ``sents`` are the
    sentence spans when the caller has them already.

    ``text`` is the text that was parsed (a file's prose) and the claims point into it;
    they have no line or column yet (0): ``pipeline.place`` gives every claim its place in
    the file, once, before any rule reads it."""
    sents = sents if sents is not None else sentence_spans(doc, text)
    sent_starts = [start for start, _ in sents]
    claims: list[Claim] = []
    found: dict[tuple[int, int], _SentenceCues] = {}

    def sentence_cues(sent: tuple[int, int]) -> _SentenceCues:
        if sent not in found:
            found[sent] = _SentenceCues(text, *sent)
        return found[sent]

    for n, q in enumerate(quantities, start=1):
        si = max(0, bisect.bisect_right(sent_starts, q.start) - 1)
        sent = sents[si] if sents else None
        noun = noun_start = noun_end = unit = event = None
        traits: set[str] = set()
        definite = demonstrative = False
        scope: tuple[str, ...] = ()
        places: tuple[str, ...] = ()
        if q.kind in AMOUNT_KINDS and sent is not None:
            tok = counted_noun(doc, q) if q.kind in (Kind.COUNT, Kind.MEASURE) else None
            if tok is not None:
                noun_start, noun_end = noun_extent(doc, tok)
                noun = text[noun_start:noun_end]
                key = noun_key(tok.lemma_ if tok.pos_ == "NOUN" and tok.lemma_ else tok.text)
                unit = q.unit or key
                traits.add(key)
                event, more = _event_of(tok)
                if event is None and tok.head.i == tok.i:
                    # « Soixante-quatre voiliers se sont élancés »: the parse made the noun a root
                    verb = _next_verb(doc, tok.i + 1)
                    event = verb.lemma_.lower() if verb is not None else None
                traits |= more | _complement(doc, tok)
            else:
                unit = q.unit or _number_of(text, sent[0], q.start, sentence_cues(sent))
                span = doc.char_span(q.start, q.end, alignment_mode="expand")
                if span is not None:
                    event, more = _event_of(span[-1])
                    traits |= more
                    if q.kind == Kind.MONEY:
                        category = _category(doc, text, q, span[-1])
                        if category:
                            traits.add(CATEGORY + category)
                    elif unit is None and q.kind == Kind.COUNT:
                        # « l'effectif atteint 3 200 »: what the subject of the verb names
                        subject = _subject_category(span[-1], frg.COUNT_OF_SUBJECT)
                        unit = subject.split()[0] if subject else None
                    verb = _next_verb(doc, span.end)
                    if verb is not None:
                        event = verb.lemma_.lower()
                        traits |= {
                            c.lemma_.lower()
                            for c in verb.children
                            if c.dep_.startswith(("obj", "obl")) and c.pos_ == "NOUN"
                        }
            scope = _scope(text, sent[0], sent[1], q, article_year, sentence_cues(sent))
            holder = _holder(doc, sent[0], q.start)
            places = (holder,) if holder else _places(text, sent[0], sent[1]) or _place_after(text, q.end, sent[1])
            definite = bool(_DEFINITE.search(text[max(0, q.start - 5) : q.start])) and not _PARTITIVE.search(
                text[max(0, q.start - 16) : q.start]
            )
            demonstrative = bool(re.search(r"\b[Cc]es\s$", text[max(0, q.start - 4) : q.start]))
        if q.kind in (Kind.DATE, Kind.PERIOD) and sent is not None:
            tense = _tense(doc, q)
            if tense:
                traits.add(f"tense:{tense}")
        if event:
            traits.add(event)
        if q.kind == Kind.COUNT and sent is not None:
            traits |= {STATUS + s for s in _group_statuses(text, q.start, q.end, unit, traits - {unit})}
        claims.append(
            Claim(
                id=f"c{n}",
                start=q.start,
                end=q.end,
                text=q.text,
                line=0,
                column=0,
                kind=q.kind,
                value=q.value,
                unit=unit if q.kind in AMOUNT_KINDS else (q.unit or None),
                qualifier=q.qualifier,
                low=q.low,
                high=q.high,
                noun=noun,
                noun_start=noun_start,
                noun_end=noun_end,
                event=event,
                traits=tuple(sorted(traits)),
                definite=definite,
                demonstrative=demonstrative,
                scope=scope,
                places=places,
                sentence=si,
                quantity=q,
            )
        )
    return tuple(claims)


def with_unit(claim: Claim, unit: str | None, noun: str | None) -> Claim:
    """The claim of an elliptic figure once its referent is known."""
    traits = tuple(sorted(set(claim.traits) | ({unit} if unit else set())))
    return replace(claim, unit=unit, noun=noun, traits=traits)
