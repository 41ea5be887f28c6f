"""globalchain_cli.nlp: loading, offsets, long texts, parse_many, and sameness with stock spaCy."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from globalchain_cli import nlp as gnlp

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "fixtures" / "global-chain-2024.txt"


def _shared_cases() -> list[str]:
    for candidate in (REPO.parent / "shared", Path("/work/shared")):
        cases = sorted((candidate / "eval" / "cases").glob("*.json"))
        if cases:
            return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in cases]
    return []


@pytest.fixture(scope="session")
def pipeline():
    return gnlp.load()


@pytest.fixture(scope="session")
def sample_texts() -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")] + _shared_cases()
    texts.append("Le week-end, l'anti-inflation a-t-elle reculé de 3,5 % ? Aujourd'hui, non.\n\nFin.")
    return texts


def _assert_offsets(doc, text):
    assert doc.text == text
    for token in doc:
        assert text.startswith(token.text, token.idx)
        assert text.startswith(token.whitespace_, token.idx + len(token.text))
    assert len(doc) == 0 or doc[0].idx == 0
    ends = [t.idx + len(t.text_with_ws) for t in doc]
    assert ends == [t.idx for t in doc[1:]] + ([len(text)] if len(doc) else [])


def _annotations(doc):
    return [
        (
            t.text,
            t.whitespace_,
            t.idx,
            t.lemma_,
            t.pos_,
            t.tag_,
            t.dep_,
            t.head.i,
            str(t.morph),
            t.is_sent_start,
        )
        for t in doc
    ]


# --- import and load -------------------------------------------------------


def test_importing_the_module_does_not_import_spacy():
    code = "import globalchain_cli.nlp, sys; assert 'spacy' not in sys.modules, 'spacy imported'"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr


def test_load_is_cached_and_has_the_needed_components(pipeline):
    assert gnlp.load() is pipeline
    assert pipeline.pipe_names == ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"]
    assert "ner" not in pipeline.component_names
    assert pipeline.lang == "fr"
    assert type(pipeline.get_pipe("lemmatizer")).__name__ == "FrenchLemmatizer"


def test_fast_lemmatizer_tables_are_the_stock_tables(pipeline):
    from spacy.lookups import Lookups

    path = gnlp._model_dir() / "lemmatizer" / "lookups"
    stock = Lookups().from_disk(path)
    fast = pipeline.get_pipe("lemmatizer").lookups
    assert fast.tables == stock.tables
    for name in stock.tables:
        # Table.to_bytes holds the name, every (key, value) in order and the Bloom filter
        assert fast.get_table(name).to_bytes() == stock.get_table(name).to_bytes(), name
    assert fast.to_bytes() == stock.to_bytes()


def test_annotations_identical_to_stock_spacy(pipeline, sample_texts):
    """Everything gcheck reads is what the stock pipeline (with its NER) gives."""
    import spacy

    stock = spacy.load(gnlp.MODEL)
    assert "ner" in stock.pipe_names
    for text in sample_texts:
        assert _annotations(gnlp.parse(text)) == _annotations(stock(text))
    fast_docs = list(gnlp.parse_many(sample_texts))
    stock_docs = list(stock.pipe(sample_texts))
    assert [_annotations(d) for d in fast_docs] == [_annotations(d) for d in stock_docs]


# --- parse -------------------------------------------------------------------


def test_parse_keeps_offsets_and_annotations(pipeline, sample_texts):
    for text in sample_texts:
        doc = gnlp.parse(text)
        _assert_offsets(doc, text)
        assert doc.has_annotation("DEP")
        assert doc.has_annotation("LEMMA")
        assert doc.has_annotation("MORPH")
        assert list(doc.sents)
    doc = gnlp.parse(SEED.read_text(encoding="utf-8"))
    span = doc.char_span(3, 9, alignment_mode="expand")
    assert span is not None and span.start_char <= 3 and span.end_char >= 9


def test_parse_empty_text(pipeline):
    assert len(gnlp.parse("")) == 0
    assert list(gnlp.parse_many([])) == []


# --- long texts -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a\n\nb\n\nc" * 50,
        "Une phrase. " * 100,
        "mot " * 200 + "\n" + "x" * 500,
        "x" * 1000,
        "Un.\r\n\r\nDeux.\n \n Trois.\t\n\n\n" * 40,
    ],
)
def test_split_text_is_exact_and_bounded(text):
    for max_chars in (2, 7, 50, 333):
        chunks = gnlp.split_text(text, max_chars)
        assert "".join(chunks) == text
        assert all(0 < len(c) <= max_chars for c in chunks)


def test_split_text_prefers_paragraphs_and_keeps_whitespace_runs_whole():
    paragraph = "Une phrase assez longue. Une autre phrase ici.\n"
    text = (paragraph * 3 + "\n") * 20
    chunks = gnlp.split_text(text, 500)
    assert all(c.endswith("\n\n") for c in chunks[:-1])
    text = ("mot " * 30 + "\n") * 20
    chunks = gnlp.split_text(text, 400)
    assert all(c.endswith(" \n") for c in chunks[:-1])
    assert all(not c[0].isspace() for c in chunks)


def _long_text(target_chars: int, sample_texts) -> str:
    separators = ["\n\n", "\n", "\r\n\r\n", " \n \n", "\n\n\n", "  \n\t\n"]
    parts, size = [], 0
    for i, body in enumerate(itertools.cycle(sample_texts)):
        piece = body + separators[i % len(separators)]
        parts.append(piece)
        size += len(piece)
        if size >= target_chars:
            break
    return "".join(parts)


def test_long_text_small_chunks(pipeline, sample_texts, monkeypatch):
    """Chunking logic with small chunks (fast): exact text, offsets, one Doc."""
    monkeypatch.setattr(gnlp, "CHUNK_CHARS", 3_000)
    text = _long_text(25_000, sample_texts)
    doc = gnlp.parse(text)
    _assert_offsets(doc, text)
    assert len(gnlp.split_text(text)) > 5
    assert doc.has_annotation("DEP") and doc.has_annotation("SENT_START")
    # each chunk is parsed exactly as parsing it alone would
    start = 0
    for chunk in gnlp.split_text(text):
        alone = pipeline(chunk)
        span = doc.char_span(start, start + len(chunk))
        assert span is not None
        assert [(t.text, t.lemma_, t.dep_, t.head.i - span.start) for t in span] == [
            (t.text, t.lemma_, t.dep_, t.head.i) for t in alone
        ]
        start += len(chunk)


@pytest.mark.slow  # a 1.2 MB text (about 40 s of CPU)
def test_long_text_over_max_length(pipeline, sample_texts):
    """A 1.2 MB text (over nlp.max_length) parses into one Doc with exact offsets."""
    text = _long_text(1_200_000, sample_texts)
    assert len(text) > pipeline.max_length
    doc = gnlp.parse(text)
    _assert_offsets(doc, text)
    assert len(list(doc.sents)) > 1000
    last = doc[-1]
    assert last.idx + len(last.text) + len(last.whitespace_) <= len(text)


# --- parse_many ------------------------------------------------------------------


def test_parse_many_keeps_order(pipeline, sample_texts):
    texts = [f"Texte numéro {i}. " + sample_texts[i % len(sample_texts)][:300] for i in range(40)]
    docs = list(gnlp.parse_many(texts, batch_size=4))
    assert [d.text for d in docs] == texts
    for doc, text in zip(docs, texts, strict=True):
        _assert_offsets(doc, text)


def test_parse_many_streams(pipeline):
    def endless():
        for i in itertools.count():
            yield f"Phrase {i}."

    first = list(itertools.islice(gnlp.parse_many(endless(), batch_size=2), 5))
    assert [d.text for d in first] == [f"Phrase {i}." for i in range(5)]


def test_parse_many_with_long_texts_in_between(pipeline, sample_texts, monkeypatch):
    monkeypatch.setattr(gnlp, "CHUNK_CHARS", 2_000)
    long_one = _long_text(7_000, sample_texts)
    texts = ["Court.", long_one, "Encore court.", "Aussi.", long_one[:5000], "Fin."]
    docs = list(gnlp.parse_many(texts, batch_size=2))
    assert [d.text for d in docs] == texts
    for doc, text in zip(docs, texts, strict=True):
        _assert_offsets(doc, text)
