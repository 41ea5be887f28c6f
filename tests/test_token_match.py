"""The fast French TOKEN_MATCH decides exactly like spaCy's compiled pattern.

Evidence gathered here (see globalchain_cli/fr_token_match.py for the construction):

* decisions of the fast matcher == decisions of spaCy's compiled ``TOKEN_MATCH`` (the
  pattern string stored in the model's tokenizer, i.e. what a stock ``spacy.load``
  compiles) on: every French tokenizer exception (including the 15k-entry list spaCy
  does not load by default), every entry of the module's word lists, strings generated
  from each of the 266 alternatives plus case/hyphen/elision/affix variants, every
  whitespace token and spaCy token of the eval texts and external data, every string
  the stock tokenizer actually passed to ``token_match`` on those texts, and templates
  instantiated with ~30,000 code points (all cased ones);
* the full tokenizer output (token texts and trailing whitespace) is identical to the
  stock tokenizer's on all those texts.

The stock pattern takes 2+ s to compile: it is compiled once, in a module fixture.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from re import _constants as sre_c  # test-only: expanding regexes into sample strings
from re import _parser as sre_parse

import pytest
import srsly

from globalchain_cli import fr_token_match as ftm
from globalchain_cli import nlp as gnlp

REPO = Path(__file__).resolve().parents[1]


def _shared_dir() -> Path | None:
    for candidate in (REPO.parent / "shared", Path("/work/shared")):
        if (candidate / "eval" / "cases").is_dir():
            return candidate
    return None


SHARED = _shared_dir()


def _corpus_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "fixtures").glob("*.txt"))]
    if SHARED is not None:
        for path in sorted((SHARED / "eval" / "cases").glob("*.json")):
            texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
        for path in sorted((SHARED / "external").glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    value = json.loads(line).get("input")
                    if isinstance(value, str):
                        texts.append(value)
    return texts


# ---------------------------------------------------------------------------
# fixtures
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    return gnlp.load()


@pytest.fixture(scope="module")
def exc_module(nlp):
    return sys.modules[ftm.FR_EXCEPTIONS_MODULE]


@pytest.fixture(scope="module")
def tokenizer_data():
    return srsly.msgpack_loads((gnlp._model_dir() / "tokenizer").read_bytes())


@pytest.fixture(scope="module")
def stock_match(tokenizer_data, exc_module):
    """spaCy's TOKEN_MATCH, compiled from the pattern stored in the model (2+ s, once)."""
    pattern = tokenizer_data["token_match"]
    assert pattern == ftm.stock_pattern(exc_module._regular_exp)
    return re.compile(pattern).match


@pytest.fixture(scope="module")
def fast_match(nlp):
    match = nlp.tokenizer.token_match
    assert ftm.is_fast_token_match(match)
    return match


@pytest.fixture(scope="module")
def stock_tokenizer(nlp, stock_match):
    """The model's tokenizer read the stock way (its token_match is the compiled stock pattern)."""
    from spacy.tokenizer import Tokenizer

    tokenizer = Tokenizer(nlp.vocab).from_disk(gnlp._model_dir() / "tokenizer", exclude=["vocab"])
    assert tokenizer.token_match.__self__.pattern == stock_match.__self__.pattern
    return tokenizer


@pytest.fixture(scope="module")
def texts():
    return _corpus_texts()


@pytest.fixture(scope="module")
def generated(exc_module):
    return generated_strings(exc_module)


# ---------------------------------------------------------------------------
# string generation
# ---------------------------------------------------------------------------

_rng = random.Random(20240607)


def _sample_class(items) -> list[str]:
    """A few members of a parsed character class (both ends and a middle of each range)."""
    chars: list[str] = []
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.append(chr(av))
        elif op is sre_c.RANGE:
            lo, hi = av
            chars.extend(chr(c) for c in {lo, hi, (lo + hi) // 2})
        # NEGATE / CATEGORY do not occur in the French patterns
    if len(chars) > 12:
        chars = sorted(set(chars[:4] + chars[-2:] + _rng.sample(chars, 6)))
    return chars


def _expand(parsed, cap: int = 40) -> list[str]:
    results = [""]
    for op, av in parsed:
        if op is sre_c.LITERAL:
            options = [chr(av)]
        elif op is sre_c.IN:
            options = _sample_class(av)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            lo, hi, sub = av
            counts = sorted({lo, lo + 1, lo + 3} if hi is sre_c.MAXREPEAT else {lo, hi})
            options = []
            for count in counts:
                if hi is not sre_c.MAXREPEAT and count > hi:
                    continue
                seq = [""]
                for _ in range(count):
                    seq = [a + b for a in seq for b in _expand(sub, cap=4)]
                    seq = _rng.sample(seq, min(len(seq), 4))
                options.extend(seq)
        elif op is sre_c.SUBPATTERN:
            options = _expand(av[-1], cap)
        elif op is sre_c.BRANCH:
            options = [s for branch in av[1] for s in _expand(branch, cap)]
        elif op is sre_c.AT:
            options = [""]
        else:  # pragma: no cover - not used by the French patterns
            raise NotImplementedError(op)
        results = [r + o for r in results for o in options]
        if len(results) > cap:
            results = _rng.sample(results, cap)
    return results


def expand(pattern: str, cap: int = 40) -> list[str]:
    """Sample strings matching ``pattern`` (no flags)."""
    return _expand(sre_parse.parse(pattern), cap)


# case-insensitive quirks of re's Unicode case folding, and French typographic variants
_SWAPS = [
    ("k", "\u212a"),  # KELVIN SIGN lowercases to k
    ("s", "\u017f"),  # LONG S folds with s
    ("i", "\u0131"),  # DOTLESS I folds with i
    ("i", "\u0130"),  # I WITH DOT ABOVE lowercases to i
    ("e", "\u0435"),  # Cyrillic look-alike (must NOT match)
    ("a", "\uff41"),  # fullwidth a
    ("é", "É"),
    ("'", "’"),
    ("’", "'"),
    ("-", "‐"),
]


def variants(s: str) -> set[str]:
    out = {s, s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold()}
    out |= {s + "\n", s + "\n\n", "\n" + s, s + "\r", s + " ", " " + s, s + "\t"}
    out |= {s[:-1], s[1:], s[:-2], s + "-", s + "'", s + "1", "1" + s, "x" + s, s + "x"}
    out |= {s + "é", s + "ß", s + "ﬁ", s + "ǅ", s + "æ", s + "中", s + "-x", s + "'x", s + "-l'x"}
    out |= {"(" + s + ")", s + ".", "«" + s + "»", s + ",", s + "-t-il", s + "-là"}
    for hyphen in "-–—‐‑―":
        out.add(s.replace("-", hyphen).replace("‐", hyphen))
    for old, new in _SWAPS:
        if old in s:
            out.add(s.replace(old, new))
            out.add(s.replace(old, new, 1))
    return out


def _word_list_entries(module) -> list[str]:
    entries: list[str] = []
    for name in ("_hyphen_prefix", "_elision_prefix", "_hyphen_combination"):
        for pattern in getattr(module, name):
            entries.extend(expand(pattern))
    return entries


def interesting_code_points() -> list[str]:
    cps = set(range(0x3000))
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if c.lower() != c or c.upper() != c or c.casefold() != c or cp % 101 == 0:
            cps.add(cp)
    cps -= set(range(0xD800, 0xE000))
    return [chr(cp) for cp in sorted(cps)]


CODE_POINT_TEMPLATES = [
    "faux-{c}",
    "faux-a{c}",
    "faux-{c}b",
    "{c}aux-vampire",
    "fau{c}-vampire",
    "{c}-la-b",
    "a-la-{c}",
    "a{c}-sur-l'b",
    "a-de-l{c}b",
    "entr{c}a",
    "entr'{c}",
    "black-out{c}",
    "hip-hop{c}",
    "ch{c}tiis",
    "yo-yo{c}",
    "droits-de-l'homm{c}",
    "a{c}ro-club",
    "grande{c}a",
    "{c}",
    "{c}-{c}",
    "vill{c}-x",
]


def generated_strings(module) -> set[str]:
    strings: set[str] = set()
    bases: list[str] = []
    bases.extend(module.TOKENIZER_EXCEPTIONS)
    bases.extend(module.FR_BASE_EXCEPTIONS)
    bases.extend(_word_list_entries(module))
    for alternative in module._regular_exp:
        bases.extend(expand(alternative))
    for base in bases:
        strings |= variants(base)
    from spacy.lang.fr._tokenizer_exceptions_list import FR_BASE_EXCEPTIONS as BIG_LIST

    for entry in BIG_LIST:
        strings.add(entry)
        strings.add(entry.lower())
        strings.add(entry.replace("'", "’"))
    code_points = interesting_code_points()
    for template in CODE_POINT_TEMPLATES:
        strings.update(template.format(c=c) for c in code_points)
    return strings


def corpus_strings(texts: Iterable[str], nlp) -> set[str]:
    strings: set[str] = set()
    for text in texts:
        strings.update(text.split())
        strings.update(t.text for t in nlp.tokenizer(text))
    return strings


# ---------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------


def test_every_alternative_is_factored(exc_module, fast_match):
    pattern = fast_match.__self__.pattern
    assert pattern == ftm.factored_pattern(
        exc_module._regular_exp,
        hyphens=exc_module.HYPHENS,
        elision=exc_module.ELISION,
        alpha=exc_module.ALPHA,
        alpha_lower=exc_module.ALPHA_LOWER,
    )
    assert len(exc_module._regular_exp) == 266
    # nothing was left verbatim: six big letter classes instead of ~600
    big_classes = pattern.count(f"[{exc_module.ALPHA_LOWER}]") + pattern.count(f"[{exc_module.ALPHA}]")
    big_classes += pattern.count(f"[{exc_module.HYPHENS}{exc_module.ALPHA_LOWER}{exc_module.ELISION}]")
    assert big_classes == 6
    assert "(?:^" not in pattern
    assert len(pattern) < len(ftm.stock_pattern(exc_module._regular_exp)) / 50


def test_cold_load_never_compiles_the_stock_pattern():
    """In a fresh interpreter: the import hook is used, then removed, and no 1 MB pattern exists."""
    code = (
        "import gc, re, sys\n"
        "from globalchain_cli import fr_token_match as ftm, nlp\n"
        "n = nlp.load()\n"
        "assert ftm.loaded_with_fast_token_match()\n"
        "assert ftm.is_fast_token_match(n.tokenizer.token_match)\n"
        "assert ftm.is_fast_token_match(sys.modules[ftm.FR_EXCEPTIONS_MODULE].TOKEN_MATCH)\n"
        "assert not any(isinstance(f, ftm._FastTokenMatchFinder) for f in sys.meta_path)\n"
        "big = [o for o in gc.get_objects() if isinstance(o, re.Pattern) and len(o.pattern) > 500_000]\n"
        "assert not big, len(big)\n"
        "assert n('Le porte-avions est-il arrivé ?')[1].text == 'porte-avions'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr


def test_load_after_a_stock_import_of_spacy_lang_fr():
    """If spacy.lang.fr was imported before load() (stock TOKEN_MATCH), load() still
    sets the fast matcher on the tokenizer and tokenizes like the stock tokenizer."""
    code = (
        "import spacy.lang.fr.tokenizer_exceptions as te\n"
        "from globalchain_cli import fr_token_match as ftm, nlp\n"
        "assert not ftm.is_fast_token_match(te.TOKEN_MATCH)\n"
        "n = nlp.load()\n"
        "assert ftm.is_fast_token_match(n.tokenizer.token_match)\n"
        "text = 'Le porte-avions, l’anti-inflation et le week-end : est-ce vrai ?'\n"
        "from spacy.tokenizer import Tokenizer\n"
        "stock = Tokenizer(n.vocab).from_disk(nlp._model_dir() / 'tokenizer', exclude=['vocab'])\n"
        "assert [t.text for t in n.tokenizer(text)] == [t.text for t in stock(text)]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow  # 200,000 generated strings through both patterns (about 20 s of CPU)
def test_same_decision_on_generated_strings(generated, stock_match, fast_match):
    strings = generated
    assert len(strings) > 200_000
    differ = [s for s in strings if bool(stock_match(s)) != bool(fast_match(s))]
    assert differ == []
    matched = sum(1 for s in strings if stock_match(s))
    assert matched > 10_000  # the generator really exercises the matching side too


def test_same_decision_on_corpus_tokens(nlp, texts, stock_match, fast_match):
    strings = corpus_strings(texts, nlp)
    assert len(strings) > 1_000
    differ = [s for s in strings if bool(stock_match(s)) != bool(fast_match(s))]
    assert differ == []


def test_match_spans_are_identical(exc_module, stock_match, fast_match):
    for alternative in exc_module._regular_exp[:60]:
        for s in expand(alternative, cap=10):
            for v in (s, s + "\n"):
                a, b = stock_match(v), fast_match(v)
                assert (a and a.span()) == (b and b.span())


def _tokens(tokenizer, text):
    return [(t.text, t.whitespace_) for t in tokenizer(text)]


def test_tokenizer_output_identical_on_corpus(nlp, texts, stock_tokenizer, stock_match):
    asked: set[str] = set()

    def recording(string):
        asked.add(string)
        return stock_match(string)

    from spacy.tokenizer import Tokenizer

    recorder = Tokenizer(nlp.vocab).from_disk(gnlp._model_dir() / "tokenizer", exclude=["vocab"])
    recorder.token_match = recording
    assert texts
    for text in texts:
        expected = _tokens(stock_tokenizer, text)
        assert _tokens(nlp.tokenizer, text) == expected, text[:80]
        assert _tokens(recorder, text) == expected
    fast = nlp.tokenizer.token_match
    assert asked
    assert [s for s in asked if bool(fast(s)) != bool(stock_match(s))] == []


@pytest.mark.slow  # generated texts through both tokenizers (about 6 s of CPU)
def test_tokenizer_output_identical_on_generated_texts(generated, nlp, stock_tokenizer):
    strings = sorted(s for s in generated if len(s) < 40)
    rng = random.Random(7)
    strings = rng.sample(strings, 60_000)
    for i in range(0, len(strings), 200):
        text = " ".join(strings[i : i + 200])
        assert _tokens(nlp.tokenizer, text) == _tokens(stock_tokenizer, text)


def test_fast_tokenizer_serialises(nlp):
    from spacy.tokenizer import Tokenizer

    data = nlp.tokenizer.to_bytes(exclude=["vocab"])
    copy = Tokenizer(nlp.vocab).from_bytes(data, exclude=["vocab"])
    assert copy.token_match.__self__.pattern == nlp.tokenizer.token_match.__self__.pattern
    text = "Le week-end des porte-avions, l'anti-inflation et l'après-midi : c'est-à-dire 3,5 %."
    assert _tokens(copy, text) == _tokens(nlp.tokenizer, text)


# --- the factoring itself, on small inputs --------------------------------


CLASSES = {"hyphens": "-", "elision": "'", "alpha": "a-zA-Z", "alpha_lower": "a-z"}


def _stock(regular_exp):
    return re.compile(ftm.stock_pattern(regular_exp)).match


def test_factoring_keeps_unknown_alternatives_verbatim():
    regular_exp = [
        "^foo[-][a-z]+$",
        "^ba(r|z)[-][a-z]*$",  # capturing group: kept verbatim
        "^x|y[-][a-z]+$",  # top-level alternation: kept verbatim
        "^odd\\d+$",  # unknown family: kept verbatim
        "^[a-zA-Z]+[-]de[-](?:l['])?[a-zA-Z]+$",
        "^pré[-][a-z][-a-z']*$",
        "^entr['][a-z][-a-z']*$",
    ]
    pattern = ftm.factored_pattern(regular_exp, **CLASSES)
    for verbatim in regular_exp[1:4]:
        assert f"(?:{verbatim})" in pattern
    fast, stock = re.compile(pattern).match, _stock(regular_exp)
    samples = ["foo-bar", "foo-", "bar-x", "baz-", "x", "xyz", "y-ab", "odd12", "odd", "a-de-l'b", "a-de-b"]
    samples += ["pré-a", "pré-", "Pré-A-b", "entr'a", "entr'", "FOO-BAR", "foo-bar\n", "foo-bar\n\n"]
    samples += ["xa", "y-a", "y-", "bar-ab", "odd1x", "a-de-l'b-c"]
    for s in samples:
        assert bool(fast(s)) == bool(stock(s)), s


@pytest.mark.parametrize(
    ("fragment", "ok"),
    [
        ("abc", True),
        ("a[ée]ro", True),
        ("bas(?:ses?)?", True),
        ("[|]x", True),
        ("a|b", False),
        ("(ab)", False),
        ("(?P<x>a)", False),
        ("a\\1", False),
        ("(?:a", False),
        ("a)", False),
        ("[abc", False),
        ("x(?=y)", True),
    ],
)
def test_self_contained_fragments(fragment, ok):
    assert ftm._is_self_contained(fragment) is ok


def test_final_statement_detection():
    import ast

    good = "import re\nTOKEN_MATCH = re.compile('(?iu)' + 'x').match\n"
    assert ftm._final_compile_call(ast.parse(good)) is not None
    for bad in (
        "import re\nTOKEN_MATCH = re.compile('x', re.I).match\n",
        "import re\nOTHER = re.compile('x').match\n",
        "import re\nTOKEN_MATCH = re.compile('x').search\n",
        "TOKEN_MATCH = None\n",
        "",
    ):
        assert ftm._final_compile_call(ast.parse(bad)) is None
